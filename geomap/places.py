"""Stage 2: find the place names of an article, resolve each one, and give it a role.

``find_places(doc, gazetteer=None)`` fills ``doc.mentions`` and ``doc.dateline``.

Recognition (``geomap.places_scan``)
    Every run of up to five words that starts and ends with a capitalised word (any word in a
    script without case) is a candidate, with its de-inflected variants
    (``normalize.variants``); all keys of the article go to the gazetteer in ONE ``match`` call.
    The longest matching run wins. Candidates are then filtered with the language's lexicon
    (``geomap/data/lang/<code>/places.yaml``): stop words, common words in weak positions
    (sentence start, headline case, all-caps lines), lower-case uses elsewhere in the article,
    all-caps codes, person names (titles, first names, surname endings and their later
    mentions), organisations (a list, and heads such as 'Airlines' or 'Universitas'), URLs,
    e-mail addresses and social handles. Words of menus, breadcrumbs and boilerplate lines are
    weak evidence. Runs that match nothing (or only villages) are also looked up by their
    spelling skeleton (``gazetteer.translit``: 'Tawusch', 'Tavouch' → Tavush), a weaker reading.
    Facility names the gazetteer lacks ('Rumah Sakit Al-Shifa', 'National Penitentiary',
    'Tişrin Barajı', 'la prison de Munzenze') are found by the language's facility head words
    and placed at the town of their address (``_facility_mentions``).

Resolution
    Each candidate place is scored: its importance (country > capital > admin-1 > big city …),
    how the name matched, the article's countries (named countries, the dateline, adjectives of
    nationality for big places; a country's namesake gets less of it), distance
    to the other places resolved in the article, explicit feature cues ('Kota Gyumri',
    'village of Sotk', 'в городе') and locative words. Two passes: the first finds the
    article's countries and anchor places, the second resolves everything against them.
    A border cue next to two neighbouring countries written as one form ('perbatasan
    Armenia-Azerbaijan', 'the Armenia–Azerbaijan border') becomes one mention of their shared
    border line; 'the border between Armenia and Azerbaijan' names two countries.

Roles
    'dateline' for the place of the dateline; 'other' in captions, related links and
    boilerplate, and for a capital or seat of power that stands for its government ('Baku
    said', 'Yerevan dan Baku kembali saling serang', 'oleh Yerevan', 'the Kremlin'): a capital
    is an actor unless a locative word or case, a feature cue, or a list of towns makes it a
    place; 'context' otherwise (the events stage promotes event locations to 'event').

Modules: ``places_lex`` compiles the language data (cached as a pickle in the cache dir),
``places_scan`` recognises, this module resolves and gives roles. Every mention carries a
confidence (0..1, from its score and its margin over the runner-up) and ``explain`` lines
(`geomap extract --explain`). Speed: ``benchmarks/bench_extract.py``.
"""
from __future__ import annotations

import re

import gc
import math
from dataclasses import dataclass, field, replace
from functools import lru_cache, partial
from itertools import filterfalse
from operator import itemgetter

from .document import (BOILERPLATE, CAPTION, CONTEXT, DATELINE, FEATURES, OTHER, RELATED,
                       ROLE_DATELINE, Document, Mention, Place)
from .normalize import key as _key

# key() is pure and the stage asks it for the same few names thousands of times per article
# (every candidate of every span is compared with the span's surface)
key = lru_cache(maxsize=1 << 16)(_key)
from .gazetteer.translit import skeleton
from .places_lex import Lexicon, demonyms, lexicon
from .places_scan import _FAC_QUOTES_OPEN, Scan, Span, scan

# Segments whose places are never news ("other").
_OTHER_SEGMENTS = frozenset({CAPTION, RELATED, BOILERPLATE})

# A candidate's score must reach this to be kept (see _score for the scale).
ACCEPT = 0.6
# A name found only through its spelling skeleton ('Tawusch' → Tavush) is a weaker reading:
# with it, only the article's countries, a feature cue or nearby places keep it.
SKELETON_PENALTY = 0.2
# Importance (gazetteer ranking scale) of a national capital.
CAPITAL_IMPORTANCE = 8.0
# Feature cue → the features it supports.
_CUE_FEATURES = {
    "city": {"city", "village"}, "village": {"village", "city"},
    # (a 'province' is the second level in some countries: Burkina Faso's, Afghanistan's
    # districts' parents; it scores below the first level, see _score)
    "admin1": {"admin1", "region", "admin2"}, "admin2": {"admin2", "admin1", "region"},
    "region": {"region", "admin1", "admin2"}, "country": {"country"},
    "water": {"water", "other"}, "mountain": {"mountain", "other"}, "other": set(),
    # ('Insel Capri', 'pulau Nusakambangan'): an island is pinned at its region or at the town
    # that bears its name (the gazetteer keeps small islands by their main town)
    # (or the island state itself: 'l'isola di Man', 'die Insel Zypern')
    "island": {"region", "other", "city", "village", "admin2", "admin1", "country"},
    "any": set(FEATURES),         # 'warga Serang': some place, no feature said
    # 'ibu kota Jakarta' is the capital itself, 'ibu kota Armenia' (столица Армении) the
    # country whose capital it is: a capital word before a name says city or country
    "capital": {"city", "country"},
    # ('el barrio de Once', 'nel quartiere X'): a quarter the gazetteer keeps as a populated
    # place of its town, or a landmark of the name
    "quarter": {"village", "city", "other"},
}
_STRONG_FEATURES = frozenset({"country", "admin1", "region", "border"})

_gazetteer = None


def default_gazetteer():
    global _gazetteer
    if _gazetteer is None:
        from .gazetteer import Gazetteer
        _gazetteer = Gazetteer.default()
    return _gazetteer


# --------------------------------------------------------------------------- geometry

def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance; plenty for ranking (geodesic precision is not needed here)."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(a)))


def _quick_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Equirectangular distance: within a few % of the great circle below ~1,000 km, which is
    all the ranking needs, at a fraction of the cost."""
    dlon = lon2 - lon1
    if dlon > 180:
        dlon -= 360
    elif dlon < -180:
        dlon += 360
    return 111.195 * math.hypot(dlon * math.cos(math.radians((lat1 + lat2) / 2)), lat2 - lat1)


# --------------------------------------------------------------------------- scoring

def is_capital(cand) -> bool:
    return cand.place.feature == "city" and cand.importance >= CAPITAL_IMPORTANCE


def is_strong(cand) -> bool:
    """A place whose name is rarely an accident: a country, admin-1 area, region, border,
    capital, or a city of about 100,000 people or more."""
    return (cand.place.feature in _STRONG_FEATURES or cand.importance >= 6.0) \
        and cand.name_kind in ("name", "alt")


@dataclass
class Context:
    countries: dict[str, str] = field(default_factory=dict)     # iso → why
    sources: dict[str, set] = field(default_factory=dict)       # iso → name keys that said so
    # iso → keys of the towns that said so (resolved in the country: 'Miraflores' is in MX only
    # because 'México' is named; it cannot vouch back for a city reading of 'México')
    derived: dict[str, set] = field(default_factory=dict)
    # keys of the names whose towns lie together in a country (see _cluster_context): each says
    # it on its own evidence, neither a town placed there by the country's name nor that name
    clustered: set = field(default_factory=set)

    # countries known only from adjectives of nationality ('the Ukrainian navy'): enough to
    # choose between big namesakes, not to make a village of that country a place
    adjectival: set = field(default_factory=set)

    def add(self, iso: str, why: str, source: str, adjective: bool = False,
            town: bool = False) -> None:
        if adjective:
            if iso in self.countries:
                return
            self.adjectival.add(iso)
        elif iso in self.adjectival:            # now named, or a place in it: a full vote
            self.adjectival.discard(iso)
            self.countries[iso] = why
        self.countries.setdefault(iso, why)
        self.sources.setdefault(iso, set()).add(key(source))
        if town and iso in self.countries:
            self.derived.setdefault(iso, set()).add(key(source))

    def vouched(self, iso: str, surface: str) -> bool:
        """Is the country in the context thanks to some other name than this one?"""
        src = self.sources.get(iso)
        if not src:
            return False
        # (no set difference per call: some key of src other than this name's)
        k = key(surface)
        if k not in src:
            return True
        if k in self.clustered:
            return len(src) > 1
        towns = self.derived.get(iso)
        if towns and k not in towns:
            # the country itself named by this name ('México'): only another name of the
            # country or a town named on its own vouches for a city reading (Mexico City)
            return any(x != k and x not in towns for x in src)
        return len(src) > 1
    # lat, lon, name, place id, key of the name that resolved to it
    anchors: list[tuple[float, float, str, str, str]] = field(default_factory=list)
    prior: str | None = None
    lang: str | None = None                                    # the article's language
    # provinces the article names outright, as (country, key of the admin-1 name): a town of
    # one of them beats its namesakes ('Nansan, Provinsi Yunnan', 'Buenos Aires, Cauca')
    regions: frozenset = frozenset()
    _near: dict = field(default_factory=dict)                  # place id → (km, anchor name)

    def nearest(self, place, surface: str = "") -> tuple[float, str]:
        """Distance to the closest anchor that is neither this place nor another reading
        of the same name ('Johor' the state does not vouch for 'Johor' = Johor Bahru)."""
        k = key(surface)
        hit = self._near.get((place.id, k))
        if hit is None:
            # (min() by hand, without a generator: the first of equal pairs wins, as in min)
            hit = None
            pid0, lat, lon = place.id, place.lat, place.lon
            # (_quick_km(lat, lon, a, b) written out: a call per anchor cost as much as it)
            cos, radians, hypot = math.cos, math.radians, math.hypot
            for a, b, n, pid, src in self.anchors:
                if pid != pid0 and src != k:
                    dlon = b - lon
                    if dlon > 180:
                        dlon -= 360
                    elif dlon < -180:
                        dlon += 360
                    cand = (111.195 * hypot(dlon * cos(radians((lat + a) / 2)), a - lat), n)
                    if hit is None or cand < hit:
                        hit = cand
            if hit is None:
                hit = (float("inf"), "")
            self._near[(place.id, k)] = hit
        return hit


# feature cues that say 'an area': a province then competes with namesake districts, and
# its distance to the story's places counts as theirs does
_AREA_CUE_KINDS = frozenset({"region", "admin1", "admin2"})


def _distance_bonus(p, ctx: Context, surface: str, cue: str | None = None) -> tuple[float, float, str]:
    # (a province is no point: its distance counts only when a cue says 'area' and its rivals
    # are districts — 'the Donetsk region' is Ukraine's oblast beside Soledar, not the namesake
    # district across the Russian border)
    if not ctx.anchors or p.feature in ("country", "region", "border") \
            or (p.feature == "admin1" and cue not in _AREA_CUE_KINDS):
        return 0.0, 0.0, ""
    d, near = ctx.nearest(p, surface)
    return (0.12 if d < 100 else 0.08 if d < 400 else 0.03 if d < 1200 else 0.0), d, near


# A namesake of a country ('Niger' the Nigerian state) keeps the full bonus of its country
# only when a place the article names is this close to it.
NAMESAKE_NEAR_KM = 300


def _country_namesake(span: Span, cand, ctx: Context) -> bool:
    """Is this place a namesake of a country the same span can name ('Niger' the state of
    Nigeria, 'Georgia' the US state) with no named place near it? Then the article naming its
    country (Nigeria, the United States) is weaker evidence: the country is the usual reading
    ('Au Niger, les militaires …' next to 'le Nigeria')."""
    exact = span.__dict__.get("_exact_countries")
    if exact is None:                 # (once per span, not per candidate)
        exact = span.__dict__["_exact_countries"] = [
            c for c in span.cands[:MAX_CANDIDATES] if c.place.feature == "country" and c.how == "exact"]
    if not exact or not any(c is not cand for c in exact):
        return False
    p = cand.place
    if ctx.anchors and p.lat is not None:
        d, _ = ctx.nearest(p, span.surface)
        if d < NAMESAKE_NEAR_KM:
            return False
    return True


# A small town of a country the article does not name ('Banjska' is also an old name of a
# Bulgarian town; 'Kanak', a people, is a respelling of a Greenland village): weaker when it
# is read through another name of it, or when it lies far from every place the story names.
FOREIGN_SMALL = 6.0              # importance below which a town is small (~50,000 people)
FOREIGN_SMALL_ADMIN1 = 5.0       # … and a province (ranked below its namesake town)
FOREIGN_OTHER_NAME = 0.3         # read through another name than its own
FOREIGN_FAR_KM = 1500
FOREIGN_FAR = 0.15
FOREIGN_VERY_FAR_KM = 5000       # another continent than every place the story names
FOREIGN_VERY_FAR = 0.25
_INF = float("inf")
_FOREIGN_SMALL_FEATURES = ("city", "village", "admin2", "admin1")


def _foreign_small(cand, ctx: Context, surface: str, own: bool,
                   explain: bool = False) -> tuple[float, str]:
    """The penalty of a small town of a country the story is not about (the caller has
    found that no other name vouches for the country), and why (with ``explain``: ranking
    asks for the penalty alone, for every candidate)."""
    p = cand.place
    # (a province ranked below its small namesake town, 'Paro' in Bhutan, is as small as a town)
    if cand.importance >= (FOREIGN_SMALL_ADMIN1 if p.feature == "admin1" else FOREIGN_SMALL) \
            or p.feature not in ("city", "village", "admin2", "admin1") \
            or not ctx.countries or p.country == ctx.prior or p.country in ctx.adjectival:
        return 0.0, ""
    pen = 0.0
    why: list[str] | None = [] if explain else None
    if cand.how == "skeleton":
        pen += FOREIGN_OTHER_NAME       # a loose spelling: only the story's countries vouch for it
        if why is not None:
            why.append("read through a spelling skeleton")
    elif cand.name_kind != "name" and getattr(cand, "layer", 0) < 1 and (
            not own or key(surface) != key(p.name) and _far_from_story(p, ctx, surface)):
        # (a curated press spelling, 'Dahiye', is no stray alternate name of GeoNames; an
        # alternate name that only respells the main one, 'Zike' for Syke, is another name
        # too when the town lies far from every place the story names: likely the story's
        # spelling of a village the gazetteer lacks; 'Kolo' for Kollo beside Niamey is not)
        pen += FOREIGN_OTHER_NAME
        if why is not None:
            why.append("read through another of its names")
    if ctx.anchors and p.lat is not None:
        d, near = ctx.nearest(p, surface)
        # (no other place named at all: nothing it could be far from)
        if FOREIGN_FAR_KM <= d < _INF:
            pen += FOREIGN_VERY_FAR if d >= FOREIGN_VERY_FAR_KM else FOREIGN_FAR
            if why is not None:
                why.append(f"{d:.0f} km from {near}")
    return pen, ", ".join(why) if why else ""


def _far_from_story(p, ctx: Context, surface: str) -> bool:
    if not ctx.anchors or p.lat is None:
        return False
    d, _ = ctx.nearest(p, surface)
    return FOREIGN_FAR_KM <= d < _INF


def _countries_named(span: Span) -> int:
    """How many countries the span's name can be ('Congo': two), counted once per span."""
    n = span.__dict__.get("_countries")
    if n is None:
        n = span.__dict__["_countries"] = sum(
            1 for c in span.cands[:MAX_CANDIDATES] if c.place.feature == "country")
    return n


@lru_cache(maxsize=1 << 15)
def _name_part(surface: str, multiword: bool, importance: float, name_kind: str, how: str,
               feature: str, layer: int, place_name: str) -> tuple[float, bool, float, bool]:
    """The part of a candidate's score that only its name and the mention's words decide:
    (importance/10 + capital bonus + kind bonus, is a capital, the kind bonus, is the place's
    own name). The same names come back in every pass and article: memoised (bounded)."""
    s = importance / 10.0
    capital = feature == "city" and importance >= CAPITAL_IMPORTANCE   # is_capital()
    if capital:
        s += 0.1            # a national capital outranks a namesake town in any context
    kind_bonus = _KIND_BONUS.get(name_kind, -0.5)
    if how != "exact":
        kind_bonus -= 0.05
    if feature == "admin2" and name_kind != "name":
        kind_bonus -= 0.05          # 'Jermuk' is the town before 'Jermuk Municipality'
    if multiword:
        kind_bonus += 0.05
    if how == "skeleton":
        kind_bonus -= SKELETON_PENALTY
    own = key(surface) == key(place_name)
    if not own and name_kind == "alt" and how == "exact":
        # 'Odessa' is Odesa's own name respelled (not another name, as 'Johor' is for Johor
        # Bahru): as good as its main name against a namesake Odessa (Texas)
        sk = skeleton(key(surface))
        own = bool(sk) and sk == skeleton(key(place_name))
        if not own and place_name.endswith(")") and " (" in place_name:
            # 'Halle' is the own name of 'Halle (Saale)', 'Frankfurt' of 'Frankfurt (Oder)':
            # the bracket only tells namesakes apart
            own = key(surface) == key(place_name[:place_name.rindex(" (")])
        if not own:
            # 'Frankfurt' is as much the own name of 'Frankfurt am Main' as of 'Frankfurt
            # (Oder)': a river or region that follows a town's name only tells namesakes apart
            # ('Newcastle upon Tyne', 'Freiburg im Breisgau', 'Weil am Rhein')
            # (a city, not a village whose first word is a noun: 'Spital am Semmering',
            # 'Haus im Ennstal')
            ks, kp = key(surface), key(place_name)
            own = importance >= _RIVER_TOWN_IMPORTANCE and kp.startswith(ks + " ") \
                and kp[len(ks) + 1:].split(" ", 1)[0] in _RIVER_LOCATORS
        if own:
            kind_bonus += _KIND_BONUS["name"] - _KIND_BONUS["alt"]
    if own:
        kind_bonus += 0.12          # the place's own name ('Johor' the state, not Johor Bahru)
    if layer >= 1 and feature != "country":
        kind_bonus += 0.15          # curated, imported or the user's own: named on purpose
    s += kind_bonus
    return s, capital, kind_bonus, own


# words that join a town's name to the river or region that tells it from its namesakes
# (German and English; not French '-en-', '-sur-': 'Conflans' is Conflans-Sainte-Honorine as
# much as Conflans-en-Jarnisy, 'Boulogne' Boulogne-Billancourt as much as Boulogne-sur-Mer)
_RIVER_LOCATORS = frozenset({"am", "an", "im", "upon", "ob", "bei"})
_RIVER_TOWN_IMPORTANCE = 6.0     # a town of ~100,000 people


@lru_cache(maxsize=1 << 14)
def _name_notes(importance: float, feature: str, population, capital: bool, kind_bonus: float,
                name_kind: str, how: str, respelled: bool, name: str) -> tuple[str, ...]:
    """The explain lines of a score's name part (see _name_part): pure, memoised."""
    lines = [f"importance {importance:.1f} ({feature}"
             + (f", pop {population}" if population else "")
             + f") → {importance / 10.0:.2f}"]
    if capital:
        lines.append("+0.10 a national capital")
    kind = _KIND_NAMES.get(name_kind, name_kind)
    if how == "skeleton":
        kind = f"spelling skeleton (-{SKELETON_PENALTY:.2f}) of its name"
    elif respelled:
        kind = "main name respelled, as"
    lines.append(f"{kind_bonus:+.2f} matched its {kind} '{name}' ({how})")
    return tuple(lines)


def _score(span: Span, cand, ctx: Context, sc: Scan, explain: bool = False,
           distance: bool = True):
    """Score one candidate place for one span: roughly 0..1.3, ACCEPT to keep.

    importance/10 (country ≈ 0.95, capital 0.8, city of 100k ≈ 0.6, village ≈ 0.2–0.45)
    + how the name matched + the article's countries + distance to anchors + feature cue +
    locative word − weak position (sentence start, headline) − common word.
    With ``explain`` also the reasons, one line each (only built for the chosen place)."""
    p = cand.place
    feature = p.feature
    why: list[str] | None = [] if explain else None
    s, capital, kind_bonus, own = _name_part(span.surface, span.j - span.i > 1, cand.importance,
                                             cand.name_kind, cand.how, feature, cand.layer,
                                             p.name)
    if why is not None:
        why.extend(_name_notes(cand.importance, p.feature, p.population, capital, kind_bonus,
                               cand.name_kind, cand.how,
                               own and key(span.surface) != key(p.name), cand.name))
    vouched = True                  # (no country to vouch for: no foreign-town penalty)
    if feature != "country" and feature != "border" and p.country:
        vouched = ctx.vouched(p.country, span.surface)
        if vouched:
            bonus = 0.2
            if p.country in ctx.adjectival and cand.importance < 6.0 \
                    and feature not in _STRONG_FEATURES:
                bonus = 0.05
            elif not span.cue and _country_namesake(span, cand, ctx):
                bonus = 0.1
            s += bonus
            if why is not None:
                why.append(f"{bonus:+.2f} in {p.country}, {ctx.countries[p.country]}"
                           + (" (but the name is a country's, and no place named is near)"
                              if bonus == 0.1 else ""))
        elif ctx.prior and p.country == ctx.prior:
            s += 0.03
            if why is not None:
                why.append(f"+0.03 {p.country} is the language's usual country")
    if ctx.regions and p.admin1 and feature in _REGION_MEMBERS \
            and (p.country, key(p.admin1)) in ctx.regions:
        s += REGION_BONUS
        if why is not None:
            why.append(f"+{REGION_BONUS:.2f} in {p.admin1}, a province the article names")
    # (_foreign_small's own first test, made here: most candidates are vouched for, big, or
    # of the story's countries, and cost no call)
    pen, reason = (0.0, "") if vouched or cand.importance >= (
        FOREIGN_SMALL_ADMIN1 if feature == "admin1" else FOREIGN_SMALL) \
        or feature not in _FOREIGN_SMALL_FEATURES or not ctx.countries \
        or p.country == ctx.prior or p.country in ctx.adjectival \
        else _foreign_small(cand, ctx, span.surface, own, why is not None)
    if pen:
        s -= pen
        if why is not None:
            why.append(f"-{pen:.2f} a small town of {p.country}, a country the article does not "
                       f"name ({reason})")
    if feature == "country" and p.country and _countries_named(span) > 1 \
            and ctx.vouched(p.country, span.surface):
        s += 0.1        # 'Congo' in a story from Brazzaville and Pointe-Noire, not Kinshasa
        if why is not None:
            why.append(f"+0.10 one of two countries of this name, and the story's ({p.country})")
    if distance:
        bonus, d, near = _distance_bonus(p, ctx, span.surface, span.cue)
        if bonus:
            s += bonus
            if why is not None:
                why.append(f"{bonus:+.2f} {d:.0f} km from {near}")
    if span.cue:
        ok = feature in _CUE_FEATURES.get(span.cue, ())
        if ok:
            bonus = 0.1 if span.cue == "any" else 0.25
            if span.cue in ("region", "admin1") and feature == "admin2":
                bonus = 0.15    # 'the Donetsk region' is the oblast before a namesake district
            elif span.cue == "island" and feature == "country":
                bonus = 0.35    # 'l'isola di Man', 'pulau Siprus': an island state before a town
        else:       # 'cabo de Buena Esperanza' is no town: a natural feature cue weighs more
            bonus = -0.25 if span.cue in ("water", "mountain", "other") else -0.1
            if bonus == -0.25 and p.country and not ctx.vouched(p.country, span.surface):
                bonus = -0.4    # 'puente de Hakari': and a town of a country not in the story
        s += bonus
        if why is not None:
            why.append(f"{bonus:+.2f} cue '{span.cue_text}' says {span.cue}")
    if span.locative:
        s += 0.05
        if why is not None:
            why.append(f"+0.05 after '{span.locative}'")
    if span.adj_country and p.country:
        bonus = 0.2 if p.country == span.adj_country else -0.2
        s += bonus
        if why is not None:
            why.append(f"{bonus:+.2f} after an adjective of {span.adj_country}")
    if span.determiner and feature in ("city", "village", "admin2") and cand.importance < 6.0:
        s -= 0.25       # 'die ukrainische Marine', 'im Sommer': towns take no article
        if why is not None:
            why.append(f"-0.25 after the article '{span.determiner}' (a common noun)")
    if span.border_cue and feature == "country":
        s += 0.15
        if why is not None:
            why.append(f"+0.15 a country next to '{span.border_cue}'")
    if span.dateline and feature in ("city", "village"):
        s += 0.1
        if why is not None:
            why.append("+0.10 dateline place (a town)")
    if span.j - span.i == 1 and feature != "country":
        if span.weak and not span.dateline:
            s -= 0.1
            if why is not None:
                why.append(f"-0.10 {span.weak}")
            if feature in ("city", "village", "admin2") and not capital \
                    and not (span.weak == "capitalised noun (German)" and
                             (span.locative or span.cue)) \
                    and p.country != ctx.prior and not ctx.vouched(p.country, span.surface):
                s -= 0.15       # 'Vista del puesto…': a foreign town at a sentence start
                if why is not None:
                    why.append("-0.15 a town of a country the article is not about")
        if span.common:
            s -= 0.2
            if why is not None:
                why.append("-0.20 common word")
        if span.lower_seen:
            s -= 0.1
            if why is not None:
                why.append("-0.10 also written in lower case in the article")
    return s, why


