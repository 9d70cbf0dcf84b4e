"""Session-9 round (ev31): the scene a story's lede sets for the tolls of later paragraphs that
name no place of their own. Articles written for these tests, run through the real reader,
geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def _tolls(evs):
    return [e for e in evs if e.type == "casualties" and e.killed]


@pytest.mark.parametrize("lang,text,town", [
    ("id", "Dua Tewas dalam Kerusuhan di Papua\n\n"
           "Situasi di Wamena, Papua, berangsur pulih pada Kamis, sehari setelah kericuhan.\n\n"
           "Massa melempari kantor polisi dengan batu pada Rabu pagi. "
           "Dua orang tewas dan lima lainnya luka-luka.\n\n"
           "Kapolda Papua di Jayapura mengatakan penyelidikan sedang berlangsung.", "Wamena"),
    ("en", "Two dead as riot shakes northern town\n\n"
           "The situation in Kidal was calm on Thursday, a day after the unrest.\n\n"
           "The crowd threw stones at the police station on Wednesday morning. "
           "Two people were killed and five wounded.\n\n"
           "The governor, speaking in Bamako, said an inquiry had been opened.", "Kidal"),
])
def test_a_later_toll_takes_the_scene_the_lede_sets(gazetteer, lang, text, town):
    tolls = _tolls(events(text, lang, gazetteer))
    assert tolls and all(e.location is not None and e.location.name == town for e in tolls)
    assert all(e.location.precision >= 2 for e in tolls)


def test_a_ledes_meeting_venue_sets_no_scene(gazetteer):
    text = ("Ministers meet as fighting goes on\n\n"
            "The foreign ministers met in Geneva on Monday to discuss a ceasefire.\n\n"
            "Fighting continued overnight. Ten soldiers were killed, the army said.")
    tolls = _tolls(events(text, "en", gazetteer))
    assert not [e for e in tolls if e.location is not None and e.location.name == "Geneva"]


def test_a_past_years_toll_takes_no_scene(gazetteer):
    text = ("Two dead as riot shakes northern town\n\n"
            "The situation in Kidal was calm on Thursday, a day after the unrest.\n\n"
            "In August 2019 the same group had killed 21 people in an attack on a hotel.")
    tolls = [e for e in _tolls(events(text, "en", gazetteer)) if e.killed == 21]
    assert not [e for e in tolls if e.location is not None and e.location.name == "Kidal"]
