"""The pure parts of event extraction, in all nine languages: triggers, numbers and counts,
dates, negation. No gazetteer needed: these run on the lexicons alone."""
from __future__ import annotations

import datetime as dt

import pytest

from geomap.document import BODY, Document, Segment
from geomap.events import extract_events, type_codes
from geomap.events_dates import find_dates, resolve
from geomap.events_lex import event_types, lexicon, tokenize
from geomap.events_numbers import count_categories, numbers
from geomap.lang import LANGUAGES


def trigger_types(lang: str, text: str) -> list[str]:
    lex = lexicon(lang)
    return [p[0] for _, _, p, _ in lex.triggers.longest(tokenize(text))]


def counts(lang: str, text: str):
    lex = lexicon(lang)
    got, approx, _ = count_categories(text, tokenize(text), lex)
    return got, approx


def dates(lang: str, text: str, anchor: str | None, today: str = "2026-11-26"):
    lex = lexicon(lang)
    a = dt.date.fromisoformat(anchor) if anchor else None
    out = []
    for c in find_dates(text, lex):
        r = resolve(c, a, dt.date.fromisoformat(today))
        out.append((r[0].isoformat(), r[1]) if r else None)
    return out


def events_of(lang: str, text: str, date: str | None = None):
    doc = Document(text=text, lang=lang, published=date, segments=[Segment(BODY, 0, len(text))])
    return extract_events(doc).events


# --------------------------------------------------------------------------- lexicon files

@pytest.mark.parametrize("lang", LANGUAGES)
def test_every_language_has_a_complete_lexicon(lang):
    lex = lexicon(lang)
    data = lex.data
    for key in ("triggers", "negation", "counts", "numbers", "dates", "locative", "actors"):
        assert data.get(key), f"{lang}: events.yaml lacks {key}"
    covered = {str(k).partition("/")[0] for k in data["triggers"]}
    # every type of the schema has triggers in every language (other: releases of prisoners)
    assert covered == set(event_types()), (lang, set(event_types()) - covered)
    assert set(data["counts"]) == {"killed", "wounded", "captured", "missing"}
    assert len(data["dates"]["weekdays"]) >= 7 and len(data["dates"]["months"]) >= 12


def test_event_types_table_has_the_documented_codes():
    assert type_codes("armed_clash") == ("190", {"event_type": "Battles", "sub_event_type": "Armed clash"},
                                         "fallback")
    assert type_codes("shelling_airstrike")[0] == "194"
    assert type_codes("capture_detention")[:2] == ("173", {"event_type": "Strategic developments",
                                                           "sub_event_type": "Arrests"})
    assert type_codes("military_alert_deployment")[0] == "152"
    assert type_codes("appeal_demand", "deescalation")[0] == "0256"
    assert type_codes("appeal_demand", "protection")[0] == "0234"
    assert type_codes("appeal_demand", "military_aid")[0] == "0232"
    assert type_codes("accusation_statement")[0] == "112"
    assert type_codes("ceasefire_agreement")[0] == "0871"
    assert type_codes("ceasefire_agreement", "violation")[0] == "196"
    assert type_codes("appeal_demand")[2] == "venue" and type_codes("talks_meeting")[2] == "clause"


# --------------------------------------------------------------------------- triggers

@pytest.mark.parametrize("lang,text,expected", [
    ("id", "Kedua negara saling serang sejak pagi", ["armed_clash"]),
    ("id", "Pasukan itu menyerang pos dan diserang balik", ["armed_clash", "armed_clash"]),
    ("id", "Serangannya gagal", ["armed_clash"]),
    ("id", "Tiga prajurit gugur dan dua tewas", ["casualties", "casualties"]),
    ("id", "Lima orang ditahan dan dua ditawan", ["capture_detention", "capture_detention"]),
    ("id", "Pangkalan itu bersiaga penuh", ["military_alert_deployment"]),
    ("id", "Menteri itu mendesak dan meminta kedua pihak", ["appeal_demand", "appeal_demand"]),
    ("id", "Gencatan senjata berlaku sejak Senin", ["ceasefire_agreement"]),
    ("id", "Kementerian pertahanan bertahan di ibu kota", []),        # not 'tahan' (detain)
    ("ms", "Tentera menyerang kampung itu", ["armed_clash"]),
    ("ms", "Kerajaan menggesa rundingan", ["appeal_demand", "talks_meeting"]),
    ("en", "Heavy clashes erupted as artillery shelled the town", ["armed_clash", "shelling_airstrike",
                                                                   "shelling_airstrike"]),
    ("en", "Twelve soldiers were taken prisoner", ["capture_detention"]),
    ("en", "Moscow called for a ceasefire", ["appeal_demand", "ceasefire_agreement"]),
    ("ru", "Азербайджанские военные обстреляли позиции", ["shelling_airstrike"]),
    ("ru", "В результате столкновений погибли трое", ["armed_clash", "casualties"]),
    ("ru", "Войска приведены в полную боевую готовность", ["military_alert_deployment"]),
    ("tr", "Sınırda çatışmalar yaşandı", ["armed_clash"]),
    ("tr", "Askerler ŞEHİT oldu, beşi esir alındı", ["casualties", "capture_detention"]),
    ("tr", "Taraflar ateşkese uydu", ["ceasefire_agreement"]),
    ("fr", "Des affrontements ont éclaté, trois soldats ont été tués", ["armed_clash", "casualties"]),
    ("fr", "Le cessez-le-feu a été violé", ["ceasefire_agreement"]),
    ("de", "Bei Gefechten wurden Soldaten getötet", ["armed_clash", "casualties"]),
    ("de", "Die Truppen wurden in Alarmbereitschaft versetzt", ["military_alert_deployment"]),
    ("es", "Los enfrentamientos dejaron cinco heridos", ["armed_clash", "casualties"]),
    ("es", "Rusia pidió un alto el fuego", ["appeal_demand", "ceasefire_agreement"]),
    ("it", "Gli scontri hanno causato tre morti", ["armed_clash", "casualties"]),
    ("it", "Sei soldati sono stati catturati", ["capture_detention"]),
])
def test_triggers(lang, text, expected):
    assert trigger_types(lang, text) == expected


