"""Place recognition on what the thirty-seventh unseen set brought to light: a town whose
namesake in another country scores about as well votes for no country of the story ('Hyde
Park' read in the United States by a hair put a London story there, and its Croydon with it).
Short sentences written for these tests, against the real gazetteer."""
from __future__ import annotations


def test_a_near_tie_abroad_puts_no_story_in_that_country(places):
    text = ("Police sealed off the paths in Hyde Park and in Regent's Park after two suspect "
            "packages were found on Saturday. A woman from Croydon said the crowd was calm.")
    got = places(text, "en")
    assert got["Hyde Park"][0].place.country == "GB"
    assert got["Croydon"][0].place.country == "GB"
