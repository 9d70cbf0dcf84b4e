"""A small GeoPackage (OGC 12-128r18, version 1.4) writer on Python's sqlite3.

Why not GDAL: a feature table must hold each feature's geometry, and events share a few big
geometries (a country polygon, a border line) thousands of times. GDAL parses and re-encodes
every copy and fills the spatial index one insert at a time (~6 s for 100,000 events); here
each distinct geometry is encoded once, rows are copied by SQLite itself (``INSERT ... SELECT``
from an attached store, or ``executemany``) and the R-tree is packed in one pass (STR bulk
load, as GDAL's own bulk loader does) instead of 100,000 R*-tree inserts.

What is written is what GDAL writes for a layer (same tables, column types, geometry encoding,
R-tree extension and its triggers), so GDAL, geopandas and QGIS read and edit the file as any
other GeoPackage. Geometries are 2D (a 3D one raises :class:`Needs3D`; callers use GDAL then).

    w = GpkgWriter(path)
    w.create_layer("events", [("name", "TEXT"), ("killed", "INTEGER"), ...])
    w.con.executemany('INSERT INTO "events" VALUES (?, ?, ...)', rows)  # fid, geom blob, values
    w.finish_layer("events", "POINT", pack_rtree(entries))  # (fid, minx, maxx, miny, maxy)
    w.close()
"""
from __future__ import annotations

import math
import sqlite3
import struct
from typing import Any, Iterable, Sequence

GPKG_APPLICATION_ID = 0x47504B47            # "GPKG"
GPKG_USER_VERSION = 10400                   # GeoPackage 1.4
SRS_ID = 4326
# EPSG:4326 in OGC WKT 1, with the axis order of the EPSG definition (GeoPackage's convention)
WGS84_WKT = ('GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
             'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
             'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,'
             'AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],'
             'AUTHORITY["EPSG","4326"]]')

_CORE = """
CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,
  organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,
  definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
  identifier TEXT UNIQUE, description TEXT DEFAULT '',
  last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
  min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
  CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL,
  geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL,
  m TINYINT NOT NULL,
  CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
  CONSTRAINT uk_gc_table_name UNIQUE (table_name),
  CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
  CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
CREATE TABLE gpkg_extensions (table_name TEXT, column_name TEXT, extension_name TEXT NOT NULL,
  definition TEXT NOT NULL, scope TEXT NOT NULL,
  CONSTRAINT ge_tce UNIQUE (table_name, column_name, extension_name))
"""

# The R-tree triggers of the GeoPackage 1.4 spatial index extension (they keep the index right
# when QGIS or GDAL edit the layer later; ST_* are the functions those programs provide).
_RTREE_TRIGGERS = (
    """CREATE TRIGGER "rtree_{t}_{c}_insert" AFTER INSERT ON "{t}"
WHEN (new."{c}" NOT NULL AND NOT ST_IsEmpty(NEW."{c}"))
BEGIN INSERT OR REPLACE INTO "rtree_{t}_{c}" VALUES (NEW."fid", ST_MinX(NEW."{c}"),
  ST_MaxX(NEW."{c}"), ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}")); END""",
    """CREATE TRIGGER "rtree_{t}_{c}_update6" AFTER UPDATE OF "{c}" ON "{t}"
WHEN OLD."fid" = NEW."fid" AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}"))
  AND (OLD."{c}" NOTNULL AND NOT ST_IsEmpty(OLD."{c}"))
BEGIN UPDATE "rtree_{t}_{c}" SET minx = ST_MinX(NEW."{c}"), maxx = ST_MaxX(NEW."{c}"),
  miny = ST_MinY(NEW."{c}"), maxy = ST_MaxY(NEW."{c}") WHERE id = NEW."fid"; END""",
    """CREATE TRIGGER "rtree_{t}_{c}_update7" AFTER UPDATE OF "{c}" ON "{t}"
WHEN OLD."fid" = NEW."fid" AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}"))
  AND (OLD."{c}" ISNULL OR ST_IsEmpty(OLD."{c}"))
BEGIN INSERT INTO "rtree_{t}_{c}" VALUES (NEW."fid", ST_MinX(NEW."{c}"), ST_MaxX(NEW."{c}"),
  ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}")); END""",
    """CREATE TRIGGER "rtree_{t}_{c}_update2" AFTER UPDATE OF "{c}" ON "{t}"
WHEN OLD."fid" = NEW."fid" AND (NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}"))
BEGIN DELETE FROM "rtree_{t}_{c}" WHERE id = OLD."fid"; END""",
    """CREATE TRIGGER "rtree_{t}_{c}_update5" AFTER UPDATE ON "{t}"
WHEN OLD."fid" != NEW."fid" AND (NEW."{c}" NOTNULL AND NOT ST_IsEmpty(NEW."{c}"))
BEGIN DELETE FROM "rtree_{t}_{c}" WHERE id = OLD."fid";
  INSERT OR REPLACE INTO "rtree_{t}_{c}" VALUES (NEW."fid", ST_MinX(NEW."{c}"),
  ST_MaxX(NEW."{c}"), ST_MinY(NEW."{c}"), ST_MaxY(NEW."{c}")); END""",
    """CREATE TRIGGER "rtree_{t}_{c}_update4" AFTER UPDATE ON "{t}"
WHEN OLD."fid" != NEW."fid" AND (NEW."{c}" ISNULL OR ST_IsEmpty(NEW."{c}"))
BEGIN DELETE FROM "rtree_{t}_{c}" WHERE id IN (OLD."fid", NEW."fid"); END""",
    """CREATE TRIGGER "rtree_{t}_{c}_delete" AFTER DELETE ON "{t}" WHEN old."{c}" NOT NULL
BEGIN DELETE FROM "rtree_{t}_{c}" WHERE id = OLD."fid"; END""",
)
GEOMETRY_COLUMN = "geom"


