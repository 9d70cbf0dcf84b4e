#!/usr/bin/env python3
"""Gazetteer figures: build time, index size, peak memory, cold-process lookup wall time,
lookups per second and batched match() speed.

    python3 benchmarks/bench_gazetteer.py            # full: builds a fresh index in a temp dir
    python3 benchmarks/bench_gazetteer.py --no-build # only the query figures, on the cached index

Targets: build ≤ 60 s on 2 cores; cold `geomap gazetteer lookup` < 0.5 s; a 300-key
match() in ~1 ms (the recogniser calls it once per article and needs ≥ 200 articles/s).
"""
from __future__ import annotations

import argparse
import os
import resource
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

NAMES = ["Gyumri", "Гюмри", "Գյումրի", "Yerevan", "Ереван", "Bakı", "Bakou", "باكو", "Stepanakert",
         "Xankəndi", "Şuşa", "Moskow", "Rusia", "Armenia", "Ermenistan", "Berg-Karabach",
         "Нагорный Карабах", "Syunik", "Kaukasus", "Eropa", "в Ереване", "Bakü'de",
         "perbatasan Armenia-Azerbaijan", "Tbilisi", "Jakarta", "Kapan", "Goris", "Jermuk",
         "Lachin", "Kalbajar"]


def run_geomap(args, env, timeout=900):
    t = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "geomap", *args], env=env, capture_output=True,
                          text=True, timeout=timeout)
    dt = time.perf_counter() - t
    if proc.returncode != 0:
        sys.exit(f"geomap {' '.join(args)} failed: {proc.stderr.strip()[-500:]}")
    return dt, proc


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--no-build", action="store_true", help="skip the fresh build")
    ap.add_argument("--runs", type=int, default=5, help="cold-process lookups to time")
    args = ap.parse_args()

    env = dict(os.environ)
    env.pop("GEOMAP_USER_GAZETTEER", None)
    tmp = None
    if not args.no_build:
        tmp = Path(tempfile.mkdtemp(prefix="geomap-bench-"))
        env["GEOMAP_CACHE"] = str(tmp)
        before = resource.getrusage(resource.RUSAGE_CHILDREN)
        dt, _ = run_geomap(["gazetteer", "build", "--quiet"], env)
        after = resource.getrusage(resource.RUSAGE_CHILDREN)
        cpu = (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)
        print(f"build time:            {dt:.1f} s wall, {cpu:.1f} s CPU "
              f"(load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} cores)")
        print(f"build peak memory:     {after.ru_maxrss / 1024:.0f} MB (max RSS)")
    else:
        run_geomap(["gazetteer", "build", "--quiet"], env)

    from geomap import config
    os.environ.update({k: v for k, v in env.items() if k == "GEOMAP_CACHE"})
    from geomap.gazetteer import Gazetteer
    from geomap.gazetteer.index import index_path
    from geomap.normalize import key

    path = index_path()
    print(f"index:                 {path} ({path.stat().st_size / 1e6:.1f} MB on disk)")

    def cold(cmd):
        walls, cpus = [], []
        for _ in range(args.runs):
            r0 = resource.getrusage(resource.RUSAGE_CHILDREN)
            dt, _ = run_geomap(cmd, env)
            r1 = resource.getrusage(resource.RUSAGE_CHILDREN)
            walls.append(dt)
            cpus.append(r1.ru_utime - r0.ru_utime + r1.ru_stime - r0.ru_stime)
        return statistics.median(walls), min(walls), statistics.median(cpus)

    w, wmin, c = cold(["gazetteer", "lookup", "Gyumri", "--json", "-n", "1"])
    bw, _bmin, bc = cold(["--help"])
    print(f"cold lookup (process): median {w:.3f} s wall (min {wmin:.3f}), {c:.3f} s CPU over "
          f"{args.runs} runs (target < 0.5 s); baseline 'geomap --help': {bw:.3f} s wall, "
          f"{bc:.3f} s CPU")
    print(f"                       load average now {os.getloadavg()[0]:.1f} on "
          f"{os.cpu_count()} cores (wall times grow with it)")

    t = time.perf_counter()
    gaz = Gazetteer(path)
    print(f"open index:            {(time.perf_counter() - t) * 1000:.1f} ms")
    for n in NAMES:                                     # warm the language rules
        gaz.lookup(n)
    t = time.perf_counter()
    n = 0
    while time.perf_counter() - t < 3:
        for name in NAMES:
            gaz.lookup(name)
            n += 1
    print(f"lookup():              {n / (time.perf_counter() - t):.0f} lookups/s "
          "(all nine languages' variants, ranked)")

    text_words = ("Pasukan Armenia dan Azerbaijan kembali saling serang di sepanjang perbatasan "
                  "kedua negara dekat kota Gyumri dan Kapan menurut kementerian pertahanan di "
                  "Yerevan serta Baku sementara Moskow dan Uni Eropa menyerukan gencatan senjata "
                  "di kawasan Kaukasus Selatan dan Nagorno Karabakh ").split()
    keys = []
    for i in range(len(text_words)):
        for j in (1, 2, 3):
            keys.append(key(" ".join(text_words[i:i + j])))
    keys = list(dict.fromkeys(keys))
    # pad to ~300 keys with other place-like words, as a long article would give
    extra = [key(n) for n in NAMES] + [key(w) + s for w in text_words for s in ("", "nya", "e")]
    extra = list(dict.fromkeys(k for k in extra if k not in keys))
    keys = (keys + extra)[:300]
    gaz.match(keys)
    reps = 0
    t = time.perf_counter()
    while time.perf_counter() - t < 3:
        gaz.match(keys)
        reps += 1
    per = (time.perf_counter() - t) / reps
    cold = []
    for _ in range(20):
        gaz._place_cache.clear()             # empty place cache: every place row is fetched
        gaz._row_cache.clear()
        t = time.perf_counter()
        gaz.match(keys)
        cold.append(time.perf_counter() - t)
    print(f"match() of {len(keys)} keys:   {per * 1000:.2f} ms per batch warm, "
          f"{statistics.median(cold) * 1000:.2f} ms with an empty place cache "
          f"(≈ {1 / statistics.median(cold):.0f}–{1 / per:.0f} articles/s at one batch per article)")
    print(f"peak memory (this process): {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB")
    if tmp is not None:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
