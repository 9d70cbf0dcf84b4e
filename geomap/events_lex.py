"""Per-language event lexicons (geomap/data/lang/<code>/events.yaml) and the phrase matcher.

A lexicon pattern is a run of words matched against consecutive tokens:

* ``word``   the token itself, or the token without a clitic of the language ('-nya', '-lah');
* ``~root``  any token whose stem, after the language's affix rules, is ``root`` (Indonesian
  menyerang, serangan, diserang, penyerangan → ~serang);
* ``word*``  any token starting with ``word`` (Russian обстрел*, Turkish saldır*, German beschoss*);
* ``..``     up to three arbitrary tokens ('kehilangan .. posisi');
* ``...``    up to fifteen: a verb-final clause or a separable verb keeps its parts far apart
  ('nahmen den Deserteur noch in der Nacht nahe dem Dorf fest': 'nahmen ... fest').

Everything is compared after :func:`fold` (lower case, Turkish dotless/dotted i unified), so data
files can be written naturally. Matching is a dictionary lookup per token on the first pattern
word, so a lexicon of thousands of patterns costs the same as one of ten.
"""
from __future__ import annotations

from functools import lru_cache, partial
from itertools import accumulate
from typing import Any, Iterable, NamedTuple

from .config import DATA_DIR
from .lang import LANGUAGES, load, load_yaml
from .text import token_split

GAP = 3          # tokens a '..' may skip
LONG_GAP = 15    # tokens a '...' may skip (a German middle field can be long)
# Turkish dotless/dotted i and circumflexes (harekât, hâlâ) are folded so data need not spell them.
_FOLD = str.maketrans({"ı": "i", "İ": "i", "\u0307": None, "’": "'", "ʼ": "'", "â": "a", "î": "i",
                       "û": "u", "Â": "a", "Î": "i", "Û": "u"})


_FOLDED: dict[str, str] = {}


def fold(s: str) -> str:
    """Lower case for matching; one character in, one out where it matters (Turkish I/ı)."""
    got = _FOLDED.get(s)
    if got is None:
        if len(_FOLDED) > 200000:
            _FOLDED.clear()
        got = _FOLDED[s] = s.translate(_FOLD).lower()
    return got


def fold_keep_length(s: str) -> str:
    """fold() that never changes the string's length, so regex offsets stay offsets into s."""
    f = s.replace("İ", "i").replace("ı", "i").lower()
    return f if len(f) == len(s) else "".join((c.lower() if len(c.lower()) == 1 else c) for c in s)


class Tok(NamedTuple):
    start: int
    end: int
    text: str        # surface
    low: str         # folded
    # joined to the token before by an apostrophe ('Ankara'da', "l'hôtel"): part of one written
    # word, so a '..' gap does not count it ('binlerce kişi dün Ankara'da toplandı')
    glued: bool = False


@lru_cache(maxsize=None)
def event_types() -> dict[str, Any]:
    """geomap/data/event_types.yaml: CAMEO / ACLED codes per type and subtype."""
    return load_yaml(DATA_DIR / "event_types.yaml") or {}


@lru_cache(maxsize=None)
def armed_groups() -> tuple[dict[str, str], tuple[tuple[str, str], ...]]:
    """geomap/data/armed_groups.yaml: a group's name (folded) → the country it fights from, as
    (exact words, (prefix, iso) pairs for the starred inflected forms)."""
    data = load_yaml(DATA_DIR / "armed_groups.yaml") or {}
    words, prefixes = {}, []
    for iso, names in data.items():
        for n in names or []:
            w = fold(str(n)).replace("'", "")
            if w.endswith("*"):
                prefixes.append((w[:-1], str(iso)))
            else:
                words[w] = str(iso)
    return words, tuple(prefixes)


@lru_cache(maxsize=None)
def border_rivers() -> dict[str, tuple[str, str]]:
    """geomap/data/border_rivers.yaml: gazetteer id of a river → the two countries it divides."""
    data = load_yaml(DATA_DIR / "border_rivers.yaml") or {}
    return {str(k): (str(v[0]), str(v[1])) for k, v in data.items() if isinstance(v, list) and len(v) == 2}


def split_pattern(p: str) -> list[str]:
    """'cessez-le-feu' → ['cessez', 'le', 'feu']: the same splits text.tokens() makes."""
    out = []
    for w in fold(str(p)).replace("-", " ").replace("'", " ").split():
        out.append(w)
    return out


class Morph:
    """Affix rules of a language: clitics, suffixes, [prefix, replacement] pairs (data)."""

    def __init__(self, affixes: dict | None):
        affixes = affixes or {}
        self.clitics = tuple(fold(s) for s in affixes.get("clitics", []) or [])
        self.suffixes = tuple(fold(s) for s in affixes.get("suffixes", []) or [])
        self.prefixes = tuple((fold(a), fold(b)) for a, b in (affixes.get("prefixes", []) or []))
        self.min_stem = int(affixes.get("min_stem", 3))
        self._memos()

    def _memos(self) -> None:
        self.forms = lru_cache(maxsize=50000)(self._forms)
        self.roots = lru_cache(maxsize=50000)(self._roots)

    def __getstate__(self) -> dict:          # pickled without its memos (see lexicon())
        return {k: v for k, v in self.__dict__.items() if k not in ("forms", "roots")}

    def __setstate__(self, state: dict) -> None:
        self.__dict__.update(state)
        self._memos()

    def _forms(self, w: str) -> frozenset:
        """The word and the word without one clitic ('serangannya' → 'serangan')."""
        out = {w}
        for c in self.clitics:
            if w.endswith(c) and len(w) - len(c) >= self.min_stem:
                out.add(w[: -len(c)])
        return frozenset(out)

    def _roots(self, w: str) -> frozenset:
        """Every stem reachable by stripping up to two suffixes and two prefixes."""
        if not (self.suffixes or self.prefixes):
            return self.forms(w)
        level = set(self.forms(w))
        out = set(level)
        for _ in range(2):
            nxt = set()
            for s in level:
                for suf in self.suffixes:
                    if s.endswith(suf) and len(s) - len(suf) >= self.min_stem:
                        nxt.add(s[: -len(suf)])
            out |= nxt
            level = nxt
        level = set(out)
        for _ in range(2):
            nxt = set()
            for s in level:
                for pre, rep in self.prefixes:
                    if s.startswith(pre) and len(s) - len(pre) + len(rep) >= self.min_stem:
                        nxt.add(rep + s[len(pre):])
            out |= nxt
            level = nxt
        return frozenset(out)


_FORM, _PREFIX, _ROOT, _GAP = 0, 1, 2, 3


class _Start(NamedTuple):
    """The patterns that start with one token's word, by what their second element asks of the
    next token: a word (`by_form`), a root (`by_root`), a prefix, or nothing yet (a gap)."""
    ones: tuple[int, ...]                          # one-word patterns: matched already
    by_form: dict[str, tuple[int, ...]]
    by_root: tuple[tuple[str, tuple[int, ...]], ...]
    prefixed: tuple[tuple[str, int], ...]
    gapped: tuple[int, ...]