class Needs3D(ValueError):
    """A geometry with other than 2 coordinates per position: left to GDAL's writer."""


# ---------------------------------------------------------------------------- geometry blobs
_WKB_CODE = {"Point": 1, "LineString": 2, "Polygon": 3, "MultiPoint": 4, "MultiLineString": 5,
             "MultiPolygon": 6, "GeometryCollection": 7}
_PART = {"MultiPoint": "Point", "MultiLineString": "LineString", "MultiPolygon": "Polygon"}
# GeoPackage binary header: 'GP', version 0, flags, srs id. Flags: bit 0 little-endian,
# bits 1-3 envelope (0 none, 1 [minx, maxx, miny, maxy]), bit 4 empty.
_POINT = struct.Struct("<2sBBiBIdd")
_HEADER_ENV = struct.Struct("<2sBBi4d")
_HEADER = struct.Struct("<2sBBi")


def point_blob(x: float, y: float, srs_id: int = SRS_ID) -> bytes:
    """The GeoPackage blob of a 2D point (no envelope: a point is its own, as GDAL writes it)."""
    return _POINT.pack(b"GP", 0, 1, srs_id, 1, 1, x, y)


POINT_BLOB_SIZE = _POINT.size


def point_blobs(points: Iterable[tuple[int, float, float]], slots: int,
                srs_id: int = SRS_ID) -> bytes:
    """The point_blob() of each (slot, x, y) in one buffer of ``slots`` fixed-size slots: the
    blob of slot i is bytes [i * POINT_BLOB_SIZE, (i + 1) * POINT_BLOB_SIZE), which SQL cuts out
    with substr() (no Python call per row inside an INSERT ... SELECT)."""
    buf = bytearray(slots * POINT_BLOB_SIZE)
    pack_into = _POINT.pack_into
    for i, x, y in points:
        pack_into(buf, i * POINT_BLOB_SIZE, b"GP", 0, 1, srs_id, 1, 1, x, y)
    return bytes(buf)


def _positions(coords, xs: list, ys: list) -> bytes:
    flat: list[float] = []
    for p in coords:
        if len(p) != 2:
            raise Needs3D("3D coordinates")
        flat.append(float(p[0]))
        flat.append(float(p[1]))
    xs.extend(flat[0::2])
    ys.extend(flat[1::2])
    return struct.pack(f"<I{len(flat)}d", len(coords), *flat)


