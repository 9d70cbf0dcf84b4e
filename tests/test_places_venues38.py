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
    ("de", "In Bonn sperrte die Polizei am Abend das Regierungsviertel ab.", "Regierungsviertel",
     50.73, 7.10),
    ("es", "En Bogotá, la policía acordonó la Zona Diplomática tras la explosión.", "Zona Diplomática",
     4.71, -74.07),
])
def test_a_generic_quarter_is_part_of_the_story_town(places, lang, text, surface, lat, lon):
    got = places(text, lang)
    assert surface in got, got
    _near(got[surface][0], lat, lon, km=30)


def test_a_house_of_the_story_town_is_found_by_its_head_word(places):
    got = places("In Lagos, gunmen attacked Lugard House on Friday morning.", "en")
    assert "Lugard House" in got, got
    _near(got["Lugard House"][0], 6.45, 3.40, km=40)


@pytest.mark.parametrize("lang, text, surface, lat, lon", [
    # kecamatan of Jakarta and quarters of Kuala Lumpur the gazetteer took as curated rows
    ("id", "Di Jakarta, polisi menggerebek sebuah rumah di Cengkareng pada Selasa dini hari.",
     "Cengkareng", -6.15, 106.735),
    ("id", "Ledakan terdengar dari Semanggi, Jakarta Selatan, sekitar pukul 10.00 WIB.", "Semanggi",
     -6.22, 106.815),
    ("id", "Warga Tebet dan Pancoran di Jakarta Selatan mengungsi akibat banjir.", "Pancoran",
     -6.25, 106.845),
    ("ms", "Polis Kuala Lumpur menahan tiga lelaki di Chow Kit malam tadi.", "Chow Kit", 3.165, 101.698),
    ("en", "Police in Kuala Lumpur raided a shophouse in Segambut on Sunday.", "Segambut", 3.19, 101.66),
])
def test_a_quarter_of_jakarta_or_kuala_lumpur(places, lang, text, surface, lat, lon):
    got = places(text, lang)
    assert surface in got, got
    _near(got[surface][0], lat, lon, km=10)


def test_the_last_word_of_a_landmark_named_before_is_its_short_form(places):
    # (Arena is also a village in Wisconsin)
    got = places("Thousands of fans queued outside the Manchester Arena on Friday evening. "
                 "Inside the Arena, stewards checked every bag.", "en")
    assert "Arena" in got, got
    for m in got["Arena"]:
        _near(m, 53.49, -2.24, km=5)


@pytest.mark.parametrize("lang, text", [
    ("de", "In Regensburg sperrte die Polizei am Abend die Innenstadt."),
    ("de", "In Kassel feierten Tausende in der Innenstadt das Stadtfest."),
])
def test_a_town_centre_word_is_no_place(places, lang, text):
    got = places(text, lang)
    assert not "Innenstadt" in got, got


@pytest.mark.parametrize("name, lat, lon", [
    # vague regions: a point in the core the news means (not the margins of the UN sub-region)
    ("East Africa", -0.3, 36.2), ("Afrika Timur", -0.3, 36.2), ("South Asia", 21.0, 78.0),
    ("Maghreb", 31.0, 2.0),
])
def test_a_news_region_point_lies_in_its_core(gazetteer, name, lat, lon):
    top = gazetteer.lookup(name)[0].place
    assert haversine_km(top.lat, top.lon, lat, lon) < 50, top


@pytest.mark.parametrize("lang, text, surface, short, lat, lon", [
    # ('Arena' is also a village in Calabria and in Wisconsin)
    ("en", "In Cardiff, police evacuated the Motorpoint Arena on Saturday night. Fans left the "
     "Arena calmly.", "Motorpoint Arena", "Arena", 51.48, -3.18),
    ("tr", "Bursa'daki Tofaş Arena önünde bir patlama meydana geldi. Arena boşaltıldı.",
     "Tofaş Arena", "Arena", 40.19, 29.06),
])
def test_an_arena_and_its_short_form_are_in_the_story_town(places, lang, text, surface, short,
                                                            lat, lon):
    got = places(text, lang)
    assert surface in got, got
    _near(got[surface][0], lat, lon, km=20)
    for m in got.get(short, []):
        _near(m, lat, lon, km=20)
