"""Stories told on the anniversary of a happening (helper ev56): 'exactly twenty years ago
tonight' is the publication's day that many years before, in nine languages; an old day that is
the publication's day and month some years before carries as the story's day; a day and month
without a year near that day belong to the story's year. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

import geomap
from geomap.events_dates import DAY, find_dates, resolve
from geomap.events_lex import lexicon

PUB = dt.date(2025, 3, 10)


@pytest.mark.parametrize("lang,text,n", [
    ("en", "Exactly thirty years ago tonight, a bomb went off in the station.", 30),
    ("fr", "Il y a trente ans jour pour jour, une bombe explosait dans la gare.", 30),
    ("de", "Heute vor genau 30 Jahren explodierte im Bahnhof eine Bombe.", 30),
    ("es", "Hoy hace treinta años estalló una bomba en la estación.", 30),
    ("it", "Esattamente trent'anni fa una bomba esplose nella stazione.", 30),
    ("ru", "Ровно тридцать лет назад на вокзале взорвалась бомба.", 30),
    ("tr", "Tam 30 yıl önce bugün garda bir bomba patladı.", 30),
    ("id", "Tepat tiga puluh tahun lalu, malam ini, sebuah bom meledak di stasiun.", 30),
    ("ms", "Genap 30 tahun lalu, sebutir bom meletup di stesen itu.", 30),
])
def test_exactly_so_many_years_ago_is_the_publication_day_then(lang, text, n):
    cues = [c for c in find_dates(text, lexicon(lang)) if c.years_exact is not None]
    assert [c.years_exact for c in cues] == [n], cues
    assert resolve(cues[0], PUB) == (dt.date(1995, 3, 10), DAY)


@pytest.mark.parametrize("lang,text", [
    ("en", "Thirty years ago, a bomb went off in the station."),
    ("id", "Tiga puluh tahun lalu sebuah bom meledak di stasiun."),
])
def test_years_ago_alone_is_no_day(lang, text):
    assert not [c for c in find_dates(text, lexicon(lang)) if c.years_exact is not None]


def events(lang: str, text: str, date: str = "2025-03-10"):
    doc = geomap.extract(text, is_text=True, lang=lang, date=date)
    return [(e.type, e.date) for e in doc.events if not e.negated]


def test_an_anniversary_day_carries_as_the_story_day():
    text = ("Lviv remembers\n\n"
            "On the night of 9 to 10 March 1995 the old depot in Lviv was full of passengers. "
            "A bomb exploded in the waiting room. Eleven people were killed.")
    got = events("en", text)
    assert got and all(d == "1995-03-10" for _, d in got), got


def test_an_old_day_that_is_no_anniversary_still_does_not_carry():
    text = ("Police arrested two men in Kharkiv on Sunday. The city was first shelled on 4 May "
            "2019, when the war began. Two soldiers were wounded in Kharkiv.")
    got = events("en", text)
    assert all(d != "2019-05-04" for t, d in got if t == "casualties"), got


def test_a_bare_day_near_the_anniversary_takes_the_story_year():
    text = ("Lviv remembers\n\n"
            "On 10 March 1995 a bomb exploded at the depot in Lviv, killing eleven people.\n\n"
            "Two weeks earlier, on 24 February, gunmen had shot dead a guard in Ternopil.")
    got = events("en", text)
    assert ("casualties", "1995-02-24") in got or ("armed_clash", "1995-02-24") in got, got
