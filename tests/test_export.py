"""Exports of the stored events (geomap/export.py) through the real `geomap events` command,
read back with geopandas / pandas / json: every event and every attribute must survive."""
from __future__ import annotations

import csv
import io
import json

import pytest

from conftest import assert_one_line_error
from test_store import (ARMENIA_POLY, BORDER_LINE, KYIV, doc_border_id, doc_jermuk, doc_kyiv,
                        filled_store)

from geomap.export import ACLED_COLUMNS, FLAT_COLUMNS, to_wkt
from geomap.store import Store


@pytest.fixture
def store_path(workdir):
    path = workdir / "geomap.db"
    filled_store(path).close()
    return path


@pytest.fixture
def records(store_path):
    with Store.open(store_path, readonly=True) as store:
        return {r["event_id"]: r for r in store.events()}


def _same(a, b) -> bool:
    """Equal, treating NaN/None/'' as missing and 3 == 3.0 (a file format's typing)."""
    import pandas as pd

    def missing(v):
        if v is None or (isinstance(v, str) and v == ""):
            return True
        try:
            return bool(pd.isna(v))           # NaN, NaT, pd.NA
        except (TypeError, ValueError):
            return False
    if missing(a) or missing(b):
        return missing(a) and missing(b)
    if isinstance(a, bool) or isinstance(b, bool):
        return bool(a) == bool(b)
    if isinstance(a, (int, float)) and isinstance(b, (int, float)):
        return abs(a - b) < 1e-9
    return str(a)[:10] == str(b)[:10] if hasattr(a, "isoformat") or hasattr(b, "isoformat") \
        else a == b


def _expected(rec: dict) -> dict:
    """What each flat column must hold, written out from the record (not from export.py)."""
    loc = rec["location"] or {}
    art = rec["article"]
    return {
        "event_id": rec["event_id"], "date": rec["date"], "date_precision": rec["date_precision"],
        "type": rec["type"], "cameo": rec["cameo"],
        "acled_event_type": (rec["acled"] or {}).get("event_type"),
        "acled_sub_event_type": (rec["acled"] or {}).get("sub_event_type"),
        "trigger": rec["trigger"], "actors": "; ".join(rec["actors"]), "killed": rec["killed"],
        "wounded": rec["wounded"], "captured": rec["captured"], "missing": rec["missing"],
        "approximate": rec["approximate"], "negated": rec["negated"],
        "confidence": rec["confidence"], "location": loc.get("name"),
        "place_id": loc.get("place_id"), "lat": loc.get("lat"), "lon": loc.get("lon"),
        "geo_precision": loc.get("precision"), "location_mention": loc.get("mention"),
        "country": rec["country"], "countries": ",".join(rec["countries"]),
        "admin1": rec["admin1"], "sentence": rec["sentence"], "start": rec["start"],
        "end": rec["end"], "article_id": art["id"], "article_title": art["title"],
        "article_url": art["url"], "article_source": art["source"], "article_lang": art["lang"],
        "article_published": art["published"],
    }


def _check_frame(df, records):
    from shapely.geometry import shape

    assert len(df) == len(records) == 9
    assert set(FLAT_COLUMNS) <= set(df.columns)
    for _, row in df.iterrows():
        rec = records[row["event_id"]]
        for col, want in _expected(rec).items():
            got = row[col]
            if col == "actors" and not isinstance(got, str):
                got = "; ".join(list(got) if got is not None else [])
            assert _same(got, want), (rec["event_id"], col, got, want)
        if rec["location"] is None:
            assert row.geometry is None or row.geometry.is_empty
        else:
            assert row.geometry.equals_exact(shape(rec["location"]["geometry"]), 1e-9)


def test_gpkg_round_trip_through_geopandas(run, store_path, records, workdir):
    import geopandas as gpd
    import pyogrio

    res = run("events", "--format", "gpkg", "-o", "events.gpkg")
    assert res.code == 0, res
    assert "9 events" in res.err
    out = workdir / "events.gpkg"
    layers = dict(pyogrio.list_layers(out))
    assert set(layers) == {"events", "places"}
    df = gpd.read_file(out, layer="events")
    assert df.crs.to_epsg() == 4326
    _check_frame(df, records)
    # integers stay integers in the file (QGIS shows 49, not 49.0)
    info = pyogrio.read_info(out, layer="events")
    types = dict(zip(info["fields"], info["dtypes"]))
    assert types["killed"] == "int64" and types["negated"] == "bool"
    places = gpd.read_file(out, layer="places")
    border = places[places.place_id == "geomap:border-am-az"].iloc[0]
    assert border.mentions == 2 and border.geometry.geom_type == "MultiLineString"
    assert no_temp_files(workdir)