def test_indonesian_affix_rules_find_the_root():
    lex = lexicon("id")
    roots = lex.morph.roots
    assert "serang" in roots("menyerang") and "serang" in roots("penyerangan")
    assert "serang" in roots("diserang") and "serang" in roots("serangannya")
    assert "tembak" in roots("menembakkan") and "kerah" in roots("dikerahkan")
    assert "siaga" in roots("bersiaga") and "minta" in roots("permintaan")


# --------------------------------------------------------------------------- numbers and counts

@pytest.mark.parametrize("lang,text,value,approx", [
    ("id", "dua belas", 12, False), ("id", "dua puluh lima", 25, False), ("id", "sebelas", 11, False),
    ("id", "seratus dua", 102, False), ("id", "puluhan", 10, True), ("id", "setidaknya 15", 15, True),
    ("ms", "seorang", 1, False), ("ms", "ratusan", 100, True),
    ("en", "a dozen", 12, False), ("en", "twenty-five", 25, False), ("en", "at least 15", 15, True),
    ("en", "dozens", 12, True), ("en", "1,200", 1200, False), ("en", "two hundred", 200, False),
    ("ru", "более 50", 50, True), ("ru", "пятнадцать", 15, False), ("ru", "двадцать пять", 25, False),
    ("ru", "десятки", 10, True), ("ru", "1 200", None, None), ("en", "1.5 million", 1500000, False),
    ("it", "cinquemila", 5000, False), ("it", "milleduecento", 1200, False), ("de", "dreitausend", 3000, False),
    ("es", "veintitrés", 23, False), ("es", "mil doscientos", 1200, False), ("fr", "vingt et un", 21, False),
    ("ms", "sejuta", 1000000, False), ("ms", "lapan belas", 18, False),
    ("tr", "en az 12", 12, True), ("tr", "on iki", 12, False), ("tr", "onlarca", 10, True),
    ("fr", "une centaine", 100, True), ("fr", "quatre-vingt-dix", 90, False), ("fr", "au moins 4", 4, True),
    ("de", "mindestens drei", 3, True), ("de", "zwölf", 12, False), ("de", "Dutzende", 12, True),
    ("es", "al menos diez", 10, True), ("es", "veinte", 20, False), ("es", "decenas", 10, True),
    ("it", "almeno sei", 6, True), ("it", "una decina", 10, True), ("it", "centinaia", 100, True),
])
def test_numbers(lang, text, value, approx):
    lex = lexicon(lang)
    nums = numbers(text, tokenize(text), lex)
    if value is None:           # a plain space is not a thousands separator: two figures
        assert [n.value for n in nums] == [1, 200]
        return
    assert len(nums) == 1, nums
    assert (nums[0].value, nums[0].approximate) == (value, approx)


@pytest.mark.parametrize("lang,text,values", [
    ("de", "Achtung, die zweite Einheit", []),           # a word splits into number words wholly or not
    ("it", "a settembre il treno per il centro", []),
    ("es", "entre treinta y cuarenta", [30, 40]),         # a joiner joins tens and a unit only
    ("es", "cinco soldados y dos civiles", [5, 2]),
    ("fr", "deux et trois", [2, 3]),
])
def test_number_words_join_only_where_they_make_one_number(lang, text, values):
    assert [n.value for n in numbers(text, tokenize(text), lexicon(lang))] == values


