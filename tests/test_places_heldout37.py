"""Place recognition on what the thirty-seventh unseen set brought to light: a town whose
namesake in another country scores about as well votes for no country of the story ('Hyde
Park' read in the United States by a hair put a London story there, and its Croydon with it).
Short sentences written for these tests, against the real gazetteer."""
from __future__ import annotations

import pytest


def test_a_near_tie_abroad_puts_no_story_in_that_country(places):
    text = ("Police sealed off the paths in Hyde Park and in Regent's Park after two suspect "
            "packages were found on Saturday. A woman from Croydon said the crowd was calm.")
    got = places(text, "en")
    assert got["Hyde Park"][0].place.country == "GB"
    assert got["Croydon"][0].place.country == "GB"


@pytest.mark.parametrize("lang, text, word, pid", [
    ("en", "Tourists at the Port Arthur historic site in Tasmania were told to stay indoors.",
     "Port Arthur", "geomap:port-arthur-tas"),
    ("ru", "На станции метро «Павелецкая» в Москве задержали двоих мужчин.",
     "Павелецкая", "geomap:paveletskaya"),
    ("tr", "İstanbul'da Galata Köprüsü sabah saatlerinde trafiğe kapatıldı.",
     "Galata Köprüsü", "geomap:galata-bridge"),
    ("es", "La policía de Lima desplegó patrullas en San Juan de Lurigancho el martes.",
     "San Juan de Lurigancho", "geomap:san-juan-de-lurigancho"),
    ("ms", "Polis Singapura mengawal ketat kawasan Little India pada malam Ahad.",
     "Little India", "geomap:little-india-sg"),
    ("ms", "Penerbangan dari Lapangan Terbang Lod ditangguhkan selama dua jam semalam.",
     "Lapangan Terbang Lod", "geomap:ben-gurion-airport"),
])
def test_curated_landmarks_and_quarters(places, lang, text, word, pid):
    got = places(text, lang)
    assert got[word][0].place.id == pid


def test_a_country_found_in_the_second_pass_is_ranked_with_once_more(places):
    # (no town is clear enough in the first pass to say the story is British; Croydon and
    # Regent's Park say so in the second, and Belfast is then the Northern Irish city, not
    # the small Maine namesake the word 'American' pulled it to)
    text = ("An American tourist was among the injured when a bomb killed two guards in Hyde "
            "Park and three bandsmen in Regent's Park. A woman from Croydon said she heard the "
            "blast. Belfast families said they feared more attacks.")
    got = places(text, "en")
    assert got["Belfast"][0].place.country == "GB"


@pytest.mark.parametrize("text, word", [
    ("Among the injured was Sergeant Noel Lane, 31, who was on patrol in Croydon.", "Lane"),
    ("Captain John Street told reporters in Leeds that the road was closed.", "Street"),
])
def test_a_rank_and_a_given_name_before_a_street_word_are_a_person(places, text, word):
    got = places(text, "en")
    assert not any(word in m for m in got)


def test_a_street_word_after_other_names_stays_a_street(places):
    got = places("Traffic was diverted from Abbey Road and Station Lane in Leeds.", "en")
    assert "Station Lane" in got and "Abbey Road" in got


@pytest.mark.parametrize("lang, text", [
    ("id", "Tentara Filipina menyerang kubu Front Pembebasan Islam Moro di dekat Cotabato."),
    ("ms", "Serangan itu dikaitkan dengan Barisan Pembebasan Islam Moro di selatan Filipina."),
])
def test_the_moro_people_are_no_town(places, lang, text):
    # (a people named like towns of Pakistan and Italy: the MILF's 'Moro')
    assert "Moro" not in places(text, lang)


@pytest.mark.parametrize("lang, text, word", [
    ("fr", "« J'ai couru vers la gare », raconte Nadia, 29 ans, qui habite à Dijon.", "Nadia"),
    ("en", "\"We ran,\" said Nadia, 41, a nurse from Leeds.", "Nadia"),
])
def test_a_given_name_with_an_age_is_a_person(places, lang, text, word):
    assert word not in places(text, lang)



def test_a_given_name_inside_a_town_name_with_a_date_stays_the_town(places):
    got = places("Una sparatoria a San Luca, 16 agosto: tre feriti.", "it")
    assert "San Luca" in got
