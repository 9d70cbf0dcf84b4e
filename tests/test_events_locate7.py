"""Where events are placed (7): a coarse scene (a country, a border, a wide region) that its own
sentence details with a list of finer places is at each of them; a town named in a border
phrase ('the border town of X') is the scene itself. Short sentences written for these tests,
run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def where(evs):
    return {e.location.name if e.location else None for e in evs}


# --------------------------------------------------------------------------- lists detailing a coarse scene

THAI_SOUTH = {"Pattani", "Yala", "Narathiwat"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Bombings rocked the southern border provinces of Thailand on Friday, with attacks reported "
           "in Pattani, Yala and Narathiwat."),
    ("fr", "Des attentats ont secoué la frontière sud de la Thaïlande vendredi, avec des attaques "
           "signalées à Pattani, Yala et Narathiwat."),
    ("id", "Serangan bom mengguncang wilayah perbatasan selatan Thailand pada Jumat, dengan insiden "
           "dilaporkan di Pattani, Yala dan Narathiwat."),
    ("ms", "Wilayah sempadan selatan Thailand digegarkan oleh serangan bom semalam, dengan kejadian "
           "dilaporkan di Pattani, Yala dan sebahagian Narathiwat."),
    ("es", "Ataques con bombas sacudieron la frontera sur de Tailandia el viernes, con incidentes en "
           "Pattani, Yala y Narathiwat."),
    ("it", "Attentati hanno scosso venerdì la zona di confine nel sud della Thailandia, con attacchi "
           "a Pattani, Yala e Narathiwat."),
    ("de", "Bombenanschläge erschütterten am Freitag das Grenzgebiet im Süden Thailands, mit "
           "Vorfällen in Pattani, Yala und Narathiwat."),
    ("tr", "Tayland'ın güney sınır bölgesinde cuma günü bombalı saldırılar düzenlendi, Pattani, Yala "
           "ve Narathiwat'ta olaylar bildirildi."),
])
def test_a_border_region_detailed_by_a_list_is_at_each_listed_place(gazetteer, lang, text):
    assert where(events(text, lang, gazetteer)) == THAI_SOUTH


def test_a_country_detailed_by_a_list_is_at_each_listed_town(gazetteer):
    evs = events("Russian missiles struck Ukraine on Monday, hitting Lviv, Dnipro and Odesa.", "en", gazetteer)
    assert where(evs) == {"Lviv", "Dnipro", "Odesa"}


@pytest.mark.parametrize("lang,text", [
    ("ms", "Pakistan menutup semua pintu sempadan utama termasuk Torkham dan pekan sempadan Chaman."),
    ("en", "Pakistan closed the main border crossings with Afghanistan after the clashes, including "
           "Torkham and the border town of Chaman."),
])
def test_crossings_listed_after_including_are_the_scenes_not_the_border_line(gazetteer, lang, text):
    assert where(events(text, lang, gazetteer)) == {"Torkham", "Chaman"}


# --------------------------------------------------------------------------- border towns

@pytest.mark.parametrize("lang,text", [
    ("en", "Rockets hit the border town of Kiryat Shmona on Monday."),
    ("fr", "Des roquettes ont frappé lundi la ville frontalière de Kiryat Shmona."),
])
def test_a_border_town_is_the_scene_not_a_border_line(gazetteer, lang, text):
    assert where(events(text, lang, gazetteer)) == {"Qiryat Shmona"}


# --------------------------------------------------------------------------- seats

@pytest.mark.parametrize("lang,text", [
    ("tr", "Merkezi Londra'da bulunan gözlemevi, çatışmalarda 100 kişinin hayatını kaybettiğini öne sürdü."),
    ("tr", "Genel merkezi Londra'da olan gözlemevi 100 kişinin öldüğünü açıkladı."),
    ("fr", "Le groupe de surveillance, dont le siège se trouve à Londres, a fait état de 100 morts."),
    ("de", "Die Beobachtungsstelle, die ihren Sitz in London hat, meldete 100 Tote."),
    ("es", "El Observatorio, que tiene su sede en Londres, informó de 100 muertos."),
    ("it", "L'Osservatorio, che ha sede a Londra, ha riferito di 100 morti."),
    ("en", "The monitor, whose headquarters is in London, said 100 people were killed."),
    ("id", "Lembaga pemantau yang berkedudukan di London melaporkan 100 orang tewas."),
])
def test_where_a_monitor_sits_is_no_scene_of_its_toll(gazetteer, lang, text):
    assert where(events(text, lang, gazetteer)) == {None}


def test_the_toll_of_a_monitor_seated_elsewhere_is_at_the_place_it_names(gazetteer):
    evs = events("Merkezi Londra'da bulunan gözlemevi, Münbiç kırsalındaki çatışmalarda 100 kişinin "
                 "hayatını kaybettiğini öne sürdü.", "tr", gazetteer)
    assert where(evs) == {"Manbij"}


# --------------------------------------------------------------------------- a river as an address

@pytest.mark.parametrize("lang,text", [
    ("tr", "SMO unsurları çarşamba günü Fırat Nehri üzerindeki Zorvan Barajı'na uzanan yol üzerinde "
           "SDG mevzilerine saldırı başlattı."),
    ("es", "Los rebeldes atacaron el miércoles posiciones cerca de la presa de Zorvan, sobre el Éufrates."),
    ("it", "I ribelli hanno attaccato mercoledì postazioni vicino alla diga di Zorvan sull'Eufrate."),
    ("ru", "В среду боевики атаковали позиции у плотины Зорван на Евфрате."),
    ("en", "Rebels attacked army positions near the Zorvan Dam on the Euphrates on Wednesday."),
])
def test_the_river_a_dam_the_gazetteer_lacks_is_on_is_no_scene(gazetteer, lang, text):
    """The river only tells where the unknown dam lies: it is no scene of the attack."""
    assert where(events(text, lang, gazetteer)) == {None}


# --------------------------------------------------------------------------- an unknown first scene

@pytest.mark.parametrize("lang,text", [
    ("en", "Army base attacked\n\nMilitants attacked an army base in Zorvanka on Friday. "
           "Reinforcements were sent to the region.\n\n"
           "Five soldiers were killed, the ministry said.\n\n"
           "After the attack, jets struck targets near Goris overnight."),
    ("tr", "Üsse saldırı\n\nCuma günü Zorvanka bölgesindeki üsse saldırı düzenlendi. "
           "Bölgeye takviye birlikler sevk edildi.\n\n"
           "Bakanlık, 5 askerin şehit olduğunu bildirdi.\n\n"
           "Saldırının ardından savaş uçakları gece Goris yakınındaki hedefleri vurdu."),
    ("es", "Ataque a una base\n\nMilicianos atacaron el viernes una base militar en Zorvanka. "
           "Se enviaron refuerzos a la zona.\n\n"
           "Cinco soldados murieron, según el ministerio.\n\n"
           "Tras el ataque, aviones bombardearon objetivos cerca de Goris durante la noche."),
])
def test_after_an_attack_at_an_unknown_place_a_later_strikes_town_is_no_fallback(gazetteer, lang, text):
    """The reinforcements and the toll belong to the attack at the place the gazetteer lacks;
    the town of the retaliation told after them is not their scene."""
    evs = events(text, lang, gazetteer)
    assert {e.type: e.location.name if e.location else None for e in evs
            if e.type in ("military_alert_deployment", "casualties")} == {
        "military_alert_deployment": None, "casualties": None}
    assert ("shelling_airstrike", "Goris") in {(e.type, e.location.name if e.location else None) for e in evs}


def test_the_first_happening_placed_still_places_a_later_toll(gazetteer):
    evs = events("Army base attacked\n\nMilitants attacked an army base near Goris on Friday. "
                 "Reinforcements were sent to the "
                 "region.\n\nFive soldiers were killed, the ministry said.", "en", gazetteer)
    assert {e.location.name if e.location else None for e in evs} == {"Goris"}


# --------------------------------------------------------------------------- a list, not an address

@pytest.mark.parametrize("lang,text", [
    ("en", "Fighting has concentrated in Tibú, Teorama and El Tarra since Thursday."),
    ("fr", "Les combats se sont concentrés à Tibú, Teorama et El Tarra depuis jeudi."),
    ("it", "I combattimenti si sono concentrati a Tibú, Teorama ed El Tarra da giovedì."),
    ("id", "Pertempuran terpusat di Tibú, Teorama dan El Tarra sejak Kamis."),
    ("es", "Los combates se han concentrado en Tibú, Teorama y El Tarra."),
])
def test_a_district_in_a_list_is_an_item_not_the_address_of_the_town_before_it(gazetteer, lang, text):
    """Teorama is a district next to Tibú, but 'Tibú, Teorama and El Tarra' lists three scenes."""
    assert where(events(text, lang, gazetteer)) == {"Tibú", "Teorama", "El Tarra"}


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des obus sont aussi tombés de l'autre côté de la frontière avec le Rwanda, à Gisenyi."),
    ("en", "Shells also fell across the border with Rwanda, in Gisenyi."),
    ("es", "Varios obuses cayeron también al otro lado de la frontera con Ruanda, en Gisenyi."),
    ("id", "Peluru artileri juga jatuh di seberang perbatasan Kongo dan Rwanda, di Gisenyi."),
])
def test_the_town_written_right_after_a_border_phrase_is_where_on_it(gazetteer, lang, text):
    assert where(events(text, lang, gazetteer)) == {"Gisenyi"}


def test_a_toll_of_border_fighting_including_near_two_towns_is_at_each(gazetteer):
    evs = events("В ходе боев на армяно-азербайджанской границе, в том числе у Джермука и Гориса, "
                 "погибли около 300 военнослужащих.", "ru", gazetteer)
    assert where(evs) == {"Jermuk", "Goris"}


def test_a_happening_named_with_a_demonstrative_keeps_its_place_off_a_later_list(gazetteer):
    """'Following that fighting, Pakistan closed … including Torkham and Chaman': the fighting
    told before was not at the crossings."""
    evs = events("Susulan pertempuran itu, Pakistan menutup semua pintu sempadan utama dengan Afghanistan "
                 "termasuk Torkham dan Chaman.", "ms", gazetteer)
    assert {(e.type, e.location.name if e.location else None) for e in evs if e.type == "other"} == {
        ("other", "Torkham"), ("other", "Chaman")}
    assert all(e.location is None or e.location.name not in ("Torkham", "Chaman")
               for e in evs if e.type == "armed_clash")


def test_an_unknown_village_after_russian_u_places_nothing_else(gazetteer):
    evs = events("Армянские военные обстреляли позиции у села Кохнаабад.", "ru", gazetteer)
    assert where(evs) == {None}


# --------------------------------------------------------------------------- a country is no venue

@pytest.mark.parametrize("lang,text", [
    ("it", "La missione dell'Onu in Libia (Unsmil) ha chiesto a tutte le parti di fermare i combattimenti."),
    ("en", "The UN mission in Libya (UNSMIL) urged all parties to stop the fighting."),
    ("es", "La misión de la ONU en Libia (UNSMIL) pidió a todas las partes detener los combates."),
    ("fr", "Kigali n'a pas confirmé la présence de ses soldats en RDC, mais accuse Kinshasa de collaborer "
           "avec les rebelles."),
])
def test_a_country_in_a_first_clause_is_no_venue_of_a_statement(gazetteer, lang, text):
    assert where(events(text, lang, gazetteer)) == {None}


def test_a_town_in_a_fronted_setting_is_still_the_venue(gazetteer):
    evs = events("In Doha, the foreign ministers urged both sides to stop the fighting.", "en", gazetteer)
    assert where(evs) == {"Doha"}


# --------------------------------------------------------------------------- reference points

@pytest.mark.parametrize("lang,text", [
    ("en", "Rebels seized the town of Sake, west of Goma, on Wednesday."),
    ("en", "Rebels seized the town of Sake, some 25 km west of Goma, on Wednesday."),
    ("fr", "Les rebelles se sont emparés mercredi de la ville de Sake, à 25 km à l'ouest de Goma."),
    ("it", "I ribelli hanno conquistato mercoledì la città di Sake, a ovest di Goma."),
    ("de", "Die Rebellen eroberten am Mittwoch die Stadt Sake westlich von Goma."),
    ("ru", "Повстанцы в среду захватили город Саке к западу от Гомы."),
    ("id", "Pemberontak merebut kota Sake, sebelah barat Goma, pada Rabu."),
    ("ms", "Pemberontak menawan bandar Sake, di barat Goma, pada Rabu."),
])
def test_a_town_given_as_a_reference_point_is_no_second_scene(gazetteer, lang, text):
    assert where(events(text, lang, gazetteer)) == {"Sake"}


def test_a_compass_phrase_after_and_still_lists_a_place(gazetteer):
    evs = events("Shelling hit Kapan and Goris, and villages north of Jermuk.", "en", gazetteer)
    assert where(evs) == {"Kapan", "Goris", "Jermuk"}


# --------------------------------------------------------------------------- a sea as an address

@pytest.mark.parametrize("lang,text", [
    ("id", "Serangan udara menghantam pelabuhan Hodeidah di Laut Merah pada Sabtu."),
    ("ms", "Serangan udara menghentam pelabuhan Hodeidah di Laut Merah pada Sabtu."),
])
def test_the_sea_a_port_lies_on_is_its_address_not_a_second_scene(gazetteer, lang, text):
    assert where(events(text, lang, gazetteer)) == {"Al Ḩudaydah"}


def test_a_list_item_after_a_long_cue_phrase_and_a_sea_address(gazetteer):
    evs = events("Los ataques alcanzaron objetivos en Saada y en los alrededores del puerto de Hodeida, "
                 "en el mar Rojo.", "es", gazetteer)
    assert where(evs) == {"Sa'dah", "Al Ḩudaydah"}


def test_an_unknown_village_after_russian_u_is_stood_in_for_by_its_known_town(gazetteer):
    evs = events("Армянские военные обстреляли позиции у села Кохнаабад, недалеко от Гориса.", "ru", gazetteer)
    assert where(evs) == {"Goris"}


@pytest.mark.parametrize("text", [
    "Clashes erupted in Armenia on Monday, and officials in Yerevan and Gyumri condemned the violence.",
    "Clashes erupted in Armenia on Monday, and the governors of Gyumri and Vanadzor condemned the violence.",
])
def test_where_another_clause_condemns_it_is_no_finer_scene(gazetteer, text):
    evs = events(text, "en", gazetteer)
    assert {e.location.name for e in evs if e.type == "armed_clash"} == {"Armenia"}


# --------------------------------------------------------------------------- 'between'

@pytest.mark.parametrize("lang,text", [
    ("en", "Protesters blocked the highway between Kirkuk and Erbil on Saturday."),
    ("tr", "Göstericiler cumartesi günü Kerkük ile Erbil arasındaki karayolunda oturma eylemi yaptı."),
    ("fr", "Des manifestants ont bloqué samedi la route entre Kirkouk et Erbil."),
    ("es", "Los manifestantes bloquearon el sábado la carretera entre Kirkuk y Erbil."),
    ("ru", "Протестующие в субботу перекрыли трассу между Киркуком и Эрбилем."),
    ("id", "Para demonstran memblokir jalan raya antara Kirkuk dan Erbil pada Sabtu."),
    ("it", "I manifestanti hanno bloccato sabato la strada tra Kirkuk ed Erbil."),
])
def test_two_places_joined_by_between_are_one_happening_near_the_first(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert [(e.location.name, e.location.precision) for e in evs] == [("Kirkuk", 2)]


def test_two_places_joined_by_and_are_still_two_scenes(gazetteer):
    assert where(events("Protesters blocked roads in Kirkuk and Erbil on Saturday.", "en", gazetteer)) == {
        "Kirkuk", "Erbil"}


# --------------------------------------------------------------------------- a statement made on a visit

@pytest.mark.parametrize("lang,text", [
    ("fr", "Dimanche, une délégation conduite par le ministre s'est rendue à Goris. Le ministre a dénoncé "
           "une attaque barbare."),
    ("en", "Goris attack\n\nGunmen attacked a checkpoint in Goris on Saturday, killing three police officers.\n\n"
           "The governor visited the town on Sunday and condemned what he called a despicable act."),
    ("en", "The governor visited Goris on Sunday and condemned the attack."),
    ("id", "Gubernur mengunjungi Goris pada Minggu dan mengecam serangan itu."),
])
def test_a_statement_made_on_a_visit_is_placed_where_the_speaker_went(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert {e.location.name if e.location else None for e in evs
            if e.type == "accusation_statement"} == {"Goris"}


def test_another_speakers_statement_after_a_visit_is_not_placed_there(gazetteer):
    evs = events("La presidenta de la Comisión, que ese mismo día visitó Goris, calificó el ataque de "
                 "despreciable. El Gobierno español lo condenó sin paliativos.", "es", gazetteer)
    assert [e.location for e in evs if e.type == "accusation_statement"
            and e.sentence.startswith("El Gobierno")] == [None]


# --------------------------------------------------------------------------- a capital listed with towns

@pytest.mark.parametrize("lang,text,want", [
    ("de", "Bombardiert wurden unter anderem Kiew, Lwiw, Dnipro und Odessa.", {"Kyiv", "Lviv", "Dnipro", "Odesa"}),
    ("en", "Russian missiles hit Lviv and Kyiv overnight.", {"Lviv", "Kyiv"}),
    ("fr", "Kiev, Lviv et Odessa ont été bombardées dans la nuit.", {"Kyiv", "Lviv", "Odesa"}),
])
def test_a_capital_listed_with_towns_is_one_of_the_scenes(gazetteer, lang, text, want):
    assert where(events(text, lang, gazetteer)) == want


def test_a_capital_last_in_a_pair_before_its_verb_is_its_government(gazetteer):
    evs = events("Drones de las RSF golpean por tercer día Puerto Sudán y Jartum rompe con Emiratos.", "es", gazetteer)
    assert "Khartoum" not in where(evs)


def test_a_visit_told_in_a_parenthetical_clause_is_no_venue(gazetteer):
    evs = events("Zelensky, who visited Washington last week, urged allies on Monday to send more air defence.",
                 "en", gazetteer)
    assert [e.location for e in evs if e.type == "appeal_demand"] == [None]


# --------------------------------------------------------------------------- longer lists

def test_a_province_inside_a_list_of_towns_is_an_item_not_an_address(gazetteer):
    evs = events("Artillery shelled Goris, Tavush, Kapan and Jermuk on Monday.", "en", gazetteer)
    assert where(evs) == {"Goris", "Tavush", "Kapan", "Jermuk"}


def test_an_address_chain_is_still_one_place(gazetteer):
    evs = events("Dua warga sipil tewas di Distrik Sugapa, Kabupaten Intan Jaya, Papua Tengah, Senin.", "id", gazetteer)
    assert where(evs) == {"Sugapa"}


def test_a_turkish_list_closed_by_a_country_with_its_own_case_ending(gazetteer):
    evs = events("Türk savaş uçakları Duhok ve Erbil bölgeleri ile Suriye'nin kuzeyindeki hedeflere hava "
                 "harekatı düzenledi.", "tr", gazetteer)
    assert where(evs) == {"Dihok", "Erbil", "Syria"}


def test_a_dated_list_item_may_bring_its_address(gazetteer):
    evs = events("Sebelum ini, pemberontak menawan pekan Goris di wilayah Syunik pada Januari dan bandar Kapan "
                 "pada Mei.", "ms", gazetteer)
    assert where(evs) == {"Goris", "Kapan"}


# --------------------------------------------------------------------------- tallies

@pytest.mark.parametrize("lang,text", [
    ("fr", "Émeutes à Goris\n\nDes émeutiers ont incendié des commerces à Goris lundi.\n\n"
           "Au total, cinq personnes ont perdu la vie depuis lundi."),
    ("en", "Riots in Goris\n\nRioters set shops on fire in Goris on Monday.\n\n"
           "In total, five people have been killed since Monday."),
    ("es", "Disturbios en Goris\n\nLos manifestantes se enfrentaron a la policía en Goris el lunes.\n\n"
           "En total, cinco personas han muerto desde el lunes."),
])
def test_a_tally_takes_no_place_from_its_paragraph_or_article(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert [e.location for e in evs if e.type == "casualties"] == [None]


def test_a_toll_that_is_no_tally_still_takes_its_happenings_place(gazetteer):
    evs = events("Riots in Goris\n\nRioters clashed with police in Goris on Monday.\n\n"
                 "Five people were killed, officials said.", "en", gazetteer)
    assert [e.location.name for e in evs if e.type == "casualties"] == ["Goris"]


def test_russian_u_before_a_capital_is_whose_not_where(gazetteer):
    evs = events("У Москвы нет доказательств причастности Киева к атаке.", "ru", gazetteer)
    assert where(evs) == {None}


def test_russian_u_before_towns_is_near_them(gazetteer):
    assert where(events("Бои шли у Джермука и Гориса.", "ru", gazetteer)) == {"Jermuk", "Goris"}


@pytest.mark.parametrize("lang,text", [
    ("ms", "Pemberontak menawan berpuluh-puluh pos tentera di sepanjang jalan perdagangan ke China."),
    ("id", "Pemberontak merebut puluhan pos militer di sepanjang jalan perdagangan ke China."),
])
def test_the_country_a_road_leads_to_is_no_scene(gazetteer, lang, text):
    assert where(events(text, lang, gazetteer)) == {None}


@pytest.mark.parametrize("lang,text", [
    ("en", "The attack came six weeks after negotiators from both sides met in Doha."),
    ("ms", "Serangan itu berlaku kira-kira enam minggu selepas panel perunding kedua-dua pihak bertemu di "
           "Kuala Lumpur."),
    ("tr", "Kazan kentinde düzenlenen zirveye katılan Erdoğan, saldırıyı kınadı."),
])
def test_where_talks_of_another_clause_were_held_is_no_scene_of_an_attack(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    # (Turkish 'saldırıyı kınadı': the attack is the object of the statement, no new event at all)
    assert [e.location for e in evs if e.type == "armed_clash"] == ([] if lang == "tr" else [None])


@pytest.mark.parametrize("lang,text", [
    ("ru", "Вооружённые люди атаковали церковь и синагогу в Дербенте, а также собор и пост ДПС в Махачкале."),
    ("en", "Gunmen attacked a church in Derbent, and a police post in Makhachkala."),
])
def test_targets_each_with_its_town_after_a_comma_and_and(gazetteer, lang, text):
    assert where(events(text, lang, gazetteer)) == {"Derbent", "Makhachkala"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Last year Tripoli was the scene of clashes that killed 32 people."),
    ("es", "Trípoli fue escenario de enfrentamientos que dejaron 32 muertos."),
    ("fr", "Tripoli a été le théâtre d'affrontements qui ont fait 32 morts."),
    ("ru", "Триполи стал ареной столкновений, в которых погибли 32 человека."),
])
def test_a_capital_that_was_the_scene_of_a_happening_is_its_place(gazetteer, lang, text):
    assert where(events(text, lang, gazetteer)) == {"Tripoli"}
