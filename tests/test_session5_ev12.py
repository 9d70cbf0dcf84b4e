"""Fixes found on the eleventh unseen set's losses, each a general pattern in every language where
it exists: a prison riot or mutiny is a violent protest, a state of exception is an alert, a fire
that caught or broke out is a destruction (`other`) unless the strike that lit it is told beside
it, and a long gap between 'flights' and 'suspended' in Malay/Indonesian still closes an airport.
Sentences written for these tests; the real pipeline and gazetteer run."""
from __future__ import annotations

import pytest

import geomap


def _events(text: str, lang: str):
    return geomap.extract(text, lang=lang, is_text=True, date="2026-03-10").to_json()["events"]


def _at(evs, typ):
    return [(e["location"] or {}).get("mention") for e in evs if e["type"] == typ]


@pytest.mark.parametrize("lang, text, where", [
    ("es", "Se produjeron motines en la cárcel de Cuenca.", "Cuenca"),
    ("fr", "Une mutinerie a éclaté dans la prison de Cuenca.", "Cuenca"),
    ("it", "Sono scoppiate rivolte nelle carceri di Cuenca.", "Cuenca"),
    ("de", "Im Gefängnis von Cuenca brach eine Häftlingsrevolte aus.", "Cuenca"),
    ("ru", "В тюрьме Куэнки вспыхнул бунт.", "Куэнки"),
    ("tr", "Cuenca cezaevinde isyan çıktı.", "Cuenca"),
])
def test_a_prison_riot_is_a_protest(lang, text, where):
    assert where in _at(_events(text, lang), "protest")


def test_a_state_of_exception_is_an_alert():
    evs = _events("El presidente declaró el estado de excepción en Guayaquil.", "es")
    assert "Guayaquil" in _at(evs, "military_alert_deployment")


@pytest.mark.parametrize("lang, text, where", [
    ("en", "A fuel depot caught fire in Voronezh.", "Voronezh"),
    ("de", "In Woronesch geriet ein Treibstofflager in Brand.", "Woronesch"),
    ("ru", "В Воронеже загорелся склад горючего.", "Воронеже"),
    ("tr", "Voronej'de bir akaryakıt deposunda yangın çıktı.", "Voronej"),
    ("fr", "Un dépôt de carburant a pris feu à Voronej.", "Voronej"),
    ("it", "Un deposito di carburante ha preso fuoco a Voronezh.", "Voronezh"),
    ("ms", "Gudang bahan api di Voronezh terbakar.", "Voronezh"),
])
def test_a_fire_is_a_destruction(lang, text, where):
    assert where in _at(_events(text, lang), "other")


@pytest.mark.parametrize("lang, text", [
    ("en", "A fuel depot caught fire in Voronezh after a drone strike."),
    ("ru", "В Севастополе в результате атаки дрона возник пожар на нефтебазе."),
])
def test_a_fire_lit_by_a_strike_is_the_strike(lang, text):
    evs = _events(text, lang)
    assert _at(evs, "shelling_airstrike") and not _at(evs, "other"), evs


def test_a_fire_beside_a_prison_break_is_no_second_event():
    evs = _events("Des milliers de détenus se sont évadés de la prison de Munzenze, "
                  "où un incendie s'est déclaré.", "fr")
    assert len([e for e in evs if e["type"] == "other"]) == 1, evs


def test_a_toll_after_a_fire_takes_the_fires_scene():
    text = ("Am Samstag geriet in der Stadt Woronesch ein Treibstofflager in Brand. "
            "Dabei sollen mindestens zwölf Menschen getötet worden sein.")
    evs = _events(text, "de")
    assert "Woronesch" in _at(evs, "casualties"), evs


def test_malay_flights_suspended_far_apart():
    evs = _events("Penerbangan di lapangan terbang antarabangsa Dhaka digantung.", "ms")
    assert "Dhaka" in _at(evs, "other")


def test_malay_border_control_raised_is_an_alert():
    evs = _events("India meningkatkan kawalan di sepanjang sempadan dengan Bangladesh.", "ms")
    assert _at(evs, "military_alert_deployment")


@pytest.mark.parametrize("lang, text, first, second", [
    ("en", "In Guayaquil, at least eight people died in attacks on Tuesday, and two other policemen "
           "were killed in Nobol.", "Guayaquil", "Nobol"),
    ("es", "En Guayaquil, ocho personas murieron en ataques, y dos policías fueron asesinados en "
           "Nobol.", "Guayaquil", "Nobol"),
])
def test_a_fronted_place_keeps_the_toll_told_after_it(lang, text, first, second):
    evs = _events(text, lang)
    tolls = {(e["location"] or {}).get("mention"): e.get("killed") for e in evs if e["type"] == "casualties"}
    assert tolls.get(first) == 8 and tolls.get(second) == 2, evs


@pytest.mark.parametrize("lang, text, where", [
    ("en", "Israeli strikes flattened several residential towers in Gaza City.", "Gaza City"),
    ("fr", "Les frappes israéliennes ont rasé plusieurs tours à Gaza.", "Gaza"),
])
def test_strikes_that_flatten_buildings(lang, text, where):
    assert where in _at(_events(text, lang), "shelling_airstrike")


@pytest.mark.parametrize("lang, text, where", [
    ("en", "Hundreds of thousands of protesters flooded Dhaka.", "Dhaka"),
    ("ms", "Ratusan ribu penunjuk perasaan membanjiri Dhaka.", "Dhaka"),
    ("id", "Ratusan ribu demonstran membanjiri Jakarta.", "Jakarta"),
])
def test_a_crowd_flooding_a_city_protests_there(lang, text, where):
    assert where in _at(_events(text, lang), "protest")


@pytest.mark.parametrize("lang, text, where", [
    ("en", "Hundreds of supporters of the president were dispersed with warning shots in Niamey.", "Niamey"),
    ("fr", "Des centaines de partisans du président ont été dispersés par des tirs de sommation à Niamey.", "Niamey"),
    ("es", "Cientos de simpatizantes fueron dispersados con disparos de advertencia en Niamey.", "Niamey"),
    ("it", "Centinaia di sostenitori sono stati dispersi con colpi di avvertimento a Niamey.", "Niamey"),
    ("de", "Hunderte Anhänger wurden in Niamey mit Warnschüssen auseinandergetrieben.", "Niamey"),
    ("tr", "Polis Niamey'de göstericileri biber gazıyla dağıttı.", "Niamey"),
    ("id", "Polisi membubarkan massa di Niamey.", "Niamey"),
])
def test_a_crowd_dispersed_is_a_protest(lang, text, where):
    evs = _events(text, lang)
    assert where in _at(evs, "protest") and not _at(evs, "casualties"), evs


@pytest.mark.parametrize("lang, text, where", [
    ("en", "Qatar temporarily closed its airspace.", "Qatar"),
    ("en", "Israel said Jordan closed its airspace.", "Jordan"),
    ("es", "Catar cerró temporalmente su espacio aéreo.", "Qatar"),
    ("fr", "Le Qatar a fermé temporairement son espace aérien.", "Qatar"),
    ("id", "Qatar menutup sementara wilayah udaranya.", "Qatar"),
])
def test_a_country_closing_its_airspace_is_where_the_closure_is(lang, text, where):
    evs = _events(text, lang)
    assert [((e["location"] or {}).get("name")) for e in evs if e["type"] == "other"] == [where], evs
