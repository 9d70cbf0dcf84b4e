"""Session-17 (ev83): placed events folded away on the held-out sets — totals of one scene, and
security forces' fire after a toll that named no attack. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events_locate import events  # noqa: E402


def show(evs):
    return [(e.type, e.trigger, e.killed, e.wounded, e.negated, e.location and e.location.name) for e in evs]


# A total ('Insgesamt', 'In all', 'toplam', 'Всего', 'Au total') with no place of its own sentence,
# after happenings all told at one scene, is the toll of that scene.
@pytest.mark.parametrize("lang,text,place", [
    ("de", "Am Montagabend stach ein Mann in einer Bäckerei in Göttingen auf Kunden ein. Zwei Frauen "
           "starben noch am Tatort. Insgesamt wurden fünf Menschen verletzt.", "Göttingen"),
    ("en", "A man opened fire in a supermarket in Leeds on Monday evening. Two women died at the scene. "
           "In all, five people were wounded.", "Leeds"),
    ("tr", "Pazartesi akşamı Konya'da bir markette silahlı saldırı düzenlendi. İki kadın olay yerinde "
           "öldü. Saldırıda toplam beş kişi yaralandı.", "Konya"),
    ("ru", "В понедельник вечером в магазине в Калуге мужчина открыл стрельбу. Две женщины погибли на "
           "месте. Всего пострадали пять человек.", "Kaluga"),
    ("fr", "Lundi soir, un homme a ouvert le feu dans un supermarché de Nantes. Deux femmes sont mortes "
           "sur place. Au total, cinq personnes ont été blessées.", "Nantes"),
])
def test_total_of_one_scene_takes_that_scene(gazetteer, lang, text, place):
    evs = events(text, lang, gazetteer)
    five = [e for e in evs if e.type == "casualties" and e.wounded == 5 and not e.negated]
    assert five and all(e.location and e.location.name == place for e in five), show(evs)


# A total over several scenes far apart, or over a span of days, stays unplaced.
@pytest.mark.parametrize("lang,text", [
    ("en", "A bomb exploded at a market in Leeds on Monday. Hours later a second bomb went off at a "
           "station in Bristol. In all, nine people were killed."),
    ("fr", "Lundi, des émeutiers ont incendié une mairie à Nantes. Mardi, des voitures ont brûlé à Lyon. "
           "Au total, trois personnes sont mortes depuis lundi."),
])
def test_total_across_scenes_stays_unplaced(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    tot = [e for e in evs if e.type == "casualties" and e.killed in (9, 3) and not e.negated]
    assert tot and all(e.location is None for e in tot), show(evs)


# Security forces' fire told in a sentence of its own after a toll that named no attack is a
# happening of its own, not the toll told again.
@pytest.mark.parametrize("lang,text", [
    ("en", "Two people died outside the town hall of Leeds on Monday. Armed police then opened fire on "
           "the man."),
    ("de", "Vor dem Rathaus in Göttingen starben am Montag zwei Menschen. Scharfschützen der Polizei "
           "eröffneten daraufhin das Feuer auf den Mann."),
    ("it", "Lunedì davanti al municipio di Bergamo sono morte due persone. Poco dopo lo hanno fermato i "
           "carabinieri a colpi di pistola."),
    ("id", "Dua orang tewas di depan balai kota Bogor pada Senin. Petugas kemudian melepaskan tembakan "
           "ke arah pelaku."),
])
def test_forces_fire_after_a_toll_is_its_own_event(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    fire = [e for e in evs if e.type in ("armed_clash", "shelling_airstrike") and not e.negated]
    cas = [e for e in evs if e.type == "casualties" and not e.negated]
    assert fire and cas, show(evs)


# The attack told again by name after a toll ('The attack happened at 10 a.m.', a statement on
# it) stays that toll's happening: no event of its own.
@pytest.mark.parametrize("lang,text", [
    ("en", "Two people died outside the town hall of Leeds on Monday. The attack happened shortly after "
           "ten in the morning."),
    ("en", "Two people died outside the town hall of Leeds on Monday. Police said the attack had been "
           "planned for weeks."),
])
def test_attack_told_again_after_toll_is_no_new_event(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    fire = [e for e in evs if e.type in ("armed_clash", "shelling_airstrike") and not e.negated]
    assert not fire, show(evs)


# Wounded told by a count word of their own sentence, with no figure, after an attack that told
# no toll, are that attack's toll: a casualties event of its own at its scene.
@pytest.mark.parametrize("lang,text,place", [
    ("en", "A man tried to set off a bomb inside a church in Medan on Sunday. The priest was slightly "
           "wounded in the arm.", "Medan"),
    ("id", "Seorang pria mencoba meledakkan bom di sebuah gereja di Medan pada Minggu. Pastor itu terluka "
           "ringan di lengan.", "Medan"),
    ("fr", "Dimanche, un homme a fait exploser une bombe dans une église de Rennes. Le prêtre a été "
           "légèrement blessé au bras.", "Rennes"),
])
def test_wounded_after_an_attack_is_its_toll(gazetteer, lang, text, place):
    evs = events(text, lang, gazetteer)
    cas = [e for e in evs if e.type == "casualties" and not e.negated]
    att = [e for e in evs if e.type in ("armed_clash", "shelling_airstrike") and not e.negated]
    assert att and cas and all(e.location and e.location.name == place for e in cas), show(evs)


# The wounded told again where they were taken is no toll of its own.
@pytest.mark.parametrize("lang,text", [
    ("en", "A man tried to set off a bomb inside a church in Medan on Sunday. The wounded were taken to "
           "hospital."),
])
def test_wounded_taken_away_stays_folded(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert not [e for e in evs if e.type == "casualties" and not e.negated], show(evs)


# The attacker turning the weapon on himself, told in a sentence of its own after the toll, is
# his own death: a toll of one of its own (`self_kill`).
@pytest.mark.parametrize("lang,text", [
    ("de", "Am Montag tötete ein Mann in Ulm drei Menschen. Anschließend richtete der Täter die Waffe gegen "
           "sich selbst."),
    ("it", "Lunedì un uomo ha ucciso tre persone a Bergamo. Poi ha rivolto l'arma contro se stesso."),
    ("es", "El lunes un hombre mató a tres personas en Sevilla. Después volvió el arma contra sí mismo."),
    ("tr", "Pazartesi bir adam Konya'da üç kişiyi öldürdü. Ardından silahını kendine çevirdi."),
    ("ru", "В понедельник мужчина убил трёх человек в Калуге. Затем он направил оружие на себя."),
])
def test_weapon_turned_on_himself_is_his_own_death(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    cas = sorted(e.killed for e in evs if e.type == "casualties" and not e.negated)
    assert cas == [1, 3], show(evs)


# A fire told with the blast that caused it ('After the explosion …') is at the blast's scene;
# a fire named with no cause stays unplaced (and so no event).
@pytest.mark.parametrize("lang,text,place", [
    ("ru", "В понедельник у рынка в Калуге взорвалась бомба, погибли три человека. После взрыва загорелись "
           "киоски.", "Kaluga"),
    ("en", "On Monday a bomb exploded outside a market in Leeds, killing three people. After the explosion "
           "several stalls caught fire.", "Leeds"),
    ("de", "Am Montag explodierte vor einem Markt in Ulm eine Bombe, drei Menschen starben. Nach der "
           "Explosion gerieten mehrere Stände in Brand.", "Ulm"),
])
def test_fire_after_the_blast_is_at_its_scene(gazetteer, lang, text, place):
    evs = events(text, lang, gazetteer)
    other = [e for e in evs if e.type == "other" and not e.negated]
    assert other and all(e.location and e.location.name == place for e in other), show(evs)


def test_fire_with_no_cause_stays_unplaced(gazetteer):
    evs = events("On Monday a bomb exploded outside a market in Leeds, killing three people. A warehouse "
                 "caught fire.", "en", gazetteer)
    assert not [e for e in evs if e.type == "other"], show(evs)
