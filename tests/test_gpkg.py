"""geomap/gpkg.py, the GeoPackage writer: what it writes must read back through GDAL (pyogrio,
as geopandas and QGIS read it), its spatial index must be a valid SQLite R-tree that finds
what a plain scan finds, and GDAL must be able to edit the file afterwards."""
from __future__ import annotations

import random
import sqlite3

import pytest

from geomap.gpkg import GpkgWriter, Needs3D, geometry_blob, pack_rtree, point_blob
from geomap.gpkg import write_rtree

GEOMETRIES = [
    {"type": "Point", "coordinates": [44.5, 40.18]},
    {"type": "LineString", "coordinates": [[45.0, 41.3], [45.5, 40.9], [46.1, 40.2]]},
    {"type": "Polygon", "coordinates": [[[43, 38], [47, 38], [47, 42], [43, 42], [43, 38]],
                                        [[44, 39], [45, 39], [45, 40], [44, 39]]]},
    {"type": "MultiPoint", "coordinates": [[30.5, 50.45], [24.0, 49.8]]},
    {"type": "MultiLineString", "coordinates": [[[178.4, -18.1], [179.9, -16.4]],
                                                [[-179.9, -16.4], [-179.5, -16.0]]]},
    {"type": "MultiPolygon", "coordinates": [[[[0, 0], [1, 0], [1, 1], [0, 0]]],
                                             [[[2, 2], [3, 2], [3, 3], [2, 2]]]]},
    {"type": "GeometryCollection", "geometries": [
        {"type": "Point", "coordinates": [1.5, 2.5]},
        {"type": "LineString", "coordinates": [[0, 0], [1, 1]]}]},
]


def _write(path, rows, geometry_type="GEOMETRY"):
    """rows: (name, GeoJSON geometry or None) → layer 'things' through the writer."""
    w = GpkgWriter(path)
    w.create_layer("things", [("name", "TEXT"), ("n", "INTEGER"), ("ok", "BOOLEAN"),
                              ("x", "REAL")])
    entries = []
    for fid, (name, g) in enumerate(rows, 1):
        blob, env = geometry_blob(g)
        if env:
            entries.append((fid, *env))
        w.con.execute('INSERT INTO "things" VALUES (?, ?, ?, ?, ?, ?)',
                      (fid, blob, name, fid * 10, fid % 2, fid / 4))
    w.finish_layer("things", geometry_type, pack_rtree(entries))
    w.close()


def test_every_geometry_type_reads_back_through_gdal(tmp_path):
    import geopandas as gpd
    import pyogrio
    from shapely.geometry import shape

    rows = [(g["type"], g) for g in GEOMETRIES] + [("none", None)]
    _write(tmp_path / "t.gpkg", rows)
    info = pyogrio.read_info(tmp_path / "t.gpkg", layer="things")
    assert info["crs"] == "EPSG:4326" and info["geometry_type"] == "Unknown"
    assert info["features"] == len(rows)
    assert dict(zip(info["fields"], info["dtypes"])) == {
        "name": "object", "n": "int64", "ok": "bool", "x": "float64"}
    df = gpd.read_file(tmp_path / "t.gpkg", layer="things")
    assert list(df.name) == [r[0] for r in rows]
    assert list(df.n) == [10 * i for i in range(1, len(rows) + 1)]
    assert list(df.ok) == [bool(i % 2) for i in range(1, len(rows) + 1)]
    for (_, g), got in zip(rows, df.geometry):
        if g is None:
            assert got is None
        else:
            assert got.equals_exact(shape(g), 0), g["type"]
    # GDAL finds the extent and the spatial index
    assert df.total_bounds.tolist() == pytest.approx([-179.9, -18.1, 179.9, 50.45])
    inside = gpd.read_file(tmp_path / "t.gpkg", layer="things", bbox=(43.5, 39.5, 44.8, 40.5))
    assert set(inside.name) == {"Point", "Polygon"}


def test_blobs_are_what_the_geopackage_standard_says():
    import struct

    blob, env = geometry_blob({"type": "Point", "coordinates": [44.5, 40.25]})
    assert blob == point_blob(44.5, 40.25)
    # 'GP', version 0, flags: little-endian, no envelope; srs 4326; WKB point
    assert blob == b"GP\x00\x01" + struct.pack("<iBIdd", 4326, 1, 1, 44.5, 40.25)
    assert env == (44.5, 44.5, 40.25, 40.25)
    blob, env = geometry_blob(GEOMETRIES[1])
    assert blob[:4] == b"GP\x00\x03"                 # envelope minx, maxx, miny, maxy follows
    assert struct.unpack("<i4d", blob[4:40]) == (4326, 45.0, 46.1, 40.2, 41.3)
    assert env == (45.0, 46.1, 40.2, 41.3)
    assert geometry_blob(None) == (None, None)
    empty, env = geometry_blob({"type": "LineString", "coordinates": []})
    assert empty[3] & 0x10 and env is None           # the empty flag, no envelope
    with pytest.raises(Needs3D):
        geometry_blob({"type": "Point", "coordinates": [1, 2, 3]})
    with pytest.raises(Needs3D):
        geometry_blob({"type": "Polygon", "coordinates": [[[0, 0, 1], [1, 0, 1], [0, 0, 1]]]})


