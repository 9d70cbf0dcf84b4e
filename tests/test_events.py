"""Event extraction and event geocoding on whole articles: the real reader, the real geoparser,
the real gazetteer. Fixture articles (tests/fixtures/events/) were written for these tests."""
from __future__ import annotations

import datetime as dt
import json
import math
from collections import Counter
from pathlib import Path

import pytest

from geomap.document import BODY, CAPTION, DATELINE, TITLE, Document, Mention, Segment
from geomap.events import extract_events, format_events_rows
from geomap.places import find_places
from geomap.read import read_article

FIX = Path(__file__).resolve().parent / "fixtures" / "events"
SEED = Path("/work/shared/seed")
SCHEMA_KEYS = {"type", "cameo", "acled", "sentence", "start", "end", "trigger", "date", "date_precision",
               "actors", "killed", "wounded", "captured", "missing", "approximate", "negated", "location",
               "confidence"}
BORDER_AM_AZ = "geomap:border-am-az"


def full(path_or_text, gazetteer, **kw) -> Document:
    doc = read_article(path_or_text, **kw)
    find_places(doc, gazetteer=gazetteer)
    return extract_events(doc, gazetteer=gazetteer)


def place_id(e):
    return e.location.place_id if e.location else None


# Reference points of the fixture towns (GeoNames); a location matches the nearest within 60 km,
# so that gazetteer spellings ('Tavuš', 'Qiryat Shmona') do not matter.
REF = {"Sotk": (40.20, 45.94), "Gyumri": (40.79, 43.85), "Syunik": (39.30, 46.00), "Tovuz": (40.99, 45.63),
       "Kapan": (39.21, 46.41), "Ijevan": (40.88, 45.15), "Tavush": (40.90, 45.30),
       "Kiryat Shmona": (33.21, 35.57), "Tyre": (33.27, 35.20)}


def where_of(e, names=REF):
    """A border's id, else the reference town (of ``names``) the location lies at (≤ 60 km)."""
    if e.location is None:
        return None
    if e.location.place_id.startswith("geomap:border-"):
        return e.location.place_id
    lat, lon = e.location.lat, e.location.lon
    best = min(names, key=lambda k: (REF[k][0] - lat) ** 2 + (REF[k][1] - lon) ** 2)
    km = 111 * math.hypot(REF[best][0] - lat, (REF[best][1] - lon) * math.cos(math.radians(lat)))
    return best if km <= 60 else e.location.name


def hand_doc(text: str, lang: str, mentions: list[tuple[str, str, str]], gazetteer, *,
             segments=None, published="2021-11-17", occurrence=None) -> Document:
    """A Document built by hand: mentions given as (surface, place id, role), resolved to real
    gazetteer places; each surface is found at its first (or n-th) occurrence in the text."""
    ms = []
    seen: Counter = Counter()
    for surface, pid, role in mentions:
        start = -1
        for _ in range(seen[surface] + 1):
            start = text.index(surface, start + 1)
        seen[surface] += 1
        place = gazetteer.get(pid)
        assert place is not None, pid
        seg = BODY
        for s in segments or []:
            if s.start <= start < s.end:
                seg = s.kind
        ms.append(Mention(surface, start, start + len(surface), role=role, confidence=0.9, place=place,
                          segment=seg))
    return Document(text=text, lang=lang, published=published,
                    segments=segments or [Segment(BODY, 0, len(text))], mentions=ms)


# --------------------------------------------------------------------------- the seed article

@pytest.fixture(scope="module")
def seed(gazetteer):
    txt = sorted(SEED.glob("*.txt")) if SEED.is_dir() else []
    if not txt:
        pytest.skip("seed article not present")
    gold = json.loads(txt[0].with_name(txt[0].name.replace(".txt", ".gold.json")).read_text())
    return full(txt[0], gazetteer), gold


def _where(e):
    if e.location is None:
        return None
    if e.location.place_id.startswith("geomap:border-"):
        a, b = e.location.place_id.split("-")[-2:]
        return f"{a.upper()}-{b.upper()} border"
    return e.location.name


