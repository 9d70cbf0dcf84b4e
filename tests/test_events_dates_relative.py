"""Dates relative to a month or a year ('last November', 'November tahun lalu', 'le 12 novembre
dernier', 'в прошлом году') in all nine languages: a day with such a month lands in the right
year; a month or a year alone is ACLED time precision 3, never a day of the wrong year."""
from __future__ import annotations

import datetime as dt

import pytest

import geomap

from geomap.document import BODY, Document, Segment
from geomap.events import extract_events
from geomap.events_dates import DAY, MONTH, find_dates, resolve
from geomap.events_lex import lexicon

ANCHOR = "2024-12-10"          # publication date of every example below


def dates(lang: str, text: str, anchor: str | None = ANCHOR):
    a = dt.date.fromisoformat(anchor) if anchor else None
    out = []
    for c in find_dates(text, lexicon(lang)):
        r = resolve(c, a, dt.date(2026, 11, 26))
        out.append((r[0].isoformat(), r[1]) if r else None)
    return out


@pytest.mark.parametrize("lang, text, expected", [
    # a day with a month and 'last year': that day of the previous year
    ("en", "Troops fired on 3 March last year.", [("2023-03-03", DAY)]),
    ("en", "The village was hit on March 3 last year.", [("2023-03-03", DAY)]),
    ("id", "Desa itu diserang pada 3 Maret tahun lalu.", [("2023-03-03", DAY)]),
    ("ms", "Kampung itu diserang pada 3 Mac tahun lepas.", [("2023-03-03", DAY)]),
    ("fr", "Le village a été bombardé le 3 mars de l’an dernier.", [("2023-03-03", DAY)]),
    ("de", "Das Dorf wurde am 3. März vergangenen Jahres beschossen.", [("2023-03-03", DAY)]),
    ("es", "El pueblo fue atacado el 3 de marzo del año pasado.", [("2023-03-03", DAY)]),
    ("it", "Il villaggio è stato colpito il 3 marzo dell'anno scorso.", [("2023-03-03", DAY)]),
    ("ru", "Село обстреляли 3 марта прошлого года.", [("2023-03-03", DAY)]),
    ("tr", "Köy geçen yıl 3 Mart'ta vuruldu.", [("2023-03-03", DAY)]),
    # 'the latest such day': the modifier does not change the year
    ("es", "El pueblo fue atacado el pasado 3 de diciembre.", [("2024-12-03", DAY)]),
    ("it", "Il villaggio è stato colpito lo scorso 3 dicembre.", [("2024-12-03", DAY)]),
    ("fr", "Le village a été bombardé le 3 décembre dernier.", [("2024-12-03", DAY)]),
    # a weekday with a day of last year does not move it to this year
    ("en", "On Friday, 3 March last year, troops fired.", [("2023-03-03", DAY)]),
])
def test_day_with_relative_year(lang, text, expected):
    assert dates(lang, text) == expected


@pytest.mark.parametrize("lang, text, expected", [
    ("en", "The town fell last March.", "2024-03-01"),
    ("en", "The town fell in March last year.", "2023-03-01"),
    ("en", "The town fell this March.", "2024-03-01"),
    ("id", "Kota itu jatuh pada Maret tahun lalu.", "2023-03-01"),
    ("id", "Kota itu jatuh pada Maret lalu.", "2024-03-01"),
    ("ms", "Bandar itu jatuh pada Mac lepas.", "2024-03-01"),
    ("fr", "La ville est tombée en mars dernier.", "2024-03-01"),
    ("de", "Die Stadt fiel im vergangenen März.", "2024-03-01"),
    ("es", "La ciudad cayó el pasado marzo.", "2024-03-01"),
    ("it", "La città è caduta lo scorso marzo.", "2024-03-01"),
    ("ru", "Город пал в марте прошлого года.", "2023-03-01"),
    ("tr", "Kent geçen yılın mart ayında düştü.", "2023-03-01"),
    ("tr", "Kent geçen mart düştü.", "2024-03-01"),
    # 'last December' read in December is the December before
    ("en", "The town fell last December.", "2023-12-01"),
])
def test_month_with_relative_year(lang, text, expected):
    assert dates(lang, text) == [(expected, MONTH)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Fighting broke out last year."),
    ("id", "Pertempuran pecah tahun lalu."),
    ("ms", "Pertempuran meletus tahun lepas."),
    ("fr", "Les combats ont éclaté l'an dernier."),
    ("de", "Die Kämpfe brachen im vergangenen Jahr aus."),
    ("es", "Los combates estallaron el año pasado."),
    ("it", "I combattimenti sono scoppiati l'anno scorso."),
    ("ru", "Бои начались в прошлом году."),
    ("tr", "Çatışmalar geçen yıl başladı."),
])
def test_last_year(lang, text):
    assert dates(lang, text) == [("2023-01-01", MONTH)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Fighting broke out last month."), ("id", "Pertempuran pecah bulan lalu."),
    ("fr", "Les combats ont éclaté le mois dernier."), ("de", "Die Kämpfe begannen im vergangenen Monat."),
    ("es", "Los combates estallaron el mes pasado."), ("it", "I combattimenti sono iniziati il mese scorso."),
    ("ru", "Бои начались в прошлом месяце."), ("tr", "Çatışmalar geçen ay başladı."),
    ("ms", "Pertempuran meletus bulan lepas."),
])
def test_last_month(lang, text):
    assert dates(lang, text) == [("2024-11-01", MONTH)]


