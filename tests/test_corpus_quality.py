"""Quality gate: geomap scored on its own annotated corpus must not fall below the last measured
level.

The test runs the real pipeline (read → places → events, real gazetteer) on every article of
``corpus/`` through ``geomap.evaluate.evaluate`` and compares the overall figures with
``corpus/thresholds.json``: ``min`` figures (precision, recall, F1, share resolved within 161 km,
dateline and role accuracy, event precision/recall/F1, killed-count accuracy) must not drop
below it, ``max`` figures (mean/median error in km, AUC of log errors) must not rise above it,
the corpus must keep at least ``articles_min`` articles, and each language's recognition F1 and
161-km accuracy must stay above ``by_lang_min`` (so that a language that breaks cannot hide in
the overall figure).

When a change makes geomap better, raise the bar (thresholds are the measured values, rounded a
little in the safe direction: ratios −0.03, AUC +0.03, km ×1.3 + 10 because the mean error
moves a lot with one far-off name):

    python3 tests/test_corpus_quality.py --update      # measure and rewrite corpus/thresholds.json
    python3 tests/test_corpus_quality.py               # only print the measured figures

and commit corpus/thresholds.json with the change. Lowering a threshold needs a reason in the
commit message (for instance, harder articles added to the corpus).
"""
from __future__ import annotations

import json
import math
import sys
from datetime import date
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
CORPUS = ROOT / "corpus"
THRESHOLDS = CORPUS / "thresholds.json"

PER_LANGUAGE = ("f1", "acc161")   # a language that breaks must not hide in the overall figure
HIGHER_IS_BETTER = ("precision", "recall", "f1", "acc161", "dateline_acc", "role_acc",
                    "event_precision", "event_recall", "event_f1", "placed_precision",
                    "placed_recall", "killed_acc")
LOWER_IS_BETTER = ("auc", "mean_km", "median_km")


def measure(gazetteer=None) -> dict:
    from geomap.evaluate import evaluate

    return evaluate(CORPUS, gazetteer=gazetteer)


def thresholds_from(overall: dict, by_lang: dict | None = None) -> dict:
    """Measured figures rounded a little in the safe direction (per language: −0.05)."""
    mins = {k: math.floor((overall[k] - 0.03) * 100) / 100
            for k in HIGHER_IS_BETTER if overall.get(k) is not None}
    maxs = {}
    for k in LOWER_IS_BETTER:
        v = overall.get(k)
        if v is None:
            continue
        maxs[k] = (math.ceil((v + 0.03) * 100) / 100 if k == "auc"
                   else float(math.ceil(v * 1.3 + 10)))
    return {"_about": "Quality gate for tests/test_corpus_quality.py; update with "
                      "`python3 tests/test_corpus_quality.py --update` (see its docstring).",
            "measured_on": date.today().isoformat(),
            "measured": {k: overall.get(k) for k in (*HIGHER_IS_BETTER, *LOWER_IS_BETTER)},
            "articles_min": overall["articles"],
            "min": {k: max(v, 0.0) for k, v in mins.items()}, "max": maxs,
            "by_lang_min": {lang: {k: max(math.floor((m[k] - 0.05) * 100) / 100, 0.0)
                                   for k in PER_LANGUAGE if m.get(k) is not None}
                            for lang, m in sorted((by_lang or {}).items())}}


def shortfalls(overall: dict, th: dict, by_lang: dict | None = None) -> list[str]:
    bad = []
    if overall["articles"] < th.get("articles_min", 0):
        bad.append(f"articles {overall['articles']} < {th['articles_min']}")
    for k, lo in th.get("min", {}).items():
        v = overall.get(k)
        if v is None or v < lo:
            bad.append(f"{k} {v} < {lo}")
    for k, hi in th.get("max", {}).items():
        v = overall.get(k)
        if v is None or v > hi:
            bad.append(f"{k} {v} > {hi}")
    for lang, mins in th.get("by_lang_min", {}).items():
        m = (by_lang or {}).get(lang)
        if m is None:
            bad.append(f"{lang}: no articles any more")
            continue
        for k, lo in mins.items():
            if m.get(k) is None or m[k] < lo:
                bad.append(f"{lang} {k} {m.get(k)} < {lo}")
    return bad


@pytest.mark.slow
def test_corpus_scores_do_not_drop_below_thresholds(gazetteer):
    th = json.loads(THRESHOLDS.read_text(encoding="utf-8"))
    rep = measure(gazetteer)
    bad = shortfalls(rep["overall"], th, rep["by_lang"])
    assert not bad, ("geomap scores on corpus/ dropped below corpus/thresholds.json: "
                     + "; ".join(bad) + "  (`geomap eval corpus/` shows where)")


def test_thresholds_file_is_complete():
    th = json.loads(THRESHOLDS.read_text(encoding="utf-8"))
    assert set(th["min"]) == set(HIGHER_IS_BETTER)
    assert set(th["max"]) == set(LOWER_IS_BETTER)
    assert all(0 <= v <= 1 for v in th["min"].values())
    assert th["articles_min"] >= 40
    assert {"en", "fr", "de", "es", "it", "id", "ms", "ru", "tr"} <= set(th["by_lang_min"])


def test_the_gate_catches_a_drop():
    th = {"articles_min": 2, "min": {"f1": 0.9, "event_f1": 0.5}, "max": {"mean_km": 50.0}}
    ok = {"articles": 2, "f1": 0.91, "event_f1": 0.5, "mean_km": 49.0}
    assert shortfalls(ok, th) == []
    worse = {"articles": 1, "f1": 0.89, "event_f1": None, "mean_km": 51.0}
    assert shortfalls(worse, th) == ["articles 1 < 2", "f1 0.89 < 0.9", "event_f1 None < 0.5",
                                     "mean_km 51.0 > 50.0"]
    # rounding goes the safe way
    t = thresholds_from({"articles": 47, "precision": 0.991, "recall": 0.88, "f1": 0.93,
                         "acc161": 0.98, "dateline_acc": 1.0, "role_acc": 0.83,
                         "event_precision": 0.7, "event_recall": 0.57, "event_f1": 0.63,
                         "killed_acc": 0.62, "auc": 0.061, "mean_km": 43.0, "median_km": 0.0})
    assert t["min"]["precision"] == 0.96 and t["min"]["dateline_acc"] == 0.97
    assert t["max"] == {"auc": 0.10, "mean_km": 66.0, "median_km": 10.0}
    t = thresholds_from({"articles": 2, "f1": 0.9}, {"fr": {"f1": 0.934, "acc161": 1.0}})
    assert t["by_lang_min"] == {"fr": {"f1": 0.88, "acc161": 0.95}}
    assert shortfalls({"articles": 2}, {"by_lang_min": t["by_lang_min"]},
                      {"fr": {"f1": 0.87, "acc161": 1.0}}) == ["fr f1 0.87 < 0.88"]
    assert shortfalls({"articles": 2}, {"by_lang_min": t["by_lang_min"]}, {}) == \
        ["fr: no articles any more"]


if __name__ == "__main__":
    sys.path.insert(0, str(ROOT))
    rep = measure()
    overall = rep["overall"]
    print(json.dumps(overall, indent=1))
    if "--update" in sys.argv[1:]:
        THRESHOLDS.write_text(json.dumps(thresholds_from(overall, rep["by_lang"]), indent=1) + "\n",
                              encoding="utf-8")
        print(f"wrote {THRESHOLDS}", file=sys.stderr)
