"""Stage 1: read an article (file, URL, raw text or stdin bytes) into a :class:`Document`.

What this stage decides, and the other stages rely on:
- ``doc.text``: the article text (after HTML extraction), normalised (NFC, '\\n' newlines).
- ``doc.segments``: every non-blank line labelled title / subtitle / dateline / body / caption /
  related / boilerplate. Only title and body carry events; places elsewhere get role "other".
- ``doc.meta['dateline'] = (start, end, place_start, place_end)`` when the first paragraph opens
  with a dateline ('MOSCOW (Reuters) -'); the geoparser resolves the place and gives it role
  "dateline".
- ``doc.title``, ``doc.lang``, ``doc.published``, ``doc.source``, ``doc.url``.
- ``doc.meta['dateline_source']`` (the agency or outlet named in the dateline, e.g. 'Reuters'),
  ``doc.meta['format']`` ('text', 'html' or 'markdown') and ``doc.meta['date_override']``.

How lines are labelled (``segment``): lines that say what they are (related-link cues, page
furniture, photo credits) first; then the headline (the first headline-like line, after menus);
the header between headline and text (date lines, bylines, standfirst); the text, up to an
end-of-article marker (author box, 'Most read'), with related-link runs under a header, section
headings and tag lines; finally the dateline at the opening of the first paragraph.

Language knowledge (dateline forms, related-link and boilerplate markers, caption cues, month
names) lives in geomap/data/lang/<code>/read.yaml and geomap/data/read_common.yaml.
Heavy libraries (trafilatura, charset-normalizer, py3langid) are imported only when needed.
"""
from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

from . import text as T
from .document import (BODY, BOILERPLATE, CAPTION, DATELINE, RELATED, SUBTITLE, TITLE,
                       Document, Segment, normalise_text)
from .errors import InputError
from .lang import LANGUAGES, load

MAX_BYTES = 5_000_000
HTML_SUFFIXES = {".html", ".htm", ".xhtml", ".shtml", ".xht"}
MARKDOWN_SUFFIXES = {".md", ".markdown"}
USER_AGENT = "Mozilla/5.0 (compatible; geomap/0.1; +https://example.invalid/geomap)"

# Languages the identifier may answer. The nine we support plus a few that would otherwise be
# forced into one of them (Portuguese → Spanish, Ukrainian → Russian …).
DETECT_LANGS = list(LANGUAGES) + ["pt", "nl", "uk", "pl", "ar", "fa", "hy", "ka"]

_MAGIC = [(b"%PDF", "a PDF file"), (b"\x89PNG", "a PNG image"), (b"GIF8", "a GIF image"),
          (b"\xff\xd8\xff", "a JPEG image"), (b"PK\x03\x04", "a ZIP archive (or Office file)"),
          (b"\x1f\x8b", "a gzip archive"), (b"\x7fELF", "an executable"),
          (b"SQLite format 3", "an SQLite database"), (b"RIFF", "a media file"),
          (b"\x00\x00\x01\x00", "an icon"), (b"BZh", "a bzip2 archive"),
          (b"7z\xbc\xaf", "a 7z archive"), (b"\xd0\xcf\x11\xe0", "an Office document")]


# --------------------------------------------------------------------------- language data

@dataclass(frozen=True)
class Cues:
    related_prefixes: _Prefixes
    related_inline: re.Pattern          # 'Baca Juga:' glued after a sentence inside a paragraph
    related_headers: frozenset
    boilerplate_lines: frozenset
    boilerplate_prefixes: _Prefixes
    boilerplate_line_re: _Gated         # patterns anchored at the line start (match)
    boilerplate_re: _Gated              # the others (search)
    byline_prefixes: frozenset
    byline_words: frozenset             # 'correspondent', 'корр': a reporter's title in a byline
    byline_at: tuple                    # 'à' in 'Par Claire Vannes, à Rouen': where she filed from
    byline_from: frozenset              # 'From' in 'From Ada Obi, Abuja' (place after the comma)
    byline_seat: frozenset              # 'Von' in 'Von Eva Roth, Kassel' (only if named elsewhere)
    byline_labels: frozenset            # 'Текст' in 'Текст: Анна Орлова (Пермь)'
    byline_joiners: tuple               # 'and' between two reporters' names
    byline_res: _Lazy                   # whole byline lines naming the place (group place)
    updated_labels: tuple               # 'aggiornato', 'Güncelleme': a page's 'updated' stamp
    end_lines: frozenset
    end_prefixes: _Prefixes
    caption_prefixes: _Prefixes
    caption_line_re: re.Pattern         # anchored at the line start: run on the whole line
    caption_tail_re: _Gated             # credits at the end: run on the line's tail only
    header_caption_re: _Gated           # credits that make a caption only in the page header
    dateline_res: _Lazy                 # tried in order; compiled when first reached
    caps_only_seps: frozenset
    news_desks: tuple                   # 'haber merkezi', 'newsroom': an outlet's desk
    colon_any_case: bool                # 'Kuala Lumpur: …' is a dateline in this language
    sources: frozenset
    months: dict
    date_joiners: frozenset             # words inside a date that are no month ('24 de julio')
    day_parts: frozenset                # 'soir' in a weekday dateline ('Lyon, lundi soir.')
    report_labels: frozenset            # 'Özel Haber', 'Enviada especial' after 'Place |'
    edition_prefixes: tuple             # 'Ausgabe' in 'Ausgabe Idar-Oberstein' (a local edition)
    district_words: frozenset           # 'arrondissement' in 'Paris, 6e arrondissement, jeudi'
    broadcast_words: frozenset          # 'TV', 'Radio': an outlet's name ('Lazio24 TV | ROMA')
    comma_is_source: bool
    month_first: bool
    max_menu_words: int
    lang: str | None = None             # the language these cues are for (None: all merged)


def _key(s: str) -> str:
    """How cue lines are compared: casefolded, spaces collapsed, trailing punctuation dropped."""
    s = " ".join(str(s).split()).casefold()
    # Turkish: 'İLGİLİ' casefolds to 'i̇lgi̇li̇' and 'HAKKINDA' to 'hakkinda'; fold both ways.
    s = s.replace("\u0307", "").replace("ı", "i")
    return s.rstrip(" :.;,!?»>›-–—|")


# A line is keyed by several tests in a row (related? boilerplate? caption? end?): memoised
_line_key = lru_cache(maxsize=4096)(_key)


def _lst(datas: list[dict], name: str) -> list:
    out: list = []
    for d in datas:
        out.extend(x for x in (d.get(name) or []) if x is not None)
    return out


class _Prefixes:
    """Line-start cues without a regex (a large alternation of literals costs more to compile
    on a cold start than all the lines of an article cost to test): ``match(k)`` is true when the
    _key()ed line k starts with a prefix; a prefix that ends in a letter must end a word there
    ('Baca' must not match 'Bacaan'); one written with a colon ('Ранее:', 'Baca:') needs it
    ('Ранее в понедельник' is a sentence), or must be the whole line."""

    __slots__ = ("_by_char",)

    def __init__(self, prefixes: list):
        by_char: dict[str, list[tuple[str, int]]] = {}
        for p in prefixes:
            k = _key(p)
            if not k:
                continue
            kind = 2 if str(p).rstrip().endswith(":") else (1 if k[-1].isalnum() else 0)
            by_char.setdefault(k[0], []).append((k, kind))
        for v in by_char.values():
            v.sort(key=lambda x: -len(x[0]))
        self._by_char = by_char

    @staticmethod
    def _ok(rest: str, kind: int, full: bool) -> bool:
        if not rest:
            return True
        if kind == 2:
            return rest[0] == ":" and (not full or len(rest) == 1) or (
                len(rest) >= 2 and rest[0].isspace() and rest[1] == ":" and (not full or len(rest) == 2))
        if full:
            return False
        return kind == 0 or not (rest[0].isalnum() or rest[0] == "_")

    def match(self, k: str) -> bool:
        for p, kind in self._by_char.get(k[:1], ()):
            if k.startswith(p) and self._ok(k[len(p):], kind, False):
                return True
        return False

    def fullmatch(self, k: str) -> bool:
        for p, kind in self._by_char.get(k[:1], ()):
            if k.startswith(p) and self._ok(k[len(p):], kind, True):
                return True
        return False


class _Lazy:
    """Patterns tried in order, each compiled the first time it is reached: most lines are
    decided by the first dateline form, so the others cost nothing on a cold start."""

    __slots__ = ("_src", "_flags", "_done")

    def __init__(self, patterns: list, flags: int = 0):
        self._src, self._flags = [str(p) for p in patterns], flags
        self._done: list[re.Pattern | None] = [None] * len(self._src)

    def __iter__(self):
        for i, p in enumerate(self._src):
            rx = self._done[i]
            if rx is None:
                rx = self._done[i] = re.compile(p, self._flags)
            yield rx

    def __len__(self):
        return len(self._src)


def _prefix_re(prefixes: list) -> _Prefixes:
    return _Prefixes(prefixes)


def _inline_re(prefixes: list) -> re.Pattern:
    """Related-link cues found after a sentence end inside a paragraph ('… ujarnya. Baca Juga:
    Judul lain', '… a-t-il dit. Lire aussi : …', '… LIRE AUSSI - …'): a cue written with a colon,
    or of two words or more, then a colon or a dash; the link runs to the end of the line."""
    alts = sorted({r"\s+".join(re.escape(w) for w in str(p).rstrip(" :—-").split())
                   for p in prefixes
                   if str(p).rstrip().endswith(":") or len(str(p).rstrip(" :—-").split()) >= 2},
                  key=len, reverse=True)
    if not alts:
        return re.compile(r"(?!)")
    return re.compile(r"(?<=[.!?…\"”»)])\s*(?:" + "|".join(alts) + r")(?:\s?:|\s[-–—](?=\s))",
                      re.IGNORECASE)


def _strip_flags(p: str) -> tuple[str, str]:
    m = re.match(r"\(\?([aiLmsux]+)\)", p)
    return (m.group(1), p[m.end():]) if m else ("", p)


def _union(patterns: list) -> re.Pattern:
    """One compiled alternation of data patterns (global flags become scoped groups):
    one C-level search per line instead of one per pattern."""
    parts = []
    for p in patterns:
        flags, body = _strip_flags(str(p))
        parts.append(f"(?{flags}:{body})" if flags else f"(?:{body})")
    return re.compile("|".join(parts) if parts else r"(?!)")


def _fold(s: str) -> str:
    """The text a case-insensitive literal is looked for in: lower case, one character for one
    (İ, ı and ſ, which a (?i) pattern's 'i' and 's' match, become i and s)."""
    return s.replace("İ", "i").lower().replace("ı", "i").replace("ſ", "s")


try:                                  # re's own parser: what a pattern cannot match without
    from re import _constants as _C, _parser as _P
except ImportError:                   # pragma: no cover - another Python: no pattern is gated
    _C = _P = None

try:                                  # characters (?i) matches beyond their lower case
    from re._casefix import _EXTRA_CASES as _RE_EXTRA
except ImportError:                   # pragma: no cover - another Python: no cased letter gates
    _RE_EXTRA = None


def _gate_char(ch: str, ic: bool) -> tuple[bool | None, str] | None:
    """How a literal character of a pattern is looked for: (False, ch) in the text itself,
    (True, c) in _fold(text), (None, ch) in either; None when no plain lookup is sure to find
    every character the pattern matches there."""
    if not ic:
        return False, ch
    low = ch.lower()
    if low == ch == ch.upper() and not ch.isalpha():
        return None, ch               # no case: matches only itself
    if _RE_EXTRA is None or len(low) != 1 or ch in "İıſ":
        return None
    if low in "is" or ord(low) not in _RE_EXTRA:
        return True, low
    return None


def _needs(items, flags: int) -> list[frozenset]:
    """What a parsed pattern cannot match without: a list of requirements, each a set of
    (fold, string) of which one must occur in the text (see _gate_char)."""
    out: list[frozenset] = []
    run, mode = "", None

    def flush():
        nonlocal run, mode
        if run:
            out.append(frozenset({(bool(mode), run)}))
        run, mode = "", None

    ic = bool(flags & re.I)
    for op, av in items:
        if op is _C.LITERAL:
            g = _gate_char(chr(av), ic)
            if g is None:
                flush()
                continue
            if g[0] is not None and mode is not None and g[0] != mode:
                flush()
            if g[0] is not None:
                mode = g[0]
            run += g[1]
            continue
        flush()
        if op is _C.IN:
            alts: set | None = set()
            for o, a in av:
                g = _gate_char(chr(a), ic) if o is _C.LITERAL else None
                if g is None:
                    alts = None
                    break
                alts.add((bool(g[0]), g[1]))
            if alts:
                out.append(frozenset(alts))
        elif op is _C.SUBPATTERN:
            _, add, drop, sub = av
            out += _needs(sub, (flags | add) & ~drop)
        elif op is _C.ATOMIC_GROUP:
            out += _needs(av, flags)
        elif op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
            if av[0] >= 1:
                out += _needs(av[2], flags)
        elif op is _C.BRANCH:           # one requirement of each branch, any of them
            alts = set()
            for branch in av[1]:
                reqs = _needs(branch, flags)
                if not reqs:
                    alts = None
                    break
                alts |= max(reqs, key=lambda r: (min(len(x) for _, x in r), -len(r)))
            if alts:
                out.append(frozenset(alts))
        # anything else (classes, anchors, lookarounds, back-references) requires nothing
    flush()
    return out


def _pattern_needs(pattern: str) -> tuple:
    try:
        parsed = _P.parse(pattern)
        reqs = _needs(list(parsed), parsed.state.flags)
    except Exception:                 # pragma: no cover - re compiles it; we just don't gate
        return ()
    return tuple(sorted({tuple(sorted(r)) for r in reqs}))


