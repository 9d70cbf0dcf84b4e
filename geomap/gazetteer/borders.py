"""Borders between countries: computed from the Natural Earth polygons at build time, and
recognised in text ('perbatasan Armenia-Azerbaijan', 'граница Армении и Азербайджана')."""
from __future__ import annotations

from pathlib import Path as _Path

# this module's source as loaded: the index fingerprint checks it against the file on disk
_SOURCE = _Path(__file__).read_bytes()

import re

from ..normalize import key, variants


def shared_boundaries(geoms: dict, progress=None) -> list[tuple[tuple[str, str], object]]:
    """[((iso_a, iso_b), (Multi)LineString)] for every pair of countries whose outlines share
    a line (a single touching point is not a border). Pairs are sorted; a < b."""
    from shapely import STRtree, line_merge
    from shapely.geometry import LineString, MultiLineString

    isos = sorted(geoms)
    polys = [geoms[i] for i in isos]
    tree = STRtree(polys)
    left, right = tree.query(polys, predicate="intersects")
    pairs = sorted({(isos[a], isos[b]) for a, b in zip(left.tolist(), right.tolist()) if a < b})
    boundaries = {}
    out = []
    for n, (a, b) in enumerate(pairs):
        if progress is not None and n % 25 == 0:
            progress.note(f"borders between neighbours ({n}/{len(pairs)})")
        ba = boundaries.setdefault(a, geoms[a].boundary)
        bb = boundaries.setdefault(b, geoms[b].boundary)
        inter = ba.intersection(bb)
        lines = [g for g in getattr(inter, "geoms", [inter])
                 if isinstance(g, (LineString, MultiLineString)) and not g.is_empty]
        flat = []
        for g in lines:
            flat.extend(getattr(g, "geoms", [g]))
        if not flat:
            continue
        merged = line_merge(MultiLineString(flat))
        if merged.length < 1e-6:
            continue
        out.append(((a, b), merged))
    return out


_SPLIT = re.compile(r"\s*[-–—/]\s*|\s+")


def _border_lexicon(codes: tuple[str, ...]):
    from .. import lang as langdata
    border_words, joiners, adjectives, elisions = set(), set(), {}, set()
    for code in codes:
        data = langdata.load(code, "normalize")
        elisions.update(key(e) for e in data.get("elisions", []) if key(e))
        border_words.update(key(w) for w in data.get("border_words", []))
        joiners.update(key(w) for w in data.get("border_joiners", []))
        for stem, iso in (data.get("country_adjectives") or {}).items():
            adjectives.setdefault(key(str(stem)), str(iso).upper())
    stems = tuple(sorted(adjectives.items(), key=lambda kv: -len(kv[0])))
    return border_words, joiners, stems, frozenset(elisions)


# an apostrophe inside a word ("l'Algérie", "dell'Eritrea"): the elided article before it
_APOSTROPHE = re.compile(r"(\w+)['’ʼ]")


def _drop_elisions(text: str, elisions: frozenset) -> str:
    """"frontière entre le Mali et l'Algérie" → "… et Algérie": the language's elided articles
    ('l'', 'd'', 'dell'') go, or key() would glue them to the name ('lalgerie')."""
    if not elisions:
        return text
    return _APOSTROPHE.sub(lambda m: " " if key(m.group(1)) in elisions else m.group(0), text)


_LEXICONS: dict = {}


def parse_border_phrase(text: str, lang: str | None, gaz) -> tuple[str, str] | None:
    """(iso_a, iso_b) when ``text`` names the border between two countries: two country
    names or country adjectives (normalize.yaml 'country_adjectives') in any order and
    inflection, with a border word of some language ('border', 'perbatasan', 'граница',
    'sınırı' …) or a dash between them ('Armenia–Azerbaijan border', 'граница Армении и
    Азербайджана', 'армяно-азербайджанской границе', 'frontière arméno-azerbaïdjanaise')."""
    from .. import lang as langdata

    codes = (lang,) if lang else tuple(langdata.LANGUAGES)
    lex = _LEXICONS.get(codes)
    if lex is None:
        lex = _LEXICONS[codes] = _border_lexicon(codes)
    border_words, joiners, stems, elisions = lex
    words = key(_drop_elisions(text, elisions)).split(" ")
    has_border_word = any(w in border_words for w in words)
    dashed = any(d in text for d in "-–—")
    if not (has_border_word or dashed):
        return None
    rest = [w for w in words if w not in border_words and w not in joiners]
    if not rest or len(rest) > 6:
        return None
    # adjectives: 'армяно азербаиджанскои', 'armenian azerbaijani'
    if len(rest) == 2 and has_border_word:
        isos = [next((iso for st, iso in stems if w.startswith(st)), None) for w in rest]
        if isos[0] and isos[1] and isos[0] != isos[1]:
            return tuple(sorted(isos))
    # names: split the remaining words into two country names at every cut point
    for cut in range(1, len(rest)):
        a, b = " ".join(rest[:cut]), " ".join(rest[cut:])
        ca = _country_of(a, codes, gaz) or _adjective(a, stems, has_border_word)
        cb = _country_of(b, codes, gaz) or _adjective(b, stems, has_border_word)
        if ca and cb and ca != cb:
            return tuple(sorted((ca, cb)))
    return None


def _adjective(word: str, stems, allowed: bool) -> str | None:
    if not allowed or " " in word:
        return None
    return next((iso for st, iso in stems if word.startswith(st)), None)


def _country_of(phrase: str, codes, gaz) -> str | None:
    keys = []
    for code in codes:
        keys.extend(variants(phrase, code))
    found = gaz.match(keys, limit=5)
    for k in keys:
        for c in found.get(k, ()):
            if c.place.feature == "country" and c.name_kind in ("name", "alt"):
                return c.place.country
    return None
