"""Session-7 precision round (ev17): an appeal's content runs through a short bracketed gloss
('Majlis Keselamatan PBB (UN) bertindak … gencatan senjata'), martial law declared is a posture
in Malay too. Sentences written for these tests, run through the real reader, geoparser and
gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def kinds(evs, typ):
    return [e.location.name if e.location else None for e in evs if e.type == typ and not e.negated]


@pytest.mark.parametrize("lang,text", [
    ("ms", "Anwar menggesa Majlis Keselamatan Pertubuhan Bangsa-Bangsa Bersatu (PBB) bertindak segera "
           "bagi memastikan gencatan senjata dilaksanakan di Gaza."),
    ("en", "Erdogan urged the United Nations (UN) to ensure a ceasefire in Gaza."),
])
def test_appeal_content_through_a_gloss(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert kinds(evs, "appeal_demand")
    assert kinds(evs, "ceasefire_agreement") == []


def test_malay_martial_law(gazetteer):
    evs = events("Presiden mengisytiharkan undang-undang tentera di seluruh Mindanao pada malam Selasa.",
                 "ms", gazetteer)
    assert "Mindanao" in kinds(evs, "military_alert_deployment")
