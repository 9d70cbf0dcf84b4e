"""The places stage on short articles written for these tests (tests/fixtures/places/), in the
nine languages, against the real gazetteer: recognition, resolution within 161 km, traps that
must not be places, roles (dateline, caption, related link, boilerplate, metonymy), borders."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from geomap.document import Document, Segment
from geomap.places import find_places, haversine_km
from geomap.read import read_article

FIX = Path(__file__).parent / "fixtures" / "places"
SEED = Path(__file__).resolve().parents[2] / "shared" / "seed"

# Reference coordinates (lat, lon) of the places the fixtures name.
YEREVAN, BAKU, MOSCOW = (40.18, 44.51), (40.38, 49.89), (55.75, 37.62)
GYUMRI, JERMUK, SOTK, GORIS = (40.79, 43.85), (39.84, 45.67), (40.20, 45.93), (39.51, 46.34)
JAKARTA, SERANG, CAIRO = (-6.21, 106.85), (-6.12, 106.15), (30.04, 31.24)


@pytest.fixture(scope="module")
def extract(gazetteer):
    cache: dict[tuple, Document] = {}

    def _run(name: str, lang: str | None = None) -> Document:
        k = (name, lang)
        if k not in cache:
            doc = read_article(FIX / name, lang=lang)
            cache[k] = find_places(doc, gazetteer)
        return cache[k]
    return _run


def mentions(doc: Document, surface: str):
    return [m for m in doc.mentions if m.mention == surface]


def place(doc: Document, surface: str, *, country=None, feature=None, near=None, role=None,
          index=None):
    """Assert that `surface` is a recognised place (every occurrence, or the index-th one)."""
    found = mentions(doc, surface)
    assert found, f"{surface!r} not recognised; got {[m.mention for m in doc.mentions]}"
    for m in ([found[index]] if index is not None else found):
        assert m.place is not None, surface
        if country is not None:
            assert m.place.country == country, (surface, m.place, m.explain)
        if feature is not None:
            assert m.place.feature == feature, (surface, m.place, m.explain)
        if near is not None:
            km = haversine_km(m.place.lat, m.place.lon, *near)
            assert km <= 161, (surface, m.place, km)
        if role is not None:
            assert m.role == role, (surface, m.role, m.explain)
        assert 0 < m.confidence <= 1 and m.explain
    return found


def not_place(doc: Document, *surfaces: str):
    got = {m.mention for m in doc.mentions}
    for s in surfaces:
        assert s not in got, (s, [m.explain for m in doc.mentions if m.mention == s])
        assert not any(s in g.split() for g in got if g != s), (s, got)


def roles(doc: Document, surface: str) -> set[str]:
    return {m.role for m in mentions(doc, surface)}


# --------------------------------------------------------------------------- Indonesian

def test_id_border_article(extract):
    doc = extract("id-border.txt", "id")
    place(doc, "Jakarta", near=JAKARTA, role="dateline")
    assert doc.dateline is not None and doc.dateline.mention == "Jakarta"
    # the border, glued and with its cue, is one line
    border = place(doc, "Armenia-Azerbaijan", feature="border")
    assert all(m.place.id == "geomap:border-am-az" for m in border)
    place(doc, "Armenia", country="AM", feature="country")
    place(doc, "Sotk", country="AM", near=SOTK)
    place(doc, "Gyumri", country="AM", near=GYUMRI, role="context")   # 'Kota Gyumri'
    place(doc, "Jermuk", country="AM", near=JERMUK)
    place(doc, "Syunik", country="AM", role="other")                  # in the caption
    # capitals and the Kremlin standing for governments
    place(doc, "Yerevan", near=YEREVAN, index=0, role="other")
    place(doc, "Baku", near=BAKU, role="other")
    place(doc, "Moskow", near=MOSCOW, role="other")
    place(doc, "Kremlin", near=MOSCOW, role="other")
    # related link
    place(doc, "Iran", country="IR", role="other")
    assert roles(doc, "Yerevan") == {"other"}
    # traps: people, organisations, handles, lower-case common words
    not_place(doc, "Suren", "Papikyan", "Nikol", "Pashinyan", "Emmanuel", "Macron", "Uni Eropa",
              "Eropa", "Rina", "Sembiring", "armenia_mod", "kota", "negara", "dalam", "diserang",
              "sepanjang", "Perbatasan Armenia-Azerbaijan")
    place(doc, "Prancis", country="FR")


def test_id_domestic_common_words(extract):
    doc = extract("id-domestic.txt", "id")
    # 'Kota Serang', a dateline 'Serang' and 'Wali Kota Serang' are the city of Serang
    place(doc, "Serang", country="ID", near=SERANG)
    assert doc.dateline is not None and doc.dateline.mention == "Serang"
    place(doc, "Banten", country="ID", feature="admin1")
    place(doc, "Batu", country="ID")                          # 'Pemkot Batu'
    place(doc, "Jawa Barat", country="ID", feature="admin1")
    place(doc, "Bandung", country="ID")
    # 'Lima orang' (five people) at a sentence start, 'kali', 'baru', the agency name, a title
    not_place(doc, "Lima", "kali", "baru", "Badan", "Suharyanto", "SAR", "Rau", "Naik", "Lagi")


def test_id_gaza_region_and_dateline(extract):
    doc = extract("id-gaza.txt", "id")
    place(doc, "KAIRO", near=CAIRO, role="dateline")
    place(doc, "Kairo", near=CAIRO, role="other")            # 'Kairo menyatakan'
    place(doc, "Khan Younis", country="PS")
    place(doc, "Jalur Gaza", country="PS")
    place(doc, "Timur Tengah", feature="region")
    place(doc, "Qatar", country="QA", feature="country")
    place(doc, "Rafah", country="PS", role="other")          # photo caption
    place(doc, "Jakarta", near=JAKARTA, role="context")      # 'Kemlu RI di Jakarta'
    not_place(doc, "Mohammed", "Salem", "REUTERS", "Udara", "Kamp")


# --------------------------------------------------------------------------- English

def test_en_border_article(extract):
    doc = extract("en-border.txt", "en")
    place(doc, "YEREVAN", near=YEREVAN, role="dateline")
    # 'the border between Armenia and Azerbaijan' names two countries, each a mention (the
    # event side reads the phrase as their shared line)
    place(doc, "Azerbaijan", country="AZ", feature="country")
    not_place(doc, "Armenia and Azerbaijan")
    place(doc, "Sotk", near=SOTK, role="other")                       # caption
    place(doc, "Jermuk", near=JERMUK, role="context")
    place(doc, "Goris", near=GORIS)
    place(doc, "Syunik Province", country="AM", feature="admin1")
    place(doc, "Nagorno-Karabakh", feature="region")
    place(doc, "Baku", near=BAKU, role="other")                       # 'Baku said'
    place(doc, "Moscow", near=MOSCOW, role="other")                   # 'Moscow urged'
    place(doc, "Kremlin", near=MOSCOW, role="other")
    place(doc, "Vardenis", country="AM")
    place(doc, "Russia", role="other")                                # 'Read more:' link
    not_place(doc, "Laura", "Kessler", "Ambrose", "Suren", "Papikyan", "Vladimir", "Putin",
              "Human Rights Watch", "Thomas", "Waal", "Carnegie", "Europe", "Minasyan")


def test_en_traps(extract):
    doc = extract("en-traps.txt", "en")
    not_place(doc, "Media", "Mobile", "Reading", "Of", "Peterson", "Jakarta", "Moscow",
              "Azerbaijan", "border_watch", "borderwatch")
    place(doc, "Armenia–Azerbaijan", feature="border")
    place(doc, "Georgia", country="GE", feature="country")      # the country, not the state
    place(doc, "Jordan", country="JO")
    assert len(mentions(doc, "Jordan")) == 1                   # not 'Jordan Peterson'
    place(doc, "Nice", country="FR", near=(43.70, 7.27))        # 'in Nice, France'
    place(doc, "Geneva", country="CH")
    place(doc, "Tbilisi", country="GE")


def test_en_other_region(extract):
    doc = extract("en-ukraine.txt", "en")
    place(doc, "KYIV", country="UA", role="dateline")
    place(doc, "Kyiv", country="UA", role="other")              # 'Kyiv asked', 'as Kyiv pleads'
    place(doc, "Washington", country="US", role="other")
    place(doc, "Moscow", country="RU", role="other")
    place(doc, "Kharkiv", country="UA", near=(49.99, 36.23), role="context")
    place(doc, "Kupiansk", country="UA", near=(49.71, 37.62))
    place(doc, "Odesa", country="UA", near=(46.48, 30.73))
    place(doc, "Istanbul", country="TR", role="context")        # 'talks in Istanbul'


# --------------------------------------------------------------------------- seven more languages

def test_ru(extract):
    doc = extract("ru-border.txt", "ru")
    place(doc, "ЕРЕВАН", near=YEREVAN, role="dateline")
    place(doc, "Азербайджана", country="AZ", feature="country")  # 'граница Армении и Азербайджана'
    not_place(doc, "Армении и Азербайджана")
    place(doc, "Джермук", near=JERMUK)
    place(doc, "Сотк", near=SOTK)
    place(doc, "Гориса", near=GORIS)                            # inflected
    place(doc, "Гюмри", near=GYUMRI)
    place(doc, "Баку", near=BAKU, role="other")
    place(doc, "Ереван", near=YEREVAN, role="other")
    place(doc, "Москва", near=MOSCOW, role="other")
    place(doc, "Кремле", near=MOSCOW, role="other")
    place(doc, "Нью-Йорке", country="US")
    place(doc, "Вашингтоне", country="US", role="other")        # 'Читайте также'
    not_place(doc, "Сурен", "Папикян", "Совета")


def test_tr(extract):
    doc = extract("tr-border.txt", "tr")
    place(doc, "BAKÜ", near=BAKU, role="dateline")
    place(doc, "Ermenistan-Azerbaycan", feature="border")       # '… sınırında'
    place(doc, "Ermenistan", country="AM", feature="country")
    place(doc, "Erivan", near=YEREVAN, role="other")            # 'Erivan ise … öne sürdü'
    place(doc, "Ankara", country="TR", role="other")
    place(doc, "Cermuk", near=JERMUK)
    place(doc, "Kars", country="TR")                            # "Kars'ta" at a sentence start
    place(doc, "Kelbecer", country="AZ")
    not_place(doc, "Türk", "Nikol", "Paşinyan", "Putin")


def test_fr(extract):
    doc = extract("fr-border.txt", "fr")
    place(doc, "EREVAN", near=YEREVAN, role="dateline")
    place(doc, "Azerbaïdjan", country="AZ", feature="country")     # 'frontière entre … et …'
    not_place(doc, "Arménie et l'Azerbaïdjan")
    place(doc, "Arménie", country="AM", feature="country")
    place(doc, "Goris", near=GORIS)                              # 'la ville de Goris'
    place(doc, "Bakou", near=BAKU, role="other")
    place(doc, "Erevan", near=YEREVAN, role="other")
    place(doc, "Moscou", near=MOSCOW, role="other")
    place(doc, "Kremlin", near=MOSCOW, role="other")
    place(doc, "Paris", country="FR", role="context")            # 'À Paris'
    place(doc, "Gyumri", near=GYUMRI, role="other")              # 'Lire aussi'
    not_place(doc, "Claire", "Moreau", "À Paris", "À Gyumri")


def test_de(extract):
    doc = extract("de-border.txt", "de")
    place(doc, "Aserbaidschan", country="AZ", feature="country")  # 'Grenze zwischen … und …'
    not_place(doc, "Armenien und Aserbaidschan")
    assert doc.dateline is not None and doc.dateline.place.country == "AM"
    place(doc, "Jermuk", near=JERMUK)                            # 'die Stadt Jermuk'
    place(doc, "Sotk", near=SOTK)                                # 'das Dorf Sotk'
    place(doc, "Goris", near=GORIS)
    place(doc, "Syunik", country="AM")
    place(doc, "Eriwan", near=YEREVAN)
    assert "context" in roles(doc, "Eriwan")                     # 'in Eriwan'
    not_place(doc, "Essen", "Katrin", "Adler", "Annalena", "Baerbock", "Tote", "Dorf", "Region")


def test_es(extract):
    doc = extract("es-border.txt", "es")
    place(doc, "EREVÁN", near=YEREVAN, role="dateline")
    place(doc, "Azerbaiyán", country="AZ", feature="country")     # 'frontera entre … y …'
    not_place(doc, "Armenia y Azerbaiyán")
    place(doc, "Goris", near=GORIS)
    place(doc, "Sotk", near=SOTK)
    place(doc, "Bakú", near=BAKU, role="other")
    place(doc, "Moscú", near=MOSCOW, role="other")
    place(doc, "Kremlin", near=MOSCOW, role="other")
    place(doc, "Bruselas", country="BE")
    place(doc, "Jermuk", near=JERMUK)
    not_place(doc, "Victoria", "Sargsián", "Unión Europea", "Defensa")


def test_it(extract):
    doc = extract("it-border.txt", "it")
    place(doc, "EREVAN", near=YEREVAN, role="dateline")
    place(doc, "Azerbaigian", country="AZ", feature="country")    # 'confine tra … e …'
    not_place(doc, "Armenia e Azerbaigian")
    place(doc, "Goris", near=GORIS)
    place(doc, "Sotk", near=SOTK)
    place(doc, "Baku", near=BAKU, role="other")
    place(doc, "Mosca", near=MOSCOW, role="other")
    place(doc, "Cremlino", near=MOSCOW, role="other")
    place(doc, "Roma", country="IT", role="context")              # "a Roma"
    place(doc, "Gyumri", near=GYUMRI, role="other")               # 'Leggi anche'
    not_place(doc, "Farnesina")


def test_ms(extract):
    doc = extract("ms-border.txt", "ms")
    place(doc, "YEREVAN", near=YEREVAN, role="dateline")
    place(doc, "Armenia-Azerbaijan", feature="border")            # 'sempadan Armenia-Azerbaijan'
    place(doc, "Jermuk", near=JERMUK)
    place(doc, "Sotk", near=SOTK)
    place(doc, "Baku", near=BAKU, role="other")
    place(doc, "Moscow", near=MOSCOW, role="other")
    place(doc, "Kremlin", near=MOSCOW, role="other")
    place(doc, "Malaysia", country="MY")
    place(doc, "Gyumri", near=GYUMRI, role="other")
    not_place(doc, "Anwar", "Ibrahim", "Kesatuan Eropah", "Eropah", "Bernama")


# --------------------------------------------------------------------------- mechanisms

def _doc(text: str, lang: str, kinds=None) -> Document:
    """A Document without the reader: one body segment per line (or the given kinds)."""
    segs, pos = [], 0
    for n, line in enumerate(text.split("\n")):
        kind = kinds[n] if kinds else "body"
        segs.append(Segment(kind, pos, pos + len(line)))
        pos += len(line) + 1
    return Document(text=text, lang=lang, segments=segs)


def test_armenia_is_the_country_in_a_caucasus_story(gazetteer):
    doc = find_places(_doc("Armenia said Azerbaijani troops shelled positions near Jermuk.", "en"),
                      gazetteer)
    m = mentions(doc, "Armenia")[0]
    assert m.place.id == "ne:AM" and m.confidence > 0.8
    assert any("Armenia" in line for line in m.explain)


def test_context_picks_the_namesake_in_the_right_country(gazetteer):
    # Armenia (Colombia) when the story is about Colombia: the country context decides
    text = ("Colombia: dos muertos en un ataque en Armenia, capital del departamento de Quindío. "
            "La policía de Pereira y de Armenia reforzó la seguridad.")
    doc = find_places(_doc(text, "es"), gazetteer)
    arm = mentions(doc, "Armenia")
    assert arm and all(m.place.country == "CO" for m in arm), [m.explain for m in arm]


def test_roles_from_segments(gazetteer):
    text = "Clashes near Goris\nRefugees wait in Goris. Photo: AP\nRead more: Talks in Yerevan\nMenu Baku"
    doc = find_places(_doc(text, "en", ["title", "caption", "related", "boilerplate"]), gazetteer)
    assert roles(doc, "Goris") == {"context", "other"}
    assert mentions(doc, "Goris")[1].role == "other"
    assert roles(doc, "Yerevan") == {"other"}
    assert roles(doc, "Baku") == {"other"}


def test_capital_as_place_or_actor(gazetteer):
    text = ("Protesters rallied in Baku on Sunday. Baku rejected the claim. "
            "Talks between Moscow and Yerevan stalled, and Yerevan and Baku traded accusations.")
    doc = find_places(_doc(text, "en"), gazetteer)
    baku = mentions(doc, "Baku")
    assert [m.role for m in baku] == ["context", "other", "other"], [m.explain for m in baku]
    assert all(m.role == "other" for m in mentions(doc, "Yerevan"))


def test_one_gazetteer_query_per_article(gazetteer):
    calls = []

    class Counting:
        def __init__(self, g):
            self.g = g

        def match(self, keys, **kw):
            calls.append(len(list(keys)))
            return self.g.match(keys, **kw)

        def __getattr__(self, name):
            return getattr(self.g, name)

    doc = read_article(FIX / "en-border.txt", lang="en")
    find_places(doc, Counting(gazetteer))
    # one query for the article's names; a bracketed part of the dateline that no outlet list
    # knows ('X (Bologna) —': a province or an outlet?) may add one lookup of that one name
    big = [c for c in calls if c > 1]
    assert len(big) == 1 and big[0] > 20 and len(calls) <= 2, calls


def test_explain_and_json_schema(extract):
    doc = extract("en-border.txt", "en")
    out = doc.to_json(explain=True)
    assert out["schema"] == "geomap.extract/1"
    assert out["article"]["dateline"] == {"text": "YEREVAN", "place_id": "geonames:616052"}
    for p in out["places"]:
        assert set(p) >= {"mention", "start", "end", "role", "confidence", "place", "explain"}
        assert doc.text[p["start"]:p["end"]] == p["mention"]
        assert p["role"] in ("context", "dateline", "other", "event")
        assert set(p["place"]) == {"id", "name", "country", "feature", "lat", "lon", "population"}
    json.dumps(out)


def test_empty_and_placeless_text(gazetteer):
    assert find_places(_doc("", "en"), gazetteer).mentions == []
    doc = find_places(_doc("nothing here but lower case words and numbers 42.", "id"), gazetteer)
    assert doc.mentions == [] and doc.dateline is None


# --------------------------------------------------------------------------- the seed article

@pytest.mark.skipif(not SEED.is_dir(), reason="shared seed article not present")
def test_seed_article_places_and_roles(gazetteer):
    gold_file = next(SEED.glob("*.gold.json"))
    gold = json.loads(gold_file.read_text(encoding="utf-8"))
    doc = find_places(read_article(gold_file.with_name(gold_file.name.replace(".gold.json", ".txt"))),
                      gazetteer)
    by_form: dict[str, list] = {}
    for m in doc.mentions:
        by_form.setdefault(m.mention.casefold(), []).append(m)
    for t in gold["toponyms"]:
        got = by_form.get(t["text"].casefold())
        assert got, f"{t['text']} not recognised"
        m = got[0]
        if t["kind"] == "border":
            assert m.place.feature == "border" and m.place.id == "geomap:border-am-az"
        elif t["kind"] == "country":
            assert m.place.country == t["country"]
        else:
            assert haversine_km(m.place.lat, m.place.lon, t["lat"], t["lon"]) <= 161, (t, m.place)
        got_roles = {x.role for x in got}
        if t["role"] == "event":       # the events stage promotes; this stage leaves context
            assert got_roles & {"context", "event"}, (t["text"], got_roles)
        elif t["role"] == "other":
            assert got_roles == {"other"}, (t["text"], got_roles)
        else:
            assert t["role"] in got_roles, (t["text"], got_roles)
    forms = set(by_form)
    gold_forms = {t["text"].casefold() for t in gold["toponyms"]}
    assert forms <= gold_forms, forms - gold_forms
    for trap in ("serang", "kota", "negara", "dalam", "sepanjang", "pangkalan", "balasan",
                 "michel", "grigoryan", "armen", "karl", "gading", "uni eropa", "russia"):
        assert trap not in forms
    assert doc.dateline.mention == "Jakarta"


@pytest.mark.parametrize("lang, text, surface", [
    ("ru", "Бои на армяно-азербайджанской границе продолжаются.", "армяно-азербайджанской"),
    ("en", "Fighting on the Armenian-Azerbaijani border went on.", "Armenian-Azerbaijani"),
    ("fr", "Combats à la frontière arméno-azerbaïdjanaise.", "arméno-azerbaïdjanaise"),
    ("es", "Combates en la frontera armenio-azerbaiyana.", "armenio-azerbaiyana"),
    ("it", "Scontri al confine armeno-azero.", "armeno-azero"),
    ("de", "Gefechte an der armenisch-aserbaidschanischen Grenze.", "armenisch-aserbaidschanischen"),
    ("ru", "Обстрелы на российско-украинской границе.", "российско-украинской"),
    ("en", "Clashes on the Thai-Cambodian border.", "Thai-Cambodian"),
])
def test_borders_written_with_adjectives(gazetteer, lang, text, surface):
    doc = find_places(_doc(text, lang), gazetteer)
    m = mentions(doc, surface)
    assert m and m[0].place.feature == "border", [(x.mention, x.place.id) for x in doc.mentions]


def test_adjectives_without_a_border_cue_are_not_places(gazetteer):
    doc = find_places(_doc("Armenian-Azerbaijani talks resumed in Brussels.", "en"), gazetteer)
    assert [m.mention for m in doc.mentions] == ["Brussels"]


def test_town_before_the_municipality_named_after_it(gazetteer):
    doc = find_places(_doc("Clashes near Jermuk, Armenia, on Tuesday.", "en"), gazetteer)
    m = mentions(doc, "Jermuk")[0]
    assert m.place.feature == "city" and haversine_km(m.place.lat, m.place.lon, *JERMUK) < 20


def test_capital_in_a_list_of_towns_is_a_place(gazetteer):
    text = "Getaran terasa hingga Jakarta, Bogor, dan Sukabumi. Yerevan dan Baku saling menuduh."
    doc = find_places(_doc(text, "id"), gazetteer)
    assert roles(doc, "Jakarta") == {"context"}
    assert roles(doc, "Yerevan") == roles(doc, "Baku") == {"other"}


def test_headline_words_after_a_people_cue(gazetteer):
    text = ("Gempa Guncang Cianjur, Warga Panik Berhamburan\n"
            "Baca Juga: Warga Serang Keluhkan Harga Beras yang Terus Melambung")
    doc = find_places(_doc(text, "id", ["title", "related"]), gazetteer)
    assert not mentions(doc, "Panik")                  # an adjective, not Panik (Armenia)
    place(doc, "Serang", country="ID", role="other")   # 'warga Serang': the people of Serang
    place(doc, "Cianjur", country="ID")


def test_russian_area_names_with_their_noun(gazetteer):
    doc = find_places(_doc("ВСУ атаковали приграничные районы Курской области и Суджу.", "ru"),
                      gazetteer)
    m = [x for x in doc.mentions if x.mention.startswith("Курской")]
    assert m and m[0].place.feature == "admin1" and m[0].place.country == "RU"
    doc = find_places(_doc("Troops shelled villages in Tavush province on Monday.", "en"), gazetteer)
    assert [x.mention for x in doc.mentions] == ["Tavush"]


def test_country_and_curated_names_win_over_namesakes(gazetteer):
    # 'Niger' the country, not Niger State; 'Gaza' the strip/city, not Gaza province (Mozambique);
    # 'Johor' the state, not the city of Johor Bahru (matched by another name)
    doc = find_places(_doc("Troops from Niger and Nigeria met in Abuja on Monday.", "en"),
                      gazetteer)
    assert mentions(doc, "Niger")[0].place.feature == "country"
    doc = find_places(_doc("Houthi rebels said they fired missiles; in Gaza, strikes went on.",
                           "en"), gazetteer)
    g = mentions(doc, "Gaza")[0].place
    assert g.country == "PS", g
    doc = find_places(_doc("Banjir melanda Johor dan Melaka sejak semalam.", "ms"), gazetteer)
    assert mentions(doc, "Johor")[0].place.feature == "admin1"


def test_german_capitalised_nouns_and_foreign_cities(gazetteer):
    text = ("Die Vereinten Nationen in Genf warnten vor einer Hungersnot im Sudan. "
            "Bei Regen und Kälte harrten die Menschen aus. Vista und Orange sind keine Orte hier.")
    doc = find_places(_doc(text, "de"), gazetteer)
    place(doc, "Genf", country="CH")
    place(doc, "Sudan", country="SD", feature="country")
    not_place(doc, "Regen", "Vista", "Orange", "Menschen")


def test_russian_list_of_districts(gazetteer):
    text = "Армения передала Азербайджану Кельбаджарский, Лачинский и Агдамский районы."
    doc = find_places(_doc(text, "ru"), gazetteer)
    for adj in ("Кельбаджарский", "Лачинский"):
        m = mentions(doc, adj)
        assert m and m[0].place.country == "AZ" and m[0].place.feature in ("admin1", "admin2")
    assert any(m.mention.startswith("Агдамский") and m.place.country == "AZ"
               for m in doc.mentions)
    doc = find_places(_doc("Войска вошли в пределы Кельбаджарского и Лачинского районов.", "ru"),
                      gazetteer)
    assert [m.place.country for m in doc.mentions] == ["AZ", "AZ"]


def test_cue_words_before_names(gazetteer):
    doc = find_places(_doc("Pasukan dikirim ke Kota Banda Aceh, Kota Kinabalu dan Kota Gyumri.",
                           "id"), gazetteer)
    assert [m.mention for m in doc.mentions] == ["Banda Aceh", "Kota Kinabalu", "Gyumri"]
    # ('Halbinsel Krim' is a curated name of Crimea made with its cue word: kept whole, like
    # 'Franja de Gaza', the form the unseen sets' writers mark)
    doc = find_places(_doc("Die Brücke verbindet Russland mit der Halbinsel Krim.", "de"),
                      gazetteer)
    assert [m.mention for m in doc.mentions] == ["Russland", "Halbinsel Krim"]
    assert doc.mentions[1].place.id == "geomap:crimea"


# --------------------------------------------------------------------------- held-out articles
# tests/fixtures/places/heldout/: nine articles written for this test only (one per language,
# regions away from the Caucasus), never used to tune the lexicons; gold toponyms in the format
# of the corpus (corpus/README.md), scored with geomap.evaluate like the corpus.

def test_heldout_articles_recognition_resolution_and_datelines(gazetteer):
    from geomap.evaluate import evaluate
    rep = evaluate(FIX / "heldout", gazetteer=gazetteer)
    o = rep["overall"]
    assert o["articles"] == 9
    assert o["f1"] >= 0.85, o
    assert o["acc161"] >= 0.9, o
    assert o["dateline_acc"] == 1.0, o
    for lang, v in rep["by_lang"].items():
        assert v["f1"] >= 0.7, (lang, v)


def _roles_of(gazetteer, lang: str, text: str, surface: str) -> list[str]:
    doc = find_places(read_article(text, lang=lang, is_text=True), gazetteer)
    return [m.role for m in doc.mentions if m.mention == surface]


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "Officials met on Monday. Yerevan announced new talks, and Baku rejected them.",
     "Yerevan"),
    ("id", "Setelah pertemuan itu, Yerevan mengumumkan gencatan senjata baru.", "Yerevan"),
    ("id", "Dalam pernyataannya, Baku menuduh pasukan Armenia melanggar kesepakatan.", "Baku"),
    ("ms", "Selepas rundingan itu, Bangkok menafikan laporan tersebut.", "Bangkok"),
    ("ru", "После встречи Баку обвинил соседей в провокации.", "Баку"),
    ("ru", "Киев отверг обвинения.", "Киев"),
    ("tr", "Toplantının ardından Ankara açıkladı: müzakereler sürecek.", "Ankara"),
    ("tr", "Açıklamada Erivan iddiaları reddetti.", "Erivan"),
    ("fr", "Après la réunion, Moscou a averti les Occidentaux.", "Moscou"),
    ("de", "Nach dem Treffen warnte Moskau vor neuen Sanktionen.", "Moskau"),
    ("de", "Ankara kündigte eine Untersuchung an.", "Ankara"),
    ("es", "En un comunicado, Bakú acusó a Armenia de provocaciones.", "Bakú"),
    ("it", "Dopo il vertice, Mosca ha avvertito l'Occidente.", "Mosca"),
])
def test_capital_standing_for_its_government_in_every_language(gazetteer, lang, text, surface):
    assert _roles_of(gazetteer, lang, text, surface) == ["other"]


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "Thousands of civilians fled to Kyiv after the attack.", "Kyiv"),
    ("es", "El opositor huye a Moscú tras la condena.", "Moscú"),
    ("es", "Cientos de familias llegaron a Caracas en autobús.", "Caracas"),
    ("fr", "Des centaines de familles ont fui vers Bamako.", "Bamako"),
    ("it", "Migliaia di persone sono fuggite a Tripoli dopo gli scontri.", "Tripoli"),
    ("de", "Tausende flohen nach Kiew.", "Kiew"),
    ("ru", "Тысячи жителей бежали в Киев после обстрелов.", "Киев"),
    ("id", "Ribuan warga mengungsi ke Jakarta setelah banjir.", "Jakarta"),
    ("ms", "Ribuan penduduk melarikan diri ke Bangkok.", "Bangkok"),
])
def test_capital_after_a_verb_of_motion_is_a_place(gazetteer, lang, text, surface):
    assert _roles_of(gazetteer, lang, text, surface) == ["context"]


@pytest.mark.parametrize("lang, text, street_word", [
    ("en", "Protesters marched along Baghramyan Avenue on Friday.", "Baghramyan"),
    ("ms", "Himpunan diadakan di hadapan kedutaan di Jalan Ampang semalam.", "Ampang"),
    ("id", "Massa berkumpul di Jalan Thamrin sejak pagi.", "Thamrin"),
    ("fr", "Des milliers de personnes se sont rassemblées place de la République.",
     "République"),
    ("es", "Cientos de personas marcharon por la avenida Boyacá en Bogotá.", "Boyacá"),
    ("it", "Gli attivisti hanno organizzato un presidio in piazza Venezia.", "Venezia"),
    ("tr", "Grup, Prizren Caddesi üzerindeki binanın önünde toplandı.", "Prizren"),
])
def test_streets_named_after_places_are_not_those_places(gazetteer, lang, text, street_word):
    doc = find_places(read_article(text, lang=lang, is_text=True), gazetteer)
    # (the street itself may be a mention, pinned at its town: never the place it is named after)
    assert not [m for m in doc.mentions if street_word in m.mention
                and (m.place is None or m.place.source != "street")]


@pytest.mark.parametrize("lang, text, name", [
    ("es", "Los soldados pertenecían al Batallón General Santander, informó el Ejército.",
     "Santander"),
    ("it", "Secondo il corrispondente Marco Bari, la situazione resta tesa.", "Bari"),
    ("tr", "Muhabirimiz Emre Sivas'ın aktardığına göre yollar kapatıldı.", "Sivas"),
    ("fr", "Le porte-parole du gouvernement, Fousseyni Sikasso, a parlé d'une attaque.",
     "Sikasso"),
])
def test_ranks_and_titles_before_place_like_person_names(gazetteer, lang, text, name):
    doc = find_places(read_article(text, lang=lang, is_text=True), gazetteer)
    assert not [m for m in doc.mentions if name in m.mention]


def test_a_rank_word_that_begins_a_town_name_keeps_the_town(gazetteer):
    doc = find_places(read_article("Families travelled as far as General Santos on Friday.",
                                   lang="en", is_text=True), gazetteer)
    assert [m.place.country for m in doc.mentions if m.mention == "General Santos"] == ["PH"]


def test_german_articles_make_common_nouns(gazetteer):
    doc = find_places(read_article(
        "Die ukrainische Marine geleitet Frachter im Sommer bis in die Stadt Cherson.",
        lang="de", is_text=True), gazetteer)
    assert [m.mention for m in doc.mentions] == ["Cherson"]


def test_second_heldout_batch(gazetteer):
    """Five more articles (heldout2/), written after the lexicon changes above and scored
    before any tuning (F1 0.88, acc161 0.96 then). The French dateline 'PORT-AU-PRINCE, 1er
    avril (…) –' is not found by the read stage yet, so datelines are not asserted here."""
    from geomap.evaluate import evaluate
    o = evaluate(FIX / "heldout2", gazetteer=gazetteer)["overall"]
    assert o["articles"] == 5
    assert o["f1"] >= 0.85, o
    assert o["acc161"] >= 0.9, o


