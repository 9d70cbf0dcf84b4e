"""First-sight place classes (plq50): rivers, lakes and heights named with a cue word of the
language that the gazetteer lacks are pinned at the town their sentence or story names; a long
river with a course in the gazetteer is placed at the stretch by the story's town; landmarks the
gazetteer stores with a lower-case head word ('la tour Eiffel') are found with it. Short
sentences written for these tests, against the real gazetteer."""
from __future__ import annotations

import pytest

from geomap.places import haversine_km


def _near(m, lat, lon, km=60):
    assert m.place is not None, m
    d = haversine_km(m.place.lat, m.place.lon, lat, lon)
    assert d <= km, (m.mention, m.place, d)


def _hit(got, surface):
    hits = [m for s, ms in got.items() if s == surface for m in ms]
    assert hits, (surface, sorted(got))
    return hits[0]


@pytest.mark.parametrize("lang, text, surface, lat, lon", [
    # rivers, lakes and hills the gazetteer lacks, after a cue word, with a town in the sentence
    ("es", "Los pescadores hallaron dos cuerpos en el río Tuluní, cerca de Chaparral.",
     "río Tuluní", 3.72, -75.48),
    ("fr", "Le randonneur a disparu près du lac de la Montagnette, au-dessus de Gap.",
     "lac de la Montagnette", 44.56, 6.08),
    ("it", "I carabinieri hanno trovato l'auto nel torrente Orba vicino a Ovada.",
     "torrente Orba", 44.64, 8.64),
    ("ms", "Mayat mangsa ditemui terapung di Sungai Benut berhampiran Simpang Renggam.",
     "Sungai Benut", 1.83, 103.31),
    ("id", "Jasad korban ditemukan di Sungai Cikapundung, tidak jauh dari Bandung.",
     "Sungai Cikapundung", -6.92, 107.61),
    ("ru", "Тело подростка нашли в реке Сылва недалеко от Кунгура.", "реке Сылва", 57.43, 56.95),
    ("tr", "Askerler Şırnak yakınlarında Habur Nehri kıyısında devriye geziyordu.",
     "Habur Nehri", 37.52, 42.46),
    ("en", "The patrol came under fire near the Mahananda river outside Siliguri.",
     "Mahananda river", 26.72, 88.43),
    # a town named after a connector is what the feature is named after: it stays the town
    ("es", "Los incendios del cerro de Soacha obligaron a evacuar a cien familias.",
     "Soacha", 4.58, -74.22),
])
def test_a_cued_natural_feature_is_pinned_at_its_town(places, lang, text, surface, lat, lon):
    _near(_hit(places(text, lang), surface), lat, lon)


@pytest.mark.parametrize("lang, text, surface, lat, lon", [
    # no town in its own sentence: the story's town
    ("es", "Bogotá amaneció de luto. Los restos fueron hallados en la laguna de Tominé.",
     "laguna de Tominé", 4.61, -74.08),
    ("it", "A Palermo è arrivata la notizia. Gli spari partirono dalle pendici del monte Cuccio.",
     "monte Cuccio", 38.12, 13.36),
])
def test_a_cued_natural_feature_with_no_town_in_its_sentence_is_at_the_story_town(
        places, lang, text, surface, lat, lon):
    _near(_hit(places(text, lang), surface), lat, lon)


def test_a_river_of_the_gazetteer_keeps_its_own_reading(places):
    got = places("Al otro lado del río Bravo, en Ciudad Juárez, hubo una vigilia.", "es")
    assert _hit(got, "río Bravo").place.id == "geomap:rio-grande"


@pytest.mark.parametrize("lang, text", [
    ("ms", "Kapal tentera laut Myanmar dilihat di perairan itu semalam."),
    ("ms", "Anggota Tentera Laut Diraja Malaysia dikerahkan ke Sandakan."),
    ("id", "Banjir merendam rumah di sepanjang sungai di Bekasi."),
])
def test_no_feature_from_a_cue_that_is_a_common_phrase(places, lang, text):
    got = places(text, lang)
    assert not [m for ms in got.values() for m in ms
                if m.place is not None and m.place.source == "cue-natural"], got


