"""Per-language data files: geomap/data/lang/<code>/<stage>.yaml.

Each stage owns its own file name (read.yaml, places.yaml, events.yaml, normalize.yaml) so that
language knowledge lives in data, not in code. ``load(code, stage)`` returns {} for a language that
has no file for that stage; ``load_all(stage)`` merges every language (for language-agnostic passes).
"""
from __future__ import annotations

from functools import lru_cache
from pathlib import Path
from typing import Any

from .config import DATA_DIR, LANG_DIR

LANGUAGES = ("id", "en", "ru", "tr", "fr", "de", "es", "it", "ms")


@lru_cache(maxsize=None)
def load(code: str, stage: str) -> dict[str, Any]:
    path = LANG_DIR / code / f"{stage}.yaml"
    if not path.is_file():
        return {}
    return load_yaml(path) or {}


@lru_cache(maxsize=None)
def load_yaml(path: Path) -> Any:
    """The contents of a YAML data file. Parsed once, then kept as a pickle in the cache dir
    (geomap/pickled.py) until the file changes: a cold `geomap extract` neither parses YAML nor
    imports the parser."""
    from .pickled import load_or_build

    try:
        rel = path.resolve().relative_to(DATA_DIR)
    except ValueError:
        rel = Path(path.name)
    stem = "yaml-" + "-".join(rel.with_suffix("").parts)
    return load_or_build(stem, [path], lambda: _parse(path), (dict, list, type(None)))


def _parse(path: Path) -> Any:
    import yaml

    with path.open(encoding="utf-8") as fh:   # the C loader keeps a first parse short
        return yaml.load(fh, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def available() -> list[str]:
    return sorted(p.name for p in LANG_DIR.iterdir() if p.is_dir()) if LANG_DIR.is_dir() else []
