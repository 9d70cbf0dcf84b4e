"""Speed work that must not change what is found (sp10): phrase matchers that read their tokens'
starts in C, figures looked for only where one may start, the dedupe's gates, person names'
gates. Each test compares with the plain reading or states the expected answer outright."""
from __future__ import annotations

from geomap.events_lex import Matcher, _entries, lexicon, tokenize
from geomap.events_numbers import numbers


def _reference_find(m: Matcher, toks, lo: int = 0, hi: int | None = None):
    """The matcher's answer token by token, every pattern tried at every token (no memo, no
    grouping): what Matcher.find must return."""
    hi = len(toks) if hi is None else hi
    out = []
    for i in range(lo, hi):
        hits = []
        for idx in m.candidates(toks[i].low):
            j = m._rest(m._compiled[idx], 1, toks, i + 1, hi)
            if j != -1:
                hits.append((idx, j))
        for idx, j in sorted(hits):
            _, payload, raw = m.patterns[idx]
            out.append((i, j, payload, raw))
    return out


def test_matcher_find_windows_match_the_plain_reading():
    lex = lexicon("en")
    m = Matcher(_entries({"attack": ["attack*", "car bomb", "opened .. fire", "~explode"],
                          "rise": ["rose to", "climbed .2 to"]}), lex.morph)
    text = ("A car bomb exploded outside the depot; gunmen later opened heavy fire on the convoy, "
            "and the toll climbed sharply overnight to nine after attackers returned.")
    toks = tokenize(text)
    assert m.find(toks) == _reference_find(m, toks)
    for lo in range(0, len(toks), 3):
        for hi in range(lo, len(toks) + 1, 4):
            assert m.find(toks, lo, hi) == _reference_find(m, toks, lo, hi), (lo, hi)
    # words new to the matcher and words it has seen answer alike
    again = tokenize("Attackers opened fire. A car bomb.")
    assert m.find(again) == _reference_find(m, again)


def test_matcher_find_with_no_pattern_starting_anywhere():
    lex = lexicon("en")
    m = Matcher(_entries({"x": ["ceasefire holds"]}), lex.morph)
    toks = tokenize("Nothing of the kind was said at the meeting on Tuesday.")
    assert m.find(toks) == []
    assert m.find(toks, 2, 5) == []


def test_figures_in_digits_words_and_compounds():
    cases = [
        ("de", "Beim Brand in der Lagerhalle starben zweiundvierzig Arbeiter, 1.200 mussten fliehen.",
         [42, 1200]),
        ("en", "Officials said 3 guards and twenty-one miners died near the Route 66 depot at 22:30.",
         [3, 21]),
        ("it", "Nel crollo sono morte trentuno persone e altre due sono disperse.", [31, 2]),
        ("en", "No figure at all stands in this sentence about the talks.", []),
    ]
    for lang, text, values in cases:
        lex = lexicon(lang)
        assert [n.value for n in numbers(text, tokenize(text), lex)] == values, text


def test_figures_skip_dates_and_names():
    lex = lexicon("en")
    text = "Brigade 444 lost 12 soldiers in 2019 near kilometre 30."
    toks = tokenize(text)
    got = [(toks[n.i].text, n.value) for n in numbers(text, toks, lex)]
    assert ("444", 444) not in got           # a unit's number is its name
    assert ("12", 12) in got
    skip = {k for k, t in enumerate(toks) if t.text == "12"}
    assert all(n.value != 12 for n in numbers(text, toks, lex, skip=skip))
