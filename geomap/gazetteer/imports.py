"""`geomap gazetteer import`: keep validated GeoNames files in ``<cache_dir>/imports/`` and
re-apply them as layer 2 whenever the index is (re)built, so rebuilds keep imports."""
from __future__ import annotations

import os
import shutil
from pathlib import Path

from ..errors import GazetteerError
from .geonames import read_import
from .index import build_lock, ensure_index, imports_dir, index_path


def list_imports() -> list[Path]:
    d = imports_dir()
    return sorted(p for p in d.iterdir() if p.is_file() and not p.name.startswith(".")) \
        if d.is_dir() else []


def import_files(files, *, progress: bool = True, user_file=None) -> list[dict]:
    """Validate every file, then store them and refresh the index (all or nothing)."""
    files = [Path(f) for f in files]
    results = []
    for f in files:                        # a bad file raises here, before anything is written
        res = read_import(f)
        res["path"] = str(f)
        results.append(res)
    ensure_index(progress=progress, user_file=user_file)      # a base index to add to
    d = imports_dir()
    d.mkdir(parents=True, exist_ok=True)
    added: list[Path] = []
    with build_lock():
        try:
            n = len(list_imports())
            for i, f in enumerate(files, 1):
                dest = d / f"{n + i:03d}-{f.name}"
                tmp = d / f".{dest.name}.tmp"
                shutil.copyfile(f, tmp)
                os.replace(tmp, dest)
                added.append(dest)
            ensure_index(progress=progress, user_file=user_file)
        except BaseException:
            for p in added:                # keep the stored imports as they were
                p.unlink(missing_ok=True)
            raise
    return results


def remove_import(name: str) -> None:
    p = imports_dir() / name
    if not p.is_file() or name.startswith("."):
        raise GazetteerError(f"{name}: no such imported file (see 'geomap gazetteer imports')")
    with build_lock():
        p.unlink()
        if index_path().is_file():
            ensure_index(progress=False)
