"""Import GeoNames dump files: the 19-column ``geoname`` table (allCountries.txt, AM.txt …,
plain or zipped) and ``alternateNamesV2.txt`` (10 columns; the older 8-column file too).

``read_import(path)`` validates a whole file and returns its record count; with
``apply_to=Applier`` it also writes the records as layer 2 of an index. A bad file raises a
one-line GazetteerError naming the file (and zip member) and line.
"""
from __future__ import annotations

from pathlib import Path as _Path

# this module's source as loaded: the index fingerprint checks it against the file on disk
_SOURCE = _Path(__file__).read_bytes()

import io
import zipfile
from pathlib import Path

from ..errors import GazetteerError
from ..normalize import key
from .overlay import PlaceSpec
from .ranking import importance, village_or_city

GEONAME_COLUMNS = 19
ALT_COLUMNS = (8, 10)
SKIP_LANGS = {"link", "wkdt", "post", "unlc", "tcid", "fr_1793"}
CODE_LANGS = {"iata", "icao", "faac", "abbr"}

# GeoNames feature class (and some codes) → geomap feature.
CLASS_FEATURE = {"A": "admin2", "H": "water", "L": "region", "P": "city", "R": "other",
                 "S": "other", "T": "mountain", "U": "water", "V": "other"}
CODE_FEATURE = {"ADM1": "admin1", "ADM1H": "admin1", "ADM2": "admin2", "ADM2H": "admin2",
                "PCLI": "country", "PCLD": "country", "PCLIX": "region", "PCLS": "country",
                "PCLF": "country", "PCL": "country", "TERR": "region", "CONT": "region",
                "RGN": "region", "RGNE": "region", "AREA": "region", "ZN": "region",
                "ZNB": "border", "PASS": "mountain", "VAL": "mountain", "ISL": "other"}


# Sections of a populated place (a city's quarters, 'PPLX'): kept as localities, ranked below
# a real town of the same size (a quarter wins only near its city, where the article's other
# places vouch for it, or with a cue).
SECTION_CODES = frozenset({"PPLX"})
SECTION_DISCOUNT = 1.0


def feature_of(fclass: str, fcode: str, population: int | None) -> str:
    if fcode in CODE_FEATURE:
        return CODE_FEATURE[fcode]
    if fcode in SECTION_CODES:
        return "village"              # (a quarter is a locality, whatever its population)
    feat = CLASS_FEATURE.get(fclass, "other")
    return village_or_city(population) if feat == "city" else feat


def _lines(path: Path):
    """(label, iterator of (lineno, text)) for each data file in ``path`` (a zip may hold
    several; readme files are skipped)."""
    if not path.exists():
        raise GazetteerError(f"{path}: no such file")
    if path.is_dir():
        raise GazetteerError(f"{path}: is a folder, not a GeoNames file")
    if zipfile.is_zipfile(path):
        try:
            zf = zipfile.ZipFile(path)
            members = [m for m in zf.namelist()
                       if m.lower().endswith(".txt") and "readme" not in m.lower()
                       and not m.endswith("/")]
            if not members:
                raise GazetteerError(f"{path}: the zip archive holds no .txt GeoNames file")
            for m in sorted(members):
                label = f"{path}!{m}"
                try:
                    with zf.open(m) as fh:
                        yield label, _decode(label, fh)
                except (zipfile.BadZipFile, EOFError, OSError) as exc:
                    raise GazetteerError(f"{label}: corrupt zip member ({exc})") from None
        except zipfile.BadZipFile as exc:
            raise GazetteerError(f"{path}: corrupt zip archive ({exc})") from None
        return
    with open(path, "rb") as fh:
        head = fh.read(4)
        if head[:2] == b"PK":
            raise GazetteerError(f"{path}:1: corrupt or truncated zip archive")
        fh.seek(0)
        yield str(path), _decode(str(path), fh)


def _decode(label: str, fh):
    for lineno, raw in enumerate(fh, 1):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            raise GazetteerError(f"{label}:{lineno}: not UTF-8 text") from None
        if "\x00" in text:
            raise GazetteerError(f"{label}:{lineno}: binary data, not a GeoNames text file")
        yield lineno, text


def _int(v: str, what: str, where: str, allow_empty=True) -> int | None:
    if v == "" and allow_empty:
        return None
    try:
        return int(v)
    except ValueError:
        raise GazetteerError(f"{where}: {what} '{v[:20]}' is not an integer") from None


def _float(v: str, what: str, where: str, lo: float, hi: float) -> float:
    try:
        x = float(v)
    except ValueError:
        raise GazetteerError(f"{where}: {what} '{v[:20]}' is not a number") from None
    if not lo <= x <= hi:
        raise GazetteerError(f"{where}: {what} {v} is out of range")
    return x


