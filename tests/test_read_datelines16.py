"""Dateline house styles first seen in the thirty-eighth unseen set: a place and a label of the
report's kind after a bar ('Town | Special report'), the page's date line between that line and
the story, a French arrondissement, a newsroom line, a weekday and the part of the day, a
place in capitals with its weekday opening the story, a middle-dotted date with its hour, the
Turkish ablative before the reporters' names, a street and its quarter; and a weekday's
abbreviation that opens a date line is no place. Pages written for these tests."""
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


TITLE = "Explosion near the market leaves several people wounded\n\n"


@pytest.mark.parametrize("lang, header, story, line, place", [
    ("es", "Tonacatepeque, San Salvador | Enviado especial\nMartes, 4 de marzo de 2025\n",
     "Decenas de vecinos se reunieron ayer frente a la alcaldía para exigir respuestas.",
     "Tonacatepeque, San Salvador | Enviado especial", "Tonacatepeque"),
    ("tr", "Malatya | Özel Haber\n12 Ekim 2024 Cumartesi, 09:15\n",
     "Kentte dün akşam meydana gelen patlamada üç kişi yaralandı, polis soruşturma başlattı.",
     "Malatya | Özel Haber", "Malatya"),
    ("fr", "Lille | Envoyé spécial\n",
     "Les secours sont intervenus dans la nuit après l'effondrement d'un immeuble du centre.",
     "Lille | Envoyé spécial", "Lille"),
    ("fr", "Marseille 3e\n",
     "Deux hommes ont été blessés par balle jeudi soir au pied d'une tour de la cité.",
     "Marseille 3e", "Marseille"),
    ("it", "Dalla nostra redazione di Bari\n",
     "Un ordigno è esploso ieri notte davanti all'ingresso di un negozio del centro.",
     "Dalla nostra redazione di Bari", "Bari"),
    ("en", "Reading, Monday night\n",
     "Police were tonight questioning two men after a car was set alight outside a pub.",
     "Reading, Monday night", "Reading"),
    ("en", "Perth · 3 March 2016 · 6:40pm AWST\n",
     "Two men were arrested after a brawl outside a nightclub in Northbridge.",
     "Perth · 3 March 2016 · 6:40pm AWST", "Perth"),
    ("tr", "Gaziantep'ten Ayşe Demir ve Murat Kaya\nYayın: 05.06.2016 – 10:20\n",
     "Kentin merkezinde dün gece yaşanan silahlı saldırıda iki kişi hayatını kaybetti.",
     "Gaziantep'ten", "Gaziantep"),
])
def test_dateline_lines_above_the_story(lang, header, story, line, place):
    got_line, got_place = _dateline(TITLE + header + "\n" + story + "\n", lang)
    assert got_place == place
    assert got_line == line


def test_a_place_in_capitals_and_its_weekday_opening_the_story():
    text = TITLE + ("САМАРА, пятница. Город второй день живёт без движения в центре после "
                    "взрыва у здания суда.\n")
    assert _dateline(text, "ru") == ("САМАРА, пятница.", "САМАРА")


def test_a_street_and_its_quarter_opening_the_story():
    text = TITLE + ("Von Jana Brand\nFr., 14.06.2019, 08:10 Uhr\n\nKieler Straße, "
                    "Hamburg-Eidelstedt – Am Morgen danach ist die Kreuzung noch gesperrt, zwei "
                    "Autos brannten aus.\n")
    line, place = _dateline(text, "de")
    assert line == "Kieler Straße, Hamburg-Eidelstedt –"
    assert place == "Kieler Straße"


@pytest.mark.parametrize("lang, date_line", [
    ("de", "Sa., 29.06.2019, 12:30 Uhr"),
    ("fr", "Lun., 4 mars 2024, 10h12"),
])
def test_a_weekdays_abbreviation_opening_a_date_line_is_no_place(lang, date_line):
    text = TITLE + "Von Jana Brand\n" + date_line + "\n\nDie Polizei meldete am Morgen zwei " \
        "Verletzte nach dem Brand in der Innenstadt, die Ursache ist unklar.\n"
    line, place = _dateline(text, lang)
    assert place is None or not date_line.startswith(place)


