"""Session-15 (ev71): shots in the head and armed lunges as attacks, surrender to the police as a
detention (nine languages), and a birthplace ('un uomo nato in Marocco') that is no scene.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events_locate import events  # noqa: E402

VIOLENCE = {"armed_clash", "shelling_airstrike", "casualties", "territory_change"}


def placed(evs, types):
    return [e.location.name if e.location else None for e in evs if e.type in types and not e.negated]


def show(evs):
    return [(e.type, e.trigger, e.location and e.location.name) for e in evs]


@pytest.mark.parametrize("lang,text,town", [
    ("de", "Am Bahnhof von Heilbronn näherte sich ein Mann und schoss dem Wachmann in den Kopf.", "Heilbronn"),
    ("en", "A man shot the guard in the head outside a bank in Leeds on Monday.", "Leeds"),
    ("es", "Un hombre disparó al guardia en la cabeza en Sevilla el lunes.", "Sevilla"),
    ("it", "Un uomo sparò alla guardia giurata alla testa davanti a una banca di Bologna.", "Bologna"),
    ("ms", "Seorang pengawal ditembak di kepala di Ipoh semalam.", "Ipoh"),
    ("id", "Seorang satpam ditembak di kepala di Bekasi kemarin.", "Bekasi"),
    ("fr", "Un homme armé d'un couteau s'en est pris à des passants près de la gare de Lyon.", "Lyon"),
    ("it", "Un uomo armato di coltello si è scagliato contro i passanti a Bologna.", "Bologna"),
])
def test_shots_in_the_head_and_armed_lunges_are_attacks(gazetteer, lang, text, town):
    evs = events(text, lang, gazetteer)
    assert town in placed(evs, VIOLENCE), show(evs)


@pytest.mark.parametrize("lang,text,town", [
    ("de", "Zwei Tage später stellte er sich in Stuttgart der Polizei.", "Stuttgart"),
    ("en", "He later turned himself in at a police station in Bradford.", "Bradford"),
    ("fr", "Le lendemain, un complice s'est constitué prisonnier à Grenoble.", "Grenoble"),
    ("es", "Horas después se entregó a la policía en Córdoba.", "Córdoba"),
    ("it", "Il giorno dopo il ricercato si è costituito a Modena.", "Modena"),
    ("ms", "Suspek menyerah diri kepada polis di Taiping.", "Taiping"),
])
def test_surrender_to_the_police_is_a_detention(gazetteer, lang, text, town):
    evs = events(text, lang, gazetteer)
    assert town in placed(evs, {"capture_detention"}), show(evs)


@pytest.mark.parametrize("lang,text,scene,born", [
    ("it", "Ieri sera un'autobomba è esplosa in via Palestro a Milano. L'esplosione uccise tre vigili del "
           "fuoco e un uomo nato in Marocco che dormiva su una panchina.", "Milan", "Morocco"),
    ("fr", "Lundi soir, une bombe a explosé dans une gare de Lyon. L'explosion a tué deux passants, "
           "dont un étudiant né en Algérie.", "Lyon", "Algeria"),
])
def test_a_birthplace_is_no_scene(gazetteer, lang, text, scene, born):
    evs = events(text, lang, gazetteer)
    where = placed(evs, VIOLENCE)
    assert born not in where and scene in where, show(evs)


def test_an_attack_happens_on_the_street_its_paragraph_named_first(gazetteer):
    text = ("MILANO – Ieri sera la città era deserta.\n\nPoco prima delle dieci un passante notò del fumo uscire da un furgone parcheggiato in via "
            "Manzoni, a due passi dai Giardini Pubblici. Chiamò la polizia. Pochi minuti dopo il furgone "
            "saltò in aria.")
    evs = events(text, "it", gazetteer)
    scenes = [e.location.mention for e in evs if e.type in VIOLENCE and e.location and not e.negated]
    assert scenes and scenes[0] == "via Manzoni", show(evs)


def test_plural_car_bombs_are_a_blast(gazetteer):
    evs = events("Poco dopo la mezzanotte due autobombe esplosero a Bologna.", "it", gazetteer)
    assert "Bologna" in placed(evs, {"shelling_airstrike"}), show(evs)


@pytest.mark.parametrize("lang,text", [
    ("es", "El alcalde convocó a una marcha contra la violencia para el domingo en Sevilla."),
    ("it", "Il sindaco ha convocato una marcia contro la mafia per domenica a Bari."),
])
def test_a_call_to_march_is_an_appeal_no_protest(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    types = {e.type for e in evs if not e.negated}
    assert "appeal_demand" in types and "protest" not in types, show(evs)


@pytest.mark.parametrize("lang,text", [
    ("it", "Ieri pomeriggio il testimone ha incontrato gli studenti di un liceo di Monza."),
    ("en", "Yesterday the survivor met with pupils at a school in Leeds."),
    ("fr", "Hier, le rescapé a rencontré des élèves d'un lycée de Lyon."),
    ("es", "Ayer el superviviente se reunió con estudiantes de un colegio de Sevilla."),
    ("de", "Gestern traf sich der Überlebende mit Schülern eines Gymnasiums in Kassel."),
    ("ms", "Semalam mangsa bertemu pelajar sebuah sekolah di Ipoh."),
    ("ru", "Вчера выживший встретился со студентами колледжа в Казани."),
    ("tr", "Dün hayatta kalan kişi Konya'da öğrencilerle bir araya geldi."),
])
def test_a_meeting_with_students_is_no_talks(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert not [e for e in evs if e.type == "talks_meeting"], show(evs)


@pytest.mark.parametrize("lang,text,town", [
    ("it", "Nell'ottobre di quell'anno il detenuto fu trovato impiccato in una cella del carcere di Trapani.", "Trapani"),
    ("en", "In October the prisoner was found hanged in a cell of the jail in Leeds.", "Leeds"),
    ("fr", "En octobre, le détenu a été retrouvé pendu dans sa cellule de la prison de Fresnes.", "Fresnes"),
    ("es", "En octubre el preso apareció ahorcado en una celda de la cárcel de Sevilla.", "Sevilla"),
    ("de", "Im Oktober wurde der Häftling in seiner Zelle in Stuttgart erhängt aufgefunden.", "Stuttgart"),
    ("ru", "В октябре заключённый был найден повешенным в камере СИЗО в Казани.", "Kazan"),
    ("tr", "Ekim ayında tutuklu Konya'daki cezaevinde asılı halde bulundu.", "Konya"),
])
def test_found_hanged_is_one_death(gazetteer, lang, text, town):
    evs = events(text, lang, gazetteer)
    dead = [e for e in evs if e.type == "casualties" and e.location and e.location.name == town]
    assert dead and dead[0].killed == 1, show(evs)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Sa demande d'asile en Belgique avait été rejetée la semaine précédente."),
    ("en", "His asylum request in Ireland had been turned down the week before."),
    ("es", "Su solicitud de asilo en Portugal había sido rechazada la semana anterior."),
    ("it", "La sua richiesta di asilo in Austria era stata respinta la settimana prima."),
    ("ms", "Permohonan suaka lelaki itu di Thailand ditolak minggu lalu."),
])
def test_an_asylum_request_is_no_appeal(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert not [e for e in evs if e.type == "appeal_demand"], show(evs)


def test_one_witness_evacuated_by_firefighters_is_no_evacuation_but_residents_are(gazetteer):
    one = events("« Tout a tremblé », a raconté un lycéen, évacué par les pompiers.", "fr", gazetteer)
    assert not [e for e in one if e.type == "other"], show(one)
    many = events("Cent habitants ont été évacués par les pompiers à Lyon lundi.", "fr", gazetteer)
    assert "Lyon" in placed(many, {"other"}), show(many)


def test_a_body_carried_home_for_burial_is_no_event(gazetteer):
    evs = events("Jenazah mangsa dijangka dibawa pulang ke kampung halamannya di Kampung Baru, Ipoh, "
                 "untuk dikebumikan esok.", "ms", gazetteer)
    assert not [e for e in evs if e.type == "casualties"], show(evs)


@pytest.mark.parametrize("lang,text,town,n", [
    ("ms", "Pada tahun 1998, rusuhan di Ipoh mengorbankan tujuh nyawa.", "Ipoh", 7),
    ("id", "Pada tahun 1998, kerusuhan di Bekasi mengorbankan tujuh nyawa.", "Bekasi", 7),
])
def test_lives_sacrificed_are_a_toll(gazetteer, lang, text, town, n):
    evs = events(text, lang, gazetteer)
    tolls = [e for e in evs if e.type == "casualties" and e.location and e.location.name == town]
    assert tolls and tolls[0].killed == n, show(evs)


@pytest.mark.parametrize("lang,text", [
    ("es", "La guerrilla, cuyos negociadores permanecen en Caracas, no se pronunció."),
    ("en", "The rebels, whose negotiators remain in Muscat, made no comment."),
    ("it", "La guerriglia, i cui negoziatori restano a Caracas, non ha commentato."),
    ("ms", "Kumpulan itu, yang perundingnya masih berada di Muscat, enggan mengulas."),
    ("ru", "Повстанцы, чьи переговорщики остаются в Маскате, не комментировали."),
    ("tr", "Müzakerecileri Maskat'ta kalan örgüt açıklama yapmadı."),
])
def test_negotiators_staying_somewhere_are_no_talks(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert not [e for e in evs if e.type == "talks_meeting"], show(evs)


def test_negotiators_meeting_are_still_talks(gazetteer):
    evs = events("Negotiators of both sides met in Muscat on Monday.", "en", gazetteer)
    assert "Muscat" in placed(evs, {"talks_meeting"}), show(evs)
