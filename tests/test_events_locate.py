"""Where events are placed: the finest place of an address, one event per listed place, the
place where a statement was made, and no fallback to a place of another happening. Short
sentences written for these tests, run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from geomap.events import extract_events
from geomap.places import find_places
from geomap.read import read_article

KAPAN, GORIS, SOTK, GYUMRI = "geonames:174875", "geonames:174895", "geonames:616041", "geonames:616635"
DOHA, WHITE_HOUSE = "geonames:290030", "geomap:white-house"


def events(text: str, lang: str, gazetteer, date: str = "2024-05-10"):
    doc = read_article(text, lang=lang, is_text=True, date=date)
    find_places(doc, gazetteer=gazetteer)
    return extract_events(doc, gazetteer=gazetteer).events


def placed(evs):
    return sorted((e.type, e.location.place_id if e.location else None) for e in evs)


# --------------------------------------------------------------------------- addresses

@pytest.mark.parametrize("lang,text,typ,where", [
    ("ms", "Tentera pemberontak menawan bandar Kapan di wilayah Syunik pada Isnin.", "territory_change", KAPAN),
    ("de", "Soldaten beschossen am Dienstag das Dorf Sotk in der Provinz Gegharkunik.", "shelling_airstrike", SOTK),
    ("it", "Dieci civili sono stati uccisi sabato a Goris, nella provincia di Syunik.", "casualties", GORIS),
    ("en", "Artillery shelled Kapan (Syunik province) on Tuesday.", "shelling_airstrike", KAPAN),
])
def test_the_town_beats_the_province_written_as_its_address(gazetteer, lang, text, typ, where):
    assert placed(events(text, lang, gazetteer)) == [(typ, where)]


def test_an_unknown_town_is_not_replaced_by_its_province(gazetteer):
    # the gazetteer does not know the village: its province is only its address, no scene
    evs = events("Dieci civili sono stati uccisi sabato a Zirkotavi, nella provincia di Syunik.",
                 "it", gazetteer)
    assert placed(evs) == [("casualties", None)]


# --------------------------------------------------------------------------- statements

@pytest.mark.parametrize("lang,text,typ,where", [
    ("fr", "La présidente du Parlement européen a condamné dimanche à Gyumri les bombardements.",
     "accusation_statement", GYUMRI),
    ("es", "En Doha, los ministros de ocho países pidieron una tregua inmediata.", "appeal_demand", DOHA),
    ("es", "Los presidentes firmaron el viernes en la Casa Blanca un acuerdo de paz.",
     "ceasefire_agreement", WHITE_HOUSE),
])
def test_a_statement_or_signing_is_placed_where_it_was_made(gazetteer, lang, text, typ, where):
    assert placed(events(text, lang, gazetteer)) == [(typ, where)]


@pytest.mark.parametrize("lang,text", [
    ("id", "Di Yerevan, juru bicara pemerintah Armenia mengecam serangan itu."),   # its own capital
    ("fr", "Erevan reproche à Moscou son inaction."),                            # whom it addresses
    ("en", "The foreign minister urged both sides in Gyumri to stop the shelling."),  # its content
])
def test_a_statement_is_not_placed_at_a_seat_an_addressee_or_its_content(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert evs and all(e.location is None for e in evs)
