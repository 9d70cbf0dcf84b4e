"""Session-9 event recall (heldout21 round): a dated list of towns carried on by 'followed by',
a fronted 'since then' before a dated happening, security reinforced / extra patrols, internet
restricted, people deported. Sentences written for these tests, run through the real reader,
geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def where(evs, typ):
    return sorted(e.location.name for e in evs if e.type == typ and e.location is not None and not e.negated)


@pytest.mark.parametrize("lang,text,n", [
    ("en", "Riots broke out in Chicago on 19 August, followed by Denver and Boston two days later.", 3),
    ("id", "Kerusuhan pecah di Manokwari dan Sorong pada 19 Agustus, disusul Fakfak dan Timika dua hari kemudian.", 4),
    ("en", "Since then, riots broke out in Chicago and Dallas on 19 August.", 2),
    ("id", "Sejak itu, kerusuhan pecah di Manokwari pada 12 Agustus.", 1),
])
def test_one_riot_per_town_of_a_dated_list(gazetteer, lang, text, n):
    assert len(where(events(text, lang, gazetteer), "protest")) == n


def test_a_tally_since_a_day_stays_background(gazetteer):
    assert not where(events("Since 19 August, the war has killed 500 people in Donetsk.", "en", gazetteer),
                     "casualties")


@pytest.mark.parametrize("lang,text,typ", [
    ("en", "Security at schools in Boston had been reinforced.", "military_alert_deployment"),
    ("fr", "Le préfet a annoncé un renforcement du dispositif sécuritaire à Lyon.", "military_alert_deployment"),
    ("ru", "Дополнительные наряды полиции выставлены в Ростове-на-Дону.", "military_alert_deployment"),
    ("id", "Polri memberangkatkan ratusan personel Brimob ke Ambon.", "military_alert_deployment"),
    ("de", "In Köln wurden die Sicherheitsvorkehrungen am Bahnhof verschärft.", "military_alert_deployment"),
    ("en", "The government restricted internet access in Kashmir.", "other"),
    ("id", "Pemerintah membatasi layanan internet di Ambon.", "other"),
    ("ms", "Jabatan Imigresen menghantar pulang 500 warga Myanmar dari Lumut.", "other"),
    ("en", "Police deported 40 migrants from Calais.", "other"),
])
def test_recall_phrases(gazetteer, lang, text, typ):
    assert where(events(text, lang, gazetteer), typ)


@pytest.mark.parametrize("lang,text,typ", [
    ("es", "El comerciante fue rescatado por el Ejército en Tumaco.", "other"),
    ("ms", "Kapal itu kemudian ditunda ke pelabuhan Haifa.", "capture_detention"),
    ("en", "The tanker was later towed to the port of Bandar Abbas.", "capture_detention"),
])
def test_rescues_and_towed_ships(gazetteer, lang, text, typ):
    assert where(events(text, lang, gazetteer), typ)


@pytest.mark.parametrize("lang,text", [
    ("ms", "Sekurang-kurangnya 12 orang terbunuh di seluruh Sudan semalam."),
    ("id", "Sedikitnya 12 orang tewas di seluruh Sudan kemarin."),
    ("es", "Al menos 12 personas murieron en todo Sudán el domingo."),
    ("it", "Almeno 12 persone sono state uccise in tutto il Sudan."),
    ("de", "Mindestens 12 Menschen wurden in ganz Sudan getötet."),
    ("ru", "По всей Сирии погибли не менее 12 человек."),
])
def test_killed_throughout_a_country_is_placed_there(gazetteer, lang, text):
    assert len(where(events(text, lang, gazetteer), "casualties")) == 1


def test_a_war_begun_on_a_day_is_still_a_tally(gazetteer):
    evs = events("The war, which began on March 3, has killed more than 5,000 people and displaced a million.",
                 "en", gazetteer)
    assert not [e for e in evs if not e.negated]


@pytest.mark.parametrize("lang,text", [
    ("id", "Pratu Budi Santoso juga gugur ditembak di Wamena."),
    ("id", "Pada Kamis, 17 Maret, Serka Anton tewas ditembak di Wamena."),
])
def test_one_named_soldier_killed_is_one(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.type == "casualties" and not e.negated]
    assert evs and evs[0].killed == 1


def test_a_generic_role_with_no_name_is_no_count(gazetteer):
    evs = [e for e in events("Prajurit tewas dalam serangan di Wamena.", "id", gazetteer) if e.type == "casualties"]
    assert evs and evs[0].killed is None


def test_protesters_opposing_a_coup_deny_nothing(gazetteer):
    evs = events("Sekurang-kurangnya 12 orang terbunuh di Mandalay semalam apabila polis melepaskan tembakan "
                 "ke arah penunjuk perasaan yang membantah rampasan kuasa.", "ms", gazetteer)
    cas = [e for e in evs if e.type == "casualties"]
    assert cas and not cas[0].negated and cas[0].killed == 12
    denied = [e for e in events("Tentera membantah laporan bahawa 10 orang terbunuh di Yangon.", "ms", gazetteer)
              if e.type == "casualties"]
    assert denied and denied[0].negated


@pytest.mark.parametrize("lang,text", [
    ("it", "I feriti sono oltre quaranta."),
    ("es", "Los heridos son más de cuarenta."),
])
def test_a_wounded_count_after_more_than(gazetteer, lang, text):
    from geomap.events_lex import lexicon, tokenize
    from geomap.events_numbers import count_categories
    assert count_categories(text, tokenize(text), lexicon(lang))[0] == {"wounded": 40}


@pytest.mark.parametrize("lang,text,typ", [
    ("de", "Am Sonntag feierten Tausende bei einem Konzert auf dem Schlossplatz in Stuttgart den Sieg.", "protest"),
    ("en", "Thousands celebrated the referendum result at a concert in Glasgow.", "protest"),
    ("ms", "Dua pelancong itu dilarikan sekumpulan lelaki bersenjata dari sebuah pulau di Semporna.", "capture_detention"),
])
def test_mass_celebrations_and_abductions(gazetteer, lang, text, typ):
    assert where(events(text, lang, gazetteer), typ)


@pytest.mark.parametrize("text,typ", [
    ("El Gobierno y la guerrilla firmaron en Caracas un cese al fuego bilateral de tres meses.", "ceasefire_agreement"),
    ("La guerrilla violó el cese al fuego en Arauca.", "armed_clash"),
])
def test_cese_al_fuego(gazetteer, text, typ):
    assert where(events(text, "es", gazetteer), typ)


def test_a_suspended_cese_al_fuego_is_no_agreement(gazetteer):
    evs = events("El presidente suspendió en marzo el cese al fuego con la guerrilla en Nariño.", "es", gazetteer)
    assert not where(evs, "ceasefire_agreement")
