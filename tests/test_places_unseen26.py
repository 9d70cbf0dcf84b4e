"""Place recognition and resolution on what the twenty-sixth unseen set brought to light: the
head word of a facility's name ('Garı', 'Hospital', 'Palacio') read as a namesake village, a
far namesake quarter inside a palace's name, and a facility whose name a big town opens.
Short sentences written for these tests, against the real gazetteer."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, text, head", [
    ("tr", "Dün sabah İzmir Garı önünde toplanan kalabalığa polis müdahale etti.", "Garı"),
    ("es", "Los heridos fueron trasladados al Hospital San Rafael de Tunja anoche.", "Hospital"),
    ("es", "Los manifestantes rodearon el Palacio de Justicia de Lima durante horas.", "Palacio"),
])
def test_a_facility_head_is_no_village(places, lang, text, head):
    got = places(text, lang)
    assert head not in got and f"El {head}" not in got, got


def test_a_palace_in_the_story_town_holds_no_far_quarter(places):
    # ('Justicia' is also a quarter of Madrid: the palace is in the town its sentence names)
    got = places("Los rebeldes ocuparon el Palacio de Justicia en el centro de Caracas.", "es")
    assert "Justicia" not in got, got
    m = got["Palacio de Justicia"][0]
    assert m.place.country == "VE", m.place


@pytest.mark.parametrize("lang, text, surface, iso", [
    ("tr", "Dün sabah İzmir Garı önünde toplanan kalabalığa polis müdahale etti.",
     "İzmir Garı", "TR"),
    ("en", "Commuters were evacuated from Leeds Station after the alert.",
     "Leeds Station", "GB"),
])
def test_a_facility_its_big_town_opens_is_named_whole(places, lang, text, surface, iso):
    got = places(text, lang)
    assert surface in got and got[surface][0].place.country == iso, got


def test_a_lower_case_building_of_a_town_stays_the_town(places):
    got = places("The wounded were taken to the Karachi hospital on Monday.", "en")
    assert "Karachi" in got and "Karachi hospital" not in got, got


@pytest.mark.parametrize("text, person", [
    ("Stamane Aldo Ferrara ha incontrato i giornalisti a Roma.", "Ferrara"),
    ("Il dirigente del partito socialista Giulio Rivera era a Roma.", "Rivera"),
])
def test_italian_given_names_make_persons(places, text, person):
    # (a surname named like a town: after a given name it is the person's)
    got = places(text, "it")
    assert person not in got and "Roma" in got, got
