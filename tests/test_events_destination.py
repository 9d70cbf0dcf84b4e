"""Troops sent to a country: with no finer place named, the country they went to is the
deployment's scene, whether the language marks it with a locative cue ('au Niger', 'ke Polandia')
or only with a word of going ('to Poland', 'nach Polen'); and a digit group's separator
('3,000 troops') splits no clause. Sentences written for these tests, run through the real reader,
geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


@pytest.mark.parametrize("lang,text,where", [
    ("en", "The United States deployed 3,000 troops to Poland on Monday.", "Poland"),
    ("en", "The Pentagon began sending some 3,500 paratroopers to Kuwait on Thursday.", "Kuwait"),
    ("de", "Die USA verlegten am Montag 3000 Soldaten nach Polen.", "Poland"),
    ("fr", "Paris a envoyé 300 soldats au Niger lundi.", "Niger"),
    ("id", "Amerika Serikat mengirim 3.000 tentara ke Polandia pada Senin.", "Poland"),
])
def test_troops_sent_to_a_country_are_deployed_there(gazetteer, lang, text, where):
    evs = [e for e in events(text, lang, gazetteer) if e.type == "military_alert_deployment"]
    assert [e.location.name if e.location else None for e in evs] == [where]


def test_a_country_after_to_is_no_scene_of_other_happenings(gazetteer):
    """Only a deployment goes to the country it names after 'to': a statement does not."""
    evs = events("Poland said on Monday it would send a letter to Ukraine.", "en", gazetteer)
    assert all(e.location is None or e.location.name != "Ukraine" for e in evs)
