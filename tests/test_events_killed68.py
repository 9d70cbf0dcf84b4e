"""Session-15 (ev68): killed counts. A figure in the subject of an active verb of killing that
has its own object counts the killers, not the dead ('two gunmen killed a guard'); in id/ms a
person's name after such a verb is its one victim ('membunuh Pastor X'), and a name before its
count word across asides (an age, a short apposition) or a relative 'yang' is one victim.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from geomap.events_lex import lexicon, tokenize
from geomap.events_numbers import count_categories


def killed(text, lang):
    return count_categories(text, tokenize(text), lexicon(lang))[0].get("killed")


@pytest.mark.parametrize("lang,text,value", [
    ("en", "Two gunmen killed a guard at the gate of the consulate.", 1),
    ("en", "Three attackers killed a headman of the village before dawn.", 1),
    ("fr", "Deux hommes armés ont tué un gardien de l'usine avant de s'enfuir.", 1),
    ("es", "Dos sicarios mataron a un comerciante frente a su tienda.", 1),
    ("it", "Due killer hanno ucciso un carabiniere davanti alla caserma.", 1),
    ("de", "Zwei Männer erschossen einen Wachmann vor der Bank.", 1),
    ("id", "Dua orang tak dikenal membunuh seorang petani di ladangnya.", 1),
    ("ms", "Tiga lelaki bersenjata membunuh seorang peniaga di kedainya.", 1),
])
def test_figure_in_the_subject_of_an_active_killing_counts_the_killers(lang, text, value):
    assert killed(text, lang) == value


@pytest.mark.parametrize("lang,text,value", [
    ("en", "Two soldiers were killed a day after the truce.", 2),
    ("en", "Two strikes killed 20 people in the market.", 20),
    ("fr", "Deux soldats ont été tués lundi près de la frontière.", 2),
    ("de", "Zwei Männer wurden erschossen, die Polizei ermittelt.", 2),
    ("id", "Dua bom menewaskan 12 orang di pasar itu.", 12),
    ("ms", "Dua letupan mengorbankan 12 orang di pasar itu.", 12),
])
def test_passive_or_figured_object_keeps_the_toll(lang, text, value):
    assert killed(text, lang) == value


@pytest.mark.parametrize("lang,text", [
    ("id", "Kelompok itu membunuh Pendeta Markus Wenda di kebunnya."),
    ("ms", "Kumpulan itu membunuh Datuk Ahmad Zaki di rumahnya."),
])
def test_named_object_of_an_active_killing_is_one(lang, text):
    assert killed(text, lang) == 1


@pytest.mark.parametrize("lang,text", [
    ("id", "Petani Yosias Kogoya, 54 tahun, ditemukan tewas di kebunnya."),
    ("id", "Budi Hartono, 30, seorang sopir angkot, tewas tertembak di terminal."),
    ("ms", "Ahmad Fauzi, 25, seorang penghantar makanan, maut dilanggar lori."),
    ("ms", "Orang ramai teringat kes Rahman Ismail, yang ditembak mati di tepi jalan."),
    ("id", "Warga masih mengenang Yohanes Tabuni, yang tewas dalam kebakaran itu."),
])
def test_name_before_asides_or_relative_is_one(lang, text):
    assert killed(text, lang) == 1


@pytest.mark.parametrize("lang,text", [
    ("id", "Polisi berjaga di Kota Timika, yang tewas tertembak belum dikenali."),
    ("ms", "Polis, yang tiba kemudian, menembak ke udara."),
])
def test_no_name_no_single(lang, text):
    assert killed(text, lang) is None


@pytest.mark.parametrize("lang,text,value", [
    ("ru", "Силовики сообщили, что уничтожены 12 боевиков, ещё двое задержаны.", 12),
    ("ru", "В ходе операции уничтожены более тридцати террористов.", 30),
    ("de", "Bei dem Brand verloren sieben Menschen ihr Leben.", 7),
])
def test_count_word_told_around_its_figure(lang, text, value):
    assert killed(text, lang) == value


def test_destroyed_equipment_is_no_toll():
    assert killed("Уничтожены три склада боеприпасов и два танка.", "ru") is None


def test_figure_inside_its_count_word_starts_no_list():
    text = "Уничтожены более двадцати боевиков, три бронированные машины и два грузовика."
    assert killed(text, "ru") == 20