def no_temp_files(folder) -> bool:
    return not [p for p in folder.iterdir() if ".tmp-" in p.name]


def test_geojson_is_rfc7946_and_round_trips(run, store_path, records, workdir):
    import geopandas as gpd

    res = run("events", "--format", "geojson", "-o", "events.geojson")
    assert res.code == 0, res
    data = json.loads((workdir / "events.geojson").read_text(encoding="utf-8"))
    assert data["type"] == "FeatureCollection" and "crs" not in data
    assert len(data["features"]) == 9
    by_id = {f["id"]: f for f in data["features"]}
    kyiv = next(f for f in data["features"] if f["properties"]["location"] == "Kyiv")
    assert kyiv["geometry"] == {"type": "Point", "coordinates": [KYIV.lon, KYIV.lat]}  # lon, lat
    assert kyiv["properties"]["killed"] == 11 and kyiv["properties"]["approximate"] is True
    ceasefire = next(f for f in data["features"] if f["properties"]["type"] == "ceasefire_agreement")
    assert ceasefire["geometry"] is None
    border = [f for f in by_id.values() if f["properties"]["place_id"] == "geomap:border-am-az"]
    assert len(border) == 2 and all(f["geometry"] == BORDER_LINE for f in border)
    assert next(f for f in border if f["properties"]["killed"] == 15)["properties"]["actors"] == [
        "Armenia", "Azerbaijan"]
    df = gpd.read_file(workdir / "events.geojson")
    _check_frame(df, records)


def test_csv_with_wkt_round_trips(run, store_path, records, workdir):
    import pandas as pd
    from shapely import wkt
    from shapely.geometry import shape

    res = run("events", "-o", "events.csv")          # format from the suffix
    assert res.code == 0, res
    df = pd.read_csv(workdir / "events.csv", keep_default_na=False, dtype=str)
    assert list(df.columns) == [*FLAT_COLUMNS, "geometry"]
    assert len(df) == 9
    for _, row in df.iterrows():
        rec = records[row["event_id"]]
        for col, want in _expected(rec).items():
            got = row[col]
            if isinstance(want, bool):
                want = "true" if want else "false"
            elif isinstance(want, (int, float)) and want is not None:
                got = float(got)
            assert _same(got, want), (col, got, want)
        if rec["location"]:
            assert wkt.loads(row["geometry"]).equals_exact(shape(rec["location"]["geometry"]), 1e-9)
        else:
            assert row["geometry"] == ""
    ru = df[df.article_lang == "ru"]
    assert set(ru.location) == {"Kyiv", "Lviv"}        # Cyrillic text survived UTF-8


def test_wkt_of_every_geometry_type():
    from shapely import wkt
    from shapely.geometry import mapping, shape

    samples = [
        {"type": "Point", "coordinates": [45.0, 40.0]},
        {"type": "LineString", "coordinates": [[45.0, 40.0], [46.0, 39.5]]},
        {"type": "Polygon", "coordinates": [[[0, 0], [1, 0], [1, 1], [0, 0]]]},
        {"type": "MultiPoint", "coordinates": [[1, 2], [3, 4]]},
        BORDER_LINE,
        {"type": "MultiPolygon", "coordinates": [[[[0, 0], [1, 0], [1, 1], [0, 0]]],
                                                 [[[5, 5], [6, 5], [6, 6], [5, 5]]]]},
        {"type": "GeometryCollection", "geometries": [{"type": "Point", "coordinates": [1, 2]}]},
    ]
    for g in samples:
        assert wkt.loads(to_wkt(g)).equals(shape(g)), g


def test_json_export_is_the_store_records(run, store_path, records):
    res = run("events", "--format", "json")
    assert res.code == 0, res
    data = res.json()
    assert {r["event_id"]: r for r in data} == records
    jermuk = next(r for r in data if r["location"] and r["location"]["name"] == "Jermuk")
    assert jermuk["acled"]["event_type"] == "Explosions/Remote violence"
    assert jermuk["article"]["source"] == "Example Wire"


