"""Fixes found on the tenth unseen set's losses, each a general pattern in every language where
it exists: a ship sunk is a destruction (`other`), roads blocked by a crowd are a protest,
suspended air traffic is a closure, a police word for arrests ('aprehendidos', 'apprehended'),
and a meeting the sides only agreed to hold ('agreed to meet in Istanbul') is a plan, not a
meeting. Sentences written for these tests; the real pipeline and gazetteer run."""
from __future__ import annotations

import pytest

import geomap


def _events(text: str, lang: str):
    return geomap.extract(text, lang=lang, is_text=True, date="2026-03-10").to_json()["events"]


def _at(evs, typ):
    return [(e["location"] or {}).get("mention") for e in evs if e["type"] == typ]


@pytest.mark.parametrize("lang, text, where", [
    ("en", "The rebels said they had sunk a cargo ship in the Red Sea.", "Red Sea"),
    ("en", "The vessel sank on Monday near Hodeidah.", "Hodeidah"),
    ("id", "Kapal kargo itu tenggelam di Laut Merah setelah diserang.", "Laut Merah"),
    ("ms", "Pemberontak menenggelamkan sebuah kapal kargo di Laut Merah.", "Laut Merah"),
    ("ru", "Хуситы потопили грузовое судно в Красном море.", "Красном море"),
    ("tr", "Husiler Kızıldeniz'de bir kargo gemisini batırdı.", "Kızıldeniz"),
    ("fr", "Les Houthis ont coulé un navire marchand en mer Rouge.", "mer Rouge"),
    ("de", "Die Huthi haben im Roten Meer einen Frachter versenkt.", "Roten Meer"),
    ("es", "Los hutíes hundieron un buque mercante en el mar Rojo.", "mar Rojo"),
    ("it", "Gli Houthi hanno affondato una nave mercantile nel Mar Rosso.", "Mar Rosso"),
])
def test_a_ship_sunk_is_a_destruction(lang, text, where):
    evs = _events(text, lang)
    assert where in _at(evs, "other"), evs


@pytest.mark.parametrize("lang, text", [
    ("en", "Shares sank in Tokyo on Monday."),
    ("de", "Die Preise sind in Berlin gesunken."),
])
def test_falling_prices_sink_no_ship(lang, text):
    assert not _events(text, lang)


@pytest.mark.parametrize("lang, text, where", [
    ("en", "Farmers blocked roads in Cochabamba and Oruro.", "Oruro"),
    ("fr", "Des agriculteurs bloquent les routes à Cochabamba.", "Cochabamba"),
    ("it", "Gli agricoltori bloccano le strade a Cochabamba.", "Cochabamba"),
    ("es", "Los campesinos bloquean carreteras en Cochabamba y Oruro.", "Oruro"),
    ("es", "Los cocaleros mantienen bloqueadas las rutas en Cochabamba.", "Cochabamba"),
    ("de", "Bauern blockieren Straßen in Cochabamba.", "Cochabamba"),
    ("tr", "Çiftçiler Cochabamba'da yolları kapattı.", "Cochabamba"),
])
def test_roads_blocked_are_a_protest(lang, text, where):
    evs = _events(text, lang)
    assert where in _at(evs, "protest"), evs


@pytest.mark.parametrize("lang, text", [
    ("es", "La Policía informó de decenas de aprehendidos en Oruro."),
    ("en", "Police said dozens of people were apprehended in Oruro."),
])
def test_apprehended_is_a_detention(lang, text):
    assert "Oruro" in _at(_events(text, lang), "capture_detention")


@pytest.mark.parametrize("lang, text", [
    ("de", "Seit Montag ist der Flugverkehr in Tripolis ausgesetzt."),
    ("fr", "Le trafic aérien a été suspendu à Tripoli lundi."),
    ("en", "Air traffic was suspended in Tripoli on Monday."),
])
def test_suspended_air_traffic_is_a_closure(lang, text):
    evs = _events(text, lang)
    assert [e for e in evs if e["type"] == "other"], evs


@pytest.mark.parametrize("lang, text", [
    ("en", "Both sides agreed to meet again in Istanbul this week."),
    ("ms", "Kedua-dua pihak turut bersetuju untuk bertemu semula di Istanbul minggu ini."),
    ("id", "Kedua pihak sepakat untuk bertemu kembali di Istanbul pekan ini."),
    ("ru", "Стороны договорились встретиться в Стамбуле."),
    ("es", "Ambas partes acordaron reunirse en Estambul esta semana."),
])
def test_a_meeting_agreed_on_is_a_plan(lang, text):
    assert not _at(_events(text, lang), "talks_meeting")


def test_an_agreed_ceasefire_is_still_news():
    evs = _events("The two sides agreed to a ceasefire in Doha on Sunday.", "en")
    assert "Doha" in _at(evs, "ceasefire_agreement"), evs


