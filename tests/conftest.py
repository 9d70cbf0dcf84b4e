"""Fixtures shared by every test module. Stage-specific fixtures live in their own test files.

Tests use the real things: the real gazetteer index (built once per machine and cached), real
SQLite files, the real `geomap` command run as a subprocess, Debian's chromium for the maps.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "tests" / "fixtures"


@pytest.fixture(scope="session")
def gazetteer():
    """The real, full gazetteer index (cached in the user's cache dir; built if missing)."""
    from geomap.gazetteer import Gazetteer

    return Gazetteer.default()


@pytest.fixture(scope="module")
def places(gazetteer):
    """Run the place stage on a short text: {mention text: [Mention, …]}."""
    from geomap.places import find_places
    from geomap.read import read_article

    def _run(text: str, lang: str) -> dict[str, list]:
        doc = find_places(read_article(text, lang=lang, is_text=True), gazetteer)
        out: dict[str, list] = {}
        for m in doc.mentions:
            out.setdefault(m.mention, []).append(m)
        return out
    return _run


class CLIResult:
    def __init__(self, proc: subprocess.CompletedProcess):
        self.proc = proc
        self.code = proc.returncode
        self.out = proc.stdout
        self.err = proc.stderr

    def json(self):
        return json.loads(self.out)

    def __repr__(self):
        return f"<exit {self.code}\nstdout: {self.out[-2000:]}\nstderr: {self.err[-2000:]}>"


@pytest.fixture
def workdir(tmp_path, monkeypatch):
    """A clean working folder: the store, maps and user files of a run go here."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.fixture
def run(workdir):
    """Run the real `geomap` command in `workdir`: run("add", "x.txt", input=..., env={...})."""
    def _run(*args, input: str | bytes | None = None, env: dict | None = None, timeout=300,
             cwd: Path | None = None) -> CLIResult:
        e = dict(os.environ)
        e.setdefault("GEOMAP_DB", str(workdir / "geomap.db"))
        e.setdefault("GEOMAP_MAPS", str(workdir / "maps"))
        e.pop("GEOMAP_DEBUG", None)
        if env:
            e.update(env)
        text = not isinstance(input, bytes)
        proc = subprocess.run([sys.executable, "-m", "geomap", *map(str, args)], input=input,
                              capture_output=True, text=text, env=e, timeout=timeout,
                              cwd=cwd or workdir)
        if not text:
            proc.stdout = proc.stdout.decode("utf-8", "replace")
            proc.stderr = proc.stderr.decode("utf-8", "replace")
        return CLIResult(proc)
    return _run


def assert_one_line_error(res: CLIResult):
    """A user error: non-zero exit, one line on stderr, no traceback."""
    assert res.code != 0, res
    lines = [l for l in res.err.strip().splitlines() if l.strip()]
    assert len(lines) == 1, res
    assert "Traceback" not in res.err, res


def events_of(lang: str, text: str, published: str | None = "2026-03-10"):
    """The events of a text read as one body paragraph (no reader, no places stage around it):
    the event tests' way of asking the events stage about one sentence."""
    from geomap.document import BODY, Document, Segment
    from geomap.events import extract_events
    doc = Document(text=text, lang=lang, published=published, segments=[Segment(BODY, 0, len(text))])
    return extract_events(doc).events


def where_placed(got: dict, name: str):
    """The place of the first mention of name in a ``places`` fixture's result (asserted)."""
    ms = got.get(name)
    assert ms and ms[0].place is not None, (name, sorted(got))
    return ms[0].place


def near(p, lat: float, lon: float, tol: float = 0.5) -> bool:
    """Is place p within tol degrees of (lat, lon) on both axes?"""
    return abs(p.lat - lat) < tol and abs(p.lon - lon) < tol
