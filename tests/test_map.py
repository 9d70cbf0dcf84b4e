"""geomap.draw and `geomap map` without a browser: the HTML file, the region, the layers, the CLI.
(What the page does in a browser is in test_map_browser.py.)"""
from __future__ import annotations

import json
import re

import pytest

import browser as B
from conftest import assert_one_line_error
from geomap import draw_geo
from geomap.document import Document, Event, Location, Mention, Place
from geomap.draw import build_payload, draw_map, drawable_events, script_json, write_default_map
from geomap.store import Store


def _payload_of(html: str) -> dict:
    """The JSON the page draws from (the `var D = …;` line of geomap's script)."""
    m = re.search(r"var D = (\{.*?\});\n", html)
    assert m, "no geomap payload in the page"
    return json.loads(m.group(1))


@pytest.fixture(scope="module")
def fixture_html(tmp_path_factory):
    out = tmp_path_factory.mktemp("m") / "map.html"
    draw_map(B.fixture_records(), B.fixture_places(), out)
    return out.read_text(encoding="utf-8")


def test_one_self_contained_file(fixture_html):
    urls = re.findall(r'<(?:script|link|img|iframe)\b[^>]*?(?:src|href)\s*=\s*"([^"]+)"', fixture_html)
    assert urls, "folium's assets are linked"
    assert all(u.startswith("https://") for u in urls), [u for u in urls if not u.startswith("https://")]
    assert "file:" not in fixture_html and "/tmp/" not in fixture_html
    assert "GeoNames" in fixture_html and "CC BY 4.0" in fixture_html and "Natural Earth" in fixture_html
    for base in ("OpenStreetMap", "CartoDB Positron", "OpenTopoMap", "Esri World Imagery"):
        assert base in fixture_html
    assert "{apikey}" not in fixture_html and "insert your API key" not in fixture_html


def test_payload_holds_every_drawable_event(fixture_html):
    data = _payload_of(fixture_html)
    assert len(data["events"]) == 8
    assert set(data["types"]) == {"armed_clash", "casualties", "military_alert_deployment",
                                  "shelling_airstrike", "capture_detention", "protest",
                                  "territory_change", "appeal_demand"}
    # the two border events share one drawn line; the area event is drawn as its polygon
    kinds = sorted(g[1]["type"] for g in data["geoms"])
    assert kinds == ["MultiLineString", "Polygon"]
    assert len(data["articles"]) == 2              # article info is stored once per article
    assert data["dates"][0] == "2021-11-16" and data["dates"][-1] == "2021-11-25"


def test_sides_are_the_countries_of_the_events(fixture_html):
    data = _payload_of(fixture_html)
    sides = [o["iso2"] for o in data["outlines"] if o["side"]]
    assert sides[:2] == ["AM", "AZ"] or sides[:2] == ["AZ", "AM"]
    neighbours = {o["iso2"] for o in data["outlines"] if not o["side"]}
    assert {"GE", "IR", "TR"} <= neighbours
    assert "ID" not in {o["iso2"] for o in data["outlines"]}   # Jakarta is a dateline, not a side
    assert [b["id"] for b in data["borders"]] == ["geomap:border-am-az"]
    assert [a["id"] for a in data["areas"]] == ["geomap:test-area"]


def test_shared_border_lies_on_both_countries():
    from shapely.geometry import shape
    region = draw_geo.Region((43.0, 38.5, 47.5, 41.5), ["AM", "AZ"])
    layers = draw_geo.outline_layers(region)
    line = shape(layers["borders"][0]["geometry"])
    am, az = draw_geo.country_geometry("AM"), draw_geo.country_geometry("AZ")
    assert line.length > 5          # degrees: hundreds of km, Nakhchivan's stretch included
    # every vertex is on the boundary of both countries (within the simplification tolerance)
    tol = draw_geo.tolerance_for(region.bounds) * 2
    for part in getattr(line, "geoms", [line]):
        for x, y in list(part.coords)[::5]:
            from shapely.geometry import Point
            p = Point(x, y)
            assert am.boundary.distance(p) < tol and az.boundary.distance(p) < tol


