"""Session-15 (ev73): killed counts. Past and plural forms of 'lose one's life' as death words (so
that 'nobody lost their life' denies a toll); a definite singular victim noun after an active verb
of killing ('shot dead the gunman', 'ont abattu le forcené'); a noun of one death before a person's
name ('the murder of X'). Sentences written for these tests."""
from __future__ import annotations

import pytest

import geomap
from geomap.events_lex import lexicon, tokenize
from geomap.events_numbers import count_categories


def killed(text, lang):
    return count_categories(text, tokenize(text), lexicon(lang))[0].get("killed")


def events(text, lang):
    return geomap.extract(text, lang=lang, date="2024-05-01", is_text=True).events


@pytest.mark.parametrize("lang,text", [
    ("it", "Una bomba esplose a Bologna. Ci furono una decina di feriti, ma nessuno perse la vita."),
    ("fr", "Une bombe explosa à Lyon. Il y eut une dizaine de blessés, mais personne ne perdit la vie."),
    ("en", "A bomb exploded in Leeds. Ten people were injured, but nobody lost their life."),
])
def test_nobody_lost_their_life_is_a_zero_toll(lang, text):
    evs = [e for e in events(text, lang) if not e.negated]
    assert any(e.killed == 0 for e in evs)
    assert not any(e.killed for e in evs)


@pytest.mark.parametrize("lang,text", [
    ("it", "Una bomba esplose a Bologna. Il custode del palazzo perse la vita."),
    ("fr", "Une bombe explosa à Lyon. Le gardien de l'immeuble perdit la vie."),
])
def test_singular_past_of_losing_ones_life_is_one(lang, text):
    assert any(e.killed == 1 for e in events(text, lang))


@pytest.mark.parametrize("lang,text,value", [
    ("en", "Rebels killed the headman of the village on Monday.", 1),
    ("en", "Officers shot dead the gunman after a standoff.", 1),
    ("fr", "Les gendarmes ont abattu le forcené dans la nuit.", 1),
    ("fr", "Les militaires ont abattu trois terroristes.", 3),
    ("es", "Los agentes abatieron al pistolero durante la huida.", 1),
    ("it", "I carabinieri hanno ucciso il killer durante la fuga.", 1),
])
def test_singular_victim_noun_after_an_active_killing(lang, text, value):
    assert killed(text, lang) == value


@pytest.mark.parametrize("lang,text", [
    ("en", "Officers killed the gunmen after a standoff."),
    ("fr", "La défense aérienne a abattu deux drones au-dessus de la ville."),
    ("fr", "L'armée a abattu un avion de chasse."),
    ("es", "La defensa aérea abatió dos drones."),
])
def test_plural_victims_and_aircraft_are_no_single_victim(lang, text):
    assert killed(text, lang) is None


@pytest.mark.parametrize("lang,text", [
    ("en", "The assassination of Harold Webb shocked the town."),
    ("fr", "L'assassinat de Pierre Lemoine a choqué la ville."),
    ("es", "La muerte de Tomás Ibarra conmocionó al pueblo."),
    ("it", "L'omicidio di Franco Bellini ha sconvolto il paese."),
    ("de", "Der Mord an Klaus Becker erschütterte die Stadt."),
    ("ru", "Убийство Сергея Волкова потрясло город."),
    ("id", "Kematian mahasiswa Andi Wijaya memicu protes."),
    ("ms", "Kematian pelajar Hafiz Rahman mencetuskan protes."),
])
def test_death_of_a_named_person_is_one(lang, text):
    assert killed(text, lang) == 1


@pytest.mark.parametrize("lang,text,value", [
    ("en", "The killing of Kurds in the valley shocked the town.", None),
    ("en", "The death of 12 soldiers shocked the town.", 12),
])
def test_death_of_without_a_name(lang, text, value):
    assert killed(text, lang) == value


@pytest.mark.parametrize("lang,text,value", [
    ("en", "The sniper killed eight shoppers, the guard and two cashiers.", 11),
    ("en", "Nine pupils and their teacher were killed when the roof fell.", 10),
    ("de", "Getötet wurden sieben Kunden, die Kassiererin und ein Wachmann.", 9),
    ("de", "Drei Soldaten und der Fahrer wurden getötet.", 4),
    ("fr", "Trois gendarmes et le chauffeur ont été tués.", 4),
    ("es", "Murieron cuatro agentes y su conductor.", 5),
    ("it", "Morirono due agenti e il magistrato.", 3),
])
def test_definite_singular_listed_beside_a_figure_adds_one(lang, text, value):
    assert killed(text, lang) == value


@pytest.mark.parametrize("lang,text,value", [
    ("en", "Five soldiers died and the commander of the unit was wounded.", 5),
    ("en", "Four villagers were killed, the governor said.", 4),
])
def test_definite_singular_outside_the_list_adds_nothing(lang, text, value):
    assert killed(text, lang) == value


@pytest.mark.parametrize("lang,text,value", [
    ("it", "Con lui morirono tre uomini della scorta.", 4),
    ("fr", "Avec lui sont morts deux gardes du corps.", 3),
    ("es", "Con él murieron dos escoltas.", 3),
    ("de", "Mit ihm starben zwei Leibwächter.", 3),
    ("it", "Morirono tre uomini della scorta.", 3),
])
def test_companion_pronoun_before_a_death_word_adds_the_one_named(lang, text, value):
    assert killed(text, lang) == value


@pytest.mark.parametrize("text", [
    "Mark Ellis, 31, was critically wounded and died later in hospital.",
    "A ranger was badly injured and later died of his wounds.",
])
def test_wounded_and_died_is_one(text):
    assert killed(text, "en") == 1


def test_spanish_subjunctive_killing_with_a_figure():
    assert killed("Ocurrió un año después de que la banda asesinara a 15 jornaleros en una finca.", "es") == 15


@pytest.mark.parametrize("lang,text,value", [
    ("ru", "К вечеру число раненых превысило тридцать, один человек скончался.", 1),
    ("en", "The injured numbered over thirty, one guard died.", 1),
    ("en", "Thirty-one people were killed.", 31),
    ("es", "Cuarenta y un soldados murieron.", 41),
])
def test_number_words_do_not_join_across_a_comma(lang, text, value):
    assert killed(text, lang) == value


def test_malay_lebih_before_a_figure_is_more_than():
    assert killed("Serangan itu meragut nyawa lima anggota tentera kita dan lebih 20 pengganas.", "ms") == 25


@pytest.mark.parametrize("lang,text,value", [
    ("fr", "En 2019, un gendarme et sa compagne, elle aussi gendarme, avaient été tués chez eux.", 2),
    ("en", "A ranger and his wife were killed in the ambush.", 2),
])
def test_article_item_and_a_possessive_item_are_two(lang, text, value):
    assert killed(text, lang) == value


def test_an_article_and_a_definite_item_with_no_death_word_count_nothing():
    assert killed("A parcel and the driver were found near the depot, police said.", "en") is None


def test_death_of_a_named_person_named_by_its_year_is_no_toll():
    assert killed("Some inmates were held over the 2019 assassination of Governor Paul Okoro.", "en") is None


@pytest.mark.parametrize("lang,text", [
    ("ms", "Pertuduhan terhadap mereka berhubung kematian Ahmad Zaki ditarik balik."),
    ("en", "Two men were charged in connection with the murder of Peter Hall."),
])
def test_death_a_charge_is_linked_to_is_no_toll(lang, text):
    assert killed(text, lang) is None