def test_seed_gives_the_seven_events_of_its_gold_file(seed):
    doc, gold = seed
    got = sorted((e.type, e.cameo, _where(e)) for e in doc.events)
    want = sorted((g["type"], g["cameo"], g["where"]) for g in gold["events"])
    assert got == want
    assert all(e.date == "2021-11-16" and e.date_precision == 1 for e in doc.events)
    assert not any(e.negated for e in doc.events)


def test_seed_casualties_counts_and_actors(seed):
    doc, _ = seed
    cas = [e for e in doc.events if e.type == "casualties"]
    assert len(cas) == 1
    assert (cas[0].killed, cas[0].captured, cas[0].approximate) == (15, 12, True)
    clash = next(e for e in doc.events if e.type == "armed_clash")
    assert {"Armenia", "Azerbaijan"} <= set(clash.actors)      # from 'Yerevan dan Baku'
    assert clash.location.geometry["type"] in ("LineString", "MultiLineString")
    appeal = next(e for e in doc.events if e.cameo == "0256")
    assert {"Russia", "European Union"} <= set(appeal.actors)


def test_seed_nothing_from_caption_related_links_or_dateline(seed):
    doc, _ = seed
    allowed = [(s.start, s.end) for s in doc.segments if s.kind in (TITLE, BODY)]
    for e in doc.events:
        assert any(a <= e.start and e.end <= b for a, b in allowed), e.sentence
        assert "Baca Juga" not in e.sentence and "latihan militer bersama" not in e.sentence
        if e.location:
            assert e.location.name != "Jakarta"
    roles = {m.mention: m.role for m in doc.mentions if m.role == "event"}
    assert set(roles) == {"Armenia-Azerbaijan", "Gyumri"}
    for m in doc.mentions:
        if m.mention in ("Yerevan", "Baku", "Moskow", "Jakarta"):
            assert m.role != "event"


def test_seed_json_is_the_schema(seed):
    doc, _ = seed
    out = json.loads(json.dumps(doc.to_json()))
    assert len(out["events"]) == 7
    for ev in out["events"]:
        assert set(ev) == SCHEMA_KEYS
        assert doc.text[ev["start"]:ev["end"]] == ev["sentence"]
        assert ev["trigger"] in ev["sentence"]
        if ev["location"]:
            assert set(ev["location"]) == {"name", "place_id", "lat", "lon", "geometry", "precision", "mention"}
            assert ev["location"]["precision"] in (1, 2, 3)


# --------------------------------------------------------------------------- nine-language fixtures

