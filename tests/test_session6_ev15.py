"""Fixes found on the fourteenth unseen set's losses, each a general family in every language where
it exists: people named by what they did ('the kidnappers', 'pelaku bom') are actors, not a
happening; a verb of taking inside a longer trigger or a 'took responsibility' is no capture of
a place; an article before a noun of amount ('a number of deaths') is no figure of one.
Sentences written for these tests; the real pipeline and gazetteer run."""
from __future__ import annotations

import pytest

import geomap


def _events(text: str, lang: str):
    return geomap.extract(text, lang=lang, is_text=True, date="2026-03-10").to_json()["events"]


def _live(evs):
    return [e for e in evs if not e.get("negated")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Negotiators in Kerman are still in contact with the kidnappers."),
    ("en", "Police in Kerman said one of the two bombers was a foreign national."),
    ("id", "Polisi di Timika masih bernegosiasi dengan kelompok penyandera."),
    ("id", "Salah satu pelaku bom di Makassar adalah warga lokal."),
    ("ms", "Polis di Marawi masih berunding dengan kumpulan penculik itu."),
    ("es", "La policía de Quito identificó a los secuestradores."),
    ("it", "La polizia di Napoli ha identificato i rapitori."),
    ("de", "Die Polizei in Köln hat die Geiselnehmer identifiziert."),
    ("fr", "La police de Lyon a identifié le preneur d'otages."),
    ("ru", "В Донецке установили личность захватчиков заложников."),
])
def test_people_named_by_their_deed_are_no_happening(lang, text):
    assert not [e for e in _live(_events(text, lang)) if e["type"] in ("capture_detention", "shelling_airstrike")]


@pytest.mark.parametrize("lang, text", [
    ("en", "Gunmen kidnapped three workers in Kerman."),
    ("id", "Kelompok bersenjata menyandera 15 pekerja di Nduga."),
    ("es", "Hombres armados secuestraron a tres trabajadores en Quito."),
])
def test_the_deed_itself_stays_a_detention(lang, text):
    assert "capture_detention" in [e["type"] for e in _live(_events(text, lang))]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Киев официально не взял на себя ответственность за взрыв."),
    ("ru", "Киев взял на себя ответственность за удар."),
    ("en", "Kyiv took responsibility for the blast."),
    ("fr", "Kiev a pris la responsabilité de l'explosion."),
    ("it", "Kiev si è presa la responsabilità dell'esplosione."),
])
def test_taking_responsibility_is_no_capture(lang, text):
    assert "territory_change" not in [e["type"] for e in _events(text, lang)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les rebelles ont pris la ville de Goma."),
    ("it", "I ribelli hanno preso la città di Goma."),
    ("en", "Rebels took the town of Kassala."),
])
def test_taking_a_town_stays_a_capture(lang, text):
    assert "territory_change" in [e["type"] for e in _events(text, lang)]


@pytest.mark.parametrize("lang, text", [
    ("en", "The army admitted a large number of deaths in Kidal."),
    ("fr", "L'armée a admis un nombre important de morts à Kidal."),
    ("es", "El ejército admitió un número importante de muertos en Kidal."),
    ("it", "L'esercito ha ammesso un gran numero di morti a Kidal."),
    ("de", "Die Armee räumte eine große Zahl von Toten in Kidal ein."),
])
def test_an_article_of_an_amount_is_no_single_victim(lang, text):
    cas = [e for e in _events(text, lang) if e["type"] == "casualties"]
    assert cas and all(e.get("killed") in (None, 0) for e in cas)


@pytest.mark.parametrize("lang, text", [
    ("en", "A soldier was killed in Kidal."),
    ("fr", "Un soldat a été tué à Kidal."),
])
def test_an_article_of_one_victim_still_counts_one(lang, text):
    assert [e.get("killed") for e in _events(text, lang) if e["type"] == "casualties"] == [1]


@pytest.mark.parametrize("lang, text, where", [
    ("fr", "Le président a été placé en résidence surveillée à Libreville.", "Libreville"),
    ("de", "Der Präsident wurde in Niamey unter Hausarrest gestellt.", "Niamey"),
    ("tr", "Cumhurbaşkanı Niamey'de ev hapsine alındı.", "Niamey"),
    ("id", "Presiden dikenai tahanan rumah di Niamey.", "Niamey"),
    ("ms", "Presiden diletakkan di bawah tahanan rumah di Niamey.", "Niamey"),
])
def test_house_arrest_is_a_detention(lang, text, where):
    assert where in [(e["location"] or {}).get("mention") for e in _events(text, lang)
                     if e["type"] == "capture_detention"]


@pytest.mark.parametrize("lang, text", [
    ("en", "The missiles hit a meeting of commanders in Kursk."),
    ("fr", "Les missiles ont frappé une réunion de commandants à Koursk."),
    ("ru", "Ракеты попали в совещание командиров в Курске."),
    ("es", "Los misiles alcanzaron una reunión de comandantes en Kursk."),
    ("it", "I missili hanno colpito una riunione di comandanti a Kursk."),
    ("id", "Rudal menghantam pertemuan para komandan di Kursk."),
])
def test_a_meeting_struck_is_the_target_not_talks(lang, text):
    types = [e["type"] for e in _events(text, lang)]
    assert "shelling_airstrike" in types and "talks_meeting" not in types


