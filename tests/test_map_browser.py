"""The map in a real browser: Debian's chromium, headless, driven by Playwright for Python.

Every CDN asset is answered from tests/assets/node_modules and every tile with a blank image
(tests/browser.py); an unexpected URL fails the test. Screenshots go to tests/artifacts/.
"""
from __future__ import annotations

import re

import pytest

import browser as B
from geomap.draw import draw_map, drawable_events

pytestmark = pytest.mark.browser


@pytest.fixture(scope="module")
def chromium():
    B.require_browser()
    b = B.MapBrowser()
    yield b
    b.close()


@pytest.fixture(scope="module")
def fixture_map(tmp_path_factory):
    out = tmp_path_factory.mktemp("map") / "fixture.html"
    records = B.fixture_records()
    draw_map(records, B.fixture_places(), out, title="Test events")
    return out, records


@pytest.fixture
def page(chromium, fixture_map):
    pg = chromium.open(fixture_map[0])
    B.wait_markers_settled(pg)
    yield pg
    unmatched = list(pg.gm_served.unmatched)
    pg.context.close()
    assert unmatched == [], f"the page asked for URLs the tests do not serve: {unmatched}"


def _type_count(page, etype: str) -> int:
    """Events of one type on screen: its single markers plus its share of each cluster bubble
    (the bubble lists them in data-types="type:n …")."""
    return page.evaluate(
        """(t) => {
            let n = document.querySelectorAll('.leaflet-marker-pane .gm-type-' + t).length;
            document.querySelectorAll('.leaflet-marker-pane .gm-cluster [data-types]').forEach(d => {
                d.dataset.types.split(' ').forEach(kv => { const [k, v] = kv.split(':');
                    if (k === t) n += parseInt(v, 10); });
            });
            return n;
        }""", etype)


def _set_slider(page, pos: int) -> None:
    page.evaluate("""(p) => { const s = document.querySelector('.gm-slider');
        s.value = String(p); s.dispatchEvent(new Event('input', {bubbles: true})); }""", pos)
    B.wait_markers_settled(page)


def _open_popup(page, selector: str):
    page.locator(selector).first.click()
    popup = page.locator(".leaflet-popup")
    popup.wait_for(state="visible")
    page.wait_for_function(
        "() => { const p = document.querySelector('.leaflet-popup');"
        " return p && getComputedStyle(p).opacity === '1'; }", timeout=5000)
    return popup


def test_leaflet_loads_offline_without_console_errors(page):
    assert page.evaluate("L.version") == "1.9.3"
    assert page.gm_errors == []
    assert page.gm_served.unmatched == [], "the page asked for URLs the tests do not serve"
    assert page.gm_served.assets > 10
    assert page.gm_dialogs == []
    # The controls a reader expects are there.
    for sel in (".leaflet-control-layers", ".leaflet-control-scale", ".leaflet-control-minimap",
                ".leaflet-control-measure", ".gm-time", ".gm-legend", ".gm-title"):
        assert page.locator(sel).count() == 1, sel
    assert page.locator("#" + page.evaluate("geomap.map.getContainer().id") +
                        " > .leaflet-control-container [class*=fullscreen]").count() >= 1
    attribution = page.locator(".leaflet-control-attribution").inner_text()
    assert "GeoNames" in attribution and "Natural Earth" in attribution and "OpenStreetMap" in attribution


def test_every_event_is_on_the_map_once(page, fixture_map):
    drawn, _ = drawable_events(fixture_map[1])
    assert len(drawn) == 8
    assert B.visible_event_count(page) == len(drawn)
    # The same after zooming in (clusters split) and out (they merge).
    page.evaluate("geomap.map.setZoom(11, {animate: false})")
    B.wait_markers_settled(page)
    page.evaluate("geomap.map.fitBounds([[39.0, 43.5], [41.2, 47.5]], {animate: false})")
    B.wait_markers_settled(page)
    assert B.visible_event_count(page) == len(drawn)
    layers = page.evaluate("geomap.cluster.getLayers().length")
    assert layers == len(drawn)


def test_vector_layers_render_without_tiles(page):
    # Tiles are blank images here: outlines, the shared border and the approximate area must
    # still be drawn as SVG paths, and the countries of the events labelled.
    paths = page.locator(".leaflet-overlay-pane path").count()
    assert paths >= 5
    labels = page.locator(".gm-country-label").all_inner_texts()
    assert {"Armenia", "Azerbaijan"} <= {t.strip().title() for t in labels}
    assert "approx" in " ".join(page.locator(".gm-area-label").all_inner_texts())
    legend = page.locator(".gm-legend").inner_text()
    assert "Armed clash" in legend and "shared border" in legend and "approximate outline" in legend


