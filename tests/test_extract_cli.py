"""`geomap extract` run as a real subprocess: JSON (geomap.extract/1), tables, stdin, options,
and one-line errors for bad input."""
from __future__ import annotations

from pathlib import Path

import pytest

from conftest import assert_one_line_error

FIX = Path(__file__).parent / "fixtures" / "places"
ARTICLE = FIX / "en-border.txt"


@pytest.fixture(scope="module", autouse=True)
def _index(gazetteer):
    """Build the index once before the subprocesses use it."""
    return gazetteer


def test_json_output_follows_the_schema(run):
    res = run("extract", ARTICLE)
    assert res.code == 0, res
    out = res.json()
    assert out["schema"] == "geomap.extract/1"
    art = out["article"]
    assert set(art) >= {"id", "title", "lang", "published", "source", "url", "dateline"}
    assert art["lang"] == "en" and len(art["id"]) == 64
    assert art["dateline"]["text"] == "YEREVAN" and art["dateline"]["place_id"].startswith("geonames:")
    text = ARTICLE.read_text(encoding="utf-8")
    forms = {}
    for p in out["places"]:
        assert set(p) >= {"mention", "start", "end", "role", "confidence", "place"}
        assert "explain" not in p
        assert p["role"] in ("event", "context", "dateline", "other")
        assert 0 <= p["confidence"] <= 1
        forms.setdefault(p["mention"], []).append(p)
    # 'the border between Armenia and Azerbaijan': two countries, each a mention
    assert forms["Azerbaijan"][0]["place"]["feature"] == "country"
    assert "Armenia and Azerbaijan" not in forms
    assert forms["Sotk"][0]["place"]["country"] == "AM"
    assert {p["role"] for p in forms["Baku"]} == {"other"}
    assert "Laura" not in forms and "Kessler" not in forms
    # offsets point into the text as read (here: the file itself, already normalised)
    p = forms["Goris"][0]
    assert text[p["start"]:p["end"]] == "Goris"
    assert isinstance(out["events"], list)
    assert res.err.strip() == "" or "Traceback" not in res.err


def test_explain_adds_reasons(run):
    res = run("extract", ARTICLE, "--explain")
    assert res.code == 0, res
    places = res.json()["places"]
    assert all(p["explain"] for p in places)
    moscow = next(p for p in places if p["mention"] == "Moscow")
    assert any("government" in line or "acts" in line for line in moscow["explain"])


def test_table_output(run):
    res = run("extract", ARTICLE, "--format", "table")
    assert res.code == 0, res
    assert "Places (" in res.out and "Sotk" in res.out and "border" in res.out
    assert "Armenia–Azerbaijan border" in res.out      # the clash is placed on the shared line
    assert not res.out.lstrip().startswith("{")


def test_stdin_lang_and_date(run):
    text = (FIX / "id-border.txt").read_text(encoding="utf-8")
    res = run("extract", "-", "--lang", "id", "--date", "2022-09-14", input=text)
    assert res.code == 0, res
    out = res.json()
    assert out["article"]["lang"] == "id"
    assert out["article"]["published"] == "2022-09-14"
    mentions = {p["mention"] for p in out["places"]}
    assert {"Jakarta", "Armenia-Azerbaijan", "Gyumri", "Sotk"} <= mentions
    assert "Suren" not in mentions


def test_html_file(run, workdir):
    page = workdir / "page.html"
    body = " ".join(["<p>Azerbaijani forces shelled the town of Jermuk in Armenia on Tuesday, "
                     "officials in Yerevan said. Residents of Goris hid in basements.</p>"] * 4)
    page.write_text(f"<html><head><title>Shelling in Armenia</title></head><body><article>"
                    f"<h1>Shelling in Armenia</h1>{body}</article></body></html>", encoding="utf-8")
    res = run("extract", page, "--lang", "en")
    assert res.code == 0, res
    mentions = {p["mention"] for p in res.json()["places"]}
    assert {"Jermuk", "Armenia", "Goris"} <= mentions


@pytest.mark.parametrize("make", ["missing", "empty", "directory", "binary", "format", "date",
                                  "lang", "stdin-empty"])
def test_bad_input_is_one_line_error(run, workdir, make):
    args, inp = None, None
    if make == "missing":
        args = ["extract", workdir / "nope.txt"]
    elif make == "empty":
        (workdir / "empty.txt").write_text("")
        args = ["extract", workdir / "empty.txt"]
    elif make == "directory":
        args = ["extract", workdir]
    elif make == "binary":
        (workdir / "x.png").write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8)
        args = ["extract", workdir / "x.png"]
    elif make == "format":
        args = ["extract", ARTICLE, "--format", "xml"]
    elif make == "date":
        args = ["extract", ARTICLE, "--date", "16/11/2021"]
    elif make == "lang":
        args = ["extract", ARTICLE, "--lang", "english!"]
    elif make == "stdin-empty":
        args, inp = ["extract", "-"], ""
    res = run(*args, input=inp)
    assert_one_line_error(res)
    assert res.out == ""


def test_help_has_an_example(run):
    res = run("extract", "--help")
    assert res.code == 0
    assert "Example" in res.out and "geomap extract" in res.out
