"""Spelling skeletons: one lossy form for the ways languages write the same foreign name.

German writes 'Tawusch', 'Donezk', 'Saporischschja', French 'Tavouch', 'Zaporijjia', English
'Tavush', 'Donetsk', 'Zaporizhzhia'. GeoNames has the English and local spellings of admin
regions and towns, rarely the others. Two steps bring them together:

1. ``respell(surface, rules)``: the language's own letter rules (``spelling`` in
   ``geomap/data/lang/<code>/places.yaml``: German 'sch' → 'sh', 'w' → 'v', 'z' → 'ts';
   French 'ou' → 'u', 'ch' → 'sh' …) rewrite a name into English-style romanisation, in one
   left-to-right pass (longest rule first, so 'tsch' is not read as 't' + 'sch').
2. ``skeleton(key)``: drops what romanisations disagree on (an 'h' after a consonant, doubled
   letters, 'y'/'j'/'i', 'z'/'s', 'w'/'v', 'ou'/'u', spaces and hyphens between parts).

The index stores the skeletons of the names of admin regions and towns of some size
(``SKELETON_MIN_IMPORTANCE``); a name that matches only through its skeleton is a weaker
reading (``places._score``) that needs the article's context to be kept.
"""
from __future__ import annotations

from pathlib import Path as _Path

# this module's source as loaded: the index fingerprint checks it against the file on disk
_SOURCE = _Path(__file__).read_bytes()

import re
from functools import lru_cache
from itertools import groupby

from ..normalize import key

# Places whose names get a skeleton: admin regions, and towns of ~2,000 people or more
# (ranking.town_importance(2000) ≈ 4.64: 'Dschermuk' is Jermuk, 4,600 people).
SKELETON_FEATURES = frozenset({"admin1", "admin2", "region"})
SKELETON_MIN_IMPORTANCE = 4.64
# Short skeletons say too little ('Gori', 'Ada'): only names of this length or more (four
# letters for big places: 'Kerch').
SKELETON_MIN_LEN = 5

# (no group reference in a replacement: Python 3.11 expands those in Python, match by match)
_H_AFTER = re.compile(r"(?<=[bcdgkpstz])h")
_DOUBLES = re.compile(r"(.)\1")
# (j, y and i are one letter: 'Ijevan', 'Iyeván'; 'Jenin', 'Yenín'; 'Sjunik', 'Syunik')
# (as bytes: a skeleton's input is ASCII, and bytes.translate is one C loop where
# str.translate looks every letter up in a dict)
_LETTERS = bytes.maketrans(b"zwyjq", b"sviik")
_LATIN = re.compile(r"^[a-z][a-z '-]*$")


@lru_cache(maxsize=1 << 16)
def skeleton(k: str) -> str:
    """The skeleton of a normalised key ('' for names not in the Latin alphabet or too short):
    'tavush', 'tavusch' → 'tavus'; 'zaporizhzhia', 'saporishshya' → 'saporisia'."""
    if not _LATIN.match(k):
        return ""
    s = k.replace(" ", "").replace("ou", "u")     # 'Pétion-Ville' is 'Pétionville'
    if "h" in s:                                  # (the look-behind tries every letter)
        s = _H_AFTER.sub("", s)
    s = s.encode("ascii").translate(_LETTERS).decode("ascii").replace("x", "ks")
    if _DOUBLES.search(s):                        # (most names have no doubled letter)
        s = "".join(c for c, _ in groupby(s))
    return s if len(s) >= 4 else ""


def compile_rules(rules: dict | None):
    """A language's spelling rules → (pattern, table) for ``respell``; None if it has none."""
    if not rules:
        return None
    table = {str(a).casefold(): str(b).casefold() for a, b in rules.items()}
    alts = sorted(table, key=len, reverse=True)
    # (one group: ``respell`` splits on the letters rather than calling back per match)
    return re.compile("(" + "|".join(map(re.escape, alts)) + ")"), table


def respell(surface: str, rules) -> str:
    """The key of a name rewritten by the language's rules ('Tawusch' → 'tavush'); the plain
    key when the language has no rules."""
    if rules is None:
        return key(surface)     # (key() casefolds first: the same key, memoised with the name's)
    low = surface.casefold()
    pattern, table = rules
    parts = pattern.split(low)                    # text, letters, text, letters, …, text
    if len(parts) > 1:
        parts[1::2] = map(table.__getitem__, parts[1::2])
        low = "".join(parts)
    return key(low)


def write_skeletons(con, min_layer: int = 0) -> int:
    """Store the skeletons of the names (of layer ``min_layer`` or above) of admin regions and
    towns of some size in the index's ``skeletons`` table: 'Tawusch' and 'Tavouch' find
    Tavush through them. The base build writes layer 0; the overlay the curated and user
    layers (dropped with them)."""
    feats = ",".join(f"'{f}'" for f in sorted(SKELETON_FEATURES))
    # (curated and user names are named on purpose: all of them, whatever the place's size)
    found = con.execute(
        "SELECT n.key, n.pid, n.name, p.importance, n.layer FROM names n JOIN places p "
        f"USING (pid) WHERE n.layer >= ? AND n.kind IN ('name', 'alt') AND (n.layer >= 1 OR "
        f"p.feature IN ({feats}) OR (p.feature IN ('city', 'village') AND p.importance >= ?))",
        (min_layer, SKELETON_MIN_IMPORTANCE)).fetchall()
    out = []
    for k, pid, name, imp, layer in found:
        sk = skeleton(k)
        # four letters say little: only the skeletons of big places ('Kerch')
        if sk and (len(sk) >= SKELETON_MIN_LEN or imp >= 6.0):
            out.append((sk, pid, name, layer))
    con.executemany("INSERT OR IGNORE INTO skeletons VALUES (?,?,?,?)", out)
    return len(out)
