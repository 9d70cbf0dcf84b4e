"""Session-8 precision round (ev28): a crime named as a charge or a sentence is no happening;
a place visited by tourists is no meeting; a country or region people come from is no scene.
Sentences written for these tests, run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


@pytest.mark.parametrize("lang,text", [
    ("en", "The escaped inmate had been convicted of murder and kidnapping."),
    ("es", "El reo fugado purgaba varias sentencias por homicidio y secuestro."),
    ("tr", "Kaçan mahkum adam öldürme suçundan hükümlüydü."),
])
def test_a_crime_named_as_a_charge_is_no_happening(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert not [e for e in evs if e.type in ("capture_detention", "casualties", "armed_clash")]


@pytest.mark.parametrize("lang,text", [
    ("en", "He was arrested on Monday in Chicago."),
    ("es", "La policía detuvo el lunes a tres hombres en Ciudad Juárez."),
])
def test_an_arrest_itself_is_still_told(gazetteer, lang, text):
    assert [e for e in events(text, lang, gazetteer) if e.type == "capture_detention"]


@pytest.mark.parametrize("lang,text", [
    ("ms", "Kuil itu sering dikunjungi pelancong dari luar negara."),
    ("id", "Pantai itu ramai dikunjungi wisatawan setiap akhir pekan."),
    ("en", "The shrine is often visited by foreign tourists."),
])
def test_a_place_visited_by_tourists_is_no_meeting(gazetteer, lang, text):
    assert not [e for e in events(text, lang, gazetteer) if e.type == "talks_meeting"]


def test_a_region_people_come_from_is_no_scene(gazetteer):
    evs = events("Bom itu meletup di sebuah kuil yang sering dikunjungi pelancong dari China dan "
                 "Asia Tenggara.", "ms", gazetteer)
    names = {e.location.name for e in evs if e.location is not None}
    assert "Southeast Asia" not in names and "China" not in names


@pytest.mark.parametrize("lang,text", [
    ("fr", "Au moins 40 civils ont été tués samedi dans le village de Bankass. Il s'agit de la tuerie "
           "la plus meurtrière dans le centre du Mali depuis le début des violences."),
    ("en", "At least 40 civilians were killed on Saturday in the village of Bankass. It was the "
           "deadliest massacre in Mali since the violence began in 2015."),
])
def test_the_deadliest_since_tells_the_happening_again(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.type in ("casualties", "armed_clash") and not e.negated]
    assert [e.location.name if e.location else None for e in evs] == ["Bankass"]


@pytest.mark.parametrize("lang,text", [
    ("id", "Polisi berjaga mengamankan pawai obor menyambut bulan Ramadan di Bandung."),
    ("ms", "Polis mengawal perarakan obor menyambut Maal Hijrah di Kota Bharu."),
])
def test_a_festive_parade_is_no_protest(gazetteer, lang, text):
    assert not [e for e in events(text, lang, gazetteer) if e.type == "protest"]


def test_a_parade_against_a_policy_is_still_a_protest(gazetteer):
    evs = events("Ribuan warga menggelar pawai menolak kenaikan harga BBM di Makassar.", "id", gazetteer)
    assert [e for e in evs if e.type == "protest"]


def test_a_demonstrative_attack_beside_a_list_of_provinces_is_the_attack_before(gazetteer):
    evs = events("Sebuah bom meletup di kuil Erawan di Bangkok pada hari Isnin. Jurucakap tentera berkata "
                 "serangan itu tidak sepadan dengan kaedah kumpulan pemisah di wilayah selatan seperti "
                 "Narathiwat, Yala dan Pattani.", "ms", gazetteer)
    names = {e.location.name for e in evs if e.location is not None and e.type in ("armed_clash", "shelling_airstrike")}
    assert not names & {"Narathiwat", "Yala", "Pattani"}


@pytest.mark.parametrize("lang,text", [
    ("it", "Un missile russo ha colpito un edificio a Leopoli. L'aeronautica ha spiegato che la Russia ha "
           "lanciato dieci missili Kalibr da navi nel Mar Nero e che sette sono stati intercettati."),
    ("en", "A Russian missile hit a building in Lviv. The air force said Russia launched ten Kalibr "
           "missiles from ships in the Black Sea and that seven were shot down."),
])
def test_ships_at_sea_a_missile_was_launched_from_are_no_scene(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    names = {e.location.name for e in evs if e.location is not None}
    assert "Black Sea" not in names


@pytest.mark.parametrize("lang,text,where", [
    ("es", "Hombres armados atacaron el domingo el penal de Ciudad Juárez. El ataque dejó 17 muertos, "
           "de acuerdo con la Fiscalía General del Estado de Chihuahua.", "Ciudad Juárez"),
    ("en", "Gunmen attacked the prison in Ciudad Juárez on Sunday. The attack left 17 dead, according "
           "to the Attorney General of the State of Chihuahua.", "Ciudad Juárez"),
])
def test_the_seat_of_a_reports_source_is_no_scene(gazetteer, lang, text, where):
    evs = [e for e in events(text, lang, gazetteer) if e.type in ("casualties", "armed_clash") and not e.negated]
    assert evs and {e.location.name for e in evs if e.location is not None} == {where}


def test_witnesses_in_a_town_still_place_the_happening(gazetteer):
    evs = events("Según testigos en Kidal, los combates dejaron diez muertos.", "es", gazetteer)
    assert "Kidal" in {e.location.name for e in evs if e.location is not None}


@pytest.mark.parametrize("lang,text,where", [
    ("fr", "Deux mois plus tôt, l'attaque de l'hôtel Radisson Blu de Bamako avait fait vingt morts.", "Bamako"),
    ("it", "Due mesi prima, l'attacco all'hotel Radisson Blu di Bamako aveva fatto venti morti.", "Bamako"),
])
def test_a_named_facilitys_capital_is_its_scene(gazetteer, lang, text, where):
    """The event is at the town (or at the hotel itself, pinned at the town), not the country."""
    from geopy.distance import geodesic
    town = gazetteer.lookup(where, limit=1)[0].place
    evs = [e for e in events(text, lang, gazetteer) if e.type in ("casualties", "armed_clash") and not e.negated]
    assert evs and all(e.location is not None and e.location.geometry["type"] == "Point" for e in evs)
    for e in evs:
        lon, lat = e.location.geometry["coordinates"]
        assert geodesic((lat, lon), (town.lat, town.lon)).km < 25, e.location
