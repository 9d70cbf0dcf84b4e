"""The offline gazetteer: one SQLite index in ``geomap.config.cache_dir()``.

    gaz = Gazetteer.default()               # opens (builds if missing/outdated) the index
    gaz.match(keys)                         # {key: [Candidate …]}: ONE query for a batch of keys
    gaz.lookup("Гюмри")                     # ranked candidates for a human-typed name
    gaz.get("geonames:616635"), gaz.country("AM"), gaz.border("AZ", "AM")

The index is never loaded into Python memory: every call is an indexed SQLite query, so
opening it costs a few milliseconds (the cold `geomap extract` budget is < 1 s). Heavy
libraries (geopandas, shapely) are only imported by the builder (``geomap.gazetteer.build``).
Geometries (country polygons, border lines, region outlines) are read lazily: a ``Place``
from this module loads its GeoJSON the first time ``place.geometry`` is read.
"""
from __future__ import annotations

import json
import pickle
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from ..document import Place
from ..errors import GazetteerError
from ..normalize import all_variants, key as norm_key

_new_place = object.__new__

# Name kinds (column names.kind). The recogniser should ignore 'code' and 'short' names for
# free-text matching (IATA codes such as 'BAK', two-letter junk) and be careful with 'translit'
# (lowercase romanisations that GeoNames stores for many places).
NAME_KINDS = ("name", "alt", "translit", "code", "short")


class IndexedPlace(Place):
    """A Place whose geometry is fetched from the index on first access."""

    def __init__(self, *args, _gaz: "Gazetteer | None" = None, _pid: int | None = None,
                 geom_type: str | None = None, approximate: bool = False, **kw):
        super().__init__(*args, **kw)          # sets geometry through the setter below
        self._gaz, self._pid = _gaz, _pid
        self.geom_type = geom_type or "Point"
        self.approximate = approximate

    @property
    def geometry(self):                                   # type: ignore[override]
        if self.__dict__.get("_geom") is None and not self.__dict__.get("_geom_loaded"):
            gaz, pid = self.__dict__.get("_gaz"), self.__dict__.get("_pid")
            if gaz is not None and pid is not None and self.geom_type != "Point":
                self._geom_loaded = True
                self._geom = gaz._geometry(pid)
        return self.__dict__.get("_geom")

    @geometry.setter
    def geometry(self, value):
        self._geom = value
        self._geom_loaded = value is not None


@dataclass
class Candidate:
    """One place a key may refer to. ``importance`` ranks places (country > capital > admin-1 >
    big city …); ``name_kind`` is one of NAME_KINDS; ``how`` is 'exact' or 'variant'."""
    place: Place
    name: str                   # the gazetteer name that matched (as written in the source)
    key: str                    # the normalised key that matched
    lang: str | None
    name_kind: str
    how: str
    importance: float
    layer: int = 0              # 0 base data, 1 curated, 2 imported, 3 user file
    same_spelling: bool = False  # set by lookup(): the name matched with its diacritics too

    @property
    def score(self) -> float:
        """A ranking score for humans' look-ups: importance, preferring real names over codes
        and exact keys over de-inflected ones."""
        bonus = {"name": 0.6, "alt": 0.3, "translit": 0.0, "code": -2.0, "short": -1.0}
        s = self.importance + bonus.get(self.name_kind, 0.0)
        if self.place.feature == "admin2" and self.name_kind not in ("name", "alt"):
            s -= 3.0        # 'Maungdaw' is the town before the district named after it
        if self.how != "exact":
            s -= 0.8
        if self.same_spelling:
            s += 1.0
        return s

    def to_json(self) -> dict:
        p = self.place
        return {"id": p.id, "name": p.name, "feature": p.feature, "country": p.country,
                "admin1": p.admin1, "population": p.population, "lat": p.lat, "lon": p.lon,
                "geometry_type": getattr(p, "geom_type", "Point"),
                "approximate": bool(getattr(p, "approximate", False)),
                "matched_name": self.name, "matched_key": self.key, "lang": self.lang,
                "name_kind": self.name_kind, "how": self.how,
                "importance": round(self.importance, 3), "source": p.source}


_PLACE_COLS = ("p.pid, p.id, p.name, p.country, p.feature, p.lat, p.lon, p.population, p.admin1, "
               "p.importance, p.source, p.geom_type, p.approximate, p.superseded, p.layer")

