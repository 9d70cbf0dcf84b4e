"""Open geomap's HTML maps in Debian's headless chromium, offline.

folium pages load Leaflet & co. from CDNs. Here every request is answered locally: CDN URLs from
the npm packages in tests/assets/node_modules (exact versions in tests/assets/package.json),
map tiles with a blank 256×256 PNG, two cosmetic stylesheets that no npm package has with an
empty stylesheet. Any other URL is recorded in `Page.unmatched` and the tests fail on it, so a
new CDN reference cannot slip in unnoticed (nor can a page silently try to phone home).
"""
from __future__ import annotations

import base64
import mimetypes
import os
import re
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest

CHROMIUM = Path("/usr/bin/chromium")
ASSETS = Path(__file__).resolve().parent / "assets"
NODE_MODULES = ASSETS / "node_modules"
ARTIFACTS = Path(__file__).resolve().parent / "artifacts"
LAUNCH_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
               "--disable-component-update", "--no-first-run", "--disable-sync", "--disable-quic"]

def _blank_png(size: int = 256) -> bytes:
    """A fully transparent size×size RGBA PNG, built with zlib (no image library needed)."""
    import struct
    import zlib

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (struct.pack(">I", len(data)) + kind + data
                + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF))
    raw = b"".join(b"\x00" + b"\x00" * (4 * size) for _ in range(size))
    return (b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", size, size, 8, 6, 0, 0, 0))
            + chunk(b"IDAT", zlib.compress(raw, 9)) + chunk(b"IEND", b""))


BLANK_TILE = _blank_png()

# cdnjs library name → npm package, and where in the package its files live.
CDNJS = {
    "leaflet.awesome-markers": ("drmonty-leaflet-awesome-markers", ["css", "js", ""]),
    "highlight.js": ("highlight.js", ["styles", "lib", ""]),
    "jquery": ("jquery", ["dist"]),
    "jqueryui": ("jquery-ui-dist", [""]),
    "leaflet-minimap": ("leaflet-minimap", ["dist", ""]),
    "leaflet.markercluster": ("leaflet.markercluster", ["dist"]),
    "moment.js": ("moment", ["min", ""]),
    "leaflet": ("leaflet", ["dist"]),
}
# Stylesheets not published on npm: purely cosmetic (glyphicons, rotated awesome-markers).
STUBS = ("bootstrap-glyphicons.css", "leaflet.awesome.rotate.min.css", "leaflet.awesome.rotate.css")
TILE_HOSTS = re.compile(r"(tile|basemaps|arcgisonline|opentopomap|cartocdn)", re.I)


def browser_missing() -> str | None:
    """Why the browser tests cannot run here, or None."""
    if not CHROMIUM.exists():
        return f"{CHROMIUM} is missing (apt-get install chromium, or `make browser`)"
    if not NODE_MODULES.is_dir():
        return f"{NODE_MODULES} is missing (cd tests/assets && npm ci, or `make browser`)"
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError:
        return "playwright for Python is not installed (pip install playwright; never `playwright install`)"
    return None


def require_browser() -> None:
    """Fail with a clear message on CI (CI=true); skip locally."""
    why = browser_missing()
    if why is None:
        return
    if os.environ.get("CI", "").lower() in ("1", "true", "yes"):
        pytest.fail(f"browser tests cannot run: {why}", pytrace=False)
    pytest.skip(f"browser tests skipped: {why}")


def _variants(path: str) -> list[str]:
    """The file as asked, then with '.min' dropped or added (npm and CDNs disagree on it)."""
    out = [path]
    if ".min." in path:
        out.append(path.replace(".min.", "."))
    else:
        stem, dot, ext = path.rpartition(".")
        if dot:
            out.append(f"{stem}.min.{ext}")
    return out


def _first_file(pkg_dir: Path, subdirs: list[str], rel: str) -> Path | None:
    for sub in subdirs:
        for variant in _variants(rel):
            candidate = (pkg_dir / sub / variant) if sub else (pkg_dir / variant)
            if candidate.is_file():
                return candidate
    # Relative references inside a stylesheet (images/…, webfonts/…): look for the file name.
    name = Path(rel).name
    for candidate in pkg_dir.rglob(name):
        if candidate.is_file() and "node_modules" not in candidate.relative_to(pkg_dir).parts:
            return candidate
    return None


def _npm_split(spec: str) -> tuple[str, str]:
    """'@scope/pkg@1.2.3/dist/x.js' → ('@scope/pkg', 'dist/x.js'); the version is dropped."""
    m = re.match(r"^((?:@[^/]+/)?[^/@]+)(?:@[^/]+)?/(.*)$", spec)
    return (m.group(1), m.group(2)) if m else (spec, "")