class _Gated:
    """A union of data patterns (what _union compiles) split by the literal text each pattern
    cannot match without ('/' and ')' for a credit in brackets, 'cookie', '©'): a line runs
    only the parts whose literals it holds, so most lines run none. match()/search() are true
    exactly when the one alternation's would be (a pattern is skipped only when it cannot
    match); most of read's per-line cost was these alternations tried at every position."""

    __slots__ = ("_parts",)

    def __init__(self, patterns: list):
        groups: dict[tuple, list] = {}
        for p in patterns:
            groups.setdefault(_pattern_needs(str(p)), []).append(p)
        parts = []
        for reqs, ps in groups.items():
            gate = tuple((any(f for f, _ in r), tuple(r)) for r in reqs)
            parts.append((gate, _union(ps)))
        # the ungated part last: most lines fail a gate and never reach a regex
        parts.sort(key=lambda x: not x[0])
        self._parts = tuple(parts)

    def _run(self, s: str, match: bool) -> bool:
        low = None
        for gate, rx in self._parts:
            for fold, alts in gate:
                if fold and low is None:
                    low = _fold(s)
                for f, a in alts:
                    if a in (low if f else s):
                        break
                else:
                    break
            else:
                if (rx.match(s) if match else rx.search(s)):
                    return True
        return False

    def match(self, s: str) -> bool:
        return self._run(s, True)

    def search(self, s: str) -> bool:
        return self._run(s, False)


@lru_cache(maxsize=None)
def cues(lang: str | None) -> Cues:
    """Merged cues: common + the language's (+ every language when lang is unknown)."""
    langs = [lang] if lang in LANGUAGES else list(LANGUAGES)
    datas = [T.common_data()] + [load(code, "read") for code in langs]
    months: dict[str, int] = {}
    for d in datas:
        months.update({str(k).casefold(): int(v) for k, v in (d.get("months") or {}).items()})
    own = load(lang, "read") if lang in LANGUAGES else {}
    return Cues(
        related_prefixes=_prefix_re(_lst(datas, "related_prefixes")),
        related_inline=_inline_re(_lst(datas, "related_prefixes")),
        related_headers=frozenset(_key(p) for p in _lst(datas, "related_headers")),
        boilerplate_lines=frozenset(_key(p) for p in _lst(datas, "boilerplate_lines")),
        boilerplate_prefixes=_prefix_re(_lst(datas, "boilerplate_prefixes")),
        boilerplate_line_re=_Gated([p for p in _lst(datas, "boilerplate_patterns")
                                    if _strip_flags(p)[1].startswith("^")]),
        boilerplate_re=_Gated([p for p in _lst(datas, "boilerplate_patterns")
                               if not _strip_flags(p)[1].startswith("^")]),
        byline_prefixes=frozenset(_key(p) for p in _lst(datas, "byline_prefixes")),
        byline_words=frozenset(w.casefold() for w in _lst(datas, "byline_words")),
        byline_at=tuple(_lst(datas, "byline_at")),
        byline_from=frozenset(_key(p) for p in _lst(datas, "byline_from")),
        byline_seat=frozenset(_key(p) for p in _lst(datas, "byline_seat")),
        byline_labels=frozenset(_key(p) for p in _lst(datas, "byline_labels")),
        byline_joiners=tuple(_lst(datas, "byline_joiners")),
        byline_res=_Lazy(_lst(datas, "byline_patterns")),
        updated_labels=tuple(sorted({_key(w) for w in _lst(datas, "updated_labels")}, key=len,
                                    reverse=True)),
        end_lines=frozenset(_key(p) for p in _lst(datas, "end_lines")),
        end_prefixes=_prefix_re(_lst(datas, "end_prefixes")),
        caption_prefixes=_prefix_re(_lst(datas, "caption_prefixes")),
        caption_line_re=_union([p for p in _lst(datas, "caption_patterns")
                                if _strip_flags(p)[1].startswith("^")]),
        caption_tail_re=_Gated([p for p in _lst(datas, "caption_patterns")
                                if not _strip_flags(p)[1].startswith("^")]),
        header_caption_re=_Gated(_lst(datas, "header_caption_patterns")),
        # The language's own dateline forms first, then the common ones.
        dateline_res=_Lazy(_lst(datas[1:], "dateline_patterns")
                           + _lst(datas[:1], "dateline_patterns"), re.X),
        caps_only_seps=frozenset(_lst(datas, "caps_only_separators")),
        news_desks=tuple(_key(d) for d in _lst(datas, "news_desks")),
        colon_any_case=bool(own.get("colon_dateline_any_case")),
        sources=frozenset(_key(s) for s in _lst(datas, "sources")),
        months=months,
        date_joiners=frozenset(_key(w) for w in _lst(datas, "date_joiners")),
        day_parts=frozenset(_key(w) for w in _lst(datas, "day_parts")),
        report_labels=frozenset(_key(w) for w in _lst(datas, "report_labels")),
        edition_prefixes=tuple(_lst(datas, "edition_prefixes")),
        district_words=frozenset(_key(w) for w in _lst(datas, "district_words")),
        broadcast_words=frozenset(_key(w) for w in _lst(datas, "broadcast_words")),
        comma_is_source=own.get("dateline_comma") == "source",
        month_first=bool(own.get("month_first")),
        max_menu_words=int(T.common_data().get("max_menu_words", 2)),
        lang=lang if lang in LANGUAGES else None,
    )


# --------------------------------------------------------------------------- input

def _is_url(s: str) -> bool:
    return bool(re.match(r"(?i)https?://\S+$", s.strip()))


def _check_binary(data: bytes, what: str) -> None:
    for magic, name in _MAGIC:
        if data.startswith(magic):
            raise InputError(f"{what} is {name}, not an article (give a text or HTML file)")
    head = data[:8192]
    if b"\x00" in head and not head.startswith((b"\xff\xfe", b"\xfe\xff")) \
            and _utf16_without_bom(head) is None:
        raise InputError(f"{what} is a binary file, not an article (give a text or HTML file)")


def _utf16_without_bom(head: bytes) -> str | None:
    """'utf-16-le'/'utf-16-be' when the NULs sit in every other byte (BOM-less UTF-16 text)."""
    even, odd = head[0::2], head[1::2]
    if len(head) >= 16:
        if odd.count(0) >= 0.9 * len(odd) and even.count(0) < 0.1 * len(even):
            return "utf-16-le"
        if even.count(0) >= 0.9 * len(even) and odd.count(0) < 0.1 * len(odd):
            return "utf-16-be"
    return None


def _textiness(s: str) -> float:
    """Share of characters that are letters, digits, spaces or ordinary punctuation."""
    sample = s[:20000]
    if not sample:
        return 0.0
    good = 0
    for ch in sample:
        cat = unicodedata.category(ch)
        if cat[0] in "LNPZM" or ch in "\n\t\r" or cat in ("Sc", "Sm", "Sk"):
            good += 1
    return good / len(sample)


_META_CHARSET = re.compile(rb"""(?i)<meta[^>]+charset\s*=\s*["']?([\w-]+)""")


def decode_bytes(data: bytes, what: str = "input", declared: str | None = None) -> str:
    """Bytes → str: BOMs, a declared charset, UTF-8, else charset-normalizer's best guess."""
    if not data:
        raise InputError(f"{what} is empty")
    _check_binary(data, what)
    for bom, enc in ((b"\xef\xbb\xbf", "utf-8-sig"), (b"\xff\xfe", "utf-16"),
                     (b"\xfe\xff", "utf-16")):
        if data.startswith(bom):
            try:
                return data.decode(enc)
            except UnicodeDecodeError:
                raise InputError(f"{what}: cannot decode its bytes as {enc}") from None
    text = None
    if not declared and b"\x00" in data[:8192]:
        declared = _utf16_without_bom(data[:8192])
    if not declared:
        # An HTML file names its charset in a <meta> tag: trust it before guessing.
        m = _META_CHARSET.search(data[:4096])
        declared = m.group(1).decode("ascii") if m else None
    if declared:
        try:
            text = data.decode(declared)
        except (UnicodeDecodeError, LookupError):
            text = None
    if text is None:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            from charset_normalizer import from_bytes   # only for legacy encodings

            best = from_bytes(data[:MAX_BYTES]).best()
            if best is None:
                raise InputError(f"{what}: cannot decode its bytes (unknown character "
                                 "encoding)") from None
            text = str(best)
    if _textiness(text) < 0.85:
        raise InputError(f"{what}: cannot decode its bytes into readable text "
                         "(binary or unknown encoding)")
    return text


def _looks_html(s: str) -> bool:
    head = s[:4000].lstrip("\ufeff \t\r\n").lower()
    if head.startswith(("<!doctype html", "<html", "<?xml", "<head", "<body", "<!--")):
        return "<" in head and ("<html" in s[:20000].lower() or "<body" in s[:20000].lower()
                                or "<p" in s[:20000].lower() or head.startswith("<!doctype"))
    return len(re.findall(r"(?i)</(?:p|div|h1|h2|article|span|li)>", s[:20000])) >= 5


def _read_file(path: Path, max_bytes: int) -> bytes:
    what = str(path)
    if not path.exists():
        raise InputError(f"{what}: no such file")
    if path.is_dir():
        raise InputError(f"{what} is a directory, not an article file")
    try:
        size = path.stat().st_size
        if size > max_bytes:
            raise InputError(f"{what} is {size:,} bytes, over the {max_bytes:,}-byte limit")
        with path.open("rb") as fh:
            data = fh.read(max_bytes + 1)
    except OSError as exc:
        raise InputError(f"{what}: cannot read ({exc.strerror or exc})") from None
    if len(data) > max_bytes:
        raise InputError(f"{what} is over the {max_bytes:,}-byte limit")
    if not data:
        raise InputError(f"{what} is empty")
    return data


def fetch(url: str, *, max_bytes: int = MAX_BYTES, timeout: float = 15) -> tuple[str, str]:
    """GET url → (decoded text, 'html' | 'text'). Refuses non-HTML content and big pages."""
    import urllib.error
    import urllib.request

    req = urllib.request.Request(url, headers={"User-Agent": USER_AGENT,
                                               "Accept": "text/html,application/xhtml+xml,"
                                                         "text/plain;q=0.8,*/*;q=0.1"})
    try:
        with urllib.request.urlopen(req, timeout=timeout) as resp:
            ctype = resp.headers.get_content_type() or ""
            charset = resp.headers.get_content_charset()
            if ctype in ("text/html", "application/xhtml+xml"):
                kind = "html"
            elif ctype in ("text/plain", "text/markdown"):
                kind = "text"
            else:
                raise InputError(f"{url}: not an HTML page (content type {ctype or 'unknown'})")
            length = resp.headers.get("Content-Length")
            if length and length.isdigit() and int(length) > max_bytes:
                raise InputError(f"{url}: page is {int(length):,} bytes, over the "
                                 f"{max_bytes:,}-byte limit")
            data = resp.read(max_bytes + 1)
    except InputError:
        raise
    except urllib.error.HTTPError as exc:
        raise InputError(f"{url}: the server answered HTTP {exc.code} {exc.reason}") from None
    except urllib.error.URLError as exc:
        raise InputError(f"{url}: cannot reach the site ({_one_line(exc.reason)})") from None
    except (TimeoutError, OSError) as exc:
        raise InputError(f"{url}: cannot fetch ({_one_line(exc) or 'timed out'})") from None
    except ValueError as exc:
        raise InputError(f"{url}: not a valid URL ({_one_line(exc)})") from None
    if len(data) > max_bytes:
        raise InputError(f"{url}: page is over the {max_bytes:,}-byte limit")
    if not data:
        raise InputError(f"{url}: the page is empty")
    return decode_bytes(data, url, charset), kind


def _one_line(x: Any) -> str:
    return " ".join(str(x).split())


# --------------------------------------------------------------------------- HTML

def _element_text(el) -> str:
    """Text of a trafilatura XML element, with <lb/> as line breaks."""
    parts: list[str] = []

    def walk(e):
        if e.tag == "lb":
            parts.append("\n")
        elif e.text:
            parts.append(e.text)
        for child in e:
            walk(child)
            if child.tail:
                parts.append(child.tail)
    walk(el)
    return "".join(parts)


def extract_html(html: str, url: str | None = None,
                 what: str = "HTML page") -> tuple[list[tuple[str, str | None]], dict]:
    """Main content of an HTML page as (line, hint) pairs plus metadata (title, date, sitename).

    hint is 'title', 'subtitle' (a heading), 'item' (a list item) or None (a paragraph)."""
    try:
        import trafilatura
    except ImportError as exc:                       # pragma: no cover - environment problem
        raise InputError(f"cannot read HTML: trafilatura is not usable ({_one_line(exc)})") from None
    try:
        res = trafilatura.bare_extraction(html, url=url, with_metadata=True,
                                          include_comments=False, include_tables=False,
                                          include_images=False, include_links=False,
                                          favor_recall=True)
    except Exception as exc:                          # trafilatura raises many kinds on junk
        raise InputError(f"{what}: cannot parse the HTML ({_one_line(exc)[:120]})") from None
    if res is None or getattr(res, "body", None) is None:
        raise InputError(f"{what}: HTML page has no article body that could be extracted")
    meta = {"title": res.title, "date": res.date, "sitename": res.sitename,
            "language": getattr(res, "language", None), "url": res.url}
    out: list[tuple[str, str | None]] = []
    for el in res.body:
        if el.tag == "head":
            hint = "subtitle"
        elif el.tag == "list":
            for item in el.iter("item"):
                out.append((_element_text(item), "item"))
            continue
        elif el.tag in ("p", "quote", "code"):
            hint = None
        else:
            hint = None
        out.append((_element_text(el), hint))
    out = [(t.strip(), h) for t, h in out if t and t.strip()]
    if not out or sum(len(t) for t, _ in out) < 40:
        raise InputError(f"{what}: HTML page has no article body that could be extracted")
    try:
        page = _page_lines(html)
        out = _with_header_lines(page, out)
        out += _page_furniture(page, out, res.title)
    except Exception:                                 # an odd page: keep what trafilatura gave
        pass
    return out, meta


_BLOCKS = frozenset("p div li h1 h2 h3 h4 h5 h6 header footer section article aside figure "
                    "figcaption blockquote td th dd dt address time nav ul ol table tr main "
                    "pre".split())


def _page_lines(html: str) -> list[str]:
    """The page as lines of text, one per block element (menus, bylines, dates included)."""
    from lxml import html as lxml_html

    root = lxml_html.fromstring(html)
    for bad in root.xpath("//script|//style|//noscript|//template|//svg|//head"):
        bad.drop_tree()
    for el in root.iter():
        if not isinstance(el.tag, str):
            continue
        if el.tag in _BLOCKS:
            el.text = "\n" + (el.text or "")
            el.tail = "\n" + (el.tail or "")
        elif el.tag == "br":
            el.tail = "\n" + (el.tail or "")
    lines = (" ".join(x.split()) for x in root.text_content().split("\n"))
    return [x for x in lines if x]