def _compile_elem(e: str) -> tuple[int, Any]:
    """A pattern element as (kind, value): parsed once, not at every token it is tried on."""
    if e in ("..", "..."):
        return _GAP, GAP if e == ".." else LONG_GAP
    if e.startswith("~"):
        return _ROOT, e[1:]
    if e.endswith("*") and len(e) > 1:
        return _PREFIX, e[:-1]
    return _FORM, e


class Matcher:
    """Finds lexicon patterns in a token list. Entries: (pattern string, payload)."""

    def __init__(self, entries: Iterable[tuple[str, Any]], morph: Morph):
        self.morph = morph
        self.patterns: list[tuple[tuple[str, ...], Any, str]] = []
        self._compiled: list[tuple[tuple[int, Any], ...]] = []     # the patterns' elements, parsed
        self.by_form: dict[str, list[int]] = {}
        self.by_root: dict[str, list[int]] = {}
        self.by_prefix: dict[str, list[int]] = {}
        self.prefix_lengths: set[int] = set()
        for raw, payload in entries:
            elems = tuple(split_pattern(raw))
            if not elems or elems[0] in ("..", "..."):
                continue
            idx = len(self.patterns)
            self.patterns.append((elems, payload, str(raw)))
            self._compiled.append(tuple(_compile_elem(e) for e in elems))
            first = elems[0]
            if first.startswith("~"):
                self.by_root.setdefault(first[1:], []).append(idx)
            elif first.endswith("*") and len(first) > 1:
                self.by_prefix.setdefault(first[:-1], []).append(idx)
                self.prefix_lengths.add(len(first) - 1)
            else:
                self.by_form.setdefault(first, []).append(idx)
        self._plens = sorted(self.prefix_lengths)
        self._memo: dict[str, _Start | tuple] = {}     # a word → _start(word)
        # no '..' / '...' in any pattern: every match has a fixed length, so the matches inside a
        # window of the tokens are the whole list's matches that lie in it (Lexicon.matches)
        self.gapless = not any(kind == _GAP for c in self._compiled for kind, _ in c)

    def _rest(self, elems: tuple[tuple[int, Any], ...], k: int, toks: list[Tok], i: int,
              stop: int) -> int:
        """Match the parsed elems[k:] from token i; return the end token index or -1."""
        if k == len(elems):
            return i
        kind, v = elems[k]
        if kind == _GAP:
            # a gap counts written words: a token glued on by an apostrophe is no word of its own
            words, skip = 0, 0
            if k + 1 < len(elems) and elems[k + 1][0] != _GAP:
                return self._gap_then_word(elems, k + 1, toks, i, stop, v)
            while i + skip <= stop:
                r = self._rest(elems, k + 1, toks, i + skip, stop)
                if r != -1:
                    return r
                if i + skip >= stop:
                    break
                skip += 1                   # toks[i + skip - 1] is now skipped
                if not toks[i + skip - 1].glued:
                    words += 1
                    if words > v:
                        break
            return -1
        if i >= stop:
            return -1
        low = toks[i].low
        if not (v in self.morph.forms(low) if kind == _FORM else low.startswith(v)
                if kind == _PREFIX else v in self.morph.roots(low)):
            return -1
        return self._rest(elems, k + 1, toks, i + 1, stop)

    def _gap_then_word(self, elems: tuple[tuple[int, Any], ...], k: int, toks: list[Tok], i: int,
                       stop: int, gap: int) -> int:
        """_rest of a gap of up to `gap` words before elems[k], a word, a prefix or a root: the
        word is tested at each token the gap may end on, and the rest matched only where it fits
        (the same first match as trying the rest at every token, most of them failing at once)."""
        kind, v = elems[k]
        forms, roots = self.morph.forms, self.morph.roots
        words = 0
        p = i
        while p < stop:
            low = toks[p].low
            # (a form is the word or the word less a clitic: it starts like the word)
            if (low.startswith(v) and (kind == _PREFIX or v in forms(low))) if kind != _ROOT else v in roots(low):
                r = self._rest(elems, k + 1, toks, p + 1, stop)
                if r != -1:
                    return r
            if not toks[p].glued:
                words += 1
                if words > gap:
                    break
            p += 1
        return -1

    def candidates(self, low: str) -> tuple[int, ...]:
        """Pattern indices whose first word fits the token."""
        return tuple(sorted(self._candidates(low)))

    def _candidates(self, low: str) -> set[int]:
        cands: set[int] = set()
        for f in self.morph.forms(low):
            cands.update(self.by_form.get(f, ()))
        if self.by_root:
            for r in self.morph.roots(low):
                cands.update(self.by_root.get(r, ()))
        for n in self._plens:
            if n > len(low):
                break
            cands.update(self.by_prefix.get(low[:n], ()))
        return cands

    def _start(self, low: str) -> "_Start | tuple":
        """The patterns that may start at a token, grouped by their second element (memoised:
        news words repeat). Most longer patterns fail on the next token; grouped by what that
        token must be, they are rejected by a dictionary lookup, not tried one by one."""
        got = self._memo.get(low)
        if got is not None:
            return got
        if len(self._memo) > 200000:
            self._memo.clear()
        ones, gapped, prefixed = [], [], []
        by_form: dict[str, list[int]] = {}
        by_root: dict[str, list[int]] = {}
        for idx in self.candidates(low):
            elems = self._compiled[idx]
            if len(elems) == 1:
                ones.append(idx)
                continue
            kind, v = elems[1]
            if kind == _FORM:
                by_form.setdefault(v, []).append(idx)
            elif kind == _ROOT:
                by_root.setdefault(v, []).append(idx)
            elif kind == _PREFIX:
                prefixed.append((v, idx))
            else:
                gapped.append(idx)
        got = _Start(tuple(ones), {v: tuple(x) for v, x in by_form.items()},
                     tuple((v, tuple(x)) for v, x in by_root.items()), tuple(prefixed),
                     tuple(gapped)) if ones or gapped or prefixed or by_form or by_root else ()
        self._memo[low] = got
        return got

    def find(self, toks: list[Tok], lo: int = 0, hi: int | None = None) -> list[tuple[int, int, Any, str]]:
        """Every match (i, j, payload, pattern) in toks[lo:hi], tokens i..j-1; at one token, in
        the patterns' order."""
        hi = len(toks) if hi is None else hi
        out: list[tuple[int, int, Any, str]] = []
        if not self.patterns:
            return out
        # (called ~190 times per article, mostly on tokens no pattern starts with: the memo is
        # read inline)
        memo, patterns, compiled, rest = self._memo, self.patterns, self._compiled, self._rest
        forms, roots = self.morph.forms, self.morph.roots
        for i in range(lo, hi):
            low = toks[i].low
            st = memo.get(low)
            if st is None:
                st = self._start(low)
            if not st:
                continue
            ones, by_form, by_root, prefixed, gapped = st   # (one unpacking, not five lookups)
            hits = [(idx, i + 1) for idx in ones]            # (pattern, end token)
            if i + 1 < hi and (by_form or by_root or prefixed):
                low2 = toks[i + 1].low
                for f in forms(low2) if by_form else ():
                    for idx in by_form.get(f, ()):
                        elems = compiled[idx]
                        j = i + 2 if len(elems) == 2 else rest(elems, 2, toks, i + 2, hi)
                        if j != -1:
                            hits.append((idx, j))
                if by_root:
                    rs = roots(low2)
                    for v, idxs in by_root:
                        if v in rs:
                            for idx in idxs:
                                j = rest(compiled[idx], 2, toks, i + 2, hi)
                                if j != -1:
                                    hits.append((idx, j))
                for v, idx in prefixed:
                    if low2.startswith(v):
                        j = rest(compiled[idx], 2, toks, i + 2, hi)
                        if j != -1:
                            hits.append((idx, j))
            for idx in gapped:
                j = rest(compiled[idx], 1, toks, i + 1, hi)
                if j != -1:
                    hits.append((idx, j))
            if len(hits) > 1:
                hits.sort()
            for idx, j in hits:
                _, payload, raw = patterns[idx]
                out.append((i, j, payload, raw))
        return out

    def longest(self, toks: list[Tok], lo: int = 0, hi: int | None = None) -> list[tuple[int, int, Any, str]]:
        """Non-overlapping matches, longest first (then leftmost)."""
        return longest_of(self.find(toks, lo, hi))


