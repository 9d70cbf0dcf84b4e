"""Where geomap keeps things. Every path can be overridden by an environment variable."""
from __future__ import annotations

import os
from pathlib import Path

PACKAGE_DIR = Path(__file__).resolve().parent
DATA_DIR = PACKAGE_DIR / "data"
LANG_DIR = DATA_DIR / "lang"


def cache_dir() -> Path:
    """Derived, rebuildable files (the gazetteer index). GEOMAP_CACHE, else ~/.cache/geomap."""
    env = os.environ.get("GEOMAP_CACHE")
    base = Path(env) if env else Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "geomap"
    return base


def db_path() -> Path:
    """The event store. GEOMAP_DB, else ./geomap.db (a store per working folder, like git)."""
    return Path(os.environ.get("GEOMAP_DB", "geomap.db"))


def maps_dir() -> Path:
    """Where generated maps go. GEOMAP_MAPS, else ./maps."""
    return Path(os.environ.get("GEOMAP_MAPS", "maps"))
