"""Session-15 (ev75): distinct happenings kept apart by the dedupe. The attacker's own death
('he shot himself', 'der Täter erschoss sich') told in a sentence of its own is another death
than a toll of one victim told before (nine languages). Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events_locate import events  # noqa: E402


def tolls(evs):
    return sorted(e.killed for e in evs if e.killed is not None and not e.negated)


def show(evs):
    return [(e.type, e.trigger, e.killed, e.location and e.location.name) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "A gunman killed a bank clerk in Leeds on Monday morning. An hour later he shot himself in a car park."),
    ("de", "Ein Mann hat am Montag in Kassel einen Verkäufer getötet. Danach erschoss sich der Täter in seinem Auto."),
    ("fr", "Un homme a tué un vendeur à Grenoble lundi matin. L'assaillant est mort peu après dans sa voiture."),
    ("es", "Un hombre mató a un vendedor en Córdoba el lunes. Una hora después se suicidó en su coche."),
    ("it", "Un uomo ha ucciso un commesso a Bologna lunedì mattina. Un'ora dopo si è tolto la vita nella sua auto."),
    ("tr", "Bir saldırgan pazartesi günü Konya'da bir bekçiyi öldürdü. Saldırgan da kısa süre sonra öldü."),
    ("id", "Seorang pria menembak mati seorang satpam di Bekasi pada Senin pagi. Pelaku kemudian tewas bunuh diri di mobilnya."),
    ("ms", "Seorang lelaki menembak mati seorang pengawal di Ipoh pagi Isnin. Penyerang itu kemudian maut di dalam keretanya."),
    ("ru", "В понедельник в Перми мужчина застрелил охранника магазина. Через час он застрелился в своей машине."),
])
def test_the_attackers_own_death_is_another_toll(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert tolls(evs) == [1, 1], show(evs)


@pytest.mark.parametrize("lang,text", [
    ("en", "A gunman killed a bank clerk in Leeds on Monday morning. The clerk died at the scene."),
    ("fr", "Un homme a tué un vendeur à Grenoble lundi matin. Le vendeur est mort sur le coup."),
])
def test_the_victim_told_again_stays_one_toll(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert tolls(evs) == [1], show(evs)


@pytest.mark.parametrize("lang,text", [
    ("en", "A gunman roamed the streets of Leeds on Monday, shooting people at random before killing himself in a school."),
    ("de", "Ein Mann schoss am Montag in Kassel wahllos auf Passanten, bevor er sich selbst tötete."),
])
def test_a_shooting_is_no_manner_of_the_attackers_own_death(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert {e.type for e in evs} >= {"armed_clash", "casualties"}, show(evs)


def test_a_shooting_that_kills_others_stays_one_toll(gazetteer):
    evs = events("A gunman opened fire in Leeds on Monday, killing three people.", "en", gazetteer)
    assert [(e.type, e.killed) for e in evs] == [("casualties", 3)], show(evs)


def test_killing_others_then_himself_stays_one_toll(gazetteer):
    evs = events("In Leeds on Monday a gunman opened fire in a school, killed twelve pupils and then shot himself.",
                 "en", gazetteer)
    assert "armed_clash" not in {e.type for e in evs}, show(evs)