def _wkb(geom: dict, xs: list, ys: list) -> bytes:
    t = geom["type"]
    code = _WKB_CODE.get(t)
    if code is None:
        raise ValueError(f"unknown geometry type {t}")
    c = geom.get("geometries") if t == "GeometryCollection" else geom.get("coordinates")
    head = struct.pack("<BI", 1, code)
    if t == "Point":
        if not c:                                   # POINT EMPTY: NaN coordinates (ISO WKB)
            return head + struct.pack("<dd", math.nan, math.nan)
        if len(c) != 2:
            raise Needs3D("3D coordinates")
        xs.append(float(c[0]))
        ys.append(float(c[1]))
        return head + struct.pack("<dd", float(c[0]), float(c[1]))
    if t == "LineString":
        return head + _positions(c, xs, ys)
    if t == "Polygon":
        return head + struct.pack("<I", len(c)) + b"".join(_positions(r, xs, ys) for r in c)
    if t == "GeometryCollection":
        return head + struct.pack("<I", len(c)) + b"".join(_wkb(g, xs, ys) for g in c)
    part = _PART[t]
    return head + struct.pack("<I", len(c)) + b"".join(
        _wkb({"type": part, "coordinates": p}, xs, ys) for p in c)


def geometry_blob(geom: dict | None, srs_id: int = SRS_ID
                  ) -> tuple[bytes | None, tuple[float, float, float, float] | None]:
    """(GeoPackage blob, envelope (minx, maxx, miny, maxy)) of a GeoJSON geometry; (None, None)
    for no geometry, (blob, None) for an empty one. Raises Needs3D for 3D coordinates."""
    if not geom:
        return None, None
    xs: list[float] = []
    ys: list[float] = []
    wkb = _wkb(geom, xs, ys)
    if not xs:
        return _HEADER.pack(b"GP", 0, 0x11, srs_id) + wkb, None
    env = (min(xs), max(xs), min(ys), max(ys))
    if geom["type"] == "Point":
        return _HEADER.pack(b"GP", 0, 1, srs_id) + wkb, env
    return _HEADER_ENV.pack(b"GP", 0, 3, srs_id, *env) + wkb, env


def geometry_type_name(kinds: Iterable[str]) -> str:
    """The layer's geometry_type_name for the GeoJSON types of its features."""
    kinds = set(kinds)
    return kinds.pop().upper() if len(kinds) == 1 else "GEOMETRY"


# ---------------------------------------------------------------------------- R-tree bulk load
_MAX_CELLS = 51             # SQLite's RTREE_MAXCELLS: an R-tree node holds at most 51 cells
_NODE_SIZE = 4 + 24 * _MAX_CELLS      # the node size SQLite gives a 2D R-tree (any page size)


def _f32(a, up: bool):
    """float64 → float32 rounded outward, so each stored box contains the exact one (as
    SQLite's own R-tree rounds)."""
    import numpy as np

    f = a.astype(np.float32)
    wrong = f < a if up else f > a
    f[wrong] = np.nextafter(f[wrong], np.float32(np.inf if up else -np.inf))
    return f


