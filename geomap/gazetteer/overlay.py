"""The layers above the packaged data: curated files (layer 1), imported GeoNames dumps
(layer 2) and the user gazetteer file (layer 3). A higher layer wins.

The curated files in the repository's ``gazetteer/`` folder and the user file share ONE
format (see gazetteer/README.md): a UTF-8 table, tab- or comma-separated, with a header; one
row per name. Columns (only ``id`` and ``name`` are required; order is free):

    id  name  lang  kind  feature  country  admin1  lat  lon  population  importance
    geometry  approximate  source

Rows with the same ``id`` describe one place: its place fields may be given on any of them
(the first non-empty value counts). An ``id`` that already exists (``geonames:616635``,
``ne:AM``) adds names to that place, or, when place fields are given, corrects it. Geometry
is empty (a point), GeoJSON, ``bbox: W S E N``, ``line: lon lat, lon lat, …``,
``hull(B): id id …`` (convex hull of those places' points buffered by B degrees: an
approximate outline) or ``union: id id …`` (union of those places' geometries).

Corrections never modify lower-layer rows: a new row is written and the old one marked
``superseded`` (so dropping and re-applying the layers restores the packaged data exactly).
"""
from __future__ import annotations

from pathlib import Path as _Path

# this module's source as loaded: the index fingerprint checks it against the file on disk
_SOURCE = _Path(__file__).read_bytes()

import csv
import io
import json
import re
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from ..document import FEATURES
from ..errors import GazetteerError
from ..normalize import key
from .build import KIND_ORDER, geojson_text, name_kind
from .ranking import importance as default_importance

COLUMNS = ("id", "name", "lang", "kind", "feature", "country", "admin1", "lat", "lon",
           "population", "importance", "geometry", "approximate", "source")
PLACE_FIELDS = ("feature", "country", "admin1", "lat", "lon", "population", "importance",
                "geometry", "approximate")
REMOVE = "remove"         # kind of a row that takes a wrong name away from a place
USER_BONUS = 1.0          # user-file places outrank packaged places of the same importance
LAYER_NAMES = {1: "curated", 2: "import", 3: "user"}


@dataclass
class PlaceSpec:
    id: str
    where: str                                   # 'file:line' of its first row, for errors
    fields: dict = field(default_factory=dict)
    names: list = field(default_factory=list)    # (name, lang, kind, where)
    source: str | None = None


def _err(where: str, msg: str) -> GazetteerError:
    return GazetteerError(f"{where}: {msg}")


# ---------------------------------------------------------------------------------------------
# Reading the table format