def test_unticking_a_layer_hides_its_markers(page):
    before = B.visible_event_count(page)
    clashes = _type_count(page, "armed_clash")
    assert clashes == 1
    label = page.locator(".leaflet-control-layers-overlays label", has_text="Armed clash")
    label.locator("input").uncheck()
    B.wait_markers_settled(page)
    assert _type_count(page, "armed_clash") == 0
    assert B.visible_event_count(page) == before - clashes
    label.locator("input").check()
    B.wait_markers_settled(page)
    assert B.visible_event_count(page) == before
    # Base layers are radio buttons; switching them must not drop the events.
    page.locator(".leaflet-control-layers-base label", has_text="OpenTopoMap").locator("input").check()
    B.wait_markers_settled(page)
    assert B.visible_event_count(page) == before
    assert page.gm_errors == []


def test_clicking_a_marker_opens_its_popup(page):
    page.evaluate("geomap.map.setView([40.79305, 43.84635], 10, {animate: false})")
    B.wait_markers_settled(page)
    page.locator(".gm-type-military_alert_deployment").first.hover()
    tooltip = page.locator(".leaflet-tooltip", has_text="Military alert")
    tooltip.wait_for(state="visible")
    assert "2021-11-16" in tooltip.inner_text() and "Gyumri" in tooltip.inner_text()
    popup = _open_popup(page, ".gm-type-military_alert_deployment")
    text = popup.inner_text()
    for expected in ("Military alert / deployment", "2021-11-16", "(day)", "Gyumri",
                     "Russian armed forces", "CAMEO 152", "Border fighting resumes", "Example Wire",
                     "Confidence 70 %"):
        assert expected in text, expected
    assert popup.locator("mark.gm-trigger").inner_text() == "full alert"
    assert popup.locator("mark.gm-place").inner_text() == "Gyumri"
    link = popup.locator("a", has_text="Border fighting resumes")
    assert link.get_attribute("href") == "https://news.example.org/border"
    assert link.get_attribute("rel") == "noopener noreferrer nofollow"
    B.screenshot(page, "map_popup.png")


def test_counts_and_at_least_in_popup(page):
    page.evaluate("geomap.map.setView([39.95, 45.9], 12, {animate: false})")
    B.wait_markers_settled(page)
    # Two events on the same border point: the cluster spiderfies on click at max zoom.
    page.evaluate("geomap.map.setZoom(18, {animate: false})")
    B.wait_markers_settled(page)
    cluster = page.locator(".gm-cluster")
    if cluster.count():
        cluster.first.click()
        page.wait_for_timeout(600)
    popup = _open_popup(page, ".gm-type-casualties")
    text = popup.inner_text()
    assert "killed 15" in text and "captured 12" in text and "(at least)" in text


def test_time_slider_changes_what_is_shown(page, fixture_map):
    dates = page.evaluate("geomap.dates")
    assert dates == ["2021-11-16", "2021-11-18", "2021-11-20", "2021-11-22", "2021-11-25"]
    total = B.visible_event_count(page)
    _set_slider(page, 0)                                   # up to 2021-11-16
    assert B.visible_event_count(page) == 3
    # the histogram above the slider: one bar per date, those shown highlighted
    assert page.locator(".gm-hist rect").count() == len(dates)
    assert page.locator(".gm-hist rect.on").count() == 1
    assert "2021-11-16" in page.locator(".gm-date").inner_text()
    _set_slider(page, 2)                                   # up to 2021-11-20
    assert B.visible_event_count(page) == 5
    page.select_option(".gm-window", "1")                  # that day only
    B.wait_markers_settled(page)
    assert B.visible_event_count(page) == 1
    assert _type_count(page, "capture_detention") == 1
    page.select_option(".gm-window", "0")
    _set_slider(page, len(dates))                          # all, the undated appeal included
    assert B.visible_event_count(page) == total
    # Play walks through the dates from the start.
    page.locator(".gm-play").click()
    page.wait_for_function("document.querySelector('.gm-date').textContent.includes('2021-11-18')",
                           timeout=5000)
    assert B.visible_event_count(page) < total
    page.locator(".gm-play").click()                       # pause
    B.screenshot(page, "map_time_slider.png")
    assert page.gm_errors == []


def test_clicking_an_event_line_lists_its_events(page):
    # The border line two events are placed on: its popup lists both, linked to their source.
    page.evaluate("geomap.map.setView([40.30, 45.80], 11, {animate: false})")
    B.wait_markers_settled(page)
    page.evaluate("""() => { const l = geomap.groups.geoms.getLayers()
        .find(l => l.gmEvents.length === 2); l.openPopup([40.30, 45.80]); }""")
    popup = page.locator(".leaflet-popup", has_text="event(s) shown here")
    popup.wait_for(state="visible")
    text = popup.inner_text()
    assert "Armed clash" in text and "Casualties" in text and "2 event(s) shown here" in text
    assert popup.locator("a[href='https://news.example.org/border']").count() == 2
    _set_slider(page, 1)
    page.wait_for_timeout(100)
    counts = page.evaluate("geomap.groups.geoms.getLayers().map(l => l.gmEvents.length).sort()")
    assert counts == [2]              # the area event (2021-11-25) is not shown before its date


