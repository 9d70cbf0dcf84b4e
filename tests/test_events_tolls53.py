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
