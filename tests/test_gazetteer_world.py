"""The curated world layer (gazetteer/countries.tsv, geography.tsv, world.tsv) against the real
index and the real recogniser: country short forms and abbreviations in the nine languages,
Malay country names, seas/straits/rivers/ranges/islands/news regions, and the inflections that
lead to them. Sentences are written for these tests."""
from __future__ import annotations

import csv
import math
from pathlib import Path

import pytest

from geomap.normalize import variants
from geomap.places import find_places
from geomap.read import read_article

CURATED = Path(__file__).resolve().parents[1] / "gazetteer"
LANGS = ("id", "en", "ru", "tr", "fr", "de", "es", "it", "ms")


def rows(name: str) -> list[dict]:
    with open(CURATED / name, encoding="utf-8") as fh:
        return list(csv.DictReader((ln for ln in fh if not ln.startswith("#")), delimiter="\t"))


def km(a, b) -> float:
    (la1, lo1), (la2, lo2) = a, b
    p1, p2, dl = math.radians(la1), math.radians(la2), math.radians(lo2 - lo1)
    c = math.sin(p1) * math.sin(p2) + math.cos(p1) * math.cos(p2) * math.cos(dl)
    return 6371 * math.acos(max(-1.0, min(1.0, c)))


def places_in(gaz, text: str, lang: str) -> dict[str, str]:
    doc = find_places(read_article(text, lang=lang, is_text=True), gaz)
    return {m.mention: m.place.id for m in doc.mentions if m.place}


# --- countries ------------------------------------------------------------------------------

@pytest.mark.parametrize("lang,text,expected", [
    ("en", "The US and the UAE said the talks in Doha went well; the DRC disagreed.",
     {"US": "ne:US", "UAE": "ne:AE", "DRC": "ne:CD"}),
    ("id", "Presiden AS menelepon pejabat RI, sementara Korut dan Korsel saling menuduh.",
     {"AS": "ne:US", "RI": "ne:ID", "Korut": "ne:KP", "Korsel": "ne:KR"}),
    ("ms", "Menteri dari Kemboja, Amerika Syarikat, Jerman dan Perancis bertemu di Lubnan.",
     {"Kemboja": "ne:KH", "Amerika Syarikat": "ne:US", "Jerman": "ne:DE",
      "Perancis": "ne:FR", "Lubnan": "ne:LB"}),
    ("ru", "Представители РФ, США и ОАЭ встретились, а КНР и ФРГ промолчали.",
     {"РФ": "ne:RU", "США": "ne:US", "ОАЭ": "ne:AE", "КНР": "ne:CN", "ФРГ": "ne:DE"}),
    ("tr", "ABD ve BAE heyetleri KKTC konusunu görüştü.",
     {"ABD": "ne:US", "BAE": "ne:AE", "KKTC": "geomap:northern-cyprus"}),
    ("es", "Los enviados de EEUU y de la RDC se reunieron con los de los EAU.",
     {"EEUU": "ne:US", "RDC": "ne:CD", "EAU": "ne:AE"}),
    ("fr", "Les représentants de la RDC et des EAU ont rencontré ceux des États-Unis.",
     {"RDC": "ne:CD", "EAU": "ne:AE", "États-Unis": "ne:US"}),
    ("de", "Vertreter der USA, der VAE und Großbritanniens trafen sich in Tschechien.",
     {"USA": "ne:US", "VAE": "ne:AE", "Tschechien": "ne:CZ"}),
    ("it", "I rappresentanti degli Stati Uniti e della RDC hanno incontrato quelli degli Emirati.",
     {"Stati Uniti": "ne:US", "RDC": "ne:CD", "Emirati": "ne:AE"}),
])
def test_country_abbreviations_and_short_forms(gazetteer, lang, text, expected):
    found = places_in(gazetteer, text, lang)
    for surface, pid in expected.items():
        assert found.get(surface) == pid, (surface, found)


