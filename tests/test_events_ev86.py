"""Session-17 (ev86): phrasings of heldout41's events and counts, in the languages where they
exist. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events_locate import events  # noqa: E402


def show(evs):
    return [(e.type, e.trigger, e.killed, e.wounded, e.negated, e.location and e.location.name) for e in evs]


# A death named as the time of what follows, the victim's name right after it before the comma,
# in a language with no article ('Selepas kematian Ahmad Rizal, …'): told before, no new toll;
# the happening of the main clause is the news.
@pytest.mark.parametrize("lang,text,typ", [
    ("ms", "Selepas kematian Ahmad Rizal Hamdan, kawalan keselamatan di balai polis diperketatkan.",
     "military_alert_deployment"),
    ("id", "Pasca kematian Brigadir Budi Santoso, penjagaan di markas polisi diperketat.",
     "military_alert_deployment"),
])
def test_fronted_named_death_is_a_time(gazetteer, lang, text, typ):
    evs = [e for e in events(text, lang, gazetteer) if not e.negated]
    assert [e.type for e in evs] == [typ], show(evs)


@pytest.mark.parametrize("lang,text", [
    ("ms", "Selepas serangan itu, tiga orang maut di Kuantan."),
    ("id", "Setelah ledakan itu, tiga orang tewas di Makassar."),
])
def test_fronted_anchor_keeps_later_toll(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if not e.negated]
    assert any(e.type == "casualties" and e.killed == 3 for e in evs), show(evs)


# 'nyawa melayang' (lives lost) with its figure is a toll of the dead.
@pytest.mark.parametrize("lang,text,n", [
    ("ms", "Empat nyawa melayang dalam nahas itu di Kuantan.", 4),
    ("id", "Lima nyawa melayang dalam kecelakaan itu di Makassar.", 5),
])
def test_lives_lost_idiom_counts(gazetteer, lang, text, n):
    evs = [e for e in events(text, lang, gazetteer) if not e.negated]
    assert any(e.type == "casualties" and e.killed == n for e in evs), show(evs)


# A victim's name with its honorific titles opening the clause (five capitalised words) is one
# victim in a language whose verb has no number.
@pytest.mark.parametrize("lang,text", [
    ("ms", "Pada 3 Mac, Datuk Seri Ahmad Zaki Hassan ditembak mati di Kuantan."),
    ("ms", "Timbalan menteri itu, Tan Sri Mohd Noor Ismail, ditembak mati di Seremban."),
])
def test_titled_name_is_one_victim(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if not e.negated]
    assert any(e.killed == 1 for e in evs), show(evs)


# German verb-second order: the verb before its subject in 'nahm er sich … das Leben' is still a
# self-kill, a toll of one.
@pytest.mark.parametrize("text", [
    "Zwei Tage später nahm der Häftling sich in der Zelle das Leben.",
    "Im Frühjahr nimmt er sich im Gefängnis das Leben.",
])
def test_de_inverted_self_kill(gazetteer, text):
    evs = [e for e in events(text, "de", gazetteer) if not e.negated]
    assert any(e.type == "casualties" and e.killed == 1 for e in evs), show(evs)


# A plane seized ('took control of the Airbus') is a capture, no territory taken.
@pytest.mark.parametrize("lang,text", [
    ("fr", "Trois pirates de l'air ont pris le contrôle de l'Airbus à Nice."),
    ("en", "Three hijackers seized the Boeing at Karachi airport."),
    ("id", "Tiga pembajak mengambil alih pesawat itu di Medan."),
    ("tr", "Üç korsan İzmir'de yolcu uçağını ele geçirdi."),
])
def test_plane_seized_is_a_capture(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if not e.negated]
    assert any(e.type == "capture_detention" for e in evs), show(evs)
    assert not any(e.type == "territory_change" for e in evs), show(evs)


# A count word inside a part of the victims told before ('of the wounded') says whom the part is
# of; the count word outside it tells what befell them ('Two of the injured died'): dead, no
# wounded.
@pytest.mark.parametrize("lang,text,n", [
    ("en", "Two of the injured died in hospital in Leeds on Monday.", 2),
    ("fr", "Deux des blessés sont morts lundi à l'hôpital de Lyon.", 2),
    ("es", "Dos de los heridos murieron el lunes en el hospital de Cali.", 2),
])
def test_part_of_wounded_who_died(gazetteer, lang, text, n):
    evs = [e for e in events(text, lang, gazetteer) if not e.negated]
    assert any(e.killed == n and e.wounded is None for e in evs), show(evs)


# A name set off by commas with its age after it ('…, Mary Kerr, 47, died') is one apposition:
# the figure before it still reaches the count word.
def test_name_with_age_apposition(gazetteer):
    evs = [e for e in events("One of the wounded, Mary Kerr, 47, died in hospital in Leeds.", "en", gazetteer)
           if not e.negated]
    assert any(e.killed == 1 for e in evs), show(evs)


# 'shot' with people as its object is an attack (a count of people shot is no toll of the dead).
@pytest.mark.parametrize("text", [
    "Troops shot 14 unarmed demonstrators in Hama on Friday.",
    "Police shot several protesters outside the stadium in Lagos.",
])
def test_en_shot_people_is_a_clash(gazetteer, text):
    evs = [e for e in events(text, "en", gazetteer) if not e.negated]
    assert any(e.type == "armed_clash" and e.killed is None for e in evs), show(evs)


# Photographs of the dead carried at a march are a memorial of the dead told before: no toll.
@pytest.mark.parametrize("lang,text", [
    ("en", "Hundreds marched through Omagh carrying photographs of the dead."),
    ("fr", "Des centaines de personnes ont défilé à Nantes avec des photos des victimes."),
    ("es", "Cientos de personas marcharon en Cali con fotos de los muertos."),
])
def test_photographs_of_the_dead_are_no_toll(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if not e.negated]
    assert not any(e.type == "casualties" for e in evs), show(evs)


# Dismay, shock or emotion expressed at a happening, and condolences given in statements, are
# statements (accusation_statement, CAMEO 018-like), like 'said he was shocked'.
@pytest.mark.parametrize("lang,text", [
    ("en", "The Dutch government reacted with dismay on Tuesday."),
    ("de", "Die Landesregierung reagierte am Dienstag mit Entsetzen."),
    ("fr", "Les syndicats ont exprimé jeudi leur consternation."),
    ("es", "El gobierno regional expresó su consternación el martes."),
    ("it", "Il governo ha espresso sgomento per quanto accaduto."),
    ("tr", "Muhalefet partileri başsağlığı dileyen açıklamalar yayımladı."),
    ("id", "Para tokoh agama menyatakan keprihatinan atas kejadian itu."),
    ("ms", "Perdana Menteri melahirkan rasa terkejut atas kejadian itu."),
])
def test_dismay_is_a_statement(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if not e.negated]
    assert any(e.type == "accusation_statement" for e in evs), show(evs)


# A visit named as the setting of an appeal or statement told in its sentence ('called for …
# during a visit to X', 'hatte bei einem Besuch in X … gefordert') places it there and is no
# meeting of its own.
@pytest.mark.parametrize("lang,text,place", [
    ("en", "The minister called for tougher gun laws on Monday during a visit to Leeds.", "Leeds"),
    ("de", "Die Ministerin hatte am Montag bei einem Besuch in Dresden schärfere Gesetze gefordert.", "Dresden"),
])
def test_visit_frame_places_the_appeal(gazetteer, lang, text, place):
    evs = [e for e in events(text, lang, gazetteer) if not e.negated]
    assert [e.type for e in evs] == ["appeal_demand"], show(evs)
    assert evs[0].location is not None and evs[0].location.name == place, show(evs)


def test_de_participle_demand_keeps_toll(gazetteer):
    evs = [e for e in events("Der Anschlag in Halle hat am Montag zwölf Tote gefordert.", "de", gazetteer)
           if not e.negated]
    assert any(e.type == "casualties" and e.killed == 12 for e in evs), show(evs)
    assert not any(e.type == "appeal_demand" for e in evs), show(evs)


# Security forces surrounding a place deploy there (military_alert_deployment, as the golds'
# 'police surrounded the building'); a crowd or fighters surrounding it stays what it was.
@pytest.mark.parametrize("lang,text", [
    ("tr", "İhbar üzerine gelen jandarma ve askeri birlikler, Salı sabahı çiftliği kuşattı."),
    ("ms", "Sejak awal pagi, anggota polis dan tentera mengepung sebuah rumah di Kuantan."),
    ("id", "Sejak pagi, aparat keamanan mengepung sebuah rumah di Makassar."),
    ("it", "All'alba i carabinieri hanno circondato il casolare vicino a Caserta."),
    ("ru", "Утром полицейские окружили дом в Хасавюрте."),
    ("fr", "À l'aube, les policiers ont encerclé la maison près de Lyon."),
    ("de", "Am Morgen umstellten Polizisten ein Haus in Köln."),
])
def test_forces_surrounding_deploy(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if not e.negated]
    assert [e.type for e in evs] == ["military_alert_deployment"], show(evs)


def test_tr_crowd_surrounding_is_no_deployment(gazetteer):
    evs = [e for e in events("Yüzlerce kişi öğleden sonra oteli kuşattı.", "tr", gazetteer) if not e.negated]
    assert not any(e.type == "military_alert_deployment" for e in evs), show(evs)
