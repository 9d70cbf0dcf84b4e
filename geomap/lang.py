"""Per-language data files: geomap/data/lang/<code>/<stage>.yaml.

Each stage owns its own file name (read.yaml, places.yaml, events.yaml, normalize.yaml) so that
language knowledge lives in data, not in code. ``load(code, stage)`` returns {} for a language that
has no file for that stage; ``load_all(stage)`` merges every language (for language-agnostic passes).
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import yaml

from .config import LANG_DIR

_Loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)   # the C loader keeps cold start short

LANGUAGES = ("id", "en", "ru", "tr", "fr", "de", "es", "it", "ms")


@lru_cache(maxsize=None)
def load(code: str, stage: str) -> dict[str, Any]:
    path = LANG_DIR / code / f"{stage}.yaml"
    if not path.is_file():
        return {}
    with path.open(encoding="utf-8") as fh:
        return yaml.load(fh, Loader=_Loader) or {}


def available() -> list[str]:
    return sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir()) if LANG_DIR.is_dir() else []
