"""Held-out articles: nine texts (one per language, tests/fixtures/events/heldout/) written for
this test after the rules, in regions the lexicons were not written for (Papua, North Kivu,
Batken, northern Iraq, the Sahel, Dnipro, Arauca, Tripoli, southern Thailand), scored with
geomap.evaluate against hand-made gold events. No rule may name their words: they measure how
the mechanisms carry to unseen news."""
from __future__ import annotations

from pathlib import Path

import pytest

from geomap.evaluate import evaluate

HELDOUT = Path(__file__).parent / "fixtures" / "events" / "heldout"
# heldout3 floors: the figures measured when the set was added, less a small margin
PLACED_P3, PLACED_R3, KILLED3 = 0.90, 0.80, 0.80


@pytest.fixture(scope="module")
def report(gazetteer):
    return evaluate(HELDOUT, gazetteer=gazetteer)


def test_heldout_covers_the_nine_languages(report):
    assert sorted(report["by_lang"]) == sorted("id en ru tr fr de es it ms".split())


def test_heldout_event_f1(report):
    ov = report["overall"]
    assert ov["events_gold"] >= 35
    assert ov["event_f1"] >= 0.7, {k: ov[k] for k in ("event_precision", "event_recall", "event_f1")}


def test_heldout_killed_counts_and_datelines(report):
    ov = report["overall"]
    assert ov["killed_acc"] >= 0.8
    assert ov["dateline_acc"] == 1.0


# --------------------------------------------------------------------------- heldout3
HELDOUT3 = Path(__file__).parent / "fixtures" / "events" / "heldout3"


@pytest.fixture(scope="module")
def report3(gazetteer):
    """Eighteen articles (two per language, heldout3/) written on 2026-11-27 by a team member who
    had not read geomap's code and never ran it on them: wire and web pages with their traps
    (menus, bylines, captions, related links, datelines, tag lines) about Papua, Iran, North and
    South Kivu, Borno, Belgorod, Dagestan, northern Syria, Iraqi Kurdistan, Burkina Faso, Haiti,
    Ukraine, Sweida, Colombia, Sudan, Tripoli, Cabo Delgado, Sagaing and southern Thailand.
    First scored before any change made for them: placed P 0.80, placed R 0.60, killed 0.58 (a
    Turkish page had lost its body to the reader). The general failures they showed were fixed
    (a labelled headline, a byline above the dateline, armed groups and facilities named after
    places, districts written without their designator, a town named like its province); no
    rule names their words."""
    return evaluate(HELDOUT3, gazetteer=gazetteer)


def test_heldout3_covers_the_nine_languages(report3):
    assert sorted(report3["by_lang"]) == sorted("id en ru tr fr de es it ms".split())
    assert report3["overall"]["events_gold"] >= 150


def test_heldout3_placed_events_killed_and_datelines(report3):
    ov = report3["overall"]
    keys = ("placed_precision", "placed_recall", "killed_acc", "dateline_acc")
    assert ov["placed_precision"] >= PLACED_P3 and ov["placed_recall"] >= PLACED_R3, \
        {k: ov[k] for k in keys}
    assert ov["killed_acc"] >= KILLED3 and ov["dateline_acc"] == 1.0, {k: ov[k] for k in keys}


# --------------------------------------------------------------------------- heldout4
HELDOUT4 = Path(__file__).parent / "fixtures" / "events" / "heldout4"
# floors: the figures after the general fixes they prompted, less a small margin
PLACED_P4, PLACED_R4, KILLED4, PLACE_F1_4 = 0.76, 0.68, 0.85, 0.89


@pytest.fixture(scope="module")
def report4(gazetteer):
    """Eighteen articles (two per language, heldout4/) written on 2026-11-27 by two writers who
    never ran geomap nor read its code, on conflicts none of the other sets covers (Kosovo,
    Yemen and the Red Sea, Ecuador, Sinaloa, New Caledonia, Tillabéri, Balochistan, Marawi,
    the Second Thomas Shoal, the Afghan–Pakistani border, Abkhazia, the Zaporizhzhia plant,
    Jenin, Mogadishu, Odesa, Cutro). First scored before any change made for them: places F1
    0.84, datelines 0.78, placed P 0.55, placed R 0.47, killed 0.48 — far below the other sets,
    which had been used while writing the rules. The general failures they showed were then
    fixed (dateline house styles, far namesakes, given names, organisation heads, ships,
    peoples, places the gazetteer lacks, border rivers, vague places, origins of missiles …);
    no rule names their words."""
    return evaluate(HELDOUT4, gazetteer=gazetteer)


