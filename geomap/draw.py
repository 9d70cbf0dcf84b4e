"""Stored events → one self-contained interactive Leaflet map (folium 0.20 + plugins).

    draw_map(records, places, out, *, title=None, region="auto") -> Path
    write_default_map(store, out_dir) -> Path          # <out_dir>/geomap.html, all events

``records`` are the store's event records: the ``geomap.extract/1`` event dict plus ``event_id``
and ``article`` ({id, title, url, source, lang, published}); ``places`` are the store's place
summaries ({"place": <place json with geometry>, "count": n, "roles": {role: n}}). Both are plain
dicts, so the map can be drawn from anything that produces the schema.

What the page holds: four base layers with their attributions; the region's country outlines
(the countries events fall in highlighted), the borders those countries share, curated
approximate areas the articles name; one clustered marker layer per event type; the places
named; the lines/areas events are placed on; a time slider, legend, fullscreen, minimap, scale
and measure controls. The page references no local file; vector layers render without tiles.
folium and geopandas are imported inside the functions: `geomap extract` never pays for them.
"""
from __future__ import annotations

import json
import os
from html import escape as html_escape
import tempfile
from collections import Counter
from pathlib import Path
from typing import Any, Iterable

from geomap.draw_style import (DATE_PRECISION, EVENT_STYLES, GEO_PRECISION, ROLE_COLOURS,
                               style_of)
from geomap.errors import GeomapError

DEFAULT_MAP_NAME = "geomap.html"
CREDITS = ('Places: <a href="https://www.geonames.org/" target="_blank" rel="noopener">GeoNames</a> '
           '(<a href="https://creativecommons.org/licenses/by/4.0/" target="_blank" rel="noopener">CC BY 4.0</a>)'
           ' · Boundaries: <a href="https://www.naturalearthdata.com/" target="_blank" rel="noopener">'
           'Natural Earth</a> · Events: geomap')
SCRIPT_MARKER = "/*__geomap_script_9f4c2e__*/"
MANY_EVENTS = 2000          # above this, paint speed wins over zoom animation (L_DISABLE_3D)
# No chunkedLoading: adding 10,000 markers at once takes ~0.3 s, and a chunked add that the time
# slider interrupts (clearLayers mid-way) throws inside Leaflet.markercluster.
CLUSTER_OPTIONS = {"maxClusterRadius": 40, "showCoverageOnHover": False, "spiderfyOnMaxZoom": True,
                   "chunkedLoading": False}


class MapError(GeomapError):
    """The map cannot be written (bad output path …)."""


# ---------------------------------------------------------------- records → payload

def _num(v: Any) -> float | None:
    try:
        f = float(v)
    except (TypeError, ValueError):
        return None
    return f if f == f and abs(f) != float("inf") else None


def drawable_events(records: Iterable[dict]) -> tuple[list[dict], Counter]:
    """Events that can be drawn (a location with valid lat/lon, not negated) and why the others
    are not (counts by reason)."""
    keep: list[dict] = []
    skipped: Counter = Counter()
    for rec in records:
        loc = rec.get("location") or {}
        lat, lon = _num(loc.get("lat")), _num(loc.get("lon"))
        if rec.get("negated"):
            skipped["negated"] += 1          # "no clashes were reported": nothing to draw
        elif lat is None or lon is None or not (-90 <= lat <= 90 and -180 <= lon <= 180):
            skipped["no place"] += 1
        else:
            keep.append(rec)
    return keep, skipped


def _acled(rec: dict) -> str | None:
    acled = rec.get("acled") or {}
    if not isinstance(acled, dict):
        return None
    parts = [acled.get("event_type"), acled.get("sub_event_type")]
    return " / ".join(str(p) for p in parts if p) or None


def _str(v: Any) -> str | None:
    return None if v is None else str(v)


def _count(v: Any) -> int | float | None:
    n = _num(v)
    return None if n is None else (int(n) if n == int(n) else n)


