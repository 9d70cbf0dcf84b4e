"""Session-9 round (ev31): a toll from a list of victims named or described by their role before
the count word. Sentences written for these tests, run through the real reader, geoparser and
gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


@pytest.mark.parametrize("lang,text", [
    ("en", "The journalist John Doe, the photographer Peter Roe and the driver Paul Poe were killed in Goma on Tuesday."),
    ("fr", "Le journaliste Jean Dupont, le photographe Paul Martin et le chauffeur Ali Traoré ont été tués mardi à Goma."),
    ("es", "El periodista Juan Pérez, el fotógrafo Luis Gómez y el conductor Pedro Ruiz fueron asesinados el martes en Goma."),
    ("it", "Il giornalista Marco Rossi, il fotografo Luca Bianchi e l'autista Ahmed Ali sono stati uccisi martedì a Goma."),
    ("de", "Der Journalist Hans Meier, der Fotograf Peter Braun und der Fahrer Ali Hassan wurden am Dienstag in Goma getötet."),
    ("id", "Wartawan Budi Santoso, fotografer Agus Salim, dan sopir Joko Susilo tewas di Goma pada Selasa."),
    ("ms", "Wartawan Ahmad Zaki, jurugambar Ali Hassan dan pemandu Lim Ah Kow terbunuh di Goma pada Selasa."),
    ("ru", "Журналист Иван Петров, фотограф Олег Смирнов и водитель Ахмед Алиев погибли во вторник в Гоме."),
    ("tr", "Gazeteci Ahmet Yılmaz, fotoğrafçı Mehmet Kaya ve şoför Ali Demir salı günü Goma'da hayatını kaybetti."),
])
def test_a_list_of_named_victims_is_as_many_dead(gazetteer, lang, text):
    tolls = [e.killed for e in events(text, lang, gazetteer) if e.type == "casualties"]
    assert tolls == [3]


def test_a_list_with_a_figure_still_adds_up(gazetteer):
    tolls = [e.killed for e in events("A teacher, a nurse and two farmers were killed in Goma on Tuesday.",
                                      "en", gazetteer) if e.type == "casualties"]
    assert tolls == [4]


def test_speakers_listed_before_a_toll_are_no_victims(gazetteer):
    evs = events("The soldier and the journalist said civilians were killed in Goma.", "en", gazetteer)
    assert not [e for e in evs if e.killed == 2]


@pytest.mark.parametrize("lang,text", [
    ("en", "In Goma on Tuesday, a nurse was kidnapped while her husband was shot dead."),
    ("fr", "À Goma mardi, une infirmière a été enlevée tandis que son mari a été abattu."),
    ("es", "En Goma, el martes, una enfermera fue secuestrada mientras su esposo fue asesinado a tiros."),
])
def test_a_kidnapping_beside_a_killing_of_another_is_two_happenings(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert [e.captured for e in evs if e.type == "capture_detention"] == [1]
    assert [(e.killed, e.captured) for e in evs if e.type == "casualties"] == [(1, None)]


def test_killed_and_kidnapped_in_one_clause_stay_one_toll(gazetteer):
    evs = events("Gunmen killed two soldiers and kidnapped three others in Goma on Tuesday.", "en", gazetteer)
    assert [(e.type, e.killed, e.captured) for e in evs] == [("casualties", 2, 3)]