def test_heldout4_covers_the_nine_languages(report4):
    assert sorted(report4["by_lang"]) == sorted("id en ru tr fr de es it ms".split())
    assert report4["overall"]["events_gold"] >= 180


def test_heldout4_places_datelines_placed_events_and_killed(report4):
    ov = report4["overall"]
    keys = ("f1", "dateline_acc", "placed_precision", "placed_recall", "killed_acc")
    got = {k: ov[k] for k in keys}
    assert ov["dateline_acc"] == 1.0 and ov["f1"] >= PLACE_F1_4, got
    assert ov["placed_precision"] >= PLACED_P4 and ov["placed_recall"] >= PLACED_R4, got
    assert ov["killed_acc"] >= KILLED4, got


# --------------------------------------------------------------------------- heldout5
HELDOUT5 = Path(__file__).parent / "fixtures" / "events" / "heldout5"


@pytest.fixture(scope="module")
def report5(gazetteer):
    """Nine articles (one per language, heldout5/) written on 2026-11-27 by a writer who never
    ran geomap nor read its code (Bangladesh, Kenya, Kazakhstan, Kirkuk, N'Djamena, Serbia,
    Peru, Sevastopol, Lashio), scored once after all of that day's changes: places F1 0.93,
    acc@161 0.97, datelines 1.00, placed P 0.65, placed R 0.60, killed 0.62 — the honest
    figure for unseen text. Two rounds of general fixes then raised it to placed P 0.76, R 0.79,
    killed 0.87; the floors below guard against regressions only."""
    return evaluate(HELDOUT5, gazetteer=gazetteer)


def test_heldout5_first_sight_does_not_regress(report5):
    ov = report5["overall"]
    got = {k: ov[k] for k in ("f1", "acc161", "dateline_acc", "placed_precision",
                              "placed_recall")}
    assert sorted(report5["by_lang"]) == sorted("id en ru tr fr de es it ms".split())
    assert ov["f1"] >= 0.9 and ov["acc161"] >= 0.95 and ov["dateline_acc"] == 1.0, got
    assert ov["placed_precision"] >= 0.7 and ov["placed_recall"] >= 0.72, got