# (type, where, negated) of every event — where: a border's place id, else the place's name —
# and the counts of the casualty events.
EXPECTED = {
    "id-border.txt": ("2021-11-19", [
        ("armed_clash", BORDER_AM_AZ, False), ("casualties", BORDER_AM_AZ, False),
        ("capture_detention", "Sotk", False), ("armed_clash", None, True),
        ("appeal_demand", None, False)],
        [{"killed": 12, "wounded": 7}], {"capture_detention": 8}),
    "ms-gyumri.txt": ("2021-11-19", [
        ("military_alert_deployment", "Gyumri", False), ("armed_clash", BORDER_AM_AZ, False),
        ("casualties", "Syunik", False), ("appeal_demand", None, False),
        ("casualties", "Gyumri", True)],
        [{"killed": 1}], {}),     # "puluhan lagi cedera": no figure
    "en-shelling.txt": ("2021-11-19", [
        ("casualties", "Sotk", False), ("accusation_statement", None, False),
        ("armed_clash", None, True), ("casualties", None, True),   # 'no civilians were hurt' (ev85)
        ("military_alert_deployment", "Gyumri", False)],
        [{"killed": 15, "wounded": 12}], {}),
    "ru-border.txt": ("2021-11-19", [
        ("armed_clash", BORDER_AM_AZ, False), ("casualties", BORDER_AM_AZ, False),
        ("appeal_demand", None, False), ("casualties", None, True),
        ("military_alert_deployment", "Gyumri", False)],
        [{"killed": 15, "captured": 12}], {}),
    "tr-clash.txt": ("2021-11-19", [
        ("casualties", BORDER_AM_AZ, False), ("armed_clash", "Tovuz", False),
        ("capture_detention", "Tovuz", False), ("appeal_demand", None, False)],
        [{"killed": 12}], {"capture_detention": 5}),
    "fr-kapan.txt": ("2021-11-19", [
        ("casualties", "Kapan", False), ("accusation_statement", None, False),
        ("armed_clash", None, True), ("appeal_demand", None, False)],
        [{"killed": 4, "wounded": 10}], {}),     # ('une dizaine de blessés': one round figure, a count)
    # 'Zwei weitere wurden verwundet' in a sentence of its own: a toll of its own (the guideline;
    # heldout3/heldout4 gold), not the dead's toll carried on
    "de-ijevan.txt": ("2021-11-19", [
        ("casualties", "Ijevan", False), ("casualties", "Ijevan", False), ("capture_detention", "Ijevan", False),
        ("appeal_demand", None, False), ("casualties", None, True)],
        [{"killed": 3}, {"wounded": 2}], {"capture_detention": 6}),
    "es-tavush.txt": ("2021-11-19", [
        ("casualties", "Tavush", False), ("capture_detention", "Tavush", False),
        ("appeal_demand", None, False), ("armed_clash", None, True)],
        [{"killed": 10}], {"capture_detention": 4}),
    "it-lebanon.txt": ("2024-03-05", [
        ("casualties", "Kiryat Shmona", False), ("casualties", "Tyre", False),
        ("appeal_demand", None, False)],
        [{"wounded": 6}, {"killed": 2}], {}),
}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_fixture_articles_in_nine_languages(name, gazetteer):
    date, events, cas_counts, captured = EXPECTED[name]
    doc = full(FIX / name, gazetteer, lang=name[:2], date=date)
    names = {w for _, w, _ in events if w in REF}
    got = [(e.type, where_of(e, names or REF), e.negated) for e in doc.events]
    assert Counter(got) == Counter(events), got
    cas = [e for e in doc.events if e.type == "casualties" and not e.negated]
    for e, want in zip(cas, cas_counts):
        have = {k: getattr(e, k) for k in ("killed", "wounded", "captured", "missing") if getattr(e, k)}
        assert have == want, (e.sentence, have)
    for typ, n in captured.items():
        assert [e.captured for e in doc.events if e.type == typ] == [n]
    # every event is dated, within the week before publication
    for e in doc.events:
        assert e.date is not None, e.sentence
        assert 0 <= (dt.date.fromisoformat(date) - dt.date.fromisoformat(e.date)).days <= 7, e.date
    # no event from a dateline, caption or related link
    for e in doc.events:
        seg = doc.segment_at(e.start)
        assert seg is not None and seg.kind in (TITLE, BODY)
        if e.location and doc.dateline is not None and doc.dateline.place is not None:
            assert e.location.mention != doc.dateline.mention


def test_fixture_dates_resolve_weekdays_against_the_publication_date(gazetteer):
    doc = full(FIX / "en-shelling.txt", gazetteer, lang="en", date="2021-11-19")
    by_type = {e.type: e for e in doc.events if not e.negated}
    assert by_type["casualties"].date == "2021-11-16"                 # 'on Tuesday'
    assert by_type["military_alert_deployment"].date == "2021-11-17"  # 'on Wednesday'
    doc = full(FIX / "id-border.txt", gazetteer, lang="id")           # no date: 'Rabu (17/11)'
    assert {e.date for e in doc.events} == {"2021-11-17"}


# --------------------------------------------------------------------------- geometry and roles

