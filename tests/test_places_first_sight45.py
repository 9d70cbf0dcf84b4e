"""Place recognition on general classes that recur in any new article (plq45): numbered roads
after or before a road word in nine languages ('autostrada A29', 'the M4 motorway', 'трассе
М-4', 'D-100 karayolu'), pinned at the town their sentence gives; a bare code ('the M23',
'la A112') stays no road. Short sentences written for these tests, against the real
gazetteer."""
from __future__ import annotations

import pytest

from conftest import near as _near, where_placed as _where


@pytest.mark.parametrize("lang,text,road,lat,lon", [
    ("en", "The lorry overturned on the M6 motorway near Preston on Friday.", "M6 motorway",
     53.76, -2.70),
    ("it", "Un camion si è ribaltato sulla statale 106 all'altezza di Crotone.", "statale 106",
     39.08, 17.12),
    ("it", "L'incidente è avvenuto sull'autostrada A14 vicino a Pescara.", "autostrada A14",
     42.46, 14.21),
    ("fr", "Des manifestants ont bloqué la route nationale 7 à Valence.", "route nationale 7",
     44.93, 4.89),
    ("de", "Ein Lastwagen brannte auf der Autobahn A9 bei Ingolstadt.", "Autobahn A9",
     48.77, 11.42),
    ("es", "El accidente ocurrió en la carretera federal 57 cerca de Saltillo.",
     "carretera federal 57", 25.42, -101.0),
    ("ru", "Авария произошла на трассе М-7 под Казанью.", "трассе М-7", 55.79, 49.12),
    ("tr", "Kaza Gebze'de D-100 karayolunda meydana geldi.", "D-100 karayolunda", 40.80, 29.43),
    ("ms", "Kemalangan berlaku di Jalan Persekutuan 2 dekat Kuantan semalam.",
     "Jalan Persekutuan 2", 3.81, 103.33),
])
def test_numbered_roads_are_places_pinned_at_their_sentences_town(places, lang, text, road, lat, lon):
    got = places(text, lang)
    assert _near(_where(got, road), lat, lon), _where(got, road)


@pytest.mark.parametrize("lang,text,code", [
    ("en", "Kigali denies arming the M23 rebels in the east.", "M23"),
    ("it", "I killer affiancarono la A112 e aprirono il fuoco a Palermo.", "A112"),
    ("fr", "La route a été coupée sur 15 kilomètres, selon la nationale 2023 des maires.", "2023"),
])
def test_a_code_without_a_road_word_is_no_road(places, lang, text, code):
    got = places(text, lang)
    assert not any(code in name for name in got), sorted(got)


@pytest.mark.parametrize("lang,text,code,lat,lon", [
    # a province's code in brackets after a town, in the body and after a dateline town
    ("it", "Il sindaco di Marsala (TP) ha parlato ai cronisti.", "TP", 37.9, 12.5),
    ("it", "CEFALÙ (PA) – Un incendio ha distrutto il bosco.", "PA", 38.1, 13.4),
    # a Mexican state's abbreviation after a town and a comma, with its full stop
    ("es", "Hermosillo, Son., 4 de mayo.- La policía informó de tres detenidos.", "Son", 29.0, -110.9),
    ("es", "Culiacán, Sin., 5 de enero.- Hubo bloqueos en la ciudad.", "Sin", 25.0, -107.5),
    ("en", "Thunder Bay, Ont., March 3 - Police said two men were arrested.", "Ont", 43.75, -79.54),
])
def test_province_codes_after_a_town_are_that_province(places, lang, text, code, lat, lon):
    got = places(text, lang)
    assert _near(_where(got, code), lat, lon, tol=3.0), _where(got, code)


def test_a_party_code_in_brackets_after_a_person_is_no_province(places):
    got = places("Il deputato Enrico Letta (PD) ha risposto da Roma.", "it")
    assert "PD" not in got, sorted(got)


def test_an_elided_initial_is_a_word_of_a_venues_name(places):
    # "O'" glued to the next capitalised word belongs to the name, before a head word
    got = places("Pupils were evacuated from the Mary O'Brien School in Limerick.", "en")
    assert "Mary O'Brien School" in got and "Brien School" not in got, sorted(got)
    got = places("A crowd gathered on O'Connell Street in Dublin.", "en")
    assert "O'Connell Street" in got, sorted(got)
    assert _near(_where(got, "O'Connell Street"), 53.35, -6.26)


@pytest.mark.parametrize("lang,text,town", [
    ("it", "Il ricorso è stato respinto dalla Corte d'appello di Reggio Calabria ieri.", "Calabria"),
    ("it", "Sul caso indaga la procura di Agrigento da mesi.", "Agrigento"),
    ("de", "Die Generalstaatsanwaltschaft Frankfurt übernahm die Ermittlungen.", "Frankfurt"),
    ("de", "Das Landgericht Stuttgart verurteilte den Mann.", "Stuttgart"),
    ("fr", "Le parquet de Paris a ouvert une enquête pour meurtre.", "Paris"),
    ("fr", "Le tribunal correctionnel d'Évry a condamné le prévenu.", "Évry"),
    ("es", "La fiscalía de Sevilla abrió diligencias contra el acusado.", "Sevilla"),
    ("en", "He was remanded in custody at Leeds Crown Court on Monday.", "Leeds"),
    ("en", "Thames Valley Police said the man had acted alone.", "Thames"),
    ("id", "Tim gabungan menjaga Mapolda Jawa Barat sejak pagi.", "Jawa Barat"),
    ("ms", "Dia dihadapkan ke Mahkamah Sesyen Shah Alam semalam.", "Shah Alam"),
    ("tr", "Ankara Cumhuriyet Başsavcılığı soruşturma başlattı.", "Ankara"),
])
def test_an_office_named_after_its_town_names_no_place(places, lang, text, town):
    got = places(text, lang)
    assert not any(town in name for name in got), sorted(got)


def test_a_building_of_an_office_or_the_town_alone_stays_a_place(places):
    got = places("A bomb exploded outside Leeds Police Station on Friday.", "en")
    assert "Leeds" in got or any("Leeds" in k for k in got), sorted(got)
    got = places("A Reggio Calabria la polizia ha arrestato due uomini.", "it")
    assert "Reggio Calabria" in got, sorted(got)