# CDN versions that npm does not have, and the npm version standing in for them.
SUBSTITUTES = {("jquery-ui-dist", "1.10.2"): "1.12.1"}


def _version_ok(pkg: str, wanted: str | None) -> bool:
    """The npm copy is the version the page asks for ('8.4' accepts 8.4.x), or its stand-in."""
    if not wanted:
        return True
    try:
        import json
        have = json.loads((NODE_MODULES / pkg / "package.json").read_text())["version"]
    except (OSError, ValueError, KeyError):
        return False
    wanted = SUBSTITUTES.get((pkg, wanted), wanted)
    return have == wanted or have.startswith(wanted + ".")


def resolve_asset(url: str) -> Path | None:
    """The local file answering a CDN URL, or None (unknown file, or another version than
    tests/assets/package.json pins: a folium upgrade must not pass with stale copies)."""
    u = urlsplit(url)
    host, path = u.netloc.lower(), u.path.lstrip("/")
    pkg, subdirs, rel, version = None, [""], "", None
    if host == "cdn.jsdelivr.net" and path.startswith("npm/"):
        pkg, rel = _npm_split(path[4:])
        m = re.match(r"^(?:@[^/]+/)?[^/@]+@([^/]+)/", path[4:])
        version = m.group(1) if m else None
    elif host == "cdn.jsdelivr.net" and path.startswith("gh/"):
        # gh/<owner>/<repo>@<ver>/<path>: the repository is published on npm under its name.
        parts = path.split("/")
        pkg, _, version = parts[2].partition("@")
        rel = "/".join(parts[3:])
    elif host == "cdnjs.cloudflare.com" and path.startswith("ajax/libs/"):
        parts = path.split("/")
        if parts[2].lower() not in CDNJS:
            return None
        pkg, subdirs = CDNJS[parts[2].lower()]
        version, rel = parts[3], "/".join(parts[4:])
    elif host == "code.jquery.com":
        m = re.match(r"jquery-([\d.]+?)(\.min)?\.js$", path)
        if not m:
            return None
        pkg, subdirs, rel, version = "jquery", ["dist"], "jquery.min.js", m.group(1)
    if pkg is None or not _version_ok(pkg, version):
        return None
    return _first_file(NODE_MODULES / pkg, subdirs, rel)


@dataclass
class Served:
    unmatched: list[str] = field(default_factory=list)
    tiles: int = 0
    assets: int = 0


def route_offline(context) -> Served:
    served = Served()

    def handler(route):
        url = route.request.url
        if url.startswith(("file:", "data:", "blob:", "about:")):
            return route.continue_()
        name = Path(urlsplit(url).path).name
        if name in STUBS:
            return route.fulfill(status=200, content_type="text/css", body="/* stub */")
        if TILE_HOSTS.search(urlsplit(url).netloc) and re.search(r"/\d+/\d+/\d+", urlsplit(url).path):
            served.tiles += 1
            return route.fulfill(status=200, content_type="image/png", body=BLANK_TILE)
        local = resolve_asset(url)
        if local is None:
            served.unmatched.append(url)
            return route.fulfill(status=404, content_type="text/plain", body="not served in tests")
        served.assets += 1
        ctype = mimetypes.guess_type(local.name)[0] or "application/octet-stream"
        if local.suffix == ".js":
            ctype = "application/javascript"
        return route.fulfill(status=200, content_type=ctype, body=local.read_bytes())

    context.route("**/*", handler)
    return served


class MapBrowser:
    """One chromium for a test session; `open(path)` gives a page with the map loaded."""

    def __init__(self):
        from playwright.sync_api import sync_playwright
        self._pw = sync_playwright().start()
        self.browser = self._pw.chromium.launch(executable_path=str(CHROMIUM), args=LAUNCH_ARGS)

    def open(self, html_path: Path, *, width: int = 1280, height: int = 800):
        context = self.browser.new_context(viewport={"width": width, "height": height})
        served = route_offline(context)
        page = context.new_page()
        page.gm_errors = []          # console errors and uncaught exceptions
        page.gm_dialogs = []         # alert()/confirm() calls: a sign of injected script
        page.gm_served = served
        page.on("console", lambda msg: page.gm_errors.append(msg.text) if msg.type == "error" else None)
        page.on("pageerror", lambda exc: page.gm_errors.append(f"pageerror: {exc}"))

        def on_dialog(dialog):
            page.gm_dialogs.append(dialog.message)
            dialog.dismiss()
        page.on("dialog", on_dialog)
        page.goto(Path(html_path).resolve().as_uri(), wait_until="load")
        page.wait_for_function("window.geomap !== undefined && window.L !== undefined", timeout=15000)
        return page

    def close(self):
        try:
            self.browser.close()
        finally:
            self._pw.stop()