def test_event_countries_from_geometry_when_the_store_gave_none():
    recs = B.fixture_records()
    counts = draw_geo.event_countries(recs)
    # border events count for both sides; Gyumri, Berd, Jermuk, Yerevan, Goris are in Armenia
    assert counts["AM"] == 7 and counts["AZ"] == 3
    jakarta = B.record(B._event("protest", "x", "x", date=None, place="Jakarta", lat=-6.21, lon=106.85),
                       B.ARTICLE_A, 1)
    assert draw_geo.event_countries([jakarta]) == {"ID": 1}


def test_region_is_derived_from_the_events_anywhere():
    # Nothing is tied to the Caucasus: events on the Thailand–Cambodia border give that region.
    recs = [B.record(B._event("armed_clash", "Troops clashed near the temple.", "clashed",
                              date="2025-07-24", place="Preah Vihear", lat=14.39, lon=104.68), B.ARTICLE_A, 1),
            B.record(B._event("shelling_airstrike", "Shells fell on the district.", "Shells fell",
                              date="2025-07-25", place="Kantharalak", lat=14.65, lon=104.65), B.ARTICLE_A, 2)]
    region = draw_geo.resolve_region("auto", recs)
    assert set(region.sides) == {"KH", "TH"}
    w, s, e, n = region.bounds
    assert w < 104.65 < e and s < 14.39 < n and e - w < 5
    borders = draw_geo.outline_layers(region)["borders"]
    assert [b["id"] for b in borders] == ["geomap:border-kh-th"]


def test_auto_view_opens_on_the_theatre_with_most_events():
    # The Caucasus fixture plus two events in Ukraine: the first view is the Caucasus, Ukraine
    # is not a highlighted side, and the legend says events lie outside the view.
    far = [B.record(B._event("shelling_airstrike", "Missiles hit the city.", "hit", date="2022-10-10",
                             place="Kyiv", lat=50.45, lon=30.52), B.ARTICLE_B, 100 + i) for i in range(2)]
    recs = B.fixture_records() + far
    region = draw_geo.resolve_region("auto", recs)
    w, s, e, n = region.bounds
    assert w > 38 and n < 44 and set(region.sides) == {"AM", "AZ"}
    payload = build_payload(recs, [], region, {"outlines": [], "borders": []}, [], drawable_events(recs)[1], None)
    assert "2 event(s) lie outside this first view" in payload["hidden"]
    assert len(payload["events"]) == 10                      # still on the map


@pytest.mark.parametrize("spec, inside", [("Armenia", (44.5, 40.2)), ("AM", (44.5, 40.2)),
                                          ("Азербайджан", (49.9, 40.4)), ("44,39,46,41", (45, 40))])
def test_region_by_name_code_or_bbox(spec, inside):
    w, s, e, n = draw_geo.resolve_region(spec, B.fixture_records()).bounds
    assert w <= inside[0] <= e and s <= inside[1] <= n
    assert e - w < 10


@pytest.mark.parametrize("spec", ["Atlantis-that-never-was", "10,20,5,30", "1,2,3", "0,0,0,200"])
def test_bad_region_is_a_user_error(spec):
    with pytest.raises(draw_geo.RegionError):
        draw_geo.resolve_region(spec, [])


@pytest.mark.slow
def test_curated_area_from_the_gazetteer_is_drawn_as_approximate(gazetteer):
    # A curated region named in an article (here Nagorno-Karabakh, from the gazetteer's curated
    # layer) is outlined and labelled approximate when it lies in the view.
    cand = gazetteer.lookup("Nagorno-Karabakh", limit=1)[0]
    place = cand.place.to_json(with_geometry=True)
    assert place["id"].startswith("geomap:") and place["geometry"]["type"] in ("Polygon", "MultiPolygon")
    region = draw_geo.resolve_region("auto", B.fixture_records())
    areas = draw_geo.approximate_areas([{"place": place, "count": 2, "roles": {"context": 2}}], region)
    assert [a["id"] for a in areas] == [place["id"]]
    # …and not when the view is elsewhere
    far = draw_geo.Region((100.0, -10.0, 110.0, 0.0), ["ID"])
    assert draw_geo.approximate_areas([{"place": place, "count": 1, "roles": {}}], far) == []


