"""Session-11 event recall (heldout26 round): a story told in the narrative present ('il ouvre le
feu', 'muore poco dopo', 'stirbt'), German compounds of a bomb attack ('Sprengstoffanschlag'), and
a building between a locative cue and its town ('dans un magasin de X', 'nella chiesa di X') that
sets the paragraph's scene. Sentences written for these tests, run through the real reader,
geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def placed(evs, typ):
    return {e.location.name for e in evs if e.type == typ and not e.negated and e.location is not None}


def types(evs):
    return {e.type for e in evs if not e.negated}


@pytest.mark.parametrize("lang,text,where", [
    ("fr", "Vers midi, à Toulouse, un homme armé ouvre le feu sur des passants devant la mairie.", "Toulouse"),
    ("it", "A Torino, verso mezzogiorno, un uomo armato apre il fuoco sui passanti.", "Turin"),
    ("es", "En Valencia, hacia el mediodía, un hombre armado abre fuego contra los transeúntes.", "Valencia"),
    ("de", "In Kassel eröffnet ein Bewaffneter am Mittag das Feuer auf Passanten.", "Kassel"),
    ("en", "In Leeds, a gunman opens fire on shoppers outside the town hall.", "Leeds"),
    ("tr", "Konya'da öğle saatlerinde silahlı bir kişi belediye binası önünde ateş açıyor.", "Konya"),
])
def test_present_tense_opening_fire(gazetteer, lang, text, where):
    assert where in placed(events(text, lang, gazetteer), "armed_clash")


@pytest.mark.parametrize("lang,text,where", [
    ("fr", "À Lyon, un gardien touché à la tête meurt peu après.", "Lyon"),
    ("it", "A Torino un passante muore poco dopo in ospedale.", "Turin"),
    ("es", "En Valencia un transeúnte muere poco después.", "Valencia"),
    ("de", "In Kassel stirbt ein Passant kurz darauf an seinen Verletzungen.", "Kassel"),
    ("en", "In Leeds, a shopper dies of his wounds an hour later.", "Leeds"),
    ("ru", "В Казани вскоре умирает один из прохожих.", "Kazan"),
    ("tr", "Konya'da bir kişi kısa süre sonra hayatını kaybediyor.", "Konya"),
])
def test_present_tense_dying(gazetteer, lang, text, where):
    assert where in placed(events(text, lang, gazetteer), "casualties")


def test_fire_dying_down_is_no_death(gazetteer):
    assert "casualties" not in types(events("In Leeds, the wind dies down in the evening.", "en", gazetteer))


def test_german_compound_bomb_attack(gazetteer):
    assert "Kassel" in placed(events("Ein Sprengstoffanschlag in Kassel hat am Sonntag ein Wohnhaus beschädigt.", "de",
                                     gazetteer), "shelling_airstrike")


@pytest.mark.parametrize("lang,text,where", [
    ("fr", "Vers midi, l'homme entre dans un magasin de Trèbes. Il abat le caissier.", "Trèbes"),
    ("fr", "Vers midi, l'homme fait irruption dans l'église de Trèbes. Il abat le sacristain.", "Trèbes"),
])
def test_building_of_a_town_sets_the_scene(gazetteer, lang, text, where):
    assert where in placed(events(text, lang, gazetteer), "casualties")
