"""The language data files load as YAML with no key written twice in one mapping: YAML keeps
the last of two equal keys silently, so a second `not:` list under `negation:` would drop the
first list's phrases from the lexicon without any error."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

DATA = Path(__file__).resolve().parents[1] / "geomap" / "data"


class _StrictLoader(yaml.SafeLoader):
    pass


def _no_duplicate_keys(loader, node, deep=False):
    seen = set()
    for k, _ in node.value:
        key = loader.construct_object(k, deep=True)
        if key in seen:
            raise ValueError(f"key {key!r} written twice in the mapping at line {node.start_mark.line + 1}")
        seen.add(key)
    return yaml.SafeLoader.construct_mapping(loader, node, deep)


_StrictLoader.add_constructor(yaml.resolver.BaseResolver.DEFAULT_MAPPING_TAG, _no_duplicate_keys)

FILES = sorted(DATA.rglob("*.yaml"))


def test_there_are_language_files():
    assert len([f for f in FILES if f.parent.parent.name == "lang"]) >= 9 * 4


@pytest.mark.parametrize("path", FILES, ids=lambda p: str(p.relative_to(DATA)))
def test_no_key_twice(path):
    yaml.load(path.read_text(encoding="utf-8"), Loader=_StrictLoader)


def test_the_strict_loader_catches_a_key_written_twice():
    with pytest.raises(ValueError, match="written twice"):
        yaml.load("negation:\n  not: [a]\n  words: [b]\n  not: [c]\n", Loader=_StrictLoader)
