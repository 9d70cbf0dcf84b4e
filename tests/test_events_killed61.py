"""Session-13 (ev61): killed counts. A couple named as one noun ('a married couple',
'sepasang suami istri', 'un matrimonio', 'ein Ehepaar') is two victims; an article before a
place noun in a list after the figure ('killed 45 people at the airport and a train station')
is no victim more. Sentences written for these tests."""
from __future__ import annotations

import pytest

from geomap.events_lex import lexicon, tokenize
from geomap.events_numbers import count_categories

from test_events_locate import events  # noqa: E402


def killed(text, lang):
    return count_categories(text, tokenize(text), lexicon(lang))[0].get("killed")


@pytest.mark.parametrize("lang,text", [
    ("en", "A married couple from Leeds was killed in the blast."),
    ("en", "A couple were killed when the shell hit their car."),
    ("fr", "Un couple de retraités a été tué dans l'explosion."),
    ("es", "Un matrimonio de turistas murió en la explosión."),
    ("it", "Una coppia di anziani è stata uccisa nell'esplosione."),
    ("de", "Ein Ehepaar aus Hamburg wurde bei der Explosion getötet."),
    ("tr", "Patlamada bir çift hayatını kaybetti."),
    ("ru", "При взрыве погибла супружеская пара."),
    ("id", "Dalam ledakan itu sepasang suami istri tewas."),
    ("ms", "Dalam letupan itu sepasang suami isteri terbunuh."),
])
def test_a_couple_is_two_victims(lang, text):
    assert killed(text, lang) == 2


@pytest.mark.parametrize("lang,text,value", [
    ("en", "The bombs killed 45 people at the airport and a train station.", 45),
    ("en", "Gunmen killed 12 people at a wedding and a funeral.", 12),
    ("fr", "Les explosions ont tué 45 personnes à l'aéroport et dans une gare.", 45),
    ("es", "Las bombas mataron a 45 personas en el aeropuerto y en una estación.", 45),
    ("it", "Le bombe hanno ucciso 45 persone all'aeroporto e in una stazione.", 45),
    ("de", "Die Bomben töteten 45 Menschen am Flughafen und an einem Bahnhof.", 45),
])
def test_an_article_before_a_place_in_the_list_is_no_victim(lang, text, value):
    assert killed(text, lang) == value


def test_a_victim_after_and_still_counts():
    assert killed("The bombs killed two soldiers and a civilian.", "en") == 3


@pytest.mark.parametrize("lang,text", [
    ("id", "Pada Minggu malam, Sutarno tewas tertimpa reruntuhan."),
    ("id", "Dalam serangan itu, pelaku, Joko Prasetyo, tewas ditembak petugas."),
    ("ms", "Pada malam itu, Rahim Osman maut di tempat kejadian."),
    ("ms", "Dalam kejadian itu, pengebom, Hafiz Karim, terbunuh serta-merta."),
])
def test_a_name_alone_before_a_death_verb_is_one_victim(lang, text):
    assert killed(text, lang) == 1


@pytest.mark.parametrize("lang,text", [
    ("id", "Pada Selasa, Hamas menewaskan warga sipil."),
    ("id", "Korban tewas dibawa ke rumah sakit."),
    ("ms", "Pada Selasa, Hamas membunuh penduduk kampung."),
])
def test_no_name_or_a_killer_named_is_no_single_victim(lang, text):
    assert killed(text, lang) is None


@pytest.mark.parametrize("lang,text,value", [
    ("en", "Two tourists, Pierre and Marie Dupont, and a guide were killed in the blast.", 3),
    ("en", "Two tourists from Lyon, Pierre and Marie Dupont, and a guide, Ahmed Saleh, were killed.", 3),
    ("fr", "Un couple de touristes de Lyon, Jean et Anne Martin, et un guide, Ahmed Saleh, ont été tués.", 3),
])
def test_names_apposed_to_listed_victims_keep_the_list_whole(lang, text, value):
    assert killed(text, lang) == value


def test_a_name_apposed_to_a_title_before_a_death_verb_is_one_victim():
    text = "Serangan itu berlaku apabila Pesuruhjaya Tinggi Perancis, Sir Jean Dupont, terbunuh di jalan."
    assert killed(text, "ms") == 1


@pytest.mark.parametrize("lang,text,value", [
    ("ms", "Pada Isnin, Ketua Polis Johor, Datuk Seri Ahmad Zaki Ali, dan pemandunya, Koperal Lim Ah Kow, "
           "ditembak mati.", 2),
    ("id", "Pada Senin, Kapolres Bima, AKBP Budi Santoso Wibowo, dan sopirnya, Brigadir Joko, tewas ditembak.", 2),
    ("en", "The mayor, John Smith, and his driver, Tom Brown, were killed.", 2),
    ("en", "The journalist John Smith, the photographer Tom Brown and the driver Ali Khan were killed.", 3),
])
def test_a_name_set_off_after_a_listed_victim_is_no_victim_more(lang, text, value):
    assert killed(text, lang) == value


def test_a_malay_object_classifier_is_no_victim():
    # 'sebuah' counts things ('sebuah simpang'), 'seorang' people
    assert killed("Dua anggota polis ditembak mati di sebuah simpang.", "ms") == 2
    assert killed("Seorang anggota polis ditembak mati di sebuah simpang.", "ms") == 1


@pytest.mark.parametrize("lang,text,value", [
    ("it", "Sono stati uccisi la moglie e due agenti della scorta.", 3),
    ("es", "Fueron asesinados un hombre, su esposa y dos escoltas.", 4),
    ("fr", "Ont été tués un homme, sa femme et deux policiers.", 4),
    ("es", "Fueron asesinados un hombre, su esposa y su bebé.", 3),
])
def test_a_figure_closing_a_list_after_the_verb_adds_its_victims(lang, text, value):
    assert killed(text, lang) == value