def _with_header_lines(page: list[str],
                       parts: list[tuple[str, str | None]]) -> list[tuple[str, str | None]]:
    """trafilatura drops the lines between the headline and the story (bylines, date lines,
    'Written by X | Srinagar | Updated: …', 'Mark Derby in Nairobi'), where a dateline may stand:
    put the page's own lines back there, as a plain-text copy of the page would have them."""
    first = next((k for k, (t, h) in enumerate(parts) if h is None and len(t) >= 150), None)
    if first is None:
        return parts

    def at(text: str, start: int) -> int:
        key = " ".join(text.split())[:60]
        return next((i for i in range(start, len(page)) if page[i].startswith(key)), -1)

    known = {" ".join(t.split()) for t, _ in parts}
    out, pos = [], 0
    for k, (t, h) in enumerate(parts):
        i = at(t.split("\n")[0], pos)
        # (up to two paragraphs past the first long one: that may be the standfirst, the byline
        # and a dateline alone under it)
        if k <= first + 2 and i > pos and k > 0:
            gap = [x for x in page[pos:i] if x not in known and len(x) <= 200]
            out.extend((x, None) for x in gap[-8:])
        out.append((t, h))
        if i >= 0:
            pos = i + 1
    # and a signature under the story, maybe below its links ('Ирина Самарская, Москва')
    if pos:
        out.extend((x, None) for x in page[pos:pos + 8] if x not in known and _SIGNATURE.match(x))
    return out


# A page's furniture worth reading for places: menus, captions, related links, tags; not its
# cookie notices and legal text (long lines) nor a thousand-item mega-menu.
_FURNITURE_MAX_LINE = 300
_FURNITURE_MAX_LINES = 200


def _page_furniture(page: list[str], parts: list[tuple[str, str | None]],
                    title: str | None) -> list[tuple[str, str | None]]:
    """The page's lines that trafilatura left out of the story (menus, photo captions, 'Read
    more' links, tags, the footer), as boilerplate after it: a plain-text copy of the page has
    them, and the places they name are mentions too (role 'other'), never event places."""
    story = " ".join(" ".join(t.split()) for t, _ in parts)
    if title:
        story += " " + " ".join(title.split())
    out: list[tuple[str, str | None]] = []
    seen: set[str] = set()
    menu: list[str] = []                  # a run of one-to-three-word items: one menu line

    def flush():
        if menu:
            out.append((" | ".join(menu), "boilerplate"))
            menu.clear()
    for line in page:
        if len(line) > _FURNITURE_MAX_LINE or line in seen or line in story:
            continue
        seen.add(line)
        if len(line.split()) <= 3 and not line.rstrip().endswith(":") and len(menu) < 12:
            menu.append(line)
            continue
        flush()
        out.append((line, "boilerplate"))
        if len(out) >= _FURNITURE_MAX_LINES:
            break
    flush()
    return out


_SIGNATURE = re.compile(r"[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*){1,2},\s[^\W\d_][\w'’.-]*(?:\s[^\W\d_][\w'’.-]*)?$")


def _strip_site(title: str, site: str | None) -> str:
    """'Headline - Site Name' / 'Headline | Site Name' → 'Headline'."""
    if site and title:
        m = re.match(rf"^(.*\S)\s*[-–—|:·•]\s*{re.escape(site.strip())}\s*$", title, re.I)
        if m and len(m.group(1).split()) >= 2:
            return m.group(1)
    return title


def _assemble(parts: list[tuple[str, str | None]]) -> tuple[str, list[tuple[int, int, str | None]]]:
    """Join (line, hint) pairs into one text (paragraphs separated by a blank line) and return
    the hint of each line span."""
    chunks: list[str] = []
    hints: list[tuple[int, int, str | None]] = []
    pos = 0
    for line, hint in parts:
        line = normalise_text(line)
        if not line:
            continue
        if chunks:
            chunks.append("\n\n")
            pos += 2
        for i, sub in enumerate(line.split("\n")):
            if i:
                chunks.append("\n")
                pos += 1
            chunks.append(sub)
            if sub.strip():
                hints.append((pos, pos + len(sub), hint))
            pos += len(sub)
    return "".join(chunks), hints


# --------------------------------------------------------------------------- markdown

_MD_HEADING = re.compile(r"^(#{1,6})\s+")
_MD_IMAGE = re.compile(r"^!\[[^\]]*\]\([^)]*\)\s*(.*)$")


def _from_markdown(text: str) -> list[tuple[str, str | None]]:
    """Markdown → (line, hint): '# x' is the title, '## x' a subtitle, images are captions."""
    out: list[tuple[str, str | None]] = []
    seen_title = False
    for para in re.split(r"\n[ \t]*\n", normalise_text(text)):
        for line in para.split("\n") if _MD_HEADING.match(para) else [para]:
            m = _MD_HEADING.match(line)
            if m:
                hint = "title" if len(m.group(1)) == 1 and not seen_title else "subtitle"
                seen_title = seen_title or hint == "title"
                out.append((line[m.end():], hint))
                continue
            m = _MD_IMAGE.match(line)
            if m:
                if m.group(1).strip():
                    out.append((m.group(1), "caption"))
                continue
            out.append((line, None))
    return out


# --------------------------------------------------------------------------- language

def _langid_cache_file() -> Path:
    import hashlib

    from .config import cache_dir

    try:
        from importlib.metadata import version
        ver = version("py3langid")
    except Exception:                                  # pragma: no cover
        ver = "unknown"
    tag = hashlib.sha1(",".join(DETECT_LANGS).encode()).hexdigest()[:10]
    return cache_dir() / "langid" / f"py3langid-{ver}-{tag}"


def _load_restricted_langid():
    """py3langid restricted to DETECT_LANGS, from an uncompressed cache of the model.

    The packaged model is LZMA-compressed (~0.8 s to open on every run); the restricted arrays,
    saved once to the cache dir, load in a few tens of milliseconds."""
    import os
    import tempfile

    import numpy as np
    from py3langid.langid import MODEL_DIR, MODEL_FILE, LanguageIdentifier
    from py3langid.modelio import _to_array

    cache = _langid_cache_file()
    if not cache.is_dir():
        import lzma
        import shutil

        with tempfile.TemporaryFile(suffix=".npz") as tmp:
            with lzma.open(MODEL_DIR / MODEL_FILE) as src:
                shutil.copyfileobj(src, tmp, length=1 << 20)
            tmp.seek(0)
            with np.load(tmp, allow_pickle=False) as data:
                classes = data["classes"].tolist()
                idx = [i for i, c in enumerate(classes) if c in set(DETECT_LANGS)]
                arrays = {"ptc": np.ascontiguousarray(data["ptc"][:, idx]),
                          "pc": data["pc"][idx], "classes": data["classes"][idx],
                          "nextmove": data["nextmove"], "nextmove_row": data["nextmove_row"],
                          "out_feat": data["out_feat"]}
        # One .npy per array in a directory renamed into place (atomic for concurrent runs);
        # .npy files can be memory-mapped, an .npz cannot.
        cache.parent.mkdir(parents=True, exist_ok=True)
        tmpdir = tempfile.mkdtemp(dir=cache.parent)
        for name, arr in arrays.items():
            np.save(os.path.join(tmpdir, name + ".npy"), arr)
        try:
            os.replace(tmpdir, cache)
        except OSError:                              # another run got there first
            shutil.rmtree(tmpdir, ignore_errors=True)

    def arr(name):
        return np.load(cache / f"{name}.npy", mmap_mode="r", allow_pickle=False)
    return LanguageIdentifier(np.asarray(arr("ptc")), np.asarray(arr("pc")),
                              arr("classes").tolist(), _to_array(arr("nextmove")),
                              arr("out_feat").tolist(), norm_probs=True,
                              tk_row=_to_array(arr("nextmove_row")))


@lru_cache(maxsize=1)
def _identifier():
    try:
        return _load_restricted_langid()
    except Exception:               # private py3langid layout changed, read-only cache …
        from py3langid.langid import MODEL_FILE, LanguageIdentifier

        ident = LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)
        ident.set_languages(DETECT_LANGS)
        return ident


@lru_cache(maxsize=None)
def _markers(lang: str) -> tuple[frozenset, tuple]:
    words = [str(w).casefold() for w in load(lang, "read").get("distinguishing_words") or []]
    return (frozenset(w for w in words if " " not in w),
            tuple(tuple(w.split()) for w in words if " " in w))


def _marker_score(toks: list[str], lang: str) -> tuple[int, int]:
    """How many different distinguishing words (data) of the language occur in the tokens, then
    how often: a topic word said twelve times ('kereta', a train in Indonesian, a car in Malay)
    must not outvote five different words of the other language."""
    single, multi = _markers(lang)
    found = [t for t in toks if t in single]
    for seq in multi:
        k = len(seq)
        found += [" ".join(seq)] * sum(1 for i in range(len(toks) - k + 1)
                                       if tuple(toks[i:i + k]) == seq)
    return len(set(found)), len(found)


_WORD_RE = re.compile(r"[^\W\d_]+")      # words for language statistics (no offsets needed)
_LETTER_RE = re.compile(r"[^\W\d_]")
_CYRILLIC_RE = re.compile("[\u0400-\u04ff]")


@lru_cache(maxsize=1)
def _function_words() -> dict[str, frozenset]:
    return {code: frozenset(str(w).casefold() for w in load(code, "read").get("function_words")
                            or []) for code in LANGUAGES}


@lru_cache(maxsize=1)
def _function_word_index() -> dict[str, tuple[str, ...]]:
    """word → the languages it is a frequent word of (one dict lookup per token)."""
    index: dict[str, list[str]] = {}
    for code, words in _function_words().items():
        for w in words:
            index.setdefault(w, []).append(code)
    return {w: tuple(codes) for w, codes in index.items()}


def guess_by_function_words(text: str) -> str | None:
    """A fast, confident guess from the language's frequent words, or None when unsure.

    Loading py3langid's model costs ~1 s of a cold run; on a news article the frequent words of
    our nine languages already decide. Merges id/ms (they share them) for the margin test."""
    toks = _WORD_RE.findall(text[:6000].casefold())
    if not toks:
        return None
    # Cyrillic without Ukrainian/Belarusian letters is Russian for our purposes.
    n_letters = len(_LETTER_RE.findall(text, 0, 2000))
    cyr = len(_CYRILLIC_RE.findall(text, 0, 2000))
    if n_letters and cyr > 0.6 * n_letters:
        return None if re.search("[іїєґўІЇЄҐЎ]", text[:6000]) else "ru"
    short = len(toks) < 40
    scores = dict.fromkeys(LANGUAGES, 0)
    index = _function_word_index()
    for t in toks:
        for code in index.get(t, ()):
            scores[code] += 1
        # Dotless ı and ğ are Turkish letters (Turkish endings hide its function words).
        if "ı" in t or "ğ" in t:
            scores["tr"] += 1
    ranked = sorted(scores.items(), key=lambda kv: kv[1], reverse=True)
    best, best_score = ranked[0]
    group = {"id", "ms"} if best in ("id", "ms") else {best}
    second = max((s for c, s in ranked if c not in group), default=0)
    if short:
        # A line or two: only an unopposed guess (py3langid costs ~0.5 s to load).
        clear = second == 0 or (best_score >= 3 and best_score >= 3 * second)
        return best if best_score >= 2 and clear else None
    if best_score >= 6 and best_score >= 2.5 * second and best_score / len(toks) >= 0.1:
        return best
    return None


def detect_language(text: str) -> str:
    """ISO 639-1 code of the article's language (py3langid, restricted; id vs ms by data)."""
    sample = text[:6000]
    lang = guess_by_function_words(sample)
    if lang is None:
        lang, _prob = _identifier().classify(sample)
    if lang in ("id", "ms"):
        # py3langid often confuses the two: count words that only one of them uses.
        toks = _WORD_RE.findall(sample.casefold())
        s_id, s_ms = _marker_score(toks, "id"), _marker_score(toks, "ms")
        if s_id != s_ms:
            lang = "id" if s_id > s_ms else "ms"
    return lang


# --------------------------------------------------------------------------- dates

def _valid_date(y: int, m: int, d: int) -> str | None:
    import datetime as dt

    try:
        return dt.date(y, m, d).isoformat()
    except ValueError:
        return None


def parse_date(s: str, lang: str | None = None) -> str | None:
    """The first full date (with a year) in s as YYYY-MM-DD, or None."""
    c = cues(lang)
    m = re.search(r"\b(\d{4})-(\d{1,2})-(\d{1,2})\b", s)
    if m:
        return _valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    m = re.search(r"\b(\d{1,2})[./-](\d{1,2})[./-](\d{4})\b", s)
    if m:
        a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
        if a > 12 or (not c.month_first and b <= 12):
            return _valid_date(y, b, a)
        return _valid_date(y, a, b)
    for m in re.finditer(r"\b(\d{1,2})\.?\s+(?:de\s+)?([^\W\d_]{3,10})\.?,?\s+(?:de\s+)?(\d{4})\b",
                         s):
        mon = c.months.get(m.group(2).casefold())
        if mon:
            return _valid_date(int(m.group(3)), mon, int(m.group(1)))
    for m in re.finditer(r"\b([^\W\d_]{3,10})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})\b", s):
        mon = c.months.get(m.group(1).casefold())
        if mon:
            return _valid_date(int(m.group(3)), mon, int(m.group(2)))
    return None


def _check_date(date: str) -> str:
    m = re.fullmatch(r"(\d{4})-(\d{2})-(\d{2})", date.strip())
    iso = m and _valid_date(int(m.group(1)), int(m.group(2)), int(m.group(3)))
    if not iso:
        raise InputError(f"bad date {date!r}: expected YYYY-MM-DD")
    return iso


# --------------------------------------------------------------------------- segmentation

_TERMINAL = ".!?…\"”»’)'"
_NUMBERED = re.compile(r"^\d{1,2}[.)]\s+\S")


def _words(line: str) -> int:
    return len(line.split())