def test_acled_csv_uses_acled_columns(run, store_path, records):
    res = run("events", "--format", "acled-csv")
    assert res.code == 0, res
    rows = list(csv.DictReader(io.StringIO(res.out)))
    header = res.out.splitlines()[0].split(",")
    assert header == list(ACLED_COLUMNS)
    for col in ("event_id_cnty", "event_date", "year", "time_precision", "disorder_type",
                "event_type", "sub_event_type", "actor1", "actor2", "country", "admin1",
                "location", "latitude", "longitude", "geo_precision", "source", "notes",
                "fatalities"):
        assert col in header
    assert len(rows) == 8                    # the negated 'no fighting in Lviv' is not an event
    casualty = next(r for r in rows if r["fatalities"] == "49")
    assert casualty["country"] == "Armenia" and casualty["event_id_cnty"].startswith("ARM")
    assert casualty["actor1"] == "Armenia" and casualty["actor2"] == "Azerbaijan"
    assert casualty["event_date"] == "2022-09-13" and casualty["year"] == "2022"
    assert casualty["geo_precision"] == "2" and casualty["source"] == "Example Wire"
    jermuk = next(r for r in rows if r["location"] == "Jermuk")
    assert jermuk["admin1"] == "Vayots Dzor" and jermuk["disorder_type"] == "Political violence"
    assert float(jermuk["latitude"]) == pytest.approx(39.8417)
    protest = next(r for r in rows if r["location"] == "Suva")
    assert protest["event_type"] == "Protests" and protest["disorder_type"] == "Demonstrations"
    assert protest["country"] == "Fiji"
    assert len({r["event_id_cnty"] for r in rows}) == 8


def test_table_and_filters_on_the_command_line(run, store_path):
    res = run("events")
    assert res.code == 0, res
    lines = res.out.splitlines()
    assert len(lines) == 10 and lines[0].startswith("event")
    assert any("Jermuk" in l for l in lines) and any("not armed_clash" in l for l in lines)
    res = run("events", "--country", "Azerbaijan", "--format", "json")
    assert {r["location"]["place_id"] for r in res.json()} == {"geomap:border-am-az"}
    res = run("events", "--since", "2022-10-01", "--until", "2022-12-31", "--type",
              "shelling_airstrike,armed_clash", "--no-negated", "--format", "json")
    assert [r["location"]["name"] for r in res.json()] == ["Kyiv"]
    res = run("events", "--bbox", "178,-20,-179,-15", "--format", "json")
    assert sorted(r["location"]["name"] for r in res.json()) == ["Rabi Island", "Suva"]
    res = run("events", "--article", doc_border_id().id[:10], "--format", "json")
    assert sorted(r["type"] for r in res.json()) == ["appeal_demand", "armed_clash"]


@pytest.mark.parametrize("args", [
    ("--format", "gpkg"),
    ("--bbox", "43,38"),
    ("--bbox", "43,42,47,38"),
    ("--since", "13/09/2022"),
    ("--until", "2022-02-30"),
    ("--type", "battle"),
    ("--country", "Atlantis"),
    ("--article", "zzz"),
    ("-o", "no/such/folder/x.csv"),
])
def test_bad_events_arguments_are_one_line_errors(run, store_path, args):
    assert_one_line_error(run("events", *args))


def test_articles_and_remove_commands(run, store_path):
    res = run("articles", "--json")
    assert res.code == 0, res
    arts = res.json()
    assert len(arts) == 4 and {a["lang"] for a in arts} == {"en", "id", "ru"}
    res = run("articles")
    assert doc_jermuk().id[:12] in res.out and "Jermuk" in res.out
    res = run("remove", doc_kyiv().id[:8], "--no-map")
    assert res.code == 0, res
    assert "removed" in res.err
    assert len(run("articles", "--json").json()) == 3
    assert "Kyiv" not in run("events").out
    assert_one_line_error(run("remove", doc_kyiv().id[:8], "--no-map"))


def test_store_commands_refuse_a_corrupt_store_untouched(run, workdir):
    import hashlib
    import os

    bad = workdir / "geomap.db"
    bad.write_bytes(b"SQLite format 3\x00" + os.urandom(5000))
    digest = hashlib.sha256(bad.read_bytes()).hexdigest()
    art = workdir / "a.txt"
    art.write_text("Clashes were reported near Gyumri, Armenia, on Monday.\n", encoding="utf-8")
    for args in (("events",), ("articles",), ("remove", "abc"), ("add", "a.txt", "--no-map")):
        assert_one_line_error(run(*args))
    assert hashlib.sha256(bad.read_bytes()).hexdigest() == digest


