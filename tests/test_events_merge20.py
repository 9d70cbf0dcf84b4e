"""Session-7 round (ev20): happenings a trigger finds that a sentence-level or merge rule used to
drop or swallow. 'In both cities' is one event per city named before; 'in the same area' is the
place of the happening before; reflexive 'si sono fermati' (= stopped) is no detention nor a tally
since a month; a claimed attack naming a place of its own stays a happening; 'meanwhile' / 'at the
same time' opens another happening. Sentences written for these tests, run through the real
reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events, kinds


@pytest.mark.parametrize("lang,text", [
    ("ru", "В Дербенте боевики напали на церковь. Почти одновременно в Махачкале был обстрелян пост полиции.\n\n"
           "В обоих городах завязалась перестрелка."),
    ("en", "Gunmen attacked a church in Derbent. Almost at once a police post in Makhachkala came under fire.\n\n"
           "In both cities a gunfight broke out."),
])
def test_both_cities(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    places = kinds(evs, "armed_clash")
    assert any(p and "Derbent" in p for p in places)
    assert any(p and "Makhachkala" in p for p in places)


def test_same_area(gazetteer):
    from geomap import events as E
    from geomap.events_lex import lexicon, tokenize
    for lang, s in [("en", "a bomb exploded in the same area"), ("es", "explotó en la misma zona"),
                    ("it", "un ordigno è esploso nella stessa zona"), ("ru", "в том же районе произошел взрыв"),
                    ("tr", "aynı bölgede yaşanan çatışmada"), ("id", "ledakan terjadi di lokasi yang sama")]:
        assert lexicon(lang).same_place.find(tokenize(s, 0, len(s))), lang
    evs = events("Gunmen killed two soldiers in Tame on Monday. Hours later, a bomb exploded in the same area.",
                 "en", gazetteer)
    assert all(e.location is not None for e in evs if not e.negated)


@pytest.mark.parametrize("lang,text", [
    ("it", "Lungo il confine tra Libano e Israele gli scambi di colpi non si sono mai fermati dall'ottobre scorso."),
    ("fr", "À la frontière entre le Liban et Israël, les échanges de tirs ne se sont jamais arrêtés depuis octobre."),
])
def test_never_stopped_since_a_month(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert kinds(evs, "armed_clash")
    assert kinds(evs, "capture_detention") == []


def test_claimed_attack_with_a_place_of_its_own(gazetteer):
    evs = events("L'aviazione israeliana ha bombardato i villaggi di Kfar Kila e Aita al-Shaab, nel sud del Libano, "
                 "mentre Hezbollah ha rivendicato il lancio di razzi contro postazioni militari in Galilea.",
                 "it", gazetteer)
    assert "Galilee" in kinds(evs, "shelling_airstrike")


def test_meanwhile_is_another_happening(gazetteer):
    evs = events("Ieri carri armati israeliani hanno aperto il fuoco contro postazioni in Libano. Nelle stesse ore, "
                 "soldati israeliani hanno sparato contro la postazione UNP 1-31, vicino a Labbouneh.",
                 "it", gazetteer)
    assert any(p and "Labbouneh" in p for p in kinds(evs, "armed_clash"))
