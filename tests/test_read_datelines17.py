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


# Styles first seen in the forty-first unseen set.

@pytest.mark.parametrize("lang, line, place", [
    ("ms", "Laporan dari Kota Bharu", "Kota Bharu"),
    ("id", "Laporan wartawan kami dari Poso", "Poso"),
    ("en", "Reporting from Mosul", "Mosul"),
    ("es", "Crónica desde Cúcuta", "Cúcuta"),
    ("de", "Bericht aus Odessa", "Odessa"),
    ("ru", "Репортаж из Грозного", "Грозного"),
])
def test_a_reports_origin_alone_above_the_story(lang, line, place):
    text = ("Title of the report from the town after the attack\n\nA standfirst that tells the "
            "story in one long sentence about what happened there.\n\n" + line + "\n\n"
            "Story text about the night of the attack, told at length by the reporter who went "
            "there and spoke to the people who saw it happen.\n")
    got_line, got_place = _dateline(text, lang)
    assert got_place == place
    assert got_line == line


def test_the_reporters_bare_name_under_a_reports_origin_is_header():
    text = ("Tajuk berita tentang rusuhan itu\n\nSelasa, 3 Mac 2020 | 9:15 pagi\n"
            "Laporan dari Kota Bharu\nSiti Aminah Yusof\n\n"
            "Ribuan orang berhimpun di hadapan mahkamah sejak pagi dan polis terpaksa menutup "
            "jalan utama ke pusat bandar.\n")
    doc = read_article(text, lang="ms", is_text=True)
    kinds = {doc.text[s.start:s.end]: s.kind for s in doc.segments}
    assert kinds["Siti Aminah Yusof"] != "body"
    assert _dateline(text, "ms")[1] == "Kota Bharu"


@pytest.mark.parametrize("line, place", [
    ("[MEDAN] – Polisi menangkap dua pria yang diduga melempar bom molotov ke pos jaga.", "MEDAN"),
    ("[BANDA ACEH] - Dua rumah warga terbakar setelah kerusuhan semalam.", "BANDA ACEH"),
])
def test_the_place_in_square_brackets_opening_the_story(line, place):
    text = "Judul berita tentang kerusuhan di kota itu\n\n" + line + "\n"
    assert _dateline(text, "id")[1] == place


def test_a_bracketed_word_in_lower_case_is_no_dateline():
    text = "Judul berita\n\n[Foto] – Polisi menangkap dua pria di pasar kemarin.\n"
    assert _dateline(text, "id")[1] is None


@pytest.mark.parametrize("lang, date_line, place", [
    ("es", "Sevilla 14/03/2024 - 09:30 h CET", "Sevilla"),
    ("it", "Bari 02/05/2023 - 18:10", "Bari"),
])
def test_a_numeric_date_right_after_the_place(lang, date_line, place):
    text = ("Title of the story about the night's attack\n\nA standfirst that tells the story in "
            "one long sentence.\n\n" + date_line + "\n\nStory text: the attack happened at night "
            "and the police are still looking for the men who did it.\n")
    assert _dateline(text, lang)[1] == place


@pytest.mark.parametrize("lang, stamp, byline, place", [
    ("de", "Eisenstadt · 12.03.2024 · 06:10", "Von Jana Brand", "Eisenstadt"),
    ("fr", "Colmar | 12/03/2024", "Par Lucie Manent", "Colmar"),
])
def test_the_place_and_date_line_under_the_standfirst(lang, stamp, byline, place):
    text = ("Title of the story about the night's attack\n\nIn der Nacht auf Dienstag wurde ein "
            "Lokal im Zentrum durch eine Explosion schwer beschädigt, verletzt wurde niemand.\n\n"
            f"{stamp}\n{byline}\n\nStory text: the attack happened at night and the police are "
            "still looking for the men who did it, witnesses said.\n")
    assert _dateline(text, lang)[1] == place