def test_the_town_after_an_unknown_street_is_the_dateline(gazetteer):
    from geomap.places import find_places
    text = TITLE + ("Kieler Straße, Hamburg – Am Morgen danach ist die Kreuzung noch gesperrt, "
                    "zwei Autos brannten aus. Die Polizei sucht Zeugen.\n")
    doc = find_places(read_article(text, lang="de", is_text=True), gazetteer)
    assert doc.dateline is not None and doc.dateline.mention == "Hamburg"
    assert doc.dateline.place.country == "DE"


@pytest.mark.parametrize("lang, header, place", [
    ("en", "Hamilton | Special report\n", "Hamilton"),
    ("ms", "Kuantan | Laporan khas\n", "Kuantan"),
    ("de", "Rostock · Donnerstag · 22:15 Uhr MEZ\n", "Rostock"),
    ("es", "Cúcuta, Norte de Santander · 4 de marzo · 19:40\n", "Cúcuta"),
])
def test_a_name_and_a_stamp_of_dates_or_a_report_label_above_the_story(lang, header, place):
    story = {"en": "Police said two men were arrested after a fire at a warehouse overnight.",
             "ms": "Polis menahan dua lelaki selepas kebakaran di sebuah gudang malam tadi.",
             "de": "Die Polizei nahm in der Nacht zwei Männer fest, nachdem ein Lager brannte.",
             "es": "La policía detuvo a dos hombres tras el incendio de una bodega anoche."}[lang]
    got_line, got_place = _dateline(TITLE + header + "\n" + story + "\n", lang)
    assert got_place == place


@pytest.mark.parametrize("lang, header", [
    ("de", "Berlin | Weitere Proteste\n"),            # a kicker: no date, no label
    ("de", "Lars Wedel, Hamburg-Redaktion\n"),        # a byline
    ("en", "London, Paris and Rome react\n"),          # a headline
])
def test_a_name_before_words_that_are_no_stamp_is_no_dateline(lang, header):
    story = "Die Polizei nahm in der Nacht zwei Männer fest, nachdem ein Lager brannte." \
        if lang == "de" else "Police said two men were arrested after a fire at a warehouse."
    got_line, got_place = _dateline(TITLE + header + "\n" + story + "\n", lang)
    assert got_place is None


@pytest.mark.parametrize("lang, header, line, place", [
    ("en", "CHARLESTON, W.Va., June 3 (9:15 p.m. EDT) — ",
     "CHARLESTON, W.Va., June 3 (9:15 p.m. EDT) —", "CHARLESTON"),
    ("id", "PONTIANAK, 4 Mei 2019, 08.15 WIB – ", "PONTIANAK, 4 Mei 2019, 08.15 WIB –", "PONTIANAK"),
    ("de", "LEIPZIG, Landgericht. ", "LEIPZIG, Landgericht.", "LEIPZIG"),
    ("it", "TARANTO, nostro servizio\n", "TARANTO, nostro servizio", "TARANTO"),
    ("en", "Ruth Ames reports from Aswan\n", None, "Aswan"),
    ("ru", "Передано по телефону из Нальчика\n", "Передано по телефону из Нальчика", "Нальчика"),
])
def test_datelines_of_the_thirty_ninth_set(lang, header, line, place):
    story = {"en": "Two men were detained after shots were fired near the station on Sunday.",
             "id": "Polisi menahan dua orang setelah terjadi bentrokan di depan pasar kemarin.",
             "de": "Das Gericht hat den Angeklagten zu neun Jahren Haft verurteilt, teilte ein "
                   "Sprecher mit.",
             "it": "Un ordigno è esploso ieri notte davanti all'ingresso di un negozio del centro.",
             "ru": "Взрыв прогремел в субботу вечером у жилого дома на окраине города."}[lang]
    got_line, got_place = _dateline(TITLE + header + story + "\n", lang)
    assert got_place == place
    if line is not None:
        assert got_line == line


def test_a_local_editions_line_above_the_title(gazetteer):
    from geomap.places import find_places
    text = ("RHEIN-BOTE\nStartseite | Region | Sport\nRhein-Bote · Ausgabe Bingen · Montag, "
            "3. Mai 2021\nStreit an der Tankstelle endet mit Schüssen\nDie Polizei nahm am "
            "Sonntag einen Mann fest, der auf einen Angestellten geschossen hatte.\n")
    doc = find_places(read_article(text, lang="de", is_text=True), gazetteer)
    assert doc.dateline is not None and doc.dateline.mention == "Bingen"
    assert doc.dateline.place.country == "DE"
