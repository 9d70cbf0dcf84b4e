"""Session 7 (ev16), recall and tolls, each a general pattern: two tolls of different victims,
each with its own death word and joined by a contrast word ('while', 'manakala', 'mentre'), are
one toll of their sum, but not when a side claims them nor when a side tells what it killed; an
'other' happening with no place of its own (buildings burned, prisoners freed, people fleeing)
is at the scene of the violence told just before it. Sentences written for these tests; the real
pipeline and gazetteer run."""
from __future__ import annotations

import pytest

import geomap
from geomap.events_lex import lexicon, tokenize
from geomap.events_numbers import count_categories


def _events(text: str, lang: str):
    return geomap.extract(text, lang=lang, is_text=True, date="2026-03-10").to_json()["events"]


def _killed(lang: str, text: str):
    return count_categories(text, tokenize(text), lexicon(lang))[0].get("killed")


@pytest.mark.parametrize("lang, text, n", [
    ("ms", "Jurucakap tentera berkata 13 militan terbunuh, manakala lima anggota tentera dan seorang anggota polis maut.", 19),
    ("ms", "Dua komando gugur manakala 12 penceroboh terbunuh.", 14),
    ("en", "Thirteen militants were killed, while five soldiers and a policeman died.", 19),
    ("fr", "Douze rebelles ont été tués, tandis que trois soldats sont morts.", 15),
    ("es", "Doce guerrilleros murieron, mientras que tres soldados fallecieron.", 15),
    ("it", "Dodici miliziani sono stati uccisi, mentre tre soldati sono morti.", 15),
    ("de", "Zwölf Kämpfer wurden getötet, während drei Soldaten starben.", 15),
])
def test_two_tolls_joined_by_a_contrast_word_are_one_toll_of_their_sum(lang, text, n):
    assert _killed(lang, text) == n


@pytest.mark.parametrize("lang, text, n", [
    ("ms", "Jurucakap Taliban pula mendakwa 58 tentera Pakistan terbunuh manakala sembilan anggota mereka maut.", 58),
    ("it", "Almeno duecento soldati sono morti, mentre il JNIM sostiene che trecento soldati sono morti.", 200),
])
def test_claimed_tolls_and_what_a_side_killed_are_not_added(lang, text, n):
    assert _killed(lang, text) == n


def test_what_a_side_says_it_killed_is_not_added():
    assert _killed("en", "Twelve soldiers were killed, while the rebels say they killed 300.") != 312


def test_an_unplaced_arson_is_at_the_scene_of_the_fighting_told_before():
    text = ("Army battles militants in the south\n\nFighting broke out in Marawi on Tuesday between the army and militants.\n\n"
            "Militants set fire to several buildings, including a cathedral and a school.")
    evs = _events(text, "en")
    other = [e for e in evs if e["type"] == "other"]
    assert other and other[0]["location"] and "Marawi" in other[0]["location"]["name"]


def test_an_unplaced_flight_far_from_the_fighting_is_not_placed_there():
    text = ("Army battles militants in the south\n\nFighting broke out in Marawi on 2 January between the army and militants.\n\n"
            "On 9 March, thousands of residents fled their homes.")
    evs = _events(text, "en")
    assert not [e for e in evs if e["type"] == "other" and e["location"]]


@pytest.mark.parametrize("lang, text", [
    ("es", "Militares armados y varias tanquetas tomaron posiciones en la plaza Murillo, en La Paz."),
    ("en", "Soldiers and armoured vehicles took up positions in the centre of Bamako."),
    ("de", "Soldaten haben am Flughafen von Niamey Stellung bezogen."),
    ("ru", "В аэропорт Махачкалы стянули сотрудников ОМОНа."),
    ("tr", "YPG, Halep'teki mevzilerini güçlendirdi."),
])
def test_forces_taking_up_positions_are_a_deployment(lang, text):
    assert "military_alert_deployment" in {e["type"] for e in _events(text, lang)}


@pytest.mark.parametrize("lang, text", [
    ("fr", "Après l'attaque de Barsalogho, de nombreuses familles ont quitté la ville."),
    ("es", "Tras los combates en Tibú, cientos de familias abandonaron la ciudad."),
    ("ms", "Puluhan ribu penduduk bandar Marawi di selatan Filipina melarikan diri."),
])
def test_families_leaving_their_town_are_displacement(lang, text):
    assert "other" in {e["type"] for e in _events(text, lang)}


def test_police_securing_students_is_an_arrest():
    evs = _events("Di Jayapura, polisi mengamankan ratusan mahasiswa.", "id")
    assert "capture_detention" in {e["type"] for e in evs}


@pytest.mark.parametrize("lang, text", [
    ("es", "El Ministerio de Salud informó de doce heridos en La Paz y aseguró que no hubo muertos."),
    ("en", "Twelve people were wounded in Goma, but no one was killed."),
])
def test_a_toll_beside_denied_deaths_has_zero_killed(lang, text):
    cas = [e for e in _events(text, lang) if e["type"] == "casualties"]
    assert cas and cas[0]["wounded"] == 12 and cas[0]["killed"] == 0


def test_a_denied_group_with_no_figure_beside_it_gives_no_zero():
    text = "Tiada anggota pasukan keselamatan terkorban atau cedera dalam serangan udara di Lahad Datu."
    assert all(e["killed"] is None for e in _events(text, "ms"))


@pytest.mark.parametrize("lang, text", [
    ("es", "Cerca de 4.000 internos escaparon de la Penitenciaría Nacional de Puerto Príncipe."),
    ("tr", "Halep'te 200 mahkum cezaevinden kaçtı."),
])
def test_inmates_escaping_are_a_prison_break(lang, text):
    assert "other" in {e["type"] for e in _events(text, lang)}


def test_what_an_accusation_alleges_takes_no_scene_from_afar():
    text = ("Kontak tembak di Intan Jaya\n\nKontak tembak terjadi di Sugapa, Kabupaten Intan Jaya, pada Selasa.\n\n"
            "Ia menuding aparat menembak warga sipil dan membakar rumah-rumah di kampung itu, sehingga ratusan "
            "warga mengungsi.")
    evs = _events(text, "id")
    assert [e for e in evs if e["type"] == "other"]
    assert not [e for e in evs if e["type"] == "other" and e["location"]]


@pytest.mark.parametrize("lang, text", [
    ("it", "Il confine è rimasto calmo a Tovuz, dove nei mesi scorsi si erano registrati scontri."),
    ("en", "The border stayed calm near Tovuz, where clashes had been reported in recent months."),
    ("de", "An der Grenze bei Tovuz blieb es ruhig; in den vergangenen Monaten hatte es dort Gefechte gegeben."),
    ("es", "La frontera siguió en calma cerca de Tovuz, donde en los últimos meses hubo enfrentamientos."),
])
def test_fighting_of_past_months_is_background_not_news(lang, text):
    assert [e for e in _events(text, lang) if not e.get("negated")] == []


def test_fighting_of_the_day_in_the_same_words_stays_an_event():
    evs = _events("Ieri sono scoppiati scontri a Tovuz tra le due parti.", "it")
    assert [e["type"] for e in evs] == ["armed_clash"]
