"""A list of scenes that opens with a street the gazetteer lacks ('blasts at or near X Road, A,
B and C'): the street is pinned at the point of the town written after it, which reads that town
as its address; when the town goes on to further items of the list, every item is a scene of its
own (helper ev67). Indonesian police raids (menggerebek) are detentions. Sentences written for
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
