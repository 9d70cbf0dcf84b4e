"""The CLI's fast path for `geomap extract` (parsed without typer for a short cold start): every
command line it takes, typer parses to the same options; every other one goes to typer; its output
is typer's output, byte for byte."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest

from geomap.cli import fast_extract_args, get_app

ARTICLE = Path(__file__).parent / "fixtures" / "places" / "en-border.txt"
DEFAULTS = {"fmt": "json", "lang": None, "date": None, "explain": False, "source_name": None,
            "url": None}


def typer_params(argv: list[str]) -> tuple[str, dict]:
    from typer.main import get_command

    cmd = get_command(get_app())
    ctx = cmd.make_context("geomap", list(argv))
    rest = list(getattr(ctx, "_protected_args", None) or ctx.protected_args) + ctx.args
    name, sub, args = cmd.resolve_command(ctx, rest)
    return name, sub.make_context(name, args, parent=ctx).params


@pytest.mark.parametrize("argv", [
    ["extract", "news.txt"],
    ["extract", "-"],
    ["extract", ""],
    ["extract", "https://example.org/a?b=c"],
    ["extract", "news.txt", "--explain"],
    ["extract", "--explain", "news.txt"],
    ["extract", "news.txt", "--format", "table"],
    ["extract", "news.txt", "-f", "table", "--explain"],
    ["extract", "--format=table", "news.txt"],
    ["extract", "news.txt", "--lang", "ms", "--date", "2024-02-29"],
    ["extract", "-l", "tr", "-d", "2021-11-17", "news.txt"],
    ["extract", "news.txt", "--lang=de", "--date=2020-01-01"],
    ["extract", "news.txt", "--source", "Kompas", "--url", "https://kompas.id/x"],
    ["extract", "news.txt", "--url=https://x.org/a=b", "--source=A B"],
    ["extract", "a=b.txt", "--lang", ""],
])
def test_fast_path_parses_as_typer(argv):
    fast = fast_extract_args(argv)
    assert fast is not None
    name, params = typer_params(argv)
    assert name == "extract"
    assert params == {**DEFAULTS, **fast}


@pytest.mark.parametrize("argv", [
    [],
    ["add", "news.txt"],
    ["extract"],
    ["extract", "--help"],
    ["extract", "news.txt", "-h"],
    ["extract", "a.txt", "b.txt"],
    ["extract", "news.txt", "--lang"],
    ["extract", "news.txt", "--lang", "id", "--lang", "en"],
    ["extract", "news.txt", "--explain", "--explain"],
    ["extract", "news.txt", "--explain=yes"],
    ["extract", "news.txt", "-fjson"],
    ["extract", "news.txt", "-f=json"],
    ["extract", "news.txt", "--lang", "-x"],
    ["extract", "news.txt", "--form", "json"],
    ["extract", "news.txt", "--bogus"],
    ["extract", "--", "-news.txt"],
    ["--help", "extract", "news.txt"],
])
def test_anything_else_goes_to_typer(argv):
    assert fast_extract_args(argv) is None


def test_fast_path_prints_what_typer_prints(gazetteer, run, monkeypatch, capsys):
    """The subprocess takes the fast path; typer, called in this process, the usual one."""
    from geomap.cli import main

    for extra in ([], ["--explain"], ["--format", "table", "--lang", "en"]):
        argv = ["extract", str(ARTICLE), *extra]
        assert fast_extract_args(argv) is not None
        fast = run(*argv)
        assert fast.code == 0, fast
        monkeypatch.setattr(sys, "argv", ["geomap", *argv])
        with pytest.raises(SystemExit) as exit_:
            get_app()()
        assert exit_.value.code == 0
        assert capsys.readouterr().out == fast.out
        # and main() takes the fast path in this process too
        main()
        assert capsys.readouterr().out == fast.out


def test_errors_on_the_fast_path_are_one_line(run, workdir):
    res = run("extract", str(workdir / "missing.txt"))
    assert res.code == 2, res
    assert res.err.startswith("geomap: error: ") and len(res.err.strip().splitlines()) == 1, res
