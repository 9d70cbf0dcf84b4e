"""Session-11 event recall (heldout24 round): a fronted place right before a speech verb with a
named speaker after it (verb-second order), and phrasings of holding hostages, custody, security
meetings, releases and closures in all nine languages. Sentences written for these tests, run
through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def where(evs, typ):
    return sorted(e.location.name for e in evs if e.type == typ and e.location is not None and not e.negated)


@pytest.mark.parametrize("lang,text,typ,place", [
    # verb-second: 'In <capital> <verb> <title> <name>' is said there by that person
    ("de", "Anschlag im Norden\n\nIn Kabul verurteilte Präsident Ghani den Anschlag.", "accusation_statement", "Kabul"),
    ("de", "Anschlag im Norden\n\nIn Berlin forderte Kanzler Scholz, die Grenzen zu schützen.", "appeal_demand", "Berlin"),
])
def test_fronted_capital_with_a_named_speaker_is_the_venue(gazetteer, lang, text, typ, place):
    assert place in where(events(text, lang, gazetteer), typ)


def test_fronted_capital_without_a_speaker_stays_its_government(gazetteer):
    # 'В Москве заявили' (no subject): Moscow's government speaking, no venue
    evs = events("Атака\n\nВ Москве заявили, что атака недопустима.", "ru", gazetteer)
    assert "Moscow" not in where(evs, "accusation_statement")
