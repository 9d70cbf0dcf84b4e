"""Session-8 precision round (ev26): organisations named after a region are no place; a
happening said to be unnecessary, or not yet had ('no arrests so far'), is negated; a happening
called for tomorrow has not happened. Sentences written for these tests, run through the real
reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events, kinds


def _happened(evs, typ):
    return [e for e in evs if e.type == typ and not e.negated]


@pytest.mark.parametrize("lang,text", [
    ("fr", "L'attaque de Kidal a été revendiquée par Al-Qaïda au Maghreb islamique."),
    ("es", "El ataque en Kidal fue reivindicado por Al Qaeda en el Magreb Islámico."),
    ("it", "L'attacco a Kidal è stato rivendicato da al-Qaeda nel Maghreb islamico."),
    ("de", "Der Angriff in Kidal wurde von al-Qaida im Islamischen Maghreb reklamiert."),
])
def test_the_maghreb_branch_is_no_place(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    names = {e.location.name for e in evs if e.location is not None}
    assert not any("Maghreb" in n or "Magreb" in n for n in names)


@pytest.mark.parametrize("lang,text,typ", [
    ("de", "Eine Evakuierung des Dorfes war nicht nötig.", "other"),
    ("en", "An evacuation of the village was not necessary.", "other"),
    ("ru", "Задержаний по этому делу пока не было.", "capture_detention"),
    ("es", "La evacuación del pueblo no fue necesaria.", "other"),
    ("it", "L'evacuazione del villaggio non è stata necessaria.", "other"),
])
def test_an_unnecessary_or_not_yet_happening_is_negated(gazetteer, lang, text, typ):
    assert _happened(events(text, lang, gazetteer), typ) == []


@pytest.mark.parametrize("lang,text", [
    ("es", "Para mañana domingo se convocaron marchas en Medellín y Cali."),
    ("en", "Marches tomorrow were called in Medellín and Cali."),
    ("fr", "Des marches sont convoquées demain à Lyon et à Marseille."),
    ("it", "Domani sono previste manifestazioni a Milano e Torino."),
    ("id", "Besok unjuk rasa digelar di Medan dan Makassar."),
])
def test_marches_called_for_tomorrow_have_not_happened(gazetteer, lang, text):
    assert kinds(events(text, lang, gazetteer), "protest") == []


def test_a_march_held_yesterday_is_kept(gazetteer):
    evs = events("Ayer miles de personas marcharon en Medellín contra la violencia.", "es", gazetteer)
    assert kinds(evs, "protest") == ["Medellín"]


@pytest.mark.parametrize("lang,text", [
    ("ru", "После взрыва меры безопасности были усилены в метро Казани и Самары."),
    ("id", "Menyusul serangan itu, penjagaan di markas polisi di Surabaya dan Makassar diperketat."),
    ("ms", "Berikutan serangan itu, polis meningkatkan rondaan di Sandakan dan Tawau."),
])
def test_the_attack_named_as_the_time_of_an_alert_is_no_new_attack(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert not [e for e in evs if e.type in ("armed_clash", "shelling_airstrike") and not e.negated]
    assert lang == "id" or kinds(evs, "military_alert_deployment")


@pytest.mark.parametrize("lang,text", [
    ("de", "Es gibt keinerlei Hinweise darauf, dass es ein gezielter Angriff auf Rzeszów war."),
    ("en", "There is no evidence that it was a deliberate attack on Rzeszów, officials said."),
    ("es", "No hay pruebas de que fuera un ataque deliberado contra Rzeszów."),
    ("ms", "Tiada bukti bahawa ia satu serangan yang disengajakan ke atas Rzeszów."),
])
def test_no_evidence_of_an_attack_is_no_attack(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert not [e for e in evs if e.type in ("armed_clash", "shelling_airstrike") and not e.negated]


@pytest.mark.parametrize("lang,text", [
    ("en", "In 2016 a suicide bombing at a peace rally in Diyarbakır killed more than 30 people."),
    ("tr", "2016'da Diyarbakır'da barış mitingine yönelik intihar saldırısında 30'dan fazla kişi ölmüştü."),
])
def test_a_rally_struck_by_a_bombing_is_no_protest(gazetteer, lang, text):
    assert kinds(events(text, lang, gazetteer), "protest") == []


def test_protesters_who_throw_bombs_still_protest(gazetteer):
    evs = events("Protesters threw petrol bombs at police in Tbilisi on Sunday.", "en", gazetteer)
    assert kinds(evs, "protest") == ["Tbilisi"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The victim, a native of Kandahar, was shot dead on Sunday."),
    ("fr", "La victime, originaire de Mopti, a été tuée par balles dimanche."),
    ("tr", "Kandahar kökenli bir aile olduğu, gelinin saldırıda hafif yaralandığı öğrenildi."),
])
def test_a_victims_home_town_is_no_scene(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert not any(e.location is not None and e.location.name in ("Kandahar", "Mopti") for e in evs)


@pytest.mark.parametrize("lang,text", [
    ("it", "A Gaza i morti sono almeno trenta e i feriti circa 90."),
    ("fr", "À Gaza, les morts sont au moins trente et les blessés environ 90."),
])
def test_two_tolls_joined_each_keep_their_figure(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.type == "casualties"]
    assert [(e.killed, e.wounded) for e in evs] == [(30, 90)]


@pytest.mark.parametrize("lang,text", [
    ("tr", "Kilis'e düşen roketlerde, aralarında 9 aylık bir bebeğin de bulunduğu iki sivil hayatını kaybetti."),
    ("en", "Two civilians, among them a 9-month-old baby, were killed when rockets hit Kilis."),
])
def test_an_infants_age_in_months_is_no_toll(gazetteer, lang, text):
    assert [e.killed for e in events(text, lang, gazetteer) if e.type == "casualties"] == [2]


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "La sécurité a été renforcée à Abidjan, et des militaires ont été déployés à Bouaké.",
     ["Abidjan", "Bouaké"]),
    ("en", "Security was tightened in Kirkuk, and troops were deployed in Erbil.", ["Kirkuk", "Erbil"]),
    ("en", "Soldiers were deployed on the beaches of Sousse.", ["Sousse"]),
])
def test_deployments_told_in_two_clauses_are_two(gazetteer, lang, text, want):
    assert kinds(events(text, lang, gazetteer), "military_alert_deployment") == want


@pytest.mark.parametrize("lang,text", [
    ("en", "Ceasefire talks in Doha on Tuesday ended without a breakthrough."),
    ("ms", "Rundingan gencatan senjata di Doha pada Selasa berakhir tanpa kejayaan."),
    ("fr", "Les négociations sur un cessez-le-feu à Doha mardi se sont achevées sans percée."),
    ("ru", "Переговоры о прекращении огня в Дохе во вторник завершились без результата."),
])
def test_talks_about_a_truce_agree_no_truce(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert kinds(evs, "ceasefire_agreement") == [] and kinds(evs, "talks_meeting")


def test_a_truce_agreed_at_talks_is_kept(gazetteer):
    evs = events("At talks in Doha the two sides agreed a ceasefire on Tuesday.", "en", gazetteer)
    assert kinds(evs, "ceasefire_agreement")


@pytest.mark.parametrize("lang,text,hospital", [
    ("ms", "Mangsa yang cedera parah diterbangkan dengan helikopter tentera ke hospital di Davao.", "Davao"),
    ("en", "The badly wounded were flown by military helicopter to a hospital in Davao.", "Davao"),
])
def test_the_town_of_the_hospital_the_wounded_were_taken_to_is_no_scene(gazetteer, lang, text, hospital):
    assert hospital not in kinds(events(text, lang, gazetteer), "casualties")


@pytest.mark.parametrize("lang,text", [
    ("it", "Il premier ha invece escluso ancora una volta un cessate il fuoco a Rafah."),
    ("en", "The prime minister again ruled out a ceasefire in Rafah."),
    ("es", "El presidente descartó un alto el fuego en Rafah."),
])
def test_a_truce_ruled_out_is_no_truce(gazetteer, lang, text):
    assert kinds(events(text, lang, gazetteer), "ceasefire_agreement") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "More than 28,900 Palestinians have been killed since the war broke out in October."),
    ("ms", "Lebih 28,900 rakyat Palestin terbunuh sejak perang meletus pada Oktober."),
    ("fr", "Plus de 28 900 Palestiniens ont été tués depuis le déclenchement de la guerre en octobre."),
])
def test_a_toll_since_the_war_broke_out_is_a_running_total(gazetteer, lang, text):
    assert [e for e in events(text, lang, gazetteer, date="2024-02-15") if e.type == "casualties"] == []


@pytest.mark.parametrize("lang,text", [
    ("es", "El atentado llevó al presidente a suspender las conversaciones con la guerrilla en Oslo."),
    ("en", "The government suspended peace talks with the rebels in Oslo."),
    ("it", "Il governo ha sospeso i negoziati con i ribelli a Oslo."),
])
def test_talks_suspended_are_no_meeting(gazetteer, lang, text):
    assert kinds(events(text, lang, gazetteer), "talks_meeting") == []


def test_talks_resumed_are_a_meeting(gazetteer):
    assert kinds(events("Peace talks resumed in Oslo on Monday.", "en", gazetteer), "talks_meeting") == ["Oslo"]
