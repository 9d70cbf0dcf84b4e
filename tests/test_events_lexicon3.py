"""Event detection, typing and counts, third part: phenomena of unseen articles found after
heldout4. Sentences written for these tests; no gazetteer needed."""
from __future__ import annotations

import pytest

from geomap.document import BODY, Document, Segment
from geomap.events import extract_events


def events_of(lang: str, text: str):
    doc = Document(text=text, lang=lang, published="2026-03-10", segments=[Segment(BODY, 0, len(text))])
    return [e for e in extract_events(doc).events if not e.negated]


@pytest.mark.parametrize("lang,text", [
    ("en", "Twelve villagers were killed on Monday in an attack on a market. "
           "The official toll is 12 dead and 30 wounded."),
    ("fr", "Douze villageois ont été tués lundi dans l'attaque d'un marché. "
           "Le bilan officiel est de 12 morts et 30 blessés."),
    ("es", "Doce aldeanos murieron el lunes en un ataque contra un mercado. "
           "El balance oficial es de 12 muertos y 30 heridos."),
    ("id", "Dua belas warga desa tewas pada Senin dalam serangan di sebuah pasar. "
           "Korban resmi tercatat 12 orang tewas dan 30 luka-luka."),
])
def test_a_toll_restated_with_new_figures_in_its_own_sentence_is_its_own_casualties_event(lang, text):
    # the guideline: a toll given in its own sentence is a separate casualties event
    evs = events_of(lang, text)
    killed = [e for e in evs if e.killed == 12]
    assert len(killed) == 2, [(e.type, e.killed, e.wounded, e.sentence[:40]) for e in evs]
    assert any(e.wounded == 30 for e in killed)