@pytest.mark.parametrize("lang, text, surface", [
    ("en", "The United Arab Emirates denied that it supplies weapons.", "United Arab Emirates"),
    ("fr", "Lire aussi : Au Cap-Haïtien, l'aéroport rouvre après trois semaines.",
     "Cap-Haïtien"),
])
def test_names_not_cut_by_an_organisation_or_an_article(gazetteer, lang, text, surface):
    doc = find_places(read_article(text, lang=lang, is_text=True), gazetteer)
    assert surface in [m.mention for m in doc.mentions]


def test_organisation_heads_after_a_place_name(gazetteer):
    doc = find_places(read_article(
        "Khartoum accused the RSF of targeting the Saudi Hospital in El Fasher.", lang="en",
        is_text=True), gazetteer)
    assert "Saudi" not in [m.mention for m in doc.mentions]


@pytest.mark.parametrize("lang, text, surface, iso", [
    ("fr", "Des habitants ont gagné la frontière avec la République dominicaine.",
     "République dominicaine", "DO"),
    ("fr", "La Guinée équatoriale a fermé sa frontière.", "Guinée équatoriale", "GQ"),
])
def test_names_ending_in_a_lower_case_adjective(gazetteer, lang, text, surface, iso):
    doc = find_places(read_article(text, lang=lang, is_text=True), gazetteer)
    assert [(m.mention, m.place.country) for m in doc.mentions] == [(surface, iso)]