def test_codes_do_not_fire_on_ordinary_words(gazetteer):
    # English 'as' is a stop word, a lower-case 'us' is a pronoun, 'AS' is not an English place
    found = places_in(gazetteer, "Let us see, as they say, what the AS committee decides.", "en")
    assert "ne:US" not in found.values(), found


def test_every_malay_country_name_finds_its_country(gazetteer):
    ms = [r for r in rows("countries.tsv") if r["lang"] == "ms"]
    countries = {r["id"] for r in ms}
    assert len(countries) >= 190                      # every country, not a sample
    wrong = []
    for r in ms:
        res = gazetteer.lookup(r["name"], limit=1)
        if not res or res[0].place.id != r["id"]:
            wrong.append((r["name"], res[0].place.id if res else None))
    assert not wrong


def test_curated_abbreviations_are_usable_names(gazetteer):
    # all-caps abbreviations would be classified 'code' (skipped by the recogniser) by default
    for name, pid in [("UAE", "ne:AE"), ("ABD", "ne:US"), ("РФ", "ne:RU"), ("RI", "ne:ID")]:
        c = [c for c in gazetteer.lookup(name, limit=5) if c.place.id == pid]
        assert c and c[0].name_kind == "alt", name


# --- water, landforms, islands, regions -------------------------------------------------------

def new_places():
    out, cur = {}, None
    for r in rows("geography.tsv"):
        if r["feature"]:
            cur = out[r["id"]] = {"feature": r["feature"], "lat": float(r["lat"]),
                                  "lon": float(r["lon"]), "source": r["source"], "langs": set()}
        if r["id"] in out:
            out[r["id"]]["langs"].add(r["lang"])
    return out


def test_geography_rows_are_complete():
    places = new_places()
    assert len(places) >= 80
    for pid, p in places.items():
        assert p["feature"] in ("water", "mountain", "region", "border"), pid
        assert -90 <= p["lat"] <= 90 and -180 <= p["lon"] <= 180, pid
        assert p["source"], pid
        assert len(p["langs"] & set(LANGS)) >= 6, (pid, p["langs"])


def test_every_geography_name_resolves_to_its_place(gazetteer):
    wrong = []
    for r in rows("geography.tsv"):
        res = gazetteer.lookup(r["name"], limit=1)
        if not res or res[0].place.id != r["id"]:
            wrong.append((r["name"], r["lang"], res[0].place.id if res else None))
    assert not wrong


@pytest.mark.parametrize("name,pid,feature,point", [
    ("Bab el-Mandeb", "geomap:bab-el-mandeb", "water", (12.6, 43.3)),
    ("Керченский пролив", "geomap:kerch-strait", "water", (45.3, 36.5)),
    ("İstanbul Boğazı", "geomap:bosporus", "water", (41.1, 29.1)),
    ("Selat Melaka", "geomap:strait-of-malacca", "water", (4.0, 100.0)),
    ("golfe d'Oman", "geomap:gulf-of-oman", "water", (24.5, 58.5)),
    ("Ägäis", "geomap:aegean-sea", "water", (39.0, 25.0)),
    ("Samudra Hindia", "geomap:indian-ocean", "water", (-20.0, 80.0)),
    ("Eufrate", "geomap:euphrates", "water", (35.3, 40.1)),
    ("Dicle Nehri", "geomap:tigris", "water", (36.3, 43.1)),
    ("Sungai Naf", "geomap:naf-river", "water", (20.9, 92.3)),
    ("Mékong", "geomap:mekong", "water", (15.1, 105.8)),
    ("Зангезурский хребет", "geomap:zangezur-mountains", "mountain", (39.4, 46.0)),
    ("Kleiner Kaukasus", "geomap:lesser-caucasus", "mountain", (40.5, 45.5)),
    ("Néguev", "geomap:negev", "region", (30.8, 34.8)),
    ("Sumatera", "geomap:sumatra", "region", (0.0, 102.0)),
    ("Kalimantan", "geomap:borneo", "region", (0.5, 114.0)),
    ("Курилы", "geomap:kuril-islands", "region", (46.5, 151.5)),
    ("Darfour", "geomap:darfur", "region", (13.5, 24.0)),
    ("Kordofán", "geomap:kordofan", "region", (13.0, 29.7)),
])
def test_news_geography_in_the_nine_languages(gazetteer, name, pid, feature, point):
    top = gazetteer.lookup(name, limit=1)[0].place
    assert (top.id, top.feature) == (pid, feature)
    assert km((top.lat, top.lon), point) < 50