def test_store_commands_refuse_a_newer_store_untouched(run, store_path):
    import hashlib
    import sqlite3

    con = sqlite3.connect(store_path)
    con.execute("PRAGMA user_version = 99")
    con.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    con.close()
    digest = hashlib.sha256(store_path.read_bytes()).hexdigest()
    for args in (("events",), ("articles",), ("add", "-", "--no-map")):
        res = run(*args, input="Fighting near Gyumri on Monday.")
        assert_one_line_error(res)
        assert "newer" in res.err
    assert hashlib.sha256(store_path.read_bytes()).hexdigest() == digest


def test_missing_store_is_a_one_line_error_and_not_created(run, workdir):
    assert_one_line_error(run("events"))
    assert_one_line_error(run("articles"))
    assert not (workdir / "geomap.db").exists()


def test_unwritable_store_path_is_a_one_line_error(run, workdir):
    (workdir / "afile").write_text("x")
    assert_one_line_error(run("add", "-", "--db", "afile/geomap.db", input="text"))
    assert_one_line_error(run("add", "-", "--db", str(workdir), input="text"))
    assert (workdir / "afile").read_text() == "x"


def test_geojson_features_from_sqlite_equal_the_record_features(store_path):
    from geomap.export import geojson_feature
    from geomap.store import EventFilter

    with Store.open(store_path, readonly=True) as store:
        for filt in (None, EventFilter(countries=["AZ"]), EventFilter(types=["none_such"])):
            want = [geojson_feature(r) for r in store.events(filt)]
            got = [json.loads(t) for t in store.iter_geojson_features(filt)]
            assert got == want


def test_csv_from_flat_rows_equals_csv_from_records(store_path):
    from geomap.export import write_csv

    with Store.open(store_path, readonly=True) as store:
        fast, slow = io.StringIO(), io.StringIO()
        assert write_csv(store.iter_flat_rows(), fast) == write_csv(store.iter_events(), slow) == 9
    assert fast.getvalue() == slow.getvalue()


def test_gpkg_frame_is_the_same_from_records_and_from_flat_rows(store_path):
    from geomap.export import events_frame

    with Store.open(store_path, readonly=True) as store:
        a = events_frame(store.iter_events())
        b = events_frame(store.iter_flat_rows())
    assert list(a.columns) == list(b.columns) and len(a) == len(b) == 9
    assert a.drop(columns="geometry").equals(b.drop(columns="geometry"))
    assert all((x is None and y is None) or x.equals_exact(y, 0)
               for x, y in zip(a.geometry, b.geometry))


def test_table_from_sql_and_flat_rows_equals_table_from_records(store_path):
    from geomap.export import write_table

    with Store.open(store_path, readonly=True) as store:
        fast, flat, slow = io.StringIO(), io.StringIO(), io.StringIO()
        assert write_table(store.iter_table_lines(), fast) == write_table(
            store.iter_flat_rows(), flat) == write_table(store.iter_events(), slow) == 9
    assert fast.getvalue() == flat.getvalue() == slow.getvalue()
    assert "not armed_clash" in fast.getvalue()


def _awkward_doc():
    """An article whose texts hold every character CSV must quote (quote, comma, CR, LF) and
    the separators Store.iter_csv_lines uses internally (U+001E, U+001F)."""
    from geomap.document import Document, Event, Location

    text = 'Raid on "Hill 7", at dawn\n\nTroops said: "we held it",\r\nthen left\x1f\x1e.'
    d = Document(text=text, title='Raid on "Hill 7", at dawn\x1f', lang="en",
                 published="2023-05-02", source="Wire, Inc.", url="https://x.example/a,b")
    d.events = [Event("armed_clash", 'Troops said: "we held it",\r\nthen left\x1f\x1e.', 22, 60,
                      "held\nit", date="2023-05-02", date_precision=1,
                      actors=['Unit "A", north', "B"], killed=2, confidence=0.65,
                      location=Location("Hill, 7", "geonames:1", 40.123456789012345, 44.5,
                                        {"type": "Point", "coordinates": [44.5, 40.123456789012345]},
                                        1, 'Hill "7"'))]
    return d


def test_csv_lines_from_sqlite_equal_csv_from_flat_rows(store_path):
    from geomap.export import write_csv
    from geomap.store import EventFilter

    with Store.open(store_path, readonly=True) as store:
        counts = []
        for filt in (None, EventFilter(countries=["AZ"]), EventFilter(types=["none_such"])):
            fast, flat = io.StringIO(), io.StringIO()
            counts.append(write_csv(store.iter_csv_lines(filt), fast))
            assert counts[-1] == write_csv(store.iter_flat_rows(filt), flat)
            assert fast.getvalue() == flat.getvalue()
    assert counts[0] == 9 and 0 < counts[1] < 9 and counts[2] == 0