_KIND_BONUS = {"name": 0.1, "alt": 0.05, "translit": -0.1}
# a town in a province the article names: enough to beat a namesake about as good, not a
# capital or a big city elsewhere
REGION_BONUS = 0.1
_REGION_MEMBERS = frozenset({"city", "village", "admin2"})
_KIND_NAMES = {"name": "main name", "alt": "other name", "translit": "transliteration"}


@lru_cache(maxsize=1 << 12)          # (the same names score the same in article after article)
def _confidence(best: float, second: float | None) -> float:
    base = 1.0 / (1.0 + math.exp(-6.0 * (best - ACCEPT + 0.15)))
    margin = 1.0 if second is None else min(1.0, max(0.0, best - second) / 0.3)
    return round(max(0.05, min(0.99, base * (0.65 + 0.35 * margin))), 3)


MAX_CANDIDATES = 10
# how much worse a reading may score and still win by having its name in the article's language
SAME_LANGUAGE_MARGIN = 0.15
# an exonym of a city this important at least beats a village below the other importance
# spelt the same, when it scores at most the margin below it (_rank)
EXONYM_CITY_IMPORTANCE = 6.0
EXONYM_VILLAGE_IMPORTANCE = 5.0
EXONYM_MARGIN = 0.30


def _ranked_cands(span: Span, ctx: Context) -> list:
    """The candidates worth scoring: the MAX_CANDIDATES most important, and beyond them the
    few in a country the story names or from a curated layer ('Miraflores' of La Paz in a
    Bolivian story is the 17th Miraflores by population, after a dozen Peruvian and
    Colombian villages)."""
    cands = span.cands
    if len(cands) <= MAX_CANDIDATES:
        return cands
    # (curated places first: a Donetsk district 'Кировский' is the 24th reading, after a
    # dozen villages of the story's countries that would fill the extra places)
    rest = cands[MAX_CANDIDATES:]
    extra = [c for c in rest if c.layer >= 1] + \
        [c for c in rest if c.layer < 1 and c.place.country
         and ctx.vouched(c.place.country, span.surface)]
    return cands[:MAX_CANDIDATES] + extra[:MAX_CANDIDATES]


_first = itemgetter(0)


def _rank(span: Span, ctx: Context, sc: Scan):
    scored = []
    cands = span.cands
    # (positional arguments: ranking scores every candidate of every span, twice)
    for cand in cands if len(cands) <= MAX_CANDIDATES else _ranked_cands(span, ctx):
        s, _ = _score(span, cand, ctx, sc, False, False)
        scored.append((s, cand, ctx))
    if ctx.anchors and scored:
        # distance can add at most 0.12: only the candidates near the top need it
        top = max(map(_first, scored)) - 0.121
        scored = [(s + _distance_bonus(c.place, x, span.surface, span.cue)[0] if s >= top else s, c, x)
                  for s, c, x in scored]
    if len(scored) > 1:               # (a list of one is sorted: no key to compute)
        scored.sort(key=lambda t: (-t[0], -t[1].importance, t[1].place.id))
    # 'América' in Spanish is the continent, in English the United States: a name the
    # gazetteer gives in the article's language beats the same spelling given in another
    # language when the two are about as good (names without a language do not count)
    # A press name curated in the article's language for a place ('Ginebra' for Geneva in
    # Spanish) also beats the same spelling given without a language (a small Colombian town)
    if len(scored) > 1 and ctx.lang and scored[0][1].lang != ctx.lang:
        for k, (sc_k, cand, c) in enumerate(scored[1:4], 1):
            curated = cand.layer >= 1 and cand.name_kind != "name" \
                and cand.place.feature != "country"      # (countries: their own rules)
            if cand.lang == ctx.lang and (scored[0][1].lang or curated) \
                    and sc_k >= scored[0][0] - SAME_LANGUAGE_MARGIN \
                    and sc_k >= ACCEPT and key(cand.name) == key(scored[0][1].name):
                scored.insert(0, scored.pop(k))
                break
    # 'la gare de Bologne', 'a Monaco di Baviera': a large foreign city by its name in the
    # article's language (an exonym) rather than a village of another country whose own name
    # is spelt so, which only its country's evidence puts ahead
    if len(scored) > 1 and ctx.lang and scored[0][1].importance < EXONYM_VILLAGE_IMPORTANCE \
            and scored[0][1].place.feature in ("city", "village") and scored[0][1].lang != ctx.lang \
            and scored[0][1].name_kind == "name":
        top = scored[0][1]
        for k, (sc_k, cand, c) in enumerate(scored[1:4], 1):
            # (cities500's other names carry no language: an unknown one counts)
            if cand.lang in (ctx.lang, None) and cand.name_kind == "alt" \
                    and cand.place.feature == "city" \
                    and cand.importance >= EXONYM_CITY_IMPORTANCE \
                    and cand.place.country != top.place.country \
                    and sc_k >= scored[0][0] - EXONYM_MARGIN and sc_k >= ACCEPT \
                    and key(cand.name) == key(top.name):
                scored.insert(0, scored.pop(k))
                break
    # 'Kidal', 'Kherson': the town rather than the province named after it, unless a cue
    # says province ('Syunik Province'); a village namesake does not count
    if len(scored) > 1 and scored[0][1].place.feature == "admin1" and not span.cue:
        top = scored[0][1].place
        for k, (sc_k, cand, c) in enumerate(scored[1:4], 1):
            p = cand.place
            # (a metropolis by another of its names counts too, a little farther: 'New York'
            # is New York City, not the state's centre 300 km upstate)
            big = cand.importance >= 7.5
            # (a town inside the province: 'Morelos' the state, not a Michoacán town of
            # that name 200 km off, which is no seat of it)
            if p.feature == "city" and cand.importance >= 5.2 and sc_k >= scored[0][0] - 0.25 \
                    and key(cand.name) == key(scored[0][1].name) \
                    and (not p.admin1 or not top.name or key(p.admin1) == key(top.name)) \
                    and (big or key(cand.name) == key(p.name)) \
                    and _quick_km(p.lat, p.lon, top.lat, top.lon) < (500 if big else 250):
                scored.insert(0, scored.pop(k))
                break
    # 'Red Sea trade', 'the east bank of the Blue Nile': the sea or the river, not the
    # Sudanese state named after it, when no cue says province ('Red Sea state' keeps the
    # state); the state's country bonus (the story's country) is all the state has more
    if len(scored) > 1 and scored[0][1].place.feature in ("admin1", "admin2") and not span.cue:
        top = scored[0][1].place
        for k, (sc_k, cand, c) in enumerate(scored[1:4], 1):
            if cand.place.feature == "water" and sc_k >= scored[0][0] - 0.26 \
                    and cand.importance >= scored[0][1].importance - 0.1 \
                    and key(cand.place.name) == key(top.name):
                scored.insert(0, scored.pop(k))
                break
    # 'Jermuk': the town, not 'Jermuk Municipality' around it, when both are about as good
    if len(scored) > 1 and scored[0][1].place.feature == "admin2":
        top = scored[0][1].place
        for k, (sc_k, cand, c) in enumerate(scored[1:4], 1):
            p = cand.place
            if p.feature in ("city", "village") and sc_k >= scored[0][0] - 0.12 \
                    and _quick_km(p.lat, p.lon, top.lat, top.lon) < 40:
                scored.insert(0, scored.pop(k))
                break
    return scored


def _context_pass1(spans: list[Span], sc: Scan, lex: Lexicon) -> Context:
    """The article's countries: those named outright (their top candidate is a country) and
    the countries of strong places with no rival; plus the dateline's country."""
    ctx = Context(prior=lex.country_prior, lang=lex.lang)
    for sp in spans:
        if not sp.cands or sp.segment in _OTHER_SEGMENTS:
            continue
        top = sp.cands[0]
        rival = sp.cands[1] if len(sp.cands) > 1 else None
        clear = rival is None or top.importance - rival.importance >= 1.5
        if top.place.feature == "country" and clear:
            ctx.add(top.place.country, f"'{sp.surface}' is named", sp.surface)
        elif top.place.feature in ("admin1", "region") and clear \
                and top.place.country:
            ctx.add(top.place.country, f"'{sp.surface}' is in it", sp.surface)
        if sp.dateline and top.place.country and is_strong(top):
            ctx.add(top.place.country, "the dateline", "")
    _demonym_context(ctx, spans, sc, lex)
    _cluster_context(ctx, spans)
    return ctx


# names of the story whose towns of one country lie this close together say it is the story's
CLUSTER_KM = 40.0
CLUSTER_NAMES = 4                # … this many distinct names at least
CLUSTER_MIN_IMPORTANCE = 3.0     # (no stray hamlet: a town GeoNames gives a size or a seat)
_CLUSTER_FEATURES = frozenset({"city", "village", "admin2"})
_CLUSTER_CELL = 0.5              # degrees: a grid of cells, neighbours looked up around each