def _parse_geoname(fields: list[str], where: str, admin1_names: dict) -> PlaceSpec:
    (gid, name, ascii_name, alts, lat, lon, fclass, fcode, cc, _cc2, adm1, _a2, _a3, _a4, pop,
     _elev, _dem, _tz, _mod) = fields
    gid_i = _int(gid, "geonameid", where, allow_empty=False)
    if not name.strip():
        raise GazetteerError(f"{where}: empty name")
    latf = _float(lat, "latitude", where, -90, 90)
    lonf = _float(lon, "longitude", where, -180, 180)
    if fclass and (len(fclass) != 1 or not fclass.isalpha()):
        raise GazetteerError(f"{where}: feature class '{fclass[:10]}' is not one letter")
    popi = _int(pop, "population", where) or None
    feature = feature_of(fclass, fcode, popi)
    cc = cc.strip().upper() or None
    if cc and (len(cc) != 2 or not cc.isalpha()):
        raise GazetteerError(f"{where}: country code '{cc[:10]}' is not ISO alpha-2")
    spec = PlaceSpec(f"geonames:{gid_i}", where)
    spec.fields = {"feature": feature, "lat": latf, "lon": lonf,
                   "importance": importance(feature, popi, capital=fcode == "PPLC")
                   - (SECTION_DISCOUNT if fcode in SECTION_CODES else 0.0)}
    if cc:
        spec.fields["country"] = cc
    if popi:
        spec.fields["population"] = popi
    a1 = admin1_names.get(f"{cc}.{adm1}") if cc and adm1 else None
    if a1:
        spec.fields["admin1"] = a1
    spec.names.append((name.strip(), None, "name", where))
    if ascii_name.strip() and key(ascii_name) != key(name):
        spec.names.append((ascii_name.strip(), None, None, where))
    for alt in alts.split(","):
        if alt.strip():
            spec.names.append((alt.strip(), None, None, where))
    return spec


def read_import(path: Path, apply_to=None) -> dict:
    """Validate (and, with ``apply_to``, apply as layer 2) one GeoNames file.
    Returns {'kind': 'geonames'|'alternatenames', 'records': n, 'applied': n}."""
    path = Path(path)
    admin1_names = {}
    if apply_to is not None:
        admin1_names = dict(apply_to.con.execute(
            "SELECT admin1_code, name FROM places WHERE feature='admin1' AND admin1_code IS NOT NULL"))
    kind = None
    records = applied = 0
    specs: list[PlaceSpec] = []
    alt_rows: list[tuple] = []
    for label, lines in _lines(path):
        for lineno, text in lines:
            line = text.rstrip("\r\n")
            if not line.strip() or line.startswith("#"):
                continue
            fields = line.split("\t")
            where = f"{label}:{lineno}"
            if kind is None:
                if len(fields) == GEONAME_COLUMNS:
                    kind = "geonames"
                elif len(fields) in ALT_COLUMNS:
                    kind = "alternatenames"
                else:
                    raise GazetteerError(
                        f"{where}: not a GeoNames file (expected {GEONAME_COLUMNS} tab-separated "
                        f"columns, or 10 for alternateNamesV2.txt; found {len(fields)})")
            if kind == "geonames":
                if len(fields) != GEONAME_COLUMNS:
                    raise GazetteerError(f"{where}: expected {GEONAME_COLUMNS} tab-separated "
                                         f"columns, found {len(fields)} (truncated or not a "
                                         "GeoNames dump?)")
                specs.append(_parse_geoname(fields, where, admin1_names))
            else:
                if len(fields) not in ALT_COLUMNS:
                    raise GazetteerError(f"{where}: expected 10 tab-separated columns of "
                                         f"alternateNamesV2, found {len(fields)}")
                _int(fields[0], "alternateNameId", where, allow_empty=False)
                gid = _int(fields[1], "geonameid", where, allow_empty=False)
                lang, name = fields[2].strip(), fields[3].strip()
                if lang in SKIP_LANGS or not name:
                    continue
                hist = len(fields) > 7 and fields[7] == "1"
                kindn = "code" if lang in CODE_LANGS else ("translit" if hist else None)
                alt_rows.append((gid, name, (lang or None) if lang not in CODE_LANGS else None,
                                 kindn))
            records += 1
    if kind is None:
        raise GazetteerError(f"{path}:1: no GeoNames records in the file")
    if apply_to is not None:
        if specs:
            apply_to.apply(specs, 2, "geonames-import")
            applied = len(specs)
        if alt_rows:
            applied = _apply_alternate_names(apply_to, alt_rows)
    return {"kind": kind, "records": records, "applied": applied}


def _apply_alternate_names(ap, rows) -> int:
    from .build import name_kind
    pids: dict[int, int | None] = {}
    n = 0
    for gid, name, lang, kind in rows:
        if gid not in pids:
            r = ap.effective(f"geonames:{gid}")
            pids[gid] = r["pid"] if r is not None else None
        pid = pids[gid]
        k = key(name)
        if pid is None or not k:
            continue
        ap.con.execute("INSERT OR IGNORE INTO names VALUES (?,?,?,?,?,2)",
                       (k, pid, name, lang, kind or name_kind(name, k)))
        n += 1
    return n
