"""Name normalisation shared by the gazetteer index and the place recogniser.

``key(text)`` is the one canonical form that both sides compare: casefolded, diacritics and
apostrophes removed, hyphens/dashes/dots and runs of blanks turned into one space, Turkish
dotted/dotless i folded, a few letters that do not decompose (ł, ø, ə …) mapped to ASCII
look-alikes. It works for every script: Cyrillic, Armenian, Arabic … keep their letters
(only their combining marks go, so 'й' and 'и' meet, as 'ё' and 'е' do).

``variants(surface, lang)`` turns an inflected surface form into the keys worth looking up
('в Ереване' → 'ереване', 'ереван'; "Bakü'de" → 'bakude', 'baku'). The rules are data:
``geomap/data/lang/<code>/normalize.yaml`` (see that file for the fields). Both functions are
on the hot path of the recogniser, so they are cached and avoid regexes where they can.
"""
from __future__ import annotations

from pathlib import Path as _Path

# this module's source as loaded: the index fingerprint checks it against the file on disk
_SOURCE = _Path(__file__).read_bytes()

import re
import unicodedata
from functools import lru_cache

# Apostrophe-like characters: removed by key(); variants() uses them to split suffixes/elisions.
APOSTROPHES = "'’ʼʻ`´‘ʹʾʿ"
_APOSTROPHE_SET = frozenset(APOSTROPHES)
_DASHES = "-‐‑‒–—―_/"
_SPACES = "\u00a0\u2009\u202f\t\n\r"

# Letters that do not decompose under NFD but that people type without their mark.
_FOLD = {
    "ı": "i", "ł": "l", "ø": "o", "đ": "d", "ð": "d", "þ": "th", "æ": "ae", "œ": "oe",
    "ə": "e", "ǝ": "e", "Ə": "e", "ŀ": "l", "ħ": "h", "ŧ": "t", "ß": "ss", "ʻ": "", "ё": "е",
}

_TABLE = {ord(c): None for c in APOSTROPHES}
_TABLE.update({ord(c): " " for c in _DASHES + _SPACES + ".,;:!?\"()[]{}«»„“”"})
_TABLE.update({ord(k): v for k, v in _FOLD.items()})

# the same table for ASCII text, as bytes: bytes.translate is one C loop where str.translate
# looks every character up in the dict (most keys of Latin-script news are ASCII)
_ASCII_MAP = {c: _TABLE[c] for c in range(128) if c in _TABLE}
_BYTES_TABLE = bytes.maketrans(
    bytes(c for c, v in _ASCII_MAP.items() if v is not None),
    "".join(v for v in _ASCII_MAP.values() if v is not None).encode("ascii"))
_BYTES_DELETE = bytes(c for c, v in _ASCII_MAP.items() if v is None)
assert all(v is None or (len(v) == 1 and v.isascii()) for v in _ASCII_MAP.values())

_MULTISPACE = re.compile(r" {2,}")
# Combining marks removed after NFD (Latin/Greek/Cyrillic diacritics, Hebrew and Arabic
# vowel points, combining extensions). A regex is ~5x faster than a per-character loop.
_MARKS = re.compile("[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u05bf\u05c1\u05c2\u05c4"
                    "\u05c5\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc"
                    "\u06df-\u06e4\u06e7\u06e8\u06ea-\u06ed\u1ab0-\u1aff\u1dc0-\u1dff"
                    "\u20d0-\u20ff\ufe20-\ufe2f]+")


# text → key, memoised (a dict rather than an LRU: word_keys() fills it for many words at once)
_KEYS: dict[str, str] = {}
_KEYS_MAX = 200_000


def key(text: str) -> str:
    """The normalised lookup key of a name ('Nagorno-Karabakh' → 'nagorno karabakh')."""
    k = _KEYS.get(text)
    if k is None:
        if len(_KEYS) >= _KEYS_MAX:
            _KEYS.clear()
        k = _KEYS[text] = _fold(text).strip() if text else ""
    return k


