"""Date cues in a sentence and their resolution to a calendar date with ACLED time precision.

Cues (per-language data in events.yaml `dates`): ISO dates, numeric dates in the language's order
('16/11', '16.11.2021'), day + month name ('16 November', '16 ноября', '16 Kasım', 'le 16
novembre', 'am 16. November', '16 de noviembre'), month name + day ('November 16, 2021'), month +
year (precision 3), weekdays ('Selasa', 'on Tuesday', 'во вторник', 'mardi'), relative days
('yesterday', 'kemarin', 'вчера', 'dün'), spans ('last week', 'pekan lalu', 'two weeks ago':
precision 2), months ('earlier this month', 'bulan lalu', 'в прошлом месяце': precision 3), a
month relative to the publication ('last November', 'November tahun lalu', 'в ноябре прошлого
года': precision 3; with a day, '12 November last year', 'el pasado 12 de noviembre': that day in
that year) and years ('last year', 'geçen yıl': precision 3, the year's 1 January).

Resolution is against an anchor date (the article's publication date). Without one, a day and
month with a weekday get the latest year, not in the future, in which that day was that weekday
('Selasa (16/11)' → 2021-11-16); a day and month alone get the latest such date not in the future.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from functools import lru_cache

from .events_lex import Lexicon, fold, fold_keep_length

DAY, SPAN, MONTH = 1, 2, 3          # ACLED time_precision
_DIGIT = re.compile(r"\d")
WEEKDAY_NEAR = 16                   # chars between a weekday and the date it qualifies
NIGHT_GAP, NIGHT_BEFORE = 7, 24     # 'nuit de mardi à mercredi': chars between the two weekdays,
                                    # and before the first where the word for night lies


@dataclass
class DateCue:
    start: int                      # offsets into the text the cue was found in
    end: int
    day: int | None = None
    month: int | None = None
    year: int | None = None
    weekday: int | None = None      # 0 = Monday
    rel_days: int | None = None     # yesterday = -1
    precision: int = DAY
    months_back: int | None = None  # 'earlier this month' = 0, 'last month' = 1
    year_mode: str | None = None    # a month's year relative to the anchor: latest | prev | this
    years_back: int | None = None   # 'last year' = 1, 'this year' = 0
    told: int | None = None         # days after the day told before: 'the same day' 0, 'la veille' -1
    years_exact: int | None = None  # the publication's day so many years before: 'exactly 20 years ago'


def _alt(words) -> str:
    ws = sorted({re.escape(fold(str(w))).replace(r"\ ", r"\s+") for w in words}, key=len, reverse=True)
    # the text is matched unfolded: an apostrophe may be typographic ('l’an dernier')
    return "|".join(w.replace(r"\*", r"\w*").replace("'", "['’ʼ]") for w in ws) or "(?!)"


@lru_cache(maxsize=None)
def _compiled(code: str, lex_id: int, lex: Lexicon):
    d = lex.dates
    months = {fold(str(k)): int(v) for k, v in (d.get("months") or {}).items()}
    weekdays = {fold(str(k)): int(v) for k, v in (d.get("weekdays") or {}).items()}
    relative = {fold(str(k)): int(v) for k, v in (d.get("relative") or {}).items()}
    spans = {fold(str(k)): int(v) for k, v in (d.get("spans") or {}).items()}
    mon = _alt(months)
    B, E = r"(?<!\w)", r"(?!\w)"
    day_suffix = r"(?:st|nd|rd|th|er|eme|ème|º|°|\.)?"
    of = r"(?:\s*(?:de|del|di|of)\s+|\s*)"        # '16 de noviembre', '16 di novembre'
    pats = {
        "iso": re.compile(r"(?<!\d)(\d{4})-(\d{1,2})-(\d{1,2})(?!\d)"),
        "num_year": re.compile(r"(?<![\d/.])(\d{1,2})[/.](\d{1,2})[/.](\d{4}|\d{2})(?![\d/])"),
        "num_slash": re.compile(r"(?<![\d/.,])(\d{1,2})/(\d{1,2})(?![\d/])"),
        "day_mon": re.compile(rf"{B}(\d{{1,2}}){day_suffix}{of}({mon})\.?(?:{of},?\s*(\d{{4}}))?{E}"),
        "mon_day": re.compile(rf"{B}({mon})\.?\s+(\d{{1,2}})(?:st|nd|rd|th)?(?:,?\s+(\d{{4}}))?(?!\d)"),
        "mon_year": re.compile(rf"{B}({mon}){of}(\d{{4}}){E}"),
    }
    # Months and years relative to the publication ('last November', 'November tahun lalu',
    # 'le 12 novembre dernier', 'в ноябре прошлого года', 'last year'): per-language modifier
    # words (`month_rel.before` / `.after`, value latest | prev | this) and `years_back`.
    mr = d.get("month_rel") or {}
    before = {fold(str(k)): str(v) for k, v in (mr.get("before") or {}).items()}
    after = {fold(str(k)): str(v) for k, v in (mr.get("after") or {}).items()}
    years = {fold(str(k)): int(v) for k, v in (d.get("years_back") or {}).items()}
    if before or after:
        pats["mod_before"] = re.compile(rf"{B}({_alt(before)})\s+$")
        pats["mod_after"] = re.compile(rf",?\s+({_alt(after)}){E}")
        pats["mon_before"] = re.compile(rf"{B}({_alt(before)})\s+({mon})\.?{E}")
        pats["mon_after"] = re.compile(rf"{B}({mon})\.?\s+({_alt(after)}){E}")
    if years:
        pats["years"] = re.compile(rf"{B}({_alt(years)}){E}")
    pats["caps"] = bool(mr.get("capitalised"))
    # 'exactly 20 years ago tonight', 'tepat dua puluh tahun lalu': the publication's day that many
    # years before; {n} is the number of years in figures or words (Italian elides it: 'trent'anni')
    exact, needed = [], []
    for w in d.get("years_ago_exact") or ():
        left, _, right = fold(str(w)).partition("{n}")
        # (the longest literal piece of the phrase: a sentence without any phrase's piece is not
        # searched, where the pattern's leading number or word would be tried at every word)
        lits = [x for x in re.split(r"[\s,'’ʼ]+", left + " " + right) if x]
        needed.append(max(lits, key=len) if lits else "")
        esc = [re.escape(x.strip()).replace(r"\ ", r"\s+").replace(",", r",?").replace("'", "['’ʼ]")
               for x in (left, right)]
        exact.append((esc[0] + r"\s+" if esc[0] else "") + r"(\d+|[^\W\d]+(?:[\s-]+[^\W\d]+){0,2}?)"
                     + (r"(?:\s+|['’ʼ]\s*)" + esc[1] if esc[1] else ""))
    exact.sort(key=len, reverse=True)
    pats["years_exact"] = re.compile(rf"{B}(?:{'|'.join(exact)}){E}") if exact else None
    pats["years_exact_needed"] = None if "" in needed else tuple(sorted(set(needed)))
    pats["elided"] = {fold(str(k)): int(v) for k, v in (d.get("years_ago_elided") or {}).items()}
    # 'la notte tra venerdì e sabato', 'dans la nuit de mardi à mercredi', 'the night of Friday
    # to Saturday': the happening is dated with the second day (after midnight)
    night = d.get("night") or ()
    pats["night"] = re.compile(rf"{B}({_alt(night)}){E}") if night else None
    order = d.get("order", "dmy")

    def lookup(table, s):
        s = re.sub(r"\s+", " ", s).replace("’", "'").replace("ʼ", "'")
        if s in table:
            return table[s]
        best = None                         # prefix patterns ('ноябр*'): the longest wins
        for k, v in table.items():
            if k.endswith("*") and s.startswith(k[:-1]) and (best is None or len(k) > best[0]):
                best = (len(k), v)
        return best[1] if best else None
    pats["before"], pats["after"], pats["years_tab"] = before, after, years
    return pats, months, weekdays, relative, spans, order, lookup


_NUMRUN = re.compile(r"\d+")
_COUNTED = re.compile(r"\d\s*$")
WINDOW = 45                          # chars around a figure where a date written with it may lie


def date_word_spans(text: str, lex: Lexicon, start: int = 0, end: int | None = None,
                    toks=None, matches=None) -> list[tuple[int, int, tuple]]:
    """Weekdays, relative days and spans as (start, end, (kind, value)) character spans, found
    with the lexicon matcher (one dictionary lookup per token, no regex scan)."""
    if matches is None:
        from .events_lex import tokenize
        toks = tokenize(text, start, end) if toks is None else toks
        matches = lex.date_words.find(toks)
    return [(toks[i].start, toks[j - 1].end, payload) for i, j, payload, _ in matches]


def find_dates(text: str, lex: Lexicon, start: int = 0, end: int | None = None,
               words: list | None = None) -> list[DateCue]:
    """Date cues of text[start:end], offsets into text, in text order, weekdays merged into the
    date they qualify ('Selasa (16/11)', 'Tuesday, November 16'). ``words``: the weekday /
    relative / span spans of the stretch if already known (see date_word_spans)."""
    end = len(text) if end is None else end
    low = fold_keep_length(text[start:end])
    pats, months, weekdays, relative, spans, order, lookup = _compiled(lex.code, id(lex), lex)
    cues: list[DateCue] = []
    taken: list[tuple[int, int]] = []

    def free(a, b):
        return all(b <= s or a >= e for s, e in taken)

    def year_mod(c: DateCue) -> DateCue:
        """'12 November lalu', 'el pasado 12 de noviembre', 'on 12 November last year': the
        modifier next to a day and month sets its year and joins the cue."""
        if c.year is not None or "mod_after" not in pats:
            return c
        a, b = c.start - start, c.end - start
        m = pats["mod_after"].match(low, b)
        if m and free(b, m.end()):
            c.year_mode, c.end = lookup(pats["after"], m.group(1)), start + m.end()
            return c
        m = pats["mod_before"].search(low, max(0, a - 40), a)
        if m and free(m.start(), a):
            c.year_mode, c.start = lookup(pats["before"], m.group(1)), start + m.start()
        return c

    def add(c: DateCue):
        if c.day is not None and c.month is not None:
            c = year_mod(c)
        if free(c.start - start, c.end - start):
            taken.append((c.start - start, c.end - start))
            cues.append(c)

    # Dates written with figures: the regexes run only on windows around the figures.
    windows: list[list[int]] = []
    for m in _NUMRUN.finditer(low):
        ws, we = max(0, m.start() - WINDOW), min(len(low), m.end() + WINDOW)
        if windows and ws <= windows[-1][1]:
            windows[-1][1] = we
        else:
            windows.append([ws, we])
    for ws, we in windows:
        for m in pats["iso"].finditer(low, ws, we):
            y, mo, d = map(int, m.groups())
            if 1 <= mo <= 12 and 1 <= d <= 31:
                add(DateCue(start + m.start(), start + m.end(), d, mo, y))
        for m in pats["day_mon"].finditer(low, ws, we):
            d, mo = int(m.group(1)), lookup(months, m.group(2))
            y = int(m.group(3)) if m.group(3) else None
            if mo and 1 <= d <= 31:
                add(DateCue(start + m.start(), start + m.end(), d, mo, y))
        for m in pats["mon_day"].finditer(low, ws, we):
            mo, d = lookup(months, m.group(1)), int(m.group(2))
            y = int(m.group(3)) if m.group(3) else None
            if mo and 1 <= d <= 31:
                add(DateCue(start + m.start(), start + m.end(), d, mo, y))
        for m in pats["num_year"].finditer(low, ws, we):
            a, b, y = int(m.group(1)), int(m.group(2)), int(m.group(3))
            y = y + 2000 if y < 100 else y
            d, mo = (b, a) if order == "mdy" else (a, b)
            if 1 <= mo <= 12 and 1 <= d <= 31:
                add(DateCue(start + m.start(), start + m.end(), d, mo, y))
        for m in pats["num_slash"].finditer(low, ws, we):
            a, b = int(m.group(1)), int(m.group(2))
            d, mo = (b, a) if order == "mdy" else (a, b)
            if 1 <= mo <= 12 and 1 <= d <= 31:
                add(DateCue(start + m.start(), start + m.end(), d, mo, None))
        for m in pats["mon_year"].finditer(low, ws, we):
            mo = lookup(months, m.group(1))
            if mo:
                add(DateCue(start + m.start(), start + m.end(), None, mo, int(m.group(2)), precision=MONTH))
    if pats["years_exact"] is not None and (pats["years_exact_needed"] is None or any(
            w in low for w in pats["years_exact_needed"])):
        from .events_lex import tokenize
        from .events_numbers import numbers
        for m in pats["years_exact"].finditer(low):
            g = next((k for k in range(1, (m.re.groups or 0) + 1) if m.group(k)), None)
            if g is None:
                continue
            word = m.group(g)
            n = int(word) if word.isdigit() else pats["elided"].get(word)
            if n is None:
                toks = tokenize(word, 0, len(word))
                nums = numbers(word, toks, lex)
                n = nums[0].value if len(nums) == 1 and nums[0].i == 0 and nums[0].j == len(toks) else None
            if n and 0 < n < 200:
                add(DateCue(start + m.start(), start + m.end(), years_exact=int(n)))
    # Months with a relative year ('last November'), then years ('last year'), precision 3.
    for key in ("mon_before", "mon_after"):
        if key not in pats:
            continue
        for m in pats[key].finditer(low):
            mg, wg = (2, 1) if key == "mon_before" else (1, 2)
            if pats["caps"] and not text[start + m.start(mg)].isupper():
                continue                            # 'this may': a verb, not May
            mo = lookup(months, m.group(mg))
            if _stretched(months, m.group(mg)):
                continue                            # 'в прошлом матче': not a month ('ма*')
            mode = lookup(pats["before" if key == "mon_before" else "after"], m.group(wg))
            if mo and mode:
                add(DateCue(start + m.start(), start + m.end(), None, mo, year_mode=mode, precision=MONTH))
    if "years" in pats:
        for m in pats["years"].finditer(low):
            if _COUNTED.search(low, max(0, m.start() - 12), m.start()):
                continue                            # '10 tahun lalu': ten years ago, not last year
            add(DateCue(start + m.start(), start + m.end(), years_back=lookup(pats["years_tab"], m.group(1)),
                        precision=MONTH))
    # Words: relative days and spans first (longer), then weekdays.
    if words is None:
        words = date_word_spans(text, lex, start, end)
    wds = []
    for ws, we, (kind, v) in sorted(words, key=lambda w: (w[0], -(w[1] - w[0]))):
        if kind == "rel":
            add(DateCue(ws, we, rel_days=int(v)))
        elif kind == "span":
            add(DateCue(ws, we, rel_days=-int(v), precision=SPAN))
        elif kind == "mspan":
            add(DateCue(ws, we, months_back=int(v), precision=MONTH))
        elif kind == "told":
            add(DateCue(ws, we, told=int(v)))
    for ws, we, (kind, v) in words:
        if kind == "wday" and free(ws - start, we - start):
            wds.append(DateCue(ws, we, weekday=int(v)))
    cues.sort(key=lambda c: c.start)
    wds.sort(key=lambda c: c.start)
    if pats["night"] is not None:
        every = wds
        wds = [w for w, nxt in zip(wds, wds[1:] + [None]) if not (
            nxt is not None and 0 <= nxt.start - w.end <= NIGHT_GAP
            and pats["night"].search(low, max(0, w.start - start - NIGHT_BEFORE), w.start - start))]
        # ('in der Nacht zum Samstag', 'dans la nuit de vendredi à samedi'): the night is the
        # weekday's, not last night
        cues = [c for c in cues if not (
            c.rel_days is not None and c.precision == DAY and pats["night"].search(low, c.start - start, c.end - start)
            and any(0 <= w.start - c.end <= NIGHT_GAP for w in every))]
    # A weekday next to a day-level date qualifies it; otherwise it is a cue of its own.
    for w in wds:
        host = None
        for c in cues:
            if (c.day is not None or c.years_exact is not None) and c.weekday is None and (
                    0 <= c.start - w.end <= WEEKDAY_NEAR or 0 <= w.start - c.end <= WEEKDAY_NEAR):
                host = c
                break
        if host is not None:
            host.weekday = w.weekday
            host.start, host.end = min(host.start, w.start), max(host.end, w.end)
        else:
            cues.append(w)
    cues.sort(key=lambda c: c.start)
    return cues


def _stretched(table: dict, word: str) -> bool:
    """A word taken for a month through a short prefix pattern but much longer than it."""
    if word in table:
        return False
    keys = [k[:-1] for k in table if k.endswith("*") and word.startswith(k[:-1])]
    return bool(keys) and len(word) - max(map(len, keys)) > 2


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def resolve(cue: DateCue, anchor: dt.date | None, today: dt.date | None = None,
            year_hint: int | None = None) -> tuple[dt.date, int] | None:
    """(date, precision) of a cue, or None when it cannot be placed in time. ``year_hint``: with
    no anchor, the year the article names (a day and month without a weekday take it)."""
    today = today or dt.date.today()
    ref = anchor or None
    if cue.years_exact is not None:
        if ref is None:
            return None
        d = _safe(ref.year - cue.years_exact, ref.month, ref.day) or _safe(ref.year - cue.years_exact, ref.month, 28)
        return (d, DAY) if d else None
    if cue.day is not None and cue.month is not None:
        if cue.year is not None:
            d = _safe(cue.year, cue.month, cue.day)
            return (d, DAY) if d else None
        if cue.year_mode in ("prev", "this"):
            if ref is None:
                return None                     # 'last year' with no publication date: unknown
            d = _safe(ref.year - (cue.year_mode == "prev"), cue.month, cue.day)
            return (d, DAY) if d else None
        if ref is not None:
            # The latest such day on or before the anchor (+1 day: time zones, overnight filing).
            for y in (ref.year, ref.year - 1):
                d = _safe(y, cue.month, cue.day)
                if d and d <= ref + dt.timedelta(days=1):
                    return d, DAY
            return None
        latest = today
        if year_hint is not None and cue.weekday is None:
            d = _safe(year_hint, cue.month, cue.day)
            if d is not None and d <= latest:
                return d, DAY
        for y in range(latest.year, latest.year - 30, -1):
            d = _safe(y, cue.month, cue.day)
            if d is None or d > latest:
                continue
            if cue.weekday is None or d.weekday() == cue.weekday:
                return d, DAY
        return None
    if cue.month is not None and cue.year is not None:
        return dt.date(cue.year, cue.month, 1), MONTH
    if ref is None:
        return None
    if cue.month is not None and cue.year_mode is not None:
        # 'this March': the anchor's year; 'November last year': the one before; 'last
        # November': the latest November before the anchor's month
        y = ref.year - (cue.year_mode == "prev" or (cue.year_mode == "latest" and cue.month >= ref.month))
        return dt.date(y, cue.month, 1), MONTH
    if cue.years_back is not None:
        return dt.date(ref.year - cue.years_back, 1, 1), MONTH
    if cue.told is not None:
        # with no day told before (see events._told_day), 'la veille' is the day before the
        # report; 'the same day' alone says nothing
        return (ref + dt.timedelta(days=cue.told), DAY) if cue.told else None
    if cue.rel_days is not None:
        return ref + dt.timedelta(days=cue.rel_days), cue.precision
    if cue.months_back is not None:
        # 'earlier this month', 'last month': the month, ACLED precision 3
        m = ref.year * 12 + ref.month - 1 - cue.months_back
        return dt.date(m // 12, m % 12 + 1, 1), MONTH
    if cue.weekday is not None:
        back = (ref.weekday() - cue.weekday) % 7
        return ref - dt.timedelta(days=back), DAY
    return None


def parse_anchor(value) -> dt.date | None:
    """'2021-11-17' (or a longer ISO timestamp) → date; anything else → None."""
    if isinstance(value, dt.date):
        return value
    if not value:
        return None
    m = re.match(r"(\d{4})-(\d{2})-(\d{2})", str(value))
    return _safe(int(m.group(1)), int(m.group(2)), int(m.group(3))) if m else None