def test_no_events_gives_a_world_map(tmp_path):
    out = draw_map([], [], tmp_path / "empty.html")
    data = _payload_of(out.read_text(encoding="utf-8"))
    assert data["events"] == [] and data["dates"] == []
    assert draw_geo.resolve_region("auto", []).bounds == draw_geo.WORLD


def test_undrawable_events_are_counted_not_drawn():
    recs = B.fixture_records()
    recs[0]["negated"] = True
    recs[1]["location"] = None
    recs[2]["location"]["lat"] = float("nan")
    drawn, skipped = drawable_events(recs)
    assert len(drawn) == 5 and skipped == {"negated": 1, "no place": 2}
    region = draw_geo.resolve_region("auto", drawn)
    payload = build_payload(drawn, [], region, {"outlines": [], "borders": []}, [], skipped, None)
    assert "2 event(s) without a known place" in payload["hidden"]
    assert "1 negated event(s)" in payload["hidden"]


def test_article_strings_never_reach_the_page_as_markup(tmp_path):
    out = draw_map(B.xss_records(), [], tmp_path / "x.html", title="<script>alert(9)</script>")
    html = out.read_text(encoding="utf-8")
    # In the payload every < is \u003c: a '</script>' in an article cannot close the script.
    assert "<script>window.__xss" not in html and "<img src=x" not in html
    assert "<script>alert(9)" not in html
    data = _payload_of(html)
    assert data["articles"][0][0] == B.XSS_TITLE       # the text itself is kept, as data
    assert script_json({"s": "</script><!--\u2028"}) == '{"s":"\\u003c/script\\u003e\\u003c!--\\u2028"}'


def test_template_syntax_in_articles_stays_text(tmp_path):
    # folium renders through Jinja: article text must never be evaluated as a template.
    recs = B.fixture_records()[:1]
    recs[0]["sentence"] = "Prices {{ 7*7 }} rose {% for x in y %} and {# note #} fell."
    recs[0]["article"]["title"] = "{{ config }} {% raw %}"
    html = draw_map(recs, [], tmp_path / "j.html").read_text(encoding="utf-8")
    data = _payload_of(html)
    assert data["events"][0][6] == "Prices {{ 7*7 }} rose {% for x in y %} and {# note #} fell."
    assert data["articles"][0][0] == "{{ config }} {% raw %}"


def test_write_is_atomic_and_rejects_a_folder(tmp_path):
    from geomap.draw import MapError
    (tmp_path / "dir.html").mkdir()
    with pytest.raises(MapError):
        draw_map(B.fixture_records(), [], tmp_path / "dir.html")
    out = draw_map(B.fixture_records(), [], tmp_path / "deep" / "er" / "m.html")
    assert out.exists() and not list(out.parent.glob(".geomap-*"))
    assert oct(out.stat().st_mode & 0o044) == oct(0o044)       # readable by others: it is shared


# ---------------------------------------------------------------- through the real store and CLI

def _document() -> Document:
    """A small article, annotated by hand, stored through the real Store."""
    text = ("Border clash near Gyumri\n\nTroops exchanged fire near Gyumri on Tuesday, the "
            "ministry said. Two soldiers were detained near Jermuk.")
    doc = Document(text=text, title="Border clash near Gyumri", lang="en", published="2021-11-16",
                   source="Test Wire", url="https://example.org/gyumri")
    gyumri = Place(id="geonames:616635", name="Gyumri", country="AM", feature="city",
                   lat=40.79305, lon=43.84635, population=114667)
    jermuk = Place(id="geonames:616629", name="Jermuk", country="AM", feature="city",
                   lat=39.84168, lon=45.66914, population=4572)
    i, j = text.index("Gyumri on"), text.index("Jermuk")
    doc.mentions = [Mention("Gyumri", i, i + 6, "event", 0.9, gyumri),
                    Mention("Jermuk", j, j + 6, "event", 0.8, jermuk)]
    s1 = text.index("Troops")
    s2 = text.index("Two soldiers")

    def loc(p, m):
        return Location(name=p.name, place_id=p.id, lat=p.lat, lon=p.lon,
                        geometry={"type": "Point", "coordinates": [p.lon, p.lat]}, precision=1, mention=m)
    doc.events = [
        Event("armed_clash", text[s1:s2].strip(), s1, s2, "exchanged fire", cameo="190",
              date="2021-11-16", date_precision=1, actors=["troops"], location=loc(gyumri, "Gyumri"),
              confidence=0.8),
        Event("capture_detention", text[s2:], s2, len(text), "detained", cameo="173",
              date="2021-11-17", date_precision=1, captured=2, location=loc(jermuk, "Jermuk"),
              confidence=0.7)]
    return doc


