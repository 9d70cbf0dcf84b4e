"""The one document object that every pipeline stage annotates.

read → places → events → store → draw: each stage takes a :class:`Document`, adds its
annotations and hands it on (the spaCy way). ``Document.to_json()`` gives the
``geomap.extract/1`` structure described in ``shared/extract-schema.md``; field names here
follow that schema so the mapping stays obvious.
"""
from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field, fields
from typing import Any, Callable

SCHEMA = "geomap.extract/1"

# Segment kinds. Only TITLE and BODY carry events; the others exist so that a place named in
# them can be given role "other" (or "dateline") instead of being mistaken for news.
TITLE, SUBTITLE, DATELINE, BODY, CAPTION, RELATED, BOILERPLATE = (
    "title", "subtitle", "dateline", "body", "caption", "related", "boilerplate")
EVENT_SEGMENTS = frozenset({TITLE, BODY})

# Mention roles (schema).
EVENT, CONTEXT, OTHER = "event", "context", "other"
ROLE_DATELINE = "dateline"

FEATURES = ("country", "region", "admin1", "admin2", "city", "village", "border", "mountain",
            "water", "other")

EVENT_TYPES = ("armed_clash", "shelling_airstrike", "casualties", "capture_detention",
               "territory_change", "military_alert_deployment", "appeal_demand",
               "accusation_statement", "ceasefire_agreement", "talks_meeting", "protest", "other")


@dataclass
class Segment:
    """A stretch of the article text with a structural kind (title, body, caption …)."""
    kind: str
    start: int
    end: int


@dataclass
class Place:
    """A gazetteer entry. ``id`` is 'geonames:N', 'ne:XX', 'geomap:<slug>' or 'user:<id>'."""
    id: str
    name: str
    country: str | None
    feature: str
    lat: float
    lon: float
    population: int | None = None
    admin1: str | None = None
    geometry: dict | None = None          # GeoJSON (lon/lat); None means "the point lat/lon"
    source: str | None = None

    def to_json(self, with_geometry: bool = False) -> dict[str, Any]:
        d = {"id": self.id, "name": self.name, "country": self.country, "feature": self.feature,
             "lat": self.lat, "lon": self.lon, "population": self.population}
        if with_geometry:
            d["geometry"] = self.geometry or {"type": "Point", "coordinates": [self.lon, self.lat]}
        return d


@dataclass
class Mention:
    """A place name found in the text. ``place`` is None when it could not be resolved."""
    mention: str
    start: int
    end: int
    role: str = CONTEXT
    confidence: float = 0.0
    place: Place | None = None
    segment: str = BODY
    explain: list[str] = field(default_factory=list)   # why it was kept and resolved so

    def to_json(self, explain: bool = False) -> dict[str, Any]:
        d = {"mention": self.mention, "start": self.start, "end": self.end, "role": self.role,
             "confidence": round(self.confidence, 3),
             "place": self.place.to_json() if self.place else None}
        if explain:
            d["explain"] = list(self.explain)
        return d

    def explain_later(self, write: Callable[[], list[str]]) -> None:
        """Have ``write()`` give the first lines of ``explain`` when it is first read (the
        lines ``note``d before that follow them). The places stage explains every place it
        keeps by scoring it again, which only `--explain`, tests and evaluations read: the
        pipeline (store, events) never does, and should not pay for it."""
        self.__dict__["_explain"] = _Later(write)

    def note(self, line: str) -> None:
        """Add a line to ``explain`` (without writing a deferred explanation now)."""
        lines = self.__dict__["_explain"]
        (lines.noted if type(lines) is _Later else lines).append(line)

    def __getstate__(self) -> dict:
        self.explain          # (written first: a copy or a pickle holds lines, not a closure)
        return self.__dict__


class _Later:
    """An explanation still to write (see Mention.explain_later)."""
    __slots__ = ("write", "noted")

    def __init__(self, write: Callable[[], list[str]]) -> None:
        self.write, self.noted = write, []


def _get_explain(m: Mention) -> list[str]:
    lines = m.__dict__["_explain"]
    if type(lines) is _Later:
        lines = m.__dict__["_explain"] = lines.write() + lines.noted
    return lines


def _set_explain(m: Mention, lines: list[str]) -> None:
    m.__dict__["_explain"] = lines


# ``explain`` stays a field of the dataclass (its __init__, ==, repr and asdict use it) kept in
# the instance as '_explain', which may hold an explanation not yet written (explain_later)
Mention.explain = property(_get_explain, _set_explain,
                           doc="why it was kept and resolved so (lines)")


