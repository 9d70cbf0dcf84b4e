"""Quarters of a town the gazetteer lacks, named beside a quarter cue of the language ('el barrio
de X', 'nel quartiere X', 'im Stadtteil X', 'в микрорайоне X', 'X mahallesinde'): a mention
placed at the town of the sentence, else at the story's town (plq32); and press short forms of
provinces in menus and tags (Jateng, Edomex, ХМАО). Articles written for these tests, against the
real gazetteer."""
from __future__ import annotations

import pytest

from geomap.places import haversine_km

BUENOS_AIRES, ROME, NOVOSIBIRSK = (-34.61, -58.38), (41.89, 12.51), (55.03, 82.92)
ISTANBUL, MARSEILLE, BERLIN = (41.01, 28.95), (43.30, 5.38), (52.52, 13.40)


@pytest.mark.parametrize("lang, text, quarter, town", [
    ("es", "BUENOS AIRES — Dos hombres armados asaltaron el martes una joyería del barrio de "
           "Villa Zorrillo y huyeron en una moto.", "Villa Zorrillo", BUENOS_AIRES),
    ("it", "ROMA — Un commerciante è stato ferito ieri sera nel quartiere Pratolungo da due "
           "rapinatori in fuga.", "Pratolungo", ROME),
    ("ru", "НОВОСИБИРСК — Ночью в микрорайоне Затулинский сгорел склад, пострадавших нет, "
           "сообщили спасатели.", "Затулинский", NOVOSIBIRSK),
    ("tr", "İSTANBUL — Silahlı iki kişi dün gece Kaleboyu mahallesinde bir kuyumcuyu soydu.",
     "Kaleboyu", ISTANBUL),
    ("fr", "MARSEILLE — Un jeune homme a été tué par balle dans la nuit dans le quartier de la "
           "Busserine, selon la police.", "Busserine", MARSEILLE),
    ("de", "Berlin – Im Stadtteil Gröbenfeld ist am Montagabend ein Mann niedergestochen worden, "
           "teilte die Polizei mit.", "Gröbenfeld", BERLIN),
], ids=["es", "it", "ru", "tr", "fr", "de"])
def test_a_quarter_the_gazetteer_lacks_is_placed_at_the_story_town(places, lang, text, quarter,
                                                                  town):
    got = places(text, lang)
    assert quarter in got, got
    p = got[quarter][0].place
    assert haversine_km(p.lat, p.lon, *town) < 30, p


def test_a_quarter_is_placed_at_the_town_of_its_own_sentence(places):
    text = ("MADRID — La policía detuvo el lunes a tres jóvenes. El asalto ocurrió en el barrio "
            "de Villa Zorrillo, en Buenos Aires, según la fiscalía.")
    got = places(text, "es")
    p = got["Villa Zorrillo"][0].place
    assert haversine_km(p.lat, p.lon, *BUENOS_AIRES) < 30, p


def test_a_quarter_cue_needs_a_lower_case_cue_word(places):
    # 'Barrio' capitalised opens a name of its own, no cue ('Barrio Chino' is the name)
    got = places("BUENOS AIRES — El Barrio Zorrillo Norte fue cerrado por la policía el martes.",
                 "es")
    assert "Zorrillo Norte" not in got, got


def test_a_far_namesake_after_a_quarter_cue_is_the_quarter_of_the_story_town(places):
    # the gazetteer reads 'Khasso' as a Japanese town by its spelling: the cue says a quarter
    # of the town the story is in
    text = ("KAYES — Des tirs ont été entendus autour du camp militaire de Kayes. « On s'est "
            "cachés toute la matinée », raconte un habitant du quartier de Khasso.")
    got = places(text, "fr")
    assert "Khasso" in got, got
    p = got["Khasso"][0].place
    assert p.country == "ML", p


@pytest.mark.parametrize("lang, text, short, admin1", [
    ("id", "SEMARANG — Polisi menangkap dua orang di Semarang.\n\nBaca juga: Banjir di Jateng "
           "meluas ke tiga kabupaten", "Jateng", "Jawa Tengah"),
    ("id", "KUPANG — Gempa mengguncang wilayah NTT pada Selasa pagi, kata petugas.", "NTT",
     "Nusa Tenggara Timur"),
    ("es", "TOLUCA — Un enfrentamiento entre policías y civiles armados en el Edomex dejó tres "
           "muertos el martes.", "Edomex", "México"),
    ("ru", "СУРГУТ — В ХМАО задержали двух подозреваемых в поджоге, сообщила полиция.", "ХМАО",
     "Khanty-Mansiyskiy avtonomnyy okrug"),
], ids=["id-Jateng", "id-NTT", "es-Edomex", "ru-ХМАО"])
def test_a_press_short_form_of_a_province(places, lang, text, short, admin1):
    got = places(text, lang)
    assert short in got, got
    p = got[short][0].place
    assert p.feature == "admin1" and p.name == admin1, p


