"""Session-14 (ev63): merging and tolls of happenings told in passing. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from test_events_locate import events  # noqa: E402


def brief(evs):
    return sorted((e.type, e.date, e.killed) for e in evs if not e.negated)


# A past attack told in passing with its toll in the same sentence is one happening with its dead.
@pytest.mark.parametrize("lang,text", [
    ("de", "Die Stadt kennt solche Taten: Am 3. Mai 1990 hatten Extremisten in Mölln ein Wohnhaus "
           "in Brand gesetzt, drei Menschen kamen ums Leben."),
    ("en", "The town has known such attacks: on 3 May 1990 extremists set fire to a house in Leeds; "
           "three people died."),
    ("fr", "La ville a déjà connu cela : le 3 mai 1990, des extrémistes avaient incendié une maison "
           "à Lyon, trois personnes sont mortes."),
])
def test_a_past_attack_keeps_the_toll_of_its_sentence(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.date == "1990-05-03"]
    assert [e.killed for e in evs] == [3], brief(evs)


def test_the_news_keeps_its_separate_toll(gazetteer):
    # (the story's own attack, days before the publication, is not told in passing)
    text = "Am Dienstag hatten Extremisten in Mölln ein Wohnhaus in Brand gesetzt, drei Menschen kamen ums Leben."
    evs = events(text, "de", gazetteer)
    assert ("casualties", 3) in [(e.type, e.killed) for e in evs]
