"""Event detection, typing and counts, second part: comparisons with the past ('the deadliest
attack since …'), negations after the trigger, and the other phenomena of unseen articles.
Sentences written for these tests; no gazetteer needed."""
from __future__ import annotations

import pytest

from geomap.document import BODY, Document, Segment
from geomap.events import extract_events


def events_of(lang: str, text: str):
    doc = Document(text=text, lang=lang, published="2026-03-10", segments=[Segment(BODY, 0, len(text))])
    return extract_events(doc).events


def types_of(lang: str, text: str) -> set[str]:
    return {e.type for e in events_of(lang, text) if not e.negated}


@pytest.mark.parametrize("lang,text", [
    ("en", "In one of the deadliest attacks since the start of the war, two missiles hit a barracks on Tuesday."),
    ("de", "Bei einem der schwersten Angriffe seit Kriegsbeginn trafen zwei Raketen am Montag eine Kaserne."),
    ("fr", "Lors de l'attaque la plus meurtrière depuis le début de la guerre, deux missiles ont frappé une caserne."),
    ("es", "En el ataque más mortífero desde el inicio de la guerra, dos misiles alcanzaron un cuartel."),
    ("it", "Nel più grave attacco dall'inizio della guerra, due missili hanno colpito una caserma."),
    ("ru", "В ходе одного из самых мощных ударов с начала войны две ракеты попали в казарму."),
    ("id", "Dalam serangan terbesar sejak awal perang, dua rudal menghantam sebuah barak."),
])
def test_a_superlative_since_the_war_began_is_news_not_a_tally(lang, text):
    assert types_of(lang, text) & {"shelling_airstrike", "armed_clash"}, \
        [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "The war has killed 300 people since the start of the war."),
    ("de", "Seit Kriegsbeginn wurden in der Region 300 Menschen getötet."),
])
def test_a_tally_since_the_war_began_is_still_no_happening(lang, text):
    assert not types_of(lang, text), [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("text", [
    "Auch die Hafenstadt wurde beschossen; verletzt wurde nach Angaben der Polizei niemand.",
    "Das Dorf wurde am Abend beschossen, getötet wurde dabei keiner.",
])
def test_a_german_negation_closing_the_clause_denies_the_toll(text):
    evs = events_of("de", text)
    assert {e.type for e in evs if not e.negated} == {"shelling_airstrike"}, [(e.type, e.negated) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "At least 40 people, mostly soldiers and militiamen (VDP), were killed on Monday."),
    ("fr", "Au moins quarante personnes, en majorité des soldats, ont été tuées lundi."),
    ("de", "Mindestens 40 Menschen, überwiegend Soldaten, wurden am Montag getötet."),
    ("es", "Al menos 40 personas, en su mayoría soldados, murieron el lunes."),
    ("it", "Almeno 40 persone, per lo più soldati, sono morte lunedì."),
    ("ru", "Не менее 40 человек, в основном военные, погибли в понедельник."),
    ("tr", "En az 40 kişi, çoğu asker, pazartesi günü hayatını kaybetti."),
    ("id", "Sedikitnya 40 orang, sebagian besar tentara, tewas pada Senin."),
    ("ms", "Sekurang-kurangnya 40 orang, kebanyakannya askar, terbunuh pada Isnin."),
])
def test_a_toll_with_who_most_victims_were_keeps_its_figure(lang, text):
    assert [e.killed for e in events_of(lang, text) if e.type == "casualties"] == [40], \
        [(e.type, e.killed) for e in events_of(lang, text)]
