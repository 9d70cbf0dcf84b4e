"""Numbers and casualty counts in a sentence, in any of the lexicon languages.

``numbers(toks, lex)`` finds figures written in digits ('15', '1.200', '1,200') or in words
('dua belas', 'twenty-five', 'пятнадцать', 'on iki', 'quatre-vingts'), vague quantities with their
lower bound ('puluhan' → 10, 'dozens' → 12, 'une centaine' → 100) and approximation markers
('at least', 'setidaknya', 'более', 'en az'). ``counts(toks, lex)`` attaches each figure to the
category named next to it (killed, wounded, captured, missing) using the `counts` lexicon.
"""
from __future__ import annotations

import re
from copy import copy
from dataclasses import dataclass

from .events_lex import Lexicon, Matcher, Tok, _entries, fold

CATEGORIES = ("killed", "wounded", "captured", "missing")
_DIGITS = re.compile(r"^\d+$")
_PUNCT = re.compile(r"[,;:()\[\]]")
_GROUP_SEPS = {".", ",", "\u00a0", "\u202f", "'"}
LOOKAHEAD = 10         # tokens after a figure searched for its category word
LOOKBACK = 6
SINGLE_NEG = 2          # tokens from a negator to a singular victim form it denies ('nobody was injured')
APPOSITION = 5          # words of an apposition to a figure's noun ('two women, a mother and her daughter,')
APPOSITION_SUBJECT = 12  # … to the figure's noun that opens the sentence (its subject)
APPOSITION_AFTER = 3    # tokens after it within which its clause's count word must come
RISE_GAP = 4           # tokens between a verb of rising and its 'to' / 'from'


@dataclass
class Number:
    i: int               # first token index
    j: int               # end token index (exclusive)
    value: int
    approximate: bool
    weak: bool = False   # 'a', 'un', 'ein': an article as often as a figure
    vague: bool = False  # 'dozens', 'puluhan', 'decine': a lower bound, not a figure the text gives


def _word_value(parts: list[tuple[str, float]]) -> int | None:
    """Combine number-word parts: units add, 'add' words add to the running group ('dua belas'),
    a scale multiplies the part of the group below it ('dua puluh', 'quatre-vingts', 'seratus
    dua puluh' = 100 + 2·10, 'cent vingt' = 100 + 20), a scale or a unit ≥ 1000 closes a group
    ('dua ribu lima ratus', 'seribu dua ratus')."""
    total = 0
    cur = 0
    seen = False
    for kind, v in parts:
        v = int(v)
        if kind == "units":
            if v >= 1000:
                total += cur + v
                cur = 0
            else:
                cur += v
        elif kind == "add":
            cur = (cur or 1) + v if cur else v
        elif kind == "scale":
            if v >= 1000:
                total += (cur or 1) * v
                cur = 0
            else:
                low = cur % v if v > 1 else cur
                cur = cur - low + (low or 1) * v
        seen = True
    return total + cur if seen else None


def _compound(word: str, lex: Lexicon) -> list[tuple[str, int]] | None:
    """The number-word parts of a one-word number ('zweiundvierzig' → zwei, und, vierzig;
    'trentuno' → trent, uno), or None: the whole word must split, into two parts or more."""
    if not lex.number_parts or len(word) < 4 or not word.isalpha():
        return None
    memo = lex.compound_memo
    if word in memo:
        return memo[word]
    parts = lex.number_parts

    def split(k: int) -> list | None:
        if k == len(word):
            return []
        for e in range(len(word), k, -1):          # longest part first
            p = parts.get(word[k:e])
            if p is not None:
                rest = split(e)
                if rest is not None:
                    return [p] + rest
        return None

    got = split(0)
    if got is not None and (len(got) < 2 or got[0][0] == "join" or got[-1][0] == "join"):
        got = None
    got = [p for p in got if p[0] != "join"] if got else None
    if len(memo) > 50000:
        memo.clear()
    memo[word] = got
    return got


_NUM_STOP = re.compile(r"[,;:()\[\]!?]")
_YEAR4 = re.compile(r"(19|20)\d\d$")


def _joinable(parts: list[tuple[str, float]], nxt: tuple[str, float]) -> bool:
    """May a joiner ('y', 'et', 'and') continue the number: tens then a unit ('treinta y uno',
    'soixante et onze'), hundreds then less ('two hundred and fifty'); not 'cinco y dos'."""
    cur = _word_value(parts) or 0
    v = int(nxt[1])
    if nxt[0] != "units":
        return False
    return (cur >= 100 and cur % 100 == 0 and v < 100) or (cur % 10 == 0 and cur % 100 >= 20 and v < 20)


def _after_acronym(text: str, toks: list[Tok], i: int) -> bool:
    """'Dua komando VAT 69 gugur', 'the MH 17 crash': a figure right after a capitalised
    acronym, in mixed-case text, is part of a unit's or a flight's name. (In an all-capitals
    headline the words around are capitals too: there it stays a figure.)"""
    prev = toks[i - 1]
    if not (2 <= len(prev.text) <= 10 and prev.text.isalpha() and prev.text.isupper()):
        return False
    if text[prev.end:toks[i].start] != " ":
        return False
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    before = toks[i - 2] if i >= 2 else None
    return nxt is not None and any(ch.islower() for ch in nxt.text) and \
        (before is None or any(ch.islower() for ch in before.text))


def numbers(text: str, toks: list[Tok], lex: Lexicon, skip: set[int] | None = None,
            scan=None) -> list[Number]:
    """Every figure of the token list; tokens in ``skip`` (dates) are never part of one.
    ``scan``: the sentence's precomputed lexicon matches (Lexicon.scan), if at hand. The figures
    of a scanned sentence are found once (kept in its scan): they are not to be changed in place."""
    if scan is not None and scan.toks is toks:
        key = ("numbers", frozenset(skip) if skip else frozenset())
        got = scan.memo.get(key)
        if got is None or got[0] is not text:
            got = scan.memo[key] = (text, _numbers(text, toks, lex, skip, scan))
        return list(got[1])
    return _numbers(text, toks, lex, skip, scan)


def _numbers(text: str, toks: list[Tok], lex: Lexicon, skip: set[int] | None, scan) -> list[Number]:
    skip = skip or set()
    words = {}
    for i, j, payload, _ in (scan.longest("num") if scan else lex.numbers.longest(toks)):
        words[i] = (j, payload)
    approx_end = {j for i, j, _, _ in (scan.find("approx") if scan else lex.approx.find(toks))}
    measures = {i for i, _, _, _ in (scan.find("measure") if scan else lex.measures.find(toks))}
    clock_end = {j for _, j, _, _ in lex.matches("clockbefore", toks, scan)} if lex.clock_before.patterns else ()
    day_end = {j for _, j, _, _ in lex.matches("daybefore", toks, scan)} if lex.day_before.patterns else ()
    # ('alle 19 vittime', 'a las 21 víctimas'): a figure before a toll word stays a count
    count_starts = {k for k, _, _, _ in lex.matches("count", toks, scan)} if clock_end or day_end else ()
    names = _name_words(lex)
    out: list[Number] = []
    i = 0
    n = len(toks)
    while i < n:
        if i in skip:
            i += 1
            continue
        t = toks[i]
        # (a token is all digits: str.isdecimal is what _DIGITS matches in a token, \d being a
        # decimal digit and no token holding a line break; one test per token, not two regexes)
        digits_only = t.low.isdecimal()
        if digits_only and i > 0 and (toks[i - 1].low in names or _after_acronym(text, toks, i)
                                      or i > 1 and toks[i - 2].low + " " + toks[i - 1].low in names):
            # 'Brigata 444', 'Route 66', 'резолюции 2334', 'VAT 69': a name (also after two
            # words: 'i medici del 118', an emergency service's number)
            i += 1
            continue
        if digits_only:
            j = i + 1
            digits = t.low
            # '1.5 million', '2,5 millions', '1,2 juta': a decimal before a scale word
            if (i + 2 < n and text[t.end:t.end + 1] in ".," and toks[i + 1].start == t.end + 1
                    and _DIGITS.match(toks[i + 1].low) and len(toks[i + 1].low) <= 2 and i + 2 in words
                    and words[i + 2][1][0] == "scale" and int(words[i + 2][1][1]) >= 1000
                    and not {i + 1, i + 2} & skip):
                jj, (_, sv) = words[i + 2]
                value = int(round(float(f"{t.low}.{toks[i + 1].low}") * int(sv)))
                out.append(Number(i, jj, value, i in approx_end))
                i = jj
                continue
            # '1.200', '1,200', '1 200' (nbsp): thousands groups of exactly three digits.
            while (j < n and j not in skip and _DIGITS.match(toks[j].low) and len(toks[j].low) == 3
                   and toks[j].start - toks[j - 1].end == 1 and text[toks[j - 1].end] in _GROUP_SEPS):
                digits += toks[j].low
                j += 1
            if j == i + 1 and i in clock_end and len(digits) <= 2 and int(digits) <= 24 \
                    and not any(k in count_starts for k in (j, j + 1)):
                i = j                # an hour of the day: 'poco dopo le 19', 'a las 21'
                if j < n and toks[j].start == t.end + 1 and text[t.end] in ".:h" \
                        and len(toks[j].low) == 2 and toks[j].low.isdecimal():
                    i = j + 1        # and its minutes ('saat 16.20'): no figure either
                continue
            if j == i + 1 and i in day_end and len(digits) <= 2 and 1 <= int(digits) <= 31 \
                    and j not in count_starts and not (j + 1 in count_starts and j not in words
                                                      and "(" not in text[t.end:toks[j].start if j < n else t.end]):
                i = j                # a day of the month: 'le 8 (un mort)', 'el 12'
                continue
            if len(digits) > 7 or j == i + 1 and _bare_year(toks, i, lex):
                i = j                # (a year: 'awal 2009', 'early 2009' is no count)
                continue
            value = int(digits)
            # '3 bin 800', '5 ribu', '2 mil', '3 тысячи': a figure times the scale word after it,
            # plus a smaller figure after that
            if j in words and j not in skip and words[j][1][0] == "scale" and int(words[j][1][1]) >= 100:
                jj, (_, sv) = words[j]
                value *= int(sv)
                j = jj
                if j < n and j not in skip and _DIGITS.match(toks[j].low) and int(toks[j].low) < int(sv):
                    value += int(toks[j].low)
                    j += 1
            if j < n and toks[j].start == toks[j - 1].end + 1 and text[toks[j - 1].end] in ":h" \
                    and _DIGITS.match(toks[j].low):
                i = j + 1            # a time of day ('22:30', '22h30')
                continue
            if j == i + 1 and j < n and toks[j].start == t.end + 1 and text[t.end] == "." \
                    and len(t.low) <= 2 and int(t.low) <= 24 and len(toks[j].low) == 2 \
                    and toks[j].low.isdecimal() and int(toks[j].low) <= 59 and j not in skip:
                i = j + 1            # a time of day written with a dot ('saat 16.20', 'pukul 07.47',
                continue             # 'alle 16.37'): no figure of people either side
            if not _measure(text, toks, j, lex, measures):
                # '3-5 people', '10–15 soldiers': a range counts its lower bound, approximately
                rng = j < n and j not in skip and _DIGITS.match(toks[j].low) \
                    and text[toks[j - 1].end:toks[j].start] in ("-", "\u2013")
                out.append(Number(i, j, value, i in approx_end or bool(rng)))
                if rng:
                    j += 1
            i = j
            continue
        if i in words:
            parts = []
            j = i
            vague = None
            about = False
            while j in words and j not in skip:
                jj, (kind, v) = words[j]
                if kind in ("vague", "about"):
                    vague = v
                    # 'une vingtaine', 'una decina', 'un centenar': one round figure, told
                    # approximately (a count, like 'about twenty'); 'dizaines' stays vague
                    about = kind == "about"
                    # 'dozens', 'puluhan': a lower bound; 'two dozen' → scale of what went before.
                    j = jj
                    break
                if kind == "units" and parts and parts[-1][0] == "units" and int(parts[-1][1]) % 10:
                    break            # 'ein sechs Monate alter Junge': two figures, not 1 + 6
                if parts and _NUM_STOP.search(text, toks[j - 1].end, toks[j].start):
                    break            # 'превысило сорок, один человек': two figures, not 41
                parts.append((kind, v))
                j = jj
                if (j + 1 < n and toks[j].low in lex.number_joiners and j + 1 in words
                        and not {j, j + 1} & skip and _joinable(parts, words[j + 1][1])):
                    j += 1
            val = _word_value(parts)
            if j in measures:            # 'two hours', 'dua kilometer': no victims
                i = j
                continue
            if vague is not None:
                val = (val or 1) * int(vague) if parts else int(vague)
                out.append(Number(i, j, val, True, vague=not parts and not about))
            elif val is not None:
                # 'a', 'un', 'ein' is an article as often as a figure, but not after 'and' in a
                # list of victims ('two soldiers and a civilian')
                weak = val == 1 and j - i == 1 and not (i > 0 and toks[i - 1].low in lex.coordinators)
                if weak and any(toks[k].low in lex.amount_nouns for k in range(j, min(j + AMOUNT_GAP + 1, n))):
                    i = j            # 'a large number of deaths', 'un nombre important de morts':
                    continue         # the article of an amount, not one victim
                if val == 1 and j - i == 1 and lex.site_nouns and any(
                        toks[k].low in lex.site_nouns for k in range(j, min(j + AMOUNT_GAP, n))):
                    i = j            # 'and a metro station', 'et une gare': the article of a place
                    continue
                out.append(Number(i, j, val, i in approx_end, weak=weak))
            i = max(j, i + 1)
            continue
        parts = _compound(t.low, lex) if lex.number_parts else None
        if parts and i + 1 not in measures:      # not 'quarantaquattro giorni'
            out.append(Number(i, i + 1, _word_value(parts), i in approx_end))
        i += 1
    out = [nb for nb in out if not _apposed_age(text, toks, nb)]
    if len(out) > 1 and lex.partitive.patterns:
        out = _drop_wholes(toks, out, lex, scan)
    if out and lex.age_range:
        out = _drop_age_ranges(toks, out, lex)
    return _drop_ages(toks, out, lex, scan) if out and lex.ages is not None else out


