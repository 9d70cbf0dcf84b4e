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