def test_the_dnieper_river_is_not_the_city(gazetteer):
    river = gazetteer.lookup("Dnieper", limit=1)[0].place
    city = gazetteer.lookup("Dnipro", limit=1)[0].place
    assert river.id == "geomap:dnieper" and river.feature == "water"
    assert city.feature == "city" and city.country == "UA"
    assert gazetteer.lookup("Sungai Dnipro", limit=1)[0].place.id == "geomap:dnieper"
    for river_name in ("Dniepr", "Dnepr", "Dnjepr"):         # the press's river names, not the city's
        assert gazetteer.lookup(river_name, limit=1)[0].place.id == "geomap:dnieper"


@pytest.mark.parametrize("name,pid", [
    ("Kafkasya Ötesi", "geomap:south-caucasus"), ("Transkaukasus", "geomap:south-caucasus"),
    ("Laut Natuna Utara", "geomap:south-china-sea"), ("Kürdistan", "geomap:kurdistan-region"),
    ("Тыграй", "geonames:444187"), ("Белуджистан", "geonames:1183606"),
    ("Nil Bleu", "geonames:408654"), ("Darfur settentrionale", "geonames:408666"),
    ("Süd-Kordofan", "geonames:408661"), ("Западный Дарфур", "geonames:408658"),
    ("Tebing Barat", "geomap:west-bank"), ("Spratly Islands", "ne:PGA"),
    ("Transdniestria", "geonames:858889"), ("Kivu Utara", "geonames:206938"),
    ("Hodeidah", "geonames:79415"), ("Südlibanon", "geomap:south-lebanon"),
])
def test_names_added_to_existing_places(gazetteer, name, pid):
    assert gazetteer.lookup(name, limit=1)[0].place.id == pid


def test_display_names_corrected(gazetteer):
    assert gazetteer.get("ne:PGA").name == "Spratly Islands"          # NE's label was 'Wake Island'
    assert gazetteer.get("geonames:858889").name == "Transnistria"


@pytest.mark.parametrize("lang,text,surface,pid", [
    ("en", "Tankers crossed the Bab el-Mandeb and the Strait of Malacca.", "Bab el-Mandeb",
     "geomap:bab-el-mandeb"),
    ("en", "Fighting spread across Darfur and Kordofan.", "Kordofan", "geomap:kordofan"),
    ("tr", "Gemiler Ege Denizi üzerinden geçti.", "Ege Denizi", "geomap:aegean-sea"),
    ("tr", "Kafkasya Ötesi'nde yeni bir dönem başlıyor.", "Kafkasya Ötesi",
     "geomap:south-caucasus"),
    ("ms", "Kapal itu belayar di Selat Melaka menuju Sumatera.", "Selat Melaka",
     "geomap:strait-of-malacca"),
    ("id", "Kapal penjaga pantai berpatroli di Laut Natuna Utara.", "Laut Natuna Utara",
     "geomap:south-china-sea"),
    ("de", "Frachter warteten vor dem Bosporus.", "Bosporus", "geomap:bosporus"),
    ("ru", "Беженцы бегут из Дарфура.", "Дарфура", "geomap:darfur"),
    ("es", "Los combates en Darfur continúan.", "Darfur", "geomap:darfur"),
])
def test_recogniser_finds_curated_geography(gazetteer, lang, text, surface, pid):
    assert places_in(gazetteer, text, lang).get(surface) == pid


