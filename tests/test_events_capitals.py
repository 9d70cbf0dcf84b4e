"""A capital that stands for its government is never an event location: the other party's city
in a phone call ('phoned his counterparts in Yerevan and Baku') and a capital that announces
('Yerevan announced a ceasefire'), in the nine languages. Texts written for this test
(tests/fixtures/events/capitals.json); the real reader, geoparser and gazetteer."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.events import extract_events
from geomap.places import find_places
from geomap.read import read_article

CASES = json.loads((Path(__file__).parent / "fixtures" / "events" / "capitals.json").read_text("utf-8"))
CAPITALS = {"AM": "Yerevan", "AZ": "Baku", "RU": "Moscow"}


@pytest.mark.parametrize("lang", sorted(CASES))
def test_capitals_of_calls_and_announcements_are_no_event_places(lang, gazetteer):
    doc = read_article(CASES[lang], is_text=True, lang=lang, date="2021-11-16")
    find_places(doc, gazetteer=gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    types = {e.type for e in doc.events}
    assert "ceasefire_agreement" in types and "appeal_demand" in types
    for e in doc.events:
        if e.location is None:
            continue
        cap = CAPITALS.get(e.location.place_id and (gazetteer.get(e.location.place_id).country
                                                     if gazetteer.get(e.location.place_id) else ""))
        assert not (cap and e.location.name == cap), (e.type, e.location.name, e.sentence)
    # the calls' and announcements' cities keep a non-event role
    for m in doc.mentions:
        if m.place is not None and m.place.name in CAPITALS.values():
            assert m.role != "event", (m.mention, m.role)


@pytest.mark.parametrize("lang,text", [
    ("en", "Border clashes kill soldiers\n\nForty soldiers were killed near Sotk on Tuesday. The prime "
           "minister told parliament in Yerevan that the death toll was likely to rise."),
    ("ru", "На границе погибли военные\n\nВо вторник у села Сотк погибли сорок военных. Массированные "
           "ракетные удары по Киеву, Львову и Днепру нанесены утром."),
])
def test_venue_of_a_statement_is_no_scene_and_strikes_on_a_capital_are(lang, text, gazetteer):
    """'told parliament in Yerevan that the death toll …': Yerevan is where it was said; 'удары
    по Киеву': the capital is the target, an event place."""
    doc = read_article(text, is_text=True, lang=lang, date="2022-10-10")
    find_places(doc, gazetteer=gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    where = {e.location.name for e in doc.events if e.location is not None}
    assert "Yerevan" not in where
    if lang == "ru":
        assert {"Kyiv", "Lviv", "Dnipro"} <= where


@pytest.mark.parametrize("lang,text", [
    ("de", "Lage in Cherson\n\nNowa Kachowka ist seit Februar 2022 von russischen Truppen besetzt."),
    ("es", "Ataques en el mar Rojo\n\nDesde noviembre de 2023, los hutíes han atacado barcos en el golfo de Adén."),
    ("fr", "Le Mali reprend Kidal\n\nKidal, ville tenue depuis 2013 par les rebelles, est sous blocus."),
])
def test_a_state_since_a_past_year_is_no_event(lang, text, gazetteer):
    doc = read_article(text, is_text=True, lang=lang, date="2024-01-10")
    find_places(doc, gazetteer=gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    assert [e.type for e in doc.events if e.sentence.startswith(text.split("\n\n")[1][:12])] == []


@pytest.mark.parametrize("lang,text,place", [
    ("es", "Cae el norte\n\nLos rebeldes tomaron Alepo el sábado tras una ofensiva relámpago.", "Aleppo"),
    ("es", "Medidas\n\nLas autoridades tomaron medidas urgentes el sábado.", None),
])
def test_a_verb_of_taking_is_a_territory_change_only_with_a_place(lang, text, place, gazetteer):
    doc = read_article(text, is_text=True, lang=lang, date="2024-12-01")
    find_places(doc, gazetteer=gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    got = [e.location.name if e.location else None for e in doc.events if e.type == "territory_change"]
    assert got == ([place] if place else [])


def test_bodies_taken_elsewhere_are_no_new_casualties(gazetteer):
    text = ("Kontak senjata di Sugapa\n\nDua prajurit gugur dalam kontak senjata di Distrik Sugapa, "
            "Kabupaten Intan Jaya, Rabu. Jenazah kedua prajurit dievakuasi ke Timika pada Kamis pagi.")
    doc = read_article(text, is_text=True, lang="id", date="2024-03-14")
    find_places(doc, gazetteer=gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    cas = [e for e in doc.events if e.type == "casualties"]
    assert len(cas) == 1 and cas[0].killed == 2 and cas[0].location.name == "Sugapa"


@pytest.mark.parametrize("lang,text", [
    ("ms", "Empangan musnah\n\nEmpangan Kakhovka di Sungai Dnipro yang dikuasai Rusia musnah awal hari ini."),
    ("en", "Dam destroyed\n\nThe Kakhovka dam on the Dnipro, held by Russia, was destroyed on Tuesday."),
])
def test_control_told_in_passing_is_no_territory_change(lang, text, gazetteer):
    doc = read_article(text, is_text=True, lang=lang, date="2023-06-06")
    find_places(doc, gazetteer=gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    assert "territory_change" not in {e.type for e in doc.events}
