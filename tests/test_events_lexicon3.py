"""Event detection, typing and counts, third part: phenomena of unseen articles found after
heldout4. Sentences written for these tests; no gazetteer needed."""
from __future__ import annotations

import pytest

from geomap.document import BODY, Document, Segment
from geomap.events import extract_events


def events_of(lang: str, text: str):
    doc = Document(text=text, lang=lang, published="2026-03-10", segments=[Segment(BODY, 0, len(text))])
    return [e for e in extract_events(doc).events if not e.negated]


@pytest.mark.parametrize("lang,text", [
    ("en", "Twelve villagers were killed on Monday in an attack on a market. "
           "The official toll is 12 dead and 30 wounded."),
    ("fr", "Douze villageois ont été tués lundi dans l'attaque d'un marché. "
           "Le bilan officiel est de 12 morts et 30 blessés."),
    ("es", "Doce aldeanos murieron el lunes en un ataque contra un mercado. "
           "El balance oficial es de 12 muertos y 30 heridos."),
    ("id", "Dua belas warga desa tewas pada Senin dalam serangan di sebuah pasar. "
           "Korban resmi tercatat 12 orang tewas dan 30 luka-luka."),
])
def test_a_toll_restated_with_new_figures_in_its_own_sentence_is_its_own_casualties_event(lang, text):
    # the guideline: a toll given in its own sentence is a separate casualties event
    evs = events_of(lang, text)
    killed = [e for e in evs if e.killed == 12]
    assert len(killed) == 2, [(e.type, e.killed, e.wounded, e.sentence[:40]) for e in evs]
    assert any(e.wounded == 30 for e in killed)


@pytest.mark.parametrize("lang,text", [
    ("id", "Pasukan keamanan menewaskan 7 anggota kelompok bersenjata pada Kamis."),
    ("ms", "Pasukan keselamatan menewaskan 7 anggota kumpulan bersenjata pada Khamis."),
    ("de", "Sicherheitskräfte töteten am Donnerstag 7 Bewaffnete."),
    ("en", "Security forces killed 7 gunmen on Thursday."),
    ("fr", "Les forces de sécurité ont tué jeudi 7 hommes armés."),
])
def test_an_active_verb_of_killing_with_its_victims_is_a_toll(lang, text):
    evs = events_of(lang, text)
    assert any(e.killed == 7 for e in evs), [(e.type, e.killed, e.trigger) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "A bomb went off at a stadium on Sunday. More than 40 people were wounded, police said.\n\n"
           "The city was besieged for months in 2017. That battle killed more than 900 people."),
    ("id", "Sebuah bom meledak di stadion pada Minggu. Lebih dari 40 orang luka-luka, kata polisi.\n\n"
           "Kota itu dikepung berbulan-bulan pada 2017. Pertempuran itu menewaskan lebih dari 900 orang."),
])
def test_wounded_in_one_paragraph_and_dead_in_another_are_two_tolls(lang, text):
    evs = events_of(lang, text)
    assert not any(e.killed == 900 and e.wounded == 40 for e in evs), \
        [(e.type, e.killed, e.wounded) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "The group has for months stepped up attacks on farmers in the north."),
    ("fr", "Le groupe multiplie depuis des mois les attaques contre les paysans du nord."),
    ("de", "Die Gruppe verübt seit Monaten Angriffe auf Bauern im Norden."),
    ("es", "El grupo multiplica desde hace meses los ataques contra campesinos del norte."),
    ("tr", "Örgüt aylardır kuzeydeki çiftçilere saldırılar düzenliyor."),
    ("id", "Kelompok itu selama berbulan-bulan melancarkan serangan terhadap petani di utara."),
])
def test_attacks_for_months_are_a_habit_not_a_happening(lang, text):
    assert not events_of(lang, text), [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "The rebels have attacked more than 60 cargo ships since March 2024."),
    ("fr", "Les rebelles ont attaqué plus de 60 cargos depuis mars 2024."),
    ("de", "Die Rebellen haben seit März mehr als 60 Frachtschiffe angegriffen."),
])
def test_attacks_counted_since_a_month_are_a_running_tally(lang, text):
    assert not events_of(lang, text), [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Rebels attacked 3 villages on Monday, the first such attack since 2020."),
    ("en", "Rebels attacked 3 villages on Monday."),
])
def test_a_counted_attack_weighed_against_the_past_is_still_news(lang, text):
    assert events_of(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "A cargo truck was hit by gunfire on the highway on Tuesday."),
    ("es", "Un camión de carga fue alcanzado por disparos en la carretera el martes."),
    ("fr", "Un camion a été touché par des tirs sur l'autoroute mardi."),
    ("de", "Ein Lastwagen wurde am Dienstag auf der Autobahn von Schüssen getroffen."),
    ("de", "Unbekannte eröffneten am Dienstag das Feuer auf einen Lastwagen."),
    ("tr", "Bir kamyon salı günü otoyolda kurşunların hedefi oldu."),
])
def test_hit_by_gunfire_is_an_armed_clash(lang, text):
    assert any(e.type == "armed_clash" for e in events_of(lang, text)), \
        [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des barrages tenus par des habitants coupaient lundi les routes du nord."),
    ("ru", "Местные жители перекрыли мост через реку в понедельник."),
    ("es", "Vecinos del pueblo cortaron la carretera principal el lunes."),
    ("de", "Anwohner blockierten am Montag die Brücke über den Fluss."),
    ("id", "Warga memblokir jembatan utama pada Senin."),
    ("it", "Gli abitanti hanno bloccato la strada principale lunedì."),
])
def test_a_blockade_of_roads_or_bridges_is_a_protest(lang, text):
    assert any(e.type == "protest" for e in events_of(lang, text)), \
        [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("id", "Tidak ada anggota pasukan kami yang tewas dalam baku tembak itu, kata juru bicara."),
    ("ms", "Tiada seorang pun anggota kami yang terbunuh, kata jurucakap itu."),
])
def test_there_is_no_one_who_died_is_a_negated_toll(lang, text):
    assert not any(e.type == "casualties" for e in events_of(lang, text)), \
        [(e.type, e.trigger) for e in events_of(lang, text)]