def build_payload(records: list[dict], places: list[dict], region, geo: dict, areas: list[dict],
                  skipped: Counter, title: str | None) -> dict:
    """The JSON the page's script draws from (see draw_assets.JS for the field order)."""
    from geomap.draw_geo import is_big_area, simplify_event_geometry, tolerance_for

    tol = tolerance_for(region.bounds) / 2
    articles: list[list] = []
    article_index: dict[str, int] = {}
    geoms: list[list] = []
    geom_index: dict[str, int] = {}
    geom_types: list[Counter] = []
    events: list[list] = []
    dates: set[str] = set()
    type_counts: Counter = Counter()
    for rec in records:
        etype = rec.get("type") if rec.get("type") in EVENT_STYLES else "other"
        type_counts[etype] += 1
        art = rec.get("article") or {}
        akey = str(art.get("id") or json.dumps(art, sort_keys=True, default=str))
        if akey not in article_index:
            article_index[akey] = len(articles)
            articles.append([_str(art.get("title")), _str(art.get("url")), _str(art.get("source")),
                             _str(art.get("lang")), _str(art.get("published"))])
        loc = rec["location"]
        gidx = -1
        geometry = loc.get("geometry")
        if isinstance(geometry, dict) and geometry.get("type") not in (None, "Point", "MultiPoint"):
            # one drawn line/area per place; without an id, per name and representative point
            gkey = str(loc.get("place_id") or (loc.get("name"), loc.get("lat"), loc.get("lon")))
            if gkey not in geom_index:
                simple = None if is_big_area(geometry, region.bounds) else simplify_event_geometry(geometry, tol)
                geom_index[gkey] = len(geoms) if simple else -1
                if simple:
                    geoms.append([_str(loc.get("name")) or gkey, simple, etype])
                    geom_types.append(Counter())
            gidx = geom_index[gkey]
            if gidx >= 0:
                geom_types[gidx][etype] += 1
        date = _str(rec.get("date"))
        if date:
            date = date[:10]
            dates.add(date)
        actors = rec.get("actors") or []
        events.append([
            etype, round(float(loc["lat"]), 5), round(float(loc["lon"]), 5), date,
            _count(rec.get("date_precision")), article_index[akey], _str(rec.get("sentence")),
            _str(rec.get("trigger")), _str(loc.get("mention")), _str(loc.get("name")),
            _count(loc.get("precision")), [str(a) for a in actors if a is not None] if isinstance(actors, list) else [str(actors)],
            _count(rec.get("killed")), _count(rec.get("wounded")), _count(rec.get("captured")),
            _count(rec.get("missing")), bool(rec.get("approximate")),
            _num(rec.get("confidence")), gidx, _str(rec.get("cameo")), _acled(rec)])
    for g, counts in zip(geoms, geom_types):
        g[2] = counts.most_common(1)[0][0]          # drawn in the colour of its commonest type
    side_events = Counter()
    from geomap.draw_geo import event_countries
    side_events.update(event_countries(records))
    for o in geo["outlines"]:
        o["events"] = side_events.get(o["iso2"], 0)
    types_present = [t for t in EVENT_STYLES if type_counts[t]]
    hidden = []
    if skipped["no place"]:
        hidden.append(f"{skipped['no place']} event(s) without a known place")
    if skipped["negated"]:
        hidden.append(f"{skipped['negated']} negated event(s)")
    w, s, e, n = region.bounds
    outside = sum(1 for ev in events if not (s <= ev[1] <= n and w <= ev[2] <= e))
    note = ("Not drawn: " + "; ".join(hidden) + ".") if hidden else ""
    if outside:
        note = (note + " " if note else "") + f"{outside} event(s) lie outside this first view: zoom out."
    return {
        "title": title,
        "types": {t: list(style_of(t)) for t in types_present},
        "articles": articles,
        "events": events,
        "geoms": geoms,
        "places": _place_rows(places),
        "outlines": geo["outlines"],
        "borders": geo["borders"],
        "areas": areas,
        "dates": sorted(dates),
        "dprec": {str(k): v for k, v in DATE_PRECISION.items()},
        "gprec": {str(k): v for k, v in GEO_PRECISION.items()},
        "hidden": note,
        "credits": CREDITS,
    }


def _place_rows(places: Iterable[dict]) -> list[list]:
    rows = []
    for item in places or []:
        place = item.get("place") or {}
        lat, lon = _num(place.get("lat")), _num(place.get("lon"))
        if lat is None or lon is None:
            continue
        roles = {str(k): int(v) for k, v in (item.get("roles") or {}).items() if v}
        main_role = max(roles, key=roles.get) if roles else "context"
        count = int(item.get("count") or sum(roles.values()) or 1)
        rows.append([_str(place.get("name")), round(lat, 5), round(lon, 5), count, roles,
                     _str(place.get("country")), _str(place.get("feature")),
                     ROLE_COLOURS.get(main_role, ROLE_COLOURS["context"])])
    return rows


