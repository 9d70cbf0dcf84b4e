"""Event store benchmarks (plain script: prints figures, asserts nothing).

    python3 benchmarks/bench_store.py            # all parts
    python3 benchmarks/bench_store.py --quick    # smaller sizes

1. Store.add_document on 1,000 hand-built articles (the store's own share of `geomap add`).
2. `geomap add` on 1,000 article files end to end (read → places → events → store), --no-map.
   Target: ≤ 30 s.
3. `geomap events` over a store of 100,000 events, in each output format and with filters.
   Target: < 2 s. Peak memory (max RSS) of each command is printed.
"""
from __future__ import annotations

import argparse
import os
import random
import resource
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from geomap.document import Document, Event, Location, Mention, Place  # noqa: E402
from geomap.store import Store  # noqa: E402

LAST_CPU = 0.0
FIXTURES = ROOT / "tests" / "fixtures" / "store"
TYPES = ("armed_clash", "shelling_airstrike", "casualties", "capture_detention",
         "military_alert_deployment", "appeal_demand", "ceasefire_agreement", "protest")
BORDER = Place("geomap:border-am-az", "Armenia–Azerbaijan border", None, "border", 39.9, 45.9,
               geometry={"type": "MultiLineString", "coordinates": [
                   [[45.02 + i * 0.01, 41.29 - i * 0.01] for i in range(200)],
                   [[46.0 + i * 0.003, 39.9 - i * 0.006] for i in range(200)]]})
COUNTRY = Place("ne:AM", "Armenia", "AM", "country", 40.2, 44.9,
                geometry={"type": "Polygon", "coordinates": [[[43.45 + i * 0.0032, 41.29]
                                                              for i in range(1000)]
                                                             + [[46.63, 38.84], [43.45, 38.84],
                                                                [43.45, 41.29]]]})


def synthetic_doc(i: int, n_events: int, rng: random.Random) -> Document:
    towns = [Place(f"geonames:{900000 + rng.randrange(5000)}", f"Town {rng.randrange(5000)}",
                   rng.choice(["AM", "AZ", "UA", "SD", "BF"]), "city",
                   round(rng.uniform(-10, 55), 4), round(rng.uniform(-10, 60), 4), 1000)
             for _ in range(3)]
    body = " ".join(f"Sentence {k} of article {i} mentions {t.name} and fighting." for k, t in
                    enumerate(towns * 3))
    text = f"Synthetic article {i}\n\n{body}"
    d = Document(text=text, title=f"Synthetic article {i}", lang="en",
                 published=f"20{rng.randrange(18, 25)}-{rng.randrange(1, 13):02d}-{rng.randrange(1, 29):02d}",
                 source="Bench", url=f"https://bench.example/{i}")
    pos = 0
    for t in towns + [BORDER, COUNTRY]:
        d.mentions.append(Mention(t.name, pos, pos + len(t.name), "event", 0.8, t))
        pos += 40
    for k in range(n_events):
        r = rng.random()
        p = BORDER if r < 0.1 else COUNTRY if r < 0.2 else towns[k % 3]
        geom = p.geometry or {"type": "Point", "coordinates": [p.lon, p.lat]}
        d.events.append(Event(rng.choice(TYPES), f"Sentence {k} of article {i}", k * 50,
                              k * 50 + 40, "fighting", cameo="190", date=d.published,
                              date_precision=1, actors=["Armenia", "Azerbaijan"],
                              killed=rng.choice([None, 1, 3, 15]),
                              location=Location(p.name, p.id, p.lat, p.lon, geom, 1, p.name),
                              confidence=0.7))
    return d


def run_measured(cmd: list[str], stdout=subprocess.DEVNULL, env=None) -> tuple[float, float, int]:
    """(wall seconds, peak RSS MB, exit code) of one command, RSS from wait4 of that very child.
    The child's CPU seconds (user+sys) go to LAST_CPU: on a shared machine they say more than
    the wall clock."""
    global LAST_CPU
    with tempfile.TemporaryFile() as err:      # a pipe would fill up and block the child
        t = time.perf_counter()
        proc = subprocess.Popen(cmd, stdout=stdout, stderr=err, env=env)
        _, status, usage = os.wait4(proc.pid, 0)
        dt = time.perf_counter() - t
        LAST_CPU = usage.ru_utime + usage.ru_stime
        code = os.waitstatus_to_exitcode(status)
        if code:
            err.seek(0)
            print("   failed:", err.read().decode("utf-8", "replace")[-500:])
    return dt, usage.ru_maxrss / 1024, code


