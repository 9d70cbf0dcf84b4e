"""Place recognition and resolution on what the twenty-ninth unseen set brought to light:
quarters and villages GeoNames lacks, a foreign capital tied with a province of the story's
country, common words opening a venue's name, car makes in quotes or of two words, district
offices after a district cue, abbreviations written in lower case, a street told with another
street of its sentence, city gates named after a city, courts named by an adjective. Short
sentences written for these tests, against the real gazetteer."""
from __future__ import annotations

import pytest

from geomap.places import haversine_km


def _near(m, lat, lon, km=25):
    return haversine_km(m.place.lat, m.place.lon, lat, lon) <= km


@pytest.mark.parametrize("lang, text, surface, lat, lon", [
    ("en", "Gunmen attacked a checkpoint in Wadajir district of the Somali capital.", "Wadajir",
     2.02, 45.29),
    ("en", "Shopkeepers closed the market in Hazarganji after the blast.", "Hazarganji",
     30.14, 66.95),
    ("id", "Warga Antapani, Bandung, berkumpul di depan kantor kecamatan.", "Antapani",
     -6.91, 107.66),
    ("it", "Gli studenti hanno manifestato a Città Studi, a Milano.", "Città Studi", 45.48, 9.23),
    ("es", "Los desplazados regresaron a El Salado, en los Montes de María.", "El Salado",
     9.80, -75.05),
    ("es", "Los desplazados regresaron a El Salado, en los Montes de María.", "Montes de María",
     9.75, -75.2),
    ("id", "Gempa mengguncang Lombok pada Minggu malam.", "Lombok", -8.65, 116.32),
    ("de", "Tausende feierten am Samstag auf der Theresienwiese in München.", "Theresienwiese",
     48.13, 11.55),
    ("ru", "Глава управы Печатников встретился с жителями района.", "Печатников", 55.68, 37.75),
    ("it", "Le piogge hanno colpito il Triveneto nella notte.", "Triveneto", 45.9, 12.2),
    ("ms", "Dua nelayan hilang berhampiran Pulau Ligitan, Semporna.", "Pulau Ligitan",
     4.16, 118.88),
])
def test_quarters_and_villages_geonames_lacks(places, lang, text, surface, lat, lon):
    got = places(text, lang)
    assert _near(got[surface][0], lat, lon), got


def test_a_foreign_capital_tied_with_a_province_of_the_story(places):
    # Bolivia is never named: 'Sucre' beside Colombian towns is the department of Sucre
    got = places("En Colombia, los campesinos de Ovejas, en Sucre, denunciaron amenazas "
                 "de un grupo armado que llegó desde San Onofre.", "es")
    assert got["Sucre"][0].place.country == "CO", got
    assert got["Ovejas"][0].place.country == "CO", got


@pytest.mark.parametrize("lang, text, venue, town", [
    ("ru", "Пожар вспыхнул на Центральном рынке Ставрополя рано утром.", "Центральном рынке",
     "Ставрополя"),
    ("ru", "У Центрального рынка Махачкалы задержали двух подозреваемых.", "Центрального рынка",
     "Махачкалы"),
])
def test_a_common_word_opening_a_venue_is_no_town(places, lang, text, venue, town):
    got = places(text, lang)
    assert venue in got, got
    t = got[town][0].place
    assert _near(got[venue][0], t.lat, t.lon, 5), got


@pytest.mark.parametrize("lang, text, word", [
    ("ru", "Нападавшие скрылись на белой «Газели» в сторону Грозного.", "Газели"),
    ("ru", "Полицейские остановили «Волгу» на въезде в город.", "Волгу"),
    ("ms", "Sebuah kereta Mercedes-Benz putih meletup di hadapan hotel di Ipoh.", "Mercedes"),
    ("en", "A Land Rover full of soldiers struck a mine outside Gao.", "Land"),
])
def test_car_makes_in_quotes_or_of_two_words(places, lang, text, word):
    got = places(text, lang)
    assert not any(word in s for s in got), got


def test_a_river_named_like_a_car_stays_a_river(places):
    got = places("Баржа с зерном шла по Волге к Саратову.", "ru")
    assert "Волге" in got, got


@pytest.mark.parametrize("lang, text, word", [
    ("tr", "Saldırganlar sabah saatlerinde İlçe Jandarma Komutanlığı binasına ateş açtı.",
     "Jandarma"),
    ("tr", "Bomba yüklü araç İlçe Emniyet Müdürlüğü önünde patladı.", "Emniyet"),
    ("ms", "Menurut polis, ketua kumpulan itu dikenal pasti sebagai Abd Latif Yusof, 41.", "Abd"),
    ("ms", "Anggota Polis Marin menahan sebuah bot pancung di perairan Tawau.", "Marin"),
    ("ru", "В среду Московский городской суд продлил арест обвиняемого.", "Московский"),
    ("ru", "В 2019 году Ростовский областной суд оставил приговор в силе.", "Ростовский"),
])
def test_offices_courts_and_person_names_are_no_places(places, lang, text, word):
    got = places(text, lang)
    assert not any(word in s for s in got), got


def test_an_abbreviation_in_capitals_still_counts(places):
    got = places("ABD'nin Ankara Büyükelçiliği açıklama yaptı.", "tr")
    assert got["ABD"][0].place.country == "US", got


@pytest.mark.parametrize("lang, text, gate, lat, lon", [
    ("it", "A Milano il corteo è partito da Porta Romana ed è arrivato in piazza.",
     "Porta Romana", 45.46, 9.19),
    ("fr", "À Paris, la foule s'est rassemblée porte de Versailles dimanche.",
     "porte de Versailles", 48.85, 2.35),
    ("es", "En Madrid, los manifestantes cortaron el tráfico en la Puerta de Toledo.",
     "Puerta de Toledo", 40.42, -3.70),
])
def test_a_city_gate_named_after_a_city_is_in_the_story_town(places, lang, text, gate, lat, lon):
    got = places(text, lang)
    assert _near(got[gate][0], lat, lon), got