def wait_markers_settled(page, timeout: int = 15000, stable_polls: int = 3) -> None:
    """Wait until the markers on screen are final: no zoom or cluster animation running (during
    one, MarkerCluster shows the old markers and the new bubbles together, and it removes the old
    ones from a queue 300 ms after the animation) and the count of
    events on screen unchanged over `stable_polls` polls. A slow machine (CI) can stall an
    animation for longer than one poll, so a single unchanged count is not proof of rest."""
    page.evaluate("window.__gmLast = undefined; window.__gmSame = 0;")
    page.wait_for_function(
        """(need) => {
            const g = window.geomap, m = g && g.map, c = g && g.cluster;
            const busy = !m || m._animatingZoom || m._panAnim && m._panAnim._inProgress
                || (c && (c._inZoomAnimation > 0 || c._queueTimeout))
                || document.querySelector('.leaflet-cluster-anim') !== null;
            const n = visibleEventCount();
            if (busy || window.__gmLast !== n) { window.__gmLast = n; window.__gmSame = 0; return false; }
            window.__gmSame += 1;
            return window.__gmSame >= need;
        }""".replace("visibleEventCount()", VISIBLE_COUNT_JS), arg=stable_polls, timeout=timeout,
        polling=150)


# Events on screen: single event markers plus the numbers written in cluster bubbles.
VISIBLE_COUNT_JS = """(() => {
    const singles = document.querySelectorAll('.leaflet-marker-pane .gm-marker').length;
    let clustered = 0;
    document.querySelectorAll('.leaflet-marker-pane .gm-cluster span').forEach(s => { clustered += parseInt(s.textContent, 10); });
    return singles + clustered;
})()"""


def visible_event_count(page) -> int:
    return page.evaluate(VISIBLE_COUNT_JS)


def screenshot(page, name: str) -> Path:
    ARTIFACTS.mkdir(parents=True, exist_ok=True)
    path = ARTIFACTS / name
    page.screenshot(path=str(path))
    return path


# ---------------------------------------------------------------- map fixtures
# Events written for these tests (not taken from any article), placed at real places of the
# Armenia–Azerbaijan border region, built from the real document model.

ARTICLE_A = {"id": "a" * 64, "title": "Border fighting resumes", "url": "https://news.example.org/border",
             "source": "Example Wire", "lang": "en", "published": "2021-11-16"}
ARTICLE_B = {"id": "b" * 64, "title": "Bentrokan di perbatasan", "url": "https://berita.example.id/x",
             "source": "Contoh News", "lang": "id", "published": "2021-11-18"}

# A stretch of the Armenia–Azerbaijan boundary (lon, lat), roughly along the Syunik/Gegharkunik side.
BORDER_LINE = {"type": "MultiLineString", "coordinates": [
    [[45.62, 40.52], [45.80, 40.30], [45.95, 40.10], [45.85, 39.95], [46.00, 39.75]],
    [[46.05, 39.60], [46.30, 39.45], [46.45, 39.30], [46.55, 39.10]]]}
# A rough hand-drawn area standing in for a curated 'approximate' region (tests only).
APPROX_AREA = {"type": "Polygon", "coordinates": [[
    [46.10, 40.25], [46.95, 40.15], [47.15, 39.75], [46.75, 39.35], [46.30, 39.45], [46.05, 39.85],
    [46.10, 40.25]]]}


def _event(etype, sentence, trigger, *, date, place, lat, lon, mention=None, geometry=None,
           precision=1, place_id=None, **kw):
    from geomap.document import Event, Location
    loc = Location(name=place, place_id=place_id, lat=lat, lon=lon,
                   geometry=geometry or {"type": "Point", "coordinates": [lon, lat]},
                   precision=precision, mention=mention or place)
    return Event(type=etype, sentence=sentence, start=0, end=len(sentence), trigger=trigger,
                 date=date, date_precision=1 if date else None, location=loc, **kw)


def record(event, article, event_id):
    """A store-like record from a real Event: the schema dict + event_id + article."""
    d = event.to_json()
    d["event_id"] = event_id
    d["article"] = dict(article)
    return d


