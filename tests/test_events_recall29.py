"""Session-9 event recall (heldout20 round): vigils and crowd control as protests, one protest
per listed city, forced evacuation orders and rescues, troops still on guard, a person speaking
'from <capital>'. Sentences written for these tests, run through the real reader, geoparser and
gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def types(evs):
    return {e.type for e in evs if not e.negated}


def where(evs, typ):
    return sorted(e.location.name for e in evs if e.type == typ and e.location is not None)


@pytest.mark.parametrize("lang,text,typ", [
    ("en", "Candlelight vigils were held in Atlanta on Sunday night.", "protest"),
    ("es", "Hubo vigilias en Medellín durante toda la noche.", "protest"),
    ("fr", "Des veillées de solidarité ont eu lieu à Lyon samedi soir.", "protest"),
    ("it", "A Bari la polizia ha usato gas e idranti contro i dimostranti radunati davanti al municipio.", "protest"),
    ("it", "Una fiaccolata ha attraversato il centro di Bologna.", "protest"),
    ("de", "In Leipzig bildeten Tausende eine Lichterkette gegen den Krieg.", "protest"),
    ("tr", "Polis, İzmir'de toplanan kalabalığa biber gazı ile müdahale etti.", "protest"),
    ("de", "Im Juli hatten die Behörden die Zwangsevakuierung mehrerer Dörfer bei Charkiw angeordnet.", "other"),
    ("en", "A navy frigate used its boats to rescue fourteen people off Berbera on Tuesday.", "other"),
    ("es", "El gobernador decretó la evacuación obligatoria de los barrios ribereños de Tumaco.", "other"),
    ("id", "Aparat gabungan TNI dan Polri masih berjaga di Wamena hingga Minggu malam.", "military_alert_deployment"),
])
def test_recall_phrases(gazetteer, lang, text, typ):
    assert typ in types(events(text, lang, gazetteer))


@pytest.mark.parametrize("lang,text", [
    ("es", "Miles de personas marcharon en Quito. También hubo vigilias en Guayaquil y Cuenca."),
    ("en", "Thousands marched in Chicago. Vigils were also held in Atlanta and Dallas."),
    ("fr", "Des milliers de personnes ont manifesté à Paris. Des veillées ont eu lieu à Lyon et à Lille."),
])
def test_one_vigil_per_listed_city(gazetteer, lang, text):
    assert len(where(events(text, lang, gazetteer), "protest")) == 3


def test_a_guard_in_a_relative_clause_is_no_deployment(gazetteer):
    # 'prajurit yang berjaga di pos' (soldiers who stood guard at the post) only says who fought
    evs = events("Kelompok bersenjata terlibat kontak tembak dengan prajurit TNI yang berjaga di pos Wamena.",
                 "id", gazetteer)
    assert "military_alert_deployment" not in types(evs)


@pytest.mark.parametrize("lang,text,town", [
    ("it", "Da Roma il ministro degli Esteri ha condannato l'attacco contro i civili.", "Rome"),
    ("it", "Da Roma la premier ha chiesto di accertare rapidamente i fatti.", "Rome"),
    ("es", "Desde Madrid, el presidente del Gobierno condenó el atentado.", "Madrid"),
])
def test_a_person_speaking_from_a_capital_speaks_there(gazetteer, lang, text, town):
    evs = [e for e in events(text, lang, gazetteer) if e.type in ("accusation_statement", "appeal_demand")]
    assert evs and all(e.location is not None and e.location.name == town for e in evs)


def test_government_sources_from_a_capital_stay_the_government(gazetteer):
    evs = events("Da Roma, fonti di governo hanno accusato Teheran di armare i ribelli.", "it", gazetteer)
    assert all(e.location is None for e in evs if e.type == "accusation_statement")


def test_police_dispersing_a_march_told_before_is_that_march(gazetteer):
    # the dispersal, told in an undated sentence right after, is the march of last week
    evs = events("La semaine dernière, des centaines de manifestants ont défilé à Lyon pour réclamer "
                 "la paix. La police a dispersé le cortège à coups de gaz lacrymogène.", "fr", gazetteer)
    assert where(evs, "protest") == ["Lyon"]


@pytest.mark.parametrize("lang,text", [
    ("it", "Proteste anche a Salonicco, davanti al consolato turco, e a Patrasso."),
    ("en", "Protests were also held in Marseille, outside the town hall, and in Lille."),
    ("fr", "Des manifestations ont aussi eu lieu à Marseille, devant la préfecture, et à Lille."),
])
def test_a_list_of_protest_cities_goes_on_past_an_aside(gazetteer, lang, text):
    assert len(where(events(text, lang, gazetteer), "protest")) == 2


@pytest.mark.parametrize("lang,text", [
    ("ru", "В МИДе в пятницу назвали поджог терактом."),
    ("de", "Der Bürgermeister sprach von einem gezielt geplanten, feigen Verbrechen."),
    ("en", "The minister said Washington would hold the militia accountable."),
])
def test_calling_it_a_crime_is_an_accusation(gazetteer, lang, text):
    assert "accusation_statement" in types(events(text, lang, gazetteer))


def test_being_held_accountable_in_an_appeal_is_no_accusation(gazetteer):
    evs = events("The United Nations called for those responsible to be held accountable.", "en", gazetteer)
    assert "accusation_statement" not in types(evs)


@pytest.mark.parametrize("lang,text,typ", [
    ("tr", "Bakanlık, savaş uçaklarının dün gece dağlık bölgede 14 hedefi imha ettiğini açıkladı.", "shelling_airstrike"),
    ("id", "Polisi telah mengamankan tiga orang terduga pelaku pembakaran di Sorong.", "capture_detention"),
    ("ru", "Следователи считают, что поджог спланирован спецслужбами другой страны.", "accusation_statement"),
    ("tr", "Vali, saldırının örgüt tarafından gerçekleştirildiğini söyledi.", "accusation_statement"),
])
def test_claims_strikes_and_arrests(gazetteer, lang, text, typ):
    assert typ in types(events(text, lang, gazetteer))


@pytest.mark.parametrize("lang,text,typ", [
    ("es", "El presidente ordenó reforzar la presencia del Ejército en Arauca.", "military_alert_deployment"),
    ("fr", "Le gouvernement a décidé de renforcer sa présence militaire à Gao.", "military_alert_deployment"),
    ("tr", "Binlerce öğrenci cumartesi günü Kadıköy'de toplandı.", "protest"),
])
def test_reinforcing_a_presence_and_crowds_gathering(gazetteer, lang, text, typ):
    assert typ in types(events(text, lang, gazetteer))


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le ministre a parlé d'un crime odieux."),
    ("en", "The president spoke of a heinous crime."),
    ("es", "El presidente habló de un crimen atroz."),
])
def test_speaking_of_a_crime_is_an_accusation(gazetteer, lang, text):
    assert "accusation_statement" in types(events(text, lang, gazetteer))


def test_jets_flying_over_in_support_of_troops_are_a_deployment(gazetteer):
    evs = events("Des avions de chasse ont survolé la zone de Ménaka en appui aux troupes maliennes.", "fr", gazetteer)
    assert where(evs, "military_alert_deployment") == ["Ménaka"]


@pytest.mark.parametrize("lang,text", [
    ("es", "\"Fue un atentado cobarde\", dijo el gobernador en Cali."),
    ("fr", "« C'est une attaque lâche », a déclaré le ministre."),
    ("en", "The mayor condemned what she said was a cowardly attack on civilians."),
    ("de", "Der Präsident sprach am Abend von einem feigen Terrorakt."),
    ("ru", "В правительстве расценили произошедшее как спланированный террористический акт."),
])
def test_judging_an_attack_cowardly_or_terrorist_is_an_accusation(gazetteer, lang, text):
    assert "accusation_statement" in types(events(text, lang, gazetteer))


def test_a_terrorist_act_told_as_news_stays_the_attack(gazetteer):
    # with no speaker's judgement, 'a terrorist act' is the attack itself
    evs = events("Un acte terroriste a frappé le marché de Gao mardi.", "fr", gazetteer)
    assert "accusation_statement" not in types(evs)
