"""Session-10 round 2 (ev39): captives reported killed count as dead; wounded in care told
after a toll are no new casualties; a strike set apart in time from a killing is its own
happening; a place named with a person's office is no scene; the navy is no place. Sentences
written for these tests, run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def killed(evs):
    return [e.killed for e in evs if e.type == "casualties" and not e.negated]


def where(evs, typ):
    return [e.location.name if e.location else None for e in evs if e.type == typ and not e.negated]


@pytest.mark.parametrize("lang,text", [
    ("en", "Twenty hostages, including nine Italians, were killed in the attack on the restaurant in Dhaka."),
    ("it", "Venti ostaggi, tra cui nove italiani, sono stati uccisi nell'assalto al ristorante di Dacca."),
    ("fr", "Vingt otages, dont neuf Italiens, ont été tués dans l'assaut du restaurant à Dacca."),
    ("es", "Veinte rehenes, entre ellos nueve italianos, murieron en el asalto al restaurante en Daca."),
    ("id", "Dua puluh sandera, termasuk sembilan warga Italia, tewas dalam serangan di restoran di Dhaka."),
])
def test_captives_reported_killed_are_the_dead(gazetteer, lang, text):
    assert killed(events(text, lang, gazetteer)) == [20]


def test_captives_taken_stay_captives(gazetteer):
    evs = events("Gunmen took twenty hostages in a restaurant in Dhaka on Friday.", "en", gazetteer)
    assert killed(evs) == []


@pytest.mark.parametrize("lang,text", [
    ("en", "A knife attack killed a nun in Sleman on Sunday. The two wounded worshippers are in stable condition, the police said."),
    ("id", "Serangan pedang menewaskan seorang biarawati di Sleman pada Minggu. Dua jemaat yang terluka dilaporkan dalam kondisi stabil."),
    ("tr", "Mersin'deki saldırıda bir polis şehit oldu. Yaralının hayati tehlikesinin bulunmadığı bildirildi."),
    ("fr", "Une attaque au couteau a tué une religieuse à Nice dimanche. Les deux blessés sont hors de danger."),
])
def test_wounded_in_care_after_a_toll_are_no_new_toll(gazetteer, lang, text):
    assert len(killed(events(text, lang, gazetteer))) == 1


def test_wounded_told_alone_with_their_state_stay_a_toll(gazetteer):
    evs = events("Two people were wounded in a knife attack in Sleman and are in stable condition.", "en", gazetteer)
    assert len([e for e in evs if e.type == "casualties"]) == 1


@pytest.mark.parametrize("lang,text", [
    ("en", "Warplanes struck Hodeidah on Saturday, a day after a drone hit a building in Tel Aviv and killed a man."),
    ("fr", "Des avions israéliens ont bombardé Hodeïda samedi, au lendemain d'une attaque de drone qui a tué un homme à Tel-Aviv."),
])
def test_a_strike_apart_in_time_from_a_killing_is_its_own(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    strikes = [e for e in evs if e.type == "shelling_airstrike"]
    assert [e.location.name for e in strikes] == ["Al Ḩudaydah"]
    assert strikes[0].killed is None
    assert where(evs, "casualties") == ["Tel Aviv"]


def test_a_strike_that_killed_stays_one_happening(gazetteer):
    evs = events("An airstrike hit a house in Gaza, killing five people.", "en", gazetteer)
    assert [e.type for e in evs] == ["casualties"] and killed(evs) == [5]


@pytest.mark.parametrize("lang,text", [
    ("it", "Il console della Francia a Goma è stato ucciso ieri in un agguato nei pressi di Kibumba."),
    ("en", "The French consul in Goma was killed on Monday in an ambush near Kibumba."),
    ("fr", "Le consul de France à Goma a été tué lundi dans une embuscade près de Kibumba."),
])
def test_the_place_of_an_office_is_no_scene(gazetteer, lang, text):
    assert where(events(text, lang, gazetteer), "casualties") == ["Kibumba"]


@pytest.mark.parametrize("lang,text", [
    ("es", "En el enfrentamiento murieron un infante de Marina y tres presuntos delincuentes."),
    ("es", "Elementos de la Marina detuvieron a dos hombres."),
])
def test_the_navy_is_no_place(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert all(e.location is None for e in evs)


@pytest.mark.parametrize("lang,text", [
    ("es", "En el enfrentamiento murieron un soldado y tres presuntos delincuentes, y un menor fue detenido en Reynosa."),
    ("en", "The clash killed a soldier and three gunmen, and a teenager was arrested in Reynosa."),
    ("it", "Negli scontri sono morti un soldato e tre banditi, e un ragazzo è stato arrestato a Reynosa."),
    ("fr", "Un soldat et trois assaillants ont été tués, et un adolescent a été arrêté à Reynosa."),
])
def test_a_list_of_dead_ends_at_the_next_clause(gazetteer, lang, text):
    assert killed(events(text, lang, gazetteer)) == [4]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une attaque a tué 35 personnes à Sobane Da lundi. Une équipe de la protection civile a procédé à un nouveau décompte des corps sur place."),
    ("en", "An attack killed 35 people in Sobane Da on Monday. A civil protection team carried out a new count of the bodies at the scene."),
    ("es", "Un ataque mató a 35 personas en Sobane Da el lunes. Un equipo de protección civil hizo un nuevo conteo de los cuerpos en el lugar."),
    ("it", "Un attacco ha ucciso 35 persone a Sobane Da lunedì. Una squadra della protezione civile ha fatto un nuovo conteggio dei corpi sul posto."),
])
def test_counting_the_bodies_is_no_new_toll(gazetteer, lang, text):
    assert killed(events(text, lang, gazetteer)) == [35]



@pytest.mark.parametrize("lang,text,typ", [
    ("de", "Dabei seien mehr als 200 ukrainische Reservisten getötet worden.", None),
    ("de", "Russland hat 300.000 Reservisten einberufen.", "military_alert_deployment"),
    ("en", "The army called up 300,000 reservists.", "military_alert_deployment"),
])
def test_troops_counted_as_victims_are_no_deployment(gazetteer, lang, text, typ):
    deployments = [e for e in events(text, lang, gazetteer) if e.type == "military_alert_deployment"]
    assert [e.type for e in deployments] == ([typ] if typ else [])