def fixture_records() -> list[dict]:
    evs = [
        (_event("armed_clash", "Troops of both countries traded fire along the Armenia-Azerbaijan border on Tuesday.",
                "traded fire", date="2021-11-16", place="Armenia–Azerbaijan border", lat=39.95, lon=45.9,
                mention="Armenia-Azerbaijan border", geometry=BORDER_LINE, precision=2,
                place_id="geomap:border-am-az", actors=["Armenia", "Azerbaijan"], cameo="190",
                confidence=0.8), ARTICLE_A),
        (_event("casualties", "At least 15 soldiers were killed and 12 captured in the fighting at the border.",
                "killed", date="2021-11-16", place="Armenia–Azerbaijan border", lat=39.95, lon=45.9,
                mention="border", geometry=BORDER_LINE, precision=2, place_id="geomap:border-am-az",
                actors=["Azerbaijani forces", "Armenian forces"], killed=15, captured=12,
                approximate=True, cameo="190", confidence=0.75), ARTICLE_A),
        (_event("military_alert_deployment", "The Russian base in Gyumri was ordered onto full alert.",
                "full alert", date="2021-11-16", place="Gyumri", lat=40.79305, lon=43.84635,
                place_id="geonames:616635", actors=["Russian armed forces"], cameo="152",
                confidence=0.7), ARTICLE_A),
        (_event("shelling_airstrike", "Artillery shells hit the outskirts of Berd overnight.",
                "Artillery shells hit", date="2021-11-18", place="Berd", lat=40.88, lon=45.39,
                actors=["Azerbaijan"], cameo="194", confidence=0.65), ARTICLE_B),
        (_event("capture_detention", "Two shepherds were detained near Jermuk.", "detained",
                date="2021-11-20", place="Jermuk", lat=39.84, lon=45.67, precision=2,
                actors=["Azerbaijani border guards"], captured=2, cameo="173", confidence=0.6), ARTICLE_B),
        (_event("protest", "Hundreds rallied in Yerevan demanding the return of the prisoners.",
                "rallied", date="2021-11-22", place="Yerevan", lat=40.18, lon=44.51,
                actors=["protesters"], confidence=0.55), ARTICLE_B),
        (_event("territory_change", "Forces took control of two hilltop positions in the area.",
                "took control", date="2021-11-25", place="Approximate area", lat=39.8, lon=46.6,
                geometry=APPROX_AREA, precision=3, place_id="geomap:test-area",
                actors=["Azerbaijani forces"], confidence=0.5), ARTICLE_B),
        (_event("appeal_demand", "Officials in Goris appealed for peacekeepers.", "appealed",
                date=None, place="Goris", lat=39.51, lon=46.34, actors=["Armenia"], cameo="0234",
                confidence=0.6), ARTICLE_B),
    ]
    return [record(e, a, i + 1) for i, (e, a) in enumerate(evs)]


def fixture_places() -> list[dict]:
    def place(pid, name, country, feature, lat, lon, count, roles, geometry=None):
        p = {"id": pid, "name": name, "country": country, "feature": feature, "lat": lat, "lon": lon,
             "population": None,
             "geometry": geometry or {"type": "Point", "coordinates": [lon, lat]}}
        return {"place": p, "count": count, "roles": roles}
    return [
        place("geonames:616635", "Gyumri", "AM", "city", 40.79305, 43.84635, 3, {"event": 2, "context": 1}),
        place("geonames:616052", "Yerevan", "AM", "city", 40.18, 44.51, 6, {"other": 4, "event": 2}),
        place("geonames:587084", "Baku", "AZ", "city", 40.37767, 49.89201, 4, {"other": 4}),
        place("geonames:1642911", "Jakarta", "ID", "city", -6.21462, 106.84513, 1, {"dateline": 1}),
        place("geomap:test-area", "Test Highlands", "AZ", "region", 39.8, 46.6, 2, {"context": 2},
              APPROX_AREA),
    ]


XSS_TITLE = '<script>window.__xss = 1; alert("title")</script>Evil title'
XSS_SENTENCE = 'Shots near <img src=x onerror="window.__xss = 2; alert(\'img\')"> the village.'


def xss_records() -> list[dict]:
    art = {"id": "c" * 64, "title": XSS_TITLE, "url": "javascript:alert('url')",
           "source": '<b onmouseover="window.__xss=3">src</b>', "lang": "en", "published": "2021-11-30"}
    ev = _event("armed_clash", XSS_SENTENCE, "<img src=x onerror", date="2021-11-30",
                place='<svg onload="window.__xss=4">', lat=40.2, lon=45.0,
                mention="<img src=x", actors=['<img src=y onerror="window.__xss=5">'], confidence=0.9)
    return [record(ev, art, 99)]