def test_other_name_of_a_country_inside_a_longer_name(gazetteer):
    doc = find_places(read_article(
        "Troops clashed with gunmen in the town of Datu Saudi Ampatuan on Thursday.",
        lang="en", is_text=True), gazetteer)
    assert "Saudi" not in [m.mention for m in doc.mentions]


@pytest.mark.parametrize("text, role", [
    ("В Москве сказали, что ответят на санкции.", "other"),     # its government speaking
    ("В Москве прошли акции протеста.", "context"),              # something happened there
])
def test_russian_locative_capital_with_or_without_a_speech_verb(gazetteer, text, role):
    assert _roles_of(gazetteer, "ru", text, "Москве") == [role]


# --------------------------------------------------------------------------- generic words

def _places_of(gazetteer, lang: str, text: str) -> dict[str, str]:
    doc = find_places(read_article(text, lang=lang, is_text=True), gazetteer)
    return {m.mention: m.place.id for m in doc.mentions}


@pytest.mark.parametrize("lang, text, surface, pid", [
    # a natural feature's generic word after its adjective belongs to the name
    ("ru", "Два судна затонули у берегов Чёрного моря в пятницу.", "Чёрного моря",
     "geomap:black-sea"),
    ("ru", "Танкер вошёл в Красное море под охраной.", "Красное море", "geomap:red-sea"),
    ("ru", "Израиль провёл учения на Голанских высотах.", "Голанских высотах",
     "geomap:golan-heights"),
    ("ru", "Учения прошли на Курильских островах и в Индийском океане.",
     "Курильских островах", "geomap:kuril-islands"),
    ("ru", "Учения прошли на Курильских островах и в Индийском океане.",
     "Индийском океане", "geomap:indian-ocean"),
    ("tr", "Bir kargo gemisi Ege denizinde arıza yaptı.", "Ege denizinde", "geomap:aegean-sea"),
    # a lower-case generic word before the name, when the whole phrase is a gazetteer name
    ("fr", "Un cargo a été visé en mer Rouge puis dans le golfe d'Aden.", "mer Rouge",
     "geomap:red-sea"),
    ("fr", "Un cargo a été visé en mer Rouge puis dans le golfe d'Aden.", "golfe d'Aden",
     "geomap:gulf-of-aden"),
    ("fr", "Le trafic a repris sur le détroit de Kertch lundi.", "détroit de Kertch",
     "geomap:kerch-strait"),
    ("fr", "Les camions attendent devant le corridor de Latchine.", "corridor de Latchine",
     "geomap:lachin-corridor"),
    ("es", "Dos fragatas patrullan el mar Negro desde marzo.", "mar Negro", "geomap:black-sea"),
    ("it", "Una petroliera è stata colpita nel mar Rosso all'alba.", "mar Rosso",
     "geomap:red-sea"),
    ("it", "Due navi sono affondate nel mare d'Azov in novembre.", "mare d'Azov",
     "geomap:sea-of-azov"),
])
def test_generic_words_that_belong_to_a_name(gazetteer, lang, text, surface, pid):
    got = _places_of(gazetteer, lang, text)
    assert got.get(surface) == pid, got


