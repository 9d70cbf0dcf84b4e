"""Session-14 (ev66): guards posted and alerts declared as deployments, in all nine languages
(plural alerts, police posted or stationed at, standing guard, extra posts and checkpoints); a
list of towns after such a word gives one deployment per town. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events_locate import events  # noqa: E402


def where(evs, typ):
    return [e.location.name if e.location else None for e in evs if e.type == typ and not e.negated]


@pytest.mark.parametrize("lang,text,town", [
    ("en", "Armed police were posted at the bus stations of Leeds on Monday.", "Leeds"),
    ("en", "Soldiers stood guard outside the main mosque in Kano.", "Kano"),
    ("ru", "На въездах в Воронеж с утра стоят дополнительные посты.", "Voronezh"),
    ("id", "Sejumlah polisi berjaga di Surabaya sejak Minggu pagi.", "Surabaya"),
    ("ms", "Sepasukan polis berjaga di Klang sejak awal pagi.", "Klang"),
    ("tr", "Polis ekipleri İzmir'de sabaha kadar nöbet tuttu.", "İzmir"),
    ("fr", "Des gendarmes montent la garde devant la gare de Lyon.", "Lyon"),
    ("de", "Polizisten halten seit Sonntag Wache in Dresden.", "Dresden"),
    ("es", "Soldados montan guardia frente al ayuntamiento de Morelia.", "Morelia"),
    ("it", "I carabinieri montano la guardia davanti alla prefettura di Bari.", "Bari"),
])
def test_guards_posted_are_a_deployment_at_their_town(gazetteer, lang, text, town):
    evs = events(text, lang, gazetteer)
    assert town in where(evs, "military_alert_deployment"), [(e.type, e.location and e.location.name) for e in evs]


@pytest.mark.parametrize("lang,text,towns", [
    ("en", "High alerts were declared on Sunday in Leeds, Bristol and Cardiff.", {"Leeds", "Bristol", "Cardiff"}),
    ("fr", "Des gendarmes montent la garde dimanche à Lyon, Lille et Nantes.", {"Lyon", "Lille", "Nantes"}),
    ("ru", "У въездов в Воронеж и Курск стоят дополнительные посты.", {"Voronezh", "Kursk"}),
])
def test_alerts_in_a_list_of_towns_are_one_deployment_each(gazetteer, lang, text, towns):
    evs = events(text, lang, gazetteer)
    assert towns <= set(where(evs, "military_alert_deployment")), [(e.type, e.location and e.location.name) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "The minister posted a video from Leeds on Monday."),
    ("en", "He said the old guard in Leeds stood firm."),
    # a warning heeded or not is no alert declared; guards described by a relative clause were
    # already there (no new deployment)
    ("en", "Despite the alerts, nobody acted in Leeds."),
    ("es", "Nadie actuó en Morelia pese a las alertas."),
    ("id", "Polisi yang berjaga di lokasi tidak mampu menghalau massa di Bogor."),
    ("ms", "Anggota yang berjaga di pintu masuk cedera ringan di Klang."),
])
def test_no_deployment_without_guards(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert not where(evs, "military_alert_deployment")


# People taken away for questioning and attackers overpowered on the spot are captures.
@pytest.mark.parametrize("lang,text,town", [
    ("en", "Three men were picked up for questioning in Leeds on Sunday.", "Leeds"),
    ("en", "A taxi driver overpowered the attacker outside a shop in Leeds.", "Leeds"),
    ("id", "Petugas membawa adik pelaku untuk dimintai keterangan di Surabaya.", "Surabaya"),
    ("ms", "Polis membawa dua lelaki untuk membantu siasatan di Klang.", "Klang"),
    ("fr", "Un passant a maîtrisé l'agresseur devant une boulangerie de Lyon.", "Lyon"),
    ("it", "L'aggressore è stato bloccato dai carabinieri in una piazza di Bari.", "Bari"),
    ("de", "Zwei Passanten überwältigten den Angreifer vor einem Kiosk in Dresden.", "Dresden"),
    ("es", "Dos agentes redujeron al agresor en una plaza de Morelia.", "Morelia"),
    ("tr", "İki kişi İzmir'de sorgulanmak üzere gözaltına alındı.", "İzmir"),
    ("ru", "В Воронеже двое мужчин доставлены для допроса.", "Voronezh"),
])
def test_questioning_and_overpowering_are_a_capture(gazetteer, lang, text, town):
    evs = events(text, lang, gazetteer)
    assert town in where(evs, "capture_detention"), [(e.type, e.location and e.location.name) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Menschen in Dresden waren von Trauer überwältigt."),
    ("fr", "L'incendie a été maîtrisé dans la nuit à Lyon."),
])
def test_no_capture_without_a_captive(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert not where(evs, "capture_detention")