def _cluster_context(ctx: Context, spans: list[Span]) -> None:
    """'Guildford … Aldershot … Farnham … Godalming … Pirbright': a local story names small
    towns that lie together, none of them clear enough on its own to say the country (each has
    a namesake overseas, and 'Surrey' is also a big Canadian city). When four names or more of
    the story have towns of one country within CLUSTER_KM of one of them, and no other country
    has as many, that country is the story's."""
    pts: list = []                        # (lat, lon, country, name key)
    seen: set = set()
    for sp in spans:
        if not sp.cands or sp.segment in _OTHER_SEGMENTS:
            continue
        k = key(sp.surface)
        if k in seen:
            continue
        seen.add(k)
        for c in sp.cands[:MAX_CANDIDATES]:
            p = c.place
            if p.feature in _CLUSTER_FEATURES and p.country and p.lat is not None \
                    and c.importance >= CLUSTER_MIN_IMPORTANCE and c.how == "exact":
                pts.append((p.lat, p.lon, p.country, k))
    if len(seen) < CLUSTER_NAMES:
        return
    grid: dict = {}
    for pt in pts:
        grid.setdefault((int(pt[0] // _CLUSTER_CELL), int(pt[1] // _CLUSTER_CELL)), []).append(pt)
    best: dict = {}                       # country → the largest set of names around one town
    for lat, lon, iso, k in pts:
        ci, cj = int(lat // _CLUSTER_CELL), int(lon // _CLUSTER_CELL)
        names = {k}
        for di in (-1, 0, 1):
            for dj in (-1, 0, 1):
                for a, b, iso2, k2 in grid.get((ci + di, cj + dj), ()):
                    if iso2 == iso and k2 not in names and _quick_km(lat, lon, a, b) <= CLUSTER_KM:
                        names.add(k2)
        if len(names) > len(best.get(iso, ())):
            best[iso] = names
    if not best:
        return
    ranked = sorted(best.items(), key=lambda t: -len(t[1]))
    iso, names = ranked[0]
    if len(names) < CLUSTER_NAMES or (len(ranked) > 1 and len(ranked[1][1]) >= len(names)):
        return
    # (the towns say it by lying together, not because the country was named: they vouch for
    # the story's other names of it, a province named like a town abroad among them —
    # 'Morazán' the department of El Salvador, not the Honduran town)
    why = f"{len(names)} names of the story lie together in it"
    for k in sorted(names):
        ctx.add(iso, why, k)
        ctx.clustered.add(k)


# an adjective of nationality shorter than this says too little ('indo', 'thai' …)
_DEMONYM_MIN = 5
_DEMONYMS: dict = {}               # language → word key → ISO code (memo)
_NOT_DEMONYMS: dict = {}           # language → word keys that are no adjective of nationality


def _demonym_context(ctx: Context, spans: list[Span], sc: Scan, lex: Lexicon) -> None:
    """'the Ukrainian navy', 'el ejército ucraniano', 'die ukrainische Luftwaffe': an adjective
    of nationality in the article's text says which country it is about, as the country's
    name would ('Odessa' is then the Ukrainian city, not the namesake in Texas)."""
    if not lex.demonyms:
        return
    taken: set | None = None              # tokens inside the spans (built at the first need)
    other = _OTHER_SEGMENTS
    memo = _DEMONYMS.setdefault(lex.lang, {})
    no = _NOT_DEMONYMS.setdefault(lex.lang, set())
    if len(memo) + len(no) > 100_000:
        memo.clear()
        no.clear()
    index = sc.index or {}
    # (each distinct word once: the article's word index, not every token; the words known
    # not to be adjectives of nationality are skipped — a test per word of the article, not
    # ``index.keys() - no``, which walks every word the process has ever seen)
    # (the words new to the process are tested together first; then only the adjectives
    # are visited, in the order of their first appearance)
    rest = list(filterfalse(no.__contains__, index))        # (both filtered in C)
    fresh = list(filterfalse(memo.__contains__, rest))
    if fresh:
        found = demonyms(lex, fresh, _DEMONYM_MIN)
        memo.update(found)
        no.update(w for w in fresh if w not in found)
        rest = [w for w in rest if w in memo]
    for kk in sorted(rest, key=lambda w: index[w][0]):
        iso = memo[kk]
        if taken is None:
            taken = set()
            for sp in spans:
                taken.update(range(sp.i, sp.j))
        positions = index[kk]
        k = next((x for x in positions if x not in taken and sc.seg[x] not in other), None)
        if k is not None:
            ctx.add(iso, f"'{sc.tokens[k][2]}' (an adjective of nationality)", kk,
                    adjective=True)


def resolve(spans: list[Span], sc: Scan, lex: Lexicon) -> list[tuple[Span, float, object, list]]:
    """Two passes: countries and anchors from the unambiguous names, then every span."""
    ctx = _context_pass1(spans, sc, lex)
    out = []
    fixed: dict[int, list] = {}               # rankings that context cannot change
    # what makes two spans rank alike: the same name in the same kind of position
    # (built once, each kind numbered: both passes ask, and an int hashes at once)
    kinds: dict[tuple, int] = {}
    mks = [kinds.setdefault((sp.surface, sp.i == sp.j - 1, sp.cue, sp.cue_text, sp.locative,
                             sp.weak, sp.determiner, sp.border_cue, sp.common, sp.lower_seen,
                             sp.dateline, id(sp.cands[0]) if sp.cands else 0), len(kinds))
           for sp in spans]
    used: set = set()                         # the countries the last pass ranked with
    for rnd in range(3):
        # (a third pass only when the second found the story's country that the first had
        # not: a London story whose only town clear enough to say so is read in the second)
        if rnd == 2 and not ctx.countries.keys() - used:
            break
        used = set(ctx.countries)
        out = []
        rivals: list = []                     # per entry of out: a close rival's other country
        memo: dict[int, list] = {}            # the same name in the same kind of position
        for sp, mk in zip(spans, mks):
            ranked = memo.get(mk) or fixed.get(mk)
            if ranked is None:
                ranked = memo[mk] = _rank(sp, ctx, sc)
                # rankings that the second pass cannot change: a clear winner (context and
                # distance add at most ~0.35 to a rival), or only countries/borders
                if (ranked and ranked[0][0] >= ACCEPT + 0.3 and
                        (len(ranked) == 1 or ranked[0][0] - ranked[1][0] >= 0.45)) or \
                        all(c.place.feature in ("country", "border")
                            for c in sp.cands[:MAX_CANDIDATES]):
                    fixed[mk] = ranked
            if not ranked:
                continue
            best, cand, why = ranked[0]
            second = ranked[1][0] if len(ranked) > 1 else None
            out.append((sp, best, cand, why, second))
            rivals.append(_rival_country(ranked))
        # anchors for the second pass: confident towns and regions
        anchors = []
        anchor_scores: list[float] = []
        seen_ids = set()
        regions = set()
        for (sp, best, cand, why, second), rival in zip(out, rivals):
            p = cand.place
            # (a caption counts; not a province named like a big town of its own, where
            # the town may be meant: 'New York' is no reason for Rome, New York)
            if p.feature == "admin1" and best >= ACCEPT + 0.15 and p.country \
                    and sp.segment not in (RELATED, BOILERPLATE) \
                    and not any(c.place.feature == "city" and c.place.country == p.country
                                and c.importance >= 5.5 for c in sp.cands[:MAX_CANDIDATES]):
                regions.add((p.country, key(p.name)))
            # (nor a name after a quarter's cue: a quarter of the story's town, its reading
            # maybe a namesake far off, 'il rione X' pulls no other name towards that hamlet)
            if best >= ACCEPT + 0.15 and p.feature not in ("country", "border") \
                    and sp.segment not in _OTHER_SEGMENTS and p.lat is not None \
                    and p.id not in seen_ids and sp.cue != "quarter":
                seen_ids.add(p.id)
                anchors.append((p.lat, p.lon, p.name, p.id, key(sp.surface)))
                anchor_scores.append(best)
                # (not capitals: 'Washington said' puts no story in the United States)
                # (nor a name whose namesake in another country scores about as well: 'Hyde
                # Park' read in the United States by a hair puts no London story there, and
                # would pull its 'Croydon' and 'Belfast' over after it)
                if p.country and p.feature in ("city", "admin1", "admin2", "region") \
                        and best >= ACCEPT + 0.3 and not is_capital(cand) \
                        and (rival is None or rival[0] < best - COUNTRY_VOTE_MARGIN):
                    ctx.add(p.country, f"'{sp.surface}' is in it", sp.surface, town=True)
        _story_town_countries(out, ctx)
        # the most confident dozen are plenty to say where the story is
        anchors = [a for _, a in sorted(zip(anchor_scores, anchors), key=lambda t: -t[0])][:12]
        ctx = Context(countries=ctx.countries, sources=ctx.sources, derived=ctx.derived,
                      clustered=ctx.clustered, anchors=anchors,
                      prior=ctx.prior, adjectival=ctx.adjectival, lang=ctx.lang,
                      regions=frozenset(regions))
    _short_forms(out)
    _cued_region_sense(out)
    _sentence_province(out, sc)
    _world_namesakes(out, ctx, sc)
    _list_coherence(out, sc, lex)
    _capital_pairs(out, sc, lex)
    out = _address_coherence(out, ctx, sc, lex)
    _part_address(out, ctx, sc, lex)
    _local_namesakes(out, ctx, sc)
    out = _sentence_country(out, ctx, sc)
    _dateline_province(out, ctx, sc)
    _foreign_capital_ties(out, ctx, sc)
    _country_name_ties(out, ctx, sc)
    return _split_halves(out, sc)


def _country_name_ties(out: list, ctx: Context, sc: Scan) -> None:
    """'un chantier au Congo' in a story that names Brazzaville: two countries sharing a name
    (the two Congos), about as good, one of them the country of a town the story names (its
    capital too: a capital votes for no country of the story, but it says which Congo) and the
    other not: that one."""
    named: set = set()
    for sp, best, cand, c, second in out:
        p = cand.place
        if p.country and p.feature not in ("country", "border") and best >= ACCEPT:
            named.add(p.country)
    if not named:
        return
    for x, (sp, best, cand, c, second) in enumerate(out):
        p = cand.place
        if p.feature != "country" or second is None or best - second >= TIE_MARGIN \
                or p.country in named:
            continue
        tie = next(((s, cc) for s, cc, _ in _rank(sp, c, sc)[1:3]
                    if cc.place.feature == "country" and cc.place.country in named
                    and s >= best - TIE_MARGIN), None)
        if tie:
            sp.notes.append(f"two countries of this name about as good: {tie[1].place.name}, "
                            f"where a town the story names lies")
            out[x] = (sp, tie[0], tie[1], c, best)


# a town whose best namesake in another country scores within this of it votes for no country
COUNTRY_VOTE_MARGIN = 0.1


def _rival_country(ranked: list):
    """The score and country of the best candidate of another country than the top one's
    within the margin of a ranking (sorted best first), or None."""
    if len(ranked) < 2:
        return None
    iso = ranked[0][1].place.country
    floor = ranked[0][0] - COUNTRY_VOTE_MARGIN
    for s, cand, _ in ranked[1:]:
        if s < floor:
            return None
        c = cand.place.country
        if c and c != iso and cand.place.feature not in ("country", "border"):
            return (s, c)
    return None


def _foreign_capital_ties(out: list, ctx: Context, sc: Scan) -> None:
    """'veredas de Ovejas, en Sucre' in a Colombian story: the capital of a country the story
    never names (Bolivia's Sucre) tied with a province or district of a country the story is
    about: the province (a capital's bonus is for metonymy, which a tie cannot tell)."""
    for x, (sp, best, cand, c, second) in enumerate(out):
        p = cand.place
        if second is None or best - second >= TIE_MARGIN or not is_capital(cand) \
                or not p.country or ctx.vouched(p.country, sp.surface):
            continue
        tie = next(((s, cc) for s, cc, _ in _rank(sp, c, sc)[1:4]
                    if cc.place.feature in ("admin1", "admin2") and cc.place.country
                    and cc.place.country != p.country and s >= best - TIE_MARGIN
                    and ctx.vouched(cc.place.country, sp.surface)), None)
        if tie:
            sp.notes.append(f"a tie with the capital of {p.country}, a country the story does "
                            f"not name: the province of {tie[1].place.country}")
            out[x] = (sp, tie[0], tie[1], c, best)


def _dateline_province(out: list, ctx: Context, sc: Scan) -> None:
    """'İSTANBUL — … Ortaköy'de': two namesake towns of one country about as good (a tie), one
    of them in the province of the town the story was filed from: that one (a local story's
    places lie around its dateline)."""
    dl = next((cand.place for sp, best, cand, c, second in out
               if sp.dateline and cand.place.feature == "city" and cand.place.admin1), None)
    if dl is None:
        return
    for x, (sp, best, cand, c, second) in enumerate(out):
        p = cand.place
        if sp.dateline or second is None or best - second >= TIE_MARGIN or sp.cue == "admin2" \
                or p.feature not in _ADDRESS_TOWNS or p.country != dl.country \
                or p.admin1 == dl.admin1:
            continue
        tie = next(((s, cc) for s, cc, _ in _rank(sp, c, sc)[1:4]
                    if cc.place.country == dl.country and cc.place.admin1 == dl.admin1
                    and cc.place.feature in _ADDRESS_TOWNS and s >= best - TIE_MARGIN), None)
        if tie:
            sp.notes.append(f"a tie among namesakes: the one in {dl.admin1}, the dateline's province")
            out[x] = (sp, tie[0], tie[1], c, best)


# a town named this many times in the story, each time a clear winner, says the story's country
STORY_TOWN_MENTIONS = 3
STORY_TOWN_MARGIN = 0.3


def _story_town_countries(out: list, ctx: Context) -> None:
    """A town the story keeps naming is where the story is, even when its country is never
    named: a Moscow-datelined report on a strike on a Ukrainian town names the town six times
    in its case forms and 'Ukraine' not once; its country then vouches for the story's other
    places (the big city next to it rather than a small namesake in the dateline's country)."""
    seen: dict[str, list] = {}
    for sp, best, cand, why, second in out:
        p = cand.place
        if best < ACCEPT or (second is not None and best - second < STORY_TOWN_MARGIN) \
                or p.feature not in ("city", "village", "admin2") or not p.country \
                or sp.segment in _OTHER_SEGMENTS or is_capital(cand):
            continue
        seen.setdefault((p.id, p.country), []).append(sp.surface)
    for (_, iso), surfaces in seen.items():
        if len(surfaces) < STORY_TOWN_MENTIONS:
            continue
        for surface in dict.fromkeys(surfaces):
            ctx.add(iso, f"'{surfaces[0]}' is named {len(surfaces)} times", surface, town=True)


WORLD_CITY_POP = 2_000_000    # a city the whole world writes about
NAMESAKE_MARGIN = 0.15        # a small namesake's lead that context alone may give it
NAMESAKE_NEAR_KM = 100


def _world_namesakes(out: list, ctx: Context, sc: Scan) -> None:
    """'в Нью-Йорке' in a story about Ukraine: a small town that shares its name with a world
    city (New York's namesake in Donetsk oblast) wins only on local evidence: a feature cue, or a
    place of the story near it. The country being named is not enough: a UN meeting in New York
    is news in every story."""
    for x, (sp, best, cand, why, second) in enumerate(out):
        p = cand.place
        if second is None or best - second >= NAMESAKE_MARGIN or sp.cue \
                or p.feature not in _SMALL_FEATURES or (p.population or 0) >= 100_000 or p.lat is None:
            continue
        if any(o[2].place.lat is not None and o[2].place.id != p.id
               and o[2].place.feature not in ("country", "border")
               and haversine_km(p.lat, p.lon, o[2].place.lat, o[2].place.lon) < NAMESAKE_NEAR_KM
               for o in out):
            continue
        ranked = _rank(sp, ctx, sc)
        rival = next(((b, c, w) for b, c, w in ranked[1:3]
                      if c.place.feature == "city" and (c.place.population or 0) >= WORLD_CITY_POP), None)
        if rival is None:
            continue
        b, c, w = rival
        sp.notes.append(f"a world city's name: '{c.place.name}' rather than its small namesake "
                        f"'{p.name}' ({p.country}), which no place of the story is near")
        out[x] = (sp, b, c, w, best)


_WHOLE_FEATURES = frozenset({"country", "admin1", "region"})
# a town of fewer people than this that names a province is, in a story that names the
# province by its cue, that province when named bare ('in the Sagaing region … in Sagaing');
# a larger one is the town ('Donetsk region … shelling of Donetsk')
REGION_SENSE_TOWN_POP = 100_000


def _cued_region_sense(out: list) -> None:
    """One sense per story for a province named after a small town: once a cue names the
    province ('the Sagaing region', 'Kabupaten Nduga'), the bare name elsewhere in the story
    ('air strike in Sagaing') is the province too, not its small namesake town."""
    regions: dict[str, tuple] = {}
    for sp, best, cand, why, second in out:
        if sp.cue in ("admin1", "admin2", "region") and cand.place.feature in ("admin1", "admin2") \
                and best >= ACCEPT + 0.15:
            regions.setdefault(key(sp.surface), (cand, best, why))
    if not regions:
        return
    for x, (sp, best, cand, why, second) in enumerate(out):
        got = regions.get(key(sp.surface))
        p = cand.place
        if got is None or sp.cue or p.feature not in ("city", "village") \
                or (p.population or 0) >= REGION_SENSE_TOWN_POP:
            continue
        rc = got[0]
        if rc.place.country != p.country or not any(c.place.id == rc.place.id for c in sp.cands):
            continue
        sp.notes.append(f"the province '{rc.place.name}' that the story names by its cue, "
                        f"not its town '{p.name}'")
        out[x] = (sp, best, rc, why, second)


# How far (tokens, in one sentence) a province may stand from a district or town it holds.
PROVINCE_REACH = 8


def _sentence_province(out: list, sc: Scan) -> None:
    """'в Ростовской области, у посёлка Глубокий Каменского района', 'Kamenskiy, Rostov
    oblast': a district or town whose namesakes lie in several provinces is the one in the
    province the same sentence names a few words before or after it, when that namesake is
    among its readings (whatever namesake other places of the story vouch for)."""
    provs = [(sp, cand) for sp, best, cand, _, _ in out
             if cand.place.feature == "admin1" and cand.place.country and best >= ACCEPT]
    if not provs:
        return
    sent = sc.sent_id
    for x, (sp, best, cand, why, second) in enumerate(out):
        p = cand.place
        if p.feature not in ("city", "village", "admin2") or not p.country:
            continue
        near = [pc for psp, pc in provs if psp is not sp and sent[psp.i] == sent[sp.i]
                and (0 <= sp.i - psp.j <= PROVINCE_REACH or 0 <= psp.i - sp.j <= PROVINCE_REACH)]
        if not near or any(pc.place.country == p.country and p.admin1
                           and key(p.admin1) == key(pc.place.name) for pc in near):
            continue
        for pc in near:
            alt = next((c for c in sp.cands[:MAX_CANDIDATES]
                        if c.place.country == pc.place.country and c.place.admin1
                        and c.place.feature == p.feature and c.how == cand.how
                        and key(c.place.admin1) == key(pc.place.name)), None)
            if alt is not None:
                sp.notes.append(f"the {p.feature} in {pc.place.name}, the province named beside it")
                out[x] = (sp, best, alt, why, second)
                break


def _short_forms(out: list) -> None:
    """'San Vicente y las Granadinas … San Vicente', 'Trinidad and Tobago … Trinidad': the
    first words of a country or region named in the article (a headline names it short before
    the body names it whole), when they are only a town's name elsewhere, are that country's
    short form (not San Vicente in Argentina)."""
    _venue_short_forms(out)
    _town_short_forms(out)
    wholes = [(key(sp.surface), cand, best) for sp, best, cand, _, _ in out
              if cand.place.feature in _WHOLE_FEATURES and sp.j - sp.i >= 3]
    if not wholes:
        return
    for x, (sp, best, cand, why, second) in enumerate(out):
        if cand.place.feature in _WHOLE_FEATURES:
            continue
        k = key(sp.surface)
        # (a short form that is itself a province of the same country keeps its reading:
        # 'New York' after 'New York State' is the city or the state, both in the US)
        hit = next(((c, b) for w, c, b in wholes
                    if w.startswith(k + " ") and len(k) >= 4
                    and not any(o.place.feature in _WHOLE_FEATURES
                                and o.place.country == c.place.country
                                for o in sp.cands[:MAX_CANDIDATES])), None)
        if hit:
            c, b = hit
            sp.notes.append(f"the short form of '{c.place.name}', named before in the article")
            out[x] = (sp, max(best, b), c, why, second)


_SMALL_FEATURES = frozenset({"city", "village"})
# a town's first words read alone this far from the town the article names in full are
# that town's short form ('Castellammare' beside 'Castellammare del Golfo')
TOWN_SHORT_FAR_KM = 100


def _town_short_forms(out: list) -> None:
    """'Castellammare del Golfo … Castellammare', 'Sesto San Giovanni … Sesto': the first
    words of a town the article names in full, read alone as another town far from it (the
    bigger Castellammare di Stabia), are that town's short form: the story names its town
    whole once, then as the locals say it."""
    wholes = [(key(sp.surface), cand, best) for sp, best, cand, _, _ in out
              if cand.place.feature in _SMALL_FEATURES and sp.j - sp.i >= 2
              and not sp.cue and cand.place.lat is not None]
    if not wholes:
        return
    for x, (sp, best, cand, why, second) in enumerate(out):
        p = cand.place
        if p.feature not in _SMALL_FEATURES or p.lat is None or sp.cue:
            continue
        k = key(sp.surface)
        if len(k) < 4:
            continue
        hit = next(((c, b) for w, c, b in wholes
                    if w.startswith(k + " ") and c.place.id != p.id
                    and haversine_km(p.lat, p.lon, c.place.lat, c.place.lon) > TOWN_SHORT_FAR_KM),
                   None)
        if hit:
            c, b = hit
            sp.notes.append(f"the short form of '{c.place.name}', named in full in the article")
            out[x] = (sp, max(best, b), c, why, second)


def _venue_short_forms(out: list) -> None:
    """'the Manchester Arena … the foyer of the Arena', 'Victoria Station … the Station': the
    last word of a landmark or venue the article names in full, read alone as a small town far
    from that landmark (Arena, Wisconsin), is the landmark's short form."""
    wholes = [(key(sp.surface), cand, best) for sp, best, cand, _, _ in out
              if cand.place.feature == "other" and sp.j - sp.i >= 2 and cand.place.lat is not None]
    if not wholes:
        return
    for x, (sp, best, cand, why, second) in enumerate(out):
        p = cand.place
        if sp.j - sp.i != 1 or p.feature not in _SMALL_FEATURES or p.lat is None \
                or cand.importance >= FOREIGN_SMALL:
            continue
        k = key(sp.surface)
        hit = next(((c, b) for w, c, b in wholes
                    if w.endswith(" " + k) and len(k) >= 4
                    and haversine_km(p.lat, p.lon, c.place.lat, c.place.lon) > FOREIGN_FAR_KM), None)
        if hit:
            c, b = hit
            sp.notes.append(f"the short form of '{c.place.name}', named in full in the article")
            out[x] = (sp, max(best, b), c, why, second)


def _split_halves(out: list, sc: Scan) -> list:
    """'Ras Isa', 'Bab Touma': two names side by side that the gazetteer knows only apart, each
    a small town and the two towns far from each other, are the halves of one name it lacks
    (not Rās in India and Isa in Japan)."""
    drop: set[int] = set()
    for k in range(len(out) - 1):
        a, b = out[k][0], out[k + 1][0]
        # (or joined by a hyphen: 'село Овчи-Калача' is not Ovča in Serbia and Kalach in Russia)
        if b.i != a.j or sc.text[a.end:b.start] not in (" ", "-", "‐", "‑") or sc.sent_id[a.i] != sc.sent_id[b.i]:
            continue
        pa, pb = out[k][2].place, out[k + 1][2].place
        # (a town read through another of its names counts as small whatever its size:
        # 'Lin Ta Lu' is no Lynn in Massachusetts beside a Vietnamese village)
        if pa.feature in _SMALL_FEATURES and pb.feature in _SMALL_FEATURES \
                and ((pa.population or 0) < 50000
                     or key(a.surface) != key(pa.name) and out[k][2].importance < 6.5) \
                and ((pb.population or 0) < 50000
                     or key(b.surface) != key(pb.name) and out[k + 1][2].importance < 6.5) \
                and pa.lat is not None and pb.lat is not None \
                and haversine_km(pa.lat, pa.lon, pb.lat, pb.lon) > 300:
            drop.update((k, k + 1))
    return [o for x, o in enumerate(out) if x not in drop] if drop else out


_LIST_FEATURES = frozenset({"admin1", "admin2", "city"})


def _list_coherence(out: list, sc: Scan, lex: Lexicon) -> None:
    """'Zamfara, Kaduna and Niger', 'Kherson, Mykolaiv and Odesa': a name listed with places
    that are all in one country is read as a place of that country when it can be one (Niger
    State, not the country Niger), as long as that reading is acceptable on its own."""
    n = len(out)
    k = 0
    while k < n:
        # a run of entries separated only by commas or a conjunction, in one sentence
        e = k + 1
        while e < n and _listed(out[e - 1][0], out[e][0], sc, lex):
            e += 1
        if e - k >= 3:
            group = out[k:e]
            for x, (sp, best, cand, ctx, second) in enumerate(group):
                others = [g[2].place for y, g in enumerate(group) if y != x]
                iso = others[0].country
                if not iso or any(o.country != iso or o.feature not in _LIST_FEATURES
                                  for o in others) or cand.place.country == iso:
                    continue
                alt = [(s, c) for s, c, _ in _rank(sp, ctx, sc)
                       if c.place.country == iso and c.place.feature in _LIST_FEATURES
                       and s >= ACCEPT]
                if alt:
                    s, c = alt[0]
                    sp.notes.append(f"listed with places of {iso}: read as one of them")
                    out[k + x] = (sp, s, c, ctx, best)
        k = e


# how far below the best reading a national capital listed with another may score and win
CAPITAL_PAIR_MARGIN = 0.1


def _capital_pairs(out: list, sc: Scan, lex: Lexicon) -> None:
    """'Washington y Madrid condenaron el atentado', 'Paris and London': a name listed with
    a foreign national capital is a capital too when it can be one and that reading is close
    to its best (not the namesake town near the story's scene)."""
    for x in range(len(out)):
        sp, best, cand, ctx, second = out[x]
        if is_capital(cand):
            continue
        for y in (x - 1, x + 1):
            if not 0 <= y < len(out):
                continue
            o_sp, _, o_cand = out[y][0], out[y][1], out[y][2]
            a, b = (o_sp, sp) if y < x else (sp, o_sp)
            if not is_capital(o_cand) \
                    or o_cand.place.country == cand.place.country or not _listed(a, b, sc, lex):
                continue
            alt = [(s, c) for s, c, _ in _rank(sp, ctx, sc)
                   if is_capital(c) and s >= ACCEPT
                   and s >= best - CAPITAL_PAIR_MARGIN]
            if alt:
                s, c = alt[0]
                sp.notes.append(f"listed with the capital {o_cand.place.name}: read as a capital")
                out[x] = (sp, s, c, ctx, best)
                break


# words that may stand between a town and the province of its address ('X, dans la province
# du Y', 'X in the Y district'): at most this many, all of them small words or cue words
ADDRESS_GAP_WORDS = 5
_ADDRESS_CUES = frozenset({"admin1", "admin2", "region"})
_ADDRESS_TOWNS = frozenset({"city", "village"})


def _address_coherence(out: list, ctx: Context, sc: Scan, lex: Lexicon) -> list:
    """'massacre à Nondin et Soro, dans la province du Yatenga', 'Puerto X, in Tame
    municipality': a town followed by the province of its address (a name with an area cue)
    is in that province's country. A reading in another country (Sorø in Denmark) gives way
    to one in that country; when the gazetteer has none, the town is one it lacks: dropped
    rather than placed on another continent."""
    drop: set[int] = set()
    for x in range(len(out) - 1):
        sp, best, cand, c, second = out[x]
        nxt = out[x + 1][0]
        area = out[x + 1][2].place
        if nxt.cue not in _ADDRESS_CUES or area.feature not in ("admin1", "admin2", "region") \
                or not area.country or cand.place.country == area.country \
                or cand.place.feature not in _ADDRESS_TOWNS or sp.cue \
                or sc.sent_id[sp.i] != sc.sent_id[nxt.i] or nxt.i - sp.j > ADDRESS_GAP_WORDS:
            continue
        gap = sc.text[sp.end:nxt.start]
        if not gap.lstrip().startswith(",") and not lex.locatives.has(sc.keys[sp.j]):
            continue
        if any(ch.isdigit() for ch in gap):
            continue                  # '30 km from the Y district': measured, not an address
        alt = [(s, cc) for s, cc, _ in _rank(sp, ctx, sc)
               if cc.place.country == area.country and cc.place.feature in _ADDRESS_TOWNS
               and s >= ACCEPT - 0.1]
        if alt:
            s, cc = alt[0]
            sp.notes.append(f"its address is {area.name} ({area.country}): read as a town there")
            out[x] = (sp, max(s, ACCEPT), cc, c, best)
        elif cand.place.country not in ctx.countries:
            drop.add(x)
            sc.rejected.append((sp.surface, f"a town of the province {area.name} the gazetteer "
                                            f"lacks (not {cand.place.name}, {cand.place.country})"))
    return [o for k, o in enumerate(out) if k not in drop] if drop else out


# a town whose next words put it beside or inside a town ('X, alle porte di Y', 'X, a suburb
# of Y', 'X, près de Y'): a reading this close in score and this near Y wins over one far off
PART_ADDRESS_MARGIN = 0.1
PART_ADDRESS_NEAR_KM = 60
PART_ADDRESS_FAR_KM = 200


def _part_address(out: list, ctx: Context, sc: Scan, lex: Lexicon) -> None:
    """'tenuta a Marano, alle porte di Napoli': a town read far from the town its address
    names right after it (a comma, then a word of a part or the outskirts of a place, the
    language's `parts_before`, or a locative 'near') is read at its namesake near that town
    when the two readings score alike."""
    if not lex.parts_before:
        return
    for x in range(len(out) - 1):
        sp, best, cand, c, second = out[x]
        nsp, _, ncand, _, _ = out[x + 1]
        p, q = cand.place, ncand.place
        if sp.cue or p.lat is None or q.lat is None or p.feature not in _ADDRESS_TOWNS \
                or q.feature not in ("city", "admin2") or p.id == q.id \
                or sc.sent_id[sp.i] != sc.sent_id[nsp.i] or nsp.i - sp.j > ADDRESS_GAP_WORDS:
            continue
        gap = sc.text[sp.end:nsp.start]
        if not gap.lstrip().startswith(",") or any(ch.isdigit() for ch in gap):
            continue
        if not lex.parts_before.ending(sc.keys, nsp.i, sp.j)[0]:
            continue
        if haversine_km(p.lat, p.lon, q.lat, q.lon) <= PART_ADDRESS_FAR_KM:
            continue
        alt = [(s, cc) for s, cc, _ in _rank(sp, ctx, sc)
               if cc.place.lat is not None and cc.place.feature in _ADDRESS_TOWNS
               and s >= best - PART_ADDRESS_MARGIN
               and haversine_km(cc.place.lat, cc.place.lon, q.lat, q.lon) <= PART_ADDRESS_NEAR_KM]
        if alt:
            s, cc = alt[0]
            sp.notes.append(f"its address is beside {q.name}: the namesake there")
            out[x] = (sp, max(s, ACCEPT), cc, c, best)


# a namesake this near the story's own town (or a landmark its sentence names), scoring at
# most this much below a reading this far from it, is the one meant
LOCAL_NAMESAKE_KM = 20
LOCAL_NAMESAKE_FAR_KM = 100
LOCAL_NAMESAKE_MARGIN = 0.2
LOCAL_NAMESAKE_AREA_KM = 250     # a province or region its sentence names this near vouches
_LOCAL_NAMESAKE_FEATURES = frozenset({"city", "village", "other"})


def _story_town_point(out: list):
    """The story's own town: its dateline's town, else the town of 50,000 people or more
    that the story's text names most (twice at least), or None."""
    count: dict[str, int] = {}
    first: dict[str, object] = {}
    for sp, best, cand, _, _ in out:
        p = cand.place
        if p.feature != "city" or p.lat is None or best < ACCEPT:
            continue
        if sp.dateline:
            return p
        if sp.segment in _OTHER_SEGMENTS or (p.population or 0) < PART_OF_POP:
            continue
        count[p.id] = count.get(p.id, 0) + 1
        first.setdefault(p.id, p)
    if not count:
        return None
    pid = max(count, key=lambda i: count[i])
    return first[pid] if count[pid] >= 2 else None


def _local_namesakes(out: list, ctx: Context, sc: Scan) -> None:
    """'Patlamanın sesi Bahçelievler'den duyuldu' in a story on Ankara, 'Münster: … am
    Kiepenkerl', 'la station Port-Royal' in a Paris story: a name read as a namesake far off
    (Istanbul's bigger Bahçelievler) is the namesake in the story's own town, or beside a
    landmark its own sentence names, when that reading scores nearly as well — the story's
    scene wins over a bigger place elsewhere."""
    town = _story_town_point(out)
    marks = [(sc.sent_id[sp.i], cand.place) for sp, best, cand, _, _ in out
             if cand.place.feature == "other" and cand.place.lat is not None
             and getattr(cand, "layer", 0) >= 1 and best >= ACCEPT and sp.j - sp.i >= 1]
    if town is None and not marks:
        return
    switched: dict[tuple, tuple] = {}
    town_lines = {_line_of(sc, sp.i) for sp, _, cand, _, _ in out
                  if town is not None and cand.place.id == town.id}
    # (the entries of each sentence, by index: read from ``out`` as it stands, switches included)
    in_sentence: dict[int, list[int]] = {}
    for x, entry in enumerate(out):
        in_sentence.setdefault(sc.sent_id[entry[0].i], []).append(x)
    for x, (sp, best, cand, why, second) in enumerate(out):
        p = cand.place
        if p.feature not in _LOCAL_NAMESAKE_FEATURES or p.lat is None or is_capital(cand) \
                or second is None:
            continue
        sid = sc.sent_id[sp.i]
        # (a place its own sentence names beside it vouches for the reading: 'Kota Pauktaw
        # di Rakhine' stays in Rakhine, whatever the dateline's suburb of that name)
        if any(o is not sp and oc.place.id != p.id
               and oc.place.lat is not None and oc.place.feature not in ("country", "border")
               and (p.admin1 and oc.place.feature == "admin1" and oc.place.name == p.admin1
                    or haversine_km(p.lat, p.lon, oc.place.lat, oc.place.lon)
                    <= (LOCAL_NAMESAKE_AREA_KM if oc.place.feature in _AREA_CUE_KINDS
                        else LOCAL_NAMESAKE_FAR_KM))
               for o, _, oc, _, _ in map(out.__getitem__, in_sentence[sid])):
            continue
        points = [q for s, q in marks if s == sid and q.id != p.id]
        # (the story's town counts only against a reading far from all the story names: a
        # township of the story's province is no stray namesake of the dateline's suburb)
        # (unless the story's town is named in the same line: 'Heilbronn, im April. Die
        # Theresienwiese …' is Heilbronn's, though the story names Munich too)
        if town is not None and town.id != p.id and (
                ctx.nearest(p, sp.surface)[0] > LOCAL_NAMESAKE_FAR_KM
                or _line_of(sc, sp.i) in town_lines):
            points.append(town)
        points = [q for q in points
                  if haversine_km(p.lat, p.lon, q.lat, q.lon) > LOCAL_NAMESAKE_FAR_KM]
        if not points or not any(
                c.place.id != p.id and c.place.lat is not None
                and any(abs(c.place.lat - q.lat) < 0.3 and abs(c.place.lon - q.lon) < 0.5
                        for q in points) for c in sp.cands[:MAX_CANDIDATES]):
            continue
        # (scored with their distance: ranking adds it only near the top)
        alt = sorted(((_score(sp, c, ctx, sc)[0], c) for c in _ranked_cands(sp, ctx)
                      if c.place.id != p.id and c.place.lat is not None
                      and c.place.feature in _LOCAL_NAMESAKE_FEATURES
                      and any(haversine_km(c.place.lat, c.place.lon, q.lat, q.lon)
                              <= LOCAL_NAMESAKE_KM for q in points)),
                     key=lambda t: (-t[0], t[1].place.id))
        alt = [(s, c) for s, c in alt if s >= ACCEPT and s >= best - LOCAL_NAMESAKE_MARGIN]
        if alt:
            s, c = alt[0]
            sp.notes.append(f"the namesake in the story's own scene, not {p.name} "
                            f"({p.country}) far from it")
            out[x] = (sp, max(s, ACCEPT), c, why, best)
            switched[(key(sp.surface), p.id)] = (c, max(s, ACCEPT))
    # (one sense per story: the same name read the same far namesake elsewhere in the story,
    # a title or a last paragraph that names no place of its own, is that local one too)
    if not switched:
        return
    for x, (sp, best, cand, why, second) in enumerate(out):
        hit = switched.get((key(sp.surface), cand.place.id))
        if hit is not None and not sp.cue:
            c, s = hit
            sp.notes.append(f"the same name read as {c.place.name} nearby in this story")
            out[x] = (sp, max(best, s), c, why, best)


SENTENCE_NAMESAKE_BIGGER = 0.5  # importance by which a namesake in the sentence's country must win
STRAY_VILLAGE_POP = 10_000      # a village or small town: a namesake abroad is likely
TIE_MARGIN = 0.05               # two readings this close are a tie the sentence's country breaks


def _sentence_country(out: list, ctx: Context, sc: Scan) -> list:
    """'In neighbouring Moldova, … near the northern village of Larga': a small town of a
    country the story never names, in a sentence that names another country, is read in that
    country when the gazetteer has it there, else dropped (the gazetteer lacks the village;
    a namesake in Romania is no reading of it)."""
    drop: set[int] = set()
    named: dict[int, set] = {}
    for sp, best, cand, c, second in out:
        if cand.place.feature == "country" and cand.place.country:
            named.setdefault(sc.sent_id[sp.i], set()).add(cand.place.country)
    if not named:
        return out
    for x, (sp, best, cand, c, second) in enumerate(out):
        p = cand.place
        here = named.get(sc.sent_id[sp.i])
        if here and p.country and p.country not in here and p.feature != "country" \
                and second is not None and best - second < TIE_MARGIN:
            # 'Togo : deux militaires tués dans la région des Savanes': two namesakes about as
            # good, one in the country the sentence names
            # (ranking again only when some reading lies in a country the sentence names:
            # the ranking's readings are the span's, and it has no other effect)
            tie = next(((s, cc) for s, cc, _ in _rank(sp, c, sc)[1:4]
                        if cc.place.country in here and s >= best - TIE_MARGIN), None) \
                if any(cc.place.country in here for cc in sp.cands) else None
            if tie:
                sp.notes.append(f"its sentence names {tie[1].place.country}: the namesake there")
                out[x] = (sp, tie[0], tie[1], c, best)
                continue
        if here and p.country and p.country not in here and p.feature in _ADDRESS_TOWNS \
                and getattr(cand, "layer", 0) < 1 and p.country not in ctx.adjectival:
            # 'New Zealand mourns as Christchurch …' in a story that also names Britain: a
            # clearly bigger namesake town in the country its own sentence names is the one
            # (not against a curated village or a country the story names by its adjective:
            # 'la población venezolana de La Victoria' stays in Venezuela)
            # (ranked again only when such a bigger town is among the span's readings)
            bigger = cand.importance + SENTENCE_NAMESAKE_BIGGER
            big = next(((s, cc) for s, cc, _ in _rank(sp, c, sc)[1:4]
                        if cc.place.country in here and cc.place.feature in _ADDRESS_TOWNS
                        and cc.importance >= bigger
                        and s >= ACCEPT), None) \
                if any(cc.place.country in here and cc.place.feature in _ADDRESS_TOWNS
                       and cc.importance >= bigger for cc in sp.cands) else None
            if big:
                sp.notes.append(f"its sentence names {big[1].place.country}: the namesake "
                                f"there, a bigger town")
                out[x] = (sp, big[0], big[1], c, best)
                continue
        if not here or p.feature not in _ADDRESS_TOWNS or (p.population or 0) >= STRAY_VILLAGE_POP \
                or not p.country or p.country in here or ctx.vouched(p.country, sp.surface) \
                or p.country in ctx.adjectival or getattr(cand, "layer", 0) >= 1 \
                or sp.segment in _OTHER_SEGMENTS:
            continue
        alt = [(s, cc) for s, cc, _ in _rank(sp, c, sc)
               if cc.place.country in here and cc.place.feature in _ADDRESS_TOWNS
               and s >= ACCEPT - 0.1] \
            if any(cc.place.country in here and cc.place.feature in _ADDRESS_TOWNS
                   for cc in sp.cands) else []
        if alt:
            s, cc = alt[0]
            sp.notes.append(f"its sentence names {cc.place.country}: read as a town there")
            out[x] = (sp, max(s, ACCEPT), cc, c, best)
        else:
            drop.add(x)
            sc.rejected.append((sp.surface, f"a small town of {p.country}, which the story never "
                                            f"names, in a sentence about {', '.join(sorted(here))}"))
    return [o for k, o in enumerate(out) if k not in drop] if drop else out


def _listed(a: Span, b: Span, sc: Scan, lex: Lexicon) -> bool:
    """Are spans a and b neighbours in a list ('A, B', 'A and B')?"""
    if b.i < a.j or sc.sent_id[a.i] != sc.sent_id[b.i]:
        return False
    between = sc.keys[a.j:b.i]
    gap = sc.text[a.end:b.start].strip()
    return (not between and gap == ",") or (
        len(between) == 1 and between[0] in lex.conj and gap.strip(", ") == sc.tokens[a.j][2])


# --------------------------------------------------------------------------- mentions

def _mention(sp: Span, best: float, cand, ctx: "Context", second) -> Mention:
    m = Mention(mention=sp.surface, start=sp.start, end=sp.end, role=CONTEXT,
                confidence=_confidence(best, second), place=cand.place, segment=sp.segment)
    # (written only when read: see Mention.explain_later)
    m.explain_later(partial(_explanation, sp, cand, ctx, best, second, list(sp.notes)))
    # (a tie with a namesake: many districts share a name, see _part_of_town)
    m._tied = second is not None and best - second < TIE_MARGIN
    return m


def _explanation(sp: Span, cand, ctx: "Context", best: float, second, notes: list) -> list[str]:
    """The explain lines of a resolved place: its score, the span's notes, the score's parts.
    (The span, the candidate and the context are final once resolved; _score reads no scan,
    which the mention would otherwise keep alive.)"""
    _, why = _score(sp, cand, ctx, None, explain=True)
    return [f"'{sp.surface}' → {cand.place.id} {cand.place.name} ({cand.place.country}, "
            f"{cand.place.feature}) score {best:.2f}"
            + (f", runner-up {second:.2f}" if second is not None else "")] + notes + why


def _merge_borders(mentions: list[Mention], sc: Scan, lex: Lexicon, gaz) -> list[Mention]:
    """Two neighbouring countries with a border cue → one mention of their shared border."""
    out: list[Mention] = []
    i = 0
    while i < len(mentions):
        m = mentions[i]
        if i + 1 < len(mentions):
            n = mentions[i + 1]
            merged = _border_pair(m, n, sc, lex, gaz)
            if merged is not None:
                out.append(merged)
                i += 2
                continue
        out.append(m)
        i += 1
    return out


def _border_pair(a: Mention, b: Mention, sc: Scan, lex: Lexicon, gaz) -> Mention | None:
    if not (a.place and b.place and a.place.feature == "country" and b.place.feature == "country"
            and a.place.country and b.place.country and a.place.country != b.place.country):
        return None
    ta = sc.token_index(a.start)
    eb = sc.token_index_end(b.end)
    gap = sc.text[a.end:b.start]
    glued = gap.strip() in ("-", "–", "—", "/", "‐", "‑") and len(gap) <= 3
    if not glued:
        # 'the border between Lebanon and Israel', 'frontalière du Mali et du Burkina Faso':
        # two countries joined by a conjunction stay two mentions (each is named); the event
        # side still reads the border phrase around them as their shared line
        return None
    cue = sc.border_cue_near(ta, eb, lex)
    if cue is None:
        return None
    place = gaz.border(a.place.country, b.place.country)
    if place is None:
        return None
    surface = sc.text[a.start:b.end]
    conf = round(min(0.99, (a.confidence + b.confidence) / 2 + 0.05), 3)
    explain = [f"'{surface}' → {place.id} {place.name} (border): countries "
               f"{a.place.country} and {b.place.country} next to border cue '{cue}'"]
    return Mention(mention=surface, start=a.start, end=b.end, role=CONTEXT, confidence=conf,
                   place=place, segment=a.segment, explain=explain)


# features a facility may lie in or be placed at (a town, a district, another facility)
_TOWN_FEATURES = frozenset({"city", "village", "admin2", "other"})
# the confidence of a facility placed at the town its sentence names
FACILITY_CONFIDENCE = 0.6
# how many words may stand between a facility and the town of its address ('in downtown')
FACILITY_ADDRESS_WORDS = 3
# words from a facility's apposition ('…, a restaurant in the X district') to its address
FACILITY_APPOSED_WORDS = 8


def _facility_mentions(mentions: list[Mention], sc: Scan, lex: Lexicon | None = None) -> list[Mention]:
    """Facility names the gazetteer lacks ('Rumah Sakit Indonesia di Beit Lahia', 'the
    National Penitentiary in Port-au-Prince', 'Свято-Успенский собор … в Махачкале'): a mention
    of its own, placed at the town of its address in its sentence (else, when the sentence
    names no town, at the town the story names most). A facility whose name holds a town ('Kavumu airport') or that the
    gazetteer knows ('Tişrin Barajı') keeps the gazetteer's mention; a country or province
    inside its name ('Rumah Sakit Indonesia') is no mention of that country."""
    out = list(mentions)
    venues: set = set()            # (name key, place id) of far namesakes a quoted venue's name was
    venue_at: dict = {}
    short_at: dict = {}            # last word of a pinned venue's name → (venue, its town)
    # (the last first: 'the Abbey Gate of X Airport in Kabul' finds the airport already
    # pinned right after it, see _facility_town)
    for a, b in reversed(sc.facilities):
        start, end = sc.starts[a], sc.ends[b - 1]
        # ('Ankara Garı', 'al Hospital San Juan de Dios', 'El Palacio de X': the head word of
        # a facility's name is no namesake village of its own, whatever becomes of the facility)
        heads = {id(m) for m in out if m.start < end and start < m.end
                 and _facility_head(m, sc, lex)}
        if heads:
            out = [x for x in out if id(x) not in heads]
        inside = [m for m in out if start <= m.start and m.end <= end]
        if any(m.start < end and start < m.end for m in out if not start <= m.start <= m.end <= end):
            continue            # a gazetteer name reaching over its edge stands
        # ('Центральный рынок', 'Pasar Sentral': a common word that is also a town, opening a
        # venue's name, is a word of the name, no town of its own: the venue is in the town
        # of its sentence)
        words = [m for m in inside if lex is not None and key(m.mention) in lex.common]
        if words:
            inside = [m for m in inside if m not in words]
            out = [x for x in out if all(x is not w for w in words)]
        if _town_before_apposition(inside, start, end, sc, lex):
            continue
        town, own_sentence = _facility_town(a, start, end, out, sc)
        # ('Gedung Bursa Efek Jakarta', 'Menara Bank Mega Surabaya'): a capitalised head word,
        # a name, and a town closing it: a building of that town, named by the whole
        closing = _closing_town(a, start, end, inside, sc, lex)
        venue_name = False
        if closing is not None:
            town, own_sentence, venue_name = closing, True, True
        quoted = _quoted_after_head(a, sc, lex)
        apposed = _apposed_head(sc.token_index_end(end), sc, lex)
        if apposed and town is None:
            # ('the X, a restaurant in the Kabalagala district': the address after the apposition)
            b = sc.token_index_end(end)
            after = [m for m in out if m.start >= end and m.place is not None
                     and m.place.feature in _TOWN_FEATURES and m.place.source not in ("facility", "street")
                     and sc.sent_id[sc.token_index(m.start)] == sc.sent_id[b]
                     and sc.token_index(m.start) - b <= FACILITY_APPOSED_WORDS]
            if after:
                town, own_sentence = min(after, key=lambda m: m.start), True
        # ("l'église Saint-Pierre", 'la basilica San Marco', 'the Radisson Blu', 'La Terrasse,
        # un restaurant': the name right after a bare lower-case head of a venue, a brand, or a
        # name a facility word stands in apposition to is the venue's own, no town of that name)
        venue_name = venue_name or town is not None and (
            _after_bare_head(a, sc, lex) or apposed or lex is not None and bool(
                lex.venue_brands.at(sc.keys, a, sc.token_index_end(end))[0]))
        if town is None:
            if lex is not None and lex.venue_brands.at(sc.keys, a, sc.token_index_end(end))[0]:
                # ('the Radisson Blu' with no town to pin it at: no town Radisson nor Blou either)
                drop = {id(x) for x in inside}
                out = [x for x in out if id(x) not in drop]
                continue
            _widen_over_facility(heads, inside, town, start, end, sc)
            continue
        # a town inside the name ('Kavumu airport') says where it is; a namesake of another
        # country than the town of its own sentence ('Никольский собор в Махачкале') is none
        # ('the Westgate shopping mall' in a story about Nairobi: a small town of another
        # country inside the name is a far namesake, not where the facility is)
        if not venue_name and any(
               m.place is None or m.place.feature == "other"
               or m.end - m.start >= end - start and not (
                   # ('die Diskothek „La Belle“' in Berlin: a quoted name after a venue's head
                   # word is the venue's own, not a small far namesake town, LaBelle in Florida)
                   quoted and _far_from_venue_town(m, town)
                   # ('la basilica di Santa Maria Maggiore' in a story of Rome: a saint a
                   # church is dedicated to, not the small town of that name far away)
                   or own_sentence and _dedication(a, sc, lex) and (
                       _far_small_home_namesake(m, town) or _far_small_namesake(m, town))
                   # ('tra piazza Dalmazia e il mercato di San Lorenzo' in a story of
                   # Florence: with no town in its sentence, a small far namesake of the
                   # story's country the story names nowhere else is the venue's own name:
                   # it stays in the story's town)
                   or not own_sentence and m.place is not None
                   and m.place.country == town.place.country
                   and _far_small_home_namesake(m, town)
                   and not _named_elsewhere(m, out, start, end))
               or m.place.feature in _TOWN_FEATURES and (
                   m.place.country == town.place.country
                   and not (own_sentence and _far_small_home_namesake(m, town))
                   or not own_sentence and not _far_small_namesake(m, town))
               # (with no town in its sentence, a small far namesake of the story's country
               # the story names nowhere else is a word of the name: the facility stays in
               # the story's town)
               and not (not own_sentence and m.place is not None
                        and m.place.country == town.place.country
                        and _far_small_home_namesake(m, town)
                        and not _named_elsewhere(m, out, start, end))
               for m in inside):
            _widen_over_facility(heads, inside, town, start, end, sc)
            continue
        m = _pinned_mention(sc, a, start, end, town, "facility", "other", "facility",
                            FACILITY_CONFIDENCE, "a facility the gazetteer lacks")
        m._cue = None
        # (a part of another facility stands or falls with it: see events.extract_events)
        m._part_of = town if town.place.source == "facility" else None
        # (the towns inside its name come back if the facility proves no place of the story:
        # 'RSUD Dekai' still names Dekai; a country inside it, 'Rumah Sakit Indonesia', not)
        # (not a far namesake of its name's word: 'Palacio de Justicia' in Bogotá holds no
        # Madrid quarter Justicia)
        m._inside = [closing] if closing is not None else [] if venue_name else [
            x for x in inside if x.place is not None and x.place.feature in _TOWN_FEATURES
            and not _far_small_namesake(x, town)]
        # ('il mercato di San Lorenzo' in a story of Florence): where the town inside the
        # name would come back as a far namesake, the venue itself stays, in the story's town
        if not own_sentence and any(x.place.country == town.place.country
                                    and _far_small_home_namesake(x, town) for x in m._inside):
            m._inside = [m]
        drop = {id(x) for x in inside}
        if quoted:
            venues.update((key(x.mention), x.place.id) for x in inside
                          if x.place is not None and x.end - x.start >= end - start)
            venue_at[key(m.mention)] = (m, town)
        elif venue_name and _after_bare_head(a, sc, lex):
            # ('el restaurante El Descanso, cerca de Torrejón … la bomba de El Descanso'): the
            # name of a venue after its bare head word, told again on its own, is that venue
            # too, not the far namesake town the gazetteer reads it as elsewhere
            # (the name's reading may leave out its article: 'El Descanso' read as 'Descanso')
            far = [x for x in inside if x.place is not None and x.end == end
                   and sc.token_index(x.start) - a <= 1 and _far_from_venue_town(x, town)]
            for x in far:
                for k in {key(x.mention), key(m.mention)}:
                    venues.add((k, x.place.id))
                    venue_at.setdefault(k, (m, town))
        elif b - a >= 2 and sc.keys[b - 1] not in venue_at:
            # ('the Vodafone Arena … the Arena'): the venue's last word alone is its short form
            short_at[sc.keys[b - 1]] = (m, town)
        out = [x for x in out if id(x) not in drop] + [m]
    if venues and short_at:
        # (a venue whose town was a name that proves another venue's far namesake — 'Foto:
        # Ayuntamiento de Torrejón' pinned at the US 'Descanso' of a story whose restaurant
        # El Descanso is near Torrejón — is in that venue's town: its short form is measured
        # from there)
        for k, (vm, vtown) in list(short_at.items()):
            hit = venue_at.get(key(vtown.mention))
            if hit is not None and vtown.place is not None and hit[1] is not vtown \
                    and (key(vtown.mention), vtown.place.id) in venues:
                short_at[k] = (vm, hit[1])
    for x in out:
        k = key(x.mention)
        if k in short_at and x.place is not None and x.place.source != "facility" \
                and " " not in k and _far_from_venue_town(x, short_at[k][1]):
            venues.add((k, x.place.id))
            venue_at.setdefault(k, short_at[k])
    if venues:
        # ('die Diskothek „La Belle“ … im „La Belle“': the venue's name told again on its own is
        # the same venue, not the far namesake town the gazetteer reads it as)
        again = []
        for x in out:
            if x.place is None or (key(x.mention), x.place.id) not in venues:
                again.append(x)
                continue
            first, town = venue_at[key(x.mention)]
            a2 = sc.token_index(x.start)
            again.append(_pinned_mention(sc, a2, x.start, x.end, town, "facility", "other",
                                         "facility", FACILITY_CONFIDENCE,
                                         "a facility the gazetteer lacks, named before"))
            again[-1]._cue = None
            again[-1]._part_of = first._part_of
            again[-1]._inside = []
        out = again
    out.sort(key=lambda m: m.start)
    return out


# a town this large named before an apposition is a town, not a venue named like it
APPOSED_TOWN_POPULATION = 10000


def _town_before_apposition(inside: list[Mention], start: int, end: int, sc: Scan, lex) -> bool:
    """'un commissariat à Kharkiv, un marché à Soumy et …', 'una comisaría en Cali, un mercado en
    Jamundí': a known town of some size, the whole name before an apposition of a facility word,
    is an item of a list of targets each with its town, not a venue named like a town with its
    address after it ('le Bataclan, une salle de concert à Paris' names no town)."""
    if len(inside) != 1 or not _apposed_head(sc.token_index_end(end), sc, lex):
        return False
    m = inside[0]
    return m.start == start and m.end == end and m.place is not None and m.place.feature == "city" \
        and (m.place.population or 0) >= APPOSED_TOWN_POPULATION


def _apposed_head(b: int, sc: Scan, lex) -> bool:
    """Whether token ``b`` opens an apposition naming a facility ('…, a restaurant in',
    '…, un restaurant du'): the name before it is that venue's own, no town of that name."""
    if lex is None or not lex.apposed_articles or b + 1 >= len(sc.keys) \
            or sc.gap(b).strip() != "," or sc.keys[b] not in lex.apposed_articles:
        return False
    heads = lex.facility_after or lex.facility_before
    return bool(heads.at(sc.keys, b + 1, len(sc.keys))[0])


def _closing_town(a: int, start: int, end: int, inside: list[Mention], sc: Scan, lex):
    """The town that closes a facility's name after its capitalised head word and at least
    one more word of the name ('Gedung Bursa Efek Jakarta'), the only place inside it."""
    if lex is None or not lex.facility_before or not sc.text[start:start + 1].isupper() \
            or len(inside) != 1:
        return None
    head = lex.facility_before.at(sc.keys, a, sc.token_index_end(end))[0]
    m = inside[0]
    if not head or m.end != end or m.place is None or m.place.feature not in ("city", "admin2") \
            or sc.token_index(m.start) <= a + head + 1:
        return None
    return m


def _widen_over_facility(heads, inside: list[Mention], town, start: int, end: int,
                         sc: Scan) -> None:
    """'Ankara Garı', 'London Bridge station': a facility left to the town its name holds
    (its head word dropped) is named by its whole name, placed at that town."""
    # (its whole name capitalised, 'Ankara Garı'; 'the Quetta hospital' is a building of
    # the town, no name)
    if len(inside) != 1 or not heads and not all(
            w[:1].isupper() for w in sc.text[start:end].split()):
        return
    w = inside[0]
    # (the town opening the name, its head after it: 'Bandara Sanaa', 'Kota Malang' name the
    # town after a head word, the town's own mention)
    # (a town of some size: a hamlet's name opening a plant's, 'Курская АЭС', is an adjective)
    if w.start != start or w.place is None or w.place.feature not in ("city", "village") \
            or (w.place.population or 0) < FACILITY_NAMESAKE_POP or (
            town is not None and w.place.country != town.place.country):
        return
    w.start, w.end, w.mention = start, end, sc.text[start:end]
    w.note("widened over the name of a facility in it")


def _facility_head(m: Mention, sc: Scan, lex) -> bool:
    """Whether a mention is only the head word of a facility's name ('Garı', 'Hospital')."""
    if lex is None:
        return False
    i, j = sc.token_index(m.start), sc.token_index_end(m.end)
    while i < j - 1 and (sc.keys[i] in lex.connectors or sc.keys[i] in lex.stop):
        i += 1                          # 'El Palacio'
    return any(ph and ph.at(sc.keys, i, j)[0] == j - i
               for ph in (lex.facility_before, lex.facility_after))


# a town inside a facility's name smaller than this, in another country than the story's
# town, is a namesake of the name's word, not the facility's town
FACILITY_NAMESAKE_POP = 50_000


def _quoted_after_head(a: int, sc: Scan, lex) -> bool:
    """Whether token ``a`` opens a quoted name right after a venue's head word ('die
    Diskothek „La Belle“', 'в клубе «Хромая лошадь»', 'la discothèque « Le Ciel »')."""
    if lex is None or not lex.facility_before or a == 0 \
            or sc.gap_list()[a].strip() not in _FAC_QUOTES_OPEN:
        return False
    return any(lex.facility_before.at(sc.keys, i, a)[0] == a - i for i in range(max(0, a - 3), a))


def _far_from_venue_town(m: Mention, town: Mention) -> bool:
    """A town the whole quoted name of a venue spells, far from the town the venue is in ('das
    Hotel „Moskau“' in Berlin, 'la discothèque « Bella Vista »' in Lyon): the venue's name."""
    p, tp = m.place, town.place
    return p is not None and p.feature in _TOWN_FEATURES and p.lat is not None \
        and tp.lat is not None and haversine_km(p.lat, p.lon, tp.lat, tp.lon) > PART_OF_FAR_KM


def _named_elsewhere(m: Mention, mentions: list[Mention], start: int, end: int) -> bool:
    """Whether the story names the place ``m`` reads (or its province) outside the span."""
    p = m.place
    return any(x.place is not None and (x.place.id == p.id or p.admin1 and x.place.feature
                                        == "admin1" and x.place.name == p.admin1)
               and not (start <= x.start < end) for x in mentions)


def _far_small_namesake(m: Mention, town: Mention) -> bool:
    p = m.place
    return bool(p.country and town.place.country and p.country != town.place.country) \
        and p.feature in ("city", "village") and (p.population or 0) < FACILITY_NAMESAKE_POP \
        and getattr(m, "_importance", 0) < CAPITAL_IMPORTANCE


def _after_bare_head(a: int, sc: Scan, lex) -> bool:
    """Whether token ``a`` opens a name right after a lower-case venue head that takes a bare
    name ('la basilique X', 'la chiesa X', 'gereja X': the language's ``facility_bare``)."""
    if lex is None or not lex.facility_bare or a == 0:
        return False
    for i in range(max(0, a - 3), a):
        if sc.text[sc.starts[i]:sc.starts[i] + 1].islower() and lex.facility_bare.at(sc.keys, i, a)[0] == a - i:
            return True
    # ('la chiesa di Santa Maria in Trastevere': a saint's name and the place it stands in,
    # after the head and a connector, is the venue's own too; 'la basilique de Saint-Denis'
    # may be the town's)
    n = len(sc.keys)
    if a >= 2 and sc.keys[a] in lex.name_heads and sc.keys[a - 1] in lex.connectors \
            and any(sc.keys[x] in lex.saint_links and sc.text[sc.starts[x]].islower()
                    for x in range(a + 1, min(n, a + 4))):
        for i in range(max(0, a - 4), a - 1):
            if sc.text[sc.starts[i]:sc.starts[i] + 1].islower() \
                    and lex.facility_bare.at(sc.keys, i, a - 1)[0] == a - 1 - i:
                return True
    return False


def _dedication(a: int, sc: Scan, lex) -> bool:
    """Whether token ``a`` opens a saint's name after a lower-case head of a church and a
    connector ('la basilica di Santa Maria Maggiore', "l'église de Saint-Nizier", 'la iglesia
    de San Pablo'): the saint the church is dedicated to (the language's ``church_heads``)."""
    if lex is None or not lex.church_heads or not lex.name_heads or a < 2 \
            or sc.keys[a] not in lex.name_heads or sc.keys[a - 1] not in lex.connectors:
        return False
    i = a - 2
    if i > 0 and sc.keys[i] in lex.connectors and len(sc.keys[i]) == 1:
        i -= 1                    # ("l'église d'Saint…" never; 'de la' no: one elided article)
    return sc.keys[i] in lex.church_heads and sc.text[sc.starts[i]:sc.starts[i] + 1].islower()


def _far_small_home_namesake(m: Mention, town: Mention) -> bool:
    """("Karşıyaka'daki Çağdaş Sanat Merkezi", 'the Liberty Arts Centre in Leeds'): a small town
    of the same country inside a facility's name, far from the town its own sentence puts the
    facility in, is a namesake of the name's word, not where the facility is."""
    p, tp = m.place, town.place
    return p.feature in ("city", "village") and (p.population or 0) < FACILITY_NAMESAKE_POP \
        and getattr(m, "_importance", 0) < CAPITAL_IMPORTANCE \
        and p.lat is not None and tp.lat is not None \
        and haversine_km(p.lat, p.lon, tp.lat, tp.lon) > PART_OF_FAR_KM


def _pinned_mention(sc: Scan, a: int, start: int, end: int, anchor: Mention, kind: str,
                    feature: str, source: str, confidence: float, what: str) -> Mention:
    """A mention of a name the gazetteer lacks (a facility, a village), pinned at the point of
    the place that says where it is (``anchor``): a pin near the place rather than none."""
    surface = sc.text[start:end]
    tp = anchor.place
    place = Place(id=f"geomap:{kind}-" + "-".join(key(surface).split()), name=surface,
                  country=tp.country, feature=feature, lat=tp.lat, lon=tp.lon,
                  admin1=tp.admin1, source=source)
    m = Mention(mention=surface, start=start, end=end, role=CONTEXT, confidence=confidence,
                place=place, segment=sc.seg[a],
                explain=[f"'{surface}' → {what}, placed at {tp.name} ({tp.id}), "
                         f"named at '{anchor.mention}'"])
    m._importance = 0.0
    return m


# a small place read this far from the town or district its phrase puts it in ('vereda X, en
# zona rural de Samaniego', 'X, in the east of Cali', 'в Дзержинском районе Волгограда') is a
# namesake elsewhere: the place meant is one the gazetteer lacks, inside that town
PART_OF_FAR_KM = 300
# readings this small may be a namesake of a quarter or a hamlet (a larger town is meant)
PART_OF_POP = 50_000
# words that may stand between the place and the town of its address
PART_OF_GAP_WORDS = 5
# a story town this big has city districts ('в Красноармейском районе города')
PART_OF_CITY_POP = 100_000
_PART_OF_ANCHORS = frozenset({"city", "village", "admin2"})
_PART_OF_CUES = frozenset({"village", "admin2", "quarter"})


def _part_of_town(mentions: list[Mention], sc: Scan, lex: Lexicon) -> list[Mention]:
    """A village, quarter or city district whose gazetteer reading lies far from the town its
    own phrase puts it in (the town or district of its address right after it; for a village
    or district cue without one, the area its sentence or the one before names, else a
    district in the big city the story names most) is a place the gazetteer lacks inside that
    town: pinned there, not at a namesake hundreds of kilometres off."""
    out = list(mentions)
    story = _story_city(out, sc)
    pinned: dict[tuple, Mention] = {}
    for x, m in enumerate(out):
        p = m.place
        cue = getattr(m, "_cue", None)
        if p is None or p.lat is None or p.source in ("facility", "street", "cue-village") \
                or m.segment in (RELATED, BOILERPLATE):
            continue
        small = p.feature in ("city", "village") and (p.population or 0) < PART_OF_POP \
            and getattr(m, "_importance", 0) < CAPITAL_IMPORTANCE
        # (a quarter's cue says the place lies in the story's town: a reading of any size far
        # from it is a namesake, 'le quartier de Khasso' of a story on Kayes is no Kazo)
        if not (small or cue == "admin2" and p.feature == "admin2"
                or cue == "quarter" and p.feature in ("city", "village")):
            continue
        anchor, after = _address_after(x, out, sc, lex)
        if anchor is None and cue in ("village", "quarter"):
            # (read in a country no other place of the story is in: the area its sentence or
            # the one before names, else the district or town the story names most; 'Kampung
            # X' of a story on a Papuan regency is not in Italy. A reading in the story's
            # country stands: 'KYIV — … the village of X' may lie 400 km from Kyiv)
            others = [o for o in out if o is not m and not _in_dateline(o, sc)]
            if not any(o.place is not None and o.place.country == p.country
                       and o.place.id != p.id for o in out):
                anchor = _village_anchor(sc.token_index(m.start), m.start, others, sc) \
                    or _story_city(out, sc, 0, ("city", "admin2"))
            else:
                # (a town its own sentence names: 'Masacre en X: … en la vereda Y')
                sid = sc.sent_id[sc.token_index(m.start)]
                same = [o for o in others if sc.sent_id[sc.token_index(o.start)] == sid]
                # (unless its sentence also names the area the reading lies in: 'a flight from
                # Amsterdam to X crashed near the village of Y, in the Z region': Y read in Z)
                if any(o.place is not None and o.place.lat is not None and o.place.id != p.id
                       and o.place.country == p.country
                       and o.place.source not in ("facility", "street", "cue-village")
                       and haversine_km(p.lat, p.lon, o.place.lat, o.place.lon) <= PART_OF_FAR_KM
                       for o in same):
                    continue
                anchor = _village_anchor(sc.token_index(m.start), m.start, same, sc)
        # (a district name that many districts share, read at none of them near the story's
        # big city, its sentence naming no other place: 'в Дзержинском районе' of a story on
        # Volgograd; 'Кировском районе Ставропольского края' names its province)
        if anchor is None and after is None and cue == "admin2" and p.feature == "admin2" \
                and getattr(m, "_tied", False):
            anchor = story
        # (a quarter's cue whose sentence names no town: the town the story names most, when
        # the reading is a hamlet far from it; 'gli alunni del rione X' of a story on one town
        # are not at a hamlet X at the other end of the country. A reading that is a town's
        # quarter itself (GeoNames' sections of a city, read as towns) stands: 'başkentin
        # Kızılay semtinde' of a story on Istanbul is Ankara's Kızılay)
        if anchor is None and cue == "quarter" and p.feature == "village":
            anchor = _story_city(out, sc, 0)
        if anchor is None or anchor.place.lat is None or anchor.place.id == p.id:
            continue
        if anchor.place.feature == "village" and p.feature in ("city", "admin2") \
                and (anchor.place.population or 0) < (p.population or 0):
            continue              # ("Niksar ilçesine bağlı Kızıldere": a village after a
            # district town lies inside it, the town does not lie inside the village)
        if haversine_km(p.lat, p.lon, anchor.place.lat, anchor.place.lon) <= PART_OF_FAR_KM:
            continue
        a = sc.token_index(m.start)
        b = sc.token_index_end(m.end)
        pin = _pinned_mention(sc, a, m.start, m.end, anchor, "village", "village", "cue-village",
                              min(m.confidence, VILLAGE_CONFIDENCE),
                              f"a place inside {anchor.place.name}, not {p.name} ({p.country}) "
                              f"{PART_OF_FAR_KM}+ km off")
        pin._cue = cue
        pin.role = m.role
        out[x] = pin
        pinned[(key(m.mention), p.id)] = anchor
    # (one sense per story: the same name read the same way elsewhere is the same place)
    for x, m in enumerate(out):
        p = m.place
        anchor = pinned.get((key(m.mention), p.id)) if p is not None else None
        if anchor is not None and p.source != "cue-village":
            a = sc.token_index(m.start)
            pin = _pinned_mention(sc, a, m.start, m.end, anchor, "village", "village",
                                  "cue-village", min(m.confidence, VILLAGE_CONFIDENCE),
                                  f"a place inside {anchor.place.name} (named so elsewhere "
                                  f"in the story), not {p.name} ({p.country})")
            pin._cue = getattr(m, "_cue", None)
            out[x] = pin
    return out


def _in_dateline(m: Mention, sc: Scan) -> bool:
    span = sc.dateline_span
    return bool(span) and span[0] <= m.start < span[1]


def _address_after(x: int, mentions: list[Mention], sc: Scan, lex: Lexicon):
    """The town or district right after mention x that gives its address ('X, en zona rural de
    Y', 'X in the west of Y', 'X районе Y'), and the next mention of its sentence at all."""
    m = mentions[x]
    if x + 1 >= len(mentions):
        return None, None
    n = mentions[x + 1]
    a = sc.token_index(m.start)
    if sc.sent_id[sc.token_index(n.start)] != sc.sent_id[a]:
        return None, None
    gap = sc.text[m.end:n.start]
    words = sc.token_index(n.start) - sc.token_index_end(m.end)
    if n.place is None or n.place.feature not in _PART_OF_ANCHORS or words > PART_OF_GAP_WORDS \
            or any(ch.isdigit() for ch in gap) or n.place.source in ("facility", "street"):
        return None, n
    # a cue names the address at once ('районе Волгограда'); a bare name needs a comma and a
    # locative ('Llano Verde, en el oriente de Cali': 'A, B and C' is a list), a tie between
    # small namesakes and a big city after it ('in Natanz, … bei Täbris' is two places)
    if getattr(m, "_cue", None) not in _PART_OF_CUES:
        keys = sc.keys[sc.token_index_end(m.end):sc.token_index(n.start)]
        if not gap.lstrip().startswith(",") or not any(lex.locatives.has(k) for k in keys) \
                or not getattr(m, "_tied", False) or n.place.feature != "city" \
                or (n.place.population or 0) < PART_OF_CITY_POP:
            return None, n
    return n, n


def _story_city(mentions: list[Mention], sc: Scan, pop: int = PART_OF_CITY_POP,
                features=("city",)):
    """The big city the story names most (its districts are the story's districts; ties: the
    one the whole page names most, its menus and links as well, then the first)."""
    count: dict[str, int] = {}
    page: dict[str, int] = {}
    towns = []
    for m in mentions:
        if m.place is None or m.place.feature not in features \
                or (m.place.population or 0) < pop \
                or m.place.source in ("facility", "street", "cue-village"):
            continue
        page[m.place.id] = page.get(m.place.id, 0) + 1
        if m.segment not in (RELATED, BOILERPLATE):
            towns.append(m)
    for m in towns:
        count[m.place.id] = count.get(m.place.id, 0) + 1
    return max(towns, key=lambda m: (count[m.place.id], page[m.place.id], -m.start)) \
        if towns else None


# the confidence of a village the gazetteer lacks, placed at the area its sentence names
VILLAGE_CONFIDENCE = 0.5
# features that say where a village is closely enough for a pin: its district or a town
# named beside it, and a province last, only when its sentence names no district or town
# ('le village de X, dans la région de Tillabéri': a pin at the province's point, maybe
# 100-200 km off, is still nearer than no pin; a region is too wide)
_VILLAGE_ANCHORS = ("admin2", "city", "village", "admin1")


def _village_mentions(mentions: list[Mention], sc: Scan) -> list[Mention]:
    """Villages the gazetteer lacks, named after a village cue ('в поселке Волна Темрюкского
    района', 'Kampung Tanjung Batu, Lahad Datu'): a mention of its own, placed at the district
    or town its sentence names: a pin near the place rather than none."""
    out = list(mentions)
    for a, b in sc.villages:
        start, end = sc.starts[a], sc.ends[b - 1]
        if any(m.start < end and start < m.end for m in out):
            continue
        anchor = _village_anchor(a, start, out, sc)
        if anchor is None:
            continue
        m = _pinned_mention(sc, a, start, end, anchor, "village", "village", "cue-village",
                            VILLAGE_CONFIDENCE,
                            "a village the gazetteer lacks (after a village cue)")
        m._cue = "village"
        out.append(m)
    out.sort(key=lambda m: m.start)
    return out


# the confidence of a quarter the gazetteer lacks, placed at its town (a pin at the town's
# point: a quarter lies within a few km of it)
QUARTER_CONFIDENCE = 0.45


def _quarter_mentions(mentions: list[Mention], sc: Scan) -> list[Mention]:
    """Quarters of a town the gazetteer lacks, named after or before a quarter cue ('el
    barrio de Once', 'nel quartiere Trionfale', 'im Stadtteil X', 'в микрорайоне X'): a
    mention of its own, placed at the town its sentence names (the nearest), else at the
    town the story names most, a town big enough to have quarters first (a quarter lies in
    its story's town far more often than not)."""
    out = list(mentions)
    towns = [m for m in mentions if m.place is not None and m.place.feature == "city"
             and m.place.lat is not None
             and m.place.source not in ("facility", "street", "cue-village")]
    for a, b in sc.quarters:
        start, end = sc.starts[a], sc.ends[b - 1]
        if any(m.start < end and start < m.end for m in out):
            continue
        sid = sc.sent_id[a] if sc.sent_id else 0
        # (a town of its sentence too small to have quarters is no address when the story
        # names a big one: 'el barrio de Once' beside a street misread as a French hamlet)
        story = _story_city(mentions, sc, PART_OF_POP) or _story_town(towns)
        same = [m for m in towns if sc.sent_id[sc.token_index(m.start)] == sid
                and ((m.place.population or 0) >= PART_OF_POP or story is None
                     or (story.place.population or 0) < PART_OF_POP)
                and not any(ch.isdigit() for ch in
                            sc.text[min(m.end, start):max(m.start, start)])]
        anchor = min(same, key=lambda m: abs(m.start - start)) if same else story
        # ('in Eisenach, im Ortsteil Stregda', 'a Vicenza, nel quartiere X'): the town right
        # before, a comma and the cue between, is the quarter's address whatever its size
        apposed = _apposed_town(towns, start, sc)
        if apposed is not None:
            anchor = apposed
        if anchor is None:
            continue
        m = _pinned_mention(sc, a, start, end, anchor, "quarter", "village", "cue-village",
                            QUARTER_CONFIDENCE,
                            "a quarter the gazetteer lacks (beside a quarter cue)")
        m._cue = "quarter"
        out.append(m)
    out.sort(key=lambda m: m.start)
    return out


# the confidence of a river, lake or height the gazetteer lacks, pinned at a town near it
NATURAL_CONFIDENCE = 0.45
# gazetteer readings that are the natural feature a cue names (islands and heights are regions
# in the curated files)
_NATURAL_READINGS = frozenset({"water", "mountain", "other", "region"})


def _natural_mentions(mentions: list[Mention], sc: Scan) -> list[Mention]:
    """Rivers, lakes and heights named after a natural feature's cue ('el río Pocuné', 'Sungai
    Panchau', 'le lac de la Cavayère', 'dalle pendici del monte X', see
    places_scan._cue_naturals) that the gazetteer lacks, or knows only as a town or a region
    of that name ('Sungai Muar' is no town of Muar, 'el río Meta' no department): a mention of
    the cue and the name, pinned at the town its sentence names (the nearest), else at the
    town the story names most (a small river or hill named in local news runs by its story's
    town far more often than not)."""
    out = list(mentions)
    towns = [m for m in mentions if m.place is not None and m.place.feature in ("city", "village")
             and m.place.lat is not None
             and m.place.source not in ("facility", "street", "cue-village", "cue-natural")]
    story = _story_town(towns)
    for ca, cb, na, nb, feat in sc.naturals:
        k = min(ca, na)
        start, end = sc.starts[k], sc.ends[max(cb, nb) - 1]
        cstart, cend = sc.starts[ca], sc.ends[cb - 1]
        over = [m for m in out if m.start < end and start < m.end]
        # (a gazetteer name over the cue word or past the name stands: 'Sungai Petani' is a
        # town, 'río Bravo', 'Tana River' what the gazetteer knows; so does the feature itself,
        # and a town after a connector, which the feature is named after: 'el cerro de Soacha',
        # 'le lac d'Annecy')
        if any(m.start < end and start < m.end and (m.start < cend and cstart < m.end
                                                    or m.start < start or m.end > end)
               for m in over) \
                or any(m.place is not None and m.place.feature in _NATURAL_READINGS for m in over) \
                or (over and na > cb):
            continue
        sid = sc.sent_id[k] if sc.sent_id else 0
        same = [m for m in towns if sc.sent_id[sc.token_index(m.start)] == sid
                and not (start <= m.start < end)
                and not any(ch.isdigit() for ch in sc.text[min(m.end, start):max(m.start, start)])]
        anchor = min(same, key=lambda m: abs(m.start - start)) if same else story
        # ('Sungai Puting, Kalimantan Selatan', 'el río X, Antioquia'): the town or region
        # right after the name and a comma is where it is
        apposed = [m for m in mentions if m.place is not None and m.place.lat is not None
                   and m.place.feature in ("city", "village", "admin1", "admin2")
                   and m.place.source not in ("facility", "street", "cue-village")
                   and m.start > end and sc.text[end:m.start].strip() == ","]
        if apposed:
            anchor = apposed[0]
        if anchor is None:
            continue
        m = _pinned_mention(sc, k, start, end, anchor, feat, feat, "cue-natural",
                            NATURAL_CONFIDENCE,
                            f"a {'river or lake' if feat == 'water' else 'height'} the gazetteer "
                            f"lacks (after a natural feature's cue)")
        m._cue = feat
        drop = {id(x) for x in over}
        out = [x for x in out if id(x) not in drop] + [m]
    out.sort(key=lambda m: m.start)
    return out


HYPHEN_QUARTER_KM = 25.0           # (as places_scan's: a known quarter this close to its city)


def _hyphen_quarter_mentions(mentions: list[Mention], sc: Scan) -> list[Mention]:
    """'Hamburg-Barmbek', 'Düsseldorf-Golzheim' (see places_scan._hyphen_quarters): a quarter
    the gazetteer lacks, named after its city: a mention of its own, placed at that city."""
    out = list(mentions)
    for a, b, cand in sc.hyphen_quarters:
        start, end = sc.starts[a], sc.ends[b - 1]
        # (a city of a country the story's other places lie in: 'Albertville-Realschule' in a
        # story from Swabia names a school, no quarter of the French town)
        if not any(m.place is not None and m.place.country == cand.place.country
                   and (m.end <= start or m.start >= end) for m in mentions):
            continue
        over = [m for m in out if m.start < end and start < m.end]
        # (a quarter the gazetteer knows, its mention right after the city's: the two are one
        # mention of the quarter, named by the whole)
        tail = [m for m in over if m.start == sc.starts[a + 1] and m.end == end
                and m.place is not None and m.place.lat is not None
                and haversine_km(m.place.lat, m.place.lon, cand.place.lat, cand.place.lon)
                <= HYPHEN_QUARTER_KM]
        if tail:
            if all(m is tail[0] or m.start == start and m.end == sc.ends[a] for m in over):
                q = tail[0]
                q.mention, q.start = sc.text[start:end], start
                out = [m for m in out if m is q or all(m is not x for x in over)]
            continue
        # (the city's own mention, its first part, gives way to the whole name)
        if any(m.start != start or m.end > end or m.place is None or m.place.id != cand.place.id
               for m in over):
            continue
        out = [m for m in out if all(m is not x for x in over)]
        city = Mention(mention=sc.text[sc.starts[a]:sc.ends[a]], start=start,
                       end=sc.ends[a], role=CONTEXT, confidence=QUARTER_CONFIDENCE,
                       place=cand.place, segment=sc.seg[a])
        m = _pinned_mention(sc, a, start, end, city, "quarter", "village", "cue-village",
                            QUARTER_CONFIDENCE,
                            "a quarter the gazetteer lacks (named after its city with a hyphen)")
        m._cue = "quarter"
        out.append(m)
    out.sort(key=lambda m: m.start)
    return out


# at most this many characters between a town, its comma and a quarter cue, and the quarter
APPOSED_GAP_CHARS = 32


def _apposed_town(towns: list[Mention], start: int, sc: Scan):
    """The town that ends right before a quarter's cue, a comma between ('Eisenach, im
    Ortsteil X', 'Medan, kelurahan X'), in the same line, or None."""
    best = None
    for m in towns:
        if m.end <= start and start - m.end <= APPOSED_GAP_CHARS \
                and (best is None or m.end > best.end):
            best = m
    if best is None:
        return None
    gap = sc.text[best.end:start]
    if not gap.lstrip().startswith(",") or "\n" in gap or any(ch.isdigit() for ch in gap) \
            or any(ch in gap for ch in ".;:!?()"):
        return None
    return best


def _village_anchor(a: int, start: int, mentions: list[Mention], sc: Scan):
    """The area a village lies in: of the districts and towns its sentence names, a district
    first, then the nearest town; None when its sentence names neither."""
    sid = sc.sent_id[a] if sc.sent_id else 0
    rank = {f: r for r, f in enumerate(_VILLAGE_ANCHORS)}
    same = [m for m in mentions if m.place is not None and m.place.feature in rank
            and m.place.source not in ("facility", "cue-village")
            and sc.sent_id[sc.token_index(m.start)] == sid]
    # ('Lerdani, 20 km from Goris' is not in Goris: a figure between says a distance)
    same = [m for m in same if not any(ch.isdigit() for ch in
                                       sc.text[min(m.end, start):max(m.start, start)])]
    if not same:
        # (the story's main town is no address: 'vereda El Pescado'; the district or town the
        # sentence right before names is: 'Fighting spread in X district. In the village of Y …')
        prev = [m for m in mentions if m.place is not None and m.place.feature in rank
                and m.place.source not in ("facility", "cue-village", "street")
                and m.start < start and sc.sent_id[sc.token_index(m.start)] == sid - 1
                and "\n" not in sc.text[m.end:start]]
        # (a country its own sentence names rules out an area of another: 'In neighbouring
        # Moldova, … near the village of X' after a sentence on Lviv)
        countries = {m.place.country for m in mentions if m.place is not None
                     and m.place.feature == "country"
                     and sc.sent_id[sc.token_index(m.start)] == sid}
        prev = [m for m in prev if not countries or m.place.country in countries]
        if not prev:
            return None
        return min(prev, key=lambda m: (rank[m.place.feature], start - m.start))
    return min(same, key=lambda m: (rank[m.place.feature], abs(m.start - start)))


def _town_adjective_town(a: int, b: int, sc: Scan):
    """'Frankfurter Flughafen', 'Lübecker Hafenstraße': a name opened by a town's adjective
    (places_lex town_adjective_endings) and going on with a word that is no bare street word
    ('Berliner Straße' is a street of any town, named after Berlin): a mention of that town to
    pin the name at, else None."""
    cand = sc.town_adjectives.get(a) if sc.town_adjectives else None
    if cand is None or b - a < 2:
        return None
    return Mention(mention=sc.text[sc.starts[a]:sc.ends[a]], start=sc.starts[a],
                   end=sc.ends[a], role=CONTEXT, confidence=FACILITY_CONFIDENCE,
                   place=cand.place, segment=sc.seg[a])


def _facility_town(a: int, start: int, end: int, mentions: list[Mention], sc: Scan):
    """The town a facility is in, and whether its own sentence names it: the town of its
    address in its sentence (one right after it first: 'X in Port-au-Prince', 'X di Beit
    Lahia'), else, when its sentence names no town, the town the story names most."""
    adj = _town_adjective_town(a, sc.token_index_end(end), sc)
    if adj is not None:
        return adj, True
    sid = sc.sent_id[a] if sc.sent_id else 0
    towns = [m for m in mentions if m.place is not None and m.place.feature in _TOWN_FEATURES
             and m.place.source not in ("facility", "street") and not (start <= m.start < end)
             and not _facility_word(m, sc)]
    same = [m for m in towns if sc.sent_id[sc.token_index(m.start)] == sid]
    # a facility of another facility ('the Abbey Gate of Hamid Karzai International Airport',
    # 'the emergency ward of X Hospital'): where that one is
    a_end = sc.token_index_end(end)
    part = [m for m in mentions if m.place is not None and m.place.source == "facility"
            and m.start >= end and sc.token_index(m.start) - a_end <= 2
            and sc.sent_id[sc.token_index(m.start)] == sid]
    if part:
        return min(part, key=lambda m: m.start), bool(same)
    if same:
        # its address: a town right after it or right before it, no figure between ('Lerdani
        # airport, some 30 km north of Goris' is measured from Goris, not in it: the events
        # stage places what happened there near Goris)
        a_end, b0 = sc.token_index_end(end), sc.token_index(start)
        after = [m for m in same if m.start >= end
                 and sc.token_index(m.start) - a_end <= FACILITY_ADDRESS_WORDS
                 and not any(ch.isdigit() for ch in sc.text[end:m.start])]
        if after:
            return min(after, key=lambda m: m.start), True
        before = [m for m in same if m.end <= start
                  and b0 - sc.token_index_end(m.end) <= FACILITY_ADDRESS_WORDS
                  and not any(ch.isdigit() for ch in sc.text[m.end:start])]
        if before:
            return max(before, key=lambda m: m.start), True
        # ('41 killed at X Mosque on Y Avenue … seven at the Z Centre in Linwood': the towns of
        # its sentence are the quarters of the story's town, none the facility's address: it is
        # in that town all the same)
        # (the scene itself in the sentence but not as the address: 'X airport, 30 km north
        # of Goris' is measured from it, not in it)
        scene = _story_town(towns)
        if scene is not None and all(m.place.id != scene.place.id for m in same) and all(
                haversine_km(m.place.lat, m.place.lon, scene.place.lat, scene.place.lon)
                <= FACILITY_SCENE_KM for m in same):
            return scene, False
        # ('took the Palace of Justice in the centre of Bogotá': the story's town named
        # further on in its sentence, no figure between, is where it is)
        if scene is not None:
            near = [m for m in same if m.place.id == scene.place.id
                    and not any(ch.isdigit() for ch in
                                sc.text[min(m.end, end):max(m.start, start)])]
            if near and len(same) == len(near):
                return min(near, key=lambda m: abs(m.start - start)), True
        # ('a Roma, due autobombe scoppiarono davanti alla basilica di X': the one town its
        # sentence names, no figure between, is where it is, though the story's scene is
        # another town)
        # (a town of some size: 'Vodafone Arena' holds a hamlet 'Arena', no scene)
        if len({m.place.id for m in same}) == 1 and same[0].place.feature == "city" \
                and (same[0].place.population or 0) >= FACILITY_NAMESAKE_POP \
                and not any(ch.isdigit() for m in same
                            for ch in sc.text[min(m.end, end):max(m.start, start)]):
            return min(same, key=lambda m: abs(m.start - start)), True
        return None, True
    # no town in its sentence: the town of the sentence right before it in its paragraph
    # ('В Москве взлетел на воздух дом … Утром взрыв уничтожил дом на Каширском шоссе'),
    # else the town the story names most (its scene; ties: the first)
    # ('Gereja Katedral Makassar, Sulawesi Selatan' in a story filed from Jakarta: a town
    # whose name the facility's own name ends with, and which the story names on its own
    # elsewhere, is where it is)
    name_key = " " + key(sc.text[start:end]) + " "
    # (a city of some size: 'station Saint-Michel' or 'Semanggi' name small namesakes)
    own = [m for m in towns if name_key.endswith(" " + key(m.mention) + " ")
           and m.place.feature == "city"
           and (m.place.population or 0) >= FACILITY_NAMESAKE_POP]
    if own:
        return min(own, key=lambda m: abs(m.start - start)), False
    prev = [m for m in towns if m.end <= start and sc.sent_id[sc.token_index(m.start)] == sid - 1
            and "\n" not in sc.text[m.end:start]]
    # (only a town of the story town's country: 'partis de Paris … l'aéroport de La Tontouta'
    # in a story of Nouméa is not in Paris)
    story = _story_town(towns)
    if prev and len({m.place.id for m in prev}) == 1 and (
            story is None or prev[-1].place.country == story.place.country):
        return prev[-1], False
    return story, False


def _facility_word(m: Mention, sc: Scan) -> bool:
    """A small town's name inside another facility's name ('Palacio de Justicia' beside the
    Madrid quarter Justicia): a word of that name, neither its address nor the story's town."""
    p = m.place
    if p.feature not in ("city", "village") or (p.population or 0) >= FACILITY_NAMESAKE_POP:
        return False
    # ('между станциями «Курская» и «Бауманская»': the whole quoted name of a venue, a small
    # town's namesake, is no address of the venue named beside it either)
    # (the answer depends on the mention's offsets alone: kept per story)
    got = sc.facility_words.get((m.start, m.end))
    if got is None:
        got = sc.facility_words[(m.start, m.end)] = any(
            sc.starts[a] <= m.start and m.end <= sc.ends[b - 1] and (
                (sc.starts[a], sc.ends[b - 1]) != (m.start, m.end)
                or sc.text[m.start - 1:m.start] in _VENUE_QUOTES) for a, b in sc.facilities)
    return got


_VENUE_QUOTES = ("«", "„", "“", '"')


# a facility whose sentence names only places this near the story's town is in that town
FACILITY_SCENE_KM = 25


def _story_town(towns: list[Mention]):
    """The town the story names most (its scene; ties: the one the whole page names most, its
    menus, section lines and links as well — 'Roma | … CRONACA › ROMA' of a Rome page whose
    story names Florence once, as it names Rome — then the first), or None."""
    story = [m for m in towns if m.segment not in _OTHER_SEGMENTS]
    if not story:
        return None
    count: dict[str, int] = {}
    for m in story:
        count[m.place.id] = count.get(m.place.id, 0) + 1
    page: dict[str, int] = {}
    for m in towns:
        page[m.place.id] = page.get(m.place.id, 0) + 1
    return max(story, key=lambda m: (count[m.place.id], page[m.place.id], -m.start))


# the confidence of a street placed at the town its sentence or its story names
STREET_CONFIDENCE = 0.55


def _quarter_name(a: int, b: int, sc: Scan, lex: Lexicon) -> tuple[int, int]:
    """The tokens of a quarter's own name ('Kelurahan Sei Putih Barat' → 'Sei Putih Barat',
    'Beybahçe Mahallesi' → 'Beybahçe'): its word names what it is, not which; other streets
    keep their word ('Jalan Arjuno')."""
    if not lex.quarter_words or b - a < 2:
        return a, b
    if sc.keys[a] in lex.quarter_words:
        return a + 1, b
    if sc.keys[b - 1] in lex.quarter_words:
        return a, b - 1
    return a, b


# what a park's or a lake's name in the gazetteer is ('Virunga', 'Lake Chad'): no town
_PARK_FEATURES = frozenset({"region", "water", "mountain"})
# a bare name this far from the street the story named after it is no namesake town there
STREET_SENSE_KM = 161
# a town this small spelt like a generic square's name ('Duomo', 'Marktplatz') is not meant
WHOLE_STREET_NAMESAKE_POP = 20000


def _small_namesake(m: Mention) -> bool:
    p = m.place
    return p is not None and p.feature in ("city", "village") \
        and (p.population or 0) < WHOLE_STREET_NAMESAKE_POP


def _street_abroad(known: list[Mention], a: int, start: int, end: int,
                   towns: list[Mention], sc: Scan) -> bool:
    """('the gunman lived on Elm Grove in Swindon', 'a flat in Basil Street, Knightsbridge'):
    a name with a street word that the gazetteer knows only as a small town of another country
    than the town its own sentence gives as its address is a street of that town, no namesake
    abroad (a town of the address's country, 'Republic Square' known as itself, stands)."""
    town, own_sentence = _facility_town(a, start, end, towns, sc)
    if town is None or not own_sentence or town.place is None:
        return False
    return all(m.place is not None and _far_small_namesake(m, town) for m in known)


def _street_mentions(mentions: list[Mention], sc: Scan, lex: Lexicon) -> list[Mention]:
    """Street and square names ('Jalan Arjuno', 'İstiklal Caddesi', 'улице Щорса', 'Baghramyan
    Avenue'): a mention of its own, pinned at the town of its address, else the town nearest
    it in its sentence, else the town the story names most (a street lies in its story's
    town far more often than not). A place inside its name ('Jalan Raya Bogor', 'Prizren
    Caddesi') is no mention; a gazetteer name reaching over its edge stands."""
    out = list(mentions)
    # (one sense per story: a street whose own sentence gives its address once is in that
    # town wherever the story names it again without one, in its headline or a later line)
    addressed: dict[str, Mention] = {}
    # (a name inside another street's name is no town to pin a street at: 'Tugu Negara di
    # Taman Tasik Perdana' is not at a village named Taman)
    spans = [(sc.starts[a], sc.ends[b - 1]) for a, b in (_quarter_name(a, b, sc, lex)
                                                         for a, b in sc.streets)]

    whole = {(sc.starts[a], sc.ends[b - 1]) for a, b in sc.streets_whole}
    # (the streets of a corner: 'la esquina de Córdoba y Corrientes' names no city)
    corner = {(sc.starts[a], sc.ends[b - 1]) for a, b in sc.streets_corner}
    named: dict = {}                      # a street's own name → the streets named so

    held: list = [None, None]             # (the last list asked about and its towns: the
    #                                       same list is asked about again and again)

    def towns_of(ms: list[Mention]) -> list[Mention]:
        if held[0] is ms:
            return held[1]
        got = [m for m in ms if not any(s <= m.start and m.end <= e and (
            (m.start, m.end) != (s, e) or (s, e) in whole) for s, e in spans)]
        held[0], held[1] = ms, got
        return got
    for a, b in sc.streets:
        a, b = _quarter_name(a, b, sc, lex)
        start, end = sc.starts[a], sc.ends[b - 1]
        town, own_sentence = _facility_town(a, start, end, towns_of(mentions), sc)
        if town is not None and own_sentence:
            addressed.setdefault(key(sc.text[start:end]), town)
    for a, b in sc.streets:
        a, b = _quarter_name(a, b, sc, lex)
        start, end = sc.starts[a], sc.ends[b - 1]
        inside = [m for m in out if start <= m.start and m.end <= end]
        if any(m.start < end and start < m.end for m in out if not start <= m.start <= m.end <= end):
            continue
        known = [m for m in inside if m.end - m.start >= end - start and not (
                (start, end) in whole and (_small_namesake(m) or (start, end) in corner)
                and m.place is not None and m.place.feature != "country")]
        if known and not _street_abroad(known, a, start, end, towns_of(out), sc):
            continue                  # the gazetteer knows it ('Republic Square')
        if lex.park_words and (sc.keys[a] in lex.park_words or sc.keys[b - 1] in lex.park_words) \
                and any(m.place is not None and m.place.feature in _PARK_FEATURES for m in inside):
            continue                  # 'il parco dei Virunga': the gazetteer knows the park
        town, own_sentence = _facility_town(a, start, end, towns_of(out), sc)
        if not own_sentence and key(sc.text[start:end]) in addressed:
            town = addressed[key(sc.text[start:end])]
        elif not own_sentence and addressed:
            # ('после взрыва на улице Гурьянова взорвался дом на Каширском шоссе': a street
            # named in one sentence with another street whose address the story gives is in
            # that street's town, not in the town of the sentence before)
            sid = sc.sent_id[a]
            mates = {addressed[k2].place.id: addressed[k2] for k2 in (
                key(sc.text[sc.starts[a2]:sc.ends[b2 - 1]])
                for a2, b2 in (_quarter_name(a2, b2, sc, lex) for a2, b2 in sc.streets)
                if sc.sent_id[a2] == sid and a2 != a) if k2 in addressed}
            if len(mates) == 1:
                town = next(iter(mates.values()))
        if not own_sentence and (start, end) in whole \
                and key(sc.text[start:end]) not in addressed:
            # ('In Berlin kündigte die Regierung an … Tausende versammelten sich auf dem
            # Domplatz': a town's generic square its own sentence gives no town for is the
            # square of the story's town, not of a town the sentence before names in passing)
            story = _story_town([m for m in towns_of(out) if m.place is not None
                                 and m.place.feature in _TOWN_FEATURES
                                 and m.place.source not in ("facility", "street")])
            if story is not None:
                town = story
        if town is None and own_sentence:
            sid = sc.sent_id[a] if sc.sent_id else 0
            same = [m for m in towns_of(out) if m.place is not None and m.place.feature in _TOWN_FEATURES
                    and m.place.source not in ("facility", "street")
                    and not (start <= m.start < end)
                    and sc.sent_id[sc.token_index(m.start)] == sid]
            # ('Vodafone Arena'nın önünde …, Gezi Parkı'nda' in a story of Istanbul: a small
            # town of another country than the story's town is a word of a name, no street's town)
            story = _story_town([m for m in towns_of(out) if m.place is not None
                                 and m.place.feature in _TOWN_FEATURES
                                 and m.place.source not in ("facility", "street")])
            if story is not None and same:
                same = [m for m in same if not _far_small_namesake(m, story)] or [story]
            town = min(same, key=lambda m: abs(m.start - start)) if same else None
        if town is None:
            continue
        m = _pinned_mention(sc, a, start, end, town, "street", "other", "street",
                            STREET_CONFIDENCE, "a street or square the gazetteer lacks")
        m._cue = None
        m._borrowed = not own_sentence      # (pinned at a town of another sentence)
        drop = {id(x) for x in inside}
        out = [x for x in out if id(x) not in drop] + [m]
        name = _street_name_key(a, b, sc, lex)
        if name:
            named.setdefault(name, []).append(m)
    if named:
        # (the pin the story gives the street most often: a headline's may be a stray one)
        groups = named
        moved: list = []
        named = {k: max(ms, key=lambda m: sum((x.place.lat, x.place.lon) == (m.place.lat, m.place.lon)
                                              for x in ms))
                 for k, ms in groups.items()}
        for k, ms in groups.items():
            best = named[k].place
            if sum((x.place.lat, x.place.lon) == (best.lat, best.lon) for x in ms) < 2:
                continue
            for x in ms:          # (one sense per story: a stray pin of the same street)
                if haversine_km(x.place.lat, x.place.lon, best.lat, best.lon) > STREET_SENSE_KM:
                    moved.append((x, x.place))
                    x.place = replace(best, id=x.place.id, name=x.place.name)
                    x.note(f"where the story puts '{named[k].mention}' elsewhere")
        # ('после трагедии на улице Гурьянова … взорвался дом на Каширском шоссе': a street
        # pinned with another street of its sentence at the town of the sentence before, when
        # the story puts that other street elsewhere, goes along with it)
        for x, was in moved:
            sid = sc.sent_id[sc.token_index(x.start)]
            for y in out:
                if y is not x and getattr(y, "_borrowed", False) and y.place.source == "street" \
                        and (y.place.lat, y.place.lon) == (was.lat, was.lon) \
                        and sc.sent_id[sc.token_index(y.start)] == sid:
                    y.place = replace(x.place, id=y.place.id, name=y.place.name)
                    y.note(f"where the story puts '{x.mention}', a street of its sentence")
        out = [_street_sense(x, named) for x in out]
        if lex.bare_street_names:
            out = _bare_street_names(out, named, sc, lex)
    out.sort(key=lambda m: m.start)
    return out


def _bare_street_names(out: list[Mention], named: dict, sc: Scan, lex: Lexicon) -> list[Mention]:
    """'на Моховой улице … движение по Моховой и Тверской … Теги: Моховая': one sense per
    story: the one-word own name of a street the story names with its street word, told bare
    in any case form (no place the gazetteer knows), is that street; so is a capitalised word
    of the same ending joined to it by a conjunction ('по Моховой и Тверской': two streets
    agreeing as adjectives of one noun), pinned at the same point."""
    singles = {k: m for k, m in named.items() if " " not in k and len(k) > STREET_STEM_MIN}
    if not singles:
        return out
    toks, keys, text = sc.tokens, sc.keys, sc.text
    taken = [(m.start, m.end) for m in out]

    def free(a: int, b: int) -> bool:
        return not any(s < b and a < e for s, e in taken)

    def capital(k: int) -> bool:
        return text[toks[k][0]:toks[k][0] + 1].isupper()

    added: list[Mention] = []
    for k in range(len(toks)):
        if not capital(k) or len(keys[k]) <= STREET_STEM_MIN:
            continue
        street = singles.get(keys[k]) or _inflected_street(keys[k], singles)
        if street is None or k == sc.sentence_floor(k) or not free(toks[k][0], toks[k][1]):
            continue
        # (a word of a run of capitalised words is a person's name: 'Игорь Тверской')
        if sc.gap(k) == " " and capital(k - 1) \
                or k + 1 < len(toks) and sc.gap(k + 1) == " " and capital(k + 1):
            continue
        pin = _pinned_mention(sc, k, toks[k][0], toks[k][1], street, "street", "other",
                              "street", STREET_CONFIDENCE,
                              f"the bare name of the story's '{street.mention}'")
        pin._cue = None
        added.append(pin)
        taken.append((toks[k][0], toks[k][1]))
        j = k + 2
        if j < len(toks) and sc.gap(k + 1) == " " and sc.gap(j) == " " \
                and keys[k + 1] in lex.conj and capital(j) and len(keys[j]) > STREET_STEM_MIN \
                and not (j + 1 < len(toks) and sc.gap(j + 1) == " " and capital(j + 1)) \
                and keys[j][-2:] == keys[k][-2:] and keys[j] != keys[k] \
                and free(toks[j][0], toks[j][1]):
            mate = _pinned_mention(sc, j, toks[j][0], toks[j][1], street, "street", "other",
                                   "street", STREET_CONFIDENCE,
                                   f"a street named beside the story's '{street.mention}'")
            mate._cue = None
            added.append(mate)
            taken.append((toks[j][0], toks[j][1]))
    return out + added if added else out


def _street_name_key(a: int, b: int, sc: Scan, lex: Lexicon) -> str:
    """The key of a street's own name without its street word ('Maçka' of 'Maçka Parkı')."""
    keys = sc.keys
    head = lex.streets_before.at(keys, a, b)[0]
    if head:
        a += head
    else:
        b -= lex.streets_after.ending(keys, b, a)[0]
    while a < b and keys[a] in lex.connectors:
        a += 1
    return " ".join(keys[a:b]) if a < b else ""


# a one-word street name and a bare word this long, alike but for their last letters (their
# case endings: 'Троицким проспектом' … 'к Троицкому'), are the same name
STREET_STEM_MIN = 5
STREET_ENDING_MAX = 3


def _inflected_street(k: str, named: dict):
    """The street of ``named`` whose one-word name is ``k`` in another case form, or None."""
    if " " in k or len(k) < STREET_STEM_MIN + 1:
        return None
    for name, street in named.items():
        if " " in name or abs(len(name) - len(k)) > STREET_ENDING_MAX:
            continue
        stem = 0
        for x, y in zip(name, k):
            if x != y:
                break
            stem += 1
        if stem >= STREET_STEM_MIN and len(k) - stem <= STREET_ENDING_MAX \
                and len(name) - stem <= STREET_ENDING_MAX:
            return street
    return None


def _street_sense(m: Mention, named: dict) -> Mention:
    """One sense per story: the bare name of a street, park or square the story names
    ('Maçka' after 'Maçka Parkı'), read as a small far town, is the quarter the street is named
    after, where the street is."""
    street = named.get(key(m.mention)) or _inflected_street(key(m.mention), named)
    p = m.place
    if street is None or p is None or p.feature not in ("city", "village") \
            or (p.population or 0) >= PART_OF_POP or p.source in ("street", "facility"):
        return m
    sp = street.place
    if haversine_km(p.lat, p.lon, sp.lat, sp.lon) <= STREET_SENSE_KM:
        return m
    place = replace(sp, id=f"geomap:street-" + "-".join(key(m.mention).split()), name=m.mention)
    m.place = place
    m.note(f"the name of the story's '{street.mention}', not the far town {p.name} ({p.id})")
    return m


def _roles(doc: Document, mentions: list[Mention], sc: Scan, lex: Lexicon) -> None:
    dl_span = sc.dateline_span
    for m in mentions:
        if dl_span and dl_span[0] <= m.start < dl_span[1]:
            m.role = ROLE_DATELINE
            m.note("role dateline: the place the story was filed from")
            if doc.dateline is None:
                doc.dateline = m
                _widen_to_dateline(m, mentions, sc, lex)
            continue
        if m.segment in _OTHER_SEGMENTS:
            m.role = OTHER
            m.note(f"role other: in a {m.segment} segment")
            continue
        why = _metonymy(m, mentions, sc, lex)
        if why:
            m.role = OTHER
            m.note(f"role other: {why}")
        else:
            m.role = CONTEXT
    if doc.dateline is None and dl_span:
        # ('Fuhlsbüttler Straße, Hamburg-Barmbek –', 'Meanguera, Morazán | Enviada especial'):
        # a street or village the gazetteer lacks heads the dateline; the town or region after
        # it on the dateline's line is where the story was filed from
        seg = next((s for s in doc.segments if s.kind == DATELINE
                    and s.start <= dl_span[0] < s.end), None)
        m = next((m for m in mentions if seg is not None and dl_span[1] <= m.start
                  and m.end <= seg.end and m.role != OTHER), None)
        if m is not None:
            m.role = ROLE_DATELINE
            m.note("role dateline: the town or region after the dateline's unknown place")
            doc.dateline = m
    for m in mentions:
        for x in getattr(m, "_inside", ()):
            x.role = OTHER if m.role == OTHER else CONTEXT


def _widen_to_dateline(m: Mention, mentions: list[Mention], sc: Scan, lex: Lexicon) -> None:
    """'KOTA GAZA, Harian Sentosa --': the dateline's place is the whole 'KOTA GAZA' when the
    other words of the reader's dateline place are cue or stop words."""
    ps, pe = sc.dateline_span
    if (m.start, m.end) == (ps, pe) or any(o is not m and ps <= o.start < pe for o in mentions):
        return
    i, j = sc.token_index(ps), sc.token_index_end(pe)
    mi, mj = sc.token_index(m.start), sc.token_index_end(m.end)
    extra = [sc.keys[k] for k in range(i, j) if not mi <= k < mj]
    if extra and all(k in lex.stop or lex.cues_before.has(k) or lex.cues_after.has(k)
                     for k in extra) and not sc.gap_has_break(mi if mi > i else mj):
        m.mention, m.start, m.end = sc.text[ps:pe], ps, pe
        m.note(f"the dateline's place as the reader found it: '{m.mention}'")


def _facility_address(i: int, floor: int, sc: Scan, lex: Lexicon) -> bool:
    """Is the name at i the address of a facility named by its head word and a connector right
    before it ('la prison de Bamako', "l'aéroport d'Ankara", 'the hospital of Kabul', 'il carcere
    di Roma')? A capital there is that town, not its government."""
    if not lex.facility_before or i - 1 <= floor or sc.gap_has_break(i):
        return False
    k = i - 1
    if sc.keys[k] not in lex.connectors:
        return False
    return bool(lex.facility_before.ending(sc.keys, k, floor)[0]) and not sc.gap_has_break(k)


def _metonymy(m: Mention, mentions: list[Mention], sc: Scan, lex: Lexicon) -> str | None:
    """A capital or seat of power used for its government ('Baku said', 'oleh Yerevan').

    News names capitals mostly as actors; a capital is a place when a locative word or a
    locative case ending says so ('in Moscow', 'di Baku', 'в Москве', "Bakü'de"), when a
    feature cue names it ('the city of Yerevan'), or when the events stage finds that
    something happened there."""
    i, j = sc.token_index(m.start), sc.token_index_end(m.end)
    seat_words = lex.seats.start_words()          # (a set test first: most names are no seat)
    if (seat_words is None or sc.keys[i] in seat_words) and \
            lex.seats.at(sc.keys, i, j)[0] == j - i or \
            (j - i > 1 and (seat_words is None or sc.keys[i + 1] in seat_words)
             and lex.seats.at(sc.keys, i + 1, j)[0] == j - i - 1):
        # (not when a feature cue after it names the unit: 'Başkentin Çankaya ilçesindeki
        # büyükelçilik' is the district)
        if not (j < len(sc.keys) and not sc.gap_has_break(j) and lex.cues_after.has(sc.keys[j])):
            return "a seat of power standing for its government"
    place = m.place
    if place is not None and place.feature == "city" and _government_after(j, mentions, sc, lex):
        return "a city before a word for its government ('the Baghdad government')"
    capital = place is not None and place.feature == "city" and (
        getattr(m, "_importance", 0) >= CAPITAL_IMPORTANCE or key(m.mention) in lex.capital_like)
    if not capital:
        return None
    floor = sc.sentence_floor(i)
    if _part_of_place(i, j, floor, sc, lex):
        return None                                   # 'the outskirts of Tripoli'
    if lex.met_messages and _message_from(i, j, floor, sc, lex):
        return "a message that comes from the capital (its government speaking)"
    before_len, _ = lex.met_before.ending(sc.keys, i, floor)
    loc_len = _locative_before(i, mentions, sc, lex)
    # ('unweit von Kiew', 'недалеко от Киева': an actor's 'von'/'от' closing a longer locative)
    if before_len and not sc.gap_has_break(i) and not _after_motion(i, floor, sc, lex) \
            and loc_len <= before_len:
        return f"capital after '{' '.join(sc.keys[i - before_len:i])}' (an actor)"
    if loc_len:
        # 'В Баку заявили' (they said in Baku, no other subject): the government speaking
        vlen = lex.met_verbs.at(sc.keys, j, sc.sentence_ceiling(i))[0] \
            if i - loc_len == floor and j < len(sc.tokens) and not sc.gap_has_break(j) else 0
        # (unless a person is named as the subject right after the verb: 'In Kabul verurteilte
        # Präsident Ghani …', 'In Berlin forderte CDU-Chef Merz …' is said there, by that person)
        if vlen and not any(lex.titles.has(sc.keys[k]) or sc.keys[k] in lex.office
                            or sc.keys[k] in lex.first_names
                            for k in range(j + vlen, min(j + vlen + 4, sc.sentence_ceiling(i)))):
            return "capital + a speech verb (its government speaking)"
        return None
    if getattr(m, "_cue", None):
        return None
    if _facility_address(i, floor, sc, lex):
        return None                                   # 'la prison de Bamako', 'the airport of Kabul'
    if _after_motion(i, floor, sc, lex):
        return None                                   # 'huye a Moscú', 'fled to Kyiv'
    if lex.leave_verbs and i > floor and not sc.gap_has_break(i) \
            and lex.leave_verbs.ending(sc.keys, i, floor)[0]:
        return None                                   # 'after fleeing Khartoum', 'seized Kabul'
    if _in_place_list(m, mentions, sc, lex):
        return None                                   # 'Jakarta, Bogor, dan Sukabumi' 
    if j < len(sc.tokens) and sc.gap(j) in ("'", "’") and sc.keys[j] in lex.locative_suffixes:
        return None                                   # Turkish "Bakü'de", "Moskova'dan"
    if _inflected_locative(m, sc, lex):
        return None
    # the verb after: skip adverbs/auxiliaries and a coordinated second capital
    k = j
    limit = sc.sentence_ceiling(i)
    steps = 0
    while k < limit and steps < 6:
        if sc.gap_has_break(k):
            break
        kk = sc.keys[k]
        vlen, _ = lex.met_verbs.at(sc.keys, k, limit)
        if vlen:
            return f"capital followed by '{' '.join(sc.keys[k:k + vlen])}' (speaks or acts)"
        if kk in lex.met_skip or kk in lex.conj:
            k += 1
            steps += 1
            continue
        other = _capital_at(k, mentions, sc)
        if other is not None:
            k = sc.token_index_end(other.end)
            steps += 1
            continue
        break
    return "a capital named without a locative word (stands for its government)"


def _locative_before(i: int, mentions: list[Mention], sc: Scan, lex: Lexicon) -> int:
    """Length of the locative word governing token i: right before it ('in Moscow'), or
    before a list it ends ('di Bandung dan Jakarta'). Source words ('bantuan dari Moskow',
    'help from Moscow') do not make a capital a place."""
    floor = sc.sentence_floor(i)
    k = i
    for _ in range(6):
        if sc.gap_has_break(k) and sc.gap(k).strip() != ",":
            return 0
        length, _ = lex.locatives.ending(sc.keys, k, floor)
        if length and not sc.gap_has_break(k):
            phrase = tuple(sc.keys[k - length:k])
            return 0 if lex.met_from.at(list(phrase), 0)[0] == length else length
        # step back over 'X dan' / 'X,' to the previous place of a list
        prev = k - 1
        if prev < floor:
            return 0
        if sc.keys[prev] in lex.conj or sc.gap(k).strip() == ",":
            start = sc.starts[prev] if sc.keys[prev] not in lex.conj else sc.starts[prev - 1] \
                if prev - 1 >= floor else -1
            end_tok = prev if sc.keys[prev] in lex.conj else k
            o = next((x for x in mentions if sc.token_index_end(x.end) == end_tok), None)
            if o is None:
                return 0
            k = sc.token_index(o.start)
            continue
        return 0
    return 0


def _part_of_place(i: int, j: int, floor: int, sc: Scan, lex: Lexicon) -> bool:
    """A word for a part of a place governs the name ('the outskirts of Tripoli', 'im Zentrum
    von Belgrad', 'в пригороде Дамаска', "Şam'ın güneyinde"): a district, a street or a
    suburb of a capital is somewhere, never its government. The words are the language's data."""
    if lex.parts_before and not sc.gap_has_break(i) and lex.parts_before.ending(sc.keys, i, floor)[0]:
        return True
    if not lex.parts_after or j >= len(sc.keys) or sc.gap_has_break(j):
        return False
    k = j + 1 if sc.gap(j) in ("'", "’") and j + 1 < len(sc.keys) else j   # "Şam'ın" + noun
    return bool(lex.parts_after.at(sc.keys, k, sc.sentence_ceiling(i))[0]) and \
        not sc.gap_has_break(k)


def _after_motion(i: int, floor: int, sc: Scan, lex: Lexicon) -> bool:
    """A directional word right before token i and a verb of motion a few words before it
    ('huyeron a Cali', 'sono fuggite a Tripoli', 'бежали в Киев'): the capital is where people
    went, not a government acting. The verbs and the words are the language's data."""
    if not lex.motion_to or sc.gap_has_break(i):
        return False
    length, _ = lex.motion_to.ending(sc.keys, i, floor)
    if not length:
        return False
    k = i - length
    for x in range(k - 1, max(floor, k - 4) - 1, -1):
        if sc.gap_has_break(x + 1):
            return False
        if lex.motion_verbs.has(sc.keys[x]):
            return True
    return False


def _in_place_list(m: Mention, mentions: list[Mention], sc: Scan, lex: Lexicon) -> bool:
    """A capital listed with towns that are not capitals ('Jakarta, Bogor, dan Sukabumi')
    is a place among places."""
    # (by identity: ``list.index`` would compare whole dataclasses, field by field)
    idx = next(k for k, o in enumerate(mentions) if o is m)
    for k in (idx - 1, idx + 1):
        if not 0 <= k < len(mentions):
            continue
        o = mentions[k]
        if o.place is None or o.place.feature not in ("city", "village", "admin1", "admin2") \
                or getattr(o, "_importance", 0) >= CAPITAL_IMPORTANCE:
            continue
        a, b = (o, m) if k < idx else (m, o)
        gap = sc.text[a.end:b.start].strip()
        words = [w for w in gap.replace(",", " ").split()]
        if len(gap) <= 12 and (gap.startswith(",") or words) and \
                all(key(w) in lex.conj for w in words):
            if gap.startswith(",") and words and k < idx and not (
                    k > 0 and sc.text[mentions[k - 1].end:o.start].strip() == ","):
                # 'no mention of Dnipro, and Moscow has denied …': a comma and a conjunction
                # after a single name join two clauses; a list says 'A, B, and C'
                continue
            return True
    return False


def _inflected_locative(m: Mention, sc: Scan, lex: Lexicon) -> bool:
    """'Москве' after no preposition is rare; 'в Москве' is caught by the locatives. Here: a
    de-inflected match whose ending is a locative case in the language's data."""
    if not lex.locative_endings:
        return False
    word = sc.keys[sc.token_index_end(m.end) - 1]
    return word.endswith(lex.locative_endings) and \
        word != (m.place.name or "").casefold()


def _message_from(i: int, j: int, floor: int, sc: Scan, lex: Lexicon) -> bool:
    """'Auch aus Brüssel kamen deutliche Worte', "Brüksel'den başsağlığı mesajları geldi":
    a capital that a word for an official message (condolences, a statement, a reaction) comes
    from, in the same sentence a few words on, is its government speaking."""
    n = len(sc.tokens)
    if i > floor and not sc.gap_has_break(i) and sc.keys[i - 1] in lex.met_from_words:
        k = j
    elif j < n and sc.gap(j) in ("'", "’") and sc.keys[j] in lex.met_from_suffixes:
        k = j + 1
    else:
        return False
    ceil = sc.sentence_ceiling(i)
    for x in range(k, min(ceil, k + 6)):
        if sc.gap_has_break(x) and sc.gap(x).strip() != ",":
            return False
        if lex.met_messages.at(sc.keys, x, ceil)[0]:
            return True
    return False


def _government_after(j: int, mentions: list[Mention], sc: Scan, lex: Lexicon) -> bool:
    """A word for a government right after the name, or after the list of cities it opens
    ('Ankara, Bağdat ve Erbil yönetimlerinden', 'the Kabul and Islamabad governments')."""
    if not lex.met_government:
        return False
    n = len(sc.tokens)
    k, steps = j, 0
    while k < n and steps < 8:
        if "\n" in sc.gap(k) or sc.gap(k).strip() not in ("", ","):
            return False
        if lex.met_government.at(sc.keys, k, n)[0]:
            return True
        if sc.keys[k] in lex.conj:
            k += 1
        else:
            start = sc.tokens[k][0]
            o = next((o for o in mentions if o.start == start and o.place is not None
                      and o.place.feature == "city"), None)
            if o is None:
                return False
            k = sc.token_index_end(o.end)
        steps += 1
    return False


def _capital_at(k: int, mentions: list[Mention], sc: Scan) -> Mention | None:
    start = sc.tokens[k][0]
    for o in mentions:
        if o.start == start and o.place is not None and o.place.feature == "city" \
                and getattr(o, "_importance", 0) >= CAPITAL_IMPORTANCE:
            return o
    return None


# --------------------------------------------------------------------------- the stage

def find_places(doc: Document, gazetteer=None) -> Document:
    """Fill ``doc.mentions`` (sorted by offset) and ``doc.dateline``."""
    # The stage allocates thousands of short-lived tuples and lists per article and makes no
    # reference cycles; the cyclic collector, run in the middle, mostly walks the long-lived
    # caches (names, gazetteer answers): ~10% of the stage. It runs again right after.
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _find_places(doc, gazetteer)
    finally:
        if paused:
            gc.enable()


def _stray_furniture(sp: Span, cand, ctx: Context) -> bool:
    """A place in page furniture (menus, tags, 'Read more', footers) of a country the story is
    not about: a section label or a tag word ('Tag: Armenia, Toledo, Vista'), not a place of
    this article. Countries, capitals and places of the story's countries are kept (role
    other)."""
    p = cand.place
    return sp.segment == BOILERPLATE and not sp.dateline and p.feature not in ("country", "border") \
        and not is_capital(cand) and bool(p.country) and not ctx.vouched(p.country, sp.surface)


# a town named weakly in page furniture lies in the story's own region this close to one of
# the story's places (or in the same province)
LOCAL_FURNITURE_KM = 100


def _story_scene(resolved) -> list:
    """The places the story itself names (its dateline, title and text, not its furniture):
    towns, districts and provinces with coordinates."""
    return [cand.place for sp, best, cand, _, _ in resolved
            if cand is not None and best >= ACCEPT and not sp.local_only
            and (sp.dateline or sp.segment not in _OTHER_SEGMENTS)
            and cand.place.feature in ("city", "village", "admin1", "admin2")
            and cand.place.lat is not None and cand.place.country]


def _local_furniture(sp: Span, cand, scene: list) -> bool:
    """A town, district or quarter that only page furniture names with a weak capital letter
    (a menu of the outlet's districts 'İlçeler: Kemah · Refahiye', 'Isère | Drôme', a related
    link's quarter): a place of the story's own region (the province of a place the story
    names, or within LOCAL_FURNITURE_KM of it) is kept with role other; far or foreign
    namesakes stay out."""
    p = cand.place
    if p.lat is None or not p.country:
        return False
    for q in scene:
        if q.country != p.country:
            continue
        if p.admin1 and q.admin1 == p.admin1 or q.feature == "admin1" and q.name == p.admin1 \
                or haversine_km(p.lat, p.lon, q.lat, q.lon) <= LOCAL_FURNITURE_KM:
            sp.notes.append(f"page furniture names a town of the story's own region "
                            f"(by {q.name})")
            return True
    return False


def _line_of(sc: Scan, i: int) -> int:
    return sc.text.rfind("\n", 0, sc.starts[i])


def _menu_countries(resolved, sc: Scan) -> set:
    """(line, country) of the countries a boilerplate line names ('Home | Venezia | Mestre |
    Veneto | Italia | Mondo'): the outlet's own sections."""
    return {(_line_of(sc, sp.i), cand.place.country) for sp, best, cand, _, _ in resolved
            if cand is not None and sp.segment == BOILERPLATE and best >= ACCEPT
            and cand.place.feature == "country" and cand.place.country}


def _menu_country(sp: Span, cand, sc: Scan, menus: set) -> bool:
    """A place of page furniture whose country the same furniture line names: a section of
    the outlet's own region ('Mestre', 'Veneto' next to 'Italia'), kept with role other."""
    return bool(menus) and (_line_of(sc, sp.i), cand.place.country) in menus


def _far_town_in_name(sp: Span, cand, ctx: Context, lex: Lexicon) -> bool:
    """'Kampung Medan', 'Kampung Bandung' in a Kuala Lumpur story: a capitalised village word
    that opens the name ('Kampung', 'Desa') and a big city, or a town of a country the story
    does not name otherwise: a quarter or village named after that town, not the town. The reading is
    dropped, so the village cue's own mention (pinned at the area of its sentence or story)
    takes its place."""
    p = cand.place
    # (where every noun is capitalised, 'das Dorf Desna', the capital says nothing)
    return sp.cue == "village" and sp.cue_text[:1].isupper() and not lex.nouns_capitalised \
        and not sp.dateline \
        and p.feature == "city" and bool(p.country) \
        and (cand.importance >= 6.0 or not ctx.vouched(p.country, sp.surface))


# a town read this far from the district its address names (or from the story's town, when
# no place of the story is near it) may be the short form of a longer name near there
LONG_NAME_FAR_KM = 300
LONG_NAME_NEAR_KM = 30          # the longer name lies this near that district or town
LONG_NAME_POP = 200_000         # (a town this big is named whole, no short form of another)
_LONG_NAME_FEATURES = frozenset({"city", "village", "admin2", "admin3"})
_MENU_BARS = ("|", "·", "•")
LONG_NAME_MENU_POP = 500_000    # a menu's neighbour town smaller than this is the outlet's area


def _local_long_names(kept: list, sc: Scan, gaz) -> list:
    """'di Grogol, Jakarta Barat' (Grogol Petamburan), 'Torrejón | Alcalá | San Fernando' on a
    page of the Henares (San Fernando de Henares): a town read far off (Grogol in Central Java,
    San Fernando in California) is the short form, as the locals say it, of a place whose name
    starts with it near the district its address names (a comma, then that district or town),
    or near the story's own town when no place of the story is near the reading. One sense
    per story: the same name read the same way elsewhere is that place too."""
    if not kept:
        return kept
    scene = _story_town_point(kept)
    points = [(sp, cand.place) for sp, _, cand, _, _ in kept
              if cand.place.lat is not None and cand.place.feature not in ("country", "border")]
    switched: dict = {}
    out = list(kept)
    sent = sc.sent_id
    for x, (sp, best, cand, why, second) in enumerate(kept):
        p = cand.place
        if sp.cue or sp.dateline or p.lat is None or p.feature not in _LONG_NAME_FEATURES \
                or (p.population or 0) >= LONG_NAME_POP or is_capital(cand) \
                or (key(sp.surface), p.id) in switched:
            continue
        anchors = []
        # (its address after a comma; or its neighbours on a menu of the outlet's towns)
        for y in (x + 1, x - 1):
            if not 0 <= y < len(kept):
                continue
            nsp, _, ncand, _, _ = kept[y]
            q = ncand.place
            gap = sc.text[sp.end:nsp.start] if y > x else sc.text[nsp.end:sp.start]
            # (a district after a comma is an address, a town there maybe the next item of a
            # list: 'San Sebastián, Madrid y Barcelona'; a menu of big cities is the nation's)
            if q.lat is None or q.id == p.id or "\n" in gap or not (
                    gap.strip() in _MENU_BARS and q.feature in ("admin2", "city")
                    and (q.population or 0) < LONG_NAME_MENU_POP and not is_capital(ncand)
                    or y > x and gap.strip() == "," and sent[nsp.i] == sent[sp.i]
                    and q.feature == "admin2"):
                continue
            anchors.append(q)
        if scene is not None and scene.id != p.id and all(
                haversine_km(p.lat, p.lon, q.lat, q.lon) > LONG_NAME_FAR_KM
                for o, q in points if o is not sp and q.id != p.id):
            anchors.append(scene)
        for q in anchors:
            if haversine_km(p.lat, p.lon, q.lat, q.lon) <= LONG_NAME_FAR_KM:
                continue
            near = [(haversine_km(c.place.lat, c.place.lon, q.lat, q.lon), c)
                    for c in gaz.match_longer(key(sp.surface), q.lat, q.lon, 0.5)
                    if c.place.lat is not None and c.place.feature in _LONG_NAME_FEATURES]
            near = [(d, c) for d, c in near if d <= LONG_NAME_NEAR_KM]
            if not near:
                continue
            c = min(near, key=lambda t: (t[0], -t[1].importance, t[1].place.id))[1]
            sp.notes.append(f"the short form of '{c.place.name}' near {q.name}, not "
                            f"{p.name} ({p.country}) far off")
            out[x] = (sp, max(best, ACCEPT), c, why, second)
            switched[(key(sp.surface), p.id)] = c
            break
    if switched:
        for x, (sp, best, cand, why, second) in enumerate(out):
            c = switched.get((key(sp.surface), cand.place.id))
            if c is not None and not sp.cue:
                sp.notes.append(f"the same name read as {c.place.name} elsewhere in this story")
                out[x] = (sp, best, c, why, second)
    return out


def _river_sense(sp: Span, cand, sc: Scan, lex: Lexicon, gaz):
    """'am Dnipro', 'на левый берег Днепра', 'on the banks of the Dnipro': a town's name right
    after a word of a river's bank or course is the river of that name where the gazetteer has
    one. (A river named like a big city is stored only under names the city does not use,
    'река Днепр', 'Dnipro River', 'fiume Dnipro': the language templates give them.)"""
    if not lex.river_before or not lex.river_names or cand.place.feature != "city" or sp.cue:
        return None
    i = sp.i
    floor = sc.sentence_floor(i)
    if i <= floor or sc.gap_has_break(i):
        return None
    length, _ = lex.river_before.ending(sc.keys, i, floor)
    if not length or any(sc.gap_has_break(x) for x in range(i - length + 1, i)):
        return None
    names = [key(t.replace("{}", cand.key)) for t in lex.river_names]
    found = gaz.match(names)
    return next((c for k in names for c in found.get(k, ()) if c.place.feature == "water"),
                None)


# a town this close to a river's course lies on it: the river is placed at that stretch
RIVER_TOWN_KM = 40


def _river_stretch(river, sp: Span, kept: list, sc: Scan):
    """'Кременчуг расположен на Днепре': a long river named in a sentence with a town on its
    course is placed at that stretch of it (the point of its course nearest the town), not
    at its one representative point hundreds of kilometres away."""
    geom = river.place.geometry
    if not geom or geom.get("type") != "LineString" or not sc.sent_id:
        return river
    sid = sc.sent_id[sp.i]
    towns = [(abs(s.i - sp.i), c.place) for s, _, c, _, _ in kept
             if s is not sp and sc.sent_id[s.i] == sid and c.place.lat is not None
             and c.place.feature in ("city", "village", "admin2")]
    if not towns:
        return river
    town = min(towns, key=lambda t: t[0])[1]
    place = _stretch_place(river.place, geom, town)
    if place is None:
        return river
    sp.notes.append(f"placed at its stretch by {town.name}")
    return replace(river, place=place)


def _stretch_place(rp: Place, geom: dict, town: Place) -> Place | None:
    """The river ``rp`` placed at the point of its course nearest ``town``, when the town lies
    on it (within RIVER_TOWN_KM), else None."""
    pts = geom["coordinates"]
    best = None
    for (x1, y1), (x2, y2) in zip(pts, pts[1:]):
        for f in range(11):             # (the course sampled every tenth of a stretch)
            lon, lat = x1 + (x2 - x1) * f / 10, y1 + (y2 - y1) * f / 10
            km = haversine_km(town.lat, town.lon, lat, lon)
            if best is None or km < best[0]:
                best = (km, lat, lon)
    if best is None or best[0] > RIVER_TOWN_KM:
        return None
    return Place(id=rp.id, name=rp.name, country=rp.country, feature=rp.feature,
                lat=round(best[1], 4), lon=round(best[2], 4), admin1=rp.admin1, source=rp.source)


def _river_courses(mentions: list[Mention], sc: Scan) -> None:
    """'sur la rive gauche du fleuve Niger' in a story from Bamako, 'al otro lado del río
    Bravo, en El Paso': a long river with a course in the gazetteer (a `line:`), named under
    any of its names, is placed at the stretch nearest the town its sentence names, else the
    town the story names most, when that town lies on it, not at its one representative point
    hundreds of kilometres away (see _river_stretch for a bare name after a word of its bank)."""
    towns = [m for m in mentions if m.place is not None and m.place.feature in ("city", "village")
             and m.place.lat is not None
             and m.place.source not in ("facility", "street", "cue-village", "cue-natural")]
    if not towns:
        return
    story = _story_town(towns)
    for m in mentions:
        p = m.place
        if p is None or p.feature != "water" or getattr(p, "geom_type", "Point") != "LineString":
            continue
        geom = p.geometry
        if not geom or geom.get("type") != "LineString":
            continue
        sid = sc.sent_id[sc.token_index(m.start)] if sc.sent_id else 0
        same = [t for t in towns if sc.sent_id[sc.token_index(t.start)] == sid]
        for town in sorted(same, key=lambda t: abs(t.start - m.start)) + [story]:
            place = town is not None and _stretch_place(p, geom, town.place)
            if place:
                m.place = place
                m.note(f"placed at its stretch by {town.place.name}")
                break


# a page's masthead: its first line, up to a tagline after a separator
_CAP_WORD = r"[A-ZÀ-ÞА-ЯЁÇĞİÖŞÜ][\w'’\-]*"
_COPYRIGHT_NAME = re.compile(
    r"(" + _CAP_WORD + r"(?:[ \u00a0]" + _CAP_WORD + r"){1,3})[ \u00a0]*©"
    r"|©[ \u00a0]*(?:\d{4}[ \u00a0,]*)?(" + _CAP_WORD + r"(?:[ \u00a0]" + _CAP_WORD + r"){1,3})")
_MASTHEAD_TAGLINE = re.compile(r"\s+[·•–—|:-]\s+|\s*[·•|]\s*")
# most words an outlet's name has
MASTHEAD_WORDS = 5


def _outlet_names(doc: Document) -> list[str]:
    """The outlet's name on the page's masthead ('NOTIZIARIO ADRIATICO', 'KAVKAZ-EXPRESS ·
    regional newspaper', 'Le Courrier de la Riviera' … '© Le Courrier de la Riviera'): the
    page's first line, up to a tagline, when it is a short name in capitals on a line of page
    furniture, or when the page repeats it (in its dateline, its footer, a credit)."""
    text = doc.text
    # ('Dicle Sabah © 2009', '© 2019 Sahel Hebdo'): a name of a few capitalised words right
    # before or after the copyright sign is the outlet's, wherever its masthead stands
    signed = list(dict.fromkeys(m.group(1) or m.group(2) for m in _COPYRIGHT_NAME.finditer(text))) \
        if "©" in text else []
    first = text.lstrip().split("\n", 1)[0].strip()
    name = _MASTHEAD_TAGLINE.split(first, 1)[0].strip()
    words = re.split(r"[\s\-‐]+", name)
    if not name or len(words) < 2 or len(words) > MASTHEAD_WORDS \
            or any(ch.isdigit() or ch in "|>›»/\\" for ch in name):
        return signed
    seg = next((s for s in doc.segments if s.start <= text.find(first) < s.end), None)
    kind = seg.kind if seg is not None else None
    low = text.lower()
    again = low.find(name.lower(), text.find(first) + len(first)) >= 0
    if again or kind == BOILERPLATE and name.upper() == name:
        return [name] + signed
    return signed


def _drop_outlet_names(mentions: list[Mention], doc: Document) -> list[Mention]:
    """Place names inside the outlet's name, wherever the page repeats it, are no places of
    the story ('SUARA BORNEO', 'Lagebild Hindukusch', 'КАВКАЗ-ЭКСПРЕСС -' in the dateline)."""
    names = _outlet_names(doc)
    if not names:
        return mentions
    # (offsets in the text itself: lowering 'İ' makes two characters of one, 'TÜRKİYE > …')
    spans = [(m.start(), m.end()) for name in names
             for m in re.finditer(re.escape(name), doc.text, re.IGNORECASE)]
    return [m for m in mentions if not any(a <= m.start and m.end <= b for a, b in spans)]


def _bare_admin_forms(mentions: list, lex) -> list:
    """'Borno State' where the story names the same region 'Borno' too: one name of one place,
    written once with the language's word of a province after it (``cues_after`` of feature
    admin1: 'State', 'Province', 'Governorate'); the mention is the bare name. Where the story
    has only 'Shan State', that stays the mention."""
    bare = {}
    for m in mentions:
        if m.place is not None:
            bare.setdefault((_key(m.mention), m.place.id), m)
    if len(bare) < 2:
        return mentions
    for m in mentions:
        if m.place is None or m.place.feature != "admin1":
            continue
        head, _, last = m.mention.rpartition(" ")
        if not head or not last[:1].isupper() or lex.cues_after.exact.get((_key(last),)) != "admin1":
            continue
        if (_key(head), m.place.id) in bare:
            m.explain.append(f"the story names it '{head}' too: the bare name is the mention")
            m.mention = head
            m.end = m.start + len(head)
    return mentions


def _org_heads_bare(mentions: list, text: str, lex) -> list:
    """One sense per story: a word the story writes as the head of a name after a capitalised
    word ('the Boston Marathon', 'the Hamburg-Marathon') is that name's word where it stands
    bare too ('Marathon bombing suspect held' in a headline), no town called so."""
    heads = lex.org_after.singles
    out = []
    for m in mentions:
        if m.place is not None and m.place.source not in ("facility", "street") \
                and " " not in m.mention and _key(m.mention) in heads \
                and any(x.group(1)[:1].isupper() for x in re.finditer(
                    r"(\w+)[ -]" + re.escape(m.mention) + r"\b", text)):
            continue
        out.append(m)
    return out


# how far towards its edge a compass part of a country lies from its middle (a share of the
# distance from the country's point to the edge of its outline on that side)
COMPASS_SHIFT = 0.5
COMPASS_CONFIDENCE = 0.6
_COMPASS_FEATURES = ("country", "admin1", "region")


def _compass_compounds(mentions: list[Mention], sc: Scan, lex, gaz) -> list[Mention]:
    """('Drohnen über Ostpolen', 'in Nordhessen', 'im Südlibanon'): one capitalised word made
    of a compass word and a country's or a province's name the gazetteer knows, which it lacks
    whole, is that part of it: a region pinned between its point and the edge of its outline
    on that side (a province with no outline: at its point)."""
    taken = [(m.start, m.end) for m in mentions]
    prefixes = sorted(lex.compass_prefixes, key=len, reverse=True)
    found: list = []
    opening = tuple(prefixes)
    for i, k in enumerate(sc.keys):
        if not k.startswith(opening):      # (most words: no compass word opens them)
            continue
        start, end = sc.starts[i], sc.ends[i]
        if not sc.text[start:start + 1].isupper() or " " in k \
                or any(a < end and start < b for a, b in taken):
            continue
        for pre in prefixes:
            rest = k[len(pre):]
            if k.startswith(pre) and len(rest) >= 4:
                # (the genitive's -s: 'Nordjemens', 'Nordhessens')
                found.append((i, lex.compass_prefixes[pre], [rest] + ([rest[:-1]] if rest.endswith("s") else [])))
                break
    if not found:
        return mentions
    try:
        hits = gaz.match(sorted({r for _, _, rs in found for r in rs}
                                | {sc.keys[i] for i, _, _ in found}))
    except Exception:
        return mentions
    out = list(mentions)
    for i, way, rests in found:
        cands = [c for r in rests for c in hits.get(r, ()) if c.place.feature in _COMPASS_FEATURES
                 and c.place.lat is not None]
        if not cands or hits.get(sc.keys[i]):      # (a name the gazetteer has whole)
            continue
        best = min(cands, key=lambda c: (c.place.feature != "country",
                                          c.place.country != lex.country_prior,
                                          -(c.place.population or 0)))
        p = best.place
        lat, lon = _compass_point(p, way, gaz)
        start, end = sc.starts[i], sc.ends[i]
        surface = sc.text[start:end]
        place = Place(id="geomap:compass-" + "-".join(key(surface).split()), name=surface,
                      country=p.country, feature="region", lat=lat, lon=lon,
                      admin1=p.admin1, source="compass")
        m = Mention(mention=surface, start=start, end=end, role=CONTEXT,
                    confidence=COMPASS_CONFIDENCE, place=place, segment=sc.seg[i],
                    explain=[f"'{surface}' → the {way} part of {p.name} ({p.id})"])
        m._importance = 0.0
        m._cue = None
        out.append(m)
    out.sort(key=lambda m: m.start)
    return out


_COMPASS_WAYS = {"N": (1, 0), "S": (-1, 0), "E": (0, 1), "W": (0, -1),
                 "NE": (1, 1), "NW": (1, -1), "SE": (-1, 1), "SW": (-1, -1), "C": (0, 0)}


def _compass_point(p: Place, way: str, gaz) -> tuple[float, float]:
    """A point of the compass part ``way`` of place ``p``: halfway from its point to the edge
    of its outline on that side (its point itself without an outline)."""
    dy, dx = _COMPASS_WAYS.get(way, (0, 0))
    shape = gaz.country(p.country) if p.feature == "country" and p.country else None
    pts = []
    if shape is not None and shape.geometry:
        def walk(c):
            if c and isinstance(c[0], (int, float)):
                pts.append((c[1], c[0]))
            else:
                for x in c:
                    walk(x)
        geo = shape.geometry
        polys = geo.get("coordinates") or [] if geo.get("type") == "MultiPolygon" \
            else [geo.get("coordinates") or []]
        for poly in polys:         # (the part the country's point lies in: no overseas land)
            before = len(pts)
            walk(poly)
            part = pts[before:]
            if part and min(a for a, _ in part) <= p.lat <= max(a for a, _ in part) \
                    and min(b for _, b in part) <= p.lon <= max(b for _, b in part):
                del pts[:before]
                break
            del pts[before:]
            if poly is polys[-1]:
                walk(max(polys, key=lambda q: len(str(q))))
    if not pts or (dy, dx) == (0, 0):
        return p.lat, p.lon
    lats = [a for a, _ in pts]
    lons = [b for _, b in pts]
    lat = p.lat + COMPASS_SHIFT * ((max(lats) - p.lat) if dy > 0 else (p.lat - min(lats)) * -1 if dy < 0 else 0)
    lon = p.lon + COMPASS_SHIFT * ((max(lons) - p.lon) if dx > 0 else (p.lon - min(lons)) * -1 if dx < 0 else 0)
    return lat, lon


def _find_places(doc: Document, gazetteer=None) -> Document:
    gaz = gazetteer if gazetteer is not None else default_gazetteer()
    lex = lexicon(doc.lang)
    sc = scan(doc, lex, gaz)
    resolved = resolve(sc.spans, sc, lex)
    mentions: list[Mention] = []
    menus = _menu_countries(resolved, sc)
    scene = _story_scene(resolved)
    # (a furniture place of a country the story does not name is still kept where it lies
    # in the story's own region: 'Zone: Navigli, Città Studi' on a Milan page)
    kept = [r for r in resolved
            if (r[1] >= ACCEPT or r[0].dateline and r[1] >= ACCEPT - 0.15)
            and not (r[0].local_only and not _local_furniture(r[0], r[2], scene))
            and not (_stray_furniture(r[0], r[2], r[3]) and not _menu_country(r[0], r[2], sc, menus)
                     and not (r[0].local_only or _local_furniture(r[0], r[2], scene)))
            and not _far_town_in_name(r[0], r[2], r[3], lex)]
    kept = _local_long_names(kept, sc, gaz)
    # (one sense per story: once a river's bank names the river, 'Днепр' bare is the river too)
    rivers = {}
    for sp, best, cand, why, second in kept:
        river = _river_sense(sp, cand, sc, lex, gaz)
        if river is not None:
            rivers[(cand.place.id, cand.key)] = river
    for sp, best, cand, why, second in kept:
        river = rivers.get((cand.place.id, cand.key)) if rivers and not sp.cue else None
        if river is not None:
            sp.notes.append(f"a river's bank or course names it in this story: the river "
                            f"'{river.place.name}'")
            cand = _river_stretch(river, sp, kept, sc)
        m = _mention(sp, best, cand, why, second)
        m._importance = cand.importance          # for metonymy (capitals), not serialised
        m._cue = sp.cue
        mentions.append(m)
    mentions.sort(key=lambda m: m.start)
    mentions = _merge_borders(mentions, sc, lex, gaz)
    mentions = _part_of_town(mentions, sc, lex)
    if sc.facilities:
        mentions = _facility_mentions(mentions, sc, lex)
    if sc.villages:
        mentions = _village_mentions(mentions, sc)
    if sc.quarters:
        mentions = _quarter_mentions(mentions, sc)
    if sc.hyphen_quarters:
        mentions = _hyphen_quarter_mentions(mentions, sc)
    if sc.naturals:
        mentions = _natural_mentions(mentions, sc)
    if sc.streets:
        mentions = _street_mentions(mentions, sc, lex)
    if lex.compass_prefixes:
        mentions = _compass_compounds(mentions, sc, lex, gaz)
    _river_courses(mentions, sc)
    mentions = _drop_outlet_names(mentions, doc)
    mentions = _bare_admin_forms(mentions, lex)
    mentions = _org_heads_bare(mentions, doc.text, lex)
    doc.dateline = None
    _roles(doc, mentions, sc, lex)
    doc.mentions = mentions
    return doc


__all__ = ["find_places", "haversine_km", "resolve", "ACCEPT"]