def _is_heading_like(line: str) -> bool:
    """A short line without sentence punctuation at its end ('Talks stalled', '1. Border …')."""
    if len(line) > 160 or _words(line) > 22:
        return False
    if _NUMBERED.match(line):
        return True
    last = line.rstrip()[-1:]
    if last == "?" and _words(line) <= 14:
        return True
    return last not in _TERMINAL + ":;,"


def _starts_with(k: str, prefixes: _Prefixes) -> bool:
    return prefixes.match(k)


def _is_related(line: str, c: Cues) -> bool:
    return _starts_with(_line_key(line), c.related_prefixes)


def _is_byline(line: str, c: Cues) -> bool:
    ws = line.split()
    if not ws or len(ws) > 9 or line.rstrip().endswith((".", "!", "?")):
        return False
    if _key(ws[0]) not in c.byline_prefixes:
        return False
    rest = [w for w in ws[1:] if w[:1].isalpha()]
    return bool(rest) and sum(T.is_title(w) for w in rest) >= max(1, len(rest) - 2)


def _is_boilerplate(line: str, c: Cues) -> bool:
    k = _line_key(line)
    if not k or k in c.boilerplate_lines:
        return True
    if len(line) <= 200 and _starts_with(k, c.boilerplate_prefixes):
        return True
    if len(line) <= _BOILERPLATE_MAX and (c.boilerplate_line_re.match(line)
                                          or c.boilerplate_re.search(line)):
        return True
    return _is_byline(line, c)


_CAPTION_TAIL = 100               # credits are short: search only a line's end
_BOILERPLATE_MAX = 240          # page furniture is short; long lines are never matched by pattern


def _is_caption(line: str, c: Cues) -> bool:
    if len(line) > 400:
        return False
    if _starts_with(_line_key(line), c.caption_prefixes):
        return True
    # Credits sit at the end of a caption: unanchored patterns only need the line's tail
    # (a search over a whole paragraph per pattern is the costliest step of reading).
    if c.caption_line_re.match(line):
        return True
    return bool(c.caption_tail_re.search(line[-_CAPTION_TAIL:]))


def _is_end(line: str, c: Cues) -> bool:
    k = _line_key(line)
    return k in c.end_lines or _starts_with(k, c.end_prefixes)


def _is_date_line(line: str, lang: str | None) -> str | None:
    """A short header line that is mostly a date ('Selasa, 16 November 2021 | 14:30 WIB')."""
    if len(line) > 90 or _words(line) > 12:
        return None
    return parse_date(line, lang)


def _is_upper(s: str) -> bool:
    letters = [ch for ch in s if ch.isalpha()]
    return bool(letters) and all(not ch.islower() for ch in letters)


_DOMAIN = re.compile(r"(?i)\.(?:com|co|id|net|org|ru|tr|my|de|fr|it|es|info|news|tv)$")
_NAME_LINKS = frozenset("de del di da la las los el am an sur upon on of al du der von van degli dei delle della dello".split())


def _proper(name: str) -> bool:
    """Every word of a place or outlet name is capitalised (linking words aside)."""
    words = [w for w in re.split(r"[\s/-]+", name.strip()) if w]
    return bool(words) and all(T.is_title(w) or w in _NAME_LINKS or not w[:1].isalpha()
                               for w in words)


def _source_like(source: str, c: Cues, dated_or_caps: bool, dash: bool = False) -> bool:
    """Does the outlet part of a dateline look like an outlet? A known one, a name or capitals,
    a quoted name ('«Северная линия»'), a web address ('iNews.id'), agencies joined by a slash
    ('dpa/AFP'), or any one or two words in brackets after a date or a place in capitals
    ('Kiev, 3 nov. (askanews) -', 'CIUDAD DE MÉXICO (apro).-')."""
    s = source.strip()
    if _key(s) in c.sources or _is_upper(s) or s.startswith(("«", '"', "“", "„")):
        return True
    # '/Корр. «Орловской правды» Иван Петров/': a correspondent of a quoted outlet
    if "«" in s and "»" in s.split("«", 1)[1]:
        return True
    if _proper(s.strip("«»/ ")) or _DOMAIN.search(s):
        return True
    parts = [p.strip() for p in s.split("/") if p.strip()]
    if len(parts) > 1 and all(_key(p) in c.sources or _is_upper(p) or _proper(p) for p in parts):
        return True
    # a regional paper's desk or author initials in brackets before a dash: 'Würzburg (mr) –'
    if dash and re.fullmatch(r"[a-zäöüß]{2,4}", s):
        return True
    # an agency and its regional desk: 'dpa/lby', 'dpa/lnw'
    if len(parts) > 1 and _key(parts[0]) in c.sources \
            and all(p.isalpha() and len(p) <= 5 for p in parts[1:]):
        return True
    return dated_or_caps and len(s.split()) <= 2 and not any(ch.isdigit() for ch in s)


def find_dateline(text: str, start: int, end: int, lang: str | None) -> dict | None:
    """A dateline at text[start:…]: {'end', 'place': (s, e), 'source', 'region', 'date'}."""
    c = cues(lang)
    head = text[start:min(end, start + 160)]
    for rx in c.dateline_res:
        m = rx.match(head)
        if not m:
            continue
        place = m.group("place")
        gd = m.groupdict()
        source, region = gd.get("source"), gd.get("region")
        sep = (gd.get("sep") or "").strip()
        # The story follows a dateline: a date/time line ('Selasa, 26 September 2023 - 10:12
        # WIB', 'WartaKini Dunia - 14/12/2022') is no dateline.
        rest = text[start + m.end():min(end, start + m.end() + 200)].strip()
        n_words = len(_WORD_RE.findall(rest))
        if n_words < 1 or (rest[:1].isdigit() and n_words < 5):
            continue
        # 'Yoga Pratama - detakNews': a byline naming the outlet, with no story after it.
        if _key(rest) in c.sources or n_words == 1 and re.search(r"[a-z][A-Z]|\w\.\w", rest):
            continue
        # 'Derya Kaya - Mersin': a reporter and her city, no story after it. (Not after a
        # reporter's words: 'Laporan dari Kota Bharu' over the reporter's name.)
        worded = sep[-1:].isalpha()
        if n_words == 1 and len(place.split()) >= 2 and rest[-1:] not in ".!?…\"”»" \
                and not source and not gd.get("date") and not _is_upper(place) and not worded:
            continue
        # 'Mehmet Kaya - Deniz Akın': two reporters' names, no story after them.
        if n_words <= 3 and len(place.split()) >= 2 and not source and not gd.get("date") and not worded \
                and rest[-1:] not in ".!?…\"”»" and _proper(rest) and "\n" not in rest \
                and not _is_upper(place):
            continue
        # 'Haber Merkezi - Muhabir: Ahmet Bolu': a desk and a credit, no story after it.
        if n_words <= 8 and rest[-1:] not in ".!?…\"”»" and _LABEL.match(rest):
            continue
        # 'FAITS DIVERS - TERRORISME' is a section kicker; 'Yusuf Bolu - Ufuk TV Haber Merkezi'
        # a reporter and his desk: no story follows.
        if n_words <= 4 and _is_upper(rest) or n_words <= 6 and _ends_with_desk(rest, c):
            continue
        if not T.is_title(place):
            continue
        # ('Pazar, 5 Mayıs 2019' alone on its line is the page's date: a weekday is no place)
        if gd.get("date") and not sep and (_key(place) in _weekdays() or _weekday_abbreviation(
                place, head[m.end("place"):m.end("place") + 1])):
            continue
        # 'Par Julien Morel — Publié le …': a byline, not a place
        if len(place.split()) >= 2 and _key(place.split()[0]) in c.byline_prefixes:
            continue
        # 'Zwölf Tote, 48 Verletzte: Die Ermittler…' is a standfirst: a date's words are months.
        if gd.get("date") and not _month_words(gd["date"], c):
            continue
        caps = _is_upper(place)
        # A region that is a known outlet is the source ('Jakarta, IDN Times -'); in languages
        # that write the outlet after the comma it is the source too.
        if region and not source and (_key(region) in c.sources or c.comma_is_source):
            source, region = region, None
        if not _proper(place) or _DOMAIN.search(place):   # 'WARTAKINI.com -' is an outlet
            continue
        # A region/outlet part must look like a name too ('Jakarta, IDN Times -'), not a
        # clause ('Selain itu, warga diminta tetap tenang -').
        # ('MILANO, via Roma —': a street after a place in capitals, its name capitalised)
        if region and not (_proper(region) or caps and _proper(region.split()[-1])
                           and len(region.split()) <= 3):
            continue
        if source and not _source_like(source, c, bool(gd.get("date")) or caps,
                                       sep in ("-", "--", "–", "—")):
            continue
        if not caps:
            # 'Soldaten an der Grenze (Archivbild): …' is a caption, not 'Berlin (dpa) -'.
            if sep in c.caps_only_seps and not gd.get("date") \
                    and not (source and (_key(source) in c.sources or _DOMAIN.search(source)
                                         or re.fullmatch(r"[a-zäöüß]{2,4}", source.strip())
                                         or gd.get("source") and m.start("source") < m.start("place"))) \
                    and not (sep == ":" and c.colon_any_case and n_words >= 8
                             and len(place.split()) <= 3
                             # ('Siti Aminah: Dari kampung ke kota' is a headline with a
                             # colon, a person's name before it: no sentence follows)
                             and not _is_heading_like(text[start:end])) \
                    and not _town_stop(place, sep, n_words, lang):
                continue
            # A long mixed-case name needs a date after it ('San Cristóbal de Las Casas,
            # Chis., 24 de julio.'): without one it is more likely a clause.
            if len(place.split()) > (5 if gd.get("date") else 3):
                continue
        if source and len(source.split()) > (7 if "«" in source else 4):
            continue
        # 'Paris (ats/afp) Un agent…': no date and no dash after the brackets, so they must hold
        # known agencies only ('Paris (France) Un homme…' is a sentence)
        if sep in ("", ".") and gd.get("source") and not gd.get("date") \
                and m.group(0)[m.end("source"):m.start("sep")] == ")" \
                and not text[start + m.end():start + m.end() + 3].lstrip(" \t").startswith("\n") \
                and not _known_sources(source, c):
            continue
        # (no separator: only a place in capitals alone on its line, read with the story under it)
        # (or a place and its date or postal district alone on their line: 'Gioia Tauro,
        # mercoledì 22 luglio', 'Mayfair, W1')
        if not sep and not source and not ((caps or gd.get("date") or gd.get("code")) and "sep" in gd and text[
                start + m.end():start + m.end() + 4].lstrip(" \t").startswith("\n")):
            continue
        ps = start + m.start("place")
        # (a reporter's name after the place on a dateline line of its own is no part of it)
        tail = start + m.start("tail") if gd.get("tail") else None
        # (a reporter's name before the place: 'Dari ANI RAHMAN di Bangkok')
        head = (start + m.start("head"), start + m.end("head")) if gd.get("head") else None
        return {"end": start + m.end(), "place": (ps, ps + len(place)), "tail": tail, "head": head,
                "source": source.strip(" «»\"“”") if source else None, "region": region,
                "date": gd.get("date") or gd.get("code"), "sep": sep}
    return None


def _known_sources(source: str, c: Cues) -> bool:
    """'ats/afp', 'AFP-ANSA-EFE', 'Reuters, AP': agencies of read_common.yaml joined by slashes,
    dashes or commas, and nothing else."""
    parts = [p for p in re.split(r"\s*[/,–-]\s*", source.strip()) if p]
    # (an agency and its regional desk: 'dpa/lnw', 'dpa/lby')
    return bool(parts) and _key(parts[0]) in c.sources and all(
        _key(p) in c.sources or i and p.isalpha() and p.islower() and len(p) <= 4
        for i, p in enumerate(parts))


def _ends_with_desk(rest: str, c: Cues) -> bool:
    """'Ufuk TV Haber Merkezi', 'Global News Desk': an outlet's news desk (read_common.yaml)."""
    k = _key(rest.rstrip(" .,;:"))
    return any(k == d or k.endswith(" " + d) for d in c.news_desks)


def _town_stop(place: str, sep: str, n_words: int, lang: str | None) -> bool:
    """'Solingen. Wo am Freitagabend …': a regional paper's dateline, the town in mixed case
    closed by a full stop, opening a long first paragraph. One word that is no abbreviation
    of the language ('Dr.', 'Prof.'); the geoparser keeps it only if it is a known place."""
    return sep == "." and n_words >= 8 and " " not in place and len(place) >= 3 \
        and T._fold(place) not in T.abbreviations(lang)[0]


def _dateline_alone(text: str, spans, kinds, first: int, lang: str | None) -> dict | None:
    """A dateline standing on its own line just above the story ('Guayaquil —' then the
    first paragraph): read as one with the paragraph, it must take up the whole line. The
    page's date line may stand between the two ('Bingöl | Özel Haber', then '24 Mayıs 2023
    Çarşamba, 11:42', then the story): the dateline's 'line' key says which line it is."""
    i = first - 1
    if i < 0 or kinds[i] not in (SUBTITLE, BOILERPLATE, None):
        return None
    dl = _alone_line(text, spans, i, lang)
    if dl is None and i >= 1 and kinds[i - 1] in (SUBTITLE, BOILERPLATE, None) \
            and _date_only_line(text[spans[i][0]:spans[i][1]], lang):
        dl = _alone_line(text, spans, i - 1, lang, under=2)
        if dl is not None and (dl["sep"].rstrip(".:,")[-1:].isalpha() or dl.get("tail")):
            dl["line"] = i - 1
        else:
            dl = _place_and_stamp(text, spans[i - 1], lang)
            if dl is not None:
                dl["line"] = i - 1
    elif dl is not None:
        dl["line"] = i
    # ('Laporan dari Kota Bharu' / 'Siti Aminah Yusof' / the story: a reporter's dateline line
    # with the reporter's bare name under it)
    if dl is None and i >= 1 and kinds[i - 1] in (SUBTITLE, BOILERPLATE, None) \
            and _bare_name_line(text[spans[i][0]:spans[i][1]]):
        dl = _alone_line(text, spans, i - 1, lang)
        if dl is not None and dl["sep"].rstrip(".:,")[-1:].isalpha():
            dl["line"] = i - 1
        else:
            dl = None
    if dl is None:
        dl = _place_and_stamp(text, spans[i], lang)
        if dl is not None:
            dl["line"] = i
    return dl


