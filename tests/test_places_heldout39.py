"""Place mechanisms from heldout39's first sight (plq49), with sentences written for these
tests, against the real gazetteer: a seat of power resolved to its city under the city's own
name, a word that goes on past an apostrophe, and curated places the news names."""
from __future__ import annotations

import pytest

from conftest import near as _near, where_placed as _where


@pytest.mark.parametrize("lang,text,seat", [
    # ('Rome' also respells Lomé: the seat is in the city of its own name)
    ("it", "Dal Quirinale il capo dello Stato ha chiesto calma dopo gli scontri.", "Quirinale"),
    ("it", "Dal Viminale il ministro ha disposto nuovi controlli ai confini.", "Viminale"),
])
def test_a_seat_of_power_is_in_its_own_city(places, lang, text, seat):
    assert _near(_where(places(text, lang), seat), 41.90, 12.49)


@pytest.mark.parametrize("text,prefix", [
    ("Leaflets signed by al-Gama'a were found near the bus.", "Gama"),
    ("The court applied Shari'a law to the case in Karachi.", "Shari"),
])
def test_a_word_going_on_past_an_apostrophe_is_no_shorter_name(places, text, prefix):
    got = places(text, "en")
    assert prefix not in got, sorted(got)


def test_a_possessive_still_ends_the_name(places):
    got = places("Kyiv's mayor said the shelling hit Kharkiv's centre.", "en")
    assert _near(_where(got, "Kharkiv"), 49.99, 36.23)


def test_turkish_case_endings_after_an_apostrophe_stay_names(places):
    got = places("Saldırgan Gaziantep'e kaçtı.", "tr")
    assert _near(_where(got, "Gaziantep"), 37.07, 37.38)


@pytest.mark.parametrize("lang,text,name,lat,lon", [
    ("en", "Tourists were stopped on the road to the Valley of the Kings.", "Valley of the Kings",
     25.74, 32.60),
    ("de", "Die Polizei sperrte die Straße zum Tal der Könige.", "Tal der Könige", 25.74, 32.60),
    ("en", "A sergeant was shot at Fort Hood on Friday.", "Fort Hood", 31.13, -97.78),
    ("fr", "Le temple de Deir el-Bahari a été fermé aux visiteurs.", "Deir el-Bahari",
     25.74, 32.61),
    ("es", "La manifestación partió de San Telmo hacia el Congreso de Buenos Aires.", "San Telmo",
     -34.62, -58.37),
    ("es", "Los barcos cruzaron el Río de la Plata al amanecer.", "Río de la Plata", -35.0, -57.0),
])
def test_curated_places_the_news_names(places, lang, text, name, lat, lon):
    assert _near(_where(places(text, lang), name), lat, lon, tol=1.0)


def test_a_barrio_after_caba_is_in_buenos_aires(places):
    got = places("Monserrat, CABA — Los vecinos marcharon hasta la Legislatura porteña.", "es")
    assert _near(_where(got, "Monserrat"), -34.61, -58.38)
    # and the country CABA says makes Córdoba the Argentine city in the same story
    got = places("Monserrat, CABA — La protesta se extendió después a Córdoba y a Mendoza.", "es")
    assert _near(_where(got, "Córdoba"), -31.41, -64.18)


@pytest.mark.parametrize("lang,text,zone", [
    ("en", "MUMBAI, Jan. 4 (9:15 p.m. CST) — Police said the market was quiet.", "CST"),
    ("id", "Ledakan terdengar pukul 10.00 WIB di dekat pasar Ciputat.", "WIB"),
])
def test_an_all_caps_word_after_a_clock_time_is_a_time_zone(places, lang, text, zone):
    assert zone not in places(text, lang)


def test_an_all_caps_place_without_a_clock_time_stays(places):
    got = places("The train left CST for Pune in the morning, Mumbai police said.", "en")
    assert "CST" in got


@pytest.mark.parametrize("lang,text", [
    ("es", "En 2003 el canciller alemán Roman Weber visitó Bilbao."),
    ("fr", "Le ministre allemand Roman Weber est arrivé à Lyon."),
    ("it", "Il ministro tedesco Roman Weber è arrivato a Torino."),
    ("ru", "Немецкий министр Роман Вебер прибыл в Казань."),
])
def test_a_name_after_a_title_and_a_nationality_is_the_holders(places, lang, text):
    # ('Roman' is also a town of Romania: the adjective already gave the office's country)
    got = places(text, lang)
    assert "Roman" not in got and "Роман" not in got, sorted(got)


@pytest.mark.parametrize("text,seat", [
    ("Il Viminale ha disposto l'invio di rinforzi a Bari.", "Viminale"),
    ("Il Quirinale ha espresso cordoglio per le vittime di Bari.", "Quirinale"),
])
def test_an_italian_seat_of_power_acting_stands_for_its_government(places, text, seat):
    m = places(text, "it")[seat][0]
    assert m.role == "other" and _near(m.place, 41.90, 12.49), (m.role, m.place)
