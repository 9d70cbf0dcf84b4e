"""`geomap extract`: the places (and events) of one article, printed, nothing stored."""
from __future__ import annotations

import json
import sys
from typing import Optional

from ..errors import InputError

FORMATS = ("json", "table")


def _source(source: str):
    """'-' is stdin (bytes, so the reader can detect the encoding); anything else is a path or
    URL for the reader to check."""
    if source == "-":
        data = sys.stdin.buffer.read()
        if not data.strip():
            raise InputError("stdin: empty input (pipe an article into 'geomap extract -')")
        return data
    return source


def run(source: str, *, fmt: str = "json", lang: Optional[str] = None,
        date: Optional[str] = None, explain: bool = False, source_name: Optional[str] = None,
        url: Optional[str] = None) -> str:
    """The text `geomap extract` prints (also handy from Python and tests)."""
    if fmt not in FORMATS:
        raise InputError(f"unknown format {fmt!r}: use one of {', '.join(FORMATS)}")
    import geomap

    options = {}
    if source_name:
        options["source_name"] = source_name
    if url:
        options["url"] = url
    src = _source(source)
    doc = geomap.extract(src, lang=lang, date=date, **options)
    if fmt == "json":
        return json.dumps(doc.to_json(explain=explain), ensure_ascii=False, indent=1) + "\n"
    return _table(doc, explain)


def _fmt_num(v) -> str:
    return "" if v is None else str(v)


def _table(doc, explain: bool) -> str:
    import io

    from rich.console import Console
    from rich.table import Table

    console = Console(record=True, width=160, file=io.StringIO(), highlight=False)
    dl = doc.dateline.mention if doc.dateline else "—"
    console.print(f"[bold]{doc.title or '(no title)'}[/bold]")
    console.print(f"lang {doc.lang or '?'} · published {doc.published or '?'} · "
                  f"source {doc.source or '?'} · dateline {dl} · id {doc.id[:12]}")
    places = Table(title=f"Places ({len(doc.mentions)})", title_justify="left")
    for col in ("mention", "role", "place", "country", "feature", "lat, lon", "conf.", "id"):
        places.add_column(col, no_wrap=col in ("lat, lon", "id"))
    if explain:
        places.add_column("why")
    for m in doc.mentions:
        p = m.place
        row = [m.mention, m.role, p.name if p else "(unresolved)", (p.country or "") if p else "",
               p.feature if p else "", f"{p.lat:.4f}, {p.lon:.4f}" if p else "",
               f"{m.confidence:.2f}", p.id if p else ""]
        if explain:
            row.append("\n".join(m.explain))
        places.add_row(*row)
    console.print(places)
    if doc.events:
        events = Table(title=f"Events ({len(doc.events)})", title_justify="left")
        for col in ("type", "date", "where", "killed", "wounded", "captured", "actors", "trigger"):
            events.add_column(col)
        for e in doc.events:
            where = e.location.name if e.location else "—"
            events.add_row(e.type + (" (negated)" if e.negated else ""), e.date or "", where,
                           _fmt_num(e.killed), _fmt_num(e.wounded), _fmt_num(e.captured),
                           ", ".join(e.actors), e.trigger)
        console.print(events)
    return console.export_text()


def register(app: typer.Typer) -> None:
    import typer      # here, not at the top: the CLI's fast path runs `run` without typer

    @app.command("extract")
    def extract(
        source: str = typer.Argument(..., help="An article: a text/HTML file, an http(s) URL, "
                                     "or - for stdin."),
        fmt: str = typer.Option("json", "--format", "-f",
                                help="json (the geomap.extract/1 object) or table."),
        lang: Optional[str] = typer.Option(None, "--lang", "-l", help="Language code (id, en, "
                                           "ru, tr, fr, de, es, it, ms); default: detected."),
        date: Optional[str] = typer.Option(None, "--date", "-d", help="Publication date "
                                           "YYYY-MM-DD (for relative dates such as 'Selasa')."),
        explain: bool = typer.Option(False, "--explain", help="Say why each place was kept "
                                     "and resolved so (JSON: an 'explain' list per place)."),
        source_name: Optional[str] = typer.Option(None, "--source", help="The outlet's name."),
        url: Optional[str] = typer.Option(None, "--url", help="The article's address (for a "
                                          "saved page)."),
    ):
        """Find the places (and events) of one article and print them; nothing is stored.

        Example:

          geomap extract article.html --format table

          cat article.txt | geomap extract - --lang id --date 2021-11-17 | jq .places
        """
        out = run(source, fmt=fmt, lang=lang, date=date, explain=explain,
                  source_name=source_name, url=url)
        sys.stdout.write(out)