_APOSTROPHES = frozenset("'’ʼ")


def tokenize(text: str, start: int = 0, end: int | None = None) -> list[Tok]:
    """The tokens of text[start:end] (``text.tokens``), folded, each glued or not to the one
    before; built in C from one split of the stretch (no Python step per token but a new
    word's fold)."""
    end = len(text) if end is None else end
    parts = token_split(text[start:end])           # gap, token, gap, …, token, gap
    cum = list(accumulate(map(len, parts), initial=start))
    words = parts[1::2]
    lows = list(map(_FOLDED.get, words))
    if None in lows:
        lows = [fold(w) if f is None else f for w, f in zip(words, lows)]
    # glued: one apostrophe between it and the token before
    glued = [False, *map(_APOSTROPHES.__contains__, parts[2:-1:2])]
    return list(map(_new_tok, zip(cum[1:-1:2], cum[2::2], words, lows, glued)))


# Tok(*fields) without the Python-level NamedTuple __new__ (what Tok._make does, minus its checks)
_new_tok = partial(tuple.__new__, Tok)


def _entries(spec: Any, payload_of=lambda key, p: key) -> list[tuple[str, Any]]:
    """A {key: [patterns]} mapping or a [patterns] list → (pattern, payload) entries."""
    out: list[tuple[str, Any]] = []
    _check_strings(spec)
    if isinstance(spec, dict):
        for key, pats in spec.items():
            if isinstance(pats, (list, tuple)):
                out.extend((str(p), payload_of(key, p)) for p in pats)
            else:                       # {pattern: value}
                out.append((str(key), pats))
    elif isinstance(spec, (list, tuple)):
        out.extend((str(p), str(p)) for p in spec)
    return out


def _check_strings(spec: Any) -> None:
    """YAML reads a bare no/on/off/yes as a boolean: a lexicon word must be quoted then."""
    items = list(spec.items()) if isinstance(spec, dict) else [(None, v) for v in spec or []]
    for k, v in items:
        for x in ([k] if k is not None else []) + (list(v) if isinstance(v, list) else [v]):
            if isinstance(x, bool) or x is None:
                raise ValueError(f"events.yaml: a word read as {x!r}; quote it ('no', 'on')")


class _Fillers:
    """A word set with '*' prefixes: `word in fillers`."""

    def __init__(self, words: frozenset, prefixes: tuple):
        self.words, self.prefixes = words, prefixes

    def __contains__(self, w: str) -> bool:
        return w in self.words or (bool(self.prefixes) and w.startswith(self.prefixes))