def test_csv_lines_quote_awkward_texts_and_read_back(workdir):
    from geomap.export import flat_row, to_wkt, write_csv

    with Store.open(workdir / "a.db") as store:
        store.add_document(_awkward_doc())
        out = io.StringIO()
        assert write_csv(store.iter_csv_lines(), out) == 1
        rec = store.events()[0]
    rows = list(csv.reader(io.StringIO(out.getvalue(), newline="")))
    assert len(rows) == 2 and rows[0] == list(FLAT_COLUMNS) + ["geometry"]
    got = dict(zip(rows[0], rows[1]))
    want = flat_row(rec)
    for col in FLAT_COLUMNS:
        v = want[col]
        text = "" if v is None else ("true" if v else "false") if isinstance(v, bool) else str(v)
        assert got[col] == text, col
    assert got["sentence"] == 'Troops said: "we held it",\r\nthen left\x1f\x1e.'
    assert got["actors"] == 'Unit "A", north; B'
    assert got["lat"] == repr(40.123456789012345)
    assert got["geometry"] == to_wkt(rec["location"]["geometry"])


def test_acled_csv_from_sqlite_rows_equals_acled_csv_from_records(store_path, workdir):
    from geomap.export import write_acled_csv
    from geomap.store import EventFilter

    with Store.open(workdir / "a.db") as store:      # quotes, commas, CR/LF in the texts
        store.add_document(_awkward_doc())
    written = []
    for path in (store_path, workdir / "a.db"):
        with Store.open(path, readonly=True) as store:
            for filt in (None, EventFilter(countries=["AZ"])):
                fast, slow = io.StringIO(), io.StringIO()
                n = write_acled_csv(store.iter_acled_rows(filt), fast)
                assert n == write_acled_csv(store.iter_events(filt), slow)
                assert fast.getvalue() == slow.getvalue()
                negated = sum(r["negated"] for r in store.events(filt))
                assert n == len(store.events(filt)) - negated
                written.append(n)
    assert written[0] > written[1] > 0 and written[2] == 1


def _same_layers(a_path, b_path, layer="events"):
    """Two GeoPackage layers read back the same through GDAL: columns, types, values, order,
    geometries, layer geometry type."""
    import geopandas as gpd
    import pyogrio

    a = gpd.read_file(a_path, layer=layer)
    b = gpd.read_file(b_path, layer=layer)
    assert a.drop(columns="geometry").equals(b.drop(columns="geometry"))
    assert all((x is None and y is None) or x.equals_exact(y, 0)
               for x, y in zip(a.geometry, b.geometry))
    ia, ib = (pyogrio.read_info(p, layer=layer) for p in (a_path, b_path))
    assert list(ia["fields"]) == list(ib["fields"]) and list(ia["dtypes"]) == list(ib["dtypes"])
    assert ia["geometry_type"] == ib["geometry_type"]
    return b


def test_gpkg_events_layer_same_as_geopandas_writer_and_fallback(store_path, workdir):
    """write_gpkg's own writer (rows from Python) and write_store_gpkg's (rows copied by
    SQLite from the store) write what geopandas' to_file writes, filtered or not; geometries
    only geopandas' writer handles (a Polygon beside a MultiPolygon, which GeoPackage needs
    promoted) go through it."""
    import pyogrio

    from geomap.export import events_frame, write_gpkg, write_store_gpkg
    from geomap.store import EventFilter

    with Store.open(store_path, readonly=True) as store:
        for i, filt in enumerate((None, EventFilter(countries=["AZ"]),
                                  EventFilter(types=["none_such"]))):
            rows = list(store.iter_flat_rows(filt))
            events_frame(rows).to_file(workdir / f"ref{i}.gpkg", layer="events", driver="GPKG",
                                       engine="pyogrio")
            assert write_gpkg(rows, workdir / f"rows{i}.gpkg") == len(rows)
            assert write_store_gpkg(store, workdir / f"sql{i}.gpkg", filt) == len(rows)
            _same_layers(workdir / f"ref{i}.gpkg", workdir / f"rows{i}.gpkg")
            _same_layers(workdir / f"ref{i}.gpkg", workdir / f"sql{i}.gpkg")
            assert len(rows) == (9, 2, 0)[i]
        rows = list(store.iter_flat_rows())
    info = pyogrio.read_info(workdir / "sql0.gpkg", layer="events")
    assert info["geometry_type"] == "Unknown"            # points, lines and polygons
    assert set(pyogrio.list_layers(workdir / "sql0.gpkg")[:, 0]) == {"events", "places"}

    multi = {"type": "MultiPolygon", "coordinates": [ARMENIA_POLY["coordinates"]]}
    mixed = [r[:-1] + (g,) for r, g in zip(rows[:2], (ARMENIA_POLY, multi))]
    assert write_gpkg(mixed, workdir / "mixed.gpkg") == 2
    info = pyogrio.read_info(workdir / "mixed.gpkg", layer="events")
    assert info["geometry_type"] == "MultiPolygon"
    back = gpd_read(workdir / "mixed.gpkg")
    assert list(back.event_id) == [r[0] for r in rows[:2]]


