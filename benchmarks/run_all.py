#!/usr/bin/env python3
"""Run every benchmarks/bench_*.py script and print one markdown table for the README.

    python3 benchmarks/run_all.py                  # all scripts, default sizes
    python3 benchmarks/run_all.py --quick          # pass --quick to the scripts that take it
    python3 benchmarks/run_all.py --only map store # scripts whose name contains a word
    python3 benchmarks/run_all.py --json           # rows as JSON instead of a table

Each script is a plain program that prints its figures (see its docstring); this runner does not
know them in advance. Every output line that carries a number becomes a row: the benchmark (the
script name), the figure (the line), the target (an inline ``[target …]``, ``(target …)`` or
``budget …`` part of the line, a ``target …`` line of the script that names the same figure, or
else the ``Target:``/``Budget:`` sentence of the script's docstring) and the machine it ran on.
A script that fails or times out gives one row saying so, so the table never hides it.
Scripts run one after another (they measure speed; running them side by side would skew them).
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import re
import signal
import subprocess
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
ROOT = HERE.parent

# '[target >= 200]', '(ok; target ≤ 30 s)', '[SLOW, target < 2 s]', '(median of 3; budget 3.0 s; …)'
_INLINE_TARGET = re.compile(r"[\[(]([^\[\]()]*?)\b(?:target|budget)s?\b\s*:?\s*([^\];)]+)[^\])]*[\])]",
                            re.I)
_TARGET_LINE = re.compile(r"^\s*(?:target|budget)s?\b\s*:?\s*(.+)$", re.I)
_DOC_TARGET = re.compile(r"(?:Targets?|Budget)(?:\s*\([^)]*\))?\s*:\s*(.+?)(?:\.\s|\n\s*\n|$)", re.S)
_HAS_NUMBER = re.compile(r"\d")


def machine() -> str:
    """One short description of the machine: CPU model, cores, memory, OS, Python."""
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.lower().startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    mem = ""
    try:
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f", {kb / 1024 / 1024:.0f} GB"
    except (OSError, ValueError, IndexError):
        pass
    cores = len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()
    return (f"{cpu}, {cores} cores{mem}, {platform.system()} {platform.release().split('-')[0]}, "
            f"Python {platform.python_version()}")


def docstring_target(source: str) -> str:
    """The 'Target(s): …' / 'Budget (…): …' sentence of a script's docstring, on one line."""
    m = re.match(r'\s*(?:#![^\n]*\n)?\s*(?:"""|\'\'\')(.*?)(?:"""|\'\'\')', source, re.S)
    if not m:
        return ""
    t = _DOC_TARGET.search(m.group(1))
    return " ".join(t.group(1).split()) if t else ""


def parse_output(text: str, default_target: str = "") -> list[dict]:
    """Rows {figure, target} from a script's printed lines."""
    rows: list[dict] = []
    loose_targets: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if not line or not _HAS_NUMBER.search(line) or set(line) <= set("-=|:# "):
            continue
        t = _TARGET_LINE.match(line)
        if t:                                  # a 'target …' line of its own
            loose_targets.append(t.group(1).strip())
            continue
        inline = _INLINE_TARGET.search(line)
        target = inline.group(2).strip() if inline else ""
        figure = line
        if inline:
            # keep what else the bracket said ('median of 3', a verdict such as 'SLOW' or 'ok')
            rest = inline.group(1).strip(" ,;") + inline.group(0)[inline.end(2) - inline.start(0):-1]
            rest = rest.strip(" ,;")
            figure = (line[:inline.start()] + (f" ({rest})" if rest else "")
                      + line[inline.end():]).strip()
        rows.append({"figure": " ".join(figure.split()), "target": target})
    for lt in loose_targets:                   # attach to the rows naming the same figure
        words = [w for w in re.findall(r"[a-z]{3,}", lt.lower())][:2]
        hits = [r for r in rows if not r["target"] and words
                and all(w in r["figure"].lower() for w in words)]
        for r in hits or [r for r in rows[:1] if not r["target"]]:
            r["target"] = lt
    if default_target and rows and not any(r["target"] for r in rows):
        rows[0]["target"] = default_target
    return rows


def run_script(path: Path, quick: bool, timeout: float) -> tuple[list[dict], float]:
    source = path.read_text(encoding="utf-8")
    args = [sys.executable, str(path)]
    if quick and "--quick" in source:
        args.append("--quick")
    t0 = time.perf_counter()
    # Own process group, so that a timeout also stops the commands the script started.
    proc = subprocess.Popen(args, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            cwd=ROOT, start_new_session=True)
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        return [{"figure": f"timed out after {timeout:.0f} s", "target": ""}], timeout
    dt = time.perf_counter() - t0
    if proc.returncode != 0:
        last = (err.strip().splitlines() or ["(no message)"])[-1][:160]
        return [{"figure": f"failed (exit {proc.returncode}): {last}", "target": ""}], dt
    rows = parse_output(out, docstring_target(source))
    return rows or [{"figure": "(printed no figures)", "target": ""}], dt


def cell(s: str) -> str:
    return s.replace("|", "\\|").replace("\n", " ")


def table(rows: list[dict]) -> str:
    out = ["| benchmark | figure | target | machine |", "|---|---|---|---|"]
    for r in rows:
        out.append(f"| {cell(r['benchmark'])} | {cell(r['figure'])} | {cell(r['target'])} | "
                   f"{cell(r['machine'])} |")
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0],
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--only", nargs="*", default=[], help="run scripts whose name contains one of these")
    ap.add_argument("--quick", action="store_true", help="pass --quick to scripts that accept it")
    ap.add_argument("--timeout", type=float, default=1800, help="seconds per script (default 1800)")
    ap.add_argument("--json", action="store_true", help="print the rows as JSON")
    args = ap.parse_args(argv)

    scripts = sorted(HERE.glob("bench_*.py"))
    if args.only:
        scripts = [s for s in scripts if any(w in s.stem for w in args.only)]
    if not scripts:
        print("no benchmarks/bench_*.py script to run", file=sys.stderr)
        return 1
    where = machine()
    rows: list[dict] = []
    for s in scripts:
        print(f"running {s.name} …", file=sys.stderr, flush=True)
        got, dt = run_script(s, args.quick, args.timeout)
        print(f"  {len(got)} figure(s) in {dt:.1f} s", file=sys.stderr, flush=True)
        rows += [dict(r, benchmark=s.stem.removeprefix("bench_"), machine=where) for r in got]
    print(json.dumps(rows, ensure_ascii=False, indent=1) if args.json else table(rows))
    return 0 if all(not r["figure"].startswith(("failed", "timed out")) for r in rows) else 1


if __name__ == "__main__":
    sys.exit(main())