_PLACE_STAMP = re.compile(
    r"(?P<place>[^\W\d_][\w'’.-]*(?:\s(?:[^\W\d_][\w'’.-]*|de|del|di|da|la|el|am|an|sur)){0,2})"
    r"\s*(?P<sep>[,|·•/]|\s[-–—])\s+(?P<rest>\S.*)")


def _place_and_stamp(text: str, span, lang: str | None) -> dict | None:
    """The house styles no pattern knows yet, on a line of their own above the story: a name
    of one to three capitalised words, a separator, then only capitalised words, numbers and
    the words of dates ('Guildford, Sunday night', 'Bingöl | Özel Haber', 'Hilo · 3 May 2018
    · 6:40am HST'). The place stage still has to find a place in the name."""
    s, e = span[0], span[1]
    line = text[s:e].rstrip()
    if len(line) > 60:
        return None
    m = _PLACE_STAMP.fullmatch(line)
    if not m:
        return None
    c = cues(lang)
    place, rest = m.group("place"), m.group("rest")
    words = place.split()
    if not _proper(place) or _key(words[0]) in c.byline_prefixes or _key(place) in c.sources \
            or _key(place) in c.boilerplate_lines or any(_key(w) in _weekdays() for w in words) \
            or _weekday_abbreviation(place, m.group("sep")) or _DOMAIN.search(place) \
            or re.search(r"[a-z][A-Z]", place):        # 'KabarDunia Global': an outlet
        return None
    months = cues(None).months

    def dated(t: str) -> bool:
        k = _key(t.strip(".()"))
        return any(ch.isdigit() for ch in t) or k in months or k in _weekdays() \
            or k in c.day_parts

    # fields after the name: a label of the report's kind ('Enviada especial'), or capitalised
    # words, numbers and the words of dates ('San Salvador', 'Sunday night', '10:12am AEDT')
    labelled = stamped = False
    toks_all = 0
    # (a label only after a bar or a dot: 'Karin Vogel, Korrespondentin' is a byline)
    for n_field, field in enumerate(re.split(r"\s+[|·•]\s+", rest)):
        if _key(field.strip(" .")) in c.report_labels \
                and (n_field or m.group("sep").strip() in ("|", "·", "•") or _is_upper(place)):
            labelled = True
            continue
        toks = re.findall(r"[^\s|·•/,–—-]+", field)
        toks_all += len(toks)
        if not toks or field.rstrip()[-1:] in "!?" or re.search(r"(?<!\d):|:(?!\d)", field):
            return None               # (a label 'Foto: …', a headline's colon; not '10:12')
        for t in toks:
            w = t.strip(".()")
            k = _key(w)
            if not w or any(ch.isdigit() for ch in w) or w[:1].isupper() \
                    or k in months or k in _weekdays() or k in c.day_parts \
                    or k in c.date_joiners or k in _NAME_LINKS or k in c.district_words:
                continue
            return None
        stamped = stamped or any(dated(t) for t in toks)
    # (a byline's two names, a list of sections, a place and an outlet's name: neither a date
    # nor a label of the report's kind after the name)
    if toks_all > 8 or not (labelled or stamped):
        return None
    return {"end": e, "place": (s, s + len(place)), "tail": None, "head": None, "source": None,
            "region": None, "date": rest, "sep": m.group("sep").strip()}


def _weekday_abbreviation(word: str, after: str) -> bool:
    """'Sa.', 'Lun.', 'Tue,': a weekday's first letters, closed by a stop or a comma."""
    k = _key(word)
    ab = k.rstrip(".")
    return bool(ab) and len(ab) <= 3 and " " not in ab \
        and (word.endswith(".") or after in (".", ",")) \
        and any(w.startswith(ab) for w in _weekdays())


def _date_only_line(line: str, lang: str | None) -> bool:
    """'24 Mayıs 2023 Çarşamba, 11:42', 'Sábado, 11 de diciembre de 2021': the page's date and
    nothing else."""
    line = line.strip()
    if not line or len(line) > 90 or not any(ch.isdigit() for ch in line):
        return False
    c = cues(lang)
    # ('Yayın: 01.04.2015 – 02:15 | Güncelleme: 01.04.2015 – 09:40': stamped dates and times)
    fields = _FIELD_SEP.split(line)
    return all(_date_field(f, c, lang) or _TIME_FIELD.match(f) for f in fields) \
        and any(_date_field(f, c, lang) for f in fields)


def _alone_line(text: str, spans, i: int, lang: str | None, under: int = 1) -> dict | None:
    """Line i is a whole dateline, read with the paragraph under it: 'Guayaquil —', 'Lens
    (Pas-de-Calais), envoyée spéciale', 'ANKARA / Ufuk TV Haber Merkezi'."""
    s, e = spans[i][0], spans[i][1]
    if e - s > 60 or i + under >= len(spans):
        return None
    dl = find_dateline(text, s, spans[i + under][1], lang)
    if not dl or dl["end"] < e:
        return None
    # A line that ends in a word is a dateline only when its separator is words ('envoyée
    # spéciale') or it names the outlet's desk; else it is a heading ('Guayaquil' alone).
    if text[s:e].rstrip()[-1:].isalnum() and not dl["sep"][-1:].isalpha() \
            and not (dl["source"] and not dl["sep"]) and not (not dl["sep"] and _is_upper(text[s:e])) \
            and not dl["date"]:
        return None
    return dl


def _bare_name_line(line: str) -> bool:
    """A person's name alone on its line ('Nurul Aisyah Kamal', 'Ana María Ferrer'): two to
    four capitalised words, no digit, no punctuation, short."""
    words = line.split()
    return 2 <= len(words) <= 4 and len(line) <= 40 and _proper(line) \
        and not re.search(r"[\d.,;:!?|·•()«»\"“”]", line)


def _reporter_line(text: str, spans, i: int, lang: str | None) -> bool:
    """Line i is a dateline made of a reporter's words around the place ('Aus Kiel berichtet
    Lena Ohm', 'De notre envoyée spéciale à Kiev'), not a bare place that may be a heading."""
    dl = _alone_line(text, spans, i, lang)
    return bool(dl) and dl["sep"].rstrip(".:,")[-1:].isalpha()


_TWO_SENTENCES = re.compile(r"[^\W\d_]{3,}[.!?]\s+[^\W\d_a-zа-яё]")
_DATELINE_LOOKAHEAD = 3
_END_AFTER = 1
_PROSE_MIN = 160                # a story paragraph, not a bio line or a link


def _month_words(date: str, c: Cues) -> bool:
    """Every word of a dateline's date ('17 ноября', 'Nov. 16th', '1er avril') is a month."""
    # Months of every language: a short or mixed text may be read as another language.
    months = cues(None).months
    words = re.findall(r"[^\W\d_]+", date.casefold())
    # (or a weekday and the part of the day, as regional dailies print it: 'Lyon, lundi soir.')
    # (a weekday may open the date: 'Samedi 22 février', 'mercoledì 22 luglio')
    # (a part of the day before the date: 'notte del 4 gennaio', 'noche del 3 de mayo')
    if words and any(w in months for w in words) \
            and all(w in months or w in c.date_joiners or w in c.day_parts for w in words):
        return True
    return all(w in months or w in c.date_joiners for w in words) or (
        bool(words) and any(w in _weekdays() for w in words)
        and all(w in _weekdays() or w in c.day_parts or w in months or w in c.date_joiners
                for w in words))


_LABEL = re.compile(r"^[^\W\d_]+(?:\s[^\W\d_]+)?\s?:\s*(.+)$")


def _mostly_date(line: str, c: Cues) -> bool:
    """Few running words besides the date: 'Selasa, 16 November 2021 - 14:30 WIB', 'Mis à jour
    le 16 novembre 2021 à 10h', not 'Un séisme a frappé … le 16 novembre 2021, faisant …'."""
    words = [w for w in _WORD_RE.findall(line)
             if len(w) > 3 and w[0].islower() and w.casefold() not in c.months]
    return len(words) <= 3


def _is_header_meta(line: str, c: Cues, lang: str | None) -> bool:
    """A line of the page header between title and text: a date ('Rabu, 27 Desember 2023',
    'Por Redacción | 20 de enero de 2025'), a byline, a credit ('Sumber: AFP, Reuters',
    'Текст: Олег Тартусов')."""
    if len(line) > 160:
        return False
    # A date line, not a short paragraph that mentions a date: a header line split by '|' or
    # '·' ('Por Redacción | 20 de enero de 2025'), or a short line that does not end like a
    # sentence. A lead that names a full date ('… le mardi 16 novembre 2021, faisant au moins
    # quatre morts') is text, with or without its full stop.
    if re.search(r"[|•·]", line) and _words(line) <= 16 and _mostly_date(line, c) \
            and parse_date(line, lang):
        return True
    if line.rstrip()[-1:] not in ".!?" and _mostly_date(line, c) and _is_date_line(line, lang):
        return True
    words = line.split()
    if words and _key(words[0]) in c.byline_prefixes and len(words) <= 12 \
            and line.rstrip()[-1:] not in ".!?":
        return True
    # 'Par Julien Morel — Publié le 22 août 2015 à 06h12, mis à jour à 11h40': a byline and
    # the page's date stamp after a dash
    if words and _key(words[0]) in c.byline_prefixes:
        parts = re.split(r"\s[—–-]\s", line, maxsplit=1)
        if len(parts) == 2 and len(parts[0].split()) <= 6 and _mostly_date(parts[1], c) \
                and parse_date(parts[1], lang):
            return True
    if _starts_with(_line_key(line), c.end_prefixes):
        return True
    # 'Андрей Калач, соб. корр. «Донского курьера»', 'Jane Doe, Nairobi correspondent': a
    # reporter's name and title, no sentence.
    if c.byline_words and len(words) <= 10 and line.rstrip()[-1:] not in ".!?" \
            and T.is_title(words[0]) and not c.byline_words.isdisjoint(
                w.casefold() for w in _WORD_RE.findall(line)):
        return True
    m = _LABEL.match(line)
    if m and _words(m.group(1)) <= 6 and line.rstrip()[-1:] not in ".!?":
        names = [w for w in re.split(r"[\s,;&|]+", m.group(1)) if w[:1].isalpha()]
        return bool(names) and all(T.is_title(w) or w in _NAME_LINKS for w in names)
    return False
_BULLETS = ("-", "–", "—", "•", "·", "*", ">", "»", "›", "▶", "►")


def _close_under(text: str, spans, i: int) -> bool:
    """Line i follows line i-1 with no blank line between (one block of lines)."""
    return i > 0 and text.count("\n", spans[i - 1][1], spans[i][0]) == 1


def _is_link_line(line: str) -> bool:
    """A headline in a list of related links: a bullet, or a short line that is no paragraph."""
    if len(line) > 200:
        return False
    if line.startswith(_BULLETS):
        return True
    if _words(line) <= 16 and line.rstrip()[-1:] in "»”\"“'’":
        # a headline that ends with a quotation ('… la loi sur les « agents de l'étranger »'),
        # not a sentence that ends inside one ('… a-t-il dit « nous restons ».')
        return line.rstrip().rstrip("»”\"“'’ ")[-1:] not in ".!?…"
    return _is_heading_like(line) or (_words(line) <= 16 and line.rstrip()[-1:] in "!?")


def _title_like(line: str, c: Cues) -> bool:
    return (_words(line) > c.max_menu_words and len(line) <= 250
            and not line.rstrip().endswith(":"))


_SECTION_MARK = re.compile(r"\s[&›>»]\s")
_MENU_SEPS = re.compile(r"[|·]|\s[/›>»]\s")      # between a menu's items or a breadcrumb's steps


def _headline_below(text: str, spans, kinds, i: int, c: Cues) -> bool:
    """The next line is a longer headline: title-like, more words, not a sentence."""
    j = i + 1
    if j >= len(spans) or kinds[j] is not None:
        return False
    line, below = text[spans[i][0]:spans[i][1]], text[spans[j][0]:spans[j][1]]
    return _title_like(below, c) and _words(below) > _words(line) and not _is_upper(below) \
        and below.rstrip()[-1:] not in ".!?" and _words(below) <= 30


_SOFT_END = ".!?…:;\"”»)|"


def _wrap_width(text: str, lines: list[tuple[int, int]]) -> int | None:
    """The column a hard-wrapped text is wrapped at, or None when lines are paragraphs."""
    if len(lines) < 6:
        return None
    lengths = sorted(e - s for s, e in lines)
    width = lengths[int(len(lengths) * 0.9) - 1]
    if width > 100 or width < 40:
        return None
    near = sum(1 for n in lengths if n >= 0.75 * width)
    return width if near >= 0.5 * len(lengths) else None


def paragraphs(text: str) -> list[tuple[int, int]]:
    """Paragraph spans: non-blank lines, with hard-wrapped continuation lines joined.

    A single line break is a soft wrap when the line does not end like a sentence and the next
    line starts in lower case, or (in text wrapped at a fixed width) when the line reaches
    that width."""
    lines = T.lines(text)
    width = _wrap_width(text, lines)
    out: list[tuple[int, int]] = []
    for s, e in lines:
        if out:
            ps, pe = out[-1]
            if text.count("\n", pe, s) == 1 and text[pe - 1] not in _SOFT_END:
                nxt = text[s]
                prev_len = pe - text.rfind("\n", ps, pe) - 1 if "\n" in text[ps:pe] else pe - ps
                # (a short previous line is a menu item or a heading, never a wrapped line)
                if (nxt.islower() and prev_len >= 30) or (
                        width and prev_len >= 0.75 * width and nxt.isalnum()):
                    out[-1] = (ps, e)
                    continue
        out.append((s, e))
    return out


def _labelled_headline(text: str, spans, kinds, i: int, lang: str | None) -> bool:
    """'MSB: 32 militants neutralised near the dam' looks like a dateline ('MSB:') but is a
    headline with a label: it does not end like a sentence and a real dateline follows a few
    lines below it."""
    line = text[spans[i][0]:spans[i][1]].rstrip()
    if line[-1:] in ".!?…\"”»":
        return False
    return _dateline_below(text, spans, kinds, i, lang)