@dataclass
class Location:
    """Where an event happened (schema ``events[].location``)."""
    name: str
    place_id: str | None
    lat: float
    lon: float
    geometry: dict
    precision: int                 # ACLED geo_precision 1..3
    mention: str | None = None

    def to_json(self) -> dict[str, Any]:
        return {k: _copy(getattr(self, k)) for k in _LOCATION_FIELDS}


def _copy(v):
    """What dataclasses.asdict makes of a field value holding JSON-like data (lists, tuples,
    dicts, scalars) — a copy, in a fraction of the time: an event's geometry can hold thousands
    of coordinates, which asdict copied twice, one deepcopy() call per number."""
    if isinstance(v, list):
        return [_copy(x) for x in v]
    if isinstance(v, dict):
        return {k: _copy(x) for k, x in v.items()}
    if isinstance(v, tuple):
        return tuple(_copy(x) for x in v)
    return v


@dataclass
class Event:
    type: str
    sentence: str
    start: int
    end: int
    trigger: str
    cameo: str | None = None
    acled: dict | None = None      # {"event_type": …, "sub_event_type": …}
    date: str | None = None
    date_precision: int | None = None
    actors: list[str] = field(default_factory=list)
    killed: int | None = None
    wounded: int | None = None
    captured: int | None = None
    missing: int | None = None
    approximate: bool = False      # a count is a lower bound ('at least', 'puluhan')
    negated: bool = False
    location: Location | None = None
    confidence: float = 0.0

    def to_json(self) -> dict[str, Any]:
        d = {k: _copy(getattr(self, k)) for k in _EVENT_FIELDS}
        d["location"] = self.location.to_json() if self.location else None
        return d


_LOCATION_FIELDS = tuple(f.name for f in fields(Location))
_EVENT_FIELDS = tuple(f.name for f in fields(Event))


def geojson_bbox(geom: dict | None) -> tuple[float, float, float, float] | None:
    """(min_lon, min_lat, max_lon, max_lat) of a GeoJSON geometry (collections included), without
    shapely: the store indexes event bboxes and the map fits its view with it."""
    if not geom:
        return None
    xs: list[float] = []
    ys: list[float] = []

    def walk(c):
        if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
            xs.append(float(c[0]))
            ys.append(float(c[1]))
        elif isinstance(c, (list, tuple)):
            for part in c:
                walk(part)

    walk(geom.get("coordinates") or [])
    for g in geom.get("geometries") or []:
        b = geojson_bbox(g)
        if b:
            xs.extend((b[0], b[2]))
            ys.extend((b[1], b[3]))
    return (min(xs), min(ys), max(xs), max(ys)) if xs else None


def normalise_text(text: str) -> str:
    """The text an article id is computed from: NFC, unified newlines, no trailing blanks."""
    text = unicodedata.normalize("NFC", text).replace("\r\n", "\n").replace("\r", "\n")
    return "\n".join(line.rstrip() for line in text.split("\n")).strip()


@dataclass
class Document:
    text: str
    title: str | None = None
    lang: str | None = None
    published: str | None = None       # YYYY-MM-DD
    source: str | None = None
    url: str | None = None
    segments: list[Segment] = field(default_factory=list)
    dateline: Mention | None = None
    mentions: list[Mention] = field(default_factory=list)
    events: list[Event] = field(default_factory=list)
    meta: dict[str, Any] = field(default_factory=dict)   # free room for stages (e.g. 'date_override')

    @property
    def id(self) -> str:
        return hashlib.sha256(normalise_text(self.text).encode("utf-8")).hexdigest()

    def segment_at(self, offset: int) -> Segment | None:
        for seg in self.segments:
            if seg.start <= offset < seg.end:
                return seg
        return None

    def segments_of(self, *kinds: str) -> list[Segment]:
        return [s for s in self.segments if s.kind in kinds]

    def span(self, start: int, end: int) -> str:
        return self.text[start:end]

    def to_json(self, explain: bool = False) -> dict[str, Any]:
        dl = None
        if self.dateline is not None:
            dl = {"text": self.dateline.mention,
                  "place_id": self.dateline.place.id if self.dateline.place else None}
        return {
            "schema": SCHEMA,
            "article": {"id": self.id, "title": self.title, "lang": self.lang,
                        "published": self.published, "source": self.source, "url": self.url,
                        "dateline": dl},
            "places": [m.to_json(explain) for m in self.mentions],
            "events": [e.to_json() for e in self.events],
        }
