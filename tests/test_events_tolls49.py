"""Session-12 (ev49): a headline's toll told at the town ('Bomb blast in Jakarta: six dead') is
the body's toll of the same dead told at the site inside that town (a hotel, a district); it is
one casualties event at the body's site, not a second toll at the town that lands on another
happening of the body. Sentences written for these tests, run through the real reader,
geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def _venue(name):
    # the hotel is named with or without its head word ('the JW Marriott Hotel', 'Hotel JW Marriott')
    return name[:-len(" Hotel")] if name and name.endswith(" Hotel") else name


def tolls(evs):
    return [(_venue(e.location.name) if e.location else None, e.killed) for e in evs
            if e.type == "casualties" and not e.negated]


@pytest.mark.parametrize("lang,text", [
    ("en", "Bomb blast in Jakarta: six dead, dozens hurt\n\nSix people were killed and more than 30 "
           "wounded when a bomb exploded in the lobby of the JW Marriott Hotel yesterday.\n\nSeveral "
           "foreign tourists were also injured and treated at a hospital in Jakarta."),
    ("ms", "Letupan bom di Jakarta: enam maut, puluhan cedera\n\nEnam orang terbunuh dan lebih 30 lagi "
           "cedera apabila sebuah bom meletup di lobi Hotel JW Marriott di sini semalam.\n\nBeberapa "
           "pelancong asing turut cedera dan dirawat di hospital di Jakarta."),
    ("id", "Ledakan bom di Jakarta: enam tewas, puluhan luka\n\nEnam orang tewas dan lebih dari 30 "
           "luka-luka ketika sebuah bom meledak di lobi Hotel JW Marriott kemarin.\n\nBeberapa turis "
           "asing juga terluka dan dirawat di rumah sakit di Jakarta."),
    ("fr", "Attentat à Jakarta : six morts, des dizaines de blessés\n\nSix personnes ont été tuées et "
           "plus de 30 blessées mardi lorsqu'une bombe a explosé dans le hall de l'hôtel JW Marriott."
           "\n\nPlusieurs touristes étrangers ont aussi été blessés et soignés dans un hôpital de Jakarta."),
    ("de", "Anschlag in Jakarta: sechs Tote, Dutzende Verletzte\n\nSechs Menschen wurden am Dienstag "
           "getötet und mehr als 30 verletzt, als in der Lobby des JW Marriott Hotel eine Bombe "
           "explodierte.\n\nMehrere ausländische Touristen wurden ebenfalls verletzt und in einem "
           "Krankenhaus in Jakarta behandelt."),
    ("es", "Atentado en Yakarta: seis muertos y decenas de heridos\n\nSeis personas murieron y más de "
           "30 resultaron heridas el martes al estallar una bomba en el vestíbulo del hotel JW Marriott."
           "\n\nVarios turistas extranjeros también resultaron heridos y fueron atendidos en un "
           "hospital de Yakarta."),
])
def test_headline_toll_at_the_town_is_the_body_toll_at_the_site(gazetteer, lang, text):
    got = tolls(events(text, lang, gazetteer))
    assert got.count(("JW Marriott", 6)) == 1
    assert sum(1 for _, k in got if k == 6) == 1        # no second toll of six at Jakarta
    assert ("Jakarta", 6) not in got


def test_headline_toll_of_a_country_stays_its_own(gazetteer):
    # a country is too coarse to say which of the body's tolls the headline tells
    evs = events("Six dead in Indonesia bomb attacks\n\nSix people were killed when a bomb exploded "
                 "at the JW Marriott Hotel in Jakarta on Tuesday.", "en", gazetteer)
    assert ("JW Marriott", 6) in tolls(evs)


# --------------------------------------------------------------------------- toll after its happening

@pytest.mark.parametrize("lang,text", [
    ("ru", "В понедельник боевики захватили школу в Нальчике.\n\nТрагедия напоминает о Кизляре, где в "
           "январе 1996 года отряд боевиков захватил больницу. Тогда погибли более семидесяти человек."),
    ("en", "Gunmen seized a school in Nalchik on Monday.\n\nThe siege recalls Kizlyar, where in January "
           "1996 a band of militants seized a hospital. More than seventy people died then."),
    ("es", "Hombres armados asaltaron el lunes una escuela en Nalchik.\n\nEl ataque recuerda a Kizliar, "
           "donde en enero de 1996 un comando tomó un hospital. Entonces murieron más de setenta personas."),
])
def test_toll_told_right_after_a_happening_placed_by_its_sentence_is_at_that_place(gazetteer, lang, text):
    # the sentence before names its town in a relative clause ('…recalls X, where in 1996 …'):
    # placed by the sentence, not the clause, it still is the scene of the toll told next
    assert ("Kizlyar", 70) in tolls(events(text, lang, gazetteer))


# --------------------------------------------------------------------------- one victim, German verb frame

@pytest.mark.parametrize("text,killed", [
    ("Der Polizist, der am Freitag bei dem Angriff in Köln schwer verletzt worden war, ist am Sonntag "
     "im Krankenhaus gestorben.", 1),
    ("Der Polizist ist am Sonntag im Krankenhaus in Köln gestorben.", 1),
    ("Die Frau erlag am Montag in Köln ihren Verletzungen.", 1),
    ("Zwei Menschen sind am Sonntag in Köln gestorben.", 2),           # a figure stays the figure
    ("Bei dem Anschlag in Köln sind am Sonntag mehrere Menschen gestorben.", None),   # plural verb
])
def test_german_singular_verb_frame_is_one_victim(gazetteer, text, killed):
    evs = [e for e in events(text, "de", gazetteer) if e.type == "casualties"]
    assert [e.killed for e in evs] == [killed]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le policier est finalement décédé dimanche à l'hôpital de Lyon."),
    ("it", "Il poliziotto è poi morto domenica in ospedale a Milano."),
    ("en", "The officer later died of his injuries in hospital in Leeds."),
    ("en", "The officer succumbed to his injuries on Sunday in Leeds."),
])
def test_singular_death_with_words_between_is_one_victim(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.type == "casualties"]
    assert [e.killed for e in evs] == [1]


def test_plural_death_stays_without_a_figure(gazetteer):
    evs = [e for e in events("Plusieurs blessés sont morts dimanche à Lyon.", "fr", gazetteer)
           if e.type == "casualties"]
    assert [e.killed for e in evs] == [None]


@pytest.mark.parametrize("lang, text", [
    ("ru", "Боевики захватили заложников в больнице Кизляра."),
    ("en", "Gunmen took dozens of hostages in a hospital in Kizlyar."),
    ("fr", "Des hommes armés ont pris des otages dans un hôpital de Kizliar."),
])
def test_a_hostage_taking_is_an_abduction_not_an_arrest(lang, text):
    import geomap
    doc = geomap.extract(text, lang=lang, date="2021-03-07").to_json()
    caps = [e for e in doc["events"] if e["type"] == "capture_detention"]
    assert caps and all(e["cameo"] == "181" for e in caps)
