"""Session-16 (ev81): phrasings of heldout39's events and counts, in the languages where they
exist. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events_locate import events  # noqa: E402


def show(evs):
    return [(e.type, e.trigger, e.killed, e.wounded, e.negated, e.location and e.location.name) for e in evs]


# A figure a toll rose to that ends its clause is that toll's, whatever count word the next
# clause brings ('…had risen to eleven, and the gunman was alive, wounded …').
@pytest.mark.parametrize("lang,text", [
    ("en", "A gunman opened fire at a school in Dallas on Monday. By evening officials corrected the figure: "
           "the death toll had risen to eleven, and the gunman was alive, wounded and under guard."),
    ("ru", "В понедельник у рынка в Назрани взорвался автомобиль. К вечеру число погибших выросло до 11 "
           "(одиннадцати), ранены более сорока человек."),
    ("fr", "Lundi, un homme a ouvert le feu dans une école de Nantes. Le soir, le nombre de morts était "
           "passé à onze, et le tireur, blessé, était à l'hôpital."),
    ("es", "El lunes un hombre abrió fuego en una escuela de Sevilla. Por la noche la cifra de muertos "
           "había subido a once, y el atacante, herido, seguía en el hospital."),
    ("de", "Am Montag schoss ein Mann in einer Schule in Dortmund um sich. Am Abend war die Zahl der "
           "Toten auf elf gestiegen, und der Täter lag verletzt im Krankenhaus."),
])
def test_risen_toll_ending_its_clause_is_the_dead(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    cas = [e for e in evs if e.type == "casualties" and not e.negated]
    assert any(e.killed == 11 for e in cas), show(evs)
    assert not any(e.wounded in (11, 12, 22) for e in cas), show(evs)


# Real places the gazetteer lacked: a military post, temple sites of Luxor.
@pytest.mark.parametrize("lang,text,place", [
    ("en", "A soldier opened fire inside a clinic on Fort Hood on Tuesday, officials said.", "Fort Hood"),
    ("en", "Gunmen attacked tourists at Deir el-Bahari on Monday, killing twelve.", "Deir el-Bahari"),
    ("fr", "Des hommes armés ont attaqué des touristes lundi dans la Vallée des Rois, tuant douze personnes.",
     "Valley of the Kings"),
])
def test_curated_sites_place_their_events(gazetteer, lang, text, place):
    evs = events(text, lang, gazetteer)
    assert any(e.location and e.location.name == place for e in evs), show(evs)
