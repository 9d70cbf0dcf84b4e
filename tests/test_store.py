"""The event store (geomap/store.py) on real SQLite files, with Documents built by hand.

CLI tests that need the whole pipeline (read → places → events) are in test_store_cli.py.
"""
from __future__ import annotations

import hashlib
import json
import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from geomap.document import Document, Event, Location, Mention, Place
from geomap.errors import StoreError
from geomap.store import (APPLICATION_ID, SCHEMA_VERSION, EventFilter, Store)

ROOT = Path(__file__).resolve().parents[1]

# ---------------------------------------------------------------------------- hand-made documents
ARMENIA_POLY = {"type": "Polygon", "coordinates": [[[43.45, 41.29], [46.63, 41.29], [46.63, 38.84],
                                                    [43.45, 38.84], [43.45, 41.29]]]}
BORDER_LINE = {"type": "MultiLineString",
               "coordinates": [[[45.02, 41.29], [45.6, 40.9], [46.2, 40.1]],
                               [[46.2, 40.1], [46.5, 39.5], [46.6, 38.9]]]}

JERMUK = Place("geonames:174875", "Jermuk", "AM", "city", 39.8417, 45.6694, 4560, admin1="Vayots Dzor")
ARMENIA = Place("ne:AM", "Armenia", "AM", "country", 40.2, 44.9, 2963000, geometry=ARMENIA_POLY)
BORDER = Place("geomap:border-am-az", "Armenia–Azerbaijan border", None, "border", 39.9, 45.9,
               geometry=BORDER_LINE)
KYIV = Place("geonames:703448", "Kyiv", "UA", "city", 50.4547, 30.5238, 2797553, admin1="Kyiv City")
LVIV = Place("geonames:702550", "Lviv", "UA", "city", 49.8383, 24.0232, 717803)
SUVA = Place("geonames:2198148", "Suva", "FJ", "city", -18.1416, 178.4415, 77366)
RABI = Place("geonames:4032000", "Rabi Island", "FJ", "other", -16.45, -179.98)


def _loc(p: Place, mention: str, precision: int = 1) -> Location:
    geom = p.geometry or {"type": "Point", "coordinates": [p.lon, p.lat]}
    return Location(p.name, p.id, p.lat, p.lon, geom, precision, mention)


def _mention(text: str, surface: str, role: str, place: Place | None, conf=0.9) -> Mention:
    start = text.index(surface)
    return Mention(surface, start, start + len(surface), role, conf, place,
                   explain=[f"test: {surface}"])


def doc_jermuk(url="https://news.example/am/2022-09-13-jermuk") -> Document:
    text = ("Shelling hits Jermuk as border fighting flares\n\n"
            "Artillery fire struck the spa town of Jermuk overnight, and Armenia said 49 of its "
            "soldiers were killed along the Armenia–Azerbaijan border. A ceasefire was announced "
            "the next day.")
    d = Document(text=text, title="Shelling hits Jermuk as border fighting flares", lang="en",
                 published="2022-09-13", source="Example Wire", url=url)
    d.mentions = [_mention(text, "Jermuk", "event", JERMUK),
                  _mention(text, "Armenia said", "other", ARMENIA),
                  _mention(text, "Armenia–Azerbaijan border", "event", BORDER)]
    d.mentions[1].end = d.mentions[1].start + len("Armenia")
    d.mentions[1].mention = "Armenia"
    d.events = [
        Event("shelling_airstrike", "Artillery fire struck the spa town of Jermuk overnight", 47,
              100, "Artillery fire", cameo="194",
              acled={"event_type": "Explosions/Remote violence",
                     "sub_event_type": "Shelling/artillery/missile attack"},
              date="2022-09-13", date_precision=1, actors=["Azerbaijan"],
              location=_loc(JERMUK, "Jermuk"), confidence=0.8),
        Event("casualties", "Armenia said 49 of its soldiers were killed", 110, 170, "killed",
              cameo="190", date="2022-09-13", date_precision=1, actors=["Armenia", "Azerbaijan"],
              killed=49, location=_loc(BORDER, "Armenia–Azerbaijan border", 2), confidence=0.7),
        Event("ceasefire_agreement", "A ceasefire was announced the next day.", 200, 240,
              "ceasefire", cameo="0871", date="2022-09-14", date_precision=1, confidence=0.6),
    ]
    return d


