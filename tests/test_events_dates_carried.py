"""A happening with no date cue of its own takes the latest day told before it in its paragraph
('On Friday evening a festival was under way when a man stabbed visitors. Two women died.'), not
the publication date; a new paragraph, a statement, and an old day told as background do not
carry. Parts of the day relative to the report ('this afternoon', 'petang ini', 'сегодня
вечером') are the day of the report in all nine languages."""
from __future__ import annotations

import datetime as dt

import pytest

import geomap
from geomap.events_dates import DAY, find_dates, resolve
from geomap.events_lex import lexicon

PUB = "2025-03-10"             # a Monday


def events(lang: str, text: str, date: str = PUB):
    doc = geomap.extract(text, is_text=True, lang=lang, date=date)
    return [(e.type, e.date) for e in doc.events if not e.negated]


@pytest.mark.parametrize("lang, text", [
    ("en", "On Saturday evening the market in Kharkiv was crowded with shoppers. "
           "A missile struck the market. Four people were killed and eleven were wounded."),
    ("de", "Am Samstagabend war der Markt in Charkiw voller Menschen. "
           "Eine Rakete schlug auf dem Markt ein. Vier Menschen wurden getötet, elf verletzt."),
    ("fr", "Samedi soir, le marché de Kharkiv était bondé. "
           "Un missile a frappé le marché. Quatre personnes ont été tuées et onze blessées."),
    ("ru", "В субботу вечером на рынке в Харькове было много людей. "
           "Ракета попала в рынок. Четыре человека погибли, одиннадцать ранены."),
])
def test_toll_takes_the_day_told_before_in_its_paragraph(lang, text):
    got = events(lang, text)
    assert got and all(d == "2025-03-08" for t, d in got), got


def test_a_new_paragraph_does_not_carry_the_day():
    text = ("Arrests in Odesa\n\n"
            "Police arrested two men in Odesa on Monday.\n\n"
            "On Saturday evening a missile struck a market in Kharkiv.\n\n"
            "Hundreds of people protested in Lviv.")
    got = dict(events("en", text))
    assert got["capture_detention"] == "2025-03-10"
    assert got["shelling_airstrike"] == "2025-03-08"
    assert got["protest"] == "2025-03-10"        # the lead's day, not Saturday's


def test_the_story_day_told_before_an_undated_lead():
    text = ("Market hit in Kharkiv\n\n"
            "Kharkiv was quiet on Saturday morning.\n\n"
            "A missile struck a market in Kharkiv. Hundreds of people protested in Lviv.\n\n"
            "Police arrested two men in Odesa.")
    got = dict(events("en", text))
    assert got["shelling_airstrike"] == "2025-03-08"
    assert got["capture_detention"] == "2025-03-08"


def test_an_old_day_told_as_background_does_not_carry():
    text = ("Police arrested two men in Kharkiv on Sunday. The city was first shelled on 4 May "
            "2019, when the war began. Two soldiers were wounded in Kharkiv.")
    got = events("en", text)
    assert ("capture_detention", "2025-03-09") in got, got
    assert all(d != "2019-05-04" for t, d in got if t == "casualties"), got


def test_a_statement_keeps_the_day_it_was_reported():
    text = "On Saturday a missile struck a market in Kharkiv. The government condemned the attack."
    got = events("en", text)
    assert ("accusation_statement", PUB) in got, got


@pytest.mark.parametrize("lang, text", [
    ("en", "Police detained two men this afternoon."),
    ("de", "Die Polizei nahm heute Nachmittag zwei Männer fest."),
    ("es", "La policía detuvo a dos hombres esta tarde."),
    ("fr", "La police a arrêté deux hommes cet après-midi."),
    ("it", "La polizia ha arrestato due uomini questo pomeriggio."),
    ("id", "Polisi menangkap dua pria sore tadi."),
    ("ms", "Polis menahan dua lelaki petang ini."),
    ("ru", "Полиция задержала двух мужчин сегодня вечером."),
    ("tr", "Polis bu akşam iki kişiyi gözaltına aldı."),
])
def test_part_of_the_day_of_the_report(lang, text):
    a = dt.date.fromisoformat(PUB)
    rs = [resolve(c, a) for c in find_dates(text, lexicon(lang))]
    assert (a, DAY) in rs, rs