def _str_order(boxes, cells: int):
    """Sort-Tile-Recursive order of boxes (n×4: minx, maxx, miny, maxy): vertical slices by
    centre x, each sorted by centre y, so consecutive runs of `cells` form compact nodes."""
    import numpy as np

    n = len(boxes)
    slices = math.ceil(math.sqrt(math.ceil(n / cells)))
    per_slice = slices * cells
    cx = boxes[:, 0] + boxes[:, 1]
    cy = boxes[:, 2] + boxes[:, 3]
    rank = np.empty(n, dtype=np.int64)
    rank[np.argsort(cx, kind="stable")] = np.arange(n)
    return np.lexsort((cy, rank // per_slice))


class PackedRtree:
    """A packed R-tree, as rows of SQLite's R-tree shadow tables: ``nodes`` (nodeno, blob),
    ``leaf_ids`` (the indexed ids in leaf order: leaf_ids[i] lies in node
    ``first_leaf + i // 51``) and ``parents`` (nodeno, parent nodeno); ``extent`` is
    (minx, maxx, miny, maxy) around all boxes, None for none."""

    def __init__(self, nodes: list, leaf_ids: list, first_leaf: int, parents: list,
                 extent: tuple[float, float, float, float] | None):
        self.nodes, self.leaf_ids, self.first_leaf = nodes, leaf_ids, first_leaf
        self.parents, self.extent = parents, extent


def pack_rtree(entries: Sequence[tuple[int, float, float, float, float]]) -> PackedRtree:
    """Sort-Tile-Recursive bulk load of ``entries`` (id, minx, maxx, miny, maxy) into the
    nodes SQLite's rtree module reads: root node 1 holding the tree depth, then each level's
    nodes top-down; a node is a big-endian cell count and cells of (id or child node, float32
    box rounded outward). Pure (and numpy is imported here): may run in another thread."""
    import numpy as np

    table = np.array(entries, dtype=np.float64).reshape(-1, 5)
    if len(table) == 0:
        return PackedRtree([], [], 1, [], None)
    ids = table[:, 0].astype(np.int64)
    boxes = table[:, 1:]
    extent = (float(boxes[:, 0].min()), float(boxes[:, 1].max()), float(boxes[:, 2].min()),
              float(boxes[:, 3].max()))
    cell = np.dtype([("id", ">i8"), ("minx", ">f4"), ("maxx", ">f4"), ("miny", ">f4"),
                     ("maxy", ">f4")])
    levels = []                     # bottom-up: (entry ids, boxes) in node order
    while True:
        order = _str_order(boxes, _MAX_CELLS)
        ids, boxes = ids[order], boxes[order]
        levels.append((ids, boxes))
        if len(ids) <= _MAX_CELLS:
            break
        starts = np.arange(0, len(ids), _MAX_CELLS)
        boxes = np.column_stack([np.minimum.reduceat(boxes[:, 0], starts),
                                 np.maximum.reduceat(boxes[:, 1], starts),
                                 np.minimum.reduceat(boxes[:, 2], starts),
                                 np.maximum.reduceat(boxes[:, 3], starts)])
        ids = np.arange(len(starts), dtype=np.int64)    # child node index, numbered below
    depth = len(levels) - 1
    first = [0] * len(levels)       # node number of each level's first node, root = 1
    nxt = 1
    for k in range(depth, -1, -1):
        first[k] = nxt
        nxt += math.ceil(len(levels[k][0]) / _MAX_CELLS)
    nodes, parents = [], []
    for k, (entry_ids, bx) in enumerate(levels):
        cells = np.empty(len(entry_ids), dtype=cell)
        cells["id"] = entry_ids if k == 0 else entry_ids + first[k - 1]
        cells["minx"], cells["maxx"] = _f32(bx[:, 0], False), _f32(bx[:, 1], True)
        cells["miny"], cells["maxy"] = _f32(bx[:, 2], False), _f32(bx[:, 3], True)
        raw = cells.tobytes()
        for j, at in enumerate(range(0, len(entry_ids), _MAX_CELLS)):
            count = min(_MAX_CELLS, len(entry_ids) - at)
            head = struct.pack(">HH", depth if k == depth else 0, count)
            nodes.append((first[k] + j,
                          (head + raw[at * 24:(at + count) * 24]).ljust(_NODE_SIZE, b"\0")))
        if k:
            node_of = first[k] + np.arange(len(entry_ids)) // _MAX_CELLS
            parents.extend(zip(cells["id"].tolist(), node_of.tolist()))
    return PackedRtree(nodes, levels[0][0].tolist(), first[0], parents, extent)


def write_rtree(con: sqlite3.Connection, rtree: str, packed: PackedRtree) -> None:
    """Put a packed R-tree into the shadow tables of the new, empty SQLite R-tree ``rtree``
    ('<rtree>_node', '_rowid': the leaf of each id, '_parent')."""
    if not packed.nodes:
        return
    con.executemany(f'INSERT OR REPLACE INTO "{rtree}_node" (nodeno, data) VALUES (?, ?)',
                    packed.nodes)
    # 100,000 (id, leaf) rows in one statement: the ids go in as one JSON array
    con.execute(f'INSERT INTO "{rtree}_rowid" (rowid, nodeno) SELECT value, ? + key / ?'
                " FROM json_each(?)", (packed.first_leaf, _MAX_CELLS,
                                      "[" + ",".join(map(str, packed.leaf_ids)) + "]"))
    con.executemany(f'INSERT INTO "{rtree}_parent" (nodeno, parentnode) VALUES (?, ?)',
                    packed.parents)


# ---------------------------------------------------------------------------- the writer
class GpkgWriter:
    """A new GeoPackage at ``path`` (which must not exist), written in one transaction with
    SQLite's journal off: the caller writes to a temporary name and renames it when done.
    ``attach`` ({name: SQLite URI}) attaches databases to read from (e.g. a store read-only):
    the one transaction also makes every read of them see one snapshot."""

    def __init__(self, path, *, attach: dict[str, str] | None = None, page_size: int = 4096):
        from pathlib import Path

        # absolute: with URIs allowed (for `attach`) a name 'file:…' would be read as one
        self.con = sqlite3.connect(str(Path(path).resolve()), isolation_level=None,
                                   uri=bool(attach))
        con = self.con
        con.execute("PRAGMA main.journal_mode = OFF")    # a new file: nothing to roll back to
        con.execute("PRAGMA main.synchronous = OFF")     # an export: rewritten, not recovered
        for name, uri in (attach or {}).items():
            con.execute(f'ATTACH DATABASE ? AS "{name}"', (uri,))
            # read through a memory map: each row is fetched once, without a read() per page
            con.execute(f'PRAGMA "{name}".mmap_size = {1 << 30}')
        con.execute("BEGIN")
        self.page_size = page_size      # may change until the first layer is created
        self._started = False

    def _start(self) -> None:
        con = self.con
        con.execute(f"PRAGMA main.page_size = {int(self.page_size)}")
        con.execute(f"PRAGMA main.application_id = {GPKG_APPLICATION_ID}")
        con.execute(f"PRAGMA main.user_version = {GPKG_USER_VERSION}")
        for stmt in _CORE.split(";"):
            con.execute(stmt)
        con.executemany("INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)", [
            ("Undefined Cartesian SRS", -1, "NONE", -1, "undefined",
             "undefined Cartesian coordinate reference system"),
            ("Undefined geographic SRS", 0, "NONE", 0, "undefined",
             "undefined geographic coordinate reference system"),
            ("WGS 84 geodetic", SRS_ID, "EPSG", SRS_ID, WGS84_WKT,
             "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid")])
        self._started = True

    def create_layer(self, name: str, columns: Sequence[tuple[str, str]]) -> None:
        """The feature table: fid, geometry, then ``columns`` (name, SQL type: TEXT, INTEGER,
        REAL, BOOLEAN, as GDAL declares them)."""
        if not self._started:
            self._start()
        cols = ", ".join(f'"{c}" {t}' for c, t in columns)
        self.con.execute(f'CREATE TABLE "{name}" ("fid" INTEGER PRIMARY KEY AUTOINCREMENT '
                         f'NOT NULL, "{GEOMETRY_COLUMN}" GEOMETRY, {cols})')

    def finish_layer(self, name: str, geometry_type: str, index: PackedRtree) -> None:
        """Register the layer, its extent and its spatial index (``index``: pack_rtree() of
        the fids and boxes of its geometries)."""
        con = self.con
        minx, maxx, miny, maxy = index.extent or (None,) * 4
        con.execute("INSERT INTO gpkg_contents (table_name, data_type, identifier, min_x, min_y,"
                    " max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?)",
                    (name, name, minx, miny, maxx, maxy, SRS_ID))
        con.execute("INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)",
                    (name, GEOMETRY_COLUMN, geometry_type, SRS_ID))
        rtree = f"rtree_{name}_{GEOMETRY_COLUMN}"
        con.execute(f'CREATE VIRTUAL TABLE "{rtree}" USING rtree(id, minx, maxx, miny, maxy)')
        write_rtree(con, rtree, index)
        for trigger in _RTREE_TRIGGERS:
            con.execute(trigger.format(t=name, c=GEOMETRY_COLUMN))
        con.execute("INSERT INTO gpkg_extensions VALUES (?, ?, 'gpkg_rtree_index', "
                    "'http://www.geopackage.org/spec120/#extension_rtree', 'write-only')",
                    (name, GEOMETRY_COLUMN))

    def close(self) -> None:
        if not self._started:
            self._start()
        self.con.execute("COMMIT")
        self.con.close()
        self.con = None

    def abort(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None
