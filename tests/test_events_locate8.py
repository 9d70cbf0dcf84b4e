"""Where events are placed (8): a capital before a part noun ("Beirut's southern suburbs") is the
scene, not an owner; targets each with their own cue, one 'near' and one 'in', are a list; a list
item with a place noun and a compass adjective ('the northern stronghold of X') keeps its cue.
Short sentences written for these tests, run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def where(evs):
    return {e.location.name if e.location else None for e in evs}


# --------------------------------------------------------------------------- possessive before a part

@pytest.mark.parametrize("text", [
    "On Friday an Israeli strike on Beirut's southern suburbs killed a senior commander.",
    "Shells hit Kyiv's centre on Monday.",
])
def test_a_capital_before_a_part_of_it_is_the_scene(gazetteer, text):
    assert where(events(text, "en", gazetteer)) <= {"Beirut", "Kyiv"}
    assert None not in where(events(text, "en", gazetteer))


def test_a_capital_before_what_it_owns_is_no_scene(gazetteer):
    evs = events("Rebels took control of Moscow's forces.", "en", gazetteer)
    assert "Moscow" not in where(evs)


# --------------------------------------------------------------------------- targets near X and in Y

def test_targets_near_one_place_and_in_another_are_both_scenes(gazetteer):
    evs = events("The group fired rockets at military sites in northern Israel, including facilities "
                 "near Haifa and an air base in Nazareth.", "en", gazetteer)
    assert where(evs) == {"Haifa", "Nazareth"}


# --------------------------------------------------------------------------- list items with a place noun

SAADA = {"Sanaa", "Al Ḩudaydah", "Sa'dah"}


@pytest.mark.parametrize("lang,text", [
    ("it", "I raid hanno colpito obiettivi a Sanaa, nel porto di Hodeida e nella roccaforte settentrionale di Saada."),
    ("en", "Jets struck targets in Sanaa, in the port of Hodeidah and in the northern stronghold of Saada."),
    ("fr", "Les frappes ont visé Sanaa, le port de Hodeida et le bastion septentrional de Saada."),
    ("es", "Los bombardeos alcanzaron Saná, el puerto de Hodeida y el bastión septentrional de Saada."),
])
def test_a_list_item_with_a_place_noun_and_an_adjective_is_one_of_the_scenes(gazetteer, lang, text):
    assert where(events(text, lang, gazetteer)) == SAADA


# --------------------------------------------------------------------------- a statement's venue is no setting

@pytest.mark.parametrize("lang,text,scene", [
    ("de", "Der Sprecher sagte am Freitag in Berlin, Moskau habe Angriffe auf den Raum Charkiw vorbereitet.",
     "Kharkiv"),
    ("en", "The spokesman said on Friday in Berlin that Moscow had launched attacks on Kharkiv.", "Kharkiv"),
])
def test_where_a_statement_was_made_is_not_the_scene_it_reports(gazetteer, lang, text, scene):
    assert where(events(text, lang, gazetteer)) == {scene}


# --------------------------------------------------------------------------- an unknown village on a river bank

def test_a_region_locating_an_unknown_village_is_not_its_scene(gazetteer):
    evs = events("Fighters attacked the village of Qaryat Zumbel on the east bank of the Blue Nile, "
                 "a few kilometres from Wad Madani, residents said.", "en", gazetteer)
    assert "Blue Nile" not in where(evs)


# --------------------------------------------------------------------------- the same happening again in another clause

@pytest.mark.parametrize("lang,text", [
    ("it", "Esplosioni sono state segnalate anche a Dnipro, mentre nel Donetsk i bombardamenti hanno "
           "raggiunto Pokrovsk e Kramatorsk."),
    ("en", "Explosions were reported in Dnipro, while in the Donetsk region the shelling reached "
           "Pokrovsk and Kramatorsk."),
])
def test_a_second_clause_with_its_own_struck_places_is_a_second_happening(gazetteer, lang, text):
    assert where(events(text, lang, gazetteer)) == {"Dnipro", "Pokrovsk", "Kramatorsk"}


def test_one_strike_told_in_two_clauses_of_one_place_stays_one(gazetteer):
    evs = events("A drone strike hit Kharkiv on Monday, and the strike damaged a school.", "en", gazetteer)
    assert where(evs) == {"Kharkiv"} and len(evs) == 1


# --------------------------------------------------------------------------- 'in that town'

@pytest.mark.parametrize("lang,text", [
    ("id", "Pemberontak merebut Laukkai pada Jumat. Mereka menyatakan dua ribu tentara junta menyerah di kota itu."),
    ("en", "Rebels captured Laukkai in Shan state on Friday. More than 2,000 soldiers surrendered in that town."),
])
def test_a_place_noun_pointing_back_is_the_town_named_before(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert where(evs) == {"Laukkai"} and len(evs) == 2


# --------------------------------------------------------------------------- a truce after talks elsewhere

def test_a_truce_is_not_where_the_talks_of_another_clause_were_held(gazetteer):
    evs = events("Ceasefire agreed after talks in Doha", "en", gazetteer)
    truce = [e for e in evs if e.type == "ceasefire_agreement"]
    assert truce and all(e.location is None or e.location.name != "Doha" for e in truce)


# --------------------------------------------------------------------------- a quoted venue the gazetteer lacks

@pytest.mark.parametrize("lang,text", [
    ("ru", "Число погибших в результате теракта в торговом центре «Звезда Плаза» выросло до 40 человек. "
           "Об этом сообщил Следственный комитет России."),
    ("en", "The death toll from the attack at the shopping centre \"Zvezda Plaza\" rose to 40. "
           "The Investigative Committee of Russia said this on Sunday."),
])
def test_a_toll_at_a_quoted_venue_the_gazetteer_lacks_is_not_put_on_the_country(gazetteer, lang, text):
    assert "Russia" not in where(events(text, lang, gazetteer))


# --------------------------------------------------------------------------- a capital with a locative case ending

def test_a_capital_with_a_locative_ending_before_the_happening_is_its_scene(gazetteer):
    evs = events("Şam'daki saldırıda İranlı yedi askeri personel hayatını kaybetti.", "tr", gazetteer)
    assert where(evs) == {"Damascus"}


def test_a_bare_capital_condemning_is_no_scene(gazetteer):
    evs = events("Ankara saldırıyı sert bir dille kınadı.", "tr", gazetteer)
    assert "Ankara" not in where(evs)


# --------------------------------------------------------------------------- a part of a capital

@pytest.mark.parametrize("lang,text,scene", [
    ("de", "Kampfjets bombardierten am Samstagabend ein Treibstofflager im Norden Teherans.", "Tehran"),
    ("fr", "Des avions ont bombardé samedi un dépôt de carburant dans le nord de Téhéran.", "Tehran"),
    ("en", "Jets bombed a fuel depot in the north of Tehran on Saturday.", "Tehran"),
])
def test_a_capital_after_a_part_word_with_a_cue_is_the_scene(gazetteer, lang, text, scene):
    assert where(events(text, lang, gazetteer)) == {scene}


# --------------------------------------------------------------------------- a note in parentheses

@pytest.mark.parametrize("lang,text", [
    ("ru", "Ответственность за нападение взяла на себя группировка «Исламское государство» (запрещена в России)."),
    ("en", "The Islamic State group (banned in Russia) claimed the attack."),
    ("de", "Die Terrormiliz Islamischer Staat (verboten in Russland) reklamierte den Anschlag für sich."),
])
def test_a_place_in_a_note_in_parentheses_is_no_scene(gazetteer, lang, text):
    assert "Russia" not in where(events(text, lang, gazetteer))


def test_an_address_in_parentheses_still_places(gazetteer):
    assert where(events("Rebels shelled a village (near Goris) on Monday.", "en", gazetteer)) == {"Goris"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Am Samstag blockierten Demonstrierende in Novi Sad drei Brücken, am Sonntag versammelten "
           "sich Zehntausende in Kragujevac."),
    ("en", "On Saturday protesters blocked three bridges in Novi Sad, on Sunday tens of thousands "
           "of protesters rallied in Kragujevac."),
])
def test_protests_told_again_in_another_clause_at_another_town_are_two(gazetteer, lang, text):
    assert where(events(text, lang, gazetteer)) == {"Novi Sad", "Kragujevac"}