@pytest.mark.parametrize("lang,text,expected,approx", [
    ("id", "setidaknya 15 prajurit Armenia gugur dan 12 lainnya ditahan", {"killed": 15, "captured": 12}, True),
    ("id", "korban tewas mencapai 7 orang", {"killed": 7}, False),
    ("id", "dua belas tentara terluka", {"wounded": 12}, False),
    # 'puluhan', 'des dizaines' give no figure: no count (the gold guidelines: "dozens" → null);
    # one round figure, 'une dizaine', is a count (the gold: 'une vingtaine de soldats' → 20)
    ("ms", "seorang askar maut dan puluhan lagi cedera", {"killed": 1}, False),
    ("fr", "au moins quatre morts et des dizaines de blessés", {"killed": 4}, True),
    ("en", "killing at least 15 soldiers and wounding a dozen more", {"killed": 15, "wounded": 12}, True),
    ("en", "5 soldiers and 3 civilians were killed", {"killed": 8}, False),
    ("en", "the death toll rose to 20 on Friday", {"killed": 20}, False),
    ("en", "four soldiers are missing", {"missing": 4}, False),
    ("ru", "погибли более 15 военнослужащих, еще двенадцать взяты в плен", {"killed": 15, "captured": 12}, True),
    ("tr", "en az 12 asker hayatını kaybetti, 3 asker yaralandı", {"killed": 12, "wounded": 3}, True),
    ("fr", "au moins quatre morts et une dizaine de blessés", {"killed": 4, "wounded": 10}, True),
    ("de", "mindestens drei Soldaten wurden getötet und zwei verwundet", {"killed": 3, "wounded": 2}, True),
    ("es", "al menos diez soldados murieron y cuatro fueron capturados", {"killed": 10, "captured": 4}, True),
    ("it", "sei soldati sono stati uccisi e 9 feriti", {"killed": 6, "wounded": 9}, False),
])
def test_counts(lang, text, expected, approx):
    got, appr = counts(lang, text)
    assert got == expected
    assert appr is approx


@pytest.mark.parametrize("lang,text,expected", [
    # a vague quantity gives no figure, and does not make a singular verb one victim
    ("it", "un assalto aveva fatto decine di vittime", {}),
    ("en", "dozens of people were killed", {}),
    ("ru", "погибли десятки человек", {}),
    ("id", "puluhan orang tewas", {}),
    ("tr", "onlarca kişi öldü", {}),
    ("de", "Dutzende Menschen wurden getötet, drei Soldaten verletzt", {"wounded": 3}),
    ("es", "decenas de muertos y cinco heridos", {"wounded": 5}),
    ("en", "4 soldiers were killed and dozens wounded", {"killed": 4}),
    # ages, ranks, times, distances and percentages are not victims
    ("de", "Der 18-jährige Soldat der 102. Brigade soll vier Menschen erschossen haben", {"killed": 4}),
    ("tr", "3. Ordu mevzilerinde 5 asker şehit oldu", {"killed": 5}),
    ("ru", "20-летний солдат и ещё трое погибли", {"killed": 4}),   # (the soldier and three more)
    ("en", "At 22:30 a shell killed 4 people 20 km from the town", {"killed": 4}),
    ("fr", "Vers 22h30, à 15 kilomètres de la ville, 4 personnes ont été tuées", {"killed": 4}),
    ("en", "Turnout was 45% and 3 people were killed", {"killed": 3}),
    ("es", "Tras 12 horas de combates, 6 soldados murieron", {"killed": 6}),
    # 'the death of fifty of its soldiers' in every wording
    ("en", "The ministry admitted the death of fifty of its soldiers.", {"killed": 50}),
    ("fr", "Le ministère a reconnu la mort de cinquante de ses militaires.", {"killed": 50}),
    ("it", "Il ministero ha ammesso la morte di cinquanta propri soldati.", {"killed": 50}),
    ("es", "El ministerio reconoció la muerte de cincuenta de sus soldados.", {"killed": 50}),
    ("de", "Das Ministerium bestätigte den Tod von fünfzig Soldaten.", {"killed": 50}),
    ("ms", "Kementerian mengakui kematian lima puluh askar.", {"killed": 50}),
    ("ms", "Serangan roket itu mengorbankan lapan orang awam.", {"killed": 8}),
    # a figure after 'among the dead' is part of the toll, the toll only when alone
    ("de", "Zwölf Menschen wurden getötet, unter den Toten seien zwei Kinder.", {"killed": 12}),
    ("de", "Unter den Toten seien zwei Kinder.", {"killed": 2}),
    ("fr", "Douze personnes ont été tuées, parmi les morts deux enfants.", {"killed": 12}),
    ("ru", "Погибли двенадцать человек, среди погибших двое детей.", {"killed": 12}),
    # an article is a figure only when no real one is there; 'neutralised' is military speech
    ("fr", "Les frappes ont « neutralisé » plus de trois cents combattants, un bilan invérifiable.", {"killed": 300}),
    ("en", "The raid had a death toll of 5.", {"killed": 5}),
    ("en", "A soldier was killed and 3 were wounded.", {"killed": 1, "wounded": 3}),
    ("ru", "Ликвидированы 30 боевиков.", {"killed": 30}),
    ("en", "The strike killed a family of five.", {"killed": 5}),
    ("de", "Ein sechs Monate alter Junge wurde schwer verletzt.", {"wounded": 1}),
    # an attribution between the count word and its figure
    ("it", "Sono morti, secondo i dati ufficiali, circa cinquemila soldati.", {"killed": 5000}),
    ("es", "Murieron, según el Ministerio de Salud, 30 personas.", {"killed": 30}),
    ("en", "Two were killed, the army said, 5 of them officers.", {"killed": 2}),
    # one-word and joined number words; a decimal before a scale word
    ("de", "Zweihundertfünfzig Menschen wurden getötet.", {"killed": 250}),
    ("de", "Dabei starben zweiundvierzig Soldaten.", {"killed": 42}),
    ("it", "Sono morte ventitré persone e centottanta sono rimaste ferite.", {"killed": 23, "wounded": 180}),
    ("it", "In quarantaquattro giorni sono morti trentuno soldati.", {"killed": 31}),
    ("es", "Murieron doscientas personas y treinta y una resultaron heridas.", {"killed": 200, "wounded": 31}),
    ("fr", "Soixante et onze soldats ont été tués.", {"killed": 71}),
    ("en", "One hundred and twenty people were killed.", {"killed": 120}),
    ("id", "Seribu dua ratus orang tewas.", {"killed": 1200}),
    ("id", "Seratus dua puluh orang tewas.", {"killed": 120}),
    # two tolls in one sentence: the first told ('… while the group claims …')
    ("it", "Si parla di almeno duecento morti, mentre il gruppo sostiene di averne uccisi trecento.", {"killed": 200}),
    ("en", "The strike killed 5 people, a week after 20 were killed in the same town.", {"killed": 5}),
    ("id", "Serangan itu menewaskan 7 orang dan melukai 12 lainnya.", {"killed": 7, "wounded": 12}),
])
def test_counts_are_figures_of_people(lang, text, expected):
    assert counts(lang, text)[0] == expected