def doc_border_id() -> Document:
    text = ("Bentrok di perbatasan Armenia-Azerbaijan\n\n"
            "Pasukan kedua negara saling tembak di perbatasan Armenia-Azerbaijan pada Selasa. "
            "Kementerian Pertahanan Armenia menyebut 15 tentara tewas dan 12 ditawan. Armenia "
            "meminta bantuan militer dari sekutunya.")
    d = Document(text=text, title="Bentrok di perbatasan Armenia-Azerbaijan", lang="id",
                 published="2021-11-16", source="Contoh Berita",
                 url="https://berita.example/2021/11/16/bentrok")
    d.mentions = [_mention(text, "perbatasan Armenia-Azerbaijan pada", "event", BORDER),
                  _mention(text, "Armenia meminta", "context", ARMENIA)]
    d.events = [
        Event("armed_clash", "Pasukan kedua negara saling tembak", 43, 120, "saling tembak",
              cameo="190", date="2021-11-16", date_precision=1, actors=["Armenia", "Azerbaijan"],
              killed=15, captured=12, location=_loc(BORDER, "perbatasan Armenia-Azerbaijan", 2),
              confidence=0.85),
        Event("appeal_demand", "Armenia meminta bantuan militer dari sekutunya.", 190, 240,
              "meminta bantuan", cameo="0232", date=None, date_precision=None, actors=["Armenia"],
              location=_loc(ARMENIA, "Armenia", 3), confidence=0.5),
    ]
    return d


def doc_kyiv() -> Document:
    text = ("Ракетный удар по Киеву\n\n"
            "Утром ракеты попали в центр Киева, погибли не менее 11 человек. Во Львове, по "
            "данным властей, боёв не было.")
    d = Document(text=text, title="Ракетный удар по Киеву", lang="ru", published="2022-10-10",
                 source="Пример", url=None)
    d.mentions = [_mention(text, "Киева", "event", KYIV), _mention(text, "Львове", "context", LVIV)]
    d.events = [
        Event("shelling_airstrike", "Утром ракеты попали в центр Киева", 24, 80, "ракеты попали",
              date="2022-10-10", date_precision=1, killed=11, approximate=True,
              location=_loc(KYIV, "Киева"), confidence=0.9),
        Event("armed_clash", "Во Львове боёв не было.", 82, 130, "боёв", negated=True,
              date="2022-10-10", date_precision=1, location=_loc(LVIV, "Львове"), confidence=0.4),
    ]
    return d


def doc_fiji() -> Document:
    text = ("Protests in Suva and on Rabi Island\n\nCrowds marched in Suva while residents of "
            "Rabi Island held a rally on 3 March 2023.")
    d = Document(text=text, title="Protests in Suva and on Rabi Island", lang="en",
                 published="2023-03-04", url="https://pacific.example/suva-rabi")
    d.mentions = [_mention(text, "Suva while", "event", SUVA),
                  _mention(text, "Rabi Island held", "event", RABI)]
    d.events = [
        Event("protest", "Crowds marched in Suva", 37, 60, "marched", date="2023-03-03",
              date_precision=1, location=_loc(SUVA, "Suva"), confidence=0.7),
        Event("protest", "residents of Rabi Island held a rally", 66, 110, "rally",
              date="2023-03-03", date_precision=1, location=_loc(RABI, "Rabi Island"),
              confidence=0.7),
    ]
    return d


def sample_docs() -> list[Document]:
    return [doc_jermuk(), doc_border_id(), doc_kyiv(), doc_fiji()]


def filled_store(path: Path) -> Store:
    store = Store.open(path)
    for d in sample_docs():
        assert store.add_document(d).status == "added"
    return store


def dump(path: Path) -> list[str]:
    con = sqlite3.connect(path)
    try:
        return list(con.iterdump())
    finally:
        con.close()


def file_digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


