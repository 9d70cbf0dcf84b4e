"""Names joined by the articled prepositions of Italian ('Piana degli Albanesi', 'Castiglione
delle Stiviere'), the holder's name after an office's place named after such a preposition,
and a dateline's place followed by a news desk's words ('ANKARA Haber Servisi'). Short texts
written for these tests, against the real gazetteer."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, text, name, country", [
    ("it", "Ieri sera una fiaccolata è partita da Piana degli Albanesi verso il paese vicino.",
     "Piana degli Albanesi", "IT"),
    ("it", "I carabinieri di Castiglione delle Stiviere hanno fermato due giovani.",
     "Castiglione delle Stiviere", "IT"),
    ("en", "The procession set off from Piana degli Albanesi before dawn on Monday.",
     "Piana degli Albanesi", "IT"),
    ("de", "Der Zug fuhr von Castiglione delle Stiviere weiter nach Brescia.",
     "Castiglione delle Stiviere", "IT"),
])
def test_italian_articled_prepositions_join_one_name(places, lang, text, name, country):
    got = places(text, lang)
    assert name in got
    assert got[name][0].place.country == country


def test_the_holder_named_after_an_office_and_its_place_is_no_place(places):
    # ('degli' joins the office to its country; the two capitalised words after the country
    # are the ambassador, whatever towns they spell)
    text = ("Il governo ha convocato l'ambasciatrice degli Stati Uniti Mary Tracy dopo gli "
            "scontri di ieri a Mosca.")
    got = places(text, "it")
    assert "Stati Uniti" in got
    assert "Tracy" not in got and "Mary Tracy" not in got


@pytest.mark.parametrize("desk", ["Haber Servisi", "Haber Merkezi"])
def test_a_datelines_place_before_a_news_desk_is_the_dateline(gazetteer, desk):
    from geomap.places import find_places
    from geomap.read import read_article

    text = ("Başkentte gece saatlerinde patlama\n\n"
            f"ANKARA {desk}\n"
            "Kentin merkezinde dün gece meydana gelen patlamada iki kişi yaralandı. Polis "
            "olay yerinde inceleme başlattı.\n")
    doc = find_places(read_article(text, lang="tr", is_text=True), gazetteer)
    assert doc.dateline is not None and doc.dateline.mention == "ANKARA"
    assert doc.dateline.place.country == "TR"
