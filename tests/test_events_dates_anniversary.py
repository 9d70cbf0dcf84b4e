"""Stories told on the anniversary of a happening (helper ev56): 'exactly twenty years ago
tonight' is the publication's day that many years before, in nine languages; an old day that is
the publication's day and month some years before carries as the story's day; a day and month
without a year near that day belong to the story's year; a statement with no day of its own is
made on the day the dateline gives ('SUKKUR, March 8:' in a paper of March 9). Sentences written
for these tests."""
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


@pytest.mark.parametrize("lang,text", [
    ("en", "Blast hits Sukkur market\n\nSUKKUR, March 8: A bomb went off in the vegetable market on Saturday, "
           "killing six people. The governor condemned the attack."),
    ("fr", "Explosion au marché de Sikasso\n\nSIKASSO, 8 mars: Une bombe a explosé au marché samedi, tuant six "
           "personnes. Le gouverneur a condamné l'attaque."),
])
def test_a_statement_with_no_day_is_made_on_the_datelines_day(lang, text):
    doc = geomap.extract(text, is_text=True, lang=lang, date="2025-03-09")
    said = [e.date for e in doc.events if e.type == "accusation_statement"]
    assert said == ["2025-03-08"], [(e.type, e.date) for e in doc.events]


@pytest.mark.parametrize("lang", ["en", "fr", "de", "es", "it", "ru", "tr", "id", "ms"])
def test_exact_anniversary_pattern_skipped_only_without_its_words(lang):
    """(speed, helper sp5) the anniversary pattern runs only on a sentence holding a literal
    piece of one of its phrases; each phrase's piece is one of those checked, so the skip loses
    no match."""
    from geomap.events_dates import _compiled
    lex = lexicon(lang)
    pats = _compiled(lex.code, id(lex), lex)[0]
    needed = pats["years_exact_needed"]
    assert needed and all(needed)
    for w in lex.dates.get("years_ago_exact") or ():
        assert any(piece in w.lower() for piece in needed), w


def test_exact_anniversary_found_across_comma_and_apostrophe():
    lex = lexicon("fr")
    for text in ("Il y a 25 ans, jour pour jour, un obus tombait sur le marché.",
                 "Il y a 25 ans aujourd’hui, un obus tombait sur le marché."):
        cues = [c for c in find_dates(text, lex) if c.years_exact is not None]
        assert [c.years_exact for c in cues] == [25], text
    assert not [c for c in find_dates("Un obus tombait sur le marché il y a 25 ans.", lex)
                if c.years_exact is not None]
