"""Session-10 dates (ev37): 'a week earlier', 'sepekan sebelumnya' date a happening from the day
told before it, every happening of that sentence from the same day (not a week more per place);
such a past toll is no repeat of today's. Sentences written for these tests."""
from __future__ import annotations

import pytest

from geomap.events import extract_events
from geomap.places import find_places
from geomap.read import read_article


def _events(text, lang, gazetteer):
    doc = read_article(text, lang=lang, is_text=True, date="2018-05-17")
    find_places(doc, gazetteer=gazetteer)
    return extract_events(doc, gazetteer=gazetteer).events


@pytest.mark.parametrize("lang,text", [
    ("id", "Pekanbaru - Markas polisi di Pekanbaru diserang pada Rabu (16/5) pagi. Empat penyerang tewas ditembak petugas.\n\n"
           "Sepekan sebelumnya, lima polisi tewas dalam kerusuhan narapidana di Mako Brimob, Kelapa Dua, Depok."),
    ("en", "PEKANBARU - Gunmen attacked the police headquarters in Pekanbaru on Wednesday. Four attackers were shot dead by officers.\n\n"
           "A week earlier, five police officers were killed in a riot at a prison in Depok."),
    ("fr", "Des hommes armés ont attaqué mercredi le quartier général de la police à Pekanbaru. Quatre assaillants ont été abattus.\n\n"
           "Une semaine plus tôt, cinq policiers avaient été tués dans une émeute à Depok."),
])
def test_a_week_earlier_counts_from_the_day_told(gazetteer, lang, text):
    evs = _events(text, lang, gazetteer)
    assert {e.date for e in evs if e.start > text.index("\n\n")} == {"2018-05-09"}
    assert {e.date for e in evs if e.start < text.index("\n\n")} == {"2018-05-16"}