def test_not_relative_dates():
    assert dates("en", "This may be the worst attack.") == []
    assert dates("id", "Konflik itu dimulai 10 tahun lalu.") == []      # ten years ago
    assert dates("ru", "В прошлом матче никто не пострадал.") == []     # not a month
    # no publication date: 'last year' cannot be placed
    assert dates("en", "Troops fired on 3 March last year.", None) == [None]


def _event_dates(lang: str, text: str) -> list[tuple[str, int]]:
    doc = Document(text=text, lang=lang, published=ANCHOR, segments=[Segment(BODY, 0, len(text))])
    return [(e.date, e.date_precision) for e in extract_events(doc).events]


def test_event_in_last_year_is_not_dated_this_year():
    assert _event_dates("en", "Two soldiers were killed on 3 March last year.") == [("2023-03-03", DAY)]
    assert _event_dates("id", "Dua tentara tewas pada Maret tahun lalu.") == [("2023-03-01", MONTH)]


def test_since_last_year_does_not_date_the_happening():
    got = _event_dates("en", "Troops clashed on Tuesday in the worst fighting since a war last year.")
    assert got == [("2024-12-10", DAY)]


@pytest.mark.parametrize("lang, text", [
    ("en", "Two soldiers were killed in Donetsk on 3 December. The same day, rebels shelled Kherson."),
    ("id", "Dua tentara tewas di Donetsk pada 3 Desember. Pada hari yang sama, pemberontak menembaki Kherson."),
    ("fr", "Deux soldats ont été tués à Donetsk le 3 décembre. Le même jour, des rebelles ont bombardé Kherson."),
    ("de", "Zwei Soldaten wurden am 3. Dezember in Donezk getötet. Am selben Tag wurden in Cherson drei Zivilisten getötet."),
    ("ru", "3 декабря в Донецке погибли двое военных. В тот же день в Херсоне погибли трое мирных жителей."),
])
def test_same_day_takes_the_day_told_before(lang, text):
    doc = geomap.extract(text, is_text=True, lang=lang, date=ANCHOR)       # real gazetteer
    got = [(e.date, e.date_precision) for e in doc.events]
    assert len(got) >= 2 and set(got) == {("2024-12-03", DAY)}


def test_same_day_refers_to_a_day_told_in_a_sentence_without_an_event():
    text = ("Kyiv was calm. On Monday Moscow let the grain deal expire. The same day, two people "
            "were killed in an attack on the bridge at Kerch.")
    doc = geomap.extract(text, is_text=True, lang="en", date="2023-07-23")
    assert [(e.date, e.date_precision) for e in doc.events if e.killed] == [("2023-07-17", DAY)]


@pytest.mark.parametrize("lang, text", [
    ("fr", "Trois soldats ont été tués à Donetsk le 5 décembre. La veille, des rebelles avaient bombardé Kherson."),
    ("en", "Three soldiers were killed in Donetsk on 5 December. The day before, rebels had shelled Kherson."),
    ("ru", "Потери на востоке Украины\n\n5 декабря в Донецке погибли трое военных. Накануне в Херсоне погибли двое мирных жителей."),
])
def test_the_day_before_counts_from_the_day_told(lang, text):
    doc = geomap.extract(text, is_text=True, lang=lang, date=ANCHOR)
    assert sorted(e.date for e in doc.events) == ["2024-12-04", "2024-12-05"]


def test_the_day_before_with_no_day_told_is_the_day_before_publication():
    doc = geomap.extract("La veille, des rebelles avaient bombardé Kherson.", is_text=True, lang="fr",
                         date=ANCHOR)
    assert [e.date for e in doc.events] == ["2024-12-09"]
