"""A geopy-compatible geocoder over the local gazetteer: no network, no rate limits.

    from geomap.gazetteer.geocoder import LocalGazetteer
    geo = LocalGazetteer()
    loc = geo.geocode("Гюмри")            # geopy.location.Location
    loc.latitude, loc.longitude, loc.raw["id"]
    geo.reverse((40.79, 43.85))            # the nearest populated place

It follows geopy's ``Geocoder`` interface (``geocode(query, exactly_one=True, …)``,
``reverse(query, exactly_one=True, …)``), so code written for Nominatim & co. can switch to
it. ``raw`` holds the gazetteer candidate (``Candidate.to_json()``).
"""
from __future__ import annotations

import math

from geopy.geocoders.base import Geocoder
from geopy.location import Location
from geopy.point import Point

from . import Gazetteer


class LocalGazetteer(Geocoder):
    """geopy geocoder backed by the geomap SQLite gazetteer."""

    def __init__(self, gazetteer: Gazetteer | None = None, *, country: str | None = None,
                 lang: str | None = None):
        super().__init__(scheme="https", timeout=1, proxies={}, user_agent="geomap")
        self.gazetteer = gazetteer or Gazetteer.default(progress=False)
        self.country = country
        self.lang = lang

    @staticmethod
    def _location(cand) -> Location:
        p = cand.place
        label = ", ".join(x for x in (p.name, p.admin1, p.country) if x)
        return Location(label, Point(p.lat, p.lon), cand.to_json())

    def geocode(self, query, *, exactly_one: bool = True, limit: int | None = None,
                country_codes: str | None = None, language: str | None = None, **_kw):
        """The best place(s) for a name in any language. ``country_codes``: an ISO alpha-2
        code to restrict to; ``language``: the name's language, for inflected forms."""
        if isinstance(query, dict):
            query = ", ".join(str(v) for v in query.values() if v)
        query = str(query or "").strip()
        if not query:
            return None if exactly_one else []
        country = country_codes or self.country
        if isinstance(country, (list, tuple)):
            country = country[0] if country else None
        # 'Gyumri, Armenia': the first part is the place; a later part may name its country
        head, *rest = [s.strip() for s in query.split(",") if s.strip()] or [query]
        if rest and not country:
            for part in rest:
                for c in self.gazetteer.lookup(part, limit=3, lang=language or self.lang):
                    if c.place.feature == "country":
                        country = c.place.country
                        break
                if country:
                    break
        cands = self.gazetteer.lookup(head, country=country, limit=limit or 10,
                                      lang=language or self.lang)
        if not cands:
            return None if exactly_one else []
        if exactly_one:
            return self._location(cands[0])
        return [self._location(c) for c in cands]

    def reverse(self, query, *, exactly_one: bool = True, limit: int | None = None,
                feature: tuple[str, ...] = ("city", "village"), max_km: float = 50.0, **_kw):
        """The nearest place(s) of the given feature classes within ``max_km`` of a point
        (``(lat, lon)``, ``"lat, lon"`` or a geopy Point)."""
        pt = query if isinstance(query, Point) else Point(query)
        lat, lon = pt.latitude, pt.longitude
        dlat = max_km / 111.0
        dlon = max_km / (111.0 * max(0.05, math.cos(math.radians(lat))))
        q = ("SELECT pid FROM places WHERE superseded IS NULL AND lat BETWEEN ? AND ? "
             "AND lon BETWEEN ? AND ? AND feature IN (%s)" % ",".join("?" * len(feature)))
        db = self.gazetteer._db
        pids = [r[0] for r in db.execute(q, (lat - dlat, lat + dlat, lon - dlon, lon + dlon,
                                             *feature))]
        if not pids:
            return None if exactly_one else []
        rows = self.gazetteer._rows_by_pid(pids)
        scored = []
        for row in rows.values():
            d = _km(lat, lon, row[5], row[6])
            if d <= max_km:
                scored.append((d, -row[9], row[1], row))
        scored.sort()
        from . import Candidate
        out = []
        for d, _imp, _id, row in scored[: (1 if exactly_one else (limit or 10))]:
            place = self.gazetteer._place(row)
            c = Candidate(place=place, name=place.name, key="", lang=None, name_kind="name",
                          how="reverse", importance=row[9])
            loc = self._location(c)
            loc.raw["distance_km"] = round(d, 3)
            out.append(loc)
        return out[0] if exactly_one else out


def _km(lat1, lon1, lat2, lon2) -> float:
    p1, p2 = math.radians(lat1), math.radians(lat2)
    dp, dl = p2 - p1, math.radians(lon2 - lon1)
    a = math.sin(dp / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(dl / 2) ** 2
    return 2 * 6371.0 * math.asin(min(1.0, math.sqrt(a)))