@pytest.mark.parametrize("lang, text", [
    ("ru", "Город приходит в себя после вчерашнего обстрела."),
    ("de", "Die Stadt trauert nach dem gestrigen Beschuss."),
    ("tr", "Kent dünkü saldırının ardından yasta."),
])
def test_yesterdays_as_an_adjective(lang, text):
    a = dt.date.fromisoformat(PUB)
    rs = [resolve(c, a) for c in find_dates(text, lexicon(lang))]
    assert rs == [(dt.date(2025, 3, 9), DAY)], rs


@pytest.mark.parametrize("lang, text", [
    ("en", "On 6 March a bomb exploded in Kabul. Four days earlier a mine killed two men in Herat."),
    ("de", "Am 6. März explodierte in Kabul eine Bombe. Vier Tage zuvor tötete eine Mine zwei Männer in Herat."),
    ("fr", "Le 6 mars, une bombe a explosé à Kaboul. Quatre jours plus tôt, une mine a tué deux hommes à Hérat."),
    ("es", "El 6 de marzo estalló una bomba en Kabul. Cuatro días antes, una mina mató a dos hombres en Herat."),
    ("it", "Il 6 marzo una bomba è esplosa a Kabul. Quattro giorni prima una mina ha ucciso due uomini a Herat."),
    ("id", "Pada 6 Maret sebuah bom meledak di Kabul. Empat hari sebelumnya, ranjau menewaskan dua pria di Herat."),
    ("ru", "6 марта в Кабуле взорвалась бомба. Четырьмя днями ранее в Герате мина убила двух человек."),
])
def test_four_days_earlier_counts_from_the_day_told(lang, text):
    got = events(lang, text)
    assert any(d == "2025-03-02" for t, d in got), got


@pytest.mark.parametrize("lang, text", [
    ("en", "Fighting broke out in the night of Friday to Saturday."),
    ("fr", "Des combats ont éclaté dans la nuit de vendredi à samedi."),
    ("de", "Die Kämpfe begannen in der Nacht von Freitag auf Samstag."),
    ("de", "Die Kämpfe begannen in der Nacht zum Samstag."),
    ("it", "Gli scontri sono scoppiati nella notte tra venerdì e sabato."),
    ("es", "Los combates estallaron en la noche del viernes al sábado."),
])
def test_the_night_of_one_weekday_to_the_next_is_the_second(lang, text):
    a = dt.date.fromisoformat(PUB)
    rs = [resolve(c, a) for c in find_dates(text, lexicon(lang))]
    assert rs == [(dt.date(2025, 3, 8), DAY)], rs


def test_two_weekdays_without_a_night_stay_two():
    a = dt.date.fromisoformat(PUB)
    rs = [resolve(c, a) for c in find_dates("Police raided homes on Thursday and Friday.", lexicon("en"))]
    assert rs == [(dt.date(2025, 3, 6), DAY), (dt.date(2025, 3, 7), DAY)], rs


def test_a_toll_raised_later_is_the_toll_of_the_attack_at_its_place():
    text = ("Bomb in Kandahar\n\n"
            "On Thursday a car bomb exploded at the main market in Kandahar. "
            "On Saturday the provincial governor said the toll in Kandahar had risen to 31 dead.")
    got = events("en", text)
    assert ("shelling_airstrike", "2025-03-06") in got, got
    assert ("casualties", "2025-03-06") in got, got


def test_a_toll_weeks_after_an_attack_at_the_place_keeps_its_day():
    text = ("Kandahar\n\n"
            "A car bomb exploded at the main market in Kandahar on 3 February. "
            "On Saturday two soldiers were killed in Kandahar.")
    got = events("en", text)
    assert ("casualties", "2025-03-08") in got, got


@pytest.mark.parametrize("text, want", [
    # 2021-03-07 is a Sunday: 'с пятницы на субботу' is the night ending on Saturday the 6th
    ("Взрыв произошёл в ночь с пятницы на субботу у здания полиции в Махачкале, погибли двое.",
     "2021-03-06"),
    # 'со вторника': a weekday in the genitive
    ("Со вторника в Махачкале погибли двое полицейских при обстреле поста.", "2021-03-02"),
])
def test_russian_weekdays_in_every_case(text, want):
    doc = geomap.extract(text, lang="ru", date="2021-03-07").to_json()
    assert [e["date"] for e in doc["events"]] == [want]