def _fold(s: str) -> str:
    """key() before its final strip: casefolded, marks removed, letters and blanks mapped,
    runs of blanks as one. Every step but the last maps characters one by one (NFD/NFC only
    reorder and compose marks after their letter), so the fold of texts joined by a character
    none of them touches is the join of their folds (see word_keys)."""
    s = s.casefold()                          # 'İ' → 'i̇' (i + combining dot), removed below
    if not s.isascii():
        s = unicodedata.normalize("NFD", s)
        s = _MARKS.sub("", s)
        s = s.translate(_TABLE)
        s = unicodedata.normalize("NFC", s)
    else:
        s = s.encode("ascii").translate(_BYTES_TABLE, _BYTES_DELETE).decode("ascii")
    if "  " in s:
        s = _MULTISPACE.sub(" ", s)
    return s


_SEP = "\x00"                                # (untouched by every step of _fold)


def word_keys(words: list[str]) -> list[str]:
    """``[key(w) for w in words]`` for the words of an article new to the process, in a few C
    calls over them joined rather than several per word; the keys are memoised for key().
    (A text with blanks or the separator, rare in a word, goes through key() itself: runs of
    blanks would join across the separator.)"""
    if not words:
        return []
    parts = _fold(_SEP.join(words)).split(_SEP)
    if len(parts) != len(words):              # (a word holding the separator)
        return [key(w) for w in words]
    out = [key(w) if " " in k else k.strip() for k, w in zip(parts, words)]
    if len(_KEYS) + len(words) >= _KEYS_MAX:
        _KEYS.clear()
    _KEYS.update(zip(words, out))
    return out


# ---------------------------------------------------------------------------------------------
# Inflection rules

class _Rules:
    """The compiled normalize.yaml of one language (every string already passed through key())."""

    __slots__ = ("prefixes", "endings", "by_last", "min_stem", "cut_at_apostrophe", "elisions",
                 "possessive", "max_words", "prefix_set", "forms")

    def __init__(self, data: dict):
        self.prefixes = tuple(sorted({key(p) for p in data.get("prefixes", []) if key(p)},
                                     key=len, reverse=True))
        endings: dict[str, list[str]] = {}
        for end, repl in (data.get("endings") or {}).items():
            repl = repl if isinstance(repl, list) else [repl]
            endings[key(str(end))] = [key(str(r)) if r else "" for r in repl]
        # longest ending first: 'ском' is tried before 'ом'
        self.endings = tuple(sorted(endings.items(), key=lambda kv: len(kv[0]), reverse=True))
        # the same endings bucketed by their last letter, in the same order: a word is tested
        # against the few that can end it (Russian and Turkish have dozens); None if an
        # ending is empty (it would end every word)
        by_last: dict[str, list] | None = {}
        for end, repl in self.endings:
            if not end:
                by_last = None
                break
            by_last.setdefault(end[-1], []).append((end, repl))
        self.by_last = None if by_last is None else {c: tuple(v) for c, v in by_last.items()}
        self.min_stem = int(data.get("min_stem", 3))
        self.cut_at_apostrophe = bool(data.get("cut_at_apostrophe", False))
        self.elisions = tuple(key(e) for e in data.get("elisions", []))
        self.possessive = tuple(key(p) for p in data.get("possessive", []))
        self.max_words = int(data.get("max_words", 4))
        self.prefix_set = frozenset(self.prefixes)
        # word → _word_forms(word, self): a plain dict in front of the LRU (a look-up per
        # word of every new name; the LRU hashes an argument tuple each time)
        self.forms: dict[str, tuple[str, ...]] = {}


@lru_cache(maxsize=None)
def _rules(lang: str | None) -> _Rules | None:
    if not lang:
        return None
    from . import lang as langdata      # PyYAML only when a language is asked for
    data = langdata.load(lang, "normalize")
    return _Rules(data) if data else None


@lru_cache(maxsize=100_000)
def _word_forms(word: str, rules: _Rules, min_stem: int | None = None) -> tuple[str, ...]:
    """The word itself plus its de-inflected base forms (first matching ending wins, plus
    the next shorter one, so 'армении' gives 'армения' and 'арменя' stays out). Memoised:
    the runs of a text share their words ('Nizhny', 'Nizhny Novgorod' …)."""
    out = [word]
    tried = 0
    by_last = rules.by_last
    for end, repls in rules.endings if by_last is None else by_last.get(word[-1:], ()):
        if word.endswith(end) and len(word) - len(end) >= (min_stem or rules.min_stem):
            stem = word[: len(word) - len(end)]
            for r in repls:
                form = stem + r
                if form not in out:
                    out.append(form)
            tried += 1
            if tried == 2:
                break
    return tuple(out)


