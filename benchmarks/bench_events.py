#!/usr/bin/env python3
"""Event-stage figures: full extract (read → places → events) articles per second on one core,
and the share of the event stage alone.

    python3 benchmarks/bench_events.py              # every article of corpus/, tests/fixtures/events/
    python3 benchmarks/bench_events.py --rounds 5 FILE...

Articles are read once from disk into memory, then extracted `--rounds` times in this process
(the gazetteer opened once, "once started"). Rates are per CPU second of this thread (the machine
is shared); the wall-clock rate is printed beside. Target: full extract ≥ 100 articles/s on one core.
"""
from __future__ import annotations

import argparse
import os
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def articles(paths: list[str]) -> list[tuple[str, str]]:
    files: list[Path] = []
    if paths:
        files = [Path(p) for p in paths]
    else:
        for d in (ROOT / "corpus", ROOT / "tests" / "fixtures" / "events",
                  ROOT / "tests" / "fixtures" / "events" / "heldout", Path("/work/shared/seed")):
            if d.is_dir():
                files += sorted(d.glob("*.txt"))
    out = []
    for f in files:
        lang = f.name[:2] if f.name[2:3] == "-" else None
        out.append((f.read_text(encoding="utf-8"), lang))
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("files", nargs="*")
    ap.add_argument("--rounds", type=int, default=3)
    args = ap.parse_args()
    try:
        os.sched_setaffinity(0, {min(os.sched_getaffinity(0))})     # one core
    except (AttributeError, OSError):
        pass

    from geomap.events import extract_events
    from geomap.gazetteer import Gazetteer
    from geomap.places import find_places
    from geomap.read import read_article

    gaz = Gazetteer.default(progress=False)
    arts = articles(args.files)
    if not arts:
        sys.exit("no articles found")
    # warm-up: lexicons, language models, the index's pages
    for text, lang in arts:
        extract_events(find_places(read_article(text, lang=lang, is_text=True), gazetteer=gaz), gazetteer=gaz)

    # CPU time of this thread: the machine is shared, wall time counts the neighbours' work too
    t_full = t_events = wall = 0.0
    n = n_events = 0
    chars = 0
    for _ in range(args.rounds):
        for text, lang in arts:
            w0 = time.perf_counter()
            t0 = time.thread_time()
            doc = read_article(text, lang=lang, is_text=True)
            find_places(doc, gazetteer=gaz)
            t1 = time.thread_time()
            extract_events(doc, gazetteer=gaz)
            t2 = time.thread_time()
            wall += time.perf_counter() - w0
            t_full += t2 - t0
            t_events += t2 - t1
            n += 1
            n_events += len(doc.events)
            chars += len(text)
    print(f"articles            {len(arts)} × {args.rounds} rounds, {chars // n} chars on average")
    print(f"full extract        {n / t_full:8.1f} articles/s   ({1000 * t_full / n:.2f} ms CPU/article; "
          f"wall {n / wall:.1f} articles/s)")
    print(f"event stage alone   {n / t_events:8.1f} articles/s   ({1000 * t_events / n:.2f} ms/article, "
          f"{100 * t_events / t_full:.0f}% of the total)")
    print(f"events found        {n_events / n:.1f} per article")
    print("target              full extract ≥ 100 articles/s on one core")


if __name__ == "__main__":
    main()
