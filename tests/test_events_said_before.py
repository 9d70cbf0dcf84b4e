"""A statement with no venue of its own that goes on with the speaker of the sentence before (a
pronoun or no subject) was made where that sentence puts the speaker: the place a speech verb
was said at or from, or the one place of a sentence that tells no happening. A new speaker, or
a place of the statement's own, keeps it unplaced. Short sentences written for these tests, run
through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def statements(evs):
    return [e for e in evs if e.type in ("accusation_statement", "appeal_demand")]


def names(evs):
    return {e.location.name if e.location else None for e in statements(evs)}


@pytest.mark.parametrize("text,lang,place", [
    ("The bombing of a bus killed six people in Mandera on Sunday.\n\n"
     "In a speech from Mombasa on Monday, the president said the attackers had crossed the border. "
     "He blamed a criminal gang for the bombing.", "en", "Mombasa"),
    ("Bei einem Anschlag in Kundus wurden am Montag vier Soldaten verletzt.\n\n"
     "Die Ministerin hielt sich am Dienstag in Hamburg auf. Sie verurteilte den Anschlag scharf.",
     "de", "Hamburg"),
])
def test_a_pronoun_statement_takes_the_speakers_place_before(gazetteer, text, lang, place):
    assert place in names(events(text, lang, gazetteer))


def test_a_new_speaker_is_not_where_the_one_before_was(gazetteer):
    evs = events("The bombing of a bus killed six people in Mandera on Sunday.\n\n"
                 "In a speech from Mombasa on Monday, the president said the attackers had crossed "
                 "the border. The opposition leader blamed the government for the bombing.",
                 "en", gazetteer)
    assert "Mombasa" not in names(evs)


def test_a_statement_with_a_place_of_its_own_keeps_it(gazetteer):
    evs = events("Die Ministerin hielt sich am Dienstag in Hamburg auf. Sie verurteilte den Anschlag "
                 "in Kundus scharf.", "de", gazetteer)
    assert "Hamburg" not in names(evs)


def test_every_language_lists_its_pronouns():
    from geomap.events_lex import lexicon
    for code in ("id", "en", "ru", "tr", "fr", "de", "es", "it", "ms"):
        assert "said_pronouns" in lexicon(code).data


def test_a_place_in_what_was_said_before_is_no_venue(gazetteer):
    evs = events("Gli scontri a Misurata hanno ucciso tre civili.\n\n"
                 "Il ministro degli Esteri ha assicurato che nessun connazionale è rimasto coinvolto "
                 "e che il consolato a Bengasi resta aperto. Ha condannato gli scontri.", "it", gazetteer)
    assert "Bengasi" not in names(evs) and "Benghazi" not in names(evs)