@pytest.mark.parametrize("lang,text,surface,pid", [
    # the distinctive word alone, when the generic word is written in lower case
    ("ru", "Танкеры прошли Ормузский пролив и вошли в Персидский залив.", "Ормузский",
     "geomap:strait-of-hormuz"),
    ("ru", "Учения прошли над Каспийским морем.", "Каспийским", "geomap:caspian-sea"),
    ("es", "Los petroleros cruzaron el estrecho de Ormuz.", "Ormuz", "geomap:strait-of-hormuz"),
    ("fr", "Les navires croisent en mer Égée depuis lundi.", "Égée", "geomap:aegean-sea"),
    ("en", "Drones were seen over the Caspian.", "Caspian", "geomap:caspian-sea"),
])
def test_short_forms_of_water_names(gazetteer, lang, text, surface, pid):
    assert places_in(gazetteer, text, lang).get(surface) == pid


# --- inflection -------------------------------------------------------------------------------

@pytest.mark.parametrize("surface,lang,base", [
    ("Нахичеванью", "ru", "нахичевань"),          # instrumental of a soft-sign noun
    ("Сибирью", "ru", "сибирь"),
    ("Кидаля", "ru", "кидаль"),                   # genitive -я of a soft masculine noun
    ("Кремля", "ru", "кремль"),
    ("Чёрного моря", "ru", "черное море"),         # neuter adjective + -е noun
    ("Средиземным морем", "ru", "средиземное море"),
    ("Красном море", "ru", "красное море"),
    ("Каспийским морем", "ru", "каспииское море"),
    ("Закавказья", "ru", "закавказье"),
    ("Закавказьем", "ru", "закавказье"),
    ("Курилами", "ru", "курилы"),                 # plural instrumental
    ("Гималаях", "ru", "гималаи"),
    ("Kafkasya Ötesi'nde", "tr", "kafkasya otesi"),
    ("Gürcistanlı", "tr", "gurcistan"),
    ("Gazastreifens", "de", "gazastreifen"),
    ("nell'Iraq", "it", "iraq"),
    ("d'Ukraine", "fr", "ukraine"),
    ("del Líbano", "es", "libano"),
    ("Kembojanya", "ms", "kemboja"),
    ("Синае", "ru", "синаи"),                     # -ай nouns (й and и share a key)
    ("Голанских высотах", "ru", "голанские высоты"),
    ("Штатов", "ru", "штаты"),
    ("Über Odessa", "de", "odessa"),
    ("Sumateranya", "id", "sumatera"),
])
def test_inflected_forms_reach_the_base(surface, lang, base):
    assert base in variants(surface, lang)


@pytest.mark.parametrize("text,surface,pid", [
    ("Tanker kreuzten im Schwarzen Meer und im Roten Meer.", "Schwarzen Meer", "geomap:black-sea"),
    ("Die Lage im Nahen Osten bleibt angespannt, sagte er in Berlin.", "Nahen Osten",
     "geomap:middle-east"),
    ("Die Fracht kam aus den Vereinigten Arabischen Emiraten nach Hamburg.",
     "Vereinigten Arabischen Emiraten", "ne:AE"),
])
def test_german_oblique_adjective_names(gazetteer, text, surface, pid):
    assert places_in(gazetteer, text, "de").get(surface) == pid


@pytest.mark.parametrize("text,surface,pid", [
    ("Сообщение между Арменией и Нахичеванью прервано.", "Нахичеванью", "geonames:147435"),
    ("Бои шли к северу от Кидаля, на севере Мали.", "Кидаля", "geonames:2455290"),
    ("Новые учения прошли на Курилах.", "Курилах", "geomap:kuril-islands"),
])
def test_recogniser_resolves_russian_inflections(gazetteer, text, surface, pid):
    assert places_in(gazetteer, text, "ru").get(surface) == pid


# --- press spellings of news cities -----------------------------------------------------------