def test_generic_word_before_a_name_that_is_not_a_gazetteer_phrase(gazetteer):
    # 'bande de Gaza' is a curated name of the Strip made with its cue word: kept whole (the
    # form writers mark: 'Franja de Gaza', 'Striscia di Gaza', 'Jalur Gaza'), and a cue word
    # before an ordinary town stays a cue
    got = _places_of(gazetteer, "fr", "Des tirs ont visé la bande de Gaza et la ville de Rafah.")
    assert got.get("bande de Gaza") == "geomap:gaza-strip" and "Rafah" in got, got
    assert "ville de Rafah" not in got
    assert "Чёрное" not in _places_of(gazetteer, "ru", "Чёрное платье висело в шкафу.")


@pytest.mark.parametrize("lang, text, absent, present", [
    ("de", "Der US-Sondergesandte landete am Abend in Doha.", "US", "Doha"),
    ("de", "Beim EU-Gipfel in Brüssel ging es um Armenien.", "EU", "Armenien"),
    ("en", "The US-led coalition struck targets near Mosul.", "US", "Mosul"),
    # organisation heads before a country abbreviation (Indonesian, Malay)
    ("id", "Kementerian Luar Negeri AS menanggapi protes warga di Bandung.", "AS", "Bandung"),
    ("id", "Kemlu RI memanggil duta besar Iran ke Jakarta.", "RI", "Jakarta"),
    ("ms", "Kementerian Pertahanan UK menghantar pegawai ke Kuala Lumpur.", "UK", "Kuala Lumpur"),
    ("ru", "В МИД РФ ответили на заявление из Еревана.", "РФ", "Еревана"),
])
def test_abbreviations_as_modifiers_and_in_organisations(gazetteer, lang, text, absent, present):
    got = _places_of(gazetteer, lang, text)
    assert absent not in got and present in got, got


