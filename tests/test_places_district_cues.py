"""Names the gazetteer lacks after a district or village cue: a district's cue ('Distrik X',
'cercle de X') vouches for a place as a village's does; a bare 'caserío X' is a village cue;
and a village whose own sentence names no area is pinned at the district or town the sentence
right before names in the same paragraph, unless its own sentence names another country.
Short sentences written for these tests (invented village names), against the real gazetteer."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, text, name, area", [
    ("id", "Serangan terjadi di Distrik Wuyamuk, Kabupaten Yahukimo, pada Senin.", "Wuyamuk", "ID"),
    ("fr", "L'armée a frappé le cercle de Wuyamuk, dans la région de Mopti.", "Wuyamuk", "ML"),
    ("es", "Los soldados llegaron al caserío El Guamalito, en el municipio de Tame, el lunes.",
     "El Guamalito", "CO"),
])
def test_a_name_after_a_district_or_village_cue_is_a_place(places, lang, text, name, area):
    got = places(text, lang)
    assert name in got, got
    assert got[name][0].place.country == area, got[name][0].place


def test_a_village_is_pinned_at_the_area_of_the_sentence_before(places):
    got = places("Pertempuran pecah di Kabupaten Puncak pada Selasa. "
                 "Warga Kampung Wuyamuk mengungsi ke hutan.", "id")
    assert "Wuyamuk" in got, got
    assert got["Wuyamuk"][0].place.country == "ID"


def test_a_village_is_not_pinned_at_another_country_of_the_sentence_before(places):
    got = places("Missiles hit the Lviv region on Saturday. In neighbouring Moldova, police "
                 "found fragments near the village of Tobrelu.", "en")
    assert all(m.place.country != "UA" for m in got.get("Tobrelu", [])), got


def test_a_village_is_not_pinned_across_a_paragraph(places):
    got = places("Explosion at a Baku oil terminal injures three\n\n"
                 "Five soldiers were killed near the village of Tobrelu, officials said.", "en")
    assert "Tobrelu" not in got, got


@pytest.mark.parametrize("lang", ["id", "ms"])
def test_surat_a_letter_opening_a_sentence_is_no_indian_city(places, lang):
    got = places("Surat itu dikirim kepada polisi pada Senin. Polisi tiba di Surat, India.", lang)
    assert len(got.get("Surat", [])) == 1, got


def test_the_english_adjective_emirati_is_no_mention_of_the_country(places):
    got = places("Emirati officials said on Tuesday that a drone had been shot down near Aden.", "en")
    assert "Emirati" not in got and "Aden" in got, got
