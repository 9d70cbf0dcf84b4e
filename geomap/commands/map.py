"""`geomap map`: draw the stored events (filtered like `geomap events`) as one HTML map."""
from __future__ import annotations

from pathlib import Path
from typing import List, Optional

import typer

from ..errors import InputError


def _default_out() -> Path:
    from ..config import maps_dir
    return maps_dir() / "geomap.html"


def map_command(
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="The HTML file to write "
                                          "(default: $GEOMAP_MAPS/geomap.html, else "
                                          "maps/geomap.html)."),
    db: Optional[Path] = typer.Option(None, "--db", help="The event store (default: $GEOMAP_DB, "
                                      "else ./geomap.db)."),
    since: Optional[str] = typer.Option(None, "--since", help="Events on or after this day "
                                        "(YYYY-MM-DD, YYYY-MM or YYYY)."),
    until: Optional[str] = typer.Option(None, "--until", help="Events on or before this day."),
    types: List[str] = typer.Option([], "--type", "-t", help="Event type(s), repeatable or "
                                    "comma-separated (armed_clash, casualties, …)."),
    countries: List[str] = typer.Option([], "--country", "-c", help="Country code(s) or names; "
                                        "a border event counts for both sides."),
    bbox: Optional[str] = typer.Option(None, "--bbox", help="W,S,E,N in degrees: events whose "
                                       "point lies inside."),
    article: Optional[str] = typer.Option(None, "--article", help="Only this article (id "
                                          "prefix or URL)."),
    title: Optional[str] = typer.Option(None, "--title", help="Title shown on the map and in "
                                        "the browser tab."),
    region: str = typer.Option("auto", "--region", "-r", help="The first view: auto (fit the "
                               "events; their countries highlighted), a country name or code, "
                               "a place the gazetteer knows, or a bbox W,S,E,N."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON summary (path, events "
                                 "drawn) on stdout."),
) -> None:
    """Draw the stored events on an interactive map: one self-contained HTML file.

    Event layers per type with icons, a legend and popups (sentence, actors, counts, source link), the countries of the events outlined and their shared borders, places named, a time slider, clustering, fullscreen, minimap, scale and distance measurement.

    Examples:

      geomap map

      geomap map -o maps/november.html --since 2021-11-01 --until 2021-11-30 --title "November"

      geomap map --type armed_clash,shelling_airstrike --region Armenia

      geomap map --region 43.4,38.8,47.0,41.3 -o maps/border.html
    """
    import json
    import sys

    from ..draw import drawable_events, draw_map
    from ..store import EventFilter, Store
    from .store import _check_day, _db, parse_bbox, parse_countries, parse_types

    out = output if output is not None else _default_out()
    if out.exists() and out.is_dir():
        raise InputError(f"-o: {out} is a folder; give a file name such as {out / 'geomap.html'}")
    if out.suffix.lower() not in (".html", ".htm"):
        raise InputError(f"-o: {out} should end in .html")
    filt = EventFilter(since=_check_day(since, "--since"), until=_check_day(until, "--until"),
                       types=parse_types(types), countries=parse_countries(countries),
                       bbox=parse_bbox(bbox) if bbox else None, article=article)
    with Store.open(_db(db), readonly=True) as store:
        records = store.events(filt)
        places = store.places_summary(filt)
    path = draw_map(records, places, out, title=title, region=region)
    drawn, skipped = drawable_events(records)
    summary = {"map": str(path), "events": len(records), "drawn": len(drawn),
               "not_drawn": dict(skipped), "places": len(places)}
    if as_json:
        sys.stdout.write(json.dumps(summary, ensure_ascii=False) + "\n")
    note = f"; not drawn: {', '.join(f'{n} {why}' for why, n in skipped.items())}" if skipped else ""
    typer.echo(f"map: {path} ({len(drawn)} events drawn{note})", err=True)


def register(app: typer.Typer) -> None:
    app.command("map")(map_command)
