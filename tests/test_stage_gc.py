"""The place and event stages pause the cyclic garbage collector while they run (they make
thousands of short-lived objects and no reference cycles; a collection in the middle walks the
long-lived caches) and hand it back as they found it."""
from __future__ import annotations

import gc

import pytest

from geomap.events import extract_events
from geomap.places import find_places
from geomap.read import read_article

TEXT = ("Flood waters reach Lyon\n\n"
        "LYON, 3 March — Two people died on Tuesday when the river burst its banks in Lyon, "
        "the regional prefecture said. Rescuers evacuated dozens of homes near Villeurbanne "
        "and Vienne overnight.")


def _stages(gazetteer):
    doc = read_article(TEXT, lang="en", is_text=True, date="2024-03-05")
    find_places(doc, gazetteer=gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    return doc


@pytest.mark.parametrize("enabled", [True, False])
def test_stages_restore_the_collector_state(gazetteer, enabled):
    was = gc.isenabled()
    try:
        (gc.enable if enabled else gc.disable)()
        _stages(gazetteer)
        assert gc.isenabled() is enabled
    finally:
        (gc.enable if was else gc.disable)()


def test_no_collection_runs_inside_the_stages(gazetteer):
    _stages(gazetteer)                                  # lexicons loaded, caches warm
    doc = read_article(TEXT, lang="en", is_text=True, date="2024-03-05")
    seen: list[str] = []
    stage = [""]

    def cb(phase, info):
        if phase == "start" and stage[0]:
            seen.append(stage[0])

    old = gc.get_threshold()
    was = gc.isenabled()
    gc.enable()
    gc.set_threshold(1)                                 # a collection at nearly every allocation
    gc.callbacks.append(cb)
    try:
        stage[0] = "places"
        find_places(doc, gazetteer=gazetteer)
        stage[0] = "events"
        extract_events(doc, gazetteer=gazetteer)
        stage[0] = ""
    finally:
        gc.callbacks.remove(cb)
        gc.set_threshold(*old)
        (gc.enable if was else gc.disable)()
    assert seen == []
    assert doc.mentions and doc.events               # the stages did their work


def test_output_does_not_depend_on_the_collector(gazetteer):
    was = gc.isenabled()
    try:
        gc.disable()
        a = _stages(gazetteer).to_json()
        gc.enable()
        b = _stages(gazetteer).to_json()
    finally:
        (gc.enable if was else gc.disable)()
    assert a == b