def _strip_apostrophe_suffix(surface: str, rules: _Rules | None) -> list[str]:
    """Surface forms with an apostrophe suffix or elision removed ("Bakü'de" → "Bakü",
    "d'Arménie" → "Arménie", "Armenia's" → "Armenia")."""
    out: list[str] = []
    if _APOSTROPHE_SET.isdisjoint(surface):   # (most names: one C call)
        return out
    for ap in APOSTROPHES:
        if ap not in surface:
            continue
        head, _, tail = surface.rpartition(ap)
        if rules is None or rules.cut_at_apostrophe:
            if head and tail and tail.isalpha() and len(tail) <= 6:
                out.append(head)
        if rules is not None:
            low = key(tail) if tail else ""
            if low in rules.possessive and head:
                out.append(head)
            first, _, rest = surface.partition(ap)
            if key(first + ap) in rules.elisions or key(first) in rules.elisions:
                if rest:
                    out.append(rest)
        break
    return out


@lru_cache(maxsize=100_000)
def _variants(surface: str, lang: str | None) -> tuple[str, ...]:
    # (most names have no apostrophe: one surface, one key)
    if _APOSTROPHE_SET.isdisjoint(surface):
        return key_variants(key(surface), lang)
    seen: dict[str, None] = {}
    for s in [surface] + _strip_apostrophe_suffix(surface, _rules(lang)):
        seen.update(dict.fromkeys(key_variants(key(s), lang)))
    return tuple(seen)


@lru_cache(maxsize=100_000)
def key_variants(k: str, lang: str | None) -> tuple[str, ...]:
    """``_variants`` of a surface without an apostrophe whose key is ``k``: the key, without
    a leading preposition, and the combinations of its words' de-inflected forms. The scan
    asks with the key of a run of words joined by single spaces, which is its tokens' keys
    joined by spaces (no fold of the run's text again)."""
    if not k:
        return ()
    rules = _rules(lang)
    if rules is None:
        return (k,)
    seen: dict[str, None] = {k: None}
    words = k.split(" ")
    # drop a leading preposition ('в ереване' → 'ереване')
    if len(words) > 1 and words[0] in rules.prefix_set:
        words = words[1:]
        seen.setdefault(" ".join(words), None)
    if len(words) > rules.max_words or not rules.endings:
        return tuple(seen)
    memo = rules.forms
    if len(memo) >= 100_000:
        memo.clear()
    combos = None
    for x, w in enumerate(words):
        # (a later word of a name may be short: 'Часова Яра' → 'часов яр'; its stem
        # needs two letters, not the language's minimum for a name on its own)
        mk = w if x == 0 else (w, 2)
        forms = memo.get(mk)
        if forms is None:
            forms = memo[mk] = _word_forms(w, rules) if x == 0 else \
                _word_forms(w, rules, min(2, rules.min_stem))
        # (the first word's forms are the combinations so far)
        combos = forms[:32] if combos is None else \
            [f"{c} {f}" if c else f for c in combos for f in forms][:32]
    seen.update(dict.fromkeys(combos))
    return tuple(seen)


def variants(surface: str, lang: str | None = None) -> list[str]:
    """Candidate keys for a surface form, the plain key first.

    ``lang`` picks the language's inflection rules; without it only the plain key and the
    apostrophe-suffix cut are returned. Every returned string is a key (see ``key``).
    """
    return list(_variants(surface, lang))


def all_variants(surface: str) -> list[str]:
    """Keys for a surface form of unknown language: the union over every language's rules
    (for humans' look-ups and the geocoder, not for the per-token hot path)."""
    from .lang import LANGUAGES
    seen: dict[str, None] = {}
    for k in _variants(surface, None):
        seen.setdefault(k, None)
    for code in LANGUAGES:
        for k in _variants(surface, code):
            seen.setdefault(k, None)
    return list(seen)
