"""Session-11 (ev44): the place a speaker talks from ("Ankara'da konuşan Bakan, …") is no
setting of the happening the statement reports; a name used as the modifier of an attack noun
('the Madrid bombings') is that background attack's scene. Sentences written for these tests,
run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def placed(evs, typ=None):
    return [(e.type, e.location.name if e.location else None) for e in evs
            if (typ is None or e.type == typ) and not e.negated]


@pytest.mark.parametrize("text", [
    "Gaziantep'te çıkan çatışmada 3 asker hayatını kaybetti. Ankara'da konuşan İçişleri Bakanı, "
    "operasyonların süreceğini söyledi.",
    "Gaziantep'te çıkan çatışmada 3 asker hayatını kaybetti. Ankara'da gazetecilere açıklama yapan "
    "Bakan, operasyonların süreceğini belirtti.",
])
def test_speaker_venue_is_no_scene_of_what_is_reported(gazetteer, text):
    evs = events(text, "tr", gazetteer)
    assert not any(name == "Ankara" for typ, name in placed(evs) if typ in (
        "armed_clash", "shelling_airstrike", "casualties"))


def test_statement_still_made_at_its_venue(gazetteer):
    evs = events("Mardin'de bombalı saldırı düzenlendi. Ankara'da gazetecilere açıklama yapan Bakan, "
                 "saldırının terör örgütü tarafından yapıldığını söyledi.", "tr", gazetteer)
    assert ("accusation_statement", "Ankara") in placed(evs)
    assert ("shelling_airstrike", "Mardin") in placed(evs)


@pytest.mark.parametrize("text", [
    "Police detained two men in Antwerp on Monday. One of them was already wanted over the Madrid "
    "bombings of March 2004, which killed 191 people.",
    "Police detained two men in Antwerp on Monday. One of them was wanted over the 2004 Madrid "
    "bombings, which killed 191 people.",
])
def test_name_modifying_an_attack_noun_is_its_scene(gazetteer, text):
    evs = events(text, "en", gazetteer)
    assert ("capture_detention", "Antwerp") in placed(evs)
    assert any(name == "Madrid" for typ, name in placed(evs)
               if typ in ("casualties", "shelling_airstrike"))


def test_capital_that_attacks_is_no_modifier(gazetteer):
    evs = events("Moscow attacks Kyiv with drones, killing three people.", "en", gazetteer)
    assert not any(name == "Moscow" for _, name in placed(evs))


@pytest.mark.parametrize("lang,text", [
    ("es", "GUAYAQUIL, 4 de marzo (EFE) - Tres personas murieron el viernes en un tiroteo en un centro "
           "comercial de Guayaquil.\n\nEl presidente encabezó el martes un consejo de seguridad."),
    ("fr", "MARSEILLE, 3 mars (AFP) - Trois personnes ont été tuées vendredi dans une fusillade à "
           "Marseille.\n\nLe président a présidé lundi un conseil de défense."),
])
def test_council_not_at_a_dateline_that_is_no_seat_of_government(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert placed(evs, "talks_meeting") == []
    assert placed(evs, "casualties")


@pytest.mark.parametrize("lang,text", [
    ("it", "Il sindaco è morto all'ospedale di Bergamo senza aver ripreso conoscenza."),
    ("fr", "Le maire est mort à l'hôpital de Lyon sans avoir repris connaissance."),
])
def test_regaining_consciousness_takes_no_territory(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert [e.type for e in evs if not e.negated] == ["casualties"]


def test_retaking_a_town_is_still_territory(gazetteer):
    assert ("territory_change", "Kidal") in placed(events("Les rebelles ont repris la ville de Kidal.", "fr", gazetteer))


def test_motorcade_is_no_protest(gazetteer):
    evs = events("Una bomba è esplosa al passaggio del corteo di auto del ministro a Bergamo.", "it", gazetteer)
    assert placed(evs, "protest") == []
    assert ("shelling_airstrike", "Bergamo") in placed(evs)


def test_march_is_still_a_protest(gazetteer):
    evs = events("Migliaia di persone hanno sfilato in corteo a Bergamo contro la guerra.", "it", gazetteer)
    assert ("protest", "Bergamo") in placed(evs)


def test_toll_takes_no_scene_from_a_background_attack_told_at_the_end(gazetteer):
    text = ("Şırnak'ın Silopi ilçesinde 3 Mart'ta ilan edilen sokağa çıkma yasağı kaldırıldı.\n\n"
            "Yasak süresince en az 12 sivil hayatını kaybetti.\n\n"
            "Bakanlık açıklamasında operasyonların başarıyla tamamlandığı belirtildi.\n\n"
            "Heyet kente girmek istedi ancak izin verilmedi.\n\n"
            "Gerginlik, 1 Mart'ta Van'da 5 polisin öldüğü bombalı saldırının ardından tırmanmıştı.")
    evs = events(text, "tr", gazetteer)
    assert ("casualties", "Van") in placed(evs)
    assert [k for k in placed(evs, "casualties") if k[1] == "Van"] == [("casualties", "Van")]


@pytest.mark.parametrize("lang,text,away", [
    ("id", "Sebuah bom meledak di Makassar pada Minggu pagi. Presiden mempersingkat kunjungannya ke "
           "Singapura dan langsung meninjau lokasi ledakan.", "Singapore"),
    ("ms", "Sebuah bom meletup di Kuantan pada pagi Ahad. Perdana Menteri memendekkan lawatannya ke "
           "Singapura dan terus meninjau lokasi letupan.", "Singapore"),
    ("fr", "Une bombe a explosé à Lyon dimanche matin. Le président a écourté sa visite à Madrid et "
           "s'est rendu directement sur le lieu de l'explosion.", "Madrid"),
])
def test_site_of_the_blast_is_no_new_blast(gazetteer, lang, text, away):
    evs = events(text, lang, gazetteer)
    assert len(placed(evs, "shelling_airstrike")) == 1
    assert not any(name == away for _, name in placed(evs))


def test_raids_of_the_arrests_told_are_detentions(gazetteer):
    evs = events("Police said 300 people had been detained in the raids overnight. Raids were also "
                 "carried out in Leeds and Bradford.", "en", gazetteer)
    assert ("capture_detention", "Leeds") in placed(evs)
    assert placed(evs, "armed_clash") == []


def test_a_raid_that_kills_stays_violent(gazetteer):
    evs = events("Commandos carried out a raid on a militant camp near Kandahar, killing 12 fighters.", "en", gazetteer)
    assert placed(evs, "capture_detention") == []