@pytest.mark.parametrize("text, killed", [
    ("Der Milizenchef wurde am Montag bei einem Treffen in Tripolis getötet.", 1),
    ("Der Kommandeur war am Montagabend bei einem Angriff im Süden von Tripolis getötet worden.", 1),
    ("Das Dorf wurde am Montag angegriffen, dabei wurden drei Menschen in Tripolis getötet.", 3),
    ("Das Dorf wurde am Montag von Milizen angegriffen, viele Menschen in Tripolis wurden getötet.", None),
])
def test_a_german_singular_victim_reaches_across_its_verb_final_clause(text, killed):
    tolls = [e for e in _events(text, "de") if e["type"] == "casualties"]
    assert tolls and tolls[0]["killed"] == killed, tolls


def test_an_arrest_warrant_is_no_arrest():
    evs = _events("La Fiscalía mantiene vigente una orden de aprehensión contra él en Oruro.", "es")
    assert not _at(evs, "capture_detention"), evs


@pytest.mark.parametrize("lang, text", [
    ("en", "In Gaza, two women, a mother and her daughter, were killed by a sniper."),
    ("it", "A Gaza due donne, madre e figlia, furono uccise da un cecchino."),
    ("fr", "À Gaza, deux femmes, une mère et sa fille, ont été tuées par un tireur."),
    ("es", "En Gaza, dos mujeres, madre e hija, murieron por disparos de un francotirador."),
    ("id", "Di Gaza, dua perempuan, ibu dan anak, tewas ditembak penembak jitu."),
])
def test_a_figure_reaches_its_verb_past_an_apposition(lang, text):
    tolls = [e for e in _events(text, lang) if e["type"] == "casualties"]
    assert tolls and tolls[0]["killed"] == 2, tolls


def test_an_aside_with_a_verb_of_its_own_is_no_apposition():
    text = "Two drones, launched from Iran overnight, hit the village of Kafr Aza and killed civilians."
    assert all(e["killed"] != 2 for e in _events(text, "en")), _events(text, "en")


@pytest.mark.parametrize("lang, text, typ", [
    ("ru", "В Киеве о погибших пока не сообщалось.", "casualties"),
    ("ru", "В Киеве о задержаниях или отстранениях от должности пока не сообщалось.", "capture_detention"),
    ("ru", "В Баткене крупных столкновений за ночь на воскресенье не зафиксировано.", "armed_clash"),
])
def test_a_happening_not_yet_reported_is_negated(lang, text, typ):
    evs = [e for e in _events(text, lang) if e["type"] == typ]
    assert evs and all(e["negated"] for e in evs), evs


def test_a_toll_told_before_an_unreported_one_stands():
    evs = _events("В Киеве погибли два человека, о раненых пока не сообщалось.", "ru")
    tolls = [e for e in evs if e["type"] == "casualties" and not e["negated"]]
    assert tolls and tolls[0]["killed"] == 2, evs


@pytest.mark.parametrize("lang, text, where", [
    ("de", "Die Nato-Verbündeten haben in Brüssel Konsultationen aufgenommen.", "Brüssel"),
])
def test_consultations_are_talks(lang, text, where):
    assert where in _at(_events(text, lang), "talks_meeting")


@pytest.mark.parametrize("lang, text", [
    ("ru", "В Москве Путин подписал указ о призыве резервистов."),
    ("tr", "Erdoğan Ankara'da kararnameyi imzaladı."),
    ("fr", "À Paris, le président a signé un décret sur les retraites."),
    ("es", "En Lima, el presidente firmó un decreto de emergencia."),
    ("de", "In Berlin hat der Kanzler ein Gesetz unterzeichnet."),
    ("it", "A Roma è stata pubblicata una lettera firmata da cento deputati."),
    ("id", "Di Jakarta, presiden menandatangani peraturan baru."),
])
def test_a_decree_or_letter_signed_is_no_peace_deal(lang, text):
    assert not _at(_events(text, lang), "ceasefire_agreement")


@pytest.mark.parametrize("lang, text, where", [
    ("ru", "В Москве стороны подписали соглашение о прекращении огня.", "Москве"),
    ("fr", "À Paris, les deux parties ont signé un accord de cessez-le-feu.", "Paris"),
    ("es", "En Lima, las partes firmaron un acuerdo de paz.", "Lima"),
    ("de", "In Berlin haben beide Seiten ein Abkommen unterzeichnet.", "Berlin"),
    ("it", "A Roma le parti hanno firmato l'accordo di pace.", "Roma"),
    ("id", "Di Jakarta, kedua pihak menandatangani perjanjian damai.", "Jakarta"),
])
def test_an_agreement_signed_is_still_one(lang, text, where):
    assert where in _at(_events(text, lang), "ceasefire_agreement")


@pytest.mark.parametrize("lang, text", [
    ("it", "Il Papa, in vacanza a Castel Gandolfo, ha espresso «profondo dolore» per l'attacco."),
    ("en", "In London, the king expressed his deep sorrow over the attack."),
])
def test_sorrow_for_an_attack_tells_no_new_attack(lang, text):
    evs = _events(text, lang)
    assert not [e for e in evs if e["type"] in ("armed_clash", "shelling_airstrike")], evs


