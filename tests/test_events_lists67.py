"""A list of scenes that opens with a street the gazetteer lacks ('blasts at or near X Road, A,
B and C'): the street is pinned at the point of the town written after it, which reads that town
as its address; when the town goes on to further items of the list, every item is a scene of its
own (helper ev67). Indonesian police raids (menggerebek) are detentions; the damage a blast did
to a building, told in its own clause after it, is an event of its own (other). Sentences written for
these tests, run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

import geomap


def scenes(text, lang, typ):
    doc = geomap.extract(text, is_text=True, lang=lang, date="2020-03-03")
    return [e.location.name for e in doc.events if e.type == typ and e.location is not None]


@pytest.mark.parametrize("lang,text", [
    ("en", "Bombs\n\nOn Monday evening explosions were reported at or near Ring Road, Bekasi, Bogor, "
           "Depok and Tangerang."),
    ("id", "Bom\n\nSenin malam ledakan terjadi di Jalan Merdeka, Bekasi, Bogor, Depok dan Tangerang."),
    ("ms", "Bom\n\nMalam Isnin letupan berlaku di Jalan Ampang, Kajang, Klang, Rawang dan Seremban."),
])
def test_a_list_opened_by_a_street_gives_one_scene_per_item(lang, text):
    got = scenes(text, lang, "shelling_airstrike")
    assert len(got) == 5, got


@pytest.mark.parametrize("lang,text", [
    ("id", "Bom\n\nSenin malam ledakan terjadi di Jalan Merdeka, Bekasi, Jawa Barat."),
    ("en", "Bombs\n\nOn Monday evening a bomb exploded in Station Road, Bekasi, West Java."),
])
def test_a_street_with_its_address_stays_one_scene(lang, text):
    got = scenes(text, lang, "shelling_airstrike")
    assert len(got) == 1, got


def test_an_indonesian_police_raid_is_a_detention_at_each_place():
    got = scenes("Polisi\n\nMinggu lalu, Densus 88 menggerebek sejumlah rumah di Solo, Klaten dan Sukoharjo.",
                 "id", "capture_detention")
    assert len(got) == 3 and "Klaten" in got, got


@pytest.mark.parametrize("lang,text", [
    ("en", "Bomb\n\nOn Monday a car bomb exploded outside the town hall in Leeds. The blast tore the roof off "
           "the building."),
    ("ru", "Взрыв\n\nВ понедельник у здания мэрии в Самаре взорвался заминированный автомобиль. Взрывом обрушило "
           "крышу и перекрытия."),
    ("es", "Bomba\n\nEl lunes estalló un coche bomba frente al ayuntamiento de Bilbao. La onda expansiva arrasó la "
           "fachada del edificio."),
    ("it", "Bomba\n\nLunedì un'autobomba è esplosa davanti al municipio di Bari. L'esplosione scavò un cratere "
           "nella strada."),
])
def test_damage_told_after_a_blast_is_its_own_event(lang, text):
    doc = geomap.extract(text, is_text=True, lang=lang, date="2020-03-03")
    types = [e.type for e in doc.events if e.location is not None]
    assert "shelling_airstrike" in types and "other" in types, \
        [(e.type, e.location and e.location.name) for e in doc.events]


@pytest.mark.parametrize("lang,text", [
    ("ms", "Rusuhan\n\nPada malam Isnin, pergaduhan dan pembakaran merebak ke Kajang, Klang dan Rawang."),
    ("id", "Kerusuhan\n\nPada Senin malam, perkelahian dan pembakaran meluas ke Bekasi, Bogor dan Depok."),
])
def test_fighting_and_burning_spreading_is_a_riot_at_each_place(lang, text):
    got = scenes(text, lang, "protest")
    assert len(got) == 3, got


def test_places_people_fled_to_are_no_scenes_of_a_list():
    doc = geomap.extract("Poso\n\nSenin pagi, puluhan keluarga di Dusun Tanah Merah mengungsi ke pusat Desa "
                         "Sukamaju dan ke kota Palu karena takut.", is_text=True, lang="id", date="2020-03-03")
    assert "Palu" not in [e.location.name for e in doc.events if e.location is not None]
