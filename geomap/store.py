"""The durable event store: annotated Documents in, event records out.

One SQLite file (WAL, foreign keys, busy timeout, ``PRAGMA user_version`` schema version with a
list of migrations). Everything the rest of geomap needs goes through :class:`Store`'s small
interface, so another backend (a server database) can be added later without touching the
pipeline::

    store = Store.open("geomap.db")            # creates or migrates; StoreError if unusable
    res = store.add_document(doc)              # AddResult('added'|'unchanged'|'replaced', …)
    store.articles(); store.remove("3fa2c1")   # an id prefix is enough if it is unambiguous
    store.events(EventFilter(since="2021-11-01", countries=["AM"]))   # schema event dicts
    store.places_summary(); store.close()

Records handed out are plain dicts: the ``geomap.extract/1`` event dict plus ``event_id`` and
``article`` ({id, title, url, source, lang, published}).

Safety rules: an existing file is inspected read-only (header, application id, schema version)
before anything is written, so a corrupt file or a store of a newer geomap is never touched;
each article goes in within one ``BEGIN IMMEDIATE`` transaction, so a killed process leaves every
earlier article intact and concurrent writers queue on the lock instead of failing.
"""
from __future__ import annotations

import hashlib
import json
import os
import sqlite3
import random
import time
from dataclasses import asdict, dataclass, field, fields, is_dataclass
from datetime import datetime, timezone
from pathlib import Path
from typing import Any, Iterable, Iterator

from .document import Document, Event, Mention, geojson_bbox
from .errors import StoreError


# An event's first country code (the `countries` column is stored as ',AM,AZ,')
FIRST_COUNTRY_SQL = ("CASE WHEN e.countries IS NULL THEN NULL"
                     " ELSE substr(e.countries, 2, instr(substr(e.countries, 2), ',') - 1) END")


# "GEOM" — marks a file as a geomap store, so a foreign SQLite database is refused, not migrated.
APPLICATION_ID = 0x47454F4D
SQLITE_HEADER = b"SQLite format 3\x00"
BUSY_TIMEOUT_MS = 60_000          # concurrent `geomap add` runs wait for each other this long

# Migrations: MIGRATIONS[i] takes the schema from version i to i + 1. Append, never edit.
MIGRATIONS: list[str] = [
    # 0 -> 1
    """
    CREATE TABLE geometries (
        id      TEXT PRIMARY KEY,          -- sha1 of the GeoJSON text: borders/countries stored once
        geojson TEXT NOT NULL
    );
    CREATE TABLE articles (
        id          TEXT PRIMARY KEY,      -- sha256 of the normalised text (Document.id)
        url         TEXT,
        title       TEXT,
        source      TEXT,
        lang        TEXT,
        published   TEXT,                  -- YYYY-MM-DD or NULL
        added_at    TEXT NOT NULL,         -- ISO 8601 UTC
        dateline    TEXT,                  -- JSON {"text", "place_id"} or NULL
        segments    TEXT,                  -- JSON [[kind, start, end], ...]
        meta        TEXT,                  -- JSON
        text        TEXT NOT NULL
    );
    CREATE UNIQUE INDEX articles_url ON articles(url) WHERE url IS NOT NULL;
    CREATE TABLE places (
        id          TEXT PRIMARY KEY,      -- geonames:N, ne:XX, geomap:<slug>, user:<id>
        name        TEXT NOT NULL,
        country     TEXT,
        feature     TEXT,
        lat         REAL,
        lon         REAL,
        population  INTEGER,
        admin1      TEXT,
        source      TEXT,
        geometry_id TEXT REFERENCES geometries(id)
    );
    CREATE TABLE mentions (
        id          INTEGER PRIMARY KEY,
        article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq         INTEGER NOT NULL,
        mention     TEXT NOT NULL,
        start       INTEGER,
        "end"       INTEGER,
        role        TEXT,
        confidence  REAL,
        segment     TEXT,
        place_id    TEXT REFERENCES places(id),
        extra       TEXT                   -- JSON: fields added to the schema later, 'explain'
    );
    CREATE INDEX mentions_article ON mentions(article_id);
    CREATE INDEX mentions_place ON mentions(place_id);
    CREATE TABLE events (
        id          INTEGER PRIMARY KEY,
        event_id    TEXT NOT NULL UNIQUE,  -- <article id 16 hex>-<n>: stable across re-adds
        article_id  TEXT NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        seq         INTEGER NOT NULL,
        type        TEXT NOT NULL,
        cameo       TEXT,
        acled       TEXT,                  -- JSON {"event_type", "sub_event_type"} or NULL
        sentence    TEXT,
        start       INTEGER,
        "end"       INTEGER,
        trigger     TEXT,
        date        TEXT,
        date_precision INTEGER,
        day         TEXT,                  -- date, else the article's publication date: filters
        actors      TEXT,                  -- JSON list
        killed      INTEGER,
        wounded     INTEGER,
        captured    INTEGER,
        missing     INTEGER,
        approximate INTEGER,
        negated     INTEGER,
        confidence  REAL,
        has_location INTEGER NOT NULL,
        loc_name    TEXT,
        loc_place_id TEXT,
        lat         REAL,
        lon         REAL,
        precision   INTEGER,
        loc_mention TEXT,
        geometry_id TEXT REFERENCES geometries(id),
        min_lon REAL, min_lat REAL, max_lon REAL, max_lat REAL,   -- bbox of the geometry
        countries   TEXT,                  -- ',AM,AZ,' : ISO codes the location lies in (filters)
        admin1      TEXT,
        extra       TEXT                   -- JSON: fields added to the schema later
    );
    CREATE INDEX events_article ON events(article_id);
    CREATE INDEX events_day ON events(day);
    CREATE INDEX events_type ON events(type);
    CREATE INDEX events_lon_lat ON events(lon, lat);
    """,
]
SCHEMA_VERSION = len(MIGRATIONS)

_EVENT_FIELDS = ("type", "cameo", "acled", "sentence", "start", "end", "trigger", "date",
                 "date_precision", "actors", "killed", "wounded", "captured", "missing",
                 "approximate", "negated", "location", "confidence")
_MENTION_FIELDS = ("mention", "start", "end", "role", "confidence", "place", "segment")


@dataclass
class AddResult:
    status: str                 # 'added' | 'unchanged' | 'replaced'
    article_id: str
    places: int                 # distinct resolved places
    events: int
    title: str | None = None
    replaced: str | None = None # the id of the earlier version at the same URL

    def to_json(self) -> dict[str, Any]:
        return {"status": self.status, "article_id": self.article_id, "title": self.title,
                "places": self.places, "events": self.events, "replaced": self.replaced}