def test_abbreviation_before_a_place_keeps_both(gazetteer):
    got = _places_of(gazetteer, "en", "Crossings on the US-Mexico border fell. The US said so.")
    assert got.get("US-Mexico") == "geomap:border-mx-us", got
    assert got.get("US") == "ne:US", got
    assert _places_of(gazetteer, "id", "Warga AS diminta meninggalkan Lebanon.").get("AS") == "ne:US"
    # a country written in full after a ministry is still a place (only abbreviations fuse)
    assert "Armenia" in _places_of(gazetteer, "id", "Kementerian Luar Negeri Armenia menolak.")


@pytest.mark.parametrize("lang, text, surface, iso", [
    ("id", "Pesawat kargo itu mendarat di UEA pada Senin malam.", "UEA", "AE"),
    ("ru", "Повстанцы в ДРК заняли ещё один город.", "ДРК", "CD"),
    ("en", "The pilgrims returned from KSA on Friday.", "KSA", "SA"),
])
def test_listed_country_abbreviations(gazetteer, lang, text, surface, iso):
    doc = find_places(read_article(text, lang=lang, is_text=True), gazetteer)
    assert [(m.mention, m.place.country) for m in doc.mentions if m.mention == surface] == \
        [(surface, iso)], [m.mention for m in doc.mentions]


