"""`geomap eval`: score geomap on annotated articles (its own gold files or a published corpus)."""
from __future__ import annotations

import json
from enum import Enum
from pathlib import Path
from typing import Optional

import typer


class Format(str, Enum):
    table = "table"
    json = "json"


def _load_predictions(folder: Path) -> dict[str, dict]:
    from ..evaluate import EvalError

    if not folder.is_dir():
        raise EvalError(f"--predictions: no such folder: {folder}")
    out = {}
    for f in sorted(folder.glob("*.json")):
        try:
            data = json.loads(f.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            raise EvalError(f"cannot read prediction {f}: {str(exc).splitlines()[0]}") from None
        out[f.name[: -len(".json")]] = data
    return out


def eval_command(
    gold: Path = typer.Argument(..., help="A folder of <id>.gold.json (+ <id>.txt) files, or a "
                                          "corpus XML file (LGL, TR-News, GeoWebNews, GeoVirus)."),
    texts: Optional[Path] = typer.Option(None, "--texts", help="Folder holding the <id>.txt "
                                         "articles when they are not next to the gold files."),
    fmt: Format = typer.Option(Format.table, "--format", "-f", help="table (markdown) or json."),
    lang: Optional[str] = typer.Option(None, "--lang", help="Only score articles in this "
                                       "language (ISO 639-1, e.g. fr)."),
    predictions: Optional[Path] = typer.Option(None, "--predictions", help="Score saved "
                                               "`geomap extract --format json` outputs "
                                               "(<id>.json) instead of running geomap."),
    errors: bool = typer.Option(False, "--errors", help="Also list, per article, the missed and "
                                "spurious names, wrong resolutions and roles, missed and spurious "
                                "events (on stderr, so the table stays pasteable)."),
) -> None:
    """Score place recognition, resolution, datelines, roles and events against gold data.

    Prints recognition precision/recall/F1, the share of names resolved within 161 km, mean and
    median error (km), AUC of log errors, dateline and role accuracy, event precision/recall/F1
    (type group + place) and killed-count accuracy, per language and overall.

    Examples:

      geomap eval corpus/

      geomap eval corpus/ --lang fr --format json | jq .overall

      geomap eval data/lgl.xml --format table

      geomap eval corpus/ --lang de --errors
    """
    from rich.progress import Progress

    from ..evaluate import evaluate, format_table

    preds = _load_predictions(predictions) if predictions else None
    with Progress(transient=True, console=_stderr_console()) as bar:
        task = bar.add_task("scoring", total=None)

        def tick(done: int, total: int) -> None:
            bar.update(task, completed=done, total=total)

        rep = evaluate(gold, texts, lang=lang, predictions=preds, progress=tick)
    if fmt is Format.json:
        typer.echo(json.dumps(rep, ensure_ascii=False, indent=1))
    else:
        typer.echo(format_table(rep))
        o = rep["overall"]
        if errors:
            for line in _error_lines(rep):
                typer.echo(line, err=True)
        typer.echo(f"{o['articles']} articles, {o['toponyms_gold']} gold toponym forms, "
                   f"{o.get('events_gold', 0)} gold events; corpus: {rep['corpus']}", err=True)


def _error_lines(rep: dict):
    """Compact per-article diagnostics: what a developer looks at after a score changes."""
    for a in rep["articles"]:
        parts = []
        if a["missed"]:
            parts.append("missed: " + ", ".join(a["missed"]))
        if a["spurious"]:
            parts.append("spurious: " + ", ".join(a["spurious"]))
        if a["misresolved"]:
            parts.append("wrong place: " + ", ".join(
                f"{w['mention']} → {w['got'] or 'unresolved'} ({w['km']:.0f} km)"
                for w in a["misresolved"]))
        if a.get("role_errors"):
            parts.append("role: " + ", ".join(f"{r['mention']} {r['got']}≠{r['gold']}"
                                              for r in a["role_errors"]))
        if a.get("events_missed"):
            parts.append("events missed: " + "; ".join(
                f"{e['type']}@{e['where'] or '-'} «{e['cue']}»" for e in a["events_missed"]))
        if a.get("events_spurious"):
            parts.append("events spurious: " + "; ".join(
                f"{e['type']}@{e['where'] or '-'}" for e in a["events_spurious"]))
        if parts:
            yield f"{a['id']}: " + " | ".join(parts)


def _stderr_console():
    from rich.console import Console

    return Console(stderr=True)


def register(app: typer.Typer) -> None:
    app.command("eval")(eval_command)