MAX_AGE = 120


def _drop_wholes(toks: list[Tok], out: list[Number], lex: Lexicon, scan=None) -> list[Number]:
    """'Nine of the ten gunmen were killed', 'neuf des dix assaillants', 'девять из десяти': a
    figure right after a smaller one and a partitive word (`numbers.partitive`) is the whole the
    part was taken from, no count of its own."""
    spans = {(i, j) for i, j, _, _ in lex.matches("partitive", toks, scan)}
    wholes = set()
    for a, b in zip(out, out[1:]):
        if (a.j, b.i) in spans and a.value <= b.value and not a.vague:
            wholes.add(b.i)
    return [nb for nb in out if nb.i not in wholes] if wholes else out


SUM_APPOSED_GAP = 4    # tokens from a figure to the comma of its breakdown ('298 people on board,')
SUM_APPOSED_LEN = 12   # tokens of that breakdown


def _sum_appositions(sub: list[Tok], nums: list[Number], breaks: set[int], lo: int,
                     cue_starts: set[int]) -> list[tuple[int, int, list[Number], int]]:
    """Breakdowns set off by commas right after a figure ('298 orang di dalamnya, iaitu 283
    penumpang dan 15 anak kapal, terbunuh'): (first token, closing break, its figures, the
    figure's token), when
    two or more exact figures inside add up to the figure exactly and no count word stands in it."""
    bs = sorted(b - lo for b in breaks if lo < b < lo + len(sub))
    out = []
    for a in nums:
        if a.vague or a.weak or a.approximate:
            continue
        k = next((b for b in bs if b >= a.j), None)
        if k is None or k - a.j > SUM_APPOSED_GAP or any(a.j <= nm.i < k for nm in nums):
            continue
        # (the breakdown may be a list with commas of its own: 'Diciannove italiani, dodici
        # carabinieri, cinque militari e due civili, sono morti': it closes at the comma where
        # its figures add up)
        for c in (b for b in bs if b > k):
            if c - k > SUM_APPOSED_LEN or any(k <= x < c for x in cue_starts):
                break
            inner = [nm for nm in nums if k <= nm.i and nm.j <= c]
            if any(nm.vague for nm in inner) or sum(nm.value for nm in inner) > a.value:
                break
            if len(inner) >= 2 and sum(nm.value for nm in inner) == a.value:
                out.append((k, c, inner, a.i))
                break
    return out


def _drop_age_ranges(toks: list[Tok], out: list[Number], lex: Lexicon) -> list[Number]:
    """'cinco adolescentes de entre 14 y 16 años', 'children 10 to 14 years old', '14 ile 16
    yaş': two rising figures joined by a range word (`numbers.age_range`) with an age word
    (`numbers.age_words`) right after the second are an age range, no victims (the second
    figure is dropped by its age word already; this drops the first one)."""
    ages = _cached(lex, "_age_words", lambda: frozenset(
        fold(str(w)) for w in ((lex.data.get("numbers") or {}).get("age_words") or [])))
    starts = {nb.i: nb for nb in out}
    keep, drop = [], set()
    for nb in out:
        if nb.i in drop:
            continue
        k = nb.j
        if k < len(toks) and toks[k].low in lex.age_range and nb.value <= MAX_AGE:
            # an article may stand between ('tra i 15 e i 17 anni')
            if k + 2 < len(toks) and nb.i > 0 and (toks[k + 2].low.isdigit() or k + 2 in starts) \
                    and len(toks[k + 1].low) <= 3 and toks[k + 1].low == toks[nb.i - 1].low:
                k += 1
            second = starts.get(k + 1)
            end = second.j if second is not None else (k + 2 if k + 1 < len(toks) and toks[k + 1].low.isdigit() else None)
            hi = second.value if second is not None else (int(toks[k + 1].low) if end else None)
            if end is not None and end < len(toks) and toks[end].low in ages and nb.value < hi <= MAX_AGE:
                drop.add(k + 1)
                continue
        keep.append(nb)
    return keep


APPOSED_NAME = 4   # words of a name set off by commas after its noun


def _name_appositions(text: str, toks: list[Tok], breaks: set[int], lex: Lexicon, lo: int, hi: int
                      ) -> list[tuple[int, int]]:
    """'a 19-year-old girl, Jane Roe, was shot dead', 'seorang gadis berusia 19 tahun, Siti
    Aminah, maut ditembak': the commas around a victim's name set off after a common noun (a
    lowercase word before, a lowercase word other than 'and' after) do not end the clause; the
    figure or article before them still counts the victim. (A list of names, 'Ali, Budi and
    Joko', has a capitalised word before its first comma and keeps its breaks.)"""
    soft: list[tuple[int, int]] = []
    for b in sorted(breaks):
        nxt = min((x for x in breaks if x > b), default=None)
        if nxt is None or not 1 <= nxt - b <= APPOSED_NAME or b - 1 < lo or nxt >= hi:
            continue
        name = toks[b:nxt]
        # ('a couple, Jan and Eva Novak, and …'): two names of one noun joined by 'and'
        joined = [k for k, t in enumerate(name) if _coord(t, lex)]
        if len(joined) > 1 or (joined and not 0 < joined[0] < len(name) - 1) \
                or not all(t.text[:1].isupper() and t.text.replace("-", "").isalpha()
                           for k, t in enumerate(name) if k not in joined):
            continue
        before, after = toks[b - 1], toks[nxt]
        # (commas only: '(nakes), Gabriella M.,' has a bracket that already set the noun off)
        if text[before.end:toks[b].start].strip() != "," or text[toks[nxt - 1].end:after.start].strip() != ",":
            continue
        # ('One of the wounded, John Roe, 59, died'): the name's age set off by commas after it
        # belongs to the apposition
        if after.low.isdigit() and len(after.low) <= 2 and nxt + 2 < hi and (nxt + 1) in breaks \
                and text[after.end:toks[nxt + 1].start].strip() == ",":
            nxt += 1
            after = toks[nxt]
        # (a capitalised word before: a place inside the noun phrase, 'tourists from Lyon, …',
        # when a lowercase word with no break opens its run; else an item of a list of names)
        run = b - 1
        while run > lo and toks[run - 1].text[:1].isupper() and run not in breaks:
            run -= 1
        placed = before.text[:1].isupper() and run > lo and run not in breaks \
            and toks[run - 1].text[:1].islower() and not _coord(toks[run - 1], lex)
        if (before.text[:1].isupper() and not placed) or not before.text[:1].isalpha() \
                or after.text[:1].isupper() or not after.text[:1].isalpha():
            continue
        # ('…, Jan Novak, and a guide': the apposition closes before the next item, which opens
        # with an article or a figure; 'and' before a verb keeps the break)
        if _coord(after, lex) and not (nxt + 1 < hi and lex.numbers.find(toks, nxt + 1, nxt + 2)):
            continue
        soft.append((b, nxt))
    return soft


def _apposed_age(text: str, toks: list[Tok], nb: Number) -> bool:
    """'Affan Kurniawan, 21, seorang pemandu', 'Maria López, 34, murió': a figure of one or two
    digits set off by commas right after a capitalised name is that person's age."""
    if nb.j - nb.i != 1 or nb.i == 0 or nb.j >= len(toks) or not toks[nb.i].low.isdigit() or len(toks[nb.i].low) > 2:
        return False
    before, after = toks[nb.i - 1], toks[nb.i]
    return text[before.end:after.start].strip() == "," and text[after.end:toks[nb.j].start].strip() == "," \
        and before.text[:1].isupper() and before.text.isalpha()


AMOUNT_GAP = 2  # adjectives between an article and its amount noun ('a large number')
AGE_GAP = 2     # words between an age word and its figure ('aged between', 'tra i', 'от')


def _drop_ages(toks: list[Tok], out: list[Number], lex: Lexicon, scan=None) -> list[Number]:
    """'twelve children aged between 10 and 16', 'im Alter zwischen zehn und sechzehn Jahren',
    'в возрасте от 10 до 16 лет': a figure right after an age word (`numbers.ages`), and the one
    closing its range ('and', 'bis', 'до': `numbers.age_range`), are ages, no victims."""
    ends = {j for _, j, _, _ in (scan.find("ages") if scan else lex.ages.find(toks))}
    if not ends:
        return out
    keep, last_age = [], None
    for nb in out:
        age = any(0 <= nb.i - e <= AGE_GAP and all(toks[k].low in lex.age_range or len(toks[k].low) <= 3
                                                  for k in range(e, nb.i)) for e in ends)
        if not age and last_age is not None and 1 <= nb.i - last_age <= AGE_GAP:
            age = toks[last_age].low in lex.age_range
        if age:
            last_age = nb.j
            continue
        keep.append(nb)
    return keep


def _cached(lex: Lexicon, name: str, build):
    """Data this module compiles once per lexicon, kept on the lexicon itself."""
    got = lex.__dict__.get(name)
    if got is None:
        got = build()
        setattr(lex, name, got)
    return got


def _name_words(lex: Lexicon) -> frozenset:
    """Words a figure in digits after which is a name ('Brigade 444'): `numbers.name_before`."""
    return _cached(lex, "_count_names", lambda: frozenset(
        fold(str(w)) for w in (lex.data.get("numbers") or {}).get("name_before") or []))


def _year_words(lex: Lexicon) -> tuple[frozenset, frozenset]:
    """Words right before / after a bare year ('early 2009', '2009 başında'):
    `numbers.year_before` / `numbers.year_after`."""
    def build():
        d = lex.data.get("numbers") or {}
        return (frozenset(fold(str(w)) for w in d.get("year_before") or []),
                frozenset(fold(str(w)) for w in d.get("year_after") or []))
    return _cached(lex, "_count_years", build)


def _year_name_words(lex: Lexicon) -> tuple[frozenset, frozenset]:
    """Words before a year that names an occasion ('the 1996 Olympics': `numbers.year_name_before`,
    before the figure when a capitalised name follows it) and words joining a name to its year
    ('Jeux de 1996', 'Olimpiadi del 1996': `numbers.year_name_joiners`)."""
    def build():
        d = lex.data.get("numbers") or {}
        return (frozenset(fold(str(w)) for w in d.get("year_name_before") or []),
                frozenset(fold(str(w)) for w in d.get("year_name_joiners") or []))
    return _cached(lex, "_count_year_names", build)


def _capitalised(t: Tok) -> bool:
    return t.text[:1].isupper() and any(ch.islower() for ch in t.text[1:])