@dataclass
class EventFilter:
    """Which events to return. Dates compare against the event date, else the article's
    publication date. ``bbox`` is (west, south, east, north) in degrees and selects events whose
    representative point lies inside it (west > east crosses the antimeridian)."""
    since: str | None = None
    until: str | None = None
    types: list[str] = field(default_factory=list)
    countries: list[str] = field(default_factory=list)
    bbox: tuple[float, float, float, float] | None = None
    article: str | None = None          # an article id or unambiguous prefix
    include_negated: bool = True


def _now() -> str:
    return datetime.now(timezone.utc).isoformat(timespec="seconds")


def _dumps(obj: Any) -> str:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":"))


def _is_plain_point(geom: dict | None, lat: float, lon: float) -> bool:
    if not geom:
        return True
    if geom.get("type") != "Point":
        return False
    c = geom.get("coordinates") or ()
    return len(c) == 2 and c[0] == lon and c[1] == lat


def _countries_of(place_id: str | None, place_country: str | None) -> list[str]:
    """ISO codes an event location lies in: the place's own country, and both sides of a border
    ('geomap:border-am-az'), and a Natural Earth country id ('ne:AM')."""
    codes: list[str] = []
    if place_country:
        codes.append(place_country.upper())
    if place_id:
        if place_id.startswith("ne:"):
            codes.append(place_id[3:].upper())
        elif place_id.startswith("geomap:border-"):
            codes.extend(p.upper() for p in place_id[len("geomap:border-"):].split("-") if len(p) == 2)
    return list(dict.fromkeys(c for c in codes if c))


def _check_existing_file(path: Path, deep: bool = True) -> None:
    """Refuse a path that is not a usable geomap store, reading only (never writing).
    ``deep`` adds SQLite's quick_check (a full read, ~0.2 s per 100 MB): done before writing,
    so a damaged store is never written to; queries on a damaged store fail on their own."""
    if path.is_dir():
        raise StoreError(f"store path {path} is a directory, not a file")
    try:
        with path.open("rb") as fh:
            head = fh.read(100)
    except OSError as exc:
        raise StoreError(f"cannot read store {path}: {exc.strerror or exc}") from None
    if not head:
        return                              # an empty file: SQLite treats it as a new database
    if not head.startswith(SQLITE_HEADER) or len(head) < 100:
        raise StoreError(f"{path} is not a geomap store (not an SQLite database); "
                         "move it away or choose another --db")
    try:
        con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        raise StoreError(f"cannot open store {path}: {exc}") from None
    try:
        # one read snapshot for the checks below: another process may be creating the store
        # right now (its tables and its application id appear in one commit)
        con.execute("BEGIN")
        con.execute("SELECT count(*) FROM sqlite_master").fetchone()
        version = con.execute("PRAGMA user_version").fetchone()[0]
        app_id = con.execute("PRAGMA application_id").fetchone()[0]
        tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if app_id != APPLICATION_ID and tables:
            raise StoreError(f"{path} is an SQLite database but not a geomap store; "
                             "choose another --db")
        if version > SCHEMA_VERSION:
            raise StoreError(f"store {path} has schema version {version}, newer than this "
                             f"geomap understands ({SCHEMA_VERSION}); upgrade geomap")
        bad = con.execute("PRAGMA quick_check(1)").fetchone()[0] if deep else "ok"
        if bad != "ok":
            raise StoreError(f"store {path} is corrupt ({bad}); restore it from a backup")
    except sqlite3.DatabaseError as exc:
        raise StoreError(f"store {path} is corrupt or unreadable ({exc}); "
                         "restore it from a backup") from None
    finally:
        con.close()


def _check_writable(path: Path) -> None:
    parent = path.parent if str(path.parent) else Path(".")
    if path.exists():
        if not os.access(path, os.W_OK):
            raise StoreError(f"store {path} is not writable")
        return
    if not parent.exists():
        raise StoreError(f"cannot create store {path}: folder {parent} does not exist")
    if not parent.is_dir():
        raise StoreError(f"cannot create store {path}: {parent} is not a folder")
    if not os.access(parent, os.W_OK | os.X_OK):
        raise StoreError(f"cannot create store {path}: folder {parent} is not writable")


def _db_errors(fn):
    """A damaged store found while reading: a one-line StoreError, not a traceback."""
    import functools

    @functools.wraps(fn)
    def wrapper(self, *args, **kw):
        try:
            return fn(self, *args, **kw)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from None
    return wrapper


def _day_ordered(select: str, where: str, params: list) -> list[tuple[str, list]]:
    """Dated events in date order, then undated ones; within a day in the order they were
    stored (e.id). Two plain queries let SQLite walk the day index instead of sorting."""
    glue = " AND " if where else " WHERE "
    return [(select + where + glue + "e.day IS NOT NULL ORDER BY e.day, e.id", params),
            (select + where + glue + "e.day IS NULL ORDER BY e.id", params)]


def flat_columns_sql(text_booleans: bool, actors: str = "e.actors") -> str:
    """The values of geomap.export.FLAT_COLUMNS as SQL over ``events e JOIN articles a``.
    Booleans as 'true'/'false' (CSV) or 1/0 (GeoPackage); ``actors`` is the SQL of that column
    (default the stored JSON list, which the reader joins)."""
    def boolean(col: str) -> str:
        return (f"CASE WHEN e.{col} THEN 'true' ELSE 'false' END" if text_booleans else
                f"CASE WHEN e.{col} THEN 1 ELSE 0 END")
    return ("e.event_id, e.date, e.date_precision, e.type, e.cameo,"
            " json_extract(e.acled, '$.event_type'), json_extract(e.acled, '$.sub_event_type'),"
            f" e.trigger, {actors}, e.killed, e.wounded, e.captured, e.missing,"
            f" {boolean('approximate')}, {boolean('negated')},"
            " e.confidence, e.loc_name, e.loc_place_id, e.lat, e.lon, e.precision,"
            " e.loc_mention,"
            " " + FIRST_COUNTRY_SQL + ","
            " coalesce(trim(e.countries, ','), ''), e.admin1, e.sentence, e.start, e.\"end\","
            " a.id, a.title, a.url, a.source, a.lang, a.published")