@pytest.fixture
def store_db(workdir):
    db = workdir / "geomap.db"
    with Store.open(db) as store:
        store.add_document(_document())
    return db


def test_write_default_map_from_the_store(store_db, tmp_path):
    with Store.open(store_db, readonly=True) as store:
        out = write_default_map(store, tmp_path / "maps")
    assert out == tmp_path / "maps" / "geomap.html"
    data = _payload_of(out.read_text(encoding="utf-8"))
    assert sorted(e[0] for e in data["events"]) == ["armed_clash", "capture_detention"]
    assert {p[0] for p in data["places"]} == {"Gyumri", "Jermuk"}


def test_cli_map_writes_the_file(run, store_db, workdir):
    res = run("map", "-o", "maps/x.html", "--title", "Test", "--json")
    assert res.code == 0, res
    summary = res.json()
    assert summary["drawn"] == 2 and summary["events"] == 2
    html = (workdir / "maps" / "x.html").read_text(encoding="utf-8")
    assert "<title>Test</title>" in html
    assert "map:" in res.err and "2 events drawn" in res.err


def test_cli_map_filters(run, store_db, workdir):
    res = run("map", "-o", "m.html", "--type", "capture_detention", "--json")
    assert res.code == 0, res
    data = _payload_of((workdir / "m.html").read_text(encoding="utf-8"))
    assert [e[0] for e in data["events"]] == ["capture_detention"]
    res = run("map", "-o", "m2.html", "--until", "2021-11-16", "--region", "Armenia", "--json")
    assert res.code == 0, res
    assert res.json()["drawn"] == 1


def test_cli_map_default_output(run, store_db, workdir):
    res = run("map")
    assert res.code == 0, res
    assert (workdir / "maps" / "geomap.html").exists()      # $GEOMAP_MAPS/geomap.html


@pytest.mark.parametrize("args", [["--region", "Nowhere-land-xyz"], ["--region", "50,10,40,20"],
                                  ["--since", "2021-13-45"], ["--type", "picnic"],
                                  ["--bbox", "1,2,3"], ["-o", "map.png"]])
def test_cli_map_bad_input(run, store_db, args):
    assert_one_line_error(run("map", *args))


def test_cli_map_without_a_store(run, workdir):
    res = run("map", "--db", str(workdir / "none.db"))
    assert_one_line_error(res)
    assert not (workdir / "none.db").exists()


def test_cli_map_output_folder_is_an_error(run, store_db, workdir):
    (workdir / "folder.html").mkdir()
    assert_one_line_error(run("map", "-o", "folder.html"))


def test_browser_tests_fail_on_ci_when_the_browser_is_missing(monkeypatch, tmp_path):
    monkeypatch.setattr(B, "NODE_MODULES", tmp_path / "no_node_modules")
    monkeypatch.setenv("CI", "true")
    with pytest.raises(pytest.fail.Exception, match="npm ci"):
        B.require_browser()
    monkeypatch.delenv("CI")
    with pytest.raises(pytest.skip.Exception):
        B.require_browser()


def test_every_cdn_url_folium_emits_is_served_locally(fixture_html):
    # The tests serve folium's CDN assets from npm copies; a new URL would break them offline.
    B.require_browser()              # fails on CI, skips locally, without the npm copies
    urls = re.findall(r'<(?:script|link)\b[^>]*?(?:src|href)\s*=\s*"(https://[^"]+)"', fixture_html)
    assert len(urls) > 10
    missing = [u for u in urls if B.resolve_asset(u) is None and u.rsplit("/", 1)[-1] not in B.STUBS]
    assert missing == []