def script_json(obj: Any) -> str:
    """JSON that is safe inside a <script> element: no '</script>', no '<!--', no U+2028."""
    text = json.dumps(obj, ensure_ascii=False, separators=(",", ":"), allow_nan=False)
    return (text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")
            .replace("\u2028", "\\u2028").replace("\u2029", "\\u2029"))


# ---------------------------------------------------------------- the folium map

def _carto(provider):
    """CARTO basemaps: recent xyzservices put `?key={apikey}` in the URL. Use GEOMAP_CARTO_KEY
    when set; otherwise drop the placeholder (the public basemaps answer without it)."""
    key = os.environ.get("GEOMAP_CARTO_KEY")
    if key:
        return provider(apikey=key)
    url = provider["url"].replace("?key={apikey}", "").replace("&key={apikey}", "")
    return provider(url=url, apikey="")


def base_providers():
    """(provider, layer name) of the base layers; the first is shown when the map opens."""
    import xyzservices.providers as xyz
    return ((xyz.OpenStreetMap.Mapnik, "OpenStreetMap"),
            (_carto(xyz.CartoDB.Positron), "CartoDB Positron (light)"),
            (xyz.OpenTopoMap, "OpenTopoMap (terrain)"),
            (xyz.Esri.WorldImagery, "Esri World Imagery (satellite)"))


def _base_layers(m) -> None:
    import folium

    for i, (provider, name) in enumerate(base_providers()):
        folium.TileLayer(provider, name=name, show=(i == 0)).add_to(m)


def _layer_label(etype: str, n: int) -> str:
    label, colour, icon = style_of(etype)
    return (f'<span class="gm-lc"><i class="fa-solid fa-{icon}" style="color:{colour}"></i> '
            f"{label} ({n})</span>")


def build_map(payload: dict, region) -> Any:
    import folium
    from branca.element import Element, MacroElement
    from folium import plugins
    from folium.template import Template

    w, s, e, n = region.bounds
    # min/max zoom bound the levels Leaflet.markercluster precomputes (cost ∝ levels × events)
    m = folium.Map(location=[(s + n) / 2, (w + e) / 2], zoom_start=6, tiles=None, min_zoom=2, max_zoom=18,
                   control_scale=True, world_copy_jump=True)
    if len(payload["events"]) > MANY_EVENTS:
        # Leaflet reads this before it loads. Without 3D transforms large marker sets paint
        # far faster in Chromium (field notes: 45 s → 2.8 s for 10,000 plain markers); the
        # price is no zoom animation, so small maps keep it.
        m.get_root().header.add_child(Element("<script>window.L_DISABLE_3D = true;</script>"),
                                      name="gm_l_disable_3d")
    m.get_root().header.add_child(Element(f"<style>{_css()}</style>"), name="gm_css")
    # folium writes the page <title> unescaped: a title from the user or an article must be.
    m.get_root().title = html_escape(payload.get("title") or "geomap")
    _base_layers(m)

    groups = {}
    for key, name in (("outlines", "Countries (Natural Earth 1:10m)"), ("borders", "Shared borders"),
                      ("areas", "Approximate areas (curated)"), ("places", "Places named in articles"),
                      ("geoms", "Event lines and areas")):
        fg = folium.FeatureGroup(name=name, show=True)
        fg.add_to(m)
        groups[key] = fg
    counts = Counter(ev[0] for ev in payload["events"])
    # One cluster for every event (co-located events of different types group and spiderfy);
    # the layer control switches types through one empty layer per type that the script
    # watches (Leaflet.markercluster has no sub-groups without another plugin).
    cluster = plugins.MarkerCluster(name="Events", control=False, options=dict(CLUSTER_OPTIONS),
                                    icon_create_function="function (c) { return window.gmClusterIcon(c); }")
    cluster.add_to(m)
    type_groups = {}
    for etype in payload["types"]:
        fg = folium.FeatureGroup(name=_layer_label(etype, counts[etype]), show=True)
        fg.add_to(m)
        type_groups[etype] = fg

    layer_control = folium.LayerControl(position="topright", collapsed=False)
    from geomap.draw_assets import JS
    code = (JS.replace("__MAP__", m.get_name())
            .replace("__LAYERCONTROL__", layer_control.get_name())
            .replace("__CLUSTER__", cluster.get_name())
            .replace("__TYPEGROUPS__", "{" + ",".join(f"{json.dumps(t)}: {g.get_name()}" for t, g in type_groups.items()) + "}")
            .replace("__GROUPS__", "{" + ",".join(f"{json.dumps(k)}: {g.get_name()}" for k, g in groups.items()) + "}"))
    # Only a marker goes through folium's rendering: branca compiles every rendered script as a
    # Jinja template, so article text in it would be parsed as template code ('{{ … }}'),
    # and a 3 MB payload costs ~1 s of tokenising. The real script replaces the marker after.
    script = MacroElement()
    script._template = Template("{% macro script(this, kwargs) %}" + SCRIPT_MARKER + "{% endmacro %}")
    m.add_child(script, name="gm_events")
    m.gm_script = code.replace("__DATA__", script_json(payload))

    plugins.Fullscreen(position="topleft").add_to(m)
    plugins.MeasureControl(position="topleft", primary_length_unit="kilometers",
                           secondary_length_unit="miles", primary_area_unit="sqkilometers").add_to(m)
    import xyzservices.providers as xyz
    plugins.MiniMap(tile_layer=folium.TileLayer(_carto(xyz.CartoDB.Positron)), position="bottomleft",
                    toggle_display=True, width=130, height=130).add_to(m)
    layer_control.add_to(m)
    m.fit_bounds([[s, w], [n, e]])
    return m


