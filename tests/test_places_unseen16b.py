"""Datelines and places of the sixteenth unseen set's general causes: a dateline with an
abbreviated state after the city, curated places kept among many bigger namesakes, a town whose
own name opens with the article, surnames after a big place, organisations opened by a
lower-case head, German locatives before a name, a place word in apposition at a sentence
start. Short sentences written for these tests, against the real gazetteer."""
from __future__ import annotations

import pytest

from geomap.read import find_dateline


@pytest.mark.parametrize("lang, line, place, region", [
    ("es", "San Cristóbal de Las Casas, Chis., 24 de julio. Unos 580 habitantes cruzaron.",
     "San Cristóbal de Las Casas", "Chis."),
    ("es", "Culiacán, Sin., 3 de mayo. Un grupo armado atacó a la policía en la ciudad.",
     "Culiacán", "Sin."),
    ("es", "Cali, Valle del Cauca, 24 de julio. Unos habitantes de comunidades cruzaron.",
     "Cali", "Valle del Cauca"),
    ("en", "SPRINGFIELD, Ill. (AP) — A man was killed in a shooting on Tuesday.",
     "SPRINGFIELD", "Ill."),
    ("en", "Austin, Texas — A man was killed in a shooting on Tuesday.", "Austin", "Texas"),
])
def test_a_dateline_with_a_state_after_the_city(lang, line, place, region):
    dl = find_dateline(line, 0, len(line), lang)
    assert dl is not None
    assert line[dl["place"][0]:dl["place"][1]] == place
    assert dl["region"] == region


def test_a_long_mixed_case_clause_is_no_dateline_without_a_date():
    line = "Los vecinos de la Frontera Sur, dijeron hoy - que no saldrán de sus casas."
    assert find_dateline(line, 0, len(line), "es") is None


def test_a_curated_quarter_among_many_bigger_namesakes(places):
    got = places("Au Sénégal, des affrontements ont éclaté à Dakar, dans les quartiers de "
                 "Colobane et de la Médina, jeudi soir.", "fr")
    assert got["Médina"][0].place.country == "SN", got


def test_a_town_whose_own_name_opens_with_the_article(places):
    got = places("En México, once personas fueron asesinadas en el ejido Nueva Libertad, en "
                 "La Concordia, Chiapas, en mayo.", "es")
    assert "La Concordia" in got, got
    assert got["La Concordia"][0].place.country == "MX"


def test_a_city_district_named_by_its_adjective(places):
    got = places("ДОНЕЦК, 21 января. /ТАСС/. Снаряд попал в рынок в Кировском районе Донецка, "
                 "сообщили в ДНР.", "ru")
    kir = [m for k, ms in got.items() if k.startswith("Кировск") for m in ms]
    assert kir and kir[0].place.country == "UA", got
    assert got["ДНР"][0].place.country == "UA"


@pytest.mark.parametrize("lang, text, name", [
    ("it", "Intanto oggi a San Pietroburgo Vladimir Putin ha incontrato il presidente.",
     "San Pietroburgo"),
    ("it", "Ieri a San Pietroburgo Lukashenko ha incontrato il presidente russo.",
     "San Pietroburgo"),
])
def test_a_surname_after_a_big_place(places, lang, text, name):
    got = places(text, lang)
    assert name in got, got


def test_an_organisation_opened_by_a_lower_case_head(places):
    got = places("Los vecinos huyen de los enfrentamientos entre el cártel de Sinaloa y el "
                 "cártel Jalisco Nueva Generación en Chiapas.", "es")
    assert "Sinaloa" not in got and "Jalisco" not in got, got
    assert "Chiapas" in got


@pytest.mark.parametrize("text, name", [
    ("Im Osten der Ukraine wird Russland versuchen, weiter in Richtung Pokrowsk vorzustoßen.",
     "Pokrowsk"),
    ("Um die Grenzstadt Wowtschansk wurde in der Ukraine weiter heftig gekämpft.", "Wowtschansk"),
])
def test_a_german_locative_or_town_compound_before_a_name(places, text, name):
    got = places(text, "de")
    assert name in got and got[name][0].place.country == "UA", got


def test_a_place_word_in_apposition_at_a_sentence_start(places):
    got = places("La violencia sigue en Chiapas, México. Chicomuselo, municipio vecino, vive "
                 "también bajo fuego cruzado.", "es")
    assert "Chicomuselo" in got, got
    got = places("La violencia sigue en Chiapas. Mañana, pueblo y gobierno dirán algo.", "es")
    assert "Mañana" not in got, got


def test_a_gazetteer_name_ending_in_its_number(places):
    got = places("A drone struck the living quarters at Tower 22, a small outpost in Jordan "
                 "near the Syrian border.", "en")
    assert "Tower 22" in got and got["Tower 22"][0].place.country == "JO", got
    # (a numbered road is a mention of its own, pinned at the town its sentence gives, never a
    # gazetteer place far away whose name ends in the same number)
    got = places("The convoy took Route 66 and Highway 1 towards Kandahar.", "en")
    roads = [m for k, ms in got.items() if k.endswith(("66", " 1")) for m in ms]
    assert all(m.place is not None and m.place.country == "AF" for m in roads), got