def test_small_screen_folds_the_layer_list_and_legend(chromium, fixture_map):
    page = chromium.open(fixture_map[0], width=420, height=760)
    try:
        B.wait_markers_settled(page)
        page.wait_for_timeout(100)
        assert page.locator(".leaflet-control-layers-expanded").count() == 0
        assert page.evaluate("document.querySelector('.gm-legend details').open") is False
        page.locator(".leaflet-control-layers-toggle").click()
        assert page.locator(".leaflet-control-layers-expanded").count() == 1
        B.screenshot(page, "map_small_screen.png")
        assert page.gm_errors == []
    finally:
        page.context.close()


def test_measure_a_distance(page):
    # 200 px apart at the fixture's zoom is tens of km: the control must report kilometres.
    box = page.locator(".leaflet-control-measure-toggle").bounding_box()
    page.mouse.move(box["x"] + 5, box["y"] + 5)                 # the control opens on hover
    page.locator(".leaflet-control-measure .js-start").click()
    page.mouse.click(450, 350)
    page.mouse.click(650, 350)
    page.locator(".leaflet-control-measure .js-finish").click()
    popup = page.locator(".leaflet-popup", has_text="Linear measurement")
    popup.wait_for(state="visible")
    km = float(re.search(r"([\d.,]+) Kilometers", popup.inner_text()).group(1).replace(",", ""))
    assert 20 < km < 400
    assert page.gm_errors == []


def test_overview_screenshot(page):
    path = B.screenshot(page, "map_overview.png")
    assert path.stat().st_size > 20_000          # a real rendered map, not a blank page


def test_article_text_cannot_run_script(chromium, tmp_path):
    out = tmp_path / "xss.html"
    draw_map(B.xss_records(), [{"place": {"id": "x", "name": '<img src=z onerror="window.__xss=6">',
                                          "country": "AM", "lat": 40.2, "lon": 45.0},
                                "count": 1, "roles": {"event": 1}}],
             out, title='<img src=t onerror="window.__xss=7">')
    page = chromium.open(out)
    try:
        B.wait_markers_settled(page)
        page.evaluate("geomap.map.setView([40.2, 45.0], 12, {animate: false})")
        B.wait_markers_settled(page)
        page.locator(".gm-type-armed_clash").first.hover()
        popup = _open_popup(page, ".gm-type-armed_clash")
        text = popup.inner_text()
        # The hostile strings are shown as text …
        assert "<script>" in text and "onerror" in text and "<svg" in text
        # … and none of them became markup or ran.
        assert popup.locator("img, script, svg").count() == 0
        assert page.locator("[onerror], [onload], [onmouseover]").count() == 0
        assert popup.locator(".gm-popup a").count() == 0   # a javascript: URL is not linked
        assert page.locator(".gm-title").inner_text().startswith("<img")
        assert page.title() == '<img src=t onerror="window.__xss=7">'
        page.wait_for_timeout(300)
        assert page.evaluate("window.__xss") is None
        assert page.gm_dialogs == []
        assert page.locator("img[src='x'], img[src='y'], img[src='z'], img[src='t']").count() == 0
        B.screenshot(page, "map_xss.png")
        assert page.gm_errors == []
    finally:
        page.context.close()


@pytest.mark.slow
def test_example_article_map(chromium, run, workdir):
    """The bundled Indonesian example through the real pipeline, store and CLI: the clash is
    drawn on the Armenia–Azerbaijan border line, the alert at Gyumri, nothing at the dateline
    (Jakarta) or at Baku."""
    import json
    import re
    from pathlib import Path

    article = Path(__file__).resolve().parents[1] / "examples" / "articles" / "id-armenia-azerbaijan-2021-11-16.txt"
    res = run("add", "--no-map", article)
    assert res.code == 0, res
    res = run("map", "-o", "example.html", "--json")
    assert res.code == 0, res
    html = (workdir / "example.html").read_text(encoding="utf-8")
    data = json.loads(re.search(r"var D = (\{.*?\});\n", html).group(1))
    events = data["events"]
    by_place = {(e[0], e[9]) for e in events}
    clash = [e for e in events if e[0] == "armed_clash" and e[18] >= 0
             and data["geoms"][e[18]][1]["type"] in ("LineString", "MultiLineString")]
    assert clash, f"no clash drawn on a line: {sorted(by_place)}"
    line = data["geoms"][clash[0][18]]
    assert "Armenia" in line[0] and "Azerbaijan" in line[0]
    assert ("military_alert_deployment", "Gyumri") in by_place
    places = {e[9] for e in events}
    assert "Jakarta" not in places and "Baku" not in places
    sides = {o["iso2"] for o in data["outlines"] if o["side"]}
    assert {"AM", "AZ"} <= sides
    page = chromium.open(workdir / "example.html")
    try:
        B.wait_markers_settled(page)
        assert B.visible_event_count(page) == len(events)
        assert page.gm_errors == [] and page.gm_served.unmatched == []
        B.screenshot(page, "map_example.png")
    finally:
        page.context.close()
