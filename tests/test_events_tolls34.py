"""Session-9 round 3 (ev34): tolls that an age range, an age apposition or a later negated
sentence used to spoil. Sentences written for these tests, run through the real reader,
geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def tolls(text, lang, gazetteer):
    return [e.killed for e in events(text, lang, gazetteer) if not e.negated and e.killed is not None]


@pytest.mark.parametrize("lang,text", [
    ("es", "El lunes cuatro jóvenes de entre 15 y 17 años fueron asesinados en Medellín."),
    ("en", "On Monday four youths aged between 15 and 17 were killed in Mosul."),
    ("en", "On Monday four boys, 15 to 17 years old, were killed in Mosul."),
    ("fr", "Lundi, quatre jeunes âgés de 15 à 17 ans ont été tués à Bamako."),
    ("de", "Am Montag wurden vier Jugendliche im Alter von 15 bis 17 Jahren in Kabul getötet."),
    ("ru", "В понедельник в Донецке были убиты четверо подростков в возрасте от 15 до 17 лет."),
    ("id", "Empat remaja berusia 15 hingga 17 tahun tewas di Wamena pada Senin."),
    ("ms", "Empat remaja berusia 15 hingga 17 tahun terbunuh di Yala pada Isnin."),
    ("it", "Lunedì quattro ragazzi tra i 15 e i 17 anni sono stati uccisi a Kabul."),
    ("tr", "Pazartesi günü Kabil'de 15 ile 17 yaş arasındaki dört genç öldürüldü."),
])
def test_an_age_range_is_no_toll(gazetteer, lang, text):
    assert tolls(text, lang, gazetteer) == [4]


@pytest.mark.parametrize("lang,text", [
    ("en", "In Mosul, a 20-year-old student, Jane Roe, was shot dead on Monday while joining a march."),
    ("en", "A young nurse, Mary Ann, was shot in the head in Mosul on 3 March and died five days later."),
    ("ms", "Di Yangon, seorang gadis berusia 20 tahun, Siti Aminah, maut ditembak ketika menyertai perarakan."),
    ("id", "Di Wamena, seorang pelajar berusia 20 tahun, Budi Santoso, tewas ditembak saat mengikuti aksi."),
    ("fr", "À Bamako, une étudiante de 20 ans, Awa Traoré, a été tuée lundi par balle."),
    ("es", "En Medellín, un estudiante de 20 años, Juan Pérez, fue asesinado el lunes a tiros."),
])
def test_one_named_victim_set_off_by_commas_is_one(gazetteer, lang, text):
    assert tolls(text, lang, gazetteer) == [1]


def test_a_figure_before_named_victims_still_counts(gazetteer):
    assert tolls("Two soldiers, Ali Hassan and Omar Said, were killed in Mosul on Monday.", "en", gazetteer) == [2]


def venues(text, lang, gazetteer):
    return {e.location.name for e in events(text, lang, gazetteer)
            if e.type == "accusation_statement" and e.location is not None}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le ministre de la Défense, Paul Martin, s'est rendu jeudi à Kidal, où il a dénoncé une attaque terroriste."),
    ("en", "The defence minister, John Doe, travelled on Thursday to Kidal, where he condemned the attack."),
    ("es", "El ministro de Defensa, Juan Pérez, viajó el jueves a Kidal, donde condenó el ataque."),
    ("it", "Il ministro della Difesa, Marco Rossi, ha visitato giovedì Kidal, dove ha condannato l'attacco."),
])
def test_a_statement_where_the_speaker_went_is_made_there(gazetteer, lang, text):
    assert venues(text, lang, gazetteer) == {"Kidal"}


def test_a_statement_after_a_relative_visit_is_no_venue(gazetteer):
    assert venues("The minister, who visited Kidal last week, condemned the attack on Monday.", "en", gazetteer) == set()


@pytest.mark.parametrize("lang,text", [
    ("en", "The journalist John Doe, the photographer Peter Roe and the driver Paul Poe, from the local radio, were killed in Goma."),
    ("es", "El ministro confirmó que el periodista Juan Pérez, el fotógrafo Luis Gómez y el conductor Pedro Ruiz, del diario La Voz, fueron asesinados en Goma."),
    ("fr", "Le journaliste Jean Dupont, le photographe Paul Martin et le chauffeur Ali Traoré, du quotidien Le Monde, ont été tués mardi à Goma."),
    ("id", "Wartawan Budi Santoso, fotografer Agus Salim, dan sopir Joko Susilo, dari harian Kompas, tewas di Goma pada Selasa."),
])
def test_a_short_aside_after_a_list_of_victims_keeps_the_count(gazetteer, lang, text):
    assert tolls(text, lang, gazetteer) == [3]