def _bare_year(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Is the lone four-digit figure at token i a year ('from late 2008 to early 2009', 'akhir
    2008 hingga awal 2009', '2009 başında'): 1900–2099 written without a thousands separator,
    right after a word of time, right before a year's case word, or beside another such year?"""
    def plausible(k: int) -> bool:
        return 0 <= k < len(toks) and len(toks[k].low) == 4 and _DIGITS.match(toks[k].low) is not None \
            and 1900 <= int(toks[k].low) <= 2099
    if not plausible(i):
        return False
    before, after = _year_words(lex)
    if i > 0 and (toks[i - 1].low in before or toks[i - 1].low in lex.month_words):
        return True
    if i + 1 < len(toks) and toks[i + 1].low in after:
        return True
    # right before another figure ('bei dem 1999 zwei Schüler dreizehn Menschen töteten', 'en
    # 2004 tres soldados'): two figures in a row are a year and a count, never one number
    if i + 1 < len(toks) and (_DIGITS.match(toks[i + 1].low) is not None
                              or any(a == i + 1 for a, _, _, _ in lex.numbers.find(toks, i + 1, min(i + 4, len(toks))))):
        return True
    # an occasion named with its year ('the 1996 Olympics', 'den Spielen 1996 in', 'les Jeux de
    # 1996 à', 'Piala Dunia 2010 di'): after 'the' with a name after it, or right after a name (or
    # a name and a joining 'de', 'del', 'of') not opening the sentence, with no name after it
    name_before, joiners = _year_name_words(lex)
    nxt = toks[i + 1] if i + 1 < len(toks) else None
    if i > 0 and toks[i - 1].low in name_before and nxt is not None and _capitalised(nxt):
        return True
    k = i - 1 if i > 0 and toks[i - 1].low in joiners else i
    if k > 1 and _capitalised(toks[k - 1]) and toks[k - 2].text not in ".!?:\"«»“”" \
            and not (nxt is not None and _capitalised(nxt)):
        return True
    return any(plausible(k) for k in range(i - 4, i + 5) if k != i)


def _measure(text: str, toks: list[Tok], j: int, lex: Lexicon, measures: set[int]) -> bool:
    """Is a figure in digits ending at token j a measure, an age or a rank rather than a number
    of people: '20 km', '45%', '18-jährige', '20-year-old', '102-я', '102. Militärbasis'?"""
    if j in measures:
        return True
    end = toks[j - 1].end
    after = text[end:end + 2]
    if after[:1] == "%" or after == " %" or after == "\u00a0%":
        return True
    nxt = toks[j] if j < len(toks) else None
    if nxt is None:
        return False
    if nxt.start == end + 1 and after[0] == "-" and nxt.low[:1].isalpha():
        return True                  # a compound modifier: an age, a size, a Russian ordinal
    if text[end:nxt.start] in ("-", "\u2013", ".-", ".\u2013") and _DIGITS.match(nxt.low) \
            and j + 1 < len(toks) and toks[j + 1].low in lex.month_words:
        return True                  # the first day of a range ("22-23 Aralık'ta", '22.-23. Dezember')
    # '102. Militärbasis', '3. Ordu': where a dot makes an ordinal, a dot inside the sentence
    return lex.ordinal_dot and after == ". " and nxt.start == end + 2 and not _DIGITS.match(nxt.low)


@dataclass
class _Rise:
    """A toll that rises or stands at a figure ('the death toll rose from 7 to 15', 'ölü sayısı
    15'e yükseldi'): the `counts_rise` data of a language."""
    verbs: Matcher
    to: Matcher          # words right before the new figure ('to', 'auf', 'до', 'menjadi')
    frm: Matcher         # words right before an earlier figure ('from', 'von', 'с', 'dari')
    to_after: frozenset  # case endings after the figure (Turkish 15'e)
    from_after: frozenset
    reach: Matcher       # verbs right before a toll's figure ('exceeded 40', 'melebihi 40', 'превысило 140')


def _rise(lex: Lexicon) -> _Rise:
    d = lex.data.get("counts_rise") or {}

    def matcher(key):
        return Matcher(_entries(list(d.get(key) or [])), lex.morph)

    def words(key):
        return frozenset(fold(str(w)) for w in d.get(key) or [])
    # (the verbs and 'reach' words are the lexicon's own: categories of its scan)
    return _cached(lex, "_count_rise", lambda: _Rise(lex.rise_verbs, matcher("to"), matcher("from"),
                                                     words("to_after"), words("from_after"),
                                                     lex.rise_reach))


def _rise_roles(text: str, sub: list[Tok], lex: Lexicon, nums: list[Number],
                approx_spans: dict[int, int], scan=None) -> tuple[set[int], set[int]]:
    """(new figures, earlier figures) of a sentence that tells a toll rising: a figure right
    after 'to' / 'auf' / 'до' (or with a dative ending: '15'e') is the new toll, one right after
    'from' / 'von' / 'с' ('7'den') the toll before it. Without a verb of rising, none."""
    r = _rise(lex)
    verbs = lex.matches("riseverbs", sub, scan)
    # ('Jumlah korban yang terbunuh di kedua-dua belah sempadan kini melebihi 40 orang': a figure
    # right after a verb of exceeding or reaching is the toll's, however far its word)
    reach_end = {j for _, j, _, _ in lex.matches("risereach", sub, scan)}
    if not verbs and not reach_end:
        return set(), set()

    # ('stieg die Zahl der Toten nach Angaben von Gouverneur Oleh Synjehubow auf 16', 'rose,
    # according to the regional governor Oleh Synyehubov, to 16'): an attribution between the
    # verb and its 'to' is looked across
    attrib = [i for i, _, _, _ in lex.attribution.find(sub)]

    def near(i: int) -> bool:       # 'rose on Monday from 7 to 15', 'ascendió este lunes a 31'
        return any(0 <= i - vj <= RISE_GAP or 0 <= i - vj <= 4 * RISE_GAP and any(vj <= a < i for a in attrib)
                   for _, vj, _, _ in verbs)

    def before(j: int) -> bool:     # Turkish: '15'e yükseldi', 'ölenlerin sayısı 15'e, … 30'a yükseldi'
        return any(0 <= vi - j <= 2 * RISE_GAP for vi, _, _, _ in verbs)
    to_end = {j for i, j, _, _ in r.to.find(sub) if near(i)}
    from_end = {j for i, j, _, _ in r.frm.find(sub) if near(i)}
    new, old = set(), set()
    for nm in nums:
        k = approx_spans.get(nm.i, nm.i)
        suffix, after = "", nm.j + 1
        if nm.j < len(sub) and sub[nm.j].start == sub[nm.j - 1].end + 1 and text[sub[nm.j - 1].end] in "'\u2019":
            suffix = sub[nm.j].low                 # Turkish 15'e, 7'den
        elif not sub[nm.j - 1].text[-1:].isdigit():
            # (a figure in words takes the ending itself: 'otuz yediye çıktı'; no Turkish number
            # word ends in one of the dative's vowels)
            low = sub[nm.j - 1].low
            suffix = next((x for x in sorted(r.to_after, key=len, reverse=True) if low.endswith(x)), "")
            after = nm.j
        if nm.i in to_end or k in to_end or nm.i in reach_end or k in reach_end \
                or suffix in r.to_after and before(after):
            new.add(nm.i)
        # ('con más de 200 heridos', 'lebih dari 200': the 'de'/'dari' of 'more than' is no 'from')
        elif nm.i in from_end and nm.i not in approx_spans or k in from_end \
                or suffix in r.from_after and before(after):
            old.add(nm.i)
    return (new, old) if new else (set(), set())


def _coord(t: Tok, lex: Lexicon) -> bool:
    """A coordinator ('and', 'e', 'и'), not a word that folds to one (Italian 'è')."""
    return t.low in lex.coordinators and t.text.lower() == t.low


def count_categories(text: str, toks: list[Tok], lex: Lexicon, lo: int = 0, hi: int | None = None,
                     skip: set[int] | None = None, breaks: set[int] | None = None, scan=None,
                     carry: str | None = None) -> tuple[dict[str, int], bool, list[tuple[int, str]]]:
    """Counts of toks[lo:hi]: ({category: n}, approximate?, [(token index, category)]); the
    list names every category word with a figure, also a vague one that gives no count.

    A figure takes the category word right before it ('killed 15', 'korban tewas 15'), else the
    first one after it before the next clause break ('15 soldiers were killed', '12 lainnya
    ditahan'), else one shortly before it ('the death toll rose to 15'). Figures sharing one
    category word add up ('5 soldiers and 3 civilians were killed'); of different words for the same
    category the closest figure wins, then the first told."""
    hi = len(toks) if hi is None else hi
    if breaks is None:              # clause starts: punctuation between two tokens
        breaks = {k for k in range(lo + 1, hi) if _PUNCT.search(text, toks[k - 1].end, toks[k].start)}
    if lo != 0 or hi != len(toks):
        scan = None                  # precomputed matches are for the whole list only
    # (a victim's name set off by commas after its noun: no clause break, and its words do not
    # count toward how far a figure looks for its count word)
    apposed = _name_appositions(text, toks, breaks, lex, lo, hi) if breaks else []
    breaks = breaks - {x for b, e in apposed for x in range(b, e + 1)} if apposed else breaks
    name_at = {k - lo for b, e in apposed for k in range(b, e)}
    sub = toks if lo == 0 and hi == len(toks) else toks[lo:hi]     # (never changed in place)
    count_cues = scan.longest("count") if scan else lex.counts.longest(sub)
    # ('bom bunuh diri' is a suicide bomb, 'sentenced to death' no toll): a count word inside a
    # phrase of `counts_not` counts nobody
    not_m = lex.phrases("counts_not")
    if count_cues and not_m.patterns:
        nots = lex.matches("p:counts_not", sub, scan)
        if nots:
            count_cues = [c for c in count_cues if not any(ni < c[1] and c[0] < nj for ni, nj, _, _ in nots)]
    # ('One of the wounded, a man of 59, died in June', 'Deux des blessés sont morts'): a count
    # word inside a part of the victims told before (`subset_of_dead`) is whom the part is of,
    # when another count word outside it tells what befell them
    # (a part told by a figure right before the marker, never the owner of a toll's noun:
    # 'die Zahl der Toten', 'hayatını kaybedenlerin sayısı')
    if count_cues and lex.subset_of_dead.patterns:
        subs = [(si, sj) for si, sj, _, _ in (scan.find("subsetdead") if scan else lex.subset_of_dead.find(sub))
                if si > 0 and lex.numbers.find(sub, si - 1, si)
                and not (sj < len(sub) and sub[sj].low in lex.subset_heads)]
        inside = [c for c in count_cues if any(si <= c[0] and c[1] <= sj for si, sj in subs)]
        if inside and len(inside) < len(count_cues):
            count_cues = [c for c in count_cues if c not in inside]
    # ('asesinados un hombre, su esposa y su bebé'): the articles of listed victims are no figures
    by_list, item_starts = _listed_singles(sub, lex, count_cues, breaks, lo, scan)
    # (copies: a figure's approximation is changed below)
    nums = [copy(nm) for nm in numbers(text, sub, lex, {k - lo for k in (skip or ())} | item_starts, scan)]
    # ('all 298 people on board, 283 passengers and 15 crew, were killed'): a breakdown set off by
    # commas after a figure, whose figures add up to it, is that figure's parts: no figures of
    # their own, and no clause break between the figure and its count word
    parts = _sum_appositions(sub, nums, breaks, lo, {c[0] for c in count_cues}) if len(nums) > 2 else []
    parted = {a for _, _, _, a in parts}
    if parts:
        breaks = breaks - {x + lo for b, e, _, _ in parts for x in range(b, e + 1)}
        name_at |= {k for b, e, _, _ in parts for k in range(b, e)}
        dropped = {nm.i for _, _, inner, _ in parts for nm in inner}
        nums = [nm for nm in nums if nm.i not in dropped]
    # ('killed ten pupils, their teacher and two cleaners'): a definite singular victim listed
    # beside a figure is one more
    defs = _definite_items(text, sub, lex, nums, count_cues, breaks, lo)
    if defs:
        nums = sorted(nums + defs, key=lambda nm: nm.i)
    singles = scan.find("single") if scan else lex.single.find(sub)
    # a singular form is one clause's ('wurde ... getötet' reaches far in a verb-final clause,
    # but not across a comma into 'viele Menschen wurden getötet')
    singles = [s for s in singles if not any(s[0] < b - lo < s[1] for b in breaks)]
    # ('One soldier was killed, nobody was injured'): a negated singular form is no victim
    negs = scan.find("neg") if scan else lex.negators.find(sub)
    singles = [s for s in singles if not any(
        nj <= s[0] and s[0] - nj <= SINGLE_NEG and not any(ni < b - lo <= s[0] for b in breaks)
        for ni, nj, _, _ in negs)]
    singles = list(singles) + _noun_singles(sub, lex, count_cues, breaks, lo,
                                                 {b for b, _ in apposed}, text) \
        + _apposed_singles(text, sub, lex, breaks, lo) + _named_of_singles(sub, lex)
    # ('wurde am Mittwoch tödlich verletzt', 'was fatally wounded'): a singular form ending in a
    # longer count word of another category is that category's only
    singles = [s for s in singles if not any(ccat != s[2] and ci <= s[1] - 1 < cj and cj - ci > 1
                                             for ci, cj, ccat, _ in count_cues)]
    extra = _companions(sub, lex, singles, breaks, lo)
    if not nums:
        return _singles(dict(by_list), singles, extra=extra), False, [(min(item_starts) + lo, c) for c in by_list]
    cues = {}          # token index (in sub) → (end, category)
    for i, j, cat, _ in count_cues:
        cues[i] = (j, cat)
    cue_end = {j: (i, cat) for i, (j, cat) in cues.items()}
    approx_spans = {j: i for i, j, _, _ in (scan.find("approx") if scan else lex.approx.find(sub))}
    approx_start = {i: j for j, i in approx_spans.items()}
    num_starts = {nm.i for nm in nums}
    weak_at = {nm.i for nm in nums if nm.weak}
    incl_at = {i: j for i, j, _, _ in (scan.find("incl") if scan else lex.including.find(sub))}
    attribution_at = {i for i, _, _, _ in (scan.find("countattrib") if scan else lex.attribution.find(sub))}
    aside_end = -1
    found_of: dict[int, tuple | None] = {}
    unfigured: list[tuple[int, str]] = []      # category words told with no figure of their own
    more_at = {nm.i for nm in nums for mi, mj, _, _ in (scan.find("more") if scan else lex.more.find(sub))
               if mi == nm.j or mj == nm.i} if len(nums) > 1 else set()
    by_cue: dict[tuple, list[Number]] = {}
    dist: dict[tuple, int] = {}
    spanned: set[int] = set()
    # 'the death toll rose from 7 to 15': the figure it rose to is the toll, the one it rose
    # from is none; 'выросло до 15' is no 'up to'
    rise_new, rise_old = _rise_roles(text, sub, lex, nums, approx_spans, scan)
    to_ends = {j for _, j, _, _ in _rise(lex).to.find(sub)} if rise_new else set()
    # ('hablaban de una quincena de fallecidos; la cifra definitiva, 21, se conoció después'): a
    # settled figure with no count word of its own is the toll's, as a figure a toll rose to
    settled = _final_figures(sub, lex, nums, scan) if len(nums) > 1 else set()
    inverted = _cached(lex, "_inverted_subjects",
                       lambda: frozenset(tuple(str(w).lower().split()) for w in lex.data.get("counts_inverted_subjects") or []))
    # count phrases with a figure of their own inside ('уничтожены 70 боевиков'): no other figure's
    # ('…, четыре бронированные машины и пять пикапов' are no dead)
    owned = {ci for ci, (cj, _) in cues.items() if any(ci < x < cj for x in num_starts)}
    for nm in nums:
        if nm.i in rise_old:
            continue
        if nm.i in rise_new and nm.approximate and nm.i in to_ends:
            nm.approximate = False
        found = None
        gap = 0
        # 1. right before (skipping 'at least'): 'killed at least 15'
        k = nm.i
        if k in approx_spans:
            k = approx_spans[k]
        # 0. inside a count phrase with a gap ('уничтожены 40 боевиков', 'eliminated 40
        #    militants'): that phrase's figure, whatever the words around it
        inside = next(((ci, cat) for ci, (cj, cat) in cues.items()
                       if ci < nm.i and nm.j < cj and not any((x + lo) in breaks for x in range(ci + 1, cj))),
                      None)
        if inside is not None:
            found = (inside[0], inside[1], nm.i)
        elif k in cue_end and (nm.i + lo) not in breaks and (k + lo) not in breaks:
            ci, cat = cue_end[k]
            found = (ci, cat, nm.i)          # its own cue: never summed
        # ('уничтожены 50 боевиков', 'verloren 12 Menschen ihr Leben'): a count word told around
        # its figure, with no clause break inside it
        elif any(ci < k and cj >= nm.j and not any((x + lo) in breaks for x in range(ci + 1, cj))
                 for ci, (cj, _) in cues.items()):
            ci = next(ci for ci, (cj, _) in cues.items() if ci < k and cj >= nm.j
                      and not any((x + lo) in breaks for x in range(ci + 1, cj)))
            found = (ci, cues[ci][1], nm.i)
            spanned.add(nm.i)        # (its noun is the cue's own: no list goes on after it)
        # ('Dort erschießt er einen Wachmann'): a subject pronoun set after its verb
        # (`counts_inverted_subjects`) stands between the cue and its figure
        elif any(k - n in cue_end and tuple(t.low for t in sub[k - n:k]) in inverted
                 and not any((x + lo) in breaks for x in range(k - n, nm.i + 1)) for n in (1, 2)):
            n = next(n for n in (1, 2) if k - n in cue_end and tuple(t.low for t in sub[k - n:k]) in inverted)
            ci, cat = cue_end[k - n]
            found = (ci, cat, nm.i)
        # ('the death toll had risen to thirteen, and the gunman was alive, wounded'): a figure a
        #    toll rose to that ends its clause is the toll's, told before it, whatever count word
        #    follows in the next clause
        if found is None and nm.i in rise_new and nm.i in to_ends and nm.j < len(sub) \
                and (nm.j + lo) in breaks:
            k4 = max((c for c in cues if cues[c][0] <= nm.i and cues[c][1] != "captured"), default=None)
            if k4 is not None:
                found = (k4, cues[k4][1], nm.i)
        # 2. after, before the next clause break; an aside that starts with 'including' is
        #    skipped ('50 personas, entre ellas cinco niños, murieron')
        if found is None:
            k = nm.j
            aside = False
            appos_end = appos_open = -1
            # (short words do not count: 'Treize soldats de la force de l'ONU et de la SADC ont
            # été tués' is as near as 'thirteen UN and SADC soldiers were killed')
            short = 0
            while k < len(sub) and k - nm.j - short <= LOOKAHEAD + (6 if aside else 0):
                short += len(sub[k].low) <= 2 or k in name_at
                # ('33 anggota … Liberation Army (BLA) tewas': an acronym in brackets ends nothing)
                if (k + lo) in breaks and not _bracket(text, sub, k) and not aside and k not in incl_at \
                        and k - nm.j <= 2 and found is None:
                    close = _apposition_end(sub, k, lo, breaks, num_starts - weak_at, cues,
                                            not any((x + lo) in breaks for x in range(1, nm.i + 1)))
                    if close is not None:
                        aside, aside_end, appos_end, appos_open = True, close, close, k
                if (k + lo) in breaks and not _bracket(text, sub, k):
                    if aside or k not in incl_at:
                        if not aside or k not in (aside_end, appos_open) and not _bracket(text, sub, k):
                            break
                    if k in incl_at and not aside:
                        aside = True
                        # ('en majorité des soldats et des supplétifs (VDP), ont été tuées': a
                        # bracket inside the aside does not end it)
                        aside_end = next((x for x in range(incl_at[k], len(sub)) if (x + lo) in breaks
                                          and not _bracket(text, sub, x)), len(sub))
                # ('24 morts, dont quatre enfants, et 108 blessés': past the aside, a figure of
                # its own takes the next count word)
                if aside and k > aside_end and k in num_starts:
                    break
                if k in cues and k not in owned:
                    # 'i morti sono quattro e i feriti 151': a word with its own figure right
                    # after it is that figure's; this one looks back for its own
                    # (across 'about', 'at least': 'i morti sono almeno cinquanta e i feriti circa 150')
                    if k > nm.j and (cues[k][0] in num_starts or approx_start.get(cues[k][0]) in num_starts) \
                            and (k + lo) not in breaks \
                            and any(_coord(sub[x], lex) for x in range(nm.j, k)):
                        break
                    if appos_end >= 0 and k - appos_end > APPOSITION_AFTER:
                        break            # past an apposition only the clause's own verb counts
                    found = (k, cues[k][1])
                    gap = k - nm.j
                    # ('two gunmen killed a guard', 'dua pria membunuh Pastor X'): a figure in the
                    # subject of an active verb of killing that has its own object counts the
                    # killers, no victims
                    if _agent_figure(sub, lex, k, cues[k][0], breaks, lo, num_starts):
                        found = "agent"
                    elif cues[k][1] == "captured" and k == nm.j:
                        found = _captives_killed(sub, cues, nm, k, breaks, lo, num_starts, incl_at) or found
                    break
                k += 1
            if found == "agent":
                found_of[nm.i] = None
                continue
            if found is not None and nm.weak and _paired(sub, lex, found[0], cues):
                found_of[nm.i] = None        # 'bir konvoyun … ölü ve yaralılar': 'dead and wounded'
                unfigured.append((found[0] + lo, found[1]))   # tells a toll with no figure, whatever
                continue                                   # article came before
            if found is not None and _either(sub, lex, found[0], cues):
                found_of[nm.i] = None        # 'killed, injured or kidnapped': no toll of one,
                unfigured.append((found[0] + lo, found[1]))  # but a toll is told
                continue
        # 3. shortly before, not across 'and' ('the death toll rose to 20'); never an article
        #    ('tués dimanche lors d'une attaque')
        if found is None and not nm.weak:
            # (from before its 'more than', 'oltre': 'i feriti sono oltre sessanta')
            k = approx_spans.get(nm.i, nm.i) - 1
            aside, crossed = 0, -1       # tokens of an attribution looked across, and where
            # (as after it, short words and the words of a date do not count: 'starben in der
            # Nacht zum 3. Mai 1990 in Kiel vier Menschen' is as near as 'starben in Kiel vier')
            # (never for a figure that may be a year: 'víctimas … del acuerdo de paz de 2016')
            light = 0
            yearlike = nm.j - nm.i == 1 and len(sub[nm.i].low) == 4 and _DIGITS.match(sub[nm.i].low) \
                is not None and 1900 <= int(sub[nm.i].low) <= 2099
            while k >= 0 and nm.i - k - aside - (0 if yearlike else light) <= LOOKBACK:
                if (k + 1 + lo) in breaks and not (aside and k + 1 + aside == crossed):
                    # 'sono morti, secondo i dati ufficiali, circa cinquemila soldati'
                    s0 = max((b - lo for b in breaks if lo < b <= k + lo), default=0)
                    if aside or s0 not in attribution_at or s0 == 0:
                        break
                    aside, crossed = k + 1 - s0, k + 1
                    k = s0 - 1
                    continue
                if k in cues and cues[k][0] <= nm.i and k not in owned:
                    found = (k, cues[k][1])
                    gap = nm.i - cues[k][0]
                    break
                if k in num_starts and k not in weak_at or _coord(sub[k], lex):
                    break                # ('killed a family of five': the article is no figure)
                light += len(sub[k].low) <= 2 or sub[k].low in lex.month_words \
                    or _DIGITS.match(sub[k].low) is not None
                k -= 1
            if found is not None:
                found = (found[0], found[1], nm.i)     # its own figure: never summed
        # 4. a toll's new figure takes the toll's word wherever it is told before it ('the
        #    death toll from Monday's attack on three villages has risen to 15')
        if found is None and (nm.i in rise_new or nm.i in settled):
            k = max((c for c in cues if cues[c][0] <= nm.i and cues[c][1] != "captured"), default=None)
            if k is not None:
                found = (k, cues[k][1], nm.i)
            elif carry:
                # … or, with none in the sentence, the category of the toll its pronoun stands for
                # ('Le bilan faisait état de 27 morts. Il a été porté samedi à 38': 38 killed)
                found = (nm.i, carry, nm.i)
        if found is not None:
            by_cue.setdefault(found, []).append(nm)
            dist[found] = min(dist.get(found, 99), gap)
        found_of[nm.i] = found
    # ('ağır yaralanan dört asker ise … kurtarılamadı', 'four badly wounded soldiers could not be
    # saved'): a figure whose clause goes on to tell that they died later is of the dead,
    # whatever wounded word is nearer; those dead add to the dead told before them
    later: set[tuple] = set()
    later_at = [i for i, _, _, _ in lex.matches("diedlater", sub, scan)]
    for nm in nums if later_at else ():
        f = found_of.get(nm.i)
        if f is None or f[1] not in ("killed", "wounded") or nm.i in more_at or nm.vague:
            continue
        dl = next((x for x in later_at if nm.j <= x <= nm.j + LOOKAHEAD
                   and not any((k + lo) in breaks for k in range(nm.j + 1, x + 1))), None)
        if dl is None:
            continue
        if f[1] == "wounded":
            by_cue[f] = [x for x in by_cue[f] if x is not nm]
            if not by_cue[f]:
                del by_cue[f]
            f = (dl, "killed", nm.i)
            by_cue.setdefault(f, []).append(nm)
            dist[f] = min(dist.get(f, 99), dl - nm.j)
            found_of[nm.i] = f
        later.add(f)
    # 'unter den Toten seien zwei Kinder', 'including two children': a figure after a subset
    # marker in its clause is part of a toll; it is the toll only when nothing else is.
    subset = {nm.i for nm in nums for mi, mj in incl_at.items()
              if mj <= nm.i and not any((k + lo) in breaks for k in range(mi + 1, nm.i + 1))}
    grouped: set[int] = set()       # figures of a list: 'a police officer and two civilians'
    # 'vingt-quatre soldats et deux volontaires … ont été tués': a figure with no category of
    # its own, followed by 'and' and a figure that has one, is an item of the same list.
    for n, (a, b) in enumerate(zip(nums, nums[1:])):
        if found_of.get(a.i) is not None or b.i - a.j > 4 or a.i in rise_old or a.i in subset:
            continue
        # ('murieron un soldado y tres delincuentes, y un menor fue detenido'): a figure that is
        # the next group of the victims told right before it is theirs, not the next clause's
        p = nums[n - 1] if n else None
        if p is not None and found_of.get(p.i) is not None and any(
                (k + lo) in breaks for k in range(a.j, b.i + 1)) \
                and _next_group(text, sub, lex, p, a, approx_spans, cues, breaks, lo):
            continue
        key = found_of.get(b.i)
        if key is None or len(key) > 2:
            continue
        gap = sub[a.j:b.i]
        if any(t.low in lex.coordinators for t in gap) and not any(
                (k + lo) in breaks and sub[k].low not in lex.coordinators for k in range(a.j, b.i + 1)):
            by_cue[key].append(a)
            found_of[a.i] = key
            grouped.update((a.i, b.i))      # 'a soldier and two civilians': the article counts
        elif _comma_item(text, sub, lex, a, b, key, nums, found_of, breaks, lo):
            by_cue[key].append(a)
            found_of[a.i] = key
            grouped.update((a.i, b.i))
    # 'killed 15 police officers and four civilians', 'погибли пятнадцать полицейских и четверо
    # мирных жителей': a figure with no category of its own, right after 'and', after a figure
    # that has one, is the next group of the same victims (a subset is not: 'including four').
    speech_at = {i for i, _, _, _ in lex.matches("speech", sub, scan)} if len(nums) > 1 else set()
    for n, b in enumerate(nums):
        if n == 0 or found_of.get(b.i) is not None or b.i in subset or b.i in rise_old:
            continue
        a = nums[n - 1]
        key = found_of.get(a.i)
        # (a phrase naming its own victims, 'уничтожены 70 боевиков', has no next group: '…,
        # четыре бронированные машины' are things destroyed)
        if key is None or a.i in spanned or key[0] in owned \
                or not _next_group(text, sub, lex, a, b, approx_spans, cues, breaks, lo):
            continue
        if _speaker(sub, lex, b, cues, breaks, lo, speech_at):
            continue                 # '… killed 26 people, a health official and two residents said'
        if not _coord_before(sub, lex, b, approx_spans):
            # 'killed 15 soldiers, four police officers and two civilians': a comma item
            # only when an 'and' item follows
            c = nums[n + 1] if n + 1 < len(nums) else None
            if c is None or found_of.get(c.i) is not None or not _coord_before(sub, lex, c, approx_spans) \
                    or not _next_group(text, sub, lex, b, c, approx_spans, cues, breaks, lo):
                continue
        by_cue[key].append(b)
        found_of[b.i] = key
        grouped.update((a.i, b.i))
    # Per category, the figure(s) closest to their category word win ('thousands of pagers …
    # killed twelve people': twelve); a tie keeps the first told (news leads with its toll:
    # 'almeno duecento morti, mentre il JNIM sostiene di aver ucciso trecento', 'killed 5 people,
    # a week after 20 were killed').
    best: dict[str, tuple] = {}
    best_key: dict[str, tuple] = {}
    totals: dict[tuple, tuple] = {}
    earlier = _earlier_figures(sub, lex, nums, breaks, lo, scan) if len(by_cue) > 1 else set()
    final = _final_figures(sub, lex, nums, scan) if len(by_cue) > 1 else set()
    for key, nms in sorted(by_cue.items()):
        ci, cat = key[0], key[1]
        if len(nms) > 1:                # 'une frappe … a tué sept civils': the article is no figure
            # … but 'a soldier and two civilians were wounded': an item of the list is one
            for x, y in zip(nms, nms[1:]):
                if x.weak and y.i - x.j <= 3 and _coord_before(sub, lex, y, approx_spans):
                    grouped.add(x.i)
            nms = [nm for nm in nms if not nm.weak or nm.i in grouped] or nms
        # figures that add up are items of one list ('5 soldiers and 3 civilians'); others
        # are not victims at all ('deux cents soldats des deux camps ont été tués': 200)
        listed = all(_joined(text, sub, lex, a, b) for a, b in zip(nms, nms[1:]))
        total = sum(nm.value for nm in nms) if listed else max(nm.value for nm in nms)
        # (a figure whose parts were told: its last item is one of them, no victim more)
        if listed and not any(nm.vague for nm in nms) and not any(nm.i in parted for nm in nms):
            total += _last_single(sub, lex, max(nms, key=lambda nm: nm.i), cues, num_starts, breaks, lo, cat)
            if _apposed_parts(text, sub, lex, nms, total):
                total //= 2         # '21 people, 20 tourists and a police officer': 21
        # 'dozens', 'decine di vittime' give no figure: no count (a list with such an item has no
        # known total), and a figure the text does give wins over one
        vague = any(nm.vague for nm in nms) if listed else all(nm.vague for nm in nms)
        # an article is a figure only when no real one is there ('un bilan … plus de quatre
        # cents combattants', 'a death toll of 5'); a figure of 'more' victims counts others than
        # the toll told first ('five were killed and 30 more died later', '… dan 78 lagi maut')
        rank = (vague, all(nm.i in earlier for nm in nms), all(nm.i in subset for nm in nms),
                all(nm.i not in final for nm in nms), all(nm.i not in rise_new for nm in nms),
                all(nm.weak for nm in nms), all(nm.i in more_at for nm in nms), dist[key], nms[0].i)
        totals[key] = (total, vague, nms)
        if cat not in best or rank < best[cat][0]:
            best[cat] = (rank, total, any(nm.approximate for nm in nms), ci)
            best_key[cat] = key
    _contrast_sum(sub, lex, best, best_key, totals, cues,
                  rise_old | rise_new | subset | more_at)
    _breakdown(nums, best, best_key, totals)
    _died_later(best, best_key, totals, later, rise_old | rise_new | subset | more_at)
    exact = {cat: b for cat, b in best.items() if not b[0][0]}
    # a vague figure still says 'several': a singular verb of its category is not one victim
    result = {cat: b[1] for cat, b in exact.items()}
    # ('the police chief, John Roe, and two other officers were shot dead'): a figure of 'other'
    # victims after 'and' and a victim told by a noun with no figure counts that one too
    for cat in list(result):
        key = best_key.get(cat)
        if key is not None and cat in exact and _one_before_others(sub, lex, totals[key][2], cues, nums,
                                                                        breaks, lo, scan):
            result[cat] += 1
    for cat, n in by_list.items():
        # (a toll of articles only — 'une frappe a tué un homme, …' — is the list's)
        if (cat not in result and cat not in best) or (cat in best and best[cat][0][5] and result.get(cat, 0) < n):
            result[cat] = n
    # (after the lists: 'bir kadın ve kızı hayatını kaybetti' is the list's two, not the
    # singular verb's one, as when no figure is told at all)
    result = _singles(result, singles, set(best), extra)
    # ('Con lui morirono cinque agenti', 'With him died four guards'): the one told before, named
    # by a pronoun right before the death word of a figure, died too
    if result.get("killed") and "killed" in best:
        result["killed"] += _with_him(sub, lex, count_cues)
    approx = any(b[2] for b in exact.values())
    # vague ones too, and 'killed or injured': a toll is told
    where = sorted([(b[3] + lo, cat) for cat, b in best.items()] + unfigured)
    return result, approx, where


NAME_ASIDES = 2      # asides between a victim's name and its count word
ASIDE_WORDS = 5      # words of such an aside


def _name_before_asides(text: str | None, sub: list[Tok], lex: Lexicon, i: int, breaks: set[int], lo: int,
                        name_to) -> bool:
    """Does a person's name (two words or more, opening its clause) come before the count word
    at i across asides set off by commas — an age ('21', '68 tahun'), a short apposition
    opened by a lowercase word — or a relative word (`victim_named_relative`) right after its
    comma? At least one aside or relative word stands between."""
    rel = _cached(lex, "_victim_rel", lambda: frozenset(fold(str(w)) for w in lex.data.get("victim_named_relative") or []))
    k = i
    if rel and k > 1 and text is not None and sub[k - 1].low in rel \
            and text[sub[k - 2].end:sub[k - 1].start].strip() == ",":
        # ('… pembunuhan Hussain Ali, yang ditembak mati'): the name the relative word is of
        a = k - 1
        while a > 0 and k - 1 - a < NAMED_ITEM_NAMES and sub[a - 1].text[:1].isupper() and sub[a - 1].text.isalpha():
            a -= 1
        # (no place: 'di Kota Timika, yang …' — after a locative word, or opened by a place noun)
        loc = _cached(lex, "_victim_rel_loc", lambda: frozenset(
            fold(str(w)) for key in ("before", "place_nouns") for w in (lex.data.get("locative") or {}).get(key) or []
            if " " not in str(w)))
        return k - 1 - a >= 2 and name_to(a, k - 1) and sub[a].low not in loc \
            and not (a > 0 and sub[a - 1].low in loc)
    # ('…, ditemukan tewas'): one or two lowercase words may open the clause before the count word
    s0 = max((b - lo for b in breaks if lo < b <= k + lo), default=0)
    if 0 < s0 and k - s0 <= 2 and all(t.text.isalpha() and t.text.islower() for t in sub[s0:k]):
        k = s0
    if (k + lo) not in breaks:
        return False
    crossed = 0
    for _ in range(NAME_ASIDES + 1):
        s0 = max((b - lo for b in breaks if lo < b < k + lo), default=0)
        span = sub[s0:k]
        if not span:
            return False
        if crossed and 2 <= len(span) <= NAMED_ITEM_NAMES and name_to(s0, k) \
                and (s0 == 0 or sub[s0 - 1].text in ",;:" or (s0 + lo) in breaks):
            return True
        age = span[0].low.isdigit() and len(span) <= 2 and all(t.text.isalpha() and t.text.islower() for t in span[1:])
        appos = len(span) <= ASIDE_WORDS and span[0].text.isalpha() and span[0].text.islower() \
            and not any(t.low.isdigit() for t in span) and span[0].low not in lex.coordinators \
            and not any(t.low in rel for t in span)
        if not (age or appos) or s0 == 0:
            return False
        crossed += 1
        k = s0
    return False


def _active_named_object(sub: list[Tok], lex: Lexicon, i: int, j: int, name_to) -> bool:
    """Is sub[i:j] an active verb of killing (`counts_active`) followed by a name of two to four
    capitalised words, with no figure before the verb's end?"""
    m = _cached(lex, "_active_kill",
                lambda: Matcher(_entries(list(lex.data.get("counts_active") or [])), lex.morph))
    if not m.patterns or not any(a <= i < b for a, b, _, _ in m.find(sub, max(0, i - 3), min(len(sub), j + 3))):
        return False
    end = j
    while end < len(sub) and end - j < NAMED_ITEM_NAMES and sub[end].text[:1].isupper() and sub[end].text.isalpha():
        end += 1
    return end - j >= 2 and name_to(j, end) and lex.numbers.find(sub, j, end) == []


def _agent_figure(sub: list[Tok], lex: Lexicon, k: int, cj: int, breaks: set[int], lo: int,
                  num_starts: set[int]) -> bool:
    """Is the count word at sub[k:cj] an active verb of killing (`counts_active`: 'killed',
    'ont tué', 'membunuh', 'убили') followed in its clause by its own object (a word of
    `counts_active_object`, a figure, with `counts_active_object_names` a capitalised name;
    `counts_active_object: any` where the active form is always transitive)? A figure told
    before it is then its subject: the killers."""
    m = _cached(lex, "_active_kill",
                lambda: Matcher(_entries(list(lex.data.get("counts_active") or [])), lex.morph))
    if not m.patterns:
        return False
    ends = [b for a, b, _, _ in m.find(sub, max(0, k - 3), min(len(sub), cj + 3)) if a <= k < b]
    if not ends:
        return False
    a0 = min(a for a, b, _, _ in m.find(sub, max(0, k - 3), min(len(sub), cj + 3)) if a <= k < b)
    t = max(max(ends), cj)
    if t >= len(sub) or (t + lo) in breaks:
        return False
    # ('were killed', 'wurden erschossen'): after a passive auxiliary the form is no active verb
    aux = _cached(lex, "_active_aux", lambda: frozenset(fold(str(w)) for w in lex.data.get("counts_active_not_after") or []))
    if a0 > 0 and sub[a0 - 1].low in aux:
        return False
    # ('killed a day earlier'): an article before a word of time opens no object
    when = _cached(lex, "_active_time", lambda: frozenset(fold(str(w)) for w in lex.data.get("counts_active_not_time") or []))
    if t + 1 < len(sub) and sub[t + 1].low in when:
        return False
    obj = lex.data.get("counts_active_object")
    if obj == "any":
        return True
    openers = _cached(lex, "_active_openers", lambda: frozenset(fold(str(w)) for w in obj or []))
    tok = sub[t]
    if tok.low in openers or t in num_starts:
        return True
    return bool(lex.data.get("counts_active_object_names")) and tok.text[:1].isupper() \
        and tok.text.isalpha() and tok.low not in lex.month_words


OTHERS_BACK = 12    # tokens before the 'and' searched for the victim the 'others' are besides


def _one_before_others(sub: list[Tok], lex: Lexicon, nms: list[Number], cues: dict,
                       nums: list[Number], breaks: set[int], lo: int, scan=None) -> bool:
    """'X and two other officers', 'el alcalde y otros dos concejales', 'komandan dan dua
    polisi lainnya': the first figure of a toll, right after a coordinator (with a word of 'other'
    beside it, `counts_more`), with a noun phrase and no figure nor count word before that
    coordinator in the sentence (commas of an apposition allowed): one victim more."""
    nm = min(nms, key=lambda x: x.i)
    if nm.vague or nm.weak:
        return False
    more = lex.matches("more", sub, scan)
    starts = {i for i, _, _, _ in more}
    ends = {j for _, j, _, _ in more}
    c = nm.i - 1
    if c >= 0 and c in starts and nm.i in ends:
        c -= 1                                 # 'y otros dos', 'и ещё двое'
    elif not any(nm.j <= i <= nm.j + 2 for i in starts):
        return False                           # 'two other', 'deux autres', 'dua polisi lainnya'
    if c < 1 or not _coord(sub[c], lex):
        return False
    spans = [(x.i, x.j) for x in nums] + [(i, j) for i, (j, _) in cues.items()]
    seen = False
    seg_end = c          # (the clause, looked across a name set off by commas: ', John Roe,')
    for k in range(c - 1, max(-1, c - 1 - OTHERS_BACK), -1):
        if any(a <= k < b for a, b in spans):
            return False if not seen or any(a <= k < b for a, b in ((x.i, x.j) for x in nums)) else True
        if sub[k].text.isalpha():
            seen = True
        if (k + lo) in breaks:
            if not all(t.text[:1].isupper() for t in sub[k:seg_end]):
                return seen
            seg_end = k
    return seen


EARLIER_REACH = 6   # tokens from 'at first', 'initially' to the figure it dates


def _captives_killed(sub: list[Tok], cues: dict, nm: Number, k: int, breaks: set[int], lo: int,
                     num_starts: set[int], incl_at: dict | None = None) -> tuple | None:
    """('Twenty hostages, including nine nationals, were killed', 'dua puluh sandera tewas'): a
    figure whose noun is a captive word and whose clause goes on to a killed word is of the dead
    (an aside that starts with 'including' is looked across; another figure or another
    category word first ends the search)."""
    x, aside = cues[k][0], False
    while x < len(sub) and x - nm.j <= LOOKAHEAD + 6:
        if (x + lo) in breaks:
            if not aside and x in (incl_at or {}):
                aside = True
            elif aside:
                aside = False
            else:
                return None
        if not aside:
            if x in num_starts:
                return None
            if x in cues:
                return (x, "killed") if cues[x][1] == "killed" else None
        x += 1
    return None


def _earlier_figures(sub: list[Tok], lex: Lexicon, nums: list[Number], breaks: set[int], lo: int,
                     scan=None) -> set[int]:
    """'had at first spoken of at least 500 victims; today it gave a toll of 471 dead': a figure
    a few words after a word of `counts_earlier` in its clause is a superseded figure; another
    figure of the same category in the sentence is the toll."""
    if not lex.phrases("counts_earlier").patterns:
        return set()
    ends = [j for _, j, _, _ in lex.matches("p:counts_earlier", sub, scan)]
    return {nm.i for nm in nums for j in ends
            if 0 <= nm.i - j <= EARLIER_REACH and not any((k + lo) in breaks for k in range(j, nm.i + 1))}


FINAL_REACH = 4   # tokens from 'the final count', 'definitivo' to the figure it settles


def _final_figures(sub: list[Tok], lex: Lexicon, nums: list[Number], scan=None) -> set[int]:
    """'rose above two hundred in the first hours, but the final count left it at 191': a figure
    a few words after a word of `counts_final` is the settled toll; it wins over the others of
    its category in the sentence, as the figure a toll rose to does."""
    if not lex.phrases("counts_final").patterns:
        return set()
    ends = [j for _, j, _, _ in lex.matches("p:counts_final", sub, scan)]
    return {nm.i for nm in nums for j in ends if 0 <= nm.i - j <= FINAL_REACH}


def _contrast_sum(sub: list[Tok], lex: Lexicon, best: dict, best_key: dict, totals: dict,
                  cues: dict, other: set[int]) -> None:
    """'13 militan terbunuh, manakala lima anggota tentera dan seorang anggota polis maut', '12
    rebels were killed, while two soldiers died': two tolls of other victims, each with its own
    death word, joined by a contrast word, are one toll of their sum (not a claim told after it:
    'mentre il JNIM sostiene di aver ucciso trecento'; nor a toll of 'more' victims, a subset or
    a rise, which have rules of their own)."""
    cat = "killed"
    if cat not in best or best[cat][0][0] or len(totals) < 2:
        return
    cons = [i for i, _, _, _ in lex.contrast.find(sub)]
    if not cons:
        return
    wkey = best_key[cat]

    def span(key):
        nms = totals[key][2]
        lo = min([nm.i for nm in nms] + [key[0]])
        hi = max([nm.j for nm in nms] + [cues[key[0]][0] if key[0] in cues else key[0] + 1])
        return lo, hi

    # (each a figure before its own death word: 'killed 300', 'aver ucciso trecento' is what a
    # side claims to have done, no toll of its own victims)
    if len(wkey) > 2 or any(nm.i in other for nm in totals[wkey][2]):
        return
    speech = [i for i, _, _, _ in lex.speech.find(sub)] + [i for i, _, _, _ in lex.attribution.find(sub)]
    a0, a1 = span(wkey)
    claims = [i for i, _, _, _ in lex.contrast_not.find(sub)]
    add = 0
    for key, (total, vague, nms) in totals.items():
        if key == wkey or key[1] != cat or len(key) > 2 or vague or any(nm.i in other for nm in nms):
            continue
        b0, b1 = span(key)
        if b0 >= a1:
            gap0, gap1 = a1, b0
            far0, far1 = a1, b1
        elif b1 <= a0:
            gap0, gap1 = b1, a0
            far0, far1 = b0, a0
        else:
            continue
        if not any(gap0 <= c <= gap1 for c in cons) or any(far0 <= x < far1 for x in speech) \
                or any(x < max(a1, b1) for x in claims):
            continue
        add += total
    if add:
        rank, total, approx, ci = best[cat]
        best[cat] = (rank, total + add, approx, ci)


def _died_later(best: dict, best_key: dict, totals: dict, later: set, other: set[int]) -> None:
    """'önce beş asker şehit düştü, ağır yaralanan dört asker ise … kurtarılamadı': the dead who
    died later add to the dead told before them in the sentence (9)."""
    cat = "killed"
    if cat not in best or best[cat][0][0] or not later:
        return
    later = {k for k in later if k in totals and not totals[k][1]}
    first = [k for k in totals if k[1] == cat and k not in later and not totals[k][1]
             and not any(nm.i in other for nm in totals[k][2])]
    if not later or not first:
        return
    head = min(first, key=lambda k: totals[k][2][0].i)
    if totals[head][2][0].i > min(totals[k][2][0].i for k in later):
        return                       # (the dead told first are the later ones: no sum)
    rank, _, approx, ci = best[cat]
    best[cat] = (rank, totals[head][0] + sum(totals[k][0] for k in later), approx, ci)


def _breakdown(nums: list[Number], best: dict, best_key: dict, totals: dict) -> None:
    """'Seramai 85 penunjuk perasaan terbunuh, tujuh ditembak mati manakala 78 lagi mati lemas',
    '85 protesters were killed: seven were shot dead and 78 suffocated': a toll whose figures told
    right after it add up to it exactly is their total; the figures after it are its parts, and
    the total is the toll (however near a part is to a death word of its own)."""
    for cat, b in list(best.items()):
        if b[0][0]:
            continue
        wnms = totals[best_key[cat]][2]
        for key, (total, vague, nms) in totals.items():
            if key[1] != cat or key == best_key[cat] or vague or len(nms) != 1 or total < 2:
                continue
            head = nms[0]
            if head.i >= min(nm.i for nm in wnms):
                continue
            acc, parts = 0, []
            for nm in nums:
                if nm.i <= head.i or nm.vague:
                    continue
                acc += nm.value
                parts.append(nm.i)
                if acc >= total:
                    break
            if acc == total and len(parts) >= 2 and all(nm.i in parts for nm in wnms):
                best[cat] = (b[0], total, head.approximate, key[0])
                best_key[cat] = key
                break


def _apposed_parts(text: str, sub: list[Tok], lex: Lexicon, nms: list[Number], total: int) -> bool:
    """'hanno ucciso 21 persone, venti turisti stranieri e un agente', 'killed 21 people, twenty
    tourists and a police officer': a figure of people in general (`counts_total_nouns`), then a
    comma and a list of figures that add up to it exactly, is the total and its parts: the
    parts are not more victims."""
    if len(nms) < 2:
        return False
    nms = sorted(nms, key=lambda nm: nm.i)
    head = nms[0]       # (total: the list's sum, a last item with no figure included)
    if total != 2 * head.value or head.j >= len(sub):
        return False
    nouns = _cached(lex, "_total_nouns", lambda: frozenset(
        fold(str(w)) for w in (lex.data.get("counts_total_nouns") or [])))
    if sub[head.j].low not in nouns:
        return False
    between = sub[head.j:nms[1].i]
    return not any(t.low in lex.coordinators for t in between) \
        and "," in text[sub[head.j].end:sub[nms[1].i].start]


def _paired(sub: list[Tok], lex: Lexicon, k: int, cues: dict) -> bool:
    """Is the category word at token k followed by 'and' and a word of another category ('dead
    and wounded', 'ölü ve yaralılar', 'morts et blessés')?"""
    x = cues[k][0]
    if x >= len(sub) or not _coord(sub[x], lex):
        return False
    return x + 1 in cues and cues[x + 1][1] != cues[k][1]


def _either(sub: list[Tok], lex: Lexicon, k: int, cues: dict) -> bool:
    """Is the category word at token k joined by an 'either' word (`counts_or`) to words of
    other categories ('1,100 people were killed, injured or kidnapped', 'muertos o heridos')?
    The figure then counts them together, a toll of none of them."""
    ors = _cached(lex, "_count_ors", lambda: frozenset(lex.data.get("counts_or") or ()))
    if not ors:
        return False
    cat, x, either = cues[k][1], cues[k][0], False
    while x < len(sub) and x - cues[k][0] <= 6:
        if sub[x].low in ors:
            either = True
        elif x in cues and cues[x][1] != cat:
            if either:
                return True
            x = cues[x][0]
            continue
        elif not _coord(sub[x], lex):
            break
        x += 1
    return False


def _bracket(text: str, sub: list[Tok], k: int) -> bool:
    """Is the break before token k only a bracket ('civils (VDP)')?"""
    gap = text[sub[k - 1].end:sub[k].start].strip()
    return bool(gap) and all(c in "()[]" for c in gap)


def _coord_before(sub: list[Tok], lex: Lexicon, b: Number, approx_spans: dict[int, int]) -> bool:
    """Is figure b (or its 'at least') right after a coordinator ('and four', 'и четверо')?"""
    k = approx_spans.get(b.i, b.i)
    return k > 0 and _coord(sub[k - 1], lex)


def _next_group(text: str, sub: list[Tok], lex: Lexicon, a: Number, b: Number,
                approx_spans: dict[int, int], cues: dict, breaks: set[int], lo: int) -> bool:
    """May b be the next item after a in a list of victims: a short noun phrase between them
    ('15 police officers and four'), no count word, no clause break but at the 'and' or comma
    right before b, and nothing but a comma as punctuation?"""
    k = approx_spans.get(b.i, b.i)
    if k < a.j or k - a.j > 5:
        return False
    if any(c in cues for c in range(a.j, k)):
        return False
    end = k - 1 if k > a.j and _coord(sub[k - 1], lex) else k
    if any((x + lo) in breaks for x in range(a.j + 1, end)):
        return False
    # (the dots of an abbreviation in the noun phrase end nothing: '13 U.S. service members and
    # at least 170 Afghans')
    between = _ABBR_DOT.sub("", text[sub[a.j - 1].end:sub[k].start])
    return not re.search(r"[;:()\[\].!?\u2014\u2013]", between)


_ABBR_DOT = re.compile(r"(?<=\b[^\W\d_])\.")


def _comma_item(text: str, sub: list[Tok], lex: Lexicon, a: Number, b: Number, key: tuple,
                nums: list[Number], found_of: dict, breaks: set[int], lo: int) -> bool:
    """'ten soldiers, 68 gunmen and six civilians were killed': a figure with no category of its
    own, a short noun phrase and a comma before a figure that has one, is the first item of
    the list when an 'and' item of the same category follows."""
    if b.i <= a.j or any(t.low in lex.coordinators for t in sub[a.j:b.i]):
        return False
    if any((k + lo) in breaks for k in range(a.j, b.i)) or (b.i + lo) not in breaks:
        return False
    if text[sub[b.i - 1].end:sub[b.i].start].strip() != ",":
        return False
    return any(c.i > b.i and c.i - b.j <= 4 and found_of.get(c.i) == key
               and any(_coord(sub[x], lex) for x in range(b.j, c.i)) for c in nums)


SPEAKER_REACH = 6    # tokens from a figure to the speech verb its noun phrase is the subject of


def _speaker(sub: list[Tok], lex: Lexicon, b: Number, cues: dict, breaks: set[int], lo: int,
             speech_at: set[int]) -> bool:
    """Is figure b in the subject of a speech verb that follows it in its clause ('a health
    official and two residents said', 'dos testigos dijeron')? Then it counts the sources of the
    news, not more victims."""
    for k in range(b.j, min(b.j + SPEAKER_REACH, len(sub))):
        if k in cues or (k + lo) in breaks and not _coord(sub[k], lex):
            return False
        if k in speech_at:
            return True
    return False


def _noun_singles(sub: list[Tok], lex: Lexicon, count_cues: list, breaks: set[int], lo: int,
                  apposed: set[int] = frozenset(), text: str | None = None) -> list:
    """'Боевики убили священника', 'убили 66-летнего военнослужащего': in a language with no
    article, a singular victim noun (`counts_single_nouns`) a few words after a count verb of
    its clause is one victim, as 'killed a priest' is; a plural noun stays no count."""
    m = _cached(lex, "_count_nouns",
                lambda: Matcher(_entries(list(lex.data.get("counts_single_nouns") or [])), lex.morph))
    subj = _cached(lex, "_count_subjects",
                   lambda: Matcher(_entries(list(lex.data.get("counts_single_subjects") or [])), lex.morph))
    one = bool(lex.data.get("victim_named_single"))
    active = _cached(lex, "_victims_active", lambda: tuple(
        fold(str(w)) for w in lex.data.get("victim_named_active") or []))
    copulas = _cached(lex, "_victims_are", lambda: frozenset(
        fold(str(w)) for w in (lex.data.get("victims_are") or [])))
    if not (m.patterns or subj.patterns or one) or not count_cues:
        return []

    def name_to(b: int, i: int, most: int = NAMED_ITEM_NAMES) -> bool:
        # ('pelaku, Budi Santoso, tewas'): the capitalised words of a name between b and i
        # (a lowercase part joined by a hyphen to the capitalised one before it: 'Kim Jong-nam')
        return 0 < i - b <= most and all(
            (sub[k].text[:1].isupper() or k > b and text is not None and sub[k].start == sub[k - 1].end + 1
             and text[sub[k - 1].end] in "-\u2010\u2011" and sub[k - 1].text[:1].isupper())
            and sub[k].text.isalpha() and sub[k].low not in lex.coordinators
            and not lex.numbers.find(sub, k, k + 1) for k in range(b, i))

    def opens(a: int) -> bool:
        return a == 0 or (a + lo) in breaks or sub[a - 1].text in ",;:"

    out = []
    for i, j, cat, raw in count_cues:
        # ('Pelaku tewas di tempat'): a noun for one person (`counts_single_subjects`) opening the
        # clause right before its count word (or its name set off after it: 'pelaku, Budi
        # Santoso, tewas'), with no figure or plural word before it
        if subj.patterns and any((b == i or name_to(b, i)) and opens(a)
                                 for a, b, _, _ in subj.find(sub, max(0, i - 4 - NAMED_ITEM_NAMES), i)):
            out.append((i, j, cat, raw))
            continue
        # ('Pelaku, pria berjaket, meledakkan bom yang dibawanya dan tewas seketika'): the same
        # noun opening the sentence, the count word a second verb of it after 'and', with no
        # figure between
        if subj.patterns and i > 1 and _coord(sub[i - 1], lex) and (i + lo) not in breaks and any(
                a == 0 and i - b <= COORD_SUBJECT_REACH and not lex.numbers.find(sub, b, i)
                and not any(_DIGITS.match(t.low) for t in sub[b:i])
                and not any(b <= ci < i for ci, _, _, _ in count_cues)
                for a, b, _, _ in subj.find(sub, 0, min(len(sub), 4))):
            out.append((i, j, cat, raw))
            continue
        # (a language whose verb has no number, `victim_named_single`: 'Pada Senin, Budiman tewas'):
        # a person's name alone opening the clause right before the count word is one victim
        # (at the sentence's start only with two words or more: a capital there may be no name;
        # also a name set off by commas after its title: 'the High Commissioner, Sir X Y, died')
        # (not before an active verb, whose subject is the killer: 'Hamas menewaskan …',
        # `victim_named_active`, also suffixed)
        # ('Budi Santoso, 21, seorang pengemudi ojek, tewas', 'Ahmad Zaki, yang ditembak mati'): the
        # same name before asides set off by commas (an age, a short lowercase apposition) or
        # a relative word (`victim_named_relative`) before the count word
        if one and cat == "killed" and not (active and sub[i].low.startswith(active)) \
                and _name_before_asides(text, sub, lex, i, breaks, lo, name_to):
            out.append((i, j, cat, raw))
            continue
        # ('KKB membunuh Pastor Yohanes Sitompul'): in such a language, a person's name of two
        # words or more right after an active verb of killing (`counts_active`) is its one victim
        if one and (j + lo) not in breaks and _active_named_object(sub, lex, i, j, name_to):
            out.append((i, j, cat, raw))
            continue
        if one and not (active and sub[i].low.startswith(active)) \
                and any(name_to(a, i, NAMED_OPENING_NAMES) and ((a + lo) in breaks | apposed or (a == 0 and i - a >= 2))
                        for a in range(max(0, i - NAMED_OPENING_NAMES), i)):
            out.append((i, j, cat, raw))
            continue
        if not m.patterns:
            continue
        if j < len(sub) and sub[j].low in copulas:
            continue        # ('Le vittime sono il tenente X, …'): who the victims were, no count
        for k in range(j, min(j + 4, len(sub))):       # '66-летнего священника'
            if (k + lo) in breaks and k > j:
                break
            ends = [b for a, b, _, _ in m.find(sub, k, min(k + 2, len(sub))) if a == k]
            if ends:
                if not _list_follows(sub, lex, max(ends), breaks, lo):
                    out.append((i, j, cat, raw))
                break
    return out


LIST_FOLLOW_REACH = 8    # words of a name or complement after a single victim noun before its list goes on


def _list_follows(sub: list[Tok], lex: Lexicon, b: int, breaks: set[int], lo: int) -> bool:
    """('il maresciallo dei carabinieri X, l'appuntato Y e gli agenti Z e W'): does a list of
    victims go on after the single victim noun ending at b — a comma or 'and', then a role
    (`victim_roles`, after an optional determiner)? Then the noun is one item of a list, no
    single victim ('shot dead the gunman and the hostages were freed' stays one)."""
    dets = _cached(lex, "_victim_dets_all", lambda: frozenset(
        fold(str(w)) for w in (lex.data.get("victim_determiners") or [])
        + (lex.data.get("list_figure_determiners") or [])))
    roles = lex.phrases("victim_roles")
    for k in range(b, min(b + LIST_FOLLOW_REACH, len(sub) - 1)):
        if _coord(sub[k], lex) or (k > b and (k + lo) in breaks):
            n = k + 1 if _coord(sub[k], lex) else k
            if n < len(sub) and sub[n].low in dets:
                n += 1
            return n < len(sub) and any(a == n for a, _, _, _ in roles.find(sub, n, min(n + 3, len(sub))))
    return False


def _with_him(sub: list[Tok], lex: Lexicon, count_cues: list) -> int:
    """1 when a phrase of a companion in death (`counts_with_him`: 'con lui', 'avec lui', 'with
    him') opens its clause right before a killed word: the one it names died with the figure."""
    m = _cached(lex, "_with_him", lambda: Matcher(_entries(list(lex.data.get("counts_with_him") or [])), lex.morph))
    if not m.patterns:
        return 0
    starts = {i for i, _, cat, _ in count_cues if cat == "killed"}
    for a, b, _, _ in m.find(sub):
        if (a == 0 or sub[a - 1].text in ",;:") and (b in starts or b + 1 in starts):
            return 1
    return 0


LIST_FIGURE_GAP = 3   # words from a figure to the separator before a definite item of its list


def _definite_items(text: str, sub: list[Tok], lex: Lexicon, nums: list[Number], count_cues: list,
                    breaks: set[int], lo: int) -> list[Number]:
    """'ten pupils, the teacher and two cleaners', 'sixteen children and their teacher', 'zwölf
    Lehrer, die Sekretärin sowie zwei Schüler': a singular victim told by a definite or possessive
    word (`counts_list_definite`) and a role (`victim_roles`), set off by a comma or 'and' right
    after a figure's item (or right before a figure after 'and'), is one victim of that list."""
    dets = _cached(lex, "_list_definite", lambda: frozenset(
        fold(str(w)) for w in (lex.data.get("counts_list_definite") or [])))
    roles = lex.phrases("victim_roles")
    if not dets or not roles.patterns or not nums:
        return []
    figs = [nm for nm in nums if not nm.vague]
    if not any(not nm.weak for nm in figs) and not any(_coord(t, lex) for t in sub):
        return []
    taken = {k for nm in nums for k in range(nm.i, nm.j)}
    cue_at = {i for i, _, _, _ in count_cues}
    # ('two women, a mother and her daughter': an item told with an indefinite article between
    # the figure and this one restates the figure's people, it adds none)
    indef = _cached(lex, "_list_apposition", lambda: frozenset(
        fold(str(w)) for w in (lex.data.get("counts_list_apposition") or [])))

    def sep(k: int) -> bool:            # a comma or a coordinator before token k
        return k > 0 and (_coord(sub[k - 1], lex) or text[sub[k - 1].end:sub[k].start].strip() == ",")

    out = []
    for d in range(1, len(sub) - 1):
        if sub[d].low not in dets or d in taken or not sep(d):
            continue
        ends = [b for a, b, _, _ in roles.find(sub, d + 1, min(d + 4, len(sub))) if a == d + 1]
        if not ends:
            continue
        e = max(ends)
        if e < len(sub) and sub[e].text[:1].isalpha() and not _coord(sub[e], lex) \
                and not any(c in cue_at for c in range(e, e + LIST_VERB_GAP + 1)) \
                and (e + lo) not in breaks and not lex.clause_breaks.find(sub, e, e + 1):
            continue        # ('the teacher of …', 'the teacher who …' with no break): no list item
        s0 = d - 1 if _coord(sub[d - 1], lex) else d
        # (an article counts only right before the 'and' of this item: 'un commandant et sa compagne')
        before = any(nm.j <= s0 and s0 - nm.j <= LIST_FIGURE_GAP and not any(k in cue_at for k in range(nm.j, s0))
                     and not any(sub[k].low in indef for k in range(nm.j, s0))
                     and not (sub[nm.i].low in indef and any(
                         not o.weak and o.j <= nm.i and nm.i - o.j <= LIST_FIGURE_GAP for o in figs))
                     and (not nm.weak or s0 < d) for nm in figs)
        after = e < len(sub) and _coord(sub[e], lex) and any(nm.i == e + 1 and not nm.weak for nm in figs)
        if before or after:
            out.append(Number(d, e, 1, False))
    return out


def _named_of_singles(sub: list[Tok], lex: Lexicon) -> list:
    """'the assassination of John Smith', "l'assassinat de Jean Dupont", 'Kematian pelajar Budi
    Santoso': a noun of one death (`counts_death_of_named`, by category, its preposition
    included) followed by an optional role word (`victim_roles`) and a name of two to four
    capitalised words is that one victim."""
    m = _cached(lex, "_death_of_named",
                lambda: Matcher(_entries(lex.data.get("counts_death_of_named") or {}), lex.morph))
    if not m.patterns:
        return []
    roles = lex.phrases("victim_roles")
    out = []
    for a, b, cat, raw in m.find(sub):
        # ('held over the 2021 assassination of President X'): a death named by its year is a
        # reference to a past happening, no toll told here
        if any(_YEAR4.match(t.low) for t in sub[max(0, a - 2):a]):
            continue
        # ('charged in connection with the death of X', 'berhubung kematian X'): the death a
        # charge or an arrest is linked to (`arrest_link`), told before, no toll here
        if any(la < a and a - lb <= 1 for la, lb, _, _ in lex.arrest_link.find(sub, max(0, a - 8), a)):
            continue
        k = b
        ends = [e for s_, e, _, _ in roles.find(sub, b, min(b + 3, len(sub))) if s_ == b] if roles.patterns else []
        if ends:
            k = max(ends)
        end = k
        while end < len(sub) and end - k < NAMED_ITEM_NAMES and sub[end].text[:1].isupper() \
                and sub[end].text.isalpha() and sub[end].low not in lex.coordinators:
            end += 1
        if end - k >= 2 and not lex.numbers.find(sub, k, end):
            out.append((a, b, cat, raw))
    return out


def _apposed_singles(text: str, sub: list[Tok], lex: Lexicon, breaks: set[int], lo: int) -> list:
    """'del procuratore Giangiacomo Ciaccio Montalto, ucciso a colpi di mitra', 'del jeque Abbas
    Musawi, jefe de Hezbolá, abatido': a singular participle (`counts_single_apposed`, by
    category) set off by a comma right after a capitalised name is that one victim."""
    m = _cached(lex, "_apposed_single",
                lambda: Matcher(_entries(lex.data.get("counts_single_apposed") or {}), lex.morph))
    if not m.patterns:
        return []
    return [(a, b, cat, raw) for a, b, cat, raw in m.find(sub)
            if a > 0 and (a + lo) in breaks and sub[a - 1].text[:1].isupper()
            and text[sub[a - 1].end:sub[a].start].strip() == ","]


def _listed_singles(sub: list[Tok], lex: Lexicon, count_cues: list, breaks: set[int], lo: int,
                    scan=None) -> tuple[dict[str, int], set[int]]:
    """'погибли водитель и фельдшер', 'fueron asesinados un hombre, su esposa y su bebé': a list
    of two or more singular victims (`counts_list_single`) right after a count word, joined by
    commas and 'and', is as many victims as items; also the items' first tokens (an article
    there is no figure)."""
    # (the forms a verb's object takes count too: 'убили священника и охранника')
    m = _cached(lex, "_list_single",
                lambda: Matcher(_entries(list(lex.data.get("counts_list_single") or [])
                                         + list(lex.data.get("counts_single_nouns") or [])
                                         + _role_singles(lex)), lex.morph))
    fig_dets = _cached(lex, "_list_figure_dets", lambda: frozenset(
        fold(str(w)) for w in (lex.data.get("list_figure_determiners") or [])))
    if not m.patterns or not count_cues:
        return {}, set()
    out: dict[str, int] = {}
    starts: set[int] = set()
    particles = _cached(lex, "_name_particles", lambda: frozenset(
        fold(str(w)) for w in (lex.data.get("victim_name_particles") or [])))
    role_dets = _cached(lex, "_victim_dets", lambda: frozenset(
        fold(str(w)) for w in (lex.data.get("victim_determiners") or [])))
    roles = lex.phrases("victim_roles")

    def name_run(k: int) -> int:
        # ('ucciso Giovanni Falcone, la moglie …'): the capitalised words of a person's name
        # (a particle inside it when a capitalised word follows: 'Carlo Alberto dalla Chiesa')
        n = 0
        while k + n < len(sub) and n < NAMED_ITEM_NAMES and (k + n == k or (k + n + lo) not in breaks):
            t = sub[k + n]
            if n > 0 and t.low in particles:
                q = k + n + 1       # ('Luis de la Torre'): particles, then a capitalised word
                while q < len(sub) and q - (k + n) < 3 and sub[q].low in particles and (q + lo) not in breaks:
                    q += 1
                if q < len(sub) and q - (k + n) < 3 and (q + lo) not in breaks \
                        and sub[q].text[:1].isupper() and sub[q].text.isalpha():
                    n = q - k
                    continue
                break
            if not (t.text[:1].isupper() and t.text.isalpha() and t.low not in lex.coordinators
                    and not lex.numbers.find(sub, k + n, k + n + 1)):
                break
            n += 1
        return n

    def named_role(k: int) -> int | None:
        # ('il prefetto Carlo Alberto …, la moglie … e l'agente Domenico Russo'): a determiner,
        # a victim's role and a capitalised name are one person
        if k + 1 >= len(sub) or sub[k].low not in role_dets or not roles.patterns:
            return None
        ends = [b for a, b, _, _ in roles.find(sub, k + 1, min(k + 4, len(sub))) if a == k + 1]
        if not ends:
            return None
        e = max(ends)
        n = name_run(e) if e < len(sub) and (e + lo) not in breaks else 0
        return e + n if n else None

    for _, j, cat, _ in count_cues:
        k, at, extra, figs = j, [], 0, []
        while k < len(sub) and len(at) < 8:
            ends = [b for a, b, _, _ in m.find(sub, k, min(k + 4, len(sub))) if a == k]
            if ends:
                # ('la moglie Francesca Morvillo'): the victim's name after the role noun
                e = max(ends)
                ends = [e + name_run(e)]
            elif cat == "killed" and (nr := named_role(k)) is not None:
                ends = [nr]
            elif cat == "killed" and name_run(k) >= 2 and not (k == j and (k + lo) in breaks) \
                    and (k + name_run(k) >= len(sub)
                                                         or _coord(sub[k + name_run(k)], lex)
                                                         or (k + name_run(k) + lo) in breaks):
                ends = [k + name_run(k)]      # a person's full name as an item of the list
            if not ends:
                # ('uccisi il giudice, la moglie e tre agenti'): a figure closing the list after
                # 'and' adds its own victims
                # ('killing a mother and her two daughters'): a determiner may open it
                f = k + 1 if sub[k].low in fig_dets else k
                fig = [v for a, b, v, _ in lex.numbers.find(sub, f, min(f + 2, len(sub)))
                       if a == f and b == f + 1 and isinstance(v, tuple) and v[0] == "units"] \
                    if at and k > 0 and f < len(sub) and _coord(sub[k - 1], lex) else []
                if fig and int(fig[0][1]) > 1:
                    at.append(k)
                    if f != k:
                        figs.append(f)      # (the figure is the item's: no figure of its own)
                    extra = int(fig[0][1]) - 1
                break
            at.append(k)
            k = max(ends)
            if k >= len(sub):
                break
            if _coord(sub[k], lex):
                k += 1          # '… и фельдшер', '…, y su bebé', ', and their son'
            elif (k + lo) not in breaks:
                break           # the list ends ('… de pocos meses')
        if len(at) >= 2 and cat in CATEGORIES:
            out[cat] = max(out.get(cat, 0), len(at) + extra)
            starts.update(at)
            starts.update(figs)
    for cat, at in _listed_before(sub, lex, count_cues, breaks, lo, scan):
        out[cat] = max(out.get(cat, 0), len(at))
        starts.update(at)
    return out, starts


COORD_SUBJECT_REACH = 24    # words from a sentence's subject to its second verb after 'and'
NAMED_ITEM_NAMES = 4    # capitalised words of a victim's name after the role noun
NAMED_OPENING_NAMES = 5  # … of a name opening its clause before the count word, with its titles
                         # ('Tan Sri Abdul Rahman Hashim maut', 'Sir John Henry Ward died')
LIST_VERB_GAP = 3       # words between a list of victims and its count word ('were', 'ont été')


LIST_ASIDE = 5      # words of an aside set off by commas after a list of victims


def _list_aside(sub: list[Tok], lex: Lexicon, start: int, stop: int, breaks: set[int], lo: int) -> int | None:
    """'el periodista X, el fotógrafo Y y el conductor Z, del diario El Comercio, fueron
    asesinados': after a list's closing comma, a short aside (a few words, no figure, opened by
    a lowercase word other than 'and') closed by another comma; the token after it, or None."""
    if start == 0 or (start + lo) not in breaks or _coord(sub[start], lex) or not sub[start].text.islower():
        return None                     # (a name after the comma is one more item, no aside)
    end = next((k for k in range(start + 1, min(start + LIST_ASIDE + 1, stop + 1)) if (k + lo) in breaks), None)
    if end is None or any(t.low.isdigit() or t.low in lex.coordinators for t in sub[start:end]):
        return None
    return end


def _listed_before(sub: list[Tok], lex: Lexicon, count_cues: list, breaks: set[int], lo: int,
                   scan=None) -> list:
    """'the journalist X, the photographer Y and the driver Z were killed', 'wartawan X,
    fotografer Y dan sopir Z tewas': a list of two or more victims named or described by their
    role (`victim_roles`, after an optional `victim_determiners` word, then the capitalised words
    of a name), joined by commas and 'and' and ending a few words before a count word, is as many
    victims as items. [(category, [item start tokens])]"""
    roles = lex.phrases("victim_roles")
    if not roles.patterns:
        return []
    role_at: dict[int, list[int]] | None = None
    if roles.gapless:
        # (the roles of the whole list, found once: a window's are those inside it)
        role_at = {}
        for a, b, _, _ in lex.matches("p:victim_roles", sub, scan):
            role_at.setdefault(a, []).append(b)

        def role_ends(k: int, stop: int) -> list[int]:
            return [b for b in role_at.get(k, ()) if b <= stop]

        def role_in(k: int, stop: int) -> bool:
            return any(b <= stop for a in range(k, stop) for b in role_at.get(a, ()))
    else:
        def role_ends(k: int, stop: int) -> list[int]:
            return [b for a, b, _, _ in roles.find(sub, k, stop) if a == k]

        def role_in(k: int, stop: int) -> bool:
            return bool(roles.find(sub, k, stop))
    dets = _cached(lex, "_victim_dets", lambda: frozenset(
        fold(str(w)) for w in (lex.data.get("victim_determiners") or [])))

    aside_ends: set[int] = set()

    def items_from(k: int, stop: int) -> tuple[list[int], int | None]:
        at: list[int] = []
        while k < stop and len(at) < 8:
            start = k
            if sub[k].low in dets and not _coord(sub[k], lex):
                k += 1
            ends = role_ends(k, min(k + 3, stop))
            if not ends:
                # (after a comma or 'and', an item of another kind: 'and two farmers', no list
                # of roles alone)
                aside = _list_aside(sub, lex, start, stop, breaks, lo) if len(at) >= 2 else None
                if aside is not None:
                    aside_ends.add(aside)       # (its closing comma ends no list)
                    return at, aside
                return at, (start if not at else None)
            k = max(ends)
            n = 0
            while k < stop and n < NAMED_ITEM_NAMES and sub[k].text[:1].isupper() \
                    and sub[k].text.isalpha() and (k + lo) not in breaks:
                k, n = k + 1, n + 1
            # ('Ketua Polis Johor, Datuk X Y, dan pengawalnya, Konstabel Z, ditembak'): the name
            # set off by commas after an item (one with no name of its own may take a rank
            # first; titles make it longer: 'Datuk Seri X Y Z') is that item's, no item more
            if k < stop and (k + lo) in breaks:
                m = k
                if n == 0:
                    m = max(role_ends(k, min(k + 3, stop)), default=k)
                e = m
                while e < stop and e - m < NAMED_ITEM_NAMES + 2 and sub[e].text[:1].isupper() \
                        and sub[e].text.isalpha() and (e == k or (e + lo) not in breaks):
                    e += 1
                if e > m and e < stop and (e + lo) in breaks and (n == 0 or m == k) \
                        and not (n > 0 and role_in(k, min(k + 3, stop))):
                    k = e
            at.append(start)
            if k < stop and _coord(sub[k], lex):
                k += 1          # '… and the driver Z'
            elif not (k < stop and (k + lo) in breaks):
                return at, k    # the list ends
        return at, k

    gap = int(lex.data.get("victim_list_gap") or LIST_VERB_GAP)
    # (a language whose verb has no number, 'Pratu X gugur ditembak': one victim named by role
    # and name right before the count word is one; 'prajurit tewas' alone may be many)
    one = bool(lex.data.get("victim_named_single"))

    def named(at: list[int], end: int) -> bool:
        k = at[0] + (1 if sub[at[0]].low in dets else 0)
        ends = role_ends(k, min(k + 3, end))
        return bool(ends) and max(ends) < end and all(sub[x].text[:1].isupper() for x in range(max(ends), end))

    out = []
    for i, _, cat, _ in count_cues:
        if cat not in CATEGORIES:
            continue
        for k in range(max(0, i - 40), i):
            if role_at is not None and k not in role_at and k + 1 not in role_at:
                continue      # (no role there, nor after a determiner: no list starts at k)
            at, end = items_from(k, i)
            # (the list, then at most a few words of the verb, no clause break and no verb of
            # saying: 'were killed'; a verb-final language puts more words between: `victim_list_gap`)
            if (len(at) >= 2 or (one and len(at) == 1 and end is not None and named(at, end))) \
                    and end is not None and 0 <= i - end <= gap \
                    and not any((g + lo) in breaks for g in range(end + (end in aside_ends), i + 1)) \
                    and not lex.speech.find(sub, end, i):
                out.append((cat, at))
                break
    return out


def _last_single(sub: list[Tok], lex: Lexicon, last: Number, cues: dict, num_starts: set[int],
                 breaks: set[int], lo: int, cat: str | None = None) -> int:
    """'погибли пятеро военнослужащих и мирный житель': in a language with no article, a last
    list item with no figure, a singular victim noun (`counts_list_single`, nominative) right
    after 'and', is one more victim (1, else 0)."""
    # (the same items as a list after a count word: 'e il magistrato' is a definite single)
    m = _cached(lex, "_list_single",
                lambda: Matcher(_entries(list(lex.data.get("counts_list_single") or [])
                                         + list(lex.data.get("counts_single_nouns") or [])
                                         + _role_singles(lex)), lex.morph))
    if not m.patterns:
        return 0
    for k in range(last.j, min(last.j + _single_reach(sub, lex, last.j), len(sub))):
        if k in cues or (k in num_starts and k != last.i) or ((k + lo) in breaks and not _coord(sub[k], lex)):
            return 0
        if _coord(sub[k], lex):
            # (', y un menor fue detenido': after a comma, an item whose own clause tells another
            # category is no victim of this list)
            if (k + lo) in breaks and cat is not None and any(
                    cues[x][1] != cat for x in range(k + 1, min(k + 8, len(sub))) if x in cues):
                return 0
            return 1 if any(a == k + 1 for a, _, _, _ in m.find(sub, k + 1, min(k + 5, len(sub)))) else 0
    return 0


def _role_singles(lex: Lexicon) -> list[str]:
    """'their teacher', 'a mother', 'sa compagne', 'il suo autista': a singular determiner
    (`victim_single_determiners`) before a victim's role (`victim_roles`, singular forms) is one
    victim as an item of a list."""
    dets = [str(w) for w in (lex.data.get("victim_single_determiners") or [])]
    roles = [str(r) for r in (lex.data.get("victim_roles") or [])]
    return [f"{d} {r}" for d in dets for r in roles]


SINGLE_REACH, AGED_REACH = 4, 7


def _single_reach(sub: list[Tok], lex: Lexicon, j: int) -> int:
    """How far after a figure's noun 'and' may come to add one more listed victim: a little
    farther when the item carries its age ('una donna di 31 anni e la sua bambina', 'un niño de
    diez años y su abuela': a digit or an age word, `numbers.age_words`, in the first words)."""
    ages = _cached(lex, "_age_words", lambda: frozenset(
        fold(str(w)) for w in ((lex.data.get("numbers") or {}).get("age_words") or [])))
    for k in range(j, min(j + SINGLE_REACH, len(sub))):
        if sub[k].low.isdigit() or sub[k].low in ages:
            return AGED_REACH
    return SINGLE_REACH


def _apposition_end(sub: list[Tok], k: int, lo: int, breaks: set[int], num_starts: set[int],
                    cues: dict, subject: bool = False) -> int | None:
    """Does the clause break at k open a short apposition to the figure's noun, closed by the next
    break ('two women, a mother and her daughter, were killed', 'due donne, madre e figlia,
    furono uccise')? Its closing break, when the words between hold no figure (an article is
    none) and no count word. The subject of the sentence's first clause may carry a longer one
    ('Tres mujeres y seis menores, miembros de familias emparentadas con los LeBarón, fueron
    asesinados'): nothing else stands between it and its verb."""
    reach = APPOSITION_SUBJECT if subject else APPOSITION
    close = next((x for x in range(k + 1, min(k + reach + 2, len(sub))) if (x + lo) in breaks), None)
    if close is None or close - k > reach:
        return None
    if any(x in num_starts or x in cues for x in range(k, close)):
        return None
    return close


def _singles(result: dict[str, int], singles: list, taken: set[str] = frozenset(),
             extra: dict[str, int] | None = None) -> dict[str, int]:
    """A singular verb form with no figure of its category is one victim ('погиб
    военнослужащий', 'un soldat a été tué'); ``taken``: categories with a (vague) figure;
    ``extra``: companions killed with that victim ('along with his wife', `_companions`)."""
    for _, _, cat, _ in singles:
        if cat in CATEGORIES and cat not in result and cat not in taken:
            result[cat] = 1 + (extra or {}).get(cat, 0)
    return result


COMPANION_REACH = 8     # words between a singular form and 'along with' ('was killed last night shortly after 9 along with')


def _companion_items(lex: Lexicon) -> Matcher:
    """Singular victims that may follow 'along with': `counts_list_single`, `counts_single_nouns`,
    `counts_with_items`, and the list's items without their first word ('insieme alla moglie':
    'moglie' of 'la moglie')."""
    def build():
        items = [str(x) for x in (lex.data.get("counts_list_single") or [])
                 + (lex.data.get("counts_single_nouns") or []) + (lex.data.get("counts_with_items") or [])]
        tails = [x.split(" ", 1)[1] for x in items if " " in x]
        return Matcher(_entries(items + tails), lex.morph)
    return _cached(lex, "_companion_items", build)


def _companions(sub: list[Tok], lex: Lexicon, singles: list, breaks: set[int], lo: int) -> dict[str, int]:
    """'was killed along with his wife and son', 'abatido junto a su esposa y su hijo', 'ucciso
    insieme alla moglie': singular victims listed after a word of company (`counts_with`) a few
    words after a singular form of its clause are killed with that victim: {category: how many}."""
    w = lex.phrases("counts_with")
    if not w.patterns or not singles:
        return {}
    m = _companion_items(lex)
    out: dict[str, int] = {}
    for _, sj, cat, _ in singles:
        for wi, wj, _, _ in w.find(sub, sj, min(len(sub), sj + COMPANION_REACH + 3)):
            if wi - sj > COMPANION_REACH or any(sj < b - lo <= wi for b in breaks):
                continue
            k, n = wj, 0
            while k < len(sub) and n < 6:
                ends = [b for a, b, _, _ in m.find(sub, k, min(k + 4, len(sub))) if a == k]
                if not ends:
                    break
                n += 1
                k = max(ends)
                if k < len(sub) and _coord(sub[k], lex):
                    k += 1          # '… and his son', '… y su hijo'
                else:
                    break
            if n:
                out[cat] = max(out.get(cat, 0), n)
                break
    return out


def _joined(text: str, toks: list[Tok], lex: Lexicon, a: Number, b: Number) -> bool:
    """Are figures a and b (a before b) items of one list: 'and' or a comma between them?"""
    if b.i <= a.j:
        return True
    if any(t.low in lex.coordinators for t in toks[a.j:b.i]):
        return True
    return "," in text[toks[a.j - 1].end:toks[b.i].start]
