"""Session-7 killed counts (ev19): a toll whose parts are told after it is their total; a tally
since a day of this week is the news's own toll; a group's 'no dead among them' gives no 0 to
the wounded told before; dead told after a sentence of wounded only are a toll of their own.
Sentences written for these tests, run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from geomap.events_lex import lexicon, tokenize
from geomap.events_numbers import count_categories

from test_events_locate import events


def killed(text, lang):
    return count_categories(text, tokenize(text), lexicon(lang))[0].get("killed")


@pytest.mark.parametrize("lang,text,n", [
    ("ms", "Seramai 40 orang awam terbunuh, sembilan ditembak mati manakala 31 lagi mati lemas di dalam sungai.", 40),
    ("en", "At least 40 villagers were killed, nine were shot dead while 31 others drowned in the river.", 40),
    ("fr", "Les combats ont fait six morts : quatre civils tués par balles et deux soldats.", 6),
    ("ru", "Погибли семь человек: пятеро в Хасавюрте и двое в Буйнакске.", 7),
])
def test_a_total_before_its_parts(lang, text, n):
    assert killed(text, lang) == n


def test_parts_that_do_not_add_up_keep_the_closest():
    # (no total: two tolls of other victims)
    assert killed("Five soldiers were killed in the north, three civilians died in the south.", "en") in (5, 8)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Depuis mardi soir, les violences ont fait quatre morts à Nouméa."),
    ("en", "Since Tuesday, the clashes have killed four people in Nouméa."),
])
def test_a_tally_since_a_weekday_is_news(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.type == "casualties"]
    assert [e.killed for e in evs] == [4]


def test_a_tally_since_a_year_stays_background(gazetteer):
    evs = events("Les violences ont fait plus de 3000 morts depuis 2012 au Mali.", "fr", gazetteer)
    assert not any(e.killed for e in evs)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Вчера в Белгороде ранения получили девять мирных жителей. Одна женщина скончалась в больнице. "
           "Среди сотрудников полиции погибших нет."),
    ("en", "Nine civilians were wounded in Belgorod on Monday. One woman died in hospital. "
           "Among the police officers there were no dead."),
])
def test_no_dead_among_a_group_and_dead_after_wounded(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.type == "casualties" and not e.negated]
    assert sorted((e.killed or -1, e.wounded or -1) for e in evs) == [(-1, 9), (1, -1)]


@pytest.mark.parametrize("lang,text,n", [
    ("tr", "Açıklamaya göre çatışmada önce üç asker şehit düştü, ağır yaralanan iki asker ise hastanede kurtarılamadı.", 5),
    ("en", "Three soldiers were killed on the spot, while two badly wounded soldiers could not be saved.", 5),
    ("id", "Tiga polisi tewas di lokasi, sedangkan dua korban luka berat tidak tertolong di rumah sakit.", 5),
    ("en", "Five soldiers were wounded, two of whom later died.", 2),
    ("en", "Five were killed and 30 more died later.", 5),
])
def test_wounded_who_died_later_add_to_the_dead(lang, text, n):
    assert killed(text, lang) == n


def test_german_wounded_not_reported_is_a_denial(gazetteer):
    evs = events("Kampfflugzeuge griffen am Mittwoch eine Waffenfabrik in Gaza an. Verletzte wurden dabei "
                 "nicht gemeldet.", "de", gazetteer)
    assert [e.negated for e in evs if e.type == "casualties"] == [True]


def places_of(evs, typ):
    return [e.location.name if e.location else None for e in evs if e.type == typ and not e.negated]


def test_a_comma_list_of_targets_each_at_its_place(gazetteer):
    evs = events("On Friday, Russian missiles struck a hospital in Dnipro, apartment blocks in Odesa and "
                 "Zaporizhzhia.", "en", gazetteer)
    assert len(places_of(evs, "shelling_airstrike")) == 3
    assert "Odesa" in places_of(evs, "shelling_airstrike")


@pytest.mark.parametrize("text", [
    "Two people were killed in Dnipro, officials in Kyiv and Lviv said.",
    "Shelling hit houses in Dnipro, officials in Kyiv and Lviv said.",
])
def test_speakers_after_a_comma_are_no_targets(gazetteer, text):
    evs = events(text, "en", gazetteer)
    assert all(e.location is None or e.location.name == "Dnipro" for e in evs)


@pytest.mark.parametrize("lang,text", [
    ("ru", "В ходе боя погибли шесть человек: пятеро в Махачкале и один в Дербенте."),
    ("en", "Six people were killed: five in Makhachkala and one in Derbent."),
])
def test_a_total_before_a_colon_split_by_place(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.type == "casualties"]
    assert sorted(e.killed for e in evs) == [1, 5]


@pytest.mark.parametrize("lang,text,n", [
    ("ru", "Боевики открыли стрельбу у церкви, где убили священника и охранника.", 2),
    ("ru", "Боевики убили священника.", 1),
])
def test_listed_victims_in_the_object_form(lang, text, n):
    assert killed(text, lang) == n


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le premier, âgé de 22 ans, a été mortellement blessé mercredi à Nouméa."),
    ("en", "A young man was fatally wounded on Wednesday in Nouméa."),
    ("de", "Ein Polizist wurde am Mittwoch tödlich verletzt."),
    ("es", "Un joven fue herido de muerte el miércoles."),
    ("it", "Un giovane è stato ferito mortalmente mercoledì."),
    ("ru", "В среду был смертельно ранен полицейский."),
])
def test_fatally_wounded_is_one_dead(lang, text):
    counts = count_categories(text, tokenize(text), lexicon(lang))[0]
    assert counts.get("killed") == 1 and not counts.get("wounded")