# --------------------------------------------------------------------------- heldout6 to 11
# Eighteen articles each (two per language), written on 2026-11-27 by writers who never ran
# geomap nor read its code, each kept sealed until scored once ("first sight"):
#   heldout6 (Nduga, Port-au-Prince, Derbent, Metina, Goma, Belgorod, Catatumbo, Tripoli,
#     southern Thailand; Beit Lahia, Gwoza, Nerkin Hand, Manbij, Barsalogho, Natanz/Tel Aviv,
#     Caracas, Al Jazirah, Marawi): first sight places F1 0.90, placed P 0.73, R 0.52, killed 0.60;
#   heldout7 (Shan State, south Lebanon, Crocus City Hall, Karabakh 2023, Bamako, Stepanakert
#     depot, Chiapas, Okhmatdyt; Jermuk, Wad Madani, Aleppo, Damascus/Nevatim, Goma camps,
#     Vovchansk, Jamundí, Sanaa, Scarborough Shoal), scored after the heldout6 round: F1 0.93,
#     placed P 0.77, R 0.49, killed 0.70;
#   heldout8 (pagers in Lebanon, Amhara, Verin Shorzha, Erbil, Niamey, 7 October, La Paz, Ganja,
#     Cox's Bazar; Iran–Israel 2025, Bukavu, air bases, Aktau, Pont-Sondé, Gaza truce,
#     Essequibo, Naqoura, Lahad Datu), scored after the heldout7 round: F1 0.90, placed P 0.62,
#     R 0.46, killed 0.60;
#   heldout9 (Thai-Cambodian border, India-Pakistan May 2025, Kursk 2024, TUSAŞ, Point Triple,
#     Sumy, Caribbean boat strikes, Sweida, Maungdaw; Doha, El Fasher, Belgorod, Aleppo,
#     Tinzaouaten, Tbilisi, Kyiv, the Gaza flotilla, Putrajaya), scored after the heldout8 round
#     and the settled 'other' convention: F1 0.93, acc 0.97, placed P 0.71, R 0.68, killed 0.50;
#   heldout10 (Yahukimo, Red Sea sinkings, Poltava, Syria's coast, western Mali, drones over
#     Poland, Bolivia's blockades, Gaza's Holy Family church, Pakistan-Afghanistan; Garut,
#     Sagaing, Batken, the TRIPP declaration, N'Djamena, Tripoli, Zamzam, Kryvyi Rih, Jakarta),
#     scored after the heldout9 round: F1 0.89, acc 0.96, placed P 0.69, R 0.57, killed 0.60;
#   heldout11 (Israel-Iran 2025, 7 October, the Kremlin drones, the PKK's dissolution, Niger's
#     coup, Wagner's mutiny, Odesa, Dhaka 2024; Papua, Karabakh 2023, Kremenchuk, Jermuk 2022,
#     Sake, Rafah, Guayaquil, the Red Sea, Second Thomas Shoal), scored after the heldout10
#     round: F1 0.92, acc 0.98, placed P 0.72, R 0.53, killed 0.68;
#   heldout12 (nine articles, one per language: Hodeidah, Dnipro 2023, Nerkin Hand, the Damascus
#     consulate, Djibo, Majdal Shams, Arauca, Lampedusa, Rakhine), scored after the short
#     heldout11 round: F1 0.95, acc 0.96, placed P 0.70, R 0.57, killed 0.67 (no round after it).
# Rounds of general fixes followed each; the floors below (the figures after them, less a small
# margin) guard against regressions only. The first-sight figures are the honest measure.
LATER_SETS = {
    # name: (place F1, acc@161, placed P, placed R, killed)
    "heldout6": (0.95, 0.95, 0.80, 0.69, 0.72),
    "heldout7": (0.94, 0.94, 0.85, 0.60, 0.78),
    "heldout8": (0.90, 0.92, 0.66, 0.46, 0.60),
    "heldout9": (0.94, 0.95, 0.74, 0.72, 0.85),
    "heldout10": (0.89, 0.95, 0.72, 0.62, 0.60),
    "heldout11": (0.90, 0.95, 0.69, 0.52, 0.62),
    "heldout12": (0.92, 0.93, 0.65, 0.52, 0.60),
    "heldout13": (0.92, 0.95, 0.72, 0.57, 0.72),
    "heldout14": (0.94, 0.95, 0.72, 0.64, 0.62),
    "heldout15": (0.94, 0.95, 0.74, 0.66, 0.62),
    "heldout16": (0.92, 0.95, 0.72, 0.67, 0.68),
    "heldout17": (0.93, 0.95, 0.77, 0.71, 0.76),
    # (killed 0.78 → 0.73 in session 10 with the same counts: a wrong casualties event dropped,
    # the scorer pairs the gold's one death with another event)
    "heldout18": (0.95, 0.96, 0.80, 0.69, 0.71),
    "heldout19": (0.92, 0.95, 0.74, 0.70, 0.74),
    # first sight F1 0.92, acc 0.96, placed P 0.61, R 0.55, killed 0.61 (README, Quality)
    "heldout20": (0.95, 0.95, 0.68, 0.68, 0.80),
    # first sight F1 0.94, acc 0.95, placed P 0.62, R 0.60, killed 0.66
    "heldout21": (0.92, 0.95, 0.74, 0.71, 0.76),
    # first sight F1 0.89, acc 0.94, placed P 0.72, R 0.66, killed 0.68
    "heldout22": (0.95, 0.95, 0.77, 0.78, 0.82),
    # first sight F1 0.88, acc 0.95, placed P 0.70, R 0.65, killed 0.78
    "heldout23": (0.95, 0.96, 0.73, 0.72, 0.80),
    # session 11: first sight F1 0.86, acc 0.96, datelines 0.67, placed P 0.70, R 0.53, killed 0.69
    "heldout24": (0.96, 0.96, 0.81, 0.69, 0.80),
    # first sight F1 0.86, acc 0.94, datelines 0.78, placed P 0.63, R 0.43, killed 0.56
    "heldout25": (0.92, 0.97, 0.86, 0.61, 0.57),
    # first sight F1 0.86, acc 0.94, datelines 0.44, placed P 0.70, R 0.47, killed 0.76 (a short round)
    "heldout26": (0.86, 0.95, 0.68, 0.50, 0.70),
    # session 12: first sight F1 0.87, acc 0.95, datelines 0.67, placed P 0.62, R 0.51, killed 0.62
    "heldout27": (0.92, 0.96, 0.76, 0.70, 0.68),
    # first sight (written during the session-12 round, scored after it) F1 0.91, acc 0.97,
    # datelines 0.83, placed P 0.72, R 0.53, killed 0.60; then its three datelines and one toll fix
    "heldout28": (0.90, 0.96, 0.72, 0.53, 0.60),
    # first sight (written during the second session-12 round, scored after it) F1 0.88, acc 0.94,
    # datelines 0.83, placed P 0.71, R 0.63, killed 0.68; then its three datelines and its round in
    # session 13 (plq34, ev56)
    "heldout29": (0.93, 0.96, 0.75, 0.65, 0.68),
    # session 13: first sight F1 0.87, acc 0.95, datelines 0.78, placed P 0.72, R 0.59, killed 0.77
    "heldout30": (0.89, 0.94, 0.78, 0.70, 0.77),
    # first sight (written during the first session-13 round, scored after its first merges) F1 0.86,
    # acc 0.95, datelines 0.61, placed P 0.72, R 0.50, killed 0.65
    "heldout31": (0.92, 0.95, 0.75, 0.50, 0.60),
    # session 14: first sight F1 0.89, acc 0.98, datelines 0.78, placed P 0.71, R 0.68, killed 0.55
    "heldout32": (0.94, 0.96, 0.74, 0.74, 0.76),
    # first sight (written during the first session-14 round, scored before any of its merges)
    # F1 0.84, acc 0.96, datelines 0.72, placed P 0.67, R 0.62, killed 0.62
    "heldout33": (0.89, 0.96, 0.66, 0.65, 0.63),
    # first sight (scored after all of the session's merges) F1 0.88, acc 0.95, datelines 0.78,
    # placed P 0.69, R 0.59, killed 0.80
    "heldout34": (0.91, 0.96, 0.72, 0.64, 0.72),
    # session 15: first sight F1 0.87, acc 0.94, datelines 0.56, placed P 0.64, R 0.60, killed 0.62
    "heldout35": (0.91, 0.96, 0.78, 0.75, 0.67),
    # first sight (written during the first session-15 round, scored before any of its merges)
    # F1 0.91, acc 0.97, datelines 0.39, placed P 0.61, R 0.55, killed 0.74
    "heldout36": (0.91, 0.95, 0.69, 0.61, 0.84),
    # first sight (scored after the first round's merges) F1 0.87, acc 0.90, datelines 0.56,
    # placed P 0.67, R 0.51, killed 0.66
    "heldout37": (0.89, 0.95, 0.78, 0.63, 0.67),
    # session 16: first sight (before any change) F1 0.85, acc 0.86, datelines 0.50, placed P 0.64,
    # R 0.57, killed 0.55
    "heldout38": (0.89, 0.94, 0.71, 0.68, 0.67),
    # first sight (scored after the first round's merges) F1 0.89, acc 0.95, datelines 0.56,
    # placed P 0.73, R 0.57, killed 0.61 (a sixth figure, the datelines' floor: a breadcrumb
    # 'Île-de-France › Hauts-de-Seine › Levallois-Perret' that its gold takes for the dateline
    # is read as navigation)
    "heldout39": (0.89, 0.93, 0.78, 0.64, 0.64, 0.94),
    # session 17: first sight (before any change) F1 0.89, acc 0.90, datelines 0.72, placed P 0.72,
    # R 0.64, killed 0.70
    "heldout40": (0.91, 0.94, 0.76, 0.69, 0.82),
    # first sight (written during the first round, scored after its merges) F1 0.86, acc 0.94,
    # datelines 0.78, placed P 0.62, R 0.50, killed 0.57
    "heldout41": (0.91, 0.94, 0.65, 0.55, 0.70),
}


@pytest.fixture(scope="module")
def later_reports(gazetteer):
    base = Path(__file__).parent / "fixtures" / "events"
    return {name: evaluate(base / name, gazetteer=gazetteer) for name in LATER_SETS}


@pytest.mark.parametrize("name", sorted(LATER_SETS))
def test_later_heldout_sets_do_not_regress(later_reports, name):
    ov = later_reports[name]["overall"]
    f1, acc, pp, pr, killed, *dl = LATER_SETS[name]
    keys = ("f1", "acc161", "dateline_acc", "placed_precision", "placed_recall", "killed_acc")
    got = {k: ov[k] for k in keys}
    assert sorted(later_reports[name]["by_lang"]) == sorted("id en ru tr fr de es it ms".split())
    assert ov["events_gold"] >= 100, got      # (heldout12 has 111, heldout10 199, the others 230–260)
    assert ov["f1"] >= f1 and ov["acc161"] >= acc and ov["dateline_acc"] >= (dl[0] if dl else 1.0), got
    assert ov["placed_precision"] >= pp and ov["placed_recall"] >= pr, got
    assert ov["killed_acc"] >= killed, got