@pytest.mark.parametrize("name,pid", [
    ("Wuhledar", "geonames:690823"), ("Tchassiv Iar", "geonames:710915"),
    ("Han Yunus", "geonames:281124"), ("Dschabalia", "geonames:281129"),
    ("Нусейрат", "geonames:281109"), ("El-Facher", "geonames:379555"),
    ("Nebatiye", "geonames:278913"), ("Набатия", "geonames:278913"),
    ("Qamishli", "geonames:173377"), ("Baitulmaqdis", "geonames:281184"),
    ("Cenin", "geonames:283506"), ("Latschin", "geonames:147626"),
    ("Abou Dhabi", "geonames:292968"), ("Wina", "geonames:2761369"),
])
def test_press_spellings_of_news_cities(gazetteer, name, pid):
    assert gazetteer.lookup(name, limit=1)[0].place.id == pid


def test_pokrovsk_is_the_ukrainian_town(gazetteer):
    # Engels (Russia) was called Pokrovsk until 1931: that name is removed from it
    top = gazetteer.lookup("Pokrovsk", limit=1)[0].place
    assert (top.id, top.country) == ("geonames:704422", "UA")
    assert "geonames:563464" not in [c.place.id for c in gazetteer.lookup("Pokrovsk", limit=10)]


def test_maungdaw_is_a_town_near_the_naf(gazetteer):
    town = gazetteer.lookup("Maungdaw", limit=1)[0].place
    river = gazetteer.get("geomap:naf-river")
    assert town.feature == "city" and town.country == "MM"
    assert km((town.lat, town.lon), (river.lat, river.lon)) < 20


# --- border phrases with country adjectives (normalize.yaml country_adjectives) -----------------

@pytest.mark.parametrize("phrase,lang,border", [
    ("Malian-Algerian border", "en", "geomap:border-dz-ml"),
    ("Sino-Indian border", "en", "geomap:border-cn-in"),
    ("таиландско-камбоджийской границе", "ru", "geomap:border-kh-th"),
    ("frontière algéro-malienne", "fr", "geomap:border-dz-ml"),
    ("frontière tchado-soudanaise", "fr", "geomap:border-sd-td"),
    ("malisch-algerische Grenze", "de", "geomap:border-dz-ml"),
    ("frontera venezolano-colombiana", "es", "geomap:border-co-ve"),
    ("confine etiope-eritreo", "it", "geomap:border-er-et"),
    ("Sudan-Çad sınırı", "tr", "geomap:border-sd-td"),
])
def test_border_phrases_with_more_country_adjectives(gazetteer, phrase, lang, border):
    found = gazetteer.border_from_phrase(phrase, lang)
    assert found is not None and found.id == border


def test_ambiguous_korean_adjective_names_no_border(gazetteer):
    # 'Korean' is North or South: no adjective stem may guess
    assert gazetteer.border_from_phrase("Korean-Chinese border", "en") is None


# --- border phrases with elided articles (normalize.yaml elisions) ------------------------------

@pytest.mark.parametrize("phrase,lang,border", [
    ("frontière entre le Mali et l'Algérie", "fr", "geomap:border-dz-ml"),
    ("frontière entre l'Arménie et l'Azerbaïdjan", "fr", "geomap:border-am-az"),
    ("la frontière d'Arménie et d'Azerbaïdjan", "fr", "geomap:border-am-az"),
    ("confine tra l'Etiopia e l'Eritrea", "it", "geomap:border-er-et"),
])
def test_border_phrases_with_elided_articles(gazetteer, phrase, lang, border):
    found = gazetteer.border_from_phrase(phrase, lang)
    assert found is not None and found.id == border


def test_an_apostrophe_that_is_no_elision_is_kept(gazetteer):
    # Turkish case suffixes after an apostrophe are not elisions: the name keeps its stem
    found = gazetteer.border_from_phrase("Ermenistan'ın Azerbaycan sınırı", "tr")
    assert found is not None and found.id == "geomap:border-am-az"


# --- oblasts named '<generic word> <centre>' in the nine languages (world.tsv) ------------------