# ---------------------------------------------------------------------------- opening
def test_open_creates_a_wal_store_with_schema_version(tmp_path):
    path = tmp_path / "new.db"
    Store.open(path).close()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert con.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    assert con.execute("PRAGMA application_id").fetchone()[0] == APPLICATION_ID
    tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"articles", "places", "mentions", "events"} <= tables
    con.close()
    # reopening an up-to-date store is fine and changes nothing
    before = dump(path)
    Store.open(path).close()
    assert dump(path) == before


def test_foreign_keys_and_busy_timeout_are_on(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        assert store.con.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert store.con.execute("PRAGMA busy_timeout").fetchone()[0] >= 10_000


def test_empty_file_becomes_a_store(tmp_path):
    path = tmp_path / "empty.db"
    path.write_bytes(b"")
    with Store.open(path) as store:
        store.add_document(doc_kyiv())
        assert store.counts()["events"] == 2


def test_readonly_open_of_missing_store_creates_nothing(tmp_path):
    path = tmp_path / "missing.db"
    with pytest.raises(StoreError, match="no event store"):
        Store.open(path, readonly=True)
    assert not path.exists()


# ---------------------------------------------------------------------------- refusing bad stores
def test_corrupt_file_is_refused_and_untouched(tmp_path):
    path = tmp_path / "corrupt.db"
    path.write_bytes(os.urandom(8192))
    digest = file_digest(path)
    for kw in ({}, {"readonly": True}):
        with pytest.raises(StoreError) as exc:
            Store.open(path, **kw)
        assert "\n" not in str(exc.value)
    assert file_digest(path) == digest
    assert sorted(p.name for p in tmp_path.iterdir()) == ["corrupt.db"]


def test_damaged_sqlite_pages_are_refused_and_untouched(tmp_path):
    path = tmp_path / "damaged.db"
    filled_store(path).close()
    con = sqlite3.connect(path)
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.execute("PRAGMA journal_mode=DELETE")
    con.close()
    data = bytearray(path.read_bytes())
    page = 4096 if len(data) > 4 * 4096 else 1024
    # garble everything after the first page (header and schema stay readable)
    for i in range(page, len(data)):
        data[i] = (data[i] * 7 + 13) % 256
    path.write_bytes(bytes(data))
    digest = file_digest(path)
    with pytest.raises(StoreError, match="corrupt|not a geomap store|unreadable"):
        Store.open(path)
    assert file_digest(path) == digest


def test_newer_schema_is_refused_and_untouched(tmp_path):
    path = tmp_path / "future.db"
    filled_store(path).close()
    con = sqlite3.connect(path)
    con.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    digest = file_digest(path)
    with pytest.raises(StoreError, match="newer"):
        Store.open(path)
    with pytest.raises(StoreError, match="newer"):
        Store.open(path, readonly=True)
    assert file_digest(path) == digest


def test_foreign_sqlite_database_is_refused(tmp_path):
    path = tmp_path / "other.db"
    con = sqlite3.connect(path)
    con.execute("CREATE TABLE recipes (name TEXT)")
    con.commit()
    con.close()
    digest = file_digest(path)
    with pytest.raises(StoreError, match="not a geomap store"):
        Store.open(path)
    assert file_digest(path) == digest


def test_unwritable_paths_are_refused(tmp_path):
    a_file = tmp_path / "plain.txt"
    a_file.write_text("x")
    digest = file_digest(a_file)
    for bad in (a_file / "geomap.db", tmp_path / "no" / "such" / "dir.db", tmp_path):
        with pytest.raises(StoreError) as exc:
            Store.open(bad)
        assert "\n" not in str(exc.value)
    assert file_digest(a_file) == digest
    if Path("/proc/self").exists():
        with pytest.raises(StoreError):
            Store.open("/proc/geomap-test.db")


# ---------------------------------------------------------------------------- adding
def test_add_stores_everything_of_a_document(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        res = store.add_document(doc_jermuk())
        assert (res.status, res.places, res.events) == ("added", 3, 3)
        assert res.article_id == doc_jermuk().id
        assert store.counts() == {"articles": 1, "places": 3, "mentions": 3, "events": 3}
        row = store.con.execute("SELECT url, title, source, lang, published, text, added_at FROM "
                                "articles").fetchone()
        assert row[:5] == ("https://news.example/am/2022-09-13-jermuk",
                           "Shelling hits Jermuk as border fighting flares", "Example Wire",
                           "en", "2022-09-13")
        assert row[5] == doc_jermuk().text and row[6].startswith("20")


def test_event_records_keep_the_schema_fields(tmp_path):
    doc = doc_jermuk()
    with Store.open(tmp_path / "s.db") as store:
        store.add_document(doc)
        recs = store.events()
    assert len(recs) == 3
    expected = [e.to_json() for e in doc.events]
    for rec, want in zip(recs, expected):
        for key, value in want.items():
            assert rec[key] == value, key
        assert rec["article"] == {"id": doc.id, "title": doc.title, "url": doc.url,
                                  "source": "Example Wire", "lang": "en",
                                  "published": "2022-09-13"}
    assert len({r["event_id"] for r in recs}) == 3
    border = recs[1]
    assert border["location"]["geometry"] == BORDER_LINE
    assert border["countries"] == ["AM", "AZ"]
    assert recs[0]["admin1"] == "Vayots Dzor"


def test_same_article_twice_changes_nothing(tmp_path):
    path = tmp_path / "s.db"
    with Store.open(path) as store:
        first = store.add_document(doc_jermuk())
    before = dump(path)
    time.sleep(1.1)        # a second add must not even refresh 'added_at'
    with Store.open(path) as store:
        again = store.add_document(doc_jermuk())
        assert again.status == "unchanged"
        assert (again.article_id, again.places, again.events) == (first.article_id, 3, 3)
    assert dump(path) == before


def test_changed_article_at_same_url_replaces_the_old_version(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        old = store.add_document(doc_jermuk())
        store.add_document(doc_kyiv())
        new_doc = doc_jermuk()
        new_doc.text += " Update: the toll rose to 71."
        new_doc.events = new_doc.events[:1]
        new_doc.mentions = new_doc.mentions[:1]
        res = store.add_document(new_doc)
        assert res.status == "replaced" and res.replaced == old.article_id
        ids = [a["id"] for a in store.articles()]
        assert old.article_id not in ids and new_doc.id in ids and len(ids) == 2
        recs = store.events(EventFilter(article=new_doc.id))
        assert [r["type"] for r in recs] == ["shelling_airstrike"]
        # the border and Armenia were only used by the old version: gone with it
        place_ids = {r[0] for r in store.con.execute("SELECT id FROM places")}
        assert place_ids == {JERMUK.id, KYIV.id, LVIV.id}
        assert store.con.execute("SELECT count(*) FROM events WHERE article_id = ?",
                                 (old.article_id,)).fetchone()[0] == 0


def test_an_article_goes_in_whole_or_not_at_all(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        store.add_document(doc_kyiv())
        before = store.counts()
        bad = doc_jermuk()
        bad.events[2].type = None          # violates NOT NULL after places/mentions went in
        with pytest.raises(StoreError):
            bad_res = store.add_document(bad)
        assert store.counts() == before
        assert store.con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        # the store is still usable afterwards
        assert store.add_document(doc_jermuk()).status == "added"


def test_places_shared_by_articles_are_stored_once(tmp_path):
    with filled_store(tmp_path / "s.db") as store:
        n = store.con.execute("SELECT count(*) FROM places WHERE id = ?", (BORDER.id,)).fetchone()[0]
        assert n == 1
        geoms = store.con.execute("SELECT count(*) FROM geometries WHERE geojson LIKE "
                                  "'%MultiLineString%'").fetchone()[0]
        assert geoms == 1


# ---------------------------------------------------------------------------- articles, remove
def test_articles_lists_what_is_stored(tmp_path):
    with filled_store(tmp_path / "s.db") as store:
        arts = store.articles()
    assert [a["lang"] for a in arts] == ["en", "id", "ru", "en"]
    by_lang = {a["lang"]: a for a in arts}
    assert by_lang["ru"]["events"] == 2 and by_lang["ru"]["places"] == 2
    assert by_lang["id"]["url"] == "https://berita.example/2021/11/16/bentrok"


def test_remove_by_prefix_and_by_url(tmp_path):
    with filled_store(tmp_path / "s.db") as store:
        kyiv_id = doc_kyiv().id
        info = store.remove(kyiv_id[:10])
        assert info["id"] == kyiv_id and info["events"] == 2
        assert store.con.execute("SELECT count(*) FROM mentions WHERE article_id = ?",
                                 (kyiv_id,)).fetchone()[0] == 0
        assert not store.events(EventFilter(countries=["UA"]))
        store.remove("https://berita.example/2021/11/16/bentrok")
        assert len(store.articles()) == 2
        # the border is still used by the Jermuk article
        assert store.con.execute("SELECT count(*) FROM places WHERE id = ?",
                                 (BORDER.id,)).fetchone()[0] == 1
        assert store.con.execute("PRAGMA foreign_key_check").fetchall() == []


def test_remove_refuses_unknown_and_ambiguous_ids(tmp_path):
    with Store.open(tmp_path / "s.db") as store:
        docs = []
        # two articles whose ids share a first hex digit
        i = 0
        while len(docs) < 2:
            d = Document(text=f"Short note number {i} about Gyumri.")
            if not docs or d.id[0] == docs[0].id[0]:
                docs.append(d)
            i += 1
        for d in docs:
            store.add_document(d)
        with pytest.raises(StoreError, match="ambiguous"):
            store.remove(docs[0].id[0])
        with pytest.raises(StoreError, match="no stored article"):
            store.remove("ffffffffffff0000")
        with pytest.raises(StoreError, match="no stored article"):
            store.remove("not-an-id")
        assert len(store.articles()) == 2


# ---------------------------------------------------------------------------- filters
def _types(recs):
    return sorted(r["type"] for r in recs)


def test_filters(tmp_path):
    with filled_store(tmp_path / "s.db") as store:
        assert len(store.events()) == 9
        # dates: the event's own date, else the article's (the appeal has no date: 2021-11-16)
        assert _types(store.events(since="2022-09-14")) == [
            "armed_clash", "ceasefire_agreement", "protest", "protest", "shelling_airstrike"]
        assert _types(store.events(until="2021-11-16")) == ["appeal_demand", "armed_clash"]
        assert len(store.events(since="2022-09", until="2022-09")) == 3
        assert len(store.events(since="2022", until="2022")) == 5
        assert _types(store.events(types=["protest", "casualties"])) == [
            "casualties", "protest", "protest"]
        # a border event counts for both countries
        az = store.events(countries=["AZ"])
        assert {r["location"]["place_id"] for r in az} == {BORDER.id}
        assert len(store.events(countries=["am"])) == 4
        assert len(store.events(countries=["FJ", "UA"])) == 4
        # bbox: the event's point; west > east crosses the antimeridian
        caucasus = store.events(bbox=(43.4, 38.8, 47.0, 41.3))
        assert len(caucasus) == 4 and all(r["countries"][0] == "AM" for r in caucasus)
        pacific = store.events(bbox=(178.0, -20.0, -179.0, -15.0))
        assert sorted(r["location"]["name"] for r in pacific) == ["Rabi Island", "Suva"]
        assert len(store.events(bbox=(178.0, -20.0, 179.0, -15.0))) == 1
        # article: a prefix is enough
        assert len(store.events(article=doc_kyiv().id[:8])) == 2
        assert len(store.events(include_negated=False, article=doc_kyiv().id)) == 1
        # combined
        assert _types(store.events(EventFilter(since="2021-01-01", types=["armed_clash"],
                                               countries=["AZ"]))) == ["armed_clash"]


def test_events_are_ordered_by_date(tmp_path):
    with filled_store(tmp_path / "s.db") as store:
        days = [r["date"] or r["article"]["published"] for r in store.events()]
    assert days == sorted(days)


def test_places_summary(tmp_path):
    with filled_store(tmp_path / "s.db") as store:
        summary = store.places_summary()
        by_id = {s["place"]["id"]: s for s in summary}
        border = by_id[BORDER.id]
        assert border["count"] == 2 and border["roles"] == {"event": 2}
        assert border["articles"] == 2 and border["events"] == 2
        assert border["place"]["geometry"] == BORDER_LINE
        arm = by_id[ARMENIA.id]
        assert arm["roles"] == {"other": 1, "context": 1}
        assert by_id[KYIV.id]["place"]["geometry"] == {"type": "Point",
                                                       "coordinates": [KYIV.lon, KYIV.lat]}
        assert summary[0]["count"] >= summary[-1]["count"]
        ua = store.places_summary(countries=["UA"])
        assert sorted(s["place"]["name"] for s in ua) == ["Kyiv", "Lviv"]
        assert [s["place"]["name"] for s in store.places_summary(since="2023-01-01")] == [
            "Rabi Island", "Suva"]


# ---------------------------------------------------------------------------- processes
WRITER = r"""
import sys, time
sys.path.insert(0, {tests!r})
from test_store import doc_jermuk
from geomap.store import Store
path, tag, n = sys.argv[1], sys.argv[2], int(sys.argv[3])
store = Store.open(path)
for i in range(n):
    d = doc_jermuk(url=f"https://news.example/{{tag}}/{{i}}")
    d.text += f" ({{tag}} copy {{i}})" + " padding" * 2000
    res = store.add_document(d)
    print(res.status, res.article_id, flush=True)
store.close()
"""


def _writer(path, tag, n) -> subprocess.Popen:
    code = WRITER.format(tests=str(ROOT / "tests"))
    return subprocess.Popen([sys.executable, "-c", code, str(path), tag, str(n)],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)


def test_killed_writer_leaves_earlier_articles_intact(tmp_path):
    path = tmp_path / "s.db"
    proc = _writer(path, "kill", 5000)
    done = []
    while len(done) < 40:
        line = proc.stdout.readline()
        assert line, proc.stderr.read()
        done.append(line.split()[1])
    proc.send_signal(signal.SIGKILL)
    proc.wait()
    con = sqlite3.connect(path)
    assert con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert con.execute("PRAGMA foreign_key_check").fetchall() == []
    stored = {r[0] for r in con.execute("SELECT id FROM articles")}
    assert set(done) <= stored
    for aid in stored:      # every stored article is whole: all its mentions and events
        assert con.execute("SELECT count(*) FROM events WHERE article_id=?", (aid,)).fetchone()[0] == 3
        assert con.execute("SELECT count(*) FROM mentions WHERE article_id=?", (aid,)).fetchone()[0] == 3
    con.close()
    with Store.open(path) as store:   # and it opens and takes more
        assert store.add_document(doc_kyiv()).status == "added"


def test_two_writers_at_once_both_complete(tmp_path):
    path = tmp_path / "s.db"
    procs = [_writer(path, tag, 60) for tag in ("one", "two")]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs):
        assert p.returncode == 0, err
        assert out.count("added") == 60
    with Store.open(path, readonly=True) as store:
        assert store.counts()["articles"] == 120
        assert store.counts()["events"] == 360
        assert store.con.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_json_records_from_sqlite_equal_the_dict_records(tmp_path):
    from dataclasses import dataclass

    @dataclass
    class TaggedEvent(Event):          # a field a later events stage might add
        cluster: str | None = None

    doc = doc_border_id()
    doc.events.append(TaggedEvent("protest", "Warga berunjuk rasa.", 0, 10, "unjuk rasa",
                                  date="2021-11-17", cluster="k-7", confidence=0.333333333,
                                  location=_loc(ARMENIA, "Armenia", 3)))
    no_date = Document(text="Undated note: fighting near Lviv.", lang="en")
    no_date.mentions = [_mention(no_date.text, "Lviv", "event", LVIV)]
    no_date.events = [Event("armed_clash", "fighting near Lviv", 14, 32, "fighting",
                            location=_loc(LVIV, "Lviv"))]
    with Store.open(tmp_path / "s.db") as store:
        for d in sample_docs()[:1] + [doc, doc_kyiv(), doc_fiji(), no_date]:
            store.add_document(d)
        for filt in (None, EventFilter(countries=["AM"]), EventFilter(since="2022-10-10"),
                     EventFilter(types=["nothing_here"])):
            want = store.events(filt)
            got = [json.loads(t) for t in store.iter_event_json(filt)]
            assert got == want
        tagged = [r for r in store.events() if r["type"] == "protest" and r.get("cluster")]
        assert tagged[0]["cluster"] == "k-7"
        assert store.events()[-1]["date"] is None          # undated events come last
