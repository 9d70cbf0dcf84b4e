"""Articles per second for read + segment of plain text (geomap.read.read_article).

Usage: python3 benchmarks/bench_read.py [N]
Reads the reading fixtures (9 languages, outlet styles) from memory, N rounds; prints the rate
with the language given (--lang) and detected, plus the cold cost of the first call.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    rounds = int(sys.argv[1]) if len(sys.argv) > 1 else 200
    t0 = time.perf_counter()
    from geomap.read import read_article
    t_import = time.perf_counter() - t0
    texts = [p.read_text(encoding="utf-8")
             for p in sorted((ROOT / "tests" / "fixtures" / "read").glob("*.txt"))]
    seed = ROOT.parent / "shared" / "seed"
    if seed.is_dir():
        texts += [p.read_text(encoding="utf-8") for p in sorted(seed.glob("*.txt"))]
    chars = sum(map(len, texts)) / len(texts)

    t0 = time.perf_counter()
    read_article(texts[0], is_text=True)
    t_first = time.perf_counter() - t0

    for label, kwargs in (("lang given", {"lang": "en"}), ("lang detected", {})):
        n = 0
        t0, c0 = time.perf_counter(), time.process_time()
        for _ in range(rounds):
            for t in texts:
                read_article(t, is_text=True, **kwargs)
                n += 1
        dt, dc = time.perf_counter() - t0, time.process_time() - c0
        print(f"read+segment ({label}): {n / dt:8.1f} articles/s wall, {n / dc:8.1f} per "
              f"CPU-second ({n} articles, mean {chars:.0f} chars)")
    print(f"import geomap.read: {t_import * 1000:.0f} ms; first call: {t_first * 1000:.0f} ms")

    # A longer article (3,000-5,000 characters): one fixture's body repeated.
    base = (ROOT / "tests" / "fixtures" / "read" / "id_idntimes_like.txt").read_text("utf-8")
    long = base + "\n\n" + base.split("Jakarta, IDN Times - ")[1]
    n = 0
    t0, c0 = time.perf_counter(), time.process_time()
    for _ in range(rounds):
        read_article(long, is_text=True)
        n += 1
    dt, dc = time.perf_counter() - t0, time.process_time() - c0
    print(f"read+segment, {len(long)}-char article: {n / dt:8.1f} articles/s wall, "
          f"{n / dc:8.1f} per CPU-second")


if __name__ == "__main__":
    main()
