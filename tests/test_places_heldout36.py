"""Place recognition on what the thirty-sixth unseen set brought to light: a word for a
country's people that is the country's name in another language geomap reads (French 'un
Algérien' is German 'Algerien'), capitalised adjectives and nouns that name towns elsewhere
('the Federal Government', 'le Salon de …', 'L'Écho des …', 'am Hauptbahnhof von …'), and the
German 'Dreiländereck' (the tri-border area at Basel, not a tripoint in West Africa). Short
sentences written for these tests, against the real gazetteer."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, text, word", [
    ("fr", "Un Algérien de 40 ans a été interpellé jeudi à Lille.", "Algérien"),
    ("fr", "Un Italien et un Tunisien ont été blessés dans la bagarre à Nice.", "Italien"),
    ("fr", "Un Italien et un Tunisien ont été blessés dans la bagarre à Nice.", "Tunisien"),
])
def test_a_word_for_a_countrys_people_is_no_country_of_another_language(places, lang, text, word):
    assert word not in places(text, lang)


def test_the_countrys_own_name_stays_a_country(places):
    got = places("Türkiye ve Yunanistan arasında yeni bir anlaşma imzalandı.", "tr")
    assert got["Türkiye"][0].place.country == "TR"
    got = places("L'Algérie a rappelé son ambassadeur en poste à Paris.", "fr")
    assert got["Algérie"][0].place.country == "DZ"


@pytest.mark.parametrize("lang, text, word", [
    ("en", "Ottawa thanked the rescuers on behalf of the Federal Government.", "Federal"),
    ("es", "El Gobierno Federal envió agentes a Monterrey.", "Federal"),
    ("fr", "Au Salon du livre de Genève, les éditeurs ont observé une minute de silence.", "Salon"),
    ("fr", "Selon L'Écho du Berry, trois personnes ont été entendues à Bourges.", "Écho"),
    ("de", "Am Hauptbahnhof von Dortmund kontrollierte die Polizei mehrere Reisende.", "Hauptbahnhof"),
])
def test_capitalised_common_words_are_no_towns(places, lang, text, word):
    assert word not in places(text, lang)


def test_salon_de_provence_written_whole_stays_the_town(places):
    got = places("Un incendie s'est déclaré à Salon-de-Provence dans la nuit.", "fr")
    assert got["Salon-de-Provence"][0].place.country == "FR"


def test_dreilaendereck_is_the_basel_tri_border_area(places):
    got = places("Im Dreiländereck bei Weil am Rhein staute sich der Verkehr.", "de")
    p = got["Dreiländereck"][0].place
    assert abs(p.lat - 47.59) < 0.2 and abs(p.lon - 7.59) < 0.2, p


def test_a_countrys_own_name_stored_under_another_language_stays_a_country(places):
    # (Turkish 'Irak' is stored once, as German: it is still Turkish for Iraq)
    got = places("Irak hükümeti saldırıyı kınadı, Bağdat'ta toplantı yapıldı.", "tr")
    assert got["Irak"][0].place.country == "IQ"


@pytest.mark.parametrize("lang, text, word, iso", [
    ("id", "Pemerintah Indonesia mengirim bantuan ke Aceh.", "Indonesia", "ID"),
    ("ms", "Kapal nelayan China ditahan di perairan Sabah.", "China", "CN"),
])
def test_a_country_named_like_its_people_stays_a_country(places, lang, text, word, iso):
    assert places(text, lang)[word][0].place.country == iso


@pytest.mark.parametrize("text, abbrev, state", [
    ("Hubo marchas en Tuxtla Gutiérrez, Chis., y en Morelia, Mich., el martes.", "Chis", "Chiapas"),
    ("Un incendio consumió una bodega en Saltillo, Coah., durante la noche.", "Coah", "Coahuila"),
])
def test_mexican_state_abbreviation_after_a_town_is_the_state(places, text, abbrev, state):
    p = places(text, "es")[abbrev][0].place
    assert p.country == "MX" and p.feature == "admin1" and p.name.startswith(state)


def test_coahuila_is_placed_at_the_middle_of_the_state(places):
    p = places("Las lluvias afectaron varios municipios de Coahuila.", "es")["Coahuila"][0].place
    assert abs(p.lat - 27.3) < 0.5 and abs(p.lon + 102.0) < 0.5, p


@pytest.mark.parametrize("text, name", [
    ("Bot nelayan berlabuh di Pulau Mabul selepas ribut.", "Pulau Mabul"),
    ("Penduduk Pulau Bum Bum menerima bantuan makanan semalam.", "Pulau Bum Bum"),
    ("Pelancong melihat penyu bertelur di Pulau Selingan.", "Pulau Selingan"),
])
def test_sabah_islands_off_semporna_and_sandakan(places, text, name):
    p = places(text, "ms")[name][0].place
    assert p.country == "MY" and 4.0 < p.lat < 6.5 and 117.8 < p.lon < 118.9, p


@pytest.mark.parametrize("text, name, lat, lon", [
    ("The hospital in Crieff, Perthshire, took in the injured.", "Perthshire", 56.55, -3.75),
    ("A farmer near Kelso, Roxburghshire, found the wreckage.", "Roxburghshire", 55.45, -2.75),
    ("Flooding closed roads across Berkshire on Monday.", "Berkshire", 51.45, -1.0),
    ("Firefighters from Central Scotland were sent to the blaze.", "Central Scotland", 56.1, -3.9),
])
def test_british_counties_the_admin_levels_lack(places, text, name, lat, lon):
    p = places(text, "en")[name][0].place
    assert p.country == "GB" and abs(p.lat - lat) < 0.3 and abs(p.lon - lon) < 0.3, p


def test_nsw_is_new_south_wales_at_the_middle_of_the_state(places):
    p = places("Bushfires burned across NSW and Victoria on Sunday.", "en")["NSW"][0].place
    assert p.country == "AU" and p.feature == "admin1" and abs(p.lat + 32.2) < 1 and abs(p.lon - 147.0) < 1


@pytest.mark.parametrize("lang, text, name, iso", [
    ("en", "The injured girl was flown to the hospital at Yorkhill in Glasgow.", "Yorkhill", "GB"),
    ("id", "Kemacetan panjang terjadi di Cikokol, Kota Tangerang, sejak pagi.", "Cikokol", "ID"),
    ("id", "Ratusan karyawan berkumpul di kawasan Thamrin, Jakarta Pusat, siang tadi.", "Thamrin", "ID"),
])
def test_quarters_the_news_names(places, lang, text, name, iso):
    assert places(text, lang)[name][0].place.country == iso


def test_country_names_read_in_one_pass_are_the_countrys_names(gazetteer):
    """The people-word rule asks a country's names per article: one pass read once, the same
    names as the per-place query (which scans the names table each time)."""
    for cid in ("ne:DZ", "ne:FR", "ne:ID"):
        assert sorted(gazetteer.country_names(cid)) == sorted(gazetteer.names(cid))
    assert gazetteer.country_names("geonames:745044") == []      # a town is no country
