"""Session-12 (ev53): a toll told as the object of an active verb of shooting or stabbing with
the killer as its subject in between ('In X erschoss ein Mann sieben Menschen', 'стрелок
расстрелял девять человек'). Sentences written for these tests, run through the real reader,
geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def tolls(text, lang, gazetteer):
    return [e.killed for e in events(text, lang, gazetteer)
            if e.type == "casualties" and not e.negated and e.killed is not None]


@pytest.mark.parametrize("lang,text,killed", [
    ("de", "In Hamburg erschoss ein Mann am Sonntag sieben Menschen.", 7),
    ("de", "In Leipzig erschoss ein Schütze im März 2019 vier Passanten.", 4),
    ("de", "In Bremen erstach ein Angreifer zwei Passanten.", 2),
    ("ru", "В Казани стрелок расстрелял девять человек.", 9),
])
def test_an_active_verb_of_killing_reads_its_object_as_the_toll(gazetteer, lang, text, killed):
    assert tolls(text, lang, gazetteer) == [killed]


def test_a_lone_object_with_no_figure_makes_no_toll(gazetteer):
    assert tolls("Die Polizei erschoss den Angreifer.", "de", gazetteer) == []


# A verb before its subject (German verb second, Romance inversion) with a date and a place in
# between: short words and the words of the date do not count against the distance back.
@pytest.mark.parametrize("lang,text,killed", [
    ("de", "Bei dem Brand in Hamburg starben in der Nacht zum 12. März 2001 in Altona vier Menschen.", 4),
    ("fr", "Dans l'incendie de Lyon sont morts dans la nuit du 12 mars 2001 à Vénissieux quatre personnes.", 4),
    ("es", "En el incendio de Madrid murieron la noche del 12 de marzo de 2001 en Vallecas cuatro personas.", 4),
])
def test_a_date_between_the_death_verb_and_its_late_subject(gazetteer, lang, text, killed):
    assert tolls(text, lang, gazetteer) == [killed]


def test_a_year_far_after_a_victim_word_is_no_toll(gazetteer):
    text = "Entre las víctimas de Madrid hay firmantes del acuerdo de paz de 2016."
    assert tolls(text, "es", gazetteer) == []