def gpd_read(path, layer="events"):
    import geopandas as gpd

    return gpd.read_file(path, layer=layer)


def test_gpkg_from_store_keeps_awkward_texts_and_3d_geometries(workdir):
    """Actors joined by SQLite or by Python (quotes, commas, escapes) and texts with CR/LF come
    out as the record says; a store holding a 3D geometry is written through GDAL."""
    import sqlite3

    from geomap.document import Document, Event, Location
    from geomap.export import flat_row, write_store_gpkg

    doc = _awkward_doc()
    plain = Document(text="Clashes near Hill 9.", title="Hill 9", lang="en",
                     published="2023-05-03", source="Wire", url="https://x.example/h9")
    plain.events = [Event("armed_clash", "Clashes near Hill 9.", 0, 20, "Clashes",
                          date="2023-05-03", actors=["Ünit ß", "B"], confidence=0.5,
                          location=Location("Hill 9", "geonames:2", 40.0, 44.0, None, 1,
                                            "Hill 9")),
                    Event("protest", "Clashes near Hill 9.", 0, 20, "Clashes", actors=[])]
    with Store.open(workdir / "a.db") as store:
        store.add_document(doc)
        store.add_document(plain)
    with Store.open(workdir / "a.db", readonly=True) as store:
        assert write_store_gpkg(store, workdir / "a.gpkg") == 3
        want = {r["event_id"]: flat_row(r) for r in store.events()}
    back = gpd_read(workdir / "a.gpkg")
    got = {r.event_id: r for r in back.itertuples()}
    assert {k: got[k].actors for k in want} == {k: w["actors"] for k, w in want.items()}
    assert sorted(w["actors"] for w in want.values()) == ["", 'Unit "A", north; B', "Ünit ß; B"]
    assert {got[k].sentence for k in want} == {w["sentence"] for w in want.values()}

    with sqlite3.connect(workdir / "a.db") as con:     # a 3D point, as an older tool may store
        shapes = con.execute("SELECT geometry_id FROM events WHERE geometry_id IS NOT NULL"
                             ).fetchall()
        con.execute("INSERT INTO geometries VALUES ('z', ?)",
                    ('{"type": "Point", "coordinates": [44.0, 40.0, 1200.0]}',))
        con.execute("UPDATE events SET geometry_id = 'z' WHERE loc_name = 'Hill 9'")
    assert shapes == []                                  # all plain points until now
    with Store.open(workdir / "a.db", readonly=True) as store:
        assert write_store_gpkg(store, workdir / "z.gpkg") == 3
    back = gpd_read(workdir / "z.gpkg")
    hill = back[back.location == "Hill 9"].geometry.iloc[0]
    assert hill.has_z and hill.z == 1200.0
    assert no_temp_files(workdir)


def test_gpkg_with_much_geometry_gets_big_pages_and_the_same_content(store_path, workdir,
                                                                     monkeypatch):
    """Big pages only pay off for big geometries copied many times: the choice is made from
    the data, after reading it, and must still reach the new file."""
    import sqlite3

    from geomap import export

    with Store.open(store_path, readonly=True) as store:
        export.write_store_gpkg(store, workdir / "small.gpkg")
        monkeypatch.setattr(export, "_BIG_GEOMETRY_BYTES", 0)
        export.write_store_gpkg(store, workdir / "big.gpkg")
    sizes = [sqlite3.connect(workdir / f).execute("PRAGMA page_size").fetchone()[0]
             for f in ("small.gpkg", "big.gpkg")]
    assert sizes == [4096, 65536]
    _same_layers(workdir / "small.gpkg", workdir / "big.gpkg")
    _same_layers(workdir / "small.gpkg", workdir / "big.gpkg", layer="places")
