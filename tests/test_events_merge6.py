"""Merging of happenings: a new toll or an attack told after a death is not folded into the
earlier event. Sentences written for these tests."""
from __future__ import annotations

import pytest

from geomap.places import find_places
from geomap.read import read_article
from test_events_locate import events


def test_wounded_told_vaguely_in_another_paragraph_is_a_toll_of_its_own(gazetteer):
    text = ("Protestas en el sur del país\n\n"
            "Al menos 12 civiles murieron el lunes en choques con la policía en Arequipa.\n\n"
            "Decenas de personas resultaron heridas, según fuentes médicas.")
    tolls = [e for e in events(text, "es", gazetteer) if e.type == "casualties"]
    assert len(tolls) == 2, [(e.killed, e.wounded, e.sentence) for e in tolls]
    assert sorted((e.killed or 0) for e in tolls) == [0, 12]


def test_an_attack_in_the_capital_after_a_death_is_no_remention_of_the_death(gazetteer):
    text = ("Tensions au Niger\n\n"
            "Le chef rebelle Ali Karim a été tué mercredi à Niamey.\n\n"
            "Selon le ministère, des hommes armés avaient attaqué mercredi soir une caserne dans "
            "la capitale pour libérer un prisonnier.")
    evs = events(text, "fr", gazetteer)
    clash = [e for e in evs if e.type == "armed_clash"]
    assert clash and clash[0].location is not None and clash[0].location.name == "Niamey", \
        [(e.type, e.sentence) for e in evs]
    assert [e.killed for e in evs if e.type == "casualties"] == [1]


def test_in_downtown_x_places_the_happening_in_x(gazetteer):
    text = ("Protests in Kenya\n\n"
            "On Friday, a young man was shot dead in downtown Nairobi during the protests.")
    tolls = [e for e in events(text, "en", gazetteer) if e.type == "casualties"]
    assert [e.location.name if e.location else None for e in tolls] == ["Nairobi"]


@pytest.mark.parametrize("lang,text,name", [
    ("en", "Unrest in Kenya\n\nOn Friday, a 30-year-old man, Rex Masai, was shot dead in Nakuru.", "Masai"),
    ("es", "Protestas en Perú\n\nEl lunes, un joven, Rex Ilave, murió baleado en Puno.", "Ilave"),
    ("fr", "Tensions au Tchad\n\nMardi, un étudiant, Rex Abéché, a été tué par balle à Moundou.", "Abéché"),
])
def test_a_name_in_apposition_to_a_person_noun_is_no_place(gazetteer, lang, text, name):
    doc = read_article(text, lang=lang, is_text=True, date="2024-05-10")
    find_places(doc, gazetteer=gazetteer)
    assert name not in [m.mention for m in doc.mentions if m.place is not None]


@pytest.mark.parametrize("lang,text", [
    ("en", "Protests in Kenya\n\nRallies were held on Tuesday in Mombasa, in Kisumu on the shores of "
           "Lake Victoria, and in Nakuru."),
    ("fr", "Manifestations au Kenya\n\nDes manifestations ont eu lieu mardi à Mombasa, à Kisumu au bord "
           "du lac Victoria, et à Nakuru."),
])
def test_a_list_goes_on_after_a_place_named_to_describe_an_item(gazetteer, lang, text):
    where = sorted(e.location.name for e in events(text, lang, gazetteer)
                   if e.type == "protest" and e.location is not None)
    assert "Nakuru" in where and "Kisumu" in where, where


@pytest.mark.parametrize("lang,text", [
    ("en", "Clashes in Bangladesh\n\nThree people were killed in Chittagong, two in Dhaka and one in Rangpur, "
           "police said."),
    ("id", "Bentrokan di Bangladesh\n\nMenurut polisi, tiga orang tewas di Chittagong, dua di ibu kota Dhaka, "
           "dan satu di Rangpur."),
])
def test_a_bare_figure_before_a_later_place_of_a_toll_list_counts_the_same(gazetteer, lang, text):
    tolls = sorted((e.location.name, e.killed) for e in events(text, lang, gazetteer)
                   if e.type == "casualties" and e.location is not None)
    assert tolls == [("Chattogram", 3), ("Dhaka", 2), ("Rangpur", 1)], tolls
