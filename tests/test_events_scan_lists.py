"""Speed work, pinned down: the lists rules read on a whole sentence are found by the one
combined scan (Lexicon.matches must give what each list's own matcher gives, for the whole
sentence and, for a list with no gaps, for any window of it); a gap tries the rest of its pattern
only where the word after it fits, with the same first match as trying every token; a scanned
sentence's figures are found once and stay unchanged by count_categories."""
from geomap.events_lex import _GAP, SENTENCE_PHRASES, Matcher, Morph, lexicon, tokenize
from geomap.events_numbers import count_categories, numbers

SENTENCES = {
    "en": "Officials said the death toll rose to 23 after two of the five wounded died in hospital, "
          "and the journalist, the driver and a guard were among those killed.",
    "id": "Jumlah korban tewas bertambah menjadi 12 orang setelah dua korban luka meninggal di rumah sakit.",
    "de": "Die Zahl der Toten stieg am Abend auf 14, sagte ein Sprecher der Polizei bei einer Pressekonferenz.",
    "fr": "Le bilan s'est alourdi à 9 morts, dont deux enfants, selon un premier décompte des secours.",
}
EXTRA = ("riseverbs", "risereach", "partitive", "clockbefore", "diedlater", "venuepress", "renewed",
         "arrestops", "arrestlink", "strength", "count", "more", "speech")


def test_sentence_lists_read_from_the_scan_equal_their_own_search():
    for code, text in SENTENCES.items():
        lex = lexicon(code)
        toks = tokenize(text)
        sc = lex.scan(toks)
        for cat in tuple("p:" + k for k in SENTENCE_PHRASES) + EXTRA:
            m = lex.categories[cat]
            assert lex.matches(cat, toks, sc) == m.find(toks), (code, cat)
            assert lex.matches(cat, list(toks), sc) == m.find(toks), (code, cat)   # not its tokens
            for lo in range(0, len(toks), 3):
                for hi in range(lo, len(toks) + 1, 4):
                    assert lex.matches(cat, toks, sc, lo, hi) == m.find(toks, lo, hi), (code, cat, lo, hi)


def test_the_scan_finds_a_rising_toll_and_a_phrase_list():
    lex = lexicon("en")
    toks = tokenize(SENTENCES["en"])
    sc = lex.scan(toks)
    assert sc.toks is toks
    assert lex.rise_verbs.patterns and sc.find("riseverbs") == lex.rise_verbs.find(toks)


def _ref_rest(m: Matcher, elems, k, toks, i, stop):
    """The matcher's rest of a pattern as it was written first: every token a gap may end on tried."""
    if k == len(elems):
        return i
    kind, v = elems[k]
    if kind == _GAP:
        words, skip = 0, 0
        while i + skip <= stop:
            r = _ref_rest(m, elems, k + 1, toks, i + skip, stop)
            if r != -1:
                return r
            if i + skip >= stop:
                break
            skip += 1
            if not toks[i + skip - 1].glued:
                words += 1
                if words > v:
                    break
        return -1
    if i >= stop:
        return -1
    low = toks[i].low
    ok = v in m.morph.forms(low) if kind == 0 else low.startswith(v) if kind == 1 else v in m.morph.roots(low)
    return _ref_rest(m, elems, k + 1, toks, i + 1, stop) if ok else -1


def test_a_gap_finds_the_first_match_trying_every_token_finds():
    morph = Morph({"clitics": ["nya", "lah"], "suffixes": ["an"], "prefixes": [["di", ""], ["me", ""]]})
    m = Matcher([("kapal .. tenggelam", "a"), ("nahmen ... fest", "b"), ("bom .. ~ledak", "c"),
                 ("serang .. pos*", "d"), ("kapal .. .. karam", "e"), ("tembak ..", "f")], morph)
    texts = ["Kapal nelayan itu akhirnya tenggelamnya di perairan utara, kapal lain karam.",
             "Sie nahmen den Mann noch in der Nacht nahe dem Dorf fest und nahmen ihn mit.",
             "Bom rakitan itu diledakkan di depan pos polisi, serang balik ke pos-pos musuh.",
             "Polisi tembak seorang pria, lalu kapal patroli datang dan kapal itu karam lagi."]
    for text in texts:
        toks = tokenize(text)
        for idx, elems in enumerate(m._compiled):
            for i in range(len(toks)):
                for stop in range(i, len(toks) + 1):
                    assert m._rest(elems, 1, toks, i + 1, stop) == _ref_rest(m, elems, 1, toks, i + 1, stop), \
                        (text, m.patterns[idx][2], i, stop)


def test_a_sentences_figures_are_found_once_and_kept_unchanged():
    lex = lexicon("en")
    text = "At least 12 people were killed and about 30 wounded, rising to 15 dead by the evening."
    toks = tokenize(text)
    sc = lex.scan(toks)
    first = numbers(text, toks, lex, scan=sc)
    again = numbers(text, toks, lex, scan=sc)
    assert first == again and first is not again
    assert [(n.i, n.value) for n in first] == [(n.i, n.value) for n in numbers(text, toks, lex)]
    before = [(n.i, n.j, n.value, n.approximate) for n in first]
    counted = count_categories(text, toks, lex, scan=sc)
    assert counted == count_categories(text, list(toks), lex)
    assert [(n.i, n.j, n.value, n.approximate) for n in numbers(text, toks, lex, scan=sc)] == before
