"""A place of a list told in another paragraph ('Bombs exploded at churches in five cities, among
them Jakarta, Bekasi and Medan') is a happening of its own there: it does not move the scene of a
happening its own paragraph placed at a site before (helper ev56). Sentences written for these tests."""
from __future__ import annotations

import pytest

import geomap


@pytest.mark.parametrize("lang,text", [
    ("id", "KEDIRI - Sebuah bungkusan ditemukan di dekat pintu Gereja Santo Yosef di Kota Kediri. "
           "Seorang penjaga membawanya keluar. Bom meledak di pelukannya.\n\n"
           "Bom meledak di gereja-gereja di sedikitnya lima kota, antara lain Jakarta, Bekasi, dan Medan.\n"),
    ("en", "KEDIRI - A parcel was found by the door of St Joseph Church in Kediri. A guard carried it outside. "
           "The bomb exploded in his arms.\n\n"
           "Bombs exploded at churches in at least five cities, among them Jakarta, Bekasi and Medan.\n"),
])
def test_a_listed_place_of_another_paragraph_keeps_the_scene_told_before(lang, text):
    doc = geomap.extract(text, is_text=True, lang=lang, date="2021-12-24")
    first = [e for e in doc.events if e.sentence.startswith(("Bom meledak di pel", "The bomb exploded"))]
    assert first and first[0].location is not None and first[0].location.name != "Jakarta", \
        [(e.type, e.location and e.location.name, e.sentence[:30]) for e in doc.events]
    names = {e.location.name for e in doc.events if e.location is not None}
    assert {"Jakarta", "Bekasi", "Medan"} <= names, names
