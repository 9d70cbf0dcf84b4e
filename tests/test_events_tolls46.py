"""Session-12 (ev46): killed counts. An hour of the day written as a bare figure after a clock
word ('poco dopo le 19', 'a las 21', 'saat 14', 'pukul 9') is no count of victims, while the
same words before a toll word keep their figure ('alle 19 vittime'). Sentences written for
these tests."""
from __future__ import annotations

import pytest

from geomap.events_lex import lexicon, tokenize
from geomap.events_numbers import numbers


@pytest.mark.parametrize("lang,text", [
    ("it", "è morto poco dopo le 19 in ospedale"),
    ("it", "l'esplosione è avvenuta alle 21 davanti alla stazione"),
    ("es", "el herido murió a las 22 en la clínica"),
    ("tr", "saldırı saat 14 sularında başladı"),
    ("id", "ledakan terjadi pukul 9 pagi"),
    ("ms", "letupan berlaku kira-kira jam 7 pagi"),
    ("fr", "l'assaut a été donné peu après 18 ce mardi"),
    ("de", "die Explosion ereignete sich kurz nach 20 am Bahnhof"),
    ("en", "the blast went off shortly after 9 near the market"),
])
def test_an_hour_of_the_day_is_no_figure(lang, text):
    assert numbers(text, tokenize(text), lexicon(lang)) == []


@pytest.mark.parametrize("lang,text,value", [
    ("it", "il sindaco ha reso omaggio alle 19 vittime", 19),
    ("es", "rindió homenaje a las 21 víctimas del atentado", 21),
    ("it", "alle 19 persone uccise", 19),
    ("es", "a las 250 familias", 250),
])
def test_a_figure_of_people_after_a_clock_word_stays(lang, text, value):
    assert [n.value for n in numbers(text, tokenize(text), lexicon(lang))] == [value]


from test_events_locate import events  # noqa: E402


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Iranian forces fired fourteen missiles at the Al Udeid air base in Qatar on Monday. "
           "Thirteen were intercepted. The attack caused no casualties.", "Al Udeid"),
    ("it", "Lunedì i miliziani hanno lanciato razzi contro la base di Ain al-Asad. La maggior parte "
           "è stata intercettata. L'attacco non ha causato vittime.", "Ain al-Asad"),
    ("es", "El lunes la guerrilla lanzó cohetes contra la base aérea de Al Udeid. Casi todos fueron "
           "interceptados. El ataque no causó víctimas.", "Al Udeid"),
])
def test_a_denied_toll_of_the_attack_named_again_goes_to_that_attack(gazetteer, lang, text, place):
    evs = [e for e in events(text, lang, gazetteer) if not e.negated]
    strikes = [e for e in evs if e.type == "shelling_airstrike"]
    assert len(strikes) == 1 and strikes[0].location is not None
    assert place.split()[-1] in strikes[0].location.name
    assert strikes[0].killed == 0
    # the bare 'the attack' is that strike told again, no event of its own
    assert not [e for e in evs if e.type == "armed_clash"]


def test_victims_told_beside_the_denial_keep_it_a_toll_of_its_own(gazetteer):
    text = ("Iranian forces fired fourteen missiles at the Al Udeid air base in Qatar on Monday. "
            "The attack wounded several soldiers but killed no one.")
    strikes = [e for e in events(text, "en", gazetteer) if e.type == "shelling_airstrike"]
    assert [e.killed for e in strikes] == [None]


@pytest.mark.parametrize("lang,text", [
    ("id", "Seorang pria menusuk dua polisi di Pandeglang pada Kamis pagi. Korban dibawa ke rumah sakit. "
           "Dokter menyatakan kondisi mereka stabil. Tidak ada korban meninggal dunia dalam insiden itu."),
    ("en", "A man stabbed two police officers in Marseille on Thursday morning. The officers were taken to "
           "hospital. Doctors said both were stable. Nobody was killed in that attack."),
])
def test_a_denial_naming_the_happening_reaches_back_to_it(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if not e.negated and e.type == "casualties"]
    assert evs and evs[0].location is not None and evs[0].killed == 0


def test_no_word_on_casualties_reaches_back_to_nothing(gazetteer):
    text = ("Gunmen stormed a police post in Marseille on Thursday morning. Officers fled the building. "
            "Roads were closed. There was no immediate word on casualties.")
    assert [e.killed for e in events(text, "en", gazetteer) if not e.negated and e.killed is not None] == []


from geomap.events_numbers import count_categories  # noqa: E402


@pytest.mark.parametrize("lang,text,killed", [
    ("id", "Pelaku tewas seketika, sementara dua polisi terluka.", 1),
    ("id", "Pelaku bom bunuh diri tewas di lokasi.", 1),
    ("ms", "Suspek itu maut di tempat kejadian.", 1),
    ("id", "Para pelaku tewas di lokasi.", None),      # a plural word: no single victim
])
def test_one_person_named_before_the_count_word(lang, text, killed):
    lex = lexicon(lang)
    counts, _, _ = count_categories(text, tokenize(text), lex)
    assert counts.get("killed") == killed


def test_a_number_word_before_the_noun_is_no_single_victim():
    text = "Ketiga pelaku tewas di lokasi."
    counts, _, _ = count_categories(text, tokenize(text), lexicon("id"))
    assert counts.get("killed") != 1


def test_a_suspect_shot_dead_is_one_victim():
    lex = lexicon("ms")
    text = "Polis menembak mati suspek di perkarangan balai."
    counts, _, _ = count_categories(text, tokenize(text), lex)
    assert counts.get("killed") == 1


@pytest.mark.parametrize("lang, text, killed", [
    # the hour after a clock word, and its minutes after a dot, are no toll either
    ("tr", "Cumartesi günü saat 16.20 sıralarında meydana gelen patlamada altı kişi hayatını kaybetti.", 6),
    ("it", "Poco dopo le 19.30 una bomba è esplosa in piazza a Brescia: tre morti.", 3),
])
def test_clock_hour_and_its_minutes_are_no_toll(lang, text, killed):
    import geomap
    doc = geomap.extract(text, lang=lang, date="2021-03-07").to_json()
    assert [e["killed"] for e in doc["events"] if e["type"] == "casualties"] == [killed]
