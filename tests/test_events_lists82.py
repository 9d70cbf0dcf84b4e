"""One sentence naming several places for one happening gives one event per place (corpus
README, "Annotation guidelines"), the sentence's toll on one of them only (helper ev82).
A list of targets each with its town ('a police station in X, a market in Y and a school in Z')
is such a list in every language: a town of some size before an apposition of a facility word
('…à Kharkiv, un marché à Soumy') is no venue named like a town with its address after it, and
where every noun is capitalised ('einer Polizeiwache in X, einem Markt in Y') the target nouns
are read as the lower-case ones of other languages. Sentences written for these tests, run
through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

import geomap


def events(text, lang):
    doc = geomap.extract(text, is_text=True, lang=lang, date="2023-05-10")
    return [e for e in doc.events if e.location is not None]


@pytest.mark.parametrize("lang,text", [
    ("en", "Blasts\n\nThree bombs went off outside a police station in Kharkiv, a market in Sumy and "
           "a school in Poltava on Tuesday."),
    ("fr", "Explosions\n\nTrois bombes ont explosé devant un commissariat à Kharkiv, un marché à "
           "Soumy et une école à Poltava mardi."),
    ("es", "Explosiones\n\nTres bombas estallaron frente a una comisaría en Cali, un mercado en "
           "Jamundí y una escuela en Popayán el martes."),
    ("it", "Esplosioni\n\nTre bombe sono esplose davanti a un commissariato a Kharkiv, un mercato "
           "a Sumy e una scuola a Poltava martedì."),
    ("de", "Explosionen\n\nDrei Bomben explodierten am Dienstag vor einer Polizeiwache in Charkiw, "
           "einem Markt in Sumy und einer Schule in Poltawa."),
    ("id", "Ledakan\n\nTiga bom meledak di sebuah kantor polisi di Surabaya, pasar di Sidoarjo dan "
           "sekolah di Malang pada Selasa."),
    ("ms", "Letupan\n\nTiga letupan menggegarkan balai polis di Pattani, pasar di Yala dan sekolah "
           "di Narathiwat pada Selasa."),
    ("ru", "Взрывы\n\nВо вторник три бомбы взорвались у отделения полиции в Харькове, на рынке в "
           "Сумах и у школы в Полтаве."),
])
def test_targets_each_with_its_town_give_one_event_per_town(lang, text):
    got = events(text, lang)
    assert len(got) == 3, [(e.type, e.location.name) for e in got]
    assert len({e.type for e in got}) == 1
    assert len({e.date for e in got}) == 1


@pytest.mark.parametrize("lang,text,places", [
    ("en", "Strikes\n\nRussian shelling hit Bakhmut, Avdiivka and Marinka on Tuesday, killing "
           "three civilians.", 3),
    ("es", "Ataques\n\nLos ataques en Cali, Jamundí y Suárez dejaron tres policías muertos el "
           "martes.", 3),
    ("fr", "Frappes\n\nDes frappes ont touché Kharkiv, Soumy et Poltava mardi, tuant trois civils.", 3),
    ("it", "Attacchi\n\nGli attacchi a Kharkiv, Sumy e Poltava hanno ucciso tre civili martedì.", 3),
    ("tr", "Saldırı\n\nSalı günü Diyarbakır, Batman ve Mardin'de düzenlenen saldırılarda üç asker "
           "öldü.", 3),
    ("ms", "Serangan\n\nSerangan di Pattani, Yala dan Narathiwat mengorbankan tiga anggota polis "
           "pada Selasa.", 3),
])
def test_a_toll_stays_on_one_of_the_listed_places(lang, text, places):
    got = events(text, lang)
    assert len({e.location.name for e in got}) == places, [(e.type, e.location.name, e.killed) for e in got]
    assert sorted(e.killed or 0 for e in got) == [0] * (len(got) - 1) + [3]


def test_a_venue_in_apposition_keeps_its_town_as_address():
    got = events("Attaque\n\nDes hommes armés ont ouvert le feu sur La Cigale, une salle de concert "
                 "à Paris, samedi soir.", "fr")
    assert len(got) == 1, [(e.type, e.location.name) for e in got]


@pytest.mark.parametrize("lang,text", [
    ("en", "Talks\n\nFrom Paris and London, leaders condemned the attack in Kyiv on Tuesday."),
    ("en", "Clashes\n\nFighting broke out on the road between Kharkiv and Poltava on Tuesday."),
])
def test_lists_that_are_no_scenes_stay_single(lang, text):
    got = [e for e in events(text, lang) if e.type != "accusation_statement"]
    assert len(got) == 1, [(e.type, e.location.name) for e in got]
