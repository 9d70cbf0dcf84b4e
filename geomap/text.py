"""Text utilities every stage shares: word tokens and sentence spans, in any script.

All functions are pure and return offsets into the ORIGINAL string (never into a copy), so a
stage can slice ``text[start:end]`` and get exactly what it saw.

Tokens
    ``tokens()`` gives atomic word tokens: runs of letters, combining marks and digits in any
    script. Hyphens and apostrophes split tokens ('Nagorno-Karabakh' → 'Nagorno', 'Karabakh';
    "d'Arménie" → 'd', 'Arménie'); ``glued()`` / ``words()`` re-join the pieces that touch
    through a hyphen or apostrophe, so a caller can look up both the compound and its parts.

Sentences
    ``sentences()`` splits at . ! ? … (plus closing quotes/brackets) followed by a space and a
    plausible sentence start, except after an abbreviation of the language (data:
    ``abbreviations`` in geomap/data/lang/<code>/read.yaml and geomap/data/read_common.yaml),
    an initial ('J. Smith'), an ordinal in languages that write them with a dot ('16. November').
    Paragraph breaks always split; a single line break splits unless the line is visibly wrapped
    mid-sentence.
"""
from __future__ import annotations

import re
from functools import lru_cache

from .config import DATA_DIR
from .lang import LANGUAGES, load, load_yaml

# Combining marks are not \w in Python's re, but they belong inside words (Arabic harakat,
# Devanagari vowel signs, decomposed Latin accents). ʼ ʻ are letters (Lm) for Unicode but we treat
# them as apostrophes, like normalize.key does.
_MARKS = ("\u0300-\u036f\u0483-\u0489\u0591-\u05c7\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed"
          "\u0711\u0730-\u074a\u0900-\u0903\u093a-\u094f\u0951-\u0957\u0962\u0963\u0981-\u0983"
          "\u09bc-\u09d7\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u1ab0-\u1aff\u1dc0-\u1dff\u200c\u200d"
          "\u20d0-\u20ff\ufe20-\ufe2f")
_LETTER = r"[^\W_\u02bb\u02bc]"
# Runs of word characters, with combining marks allowed after the first character. Written
# as "class run, then (marks, class run)*" so that the common case is one fast greedy run.
TOKEN_RE = re.compile(rf"{_LETTER}+(?:[{_MARKS}]+{_LETTER}*)*")

APOSTROPHES = "'’ʼʻ`‘"
# Hyphen-minus, hyphen, non-breaking hyphen, figure dash, en dash ('Armenia–Azerbaijan').
HYPHENS = "-‐‑‒–"
JOINERS = APOSTROPHES + HYPHENS

Token = tuple[int, int, str]


