"""Session-10 event recall (heldout22 round): security cordons, searches of a site and forces
sent somewhere (passive 'were dispatched', 'fueron enviados'), people leaving an area, crowds
that had taken to the streets, cancelled port calls, bombs detonated remotely, in all nine
languages. Sentences written for these tests, run through the real reader, geoparser and
gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def where(evs, typ):
    return sorted(e.location.name for e in evs if e.type == typ and e.location is not None and not e.negated)


@pytest.mark.parametrize("lang,text", [
    # a cordon thrown around a scene
    ("en", "Police cordoned off the area around the market in Makurdi on Sunday."),
    ("tr", "Saldırının ardından Malatya'da bölge güvenlik çemberine alındı."),
    ("de", "Die Polizei riegelte das Gelände in Köln am Abend ab."),
    ("fr", "La police a bouclé le quartier à Lyon dans la soirée."),
    ("es", "Los militares acordonaron la zona en Culiacán."),
    ("it", "I carabinieri hanno transennato la piazza a Bari."),
    ("ru", "Полиция оцепила район вокзала в Ростове."),
    ("id", "Polisi memasang garis polisi di sekitar gereja di Surabaya."),
    ("ms", "Kawasan itu dikordon oleh polis di Yala."),
    # a search of the site, forces sent there
    ("en", "Officers combed the area near Makurdi for the attackers."),
    ("id", "Tim Densus 88 menyisir lokasi di Bandung hingga sore."),
    ("it", "Le forze speciali hanno rastrellato la zona di Bari."),
    ("fr", "Des hélicoptères ont été dépêchés dans la zone de Tillabéri."),
    ("es", "Soldados del Ejército fueron enviados a Culiacán el lunes."),
    ("de", "In Köln wurden mehr Beamte auf den Märkten eingesetzt."),
    ("ru", "В Ростов были направлены дополнительные полицейские."),
    ("ms", "Polis mengerahkan 200 anggota ke Kota Bharu."),
])
def test_cordons_searches_and_dispatches_are_deployments(gazetteer, lang, text):
    assert where(events(text, lang, gazetteer), "military_alert_deployment")


@pytest.mark.parametrize("lang,text,typ", [
    ("es", "Más de mil habitantes de Quibdó y de caseríos vecinos han abandonado la zona.", "other"),
    ("fr", "Des centaines d'habitants de Djibo ont quitté leurs villages.", "other"),
    ("it", "Le compagnie hanno cancellato fino a nuovo ordine gli scali a Genova.", "other"),
    ("en", "Cruise lines cancelled all port calls in Tunis.", "other"),
    ("it", "Centinaia di persone erano scesi in strada a Bari.", "protest"),
    ("en", "Residents of Makurdi had taken to the streets.", "protest"),
    ("de", "Tausende waren in Köln auf die Straße gegangen.", "protest"),
    ("en", "Militants remotely detonated a device near a patrol in Kandahar.", "shelling_airstrike"),
])
def test_recall_phrases(gazetteer, lang, text, typ):
    assert where(events(text, lang, gazetteer), typ)


@pytest.mark.parametrize("lang,text", [
    ("en", "Riverside Drive in Nairobi remained cordoned off on Wednesday."),   # a state, no act
    ("id", "Hingga Senin pagi, gereja di Surabaya masih dipasangi garis polisi."),
    ("en", "The gunmen fled the area near Makurdi before dawn."),             # attackers, no displacement
    ("de", "Die Behörden in Kramatorsk riefen die Einwohner erneut auf, die Stadt zu verlassen."),  # an appeal
])
def test_no_deployment_or_displacement_from_a_state_or_a_getaway(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert not where(evs, "military_alert_deployment") and not where(evs, "other")
