"""`geomap add` end to end: the real pipeline (read → places → events) on the fixture articles in
tests/fixtures/store/, the real store, the real command run as a subprocess."""
from __future__ import annotations

import json
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from conftest import FIXTURES, assert_one_line_error

ARTICLES = FIXTURES / "store"
N_FIXTURES = len([p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".html", ".md")])


def dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def make_batch(folder: Path, n: int, tag: str = "") -> list[Path]:
    """n distinct article files made from the fixtures (each with its own closing note)."""
    sources = sorted(p for p in ARTICLES.iterdir() if p.suffix in (".txt", ".md"))
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        src = sources[i % len(sources)]
        p = folder / f"{tag}{i:04d}-{src.name}"
        p.write_text(src.read_text(encoding="utf-8") + f"\n\n(Archive copy {tag}{i}.)\n",
                     encoding="utf-8")
        out.append(p)
    return out


def test_add_a_folder_of_articles_in_many_languages(run, workdir):
    res = run("add", ARTICLES, "--no-map")
    assert res.code == 0, res
    assert res.err.count("added ") == N_FIXTURES, res
    assert f"{N_FIXTURES} added" in res.err
    arts = run("articles", "--json").json()
    assert len(arts) == N_FIXTURES
    assert {a["lang"] for a in arts} >= {"en", "id", "ru", "tr", "fr", "de", "es", "it", "ms"}
    events = run("events", "--format", "json").json()
    assert events and {e["article"]["id"] for e in events} <= {a["id"] for a in arts}
    # the English article about the shelling of Armenian towns has events located in Armenia
    jermuk = next(a for a in arts if "Jermuk" in (a["title"] or ""))
    located = run("events", "--article", jermuk["id"][:10], "--country", "AM", "--format",
                  "json").json()
    assert located and all("AM" in e["countries"] for e in located)
    assert not (workdir / "maps").exists()        # --no-map


def test_adding_again_changes_nothing(run, workdir):
    assert run("add", ARTICLES, "--no-map").code == 0
    before = dump(workdir / "geomap.db")
    res = run("add", ARTICLES, "--json")
    assert res.code == 0, res
    summary = res.json()
    assert [a["status"] for a in summary["articles"]] == ["unchanged"] * N_FIXTURES
    assert summary["totals"] == {"added": 0, "unchanged": N_FIXTURES, "replaced": 0, "failed": 0}
    assert dump(workdir / "geomap.db") == before
    assert summary["map"] is None                  # nothing changed: no redraw


def test_a_new_version_at_the_same_url_replaces_the_old(run, workdir):
    page = (ARTICLES / "es-cauca-2023-05-02.html").read_text(encoding="utf-8")
    page = page.replace("<head>", '<head><link rel="canonical" '
                        'href="https://diario.example/2023/05/02/cauca">')
    (workdir / "v1.html").write_text(page, encoding="utf-8")
    (workdir / "v2.html").write_text(page.replace("otros tres resultaron heridos",
                                                  "otros cinco resultaron heridos"),
                                     encoding="utf-8")
    first = run("add", "v1.html", "--json", "--no-map").json()["articles"][0]
    second = run("add", "v2.html", "--json", "--no-map").json()["articles"][0]
    assert first["status"] == "added" and second["status"] == "replaced"
    assert second["replaced"] == first["article_id"]
    arts = run("articles", "--json").json()
    assert [a["id"] for a in arts] == [second["article_id"]]
    assert arts[0]["url"] == "https://diario.example/2023/05/02/cauca"
    assert {e["article"]["id"] for e in run("events", "--format", "json").json()} == {
        second["article_id"]}


def test_url_option_and_overrides_on_stdin(run, workdir):
    text = (ARTICLES / "en-jermuk-2022-09-13.txt").read_text(encoding="utf-8")
    res = run("add", "-", "--url", "https://wire.example/jermuk", "--source", "Test Wire",
              "--date", "2022-09-14", "--lang", "en", "--json", "--no-map", input=text)
    assert res.code == 0, res
    art = run("articles", "--json").json()[0]
    assert (art["url"], art["source"], art["published"], art["lang"]) == (
        "https://wire.example/jermuk", "Test Wire", "2022-09-14", "en")
    # the same text again under the same URL: unchanged
    res = run("add", "-", "--url", "https://wire.example/jermuk", "--json", "--no-map",
              input=text)
    assert res.json()["articles"][0]["status"] == "unchanged"


@pytest.mark.parametrize("args", [
    ("add", "-", "--date", "14.09.2022"),
    ("add", "-", "--lang", "english"),
    ("add", "-", "--url", "wire.example/x"),
])
def test_bad_add_options_are_one_line_errors(run, args):
    assert_one_line_error(run(*args, "--no-map", input="Fighting near Gyumri."))


def test_one_bad_file_does_not_stop_the_batch(run, workdir):
    batch = workdir / "batch"
    make_batch(batch, 3)
    (batch / "empty.txt").write_text("", encoding="utf-8")
    (batch / "image.txt").write_bytes(b"\x89PNG\r\n\x1a\n" + os.urandom(300))
    res = run("add", batch, "missing.txt", "--no-map", "--json")
    assert res.code == 1, res
    summary = res.json()
    assert summary["totals"]["added"] == 3 and summary["totals"]["failed"] == 3
    failed = {Path(f["input"]).name for f in summary["failed"]}
    assert failed == {"empty.txt", "image.txt", "missing.txt"}
    tail = res.err[res.err.index("failed:"):]       # listed at the end
    assert all(name in tail for name in failed)
    assert "Traceback" not in res.err
    assert len(run("articles", "--json").json()) == 3