@pytest.mark.parametrize("lang,text,want", [
    # 'since January, when …': a past point and what happened then, not this article's news
    ("en", "It was the first strike on the capital since January, when a commander was killed there.", []),
    ("de", "Es war der erste Angriff seit Januar, als ein Kommandeur getötet wurde.", []),
    # a running total since a month is no toll of the fighting told with it
    ("en", "Fighting since January has killed 300 people.", [("armed_clash", None)]),
    ("en", "The ministry said 1,200 people had been killed since October.", []),
    ("en", "Two soldiers were killed on Monday.", [("casualties", 2)]),
])
def test_since_a_month_is_background(lang, text, want):
    evs = events_of(lang, text, "2024-03-05")
    assert [(e.type, e.killed) for e in evs] == want


@pytest.mark.parametrize("lang,text,want", [
    ("id", "Tidak ada korban jiwa dalam penembakan itu.", ("armed_clash", 0, None)),
    ("en", "Troops shelled the village. No casualties were reported.", ("shelling_airstrike", 0, 0)),
    # a denied single victim is no victim: nobody hurt is 0 wounded, the dead unknown (README
    # 'Zero tolls'; 'was hurt' a casualties word since ev85)
    ("en", "Troops shelled the village, but nobody was hurt.", ("shelling_airstrike", None, 0)),
])
def test_a_denied_toll_in_or_after_the_sentence_is_zero(lang, text, want):
    evs = [e for e in events_of(lang, text, "2024-03-05") if not e.negated]
    assert [(e.type, e.killed, e.wounded) for e in evs] == [want]


def test_a_toll_told_with_the_attack_goes_on_the_attack():
    evs = events_of("ms", "Roket itu mengenai sebuah stesen minyak dan mengorbankan lapan orang awam.")
    assert [(e.type, e.killed) for e in evs] == [("shelling_airstrike", 8)]
    # whatever type the happening takes, its sentence's toll is on it (ages and ranks are not)
    evs = events_of("de", "Der 19-jährige Soldat der 7. Brigade soll in ein Haus eingedrungen sein "
                          "und fünf Menschen erschossen haben.")
    assert [e.killed for e in evs] == [5]