@pytest.mark.parametrize("lang, text, surface, lat, lon", [
    # a long river with a course: at the stretch by the town of its sentence …
    ("fr", "À Niamey, les pêcheurs ont retrouvé l'embarcation sur le fleuve Niger.",
     "fleuve Niger", 13.51, 2.11),
    ("es", "Migrantes cruzaron el río Bravo frente a Reynosa durante la noche.",
     "río Bravo", 26.08, -98.28),
    ("de", "Die Feuerwehr in Düsseldorf zog am Montag ein Boot aus dem Rhein.", "Rhein",
     51.23, 6.77),
    # … or of its story
    ("en", "Two car bombs exploded in Raqqa on Monday. Fighters later crossed the Euphrates.",
     "Euphrates", 35.95, 39.01),
])
def test_a_long_river_is_placed_at_its_stretch_by_the_town(places, lang, text, surface, lat, lon):
    _near(_hit(places(text, lang), surface), lat, lon, km=40)


@pytest.mark.parametrize("lang, text, surface, place_id", [
    ("fr", "Des militaires patrouillaient samedi au pied de la tour Eiffel.", "tour Eiffel",
     "geomap:eiffel-tower"),
    ("it", "Migliaia di turisti sono stati fatti uscire dalla torre Eiffel.", "torre Eiffel",
     "geomap:eiffel-tower"),
    ("en", "Tourists were shot at the temple of Hatshepsut on the west bank.",
     "temple of Hatshepsut", "geomap:deir-el-bahari"),
])
def test_a_landmark_with_its_lower_case_head(places, lang, text, surface, place_id):
    assert _hit(places(text, lang), surface).place.id == place_id


def test_a_census_suffix_name_gives_the_bare_name():
    """GeoNames keeps some places' former or common names only with the Census Bureau's
    suffix ('Fort Hood CDP' of Fort Cavazos): the overlay adds the bare name."""
    import sqlite3

    from geomap.gazetteer.overlay import census_place_names

    con = sqlite3.connect(":memory:")
    con.execute("CREATE TABLE names(key TEXT NOT NULL, pid INTEGER NOT NULL, name TEXT NOT NULL,"
                " lang TEXT, kind TEXT NOT NULL, layer INTEGER NOT NULL DEFAULT 0,"
                " PRIMARY KEY (key, pid, layer)) WITHOUT ROWID")
    con.executemany("INSERT INTO names VALUES (?, ?, ?, ?, ?, 0)", [
        ("camp renamed", 1, "Camp Renamed", None, "name"),
        ("camp oldname cdp", 1, "Camp Oldname CDP", "en", "alt"),
        ("lakeview census designated place", 2, "Lakeview Census Designated Place", None, "alt"),
        ("lakeview", 2, "Lakeview", None, "name"),          # (already has the bare name)
    ])
    assert census_place_names(con) == 1
    assert con.execute("SELECT pid, name, kind, layer FROM names WHERE key = 'camp oldname'"
                       ).fetchall() == [(1, "Camp Oldname", "alt", 1)]


def test_a_renamed_base_by_its_census_name(places):
    got = places("Air Force One landed at Andrews AFB outside Washington on Tuesday.", "en")
    _near(_hit(got, "Andrews AFB"), 38.81, -76.87, km=20)


@pytest.mark.parametrize("lang, text, surface, lat, lon", [
    # a venue whose name holds a small far namesake town of the story's country, in a sentence
    # that names no town: the venue stays in the story's town (San Lorenzo near Naples;
    # San Pietro in Cariano near Verona is no address of a Bari market)
    ("it", "A Torino la polizia presidia il centro. Gli scontri sono proseguiti fino al mercato "
     "di San Lorenzo.", "San Lorenzo", 45.07, 7.69),
    ("it", "Bari si è svegliata sotto choc. Un'esplosione ha danneggiato il mercato di "
     "San Pietro in Cariano.", "San Pietro in Cariano", 41.12, 16.87),
])
def test_a_venue_named_like_a_far_small_town_stays_in_the_story_town(
        places, lang, text, surface, lat, lon):
    _near(_hit(places(text, lang), surface), lat, lon)


def test_a_venue_with_its_town_in_its_sentence_keeps_that_town(places):
    # ('il carcere di Opera' with Milan in its sentence: Opera lies by Milan, the address)
    got = places("A Milano, il detenuto è stato trasferito nel carcere di Opera.", "it")
    _near(_hit(got, "Opera"), 45.37, 9.21, km=30)


def test_a_cue_inside_a_longer_name_is_no_feature_of_its_own(places):
    # ('Taman Tasik X' is a park named by the whole, a street-like name of its town)
    got = places("Ratusan orang berkumpul di Taman Tasik Permaisuri di Kuala Lumpur semalam.", "ms")
    assert "Taman Tasik Permaisuri" in got and "Tasik Permaisuri" not in got, got


def test_a_cue_after_an_article_opening_the_sentence(places):
    got = places("El río Tuluní se desbordó el lunes en Chaparral.", "es")
    _near(_hit(got, "río Tuluní"), 3.72, -75.48)
