"""Session-8 event recall (heldout19 round): a vehicle or bomb that exploded, troops advancing,
residents asked to stay home, and '..' gaps that count written words (a Turkish case ending
after an apostrophe is no word of its own). Sentences written for these tests, run through the
real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def placed(evs, typ):
    return {e.location.name for e in evs if e.type == typ and not e.negated and e.location is not None}


def types(evs):
    return {e.type for e in evs if not e.negated}


@pytest.mark.parametrize("lang,text,where", [
    ("fr", "Une voiture a explosé samedi soir sur une route près de Kherson.", "Kherson"),
    ("es", "Un coche explotó el sábado por la noche en una carretera cerca de Jersón.", "Kherson"),
    ("it", "Un'auto è esplosa sabato sera su una strada vicino a Kherson.", "Kherson"),
    ("ru", "Автомобиль взорвался вечером в субботу на шоссе под Херсоном.", "Kherson"),
])
def test_vehicle_exploded(gazetteer, lang, text, where):
    assert where in placed(events(text, lang, gazetteer), "shelling_airstrike")


def test_german_exploded_is_a_blast(gazetteer):
    assert "shelling_airstrike" in types(events("Ein Auto explodierte am Samstag in Kiew.", "de", gazetteer))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les prix ont explosé à Paris cette année."),
    ("de", "Die Preise sind in Berlin explodiert."),
])
def test_prices_exploding_are_no_blast(gazetteer, lang, text):
    assert "shelling_airstrike" not in types(events(text, lang, gazetteer))


@pytest.mark.parametrize("lang,text,where", [
    ("en", "Syrian troops advanced south of Idlib on Monday.", "Idlib"),
    ("de", "Syrische Truppen rücken südlich von Idlib vor.", "Idlib"),
    ("fr", "Les troupes syriennes avancent au sud d'Idleb.", "Idlib"),
    ("it", "Le truppe siriane avanzano a sud di Idlib.", "Idlib"),
    ("id", "Pasukan Suriah terus bergerak maju di selatan Idlib.", "Idlib"),
    ("ms", "Tentera Syria mara di selatan Idlib.", "Idlib"),
    ("tr", "Suriye ordusu İdlib'in güneyinde ilerliyor.", "Idlib"),
])
def test_troops_advancing(gazetteer, lang, text, where):
    assert where in placed(events(text, lang, gazetteer), "territory_change")


def test_residents_asked_to_stay_home(gazetteer):
    evs = events("Жителей Климово просят пока не покидать дома без необходимости.", "ru", gazetteer)
    assert "appeal_demand" in types(evs)


def test_gap_skips_apostrophe_case_ending(gazetteer):
    # 'dün Ankara'da' is two written words, not three tokens
    evs = events("Binlerce kişi dün Ankara'da toplandı.", "tr", gazetteer)
    assert "Ankara" in placed(evs, "protest")



@pytest.mark.parametrize("lang,text,where", [
    ("fr", "Paris a dépêché 300 parachutistes en Pologne.", "Poland"),
    ("ru", "Минобороны перебросило десантников в Кувейт.", "Kuwait"),
    ("fr", "Une quarantaine de soldats des forces spéciales stationnées à Niamey sont intervenus.", "Niamey"),
    ("es", "Soldados de las fuerzas especiales destacadas en Niamey intervinieron.", "Niamey"),
    ("it", "I militari francesi di stanza a Niamey sono intervenuti.", "Niamey"),
])
def test_paratroopers_sent_and_forces_intervened(gazetteer, lang, text, where):
    assert where in placed(events(text, lang, gazetteer), "military_alert_deployment")


@pytest.mark.parametrize("lang,text", [
    ("en", "The Pentagon has begun sending some 3,500 paratroopers to the region."),
    ("es", "Washington envió 3.500 paracaidistas a la región."),
    ("de", "Die USA verlegten Fallschirmjäger in die Region."),
])
def test_paratroopers_are_a_deployment(gazetteer, lang, text):
    assert "military_alert_deployment" in types(events(text, lang, gazetteer))


def test_deployment_placed_at_the_country_troops_arrived_in(gazetteer):
    # with no finer place of its own, where the troops arrived is the deployment's scene
    evs = events("Первые подразделения российских десантников прибыли в Казахстан в четверг.", "ru", gazetteer)
    assert "Kazakhstan" in placed(evs, "military_alert_deployment")


@pytest.mark.parametrize("lang,text,typ,where", [
    # the centre of a town named by a genitive is in that town
    ("de", "Eine Rakete hat das Stadtzentrum von Kiew getroffen.", "shelling_airstrike", "Kyiv"),
    ("fr", "Une attaque a frappé vendredi soir le centre de Kiev.", "armed_clash", "Kyiv"),
])
def test_centre_of_a_town(gazetteer, lang, text, typ, where):
    assert where in placed(events(text, lang, gazetteer), typ)