def test_figures_without_a_category_word_are_not_counts():
    got, _ = counts("id", "Pangkalan Militer Rusia 106 di Kota Gyumri sejak 1987 memiliki dua posisi")
    assert got == {}


# --------------------------------------------------------------------------- dates

@pytest.mark.parametrize("lang,text,anchor,expected", [
    # no publication date: the year from the weekday (16 November was a Tuesday in 2021)
    ("id", "pada Selasa (16/11) malam", None, [("2021-11-16", 1)]),
    ("id", "Rabu (17/11)", None, [("2021-11-17", 1)]),
    ("id", "kemarin", "2021-11-17", [("2021-11-16", 1)]),
    ("id", "16 November 2021", None, [("2021-11-16", 1)]),
    ("ms", "pada Khamis (18/11)", None, [("2021-11-18", 1)]),
    ("ms", "semalam", "2021-11-17", [("2021-11-16", 1)]),
    ("en", "on Tuesday", "2021-11-17", [("2021-11-16", 1)]),
    ("en", "yesterday", "2021-11-17", [("2021-11-16", 1)]),
    ("en", "on November 16, 2021", None, [("2021-11-16", 1)]),
    ("en", "last week", "2021-11-17", [("2021-11-10", 2)]),
    ("en", "in November 2021", None, [("2021-11-01", 3)]),
    ("ru", "вчера", "2021-11-17", [("2021-11-16", 1)]),
    ("ru", "16 ноября", "2021-11-20", [("2021-11-16", 1)]),
    ("ru", "во вторник, 16 ноября,", None, [("2021-11-16", 1)]),
    ("ru", "16.11.2021", None, [("2021-11-16", 1)]),
    ("tr", "16 Kasım'da", "2021-11-17", [("2021-11-16", 1)]),
    ("tr", "dün", "2021-11-17", [("2021-11-16", 1)]),
    ("tr", "salı günü", "2021-11-19", [("2021-11-16", 1)]),
    ("fr", "mardi", "2021-11-19", [("2021-11-16", 1)]),
    ("fr", "le mardi 16 novembre", None, [("2021-11-16", 1)]),
    ("fr", "hier", "2021-11-17", [("2021-11-16", 1)]),
    ("de", "am 16. November", "2021-11-17", [("2021-11-16", 1)]),
    ("de", "am Dienstagabend", "2021-11-17", [("2021-11-16", 1)]),
    ("de", "gestern", "2021-11-17", [("2021-11-16", 1)]),
    ("es", "el 16 de noviembre de 2021", None, [("2021-11-16", 1)]),
    ("es", "ayer", "2021-11-17", [("2021-11-16", 1)]),
    ("it", "martedì 16 novembre", None, [("2021-11-16", 1)]),
    ("it", "ieri", "2021-11-17", [("2021-11-16", 1)]),
])
def test_dates(lang, text, anchor, expected):
    assert dates(lang, text, anchor) == expected


def test_a_date_after_the_publication_belongs_to_the_year_before():
    # published 5 January 2022; '28 December' is last year's
    assert dates("en", "on 28 December", "2022-01-05") == [("2021-12-28", 1)]


def test_relative_dates_without_an_anchor_cannot_be_placed():
    assert dates("en", "yesterday", None) == [None]


def test_year_inference_never_lands_in_the_future():
    # 'today' is 2021-11-10: the Tuesday 16 November before it is in 2010
    assert dates("en", "Tuesday, November 16", None, today="2021-11-10") == [("2010-11-16", 1)]


# --------------------------------------------------------------------------- negation

@pytest.mark.parametrize("lang,text,typ", [
    ("id", "Tidak ada korban jiwa dalam insiden itu.", "casualties"),
    ("id", "Baku membantah bahwa pasukannya menyerang desa itu.", "armed_clash"),
    ("ms", "Tiada korban jiwa dilaporkan.", "casualties"),
    ("en", "There were no casualties.", "casualties"),
    ("en", "The ministry denied that its troops had shelled the village.", "shelling_airstrike"),
    ("ru", "Минобороны опровергло сообщения об обстреле.", "shelling_airstrike"),
    ("ru", "Погибших нет, сообщили в ведомстве.", "casualties"),
    ("tr", "Bakanlık saldırı iddialarını yalanladı.", "armed_clash"),
    ("tr", "Askerler yaralanmadı.", "casualties"),
    ("fr", "Bakou a démenti toute attaque.", "armed_clash"),
    ("fr", "Il n'y a eu aucun blessé.", "casualties"),
    ("de", "Es gab keine Toten.", "casualties"),
    ("es", "Bakú negó haber atacado a civiles.", "armed_clash"),
    ("it", "Non ci sono stati feriti.", "casualties"),
])
def test_negated_events_are_kept_and_marked(lang, text, typ):
    evs = events_of(lang, text, "2021-11-17")
    assert [(e.type, e.negated) for e in evs] == [(typ, True)]
    assert all(e.killed is None and e.location is None for e in evs)