def _story_goes_on(text: str, spans, kinds, i: int) -> bool:
    """A byline or credit line set inside the story ('Reporter: X | Editor: Y' under the lead,
    with the story's paragraphs below it) is no footer: the two unlabelled lines after it are
    long paragraphs of several sentences (a footer's author bio is one, link lists are short)."""
    later = [j for j in range(i + 1, len(spans)) if kinds[j] is None]
    prose = 0
    for j in later[:3]:
        line = text[spans[j][0]:spans[j][1]].rstrip()
        if len(line) >= _PROSE_MIN and line[-1:] in _TERMINAL and _TWO_SENTENCES.search(line):
            prose += 1
    return prose >= 2


def _dateline_below(text: str, spans, kinds, i: int, lang: str | None) -> bool:
    later = [j for j in range(i + 1, len(spans)) if kinds[j] is None][:_DATELINE_LOOKAHEAD + 3]
    return any(find_dateline(text, spans[j][0], spans[j][1], lang) for j in later)


def segment(text: str, lang: str | None = None,
            hints: list[tuple[int, int, str | None]] | None = None) -> tuple[list[Segment], dict]:
    """Label every non-blank line of text. Returns (segments, info) where info has
    'title', 'dateline' (dict from find_dateline), 'date' (from a header date line)."""
    c = cues(lang)
    if hints is None:
        spans = [(s, e, None) for s, e in paragraphs(text)]
    else:
        spans = hints
    n = len(spans)
    kinds: list[str | None] = [None] * n
    info: dict[str, Any] = {"title": None, "dateline": None, "date": None}

    # 1. Lines that say what they are, whatever their position.
    for i, (s, e, hint) in enumerate(spans):
        line = text[s:e]
        if hint == "caption":
            kinds[i] = CAPTION
        elif _is_related(line, c):
            kinds[i] = RELATED
        elif _is_boilerplate(line, c):
            kinds[i] = BOILERPLATE
        elif _is_caption(line, c) and not _alone_line(text, spans, i, lang):
            kinds[i] = CAPTION
        elif hint == "title":
            kinds[i] = TITLE
        elif hint == "boilerplate":
            kinds[i] = BOILERPLATE

    # 2. The title: an explicit hint, else the first title-like unlabelled line. Short lines
    #    before it are page header (menus, section names).
    t = next((i for i in range(n) if kinds[i] == TITLE), None)
    if t is None:
        short = None                      # the last short line seen (a two-word headline?)
        for i in range(n):
            if kinds[i] is not None:
                continue
            line = text[spans[i][0]:spans[i][1]]
            # Menu items and section names ('World', 'Europe') and a short line right above a
            # menu (the site's name, 'South Asia Wire') come before the headline.
            # (The site's name with its tagline at the top of the page, 'Lagebild Sahel – Blog
            # zur Außenpolitik' above 'Start | Archiv | …', reads like a dateline: no story.)
            menu_below = i + 1 < n and kinds[i + 1] == BOILERPLATE
            # (or above a breadcrumb: 'Kabar Kota — Berita Warga' over 'Home > Berita > Kriminal')
            site_name = i == 0 and menu_below and len(_MENU_SEPS.findall(text[spans[1][0]:spans[1][1]])) >= 2 \
                and (_words(line) <= 6 or _words(line) <= 14
                     and find_dateline(text, spans[i][0], spans[i][1], lang) is not None)
            if _words(line) <= c.max_menu_words or menu_below and _words(line) <= 4 or site_name:
                short = i if _words(line) >= 2 and kinds[i + 1:i + 2] != [BOILERPLATE] else None
                continue
            # A section label in capitals or with '&' / '›' ('DEUTSCHLAND & WELT', 'Hukum &
            # Kriminal', 'NEWS › CITY') right above a longer headline is no headline.
            if _words(line) <= 5 and (_is_upper(line) or _SECTION_MARK.search(line)) \
                    and _headline_below(text, spans, kinds, i, c):
                continue
            if _is_date_line(line, lang):
                continue
            # The text itself starts here (a paragraph, a dateline): there is no headline.
            # Headlines do not end like a long sentence.
            # Nor do they hold two sentences ('Rebels attacked Goma. Troops shelled Bukavu.').
            sentence = line.rstrip()[-1:] in ".!?" and (len(line) > 160 or _words(line) > 14
                                                        or _TWO_SENTENCES.search(line))
            if _title_like(line, c) and not sentence and (
                    find_dateline(text, spans[i][0], spans[i][1], lang) is None
                    or _labelled_headline(text, spans, kinds, i, lang)):
                t = i
            elif short is not None and short == i - 1:
                t = short                 # 'Sınırda çatışma' right above the first paragraph
            break
    if t is not None:
        kinds[t] = TITLE
        info["title"] = t
        for i in range(t):
            if kinds[i] is None:
                kinds[i] = BOILERPLATE

    # A short non-sentence line right above a bare photo credit ('Foto: Karen Minasyan / AFP')
    # is that photo's caption (the headline above a credit stays the headline).
    for i in range(n - 1):
        if kinds[i] is None and kinds[i + 1] == CAPTION and spans[i][1] - spans[i][0] <= 250:
            line = text[spans[i][0]:spans[i][1]]
            credit = text[spans[i + 1][0]:spans[i + 1][1]]
            if len(credit) <= 80 and _starts_with(_key(credit), c.caption_prefixes) and \
                    line.rstrip()[-1:] not in ".!?…\"”»":
                kinds[i] = CAPTION

    # 3. Between the title and the first paragraph: date lines and bylines are header,
    #    short lines are subtitles (standfirst), until a dateline or a real paragraph. A
    #    standfirst paragraph may stand before the dateline: look a few lines ahead for it.
    first_body = None
    for i in range((t + 1) if t is not None else 0, n):
        if kinds[i] is not None:
            continue
        s, e, hint = spans[i]
        line = text[s:e]
        if _is_header_meta(line, c, lang):
            kinds[i] = BOILERPLATE
            continue
        if len(line) <= 300 and c.header_caption_re.search(line[-_CAPTION_TAIL:]):
            kinds[i] = CAPTION
            continue
        if find_dateline(text, s, e, lang):
            first_body = i
            break
        # a whole dateline on its own line above the story ('MADRID, 19 (EUROPA PRESS)')
        # (with a date or an agency: a name in capitals alone is a byline)
        alone = t is not None and i + 1 < n and kinds[i + 1] is None \
            and _alone_line(text, spans, i, lang)
        # (or a reporter's words: 'Arras (Pas-de-Calais), envoyé spécial.')
        if alone and (alone["date"] or alone["source"] or alone["sep"].rstrip(".:,")[-1:].isalpha()):
            kinds[i] = SUBTITLE           # step 5 reads it as the dateline
            first_body = i + 1
            break
        if hint == "subtitle" or (hint is None and _is_heading_like(line) and _words(line) > 1):
            if t is not None:
                kinds[i] = SUBTITLE
                continue
        ahead = [j for j in range(i + 1, n) if kinds[j] is None][:_DATELINE_LOOKAHEAD]
        dl_at = next((j for j in ahead if find_dateline(text, spans[j][0], spans[j][1], lang)),
                     None)
        # ('Deux jours après …' / 'Par …' / 'Nice (Alpes-Maritimes), envoyée spéciale' / the
        # story: a dateline on its own line under the standfirst.)
        # (a byline or date line between: the line under the standfirst, not a subheading)
        # A byline naming the place ('Par Claire Vannes, à Rouen') right under the standfirst.
        near = [j for j in range(i + 1, n) if kinds[j] in (None, BOILERPLATE)][:_DATELINE_LOOKAHEAD + 2]
        # (or right under it when the line is a reporter's words: 'Aus Kiel berichtet Lena Ohm')
        # ('Par Hélène Chartres' / 'Paris, 6e arrondissement, jeudi matin.': a house style no
        # pattern knows, read as a place and its stamp)
        alone_at = next((j for j in near if (any(kinds[k] == BOILERPLATE for k in range(i + 1, j))
                                             or j == i + 1 and _reporter_line(text, spans, j, lang))
                         and (_alone_line(text, spans, j, lang)
                              or kinds[j] is None and _place_and_stamp(text, spans[j], lang))),
                        None) \
            if dl_at is None and t is not None else None
        if alone_at is None and dl_at is None and t is not None:
            # (or the place and date line of the page under the standfirst: 'Oberwart ·
            # 04.02.2025 · 05:30' above 'Von Eva Roth' and the story)
            by_at = next((j for j in near if kinds[j] == BOILERPLATE
                          and (_byline_place(text, spans[j], c)
                               or _place_date_line(text, spans[j], lang)
                               or _place_date_fields(text, spans[j], lang))), None)
            if by_at is not None and by_at + 1 < n:
                for j in range(i, by_at):
                    if kinds[j] is None:
                        kinds[j] = SUBTITLE
                first_body = by_at + 1
                break
        if alone_at is not None:
            for j in range(i, alone_at + 1):
                if kinds[j] is None:
                    kinds[j] = BOILERPLATE if j > i and j < alone_at and _is_header_meta(
                        text[spans[j][0]:spans[j][1]], c, lang) else SUBTITLE
            first_body = alone_at + 1
            break
        # A standfirst above the byline and date lines ('Diez militares murieron …' / 'ELENA
        # DURANGO' / 'Ciudad de México - 06 ene 2023'): the text begins after them.
        meta_at = next((j for j in ahead if _is_header_meta(text[spans[j][0]:spans[j][1]], c,
                                                            lang)), None)
        if dl_at is None and meta_at is not None and t is not None and len(line) <= 300:
            for j in range(i, meta_at):
                if kinds[j] is None:
                    kinds[j] = SUBTITLE
            kinds[meta_at] = BOILERPLATE
            continue
        if dl_at is not None and t is not None:
            for j in range(i, dl_at):
                if kinds[j] is None:     # (a date or byline line among them is header)
                    kinds[j] = BOILERPLATE if j > i and _is_header_meta(
                        text[spans[j][0]:spans[j][1]], c, lang) else SUBTITLE
            first_body = dl_at
        elif dl_at is not None and _words(line) <= 8:
            first_body = dl_at            # stray short lines, then the dateline paragraph
        else:
            first_body = i
        break

    # 4. The body, until an end-of-article marker (author box, 'Most read' …).
    seen_body = 0                         # body paragraphs so far
    related_run = False
    ended = False
    for i in range(first_body if first_body is not None else n, n):
        s, e, hint = spans[i]
        line = text[s:e]
        if ended:
            kinds[i] = BOILERPLATE
            continue
        k = _line_key(line)
        # A related-links header ('Lesen Sie auch:', 'Related stories', 'İLGİLİ HABERLER') takes
        # the headline lines under it.
        if k in c.related_headers or (kinds[i] == RELATED and c.related_prefixes.fullmatch(k)):
            kinds[i] = RELATED
            related_run = True
            continue
        # An end marker ends the article only once it has begun (a 'Comments' link under the
        # standfirst is not the footer).
        # (A byline that some sites put last and others first: above a dateline it is header.)
        if seen_body >= _END_AFTER and kinds[i] != RELATED and _is_end(line, c) \
                and not _dateline_below(text, spans, kinds, i, lang) \
                and not _story_goes_on(text, spans, kinds, i):
            kinds[i] = BOILERPLATE
            ended = True
            continue
        # (page furniture of an HTML page is boilerplate, unless it is a 'Read more' link)
        furniture = hint == "boilerplate" and kinds[i] == BOILERPLATE
        if kinds[i] is not None and not (furniture and related_run):
            related_run = related_run and kinds[i] == RELATED
            continue
        if related_run and (_is_link_line(line) or (
                _close_under(text, spans, i) and _words(line) <= 16
                and line.rstrip()[-1:] not in ".…:;")):
            # (a headline written as a sentence, 'Rafah: Israeli tanks reach centre of city',
            # on the line right under another link of the run, no blank line between)
            kinds[i] = RELATED
            continue
        related_run = False
        if furniture:
            continue
        if hint is None and _is_heading_like(line) and (
                _words(line) <= c.max_menu_words or _is_header_meta(line, c, lang)):
            kinds[i] = BOILERPLATE        # a tag, a menu item, a date or byline line
            continue
        # (a sentence with a related link glued after it ends like a heading; it is text)
        if hint == "subtitle" or (seen_body and hint is None and _is_heading_like(line)
                                  and _words(line) >= 2 and not c.related_inline.search(line)):
            kinds[i] = SUBTITLE
            continue
        if hint == "item" and _is_heading_like(line) and _words(line) <= 3:
            kinds[i] = BOILERPLATE
            continue
        kinds[i] = BODY
        seen_body += 1

    # Short lines after the last paragraph are page furniture (newsletter boxes, tag lists).
    last_body = max((i for i in range(n) if kinds[i] == BODY), default=None)
    if last_body is not None:
        for i in range(last_body + 1, n):
            if kinds[i] is None or (kinds[i] == SUBTITLE and not _NUMBERED.match(
                    text[spans[i][0]:spans[i][1]])):       # '2. …' is a section heading
                kinds[i] = BOILERPLATE

    # The publication date: the first date in the page header (date lines, 'Published …',
    # a byline with a date): before the text, or among its first lines when a standfirst
    # paragraph comes before the date line.
    body_seen = 0
    for i in range(n):
        if kinds[i] == BODY:
            body_seen += 1
            if body_seen > 2:
                break
            continue
        if kinds[i] in (BOILERPLATE, SUBTITLE, None) and spans[i][1] - spans[i][0] <= 160:
            line = text[spans[i][0]:spans[i][1]]
            d = parse_date(line, lang) if body_seen == 0 or _is_header_meta(line, c, lang) \
                else None
            if d:
                info["date"] = d
                break

    # Lines still unlabelled (no body found at all) are body: better an event too many.
    for i in range(n):
        if kinds[i] is None:
            kinds[i] = BODY

    # 5. Dateline: the opening of the first body paragraph, else a place heading the date
    #    line of the page header ('Ciudad de México - 06 ene 2023 - 11:40 CST').
    segments: list[Segment] = []
    first = first_body if first_body is not None and kinds[first_body] == BODY else \
        next((i for i in range(n) if kinds[i] == BODY), None)
    header_dl = alone_dl = None
    if first is not None and not find_dateline(text, spans[first][0], spans[first][1], lang):
        alone_dl = _dateline_alone(text, spans, kinds, first, lang)
        # ('Laporan dari Singapura' / 'Nurul Aisyah Kamal' / the story: the reporter's bare
        # name under a reporter's dateline line is header, not the story's first paragraph)
        if alone_dl is not None and alone_dl["line"] == first - 1 and first + 1 < n \
                and kinds[first + 1] == BODY and alone_dl["sep"].rstrip(".:,")[-1:].isalpha() \
                and _bare_name_line(text[spans[first][0]:spans[first][1]]):
            kinds[first] = BOILERPLATE
            first += 1
    byline_dl = None
    if first is not None and alone_dl is None \
            and not find_dateline(text, spans[first][0], spans[first][1], lang):
        header_dl = next((i for i in range((t + 1) if t is not None else 0, first)
                          if kinds[i] == BOILERPLATE and (_place_date_line(text, spans[i], lang)
                                                          or _place_date_fields(text, spans[i], lang))),
                         None)
        if header_dl is None and t is not None:
            # (a local edition's line above the title: 'Nahe-Bote · Ausgabe Idar-Oberstein · …')
            header_dl = next((i for i in range(0, t) if kinds[i] == BOILERPLATE
                              and _edition_line(text[spans[i][0]:spans[i][1]], c)
                              and _place_date_fields(text, spans[i], lang)), None)
        if header_dl is None:
            # 'Par Claire Vannes, à Rouen', 'Selin Bolu / İSTANBUL': a byline naming the place
            byline_dl = next((i for i in range(first - 1, max(first - 4, -1), -1)
                              if kinds[i] in (BOILERPLATE, SUBTITLE)
                              and _byline_place(text, spans[i], c)), None)
    # 'Ирина Самарская, Москва' signed under the story: the place a reporter filed from, when
    # the page names it nowhere above
    if first is not None and alone_dl is None and header_dl is None and byline_dl is None \
            and not find_dateline(text, spans[first][0], spans[first][1], lang):
        last = max(i for i in range(n) if kinds[i] == BODY)
        byline_dl = next((i for i in range(last + 1, min(n, last + 12))
                          if kinds[i] in (BOILERPLATE, RELATED)
                          and _signature_place(text, spans[i], c)), None)
    for i, (s, e, _hint) in enumerate(spans):
        if alone_dl is not None and i == alone_dl["line"]:
            info["dateline"] = alone_dl
            if alone_dl.get("head"):
                cut = alone_dl["head"][1] + 1
                segments += [Segment(BOILERPLATE, s, alone_dl["head"][1]), Segment(DATELINE, cut, e)]
            elif alone_dl.get("tail"):
                # (the place and the words before the name: '…à Dakar,', 'Aus Kiel berichtet')
                cut = text.rfind(",", s, alone_dl["tail"]) + 1 \
                    or len(text[:alone_dl["tail"]].rstrip())
                segments += [Segment(DATELINE, s, cut), Segment(BOILERPLATE, alone_dl["tail"], e)]
            else:
                segments.append(Segment(DATELINE, s, e))
            continue
        if i == byline_dl or i == header_dl:
            dl = (_byline_place(text, spans[i], c) or _signature_place(text, spans[i], c)) \
                if i == byline_dl else \
                (_place_date_line(text, spans[i], lang) or _place_date_fields(text, spans[i], lang))
            info["dateline"] = dl
            segments.extend(_place_in_line(text, s, e, *dl["place"]))
            continue
        if i == first:
            dl = find_dateline(text, s, e, lang)
            if dl:
                info["dateline"] = dl
                if dl.get("head"):
                    # (reporters' names before the place: 'Ayşe KARA / İZMİR –')
                    b = dl["place"][0]
                    while b > s and text[b - 1].isspace():
                        b -= 1
                    segments += [Segment(BOILERPLATE, s, b),
                                 Segment(DATELINE, dl["place"][0], dl["end"])]
                else:
                    segments.append(Segment(DATELINE, s, dl["end"]))
                b = dl["end"]
                while b < e and text[b].isspace():
                    b += 1
                if b < e:
                    segments.extend(_split_inline_related(text, b, e, c))
                continue
        if kinds[i] == BODY:
            segments.extend(_split_inline_related(text, s, e, c))
        else:
            segments.append(Segment(kinds[i], s, e))
    return segments, info


