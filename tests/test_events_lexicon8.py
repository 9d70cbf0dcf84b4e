"""Event detection and typing, eighth part: shooting at a target, street and house fighting,
an impersonal 'it is fought', strikes dealt with words between verb and noun, a host receiving
a minister, a meeting that 'was held', territory brought back under control, murders, troops
being sent, a war cabinet that is no fighting. Sentences written for these tests, run through
the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def types(evs) -> set[str]:
    return {e.type for e in evs if not e.negated}


def placed_types(evs) -> set[tuple[str, str]]:
    return {(e.type, e.location.name) for e in evs if not e.negated and e.location}


@pytest.mark.parametrize("lang,text", [
    ("es", "Un grupo de encapuchados disparó contra el puesto de control de Jamundí."),
    ("es", "Los guerrilleros dispararon con fusiles contra una patrulla cerca de Jamundí."),
    ("it", "Uomini armati hanno sparato contro una pattuglia a Kramatorsk."),
    ("de", "Unbekannte schossen auf einen Kontrollposten bei Charkiw."),
    ("en", "Gunmen shot at a police checkpoint outside Kano on Tuesday."),
    ("fr", "Des assaillants ont tiré sur un poste de gendarmerie près de Kati."),
    ("id", "Kelompok bersenjata menembaki pos polisi di Timika."),
    ("tr", "Saldırganlar Hakkari'de bir karakola ateş etti."),
])
def test_shooting_at_a_target_is_a_clash(gazetteer, lang, text):
    assert "armed_clash" in types(events(text, lang, gazetteer))


@pytest.mark.parametrize("text", [
    "In Charkiw liefern sich die Einheiten erbitterte Häuserkämpfe.",
    "In den Vororten von Charkiw toben Straßenkämpfe.",
    "Auch um das Dorf Lypzi bei Charkiw wird gekämpft.",
])
def test_german_street_fighting_and_impersonal_fighting_are_clashes(gazetteer, text):
    assert "armed_clash" in types(events(text, "de", gazetteer))


def test_russian_strikes_dealt_with_words_between_are_strikes(gazetteer):
    evs = events("Авиация нанесла серию ударов по позициям боевиков в провинции Идлиб.", "ru", gazetteer)
    assert "shelling_airstrike" in types(evs)


@pytest.mark.parametrize("lang,text,where", [
    ("ru", "Президент сегодня принял в Дамаске главу МИД Ирана.", "Damascus"),
    ("en", "The president received the Iranian foreign minister in Damascus on Sunday.", "Damascus"),
    ("es", "El presidente recibió en Bogotá al ministro de Defensa de Ecuador.", "Bogotá"),
    ("tr", "Taraflar arasındaki ikinci toplantı Cuma günü Ankara'da yapıldı.", "Ankara"),
])
def test_a_host_receiving_a_minister_or_a_meeting_held_is_talks(gazetteer, lang, text, where):
    assert ("talks_meeting", where) in placed_types(events(text, lang, gazetteer))


def test_territory_brought_back_under_control_is_a_change(gazetteer):
    evs = events("В 2016 году армия вернула Алеппо под контроль правительства.", "ru", gazetteer)
    assert "territory_change" in types(evs)


@pytest.mark.parametrize("text", [
    "Hombres armados asesinaron en Jamundí a un concejal.",
    "Temen que los disidentes asesinaran a otro dirigente en Jamundí.",
])
def test_spanish_murders_are_casualties(gazetteer, text):
    assert "casualties" in types(events(text, "es", gazetteer))


def test_troops_being_sent_are_a_deployment(gazetteer):
    evs = events("The Pentagon said it was sending a few thousand troops to Jordan.", "en", gazetteer)
    assert "military_alert_deployment" in types(evs)


@pytest.mark.parametrize("lang,text", [
    ("tr", "İsrail Savaş Kabinesi bugün Tel Aviv'de bir araya geldi."),
    ("id", "Kabinet perang Israel bertemu di Tel Aviv pada hari Minggu."),
    ("ms", "Kabinet perang Israel bersidang di Tel Aviv pada hari Ahad."),
])
def test_a_war_cabinet_is_no_fighting(gazetteer, lang, text):
    assert "armed_clash" not in types(events(text, lang, gazetteer))


@pytest.mark.parametrize("lang,text", [
    ("en", "We need more troops on the ground, the governor said in Maiduguri."),
    ("ru", "Министр принял решение о закрытии школ в Белгороде."),
])
def test_no_event_from_a_wish_or_a_decision(gazetteer, lang, text):
    got = types(events(text, lang, gazetteer))
    assert not got & {"military_alert_deployment", "talks_meeting"}, got


@pytest.mark.parametrize("lang,text", [
    ("es", "Los disidentes asesinaron en Jamundí a la lideresa indígena."),
    ("es", "Hombres armados asesinaron al alcalde de Jamundí."),
    ("it", "Uomini armati hanno ucciso il sindaco di Kramatorsk."),
    ("fr", "Des assaillants ont tué le maire de Kati."),
    ("en", "Gunmen killed the mayor of Kano on Sunday."),
])
def test_a_singular_victim_with_its_article_is_one_killed(gazetteer, lang, text):
    assert 1 in {e.killed for e in events(text, lang, gazetteer) if e.type == "casualties"}


@pytest.mark.parametrize("lang,text", [
    ("es", "Hombres armados asesinaron a los concejales de Jamundí."),
    ("en", "Gunmen killed the soldiers guarding Kano."),
])
def test_a_plural_victim_with_its_article_is_no_count(gazetteer, lang, text):
    assert {e.killed for e in events(text, lang, gazetteer) if e.type == "casualties"} == {None}


def test_help_that_was_needed_is_no_demand_and_oblique_number_words_count(gazetteer):
    evs = events("Медицинская помощь в Белгороде потребовалась ста восьмидесяти двум пострадавшим.", "ru", gazetteer)
    assert {(e.type, e.wounded) for e in evs} == {("casualties", 182)}


def test_a_russian_demand_is_still_a_demand(gazetteer):
    evs = events("Москва потребовала в Белгороде прекратить огонь.", "ru", gazetteer)
    assert "appeal_demand" in types(evs)


def test_a_german_warning_told_with_its_participle_is_a_statement(gazetteer):
    evs = events("Der Präsident hatte am Dienstag in Taschkent vor ernsten Konsequenzen gewarnt.", "de", gazetteer)
    assert "accusation_statement" in types(evs)


@pytest.mark.parametrize("lang,text", [
    ("ms", "Tentera Filipina sedang menjalankan latihan ketenteraan tahunan di utara Luzon."),
    ("ms", "Tentera China mengadakan latihan tempur di Yunnan."),
    ("id", "Tentara China menggelar latihan tempur di Yunnan."),
])
def test_a_combat_or_military_exercise_is_an_exercise_not_a_clash(gazetteer, lang, text):
    got = types(events(text, lang, gazetteer))
    assert "military_alert_deployment" in got and "armed_clash" not in got, got


@pytest.mark.parametrize("lang,text", [
    ("it", "Mosca ha negato di aver preso di mira strutture civili a Kiev."),
    ("fr", "Moscou a nié avoir pris pour cible des structures civiles à Kiev."),
    ("es", "Moscú negó haber tomado como objetivo estructuras civiles en Kiev."),
])
def test_taking_as_a_target_is_no_taking_of_territory(gazetteer, lang, text):
    assert "territory_change" not in types(events(text, lang, gazetteer))


@pytest.mark.parametrize("lang,text", [
    ("it", "I ribelli hanno preso Kramatorsk."),
    ("fr", "Les rebelles ont pris Goma."),
])
def test_taking_a_town_is_still_a_change(gazetteer, lang, text):
    assert "territory_change" in types(events(text, lang, gazetteer))


@pytest.mark.parametrize("lang,text", [
    ("id", "Tidak ada laporan korban dari warga asing dalam pertempuran di Laukkai."),
    ("en", "There were no reports of casualties in the fighting in Kano."),
])
def test_no_reports_of_casualties_is_no_toll_of_zero(gazetteer, lang, text):
    assert all(e.killed is None for e in events(text, lang, gazetteer))


@pytest.mark.parametrize("lang,text", [
    ("ms", "Nelayan dari pekan Masinloc menangkap ikan di perairan tersebut."),
    ("id", "Nelayan dari Natuna menangkap ikan di perairan tersebut."),
])
def test_catching_fish_is_no_detention(gazetteer, lang, text):
    assert "capture_detention" not in types(events(text, lang, gazetteer))


@pytest.mark.parametrize("lang,text", [
    ("ru", "Губернатор пообещал выплатить семьям погибших в Белгороде по 3 млн рублей."),
    ("en", "The governor promised compensation to the families of the dead in Kano."),
])
def test_families_of_the_dead_are_no_new_toll(gazetteer, lang, text):
    assert "casualties" not in types(events(text, lang, gazetteer))


def test_the_victims_families_telling_a_toll_keep_it(gazetteer):
    evs = events("Gunmen killed 12 people in Kano, the families of the victims said.", "en", gazetteer)
    assert ("casualties", 12) in {(e.type, e.killed) for e in evs}


@pytest.mark.parametrize("lang,text", [
    ("it", "A Roma il governo ha spiegato che l'Italia non ha preso parte all'operazione nello Yemen."),
    ("fr", "La France a pris part à l'opération au Yémen."),
    ("en", "British jets took part in the operation in Yemen."),
])
def test_taking_part_is_no_taking_of_territory(gazetteer, lang, text):
    assert "territory_change" not in types(events(text, lang, gazetteer))


def test_a_court_arresting_defendants_is_a_detention_not_an_accusation(gazetteer):
    got = types(events("В воскресенье суд в Москве арестовал на два месяца четверых обвиняемых.", "ru", gazetteer))
    assert got == {"capture_detention"}, got


@pytest.mark.parametrize("lang,text", [
    ("ms", "Di Narathiwat, kumpulan penyerang membakar jentera berat."),
    ("id", "Di Timika, para penyerang membakar sebuah truk."),
    ("en", "In Kano, the attackers burned a truck."),
    ("it", "A Kramatorsk, gli attaccanti hanno incendiato un camion."),
])
def test_the_attackers_named_are_no_clash_of_their_own(gazetteer, lang, text):
    assert "armed_clash" not in types(events(text, lang, gazetteer))


@pytest.mark.parametrize("lang,text", [
    ("ms", "Penyerangan terhadap pos tentera di Narathiwat berlaku semalam."),
    ("id", "Penyerangan terhadap pos polisi di Timika terjadi semalam."),
    ("en", "Gunmen attacked a police post in Kano."),
])
def test_an_attack_is_still_a_clash(gazetteer, lang, text):
    assert "armed_clash" in types(events(text, lang, gazetteer))


def test_an_order_to_arrest_is_no_arrest(gazetteer):
    evs = events("Police had been ordered to arrest the gang leaders in Port-au-Prince.", "en", gazetteer)
    assert "capture_detention" not in types(evs)
    evs = events("Police arrested the gang leaders in Port-au-Prince.", "en", gazetteer)
    assert "capture_detention" in types(evs)


@pytest.mark.parametrize("lang,text", [
    ("it", "Quattro caccia della Royal Air Force sono decollati dalla base di Akrotiri, a Cipro."),
    ("en", "Four RAF jets took off from the Akrotiri air base in Cyprus."),
])
def test_warplanes_taking_off_from_a_base_are_a_deployment(gazetteer, lang, text):
    assert "military_alert_deployment" in types(events(text, lang, gazetteer))


def test_a_flight_leaving_an_airport_is_no_deployment(gazetteer):
    evs = events("The evacuation flight took off from Beirut airport.", "en", gazetteer)
    assert "military_alert_deployment" not in types(evs)


@pytest.mark.parametrize("lang,text", [
    ("tr", "Karabağ'da militanlar silahlarını teslim etti."),
    ("ru", "В Карабахе боевики сдали оружие."),
    ("en", "In Karabakh, the separatists surrendered their weapons."),
])
def test_handing_in_weapons_is_no_detention(gazetteer, lang, text):
    assert "capture_detention" not in types(events(text, lang, gazetteer))


@pytest.mark.parametrize("lang,text", [
    ("tr", "Karabağ'da 40 asker teslim oldu."),
    ("ru", "В Карабахе сдались в плен 40 военных."),
    ("en", "In Karabakh, 40 soldiers surrendered."),
])
def test_soldiers_surrendering_are_still_captured(gazetteer, lang, text):
    assert ("capture_detention", 40) in {(e.type, e.captured) for e in events(text, lang, gazetteer)}


@pytest.mark.parametrize("lang,text", [
    ("en", "Governor Babagana Zulum visited the town on Sunday."),
    ("de", "Der Minister besuchte das Dorf Lypzi bei Charkiw."),
    ("tr", "Vali dün Hakkari'de yaralıları ziyaret etti."),
    ("id", "Gubernur mengunjungi korban di Timika."),
    ("ms", "Perdana Menteri melawat mangsa di Narathiwat."),
])
def test_an_official_visiting_a_scene_or_the_wounded_is_no_talks(gazetteer, lang, text):
    assert "talks_meeting" not in types(events(text, lang, gazetteer))


def test_a_visit_to_a_named_place_is_still_talks(gazetteer):
    evs = events("Zulum visited Gwoza on Sunday.", "en", gazetteer)
    assert "talks_meeting" in types(evs)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Президент в Москве принял отставку министра обороны."),
    ("ru", "Парламент в Москве принял решение о назначении министра."),
    ("fr", "Le président a reçu la démission du ministre à Paris."),
    ("es", "El presidente recibió la renuncia del ministro en Bogotá."),
])
def test_receiving_a_resignation_or_taking_a_decision_is_no_talks(gazetteer, lang, text):
    assert "talks_meeting" not in types(events(text, lang, gazetteer))


@pytest.mark.parametrize("text", [
    "La fiscalía investiga un intento de asesinato contra el alcalde de Jamundí.",
    "Los disidentes intentaron asesinar al alcalde de Jamundí.",
])
def test_a_spanish_attempted_murder_is_no_toll(gazetteer, text):
    assert "casualties" not in types(events(text, "es", gazetteer))