class Store:
    """The SQLite event store. Use :meth:`open`; the constructor takes an open connection."""

    def __init__(self, con: sqlite3.Connection, path: Path, readonly: bool = False):
        self.con = con
        self.path = path
        self.readonly = readonly
        self._geom_cache: dict[str, dict] = {}          # geometry id → parsed (reading)
        self._geom_seen: dict[int, tuple] = {}     # id(obj) → (obj, gid, bbox, text) (writing)
        self._bbox_by_gid: dict[str, tuple | None] = {}
        self._tx_geoms: set[str] = set()                # geometries written in this transaction

    # ------------------------------------------------------------------ opening
    @classmethod
    def open(cls, path: str | os.PathLike | None = None, *, create: bool = True,
             readonly: bool = False) -> "Store":
        """Open (creating and migrating if needed) the store at ``path`` (default
        ``geomap.config.db_path()``). ``readonly`` opens an existing store for queries only."""
        if path is None:
            from .config import db_path
            path = db_path()
        path = Path(path)
        exists = path.exists()
        if exists:
            _check_existing_file(path, deep=not readonly)
        elif readonly or not create:
            raise StoreError(f"no event store at {path}; add articles first with `geomap add`"
                             " (or pass --db / set GEOMAP_DB)")
        if readonly and exists and path.stat().st_size == 0:
            raise StoreError(f"store {path} is empty; add articles first with `geomap add`")
        if not readonly:
            _check_writable(path)
        try:
            if readonly:
                con = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True,
                                      isolation_level=None, check_same_thread=False)
            else:
                con = sqlite3.connect(str(path), isolation_level=None, timeout=BUSY_TIMEOUT_MS / 1000,
                                      check_same_thread=False)
        except sqlite3.Error as exc:
            raise StoreError(f"cannot open store {path}: {exc}") from None
        store = cls(con, path, readonly=readonly)
        # Two processes creating one new store at once: switching it to WAL needs the file to
        # itself, and SQLite may answer 'locked' at once instead of waiting (it will not wait
        # where waiting could deadlock). Such a set-up is retried until the busy timeout.
        deadline = time.monotonic() + BUSY_TIMEOUT_MS / 1000
        while True:
            try:
                store._setup()
                return store
            except sqlite3.OperationalError as exc:
                if ("locked" in str(exc) or "busy" in str(exc)) and time.monotonic() < deadline:
                    time.sleep(0.05 + random.random() * 0.1)
                    continue
                con.close()
                raise StoreError(f"cannot open store {path}: {exc}") from None
            except sqlite3.Error as exc:
                con.close()
                raise StoreError(f"cannot open store {path}: {exc}") from None
            except StoreError:
                con.close()
                raise

    def _setup(self) -> None:
        con = self.con
        con.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        con.execute("PRAGMA foreign_keys = ON")
        if self.readonly:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            if version != SCHEMA_VERSION:
                raise StoreError(f"store {self.path} has schema version {version}; open it "
                                 "once for writing (geomap add) to migrate it")
            return
        if con.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal":
            con.execute("PRAGMA journal_mode = WAL")
        con.execute("PRAGMA synchronous = NORMAL")   # WAL + NORMAL: durable on commit to the OS
        self._migrate()

    def _migrate(self) -> None:
        con = self.con
        if con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION:
            return
        con.execute("BEGIN IMMEDIATE")               # another process may be migrating too
        try:
            version = con.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise StoreError(f"store {self.path} has schema version {version}, newer than "
                                 f"this geomap understands ({SCHEMA_VERSION}); upgrade geomap")
            for step in range(version, SCHEMA_VERSION):
                for stmt in _split_sql(MIGRATIONS[step]):
                    con.execute(stmt)
            con.execute(f"PRAGMA application_id = {APPLICATION_ID}")
            con.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise

    def close(self) -> None:
        if self.con is not None:
            self.con.close()
            self.con = None

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()

    # ------------------------------------------------------------------ writing
    def add_document(self, doc: Document) -> AddResult:
        """Store one annotated article in one transaction.

        Same text already stored → 'unchanged' (nothing written). Different text at a URL that
        is already stored → the earlier version and its events are replaced ('replaced')."""
        if self.readonly:
            raise StoreError(f"store {self.path} was opened read-only")
        aid = doc.id
        con = self.con
        self._tx_geoms.clear()
        try:
            con.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"store {self.path} is busy or unwritable: {exc}") from None
        try:
            if con.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone():
                places, events = self._counts(aid)
                con.execute("COMMIT")
                return AddResult("unchanged", aid, places, events, doc.title)
            replaced = None
            if doc.url:
                row = con.execute("SELECT id FROM articles WHERE url = ?", (doc.url,)).fetchone()
                if row:
                    replaced = row[0]
                    self._delete_article(replaced)
            self._insert(doc, aid)
            places, events = self._counts(aid)
            con.execute("COMMIT")
        except BaseException as exc:
            con.execute("ROLLBACK")
            if isinstance(exc, sqlite3.Error):
                raise StoreError(f"cannot write to store {self.path}: {exc}") from None
            raise
        return AddResult("replaced" if replaced else "added", aid, places, events, doc.title,
                         replaced)

    @_db_errors
    def unchanged(self, doc: Document) -> AddResult | None:
        """The 'unchanged' result if this very text is stored already, else None (no write)."""
        aid = doc.id
        if not self.con.execute("SELECT 1 FROM articles WHERE id = ?", (aid,)).fetchone():
            return None
        places, events = self._counts(aid)
        title = self.con.execute("SELECT title FROM articles WHERE id = ?", (aid,)).fetchone()[0]
        return AddResult("unchanged", aid, places, events, title)

    def _counts(self, aid: str) -> tuple[int, int]:
        places = self.con.execute("SELECT count(DISTINCT place_id) FROM mentions "
                                  "WHERE article_id = ? AND place_id IS NOT NULL", (aid,)).fetchone()[0]
        events = self.con.execute("SELECT count(*) FROM events WHERE article_id = ?",
                                  (aid,)).fetchone()[0]
        return places, events

    def _geometry_id(self, geom: dict | None) -> str | None:
        return self._geometry_info(geom)[0]

    def _geometry_info(self, geom: dict | None) -> tuple[str | None, tuple | None]:
        """(id, bbox) of a geometry, storing it once. A border or country polygon comes back
        for event after event (often as the very same object): serialising and walking it
        each time would cost more than the rest of the insert, so results are remembered per
        object (holding a reference, so the id() cannot be reused) and per id."""
        if not geom:
            return None, None
        hit = self._geom_seen.get(id(geom))
        if hit is not None and hit[0] is geom:
            _, gid, bbox, text = hit
        else:
            text = _dumps(geom)
            gid = hashlib.sha1(text.encode("utf-8")).hexdigest()
            bbox = self._bbox_by_gid.get(gid)
            if bbox is None:
                bbox = geojson_bbox(geom)
                if len(self._bbox_by_gid) > 4096:
                    self._bbox_by_gid.clear()
                self._bbox_by_gid[gid] = bbox
            if len(self._geom_seen) > 256:
                self._geom_seen.clear()
            self._geom_seen[id(geom)] = (geom, gid, bbox, text)
        if gid not in self._tx_geoms:        # once per transaction (it may have rolled back)
            self.con.execute("INSERT OR IGNORE INTO geometries(id, geojson) VALUES (?, ?)",
                             (gid, text))
            self._tx_geoms.add(gid)
        return gid, bbox

    def _upsert_place(self, p) -> None:
        self.con.execute(
            "INSERT INTO places(id, name, country, feature, lat, lon, population, admin1, source,"
            " geometry_id) VALUES (?,?,?,?,?,?,?,?,?,?) ON CONFLICT(id) DO UPDATE SET"
            " name=excluded.name, country=excluded.country, feature=excluded.feature,"
            " lat=excluded.lat, lon=excluded.lon, population=excluded.population,"
            " admin1=excluded.admin1, source=excluded.source,"
            " geometry_id=coalesce(excluded.geometry_id, places.geometry_id)",
            (p.id, p.name, p.country, p.feature, p.lat, p.lon, p.population, p.admin1, p.source,
             self._geometry_id(p.geometry)))

    def _insert(self, doc: Document, aid: str) -> None:
        con = self.con
        dl = None
        if doc.dateline is not None:     # as Document.to_json() has it (without its cost)
            dl = {"text": doc.dateline.mention,
                  "place_id": doc.dateline.place.id if doc.dateline.place else None}
        con.execute(
            "INSERT INTO articles(id, url, title, source, lang, published, added_at, dateline,"
            " segments, meta, text) VALUES (?,?,?,?,?,?,?,?,?,?,?)",
            (aid, doc.url, doc.title, doc.source, doc.lang, doc.published, _now(),
             _dumps(dl) if dl else None,
             _dumps([[s.kind, s.start, s.end] for s in doc.segments]),
             _dumps(_jsonable(doc.meta)), doc.text))
        places = {}
        for m in doc.mentions + ([doc.dateline] if doc.dateline else []):
            if m.place is not None:
                places[m.place.id] = m.place
        for p in places.values():
            self._upsert_place(p)
        con.executemany(
            'INSERT INTO mentions(article_id, seq, mention, start, "end", role, confidence,'
            " segment, place_id, extra) VALUES (?,?,?,?,?,?,?,?,?,?)",
            [(aid, i, m.mention, m.start, m.end, m.role, m.confidence, m.segment,
              m.place.id if m.place else None, _extra_json(m, _MENTION_FIELDS))
             for i, m in enumerate(doc.mentions)])
        rows = [self._event_row(doc, aid, i, e, places) for i, e in enumerate(doc.events)]
        con.executemany(
            "INSERT INTO events(event_id, article_id, seq, type, cameo, acled, sentence, start,"
            ' "end", trigger, date, date_precision, day, actors, killed, wounded, captured,'
            " missing, approximate, negated, confidence, has_location, loc_name, loc_place_id,"
            " lat, lon, precision, loc_mention, geometry_id, min_lon, min_lat, max_lon, max_lat,"
            " countries, admin1, extra) VALUES (" + ",".join("?" * 36) + ")", rows)

    def _event_row(self, doc: Document, aid: str, i: int, e: Event, places: dict) -> tuple:
        loc = e.location
        place = places.get(loc.place_id) if loc and loc.place_id else None
        gid, bbox = None, (None, None, None, None)
        if loc is not None:
            geom = loc.geometry
            if _is_plain_point(geom, loc.lat, loc.lon):
                # the usual case: the geometry is the point lat/lon, rebuilt when read (no row
                # in geometries, no join, no JSON to parse for most events)
                bbox = (loc.lon, loc.lat, loc.lon, loc.lat)
            else:
                gid, bbox = self._geometry_info(geom)
                bbox = bbox or (None, None, None, None)
        countries = _countries_of(loc.place_id if loc else None, place.country if place else None)
        return (
            f"{aid[:16]}-{i}", aid, i, e.type, e.cameo, _dumps(e.acled) if e.acled else None,
            e.sentence, e.start, e.end, e.trigger, e.date, e.date_precision,
            e.date or doc.published, _dumps(list(e.actors or [])), e.killed, e.wounded,
            e.captured, e.missing, int(bool(e.approximate)), int(bool(e.negated)), e.confidence,
            int(loc is not None), loc.name if loc else None, loc.place_id if loc else None,
            loc.lat if loc else None, loc.lon if loc else None, loc.precision if loc else None,
            loc.mention if loc else None, gid, *bbox,
            f",{','.join(countries)}," if countries else None,
            place.admin1 if place else None,
            _extra_json(e, _EVENT_FIELDS))

    def _delete_article(self, aid: str) -> None:
        self.con.execute("DELETE FROM articles WHERE id = ?", (aid,))   # cascades
        # Places and geometries no article refers to any more go too: the store stays small.
        self.con.execute("DELETE FROM places WHERE id NOT IN (SELECT place_id FROM mentions "
                         "WHERE place_id IS NOT NULL)")
        self.con.execute("DELETE FROM geometries WHERE id NOT IN (SELECT geometry_id FROM events "
                         "WHERE geometry_id IS NOT NULL) AND id NOT IN (SELECT geometry_id FROM "
                         "places WHERE geometry_id IS NOT NULL)")

    def resolve_id(self, ref: str) -> str:
        """The full id of the article ``ref`` names: an id, an unambiguous id prefix or a URL."""
        ref = (ref or "").strip()
        if not ref:
            raise StoreError("no article id given")
        rows = self.con.execute("SELECT id FROM articles WHERE url = ?", (ref,)).fetchall()
        if not rows:
            if not all(c in "0123456789abcdefABCDEF" for c in ref):
                raise StoreError(f"no stored article with id or URL {ref!r}")
            rows = self.con.execute("SELECT id FROM articles WHERE id >= ? AND id < ? LIMIT 3",
                                    (ref.lower(), ref.lower() + "g")).fetchall()
        if not rows:
            raise StoreError(f"no stored article with id {ref!r} (see `geomap articles`)")
        if len(rows) > 1:
            raise StoreError(f"article id prefix {ref!r} is ambiguous; give more characters")
        return rows[0][0]

    def remove(self, article_id: str) -> dict[str, Any]:
        """Remove an article and its mentions and events; returns what was removed."""
        if self.readonly:
            raise StoreError(f"store {self.path} was opened read-only")
        con = self.con
        con.execute("BEGIN IMMEDIATE")
        try:
            aid = self.resolve_id(article_id)
            info = self._article_rows("WHERE a.id = ?", (aid,))[0]
            self._delete_article(aid)
            con.execute("COMMIT")
        except BaseException:
            con.execute("ROLLBACK")
            raise
        return info

    # ------------------------------------------------------------------ reading
    def _article_rows(self, where: str = "", params: tuple = ()) -> list[dict[str, Any]]:
        sql = ("SELECT a.id, a.title, a.url, a.source, a.lang, a.published, a.added_at,"
               " (SELECT count(DISTINCT place_id) FROM mentions m WHERE m.article_id = a.id"
               "  AND m.place_id IS NOT NULL),"
               " (SELECT count(*) FROM events e WHERE e.article_id = a.id)"
               f" FROM articles a {where} ORDER BY a.added_at, a.rowid")
        keys = ("id", "title", "url", "source", "lang", "published", "added", "places", "events")
        return [dict(zip(keys, r)) for r in self.con.execute(sql, params)]

    @_db_errors
    def articles(self) -> list[dict[str, Any]]:
        """Every stored article: id, title, url, source, lang, published, added, places, events."""
        return self._article_rows()

    @_db_errors
    def article(self, article_id: str) -> dict[str, Any]:
        """One article with its text (id, prefix or URL)."""
        aid = self.resolve_id(article_id)
        info = self._article_rows("WHERE a.id = ?", (aid,))[0]
        info["text"] = self.con.execute("SELECT text FROM articles WHERE id = ?", (aid,)).fetchone()[0]
        return info

    @_db_errors
    def counts(self) -> dict[str, int]:
        return {t: self.con.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("articles", "places", "mentions", "events")}

    def _geometry(self, gid: str | None) -> dict | None:
        if gid is None:
            return None
        g = self._geom_cache.get(gid)
        if g is None:
            row = self.con.execute("SELECT geojson FROM geometries WHERE id = ?", (gid,)).fetchone()
            g = json.loads(row[0]) if row else None
            self._geom_cache[gid] = g
        return g

    def _where(self, f: EventFilter | None, alias: str = "e") -> tuple[str, list]:
        if f is None:
            return "", []
        clauses: list[str] = []
        params: list[Any] = []
        if f.since:
            clauses.append(f"{alias}.day >= ?")
            params.append(f.since)
        if f.until:
            # '2021-11-30' must keep '2021-11-30' itself; a month '2021-11' keeps all of November
            clauses.append(f"{alias}.day <= ?")
            params.append(f.until + ("" if len(f.until) >= 10 else "-99"))
        if f.types:
            clauses.append(f"{alias}.type IN ({','.join('?' * len(f.types))})")
            params.extend(f.types)
        if f.countries:
            clauses.append("(" + " OR ".join(f"{alias}.countries LIKE ?" for _ in f.countries) + ")")
            params.extend(f"%,{c.upper()},%" for c in f.countries)
        if f.bbox:
            w, s, e, n = f.bbox
            clauses.append(f"{alias}.lat BETWEEN ? AND ?")
            params.extend([s, n])
            if w <= e:
                clauses.append(f"{alias}.lon BETWEEN ? AND ?")
                params.extend([w, e])
            else:
                clauses.append(f"({alias}.lon >= ? OR {alias}.lon <= ?)")
                params.extend([w, e])
        if f.article:
            clauses.append(f"{alias}.article_id = ?")
            params.append(self.resolve_id(f.article))
        if not f.include_negated:
            clauses.append(f"{alias}.negated = 0")
        return ("WHERE " + " AND ".join(clauses)) if clauses else "", params

    def iter_events(self, filters: EventFilter | None = None) -> Iterator[dict[str, Any]]:
        """Event records (see module doc), oldest first; a generator so exports stream.

        Records of events at the same place share one geometry dict (parsed once): treat it
        as read-only."""
        where, params = self._where(filters)
        cols = ("SELECT e.event_id, e.type, e.cameo, e.acled, e.sentence, e.start, e.\"end\","
                " e.trigger, e.date, e.date_precision, e.actors, e.killed, e.wounded, e.captured,"
                " e.missing, e.approximate, e.negated, e.confidence, e.has_location, e.loc_name,"
                " e.loc_place_id, e.lat, e.lon, e.precision, e.loc_mention, e.geometry_id,"
                " e.countries, e.admin1, e.extra, e.article_id FROM events e ")
        passes = _day_ordered(cols, where, params)
        return self._guarded(passes)      # filters are checked now, rows read when iterated

    def _guarded(self, passes) -> Iterator[dict[str, Any]]:
        try:
            yield from self._records(passes)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from None

    def _records(self, passes) -> Iterator[dict[str, Any]]:
        loads = json.loads
        # The article of each record, from one query instead of six columns on every row.
        articles = {r[0]: {"id": r[0], "title": r[1], "url": r[2], "source": r[3],
                           "lang": r[4], "published": r[5]}
                    for r in self.con.execute("SELECT id, title, url, source, lang, published "
                                              "FROM articles")}
        parsed: dict[str, Any] = {}          # JSON texts that repeat (actors, acled)

        def cached(text):
            v = parsed.get(text)
            if v is None:
                if len(parsed) > 10_000:
                    parsed.clear()
                v = parsed[text] = loads(text)
            return v

        rows = (r for sql, p in passes for r in self.con.execute(sql, p))
        for r in rows:
            art = articles.get(r[29])
            if art is None:                  # stored by another process since the preload
                a = self.con.execute("SELECT id, title, url, source, lang, published FROM "
                                     "articles WHERE id = ?", (r[29],)).fetchone()
                art = articles[r[29]] = dict(zip(("id", "title", "url", "source", "lang",
                                                  "published"), a or (r[29],) + (None,) * 5))
            loc = None
            if r[18]:
                gid = r[25]
                geom = (self._geometry(gid) if gid is not None else
                        {"type": "Point", "coordinates": [r[22], r[21]]})
                loc = {"name": r[19], "place_id": r[20], "lat": r[21], "lon": r[22],
                       "geometry": geom, "precision": r[23], "mention": r[24]}
            countries = r[26].strip(",").split(",") if r[26] else []
            rec = {"event_id": r[0], "type": r[1], "cameo": r[2],
                   "acled": dict(cached(r[3])) if r[3] else None, "sentence": r[4],
                   "start": r[5], "end": r[6], "trigger": r[7], "date": r[8],
                   "date_precision": r[9], "actors": list(cached(r[10])) if r[10] else [],
                   "killed": r[11], "wounded": r[12], "captured": r[13], "missing": r[14],
                   "approximate": bool(r[15]), "negated": bool(r[16]), "location": loc,
                   "confidence": r[17], "country": countries[0] if countries else None,
                   "countries": countries, "admin1": r[27], "article": art}
            if r[28]:
                for k, v in loads(r[28]).items():
                    rec.setdefault(k, v)
            yield rec

    def iter_event_json(self, filters: EventFilter | None = None) -> Iterator[str]:
        """The records of :meth:`iter_events` as JSON texts, built by SQLite's JSON functions
        (several times faster than dicts + json.dumps for a full export). Same content;
        keys of 'location' and 'article' come last."""
        where, params = self._where(filters)
        sql = ("SELECT json_object('event_id', e.event_id, 'type', e.type, 'cameo', e.cameo,"
               " 'acled', json(e.acled), 'sentence', e.sentence, 'start', e.start,"
               " 'end', e.\"end\", 'trigger', e.trigger, 'date', e.date,"
               " 'date_precision', e.date_precision, 'actors', json(coalesce(e.actors, '[]')),"
               " 'killed', e.killed, 'wounded', e.wounded, 'captured', e.captured,"
               " 'missing', e.missing,"
               " 'approximate', json(CASE WHEN e.approximate THEN 'true' ELSE 'false' END),"
               " 'negated', json(CASE WHEN e.negated THEN 'true' ELSE 'false' END),"
               " 'confidence', e.confidence,"
               " 'country', " + FIRST_COUNTRY_SQL + ","
               " 'countries', json(CASE WHEN e.countries IS NULL THEN '[]' ELSE"
               "   '[\"' || replace(trim(e.countries, ','), ',', '\",\"') || '\"]' END),"
               " 'admin1', e.admin1),"
               " CASE WHEN e.has_location THEN json_object('name', e.loc_name,"
               "   'place_id', e.loc_place_id, 'lat', e.lat, 'lon', e.lon,"
               "   'precision', e.precision, 'mention', e.loc_mention) END,"
               " e.geometry_id, json_array(e.lon, e.lat), e.article_id, e.extra"
               " FROM events e ")
        passes = _day_ordered(sql, where, params)
        return self._guarded_json(passes)

    def _guarded_json(self, passes) -> Iterator[str]:
        try:
            yield from self._json_records(passes)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from None

    def _json_records(self, passes) -> Iterator[str]:
        dumps = json.dumps
        arts = {r[0]: dumps({"id": r[0], "title": r[1], "url": r[2], "source": r[3],
                             "lang": r[4], "published": r[5]}, ensure_ascii=False)
                for r in self.con.execute("SELECT id, title, url, source, lang, published "
                                          "FROM articles")}
        geom_text: dict[str, str] = {}
        for sql, params in passes:
            for body, loc, gid, point, aid, extra in self.con.execute(sql, params):
                art = arts.get(aid)
                if art is None:                # stored by another process since the preload
                    a = self.con.execute("SELECT id, title, url, source, lang, published FROM "
                                         "articles WHERE id = ?", (aid,)).fetchone()
                    art = arts[aid] = dumps(dict(zip(("id", "title", "url", "source", "lang",
                                                      "published"), a or (aid,) + (None,) * 5)),
                                            ensure_ascii=False)
                if loc is None:
                    loc_text = "null"
                else:
                    g = self._geometry_json(gid, point, geom_text)
                    loc_text = loc[:-1] + ',"geometry":' + g + "}"
                text = body[:-1] + ',"location":' + loc_text + ',"article":' + art + "}"
                if extra:                      # fields a later stage added: rare, slow path
                    rec = json.loads(text)
                    for k, v in json.loads(extra).items():
                        rec.setdefault(k, v)
                    text = dumps(rec, ensure_ascii=False)
                yield text

    def iter_geojson_features(self, filters: EventFilter | None = None) -> Iterator[str]:
        """GeoJSON Feature texts of the events, properties = geomap.export.FLAT_COLUMNS, built
        by SQLite's JSON functions (the fast path of `geomap events --format geojson`; the
        same as geomap.export.geojson_feature() of each record)."""
        where, params = self._where(filters)
        sql = ("SELECT json_quote(e.event_id), e.has_location, e.geometry_id,"
               " json_array(e.lon, e.lat), json_object("
               " 'event_id', e.event_id, 'date', e.date, 'date_precision', e.date_precision,"
               " 'type', e.type, 'cameo', e.cameo,"
               " 'acled_event_type', json_extract(e.acled, '$.event_type'),"
               " 'acled_sub_event_type', json_extract(e.acled, '$.sub_event_type'),"
               " 'trigger', e.trigger, 'actors', json(coalesce(e.actors, '[]')),"
               " 'killed', e.killed, 'wounded', e.wounded, 'captured', e.captured,"
               " 'missing', e.missing,"
               " 'approximate', json(CASE WHEN e.approximate THEN 'true' ELSE 'false' END),"
               " 'negated', json(CASE WHEN e.negated THEN 'true' ELSE 'false' END),"
               " 'confidence', e.confidence, 'location', e.loc_name, 'place_id', e.loc_place_id,"
               " 'lat', e.lat, 'lon', e.lon, 'geo_precision', e.precision,"
               " 'location_mention', e.loc_mention,"
               " 'country', " + FIRST_COUNTRY_SQL + ","
               " 'countries', coalesce(trim(e.countries, ','), ''), 'admin1', e.admin1,"
               " 'sentence', e.sentence, 'start', e.start, 'end', e.\"end\","
               " 'article_id', a.id, 'article_title', a.title, 'article_url', a.url,"
               " 'article_source', a.source, 'article_lang', a.lang,"
               " 'article_published', a.published)"
               " FROM events e JOIN articles a ON a.id = e.article_id ")
        passes = _day_ordered(sql, where, params)
        return self._guarded_features(passes)

    def _guarded_features(self, passes) -> Iterator[str]:
        geom_text: dict[str, str] = {}
        try:
            for sql, params in passes:
                for fid, has_loc, gid, point, props in self.con.execute(sql, params):
                    g = self._geometry_json(gid, point, geom_text) if has_loc else "null"
                    yield ('{"type":"Feature","id":' + fid + ',"geometry":' + g
                           + ',"properties":' + props + "}")
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from None

    def iter_flat_rows(self, filters: EventFilter | None = None) -> Iterator[tuple]:
        """Flat rows for CSV: the values of geomap.export.FLAT_COLUMNS in order (booleans as
        'true'/'false', actors joined with '; ', NULL as None), then the GeoJSON geometry
        (a shared dict, or None). The fast path of `geomap events --format csv`."""
        where, params = self._where(filters)
        sql = ("SELECT " + flat_columns_sql(text_booleans=True) + ", e.has_location, e.geometry_id"
               " FROM events e JOIN articles a ON a.id = e.article_id ")
        passes = _day_ordered(sql, where, params)
        return self._guarded_flat(passes)

    def ordered_event_queries(self, filters: EventFilter | None = None,
                              schema: str = "main") -> list[tuple[str, list]]:
        """The queries (sql, params) of the row ids (events.id) of the events matching
        ``filters``, in the order of iter_events. ``schema`` names the store in SQL run on
        another connection that attached it (the GeoPackage export copies rows in bulk)."""
        where, params = self._where(filters)
        return _day_ordered(f"SELECT e.id FROM {schema}.events e ", where, params)

    def _guarded_flat(self, passes) -> Iterator[tuple]:
        actors: dict[str, str] = {}
        try:
            for sql, params in passes:
                for r in self.con.execute(sql, params):
                    a = r[8]
                    if a is not None:
                        joined = actors.get(a)
                        if joined is None:
                            joined = actors[a] = "; ".join(json.loads(a))
                    else:
                        joined = ""
                    geom = None
                    if r[34]:
                        geom = (self._geometry(r[35]) if r[35] is not None else
                                {"type": "Point", "coordinates": [r[19], r[18]]})
                    yield (*r[:8], joined, *r[9:34], geom)
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from None

    def _geometry_json(self, gid: str | None, point: str, cache: dict[str, str]) -> str:
        """The GeoJSON text of an event's geometry: its point, or a shared shape read once."""
        if gid is None:
            return '{"type":"Point","coordinates":' + point + "}"
        g = cache.get(gid)
        if g is None:
            row = self.con.execute("SELECT geojson FROM geometries WHERE id = ?", (gid,)).fetchone()
            g = cache[gid] = row[0] if row else "null"
        return g

    def iter_csv_lines(self, filters: EventFilter | None = None) -> Iterator[str]:
        """The data lines of geomap.export.write_csv (without its header), for
        `geomap events --format csv`. SQLite joins each run of text/integer columns with a
        unit separator (U+001F); Python turns it into commas, quoting fields only in the rare
        runs that hold a quote, comma, CR or LF (one C-level scan of the run, instead of a
        per-field check in SQL or in the csv module). Floats are formatted by Python (repr,
        as the csv module writes them), the geometry's WKT once per shared geometry."""
        from .export import to_wkt

        # '#': an integer or 'true'/'false' column (never needs quoting). Actors (a JSON list,
        # joined and quoted once per distinct list) and the floats sit between the runs.
        runs = [
            ["e.event_id", "e.date", "#e.date_precision", "e.type", "e.cameo",
             "json_extract(e.acled, '$.event_type')",
             "json_extract(e.acled, '$.sub_event_type')", "e.trigger"],
            ["#e.killed", "#e.wounded", "#e.captured", "#e.missing",
             "#CASE WHEN e.approximate THEN 'true' ELSE 'false' END",
             "#CASE WHEN e.negated THEN 'true' ELSE 'false' END"],
            ["e.loc_name", "e.loc_place_id"],
            ["#e.precision", "e.loc_mention",
             FIRST_COUNTRY_SQL,
             "coalesce(trim(e.countries, ','), '')", "e.admin1", "e.sentence", "#e.start",
             "#e.\"end\""],
        ]                                   # then the article's columns, preformatted once
        runs = [[c.lstrip("#") for c in run] for run in runs]

        def joined(run: list[str]) -> str:
            return " || char(31) || ".join(f"coalesce({c}, '')" for c in run)

        where, params = self._where(filters)
        # the runs in one text, split by U+001E: one scan and one split per row
        sql = (f"SELECT e.id, {' || char(30) || '.join(joined(r) for r in runs)}, e.actors,"
               " e.confidence, e.lat, e.lon, e.has_location, e.geometry_id, e.article_id"
               " FROM events e ")
        passes = _day_ordered(sql, where, params)
        return self._guarded_csv(passes, runs, to_wkt)

    def _guarded_csv(self, passes, runs, to_wkt) -> Iterator[str]:
        wkt: dict[str, str] = {}
        actors: dict[str | None, str] = {None: ""}
        seps = sum(len(r) - 1 for r in runs)         # U+001F separators in a row

        def quoted(v: str) -> str:          # the csv module's minimal quoting (+ CR/LF)
            if '"' in v or "," in v or "\n" in v or "\r" in v:
                return '"' + v.replace('"', '""') + '"'
            return v

        def slow_runs(eid: int, raw: str) -> list[str]:
            if raw.count("\x1f") == seps and raw.count("\x1e") == len(runs) - 1:
                return [",".join(map(quoted, run.split("\x1f"))) for run in raw.split("\x1e")]
            # a value holds U+001E/U+001F itself: ask for the fields one by one
            row = self.con.execute(
                f"SELECT {', '.join(c for r in runs for c in r)} FROM events e"
                " WHERE e.id = ?", (eid,)).fetchone()
            vals = ["" if v is None else str(v) for v in row]
            out, i = [], 0
            for r in runs:
                out.append(",".join(map(quoted, vals[i:i + len(r)])))
                i += len(r)
            return out

        def num(v) -> str:
            return "" if v is None else repr(float(v)) if isinstance(v, float) else str(v)

        art_sql = "SELECT id, title, url, source, lang, published FROM articles"

        def art_text(row) -> str:
            return ",".join(quoted("" if v is None else str(v)) for v in row)

        arts = {r[0]: art_text(r) for r in self.con.execute(art_sql)}

        try:
            for sql, params in passes:
                for (eid, raw, acts, conf, lat, lon, has_loc, gid,
                     aid) in self.con.execute(sql, params):
                    art = arts.get(aid)
                    if art is None:         # stored by another process since the preload
                        row = self.con.execute(art_sql + " WHERE id = ?", (aid,)).fetchone()
                        if row is None:     # no article: not exported (as an inner join)
                            continue
                        art = arts[aid] = art_text(row)
                    if ('"' in raw or "," in raw or "\n" in raw or "\r" in raw
                            or raw.count("\x1f") != seps):
                        r0, r1, r2, r3 = slow_runs(eid, raw)
                    else:
                        r0, r1, r2, r3 = raw.replace("\x1f", ",").split("\x1e")
                    act = actors.get(acts)
                    if act is None:
                        act = actors[acts] = quoted("; ".join(json.loads(acts)))
                    if not has_loc:
                        g = "\n"
                    elif gid is None:
                        g = f'"POINT ({float(lon)!r} {float(lat)!r})"\n'
                    else:
                        g = wkt.get(gid)
                        if g is None:
                            geom = self._geometry(gid)
                            g = wkt[gid] = ('"' + to_wkt(geom) + '"\n') if geom else "\n"
                    yield f"{r0},{act},{r1},{num(conf)},{r2},{num(lat)},{num(lon)},{r3},{art},{g}"
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from None

    def iter_acled_rows(self, filters: EventFilter | None = None) -> Iterator[tuple]:
        """geomap.export.ACLED_SOURCE tuples of the events (actors as a list), straight from
        SQLite: the fast path of `geomap events --format acled-csv`."""
        where, params = self._where(filters)
        sql = ("SELECT e.event_id, e.type, e.cameo, json_extract(e.acled, '$.event_type'),"
               " json_extract(e.acled, '$.sub_event_type'),"
               " " + FIRST_COUNTRY_SQL + ","
               " e.admin1, e.has_location, e.loc_name, e.lat, e.lon, e.precision, e.actors,"
               " e.date, e.date_precision, e.article_id, e.sentence,"
               " e.approximate, e.killed, e.negated FROM events e ")
        passes = _day_ordered(sql, where, params)
        return self._guarded_acled(passes)

    def _guarded_acled(self, passes) -> Iterator[tuple]:
        actors: dict[str | None, list] = {None: []}
        art_sql = "SELECT id, published, source, url FROM articles"
        try:
            # (published, source, url) of each article from one query, not a join per event
            arts = {r[0]: r[1:] for r in self.con.execute(art_sql)}
            for sql, params in passes:
                for r in self.con.execute(sql, params):
                    art = arts.get(r[15])
                    if art is None:             # stored by another process since the preload
                        row = self.con.execute(art_sql + " WHERE id = ?", (r[15],)).fetchone()
                        if row is None:         # no article: not exported (as an inner join)
                            continue
                        art = arts[r[15]] = row[1:]
                    a = actors.get(r[12])
                    if a is None:
                        a = actors[r[12]] = json.loads(r[12])   # shared: read-only
                    yield (*r[:12], a, r[13], r[14], *art, *r[16:])
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from None

    def iter_table_lines(self, filters: EventFilter | None = None) -> Iterator[str]:
        """The lines of geomap.export.write_table (without its header), formatted by SQLite's
        printf: the default `geomap events` output stays well under 2 s at 100,000 events."""
        from .export import TABLE_COLUMNS

        def one_line(x: str) -> str:
            return f"replace(replace(replace({x}, char(10), ' '), char(13), ' '), char(9), ' ')"

        def clip(x: str, w: int) -> str:     # as export._clip: cut with an ellipsis
            x = one_line(x)
            return f"CASE WHEN length({x}) > {w} THEN substr({x}, 1, {w - 1}) || '…' ELSE {x} END"

        fmt = "  ".join(f"%!-{w}.{w}s" for _, w in TABLE_COLUMNS)
        cells = [
            "e.event_id",
            "coalesce(e.date, a.published, '?')",
            "CASE WHEN e.negated THEN 'not ' ELSE '' END || e.type",
            one_line("coalesce(e.loc_name, '(unknown)')"),
            "coalesce(trim(e.countries, ','), '')",
            "coalesce(e.killed, '-') || '/' || coalesce(e.wounded, '-') || '/' ||"
            " coalesce(e.captured, '-')",
            clip("coalesce(a.title, a.url, substr(a.id, 1, 12))", TABLE_COLUMNS[-1][1]),
        ]
        where, params = self._where(filters)
        sql = (f"SELECT rtrim(printf('{fmt}', {', '.join(cells)}))"
               " FROM events e JOIN articles a ON a.id = e.article_id ")
        passes = _day_ordered(sql, where, params)
        return self._guarded_lines(passes)

    def _guarded_lines(self, passes) -> Iterator[str]:
        try:
            for sql, params in passes:
                for (line,) in self.con.execute(sql, params):
                    yield line
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"cannot read store {self.path}: {exc}") from None

    def events(self, filters: EventFilter | None = None, **kw) -> list[dict[str, Any]]:
        """Event records matching ``filters`` (an :class:`EventFilter`, or its fields as keywords)."""
        if filters is None and kw:
            filters = EventFilter(**kw)
        return list(self.iter_events(filters))

    @_db_errors
    def places_summary(self, filters: EventFilter | None = None, **kw) -> list[dict[str, Any]]:
        """Every resolved place mentioned in the stored articles, with its geometry:
        ``{"place", "count" (mentions), "roles" {role: n}, "articles", "events"}``, most
        mentioned first. Filters: since/until (on the article's publication date), countries
        and bbox (on the place), article."""
        if filters is None and kw:
            filters = EventFilter(**kw)
        clauses, params = [], []
        f = filters
        if f:
            if f.since:
                clauses.append("a.published >= ?")
                params.append(f.since)
            if f.until:
                clauses.append("a.published <= ?")
                params.append(f.until + ("" if len(f.until) >= 10 else "-99"))
            if f.countries:
                clauses.append(f"p.country IN ({','.join('?' * len(f.countries))})")
                params.extend(c.upper() for c in f.countries)
            if f.bbox:
                w, s, e, n = f.bbox
                clauses.append("p.lat BETWEEN ? AND ?")
                params.extend([s, n])
                clauses.append("p.lon BETWEEN ? AND ?" if w <= e else "(p.lon >= ? OR p.lon <= ?)")
                params.extend([w, e])
            if f.article:
                clauses.append("m.article_id = ?")
                params.append(self.resolve_id(f.article))
        where = ("AND " + " AND ".join(clauses)) if clauses else ""
        sql = ("SELECT p.id, p.name, p.country, p.feature, p.lat, p.lon, p.population,"
               " p.admin1, p.geometry_id, m.role, count(*), count(DISTINCT m.article_id)"
               " FROM mentions m JOIN places p ON p.id = m.place_id"
               f" JOIN articles a ON a.id = m.article_id WHERE 1 {where}"
               " GROUP BY p.id, m.role")
        out: dict[str, dict] = {}
        for r in self.con.execute(sql, params):
            s = out.get(r[0])
            if s is None:
                geom = self._geometry(r[8]) or {"type": "Point", "coordinates": [r[5], r[4]]}
                s = out[r[0]] = {"place": {"id": r[0], "name": r[1], "country": r[2],
                                           "feature": r[3], "lat": r[4], "lon": r[5],
                                           "population": r[6], "admin1": r[7], "geometry": geom},
                                 "count": 0, "roles": {}, "articles": 0, "events": 0}
            s["count"] += r[10]
            s["roles"][r[9]] = s["roles"].get(r[9], 0) + r[10]
            s["articles"] = max(s["articles"], r[11])
        if out:
            ev_where, ev_params = self._where(
                EventFilter(since=f.since, until=f.until, article=f.article) if f else None)
            for pid, n in self.con.execute(
                    f"SELECT e.loc_place_id, count(*) FROM events e {ev_where}"
                    f"{' AND' if ev_where else ' WHERE'} e.loc_place_id IS NOT NULL"
                    " GROUP BY e.loc_place_id", ev_params):
                if pid in out:
                    out[pid]["events"] = n
        return sorted(out.values(), key=lambda s: (-s["count"], s["place"]["name"] or ""))


def _extra_json(obj: Any, known: Iterable[str]) -> str | None:
    """Fields a stage added beyond the schema's (dataclass fields not stored in columns): kept
    so a later schema loses nothing. Read field by field: asdict() would deep-copy every
    geometry and costs more than the whole insert."""
    extra = {f.name: getattr(obj, f.name) for f in fields(obj) if f.name not in known}
    extra = {k: v for k, v in extra.items() if v not in (None, [], {}, "")}
    return _dumps(_jsonable(extra)) if extra else None


def _jsonable(obj: Any) -> Any:
    if is_dataclass(obj) and not isinstance(obj, type):
        obj = asdict(obj)
    elif isinstance(obj, dict):
        obj = {k: _jsonable(v) for k, v in obj.items()}
    elif isinstance(obj, (list, tuple)):
        obj = [_jsonable(v) for v in obj]
    try:
        json.dumps(obj)
        return obj
    except (TypeError, ValueError):
        return json.loads(json.dumps(obj, default=str))


def _split_sql(script: str) -> list[str]:
    """Statements of a migration script (no ';' inside our statements' literals)."""
    return [s.strip() for s in script.split(";") if s.strip()]


def open_store(path=None, **kw) -> Store:
    return Store.open(path, **kw)