class Lexicon:
    """Everything events.py needs to know about one language, compiled once."""

    def __init__(self, code: str):
        self.code = code
        d = load(code, "events") or {}
        self.data = d
        self._phrases: dict[str, Matcher] = {}
        self.morph = Morph(d.get("affixes"))
        m = self.morph
        types = event_types()

        def trig_payload(key, p):
            typ, _, sub = str(key).partition("/")
            return (typ, sub or None)

        trig = d.get("triggers") or {}
        bad = [k for k in trig if str(k).partition("/")[0] not in types]
        if bad:
            raise ValueError(f"events.yaml ({code}): unknown event type(s) {bad}")
        ents = _entries(trig, trig_payload)
        # a pattern listed under 'type' and 'type/subtype' is that subtype (data stays readable)
        with_sub = {(fold(r), pl[0]) for r, pl in ents if pl[1]}
        ents = [(r, pl) for r, pl in ents if pl[1] or (fold(r), pl[0]) not in with_sub]
        self.triggers = Matcher(ents, m)
        self.subtype_cues = Matcher(_entries(d.get("subtype_cues") or {}), m)
        neg = d.get("negation") or {}
        self.negators = Matcher(_entries(list(neg.get("words") or [])), m)
        # phrases holding a negator that negate nothing ('orang tak dikenal' = unknown people,
        # 'no man's land'): a negator inside one is no negator
        self.negators_not = Matcher(_entries(list(neg.get("not") or [])), m)
        self.neg_window = int(neg.get("window", 3))
        self.deniers = Matcher(_entries(list(neg.get("denial") or [])), m)
        self.neg_after = Matcher(_entries(list(neg.get("after") or [])), m)
        # a negative quantifier as the subject ('none of the passengers was hurt', 'ninguno de los
        # ocupantes resultó herido'): reaches a victim word further on in its clause
        self.neg_subject = Matcher(_entries(list(neg.get("subject") or [])), m)
        self.neg_subject_window = int(neg.get("subject_window", 8))
        # how far after the trigger such a negation still reaches (verb-final languages: further)
        self.neg_after_reach = int(neg.get("after_reach", 0))
        self.neg_suffixes = tuple(fold(s) for s in neg.get("suffixes") or [])
        # a relative word right before the trigger lets a negator reach further ('tidak ada
        # prajurit kami yang gugur': there is no soldier of ours who fell)
        self.neg_relative = frozenset(fold(w) for w in neg.get("relative") or [])
        self.neg_relative_window = int(neg.get("relative_window", 6))
        self.neg_relative_link = frozenset(fold(w) for w in neg.get("relative_link") or [])
        self.counts = Matcher(_entries(d.get("counts") or {}), m)
        num = d.get("numbers") or {}
        ents = []
        scales = {fold(str(k)) for k in num.get("scale") or {}}
        for kind in ("units", "add", "scale", "vague", "about"):
            _check_strings(list((num.get(kind) or {}).keys()))
            for k, v in (num.get(kind) or {}).items():
                if kind == "units" and fold(str(k)) in scales:
                    continue         # 'hundert', 'cento', 'тысячи': a scale, worth itself alone
                ents.append((str(k), (kind, v)))
        self.numbers = Matcher(ents, Morph(None))
        # nouns of amount after which an article is no figure ('a number of deaths', 'un grand
        # nombre de morts': many, not one)
        # (and nouns of an action: 'executed a counter-offensive' is no victim executed)
        self.amount_nouns = frozenset(fold(str(w)) for w in (num.get("amount_nouns") or [])
                                      + (num.get("action_nouns") or []))
        # nouns of a place after which an article is no figure, even after 'and' in a list
        # ('killed 30 people at the airport and a metro station': no victim more)
        self.site_nouns = frozenset(fold(str(w)) for w in num.get("site_nouns") or [])
        # 'treinta y uno', 'vingt et un', 'two hundred and fifty': a word joining number words
        self.number_joiners = frozenset(fold(str(w)) for w in num.get("joiners") or [])
        # Languages that write numbers as one word ('zweihundertfünfzig', 'ventitré'): the
        # one-word parts such a word is made of, with elided forms ('trent' in 'trentuno').
        self.number_parts: dict[str, tuple[str, int]] = {}
        if num.get("compound"):
            for kind in ("scale", "add", "units"):
                for k, v in (num.get(kind) or {}).items():
                    if " " not in str(k).strip() and not str(k).endswith("*"):
                        self.number_parts.setdefault(fold(str(k)), (kind, int(v)))
            for k, v in (num.get("compound_parts") or {}).items():   # {trent: 30} or {cent: [scale, 100]}
                kind, val = (str(v[0]), int(v[1])) if isinstance(v, list) else ("units", int(v))
                self.number_parts.setdefault(fold(str(k)), (kind, val))
            for w in num.get("compound_joiners") or []:
                self.number_parts[fold(str(w))] = ("join", 0)
        self.compound_memo: dict[str, tuple | None] = {}
        self.approx = Matcher(_entries(list(num.get("approx") or [])), m)
        # words after a figure that make it a measure, not a number of people ('20 km', '2 hours')
        self.measures = Matcher(_entries(list(num.get("measures") or [])), m)
        # words right before a bare figure of 1-24 that make it an hour of the day, no count
        # ('poco dopo le 19', 'a las 21', 'saat 14', 'pukul 9'): `numbers.clock_before`
        self.clock_before = Matcher(_entries(list(num.get("clock_before") or [])), m)
        # singular articles right before a bare figure of 1-31 that make it a day of the month,
        # no count (a count takes the plural article: 'le 8 (un mort)', 'el 12', 'il 27'):
        # `numbers.day_before`
        self.day_before = Matcher(_entries(list(num.get("day_before") or [])), m)
        # words between a part and its whole ('nine of the ten gunmen', 'neuf des dix'): the
        # whole is no count of its own
        self.partitive = Matcher(_entries(list(num.get("partitive") or [])), m)
        # words before a figure that make it an age ('aged', 'im Alter von', 'в возрасте'), and
        # the words joining the two ends of an age range ('and', 'to', 'bis', 'до')
        self.ages = Matcher(_entries(list(num.get("ages") or [])), m) if num.get("ages") else None
        self.age_range = frozenset(fold(str(w)) for w in num.get("age_range") or [])
        self.ordinal_dot = bool(num.get("ordinal_dot"))   # '102. Militärbasis' is the 102nd
        loc = d.get("locative") or {}
        self.loc_before = Matcher(_entries(list(loc.get("before") or [])), m)
        # one-word cues, for lists that repeat them ('di Omdurman dan di wilayah Darfur')
        self.loc_before_words = frozenset(fold(str(w)) for w in loc.get("before") or [] if " " not in str(w))
        # ('warga etnis Madura', 'suku Dayak'): words naming a people right before a name
        self.people_before = tuple(sorted({tuple(fold(w) for w in str(p).replace("'", " ").split())
                                           for p in loc.get("people_before") or []}, key=len, reverse=True))
        self.loc_near = Matcher(_entries(list(loc.get("near") or [])), m)
        self.loc_border = Matcher(_entries(list(loc.get("border") or [])), m)
        self.loc_border_not = Matcher(_entries(list(loc.get("border_not") or [])), m)
        fill = [w for p in loc.get("fillers") or [] for w in split_pattern(p)]
        self.filler_words = frozenset(w for w in fill if not w.endswith("*"))
        self.filler_prefixes = tuple(w[:-1] for w in fill if w.endswith("*") and len(w) > 1)
        self.fillers = _Fillers(self.filler_words, self.filler_prefixes)
        self.loc_suffixes = tuple(fold(s) for s in loc.get("suffixes") or [])
        # ('the Paris attacks', 'the 2004 Madrid bombings'): words right before a name that
        # stands, as a modifier, right before a violent happening's noun: the name is its scene
        self.name_modifier_before = frozenset(fold(str(w)) for w in loc.get("name_modifier_before") or [])
        # ("Şuşa'nın bombalandığını", 'that Shusha was shelled'): a name with a genitive ending
        # (`subject_suffixes`) right before a passive happening (`passive_marks` inside its word)
        # is the subject of that happening: its scene
        self.subject_suffixes = frozenset(fold(s) for s in loc.get("subject_suffixes") or [])
        self.passive_marks = tuple(fold(s) for s in loc.get("passive_marks") or [])
        self.between = frozenset(fold(str(w)) for w in loc.get("between") or [])
        # compass words of a reference point ('Sake, west of Goma', 'à 20 km au nord de X')
        comp = [w for p in loc.get("compass") or [] for w in split_pattern(p)]
        self.compass = _Fillers(frozenset(w for w in comp if not w.endswith("*")),
                                tuple(w[:-1] for w in comp if w.endswith("*") and len(w) > 1))
        parts = [str(w) for w in loc.get("parts") or []]
        self.parts = _Fillers(frozenset(fold(w) for w in parts if not w.endswith("*")),
                              tuple(fold(w[:-1]) for w in parts if w.endswith("*") and len(w) > 1))
        units = [w for p in loc.get("unit_nouns") or [] for w in split_pattern(p)]
        self.unit_nouns = _Fillers(frozenset(w for w in units if not w.endswith("*")),
                                   tuple(w[:-1] for w in units if w.endswith("*")))
        # locative cues that also mark whom a statement addresses ('reproche à Moscou')
        # German writes every noun with a capital: a capital letter is no sign of a name
        self.capitalised_nouns = bool(loc.get("capitalised_nouns"))
        self.loc_dative = frozenset(fold(w) for w in loc.get("dative") or [])
        self.loc_possessive = frozenset(fold(w) for w in loc.get("possessive") or [])
        self.border_suffixes = tuple(fold(s) for s in loc.get("border_suffixes") or [])
        self.place_nouns = _Fillers(frozenset(w for p in loc.get("place_nouns") or [] for w in split_pattern(p)
                                              if not w.endswith("*")),
                                    tuple(w[:-1] for p in loc.get("place_nouns") or [] for w in split_pattern(p)
                                          if w.endswith("*")))
        self.background = Matcher(_entries(list(d.get("background") or [])), m)
        # ('aus der seit Monaten umkämpften Stadt'): a background phrase right after one of
        # these articles qualifies a noun (an attributive participle), not the clause's verb
        self.background_attributive = frozenset(fold(str(w)) for w in d.get("background_attributive") or [])
        # ('wird seit Wochen fast täglich beschossen', 'struck almost every night since then'): a
        # background phrase whose clause tells how often it happens tells ongoing news
        self.background_ongoing = Matcher(_entries(list(d.get("background_ongoing") or [])), m)
        # 'in the capital', 'di ibu kota', 'в столице': the capital of the country the sentence
        # or article is about; not with one of `capital_not` next to it ('the provincial capital')
        self.capital_words = Matcher(_entries(list(loc.get("capital") or [])), m)
        self.capital_not = frozenset(fold(str(w)) for w in loc.get("capital_not") or [])
        # 'across the country', 'по всей стране': the whole country the sentence or article is about
        self.nationwide = Matcher(_entries(list(loc.get("nationwide") or [])), m)
        # 'the deadliest since the protests of 2018', 'sejak gelombang demo': a happening named
        # right after 'since' is the past it is measured from (languages whose word is unambiguous)
        self.since_history = Matcher(_entries(list(d.get("since_history") or [])), m)
        self.coordinators = frozenset(w for p in loc.get("coordinators") or [] for w in split_pattern(p))
        # 'riots broke out in X and Y on 19 August, followed by Z and W two days later': words that
        # carry a list of dated places on to the next items
        self.list_then = Matcher(_entries(list(loc.get("list_then") or [])), m)
        self.joiners = _Fillers(frozenset(w for p in loc.get("joiners") or [] for w in split_pattern(p)), ())
        # Verb-final languages put an appeal's content before its verb ('ateşkes çağrısında bulundu').
        self.content_before = bool(d.get("content_before"))
        self.complementizers = frozenset(w for p in d.get("complementizers") or [] for w in split_pattern(p))
        self.clause_breaks = Matcher(_entries(list(d.get("clause_breaks") or [])), m)
        # phrases holding a clause word that open no clause ('daha sonra' = later, 'dopo che'):
        # a break word inside one (not at its start) is none
        self.clause_breaks_not = Matcher(_entries(list(d.get("clause_breaks_not") or [])), m)
        # Calls with the other party ('phoned his counterpart in Baku') and speech verbs ('Yerevan
        # announced'): places they govern are not scenes.
        self.remote = Matcher(_entries(list(d.get("remote") or [])), m)
        # a call word that is the guest a leader received ("hosted his counterpart in Kilis"): the
        # meeting is where he received him, no remote party
        self.remote_not = Matcher(_entries(list(d.get("remote_not") or [])), m)
        ana = d.get("anaphora") or {}
        self.anaphora_before = frozenset(fold(str(w)) for w in ana.get("before") or [])
        self.anaphora_after = frozenset(fold(str(w)) for w in ana.get("after") or [])
        self.anaphora_relative = frozenset(fold(str(w)) for w in ana.get("relative") or [])
        self.anaphora_relative_after = frozenset(fold(str(w)) for w in ana.get("relative_after") or [])
        self.speech = Matcher(_entries(list(d.get("speech") or [])), m)
        # 'in both cities', 'в обоих городах': a happening at each of the two places named before
        self.both_places = Matcher(_entries(list(d.get("both_places") or [])), m)
        # 'in the same area', 'en la misma zona': the place of the happening told before
        self.same_place = Matcher(_entries(list(d.get("same_place") or [])), m)
        # 'Meanwhile', 'at the same time', 'nelle stesse ore': a sentence so opened tells another happening
        self.another = Matcher(_entries(list(d.get("another_happening") or [])), m)
        self.not_triggers = Matcher(_entries(list(d.get("not_triggers") or [])), m)
        self.including = Matcher(_entries(list(d.get("counts_including") or [])), m)
        self.partial = Matcher(_entries(list(d.get("counts_partial") or [])), m)
        # words for a summit, a meeting that is news of its own even where a statement follows
        self.summit = Matcher(_entries(list(d.get("summit") or [])), m)
        # police operations and raids; words tying suspects to a happening (arrests' reasons)
        self.arrest_operations = Matcher(_entries(list(d.get("arrest_operations") or [])), m)
        self.arrest_link = Matcher(_entries(list(d.get("arrest_link") or [])), m)
        # a part of the dead told before ('46 of the dead were girls')
        self.subset_of_dead = Matcher(_entries(list(d.get("subset_of_dead") or [])), m)
        # nouns right after a subset word that make it the owner of the toll's own noun, in a
        # language that puts the owner first ('hayatını kaybedenlerin sayısı': the number of
        # the dead, no part of them)
        self.subset_heads = frozenset(fold(str(w)) for w in d.get("subset_of_dead_heads") or [])
        # a victim's taking part in a gathering ('shot dead while taking part in a rally')
        self.taking_part = Matcher(_entries(list(d.get("taking_part") or [])), m)
        # 'opened an investigation into the attack', 'enquête sur l'attaque': an inquiry into a
        # happening told before, no new one
        self.inquiry = Matcher(_entries(list(d.get("inquiry") or [])), m)
        # 'convicted of murder', 'purgaba sentencias por homicidio', 'adam öldürme suçundan':
        # a crime named as a charge or a sentence is no happening of the news
        ch = d.get("charges") or {}
        self.charges = Matcher(_entries(list(ch.get("before") or [])), m)
        self.charges_after = Matcher(_entries(list(ch.get("after") or [])), m)
        # 'no official toll was published', 'aucun bilan', 'данных о погибших нет': a figure not
        # given, no toll of zero
        self.toll_unknown = Matcher(_entries(list(d.get("counts_unknown") or [])), m)
        self.attribution = Matcher(_entries(list(d.get("counts_attribution") or [])), m)
        self.single = Matcher(_entries(d.get("counts_single") or {}), m)
        self.away = Matcher(_entries(list(d.get("away") or [])), m)
        # the same for languages that put the verb last ('Şanlıurfa'daki hastanelerde tedavi
        # altına alındı', 'in Kliniken in Charkiw behandelt'): the place a few words BEFORE one
        self.away_after = Matcher(_entries(list(d.get("away_after") or [])), m)
        self.visit = Matcher(_entries(list(d.get("visit") or [])), m)
        self.tally = Matcher(_entries(list(d.get("tally") or [])), m)
        self.scene_after = Matcher(_entries(list(d.get("scene_after") or [])), m)
        # A sentence that places the happening told before it ('The attack took place in X',
        # 'Peristiwa itu berlaku di X'): words right before the place's name.
        self.took_place = Matcher(_entries(list(d.get("took_place") or [])), m)
        # Where troops or reinforcements came from ('from the capital', 'provenienti da X',
        # "Kilis'ten"): the origin of a deployment, not where it went.
        self.origin = Matcher(_entries(list(d.get("origin") or [])), m)
        # A statement made from a place ('speaking from Erbil', 'desde Erbil', "Erbil'den yaptığı
        # açıklamada"): words right before the place (`venue_from`) or right after its case
        # ending (`venue_from_after`) that make it where the statement was made.
        self.response = Matcher(_entries(list(d.get("response") or [])), m)
        lf = d.get("launched_from") or {}
        self.launched_from = Matcher(_entries(list(lf.get("before") or [])), m)
        self.launched_from_after = Matcher(_entries(list(lf.get("after") or [])), m)
        # ('Drohnen auf Charkiw abgefeuert', "Hankendi'ye atılan"): a place right before an
        # `after` word that a target word or a dative ending marks is where it was fired at
        self.launched_at = frozenset(fold(w) for w in lf.get("target") or [])
        vf = d.get("venue_from") or {}
        self.venue_from = Matcher(_entries(list(vf.get("before") or []) + list(vf.get("press") or [])), m)
        # ('at a press conference in Lyon', 'dalam jumpa pers di Jakarta'): a gathering of the
        # press right before a place is where a speaker stood, a capital too (no government)
        self.venue_press = Matcher(_entries(list(vf.get("press") or [])), m)
        self.venue_from_after = Matcher(_entries(list(vf.get("after") or [])), m)
        self.venue_from_fronted = Matcher(_entries(list(vf.get("fronted") or [])), m)
        # ('Da Roma, il ministro degli Esteri … ha condannato'): titles of people (places.yaml
        # `person_titles`) after a fronted 'from <capital>' make the capital where they spoke
        self.person_titles = Matcher(_entries(list((load(code, "places") or {}).get("person_titles") or [])), m)
        # 'pidió desde Culiacán', 'appealed from Kyiv': a word right after the statement's verb
        # that makes the place after it where the statement was made
        self.venue_from_verb = frozenset(fold(str(w)) for w in vf.get("after_verb") or [])
        # ('accusata da Washington'): 'from' words that are also the passive's agent ('by'); a
        # capital after one of them may be the accuser, so it is never read as the venue
        # ('met reporters in Leeds', 'bertemu wartawan di Ipoh'): meeting the press is no talks;
        # the place right after it is where the speaker spoke
        self.press_met = Matcher(_entries(list(vf.get("press_met") or [])), m)
        # ('"…," kata jurucakap itu di Ipoh'): verbs of saying written after a quote, whose
        # speaker's place right after is where the words were said
        self.said_after_quote = frozenset(fold(str(w)) for w in vf.get("said_after_quote") or [])
        self.venue_from_agent = frozenset(fold(str(w)) for w in vf.get("after_verb_agent") or [])
        # Where people who fled or were evacuated went ('to', 'ke', 'vers', 'verso', 'hacia'):
        # a place right after one is their destination, not the place they left; Turkish marks
        # it with a dative ending after the name's apostrophe ("Ermenistan'a").
        self.moved_to = Matcher(_entries(list(d.get("moved_to") or [])), m)
        self.moved_to_suffixes = frozenset(fold(s) for s in d.get("moved_to_suffixes") or [])
        # Mourning ('a day of mourning for the dead'): a toll after it is who is mourned.
        self.mourning = Matcher(_entries(list(d.get("mourning") or [])), m)
        # Where an organisation sits ('based in London', 'mit Sitz in Genf', 'Londra merkezli'):
        # the place right after `seat` (or right before `seat_after`) is no scene.
        # A side's own losses ('fifty of its soldiers', 'prajuritnya', 'своих военнослужащих'):
        # a tally across its front, not a death at the paragraph's last town.
        self.own_losses = Matcher(_entries(list(d.get("own_losses") or [])), m)
        # Verbs of hitting after a strike noun ('strikes targeted', 'des frappes ont visé', 'los
        # ataques alcanzaron'): their object is the strike's scene, as the trigger's own would be.
        self.hit = Matcher(_entries(list(d.get("hit_verbs") or [])), m)
        # 'at the front', 'au front', 'cephede', 'на фронте': a scene named, only no place we can map.
        self.front = Matcher(_entries(list(d.get("front") or [])), m)
        self.seat = Matcher(_entries(list(d.get("seat") or [])), m)
        self.seat_after = Matcher(_entries(list(d.get("seat_after") or [])), m)
        self.since = Matcher(_entries(list(d.get("since") or [])), m)
        self.since_when = frozenset(fold(str(w)) for w in d.get("since_when") or [])
        # 'there', 'dort', 'там', 'di sana': a sentence pointing at the place its paragraph named
        self.there = Matcher(_entries(list((d.get("locative") or {}).get("there") or [])), m)
        # 'the village', 'this small town', 'köyü', 'das Dorf': the story's own town or village,
        # unnamed (events._dateline_there)
        self.own_town = Matcher(_entries(list((d.get("locative") or {}).get("own_town") or [])), m)
        # 'one of the deadliest attacks since the war began', 'la plus meurtrière depuis 2015': a
        # superlative or 'first' beside 'since' compares the happening with the past; it is news.
        # 'otros 35', '40 kişinin de', '50 orang lagi', 'ещё пятеро': victims besides those told
        self.more = Matcher(_entries(list(d.get("counts_more") or [])), m)
        # 'de nouveaux rassemblements', 'fresh protests', 'erneut … Proteste': a happening told
        # as new is one of its own, not the earlier one told again (`renewed`)
        self.renewed = Matcher(_entries(list(d.get("renewed") or [])), m)
        # 'while', 'manakala', 'mentre': a second toll of other victims joined to the first
        self.contrast = Matcher(_entries(list(d.get("counts_contrast") or [])), m)
        self.contrast_not = Matcher(_entries(list(d.get("counts_contrast_not") or [])), m)
        # ('ağır yaralanan dört asker … kurtarılamadı', 'two wounded later died in hospital')
        self.died_later = Matcher(_entries(list(d.get("counts_died_later") or [])), m)
        # 'after the attack', 'Usai ledakan,', 'operasyonun ardından': a happening named as the time
        # of another is the one told before
        ar = d.get("after_ref") or {}
        self.after_ref = Matcher(_entries(list(ar.get("before") or [])), m)
        self.after_ref_post = Matcher(_entries(list(ar.get("after") or [])), m)
        self.after_ref_fronted = bool(ar.get("fronted_only"))
        self.superlative = Matcher(_entries(list(d.get("superlative") or [])), m)
        # titles that start with a superlative word and compare nothing ('Premier ministre')
        self.superlative_not = Matcher(_entries(list(d.get("superlative_not") or [])), m)
        # 'the fourth attack in the region in two months', 'l'une des attaques les plus
        # meurtrières jamais': an ordinal that ranks a happening among others, and the span a
        # superlative or an ordinal ranks it in ('ever', 'this year', 'binnen einer Woche')
        self.ordinal_compare = Matcher(_entries(list(d.get("ordinal_compare") or [])), m)
        self.compare_span = Matcher(_entries(list(d.get("compare_span") or [])), m)
        # 'attributed the attack to', 'a revendiqué l'attaque': an attack named as their object
        self.attribute = Matcher(_entries(list(d.get("attribute") or [])), m)
        self.take = Matcher(_entries(list(d.get("take_place") or [])), m)
        # Crowds ('protesters', 'supporters of the junta', 'a mob'): an attack they make is a
        # violent demonstration, not an armed clash.
        self.crowd = Matcher(_entries(list(d.get("crowd") or [])), m)
        # ('armed youths', 'pemuda bersenjata', 'jeunes armés'): a crowd word beside a word of
        # arms names a band of gunmen, no demonstrators; what they do is an attack
        self.crowd_armed = Matcher(_entries(list(d.get("crowd_armed") or [])), m)
        # ('The attack sparked outrage across Ireland', "L'attentat a suscité l'indignation"):
        # words of outrage or condemnation right after a happening's noun: the sentence tells the
        # reaction to a happening told before, no happening of its own (never a verb a blast may
        # do itself: 'mengguncang', 'erschütterte', 'shook')
        self.reaction_after = Matcher(_entries(list(d.get("reaction_after") or [])), m)
        # what is seized with its people aboard ('seized the tanker', 'took its crew'): captives
        self.captives = Matcher(_entries(list(d.get("captive_objects") or [])), m)
        # 'has about 900 soldiers in the mission', 'compte 800 militaires au Niger': a force's
        # standing strength (a verb of having, a figure, a troop noun) is background, no deployment
        # 'gathered at the site of the explosion', "patlamanın yaşandığı noktada": a happening
        # named as the spot where something else happens is the one told before
        so = d.get("site_of") or {}
        self.site_before = Matcher(_entries(list(so.get("before") or [])), m)
        self.site_after = Matcher(_entries(list(so.get("after") or [])), m)
        ts = d.get("troop_strength") or {}
        self.strength_verbs = Matcher(_entries(list(ts.get("verbs") or [])), m)
        self.strength_nouns = {fold(w) for w in ts.get("nouns") or []}
        self.strength_approx = {fold(w) for p in ts.get("approx") or [] for w in p.split()}
        # verbs that attribute a quote after its closing mark ('", kata Kapolda … di Jayapura')
        self.quote_said = Matcher(_entries(list(d.get("quote_attribution") or [])), m)
        # verbs of discussing: a truce right after one is a topic ('to discuss a ceasefire')
        self.discuss = Matcher(_entries(list(d.get("discuss") or [])), m)
        # verbs of ordering: an arrest a few words after one is ordered, not made ('ordered the
        # police to capture those responsible')
        self.directive = Matcher(_entries(list(d.get("directive") or [])), m)
        # custody a court orders or a suspect is placed in ("ordenó la prisión domiciliaria", "a judge
        # remanded him in custody"): listed among the arrests too, the detention itself, no order
        # of an arrest still to come (a verb of ordering before it does not make it a plan)
        self.custody = frozenset(fold(str(w)) for w in d.get("custody") or [])
        # Plans and schedules ('are due to meet', 'akan mengadakan', 'çekilecek'): what has not
        # happened yet is no happening.
        fut = d.get("future") or {}
        self.future = Matcher(_entries(list(fut.get("words") or [])), m)
        self.future_window = int(fut.get("window", 3))
        # after the trigger: 'Переговоры … продолжатся', 'talks in Doha next week'
        self.future_after = Matcher(_entries(list(fut.get("after") or [])), m)
        self.future_suffixes = tuple(fold(s) for s in fut.get("suffixes") or [])
        act = d.get("actors") or {}
        self.demonyms = Matcher([(str(k), str(v)) for k, v in (act.get("demonyms") or {}).items()], m)
        self.organisations = Matcher([(str(k), str(v)) for k, v in (act.get("organisations") or {}).items()], m)
        self.dates = d.get("dates") or {}
        dd = self.dates
        self.month_words = frozenset(fold(str(k)) for k in (dd.get("months") or {}))
        self.date_words = Matcher(
            [(str(k), ("wday", v)) for k, v in (dd.get("weekdays") or {}).items()]
            + [(str(k), ("rel", v)) for k, v in (dd.get("relative") or {}).items()]
            + [(str(k), ("span", v)) for k, v in (dd.get("spans") or {}).items()]
            + [(str(k), ("mspan", v)) for k, v in (dd.get("months_back") or {}).items()]
            + [(str(k), ("told", v)) for k, v in (dd.get("told_day") or {}).items()], Morph(None))
        # Every category in one matcher: one dictionary lookup per token finds them all.
        cats = {"trig": self.triggers, "subcue": self.subtype_cues, "neg": self.negators, "negnot": self.negators_not,
                "deny": self.deniers, "negafter": self.neg_after, "negsubj": self.neg_subject, "count": self.counts, "num": self.numbers, "approx": self.approx,
                "before": self.loc_before, "near": self.loc_near, "border": self.loc_border, "bordernot": self.loc_border_not,
                "clause": self.clause_breaks, "clausenot": self.clause_breaks_not, "background": self.background,
                "remote": self.remote, "remotenot": self.remote_not, "speech": self.speech, "nontrig": self.not_triggers, "charge": self.charges, "chargeafter": self.charges_after,
                "incl": self.including, "single": self.single, "away": self.away, "awayafter": self.away_after, "visit": self.visit, "tally": self.tally, "sceneafter": self.scene_after, "tookplace": self.took_place, "origin": self.origin, "movedto": self.moved_to, "seat": self.seat, "front": self.front, "hit": self.hit, "own": self.own_losses, "capital": self.capital_words, "nationwide": self.nationwide, "sincehist": self.since_history, "seatafter": self.seat_after, "since": self.since, "superl": self.superlative, "superlnot": self.superlative_not, "ordcmp": self.ordinal_compare, "cmpspan": self.compare_span, "afterref": self.after_ref, "afterpost": self.after_ref_post, "mourn": self.mourning, "more": self.more, "there": self.there, "owntown": self.own_town, "attrib": self.attribute, "take": self.take, "crowd": self.crowd, "crowdarmed": self.crowd_armed, "reaction": self.reaction_after, "captive": self.captives, "quotesaid": self.quote_said, "discuss": self.discuss, "directive": self.directive, "future": self.future, "futafter": self.future_after, "date": self.date_words, "demonym": self.demonyms, "org": self.organisations}
        # and the matchers some rules search a whole sentence with: read back from its scan,
        # where a search of their own would take one more pass over the sentence each time
        cats.update({"ongoing": self.background_ongoing, "sitebefore": self.site_before,
                     "siteafter": self.site_after, "launchfrom": self.launched_from,
                     "launchafter": self.launched_from_after, "countattrib": self.attribution,
                     "measure": self.measures, "another": self.another, "bothplaces": self.both_places,
                     "sameplace": self.same_place, "response": self.response,
                     "subsetdead": self.subset_of_dead, "venuefrom": self.venue_from,
                     "venueafter": self.venue_from_after, "venuefronted": self.venue_from_fronted,
                     "summit": self.summit, "inquiry": self.inquiry, "takingpart": self.taking_part})
        if self.ages is not None:
            cats["ages"] = self.ages
        # the lists rules read on a whole sentence (lex.phrases(key), the verbs of a rising toll):
        # found by the same one pass, under 'p:' + their key
        cats.update({"p:" + key: self.phrases(key) for key in SENTENCE_PHRASES})
        rise = d.get("counts_rise") or {}
        self.rise_verbs = Matcher(_entries(list(rise.get("verbs") or [])), m)
        self.rise_reach = Matcher(_entries(list(rise.get("reach") or [])), m)
        cats.update({"riseverbs": self.rise_verbs, "risereach": self.rise_reach,
                     "partitive": self.partitive, "clockbefore": self.clock_before, "daybefore": self.day_before,
                     "diedlater": self.died_later, "venuepress": self.venue_press,
                     "renewed": self.renewed, "arrestops": self.arrest_operations,
                     "arrestlink": self.arrest_link, "strength": self.strength_verbs})
        self.categories = cats
        self.combined = Matcher([(raw, (cat, payload)) for cat, mt in cats.items()
                                 for _, payload, raw in mt.patterns], m)

    def phrases(self, key: str) -> Matcher:
        """A matcher of the lexicon's `key` list that only a rule or two reads, built when first
        asked for (most sentences never reach those rules)."""
        got = self._phrases.get(key)
        if got is None:
            got = self._phrases[key] = Matcher(_entries(list(self.data.get(key) or [])), self.morph)
        return got

    def matches(self, cat: str, toks: list[Tok], scan: "Scan | None" = None, lo: int = 0,
                hi: int | None = None) -> list:
        """The matches of category `cat` (a key of self.categories) in toks[lo:hi], as its own
        matcher finds them: read from `scan` when it is the scan of these very tokens (whole, or a
        window for a list with no gaps), else searched. Not for the categories Lexicon.scan
        filters (remote, border, neg, superl)."""
        if scan is not None and scan.toks is toks:
            n = len(toks)
            hi = n if hi is None else hi
            if lo == 0 and hi == n:
                return scan.by.get(cat, [])
            if self.categories[cat].gapless:
                return [x for x in scan.by.get(cat, ()) if lo <= x[0] and x[1] <= hi]
        return self.categories[cat].find(toks, lo, hi)

    def scan(self, toks: list[Tok]) -> "Scan":
        """All lexicon matches of a token list, by category."""
        by: dict[str, list] = {}
        for i, j, (cat, payload), raw in self.combined.find(toks):
            by.setdefault(cat, []).append((i, j, payload, raw))
        if "remotenot" in by and "remote" in by:
            hosted = {k for i, j, _, _ in by.pop("remotenot") for k in range(i, j)}
            by["remote"] = [x for x in by["remote"] if x[0] not in hosted]
        if "bordernot" in by and "border" in by:
            figurative = {k for i, j, _, _ in by.pop("bordernot") for k in range(i, j)}
            by["border"] = [x for x in by["border"] if x[0] not in figurative]
        if "negnot" in by:
            idioms = {k for i, j, _, _ in by.pop("negnot") for k in range(i, j)}
            if "neg" in by:
                by["neg"] = [x for x in by["neg"] if x[0] not in idioms]
        if "superlnot" in by and "superl" in by:
            titles = {k for i, j, _, _ in by.pop("superlnot") for k in range(i, j)}
            by["superl"] = [x for x in by["superl"] if x[0] not in titles]
        return Scan(by, toks)