def _css() -> str:
    from geomap.draw_assets import CSS
    return CSS


def default_title(records: list[dict]) -> str:
    dates = sorted(str(r.get("date"))[:10] for r in records if r.get("date"))
    n = len(records)
    span = f", {dates[0]} – {dates[-1]}" if dates and dates[0] != dates[-1] else (f", {dates[0]}" if dates else "")
    return f"geomap: {n} event{'s' if n != 1 else ''}{span}"


def draw_map(records: Iterable[dict], places: Iterable[dict] | None, out: str | os.PathLike, *,
             title: str | None = None, region: str | None = "auto", gazetteer=None) -> Path:
    """Write the interactive map of `records` (store event records) and `places` (store place
    summaries) to `out` (one self-contained HTML file) and return its path."""
    from geomap.draw_geo import approximate_areas, outline_layers, resolve_region

    records = list(records)
    places = list(places or [])
    drawn, skipped = drawable_events(records)
    region_ = resolve_region(region, drawn, gazetteer)
    geo = outline_layers(region_)
    areas = approximate_areas(places, region_, gazetteer)
    payload = build_payload(drawn, places, region_, geo, areas, skipped,
                            title if title is not None else default_title(drawn))
    m = build_map(payload, region_)
    page = m.get_root().render()
    head, marker, tail = page.partition(SCRIPT_MARKER)
    if not marker:                     # folium changed how it renders scripts
        raise MapError("internal: the map script could not be placed in the page")
    return _write_atomic(Path(out), head + m.gm_script + tail)


def _write_atomic(out: Path, html: str) -> Path:
    """Write via a temporary file + rename: a reader never sees half a map."""
    if out.exists() and out.is_dir():
        raise MapError(f"output {out} is a directory; give a file name such as {out / DEFAULT_MAP_NAME}")
    try:
        out.parent.mkdir(parents=True, exist_ok=True)
        fd, tmp = tempfile.mkstemp(prefix=".geomap-", suffix=".html", dir=out.parent)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(html)
        umask = os.umask(0)
        os.umask(umask)
        os.chmod(tmp, 0o666 & ~umask)          # mkstemp makes 0600; a map is meant to be shared
        os.replace(tmp, out)
    except OSError as exc:
        raise MapError(f"cannot write map {out}: {exc.strerror or exc}") from None
    return out


def write_default_map(store, out_dir: str | os.PathLike, *, title: str | None = None) -> Path:
    """Redraw `<out_dir>/geomap.html` from every stored event (called after `geomap add`)."""
    records = store.events()
    places = store.places_summary()
    return draw_map(records, places, Path(out_dir) / DEFAULT_MAP_NAME, title=title)
