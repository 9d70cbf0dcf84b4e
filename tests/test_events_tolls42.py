"""Session-11 (ev42): tolls told as one round figure ('une vingtaine'), in a unit's name
('Densus 88'), by execution or found bodies, by a pronoun for the toll of the sentence before
('Il a été porté à 38'), and as a total with a breakdown of several items set off by commas.
Sentences written for these tests, run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from geomap.events_lex import lexicon, tokenize
from geomap.events_numbers import numbers
from test_events_locate import events


def tolls(text, lang, gazetteer):
    return [e.killed for e in events(text, lang, gazetteer) if not e.negated and e.killed is not None]


@pytest.mark.parametrize("lang,text,value", [
    ("fr", "une trentaine", 30), ("it", "una quarantina", 40), ("es", "una quincena", 15),
    ("ru", "более десятка", 10),
])
def test_one_round_figure_is_a_count(lang, text, value):
    nums = numbers(text, tokenize(text), lexicon(lang))
    assert [(n.value, n.approximate, n.vague) for n in nums] == [(value, True, False)]


@pytest.mark.parametrize("lang,text", [
    ("fr", "des dizaines"), ("it", "decine"), ("es", "decenas"), ("ru", "десятки"),
])
def test_a_plural_of_tens_stays_vague(lang, text):
    nums = numbers(text, tokenize(text), lexicon(lang))
    assert [n.vague for n in nums] == [True]


@pytest.mark.parametrize("lang,text,n", [
    ("fr", "Mardi, une trentaine de villageois ont été tués à Gao.", 30),
    ("it", "Martedì due autobombe hanno ucciso una quarantina di persone a Kabul.", 40),
    ("es", "El martes una quincena de campesinos fueron asesinados en Medellín.", 15),
])
def test_round_figure_tolls(gazetteer, lang, text, n):
    assert tolls(text, lang, gazetteer) == [n]


@pytest.mark.parametrize("lang,text,n", [
    ("id", "Tiga anggota Densus 88 gugur dalam baku tembak di Poso pada Selasa.", 3),
    ("ms", "Dua anggota Densus 88 terbunuh dalam serangan di Poso semalam.", 2),
])
def test_a_figure_in_a_units_name_is_no_toll(gazetteer, lang, text, n):
    assert tolls(text, lang, gazetteer) == [n]


@pytest.mark.parametrize("lang,text,n", [
    ("fr", "Une quarantaine d'hommes ont été exécutés mardi à Gao.", 40),
    ("en", "On Tuesday 40 men were executed in Mosul.", 40),
    ("es", "El martes 12 cuerpos fueron encontrados en Culiacán.", 12),
])
def test_executions_and_bodies_found_are_tolls(gazetteer, lang, text, n):
    assert tolls(text, lang, gazetteer) == [n]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Mardi, des hommes armés ont attaqué un marché à Gao. Le premier bilan faisait état de "
           "12 morts. Il a été porté mercredi à 21, et 30 personnes ont été blessées."),
    ("en", "On Tuesday gunmen attacked a market in Mosul. The first toll was 12 dead. It was raised "
           "on Wednesday to 21, and 30 people were wounded."),
    ("de", "Am Dienstag griffen Bewaffnete einen Markt in Kabul an. Die erste Bilanz lag bei 12 Toten. "
           "Sie stieg am Mittwoch auf 21, 30 Menschen wurden verletzt."),
])
def test_a_pronoun_raises_the_toll_of_the_sentence_before(gazetteer, lang, text):
    assert 21 in tolls(text, lang, gazetteer)


def test_a_pronoun_with_no_toll_before_gives_no_toll(gazetteer):
    text = ("On Tuesday gunmen attacked a market in Mosul. The price of bread was 12 dinars. "
            "It was raised on Wednesday to 21, and 30 people were wounded.")
    assert 21 not in tolls(text, "en", gazetteer)


@pytest.mark.parametrize("lang,text,n", [
    ("it", "Quindici persone, otto soldati, cinque poliziotti e due civili, sono morte lunedì a Kabul.", 15),
    ("en", "Fifteen people, eight soldiers, five police officers and two civilians, died on Monday in Mosul.", 15),
    ("fr", "Quinze personnes, huit soldats, cinq policiers et deux civils, sont mortes lundi à Gao.", 15),
])
def test_a_total_with_a_breakdown_of_several_items(gazetteer, lang, text, n):
    assert tolls(text, lang, gazetteer) == [n]


@pytest.mark.parametrize("lang,text,n", [
    ("en", "In Basra, the port director, Ali Hassan, and three other officials were shot dead on Monday.", 4),
    ("en", "Gunmen stormed a clinic in Basra, where the head nurse and three other staff were killed.", 4),
    ("es", "En Cali, el concejal y otros tres escoltas fueron asesinados el lunes.", 4),
    ("fr", "À Gao, le préfet et trois autres fonctionnaires ont été tués lundi.", 4),
    ("id", "Di Timika, kepala kampung dan tiga warga lainnya tewas pada Senin.", 4),
])
def test_one_victim_before_others(gazetteer, lang, text, n):
    assert tolls(text, lang, gazetteer) == [n]


@pytest.mark.parametrize("lang,text,n", [
    ("en", "Five soldiers were killed in Basra and three others were wounded.", 5),
    ("en", "Gunmen killed a guard and three other people in Basra.", 4),
])
def test_others_after_a_figure_add_no_one(gazetteer, lang, text, n):
    assert tolls(text, lang, gazetteer) == [n]


@pytest.mark.parametrize("lang,text,n", [
    ("en", "Seven of the eight hijackers were killed in Basra.", 7),
    ("fr", "Sept des huit pirates ont été tués à Gao.", 7),
    ("de", "Sieben der acht Entführer wurden in Kabul getötet.", 7),
    ("es", "Siete de los ocho atacantes murieron en Cali.", 7),
    ("it", "Sette degli otto dirottatori sono stati uccisi a Kabul.", 7),
    ("ru", "Семеро из восьми боевиков были убиты в Грозном.", 7),
    ("id", "Tujuh dari delapan pembajak tewas di Timika.", 7),
])
def test_a_part_of_a_whole_counts_the_part(gazetteer, lang, text, n):
    assert tolls(text, lang, gazetteer) == [n]


@pytest.mark.parametrize("lang,text", [
    ("en", "The gunman opened fire at a market in Basra and then killed himself."),
    ("fr", "Le tireur a ouvert le feu sur un marché à Gao, puis s'est donné la mort."),
    ("es", "El atacante disparó contra un mercado en Cali y después se quitó la vida."),
    ("it", "L'attentatore ha sparato sulla folla in un mercato di Kabul e poi si è tolto la vita."),
    ("de", "Der Angreifer schoss auf einem Markt in Kabul um sich und nahm sich das Leben."),
    ("ru", "Стрелок открыл огонь на рынке в Грозном, а затем застрелился."),
])
def test_an_attacker_who_killed_himself_is_one_dead(gazetteer, lang, text):
    assert 1 in tolls(text, lang, gazetteer)


def test_a_figure_of_patrol_cars_is_no_toll_beside_bodies(gazetteer):
    text = "Al menos nueve patrullas fueron incendiadas y los cuerpos de varios agentes quedaron en Culiacán."
    assert 9 not in tolls(text, "es", gazetteer)
