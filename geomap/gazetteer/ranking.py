"""How important a place is, for ranking candidates that share a name.

One number per place, stored in the index (``places.importance``): country > continent/world
region > capital > admin-1 > curated region/border > big city > admin-2 > town > village.
Population adds up to ~4 points for towns, so that Yerevan (1M) outranks a village called
Yerevan, yet no town outranks a country of the same name (Armenia, the country, 9.x;
Armenia in Colombia, 300k people, 6.4).
"""
from __future__ import annotations

from pathlib import Path as _Path

# this module's source as loaded: the index fingerprint checks it against the file on disk
_SOURCE = _Path(__file__).read_bytes()

import math

BASE = {
    "country": 9.0, "region": 6.5, "admin1": 7.0, "admin2": 5.0, "border": 7.0,
    "mountain": 5.0, "water": 5.0, "other": 4.0,
}
CAPITAL = 8.0
CITY_MAX = 7.5


def town_importance(population: int | None) -> float:
    """2 + 0.8·log10(population + 1), at most CITY_MAX (1M people → 6.8)."""
    return min(CITY_MAX, 2.0 + 0.8 * math.log10((population or 0) + 1))


def importance(feature: str, population: int | None = None, *, capital: bool = False) -> float:
    if feature in ("city", "village"):
        imp = town_importance(population)
        return max(imp, CAPITAL) if capital else imp
    if feature == "country":
        return BASE["country"] + min(0.9, math.log10((population or 0) + 1) / 10)
    return BASE.get(feature, BASE["other"])


def village_or_city(population: int | None) -> str:
    """GeoNames populated places under 1000 people are 'village', the rest 'city'."""
    return "village" if (population or 0) < 1000 else "city"
