"""Session-9 round-3 precision (ev35): an attack nobody claimed is no new clash; an advance
towards a place (or an attempt to advance) is fighting, ground taken stays a change of territory;
a force's standing strength is no deployment. Sentences written for these tests, run through the
real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def types(evs):
    return sorted({e.type for e in evs if not e.negated})


@pytest.mark.parametrize("lang,text", [
    ("en", "The attack in Kandahar has not been claimed."),
    ("fr", "L'attaque n'avait pas été revendiquée jeudi soir à Bamako."),
    ("es", "El atentado en Cali no ha sido reivindicado."),
    ("es", "Nadie se ha atribuido el atentado en Cali."),
    ("it", "L'attentato di Palermo non è stato rivendicato."),
    ("de", "Bislang hat sich niemand zu dem Anschlag in Kandahar bekannt."),
    ("ru", "Никто не взял на себя ответственность за теракт в Махачкале."),
    ("id", "Belum ada kelompok yang mengaku bertanggung jawab atas serangan di Makassar."),
    ("ms", "Tiada kumpulan yang mengaku bertanggungjawab atas serangan di Kuala Lumpur."),
])
def test_an_attack_nobody_claimed_is_no_new_clash(gazetteer, lang, text):
    got = types(events(text, lang, gazetteer))
    assert "armed_clash" not in got and "shelling_airstrike" not in got, got


@pytest.mark.parametrize("lang,text,where", [
    ("en", "Russian troops advanced towards Pokrovsk on Tuesday.", "Pokrovsk"),
    ("en", "Russian forces are trying to advance on Kupiansk.", "Kupyansk"),
    ("de", "Ukrainische Truppen rückten unterdessen weiter gegen Lyman vor.", "Lyman"),
    ("fr", "Les troupes russes avancent vers Pokrovsk.", "Pokrovsk"),
    ("es", "Las tropas rusas avanzan hacia Pokrovsk.", "Pokrovsk"),
    ("it", "Le truppe russe avanzano verso Pokrovsk.", "Pokrovsk"),
    ("tr", "Rus birlikleri Pokrovsk'a doğru ilerliyor.", "Pokrovsk"),
    ("id", "Pasukan Rusia bergerak maju ke arah Pokrovsk.", "Pokrovsk"),
    ("ms", "Tentera Rusia mara ke arah Pokrovsk.", "Pokrovsk"),
])
def test_an_advance_towards_a_town_is_fighting(gazetteer, lang, text, where):
    evs = events(text, lang, gazetteer)
    assert types(evs) == ["armed_clash"]
    assert [e.location.name for e in evs if e.type == "armed_clash"] == [where]


def test_ground_taken_stays_a_change_of_territory(gazetteer):
    assert types(events("Syrian troops advanced south of Idlib on Monday.", "en", gazetteer)) == ["territory_change"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The United States has some 800 troops deployed in Niger."),
    ("fr", "Washington compte environ 800 militaires au Niger, un déploiement peu connu."),
    ("de", "Die Bundeswehr ist mit rund 900 Soldaten an der Mission beteiligt, die meisten sind in Gao stationiert."),
    ("es", "España tiene unos 600 militares desplegados en Líbano."),
    ("it", "L'Italia ha circa 1.000 militari schierati in Libano."),
    ("id", "Indonesia memiliki sekitar 900 prajurit yang ditempatkan di Lebanon."),
    ("ms", "Malaysia mempunyai kira-kira 800 askar yang ditempatkan di Lubnan."),
])
def test_a_standing_force_is_no_deployment(gazetteer, lang, text):
    assert "military_alert_deployment" not in types(events(text, lang, gazetteer))


@pytest.mark.parametrize("lang,text", [
    ("en", "The United States has deployed 800 troops in Niger."),
    ("es", "España desplegó 600 militares en Líbano."),
    ("it", "L'Italia ha schierato 1.000 militari in Libano."),
])
def test_troops_sent_are_still_a_deployment(gazetteer, lang, text):
    assert "military_alert_deployment" in types(events(text, lang, gazetteer))


@pytest.mark.parametrize("lang,text,where", [
    ("en", "At noon, students gathered at the site of the explosion in Adana to protest against the attack.", "Adana"),
    ("tr", "Öğle saatlerinde Adana'da öğrenciler patlamanın yaşandığı noktada toplanarak saldırıyı protesto etti.", "Adana"),
    ("fr", "À midi, des étudiants se sont rassemblés sur les lieux de l'explosion à Lyon pour protester.", "Lyon"),
    ("de", "Am Mittag versammelten sich Studenten am Ort des Anschlags in Köln, um zu protestieren.", "Köln"),
    ("es", "Al mediodía, estudiantes se concentraron en el lugar del atentado en Cali para protestar.", "Cali"),
    ("it", "A mezzogiorno gli studenti si sono radunati sul luogo dell'esplosione a Palermo per protestare.", "Palermo"),
    ("id", "Mahasiswa berkumpul di lokasi ledakan di Makassar untuk berunjuk rasa.", "Makassar"),
    ("ms", "Pelajar berhimpun di lokasi letupan di Johor Bahru untuk membantah.", "Johor Bahru"),
])
def test_a_blast_named_as_the_site_of_a_protest_is_no_new_blast(gazetteer, lang, text, where):
    evs = events(text, lang, gazetteer)
    assert types(evs) == ["protest"]
    assert [e.location.name for e in evs] == [where]


def test_a_blast_at_a_site_is_still_news(gazetteer):
    evs = events("A car bomb exploded at the site of the old market in Adana, killing three people.", "en", gazetteer)
    assert types(evs) == ["casualties"]


def test_the_bomber_is_no_bombing(gazetteer):
    evs = events("La polizia ha arrestato a Palermo due persone legate all'attentatore.", "it", gazetteer)
    assert types(evs) == ["capture_detention"]


@pytest.mark.parametrize("text", [
    "İzmir'de ise saldırganla bağlantılı olduğu değerlendirilen 27 kişi yakalandı.",
    "Polis, saldırganın kaçmasına yardım eden iki kişiyi Adana'da gözaltına aldı.",
])
def test_turkish_attacker_in_any_case_is_no_attack(gazetteer, text):
    assert types(events(text, "tr", gazetteer)) == ["capture_detention"]


def test_spanish_riding_about_is_no_mobilisation(gazetteer):
    text = "Los dos fueron interceptados por hombres armados que se movilizaban en motocicletas en Barrancas."
    assert "military_alert_deployment" not in types(events(text, "es", gazetteer))
    assert types(events("Las tropas se movilizaron hacia la frontera en Cúcuta.", "es", gazetteer)) == [
        "military_alert_deployment"]