def tokens(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Atomic word tokens (start, end, token) of text[start:end], offsets into ``text``."""
    end = len(text) if end is None else end
    return [(*m.span(), m.group()) for m in TOKEN_RE.finditer(text, start, end)]


SPLIT_TOKENS = re.compile(f"({TOKEN_RE.pattern})")
# the same split for a text without '_', 'ʻ' or 'ʼ' (nearly every article), where a letter of
# TOKEN_RE is any \w: one category test per character instead of a class of four (a test
# checks that it is TOKEN_RE with \w for its letter)
SPLIT_WORD_TOKENS = re.compile(rf"(\w+(?:[{_MARKS}]+\w*)*)")


def token_split(text: str) -> list[str]:
    """``text`` split by its tokens (the ``tokens()`` of it), all in C: gap, token, gap, …,
    token, gap ('' where nothing lies between)."""
    if "_" not in text and "\u02bb" not in text and "\u02bc" not in text:
        return SPLIT_WORD_TOKENS.split(text)
    return SPLIT_TOKENS.split(text)


def is_glued(text: str, a: Token, b: Token) -> bool:
    """True when token b follows token a through exactly one hyphen or apostrophe, no spaces."""
    return b[0] - a[1] == 1 and text[a[1]] in JOINERS


def glued(text: str, toks: list[Token]) -> list[tuple[int, int]]:
    """Index ranges [i, j) of runs of tokens glued by hyphens/apostrophes (runs of 2+ only).

    ``text[toks[i][0]:toks[j-1][1]]`` is the compound, e.g. 'Armenia-Azerbaijan'."""
    out: list[tuple[int, int]] = []
    i = 0
    n = len(toks)
    while i < n:
        j = i + 1
        while j < n and is_glued(text, toks[j - 1], toks[j]):
            j += 1
        if j - i > 1:
            out.append((i, j))
        i = j
    return out


def words(text: str, start: int = 0, end: int | None = None) -> list[Token]:
    """Tokens with hyphenated/apostrophised compounds kept whole ('Nagorno-Karabakh', "Qal'a")."""
    toks = tokens(text, start, end)
    if not toks:
        return toks
    out: list[Token] = []
    cur = toks[0]
    for t in toks[1:]:
        if is_glued(text, cur, t):
            cur = (cur[0], t[1], text[cur[0]:t[1]])
        else:
            out.append(cur)
            cur = t
    out.append(cur)
    return out


def join(text: str, toks: list[Token], i: int, j: int) -> Token:
    """The span covering toks[i:j] as one token (start, end, surface)."""
    s, e = toks[i][0], toks[j - 1][1]
    return (s, e, text[s:e])


def is_title(token: str) -> bool:
    """Starts with an upper-case letter (scripts without case, e.g. Arabic, count as True)."""
    c = token[:1]
    return bool(c) and (c.isupper() or (c.isalpha() and c.lower() == c.upper()))


# --------------------------------------------------------------------------- sentences

_COMMON_FILE = DATA_DIR / "read_common.yaml"


@lru_cache(maxsize=1)
def common_data() -> dict:
    """Language-independent reading data (geomap/data/read_common.yaml)."""
    if not _COMMON_FILE.is_file():
        return {}
    return load_yaml(_COMMON_FILE) or {}


def _fold(s: str) -> str:
    return str(s).casefold().rstrip(".")


@lru_cache(maxsize=None)
def abbreviations(lang: str | None) -> tuple[frozenset, frozenset, bool]:
    """(abbreviations, abbreviations that may end a sentence, ordinal-dot language?) for lang.

    Abbreviations are stored without their final dot and casefolded ('dr', 'jl', 'г', 'ул').
    Unknown or missing lang: the union over every language, so nothing is split wrongly."""
    langs = [lang] if lang in LANGUAGES else list(LANGUAGES)
    abbr: set[str] = set()
    final: set[str] = set()
    ordinal = False
    for data in [common_data()] + [load(code, "read") for code in langs]:
        abbr.update(_fold(a) for a in data.get("abbreviations", []) or [])
        final.update(_fold(a) for a in data.get("sentence_final_abbreviations", []) or [])
        if lang in LANGUAGES and data.get("ordinal_dot"):
            ordinal = True
    return frozenset(abbr), frozenset(final), ordinal


# A candidate boundary: terminal punctuation, then optional closing quotes/brackets, then spaces.
_END_RE = re.compile(r"(?:[.!?…]+|[。！？])[\"'”’»)\]]*(?=\s)")
_OPENERS = "\"'“‘«„([¿¡-–—•*"
# The word (with internal dots, e.g. 'U.S', 'т.д') right before a final dot.
_PREV_WORD_RE = re.compile(rf"(?:{_LETTER}|[{_MARKS}.])+$")


def _starts_sentence(text: str, i: int) -> bool:
    """Does the text at i (after spaces) look like the start of a sentence?"""
    n = len(text)
    while i < n and text[i] in " \t\u00a0":
        i += 1
    if i >= n:
        return True
    c = text[i]
    if c == "\n":
        return True
    if c in _OPENERS:
        return True
    if c.isdigit():
        return True
    return is_title(c)


def _no_break_after(text: str, seg_start: int, dot_start: int, punct: str, nxt: int,
                    abbr: frozenset, final: frozenset, ordinal: bool) -> bool:
    """True when the '.' at dot_start does not end a sentence (abbreviation, initial, ordinal)."""
    if not punct.startswith(".") or punct.startswith("..") or punct.startswith("…"):
        return False
    m = _PREV_WORD_RE.search(text, max(seg_start, dot_start - 40), dot_start)
    if m is None:
        return False
    word = m.group()
    if word.isdigit():
        # A number ('16.', '1987.'): an ordinal in de/tr… ('am 16. November'), else a real end.
        return ordinal and len(word) <= 3
    folded = _fold(word)
    if folded in final:
        # 'etc.', 'dll.': a break only when a capitalised word follows.
        return not _starts_sentence(text, nxt)
    if folded in abbr:
        return True
    core = word.strip(".")
    if len(core) == 1 and core.isalpha():
        return True                      # an initial ('Karl G. Smith') or 'z. B.', 'd. h.'
    if "." in core and all(len(p) <= 2 for p in core.split(".")):
        return True                      # 'U.S.', 'т.е.', 'S.A.'
    return False


def _wrapped(text: str, nl: int, lo: int) -> bool:
    """A single line break inside a sentence of hard-wrapped text: the line does not end a
    sentence and the next line starts in lower case."""
    j = nl - 1
    while j >= lo and text[j] in " \t":
        j -= 1
    if j < lo or text[j] in ".!?…:;\"”»)":
        return False
    k = nl + 1
    while k < len(text) and text[k] in " \t":
        k += 1
    return k < len(text) and text[k].islower()


def _trim(text: str, s: int, e: int) -> tuple[int, int] | None:
    while s < e and text[s].isspace():
        s += 1
    while e > s and text[e - 1].isspace():
        e -= 1
    return (s, e) if e > s else None


def sentences(text: str, start: int = 0, end: int | None = None,
              lang: str | None = None) -> list[tuple[int, int]]:
    """Sentence spans (start, end) of text[start:end], trimmed of surrounding whitespace."""
    end = len(text) if end is None else end
    abbr, final, ordinal = abbreviations(lang)
    out: list[tuple[int, int]] = []
    # 1. lines: every line break is a boundary unless the line is wrapped mid-sentence.
    line_starts = [start]
    i = text.find("\n", start, end)
    while i != -1:
        if not _wrapped(text, i, line_starts[-1]):
            line_starts.append(i + 1)
        i = text.find("\n", i + 1, end)
    line_starts.append(end)
    # 2. within a line: terminal punctuation.
    for ls, le in zip(line_starts, line_starts[1:]):
        s = ls
        for m in _END_RE.finditer(text, ls, le):
            e = m.end()
            if not _starts_sentence(text, e) or e >= le:
                continue
            if _no_break_after(text, s, m.start(), m.group(), e, abbr, final, ordinal):
                continue
            span = _trim(text, s, e)
            if span:
                out.append(span)
            s = e
        span = _trim(text, s, le)
        if span:
            out.append(span)
    return out


def sentence_at(spans: list[tuple[int, int]], offset: int) -> tuple[int, int] | None:
    """The span containing offset (binary search over sorted spans)."""
    lo, hi = 0, len(spans)
    while lo < hi:
        mid = (lo + hi) // 2
        s, e = spans[mid]
        if offset < s:
            hi = mid
        elif offset >= e:
            lo = mid + 1
        else:
            return spans[mid]
    return None


def lines(text: str, start: int = 0, end: int | None = None) -> list[tuple[int, int]]:
    """Non-blank line spans (start, end) of text[start:end], trimmed."""
    end = len(text) if end is None else end
    out = []
    s = start
    while s < end:
        e = text.find("\n", s, end)
        if e == -1:
            e = end
        span = _trim(text, s, e)
        if span:
            out.append(span)
        s = e + 1
    return out