def test_a_short_form_after_a_police_body_is_no_place(places):
    # 'Kapolda DIY' is the police chief of the province: an organisation's title
    got = places("SLEMAN — Kapolda DIY Brigjen Pol Ahmad Santoso mengatakan petugas tiba di "
                 "Sleman beberapa menit kemudian.", "id")
    assert "DIY" not in got, got


def test_an_english_diy_stays_a_code(places):
    got = places("LONDON — A DIY store in London was evacuated on Tuesday after a bomb scare.",
                 "en")
    assert "DIY" not in got, got


def test_a_quarter_is_not_placed_at_a_hamlet_of_its_sentence(places):
    # a small namesake town read in the quarter's sentence is no town with quarters: the big
    # city the story names is
    text = ("BUENOS AIRES — La policía allanó el martes tres casas en Buenos Aires. El "
            "operativo empezó en la calle Mendoza, en el barrio de Villa Zorrillo, según la "
            "fiscalía de Buenos Aires.")
    got = places(text, "es")
    p = got["Villa Zorrillo"][0].place
    assert haversine_km(p.lat, p.lon, *BUENOS_AIRES) < 30, p


# ------------------------------------------------------------------- venues named in quotes
MOSCOW = (55.75, 37.62)


@pytest.mark.parametrize("text, venue", [
    # a venue type opening the quoted name, no head word before it
    ("МОСКВА — Вечером в «Парке Горького» задержали двух мужчин с ножами, сообщили в "
     "полиции.", "Парке Горького"),
    ("МОСКВА — Вечером у «Дворца культуры железнодорожников» задержали двух мужчин.",
     "Дворца культуры железнодорожников"),
    # a head of two words ('станции метро'), then the quoted name
    ("МОСКВА — Утром на станции метро «Речной вокзал» нашли бесхозную сумку.",
     "Речной вокзал"),
], ids=["park", "palace", "metro"])
def test_a_venue_named_in_quotes(places, text, venue):
    got = places(text, "ru")
    assert venue in got, got
    p = got[venue][0].place
    assert haversine_km(p.lat, p.lon, *MOSCOW) < 50, p


def test_a_quoted_name_opening_with_a_lower_word_is_no_venue(places):
    got = places("МОСКВА — Газета «Московский комсомолец» сообщила о задержании.", "ru")
    assert not any("комсомолец" in k for k in got), got


# ------------------------------------------------- a village before the district of its address
@pytest.mark.parametrize("lang, text, village, country", [
    ("id", "SOLO — Polisi menyebut pelaku adalah warga Kemlayan Lor, Kecamatan Serengan, Solo, "
           "berusia 30 tahun.", "Kemlayan Lor", "ID"),
    ("fr", "GAO — Des hommes armés ont attaqué dimanche le marché à Tondibirou, commune de Gao, "
           "selon des habitants.", "Tondibirou", "ML"),
], ids=["id", "fr"])
def test_a_village_before_the_district_of_its_address(places, lang, text, village, country):
    got = places(text, lang)
    assert village in got, got
    assert got[village][0].place.country == country


def test_a_person_before_a_district_is_no_village(places):
    # no locative or cue word before the name: a person in apposition
    got = places("SLEMAN — Kata Ahmad Santoso, Kabupaten Sleman tetap aman pada Senin malam.",
                 "id")
    assert "Ahmad Santoso" not in got and "Santoso" not in got, got


def test_a_gazetteer_name_after_a_quarter_cue_far_off_is_the_quarter(places):
    # 'la colonia Roma' of a story on Mexico City is no Rome
    got = places("CIUDAD DE MÉXICO — Un hombre fue asesinado a tiros el lunes en la colonia "
                 "Roma, informó la policía capitalina.", "es")
    assert "Roma" in got, got
    assert got["Roma"][0].place.country == "MX", got["Roma"][0].place


def test_two_quarters_before_a_plural_quarter_cue(places):
    got = places("İSTANBUL — Dün gece Kaleboyu ve Yenidere mahallelerinde elektrik kesildi, "
                 "yetkililer açıklama yaptı.", "tr")
    for q in ("Kaleboyu", "Yenidere"):
        assert q in got, got
        p = got[q][0].place
        assert haversine_km(p.lat, p.lon, *ISTANBUL) < 30, p
