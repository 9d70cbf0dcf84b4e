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
    ("es", "Los heridos fueron enviados al hospital de Culiacán."),
    ("en", "Ambulances were dispatched to Kandahar."),
    ("tr", "Elazığ'da bölgeye çok sayıda ambulans gönderildi."),
    ("en", "Two more officers were injured in Kandahar."),
])
def test_no_deployment_or_displacement_from_a_state_or_a_getaway(gazetteer, lang, text):
    # (also: the wounded or ambulances sent somewhere are no forces deployed)
    evs = events(text, lang, gazetteer)
    assert not where(evs, "military_alert_deployment") and not where(evs, "other")


@pytest.mark.parametrize("lang,text,typ", [
    ("id", "Orang tak dikenal melempar bom molotov ke halaman gereja di Medan.", "shelling_airstrike"),
    ("id", "Sekelompok orang tidak dikenal menyerang pos polisi di Poso.", "armed_clash"),
    ("ms", "Lelaki tidak dikenali menembak dua orang di Yala.", "armed_clash"),
])
def test_unknown_attackers_are_no_negation(gazetteer, lang, text, typ):
    # 'tak dikenal' / 'tidak dikenali' = unknown: the negator inside it negates nothing
    assert where(events(text, lang, gazetteer), typ)


@pytest.mark.parametrize("lang,text", [
    ("id", "Tidak ada korban jiwa dalam serangan di Poso."),
    ("ms", "Tiada kecederaan dilaporkan di Yala."),
])
def test_a_real_negation_still_negates(gazetteer, lang, text):
    assert any(e.type == "casualties" and e.negated for e in events(text, lang, gazetteer))


@pytest.mark.parametrize("lang,text", [
    ("en", "The battalion had paid a heavy price in recent months: on 14 July a corporal was killed by a roadside bomb near Farah."),
    ("it", "Il battaglione aveva già pagato un prezzo alto nei mesi scorsi: il 14 luglio un caporale era morto vicino a Farah."),
    ("fr", "Le bataillon avait payé un lourd tribut ces derniers mois : le 14 juillet, un caporal avait été tué près de Farah."),
])
def test_a_dated_death_after_a_first_clause_of_background(gazetteer, lang, text):
    # the background phrase closes the first clause; the clause after it gives its own day
    assert where(events(text, lang, gazetteer), "casualties") == ["Farah"]


@pytest.mark.parametrize("lang,text", [
    ("en", "In recent months, the war has killed 500 people in Farah."),
    ("it", "Nei mesi scorsi la guerra ha fatto 500 morti a Farah."),
])
def test_a_fronted_background_phrase_still_silences_its_sentence(gazetteer, lang, text):
    assert not where(events(text, lang, gazetteer), "casualties")


def test_security_measures_told_in_paragraphs_of_their_own_are_two(gazetteer):
    text = ("Hamburg on alert\n\n"
            "Special forces combed the area around a warehouse in Hamburg on Tuesday morning.\n\n"
            "The suspect was later released.\n\n"
            "Police in Hamburg stepped up security at public squares on Tuesday.")
    assert len(where(events(text, "en", gazetteer), "military_alert_deployment")) == 2


def test_a_headline_toll_is_not_a_death_told_months_before(gazetteer):
    text = ("Kabul, attacco contro i soldati: sei militari uccisi\n\n"
            "KABUL - Sei soldati italiani sono morti oggi a Kabul in un attentato.\n\n"
            "Il battaglione aveva già pagato un prezzo alto nei mesi scorsi: il 14 luglio un caporale "
            "era morto vicino a Farah.")
    evs = [e for e in events(text, "it", gazetteer, date="2009-09-17") if e.type == "casualties"]
    farah = [e for e in evs if e.location is not None and e.location.name == "Farah"]
    assert farah and all(e.killed == 1 for e in farah)


@pytest.mark.parametrize("lang,text", [
    ("it", "Il 3 maggio un soldato era morto vicino a Herat."),
    ("fr", "Le 3 mai, un soldat avait péri près de Gao."),
    ("es", "El 3 de mayo un soldado había fallecido cerca de Cúcuta."),
    ("de", "Am 3. Mai war ein Soldat bei Kramatorsk ums Leben gekommen."),
])
def test_one_death_told_in_the_pluperfect_is_one_killed(gazetteer, lang, text):
    assert [e.killed for e in events(text, lang, gazetteer) if e.type == "casualties"] == [1]
