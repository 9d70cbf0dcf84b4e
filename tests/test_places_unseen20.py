"""Places of the twentieth unseen set's general causes: curated villages, camps and landmarks
named with their head word, Russian 'в районе X' as the area of a town, a landmark ending in
'набережная', a town the story keeps naming that vouches for its country, and an adjective of
a country or region before a German place name. Short sentences written for these tests,
against the real gazetteer."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, text, mention, country", [
    ("fr", "Des hommes armés ont attaqué le village de Tchoma Bangou, au Niger.", "Tchoma Bangou", "NE"),
    ("fr", "Le camp militaire de Boulkessi a été visé par des jihadistes au Mali.", "Boulkessi", "ML"),
    ("en", "Jets struck a training camp at Agbe in Tigray on Thursday.", "Agbe", "ET"),
    ("es", "Los militares patrullan la parroquia Mataje, en Esmeraldas.", "Mataje", "EC"),
    ("tr", "Atatürk Havalimanı'nda bütün uçuşlar durduruldu.", "Atatürk Havalimanı", "TR"),
    ("id", "Polisi menjaga Vihara Budi Dharma di Singkawang.", "Vihara Budi Dharma", "ID"),
    ("ms", "Seorang pelancong diculik di Pulau Pom Pom, Sabah.", "Pulau Pom Pom", "MY"),
    ("id", "Pelaku melompat ke Sungai Mahakam di Samarinda.", "Sungai Mahakam", "ID"),
])
def test_curated_villages_camps_and_landmarks(places, lang, text, mention, country):
    got = places(text, lang)
    assert mention in got, got
    assert got[mention][0].place.country == country


def test_a_landmark_ending_in_an_embankment_word(places):
    got = places("Вечером на Университетской набережной в Петербурге прогремел взрыв.", "ru")
    assert got["Университетской набережной"][0].place.country == "RU", got


def test_the_area_of_a_town_is_the_town(places):
    got = places("Артиллерия вела огонь в районе Дружковки и Краматорска.", "ru")
    assert got["Дружковки"][0].place.feature == "city", got


def test_a_town_named_again_and_again_vouches_for_its_country(places):
    # a Moscow dateline, Ukraine never named: the Makiivka of the story is beside Donetsk,
    # Ukraine's big city, not the small namesake town in Rostov oblast
    got = places("МОСКВА, 3 янв — Удар по Макеевке нанесен ночью. Число погибших в Макеевке "
                 "выросло. Обломки в Макеевке разбирают. Макеевка — соседний город Донецка.", "ru")
    assert got["Донецка"][0].place.country == "UA", got


def test_an_adjective_of_a_region_before_a_german_place_name(places):
    got = places("Die Minister trafen sich im oberbayerischen Elmau zu Beratungen.", "de")
    assert got["Elmau"][0].place.country == "DE", got


def test_an_adjective_of_nationality_before_a_german_place_name(places):
    got = places("Die Delegation reiste ins ukrainische Odessa weiter.", "de")
    assert got["Odessa"][0].place.country == "UA", got


def test_an_age_in_apposition_makes_a_person(places):
    got = places("Polis berkata pelancong dari Beijing, Gao Lixin, 31, dan seorang pekerja "
                 "diselamatkan di Sandakan.", "ms")
    assert "Gao" not in got, got
    assert "Sandakan" in got


def test_a_byline_given_name_before_a_place_name(places):
    got = places("Rebels shelled the port of Aden. (Writing by Claire Jersey; Editing by Tom Hale)", "en")
    assert "Jersey" not in got, got


def test_a_group_of_hostages_from_a_town(places):
    got = places("Tiga tebusan Sandakan dibebaskan di Jolo semalam.", "ms")
    assert got["Sandakan"][0].place.country == "MY", got


def test_an_organisation_word_before_a_quarter_cue_is_the_quarter(places):
    got = places("Ankara'da Kızılay semtinde bir patlama oldu.", "tr")
    assert "Kızılay" in got, got
    assert "Kızılay" not in places("Kızılay bölgeye yardım gönderdi.", "tr")


@pytest.mark.parametrize("lang, heading, island", [
    ("fr", "Réunion du gouvernement à Dakar sur la sécurité.", "Un cyclone a touché la Réunion."),
])
def test_a_common_noun_opening_a_heading(places, lang, heading, island):
    assert "Réunion" not in places(heading, lang)
    assert "Réunion" in places(island, lang)


def test_a_summit_and_a_palace_are_no_places(places):
    got = places("El presidente regresó de la Cumbre de las Américas y habló desde la "
                 "Casa de Nariño.", "es")
    assert not ({"Cumbre", "Américas", "Nariño"} & got.keys()), got


def test_a_district_prosecutors_office_is_no_place(places):
    got = places("Soruşturmayı Kadıköy Cumhuriyet Başsavcılığı yürütüyor.", "tr")
    assert "Kadıköy" not in got, got


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Minister berieten im spanischen Granada über die Lage."),
    ("it", "I ministri si sono riuniti nella spagnola Granada."),
])
def test_an_adjective_of_nationality_picks_the_namesake(places, lang, text):
    assert places(text, lang)["Granada"][0].place.country == "ES"


def test_villages_the_gazetteer_lacks_after_a_plural_cue(places):
    got = places("Des hommes armés ont attaqué les villages de Koukoubé et de Darbandi, "
                 "près de Ouallam.", "fr")
    assert {"Koukoubé", "Darbandi"} <= got.keys(), got
    assert got["Darbandi"][0].place.country == "NE"


def test_a_village_pinned_at_the_province_its_sentence_names(places):
    got = places("Des hommes armés ont attaqué le village de Koukoubé, dans la région de "
                 "Tillabéri.", "fr")
    assert got["Koukoubé"][0].place.country == "NE", got


def test_italian_euphonic_ad_is_a_locative_before_a_vowel(places):
    # 'ad' is 'a' before a vowel: 'Ad Ankara …' is the scene, not the capital as an actor
    got = places("Proteste nella regione.\n\nAd Ankara centinaia di studenti hanno sfilato ieri.", "it")
    assert got["Ankara"][0].role != "other", got