_PLACE_DATE = re.compile(
    r"(?P<place>[^\W\d_][\w'’.]*(?:[ -](?:[^\W\d_][\w'’.]*)){0,3}?)(?P<comma>,)?\s+(?(comma)|(?:[-–—|·•/]\s+|(?=\d{1,2}[./]\d{1,2}[./]\d{2,4}\b)))(?=\S)")
# ('Madrid 20/12/2023 - 07:15 h CET': a numeric date right after the place, with no separator)
# ('Place, date' only when the place is no weekday: 'Dienstag, 06.06.2023', 'Pazar, 5 Mayıs')


@lru_cache(maxsize=None)
def _weekdays() -> frozenset:
    """Weekday names of every language (the event stage's date data); a stem written with a
    star in the data ('пятниц*') stands for its inflected forms ('пятница', 'пятницу')."""
    from . import lang as L
    out = set()
    for code in L.available():
        for w in ((L.load(code, "events").get("dates") or {}).get("weekdays") or {}):
            w = str(w)
            if w.endswith("*"):
                stem = _key(w.rstrip("*"))
                out.update(stem + e for e in _WEEKDAY_ENDINGS)
            out.add(_key(w.rstrip("*")))
    return frozenset(out)


# endings a starred weekday stem takes ('пятниц*' → 'пятница', 'пятницу'; 'вторник*' →
# 'вторника'; 'Montag*' → 'Montags')
_WEEKDAY_ENDINGS = ("", "a", "u", "y", "e", "s", "а", "у", "ы", "е", "ой", "ом", "я", "ю", "ам")


def _place_date_line(text: str, span, lang: str | None) -> dict | None:
    """A header line that is a place and the date ('Ciudad de México - 06 ene 2023 - 11:40',
    'Beirut | 12. Oktober 2024', 'Monterrey / 05.03.2021 09:12:00'): where the story was filed."""
    s, e = span[0], span[1]
    line = text[s:e]
    m = _PLACE_DATE.match(line)
    if not m or len(line) > 90:
        return None
    place, rest = m.group("place"), line[m.end():]
    k = _key(place)
    if m.group("comma") and any(k.startswith(w) for w in _weekdays()):
        return None
    # ('Sa., 29.07.2017, 12:30 Uhr', 'Lun. 4 mars 2024': a weekday's abbreviation opens the date)
    if _weekday_abbreviation(place, line[len(place):len(place) + 1]):
        return None
    c = cues(lang)
    # 'Palermo, aggiornato alle 10:47 del 19 luglio 2022', 'Ankara | Güncelleme: 18.02.2016':
    # the page's 'updated' stamp between the place and the date
    stamped = _updated_stamp(rest, c)
    if stamped is not None:
        rest = stamped
    # the rest is only the date (and a time), the place a name (not 'Por Redacción', 'Oleh')
    if not _proper(place) or _is_upper(place) and len(place) <= 3 \
            or not (rest[:1].isdigit() or stamped is not None) \
            or not parse_date(rest, lang) or _words(rest) > 8:
        return None
    # not a byline ('Por Redacción'), nor an outlet ('WartaKini Dunia - 14/12/2022')
    if _key(place.split()[0]) in c.byline_prefixes or _key(place) in c.sources \
            or re.search(r"[a-z][A-Z]", place):
        return None
    return {"end": s + m.end(), "place": (s, s + len(place)), "source": None, "region": None,
            "date": rest}


_FIELD_SEP = re.compile(r"\s+[|·•/–—-]\s+")
_TIME_FIELD = re.compile(r"\d{1,2}[:.h]\d{2}(?:[:.]\d{2})?(?:\s*(?:[AaPp]\.?[Mm]\.?|[A-Za-zА-Яа-я]{2,4}))?$")


def _date_field(f: str, c: Cues, lang: str | None) -> bool:
    """A header field that is a date, with its weekday, time or 'updated' label."""
    stamp = _updated_stamp(f, c)
    g = stamp if stamp is not None else f
    return any(ch.isdigit() for ch in g) and _words(g) <= 9 and _mostly_date(g, c) \
        and bool(parse_date(g, lang))


def _place_field(f: str, c: Cues) -> bool:
    """A header field that can be a place alone: one to three capitalised words, no digit, no
    label, no weekday, no byline word, no outlet."""
    words = f.split()
    return 1 <= len(words) <= 3 and ":" not in f and not any(ch.isdigit() for ch in f) \
        and _proper(f) and not (_is_upper(f) and len(f) <= 3) \
        and c.byline_prefixes.isdisjoint(_key(w) for w in words) \
        and _key(f) not in c.sources and _key(f) not in c.boilerplate_lines \
        and not any(_key(w) in _weekdays() for w in words) \
        and not (len(words) == 1 and _weekday_abbreviation(f, "")) \
        and not re.search(r"[a-z][A-Z]|\.\w", f)


def _outlet_field(f: str, c: Cues) -> bool:
    """A header field that is a broadcaster's or site's name: a few words, one of them a
    broadcast word of read_common.yaml ('Lazio24 TV', 'Henares Hoy Radio', 'Kanal 7 Haber')."""
    words = f.split()
    return 1 <= len(words) <= 4 and f[:1].isupper() \
        and not c.broadcast_words.isdisjoint(_key(w) for w in words)


def _place_date_fields(text: str, span, lang: str | None) -> dict | None:
    """A header line of fields in any order, one a place and one a date, the others a byline,
    an outlet or a time: 'Kamis, 04 Mar 2021 09:12 WIB | Makassar', 'Reuters | Kyiv | 04 Mar
    2021', 'di Marco Rossi - Napoli, 4 marzo 2021', 'Publié le 04/03/2021 à 09h12 - Marseille'."""
    s, e = span[0], span[1]
    line = text[s:e].rstrip()
    if len(line) > 160 or line[-1:] in ".!?":
        return None
    c = cues(lang)
    fields, pos = [], 0
    for m in list(_FIELD_SEP.finditer(line)) + [None]:
        end = m.start() if m else len(line)
        fields.append((line[pos:end].strip(), s + pos + len(line[pos:end]) - len(line[pos:end].lstrip())))
        pos = m.end() if m else pos
    if len(fields) > 4:
        return None
    place, dated, outlet = None, False, False
    # ('Nahe-Bote · Ausgabe Idar-Oberstein · Montag, 20. September 2021': the paper's local
    # edition names the place; the other names are the outlet's)
    edition = next(((f[len(w):].strip(), at + len(f) - len(f[len(w):].strip()))
                    for f, at in fields for w in c.edition_prefixes
                    if f.casefold().startswith(w.casefold() + " ")
                    and _place_field(f[len(w):].strip(), c)), None)
    if edition is not None:
        place = edition
    for f, at in fields:
        if edition is not None and (at == edition[1] - (len(f) - len(edition[0]))
                                    or _place_field(f, c)):
            continue
        head, _, tail = f.partition(",")
        if place is None and tail and _place_field(head.strip(), c) \
                and _date_field(tail.strip(), c, lang):
            place, dated = (head.strip(), at), True   # 'Bogotá, jueves 4 de marzo de 2021'
        elif _date_field(f, c, lang):
            dated = True
        elif _TIME_FIELD.match(f) or _key(f) in c.sources:
            continue
        elif _key(f.split()[0]) in c.byline_prefixes if f else False:
            continue
        elif _LABEL.match(f) and _words(f) <= 6:
            continue                       # 'Haber: Elif Kaya', 'Oleh: Andi Wijaya'
        elif _outlet_field(f, c):
            outlet = True                  # 'Lazio24 TV', 'Henares Hoy Radio'
        elif place is None and _place_field(f, c):
            place = (f, at)
        else:
            return None                    # a menu item, a headline, a sentence
    # ('Lazio24 TV | ROMA' over 'di Marta Neri · domenica 14 maggio 2023': an outlet and the
    # place, the date on the next line)
    if place is not None and not dated and outlet:
        dated = any(_date_field(f.strip(), c, lang) for f in _FIELD_SEP.split(_next_line(text, e)))
    if place is None or not dated:
        return None
    name, ps = place
    return {"end": ps + len(name), "place": (ps, ps + len(name)), "source": None,
            "region": None, "date": None}


def _edition_line(line: str, c: Cues) -> bool:
    """A header line with a field naming the paper's local edition ('Ausgabe Kirn')."""
    return any(f.casefold().startswith(w.casefold() + " ") and _place_field(f[len(w):].strip(), c)
               for f in _FIELD_SEP.split(line) for w in c.edition_prefixes)


def _signature_place(text: str, span, c: Cues) -> dict | None:
    """A signature under the story naming where it was filed: 'Ирина Самарская, Москва',
    'Oleh: Nurhayati Donggala, Tentena' (a byline word as its label, or none)."""
    s, e = span[0], span[1]
    line = text[s:e].rstrip()
    if len(line) > 70 or line[-1:] in ".!?:;\"”»":
        return None
    m = re.match(rf"(?:(?P<label>[^\W\d_]+):?\s+(?=\S+\s+\S+,))?(?P<name>{_NAME}(?:\s+{_NAME}){{1,2}}),"
                 rf"\s+(?P<place>{_NAME}(?:\s{_NAME})?)$", line)
    if not m or _is_upper(line) or not _proper(m.group("name")) or not _proper(m.group("place")):
        return None
    label = m.group("label")
    if label and _key(label) not in c.byline_prefixes and label.casefold() not in c.byline_words:
        return None
    if label is None and len(m.group("name").split()) > 2 or "-" in m.group("place"):
        return None
    ps = s + m.start("place")
    place = m.group("place")
    return {"end": ps + len(place), "place": (ps, ps + len(place)), "source": None,
            "region": None, "date": None}


def _next_line(text: str, e: int) -> str:
    """The next non-empty line after position e."""
    for line in text[e:e + 400].split("\n"):
        if line.strip():
            return line.strip()
    return ""