# names and skeletons with their places' rows, in one query (the names' primary key first,
# then each place by its pid)
_NAMES_SQL = ("SELECT n.key, n.pid, n.name, n.lang, n.kind, n.layer, " + _PLACE_COLS +
              " FROM names n JOIN places p ON p.pid = n.pid WHERE n.key IN ({})")
_SKELETONS_SQL = ("SELECT s.skel, s.pid, s.name, NULL, 'alt', s.layer, " + _PLACE_COLS +
                  " FROM skeletons s JOIN places p ON p.pid = s.pid WHERE s.skel IN ({})")
# SQLite allows 32766 host parameters; a batch larger than this is split.
_MAX_PARAMS = 30000


def _padded(n: int) -> int:
    """The number of parameters a batch of n is padded to: a power of two, at least 16 (a
    handful of statement sizes in all), none beyond SQLite's limit."""
    size = max(16, 1 << (n - 1).bit_length())
    return size if size <= _MAX_PARAMS else n


class Gazetteer:
    """A read-only view of one index file."""

    def __init__(self, path: str | Path):
        self.path = Path(path)
        if not self.path.is_file():
            raise GazetteerError(f"{self.path}: gazetteer index not found "
                                 "(run 'geomap gazetteer build')")
        try:
            self._db = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True,
                                       check_same_thread=False)
            self._db.execute("PRAGMA query_only=1")
            # memory-mapped reads: the OS page cache serves the index, Python holds none of it
            self._db.execute("PRAGMA mmap_size=268435456")
            self.meta = dict(self._db.execute("SELECT k, v FROM meta"))
        except sqlite3.DatabaseError as exc:
            raise GazetteerError(f"{self.path}: not a geomap gazetteer index ({exc}); "
                                 "rebuild it with 'geomap gazetteer build --force'") from None
        self._place_cache: dict[int, Place] = {}
        self._row_cache: dict[int, tuple] = {}     # pid → places row (small, per process)
        self._filters: dict | None = None          # table → sieve of keys (keyfilter), on first match

    # -- opening ------------------------------------------------------------------------------
    @classmethod
    def default(cls, *, progress: bool = True, user_file: str | Path | None = None) -> "Gazetteer":
        """The index in the cache dir, built (with a progress bar) or refreshed first if its
        sources changed. A refresh of the curated/imported/user layers takes about a second;
        a full build well under a minute."""
        from .index import ensure_index
        return cls(ensure_index(progress=progress, user_file=user_file))

    def close(self) -> None:
        self._db.close()

    # -- rows → objects -----------------------------------------------------------------------
    def _place(self, row) -> Place:
        p = self._place_cache.get(row[0])
        if p is None:
            (pid, pid_s, name, country, feature, lat, lon, pop, admin1, imp, source, gtype,
             approx, _sup, _layer) = row
            # (IndexedPlace(...) without its __init__ chain: the same attributes in the same
            # order, a third of the cost, and every new name of an article makes a few)
            p = _new_place(IndexedPlace)
            p.id = pid_s
            p.name = name
            p.country = country
            p.feature = feature
            p.lat = lat
            p.lon = lon
            p.population = pop
            p.admin1 = admin1
            p._geom = None
            p._geom_loaded = False
            p.source = source
            p._gaz = self
            p._pid = pid
            p.geom_type = gtype or "Point"
            p.approximate = bool(approx)
            if len(self._place_cache) > 50_000:
                self._place_cache.clear()
                self._row_cache.clear()
            self._place_cache[pid] = p
        return p

    def _geometry(self, pid: int) -> dict | None:
        row = self._db.execute("SELECT geojson FROM geoms WHERE pid=?", (pid,)).fetchone()
        return json.loads(row[0]) if row else None

    def _rows_by_pid(self, pids) -> dict[int, tuple]:
        pids = list(pids)
        out = {}
        for i in range(0, len(pids), _MAX_PARAMS):
            chunk = pids[i:i + _MAX_PARAMS]
            size = _padded(len(chunk))          # (see _match)
            q = f"SELECT {_PLACE_COLS} FROM places p WHERE p.pid IN ({','.join('?' * size)})"
            params = chunk + [None] * (size - len(chunk))
            out.update((r[0], r) for r in self._db.execute(q, params))
        return out

    # -- the API --------------------------------------------------------------------------------
    def match(self, keys, *, limit: int = 25, how: str = "exact") -> dict[str, list[Candidate]]:
        """Exact lookup of a batch of normalised keys (``geomap.normalize.key``) in one query.

        Returns only keys that matched, each with at most ``limit`` candidates, best
        importance first. Use this once per article with every key (and variant) the
        recogniser wants to test."""
        return self._match(keys, limit, how, _NAMES_SQL, "names")

    def match_skeletons(self, skels, *, limit: int = 10) -> dict[str, list[Candidate]]:
        """Admin regions and towns of some size whose names have these spelling skeletons
        (``geomap.gazetteer.translit.skeleton``), in one query; ``how`` is 'skeleton'. A
        looser reading than ``match``: 'Tawusch' → Tavush."""
        try:
            return self._match(skels, limit, "skeleton", _SKELETONS_SQL, "skeletons")
        except sqlite3.OperationalError:          # an index built before skeletons existed
            return {}

    def _match(self, keys, limit: int, how: str, sql: str,
               table: str) -> dict[str, list[Candidate]]:
        keys = list(dict.fromkeys(k for k in keys if k))
        filters = self._filters
        if filters is None:
            from .keyfilter import load_filters
            filters = self._filters = load_filters(self._db)
        sieve = filters.get(table)
        if sieve is not None:
            # (most keys of an article's new words are in no name: the index's bitmap says so
            # without a query; the few it lets through by chance are asked and find nothing)
            keys = sieve(keys)
        out: dict = {}
        db = self._db
        place = self._place
        for i in range(0, len(keys), _MAX_PARAMS):
            chunk = keys[i:i + _MAX_PARAMS]
            # the names (a range scan of the (key, pid) primary key) joined with their places
            # in the same query: a second query for the places not yet cached cost more than
            # the place columns of the cached ones (most of an article's new names are new
            # places) (the list padded with NULLs, which match nothing, to a power of two: sqlite3
            # keeps the statement of each size prepared; parsing a query of a few hundred
            # parameters costs more than running it)
            size = _padded(len(chunk))
            hits = db.execute(sql.format(','.join('?' * size)),
                              chunk + [None] * (size - len(chunk))).fetchall()
            if not hits:
                continue
            rows = self._row_cache
            # (each hit comes with its place's row, columns 6…; a place corrected by a higher
            # layer points at its successor, fetched unless cached)
            sup = {h[19] for h in hits if h[19] is not None and h[19] not in rows}
            if sup:
                rows.update(self._rows_by_pid(sup))
            for h in hits:
                k, pid, name, lang, kind, nlayer = h[:6]
                prow = h[6:]
                if prow[13] is not None:          # corrected by a higher layer: its successor
                    prow = rows.get(prow[13], prow)
                # (positional: keywords cost a dict per candidate; the dataclass's field order)
                out.setdefault(k, []).append((Candidate(
                    place(prow), name, k, lang, kind, how, prow[9], max(nlayer, prow[14])),
                    nlayer))
        for k, cands in out.items():
            if len(cands) == 1:           # (most keys: one place, nothing to rank)
                c = cands[0][0]
                out[k] = [] if c.name_kind == "remove" else [c][:limit]
                continue
            # a 'remove' row of a curated/user file takes this key away from that place
            gone = {c.place.id for c, _nl in cands if c.name_kind == "remove"}
            if gone:
                cands = [(c, nl) for c, nl in cands if c.place.id not in gone]
            seen: dict[str, Candidate] = {}
            # one candidate per place; of its names sharing the key, the highest layer's
            # spelling (a curated 'Bakı' over GeoNames' 'Baki')
            for c, _nl in sorted(cands, key=lambda t: (-t[0].importance, t[0].place.id, -t[1])):
                seen.setdefault(c.place.id, c)
            lst = list(seen.values())
            # a curated place (a quarter of Dakar named 'Médina', a Chiapas 'La Concordia') is
            # kept beyond the limit: the many bigger namesakes of GeoNames would crowd it out
            # before the story's context could choose it
            out[k] = lst if len(lst) <= limit else \
                lst[:limit] + [c for c in lst[limit:] if c.layer >= 1][:limit]
        return {k: v for k, v in out.items() if v}

    def match_longer(self, k: str, lat: float, lon: float, deg: float,
                     limit: int = 50) -> list[Candidate]:
        """Places near (lat, lon) (within ``deg`` degrees on both axes) with a name that starts
        with the key ``k`` and goes on with more words ('grogol' → Grogol Petamburan,
        'san fernando' → San Fernando de Henares): one range scan of the names' primary key,
        best importance first; ``how`` is 'longer'."""
        if not k:
            return []
        rows = self._db.execute(
            "SELECT n.key, n.pid, n.name, n.lang, n.kind, n.layer, " + _PLACE_COLS +
            " FROM names n JOIN places p ON p.pid = n.pid WHERE n.key > ? AND n.key < ?"
            " AND p.lat BETWEEN ? AND ? AND p.lon BETWEEN ? AND ? AND p.superseded IS NULL"
            " LIMIT ?", (k + " ", k + "!", lat - deg, lat + deg, lon - deg, lon + deg,
                          limit * 4)).fetchall()
        seen: dict[str, Candidate] = {}
        for h in rows:
            name_key, pid, name, lang, kind, nlayer = h[:6]
            if kind == "remove":
                continue
            prow = h[6:]
            c = Candidate(self._place(prow), name, name_key, lang, kind, "longer", prow[9],
                          max(nlayer, prow[14]))
            old = seen.get(c.place.id)
            if old is None or c.importance > old.importance:
                seen[c.place.id] = c
        return sorted(seen.values(), key=lambda c: (-c.importance, c.place.id))[:limit]

    def lookup(self, name: str, country: str | None = None, limit: int = 10,
               lang: str | None = None) -> list[Candidate]:
        """Ranked candidates for a name typed by a person, in any language or script.

        Tries the exact key first, then de-inflected variants of every language (or of
        ``lang``) and border phrases ('Armenia–Azerbaijan border', 'граница Армении и
        Азербайджана'). ``country`` (ISO alpha-2) keeps only places in that country."""
        from ..normalize import variants
        exact = norm_key(name)
        keys = variants(name, lang) if lang else all_variants(name)
        found = self.match(keys, limit=200)
        cands: list[Candidate] = []
        for k, cs in found.items():
            for c in cs:
                c.how = "exact" if k == exact else "variant"
                cands.append(c)
        # 'Şuşa' typed with its diacritics prefers places spelled so over 'Susa' (Sousse)
        spelled = _spelling(name) if not name.isascii() else None
        if spelled:
            for c in cands:
                c.same_spelling = _spelling(c.name) == spelled
        border = self.border_from_phrase(name, lang)
        if border is not None:
            cands.append(Candidate(place=border, name=border.name, key=norm_key(border.name),
                                   lang=None, name_kind="name", how="exact",
                                   importance=_importance_of(border)))
        if country:
            cc = country.upper()
            cands = [c for c in cands if (c.place.country or "").upper() == cc
                     or (c.place.feature == "border" and cc in c.place.id.upper().split("-")[1:])]
        best: dict[str, Candidate] = {}
        for c in sorted(cands, key=lambda c: (-c.score, c.place.id)):
            best.setdefault(c.place.id, c)
        ranked = sorted(best.values(), key=lambda c: (-c.score, c.place.id))
        return ranked[:limit]

    def get(self, place_id: str) -> Place | None:
        """The place with this id ('geonames:616635', 'ne:AM', 'geomap:…', 'user:…')."""
        row = self._db.execute(
            f"SELECT {_PLACE_COLS} FROM places p WHERE p.id=? ORDER BY p.layer DESC LIMIT 1",
            (place_id,)).fetchone()
        return self._place(row) if row else None

    def country(self, iso2: str) -> Place | None:
        """The country with this ISO 3166-1 alpha-2 code, its Natural Earth polygon as geometry."""
        if not iso2:
            return None
        return self.get(f"ne:{iso2.upper()}")

    def capital(self, iso2: str) -> Place | None:
        """The national capital of the country with this ISO code (the GeoNames capital)."""
        if not iso2:
            return None
        pid = self._country_tables()["capitals"].get(iso2.upper())
        return self.get(pid) if pid else None

    def border(self, iso_a: str, iso_b: str) -> Place | None:
        """The shared land boundary of two neighbouring countries (a (Multi)LineString)."""
        if not iso_a or not iso_b:
            return None
        a, b = sorted((iso_a.lower(), iso_b.lower()))
        return self.get(f"geomap:border-{a}-{b}")

    def _country_tables(self) -> dict:
        """Every country's names and every country's capital, read in one pass over the index
        and kept in a small file beside it (keyed by the index's size and time): the names and
        places tables have no index by place or by country, so a query per country scans them
        (tens of ms each), which a cold `geomap extract` would pay on every run."""
        tables = getattr(self, "_tables", None)
        if tables is not None:
            return tables
        st = self.path.stat()
        side = self.path.with_name(f"{self.path.stem}-countries-{st.st_size}-{st.st_mtime_ns}.pickle")
        try:
            with open(side, "rb") as fh:
                tables = pickle.load(fh)
        except (OSError, pickle.PickleError, EOFError, AttributeError, ValueError):
            names: dict[str, list] = {}
            q = ("SELECT p.id, n.name, n.lang, n.kind FROM names n JOIN places p ON p.pid=n.pid "
                 "WHERE p.feature='country' ORDER BY n.kind, n.name")
            for pid, name, lang, kind in self._db.execute(q):
                names.setdefault(pid, []).append((name, lang, kind))
            capitals: dict[str, str] = {}
            q = ("SELECT p.country, p.id FROM places p WHERE p.source='geonames-capital' "
                 "ORDER BY p.importance, p.layer")            # (the best one last: it wins)
            for iso, pid in self._db.execute(q):
                if iso:
                    capitals[iso.upper()] = pid
            tables = {"names": names, "capitals": capitals}
            try:
                for old in self.path.parent.glob(f"{self.path.stem}-countries-*.pickle"):
                    old.unlink(missing_ok=True)
                tmp = side.with_suffix(".tmp")
                with open(tmp, "wb") as fh:
                    pickle.dump(tables, fh, protocol=pickle.HIGHEST_PROTOCOL)
                tmp.replace(side)
            except OSError:
                pass                          # a read-only cache dir: read it again next time
        self._tables = tables
        return tables

    def country_names(self, place_id: str) -> list[tuple[str, str | None, str]]:
        """Every (name, lang, kind) of a country (from `_country_tables`)."""
        return self._country_tables()["names"].get(place_id, [])

    def names(self, place_id: str) -> list[tuple[str, str | None, str]]:
        """Every (name, lang, kind) of a place (for `lookup --names` and tests)."""
        q = ("SELECT n.name, n.lang, n.kind FROM names n JOIN places p ON p.pid=n.pid "
             "WHERE p.id=? ORDER BY n.kind, n.name")
        return [tuple(r) for r in self._db.execute(q, (place_id,))]

    def stats(self) -> dict:
        db = self._db
        by_source = dict(db.execute("SELECT source, count(*) FROM places WHERE superseded IS NULL "
                                    "GROUP BY source ORDER BY source"))
        by_feature = dict(db.execute("SELECT feature, count(*) FROM places WHERE superseded IS NULL "
                                     "GROUP BY feature ORDER BY feature"))
        by_layer = dict(db.execute("SELECT layer, count(*) FROM places GROUP BY layer"))
        names = db.execute("SELECT count(*) FROM names").fetchone()[0]
        by_kind = dict(db.execute("SELECT kind, count(*) FROM names GROUP BY kind ORDER BY kind"))
        return {"path": str(self.path), "size_bytes": self.path.stat().st_size,
                "places": sum(by_source.values()), "names": names,
                "by_source": by_source, "by_feature": by_feature,
                "by_layer": {str(k): v for k, v in sorted(by_layer.items())},
                "names_by_kind": by_kind, "meta": self.meta}

    # -- border phrases -----------------------------------------------------------------------
    def border_from_phrase(self, name: str, lang: str | None = None) -> Place | None:
        """The border a phrase names, or None: 'perbatasan Armenia-Azerbaijan', 'граница
        Армении и Азербайджана', 'на армяно-азербайджанской границе', 'Armenian-Azerbaijani
        border', 'Ermenistan-Azerbaycan sınırı' (border words, joiners and country adjective
        stems per language in normalize.yaml)."""
        from .borders import parse_border_phrase
        pair = parse_border_phrase(name, lang, self)
        return self.border(*pair) if pair else None


def _spelling(text: str) -> str:
    """A key that keeps diacritics (casefolded, NFC, apostrophes and dashes unified)."""
    import unicodedata
    return norm_key(text) if text.isascii() else " ".join(
        unicodedata.normalize("NFC", text.casefold()).replace("-", " ").replace("’", "'").split())


def _importance_of(place: Place) -> float:
    return 7.0 if place.feature == "border" else 5.0


def default() -> Gazetteer:
    return Gazetteer.default()


__all__ = ["Gazetteer", "Candidate", "IndexedPlace", "NAME_KINDS", "default"]
