"""Statements made at the story's scene ('arrivé sur place', 'went to the scene') and from a
capital where the speaker was ('Depuis Bruxelles, où il participait à un sommet'). Short
sentences written for these tests, run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def statements(evs):
    return [e.location.name if e.location else None for e in evs
            if e.type == "accusation_statement" and not e.negated]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des obus ont tué quatre civils lundi à Goris. Le ministre s'est rendu sur les lieux mardi. "
           "Il a condamné une « agression barbare »."),
    ("en", "Shelling killed four civilians in Goris on Monday. Arriving at the scene on Tuesday, the "
           "minister condemned the attack."),
    ("de", "Bei einem Angriff wurden am Montag in Goris vier Zivilisten getötet. Vor Ort verurteilte "
           "der Minister am Dienstag den Angriff."),
    ("es", "Un bombardeo mató a cuatro civiles el lunes en Goris. Tras llegar al lugar de los hechos, "
           "el ministro condenó el ataque."),
    ("it", "Un bombardamento ha ucciso quattro civili lunedì a Goris. Giunto sul posto, il ministro ha "
           "condannato l'attacco."),
    ("ru", "В понедельник в Горисе при обстреле погибли четыре мирных жителя. Прибыв на место трагедии, "
           "министр осудил нападение."),
    ("tr", "Pazartesi günü Goris'te düzenlenen saldırıda dört sivil öldü. Olay yerine giden bakan "
           "saldırıyı kınadı."),
    ("id", "Empat warga sipil tewas dalam serangan di Goris pada Senin. Setibanya di lokasi kejadian, "
           "menteri mengecam serangan itu."),
    ("ms", "Empat orang awam terbunuh dalam serangan di Goris pada Isnin. Selepas tiba di lokasi "
           "kejadian, menteri mengecam serangan itu."),
])
def test_a_statement_made_at_the_scene_is_at_the_place_of_the_attack(gazetteer, lang, text):
    assert statements(events(text, lang, gazetteer)) == ["Goris"]


def test_the_scene_in_another_clause_places_no_statement(gazetteer):
    text = ("Des obus ont tué quatre civils lundi à Goris. Le ministre, qui n'est pas allé sur place, "
            "a dénoncé l'attaque depuis son bureau.")
    assert statements(events(text, "fr", gazetteer)) == [None]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des obus ont tué quatre civils lundi à Goris. Depuis Bruxelles, où il participait à un "
           "sommet, le président a dénoncé l'attaque."),
    ("es", "Un bombardeo mató a cuatro civiles el lunes en Goris. Desde Bruselas, donde asistía a una "
           "cumbre, el presidente condenó el ataque."),
    ("it", "Un bombardamento ha ucciso quattro civili lunedì a Goris. Da Bruxelles, dove partecipava a "
           "un vertice, il premier ha condannato l'attacco."),
])
def test_a_capital_the_speaker_was_at_is_the_venue_not_a_government(gazetteer, lang, text):
    assert statements(events(text, lang, gazetteer)) == ["Brussels"]


def test_a_capital_after_from_with_no_where_stays_a_government(gazetteer):
    text = "Un bombardamento ha ucciso quattro civili lunedì a Goris. Da Bruxelles, fonti europee hanno condannato l'attacco."
    assert statements(events(text, "it", gazetteer)) == [None]


# --------------------------------------------------------------------------- two days, two places

def told(evs):
    return [(e.type, e.location.name if e.location else None, e.killed, e.wounded, e.date)
            for e in evs if not e.negated]


@pytest.mark.parametrize("lang,text,want", [
    ("de", "Am 3. März hatte ein Mann in Goris zwei Menschen verletzt, am Sonntag erschoss ein anderer in "
           "Kapan drei Menschen.",
     [("casualties", "Goris", None, 2, "2024-03-03"), ("casualties", "Kapan", 3, None, "2024-05-05")]),
    ("it", "Il 4 marzo un'autobomba era esplosa a Goris; il 9 aprile, a Kapan, morirono altre tre persone.",
     [("shelling_airstrike", "Goris", None, None, "2024-03-04"), ("casualties", "Kapan", 3, None, "2024-04-09")]),
    ("fr", "Le 4 mars, une bombe avait explosé à Goris ; le 9 avril, à Kapan, trois personnes ont été tuées.",
     [("shelling_airstrike", "Goris", None, None, "2024-03-04"), ("casualties", "Kapan", 3, None, "2024-04-09")]),
    ("en", "It recalled March 2019, when gunmen killed 12 people in Goris, and of June 2020, when militants "
           "killed nine villagers near Kapan.",
     [("casualties", "Goris", 12, None, "2019-03-01"), ("casualties", "Kapan", 9, None, "2020-06-01")]),
])
def test_a_sentence_of_two_days_each_with_its_place_tells_two_happenings(gazetteer, lang, text, want):
    assert told(events(text, lang, gazetteer)) == want


def test_a_second_day_with_no_place_of_its_own_stays_one_toll(gazetteer):
    text = "Am 3. März hatte ein Mann in Goris zwei Menschen verletzt, am Sonntag erschoss er drei Menschen."
    assert told(events(text, "de", gazetteer)) == [("casualties", "Goris", 3, 2, "2024-03-03")]


# --------------------------------------------------------------------------- a second blast

@pytest.mark.parametrize("lang,text,want", [
    ("ru", "Утром на станции «Лубянка» прогремел взрыв. Через сорок минут сработало второе взрывное "
           "устройство — в последнем вагоне поезда на станции «Парк культуры».", ["Лубянка", "Парк культуры"]),
    ("en", "A bomb exploded at Lubyanka station on Monday morning. Forty minutes later a second bomb "
           "exploded, this time in the last carriage of a train at Park Kultury station.",
     ["Лубянка", "Парк культуры"]),
    ("id", "Sebuah bom meledak di Kuta pada Sabtu malam. Beberapa detik kemudian bom ketiga meledak, kali "
           "ini di dekat sebuah kafe di Legian.", ["Kuta", "Legian"]),
    ("ms", "Sebuah bom meletup di Kuta pada malam Sabtu. Beberapa saat kemudian letupan susulan berlaku, "
           "kali ini berhampiran sebuah kafe di Legian.", ["Kuta", "Legian"]),
])
def test_a_second_blast_at_a_place_named_after_it_is_a_happening_of_its_own(gazetteer, lang, text, want):
    evs = events(text, lang, gazetteer)
    assert [e.location.name for e in evs if e.type == "shelling_airstrike" and not e.negated] == want



def test_malay_mengimbau_recalls_a_past_happening_it_is_no_appeal(gazetteer):
    # (Malay 'mengimbau' is to recall; Indonesian 'mengimbau' is to appeal)
    ms = events("Peristiwa itu mengimbau penculikan 12 nelayan dari Pulau Sipadan pada tahun 2000.", "ms", gazetteer)
    assert [e.type for e in ms if not e.negated] == ["capture_detention"]
    id_ = events("Polisi mengimbau warga Goris agar tetap tenang.", "id", gazetteer)
    assert [e.type for e in id_ if not e.negated] == ["appeal_demand"]


# --------------------------------------------------------------------------- a paragraph's setting

@pytest.mark.parametrize("lang,text", [
    ("id", "Sebuah bom meledak di Goris pada Senin.\n\nDi Yerevan, Presiden meminta aparat mengusut tuntas "
           "jaringan pelaku. Ketua parlemen mengecam aksi tersebut."),
    ("ms", "Sebuah bom meletup di Goris pada Isnin.\n\nDi Yerevan, Presiden menggesa polis memburu pelaku. "
           "Speaker parlimen mengecam serangan itu."),
    ("en", "A bomb exploded in Goris on Monday.\n\nIn Yerevan, the president called for calm. The speaker of "
           "parliament condemned the attack."),
    ("fr", "Une bombe a explosé lundi à Goris.\n\nÀ Erevan, le président a appelé au calme. Le président du "
           "Parlement a condamné l'attaque."),
    ("es", "Una bomba estalló el lunes en Goris.\n\nEn Ereván, el presidente pidió calma. El presidente del "
           "Parlamento condenó el atentado."),
    ("it", "Una bomba è esplosa lunedì a Goris.\n\nA Erevan, il presidente ha chiesto calma. Il presidente del "
           "Parlamento ha condannato l'attentato."),
])
def test_a_paragraphs_fronted_setting_places_its_later_statements(gazetteer, lang, text):
    assert statements(events(text, lang, gazetteer)) == ["Yerevan"]


def test_where_one_speaker_held_a_press_conference_places_no_other_speaker(gazetteer):
    text = ("A bomb exploded in Goris on Monday.\n\nThe president, speaking at a press conference in Yerevan, "
            "called for calm. The opposition leader condemned the attack.")
    assert statements(events(text, "en", gazetteer)) == [None]


@pytest.mark.parametrize("lang,text", [
    ("en", "In November militants hijacked a bus near Goris and executed 28 passengers."),
    ("fr", "En novembre, des militants ont détourné un bus près de Goris et exécuté 28 passagers."),
    ("id", "Pada November, kelompok bersenjata membajak sebuah bus di dekat Goris dan mengeksekusi 28 penumpang."),
])
def test_passengers_executed_after_a_hijacking_are_a_toll(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if not e.negated]
    assert [(e.type, e.location.name if e.location else None, e.killed) for e in evs] == [("casualties", "Goris", 28)]


@pytest.mark.parametrize("text,want", [
    ("Bir bomba Pazartesi günü Goris'te patladı. Cumhurbaşkanı, Ankara'da büyükelçiler konferansında "
     "yaptığı konuşmada saldırıyı kınadı.", "Ankara"),
    ("Bir bomba Pazartesi günü Goris'te patladı. Bakan, Gaziantep'te valilikte yaptığı açıklamada "
     "saldırıyı kınadı.", "Gaziantep"),
])
def test_a_turkish_speech_made_at_a_gathering_of_a_town_is_made_in_that_town(gazetteer, text, want):
    assert statements(events(text, "tr", gazetteer)) == [want]
