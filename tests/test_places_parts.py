"""A part of a capital ('the outskirts of Tripoli', 'im Zentrum von Belgrad', 'в пригороде
Дамаска', "Şam'ın güneyinde") is a place where things happen, never the government speaking.
Sentences written for these tests, run through the whole extract with the real gazetteer."""
from __future__ import annotations

import pytest

import geomap


def _run(text: str, lang: str):
    doc = geomap.extract(text, lang=lang, date="2024-08-10", is_text=True).to_json()
    return doc["places"], doc["events"]


PARTS = [
    ("en", "Fighting broke out in the suburbs of Tripoli on Monday.", "Tripoli", "LY"),
    ("en", "Three explosions shook central Kyiv overnight.", "Kyiv", "UA"),
    ("id", "Bentrokan pecah di pinggiran Tripoli pada Senin malam.", "Tripoli", "LY"),
    ("ms", "Pertempuran tercetus di pinggir bandar Tripoli pada Isnin.", "Tripoli", "LY"),
    ("de", "Am Samstag demonstrierten Tausende im Zentrum von Belgrad.", "Belgrad", "RS"),
    ("de", "Bei Kämpfen am Stadtrand von Tripolis wurden sechs Menschen getötet.", "Tripolis", "LY"),
    ("fr", "Des combats ont éclaté au centre de Tripoli lundi.", "Tripoli", "LY"),
    ("fr", "Des combats aux abords d'Alep ont fait dix morts.", "Alep", "SY"),
    ("it", "Violenti scontri alla periferia di Tripoli lunedì sera.", "Tripoli", "LY"),
    ("es", "Los combates estallaron en las afueras de Trípoli el lunes.", "Trípoli", "LY"),
    ("es", "Hubo enfrentamientos en las calles de Caracas durante la noche.", "Caracas", "VE"),
    ("ru", "В понедельник на окраине Триполи вспыхнули бои.", "Триполи", "LY"),
    ("ru", "В пригороде Дамаска прогремел мощный взрыв.", "Дамаска", "SY"),
    ("tr", "Trablus'un merkezinde çatışmalar çıktı.", "Trablus", "LY"),
]


@pytest.mark.parametrize("lang, text, mention, iso", PARTS)
def test_a_part_of_a_capital_is_a_place(lang, text, mention, iso):
    places, events = _run(text, lang)
    got = [p for p in places if p["mention"] == mention]
    assert got and got[0]["place"]["country"] == iso
    assert got[0]["role"] != "other"


@pytest.mark.parametrize("lang, text, mention, iso", PARTS)
def test_the_event_in_a_part_of_a_capital_is_placed_there(lang, text, mention, iso):
    places, events = _run(text, lang)
    assert events, text
    want = next(p["place"]["id"] for p in places if p["mention"] == mention)
    assert (events[0]["location"] or {}).get("place_id") == want


@pytest.mark.parametrize("lang, text, capital", [
    ("en", "Moscow said the strikes had hit only military targets.", "Moscow"),
    ("de", "Die Entscheidung wurde von Moskau scharf kritisiert.", "Moskau"),
    ("es", "La medida fue condenada por Caracas el lunes.", "Caracas"),
    ("fr", "Cette décision a été saluée par Paris.", "Paris"),
])
def test_a_capital_acting_stays_its_government(lang, text, capital):
    places, _ = _run(text, lang)
    got = [p for p in places if p["mention"] == capital]
    assert got and got[0]["role"] == "other"


def test_marching_through_a_capital_is_no_actor():
    # 'por' is 'by' after a passive but 'through' after a verb of motion
    places, _ = _run("Miles de personas marcharon por Caracas para exigir las actas.", "es")
    assert [p["role"] for p in places if p["mention"] == "Caracas"] != ["other"]
