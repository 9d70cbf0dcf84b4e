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


# A leader 'called the shooting …' / 'nannte die Schüsse …': a statement about the attack.
@pytest.mark.parametrize("lang,text", [
    ("en", "In London, the prime minister called the shooting a senseless act of hatred."),
    ("en", "The mayor of Leeds called the stabbings an attack on the whole city."),
    ("de", "In Berlin nannte die Kanzlerin die Schüsse einen feigen Akt des Hasses."),
    ("de", "In Mainz nannte der Innenminister die Tat einen Anschlag auf uns alle."),
])
def test_called_the_shooting_is_a_statement(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert any(e.type == "accusation_statement" for e in evs), show(evs)


# 'Fiaccolate e presidi' are vigils and sit-ins (no garrisons), one protest per town listed;
# a march 'through the streets of X' is placed at X, so protests told after it in other towns
# are happenings of their own.
@pytest.mark.parametrize("lang,text,first,others", [
    ("it", "Nel pomeriggio migliaia di studenti hanno sfilato in corteo per le vie di Pisa; fiaccolate e "
           "presidi si sono tenuti anche a Lucca, a Siena e a Prato.", "Pisa", {"Lucca", "Siena", "Prato"}),
    ("es", "Miles de estudiantes marcharon por las calles de Sevilla en manifestación; también hubo "
           "concentraciones en Cádiz y en Huelva.", "Sevilla", {"Cadiz", "Huelva"}),
    ("en", "Thousands of students marched in a rally through the streets of Leeds; vigils were also held "
           "in York and Bradford.", "Leeds", {"York", "Bradford"}),
])
def test_protests_in_listed_towns_after_a_march(gazetteer, lang, text, first, others):
    evs = events(text, lang, gazetteer)
    at = {e.location.name for e in evs if e.type == "protest" and e.location}
    assert first in at and others <= at, show(evs)
    assert not any(e.type == "military_alert_deployment" for e in evs), show(evs)


# Italian 'è scoppiato l'ordigno' / 'la bomba è scoppiata' is an explosion; 'gambizzato' (shot in
# the legs) an attack.
@pytest.mark.parametrize("lang,text,typ", [
    ("it", "Alle otto davanti alla scuola di Lecce è scoppiato l'ordigno, nascosto in un cassonetto.", "shelling_airstrike"),
    ("it", "Verso mezzanotte la bomba è scoppiata davanti a una banca di Verona.", "shelling_airstrike"),
    ("it", "A Torino il dirigente era stato gambizzato sotto casa da due uomini.", "armed_clash"),
])
def test_italian_explosions_and_kneecappings(gazetteer, lang, text, typ):
    evs = events(text, lang, gazetteer)
    assert any(e.type == typ and not e.negated and e.location for e in evs), show(evs)


# Praise of the victims' or rescuers' courage, an apology to survivors, a leader 'shocked': a
# statement about the attack, placed where it was made.
@pytest.mark.parametrize("lang,text,place", [
    ("fr", "Le président, qui participait à un sommet à Bruxelles, a salué le courage des policiers.", "Brussels"),
    ("de", "In Mainz äußerte sich die Ministerpräsidentin zutiefst erschüttert über die Tat.", "Mainz"),
    ("es", "En Bilbao, el presidente pidió perdón a los supervivientes.", "Bilbao"),
    ("en", "In Leeds, the mayor praised the courage of the nurses who stayed with the wounded.", "Leeds"),
    ("it", "A Pisa il sindaco ha elogiato il coraggio dei vigili del fuoco.", "Pisa"),
])
def test_praise_apology_and_shock_are_statements(gazetteer, lang, text, place):
    evs = events(text, lang, gazetteer)
    assert any(e.type == "accusation_statement" and e.location and e.location.name == place for e in evs), show(evs)


# An emergency service's number ('i medici del 118', 'Notruf 112') is no figure of people; the
# doctors who could only certify a death tell one dead.
@pytest.mark.parametrize("lang,text", [
    ("it", "Un uomo è stato colpito in via Roma a Genova. Pochi minuti dopo i medici del 118 ne hanno "
           "constatato la morte sul marciapiede."),
    ("es", "En Valencia un hombre fue apuñalado en la calle; los sanitarios del 112 solo pudieron "
           "certificar su muerte."),
    ("fr", "Un homme a été poignardé rue de la Paix à Lyon. Les secours n'ont pu que constater son décès."),
    ("de", "In Kassel wurde ein Mann auf der Straße niedergestochen; der Notarzt konnte nur noch den Tod "
           "feststellen."),
    ("en", "A man was shot on Main Street in Dallas. Paramedics pronounced him dead at the scene."),
])
def test_emergency_numbers_and_certified_deaths(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    killed = [e.killed for e in evs if e.killed is not None and not e.negated]
    assert 1 in killed and not any(k >= 100 for k in killed), show(evs)