# lex.phrases lists that rules search whole sentences with: one more category each of the
# combined scan (Lexicon.matches reads them back), not one more pass over the sentence
SENTENCE_PHRASES = ("toll_nouns", "visit_scene", "institutions", "counts_not", "office", "funeral",
                    "memorial", "toll_forecast", "counts_final", "counts_earlier", "sequence",
                    "speaker_at", "care", "counts_nationals", "phase_verbs", "victim_roles",
                    "judicial_execution")


class Scan:
    """Matches of one sentence by category ('trig', 'neg', 'count', 'border' …)."""

    def __init__(self, by: dict[str, list], toks: list[Tok] | None = None):
        self.by = by
        self.toks = toks                 # the tokens scanned (Lexicon.matches)
        self.memo: dict = {}             # what other modules find once per sentence (numbers())
        self._longest: dict[str, list] = {}

    def find(self, cat: str) -> list:
        return self.by.get(cat, [])

    def longest(self, cat: str) -> list:
        got = self._longest.get(cat)
        if got is None:
            got = self._longest[cat] = longest_of(self.by.get(cat, []))
        return got


def longest_of(matches: list) -> list:
    """Non-overlapping matches, longest first (then leftmost), returned in text order."""
    if len(matches) < 2:
        return list(matches)
    # longest first, then leftmost, then a subtype's pattern over its type's ('arrested')
    ms = sorted(matches, key=lambda m: (-(m[1] - m[0]), m[0],
                                        0 if isinstance(m[2], tuple) and len(m[2]) > 1 and m[2][1] else 1))
    taken: set[int] = set()
    out = []
    for m in ms:
        rng = range(m[0], m[1])
        if any(t in taken for t in rng):
            continue
        taken.update(rng)
        out.append(m)
    return sorted(out, key=lambda m: m[0])


@lru_cache(maxsize=None)
def lexicon(code: str | None) -> Lexicon:
    """The compiled lexicon of a language (English for an unknown or missing language).

    Reading events.yaml and building its matchers costs a cold `geomap extract` about a tenth
    of a second; the lexicon is kept as a pickle in the cache dir (geomap/pickled.py), rebuilt
    whenever a file it is built from changes."""
    from .pickled import load_or_build

    if code not in LANGUAGES:
        code = "en"
    return load_or_build(f"events-lexicon-{code}", _sources(code), lambda: Lexicon(code), Lexicon)


def _sources(code: str) -> list:
    """The files Lexicon(code) is built from, with the modules that build it."""
    from pathlib import Path

    from .config import LANG_DIR
    here = Path(__file__)
    return [LANG_DIR / code / "events.yaml", LANG_DIR / code / "places.yaml",
            DATA_DIR / "event_types.yaml", here, here.with_name("lang.py"),
            here.with_name("text.py")]