@pytest.mark.parametrize("lang,text,typ", [
    ("id", "Pasukan Azerbaijan menyerang pos perbatasan pada Selasa.", "armed_clash"),
    ("en", "Azerbaijani troops shelled the village on Tuesday.", "shelling_airstrike"),
    ("ru", "Во вторник азербайджанские военные обстреляли село.", "shelling_airstrike"),
    ("tr", "Askerler salı günü yaralandı.", "casualties"),
    ("de", "Am Dienstag wurden Soldaten getötet.", "casualties"),
])
def test_affirmed_events_are_not_negated(lang, text, typ):
    evs = events_of(lang, text, "2021-11-17")
    assert [(e.type, e.negated, e.date) for e in evs] == [(typ, False, "2021-11-16")]


def test_docs_table_is_the_data_table():
    from pathlib import Path

    from geomap.events import event_types_table

    doc = (Path(__file__).resolve().parents[1] / "docs" / "event-types.md").read_text(encoding="utf-8")
    assert event_types_table() in doc
    for code in ("190", "194", "173", "152", "0256", "0234", "0232", "112", "0871", "196"):
        assert f"| {code} |" in doc


@pytest.mark.parametrize("lang,phrase,expect,precision", [
    ("en", "Fighting resumed earlier this month.", "2024-03-01", 3),
    ("ru", "В прошлом месяце село обстреляли.", "2024-02-01", 3),
    ("id", "Desa itu diserang bulan lalu.", "2024-02-01", 3),
    ("de", "Vor zwei Wochen wurde die Stadt getroffen.", "2024-03-02", 2),
    ("es", "Hace dos semanas atacaron la base.", "2024-03-02", 2),
    ("tr", "İki hafta önce üsse saldırı düzenlendi.", "2024-03-02", 2),
])
def test_relative_months_and_weeks_back(lang, phrase, expect, precision):
    from geomap.events_dates import find_dates, parse_anchor, resolve
    from geomap.events_lex import lexicon

    cues = find_dates(phrase, lexicon(lang))
    got = [resolve(c, parse_anchor("2024-03-16")) for c in cues]
    assert [(d.isoformat(), p) for d, p in got] == [(expect, precision)]


@pytest.mark.parametrize("lang,sentence,expect", [
    ("ru", "По данным ведомства, погиб военнослужащий погранзаставы, ещё двое получили ранения.",
     {"killed": 1, "wounded": 2}),
    ("en", "Two soldiers and a civilian were killed in the attack.", {"killed": 3}),
    ("es", "Al menos 50 personas, entre ellas cinco niños, murieron y 98 resultaron heridas.",
     {"killed": 50, "wounded": 98}),
    ("fr", "Vingt-quatre soldats et deux volontaires pour la défense de la patrie ont été tués "
           "dimanche lors d'une attaque.", {"killed": 26}),
    ("tr", "3 bin 800'den fazla kişi öldü.", {"killed": 3800}),
    ("it", "Un soldato è rimasto ucciso nell'esplosione.", {"killed": 1}),
])
def test_victim_counts_single_lists_and_asides(lang, sentence, expect):
    from geomap.events_lex import lexicon, tokenize
    from geomap.events_numbers import count_categories

    lx = lexicon(lang)
    toks = tokenize(sentence)
    assert count_categories(sentence, toks, lx, scan=lx.scan(toks))[0] == expect


def test_figures_that_are_no_list_do_not_add_up():
    """'deux cents soldats des deux camps ont été tués' is 200: the second figure is not a
    victim; '5 soldats et 3 civils' is a list and adds up."""
    from geomap.events_lex import lexicon, tokenize
    from geomap.events_numbers import count_categories

    lx = lexicon("fr")
    for s, want in [("Plus de deux cents soldats des deux camps ont été tués depuis mardi.", 200),
                    ("Cinq soldats et trois civils ont été tués.", 8)]:
        toks = tokenize(s)
        assert count_categories(s, toks, lx, scan=lx.scan(toks))[0]["killed"] == want


@pytest.mark.parametrize("lang,phrase", [
    ("en", "The strike came two weeks after militants killed 26 people."),
    ("fr", "La frappe est survenue deux semaines après l'attaque."),
    ("de", "Der Angriff kam zwei Wochen nach dem Anschlag."),
    ("id", "Serangan itu terjadi dua pekan setelah kelompok bersenjata menewaskan 26 orang."),
])
def test_weeks_after_dates_the_earlier_happening(lang, phrase):
    from geomap.events_dates import find_dates, parse_anchor, resolve
    from geomap.events_lex import lexicon

    got = [resolve(c, parse_anchor("2025-05-07")) for c in find_dates(phrase, lexicon(lang))]
    assert [(d.isoformat(), p) for d, p in got] == [("2025-04-23", 2)]