def _byline_fields(text: str, span, c: Cues) -> dict | None:
    """'Written by Rehana Shimla | Srinagar | Updated: February 15, 2019 1:45 pm': a byline
    line cut by bars, one field the byline, one the place alone, one the date or 'updated'
    stamp. The place field is a name of one to three words with no label and no digit."""
    s, e = span[0], span[1]
    line = text[s:e]
    if len(line) > 160:
        return None
    fields, pos = [], 0
    for part in line.split("|"):
        b = len(part) - len(part.lstrip())
        fields.append((part.strip(), s + pos + b))
        pos += len(part) + 1
    if not 2 <= len(fields) <= 4:
        return None
    lang = c.lang or None
    byline = any(f and not _key(f).startswith(tuple(c.updated_labels) or ("\0",))
                 and not c.byline_prefixes.isdisjoint(_key(w) for w in f.split()[:3])
                 for f, _ in fields)
    dated = any(f and (parse_date(f, lang) and any(ch.isdigit() for ch in f)
                       or _updated_stamp(f, c) is not None) for f, _ in fields)
    places = [(f, at) for f, at in fields
              if f and len(f.split()) <= 3 and ":" not in f and not any(ch.isdigit() for ch in f)
              and _proper(f) and c.byline_prefixes.isdisjoint(_key(w) for w in f.split())
              and _key(f) not in c.sources and _key(f) not in _weekdays()
              and _updated_stamp(f, c) is None and not re.search(r"[a-z][A-Z]", f)]
    if not (byline and dated) or len(places) != 1:
        return None
    place, ps = places[0]
    return {"end": ps + len(place), "place": (ps, ps + len(place)), "source": None,
            "region": None, "date": None}


def _updated_stamp(rest: str, c: Cues) -> str | None:
    """What follows a page's 'updated' label ('aggiornato alle 10:47 del …', 'Güncelleme:
    18.02.2016', 'Updated: February 15, 2019'), or None when the text opens with no such label."""
    k = _key(rest)
    for lab in c.updated_labels:
        if k.startswith(lab) and (len(k) == len(lab) or not k[len(lab)].isalnum()):
            n = len(lab.split())
            return " ".join(rest.split()[n:]).lstrip(" :-–—")
    return None


_NAME = r"[^\W\d_][\w'’.-]*"


def _byline_place(text: str, span, c: Cues) -> dict | None:
    """A byline that names where the reporter filed from: 'Par Claire Vannes, à Rouen' (the
    language's `byline_at` words after the comma), 'Selin Bolu / İSTANBUL' (a name, a slash
    and the place in capitals)."""
    s, e = span[0], span[1]
    line = text[s:e].rstrip()
    if "|" in line:
        return _byline_fields(text, span, c)
    if len(line) > 90 or line[-1:] in ".!?":
        return None
    m = re.match(rf"(?:{_NAME}\s+)?{_NAME}(?:\s+{_NAME}){{1,3}}\s*/\s*(?P<place>{_NAME}(?:\s{_NAME}){{0,2}})$",
                 line)
    at = "|".join(map(re.escape, c.byline_at))
    # 'Mark Derby in Nairobi' over the date line: a name, the language's 'at' word and the place
    m2 = re.match(rf"(?P<name>{_NAME}(?:\s+{_NAME}){{1,2}})\s+(?:{at})\s+(?P<place>{_NAME}(?:\s{_NAME}){{0,1}})$",
                  line) if at and not m else None
    if m and _is_upper(m.group("place")) and not _is_upper(line[:m.start("place")]):
        ps = s + m.start("place")
    elif m2 and _proper(m2.group("name")) and _proper(m2.group("place")) \
            and not _is_upper(line) and _is_date_line(_next_line(text, e), c.lang or None):
        m = m2
        ps = s + m.start("place")
    elif (m3 := _byline_comma_or_brackets(line, c)) is not None \
            and (_key(line.split()[0].rstrip(":")) not in c.byline_seat
                 and "label" not in m3.groupdict()
                 or _named_elsewhere(text, s, e, m3.group("place"))):
        m = m3
        ps = s + m.start("place")
    elif (m4 := _byline_by_pattern(line, c)) is not None:
        m = m4
        ps = s + m.start("place")
    else:
        words = line.split()
        if not words or _key(words[0]) not in c.byline_prefixes or not c.byline_at:
            return None
        m = re.match(rf"\S+\s+{_NAME}(?:\s+{_NAME}){{0,3}},\s+(?:{'|'.join(map(re.escape, c.byline_at))})"
                     rf"\s+(?P<place>{_NAME}(?:\s{_NAME}){{0,3}})$", line)
        if not m or not _proper(m.group("place")):
            return None
        ps = s + m.start("place")
    place = m.group("place")
    return {"end": ps + len(place), "place": (ps, ps + len(place)), "source": None, "region": None,
            "date": None}


def _named_elsewhere(text: str, s: int, e: int, place: str) -> bool:
    """The byline's place is named in the page besides the byline line s:e: the story is about
    it ('Von Eva Roth, Kassel' over a story from Kassel), not a correspondent's seat named
    only there ('Von Anna Kehl, Jerusalem' over a story from Jenin: no dateline)."""
    rx = re.compile(rf"(?<!\w){re.escape(place)}(?!\w)")
    return bool(rx.search(text, 0, s) or rx.search(text, e))


def _byline_by_pattern(line: str, c: Cues):
    """A byline in one of the language's own forms (read.yaml `byline_patterns`): 'From our
    Paris Staff', 'Анна Орлова, Пермь' (a name and the place with no word between)."""
    for rx in c.byline_res:
        m = rx.match(line)
        if m is None or not _proper(m.group("place")):
            continue
        place = m.group("place")
        # ('Анна Орлова, Reuters', 'Анна Орлова, корреспондент': an outlet or a title)
        if _key(place) in c.sources or not c.byline_words.isdisjoint(_key(w) for w in place.split()):
            continue
        return m
    return None


def _byline_comma_or_brackets(line: str, c: Cues):
    """'From Ada Obi and Tunde Eze, Abuja' (a Nigerian daily's byline: the place after the
    comma) and 'Текст: Анна Орлова (Пермь)' (the place in brackets after a labelled name)."""
    words = line.split()
    if not words:
        return None
    first = _key(words[0].rstrip(":"))
    joiners = "|".join(map(re.escape, c.byline_joiners)) or "and"
    names = rf"{_NAME}(?:\s+{_NAME}){{1,3}}(?:\s+(?:{joiners})\s+{_NAME}(?:\s+{_NAME}){{1,3}})?"
    m = None
    # 'Yazı ve fotoğraf: Cemile Aksu, Kahramanmaraş', 'Words and pictures: Ann Lee, Kabul': a
    # credit label of several words, the reporter, then the place (named elsewhere in the page,
    # as a correspondent's seat alone is no dateline)
    label, _, after = line.partition(":")
    if " " in label.strip() and _key(label) in c.byline_labels and "," in after:
        m = re.match(rf"(?P<label>[^:]+):\s*(?P<name>{names}),\s+(?P<place>{_NAME}(?:\s{_NAME}){{0,2}})$",
                     line)
    # (after the language's 'From' words: 'From Ada Obi, Abuja'; after its byline words when
    # the place is named elsewhere in the page too ('Von Eva Roth, Kassel'): the place the
    # reporter filed from, read only when the page gives no other dateline)
    if first in c.byline_from or first in c.byline_seat:
        m = re.match(rf"\S+\s+(?P<name>{names}),\s+(?P<place>{_NAME}(?:\s{_NAME}){{0,2}})$", line)
    if m is None and (first in c.byline_labels or first in c.byline_prefixes) and ":" in words[0]:
        m = re.match(rf"\S+\s+(?P<name>{names})\s*\((?P<place>{_NAME}(?:\s{_NAME}){{0,2}})\)$", line)
    if m is None or not _proper(m.group("place")) \
            or not _proper(re.sub(rf"\s+(?:{joiners})\s+", " ", m.group("name"))):
        return None
    place = m.group("place")
    # ('By Ada Obi, Reuters', 'By Ada Obi, Staff Correspondent', 'di Ada Neri, Redazione
    # Esteri': an outlet, a title or a desk)
    if _key(place) in c.sources or not c.byline_words.isdisjoint(_key(w) for w in place.split()) \
            or any(_key(w) in d.split() for w in place.split() for d in c.news_desks):
        return None
    return m


def _place_in_line(text: str, s: int, e: int, ps: int, pe: int) -> list[Segment]:
    """A header line whose place ps:pe is the dateline ('Mark Derby in Nairobi', 'Written by X |
    Srinagar | Updated: …', 'Kamis, 04 Mar 2021 | Makassar'): the place as the dateline, the rest
    of the line before and after it header."""
    out = []
    b = ps
    while b > s and text[b - 1].isspace():
        b -= 1
    if b > s:
        out.append(Segment(BOILERPLATE, s, b))
    out.append(Segment(DATELINE, ps, pe))
    a = pe
    while a < e and text[a].isspace():
        a += 1
    if a < e:
        out.append(Segment(BOILERPLATE, a, e))
    return out


def _split_inline_related(text: str, s: int, e: int, c: Cues) -> list[Segment]:
    """A body paragraph, with a related link glued to its end cut off as 'related'."""
    m = c.related_inline.search(text, s, e)
    if m is None:
        return [Segment(BODY, s, e)]
    r = m.start()
    while r < e and text[r].isspace():
        r += 1
    b = m.start()
    while b > s and text[b - 1].isspace():
        b -= 1
    return ([Segment(BODY, s, b)] if b > s else []) + [Segment(RELATED, r, e)]


# --------------------------------------------------------------------------- main entry

def _source_kind(source: Any, is_text: bool | None) -> str:
    if isinstance(source, (bytes, bytearray)):
        return "bytes"
    if isinstance(source, Path):
        return "path"
    if not isinstance(source, str):
        raise InputError(f"cannot read an article from a {type(source).__name__}")
    if is_text:
        return "text"
    if _is_url(source):
        return "url"
    if is_text is False:
        return "path"
    if "\n" in source or len(source) > 1024:
        return "text"
    # A sentence, not a file name: words with spaces, no folder, no file extension.
    if " " in source.strip() and "/" not in source and "\\" not in source \
            and not re.search(r"\.[A-Za-z0-9]{1,5}$", source.strip()) \
            and not Path(source).expanduser().exists():
        return "text"
    return "path"


def read_article(source: Any, *, lang: str | None = None, date: str | None = None,
                 is_text: bool | None = None, source_name: str | None = None,
                 url: str | None = None, max_bytes: int = MAX_BYTES,
                 timeout: float = 15) -> Document:
    """Read an article into a segmented Document (see the module docstring).

    source: a path (str or Path), an http(s) URL, raw text (is_text=True, or a str with line
    breaks) or bytes (stdin). lang / date (YYYY-MM-DD) override detection; source_name the
    outlet; url the article's address (for files saved from the web)."""
    if date is not None:
        date = _check_date(date)
    if lang is not None:
        lang = lang.strip().lower()
        if not re.fullmatch(r"[a-z]{2,3}", lang):
            raise InputError(f"bad language code {lang!r}: expected e.g. id, en, ru")
    kind = _source_kind(source, is_text)
    html = False
    markdown = False
    if kind == "url":
        url = url or source.strip()
        raw, fetched = fetch(source.strip(), max_bytes=max_bytes, timeout=timeout)
        html = fetched == "html"
        what = url
    elif kind == "path":
        path = Path(source).expanduser()
        data = _read_file(path, max_bytes)
        raw = decode_bytes(data, str(path))
        suffix = path.suffix.lower()
        html = suffix in HTML_SUFFIXES or (suffix not in MARKDOWN_SUFFIXES and _looks_html(raw))
        markdown = suffix in MARKDOWN_SUFFIXES
        what = str(path)
    elif kind == "bytes":
        if len(source) > max_bytes:
            raise InputError(f"input is {len(source):,} bytes, over the {max_bytes:,}-byte limit")
        raw = decode_bytes(bytes(source), "input")
        html = _looks_html(raw)
        what = "input"
    else:
        raw = source
        if len(raw.encode("utf-8", "ignore")) > max_bytes:
            raise InputError(f"text is over the {max_bytes:,}-byte limit")
        html = is_text is None and _looks_html(raw)
        what = "text"
    if not raw.strip():
        raise InputError(f"{what} contains no text" if raw else f"{what} is empty")

    meta: dict[str, Any] = {}
    if html:
        parts, meta = extract_html(raw, url, what)
        title = _strip_site(normalise_text(meta.get("title") or ""), meta.get("sitename"))
        if title:
            # The page's <h1> is usually the headline again: keep one copy, first.
            dup = next((i for i, (t, _h) in enumerate(parts[:6]) if _key(t) == _key(title)), None)
            if dup is not None:
                parts.pop(dup)
            parts.insert(0, (title, "title"))
        text, hints = _assemble(parts)
    elif markdown:
        text, hints = _assemble(_from_markdown(raw))
    else:
        text, hints = normalise_text(raw), None
    if not text.strip():
        raise InputError(f"{what} contains no text")

    if lang is None:
        lang = detect_language(text)
    segments, info = segment(text, lang, hints)
    doc = Document(text=text, lang=lang, url=url or meta.get("url"), segments=segments)

    if info["title"] is not None:
        seg = next(s for s in segments if s.kind == TITLE)
        doc.title = text[seg.start:seg.end]
    elif meta.get("title"):
        doc.title = normalise_text(meta["title"])
    dl = info["dateline"]
    if dl:
        ds = next(s for s in segments if s.kind == DATELINE)
        doc.meta["dateline"] = (ds.start, ds.end, dl["place"][0], dl["place"][1])
        doc.meta["dateline_source"] = dl["source"]
    doc.source = source_name or meta.get("sitename") or (dl["source"] if dl else None)
    published = meta.get("date") if meta.get("date") and re.fullmatch(
        r"\d{4}-\d{2}-\d{2}", str(meta.get("date"))) else None
    # A dateline that carries a full date ('Bischkek, 16. September 2022 –') dates the story.
    dl_date = parse_date(dl["date"], lang) if dl and dl.get("date") else None
    doc.published = date or published or info["date"] or dl_date
    if date:
        doc.meta["date_override"] = date
    doc.meta["format"] = "html" if html else ("markdown" if markdown else "text")
    return doc
