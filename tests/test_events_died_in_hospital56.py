"""Wounded who later died in a hospital died of the attack told before: the hospital's town is
no scene (helper ev56: `away` phrases of dying in hospital, nine languages). Sentences written
for these tests."""
from __future__ import annotations

import pytest

import geomap


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen opened fire on a bus near Kohat on Friday, killing six passengers. "
           "Two of the injured later died at a hospital in Peshawar."),
    ("fr", "Des hommes armés ont ouvert le feu sur un bus près de Kohat vendredi, tuant six passagers. "
           "Deux blessés sont morts à l'hôpital de Peshawar."),
    ("es", "Hombres armados dispararon contra un autobús cerca de Kohat el viernes y mataron a seis pasajeros. "
           "Dos heridos murieron en el hospital de Peshawar."),
    ("ru", "В пятницу боевики обстреляли автобус у Кохата, погибли шесть пассажиров. "
           "Двое раненых скончались в больнице Пешавара."),
    ("id", "Orang bersenjata menembaki sebuah bus di dekat Kohat pada Jumat, menewaskan enam penumpang. "
           "Dua korban luka meninggal di rumah sakit di Peshawar."),
])
def test_the_hospital_where_the_wounded_died_is_no_scene(lang, text):
    doc = geomap.extract(text, is_text=True, lang=lang, date="2025-03-09")
    places = [e.location.name for e in doc.events if e.location is not None]
    assert places and "Peshawar" not in places, [(e.type, e.location and e.location.name) for e in doc.events]
