"""Compiled data kept as pickles in the cache dir, so that a cold `geomap extract` does not parse
YAML and build lexicons again: each pickle is named by a signature of the files it is built
from (their paths, sizes and modification times) and rebuilt whenever one of them changes."""
from __future__ import annotations

import gc
import hashlib
import os
import pickle
from pathlib import Path
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")


def signature(files: Iterable[Path]) -> str:
    """Changes when any of the files changes (or appears, or goes)."""
    h = hashlib.sha1()
    for f in files:
        try:
            st = f.stat()
        except OSError:
            continue
        h.update(f"{f}:{st.st_size}:{st.st_mtime_ns};".encode())
    return h.hexdigest()[:16]


def load_or_build(stem: str, files: Iterable[Path], build: Callable[[], T],
                  kind: type | tuple[type, ...]) -> T:
    """The pickle `<stem>-<signature>.pickle` of the cache dir if it holds a `kind`; else
    build() it, keep it there (older pickles of the same stem are removed) and return it. The
    pickle is written right after build(), before anyone uses (and fills memos of) the object.
    A missing, stale or unreadable pickle is rebuilt; a read-only cache dir only costs speed."""
    from .config import cache_dir

    path = cache_dir() / f"{stem}-{signature(files)}.pickle"
    try:
        with path.open("rb") as fh:
            data = fh.read()
        enabled = gc.isenabled()
        gc.disable()             # (unpickling makes many objects: no collection passes meanwhile)
        try:
            got = pickle.loads(data)
        finally:
            if enabled:
                gc.enable()
        if isinstance(got, kind):
            return got
    except Exception:
        pass
    obj = build()
    tmp = path.with_suffix(f".{os.getpid()}.tmp")
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tmp.open("wb") as fh:
            pickle.dump(obj, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(tmp, path)
        for old in path.parent.glob(f"{stem}-{'?' * 16}.pickle"):
            if old != path:
                old.unlink(missing_ok=True)
    except Exception:            # read-only cache dir, an object that cannot be pickled
        try:
            tmp.unlink(missing_ok=True)
        except OSError:
            pass
    return obj