def read_table(path: Path, *, default_prefix: str = "user") -> list[PlaceSpec]:
    """Parse a curated/user gazetteer file into place specs, validating every row."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise GazetteerError(f"{path}: no such file") from None
    except OSError as exc:
        raise GazetteerError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = raw[: exc.start].count(b"\n") + 1
        raise GazetteerError(f"{path}:{line}: not UTF-8 text") from None
    if "\x00" in text:
        raise GazetteerError(f"{path}:1: binary data, not a gazetteer table")
    lines = text.splitlines()
    first = next((i for i, l in enumerate(lines) if l.strip() and not l.startswith("#")), None)
    if first is None:
        raise GazetteerError(f"{path}:1: empty file (expected a header line: id, name, …)")
    header_line = lines[first]
    delim = "\t" if ("\t" in header_line or path.suffix.lower() == ".tsv") else ","
    header = [h.strip().lower() for h in header_line.split(delim)]
    if "id" not in header or "name" not in header:
        raise GazetteerError(f"{path}:{first + 1}: header must name the columns 'id' and 'name' "
                             f"(found {', '.join(header[:6]) or 'nothing'})")
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise GazetteerError(f"{path}:{first + 1}: unknown column '{unknown[0]}' "
                             f"(known: {', '.join(COLUMNS)})")
    reader = csv.reader(io.StringIO("\n".join(lines[first + 1:])), delimiter=delim,
                        quoting=csv.QUOTE_NONE if delim == "\t" else csv.QUOTE_MINIMAL,
                        strict=True)
    specs: dict[str, PlaceSpec] = {}
    try:
        for offset, fields in enumerate(reader):
            lineno = first + 2 + offset
            where = f"{path}:{lineno}"
            if not fields or all(not f.strip() for f in fields) or fields[0].startswith("#"):
                continue
            if len(fields) > len(header):
                extra = [f for f in fields[len(header):] if f.strip()]
                if extra:
                    raise _err(where, f"{len(fields)} fields, the header has {len(header)}")
            row = {h: (fields[i].strip() if i < len(fields) else "") for i, h in enumerate(header)}
            _add_row(specs, row, where, default_prefix)
    except csv.Error as exc:
        raise GazetteerError(f"{path}:{first + 2 + reader.line_num - 1}: {exc}") from None
    if not specs:
        raise GazetteerError(f"{path}:{first + 1}: no rows after the header")
    return list(specs.values())


_ID_RE = re.compile(r"^[a-z][a-z0-9_]*:[^\s]+$")


def _add_row(specs: dict, row: dict, where: str, default_prefix: str) -> None:
    pid = row.get("id", "")
    name = row.get("name", "")
    if not pid:
        raise _err(where, "empty id")
    if ":" not in pid:
        pid = f"{default_prefix}:{pid}"
    if not _ID_RE.match(pid):
        raise _err(where, f"bad id '{pid}' (expected prefix:value, e.g. user:my-village)")
    if not name:
        raise _err(where, f"empty name for id '{pid}'")
    spec = specs.get(pid)
    if spec is None:
        spec = specs[pid] = PlaceSpec(pid, where)
    for f in PLACE_FIELDS:
        v = row.get(f, "")
        if v and f not in spec.fields:
            spec.fields[f] = _check_field(f, v, where)
    if row.get("source") and not spec.source:
        spec.source = row["source"]
    kind = row.get("kind") or None
    if kind and kind not in KIND_ORDER and kind != REMOVE:
        raise _err(where, f"unknown kind '{kind}' (one of {', '.join(KIND_ORDER)}, {REMOVE})")
    lang = row.get("lang") or None
    if lang and not re.fullmatch(r"[a-z]{2,3}(-[A-Za-z]+)?", lang):
        raise _err(where, f"bad language code '{lang}'")
    spec.names.append((name, lang, kind, where))


def _check_field(f: str, v: str, where: str):
    if f in ("lat", "lon", "importance"):
        try:
            x = float(v)
        except ValueError:
            raise _err(where, f"{f} '{v}' is not a number") from None
        if x != x or (f == "lat" and not -90 <= x <= 90) or (f == "lon" and not -180 <= x <= 180):
            raise _err(where, f"{f} {v} is out of range")
        return x
    if f == "population":
        try:
            n = int(float(v))
        except ValueError:
            raise _err(where, f"population '{v}' is not a number") from None
        if n < 0:
            raise _err(where, f"population {v} is negative")
        return n
    if f == "feature":
        if v not in FEATURES:
            raise _err(where, f"unknown feature '{v}' (one of {', '.join(FEATURES)})")
        return v
    if f == "country":
        if not re.fullmatch(r"[A-Za-z]{2}", v):
            raise _err(where, f"country '{v}' is not an ISO 3166-1 alpha-2 code")
        return v.upper()
    if f == "approximate":
        if v.lower() not in ("0", "1", "true", "false", "yes", "no"):
            raise _err(where, f"approximate '{v}' is not a yes/no value")
        return v.lower() in ("1", "true", "yes")
    if f == "geometry":
        _parse_geometry_spec(v, where)            # syntax check now, resolution on apply
        return v
    return v


_GEOM_RE = re.compile(r"^(bbox|line|union|hull(?:\((?P<buf>[0-9.]+)\))?)\s*:\s*(?P<arg>.+)$", re.S)


def _parse_geometry_spec(v: str, where: str):
    if v.startswith("{"):
        try:
            d = json.loads(v)
        except json.JSONDecodeError as exc:
            raise _err(where, f"geometry is not valid GeoJSON ({exc.msg})") from None
        if not isinstance(d, dict) or "type" not in d:
            raise _err(where, "geometry GeoJSON has no 'type'")
        return ("geojson", d)
    m = _GEOM_RE.match(v)
    if not m:
        raise _err(where, f"geometry '{v[:40]}' not understood (GeoJSON, 'bbox: W S E N', "
                          "'line: lon lat, …', 'hull(B): ids', 'union: ids')")
    kind, arg = m.group(1), m.group("arg").strip()
    try:
        if kind == "bbox":
            w, s, e, n = (float(x) for x in arg.replace(",", " ").split())
            return ("bbox", (w, s, e, n))
        if kind == "line":
            pts = [tuple(float(x) for x in p.split()) for p in arg.split(",")]
            if len(pts) < 2 or any(len(p) != 2 for p in pts):
                raise ValueError
            return ("line", pts)
    except ValueError:
        raise _err(where, f"geometry '{v[:40]}': bad coordinates") from None
    ids = arg.split()
    if not ids:
        raise _err(where, f"geometry '{v[:40]}' lists no place ids")
    if kind == "union":
        return ("union", ids)
    return ("hull", (float(m.group("buf") or 0.05), ids))


# ---------------------------------------------------------------------------------------------
# Applying specs to an index

_COLS = ("pid, id, name, country, feature, lat, lon, population, admin1, admin1_code, importance, "
         "source, geom_type, approximate, layer, superseded")


class Applier:
    def __init__(self, con: sqlite3.Connection):
        self.con = con
        self.con.row_factory = sqlite3.Row

    def effective(self, pid_s: str):
        return self.con.execute(
            f"SELECT {_COLS} FROM places WHERE id=? AND superseded IS NULL "
            "ORDER BY layer DESC LIMIT 1", (pid_s,)).fetchone()

    def geometry_of(self, pid_s: str, where: str):
        from shapely.geometry import Point, shape
        row = self.effective(pid_s)
        if row is None:
            raise _err(where, f"geometry refers to unknown place '{pid_s}'")
        g = self.con.execute("SELECT geojson FROM geoms WHERE pid=?", (row["pid"],)).fetchone()
        return shape(json.loads(g[0])) if g else Point(row["lon"], row["lat"])

    def build_geometry(self, spec: str, where: str):
        """(shapely geometry, approximate?) from a geometry column value."""
        from shapely import MultiPoint, union_all
        from shapely.geometry import LineString, box, shape

        kind, arg = _parse_geometry_spec(spec, where)
        if kind == "geojson":
            try:
                return shape(arg), False
            except Exception as exc:          # shapely raises several types for bad GeoJSON
                raise _err(where, f"geometry GeoJSON unusable ({exc})") from None
        if kind == "bbox":
            return box(*arg), True
        if kind == "line":
            return LineString(arg), False
        if kind == "union":
            return union_all([self.geometry_of(i, where) for i in arg]), False
        buf, ids = arg
        pts = [self.geometry_of(i, where).centroid for i in ids]
        return MultiPoint(pts).convex_hull.buffer(buf, quad_segs=4), True

    def apply(self, specs: list[PlaceSpec], layer: int, source: str) -> None:
        con = self.con
        for spec in specs:
            existing = self.effective(spec.id)
            f = spec.fields
            if existing is None and all(kind == REMOVE for _n, _l, kind, _w in spec.names):
                raise _err(spec.where, f"cannot remove a name of unknown place '{spec.id}'")
            target = existing["pid"] if existing is not None else None
            renamed = existing is not None and any(
                kind == "name" and n != existing["name"] for n, _l, kind, _w in spec.names)
            if existing is None or f or renamed:
                live = [nm for nm in spec.names if nm[2] != REMOVE]
                target = self._write_place(PlaceSpec(spec.id, spec.where, f, live or spec.names,
                                                     spec.source), existing, layer, source)
            new_place = existing is None
            for i, (name, lang, kind, _where) in enumerate(spec.names):
                k = key(name)
                if not k:
                    continue
                kind = kind or ("name" if new_place and i == 0 else name_kind(name, k))
                con.execute("INSERT OR IGNORE INTO names VALUES (?,?,?,?,?,?)",
                            (k, target, name, lang, kind, layer))

    def _write_place(self, spec: PlaceSpec, existing, layer: int, source: str) -> int:
        f = spec.fields
        where = spec.where
        old = dict(existing) if existing is not None else {}
        geom_text = gtype = None
        approx = bool(f.get("approximate", old.get("approximate", 0)))
        lat, lon = f.get("lat", old.get("lat")), f.get("lon", old.get("lon"))
        if "geometry" in f:
            g, approx_g = self.build_geometry(f["geometry"], where)
            approx = bool(f.get("approximate", approx_g))
            if lat is None or lon is None or ("lat" not in f and existing is not None):
                rp = g.representative_point() if g.geom_type.endswith("Polygon") else (
                    _line_mid(g) if "Line" in g.geom_type else g.centroid)
                if "lat" not in f:
                    lat, lon = rp.y, rp.x
            if g.geom_type != "Point":
                geom_text, gtype = geojson_text(g)
        if lat is None or lon is None:
            raise _err(where, f"new place '{spec.id}' needs lat and lon (or a geometry)")
        feature = f.get("feature", old.get("feature"))
        if feature is None:
            raise _err(where, f"new place '{spec.id}' needs a feature "
                              f"({', '.join(FEATURES)})")
        pop = f.get("population", old.get("population"))
        if "importance" in f:
            imp = f["importance"]
        else:
            imp = old.get("importance") if existing is not None and "feature" not in f \
                else default_importance(feature, pop)
            if layer == 3:
                imp += USER_BONUS
        name = old.get("name") or spec.names[0][0]
        for n, _lang, kind, _w in spec.names:
            if kind == "name":
                name = n
                break
        src = source                  # per-row source notes stay in the files themselves
        cur = self.con.execute(
            "INSERT INTO places (id, name, country, feature, lat, lon, population, admin1, "
            "admin1_code, importance, source, geom_type, approximate, layer, superseded) "
            "VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,NULL)",
            (spec.id, name, f.get("country", old.get("country")), feature,
             round(float(lat), 5), round(float(lon), 5), pop, f.get("admin1", old.get("admin1")),
             old.get("admin1_code"), round(float(imp), 4), src,
             gtype or (old.get("geom_type") if "geometry" not in f else "Point") or "Point",
             int(approx), layer))
        new = cur.lastrowid
        if geom_text:
            self.con.execute("INSERT INTO geoms VALUES (?,?)", (new, geom_text))
        elif existing is not None and "geometry" not in f:
            self.con.execute("INSERT INTO geoms SELECT ?, geojson FROM geoms WHERE pid=?",
                             (new, existing["pid"]))
        if existing is not None:
            self.con.execute("UPDATE places SET superseded=? WHERE pid=? OR superseded=?",
                             (new, existing["pid"], existing["pid"]))
        return new


def _line_mid(g):
    parts = list(getattr(g, "geoms", [g]))
    return max(parts, key=lambda p: p.length).interpolate(0.5, normalized=True)


# suffixes of the US Census Bureau's designation that GeoNames keeps on some alternate names
# ('Fort Hood CDP', 'Andrews AFB Census Designated Place'): the only form of the place's
# former or common name in the data when the place was renamed (Fort Hood is Fort Cavazos)
CENSUS_SUFFIXES = (" census designated place", " cdp")


def census_place_names(con: sqlite3.Connection) -> int:
    """Give every packaged place whose name exists only with a census suffix ('Fort Hood CDP')
    the name without it, as an alternate name of the curated layer (dropped and made again
    with the layers). Returns how many names were added."""
    rows = []
    for suffix in CENSUS_SUFFIXES:
        for k, pid, name, lang in con.execute(
                "SELECT key, pid, name, lang FROM names WHERE layer = 0 AND key LIKE ?",
                ("%" + suffix,)):
            bare_key = k[:-len(suffix)].strip()
            bare = name[:len(name) - len(suffix)].strip()
            if bare_key and bare:
                rows.append((bare_key, pid, bare, lang))
    added = 0
    for bare_key, pid, bare, lang in rows:
        if con.execute("SELECT 1 FROM names WHERE pid = ? AND key = ?", (pid, bare_key)).fetchone():
            continue
        con.execute("INSERT OR IGNORE INTO names(key, pid, name, lang, kind, layer) "
                    "VALUES (?, ?, ?, ?, 'alt', 1)", (bare_key, pid, bare, lang))
        added += 1
    return added


def drop_layers(con: sqlite3.Connection, min_layer: int = 1) -> None:
    con.execute("DELETE FROM names WHERE layer >= ?", (min_layer,))
    con.execute("DELETE FROM skeletons WHERE layer >= ?", (min_layer,))
    con.execute("DELETE FROM geoms WHERE pid IN (SELECT pid FROM places WHERE layer >= ?)",
                (min_layer,))
    con.execute("DELETE FROM places WHERE layer >= ?", (min_layer,))
    con.execute("UPDATE places SET superseded=NULL WHERE superseded IS NOT NULL")


def apply_overlays(path: Path, *, curated: list[Path], imports: list[Path], user: Path | None,
                   progress: bool = True) -> None:
    """Drop every layer above the packaged data and apply curated, imported and user files,
    all in one transaction on ``path`` (a private copy of the index)."""
    from .geonames import read_import
    from .keyfilter import write_filters
    from .translit import write_skeletons
    from .progress import Steps

    # parse and validate everything first, so a bad file leaves nothing half-applied
    cur_specs = [s for p in curated for s in read_table(p, default_prefix="geomap")]
    user_specs = read_table(user) if user is not None else []
    con = sqlite3.connect(path)
    con.execute("PRAGMA journal_mode=OFF")
    con.execute("PRAGMA synchronous=OFF")
    try:
        with Steps(progress and bool(imports or user or curated), total=3,
                   title="Gazetteer layers") as steps, con:
            drop_layers(con)
            ap = Applier(con)
            steps.step("curated places")
            census_place_names(con)
            ap.apply(cur_specs, 1, "curated")
            steps.step("imported GeoNames files")
            for p in imports:
                read_import(p, apply_to=ap)
            steps.step("user gazetteer file")
            if user_specs:
                ap.apply(user_specs, 3, "user")
            write_skeletons(con, min_layer=1)
            # (after every change to names and skeletons: the bitmaps of what they hold)
            write_filters(con)
    finally:
        con.close()