@pytest.mark.parametrize("lang, text", [
    ("en", "After the strikes, the ministers met in Doha."),
    ("de", "Nach den Raketenangriffen trafen sich die Außenminister in Berlin."),
    ("fr", "Malgré les combats, les ministres se sont réunis à Doha."),
])
def test_talks_after_a_strike_stay_talks(lang, text):
    assert "talks_meeting" in [e["type"] for e in _events(text, lang)]


@pytest.mark.parametrize("lang, text, seat", [
    ("en", "Gunmen attacked a bus in Kano on Monday. Prosecutors in Ankara opened an investigation into the attack.", "Ankara"),
    ("tr", "Kahramankazan'da saldırı düzenlendi. Saldırıyla ilgili Ankara Cumhuriyet Başsavcılığı soruşturma başlattı.", "Ankara"),
    ("it", "Un attacco armato ha colpito Bari. La procura di Napoli ha aperto un'inchiesta sull'attacco.", "Napoli"),
    ("id", "Kelompok bersenjata menyerang pos polisi di Nduga. Polda Papua menyelidiki serangan tersebut di Jayapura.", "Jayapura"),
])
def test_an_inquiry_into_an_attack_told_before_is_no_new_attack(lang, text, seat):
    evs = _live(_events(text, lang))
    assert seat not in [(e["location"] or {}).get("mention") for e in evs]
    assert any(e["type"] in ("armed_clash", "shelling_airstrike") for e in evs)


@pytest.mark.parametrize("lang, text", [
    ("en", "Traffic on the bridge in Kerch was suspended for several hours."),
    ("ru", "Движение по Крымскому мосту было приостановлено на несколько часов."),
    ("ru", "Росавиация ограничила работу аэропорта Махачкалы."),
    ("de", "Der Verkehr auf der Brücke bei Kertsch wurde eingestellt."),
    ("fr", "La circulation sur le pont de Kertch a été interrompue."),
    ("es", "El tráfico en el puente de Kerch fue suspendido."),
    ("it", "Il traffico sul ponte di Kerch è stato sospeso."),
    ("tr", "Kerç Köprüsü trafiğe kapatıldı."),
    ("id", "Lalu lintas di jembatan Kerch ditutup."),
])
def test_traffic_suspended_or_an_airport_restricted_is_a_closure(lang, text):
    assert "other" in [e["type"] for e in _live(_events(text, lang))]


@pytest.mark.parametrize("lang, text", [
    ("ms", "Beliau memendekkan lawatannya dan pulang ke Manila semalam."),
    ("id", "Presiden mempersingkat kunjungannya dan kembali ke Jakarta."),
    ("fr", "Il a écourté sa visite et est rentré à Manille."),
])
def test_a_visit_cut_short_is_no_talks(lang, text):
    assert "talks_meeting" not in [e["type"] for e in _events(text, lang)]


def test_rallies_in_support_are_protests():
    assert "protest" in [e["type"] for e in _events("В Дагестане проходят акции в поддержку палестинцев.", "ru")]


@pytest.mark.parametrize("lang, text, where", [
    ("fr", "Attaque au Mali. Des hommes armés ont attaqué la prison de Bamako lundi.", "Bamako"),
    ("fr", "Attaque au Mali. Des hommes armés ont attaqué l'aéroport de Bamako lundi.", "Bamako"),
    ("es", "Ataque en Ecuador. Hombres armados atacaron la cárcel de Quito el lunes.", "Quito"),
])
def test_a_capital_as_a_facility_address_is_the_scene(lang, text, where):
    assert where in [(e["location"] or {}).get("mention") for e in _events(text, lang)
                     if e["type"] == "armed_clash"]


@pytest.mark.parametrize("lang, text", [
    ("id", "TNI AU mengerahkan pesawat Hercules untuk mengevakuasi warga dari Wamena."),
    ("ms", "Tentera mengerahkan helikopter untuk memindahkan penduduk dari Marawi."),
])
def test_aircraft_sent_to_evacuate_are_the_evacuation_not_a_deployment(lang, text):
    types = [e["type"] for e in _events(text, lang)]
    assert "other" in types and "military_alert_deployment" not in types


@pytest.mark.parametrize("lang, text, typ", [
    ("fr", "Le Conseil, réuni à Addis-Abeba, a fermement condamné la prise du pouvoir.", "accusation_statement"),
    ("en", "The council, meeting in Addis Ababa on Sunday, condemned the coup.", "accusation_statement"),
])
def test_a_meeting_told_before_a_statement_is_its_venue_not_talks(lang, text, typ):
    types = [e["type"] for e in _events(text, lang)]
    assert typ in types and "talks_meeting" not in types


def test_a_summit_before_an_appeal_stays_a_meeting():
    text = "Réunis en sommet extraordinaire à Abuja, les dirigeants ont appelé au retour de l'ordre."
    assert "talks_meeting" in [e["type"] for e in _events(text, "fr")]