@pytest.mark.parametrize("lang, text", [
    ("fr", "Paris a pris acte de la décision."),
    ("en", "Washington took note of the decision."),
    ("es", "Madrid tomó nota de la decisión."),
    ("it", "Roma ha preso atto della decisione."),
])
def test_a_capital_taking_note_takes_no_territory(lang, text):
    assert not _at(_events(text, lang), "territory_change")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Les rebelles ont pris la ville de Goma."),
    ("it", "I ribelli hanno preso la città di Goma."),
])
def test_a_town_taken_is_still_taken(lang, text):
    assert "Goma" in _at(_events(text, lang), "territory_change")


@pytest.mark.parametrize("lang, text", [
    ("en", "Talks in Geneva were called off."),
    ("ms", "Menteri itu menangguhkan lawatan ke China yang dijadualkan minggu ini."),
    ("id", "Presiden menunda kunjungan ke China yang dijadwalkan pekan ini."),
    ("fr", "Il a annulé sa visite à Pékin."),
    ("de", "Er hat seinen Besuch in China abgesagt."),
    ("it", "Ha rinviato la visita in Cina prevista per questa settimana."),
    ("ru", "Он отменил визит в Китай."),
])
def test_a_visit_postponed_or_cancelled_is_no_meeting(lang, text):
    assert not _at(_events(text, lang), "talks_meeting")


def test_a_meeting_held_is_still_one():
    assert "Geneva" in _at(_events("The ministers met in Geneva on Monday.", "en"), "talks_meeting")


def test_a_list_ending_in_an_unknown_name_keeps_its_known_items():
    evs = _events("Israel said it struck the ports of Hodeidah, Ras Isa and Xyzport early on Monday.", "en")
    got = _at(evs, "shelling_airstrike")
    assert "Hodeidah" in got and "Ras Isa" in got, evs


def test_an_address_before_an_and_is_still_an_address():
    evs = _events("Fighting broke out in Sake, North Kivu, and President Tshisekedi called for calm.", "en")
    assert _at(evs, "armed_clash") == ["Sake"], evs


@pytest.mark.parametrize("lang, text", [
    ("fr", "À Goma, une quarantaine de personnes ont été tuées."),
    ("it", "A Goma una quarantina di persone sono state uccise."),
    ("es", "En Goma una cuarentena de personas murieron."),
])
def test_about_forty_is_a_vague_figure_not_one(lang, text):
    tolls = [e for e in _events(text, lang) if e["type"] == "casualties"]
    assert tolls and tolls[0]["killed"] != 1, tolls


@pytest.mark.parametrize("lang, text", [
    ("en", "One soldier was killed in Kyiv, nobody was injured."),
    ("de", "Ein Soldat wurde in Kiew getötet, niemand wurde verletzt."),
    ("fr", "Un soldat a été tué à Kiev, personne n'a été blessé."),
    ("ru", "В Киеве погиб военнослужащий, никто не был ранен."),
])
def test_nobody_wounded_is_no_wounded_victim(lang, text):
    tolls = [e for e in _events(text, lang) if e["type"] == "casualties"]
    assert tolls and tolls[0]["killed"] == 1 and tolls[0]["wounded"] is None, tolls


@pytest.mark.parametrize("lang, text, where", [
    ("it", "Ieri i soldati israeliani avevano sparato contro una postazione a Jenin.", "Jenin"),
    ("es", "Los soldados habían disparado contra un puesto en Yenín.", "Yenín"),
    ("fr", "Les soldats avaient tiré sur une position à Jénine.", "Jénine"),
    ("en", "Soldiers had fired at a position in Jenin.", "Jenin"),
])
def test_shots_fired_in_any_tense_are_a_clash(lang, text, where):
    assert where in _at(_events(text, lang), "armed_clash")


def test_a_malay_break_in_is_a_looting():
    evs = _events("Rumah menteri itu di Tangerang Selatan turut dipecah masuk oleh sekumpulan orang.", "ms")
    assert "Tangerang Selatan" in _at(evs, "other"), evs


@pytest.mark.parametrize("lang, text", [
    ("id", "Penyebab pasti ledakan di Garut masih diselidiki, ujarnya di Jakarta."),
    ("en", "The cause of the explosion in Goma is still being investigated."),
    ("fr", "La cause de l'explosion à Goma reste inconnue."),
    ("ru", "Причины взрыва в Гоме выясняются."),
])
def test_the_cause_of_an_explosion_names_one_told_before(lang, text):
    assert not _events(text, lang)


def test_an_explosion_that_kills_is_still_news():
    evs = _events("Ledakan di Garut menewaskan tiga orang.", "id")
    assert [e for e in evs if e["killed"] == 3], evs


@pytest.mark.parametrize("lang, text", [
    ("de", "Der Flughafen von Misrata war von den Kämpfen nicht betroffen."),
    ("fr", "L'aéroport de Misrata n'a pas été touché par les combats."),
    ("es", "El aeropuerto de Misrata no se vio afectado por los combates."),
    ("it", "L'aeroporto di Misurata non è stato toccato dai combattimenti."),
])
def test_a_place_spared_by_the_fighting_is_no_scene_of_it(lang, text):
    assert not [e for e in _events(text, lang) if not e["negated"]]
