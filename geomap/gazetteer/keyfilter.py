"""Which keys and skeletons the index holds, in a few megabytes: a bitmap written at build time.

Most keys the recogniser asks about are not in the gazetteer (an article's new capitalised
words and their de-inflected variants: ~80 % of its keys, ~95 % of its skeletons). A bitmap
of the CRC-32 of every key of ``names`` (and of every ``skeletons`` skeleton), one bit per
hash folded to ``bits`` bits, answers "surely absent" for most of them without SQLite. It
never answers "absent" for a key that is there, so ``Gazetteer.match`` returns exactly what
it returned without it; a key that is absent but shares a bit (~2 %) is simply asked.

The bitmaps live in the index's ``filters`` table (name, bits, data) and are rewritten with
the layers (``overlay.apply_overlays``), after every change to ``names`` and ``skeletons``.
An index without the table has no filter: every key is asked, as before.
"""
from __future__ import annotations

from pathlib import Path as _Path

# this module's source as loaded: the index fingerprint checks it against the file on disk
_SOURCE = _Path(__file__).read_bytes()

import sqlite3
from zlib import crc32

# bitmap sizes (bits, a power of two): ~1.05 M distinct keys in 2**25 bits (4 MB) leave ~3 %
# of absent keys asked anyway; ~0.3 M skeletons in 2**23 bits (1 MB), ~3.5 % (loaded at the
# first match: ~10 ms of the cold `geomap extract`)
TABLES = {"names": ("key", 25), "skeletons": ("skel", 23)}


def write_filters(con) -> None:
    """(Re)write the bitmaps of the keys in ``names`` and the skeletons in ``skeletons``."""
    import numpy as np                     # (the builder's dependency: a second, not five)

    con.execute("CREATE TABLE IF NOT EXISTS filters(name TEXT PRIMARY KEY, bits INTEGER NOT NULL, "
                "data BLOB NOT NULL)")
    factory = con.text_factory
    con.text_factory = bytes               # (the keys' UTF-8 as stored: nothing decoded)
    try:
        found = {table: [k for (k,) in con.execute(f"SELECT DISTINCT {col} FROM {table}")]
                 for table, (col, _bits) in TABLES.items()}
    finally:
        con.text_factory = factory
    for table, (col, bits) in TABLES.items():
        keys = found.pop(table)
        hashes = np.fromiter(map(crc32, keys), dtype=np.uint32, count=len(keys))
        flags = np.zeros(1 << bits, dtype=bool)
        flags[hashes >> (32 - bits)] = True
        # (bit b of the map is bit b & 7 of byte b >> 3, as keep() reads it)
        data = np.packbits(flags, bitorder="little").tobytes()
        con.execute("INSERT OR REPLACE INTO filters VALUES (?, ?, ?)", (table, bits, data))


def load_filters(db) -> dict:
    """{table: ``keys → the keys that may be there``} for the bitmaps an index holds (none for
    an index built before them)."""
    try:
        rows = db.execute("SELECT name, bits, data FROM filters").fetchall()
    except sqlite3.OperationalError:        # (no such table)
        return {}
    return {name: _sieve(bytes(data), 32 - bits) for name, bits, data in rows
            if len(data) == 1 << (bits - 3)}


def _sieve(bm: bytes, shift: int):
    byte_shift = shift + 3

    def keep(keys: list[str]) -> list[str]:
        try:
            hashes = list(map(crc32, map(str.encode, keys)))      # (C calls over the list)
        except UnicodeEncodeError:          # (a lone surrogate: the keys one by one below)
            return [k for k in keys if _maybe(bm, shift, k)]
        return [k for k, h in zip(keys, hashes) if bm[h >> byte_shift] >> (h >> shift & 7) & 1]
    return keep


def _maybe(bm: bytes, shift: int, k: str) -> bool:
    try:
        b = crc32(k.encode("utf-8")) >> shift
    except UnicodeEncodeError:              # (SQLite is asked, and answers as it did before)
        return True
    return bool(bm[b >> 3] >> (b & 7) & 1)
