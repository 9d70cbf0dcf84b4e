"""Session-9 precision round (ev30): singular victims listed with 'and' (with their ages, kin
words), a negative quantifier as the subject of a victim word, an unconfirmed toll that is no
zero. Sentences written for these tests, run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def killed(evs):
    return [e.killed for e in evs if e.type in ("casualties", "shelling_airstrike", "armed_clash")
            and not e.negated and e.killed is not None]


@pytest.mark.parametrize("lang,text", [
    ("es", "En Kharkiv un misil impactó una casa el lunes: un niño de diez años y su abuela murieron."),
    ("it", "A Kherson un drone ha colpito un'auto: sono morti un uomo di 50 anni e sua figlia di sei."),
    ("fr", "À Kharkiv, un missile a frappé une maison lundi : une femme de 40 ans et sa fille ont été tuées."),
    ("de", "Bei dem Angriff auf Charkiw wurden am Montag ein zwölfjähriges Mädchen und ihr Großvater getötet."),
    ("ru", "В Харькове ракета попала в жилой дом: погибли женщина и ее дочь."),
    ("tr", "Harkov'da bir füze evi vurdu: bir kadın ve kızı hayatını kaybetti."),
    ("id", "Rudal menghantam rumah di Kharkiv pada Senin, menewaskan seorang perempuan dan anaknya."),
    ("en", "In Kharkiv a missile hit a house on Monday, killing a woman aged 40 and her son."),
])
def test_two_singular_victims_listed_with_and_are_two(gazetteer, lang, text):
    assert killed(events(text, lang, gazetteer)) == [2]


@pytest.mark.parametrize("lang,text", [
    ("es", "Una granada estalló en Cali el lunes. Ninguno de los ocupantes resultó herido."),
    ("en", "A bomb exploded under a bus in Quetta on Monday. None of the passengers were injured."),
    ("de", "Eine Granate explodierte am Montag in Charkiw. Keiner der Insassen wurde verletzt."),
    ("it", "Un ordigno è esploso a Palermo. Nessuno dei passeggeri è rimasto ferito."),
])
def test_none_of_them_hurt_is_no_casualty(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert not [e for e in evs if e.type == "casualties" and not e.negated]


@pytest.mark.parametrize("lang,text", [
    ("en", "Jets bombed the town of Adigrat on Monday. There was no independent confirmation of casualties."),
    ("ms", "Pesawat tentera mengebom bandar Lashio pada Isnin. Tiada angka rasmi korban dikeluarkan."),
])
def test_an_unconfirmed_toll_is_unknown_not_zero(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.type == "shelling_airstrike"]
    assert evs and all(e.killed is None for e in evs)


def test_no_casualties_reported_is_still_zero(gazetteer):
    evs = [e for e in events("Jets bombed the town of Adigrat on Monday. No casualties were reported.",
                             "en", gazetteer) if e.type == "shelling_airstrike"]
    assert [e.killed for e in evs] == [0]


@pytest.mark.parametrize("lang,text", [
    ("en", "In March the rebels seized the oil tanker Sea Star and took its 20 crew to the port of Aden."),
    ("en", "The pirates hijacked the bulk carrier Ocean Queen off Eyl and seized its crew."),
    ("tr", "Husiler dün Kızıldeniz'de bir gemiyi ele geçirdi."),
])
def test_a_ship_seized_is_a_capture_not_territory(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert [e for e in evs if e.type == "capture_detention"]
    assert not [e for e in evs if e.type == "territory_change"]


def test_a_port_seized_is_still_territory(gazetteer):
    evs = events("The rebels seized the port of Hodeidah on Monday.", "en", gazetteer)
    assert [e.type for e in evs] == ["territory_change"]


@pytest.mark.parametrize("lang,text", [
    ("it", "A Nablus centinaia di giovani si sono scontrati con la polizia."),
    ("es", "En Quito cientos de jóvenes se enfrentaron a la policía el viernes."),
])
def test_young_people_clashing_with_police_protest(gazetteer, lang, text):
    assert [e.type for e in events(text, lang, gazetteer)] == ["protest"]


@pytest.mark.parametrize("lang,text", [
    ("en", "Japan's foreign minister met the junta leader, General Soe Win, in Naypyitaw on Wednesday."),
    ("ms", "Menteri Luar Jepun bertemu pemimpin junta Myanmar, Jeneral Soe Win, di Naypyitaw semalam, "
           "kurang seminggu selepas bandar Lashio jatuh ke tangan pemberontak."),
])
def test_a_meeting_past_a_name_in_commas_is_at_its_place(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert kinds_of(evs, "talks_meeting") == ["Nay Pyi Taw"]
    # the town that fell 'a week before' is no second scene of the meeting's clause
    assert "Nay Pyi Taw" not in kinds_of(evs, "territory_change")


def kinds_of(evs, typ):
    return [e.location.name if e.location else None for e in evs if e.type == typ and not e.negated]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Samedi, des hommes armés ont attaqué le village de Kolo, tuant dix personnes. Des dizaines "
           "de blessés ont été évacués vers Ouallam et Niamey."),
    ("en", "On Saturday gunmen attacked the village of Kolo, killing ten people. Dozens of wounded were "
           "evacuated to Ouallam and Niamey."),
])
def test_the_wounded_taken_to_hospital_is_no_evacuation(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert not [e for e in evs if e.type == "other"]
    assert "Niamey" not in {e.location.name for e in evs if e.location}


def test_a_place_after_a_quote_attribution_is_the_speakers(gazetteer):
    evs = events('Gunmen attacked the village of Kolo on Saturday. "Ten people were wounded and are being '
                 'treated," the police chief said in Niamey on Sunday.', "en", gazetteer)
    assert "Niamey" not in {e.location.name for e in evs if e.location}
    assert kinds_of(evs, "casualties") == ["Kollo"]


def test_a_place_after_kata_is_the_speakers(gazetteer):
    evs = events('Massa melempari warga dengan batu di Kampung Baru, Nabire. "Korban tewas seorang pemuda. '
                 'Yang luka-luka sedang dirawat," kata Kapolda Papua di Jayapura, Jumat malam.', "id", gazetteer)
    assert "Jayapura" not in {e.location.name for e in evs if e.location}


@pytest.mark.parametrize("lang,text,n", [
    ("it", "Il ministero aveva parlato in un primo momento di almeno trecento vittime; oggi ha indicato "
           "un bilancio di 271 morti e oltre cento feriti.", 271),
    ("en", "The ministry had initially spoken of at least 300 victims; on Tuesday it gave a toll of 271 dead.", 271),
])
def test_a_first_figure_yields_to_the_revised_toll(gazetteer, lang, text, n):
    assert [e.killed for e in events(text, lang, gazetteer) if e.type == "casualties"] == [n]


@pytest.mark.parametrize("lang,text", [
    ("ms", "Bulan lalu, Perdana Menteri Jepun telah bertemu pemimpin junta, Jeneral Soe Win, di Bangkok "
           "bagi membincangkan usaha pemulihan dan gencatan senjata."),
    ("en", "The ministers met in Doha on Monday to discuss a ceasefire in Gaza."),
])
def test_a_truce_to_discuss_is_a_topic(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert [e.type for e in evs] == ["talks_meeting"]


def test_a_truce_agreed_is_still_told(gazetteer):
    evs = events("The two sides agreed a ceasefire in Doha on Monday.", "en", gazetteer)
    assert [e.type for e in evs] == ["ceasefire_agreement"]


def test_a_toll_in_clashes_with_police_is_a_toll(gazetteer):
    evs = events("Al menos 17 civiles murieron este lunes en enfrentamientos con la Policía en Quito.", "es", gazetteer)
    assert [(e.type, e.killed) for e in evs] == [("casualties", 17)]


@pytest.mark.parametrize("lang,text", [
    ("en", "A missile hit the bulk carrier Sea Star in the Gulf of Aden on Wednesday, killing three crew "
           "members. Two of the dead were Filipino and one Vietnamese."),
    ("ru", "Ракета попала в казарму в Самаре, погибли пять военнослужащих. По его словам, среди погибших — "
           "заместитель командира полка подполковник Иванов."),
])
def test_who_were_among_the_dead_is_no_new_toll(gazetteer, lang, text):
    assert len([e for e in events(text, lang, gazetteer) if e.type == "casualties"]) == 1


def test_falling_debris_is_no_fall_of_a_town(gazetteer):
    evs = events("Un drone è stato abbattuto sopra Odessa. Non si registrano vittime, solo danni lievi "
                 "causati dalla caduta di frammenti in alcuni quartieri.", "it", gazetteer)
    assert not [e for e in evs if e.type == "territory_change"]


@pytest.mark.parametrize("lang,text", [
    ("es", "El presidente ordenó a la Policía y al Ejército capturar a los responsables del ataque en Cali."),
    ("en", "The president ordered police to arrest those responsible for the attack in Cali."),
    ("id", "Presiden memerintahkan polisi menangkap pelaku serangan di Cali."),
])
def test_an_arrest_ordered_is_not_made(gazetteer, lang, text):
    assert not [e for e in events(text, lang, gazetteer) if e.type == "capture_detention"]


def test_captives_rescued_are_the_rescue(gazetteer):
    evs = events("Dua wanita yang diculik dari sebuah resort di Semporna, hampir dua bulan lalu, berjaya "
                 "diselamatkan oleh tentera Filipina di Jolo.", "ms", gazetteer)
    assert [e.type for e in evs] == ["other"]


def test_a_dated_list_joined_by_a_contrast_and_stays_a_list(gazetteer):
    evs = events("Армения до 1 декабря возвращает Азербайджану Кельбаджарский и Лачинский районы, "
                 "а до 20 ноября — Агдамский район.", "ru", gazetteer)
    assert len([e for e in evs if e.type == "territory_change"]) >= 2


def test_care_shown_is_no_demonstration(gazetteer):
    evs = events("Harekâtta sivillere zarar verilmemesi için azami dikkat gösterildiği vurgulandı.", "tr", gazetteer)
    assert not [e for e in evs if e.type == "protest"]


def test_a_council_due_to_meet_is_a_plan(gazetteer):
    evs = events("Der UN-Sicherheitsrat soll noch am Dienstag in Genf zu einer Dringlichkeitssitzung "
                 "zusammenkommen.", "de", gazetteer)
    assert not [e for e in evs if e.type == "talks_meeting"]


def test_crimes_listed_after_a_conviction_are_charges(gazetteer):
    evs = events("Ia mantan narapidana kasus teror bom dan rencana peledakan di Bekasi pada 2015.", "id", gazetteer)
    assert not [e for e in evs if e.type == "shelling_airstrike"]


def test_a_protest_at_an_unknown_place_is_not_the_next_citys(gazetteer):
    evs = events("Ad Ammanville migliaia di manifestanti hanno tentato di raggiungere l'ambasciata. "
                 "Proteste anche a Istanbul, davanti al consolato.", "it", gazetteer)
    assert kinds_of(evs, "protest") == [None, "Istanbul"]


@pytest.mark.parametrize("lang,text,where", [
    ("en", "Thousands marched in London on Saturday in solidarity with Palestinians in Gaza.", "London"),
    ("id", "Ribuan orang berunjuk rasa di Jakarta sebagai bentuk solidaritas untuk warga Gaza.", "Jakarta"),
])
def test_the_place_of_those_supported_is_no_scene(gazetteer, lang, text, where):
    evs = events(text, lang, gazetteer)
    assert {e.location.name for e in evs if e.location} == {where}


@pytest.mark.parametrize("lang,text", [
    ("ms", "Polis Thailand hari ini mengeluarkan waran tangkap terhadap seorang lelaki warga asing di Bangkok."),
    ("en", "A court in Kabul issued an arrest warrant for the former governor."),
    ("es", "La Fiscalía emitió una orden de captura contra el alcalde de Cali."),
])
def test_an_arrest_warrant_is_no_arrest(gazetteer, lang, text):
    assert not [e for e in events(text, lang, gazetteer) if e.type == "capture_detention"]


def test_bringing_home_the_bodies_is_no_toll(gazetteer):
    evs = events("Kedutaan Malaysia di Bangkok sedang membantu keluarga mangsa menguruskan pembawaan pulang "
                 "jenazah.", "ms", gazetteer)
    assert not [e for e in evs if e.type == "casualties"]


def test_towns_before_their_district_are_the_scene(gazetteer):
    evs = events("Deux villages, à Sévaré et à Fatoma, dans le cercle de Mopti, ont été attaqués lundi "
                 "par des jihadistes.", "fr", gazetteer)
    names = kinds_of(evs, "armed_clash")
    assert names and names[0] == "Sévaré" and "Mopti Cercle" not in names


def test_a_speakers_place_after_a_quote_is_no_paragraph_scene(gazetteer):
    evs = events('Massa kemudian melempari warga dengan batu. Aparat sempat melepaskan tembakan peringatan. '
                 'Satu orang tewas dan sebelas lainnya luka-luka. "Korban meninggal seorang remaja," kata '
                 'Kapolda Papua di Jayapura, Jumat malam.', "id", gazetteer)
    assert "Jayapura" not in {e.location.name for e in evs if e.location}
