"""The `geomap` command: a thin layer over the library. Each command group lives in
geomap/commands/<name>.py and registers itself here; heavy imports (geopandas, folium) happen
inside the commands so that `geomap extract` starts fast."""
from __future__ import annotations

import os
import sys

import typer

from .errors import GeomapError

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


def _register() -> None:
    from importlib import import_module

    for name in ("gazetteer", "extract", "store", "map", "eval"):
        try:
            mod = import_module(f"geomap.commands.{name}")
        except ModuleNotFoundError as exc:     # a command group not written yet
            if exc.name != f"geomap.commands.{name}":
                raise
            continue
        mod.register(app)


_register()


def main() -> None:
    try:
        app()
    except GeomapError as exc:
        typer.echo(f"geomap: error: {exc}", err=True)
        sys.exit(exc.exit_code)
    except KeyboardInterrupt:
        typer.echo("geomap: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:  # never a traceback for users; GEOMAP_DEBUG=1 shows it
        if os.environ.get("GEOMAP_DEBUG"):
            raise
        typer.echo(f"geomap: internal error: {type(exc).__name__}: {exc} "
                   "(set GEOMAP_DEBUG=1 for a traceback)", err=True)
        sys.exit(1)


if __name__ == "__main__":
    main()