@pytest.mark.parametrize("name, pid", [
    ("Kherson region", "geonames:706442"), ("Oblast Charkiw", "geonames:706482"),
    ("région de Kharkiv", "geonames:706482"), ("oblast d'Odessa", "geonames:698738"),
    ("óblast de Járkov", "geonames:706482"), ("regione di Zaporižžja", "geonames:687699"),
    ("Herson bölgesi", "geonames:706442"), ("wilayah Donetsk", "geonames:709716"),
    ("Gebiet Kursk", "geonames:538555"), ("Bryansk region", "geonames:571473"),
    ("Харьковская область", "geonames:706482"),
])
def test_oblast_phrases(gazetteer, name, pid):
    found = gazetteer.lookup(name)
    assert found and found[0].place.id == pid and found[0].place.feature == "admin1", found[:2]


@pytest.mark.parametrize("name, bare", [
    ("Kabupaten Intan Jaya", "Intan Jaya"), ("Intan Jaya Regency", "Intan Jaya"),
    ("Departamento del Cauca", "Cauca"), ("Qaraçuxur Rayonu", "Qaraçuxur"),
    ("Amphoe Bannang Sata", "Bannang Sata"), ("Département d'Alibori", "Alibori"),
    ("Central District", None), ("North District", None), ("Condado de Lee", None),
    ("Gyumri", None),
])
def test_admin_designators_are_stripped_for_a_bare_name(name, bare):
    from geomap.gazetteer.build import bare_admin_name
    assert bare_admin_name(name) == bare


@pytest.mark.parametrize("lang, text, mention, country", [
    ("id", "Kontak tembak terjadi di Intan Jaya, Papua Tengah, pada Senin.", "Intan Jaya", "ID"),
    ("ms", "Dua penduduk ditembak mati di daerah Bannang Sata, Yala.", "Bannang Sata", "TH"),
])
def test_districts_named_without_their_designator_are_found(gazetteer, lang, text, mention, country):
    """GeoNames names admin units with their designator ('Kabupaten Intan Jaya'); news writes
    the bare name."""
    doc = find_places(read_article(text, lang=lang, is_text=True), gazetteer)
    m = next(m for m in doc.mentions if m.mention == mention)
    assert m.place is not None and m.place.country == country and m.place.feature == "admin2"


@pytest.mark.parametrize("lang, text, mention, pid", [
    ("de", "Zwei Explosionen erschütterten in der Nacht die Krim-Brücke.", "Krim-Brücke",
     "geomap:crimean-bridge"),
    ("ru", "Взрыв прогремел на Крымском мосту в субботу утром.", "Крымском мосту",
     "geomap:crimean-bridge"),
    ("ms", "Empangan Kakhovka musnah awal pagi tadi.", "Empangan Kakhovka", "geomap:kakhovka-dam"),
    ("en", "Trucks waited at the Rafah crossing on Monday.", "Rafah crossing",
     "geomap:rafah-crossing"),
])
def test_conflict_landmarks_are_places_of_their_own(gazetteer, lang, text, mention, pid):
    """A bridge, a dam or a crossing that news names (gazetteer/landmarks.tsv) is the place, not
    a town that shares a word with it ('Крымском' is not Krymsk)."""
    doc = find_places(read_article(text, lang=lang, is_text=True), gazetteer)
    assert [(m.mention, m.place.id) for m in doc.mentions] == [(mention, pid)]


@pytest.mark.parametrize("name,pid", [
    ("fiume Rovuma", "geomap:ruvuma-river"), ("Sungai Golok", "geomap:golok-river"),
    ("Meriç Nehri", "geomap:evros-river"), ("río Bravo", "geomap:rio-grande"),
])
def test_border_rivers_are_in_the_gazetteer_and_listed_with_their_two_countries(gazetteer, name, pid):
    from geomap.events_lex import border_rivers
    assert gazetteer.lookup(name)[0].place.id == pid
    a, b = border_rivers()[pid]
    assert gazetteer.border(a, b) is not None