def test_file_is_a_geopackage_sqlite_accepts(tmp_path):
    _write(tmp_path / "t.gpkg", [(g["type"], g) for g in GEOMETRIES])
    con = sqlite3.connect(tmp_path / "t.gpkg")
    assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47
    assert con.execute("PRAGMA user_version").fetchone()[0] == 10400
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    assert con.execute("SELECT rtreecheck('rtree_things_geom')").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM rtree_things_geom").fetchone()[0] == len(GEOMETRIES)
    assert con.execute("SELECT srs_id FROM gpkg_spatial_ref_sys ORDER BY 1").fetchall() == [
        (-1,), (0,), (4326,)]
    assert con.execute("SELECT extension_name FROM gpkg_extensions").fetchall() == [
        ("gpkg_rtree_index",)]


def test_gdal_can_append_to_the_file_and_keeps_the_index(tmp_path):
    """The R-tree triggers are real: GDAL's inserts go through them into the packed index."""
    import geopandas as gpd
    from shapely.geometry import Point

    path = tmp_path / "t.gpkg"
    _write(path, [(g["type"], g) for g in GEOMETRIES])
    more = gpd.GeoDataFrame({"name": ["added"], "n": [1], "ok": [True], "x": [0.5]},
                            geometry=[Point(100.25, -5.5)], crs="EPSG:4326")
    more.to_file(path, layer="things", driver="GPKG", mode="a", engine="pyogrio")
    found = gpd.read_file(path, layer="things", bbox=(100, -6, 101, -5))
    assert list(found.name) == ["added"]
    con = sqlite3.connect(path)
    assert con.execute("SELECT rtreecheck('rtree_things_geom')").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM things").fetchone()[0] == len(GEOMETRIES) + 1


@pytest.mark.parametrize("n", [0, 1, 51, 52, 51 * 51, 51 * 51 + 1, 20_000])
def test_packed_rtree_is_valid_and_finds_what_a_scan_finds(n):
    rng = random.Random(n)
    entries = []
    for i in range(n):
        x, y = rng.uniform(-180, 175), rng.uniform(-90, 85)
        w = rng.uniform(0, 5) if rng.random() < 0.3 else 0.0
        entries.append((3 * i + 1, x, x + w, y, y + w / 2))
    # extreme values that float32 cannot hold exactly must still be inside their stored box
    entries.append((10 ** 9, 0.1, 0.1, -33.333333333333336, -33.333333333333336))
    con = sqlite3.connect(":memory:")
    con.execute("CREATE VIRTUAL TABLE r USING rtree(id, minx, maxx, miny, maxy)")
    packed = pack_rtree(entries)
    write_rtree(con, "r", packed)
    assert con.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"
    assert con.execute("SELECT count(*) FROM r").fetchone()[0] == len(entries)
    assert packed.extent == (min(e[1] for e in entries), max(e[2] for e in entries),
                             min(e[3] for e in entries), max(e[4] for e in entries))
    for _ in range(30):
        x, y, size = rng.uniform(-180, 175), rng.uniform(-90, 85), rng.choice([0.01, 3, 40])
        got = {r[0] for r in con.execute(
            "SELECT id FROM r WHERE minx <= ? AND maxx >= ? AND miny <= ? AND maxy >= ?",
            (x + size, x, y + size, y))}
        want = {e[0] for e in entries
                if e[1] <= x + size and e[2] >= x and e[3] <= y + size and e[4] >= y}
        assert want <= got                              # float32 boxes may add a near miss
        assert all(e[0] in want or _near(e, x, y, size) for e in entries if e[0] in got)
    assert {r[0] for r in con.execute(
        "SELECT id FROM r WHERE minx <= 0.1 AND maxx >= 0.1 AND miny <= ? AND maxy >= ?",
        (-33.333333333333336, -33.333333333333336))} >= {10 ** 9}
    # SQLite edits the packed tree as its own
    for e in entries[:7]:
        con.execute("DELETE FROM r WHERE id = ?", (e[0],))
    con.execute("INSERT INTO r VALUES (5, 1, 2, 3, 4)")
    assert con.execute("SELECT rtreecheck('r')").fetchone()[0] == "ok"


def _near(e, x, y, size, eps=1e-4) -> bool:
    return (e[1] <= x + size + eps and e[2] >= x - eps and e[3] <= y + size + eps
            and e[4] >= y - eps)
