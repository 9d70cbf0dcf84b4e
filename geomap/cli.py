"""The `geomap` command: a thin layer over the library. Each command group lives in
geomap/commands/<name>.py and registers itself here; heavy imports (geopandas, folium) happen
inside the commands so that `geomap extract` starts fast.

A plain `geomap extract SOURCE [--format F] [--lang L] [--date D] [--explain] [--source S]
[--url U]` is parsed here without typer: importing typer (and the pydantic it validates options
with) and building the command tree costs about a quarter of a cold extract. Anything else (help,
an unknown, repeated or abbreviated option, a missing value) goes to typer, which parses and
reports it as always; tests/test_cli_fast.py checks both parse the same."""
from __future__ import annotations

import os
import sys

from .errors import GeomapError

_app = None


def get_app():
    """The typer application with every command group registered (built on first use)."""
    global _app
    if _app is None:
        _app = _build_app()
    return _app


def _build_app():
    import typer

    app = typer.Typer(
        name="geomap",
        help=(
            "Offline geospatial event mapper for conflict news.\n\n"
            "Reads articles (text, HTML, URLs) in many languages, finds and geocodes the places they "
            "name against a local gazetteer, extracts the events (clashes, casualties, detentions, "
            "alerts, appeals, ceasefires), stores them and draws interactive Leaflet maps.\n\n"
            "Examples:\n\n"
            "  geomap gazetteer build\n\n"
            "  geomap add examples/articles/      (then open maps/geomap.html in a browser)\n\n"
            "  geomap extract article.html --format table"
        ),
        no_args_is_help=True,
        add_completion=False,
        pretty_exceptions_enable=False,
        context_settings={"help_option_names": ["-h", "--help"]},
    )
    _register(app)
    return app


def __getattr__(name: str):
    if name == "app":            # `from geomap.cli import app` still works
        return get_app()
    raise AttributeError(name)


def _register(app) -> None:
    from importlib import import_module

    for name in ("gazetteer", "extract", "store", "map", "eval"):
        try:
            mod = import_module(f"geomap.commands.{name}")
        except ModuleNotFoundError as exc:     # a command group not written yet
            if exc.name != f"geomap.commands.{name}":
                raise
            continue
        mod.register(app)


# `geomap extract`'s options that take a value: option → keyword of commands.extract.run
_EXTRACT_VALUE_OPTIONS = {"--format": "fmt", "-f": "fmt", "--lang": "lang", "-l": "lang",
                          "--date": "date", "-d": "date", "--source": "source_name",
                          "--url": "url"}


def fast_extract_args(argv: list[str]) -> dict | None:
    """The keywords of ``commands.extract.run`` for a plain `geomap extract` command line, or
    None when typer should parse it: not `extract`, help, an option not listed here, an option
    given twice, one without its value or with a value that starts with '-', '-f=x' or '-fx'
    forms, '--', no source or two sources."""
    if not argv or argv[0] != "extract":
        return None
    if any(k.endswith("_COMPLETE") for k in os.environ):   # shell completion: typer's job
        return None
    out: dict = {}
    source = None
    args = argv[1:]
    i = 0
    while i < len(args):
        a = args[i]
        if a == "--explain":
            if "explain" in out:
                return None
            out["explain"] = True
        elif a.startswith("-") and a != "-":
            name, eq, val = a.partition("=")
            key = _EXTRACT_VALUE_OPTIONS.get(name)
            if key is None or key in out or (eq and not name.startswith("--")):
                return None
            if not eq:
                i += 1
                if i >= len(args):
                    return None
                val = args[i]
            if val.startswith("-"):
                return None
            out[key] = val
        else:
            if source is not None:
                return None
            source = a
        i += 1
    if source is None:
        return None
    out["source"] = source
    return out


def _fast_extract(kw: dict) -> None:
    """Run `geomap extract` as typer would once it has parsed the options (its exit codes for an
    interrupt, end of input and a closed pipe included)."""
    import errno
    import gc

    # one article, then the process ends: no collection passes over the lexicons and modules
    # while they load (several per cent of a cold start); collected again once it is printed
    enabled = gc.isenabled()
    gc.disable()
    try:
        from .commands.extract import run

        sys.stdout.write(run(kw.pop("source"), **kw))
    except EOFError:
        sys.stderr.write("\nAborted!\n")
        sys.exit(1)
    except KeyboardInterrupt:
        sys.exit(130)
    except OSError as exc:
        if exc.errno != errno.EPIPE:
            raise
        from typer._click.utils import PacifyFlushWrapper

        sys.stdout = PacifyFlushWrapper(sys.stdout)
        sys.stderr = PacifyFlushWrapper(sys.stderr)
        sys.exit(1)
    finally:
        if enabled:
            gc.enable()


def _echo_err(message: str) -> None:
    import typer

    typer.echo(message, err=True)


def main() -> None:
    try:
        kw = fast_extract_args(sys.argv[1:])
        if kw is not None:
            _fast_extract(kw)
        else:
            get_app()()
    except GeomapError as exc:
        _echo_err(f"geomap: error: {exc}")
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        _echo_err("geomap: interrupted")
        sys.exit(130)
    except Exception as exc:  # never a traceback for users; GEOMAP_DEBUG=1 shows it
        if os.environ.get("GEOMAP_DEBUG"):
            raise
        _echo_err(f"geomap: internal error: {type(exc).__name__}: {exc} "
                  "(set GEOMAP_DEBUG=1 for a traceback)")
        sys.exit(1)


if __name__ == "__main__":
    main()
