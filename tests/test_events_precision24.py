"""Session-8 precision round (ev24): where the wounded are treated is no scene of the attack, in
languages that put the place after the treatment word and in those that put it before the verb.
Sentences written for these tests, run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events, kinds


@pytest.mark.parametrize("lang,text,scene,hospital", [
    ("id", "Sebuah bom meledak di depan gereja di Kupang pada Minggu pagi. Sedikitnya 12 orang "
           "luka-luka dan dirawat di Maumere.", "Kupang", "Maumere"),
    ("ms", "Sebuah bom meletup di sebuah pasar di Cotabato pada pagi Ahad. Sepuluh orang cedera dan "
           "dirawat di Davao.", "Cotabato", "Davao"),
    ("en", "A car bomb exploded outside a police station in Kirkuk on Sunday. Twelve people were "
           "wounded and are being treated in Erbil.", "Kirkuk", "Erbil"),
    ("tr", "Pazar günü Cizre'de bir polis karakoluna bombalı saldırı düzenlendi. Yaralıların "
           "tedavisi Mardin'deki hastanelerde sürüyor.", "Cizre", "Mardin"),
    ("tr", "Pazar günü Cizre'de bir polis karakoluna bombalı saldırı düzenlendi. On iki kişi "
           "yaralandı, yaralılar Mardin'deki hastaneye kaldırıldı.", "Cizre", "Mardin"),
    ("de", "Am Sonntag explodierte vor einer Polizeiwache in Charkiw eine Autobombe. Zwölf Verletzte "
           "werden in Kliniken in Poltawa behandelt.", "Charkiw", "Poltawa"),
])
def test_where_the_wounded_are_treated_is_no_scene(gazetteer, lang, text, scene, hospital):
    evs = events(text, lang, gazetteer)
    placed = {e.location.name for e in evs if e.location is not None}
    assert hospital not in placed and not any(hospital in (p or "") for p in placed)


def test_a_hospital_struck_is_still_the_scene(gazetteer):
    # ('Gazze'deki hastaneye saldırı': the hospital as an attack's target keeps its town)
    evs = events("İsrail ordusu Pazar günü Gazze'deki bir hastaneyi vurdu, 12 kişi öldü.", "tr", gazetteer)
    assert any(e.location is not None for e in evs)


@pytest.mark.parametrize("lang,text", [
    ("ms", "Tiga orang terbunuh dan 20 cedera di Cotabato pada pagi Ahad. Sementara itu, Kementerian "
           "Luar Negeri dalam kenyataan semalam mengutuk keras serangan di Cotabato."),
    ("en", "Three people were killed and 20 wounded in Cotabato on Sunday morning. Meanwhile the "
           "foreign ministry in a statement condemned the attack in Cotabato."),
    ("es", "Tres personas murieron y 20 resultaron heridas en Cotabato el domingo. El ministerio "
           "condenó enérgicamente el ataque en Cotabato."),
])
def test_a_condemned_attack_at_the_place_told_is_no_new_attack(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert [e for e in evs if e.type in ("armed_clash", "shelling_airstrike")] == []
    assert kinds(evs, "casualties") == ["Cotabato"]
    assert kinds(evs, "accusation_statement")


def test_a_condemned_attack_named_first_with_its_place_is_kept(gazetteer):
    evs = events("The foreign ministry condemned the shelling of Goris on Sunday.", "en", gazetteer)
    assert [e.location.name for e in evs if e.type in ("armed_clash", "shelling_airstrike")] == ["Goris"]


@pytest.mark.parametrize("lang,text", [
    ("es", "La muerte se produce semanas después de que el alcalde de Ibarra fuera asesinado a tiros en "
           "Ibarra el 3 de mayo."),
    ("it", "L'omicidio arriva settimane dopo che il sindaco di Bari sia stato ucciso a colpi di pistola a "
           "Bari il 3 maggio."),
    ("en", "The mayor of Kirkuk was gunned down in Kirkuk on Sunday."),
    ("fr", "Le maire de Gao a été exécuté à Gao dimanche."),
])
def test_one_victim_told_by_a_singular_verb_is_a_toll_of_one(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert any(e.killed == 1 for e in evs if e.type == "casualties")


@pytest.mark.parametrize("lang,text", [
    ("id", "Bom bunuh diri meledak di tiga gereja di Kupang pada Minggu pagi."),
    ("ms", "Bom bunuh diri meletup di tiga gereja di Cotabato pada pagi Ahad."),
    ("ru", "В результате атаки беспилотников в Курске пострадали несколько зданий."),
])
def test_a_figure_of_buildings_is_no_toll(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert not any(e.killed or e.wounded for e in evs)


def test_an_indefinite_article_between_cue_and_place_keeps_the_cue(gazetteer):
    # ('en un colegio del norte de Quito': the capital is the scene, not its government)
    evs = events("El candidato fue asesinado a tiros el miércoles al salir de un mitin en un colegio del "
                 "norte de Quito.", "es", gazetteer)
    assert kinds(evs, "casualties") == ["Quito"]


@pytest.mark.parametrize("lang,text,sea", [
    ("es", "Las bandas se enfrentaron el lunes por el control de las rutas hacia el Pacífico.",
     "Pacific Ocean"),
    ("en", "Gangs clashed on Monday over control of the routes to the Pacific.", "Pacific Ocean"),
])
def test_where_a_route_leads_is_no_scene(gazetteer, lang, text, sea):
    evs = events(text, lang, gazetteer)
    assert sea not in {e.location.name for e in evs if e.location is not None}


@pytest.mark.parametrize("lang,text", [
    ("fr", "La junte accuse Paris d'avoir accueilli l'ancien président à Kidal afin qu'il prépare une offensive."),
    ("en", "The junta said the rebels in Kidal were preparing an offensive."),
    ("es", "La junta dijo que los rebeldes en Kidal preparan una ofensiva."),
    ("it", "La giunta ha detto che i ribelli a Kidal preparano un'offensiva."),
    ("id", "Junta mengatakan para pemberontak di Kidal tengah mempersiapkan serangan."),
])
def test_an_attack_being_prepared_has_not_happened(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert [e for e in evs if e.type in ("armed_clash", "shelling_airstrike") and not e.negated] == []


def test_an_abbreviation_inside_a_list_of_victims_keeps_the_sum(gazetteer):
    evs = events("A suicide bomber blew himself up at the gate of the airport in Kabul on Thursday, killing "
                 "13 U.S. service members and at least 170 Afghans.", "en", gazetteer)
    assert [e.killed for e in evs if e.killed] == [183]


def test_where_people_were_about_to_cross_to_is_no_scene_tr(gazetteer):
    # ("Kobani'ye geçmeden önce": the place they were going to, told before the verb)
    evs = events("Yaklaşık 300 genç, Akçakale'den Rakka'ya geçmeden önce basın açıklaması yaptığı sırada "
                 "patlama meydana geldi.", "tr", gazetteer)
    assert "Ar Raqqah" not in {e.location.name for e in evs if e.location is not None}
    assert not any((e.location.name if e.location else "").startswith(("Raqq", "Rakk")) for e in evs)


@pytest.mark.parametrize("lang,text,city", [
    ("id", "KUPANG, Kabar Timur - Polisi menangkap tiga terduga teroris di Kupang pada Senin.\n\n"
           "Uskup Agung Kupang Mgr. Petrus Turang meminta umat tetap tenang.", "Kupang"),
    ("es", "Quito, 10 ago (EFE).- Dos policías fueron asesinados a tiros el miércoles en un barrio del "
           "norte de Quito.\n\nTemas: Elecciones · Fernando Villavicencio · Violencia · Quito", "Quito"),
])
def test_the_dateline_city_is_no_person_name_elsewhere(gazetteer, lang, text, city):
    # a title or a tag line that glues the city to a person's name does not unmake the city's
    # other mentions: the story was filed from there
    evs = events(text, lang, gazetteer)
    assert city in {e.location.name for e in evs if e.location is not None}


def test_a_tag_line_makes_no_person_of_its_items(gazetteer):
    evs = events("Bandas armadas atacaron el lunes una comisaría en Ibarra.\n\n"
                 "Temas: Seguridad · Fernando Villavicencio · Ibarra", "es", gazetteer)
    assert kinds(evs, "armed_clash") == ["Ibarra"]


def test_men_armed_with_explosives_are_no_explosion_es(gazetteer):
    evs = events("Un grupo de encapuchados armados con fusiles, pistolas y explosivos irrumpió el martes en "
                 "los estudios de una televisora en Guayaquil.", "es", gazetteer)
    assert kinds(evs, "shelling_airstrike") == []


@pytest.mark.parametrize("lang,text", [
    ("id", "Dari penggeledahan di Bekasi, polisi menyita lima bom aktif siap pakai."),
    ("ms", "Dalam serbuan di Kota Kinabalu, polis merampas tiga bom buatan sendiri."),
    ("en", "In a raid in Mosul, police seized five bombs ready for use."),
])
def test_bombs_seized_are_no_explosion(gazetteer, lang, text):
    assert kinds(events(text, lang, gazetteer), "shelling_airstrike") == []


def test_an_operation_to_catch_the_attackers_is_no_capture_tr(gazetteer):
    evs = events("Saldırganların yakalanması için Cizre'de geniş çaplı operasyon başlatıldı.", "tr", gazetteer)
    assert kinds(evs, "capture_detention") == []


def test_some_of_the_wounded_is_no_figure_tr(gazetteer):
    # ('bir kısmı': 'a part of', no single victim)
    evs = events("Pazar günü Cizre'de bir polis karakoluna bombalı saldırı düzenlendi, 12 kişi yaralandı. "
                 "Yaralıların bir kısmının tedavisi Mardin'deki hastanelerde sürüyor.", "tr", gazetteer)
    assert not any(e.wounded == 1 for e in evs)