# --------------------------------------------------------------------------- tolls that rise

@pytest.mark.parametrize("lang,text,want", [
    ("en", "The death toll from Saturday's raid on two farms has risen to 23.", 23),
    ("en", "The toll of the bombing, which killed 4 guards at first, climbed from 9 to 31 on Sunday.", 31),
    ("id", "Jumlah korban tewas akibat banjir bandang bertambah dari 6 menjadi 27 orang.", 27),
    ("ms", "Angka kematian akibat serangan itu meningkat daripada 5 kepada 18 orang.", 18),
    ("tr", "Depremdeki ölü sayısı 8'den 26'ya yükseldi.", 26),
    ("ru", "Число погибших при обрушении выросло с 3 до 11 человек.", 11),
    ("fr", "Le bilan de l'incendie, qui avait fait 2 morts, s'est alourdi à 9 morts.", 9),
    ("de", "Die Zahl der Toten nach dem Anschlag auf zwei Busse stieg von 4 auf 12.", 12),
    ("es", "El número de muertos por el ataque contra dos cuarteles ascendió de 6 a 21.", 21),
    ("it", "Il bilancio delle vittime dei due attentati è salito da 5 a 17.", 17),
    # the 'to' of a verb of rising, not any 'en' / 'a' of the sentence
    ("es", "Asciende a 19 el número de muertos en 3 provincias.", 19),
    ("en", "The death toll rose on Monday from 7 to 15.", 15),
])
def test_a_toll_that_rises_is_the_figure_it_rose_to(lang, text, want):
    got, approx = counts(lang, text)
    assert got.get("killed") == want
    assert approx is False          # 'до 11', 'up to' markers are the target here, not 'at most'


def test_a_figure_with_from_and_no_rise_is_left_alone():
    # no verb of rising: 'from' is no earlier toll
    assert counts("en", "Gunmen from 3 villages killed 5 people.")[0] == {"killed": 5}
    assert counts("es", "Hombres armados de 2 aldeas mataron a 6 personas.")[0] == {"killed": 6}


# --------------------------------------------------------------------------- groups of victims

@pytest.mark.parametrize("lang,text,want,approx", [
    ("en", "Militants killed 12 border guards and three farmers near the river.", {"killed": 15}, False),
    ("en", "The blast killed 9 workers, two guards and a driver.", {"killed": 12}, False),
    ("ru", "Погибли по меньшей мере двенадцать пограничников и трое местных жителей.", {"killed": 15}, True),
    ("ru", "Взрыв убил 9 рабочих и двоих охранников.", {"killed": 11}, False),
    ("id", "Ledakan itu menewaskan 12 pekerja tambang dan tiga petugas keamanan.", {"killed": 15}, False),
    ("ms", "Letupan itu meragut nyawa 12 pekerja dan tiga pengawal keselamatan.", {"killed": 15}, False),
    ("fr", "L'explosion a tué 12 ouvriers et trois gardiens.", {"killed": 15}, False),
    ("de", "Die Explosion tötete 12 Arbeiter und drei Wachleute.", {"killed": 15}, False),
    ("es", "La explosión mató a 12 mineros y tres guardias.", {"killed": 15}, False),
    ("it", "L'esplosione ha ucciso 12 operai e tre guardie.", {"killed": 15}, False),
    ("tr", "Patlamada 12 işçi ve üç bekçi hayatını kaybetti.", {"killed": 15}, False),
    ("en", "Gunmen killed a shopkeeper and two customers.", {"killed": 3}, False),
    ("en", "A guard and two visitors were wounded.", {"wounded": 3}, False),
    ("fr", "Un gendarme et deux passants ont été blessés.", {"wounded": 3}, False),
    ("tr", "Saldırıda hayatını kaybedenlerin sayısı 9'dan 14'e yükseldi.", {"killed": 14}, False),
    # a subset is part of the toll, not more victims; a figure of another category stays its own
    ("en", "The blast killed 12 people, including three children.", {"killed": 12}, False),
    ("en", "Gunmen killed 12 and wounded 3.", {"killed": 12, "wounded": 3}, False),
    ("ru", "Погибли 12 человек, в том числе трое детей.", {"killed": 12}, False),
    ("fr", "L'explosion a tué 12 personnes, dont trois enfants.", {"killed": 12}, False),
    ("de", "Die Explosion tötete 12 Menschen, darunter drei Kinder.", {"killed": 12}, False),
    # another verb between them: not one list of victims
    ("en", "The troops killed 12 fighters and destroyed three trucks.", {"killed": 12}, False),
    ("en", "A strike killed 12 people, four of them children.", {"killed": 12}, False),
])
def test_groups_of_victims_add_up(lang, text, want, approx):
    got, appr = counts(lang, text)
    assert got == want
    assert appr is approx


