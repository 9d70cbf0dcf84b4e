"""Session-15 (ev72): round figures of seventy to ninety ('una settantina'), hospitals in the
plural as where the wounded were taken ('negli ospedali di X, Y e Z', the whole list), train
derailments as wrecks (`other`, damage), a wreck told right before a toll as its scene, and
judges or prosecutors of a town (`office`) as no scene. Sentences written for these tests, run
through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from geomap.events_lex import lexicon, tokenize
from geomap.events_numbers import numbers
from test_events_locate import events


def placed(text, lang, gazetteer):
    return [(e.type, e.location.name if e.location else None) for e in events(text, lang, gazetteer)
            if not e.negated]


@pytest.mark.parametrize("lang,text,value", [
    ("it", "una settantina", 70), ("it", "una novantina", 90), ("es", "una setentena", 70),
])
def test_round_figures_of_seventy_to_ninety(lang, text, value):
    nums = numbers(text, tokenize(text), lexicon(lang))
    assert [(n.value, n.approximate, n.vague) for n in nums] == [(value, True, False)]


@pytest.mark.parametrize("lang,text,place", [
    ("it", "Ieri un'esplosione in un mercato di Foggia ha ferito una settantina di persone, "
           "trasportate con le ambulanze negli ospedali di Lucera, Cerignola e San Severo.", "Foggia"),
    ("ru", "Вчера взрыв на рынке в Самаре ранил двадцать человек, их доставили в больницы Тольятти и Сызрани.", "Samara"),
])
def test_hospitals_in_the_plural_are_where_the_wounded_went(gazetteer, lang, text, place):
    ev = [e for e in events(text, lang, gazetteer) if e.type == "casualties"]
    assert ev and all(e.location is not None and e.location.name == place for e in ev)
    if lang == "it":
        assert ev[0].wounded == 70


@pytest.mark.parametrize("lang,text,place", [
    ("it", "Ieri sera un treno regionale è deragliato vicino alla stazione di Foggia.", "Foggia"),
    ("en", "Yesterday a freight train derailed near Lviv after a blast on the line.", "Lviv"),
    ("ru", "Вчера под Тверью пассажирский поезд сошёл с рельсов.", "Tver"),
    ("es", "Ayer un tren descarriló cerca de Zaragoza.", "Zaragoza"),
    ("de", "Gestern ist ein Zug bei Hannover entgleist.", "Hannover"),
])
def test_a_derailment_is_a_wreck(gazetteer, lang, text, place):
    assert ("other", place) in placed(text, lang, gazetteer)


@pytest.mark.parametrize("lang,text", [
    ("en", "The peace talks in Geneva were derailed by the dispute."),
    ("id", "Harga minyak anjlok di Jakarta kemarin."),
])
def test_derailed_talks_and_falling_prices_are_no_wreck(gazetteer, lang, text):
    assert "other" not in [t for t, _ in placed(text, lang, gazetteer)]


def test_a_wreck_before_a_toll_is_its_scene(gazetteer):
    text = ("Il treno viaggiava verso nord quando, alla stazione di Foggia, le ultime carrozze uscirono "
            "dai binari.\n\nIl bilancio fu di tre morti e di una ventina di feriti.\n\n"
            "Una settimana prima a Bari erano cominciate le proteste dei portuali.")
    tolls = [e for e in events(text, "it", gazetteer) if e.type == "casualties"]
    assert [(e.killed, e.location.name if e.location else None) for e in tolls] == [(3, "Foggia")]


@pytest.mark.parametrize("lang,text", [
    ("it", "Dieci anni dopo i giudici di Lecce stabilirono che i tre attentatori, tutti morti nel frattempo, "
           "avevano piazzato la bomba."),
])
def test_judges_of_a_town_name_no_scene(gazetteer, lang, text):
    assert all(p is None or p != "Lecce" for _, p in placed(text, lang, gazetteer))


@pytest.mark.parametrize("lang,text,values", [
    ("ru", "число раненых превысило тридцать, один человек скончался", [30, 1]),
    ("en", "the wounded numbered forty, one man had died", [40, 1]),
    ("it", "i feriti erano venti, uno è morto", [20, 1]),
    ("en", "forty-one people", [41]), ("ru", "сорок один человек", [41]),
])
def test_number_words_on_both_sides_of_a_comma_are_two_figures(lang, text, values):
    assert [n.value for n in numbers(text, tokenize(text), lexicon(lang))] == values


def test_a_toll_of_wounded_then_one_dead_after_a_comma(gazetteer):
    text = "Вчера на рынке в Самаре прогремел взрыв. К вечеру число раненых превысило тридцать, один человек скончался."
    tolls = [(e.killed, e.wounded) for e in events(text, "ru", gazetteer) if e.type == "casualties"]
    assert tolls == [(1, 30)]


@pytest.mark.parametrize("lang,text,place", [
    ("fr", "Mardi, vers midi, un homme a attendu devant le commissariat de Chartres. Il a porté deux coups "
           "de couteau à une policière.", "Chartres"),
    ("es", "El martes, hacia mediodía, un hombre esperó frente a la comisaría de Tudela. Asestó dos "
           "puñaladas a una agente.", "Tudela"),
    ("it", "Martedì, verso mezzogiorno, un uomo ha atteso davanti alla caserma dei carabinieri di Lucca. "
           "Ha accoltellato un militare.", "Lucca"),
])
def test_a_police_station_of_a_town_is_a_scene(gazetteer, lang, text, place):
    ev = [e for e in events(text, lang, gazetteer) if e.type == "casualties"]
    assert ev and ev[0].location is not None and ev[0].location.name == place


@pytest.mark.parametrize("lang,text,far", [
    ("fr", "Samedi, des incidents ont éclaté en marge d'une manifestation de soutien à la Syrie à Lyon.", "Syria"),
    ("en", "On Saturday clashes broke out at a rally in support of Ukraine in Leeds.", "Ukraine"),
    ("es", "El sábado hubo enfrentamientos durante una marcha en apoyo a Venezuela en Sevilla.", "Venezuela"),
])
def test_a_rally_in_support_of_a_country_is_not_there(gazetteer, lang, text, far):
    names = [p for _, p in placed(text, lang, gazetteer)]
    assert names and far not in names


@pytest.mark.parametrize("lang,text", [
    ("de", "Zeugen zufolge rief er: „Du musst jetzt sterben“."),
    ("fr", "Selon des témoins, il criait : « Tu vas mourir ! »"),
    ("en", "Witnesses said he shouted: 'You must die!'"),
])
def test_a_shouted_threat_is_no_death(gazetteer, lang, text):
    assert [t for t, _ in placed(text, lang, gazetteer) if t == "casualties"] == []


def _doc(text, lang, gazetteer, date="2024-05-10"):
    from geomap.events import extract_events
    from geomap.places import find_places
    from geomap.read import read_article
    doc = read_article(text, lang=lang, date=date, is_text=True)
    return extract_events(find_places(doc, gazetteer), gazetteer)


@pytest.mark.parametrize("lang,text,town", [
    ("fr", "COLMAR · Samedi 4 mai\n\nIl était midi et le marché couvert grouillait de monde. Un homme armé "
           "d'un couteau a blessé trois passants.\n\nLa police l'a interpellé peu après. Deux des blessés "
           "sont morts dans la soirée.\n", "Colmar"),
    ("de", "Kempten – Am Samstagmittag war der Wochenmarkt voller Menschen. Ein Mann verletzte mit einem "
           "Messer drei Passanten.\n\nPolizisten nahmen ihn wenig später fest. Zwei der Verletzten starben "
           "am Abend.\n", "Kempten"),
])
def test_a_story_with_no_known_place_is_in_the_datelines_town(gazetteer, lang, text, town):
    doc = _doc(text, lang, gazetteer)
    tolls = [e for e in doc.events if e.type == "casualties" and not e.negated]
    assert tolls and all(e.location is not None and e.location.name.startswith(town) for e in tolls)


def test_a_capital_dateline_gives_no_scene_to_a_story_with_no_place(gazetteer):
    doc = _doc("PARIS — Samedi, un homme armé d'un couteau a blessé trois passants sur un marché.\n", "fr", gazetteer)
    assert all(e.location is None for e in doc.events)


def test_a_seat_of_power_named_as_a_district_is_a_place(gazetteer):
    doc = _doc("ANKARA — Başkentin Çankaya ilçesindeki bir karakola bugün bombalı saldırı düzenlendi. "
               "Saldırıda iki polis yaralandı.\n", "tr", gazetteer)
    m = [x for x in doc.mentions if x.mention == "Çankaya"]
    assert m and m[0].role == "event"
    assert any(e.location is not None and e.location.name == "Çankaya" for e in doc.events)


def test_a_seat_of_power_alone_stays_the_government(gazetteer):
    doc = _doc("ANKARA — Çankaya açıklamayı sert bir dille eleştirdi.\n", "tr", gazetteer)
    m = [x for x in doc.mentions if x.mention == "Çankaya"]
    assert not m or m[0].role == "other"


def test_a_scene_away_from_the_dateline_told_before_keeps_the_story_away(gazetteer):
    doc = _doc("Kempten – Am Samstag versammelte sich in Füssen eine aufgebrachte Menge vor dem Rathaus.\n\n"
               "Ein Mann verletzte mit einem Messer drei Passanten.\n", "de", gazetteer)
    tolls = [e for e in doc.events if e.type == "casualties" and not e.negated]
    assert tolls and all(e.location is None or not e.location.name.startswith("Kempten") for e in tolls)

