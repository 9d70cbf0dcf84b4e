"""Session-7 precision round (ev17): an appeal's content runs through a short bracketed gloss
('Majlis Keselamatan PBB (UN) bertindak … gencatan senjata'), martial law declared is a posture
in Malay too. Sentences written for these tests, run through the real reader, geoparser and
gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events, kinds


@pytest.mark.parametrize("lang,text", [
    ("ms", "Anwar menggesa Majlis Keselamatan Pertubuhan Bangsa-Bangsa Bersatu (PBB) bertindak segera "
           "bagi memastikan gencatan senjata dilaksanakan di Gaza."),
    ("en", "Erdogan urged the United Nations (UN) to ensure a ceasefire in Gaza."),
])
def test_appeal_content_through_a_gloss(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert kinds(evs, "appeal_demand")
    assert kinds(evs, "ceasefire_agreement") == []


def test_malay_martial_law(gazetteer):
    evs = events("Presiden mengisytiharkan undang-undang tentera di seluruh Mindanao pada malam Selasa.",
                 "ms", gazetteer)
    assert "Mindanao" in kinds(evs, "military_alert_deployment")


@pytest.mark.parametrize("lang,text", [
    ("de", "Bei einem Raketenangriff auf Kramatorsk sind 50 Menschen getötet worden. Unter den Toten seien "
           "fünf Kinder, teilte der Gouverneur am Samstag mit."),
    ("en", "A missile strike on Kramatorsk killed 50 people. Among the dead were five children, the governor "
           "said on Saturday."),
    ("tr", "Kamışlı'ya düzenlenen saldırıda 12 kişi öldü. Ölenler arasında 16 yaşında bir çocuğun bulunduğu "
           "kaydedildi."),
])
def test_who_was_among_the_dead_is_the_toll_told_before(gazetteer, lang, text):
    assert len(kinds(events(text, lang, gazetteer), "casualties")) == 1


def test_among_the_victims_who_died_elsewhere_is_news(gazetteer):
    evs = events("Un ataque contra Zamzam dejó 400 muertos. Entre las víctimas hay nueve trabajadores de la ONG, "
                 "que murieron cuando su clínica en Zamzam fue alcanzada.", "es", gazetteer)
    assert len(kinds(evs, "casualties")) == 2


def test_turkish_denial_with_softened_stem(gazetteer):
    evs = events("Ankara, Halep'teki çatışmalarla doğrudan bir bağlantısı olduğu iddialarını ise reddediyor.",
                 "tr", gazetteer)
    assert kinds(evs, "armed_clash") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "Iran warned of a possible Israeli attack on Lebanon."),
    ("en", "Iran warned against any attack on Lebanon."),
    ("de", "Iran warnte vor einem möglichen Angriff auf den Libanon."),
    ("ru", "Иран предупредил о возможном ударе по Ливану."),
    ("tr", "İran, Lübnan'a yönelik olası bir saldırıya karşı uyardı."),
    ("it", "L'Iran ha messo in guardia contro un eventuale attacco al Libano."),
])
def test_possible_attacks_are_no_happenings(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert [e for e in evs if e.type in ("armed_clash", "shelling_airstrike") and not e.negated] == []


def test_visit_cut_short_in_a_long_middle_field(gazetteer):
    evs = events("Ministerpräsident Benjamin Netanjahu brach seinen Besuch in den USA vorzeitig ab.", "de", gazetteer)
    assert kinds(evs, "talks_meeting") == []


@pytest.mark.parametrize("lang,text", [
    ("en", "The attack bore the hallmarks of Islamic State Khorasan Province, the group's Afghan branch."),
    ("tr", "Saldırıyı DEAŞ-Horasan üstlendi."),
    ("ru", "Ответственность за нападение взял на себя Вилаят Хорасан."),
])
def test_the_khorasan_branch_is_no_place(places, lang, text):
    from geomap.read import read_article
    from geomap.places import find_places
    from geomap.gazetteer import Gazetteer
    doc = read_article(text, lang=lang, is_text=True, date="2024-05-10")
    find_places(doc, gazetteer=Gazetteer.default())
    assert not any("orasan" in doc.text[m.start:m.end] or "Хорасан" in doc.text[m.start:m.end]
                   for m in doc.mentions)


@pytest.mark.parametrize("lang,text,want", [
    ("tr", "Kandil, Hakurk ve Gara bölgeleri ile Suriye'de Kamışlı ve Ayn el-Arab çevresindeki hedefler vuruldu.",
     {"Gara", "Hakurk", "Al Qāmishlī", "‘Ayn al ‘Arab"}),
    ("tr", "Kandil ve Gara bölgeleri ile Suriye'de Kamışlı çevresindeki hedefler vuruldu.", {"Gara", "Al Qāmishlī"}),
])
def test_country_item_of_a_list_yields_to_its_towns(gazetteer, lang, text, want):
    got = set(kinds(events(text, lang, gazetteer), "shelling_airstrike"))
    assert want <= got and "Syria" not in got


@pytest.mark.parametrize("lang,text,where", [
    ("de", "In der Stadt Sumy gab es Explosionen. In der Nacht zuvor waren zudem Drohnen auf Charkiw abgefeuert "
           "worden; dort gab es keine Verletzten.", "Kharkiv"),
    ("de", "Die Rakete war aus Tyros abgefeuert worden und traf ein Spielfeld in Metula.", "Metula"),
])
def test_fired_at_a_place_is_its_target(gazetteer, lang, text, where):
    assert where in kinds(events(text, lang, gazetteer), "shelling_airstrike")


def test_fired_from_a_place_is_no_scene(gazetteer):
    assert "Tyre" not in kinds(events("Die Rakete war aus Tyros abgefeuert worden und traf ein Spielfeld in Metula.",
                                      "de", gazetteer), "shelling_airstrike")


@pytest.mark.parametrize("text,where", [
    ("Die ukrainische Armee hatte im August ihren Vorstoß in die russische Region Kursk begonnen.", "Kurskaya oblast'"),
    ("Der Vorstoß auf Kiew scheiterte im März 2022.", "Kyiv"),
])
def test_german_military_push(gazetteer, text, where):
    assert where in kinds(events(text, "de", gazetteer), "armed_clash")


def test_a_political_push_is_no_fighting(gazetteer):
    assert kinds(events("Die CDU hat einen Vorstoß für ein neues Gesetz in Berlin gemacht.", "de", gazetteer),
                 "armed_clash") == []


@pytest.mark.parametrize("text,where", [
    ("Ermeni yetkililer, Şuşa'nın bombalandığını iddia etti.", "Shusha"),
    ("Ermeni yetkililer, Dağlık Karabağ'daki Hankendi kentinin bombalandığını iddia etti.", "Khankendi"),
])
def test_turkish_genitive_subject_of_a_passive_strike(gazetteer, text, where):
    assert where in kinds(events(text, "tr", gazetteer), "shelling_airstrike")


def test_turkish_genitive_before_an_active_noun_is_no_scene(gazetteer):
    assert kinds(events("Kiev'in saldırısı sürüyor.", "tr", gazetteer), "armed_clash") in ([], [None])
