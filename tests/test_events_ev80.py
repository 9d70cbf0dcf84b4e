"""Session-16 (ev80): wounded counted in a sentence of their own after a toll of the dead are a
casualties event of their own (corpus/README.md: a toll given in its own sentence is a separate
casualties event), at the place of that toll when their sentence names none. Sentences written
for these tests."""
from __future__ import annotations

import pytest

from test_events_locate import events  # noqa: E402


def tolls(evs):
    return [(e.killed, e.wounded, e.location and e.location.name) for e in evs
            if e.type == "casualties" and not e.negated]


@pytest.mark.parametrize("lang,text,town", [
    ("en", "Nine people were killed when a bomb went off at a bus station in Peshawar on Monday. "
           "63 people were wounded.", "Peshawar"),
    ("id", "Bom meledak di terminal bus di Makassar pada Senin. Sembilan orang tewas. "
           "Sebanyak 63 orang luka-luka.", "Makassar"),
    ("ms", "Bom meletup di stesen bas di Kuantan pada Isnin. Sembilan orang terbunuh. "
           "Seramai 63 orang cedera.", "Kuantan"),
    ("ru", "В понедельник на автовокзале в Самаре взорвалась бомба. Погибли девять человек. "
           "Ранения получили 63 человека.", "Samara"),
    ("tr", "Pazartesi günü Konya'da otogarda bomba patladı. Dokuz kişi hayatını kaybetti. "
           "63 kişi yaralandı.", "Konya"),
    ("fr", "Une bombe a explosé lundi à la gare routière de Rennes. Neuf personnes ont été tuées. "
           "Les blessés sont au nombre de 63.", "Rennes"),
    ("de", "Am Montag explodierte am Busbahnhof von Kassel eine Bombe. Neun Menschen starben. "
           "63 Menschen wurden verletzt.", "Kassel"),
    ("es", "Una bomba estalló el lunes en la estación de autobuses de Córdoba. Nueve personas murieron. "
           "Los heridos son 63.", "Córdoba"),
    ("it", "Una bomba è esplosa lunedì alla stazione degli autobus di Bologna. Nove persone sono morte. "
           "I feriti sono 63.", "Bologna"),
])
def test_wounded_in_their_own_sentence_are_a_toll_of_their_own(gazetteer, lang, text, town):
    got = tolls(events(text, lang, gazetteer))
    assert (9, None, town) in got, got
    assert (None, 63, town) in got, got


@pytest.mark.parametrize("lang,text", [
    ("it", "Una bomba è esplosa lunedì alla stazione degli autobus di Bologna: nove persone sono morte "
           "e 63 sono rimaste ferite."),
    ("en", "Nine people were killed and 63 wounded when a bomb went off at a bus station in Peshawar on Monday."),
    ("de", "Am Montag starben am Busbahnhof von Kassel neun Menschen, 63 wurden verletzt."),
])
def test_wounded_in_the_sentence_of_the_dead_stay_on_that_toll(gazetteer, lang, text):
    got = tolls(events(text, lang, gazetteer))
    assert got and got[0][:2] == (9, 63), got


def test_wounded_told_with_the_dead_again_are_no_new_toll(gazetteer):
    # the toll's own wounded told a second time with the same figure: one toll
    text = ("Nine people were killed and 63 wounded when a bomb went off at a bus station in Peshawar "
            "on Monday. Of the 63 wounded, twelve remain in hospital.")
    got = tolls(events(text, "en", gazetteer))
    assert [t for t in got if t[0] == 9 and t[1] == 63], got
    assert not [t for t in got if t[0] is None and t[1] == 63], got


@pytest.mark.parametrize("lang,text", [
    ("de", "Angriff auf Charkiw: 35 Tote – Berlin spricht von Kriegsverbrechen\n\n"
           "Kiew – Nach dem russischen Raketenangriff auf die Innenstadt von Charkiw haben die Behörden die Zahl "
           "der Todesopfer auf 35 erhöht. Mehr als 100 Menschen wurden verletzt, darunter 15 Kinder.\n\n"
           "Die Bundesregierung verurteilte den Angriff.\n"),
])
def test_a_headline_of_dead_never_goes_to_the_wounded(gazetteer, lang, text):
    got = tolls(events(text, lang, gazetteer, date="2025-04-14"))
    assert (None, 100, "Kharkiv") in got, got
    assert not [t for t in got if t[0] is not None and t[1] is not None], got


def test_wounded_after_wounded_told_are_not_split_off(gazetteer):
    # hospitalised wounded after a toll that told the wounded are some of those, no new toll
    text = ("Первые сообщения говорили о тридцати погибших под Тверью. В субботу МЧС уточнило: погибли "
            "26 человек, около ста ранены. Более пятидесяти пострадавших госпитализированы в больницы.")
    got = tolls(events(text, "ru", gazetteer))
    assert not [t for t in got if t[0] is None and t[1] == 50], got

