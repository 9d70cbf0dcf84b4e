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
    """'@scope/pkg@1.2.3/dist/x.js' → ('@scope/pkg', 'dist/x.js')."""
    parts = spec.split("/")
    n = 2 if spec.startswith("@") else 1
    name = "/".join(parts[:n]).rsplit("@", 1)[0] if "@" in "/".join(parts[:n]).lstrip("@") else "/".join(parts[:n])
    return name, "/".join(parts[n:])


def resolve_asset(url: str) -> Path | None:
    """The local file answering a CDN URL, or None."""
    u = urlsplit(url)
    host, path = u.netloc.lower(), u.path.lstrip("/")
    if host == "cdn.jsdelivr.net" and path.startswith("npm/"):
        name, rel = _npm_split(path[4:])
        return _first_file(NODE_MODULES / name, [""], rel)
    if host == "cdn.jsdelivr.net" and path.startswith("gh/"):
        # gh/<owner>/<repo>@<ver>/<path>: the repository is published on npm under its name.
        parts = path.split("/")
        repo = parts[2].split("@")[0]
        return _first_file(NODE_MODULES / repo, [""], "/".join(parts[3:]))
    if host == "cdnjs.cloudflare.com" and path.startswith("ajax/libs/"):
        parts = path.split("/")
        lib, rel = parts[2], "/".join(parts[4:])
        if lib.lower() in CDNJS:
            pkg, subdirs = CDNJS[lib.lower()]
            return _first_file(NODE_MODULES / pkg, subdirs, rel)
        return None
    if host == "code.jquery.com":
        m = re.match(r"jquery-[\d.]+(\.min)?\.js$", path)
        return _first_file(NODE_MODULES / "jquery", ["dist"], "jquery.min.js") if m else None
    return None


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


def wait_markers_settled(page, timeout: int = 10000) -> None:
    """MarkerCluster adds markers in chunks: wait until every shown event is in a cluster or a
    marker on screen (counts stable across two animation frames)."""
    page.wait_for_function(
        """() => {
            const n = visibleEventCount();
            if (window.__gmLast === n) return true;
            window.__gmLast = n; return false;
        }""".replace("visibleEventCount()", VISIBLE_COUNT_JS), timeout=timeout, polling=200)


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