@pytest.mark.parametrize("lang, text, inside", [
    ("fr", "La Communauté économique des États de l'Afrique de l'Ouest a tenu un sommet.",
     ["Afrique", "Afrique de l'Ouest"]),
    ("en", "The Economic Community of West African States held a summit on Sunday.",
     ["West"]),
    ("es", "La Comunidad Económica de los Estados de África Occidental celebró una cumbre.",
     ["África", "África Occidental"]),
    ("it", "La Comunità economica degli Stati dell'Africa occidentale ha convocato un vertice.",
     ["Africa", "Africa occidentale"]),
    ("ru", "Экономическое сообщество западноафриканских государств провело саммит.", []),
    ("de", "Der Golf-Kooperationsrat und die Afrikanische Union riefen zur Ruhe auf.",
     ["Golf", "Afrikanische Union"]),
    ("id", "Dewan Kerja Sama Teluk dan Perhimpunan Bangsa-Bangsa Asia Tenggara bertemu.",
     ["Teluk", "Asia Tenggara", "Asia"]),
    ("ms", "Majlis Kerjasama Teluk mengadakan sidang kemuncak.", ["Teluk"]),
    ("tr", "Körfez İşbirliği Konseyi ve Arap Birliği toplandı.", ["Körfez", "Arap"]),
])
def test_regional_organisations_are_not_places(gazetteer, lang, text, inside):
    doc = find_places(read_article(text, lang=lang, is_text=True), gazetteer)
    assert doc.mentions == [] or all(m.mention not in inside for m in doc.mentions), \
        [m.mention for m in doc.mentions]
    assert not doc.mentions, [m.mention for m in doc.mentions]


