"""Session-13 round 3 (ev60): a sentence that only places the happening told before it ('The
attack took place in X', 'Peristiwa itu berlaku di X', 'Der Anschlag ereignete sich in X') gives
its place to the unplaced happenings of the story told around it. Sentences written for these
tests, run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Masked men shot dead three farmers on Tuesday night.\n\n"
           "The killing took place in Kidal, police said.", "Kidal"),
    ("ms", "Sekumpulan lelaki bersenjata menembak mati tiga petani pada malam Selasa.\n\n"
           "Peristiwa itu berlaku di Kuantan, kata polis.", "Kuantan"),
    ("id", "Sekelompok pria bersenjata menembak mati tiga petani pada Selasa malam.\n\n"
           "Peristiwa itu terjadi di Kabupaten Poso, kata polisi.", "Poso"),
    ("de", "Maskierte Männer erschossen am Dienstagabend drei Bauern.\n\n"
           "Die Tat ereignete sich in Gao, teilte die Polizei mit.", "Gao"),
    ("es", "Hombres armados mataron a tres campesinos el martes por la noche.\n\n"
           "El crimen ocurrió en Tumaco, informó la policía.", "Tumaco"),
])
def test_told_place_places_the_happening_before(gazetteer, lang, text, place):
    evs = [e for e in events("Regional news of the week\n\n" + text, lang, gazetteer) if e.type in ("casualties", "armed_clash")]
    assert evs, lang
    assert all(e.location is not None and place in e.location.name for e in evs), (lang, evs)


def test_told_place_carries_to_the_happenings_told_after(gazetteer):
    text = ("Regional news of the week\n\nSoldiers surrounded the hamlet at dawn.\n\n"
            "The massacre took place in Kidal, witnesses say.\n\n"
            "The men were led out in small groups and shot dead.")
    evs = [e for e in events(text, "en", gazetteer) if e.type == "casualties"]
    assert evs and all(e.location is not None and "Kidal" in e.location.name for e in evs)


def test_told_place_stops_at_a_happening_placed_before(gazetteer):
    text = ("Regional news of the week\n\nGunmen killed two soldiers in Gao on Monday.\n\n"
            "The attack took place in Kidal on Tuesday, police said.")
    evs = [e for e in events(text, "en", gazetteer) if e.type == "casualties"]
    assert any(e.location is not None and "Gao" in e.location.name for e in evs)


def test_told_place_words_in_every_language():
    from geomap.events_lex import lexicon, tokenize
    for lang, s in [("en", "the attack took place in"), ("fr", "l'attaque a eu lieu à"),
                    ("de", "der Anschlag ereignete sich in"), ("es", "el ataque tuvo lugar en"),
                    ("it", "l'attentato è avvenuto a"), ("ru", "нападение произошло в"),
                    ("id", "peristiwa itu terjadi di"), ("ms", "peristiwa itu berlaku di")]:
        assert lexicon(lang).took_place.find(tokenize(s, 0, len(s))), lang


@pytest.mark.parametrize("lang,text,place", [
    ("en", "Speaking outside the White House after a meeting of his security team, the president "
           "condemned the bombing as cowardly.", "White House"),
    ("en", "Speaking in Lyon on Monday, the minister condemned the bombing as cowardly.", "Lyon"),
])
def test_statement_venue_after_speaking_outside(gazetteer, lang, text, place):
    evs = [e for e in events("Regional news of the week\n\n" + text, lang, gazetteer)
           if e.type == "accusation_statement"]
    assert evs and any(e.location is not None and place in e.location.name for e in evs), evs


def test_speaking_at_words_in_every_language():
    from geomap.events_lex import lexicon, tokenize
    for lang, s in [("en", "speaking outside"), ("fr", "s'exprimant devant"), ("de", "sprach vor"),
                    ("es", "hablando frente a"), ("it", "parlando davanti"), ("ru", "выступая у"),
                    ("id", "berbicara di luar"), ("ms", "bercakap di luar")]:
        assert lexicon(lang).venue_from.find(tokenize(s, 0, len(s))), lang


@pytest.mark.parametrize("lang,text", [
    ("de", "Am Bahnhof von Gao tötet sich der Angreifer kurz darauf selbst."),
    ("de", "In Gao wird ein Wachmann von den Angreifern erschossen."),
    ("fr", "À Gao, un gardien meurt sous les balles des assaillants."),
    ("it", "A Gao un guardiano viene ucciso dagli assalitori."),
    ("es", "En Gao, un guardia muere por los disparos de los asaltantes."),
])
def test_historic_present_single_death_counts_one(gazetteer, lang, text):
    evs = [e for e in events("Regional news of the week\n\n" + text, lang, gazetteer) if e.type == "casualties"]
    assert evs and any(e.killed == 1 for e in evs), (lang, evs)


@pytest.mark.parametrize("lang,text", [
    ("es", "Un camión cargado con unos doscientos kilos de explosivos estalló anoche frente al cuartel de Cúcuta."),
    ("en", "A truck loaded with explosives blew up outside the police station in Quetta."),
])
def test_vehicle_loaded_with_explosives_is_a_bombing(gazetteer, lang, text):
    evs = events("Regional news of the week\n\n" + text, lang, gazetteer)
    assert any(e.type == "shelling_airstrike" for e in evs), (lang, evs)
