"""Dateline house styles first seen in the fortieth unseen set: a place and its quarter before the
weekday ('Lyon, 3e arrondissement, mardi soir.') under a byline below the standfirst; an outlet's
name before the place on a line of its own, the date on the next line ('Radio X · Town'); a
credit label of several words, the reporter, then the place ('Text and photos: Name, Town'); and
the paper's initial in brackets before the day and month ('IPOH (B) 12 Jun –'). Pages written
for these tests."""
from __future__ import annotations

import pytest

from geomap.read import read_article


def _dateline(text: str, lang: str):
    doc = read_article(text, lang=lang, is_text=True)
    dl = doc.meta.get("dateline")
    if not dl:
        return None, None
    s, e, ps, pe = dl
    return doc.text[s:e], doc.text[ps:pe]


@pytest.mark.parametrize("lang, title, standfirst, byline, line, story, place", [
    ("fr", "Au pied des tours, la colère après les tirs",
     "Deux jeunes hommes ont été blessés par balle mardi soir devant un immeuble du quartier.",
     "Par Lucie Manent", "Lyon, 8e arrondissement, mercredi matin.",
     "Le hall porte encore les traces des impacts et les habitants racontent une nuit blanche.",
     "Lyon"),
    ("en", "A night of fire on the estate",
     "Three cars were set alight and a bus shelter smashed as youths clashed with police.",
     "By Tom Hardy", "Leeds, Harehills district, Tuesday morning.",
     "Residents swept up glass from the pavements as council crews boarded up two shops.",
     "Leeds"),
    ("es", "Noche de disparos en el barrio",
     "Un hombre murió y otros dos resultaron heridos en un tiroteo frente a un bar de la zona.",
     "Por Ana Ferrer", "Valencia, distrito de Benimaclet, domingo 4 de mayo.",
     "Los vecinos aún comentan lo ocurrido mientras la policía mantiene acordonada la calle.",
     "Valencia"),
])
def test_a_place_its_quarter_and_the_weekday_under_the_byline(lang, title, standfirst, byline,
                                                              line, story, place):
    text = f"{title}\n\n{standfirst}\n\n{byline}\n{line}\n\n{story}\n"
    assert _dateline(text, lang) == (line, place)


def test_a_headline_under_the_byline_is_no_dateline():
    # (lower-case words that are no part of a town nor of a date: a subheading, not a stamp)
    text = ("Au pied des tours, la colère après les tirs\n\nDeux jeunes hommes ont été blessés "
            "par balle mardi soir devant un immeuble.\n\nPar Lucie Manent\nLyon, une ville "
            "inquiète.\n\nLe hall porte encore les traces des impacts et les habitants racontent "
            "une nuit blanche.\n")
    assert _dateline(text, "fr") == (None, None)


@pytest.mark.parametrize("lang, outlet_line, date_line, place, story", [
    ("it", "Umbria7 TV | PERUGIA", "di Carla Neri · martedì 3 ottobre 2023, ore 18:10", "PERUGIA",
     "Un ordigno rudimentale è esploso nella notte davanti alla sede di un circolo del centro."),
    ("es", "Onda Vega Radio · Alcalá de Henares", "Lunes, 6 de marzo de 2023 · 09:40",
     "Alcalá de Henares",
     "Un incendio intencionado calcinó anoche tres contenedores y dos coches junto a la estación."),
    ("tr", "Ege Kanal Haber | Manisa", "14 Şubat 2022 Pazartesi, 10:05", "Manisa",
     "Kentte dün gece bir iş yerine düzenlenen silahlı saldırıda iki kişi yaralandı."),
])
def test_an_outlets_name_then_the_place_with_the_date_below(lang, outlet_line, date_line,
                                                            place, story):
    text = f"Title of the story about the night's attack\n\n{outlet_line}\n{date_line}\n\n{story}\n"
    line, got = _dateline(text, lang)
    assert got == place


def test_an_outlets_name_and_a_place_with_no_date_below_is_no_dateline():
    # (a site's header with a place in it, the story right below: no date says it is the
    # filing line of this story)
    text = ("Title of the story about the night's attack\n\nUmbria7 TV | PERUGIA\n\n"
            "Un ordigno rudimentale è esploso nella notte davanti alla sede di un circolo.\n")
    assert _dateline(text, "it")[1] is None


@pytest.mark.parametrize("lang, credit, place, story", [
    ("tr", "Yazı ve fotoğraf: Deniz Arıkan, Malatya", "Malatya",
     "Malatya'nın eski çarşısında esnaf, o geceyi hâlâ dün gibi hatırlıyor."),
    ("en", "Words and pictures: Rhys Morgan, Merthyr Tydfil", "Merthyr Tydfil",
     "In Merthyr Tydfil the boarded-up windows of the old club still face the high street."),
    ("de", "Text und Fotos: Jonas Keller, Kassel", "Kassel",
     "In Kassel erinnert eine Tafel an der Kreuzung an die Nacht des Anschlags."),
])
def test_a_credit_label_the_reporter_and_the_place(lang, credit, place, story):
    text = ("Title of the piece about that night\n\nA standfirst that tells the story in one "
            f"long sentence about what happened there.\n\n{credit}\n\n{story}\n")
    assert _dateline(text, lang)[1] == place


def test_a_credit_label_with_a_place_named_nowhere_else_is_no_dateline():
    # (a correspondent's seat alone, as with 'Von Eva Roth, Jerusalem' over a story from Jenin)
    text = ("Title of the piece about that night\n\nA standfirst that tells the story in one "
            "long sentence about what happened there.\n\nText und Fotos: Jonas Keller, Kassel\n\n"
            "In Fulda erinnert eine Tafel an der Kreuzung an die Nacht des Anschlags.\n")
    assert _dateline(text, "de")[1] != "Kassel"


@pytest.mark.parametrize("line, place", [
    ("IPOH (B) 12 Jun –", "IPOH"),
    ("KUALA TERENGGANU (U) 3 Mac –", "KUALA TERENGGANU"),
])
def test_a_papers_initial_before_the_day_and_month(line, place):
    text = ("Tajuk berita tentang serangan itu\n\nOleh AMINAH YUSOF\n" + line + "\n\n"
            "Seorang lelaki cedera parah selepas ditembak di hadapan sebuah kedai makan semalam.\n")
    assert _dateline(text, "ms") == (line, place)