def test_a_street_goes_with_the_other_street_of_its_sentence(places):
    text = ("Взрыв прогремел ночью в Москве, на улице Гурьянова в Печатниках.\n\n"
            "Жители улицы Гурьянова вспоминают ту ночь. В Москве прошли траурные митинги.\n\n"
            "Незадолго до этого в Буйнакске был взорван дом военных. Через несколько дней после "
            "взрыва на улице Гурьянова взорвался дом на Каширском шоссе.\n\n"
            "Москва тогда жила в страхе.")
    got = places(text, "ru")
    assert _near(got["Каширском шоссе"][0], 55.7, 37.7, 30), got


@pytest.mark.parametrize("lang, text, word", [
    ("es", "La policía interrogó a la novelista Eva Soria en Sevilla.", "Soria"),
    ("it", "La scrittrice Eva Lucca ha presentato il libro a Roma.", "Lucca"),
    ("es", "La policía interrogó a la escritora Eva Forest en Sevilla.", "Forest"),
])
def test_a_writer_before_a_given_name_is_a_person(places, lang, text, word):
    got = places(text, lang)
    assert not any(word in s for s in got), got


@pytest.mark.parametrize("lang, text, surface, iso", [
    ("de", "Es war der schwerste Anschlag in der Geschichte der Bundesrepublik.", "Bundesrepublik",
     "DE"),
    ("de", "Die Gewerkschaften in Norddeutschland riefen zum Streik auf.", "Norddeutschland", "DE"),
    ("de", "Viele Gastarbeiter kamen in den Sechzigern nach Westdeutschland.", "Westdeutschland",
     "DE"),
])
def test_germany_and_its_parts_in_german(places, lang, text, surface, iso):
    got = places(text, lang)
    assert got[surface][0].place.country == iso, got


@pytest.mark.parametrize("lang, text, church", [
    ("it", "A Roma i fedeli hanno pregato nella basilica di San Paolo fuori le Mura.",
     "San Paolo fuori le Mura"),
    ("it", "A Roma il corteo è passato davanti alla chiesa di Santa Maria in Trastevere.",
     "Santa Maria in Trastevere"),
])
def test_a_church_named_after_a_saint_and_its_place_is_one_venue(places, lang, text, church):
    got = places(text, lang)
    assert _near(got[church][0], 41.89, 12.49), got


def test_a_venue_is_in_the_one_town_its_sentence_names(places):
    # the story is about Milan; the sentence names Rome alone, many words before the church
    text = ("A Milano la polizia ha chiuso il centro. Milano resta sotto choc.\n\n"
            "Quella stessa notte, a Roma, un ordigno esplose davanti alla basilica di "
            "Santa Maria in Trastevere senza fare vittime.")
    got = places(text, "it")
    assert _near(got["Santa Maria in Trastevere"][0], 41.89, 12.49), got


@pytest.mark.parametrize("lang, text, venue, lat, lon", [
    ("it", "A Torino. Ieri un incendio ha danneggiato il Padiglione d'arte moderna del parco.",
     "Padiglione d'arte moderna", 45.07, 7.69),
    ("fr", "À Lyon, des manifestants ont occupé le Musée d'art contemporain samedi.",
     "Musée d'art contemporain", 45.75, 4.85),
])
def test_a_capitalised_head_and_lower_case_words_name_a_venue(places, lang, text, venue, lat, lon):
    got = places(text, lang)
    assert _near(got[venue][0], lat, lon), got


def test_a_bypass_is_a_road_of_the_story_town(places):
    got = places("In Quetta, protesters blocked the Eastern Bypass for six hours.", "en")
    assert _near(got["Eastern Bypass"][0], 30.19, 67.0), got



def test_a_hamlet_is_no_venue_town_for_being_the_one_town_of_its_sentence(places):
    # 'Arena' is a Calabrian hamlet: the one town of the sentence, but too small to place the
    # church there against the story's town
    text = ("A Milano la polizia ha chiuso il centro. Milano resta sotto choc.\n\n"
            "Quella notte un ordigno esplose davanti alla basilica di San Lorenzo in Damaso, "
            "mentre il sindaco di Arena parlava alla radio.")
    got = places(text, "it")
    m = got.get("San Lorenzo in Damaso")
    assert m is None or not _near(m[0], 38.56, 16.21, 50), got


@pytest.mark.parametrize("text, quarter, lat, lon", [
    ("Gunmen stormed a hotel in Karaan district of Mogadishu on Friday.", "Karaan", 2.04, 45.34),
    ("Shops were torched in the Gulberg neighbourhood of Lahore overnight.", "Gulberg",
     31.55, 74.34),
])
def test_a_name_before_district_of_a_town_is_its_quarter(places, text, quarter, lat, lon):
    got = places(text, "en")
    assert _near(got[quarter][0], lat, lon), got


def test_a_small_foreign_namesake_in_a_venue_name_is_no_town_for_a_street(places):
    # 'Arena' (a Calabrian hamlet) inside 'Vodafone Arena' must not pin the park in Italy
    text = ("İstanbul'da gece saatlerinde iki patlama yaşandı. İstanbul Valiliği açıklama yaptı.\n\n"
            "Vodafone Arena'nın önünde bomba yüklü araç, Gezi Parkı'nda canlı bomba patladı.")
    got = places(text, "tr")
    assert _near(got["Gezi Parkı"][0], 41.01, 28.98), got