def test_border_of_any_two_neighbours_is_a_line(gazetteer):
    text = "Heavy fighting was reported along the border between Russia and Ukraine on Tuesday."
    doc = hand_doc(text, "en", [("Russia", "ne:RU", "context"), ("Ukraine", "ne:UA", "context")], gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    (e,) = doc.events
    assert e.type == "armed_clash" and e.location.place_id == "geomap:border-ru-ua"
    assert e.location.geometry["type"] in ("LineString", "MultiLineString")
    assert e.location.precision == 2
    assert e.date == "2021-11-16"


def test_border_named_by_one_country_takes_the_neighbour_of_the_story(gazetteer):
    text = ("Armenia melaporkan serangan baru. Pasukan Armenia diserang di perbatasan Azerbaijan "
            "pada Selasa.")
    doc = hand_doc(text, "id", [("Armenia", "ne:AM", "context"), ("Armenia", "ne:AM", "context"),
                                ("Azerbaijan", "ne:AZ", "context")], gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    placed = [e for e in doc.events if e.location]
    assert placed and all(e.location.place_id == BORDER_AM_AZ for e in placed)
    assert placed[0].location.mention == "perbatasan Azerbaijan"


def test_town_is_a_point_and_country_a_polygon(gazetteer):
    text = "Drones struck a depot in Kharkiv. Separately, protests took place in Georgia."
    doc = hand_doc(text, "en", [("Kharkiv", "geonames:706483", "context"), ("Georgia", "ne:GE", "context")],
                   gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    by_type = {e.type: e for e in doc.events}
    town = by_type["shelling_airstrike"].location
    assert town.geometry == {"type": "Point", "coordinates": [town.lon, town.lat]} and town.precision == 1
    assert by_type["shelling_airstrike"].cameo == "195"                  # a drone strike
    country = by_type["protest"].location
    assert country.place_id == "ne:GE" and country.precision == 3
    assert country.geometry["type"] in ("Polygon", "MultiPolygon")
    roles = {m.mention: m.role for m in doc.mentions}
    assert roles == {"Kharkiv": "event", "Georgia": "event"}


def test_capital_as_actor_is_never_the_place(gazetteer):
    text = "Baku said Armenian troops attacked its positions on Tuesday."
    doc = hand_doc(text, "en", [("Baku", "geonames:587084", "other")], gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    (e,) = doc.events
    assert e.type == "armed_clash" and e.location is None
    assert {"Azerbaijan", "Armenia"} <= set(e.actors)
    assert doc.mentions[0].role == "other"


def test_dateline_and_caption_never_carry_events(gazetteer):
    text = ("Clashes near the border\nGYUMRI, Armenia -\nSoldiers train near Gyumri during an exercise "
            "where two were wounded.\nOfficials reported calm in the region on Monday.")
    t_end = text.index("\n")
    d_s = t_end + 1
    d_e = text.index("\n", d_s)
    c_s = d_e + 1
    c_e = text.index("\n", c_s)
    segs = [Segment(TITLE, 0, t_end), Segment(DATELINE, d_s, d_e), Segment(CAPTION, c_s, c_e),
            Segment(BODY, c_e + 1, len(text))]
    doc = hand_doc(text, "en", [("GYUMRI", "geonames:616635", "dateline"),
                                ("Gyumri", "geonames:616635", "other")], gazetteer, segments=segs)
    doc.dateline = doc.mentions[0]
    extract_events(doc, gazetteer=gazetteer)
    assert [e.type for e in doc.events] == ["armed_clash"]            # the title only
    assert doc.events[0].location is None
    assert all(m.role != "event" for m in doc.mentions)


def test_two_happenings_in_one_sentence_are_two_events(gazetteer):
    text = "Fighting erupted near Sotk on Tuesday, and police arrested 40 men in Yerevan."
    doc = hand_doc(text, "en", [("Sotk", "geonames:616041", "context"),
                                ("Yerevan", "geonames:616052", "context")], gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    got = sorted((e.type, place_id(e), e.captured) for e in doc.events)
    assert got == [("armed_clash", "geonames:616041", None),
                   ("capture_detention", "geonames:616052", 40)]


def test_killed_and_captured_in_one_sentence_are_one_event(gazetteer):
    text = "At least 15 soldiers were killed and 12 captured in clashes near Sotk on Tuesday."
    doc = hand_doc(text, "en", [("Sotk", "geonames:616041", "context")], gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    (e,) = doc.events
    assert (e.type, e.killed, e.captured, e.approximate) == ("casualties", 15, 12, True)
    assert e.location.place_id == "geonames:616041" and e.location.precision == 2    # 'near'


def test_title_repeating_the_body_is_one_event(gazetteer):
    text = "Clashes on the Armenia-Azerbaijan border\nTroops clashed on the Armenia-Azerbaijan border on Tuesday."
    segs = [Segment(TITLE, 0, text.index("\n")), Segment(BODY, text.index("\n") + 1, len(text))]
    doc = hand_doc(text, "en", [("Armenia-Azerbaijan", BORDER_AM_AZ, "context"),
                                ("Armenia-Azerbaijan", BORDER_AM_AZ, "context")], gazetteer, segments=segs)
    extract_events(doc, gazetteer=gazetteer)
    (e,) = doc.events
    assert e.start > text.index("\n") and e.location.place_id == BORDER_AM_AZ
    assert doc.mentions[1].role == "event"


def test_appeal_is_placed_where_it_was_made_never_at_its_content(gazetteer):
    text = "In Gyumri, Russia's envoy urged Armenia and Azerbaijan to stop the fighting near Sotk."
    doc = hand_doc(text, "en", [("Gyumri", "geonames:616635", "context"), ("Russia", "ne:RU", "context"),
                                ("Armenia", "ne:AM", "context"), ("Azerbaijan", "ne:AZ", "context"),
                                ("Sotk", "geonames:616041", "context")], gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    (e,) = doc.events                     # 'the fighting' is the appeal's content, not a report
    assert (e.type, e.cameo, place_id(e)) == ("appeal_demand", "0256", "geonames:616635")
    assert e.actors[:3] == ["Russia", "Armenia", "Azerbaijan"]


def test_appeal_with_no_place_of_its_own_has_no_location(gazetteer):
    text = "Russia's envoy urged Armenia and Azerbaijan to stop the fighting near Sotk."
    doc = hand_doc(text, "en", [("Russia", "ne:RU", "context"), ("Armenia", "ne:AM", "context"),
                                ("Azerbaijan", "ne:AZ", "context"), ("Sotk", "geonames:616041", "context")],
                   gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    (e,) = doc.events
    assert (e.type, e.location) == ("appeal_demand", None)


def test_no_year_and_no_publication_date_infers_the_year_from_the_weekday(gazetteer):
    text = "Pasukan kedua negara saling serang pada Selasa (16/11)."
    doc = Document(text=text, lang="id", segments=[Segment(BODY, 0, len(text))])
    extract_events(doc, gazetteer=gazetteer)
    assert [(e.type, e.date, e.date_precision) for e in doc.events] == [("armed_clash", "2021-11-16", 1)]


def test_event_without_date_cue_takes_the_main_date(gazetteer):
    text = ("Armenia said on Tuesday that fighting broke out. Four soldiers were wounded.")
    doc = Document(text=text, lang="en", published="2021-11-19", segments=[Segment(BODY, 0, len(text))])
    extract_events(doc, gazetteer=gazetteer)
    assert [(e.type, e.date) for e in doc.events] == [("armed_clash", "2021-11-16"),
                                                      ("casualties", "2021-11-16")]
    assert doc.events[1].wounded == 4


def test_table_rows_for_the_cli(gazetteer):
    doc = full(FIX / "ru-border.txt", gazetteer, lang="ru", date="2021-11-19")
    rows = format_events_rows(doc)
    assert len(rows) == len(doc.events)
    cas = next(r for r in rows if r["type"] == "casualties" and not r["negated"])
    assert (cas["killed"], cas["captured"], cas["where"]) == ("≥15", "≥12", "Armenia–Azerbaijan border")
    assert next(r for r in rows if r["negated"])["negated"] == "yes"


def test_extract_command_prints_events(run):
    res = run("extract", FIX / "tr-clash.txt", "--lang", "tr", "--date", "2021-11-19", "--format", "json")
    assert res.code == 0, res
    out = res.json()
    types = sorted(e["type"] for e in out["events"])
    assert types == ["appeal_demand", "armed_clash", "capture_detention", "casualties"]
    border = next(e for e in out["events"] if e["type"] == "casualties")["location"]
    assert border["place_id"] == BORDER_AM_AZ and border["geometry"]["type"].endswith("LineString")


def test_a_list_of_places_gives_one_event_each(gazetteer):
    text = "Azerbaijani artillery shelled Kapan, Vardenis and the village of Sotk on Tuesday."
    doc = hand_doc(text, "en", [("Kapan", "geonames:174875", "context"),
                                ("Vardenis", "geonames:616108", "context"),
                                ("Sotk", "geonames:616041", "context")], gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    assert sorted(place_id(e) for e in doc.events) == ["geonames:174875", "geonames:616041",
                                                       "geonames:616108"]
    assert {e.type for e in doc.events} == {"shelling_airstrike"}
    assert {m.role for m in doc.mentions} == {"event"}


def test_a_running_total_is_not_a_happening(gazetteer):
    text = "Since the start of the war, more than 5,000 soldiers have been killed in Armenia."
    doc = hand_doc(text, "en", [("Armenia", "ne:AM", "context")], gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    assert doc.events == []


def test_capturing_a_town_is_a_change_of_territory(gazetteer):
    text = "Kumpulan pemberontak menawan bandar Kapan pada Isnin (15/11), manakala 30 askar ditahan."
    doc = hand_doc(text, "ms", [("Kapan", "geonames:174875", "context")], gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    got = sorted((e.type, place_id(e), e.captured) for e in doc.events)
    assert got == [("capture_detention", "geonames:174875", 30),
                   ("territory_change", "geonames:174875", None)]


def test_an_articles_ceasefire_is_one_event(gazetteer):
    text = ("A ceasefire between Armenia and Azerbaijan took effect in Nagorno-Karabakh on Tuesday. "
            "Under the ceasefire, both armies stay in their positions. The truce was brokered by Moscow.")
    doc = hand_doc(text, "en", [("Armenia", "ne:AM", "context"), ("Azerbaijan", "ne:AZ", "context"),
                                ("Nagorno-Karabakh", "geomap:nagorno-karabakh", "context"),
                                ("Moscow", "geonames:524901", "other")], gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    (e,) = doc.events
    assert (e.type, e.cameo, place_id(e)) == ("ceasefire_agreement", "0871", "geomap:nagorno-karabakh")


def test_arrests_beside_casualties_stay_a_detention(gazetteer):
    text = "In Gyumri several people were injured in the riots on Tuesday and police arrested 30 men."
    doc = hand_doc(text, "en", [("Gyumri", "geonames:616635", "context")], gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    got = sorted((e.type, place_id(e), e.captured) for e in doc.events)
    assert ("capture_detention", "geonames:616635", 30) in got
    assert any(t == "casualties" for t, _, _ in got)


@pytest.mark.parametrize("lang,text,want", [
    # a denied toll right after a happening: its count is 0 ('casualties' denies both)
    ("en", "Drones struck the city of Kharkiv overnight. No casualties were reported there.",
     [("shelling_airstrike", 0, 0)]),
    ("ru", "Сотни протестующих ворвались в здание парламента в Ереване. "
           "Сообщений о погибших не поступало.", [("protest", 0, None)]),
    ("de", "In der Nacht wurden Drohnen auf Charkiw abgefeuert; dort gab es keine Verletzten.",
     [("shelling_airstrike", None, 0)]),
    # a denial of one group's toll is not a toll of 0
    ("en", "Drones struck the city of Kharkiv overnight. No civilian casualties were reported.",
     [("shelling_airstrike", None, None)]),
    ("fr", "Des obus sont tombés sur Goris dans la nuit. Aucune victime civile n'a été signalée.",
     [("shelling_airstrike", None, None)]),
    # a denial placed elsewhere is not the happening's
    ("it", "L'esercito ha bombardato le posizioni ribelli vicino a Kawkareik. "
           "Nessun civile è rimasto ucciso a Myawaddy, secondo le autorità.",
     [("shelling_airstrike", None, None)]),
])
def test_a_denied_toll_gives_the_happening_before_it_a_count_of_zero(lang, text, want, gazetteer):
    doc = full("Report of the night\n\n" + text, gazetteer, lang=lang, date="2024-03-05", is_text=True)
    got = [(e.type, e.killed, e.wounded) for e in doc.events if not e.negated]
    assert got == want


def test_a_vague_toll_is_news_of_its_own_not_a_remention(gazetteer):
    text = ("Un attacco ha colpito Goma sabato, uccidendo cinque soldati. "
            "A novembre un assalto vicino a Sake aveva fatto decine di vittime.")
    doc = full("Il bollettino della notte\n\n" + text, gazetteer, lang="it", date="2024-03-05", is_text=True)
    got = [(e.type, e.killed, e.location.name if e.location else None) for e in doc.events]
    assert got[0][1] == 5 and len(got) == 2, got
    assert got[1][1] is None and got[1][2] == "Sake", got


@pytest.mark.parametrize("lang,text", [
    ("en", "Troops clashed with rebels in Rutshuru on Monday. Fourteen fighters were reported killed."),
    ("id", "Pasukan bentrok dengan pemberontak di Rutshuru pada Senin. Empat belas petempur dilaporkan tewas."),
    ("fr", "De violents combats ont opposé soldats et rebelles à Rutshuru lundi. Quatorze combattants ont été tués."),
])
def test_a_toll_in_the_sentence_after_a_clash_is_a_casualties_event_there(lang, text, gazetteer):
    """The gold guideline: counts go on the event whose sentence reports them, a toll told in a
    sentence of its own is a `casualties` event (the clash keeps no count); it takes the clash's
    place and day from its paragraph."""
    doc = full("Report of the day\n\n" + text, gazetteer, lang=lang, date="2024-03-06", is_text=True)
    got = [(e.type, e.killed, e.location.name if e.location else None, e.date) for e in doc.events]
    assert got == [("armed_clash", None, "Rutshuru", "2024-03-04"),
                   ("casualties", 14, "Rutshuru", "2024-03-04")], got


def test_tolls_of_other_places_and_days_stay_apart(gazetteer):
    text = ("Troops clashed with rebels in Rutshuru on Monday. Fourteen fighters were reported killed.\n\n"
            "On Tuesday, a car bomb in Bunia killed six people. Two more were reported killed in Beni "
            "on Wednesday.")
    doc = full("Report of the week\n\n" + text, gazetteer, lang="en", date="2024-03-07", is_text=True)
    tolls = [(e.killed, e.location.name if e.location else None, e.date)
             for e in doc.events if e.type == "casualties"]
    assert tolls == [(14, "Rutshuru", "2024-03-04"), (6, "Bunia", "2024-03-05"), (2, "Beni", "2024-03-06")]


@pytest.mark.parametrize("lang, text, places", [
    ("en", "Azerbaijani troops shelled Sotk and Jermuk on Tuesday.", {"Sotk", "Jermuk"}),
    ("id", "Pasukan Azerbaijan menembaki Sotk dan Jermuk pada Selasa.", {"Sotk", "Jermuk"}),
])
def test_a_headline_alone_keeps_each_of_its_happenings(gazetteer, lang, text, places):
    """A text that is only a headline has no body event to stand for: its two shelled towns
    are two events (a headline's event is dropped only for a body event of its kind)."""
    doc = full(text, gazetteer, lang=lang)
    assert {e.location.mention for e in doc.events if e.location} >= places
