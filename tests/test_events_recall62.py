"""Session-14 event recall (ev62): happenings told with words the lexicons lacked: a charge that
exploded (with the charge or bomb as subject where the verb is also figurative), damage and
collapsed buildings, stabbing verbs, station closures, attackers taken alive, toll phrases,
roadblocks and troops sent in; in the nine languages. Sentences written for these tests, run
through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def where(evs, typ):
    return sorted(e.location.name for e in evs if e.type == typ and e.location is not None and not e.negated)


def types(evs):
    return {e.type for e in evs if not e.negated}


@pytest.mark.parametrize("lang,text", [
    ("en", "In Kandahar a man set off a bomb outside the governor's office."),
    ("de", "In Köln explodierten am Abend zwei Sprengsätze vor dem Rathaus."),
    ("de", "Vor dem Rathaus in Köln detonierte ein Sprengsatz."),
    ("fr", "À Lyon, un engin artisanal a détoné devant la mairie."),
    ("es", "En Tumaco, una carga oculta en una motocicleta estalló frente a la alcaldía."),
    ("it", "A Bari la carica nascosta in un cestino esplose davanti al tribunale."),
    ("ru", "В Ростове была подорвана машина полицейского."),
])
def test_a_charge_that_exploded_is_a_blast(gazetteer, lang, text):
    assert where(events("Attacco\n\n" + text, lang, gazetteer), "shelling_airstrike")


@pytest.mark.parametrize("lang,text", [
    ("es", "En Tumaco la crisis estalló el domingo, cuando el alcalde renunció."),
    ("it", "A Bari la tensione era esplosa già venerdì in consiglio comunale."),
    ("de", "In Köln explodierten im vergangenen Jahr die Preise für Wohnungen."),
    ("ru", "В Ростове подорвано доверие к городской администрации."),
    ("en", "In Kandahar the scandal damaged the reputation of the governor."),
])
def test_figurative_explosions_and_damage_are_no_happening(gazetteer, lang, text):
    evs = events("Politik\n\n" + text, lang, gazetteer)
    assert "shelling_airstrike" not in types(evs) and "other" not in types(evs)


@pytest.mark.parametrize("lang,text", [
    ("en", "Several shops in Kandahar were badly damaged overnight."),
    ("fr", "À Lyon, plusieurs commerces ont été endommagés dans la nuit."),
    ("de", "In Köln wurden mehrere Geschäfte in der Nacht schwer beschädigt."),
    ("es", "En Tumaco varias tiendas resultaron dañadas durante la noche."),
    ("it", "A Bari diversi negozi sono stati danneggiati nella notte."),
    ("ru", "В Ростове ночью были повреждены несколько магазинов."),
    ("tr", "Malatya'da gece saatlerinde birçok dükkan hasar gördü."),
    ("id", "Beberapa toko di Timika rusak berat pada malam itu."),
    ("ms", "Beberapa kedai di Tawau rosak teruk pada malam itu."),
])
def test_damage_told_alone_is_a_destruction(gazetteer, lang, text):
    assert where(events("Nacht\n\n" + text, lang, gazetteer), "other")


@pytest.mark.parametrize("lang,text", [
    ("en", "A rocket hit a school in Kandahar and the building was badly damaged."),
    ("it", "Un razzo ha colpito una scuola a Bari e l'edificio è stato danneggiato."),
    ("de", "Eine Rakete traf eine Schule in Köln, das Gebäude wurde schwer beschädigt."),
])
def test_damage_beside_the_strike_is_the_strike(gazetteer, lang, text):
    evs = events("Angriff\n\n" + text, lang, gazetteer)
    assert where(evs, "shelling_airstrike") and not where(evs, "other")


@pytest.mark.parametrize("lang,text", [
    ("en", "In Kandahar the roof of the market collapsed on Tuesday."),
    ("fr", "À Lyon, le toit du marché s'est effondré mardi."),
    ("de", "Das Dach der Markthalle in Köln stürzte am Dienstag ein."),
    ("es", "En Tumaco el techo del mercado se derrumbó el martes."),
    ("it", "A Bari il tetto del mercato è crollato martedì."),
    ("ru", "В Ростове во вторник обрушилось здание рынка."),
    ("tr", "Malatya'da salı günü pazar binası çöktü."),
    ("id", "Atap pasar di Timika runtuh pada hari Selasa."),
    ("ms", "Bumbung pasar di Tawau runtuh pada hari Selasa."),
])
def test_a_building_collapsing_is_a_destruction(gazetteer, lang, text):
    assert where(events("Pasar\n\n" + text, lang, gazetteer), "other")


@pytest.mark.parametrize("lang,text", [
    ("ru", "В Ростове мужчина зарезал двух прохожих."),
    ("id", "Seorang pria menikam dua pejalan kaki di Timika."),
    ("ms", "Seorang lelaki menikam dua pejalan kaki di Tawau."),
    ("es", "En Tumaco un hombre apuñaló a dos transeúntes."),
    ("de", "In Köln sticht ein Mann am Mittag auf zwei Passanten ein."),
    ("de", "In Köln sterben am Mittag zwei Passanten."),
])
def test_stabbing_and_dying_verbs_are_casualties(gazetteer, lang, text):
    assert where(events("Messer\n\n" + text, lang, gazetteer), "casualties")


def test_mowing_down_pedestrians_is_an_attack(gazetteer):
    evs = events("Attack\n\nIn Kandahar a driver was mowing down pedestrians on the main avenue.", "en", gazetteer)
    assert where(evs, "armed_clash")


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Zugverkehr zwischen Köln und Bonn war am Mittwoch für mehrere Stunden unterbrochen."),
    ("fr", "À Lyon, la gare principale a été fermée pendant deux heures."),
    ("es", "La estación de Tumaco fue cerrada durante dos horas."),
    ("it", "La stazione di Bari è stata chiusa per due ore."),
    ("ru", "Станция метро в Ростове была закрыта на два часа."),
    ("tr", "Malatya'daki istasyon iki saat boyunca kapatıldı."),
    ("id", "Stasiun di Timika ditutup selama dua jam."),
    ("ms", "Stesen di Tawau ditutup selama dua jam."),
])
def test_a_station_closed_or_rail_traffic_halted_is_a_closure(gazetteer, lang, text):
    assert where(events("Bahn\n\n" + text, lang, gazetteer), "other")


@pytest.mark.parametrize("lang,text", [
    ("ru", "В Ростове одного из нападавших удалось взять живым."),
    ("de", "In Köln wurde einer der Täter lebend gefasst."),
    ("en", "In Kandahar one of the gunmen was taken alive."),
    ("fr", "À Lyon, l'un des assaillants a été capturé vivant."),
    ("es", "En Tumaco uno de los atacantes fue capturado con vida."),
    ("it", "A Bari uno degli assalitori è stato catturato vivo."),
    ("tr", "Malatya'da saldırganlardan biri sağ ele geçirildi."),
])
def test_an_attacker_taken_alive_is_a_detention(gazetteer, lang, text):
    assert where(events("Attacco\n\n" + text, lang, gazetteer), "capture_detention")


@pytest.mark.parametrize("lang,text", [
    ("es", "En Tumaco el balance definitivo quedó en doce muertos."),
    ("it", "A Bari il bilancio definitivo fu di dodici morti."),
    ("de", "In Köln stieg die Zahl der Toten auf zwölf."),
])
def test_toll_phrases_are_casualties(gazetteer, lang, text):
    assert where(events("Bilancio\n\n" + text, lang, gazetteer), "casualties")


@pytest.mark.parametrize("lang,text", [
    ("en", "Soldiers and police mounted roadblocks on the main roads of Kandahar."),
    ("de", "In Köln errichteten Soldaten Kontrollposten an den Ausfahrten."),
    ("ru", "В Ростове военные выставили блокпосты на всех въездах."),
    ("ru", "Через неделю в Ростов вошли федеральные войска."),
    ("tr", "Polis Malatya'nın girişlerinde kontrol noktaları kurdu."),
    ("ms", "Polis mendirikan sekatan jalan di semua laluan masuk ke Tawau."),
])
def test_roadblocks_and_troops_sent_in_are_a_deployment(gazetteer, lang, text):
    assert where(events("Sicherheit\n\n" + text, lang, gazetteer), "military_alert_deployment")


def test_a_subtype_of_other_is_no_repeat_of_other_news(gazetteer):
    text = ("Tension\n\nShelling killed six civilians in Kandahar on Monday. A mosque in Kandahar was damaged.\n\n"
            "In the days that followed, both countries expelled each other's diplomats.")
    evs = events(text, "en", gazetteer)
    others = [e for e in evs if e.type == "other" and not e.negated]
    assert len(others) == 2


@pytest.mark.parametrize("lang,text", [
    ("fr", "Près de Goma, l'armée affirme avoir repoussé une tentative d'avancée des rebelles."),
    ("es", "Cerca de Tumaco, el ejército repelió un intento de avance de la guerrilla."),
    ("it", "Vicino a Bari l'esercito ha respinto un tentativo di avanzata dei ribelli."),
    ("ru", "Под Ростовом противник пытался продвинуться к трассе."),
    ("id", "Di Timika, kelompok bersenjata gagal dalam upaya mereka untuk maju ke kota."),
    ("ms", "Di Tawau, tentera mematahkan cubaan penceroboh untuk mara ke bandar."),
])
def test_an_attempt_to_advance_is_an_armed_clash(gazetteer, lang, text):
    assert where(events("Front\n\n" + text, lang, gazetteer), "armed_clash")


@pytest.mark.parametrize("lang,text", [
    ("it", "A Bari il sindaco ha respinto il tentativo di mediazione del prefetto."),
    ("de", "In Köln scheiterte ein politischer Vorstoß der Grünen im Stadtrat."),
])
def test_a_rejected_attempt_or_a_political_push_is_no_clash(gazetteer, lang, text):
    assert "armed_clash" not in types(events("Politik\n\n" + text, lang, gazetteer))


@pytest.mark.parametrize("lang,text", [
    ("de", "In Köln errichteten Bewaffnete Kontrollposten an den Ausfahrten."),
    ("ru", "В Ростове боевики выставили блокпосты на всех въездах."),
    ("tr", "Teröristler Malatya yolunda sahte kontrol noktaları kurdu."),
    ("ms", "Penceroboh bersenjata mendirikan sekatan jalan di luar Tawau."),
])
def test_checkpoints_of_armed_men_are_no_deployment(gazetteer, lang, text):
    assert not where(events("Angriff\n\n" + text, lang, gazetteer), "military_alert_deployment")
