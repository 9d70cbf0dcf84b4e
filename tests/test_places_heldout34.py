"""Place recognition on what the thirty-fourth unseen set brought to light: quarters and sites
GeoNames lacks (Mumbai's suburbs, Cologne's right-bank quarters, Istanbul's Asian shore,
Jabodetabek, Colombian oil fields), the Arabic 'es' inside a name (Dar es Salaam), a quarter's
cue whose reading lies at a far namesake ('il rione X' of a story on one town), 'X, alle porte
di Y' (the namesake of X beside Y), a person's title inside a longer gazetteer name ('Teluk
Panglima Garang'), hyphenated names after an article ('La Chapelle-Saint-Luc'), given names
and common words that are small towns elsewhere. Short sentences written for these tests,
against the real gazetteer."""
from __future__ import annotations

import pytest

from conftest import where_placed as _where


@pytest.mark.parametrize("lang, text, name, iso", [
    ("en", "Commuter trains stopped between Bandra and Mahim after the alarm in Mumbai.", "Bandra", "IN"),
    ("en", "Commuter trains stopped between Bandra and Mahim after the alarm in Mumbai.", "Mahim", "IN"),
    ("fr", "Des touristes se pressaient devant la porte de l'Inde, à Bombay.", "porte de l'Inde", "IN"),
    ("de", "In Köln-Mülheim und Holweide rückte die Feuerwehr am Abend aus.", "Holweide", "DE"),
    ("de", "In Köln-Mülheim und Holweide rückte die Feuerwehr am Abend aus.", "Köln-Mülheim", "DE"),
    ("tr", "Göztepe'de bir mağazada yangın çıktı, Kadıköy'den itfaiye geldi.", "Göztepe", "TR"),
    ("id", "Banjir rob kembali menggenangi Kenjeran, Surabaya, pada Senin pagi.", "Kenjeran", "ID"),
    ("id", "Hujan deras melanda Jabodetabek sejak Minggu malam.", "Jabodetabek", "ID"),
    ("es", "La guerrilla volvió a volar el oleoducto que sale de Caño Limón.", "Caño Limón", "CO"),
    ("fr", "Les pompiers de Bourgoin-Jallieu sont intervenus dans la nuit.", "Bourgoin-Jallieu", "FR"),
    ("it", "Il ferito è stato portato all'ospedale di Torrette, ad Ancona.", "Torrette", "IT"),
])
def test_quarters_and_sites_geonames_lacks(places, lang, text, name, iso):
    assert _where(places(text, lang), name).country == iso


def test_kadikoy_reads_istanbuls_district(places):
    p = _where(places("Kadıköy'de yüzlerce kişi toplandı.", "tr"), "Kadıköy")
    assert p.country == "TR" and abs(p.lat - 40.99) < 0.1 and abs(p.lon - 29.03) < 0.1, p


@pytest.mark.parametrize("lang, text, name", [
    ("en", "Fuel prices rose again in Dar es Salaam this week.", "Dar es Salaam"),
    ("fr", "Les prix ont encore augmenté à Dar es Salaam cette semaine.", "Dar es Salaam"),
    ("it", "I prezzi sono saliti di nuovo a Dar es Salaam.", "Dar es Salaam"),
])
def test_the_arabic_es_joins_a_name(places, lang, text, name):
    p = _where(places(text, lang), name)
    assert p.country == "TZ", p


def test_a_far_namesake_after_a_quarter_cue_is_the_story_towns_quarter(places):
    # 'Carceri' is a village near Padua; after 'rione' in a story on one Campanian town it is
    # a quarter of that town, and it draws no other name of the story towards Veneto
    got = places("Spari a Torre Annunziata, davanti alla chiesa. Gli alunni del rione Carceri "
                 "hanno deposto fiori. Il killer fu preso a Marano, alle porte di Napoli.", "it")
    p = _where(got, "Carceri")
    assert abs(p.lat - 40.75) < 0.1 and abs(p.lon - 14.45) < 0.1, p
    assert _where(got, "Marano").name == "Marano di Napoli"


def test_the_namesake_beside_the_town_of_its_address(places):
    # a story naming Calabria would take Marano Marchesato; 'alle porte di Napoli' says which
    got = places("In Calabria la polizia cercava il latitante da mesi. Fu arrestato a Marano, "
                 "alle porte di Napoli, in una villa.", "it")
    assert _where(got, "Marano").name == "Marano di Napoli"


@pytest.mark.parametrize("lang, text, name", [
    ("ms", "Penduduk Teluk Panglima Garang berkumpul di masjid selepas solat Jumaat.",
     "Teluk Panglima Garang"),
])
def test_a_title_inside_a_longer_place_name(places, lang, text, name):
    assert _where(places(text, lang), name).country == "MY"


def test_a_title_still_opens_a_persons_name(places):
    got = places("Panglima Tentera Darat Jeneral Zamrose berucap di Kuala Lumpur.", "ms")
    assert "Zamrose" not in got and "Kuala Lumpur" in got


@pytest.mark.parametrize("lang, text, name", [
    ("fr", "Le car s'est renversé près de La Chapelle-Saint-Luc, dans l'Aube.", "La Chapelle-Saint-Luc"),
    ("fr", "Un incendie a détruit une grange à La Jonchère-Saint-Maurice.", "La Jonchère-Saint-Maurice"),
    ("fr", "Les gendarmes ont bouclé Le Mesnil-Saint-Denis, dans les Yvelines.", "Le Mesnil-Saint-Denis"),
])
def test_a_hyphenated_name_after_an_article_is_one_word(places, lang, text, name):
    assert _where(places(text, lang), name).country == "FR"


@pytest.mark.parametrize("lang, text, word", [
    ("fr", "Le juge a entendu Magdalena Schulz et son avocat.", "Magdalena"),
    ("it", "Il pentito Valentino Russo ha parlato ai giudici.", "Valentino"),
    ("it", "La processione di Sant'Agostino ha attraversato il paese.", "Sant"),
    ("de", "Auf der Straße lagen Scherben und Nägel.", "Nägel"),
    ("es", "El ministro de Minas y Energía visitó la refinería.", "Minas"),
    ("es", "La colecta de la parroquia San Vicente de Paúl fue un éxito.", "Paúl"),
])
def test_given_names_and_common_words_are_no_places(places, lang, text, word):
    assert word not in places(text, lang)


def test_a_quarter_of_another_city_keeps_its_reading(places):
    # GeoNames' Kızılay is a section of Ankara: a quarter cue in a story on İzmir leaves it there
    got = places("İzmir'de polis önlemleri artırdı. Geçen yıl başkentin Kızılay semtinde "
                 "bir patlama olmuştu.", "tr")
    p = _where(got, "Kızılay")
    assert abs(p.lat - 39.92) < 0.2 and abs(p.lon - 32.85) < 0.2, p


@pytest.mark.parametrize("lang, text, name, lat, lon", [
    # Michoacán's port, GeoNames' 'Ciudad Lázaro Cárdenas', over small namesakes in the north
    ("es", "Llegó un cargamento de precursores al puerto de Lázaro Cárdenas, en Michoacán.",
     "Lázaro Cárdenas", 17.96, -102.20),
    # the Antioquia hamlet, not the Panamanian village
    ("es", "Los mineros de Machuca, en Segovia, marcharon hasta la alcaldía.", "Machuca", 7.1, -74.9),
])
def test_press_names_of_mexican_and_colombian_places(places, lang, text, name, lat, lon):
    p = _where(places(text, lang), name)
    assert abs(p.lat - lat) < 0.3 and abs(p.lon - lon) < 0.3, p