@pytest.mark.parametrize("lang, text, place, inside", [
    ("es", "Un coche bomba estalló junto a la Escuela Militar de Aviación de Cali.", "Cali", "Aviación"),
    ("en", "Shells hit the Central Hospital of Gaza near Rafah overnight.", "Rafah", "Gaza"),
    ("id", "Mahasiswa Universitas Negeri Papua berunjuk rasa di Manokwari.", "Manokwari", "Papua"),
])
def test_a_place_word_after_an_organisation_head_and_its_name_is_the_name(
        gazetteer, lang, text, place, inside):
    """The head of a facility's or institution's name may stand a few capitalised words before
    the place word ('Escuela Militar de Aviación'): the word is part of the name."""
    doc = find_places(read_article(text, lang=lang, is_text=True), gazetteer)
    found = [m.mention for m in doc.mentions]
    assert place in found and inside not in found, found


@pytest.mark.parametrize("lang, text, place, not_places", [
    ("en", "Boko Haram fighters raided a market in Maiduguri on Friday.", "Maiduguri", ["Haram"]),
    ("fr", "Hayat Tahrir al-Sham a lancé une offensive vers Hama.", "Hama", ["Sham", "al-Sham"]),
    ("ms", "Tentera Arakan menyerang pos tentera di Sittwe semalam.", "Sittwe", ["Arakan"]),
    ("tr", "Suriye Milli Ordusu Münbiç yakınında ilerledi.", "Münbiç", ["Suriye"]),
    ("de", "Die Balochistan Liberation Army bekannte sich zu dem Anschlag in Quetta.", "Quetta",
     ["Balochistan"]),
    ("en", "The Syrian Observatory for Human Rights said 250 people died in Sweida.", "Sweida",
     ["Human", "Syrian"]),
    ("fr", "Selon l'Observatoire syrien des droits de l'homme, 250 personnes sont mortes à Soueida.",
     "Soueida", ["Observatoire"]),
])
def test_armed_groups_named_after_places_are_not_places(gazetteer, lang, text, place, not_places):
    doc = find_places(read_article(text, lang=lang, is_text=True), gazetteer)
    found = [m.mention for m in doc.mentions]
    assert place in found and not set(found) & set(not_places), found