def test_glob_selects_files_in_folders(run, workdir):
    folder = workdir / "mixed" / "deeper"
    folder.mkdir(parents=True)
    shutil.copy(ARTICLES / "ms-myawaddy-2024-04-11.md", folder)
    shutil.copy(ARTICLES / "de-batken-2022-09-16.txt", workdir / "mixed")
    (workdir / "mixed" / ".hidden.txt").write_text("Fighting near Gyumri.", encoding="utf-8")
    res = run("add", workdir / "mixed", "--glob", "*.md", "--no-map", "--json")
    assert res.code == 0, res
    assert [Path(a["input"]).name for a in res.json()["articles"]] == ["ms-myawaddy-2024-04-11.md"]
    res = run("add", workdir / "mixed", "--no-map", "--json")
    assert sorted(a["status"] for a in res.json()["articles"]) == ["added", "unchanged"]


def test_add_redraws_the_default_map(run, workdir):
    res = run("add", ARTICLES / "tr-gence-2020-10-11.txt")
    assert res.code == 0, res
    maps = list((workdir / "maps").glob("*.html"))
    assert maps, res
    assert "Ganja" in maps[0].read_text(encoding="utf-8") or "Gence" in maps[0].read_text(
        encoding="utf-8")


def _geomap(args, env) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "geomap", *map(str, args)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env)


def test_killed_add_keeps_every_article_added_before(workdir):
    # (large enough that the kill lands mid-batch on a fast machine too: 25 reported of 400)
    BATCH = 400
    batch = workdir / "batch"
    make_batch(batch, BATCH)
    env = dict(os.environ, GEOMAP_DB=str(workdir / "geomap.db"))
    env.pop("GEOMAP_DEBUG", None)
    proc = _geomap(["add", batch, "--no-map"], env)
    reported = []
    while len(reported) < 25:
        line = proc.stderr.readline()
        assert line, "geomap add ended early"
        if line.startswith("added "):
            reported.append(line.split()[1])
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(workdir / "geomap.db")
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    stored = {r[0]: (r[1], r[2]) for r in con.execute(
        "SELECT a.id, (SELECT count(*) FROM events e WHERE e.article_id = a.id),"
        " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) FROM articles a")}
    con.close()
    assert all(any(aid.startswith(r) for aid in stored) for r in reported)
    assert len(stored) < BATCH
    # a reference store made without interruption holds the same for every article
    ref_env = dict(env, GEOMAP_DB=str(workdir / "ref.db"))
    assert subprocess.run([sys.executable, "-m", "geomap", "add", batch, "--no-map"],
                          env=ref_env, capture_output=True).returncode == 0
    con = sqlite3.connect(workdir / "ref.db")
    ref = {r[0]: (r[1], r[2]) for r in con.execute(
        "SELECT a.id, (SELECT count(*) FROM events e WHERE e.article_id = a.id),"
        " (SELECT count(*) FROM mentions m WHERE m.article_id = a.id) FROM articles a")}
    con.close()
    for aid, counts in stored.items():
        assert ref[aid] == counts
    # and the interrupted batch can simply be run again
    again = subprocess.run([sys.executable, "-m", "geomap", "add", batch, "--no-map", "--json"],
                           env=env, capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    totals = json.loads(again.stdout)["totals"]
    assert totals["unchanged"] == len(stored) and totals["added"] == BATCH - len(stored)


def test_two_adds_at_once_both_complete(workdir):
    make_batch(workdir / "one", 30, "a")
    make_batch(workdir / "two", 30, "b")
    env = dict(os.environ, GEOMAP_DB=str(workdir / "geomap.db"))
    env.pop("GEOMAP_DEBUG", None)
    procs = [_geomap(["add", workdir / name, "--no-map", "--json"], env)
             for name in ("one", "two")]
    for p in procs:
        out, err = p.communicate(timeout=600)
        assert p.returncode == 0, err
        assert json.loads(out)["totals"]["added"] == 30
    con = sqlite3.connect(workdir / "geomap.db")
    assert con.execute("SELECT count(*) FROM articles").fetchone()[0] == 60
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    con.close()


def test_processes_creating_one_new_store_at_once_all_succeed(tmp_path):
    """Four processes open the same not-yet-existing store together, ten times over: none may
    fail with 'database is locked' (switching a new file to WAL) or mistake the half-created
    file for a foreign database."""
    code = "import sys; from geomap.store import Store; Store.open(sys.argv[1]).close()"
    for k in range(10):
        path = tmp_path / f"s{k}.db"
        procs = [subprocess.Popen([sys.executable, "-c", code, str(path)], stderr=subprocess.PIPE,
                                  text=True) for _ in range(4)]
        for p in procs:
            _, err = p.communicate(timeout=120)
            assert p.returncode == 0, err.strip().splitlines()[-1:]
        con = sqlite3.connect(path)
        assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        con.close()
