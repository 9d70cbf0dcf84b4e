"""The phrase matcher's memoised start table (patterns grouped by their second word) must give
what trying every pattern at every token of a window gives; the clause numbers of a sentence
count the breaks before each token. (Pinned down for speed work on both.)"""
from geomap.events import _clauses
from geomap.events_lex import _FORM, _PREFIX, Matcher, Morph, lexicon, tokenize

ENTRIES = [("harbour", "one"), ("harbour master", "two"), ("old .. bridge", "gap"),
           ("tow*", "prefix"), ("the old", "pair")]


def _matcher() -> Matcher:
    return Matcher(ENTRIES, Morph(None))


def _naive(m: Matcher, toks, lo, hi):
    """Every pattern tried at every token of the window, one by one."""
    out = []
    for i in range(lo, hi):
        hits = []
        for idx, elems in enumerate(m._compiled):
            kind, v = elems[0]
            low = toks[i].low
            if not (v in m.morph.forms(low) if kind == _FORM else low.startswith(v)
                    if kind == _PREFIX else v in m.morph.roots(low)):
                continue
            j = m._rest(elems, 1, toks, i + 1, hi)
            if j != -1:
                hits.append((idx, j))
        for idx, j in sorted(hits):
            _, payload, raw = m.patterns[idx]
            out.append((i, j, payload, raw))
    return out


def test_window_matches_equal_a_token_by_token_reading():
    text = "The harbour master walked to the old stone bridge near the towpath and the harbour."
    toks = tokenize(text)
    m = _matcher()
    for lo in range(0, len(toks)):
        for hi in range(lo, len(toks) + 1):
            assert m.find(toks, lo, hi) == _naive(m, toks, lo, hi), (lo, hi)


def test_window_keeps_matches_inside_it():
    toks = tokenize("The harbour master walked to the old stone bridge.")
    m = _matcher()
    got = m.find(toks, 1, 2)              # 'harbour' alone: 'harbour master' runs past the window
    assert [(i, j, p) for i, j, p, _ in got] == [(1, 2, "one")]
    got = m.find(toks, 5, 9)              # 'the old stone bridge'
    assert {p for _, _, p, _ in got} == {"pair", "gap"}


def test_clause_numbers_count_the_breaks_before_each_token():
    text = "Rebels shelled the depot, and troops fled; nobody was hurt."
    toks = tokenize(text)
    lex = lexicon("en")
    clause_of, starts = _clauses(text, toks, lex.scan(toks))
    assert len(clause_of) == len(toks) and clause_of[0] == 0
    assert all(type(c) is int for c in clause_of)
    for k in range(len(toks)):
        assert clause_of[k] == sum(1 for b in starts if b <= k)
    comma = next(k for k, t in enumerate(toks) if t.text == "and")
    assert clause_of[comma] == clause_of[comma - 1] + 1