@pytest.mark.parametrize("lang, text, surface, pid", [
    # an oblast named by a generic word and its centre: the oblast, and the mention is the name
    ("de", "Im Oblast Charkiw fiel am Morgen der Strom aus.", "Charkiw", "geonames:706482"),
    ("de", "Im Gebiet Cherson wurden zwei Dörfer beschossen.", "Cherson", "geonames:706442"),
    ("fr", "Des frappes ont touché la région d'Odessa dans la nuit.", "Odessa", "geonames:698738"),
    ("es", "Hubo ataques en el óblast de Jersón el domingo.", "Jersón", "geonames:706442"),
    ("it", "Due villaggi della regione di Sumy sono stati evacuati.", "Sumy", "geonames:692196"),
    ("tr", "Ukrayna'nın Harkiv bölgesinde elektrik kesildi.", "Harkiv", "geonames:706482"),
    ("en", "Drones struck the Belgorod region overnight.", "Belgorod", "geonames:578071"),
])
def test_oblasts_named_by_a_generic_word_and_their_centre(gazetteer, lang, text, surface, pid):
    got = _places_of(gazetteer, lang, text)
    assert got.get(surface) == pid, got


def test_a_district_word_of_an_uncurated_name_does_not_replace_the_name(gazetteer):
    got = _places_of(gazetteer, "en", "Shells fell on villages in Poonch district on Monday.")
    assert "Poonch" in got and "Poonch district" not in got, got


@pytest.mark.parametrize("lang, text, places", [
    ("en", "Azerbaijani forces shelled Kapan, Goris and Jermuk on Tuesday.", ["Kapan", "Goris", "Jermuk"]),
    ("en", "Shells fell on Kapan and Goris.", ["Kapan", "Goris"]),
    ("fr", "Des obus sont tombés sur Goris et Kapan.", ["Goris", "Kapan"]),
])
def test_a_sentence_full_of_small_town_names_is_prose_not_headline_case(gazetteer, lang, text, places):
    """More names than verbs does not make a sentence a title-case headline (where capitals
    prove nothing): the line ends like a sentence and has lower-case words."""
    doc = find_places(read_article(text, lang=lang, is_text=True), gazetteer)
    assert [m.mention for m in doc.mentions] == places


def test_a_title_case_headline_still_proves_nothing(gazetteer):
    doc = find_places(read_article("Shells Fell On Kapan And Goris\n\nNo more news here today.",
                                   lang="en", is_text=True), gazetteer)
    assert [m.mention for m in doc.mentions] == []


def test_dateline_place_stays_a_place_when_a_later_name_makes_a_person_of_it(gazetteer):
    # A caption names a stadium after a general 'of' the city: that person's name must not
    # take the dateline's city with it.
    import geomap
    text = ("Crisis en la frontera\n\n"
            "CÚCUTA, 21 ene (EFE).- Miles de familias llegaron a la ciudad tras los combates "
            "en la región del Catatumbo, según la gobernación.\n\n"
            "Los albergues están llenos y las autoridades piden ayuda.\n\n"
            "Foto: Familias hacen fila en el estadio General Santander de Cúcuta. EFE/Ana Ruiz\n")
    doc = geomap.extract(text, lang="es", is_text=True, gazetteer=gazetteer)
    assert doc.dateline is not None and doc.dateline.mention == "CÚCUTA"
    assert doc.dateline.place.country == "CO"
