"""Session-7 precision round (ev22): an earlier, superseded toll figure and a bare toll word
are no tolls of their own, an order to arrest is no arrest yet, 'in protest' as a manner is no
protest, suspending military operations is a ceasefire, a meeting 'expected' is not held yet,
denials in Malay. Sentences written for these tests, run through the real reader, geoparser and
gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events, kinds


@pytest.mark.parametrize("lang,text", [
    ("ru", "Двадцать семь человек погибли в результате обстрела рынка в Донецке в воскресенье. "
           "Ранее глава города говорил о 13 погибших."),
    ("en", "Twenty-seven people were killed when shells hit a market in Donetsk on Sunday. "
           "Officials had earlier spoken of 13 dead."),
    ("fr", "Vingt-sept personnes ont été tuées dimanche dans le bombardement d'un marché à Donetsk. "
           "Un précédent bilan faisait état de 13 morts."),
])
def test_an_earlier_figure_of_the_toll_is_no_toll(gazetteer, lang, text):
    assert len(kinds(events(text, lang, gazetteer), "casualties")) == 1


def test_a_bare_toll_word_announces_the_toll(gazetteer):
    evs = events("DAKAR – Le bilan s'est encore alourdi. Seize personnes ont été tuées depuis jeudi à "
                 "Ziguinchor.", "fr", gazetteer)
    assert len(kinds(evs, "casualties")) == 1


@pytest.mark.parametrize("lang,text", [
    ("id", "Presiden Joko Widodo memerintahkan Panglima TNI dan Kapolri untuk mengejar dan menangkap "
           "seluruh anggota KKB di Papua."),
    ("en", "The president ordered the police to arrest the gunmen in Sokoto."),
])
def test_an_order_to_arrest_is_no_arrest(gazetteer, lang, text):
    assert kinds(events(text, lang, gazetteer), "capture_detention") == []


def test_none_caught_yet_is_negated(gazetteer):
    evs = events("Hingga Jumat pagi, belum ada anggota KKB yang berhasil ditangkap di Beoga.", "id", gazetteer)
    assert kinds(evs, "capture_detention") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Baghdad summoned the U.S. charge d'affaires in protest."),
    ("ru", "Москва в знак протеста отозвала посла из Риги."),
])
def test_in_protest_is_a_manner(gazetteer, lang, text):
    assert kinds(events(text, lang, gazetteer), "protest") == []


def test_suspending_operations_is_a_ceasefire(gazetteer):
    evs = events("Kataib Hezbollah said on Tuesday it was suspending military operations against U.S. "
                 "forces in Iraq.", "en", gazetteer)
    assert kinds(evs, "armed_clash") == []
    assert len(kinds(evs, "ceasefire_agreement")) == 1


def test_a_meeting_expected_is_not_held(gazetteer):
    evs = events("BM Güvenlik Konseyi'nin bugün Suriye'deki durumu görüşmek üzere toplanması bekleniyor.",
                 "tr", gazetteer)
    assert kinds(evs, "talks_meeting") == []


def test_malay_denied_claims(gazetteer):
    evs = events("Beliau menafikan dakwaan tular di media sosial kononnya terdapat serangan susulan ke atas "
                 "balai polis lain di Johor Bahru.", "ms", gazetteer)
    assert kinds(evs, "armed_clash") == []


def test_a_long_standing_complaint_is_no_protest(gazetteer):
    evs = events("Many protesters from Malaita have long complained about the government's decision to "
                 "switch diplomatic recognition.", "en", gazetteer)
    assert kinds(evs, "protest") == []


def test_a_house_surrounded_by_police_is_no_clash(gazetteer):
    evs = events("L'opposant se trouve à son domicile, à Dakar, encerclé par les forces de l'ordre.", "fr", gazetteer)
    assert kinds(evs, "armed_clash") == []
