"""Session-12 precision (ev55): a happening ranked among others by an ordinal or a superlative
and the span it is ranked in ('the fourth bombing in the city within a month', 'l'une des
attaques les plus meurtrières jamais …') is the happening told before, no new one at the town
or country it is ranked in. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events_locate import events

VIOLENT = ("casualties", "armed_clash", "shelling_airstrike")


@pytest.mark.parametrize("lang,text", [
    ("en", "A car bomb exploded on Tuesday near a market in Kandahar, killing nine people. "
           "It was the fourth bombing in Kandahar in less than two months."),
    ("en", "Gunmen killed six villagers on Sunday in the village of Bankass. "
           "It was the second attack in Mali this year."),
    ("ru", "Во вторник у рынка в Махачкале взорвался автомобиль, погибли девять человек. "
           "Это уже четвертый теракт в Махачкале за два месяца."),
    ("de", "Am Dienstag explodierte in Kandahar eine Autobombe, neun Menschen wurden getötet. "
           "Es war der vierte Anschlag in Kandahar innerhalb eines Monats."),
    ("fr", "Au moins 40 civils ont été tués samedi dans le village de Bankass. "
           "C'est l'une des attaques les plus meurtrières jamais commises au Mali."),
    ("es", "Un coche bomba estalló el martes en Cúcuta y mató a nueve personas. "
           "Es el tercer atentado en Cúcuta en menos de un mes."),
])
def test_a_ranked_happening_is_the_one_told_before(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.type in VIOLENT and not e.negated]
    assert len(evs) == 1, [(e.type, e.location and e.location.name, e.sentence) for e in evs]
    assert evs[0].location is not None and evs[0].location.name not in ("Mali", "Afghanistan", "Colombia")


@pytest.mark.parametrize("lang,text", [
    ("en", "A car bomb exploded on Tuesday near a market in Kandahar, killing nine people. "
           "A second bomb exploded in Kabul an hour later, killing four."),
    ("en", "A car bomb exploded on Tuesday near a market in Kandahar, killing nine people. "
           "On Friday a third attack hit Herat."),
])
def test_an_ordinal_without_a_span_still_tells_a_happening(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.type in VIOLENT and not e.negated]
    assert len({e.location.name for e in evs if e.location is not None}) == 2


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des hommes armés ont tué trente villageois samedi à Bankass. "
           "C'est l'une des attaques les plus meurtrières jamais commises."),
    ("en", "Gunmen killed thirty villagers on Saturday in Bankass. "
           "It was one of the deadliest attacks ever."),
])
def test_a_ranked_happening_with_no_place_of_its_own_is_the_one_before(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.type in VIOLENT and not e.negated]
    assert len(evs) == 1 and evs[0].location is not None and evs[0].location.name == "Bankass"
