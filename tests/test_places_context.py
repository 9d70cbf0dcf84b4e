"""Place resolution that depends on the article: the countries it is about, the head noun
before a name ('región de', 'puente de'), spellings GeoNames lacks, and page furniture (menus,
section tags) whose capitalised words are no places. Short sentences written for these tests,
against the real gazetteer."""
from __future__ import annotations

import pytest

from geomap.places import find_places
from geomap.read import read_article


@pytest.fixture(scope="module")
def places(gazetteer):
    def _run(text: str, lang: str) -> dict[str, list]:
        doc = find_places(read_article(text, lang=lang, is_text=True), gazetteer)
        out: dict[str, list] = {}
        for m in doc.mentions:
            out.setdefault(m.mention, []).append(m)
        return out
    return _run


def test_menu_line_words_are_not_places(places):
    got = places("Esteri | Mondo\n\nScontri a Kapan, riferisce il ministero "
                 "armeno della Difesa.", "it")
    assert "Mondo" not in got
    assert got["Kapan"][0].place.country == "AM"


def test_breadcrumb_words_are_not_places(places):
    got = places("Noticias › Mundo › Vista\n\nLos combates en Kapan dejaron dos muertos, "
                 "según el ministerio armenio.", "es")
    assert "Vista" not in got and "Mundo" not in got
    assert got["Kapan"][0].place.country == "AM"
