"""Session-14 (ev63): merging and tolls of happenings told in passing. Sentences written for
these tests."""
from __future__ import annotations

import pytest

from test_events_locate import events  # noqa: E402


def brief(evs):
    return sorted((e.type, e.date, e.killed) for e in evs if not e.negated)


# A past attack told in passing with its toll in the same sentence is one happening with its dead.
@pytest.mark.parametrize("lang,text", [
    ("de", "Die Stadt kennt solche Taten: Am 3. Mai 1990 hatten Extremisten in Mölln ein Wohnhaus "
           "in Brand gesetzt, drei Menschen kamen ums Leben."),
    ("en", "The town has known such attacks: on 3 May 1990 extremists set fire to a house in Leeds; "
           "three people died."),
    ("fr", "La ville a déjà connu cela : le 3 mai 1990, des extrémistes avaient incendié une maison "
           "à Lyon, trois personnes sont mortes."),
])
def test_a_past_attack_keeps_the_toll_of_its_sentence(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.date == "1990-05-03"]
    assert [e.killed for e in evs] == [3], brief(evs)


def test_the_news_keeps_its_separate_toll(gazetteer):
    # (the story's own attack, days before the publication, is not told in passing)
    text = "Am Dienstag hatten Extremisten in Mölln ein Wohnhaus in Brand gesetzt, drei Menschen kamen ums Leben."
    evs = events(text, "de", gazetteer)
    assert ("casualties", 3) in [(e.type, e.killed) for e in evs]


# German verb-second: a subject set after the count verb stands between it and its one victim.
@pytest.mark.parametrize("text", [
    "Am Tor erschießt er einen Wachmann.",
    "Danach tötet der Täter eine Kassiererin.",
    "Vor dem Rathaus erschoss der Angreifer einen Polizisten.",
])
def test_an_inverted_subject_keeps_the_victim(text):
    from geomap.events_lex import lexicon, tokenize
    from geomap.events_numbers import count_categories
    assert count_categories(text, tokenize(text), lexicon("de"))[0].get("killed") == 1


def test_sterben_in_the_historic_present_is_a_toll(gazetteer):
    evs = events("Vier Arbeiter und zwei Kinder sterben in Kiel.", "de", gazetteer)
    assert [(e.type, e.killed) for e in evs] == [("casualties", 6)]


# Deaths of one victim each, introduced with an indefinite article, told in successive sentences
# are happenings of their own; the same victim named again is the toll told again.
@pytest.mark.parametrize("lang,text,n", [
    ("de", "In Kiel erschießt er einen Wachmann. Dann tötet er einen Koch.", 2),
    ("en", "In Leeds the gunman shot dead a guard. Minutes later he killed a cook.", 2),
    ("fr", "À Lyon, le tireur a tué un gardien. Quelques minutes plus tard, il a tué un cuisinier.", 2),
    ("de", "In Kiel erschießt er einen Wachmann. Der Wachmann wurde getötet.", 1),
])
def test_new_victims_are_new_tolls(gazetteer, lang, text, n):
    evs = [e for e in events(text, lang, gazetteer) if e.type == "casualties"]
    assert len(evs) == n, [(e.killed, e.sentence) for e in evs]


# A statement made at a press conference in a town is placed there, even in a capital; a capital
# standing for its government places nothing.
TITLES = {"en": "News", "id": "Berita", "ms": "Berita", "de": "Nachrichten", "fr": "Nouvelles",
          "es": "Noticias", "it": "Notizie", "ru": "Новости", "tr": "Haberler"}


def _statement_places(gazetteer, lang, sentence):
    text = TITLES[lang] + "\n\nVon Hans Muster\n\n" + sentence + " " + sentence.split()[0] + "."
    return [(e.type, e.location.place_id if e.location else None) for e in events(text, lang, gazetteer)
            if e.type in ("accusation_statement", "appeal_demand")]


@pytest.mark.parametrize("lang,text,name", [
    ("en", "At a press conference in Lyon, the minister condemned the attack.", "Lyon"),
    ("en", "The president condemned the attack at a news conference in Nairobi.", "Nairobi"),
    ("id", "Menteri itu dalam jumpa pers di Jakarta mengecam serangan tersebut.", "Jakarta"),
    ("id", "Kapolda dalam konferensi pers di Surabaya mengecam serangan itu.", "Surabaya"),
    ("ms", "Menteri itu dalam sidang media di Kuala Lumpur mengecam serangan tersebut.", "Kuala Lumpur"),
    ("de", "Der Minister verurteilte den Anschlag auf einer Pressekonferenz in Berlin.", "Berlin"),
    ("fr", "Le ministre a condamné l'attaque lors d'une conférence de presse à Paris.", "Paris"),
    ("es", "El ministro condenó el ataque en rueda de prensa en Madrid.", "Madrid"),
    ("it", "Il ministro ha condannato l'attacco in conferenza stampa a Roma.", "Rome"),
    ("ru", "Министр осудил нападение на пресс-конференции в Москве.", "Moscow"),
    ("tr", "Bakan, Ankara'da düzenlediği basın toplantısında saldırıyı kınadı.", "Ankara"),
])
def test_a_press_conference_places_the_statement(gazetteer, lang, text, name):
    got = _statement_places(gazetteer, lang, text)
    assert got and got[0][1] is not None, got
    assert gazetteer.get(got[0][1]).name == name


@pytest.mark.parametrize("lang,text", [
    ("en", "Ankara condemned the attack."),
    ("id", "Canberra mengecam serangan itu."),
    ("fr", "Paris a condamné l'attaque."),
])
def test_a_capital_for_its_government_places_nothing(gazetteer, lang, text):
    assert [p for _, p in _statement_places(gazetteer, lang, text)] == [None]


# A list of victims that opens with a person's full name, or gives a name after a role noun,
# counts each item ('killed Judge X, his wife and three officers': five).
@pytest.mark.parametrize("lang,text,value", [
    ("en", "The bomb killed Judge Marco Rossi, his wife and three officers.", 5),
    ("en", "The gunmen killed Ahmed Khan and his son.", 2),
    ("it", "La bomba uccise Paolo Bianchi, la moglie Anna Verdi e due agenti.", 4),
    ("de", "Der Anschlag tötete Hans Meier, seine Frau und zwei Kinder.", 4),
])
def test_named_victims_in_a_list_count(lang, text, value):
    from geomap.events_lex import lexicon, tokenize
    from geomap.events_numbers import count_categories
    assert count_categories(text, tokenize(text), lexicon(lang))[0].get("killed") == value


def test_names_after_a_comma_are_no_victims():
    from geomap.events_lex import lexicon, tokenize
    from geomap.events_numbers import count_categories
    text = "Militants were killed, Defence Minister Ali Khan and Army Chief Omar Said told reporters."
    assert count_categories(text, tokenize(text), lexicon("en"))[0].get("killed") is None


@pytest.mark.parametrize("text", [
    "Ärzte warnen, dass in Kiel viele Patienten sterben könnten.",
    "Die Bewohner von Kiel haben Angst zu sterben.",
    "In Kiel könnten Tausende Menschen sterben.",
])
def test_sterben_as_an_infinitive_is_no_toll(gazetteer, text):
    evs = events("Nachrichten\n\nVon Hans Muster\n\n" + text + " Mehr folgt.", "de", gazetteer)
    assert [e.type for e in evs if e.type == "casualties"] == []
