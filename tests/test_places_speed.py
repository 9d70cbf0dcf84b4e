"""The place stage's shortcuts give what the plain code gives (speed rounds, no gazetteer)."""
from __future__ import annotations

import copy
import dataclasses
import pickle

from geomap.document import Mention
from geomap.places import Context, _quick_km
from geomap import text as T
from geomap.places_scan import Span, _new_span, _tokens_and_gaps


def test_new_span_is_the_dataclass_span():
    fast = _new_span(3, 5, 10, 22, "Nagorno Karabakh", [], "title", "region", "region of",
                     "in", True)
    plain = Span(i=3, j=5, start=10, end=22, surface="Nagorno Karabakh", cands=[],
                 segment="title", cue="region", cue_text="region of", locative="in",
                 dateline=True)
    assert fast == plain
    # every field set, in the dataclass's order (the instances' dicts alike)
    assert list(vars(fast)) == [f.name for f in dataclasses.fields(Span)] == list(vars(plain))
    assert fast.notes == [] and fast.notes is not _new_span(0, 1, 0, 1, "", [], "body",
                                                             None, "", "", False).notes


def test_explanation_written_when_read():
    calls = []

    def write():
        calls.append(1)
        return ["scored"]

    m = Mention(mention="Goris", start=0, end=5)
    m.explain_later(write)
    m.note("role other: in a caption segment")
    assert not calls                                   # nothing written yet
    assert m.explain == ["scored", "role other: in a caption segment"]
    m.note("later")
    assert m.explain[-1] == "later" and calls == [1]  # written once
    assert m.to_json(explain=True)["explain"] == ["scored", "role other: in a caption segment",
                                                  "later"]
    # a copy or a pickle holds the lines, and equality and asdict see them
    n = Mention(mention="Goris", start=0, end=5)
    n.explain_later(lambda: ["x"])
    assert copy.copy(n).explain == ["x"] and pickle.loads(pickle.dumps(n)).explain == ["x"]
    assert dataclasses.asdict(n)["explain"] == ["x"]
    assert Mention("a", 0, 1, explain=["y"]).explain == ["y"] and Mention("a", 0, 1).explain == []


class _P:
    def __init__(self, pid, lat, lon):
        self.id, self.lat, self.lon = pid, lat, lon


def test_nearest_is_the_closest_anchor_by_quick_km():
    anchors = [(40.18, 44.51, "Yerevan", "a", "yerevan"), (39.51, 46.34, "Goris", "b", "goris"),
               (41.0, -179.5, "Far", "c", "far"), (40.18, 44.51, "Another", "d", "another")]
    ctx = Context(anchors=anchors)
    p = _P("x", 40.0, 179.8)
    want = min((_quick_km(p.lat, p.lon, a, b), n) for a, b, n, pid, src in anchors)
    assert ctx.nearest(p, "Somewhere") == want
    # not the place itself, nor another reading of the same name; ties go to the first name
    q = _P("b", 39.6, 46.0)
    want = min((_quick_km(q.lat, q.lon, a, b), n) for a, b, n, pid, src in anchors
               if pid != "b" and src != "yerevan")
    assert Context(anchors=anchors).nearest(q, "Yerevan") == want
    assert want[1] == "Another"


def test_word_split_is_the_token_split_without_its_three_exceptions():
    # TOKEN_RE with \w for its letter class, which differs from \w only by '_', 'ʻ' and 'ʼ'
    assert T.SPLIT_WORD_TOKENS.pattern.replace(r"\w", T._LETTER) == T.SPLIT_TOKENS.pattern
    assert T._LETTER == r"[^\W_\u02bb\u02bc]"
    for text in ("Şuşa\u0301x  l'État-Major, 12 Ḥaḍ\u064bر — Нью-Йорк", "snake_case ʻOahu Daʼesh",
                 ""):
        assert _tokens_and_gaps(text)[0] == T.tokens(text)


def test_prefixed_words_are_the_regex_filter():
    from geomap.places_lex import _prefix_matcher, _prefixed
    prefixes = ("границ", "border", "sınır")
    first = {"граница": [0], "borders": [1], "armenia": [2], "sınırda": [3], "bord": [4]}
    second = {"border": [0], "граница": [3], "baku": [1], "sınır": [2]}
    for words in (first, second, first):       # new words, then words known from before
        assert _prefixed(prefixes, words) == set(filter(_prefix_matcher(prefixes), words))


def test_respelled_run_is_respell():
    from geomap.gazetteer.translit import compile_rules, respell
    from geomap.normalize import key
    from geomap.places_lex import lexicon
    from geomap.places_scan import _respell_run
    names = ["Tawusch", "Saporischschja", "Donezk", "Berlin", "Jermuk", "Şuşa", "Köln",
             "Tavouch", "Zaporijjia", "Bakou", "Nagorno-Karabakh", "Ереван", "DAGESTAN"]
    for lang in ("de", "fr", "en", "tr", "ru", None):
        rules = compile_rules(dict(lexicon(lang).spelling)) if lang else None
        for name in names:
            assert _respell_run(name, key(name), rules) == respell(name, rules), (lang, name)


def test_compound_street_endings_are_the_inflections_read_one_by_one():
    from geomap.places_scan import _compound_endings

    ends = ("gasse", "platz", "weg")
    got = _compound_endings(ends)
    # a word ending in 'e' takes no '-s'/'-es' here; the others do
    assert set(got) == {"gasse", "platz", "platzs", "platzes", "weg", "wegs", "weges"}
    for word in ("kohlmarktgasse", "augustusplatzes", "rennwegs", "rathausstrasse", "platzregen"):
        plain = any(word.endswith(e + infl) for e in ends
                    for infl in (("", "s", "es") if not e.endswith("e") else ("",)))
        assert word.endswith(got) == plain
