"""Held-out articles: nine texts (one per language, tests/fixtures/events/heldout/) written for
this test after the rules, in regions the lexicons were not written for (Papua, North Kivu,
Batken, northern Iraq, the Sahel, Dnipro, Arauca, Tripoli, southern Thailand), scored with
geomap.evaluate against hand-made gold events. No rule may name their words: they measure how
the mechanisms carry to unseen news."""
from __future__ import annotations

from pathlib import Path

import pytest

from geomap.evaluate import evaluate

HELDOUT = Path(__file__).parent / "fixtures" / "events" / "heldout"


@pytest.fixture(scope="module")
def report(gazetteer):
    return evaluate(HELDOUT, gazetteer=gazetteer)


def test_heldout_covers_the_nine_languages(report):
    assert sorted(report["by_lang"]) == sorted("id en ru tr fr de es it ms".split())


def test_heldout_event_f1(report):
    ov = report["overall"]
    assert ov["events_gold"] >= 35
    assert ov["event_f1"] >= 0.7, {k: ov[k] for k in ("event_precision", "event_recall", "event_f1")}


def test_heldout_killed_counts_and_datelines(report):
    ov = report["overall"]
    assert ov["killed_acc"] >= 0.8
    assert ov["dateline_acc"] == 1.0
