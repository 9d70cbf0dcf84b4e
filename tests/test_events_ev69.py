"""Session-15 (ev69): placed recall of statements. A statement whose speakers were meeting
somewhere, told before its verb in a clause of its own, was made at that meeting's place
('The ministers, meeting in Brighton, condemned …'). Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events_locate import events  # noqa: E402


def where(evs, typ):
    return [e.location.name if e.location else None for e in evs if e.type == typ and not e.negated]


@pytest.mark.parametrize("lang,text,town", [
    ("en", "The ministers, meeting in Brighton on Monday, condemned the bombing.", "Brighton"),
    ("ru", "Лидеры, собравшиеся на саммит в Сочи, осудили теракт.", "Sochi"),
    ("fr", "Les ministres, réunis en sommet à Lille, ont condamné l'attentat.", "Lille"),
    ("de", "Die Minister, die sich zu einem Gipfel in Dresden trafen, verurteilten den Anschlag.", "Dresden"),
    ("es", "Los ministros, reunidos en una cumbre en Sevilla, condenaron el atentado.", "Sevilla"),
    ("it", "I ministri, riuniti in un vertice a Genova, hanno condannato l'attentato.", "Genoa"),
    ("id", "Para menteri, yang menggelar pertemuan di Bandung, mengecam serangan itu.", "Bandung"),
    ("ms", "Para menteri, yang mengadakan mesyuarat di Ipoh, mengecam serangan itu.", "Ipoh"),
    ("tr", "Bakanlar, İzmir'deki zirvenin ardından yaptıkları açıklamada saldırıyı kınadı.", "İzmir"),
])
def test_statement_made_at_the_meeting_of_its_speakers(gazetteer, lang, text, town):
    evs = events(text, lang, gazetteer)
    got = where(evs, "accusation_statement")
    assert got and all(g is not None for g in got), [(e.type, e.location and e.location.name) for e in evs]
    assert any(town in g or g in town for g in got), got


def test_a_country_at_the_meeting_is_no_venue(gazetteer):
    evs = events("The ministers, meeting in France on Monday, condemned the bombing.", "en", gazetteer)
    assert where(evs, "accusation_statement") == [None]


@pytest.mark.parametrize("lang,text,town", [
    ("fr", "Le ministre a dénoncé depuis Bruxelles un crime odieux.", "Brussels"),
    ("de", "Der Präsident verurteilte die Tat aus Paris.", "Paris"),
    ("de", "Der Präsident verurteilte aus Paris die Tat.", "Paris"),
    ("en", "The president condemned from Paris the attack on the school.", "Paris"),
    ("es", "El presidente condenó desde Madrid el atentado.", "Madrid"),
    ("id", "Presiden mengecam dari Jakarta serangan itu.", "Jakarta"),
    ("ms", "Perdana Menteri mengecam dari Kuala Lumpur serangan itu.", "Kuala Lumpur"),
    ("ru", "Президент осудил из Москвы теракт.", "Moscow"),
])
def test_a_capital_after_the_statement_and_its_from_word_is_its_venue(gazetteer, lang, text, town):
    evs = events(text, lang, gazetteer)
    assert town in where(evs, "accusation_statement"), [(e.type, e.location and e.location.name) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("it", "Teheran, accusata da Washington di fornire armi ai ribelli, respinge ogni responsabilità."),
    ("en", "Kyiv demanded from Moscow the return of the prisoners."),
])
def test_a_capital_after_an_agent_or_an_appeal_is_no_venue(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert all(e.location is None for e in evs if e.type in ("accusation_statement", "appeal_demand")), \
        [(e.type, e.location and e.location.name) for e in evs]


LEAD = {"en": "A bomb killed three people in Leeds on Monday.\n\n",
        "ms": "Sebuah bom menewaskan tiga orang di Melaka.\n\n",
        "id": "Sebuah bom menewaskan tiga orang di Medan.\n\n",
        "fr": "Une bombe a tué trois personnes à Lyon.\n\n",
        "de": "Eine Bombe tötete drei Menschen in Leipzig.\n\n",
        "es": "Una bomba mató a tres personas en Sevilla.\n\n",
        "it": "Una bomba ha ucciso tre persone a Torino.\n\n",
        "ru": "Взрыв убил трех человек в Самаре.\n\n",
        "tr": "Van'da bir bomba üç kişiyi öldürdü.\n\n"}


@pytest.mark.parametrize("lang,text,town", [
    ("en", "The party leader condemned the attack. He met reporters in Manchester on Tuesday evening.", "Manchester"),
    ("ms", "Parti itu mengecam serangan tersebut. Pemimpinnya bertemu wartawan di Ipoh malam tadi.", "Ipoh"),
    ("id", "Partai itu mengecam serangan tersebut. Ketuanya bertemu wartawan di Bandung tadi malam.", "Bandung"),
    ("fr", "Le parti a condamné l'attentat. Son chef a rencontré les journalistes à Lille mardi soir.", "Lille"),
    ("de", "Die Partei verurteilte den Anschlag. Ihr Vorsitzender traf Journalisten in Dresden am Abend.", "Dresden"),
    ("es", "El partido condenó el atentado. Su líder se reunió con periodistas en Granada el martes.", "Granada"),
    ("it", "Il partito ha condannato l'attentato. Il segretario ha incontrato i giornalisti a Genova in serata.", "Genoa"),
    ("ru", "Партия осудила теракт. Её лидер встретился с журналистами в Казани вечером.", "Kazan"),
    ("tr", "Parti saldırıyı kınadı. Genel başkan akşam İzmir'de gazetecilerle görüştü.", "İzmir"),
])
def test_the_press_met_in_the_next_sentence_is_the_statements_venue_and_no_talks(gazetteer, lang, text, town):
    evs = events(LEAD[lang] + text, lang, gazetteer)
    got = [g for g in where(evs, "accusation_statement") if g]
    assert any(town in g or g in town for g in got), [(e.type, e.location and e.location.name) for e in evs]
    assert not where(evs, "talks_meeting"), [(e.type, e.location and e.location.name) for e in evs]


@pytest.mark.parametrize("lang,text,town", [
    ("ms", 'Persatuan itu menggesa kerajaan menamakan sebatang jalan sempena nama mangsa. "Generasi muda perlu tahu," kata jurucakap persatuan itu di Ipoh.', "Ipoh"),
    ("id", 'Keluarga korban menuntut pemerintah mengusut tuntas kasus itu. "Kami ingin keadilan," kata juru bicara keluarga di Bandung.', "Bandung"),
])
def test_a_quote_said_in_a_town_in_the_next_sentence_places_the_appeal(gazetteer, lang, text, town):
    evs = events(LEAD[lang] + text, lang, gazetteer)
    assert town in where(evs, "appeal_demand"), [(e.type, e.location and e.location.name) for e in evs]


def test_a_place_after_another_verb_of_saying_is_its_content_no_venue(gazetteer):
    evs = events(LEAD["en"] + "The group claimed the attack. The government has not confirmed that Bradford was hit.",
                 "en", gazetteer)
    assert "Bradford" not in where(evs, "accusation_statement")