# --------------------------------------------------------------------------- one victim

@pytest.mark.parametrize("lang,text,want", [
    ("en", "Unknown attackers shot dead a 72-year-old imam outside the mosque.", {"killed": 1}),
    ("ru", "Неизвестные убили 72-летнего имама у мечети.", {"killed": 1}),
    ("ru", "Снайпер ранил пограничника на посту.", {"wounded": 1}),
    ("fr", "Un gendarme a été tué lors du contrôle.", {"killed": 1}),
    ("de", "Ein Grenzbeamter wurde bei der Kontrolle getötet.", {"killed": 1}),
    ("id", "Seorang petani tewas tertembak di ladangnya.", {"killed": 1}),
    ("id", "Kelompok bersenjata menembak mati seorang guru berusia 45 tahun.", {"killed": 1}),
    ("ms", "Seorang nelayan terbunuh dalam serangan itu.", {"killed": 1}),
    ("tr", "Saldırıda bir bekçi hayatını kaybetti.", {"killed": 1}),
    ("es", "Sicarios mataron a un maestro de 45 años.", {"killed": 1}),
    ("it", "Un carabiniere è stato ucciso durante il controllo.", {"killed": 1}),
    # plural nouns without a figure: no count
    ("ru", "Неизвестные убили имамов у мечети.", {}),
    ("en", "Unknown attackers killed imams outside the mosque.", {}),
    ("ru", "Боевики убили трёх пограничников.", {"killed": 3}),
])
def test_a_single_victim_named_by_a_singular_noun_is_one(lang, text, want):
    assert counts(lang, text)[0] == want


@pytest.mark.parametrize("lang,text,want", [
    # taken to hospital: wounded
    ("en", "Twenty-two people, including six nurses, were taken to hospital.", {"wounded": 22}),
    ("ru", "После обстрела 14 человек госпитализированы.", {"wounded": 14}),
    ("fr", "Onze personnes ont été hospitalisées.", {"wounded": 11}),
    ("de", "Neun Menschen wurden ins Krankenhaus gebracht.", {"wounded": 9}),
    ("es", "Siete personas fueron hospitalizadas.", {"wounded": 7}),
    ("it", "Otto persone sono state ricoverate.", {"wounded": 8}),
    ("id", "Lima warga dilarikan ke rumah sakit.", {"wounded": 5}),
    ("ms", "Empat mangsa dikejarkan ke hospital.", {"wounded": 4}),
    ("tr", "Altı kişi hastaneye kaldırıldı.", {"wounded": 6}),
    # a figure after a unit's or a road's word is its name, no victims
    ("it", "Il capo della Brigata 301 è stato arrestato.", {"captured": 1}),
    ("en", "Troops of the 5th Brigade and Battalion 204 killed 3 fighters.", {"killed": 3}),
    ("de", "Auf der Autobahn 7 wurden zwei Menschen getötet.", {"killed": 2}),
    ("ru", "По резолюции 2334 задержаны трое.", {"captured": 3}),
    # active verbs of capture, one person held
    ("id", "Polisi menangkap tiga tersangka di pelabuhan.", {"captured": 3}),
    ("ms", "Polis menahan dua lelaki di sempadan.", {"captured": 2}),
    ("en", "A photographer was detained at the checkpoint.", {"captured": 1}),
    ("es", "Un periodista fue detenido en la frontera.", {"captured": 1}),
    ("es", "El alcalde resultó gravemente herido en el ataque.", {"wounded": 1}),
])
def test_hospital_names_and_capture_verbs(lang, text, want):
    assert counts(lang, text)[0] == want


@pytest.mark.parametrize("lang,text,want", [
    # a toll told as lives taken
    ("en", "The fire claimed the lives of 23 workers.", {"killed": 23}),
    ("fr", "L'incendie a coûté la vie à 23 ouvriers.", {"killed": 23}),
    ("es", "El incendio se cobró la vida de 23 obreros.", {"killed": 23}),
    ("it", "L'incendio è costato la vita a 23 operai.", {"killed": 23}),
    ("id", "Kebakaran itu merenggut nyawa 23 pekerja.", {"killed": 23}),
    # a subset figure is no item of the list that follows it
    ("en", "Twenty people were killed, including 6 children, and 41 were wounded.", {"killed": 20, "wounded": 41}),
    # two tolls rising in one Turkish sentence
    ("tr", "Ölenlerin sayısı 23'e, yaralıların sayısı 41'e yükseldi.", {"killed": 23, "wounded": 41}),
])
def test_lives_taken_subsets_and_two_rising_tolls(lang, text, want):
    assert counts(lang, text)[0] == want