def bench_add_documents(tmp: Path, n: int) -> None:
    rng = random.Random(1)
    docs = [synthetic_doc(i, 5, rng) for i in range(n)]
    path = tmp / "add.db"
    t = time.perf_counter()
    with Store.open(path) as store:
        for d in docs:
            store.add_document(d)
    dt = time.perf_counter() - t
    print(f"1. Store.add_document: {n} articles ({5 * n} events) in {dt:.2f} s "
          f"= {n / dt:.0f} articles/s (one transaction each)")
    t = time.perf_counter()
    with Store.open(path) as store:
        for d in docs[:200]:
            assert store.add_document(d).status == "unchanged"
    dt = time.perf_counter() - t
    print(f"   re-adding 200 unchanged articles: {dt * 1000 / 200:.2f} ms each")


def make_article_files(folder: Path, n: int) -> list[Path]:
    """n distinct article files derived from the fixture articles (each gets its own note)."""
    sources = sorted(p for p in FIXTURES.iterdir() if p.suffix in (".txt", ".md", ".html"))
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(n):
        src = sources[i % len(sources)]
        text = src.read_text(encoding="utf-8")
        note = f"\n\n(Archive copy {i}.)\n" if src.suffix != ".html" else \
            f"<p>(Archive copy {i}.)</p></article>"
        text = text.replace("</article>", note) if src.suffix == ".html" else text + note
        p = folder / f"{i:05d}-{src.name}"
        p.write_text(text, encoding="utf-8")
        out.append(p)
    return out


def bench_cli_add(tmp: Path, n: int) -> None:
    folder = tmp / "articles"
    make_article_files(folder, n)
    env = dict(os.environ, GEOMAP_DB=str(tmp / "cli.db"), GEOMAP_MAPS=str(tmp / "maps"))
    dt, rss, code = run_measured([sys.executable, "-m", "geomap", "add", str(folder), "--no-map"],
                                 env=env)
    status = ("ok" if dt <= 30 * n / 1000 else "SLOW") if code == 0 else f"exit {code}"
    print(f"2. geomap add: {n} article files in {dt:.1f} s (cpu {LAST_CPU:.1f} s) = "
          f"{n / dt:.0f} articles/s, peak {rss:.0f} MB ({status}; target ≤ 30 s for 1,000)")
    if code == 0:
        dt, rss, code = run_measured([sys.executable, "-m", "geomap", "add", str(folder),
                                      "--no-map"], env=env)
        print(f"   again (all unchanged): {dt:.1f} s (cpu {LAST_CPU:.1f} s), peak {rss:.0f} MB")


def bench_events(tmp: Path, n_events: int) -> None:
    path = tmp / "events.db"
    rng = random.Random(2)
    per = 5
    t = time.perf_counter()
    with Store.open(path) as store:
        for i in range(n_events // per):
            store.add_document(synthetic_doc(i, per, rng))
    dt = time.perf_counter() - t
    size = path.stat().st_size / 1e6
    print(f"3. store of {n_events:,} events built in {dt:.1f} s ({size:.0f} MB; 10% of events on a "
          "400-point border line, 10% on a 1,000-point country polygon)")
    env = dict(os.environ, GEOMAP_DB=str(path))
    base = [sys.executable, "-m", "geomap", "events"]
    runs = [
        ("--format json", ["--format", "json"]),
        ("--format csv", ["--format", "csv"]),
        ("--format geojson", ["--format", "geojson"]),
        ("--format acled-csv", ["--format", "acled-csv"]),
        ("--format table", []),
        ("--format gpkg -o", ["--format", "gpkg", "-o", str(tmp / "e.gpkg")]),
        ("--country AZ --since 2022-01-01 json", ["--country", "AZ", "--since", "2022-01-01",
                                                  "--format", "json"]),
        ("--bbox 43,38,47,42 --type armed_clash csv", ["--bbox", "43,38,47,42", "--type",
                                                       "armed_clash", "--format", "csv"]),
    ]
    for label, args in runs:
        with open(os.devnull, "wb") as devnull:
            dt, rss, code = run_measured(base + args, stdout=devnull, env=env)
        mark = "ok" if dt < 2 else "SLOW"
        print(f"   geomap events {label:42s} {dt:5.2f} s (cpu {LAST_CPU:5.2f} s)  "
              f"peak {rss:5.0f} MB  [{mark}, target < 2 s]")


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("--quick", action="store_true", help="smaller sizes")
    ap.add_argument("--only", choices=["store", "cli", "events"])
    args = ap.parse_args()
    n_add = 200 if args.quick else 1000
    n_events = 10_000 if args.quick else 100_000
    tmp = Path(tempfile.mkdtemp(prefix="geomap-bench-"))
    try:
        if args.only in (None, "store"):
            bench_add_documents(tmp, n_add)
        if args.only in (None, "cli"):
            bench_cli_add(tmp, n_add)
        if args.only in (None, "events"):
            bench_events(tmp, n_events)
        print(f"   (this process peak: {resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024:.0f} MB)")
    finally:
        shutil.rmtree(tmp, ignore_errors=True)


if __name__ == "__main__":
    main()
