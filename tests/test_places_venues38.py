"""Venues the gazetteer lacks, told by their context (plq38): a quoted name after a venue's
head word is that venue, not a far town the gazetteer spells alike, also where every noun is
capitalised ('die Diskothek „X“'), and so is the same name told again bare; nightclub words of
the nine languages; generic names of a town's quarter ('the Central Business District', 'die
Altstadt') are a part of the story's town. Short sentences written for these tests, against the
real gazetteer."""
from __future__ import annotations

import pytest

from geomap.places import haversine_km


def _near(m, lat, lon, km=60):
    assert m.place is not None, m
    d = haversine_km(m.place.lat, m.place.lon, lat, lon)
    assert d <= km, (m.mention, m.place, d)


@pytest.mark.parametrize("lang, text, surface, lat, lon", [
    # 'Bella Vista' is a town in the Dominican Republic, Argentina and Arkansas
    ("de", "In Hamburg explodierte in der Nacht eine Bombe in der Diskothek „Bella Vista“.",
     "Bella Vista", 53.55, 10.0),
    ("de", "In Köln randalierten Gäste im Nachtclub „Bella Vista“ am Ring.", "Bella Vista",
     50.94, 6.96),
    ("ru", "В Казани ночью произошёл пожар в клубе «Ла Белла».", "Ла Белла", 55.79, 49.12),
    ("fr", "À Lyon, une explosion a frappé la discothèque « Bella Vista » samedi.", "Bella Vista",
     45.76, 4.84),
    ("es", "En Sevilla, un incendio destruyó la discoteca Bella Vista el sábado.", "Bella Vista",
     37.39, -5.98),
    ("it", "A Rimini un incendio ha distrutto la discoteca Bella Vista.", "Bella Vista", 44.06, 12.57),
    ("id", "Di Surabaya, ledakan terjadi di klub malam Bella Vista pada Sabtu malam.", "Bella Vista",
     -7.25, 112.75),
    ("ms", "Di Johor Bahru, polis menyerbu kelab malam Bella Vista awal pagi tadi.", "Bella Vista",
     1.46, 103.76),
])
def test_a_named_venue_is_in_the_story_town(places, lang, text, surface, lat, lon):
    got = places(text, lang)
    hits = [m for s, ms in got.items() if surface in s for m in ms]
    assert hits, got
    for m in hits:
        _near(m, lat, lon)


def test_the_venue_told_again_bare_is_the_same_venue(places):
    got = places("In Hamburg explodierte eine Bombe in der Diskothek „Bella Vista“. "
                 "Am Morgen kamen Ermittler ins „Bella Vista“ zurück.", "de")
    assert len(got["Bella Vista"]) == 2, got
    for m in got["Bella Vista"]:
        assert m.place.country == "DE", m.place
        _near(m, 53.55, 10.0)


def test_a_hotel_named_after_a_far_city_is_the_hotel(places):
    got = places("In Berlin brannte am Abend das Hotel „Moskau“ aus.", "de")
    hits = [m for s, ms in got.items() if "Moskau" in s for m in ms]
    assert hits, got
    for m in hits:
        _near(m, 52.52, 13.40)


@pytest.mark.parametrize("lang, text, surface, lat, lon", [
    ("en", "In Nairobi, police closed roads around the Central Business District on Monday.",
     "Central Business District", -1.29, 36.82),
    ("en", "Troops guarded the Diplomatic Zone of Islamabad after the blast.", "Diplomatic Zone",
     33.69, 73.05),
    ("de", "In Regensburg sperrte die Polizei am Abend die Altstadt.", "Altstadt", 49.01, 12.10),
    ("es", "En Quito, la policía cerró el Centro Histórico tras la explosión.", "Centro Histórico",
     -0.22, -78.51),
])
def test_a_generic_quarter_is_part_of_the_story_town(places, lang, text, surface, lat, lon):
    got = places(text, lang)
    assert surface in got, got
    _near(got[surface][0], lat, lon, km=30)


def test_a_house_of_the_story_town_is_found_by_its_head_word(places):
    got = places("In Lagos, gunmen attacked Lugard House on Friday morning.", "en")
    assert "Lugard House" in got, got
    _near(got["Lugard House"][0], 6.45, 3.40, km=40)
