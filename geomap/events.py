"""Event extraction and event geocoding: what happened, who, how many, when and where.

``extract_events(doc, gazetteer=None)`` reads the title and body sentences of a Document (never
captions, related links, boilerplate or datelines), finds event triggers from the language's
lexicon (geomap/data/lang/<code>/events.yaml), and makes one Event per happening of a sentence:

* type, CAMEO code and ACLED type from geomap/data/event_types.yaml (subtypes chosen by cue words);
* ``negated`` when a negator or a denial governs the trigger ('no casualties', 'membantah');
* actors from the sentence's countries, metonymic capitals (a capital with role ``other``),
  demonyms and organisations;
* killed / wounded / captured / missing from the figures next to their category words;
* the date from the clause, then the sentence, else the article's main event date;
* the location from the clause's locative cues, then the sentence, then the paragraph's focus,
  with ACLED geo precision; a border phrase gives the shared boundary line of two neighbours, and
  so does a river that divides them (geomap/data/border_rivers.yaml); a place the gazetteer lacks
  is stood in for by the known town or district the text locates it by ('the village of X, near
  Y'), at precision 2; a happening put only on a country, wide region or sea takes the one finer
  place its paragraph names there, or each place of a list its sentence gives there ('… border
  provinces, with attacks in Pattani, Yala and Narathiwat'); two places joined by 'between' are
  one happening near the first; a statement with no venue of its own is where its speaker was
  visiting ('s'est rendue à X. Le ministre a dénoncé …'). Never a scene: where a missile came
  from ('launched from Yemen'), where an organisation sits ('Merkezi Londra'da bulunan'), a
  reference point ('Sake, west of Goma'), the river or sea a place lies on, the place of a
  mourning for the dead, the other clauses of a sentence opened by 'After the blast,', a
  happening more than a month away, what an accusation alleges, or (for a happening with no
  place of its own) a later happening's place when the first one told is at a place the
  gazetteer lacks.

Repeated mentions of one happening (the title, a summary sentence, 'the fighting' again) are
merged. Mentions used as event locations get role ``event``.
"""
from __future__ import annotations

import bisect
import copy
import datetime as dt
import gc
import re
from functools import lru_cache
from dataclasses import dataclass, field
from typing import Any

from .document import (BODY, DATELINE, EVENT, EVENT_SEGMENTS, OTHER, ROLE_DATELINE, TITLE, Document, Event,
                       Location, Mention, Place)
from .events_dates import DAY, SPAN, date_word_spans, find_dates, parse_anchor, resolve
from .events_lex import Lexicon, Tok, armed_groups, border_rivers, fold, event_types, lexicon, tokenize
from .events_numbers import count_categories, numbers
from .text import sentences as split_sentences
from .normalize import key as normalize_key

# How specific a feature is (lower = more specific): the most specific located place wins.
SPECIFICITY = {"village": 0, "city": 1, "other": 2, "border": 3, "admin2": 4, "mountain": 5,
               "water": 5, "admin1": 6, "region": 7, "country": 8}
# Features that may stand in for a place the gazetteer lacks, written as its address ('the
# village of Xyz, near Depayin', 'Xyz, in Tavush province'): within ~100 km of it, mostly.
STAND_IN = frozenset({"village", "city", "other", "admin2"})
# ACLED geo_precision of a feature named as the place itself.
BASE_PRECISION = {"village": 1, "city": 1, "other": 1, "border": 2, "admin2": 2, "mountain": 2,
                  "water": 2, "admin1": 3, "region": 3, "country": 3}
# Where a location was found (lower = stronger). ARTICLE: the scene of the article's first
# located happening of the same group, for a later one that names no place at all.
CLAUSE, SENTENCE, PARAGRAPH, ARTICLE = 0, 1, 2, 3
LEVEL_CONFIDENCE = {CLAUSE: 0.85, SENTENCE: 0.65, PARAGRAPH: 0.45, ARTICLE: 0.3}
PAREN_GLOSS = 3     # tokens of a bracketed gloss that does not break an appeal's content ('(PBB)')
_CLAUSE_PUNCT = re.compile(r"[,;:()\[\]]|\s[–—-]\s")
# Types whose own triggers later in the same clause are only the content of the appeal
# ('urged both sides to stop the fighting' is not a report of fighting).
CONSUMING = {"appeal_demand"}
VIOLENT = {"armed_clash", "shelling_airstrike"}
DAMAGE = ("damage", "fire")   # burned, looted, destroyed; a fire (other/fire, other/damage)
# Announced rather than happened: a ceasefire that will take effect, an appeal, a statement are
# news when they are said; a plan to fight, meet or deploy is not a happening yet.
ANNOUNCED = {"ceasefire_agreement", "appeal_demand", "accusation_statement"}
FUTURE_AFTER = 6    # tokens from a trigger to a plan word after it ('talks in Doha next week')
SINCE_HISTORY_GAP = 2  # words between 'since' and a happening it names ('since the wave of protests')
SINCE_REACH = 6     # tokens before 'since <year>' that it still qualifies ('has shelled the town since')
MORE_REACH = 2      # tokens between a figure and its 'more' ('otros 35', '50 orang lagi')
PASSIVE_REACH = 8   # tokens from a place opening its clause to the passive verb taking it
QUOTED_REACH = 12   # tokens of a quoted characterisation between an attack and the verb that names it
QUOTES = "\"'«»“”„‘’"
ATTRIB_REACH = 3    # tokens from 'attributed' to the attack it names ('atribuyó el ataque')
UNCLAIMED_REACH = 7  # tokens from an attack to the negated claim after it ("L'attaque n'avait pas été revendiquée")
SUPERLATIVE_REACH = 4   # tokens between a superlative and the 'since' it compares with
COMPARED_SPAN = 8       # tokens from a superlative to its 'since' with the place ranked in between
NEG_AFTER_REACH = 3  # tokens between a trigger and a negation after it ('Стрельбы в городе не было')
CROWD_REACH = 6     # tokens from a crowd word ('partisans de la junte') to the attack it makes
GROUND = {"violent", "arrest", "protest"}   # groups of happenings on the ground (not statements)


@dataclass
class _Cand:
    """A possible event location inside one sentence."""
    tok: int                        # token index (sentence-local) of its start
    clause: int
    end_tok: int
    place: Place
    surface: str
    cue: bool                       # preceded by a locative cue ('di', 'near', '-da')
    near: bool
    mention: Mention | None         # the mention it came from (promoted to role 'event')
    said: bool = False              # right after a speech verb: only that statement's venue
    said_tok: int = -1              # (the speech verb's token)
    guessed: bool = False           # 'in the capital' read as the capital of the article's country
    stand_in: bool = False          # the known address of a place the gazetteer lacks


@dataclass
class _Sent:
    start: int
    end: int
    kind: str
    para: int
    toks: list[Tok]
    clause_of: list[int]            # clause index per token
    breaks: set[int]                # token indices that start a clause
    cands: list[_Cand] = field(default_factory=list)
    date_cues: list = field(default_factory=list)
    place_starts: set = field(default_factory=set)    # tokens where a non-country place begins
    place_ends: dict = field(default_factory=dict)    # place start token → its end token
    scan: Any = None
    dated: bool = False
    seg_start: int = 0
    seg_end: int = 0
    actors: list[tuple[int, str, str | None]] = field(default_factory=list)  # (tok, name, iso)
    venues: list = field(default_factory=list)      # places only a statement may be made at
    unknown: set = field(default_factory=set)       # clauses naming a place the gazetteer lacks
    background: set = field(default_factory=set)    # clauses telling a total or a past point
    since_at: list = field(default_factory=list)    # tokens of 'since <year>' ('since the 2020 war')
    since_month: set = field(default_factory=set)   # clauses background only by 'since <month>'
    dest: list = field(default_factory=list)        # places people were moved or sent to
    dest_country: list = field(default_factory=list)  # countries they were sent to (deployments)
    went: list = field(default_factory=list)        # every place right after a movement word
    condemned: set = field(default_factory=set)     # attacks a statement condemns, with a place after them
    bare: list = field(default_factory=list)        # capitals with no locative cue (governments)
    glosses: frozenset = frozenset()                # breaks made only by a bracketed gloss ('(PBB)')
    another_at: int = -1    # start of an earlier sentence of its paragraph opened by 'meanwhile'
    toll_before: bool = False  # the sentence before it, in its paragraph, names a toll ('le bilan')
    background_found: tuple | None = None           # _background_clauses(self), found once
    pinned: list = field(default_factory=list)      # streets and cue'd villages (at their town's point)


@dataclass
class _Draft:
    event: Event
    sent: _Sent
    tok: int
    clause: int
    subtype: str | None
    date_own: bool = False
    main_dated: bool = False        # dated with the article's main date (no cue of its own)
    alleged: bool = False           # the content of an accusation: placed by its clause only
    split: bool = False             # one of the places of a list ('Goris, Jermuk and Sotk')
    loc_cue: bool = False           # its place came with a locative cue ('di', 'near', '-da')
    vague_toll: set = field(default_factory=set)   # categories told without a figure ('dozens were killed')
    sent_text: str = ""
    lex: Any = None
    loc_level: int | None = None
    loc_mention: Mention | None = None
    unknown_place: bool = False     # its clause names a place the gazetteer does not know
    date_tok: int | None = None     # a listed place's own date cue ('… and Goris in May')
    loc_merged: bool = False        # its location came from another mention of the happening
    loc_near: bool = False          # its place came as 'near X'
    loc_guessed: bool = False       # its place is a capital guessed from the article's country
    more_toll: bool = False         # 'Otros 35 resultaron heridos': victims besides those told before
    tally: bool = False             # 'Au total, cinq personnes …': a total, placed by its sentence only
    loc_cand: Any = None            # the candidate its place came from
    zero_into: Any = None           # 'The attack caused no casualties': the attack told before it names
    wounded_told_at: int = -1       # where the last toll that told wounded before it starts (dedupe)


# --------------------------------------------------------------------------- helpers

class _Gaz:
    """Cached gazetteer access; the index is opened only when a country or border is needed."""

    def __init__(self, gazetteer):
        self._g = gazetteer
        self._border: dict[tuple[str, str], Place | None] = {}
        self._country: dict[str, Place | None] = {}

    @property
    def g(self):
        if self._g is None:
            from .gazetteer import Gazetteer
            self._g = Gazetteer.default(progress=False)
        return self._g

    def border(self, a: str, b: str) -> Place | None:
        key = tuple(sorted((a.upper(), b.upper())))
        if key[0] == key[1]:
            return None
        if key not in self._border:
            try:
                self._border[key] = self.g.border(*key)
            except Exception:                       # an index without borders: no line
                self._border[key] = None
        return self._border[key]

    def capital(self, iso: str) -> Place | None:
        iso = iso.upper()
        key = ("capital", iso)
        if key not in self._border:
            try:
                self._border[key] = self.g.capital(iso)
            except Exception:                       # an index without capitals: none
                self._border[key] = None
        return self._border[key]

    def country(self, iso: str) -> Place | None:
        iso = iso.upper()
        if iso not in self._country:
            try:
                self._country[iso] = self.g.country(iso)
            except Exception:
                self._country[iso] = None
        return self._country[iso]

    def country_name(self, iso: str) -> str:
        p = self.country(iso)
        return p.name if p is not None else iso


_GAZ_CACHE: dict[int, _Gaz] = {}


def _gaz(gazetteer) -> _Gaz:
    if gazetteer is None:
        return _GAZ_CACHE.setdefault(0, _Gaz(None))
    k = id(gazetteer)
    g = _GAZ_CACHE.get(k)
    if g is None or g._g is not gazetteer:
        g = _GAZ_CACHE[k] = _Gaz(gazetteer)
    return g


@lru_cache(maxsize=None)
def _type_codes(typ: str, subtype: str | None) -> tuple[str | None, tuple, str]:
    cameo, acled, placed = _type_codes_raw(typ, subtype)
    return cameo, tuple(sorted(acled.items())) if acled else (), placed


def type_codes(typ: str, subtype: str | None = None) -> tuple[str | None, dict | None, str]:
    """(cameo, acled, placed) of a type and optional subtype, from event_types.yaml."""
    cameo, acled, placed = _type_codes(typ, subtype)
    return cameo, (dict(acled) if acled else None), placed


def _type_codes_raw(typ: str, subtype: str | None = None) -> tuple[str | None, dict | None, str]:
    """(cameo, acled, placed) of a type and optional subtype, from event_types.yaml."""
    t = event_types().get(typ) or {}
    cameo, acled, placed = t.get("cameo"), t.get("acled"), t.get("placed", "fallback")
    sub = (t.get("subtypes") or {}).get(subtype) if subtype else None
    if sub:
        cameo = sub.get("cameo", cameo)
        acled = sub.get("acled", acled)
        placed = sub.get("placed", placed)
    return (str(cameo) if cameo is not None else None), (dict(acled) if acled else None), placed


def _is_iso(s: str) -> bool:
    return len(s) == 2 and s.isalpha() and s.isupper()


def _paragraphs(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Line spans of a segment: news paragraphs are lines."""
    out = []
    s = start
    while s < end:
        e = text.find("\n", s, end)
        if e == -1:
            e = end
        if text[s:e].strip():
            out.append((s, e))
        s = e + 1
    return out


# --------------------------------------------------------------------------- sentence analysis

def _clauses(text: str, toks: list[Tok], sc) -> tuple[list[int], set[int]]:
    starts = set()
    # the sentence's punctuation found in one pass; a mark lies between two tokens (none is a
    # word character), and the tokens ending before it tell which gap
    ends = [t.end for t in toks]
    for m in _CLAUSE_PUNCT.finditer(text, toks[0].end, toks[-1].start) if toks else ():
        i = bisect.bisect_right(ends, m.start())
        if not (
                # (a digit group's separator is no clause break: '3,000 troops', '1.200 orang')
                toks[i].start - toks[i - 1].end == 1 and toks[i - 1].text.isdigit()
                and toks[i].text.isdigit()):
            starts.add(i)
    inside = {k for i, j, _, _ in sc.find("clausenot") for k in range(i + 1, j)}
    for i, _, _, _ in sc.find("clause"):
        if i > 0 and i not in inside:
            starts.add(i)
    clause_of = []
    c = 0
    for i in range(len(toks)):
        if i in starts:
            c += 1
        clause_of.append(c)
    return clause_of, starts


def _gloss_breaks(text: str, toks: list[Tok], starts: set[int]) -> frozenset:
    """The clause breaks made only by the brackets of a short gloss inside a noun phrase
    ('Majlis Keselamatan PBB (UN) bertindak …', 'the United Nations (UN) to ensure …'): no
    clause of their own for an appeal's content."""
    out = set()
    for i in range(1, len(toks)):
        if i not in starts or text[toks[i - 1].end:toks[i].start].strip() != "(":
            continue
        for k in range(i + 1, min(i + 1 + PAREN_GLOSS, len(toks) + 1)):
            gap = text[toks[k - 1].end:toks[k].start] if k < len(toks) else text[toks[k - 1].end:]
            if ")" in gap:
                out.add(i)
                if k < len(toks) and gap.strip() == ")":
                    out.add(k)
                break
            if _CLAUSE_PUNCT.search(gap):
                break
    return frozenset(out)


def _passive_subject(text: str, toks: list[Tok], sc, sent, lex: Lexicon, i: int, j: int, m) -> bool:
    """Is the mention at tokens i..j, with a genitive ending on it or on the place noun after it
    ("Şuşa'nın bombalandığını", "Hankendi kentinin vurulduğu"), the subject of a passive
    happening right after it?"""
    k = j
    gen = fold(_suffix_after(text, toks, j - 1, m.end)) in lex.subject_suffixes
    while k < len(toks) and toks[k].start - toks[k - 1].end == 1 and text[toks[k - 1].end] in "'’":
        k += 1                               # the name's own suffix token ('nın')
    if not gen and k < len(toks) and toks[k].low in lex.place_nouns:
        gen = any(toks[k].low.endswith(sfx) and len(toks[k].low) > len(sfx) + 2 for sfx in lex.subject_suffixes)
        k += 1
    if not gen:
        return False
    if k < len(toks) and "(" in text[toks[k - 1].end:toks[k].start]:
        g = k                                # a bracketed gloss after it ("Hankendi'nin (Stepanakert)")
        while g < len(toks) - 1 and g - k < PAREN_GLOSS and ")" not in text[toks[g].end:toks[g + 1].start]:
            g += 1
        if g < len(toks) - 1 and ")" in text[toks[g].end:toks[g + 1].start]:
            k = g + 1
    for ti, tj, _, _ in sc.find("trig"):
        if k <= ti <= k + 2 and sent.clause_of[ti] == sent.clause_of[i] and all(
                toks[x].low in lex.fillers for x in range(k, ti)) and any(
                mark in toks[x].low for x in range(ti, tj) for mark in lex.passive_marks):
            return True
    return False


def _mention_tokens(toks: list[Tok], m: Mention, starts: list[int]) -> tuple[int, int] | None:
    i = bisect.bisect_left(starts, m.start)
    if i >= len(toks) or toks[i].start >= m.end:
        return None
    j = i
    while j < len(toks) and toks[j].start < m.end:
        j += 1
    return i, j


AWAY_NAME = 4       # tokens of the place's name after an origin word ('originaire de la Tchétchénie')
APPOSITION_WORDS = 7   # tokens of an apposition describing that place ('une république russe du Caucase')


def _apposition_after(text: str, toks: list[Tok], sent, ai: int, aj: int, c, trig_toks: set) -> bool:
    """Is candidate c inside the short apposition set off by commas right after the name that
    follows a movement or origin word at ai..aj ("originaire d'Ingouchie, une république russe du
    Caucase,")? The apposition opens with a lower-case word, names no happening, and ends at a
    comma or the sentence's end."""
    b = next((k for k in sorted(sent.breaks) if k > aj), None)
    if b is None or b - aj > AWAY_NAME or sent.clause_of[ai] != sent.clause_of[aj - 1] \
            or "," not in text[toks[b - 1].end:toks[b].start]:
        return False
    if not (sent.clause_of[c.tok] == sent.clause_of[b] and toks[b].text[:1].islower()):
        return False
    e = next((k for k in sorted(sent.breaks) if k > b), len(toks))
    return e - b <= APPOSITION_WORDS and not any(k in trig_toks for k in range(b, e)) \
        and (e == len(toks) or "," in text[toks[e - 1].end:toks[e].start])


def _suffix_after(text: str, toks: list[Tok], j: int, m_end: int) -> str:
    """The rest of the word a mention ends inside ('Gümrü'de' → 'de', "sınırında")."""
    k = m_end
    n = len(text)
    while k < n and (text[k].isalnum() or text[k] in "'’"):
        k += 1
    return text[m_end:k].lstrip("'’").lower()


def _analyse_sentence(doc: Document, sent: _Sent, lex: Lexicon, mentions: list[Mention],
                      gz: _Gaz, article_countries: list[str], main_country: str | None = None) -> None:
    """Location candidates and actors of one sentence."""
    text = doc.text
    toks = sent.toks
    n = len(toks)
    before_end = {}
    sc = sent.scan
    for i, j, _, _ in sc.find("before"):
        before_end.setdefault(j, i)
    near_end = {j for _, j, _, _ in sc.find("near")}
    venue_from_ends = {j for _, j, _, _ in sc.find("venuefrom")}
    borders = sc.longest("border")
    border_start = {i: j for i, j, _, _ in borders}
    demonyms = sc.longest("demonym")
    orgs = sc.longest("org")

    ments = []                       # (i, j, mention)
    starts = [t.start for t in toks]
    for m in mentions:
        r = _mention_tokens(toks, m, starts)
        if r is not None:
            ments.append((r[0], r[1], m))
    ment_tok = {}
    for i, j, m in ments:
        for k in range(i, j):
            ment_tok[k] = m
    # A demonym or country word inside a place mention is that mention's business.
    demonyms = [d for d in demonyms if not any(k in ment_tok for k in range(d[0], d[1]))]
    demo_tok = {}
    for i, j, iso, _ in demonyms:
        for k in range(i, j):
            demo_tok[k] = iso

    trig_toks = {k for i, j, _, _ in sc.find("trig") for k in range(i, j)}
    trig_starts = {i for i, _, _, _ in sc.find("trig")}
    violent_starts = {i for i, _, (typ, _), _ in sc.find("trig") if typ in VIOLENT or typ == "casualties"}

    def looks_back(i: int, free: bool = False) -> tuple[bool, bool, bool]:
        """(cue, near, border) from the tokens before token i, across fillers and names (and,
        with `free`, one adjective)."""
        cue = near = border = False
        free_used = not free
        k = i
        steps = 0
        while k > 0 and steps < 6 and k not in sent.breaks:
            if k in before_end:
                cue = True
                near = near or k in near_end
                # 'di sepanjang perbatasan': keep looking for a border word before the cue too
                k2 = before_end[k]
                if k2 in sent.breaks:
                    break
                k = k2
                steps += 1
                continue
            t = toks[k - 1]
            if any(j == k for j in border_start.values()) and any(
                    bi < k <= bj for bi, bj in border_start.items()):
                border = True
                k = max(bi for bi, bj in border_start.items() if bj == k)
                steps += 1
                continue
            # ('en los alrededores del puerto de Hodeida', 'near the airport of X'): a place
            # noun between the cue and the name
            if t.low in lex.fillers or (k - 1) in ment_tok or (k - 1) in demo_tok or (
                    t.low in lex.place_nouns and (t.text.islower() or lex.capitalised_nouns)):
                k -= 1
                steps += 1
                continue
            # one adjective between the cue and the name ('en la vecina Sloviansk', 'in the
            # nearby town of X'): only when a cue or filler comes right before it
            if not free_used and t.text.isalpha() and t.text.islower() and len(t.text) >= 4 \
                    and (k - 1) not in trig_toks and k - 1 > 0 and (
                        (k - 1) in before_end or toks[k - 2].low in lex.fillers):
                free_used = True
                k -= 1
                steps += 1
                continue
            break
        return cue, near, border

    ground_ends = [j for _, j, (typ, _), _ in sc.longest("trig") if _group(typ) in GROUND]
    # 'des frappes ont visé la banlieue sud de Beyrouth': a verb of hitting after a strike in its
    # clause has the strike's scene as its object
    violent_at = [(i, sent.clause_of[i]) for i, _, (typ, _), _ in sc.longest("trig") if typ in VIOLENT]
    ground_ends += [j for i, j, _, _ in sc.find("hit")
                    if any(vi < i and vc == sent.clause_of[i] for vi, vc in violent_at)]

    day_toks = {k for di, dj, _, _ in sc.find("date") for k in range(di, dj)}

    def _part_after(i: int) -> bool:
        """"Beirut's southern suburbs", "Kyiv's centre": after the possessive of the mention at
        token i comes a part of that place (fillers up to a place noun), so the place is the
        scene, not an owner ('Moscow's forces')."""
        k = i
        while k < n and k in ment_tok and ment_tok[k] is ment_tok.get(i):
            k += 1
        if k < n and toks[k].low == "s":
            k += 1
        seen = 0
        while k < n and seen < 3 and k not in sent.breaks and toks[k].low in lex.fillers:
            if toks[k].low in lex.place_nouns:
                return True
            k += 1
            seen += 1
        return k < n and seen < 3 and k not in sent.breaks and toks[k].low in lex.place_nouns

    def _ground_object(i: int) -> bool:
        """Is token i the object of a trigger of a happening on the ground ('a bombardé
        Kiev', 'visé la banlieue sud de Beyrouth')? Then even a capital is the scene."""
        m = ment_tok.get(i)
        if m is not None and text[m.end:m.end + 2] in ("'s", "’s") and not _part_after(i):
            return False                     # 'the control of Moscow's forces': whose, not where
        # ('raids on Sanaa', 'frappes sur Sanaa': a cue between them keeps it the object; so
        # does the day: 'trafen am Freitag die Außenbezirke der Hauptstadt')
        def _gap_ok(j: int) -> bool:
            gap = [k for k in range(j, i) if k not in day_toks]
            return len(gap) <= 4 and all(toks[k].low in lex.fillers or toks[k].low in lex.loc_before_words
                                         for k in gap)
        return any(j <= i and _gap_ok(j) for j in ground_ends)

    incl_ends = [(i, j) for i, j, _, _ in sc.find("incl")]

    def _listed_after_including(i: int) -> bool:
        """'in otto località dello Yemen, tra cui Sanaa', 'targets including Kyiv': a place
        listed after 'including' is one of the clause's scenes, even a capital with no cue."""
        return any(j <= i <= j + 1 and all(toks[k].low in lex.fillers for k in range(j, i))
                   and ii > 0 and any((k in before_end) or (k in ment_tok) or toks[k].low in lex.place_nouns
                                      for k in range(max(0, ii - 8), ii))
                   for ii, j in incl_ends)

    used_in_border: set[int] = set()
    cands: list[_Cand] = []
    to_countries: list[_Cand] = []      # countries with no locative cue (no scene, but a destination)
    # 1. border phrases: 'perbatasan Armenia-Azerbaijan', 'the Armenian border', 'border with X'
    for bi, bj, _, _ in borders:
        isos: list[str] = []
        border_place = None
        lo = bi
        while lo > 0 and bi - lo < 4 and lo not in sent.breaks and (
                (lo - 1) in ment_tok or (lo - 1) in demo_tok or toks[lo - 1].low in lex.joiners):
            lo -= 1
        hi = bj
        while hi < n and hi - bj < 5 and hi not in sent.breaks and (
                hi in ment_tok or hi in demo_tok or toks[hi].low in lex.fillers
                or toks[hi].low in lex.joiners):
            hi += 1
        while hi > bj and toks[hi - 1].low in lex.fillers and hi - 1 not in ment_tok:
            hi -= 1
        # 'the border town of Kiryat Shmona', 'pekan sempadan Chaman', 'la ville frontalière de
        # X': a town named in the phrase is the scene itself, on the border; no line is made
        if any(k in ment_tok and ment_tok[k].place is not None and ment_tok[k].role not in (OTHER, ROLE_DATELINE)
               and ment_tok[k].place.feature in STAND_IN for k in range(bj, hi)):
            continue
        for k in range(lo, hi):
            m = ment_tok.get(k)
            if m is not None and m.place is not None and m.role not in (OTHER, ROLE_DATELINE):
                if m.place.feature == "border":
                    border_place = m.place
                elif m.place.feature == "country" and m.place.country and m.place.country not in isos:
                    isos.append(m.place.country)
                used_in_border.add(k)
            elif k in demo_tok and _is_iso(demo_tok[k]) and demo_tok[k] not in isos:
                isos.append(demo_tok[k])
                used_in_border.add(k)
        place = border_place
        if place is None and len(isos) >= 2:
            place = gz.border(isos[0], isos[1])
        elif place is None:
            pool = [c for c in _sentence_isos(sent, ment_tok, demo_tok) if c not in isos]
            pool += [c for c in article_countries if c not in isos and c not in pool]
            if len(isos) == 1:
                for other in pool:
                    place = gz.border(isos[0], other)
                    if place is not None:
                        break
            else:
                # a bare 'the border': two countries of its sentence, else the article's parties
                # (a mediator named in the sentence is not one side of it), else any mix
                sent_isos = [c for c in _sentence_isos(sent, ment_tok, demo_tok) if c not in isos]
                # ('Israel and Hezbollah fought at the border'): a group is its country's side
                sent_isos += [c for c in _group_isos(toks) if c not in isos and c not in sent_isos]
                pools = ([sent_isos[:4]] if len(sent_isos) >= 2 else []) + [article_countries[:4], pool[:4]]
                for pl in pools:
                    for a_i, a in enumerate(pl):
                        for b in pl[a_i + 1:]:
                            place = gz.border(a, b)
                            if place is not None:
                                break
                        if place is not None:
                            break
                    if place is not None:
                        break
        if place is None:
            continue
        cue, near, _ = looks_back(lo)
        suffix = _suffix_after(text, toks, bj - 1, toks[bj - 1].end)
        last = toks[bj - 1].low
        if lex.loc_suffixes and any(last.endswith(s) for s in lex.loc_suffixes):
            cue = True
        if suffix and suffix in lex.loc_suffixes:
            cue = True
        s, e = toks[lo].start, toks[max(hi, bj) - 1].end
        m_border = next((ment_tok[k] for k in range(lo, hi) if k in ment_tok
                         and ment_tok[k].place is not None and ment_tok[k].place.feature == "border"),
                        None)
        cands.append(_Cand(lo, sent.clause_of[bi], max(hi, bj), place, text[s:e], cue, near, m_border))

    # 2. place mentions
    venues: list[_Cand] = []
    bare_caps: list[tuple] = []          # capitals with no cue: governments, unless listed with towns
    for i, j, m in ments:
        if m.place is None or m.role == ROLE_DATELINE or i in used_in_border:
            continue
        if doc.dateline is not None and m.start == doc.dateline.start:
            continue
        if getattr(m.place, "source", None) == "geonames-continent":
            continue        # 'the largest plant in Europe': a comparison, never a scene ACLED codes
        cue, near, border = looks_back(i, free=m.place.feature != "country")
        # ('Tripoli era stata teatro di scontri', 'X was the scene of clashes'): the scene itself
        staged = m.place.feature != "country" and any(
            j <= si <= j + 3 and sent.clause_of[si] == sent.clause_of[i] for si, _, _, _ in sc.find("sceneafter"))
        cue = cue or staged
        if not cue and m.place.feature != "country" and _facility_address(doc.lang, toks, i):
            cue = True       # 'attaqué la prison de Bamako', 'the airport of Kabul': its address
        # ("l'hôtel Radisson Blu de Bamako": a named facility's town) a place, even a capital
        addressed = not cue and m.place.feature != "country" and (
            _named_facility_address(doc.lang, toks, i))
        cue = cue or addressed
        # ("Şam'daki saldırıda": a name with a locative case ending right before a happening is
        # its scene, even a capital that elsewhere stands for its government)
        suffixed = bool(lex.loc_suffixes) and m.place.feature != "country" and any(
            _suffix_after(text, toks, j - 1, m.end) == sfx for sfx in lex.loc_suffixes) and any(
            j <= ti <= j + 1 and sent.clause_of[ti] == sent.clause_of[i] for ti in trig_starts)
        # ('the Paris attacks of 13 November', 'the 2004 Madrid bombings'): a name used as the
        # modifier of a violent happening's noun right after it is that happening's scene,
        # even a capital (never a country: 'the Russian attacks' is an actor)
        if not suffixed and lex.name_modifier_before and m.place.feature != "country" and i > 0 \
                and (j in violent_starts or _modifier_noun_between(toks, j, violent_starts)) \
                and sent.clause_of[j] == sent.clause_of[i] \
                and (toks[i - 1].low in lex.name_modifier_before
                     or (toks[i - 1].text.isdigit() and len(toks[i - 1].text) == 4 and i > 1
                         and toks[i - 2].low in lex.name_modifier_before)):
            suffixed = cue = True
        if not suffixed and lex.subject_suffixes and m.place.feature != "country":
            suffixed = _passive_subject(text, toks, sc, sent, lex, i, j, m)
            cue = cue or suffixed
        # ('im Norden Teherans', 'the outskirts of Damascus'): a part of the place with a cue
        parted = cue and m.place.feature != "country" and any(
            toks[k].low in lex.parts and all(toks[x].low in lex.fillers for x in range(k + 1, i))
            for k in range(max(0, i - 3), i))
        if m.role == OTHER and not staged and not suffixed and not parted and not addressed and not (m.place.feature != "country" and (
                _ground_object(i) or _listed_after_including(i))):
            # 'firmaron en la Casa Blanca': a seat of power named with a locative cue is where
            # a statement or signing took place (never a scene of fighting; never a capital);
            # 'Speaking outside Downing Street': right after a `venue_from` phrase, even a 'near'
            # cue ('outside') names the statement's venue, even a seat standing for a capital
            spoken_at = any(jv <= i and all(toks[k].low in lex.fillers for k in range(jv, i))
                            for jv in venue_from_ends)
            if cue and (not near or spoken_at) and m.place.feature != "country" and (
                    getattr(m.place, "source", None) != "geonames-capital" or spoken_at):
                venues.append(_Cand(i, sent.clause_of[i], j, m.place, m.mention, cue, near, m))
            elif not cue and getattr(m.place, "source", None) == "geonames-capital":
                bare_caps.append(_Cand(i, sent.clause_of[i], j, m.place, m.mention, cue, near, m))
            continue
        suffix = _suffix_after(text, toks, j - 1, m.end)
        if suffix and lex.loc_suffixes and any(suffix.endswith(s) for s in lex.loc_suffixes):
            cue = True
        if lex.loc_suffixes and not cue:
            # "Suriye'nin kuzeyinde": the case ending sits on the next word (north-of-it-in)
            k = j
            while k < n and toks[k].start - toks[k - 1].end == 1 and text[toks[k - 1].end] in "'’":
                k += 1                           # the name's own suffix token ('nin')
            if k < n and k not in sent.breaks and toks[k].low in lex.fillers and any(
                    toks[k].low.endswith(sfx) for sfx in lex.loc_suffixes):
                cue = True
        if m.place.feature == "country" and cue and i > 0 and toks[i - 1].low in lex.loc_dative:
            cue = False                      # 'an Aserbaidschan übergeben': to whom, not where
        if cue and i > 0 and toks[i - 1].low in lex.loc_possessive and (
                m.place.feature == "country" or getattr(m.place, "source", None) == "geonames-capital"):
            cue = False                      # 'у Москвы нет доказательств': whose, not where
        if m.place.feature == "country" and not cue:
            to_countries.append(_Cand(i, sent.clause_of[i], j, m.place, m.mention, cue, near, m))
            continue
        # A capital without a locative cue is its government or the source of a report
        # ('nach Angaben aus Eriwan', 'informó Ereván'), not a scene.
        if not cue and getattr(m.place, "source", None) == "geonames-capital" and not _ground_object(i) \
                and not _listed_after_including(i):
            bare_caps.append(_Cand(i, sent.clause_of[i], j, m.place, m.mention, cue, near, m))
            continue
        cands.append(_Cand(i, sent.clause_of[i], j, m.place, m.mention, cue, near, m))
    # ('Getroffen wurden Kiew, Lwiw und Odessa', 'Kyiv and Lviv were hit'): a capital listed with
    # towns is one of the places, not its government
    # (not the last item with a verb right after it: 'Puerto Sudán y Jartum rompe con Emiratos'
    # is Khartoum's government breaking off relations)
    towns = [c for c in cands if c.place.feature in STAND_IN and getattr(c.place, "source", None) != "geonames-capital"]
    cands += [b for b in bare_caps if any(_adjacent_items(text, toks, b, c, lex) for c in towns)
              and not (b.end_tok < n and toks[b.end_tok].text.isalpha() and toks[b.end_tok].text.islower()
                       and toks[b.end_tok].low not in lex.fillers and b.end_tok not in day_toks
                       and not any(c.tok > b.tok for c in towns if _adjacent_items(text, toks, b, c, lex)))]
    cands += _capital_cands(doc, sent, lex, gz, ment_tok, demo_tok, main_country, looks_back,
                            _ground_object, {c.tok for c in cands})
    cands += _nationwide_cands(doc, sent, gz, ment_tok, demo_tok, main_country, cands)
    # A place after a call word in its clause is where the other party sits ('menelepon
    # rekan-rekannya di Yerevan dan Baku', 'phoned his counterpart in Baku'): no scene.
    remote = sc.find("remote")
    if remote:
        # (but not the place the call was made from: 'talked by phone from Moscow', 'по телефону
        # из Москвы' is where the caller sat, the talks' venue)
        made_from = {vj for _, vj, _, _ in sc.find("venuefrom")}
        cands = [c for c in cands if c.tok in made_from or not any(
            rj <= c.tok and sent.clause_of[ri] == c.clause for ri, rj, _, _ in remote)]
    # Where people fled or were taken to is no scene ('dievakuasi ke Timika', 'fled to Goma',
    # 'évacués vers Ouagadougou'): a place a few words after a movement word in its clause.
    away = sc.find("away")
    # (a movement word that is part of a strike's own trigger moves no people: 'colpi sono
    # arrivati su Tiro' is Tyre struck, not shells arriving somewhere else)
    strikes = [(ti, tj) for ti, tj, (typ, sub), _ in sc.longest("trig")
               if typ in ("shelling_airstrike", "armed_clash") and sub not in MOVED]
    away = [a for a in away if not any(ti <= a[0] < tj for ti, tj in strikes)]
    away_after = sc.find("awayafter")
    if away or away_after:
        # (not the place right after a trigger of people leaving: 'fled Kherson', 'évacués de
        # Marioupol', 'покинули Лачин' name the place left, a scene)
        left = [tj for ti, tj, (typ, sub), _ in sc.longest("trig") if sub in MOVED]
        # (nor the place troops withdrew from, told before a verb that closes the clause: 'haben
        # sich aus der Stadt Awdijiwka zurückgezogen' is the place lost, a scene)
        gone = [(ti, tj) for ti, tj, (typ, sub), _ in sc.longest("trig") if typ == "territory_change"]
        went = [c for c in cands if (any(
            aj <= c.tok <= aj + 4 and sent.clause_of[ai] == c.clause for ai, aj, _, _ in away)
            or any(ai - 4 <= c.end_tok <= ai and sent.clause_of[min(ai, len(toks) - 1)] == c.clause
                   for ai, _, _, _ in away_after))
            and not any(tj <= c.tok and all(toks[k].low in lex.fillers for k in range(tj, c.tok))
                        for tj in left)
            and not any(c.end_tok <= tj and sent.clause_of[min(ti, len(toks) - 1)] == c.clause
                        and (ti > c.tok or tj > c.end_tok) for ti, tj in gone)]
        # (a named facility in the cue's clause, farther on, is where they were taken too: 'taken to
        # the nearby Al-Shifa Hospital', 'Reyhanlı Devlet Hastanesi'nin yanı sıra … hastanelere
        # kaldırıldı')
        went += [c for c in cands if c not in went and getattr(c.place, "source", None) == "facility" and (
            any(aj <= c.tok <= aj + 8 and sent.clause_of[ai] == c.clause for ai, aj, _, _ in away)
            or any(ai - 8 <= c.end_tok <= ai and sent.clause_of[min(ai, len(toks) - 1)] == c.clause
                   for ai, _, _, _ in away_after))]
        # ("originaire d'Ingouchie, une république russe du Caucase, a poignardé …", 'a native of
        # X, a village in Y province'): the short apposition describing the place after a
        # movement or origin word names where that place lies, no scene either
        went += [c for c in cands if c not in went and c.tok > 0 and any(
            _apposition_after(text, toks, sent, ai, aj, c, trig_toks) for ai, aj, _, _ in away)]
        # ('Şanlıurfa ve Gaziantep'teki hastanelerde tedavi', 'taken to hospitals in X and Y'): the
        # other items of a list one of those places closes or opens went there too
        if away_after and went:
            ordered = sorted(cands, key=lambda c: c.tok)
            for a, b in reversed(list(zip(ordered, ordered[1:]))):
                if b in went and a not in went and _coordinated(text, toks, a, b, lex):
                    went.append(a)
        # ('trasportati negli ospedali di Palmi, Taurianova e Polistena'): the items after the
        # one a movement word (`away`) reaches, in its list, went there too
        if away and went:
            ordered = sorted(cands, key=lambda c: c.tok)
            chain: list[_Cand] = []
            for a, b in zip(ordered, ordered[1:]):
                if a in went and b not in went and _coordinated(text, toks, a, b, lex) and (a in chain or any(
                        aj <= a.tok and sent.clause_of[ai] == a.clause for ai, aj, _, _ in away)):
                    went.append(b)
                    chain.append(b)
        cands = [c for c in cands if c not in went]
        sent.went = went
        # (but where troops were sent or arrived is a deployment's scene: 'a convoy reached X')
        sent.dest = [c for c in went if c.mention is not None and c.place.feature != "country"]
        # (a country too, for a deployment with no finer place: 'paratroopers arrived in Kazakhstan')
        sent.dest_country = [c for c in went if c.mention is not None and c.place.feature == "country"]
    # (and a country right after a word of going to, 'deployed troops to Poland', 'Soldaten nach
    # Polen', which is no locative cue: the deployment's scene when it names nothing finer)
    if to_countries:
        to_marks = sc.find("movedto")
        sent.dest_country = sent.dest_country + [
            c for c in to_countries if c.mention is not None and _went_to(sent, lex, to_marks, c)]
    sent.bare = bare_caps
    seats = _seat_spans(toks, sent, sc, lex)
    if seats:
        cands = [c for c in cands if not any(lo <= c.tok and c.end_tok <= hi for lo, hi in seats)]
    posts = _office_posts(sent, lex, cands)
    if posts:
        cands = [c for c in cands if id(c) not in posts]
    # 'in Batumi, Kutaisi and Zugdidi': places listed after a cue'd place share its cue.
    cands.sort(key=lambda c: c.tok)
    for a, b in zip(cands, cands[1:]):
        if a.cue and not b.cue and _coordinated(text, toks, a, b, lex):
            b.cue, b.near = True, a.near
    for a, b in reversed(list(zip(cands, cands[1:]))):
        # 'Kandil, Hakurk ve Gara bölgelerinde': a case ending after the last item serves all
        if b.cue and not a.cue and lex.loc_suffixes and _coordinated(text, toks, a, b, lex):
            a.cue = True
    # 'the village of Sotk near Vardenis': the place right before a 'near' place is the scene.
    for c in cands:
        if c.near:
            for o in cands:
                if o is not c and not o.cue and 0 < c.tok - o.tok <= 4 and o.clause == c.clause:
                    o.cue = True
    # A bare place that speaks or decides is its government or authority ('Yerevan announced',
    # 'Port-Soudan accuse …', 'Ankara açıkladı'): no scene.
    speech = sc.find("speech")
    # ("Erbil'den yaptığı açıklamada … suçladı": the place a statement was made from is its venue)
    vf_after = sc.find("venueafter") if speech else []
    if vf_after:
        made_from = [c for c in cands if any(c.end_tok <= ai <= c.end_tok + 1 for ai, _, _, _ in vf_after)
                     and c.place.feature not in ("country", "border")]
        # (the venue is no setting of what the statement reports: "Ankara'da konuşan Bakan,
        # operasyonların süreceğini söyledi" tells no operation in Ankara)
        for c in made_from:
            c.said, c.said_tok = True, next(ai for ai, _, _, _ in vf_after if c.end_tok <= ai <= c.end_tok + 1)
        venues += made_from
        cands = [c for c in cands if c not in made_from]
    if speech:
        # ('das Ministerium in Moskau erklärte', 'Kementerian Luar Negeri di Jakarta mengecam':
        # the seat of the speaker, even with its preposition)
        # (but not a place with its cue opening the sentence, the verb right after it: 'In Kabul
        # verurteilte der Präsident …' puts the setting first, no noun it could be the seat of)
        lead = {k for i, j, _, _ in sc.find("before") if i == 0 for k in range(i, j)}
        # ('Residents of X were told to stay indoors'): a speech verb after a passive auxiliary
        # (`speech_passive_aux`) has the people named before it as its addressees, no speaker
        passive = lex.__dict__.get("_speech_passive")
        if passive is None:
            passive = frozenset(fold(str(w)) for w in lex.data.get("speech_passive_aux") or [])
            lex._speech_passive = passive
        speech = [x for x in speech if not (x[0] > 0 and toks[x[0] - 1].low in passive)]
        # ('Presiden dalam jumpa pers di Jakarta mengecam …', 'at a press conference in Lyon'):
        # a place right after a gathering of the press (`venue_from.press`) is where the
        # speaker stood, not the seat of the speaker's name, whatever verb comes right after it
        press_ends = [j for _, j, _, _ in lex.matches("venuepress", toks, sc)] if speech else []
        pressed = [c for c in cands if c.place.feature not in ("country", "border") and any(
            j <= c.tok and all(toks[k].low in lex.fillers for k in range(j, c.tok)) for j in press_ends)]
        for c in pressed:
            si = next((si for si, _, _, _ in speech if si >= c.end_tok and sent.clause_of[si] == c.clause), None)
            if si is None:
                si = next((si for si, _, _, _ in speech), c.tok)
            c.said, c.said_tok = True, si
        venues += pressed
        cands = [c for c in cands if c not in pressed]
        cands = [c for c in cands if (c.cue and c.tok > 0 and all(k in lead for k in range(c.tok))
                                      and not lex.content_before) or not any(
            c.end_tok <= si and sent.clause_of[si] == c.clause
            and (si - c.end_tok <= (0 if c.cue else 2) or (lex.content_before and not c.cue))
            for si, _, _, _ in speech)]
    # The venue of a statement ('told parliament in Yerevan that …', 'said in Moscow',
    # 'заявил в Москве'): a place shortly after a speech verb, with no trigger in between.
    if speech:
        trig_at = {i for i, _, _, _ in sc.find("trig")}
        said_at = []
        # (an attribution set off after the report, ', a précisé le Haut-Commissariat de l'ONU
        # aux droits de l'homme à Genève', ', precisó la oficina de la ONU en Ginebra': the
        # speaker's long name stands between the verb and its seat)
        inverted = {si for si, _, _, _ in speech
                    if si > 0 and "," in text[toks[si - 1].end:toks[si].start]}
        for c in cands:
            si = next((si for si, sj, _, _ in speech
                       if sj <= c.tok <= sj + (12 if si in inverted else 4) and sent.clause_of[si] == c.clause
                       and not any(sj <= t < c.tok for t in trig_at)), None)
            if si is not None:             # still the place of the statement itself
                c.said, c.said_tok = True, si
                said_at.append(c)
        venues += said_at
        cands = [c for c in cands if c not in said_at]
    _join_lists(text, toks, cands, sent, sc, lex)
    sent.background, sent.since_at = _background_clauses(sent, lex)
    sent.unknown = _unknown_scenes(toks, sent, sc, lex, ment_tok, demo_tok, seats, text)
    # 'Bu arada cephede çatışmalar sürüyor', 'fighting continues on the front line': the clause
    # names its scene, only not a place; the paragraph's or article's would be a guess
    sent.unknown |= {sent.clause_of[i] for i, _, _, _ in sc.find("front")}
    cands = _drop_launch_sites(text, toks, sc, cands, lex)
    cands = _drop_addresses(text, toks, cands, sc, lex, ment_tok, sent.clause_of)
    cands = [c for c in cands if not _aside(text, toks, c, ment_tok, lex)]
    cands = [c for c in cands if not _attributed_seat(text, toks, c, sc, ment_tok, lex)]
    sent.cands = cands
    sent.venues = venues
    sent.place_ends = {i: j for i, j, m in ments if m.place is not None and m.role != ROLE_DATELINE
                       and m.place.feature not in ("country", "border")}
    sent.place_starts = set(sent.place_ends)

    # 3. actors: countries, capitals standing for governments, demonyms, organisations
    cue_toks = {c.tok for c in cands if c.cue}
    actors: list[tuple[int, str, str | None]] = []
    for i, j, m in ments:
        if m.place is None or i in used_in_border or i in cue_toks:
            continue
        p = m.place
        if p.feature == "country" and p.country:
            actors.append((i, p.name, p.country))
        elif m.role == OTHER and p.country:
            actors.append((i, gz.country_name(p.country), p.country))
    for i, j, val, _ in demonyms:
        if i in used_in_border:
            continue
        if _is_iso(val):
            actors.append((i, gz.country_name(val), val))
        else:
            actors.append((i, val, None))
    for i, j, val, _ in orgs:
        if _is_iso(val):
            actors.append((i, gz.country_name(val), val))
        else:
            actors.append((i, val, None))
    actors.sort(key=lambda a: a[0])
    sent.actors = actors


def _capital_cands(doc: Document, sent: _Sent, lex: Lexicon, gz: _Gaz, ment_tok: dict, demo_tok: dict,
                   main_country: str | None, looks_back, ground_object, taken: set) -> list[_Cand]:
    """'in the capital', 'à la capitale', 'di ibu kota', 'в столице', 'başkentte': the capital of
    the country the phrase names ('the capital of Sudan', 'the Sudanese capital', "Mali'nin
    başkenti"), else of the one country its sentence names, else of the country the article is
    clearly about (_main_country).
    A name written with it ('the capital, Sanaa', 'die Hauptstadt Sanaa') is the place itself,
    with the phrase's cue. Like any capital, a scene only with a locative cue or as the object
    of a happening ('bombed the capital'); never a regional capital ('the provincial capital')."""
    toks, text = sent.toks, doc.text
    n = len(toks)
    out: list[_Cand] = []
    for i, j, _, _ in sent.scan.find("capital"):
        if any(k in ment_tok for k in range(i, j)):
            continue                        # part of a name
        around = range(max(0, i - 2), min(n, j + 2))
        if any(toks[k].low in lex.capital_not for k in around):
            continue                        # 'the provincial capital', 'ibu kota provinsi'
        cue, near, _ = looks_back(i, free=True)     # ('in der sudanesischen Hauptstadt')
        cue = cue or any(bi < j and i < bj for bi, bj, _, _ in sent.scan.find("before"))  # 'nella capitale'
        if lex.loc_suffixes and any(toks[j - 1].low.endswith(sfx) for sfx in lex.loc_suffixes):
            cue = True                      # 'başkentte'
        # the name written with it: 'the capital Kyiv', 'la capital, Saná', "başkenti Tiran'da"
        k = j
        while k < n and k - j < 3 and k not in ment_tok and toks[k].low in lex.fillers:
            k += 1
        named = ment_tok.get(k) if k < n else None
        if named is not None and named.place is not None and named.place.feature != "country":
            if k in taken or not (cue or ground_object(i)):
                continue                    # placed already (with its own cue), or no scene
            e = k
            while e < n and ment_tok.get(e) is named:
                e += 1
            out.append(_Cand(k, sent.clause_of[k], e, named.place, named.mention, cue, near, named))
            continue
        if not (cue or ground_object(i)):
            continue
        iso = _capital_country(sent, ment_tok, demo_tok, i, j, main_country)
        place = gz.capital(iso) if iso else None
        if place is None:
            continue
        # (the country named right after it is part of the phrase: 'ibu negara Afghanistan dan
        # sebuah pasar di Paktika' lists a second target after it)
        e = _named_country_end(toks, ment_tok, lex, j, iso)
        out.append(_Cand(i, sent.clause_of[i], e, place, text[toks[i].start:toks[j - 1].end], cue, near, None,
                         guessed=True))
    return out


def _nationwide_cands(doc: Document, sent: _Sent, gz: _Gaz, ment_tok: dict, demo_tok: dict,
                      main_country: str | None, cands: list[_Cand]) -> list[_Cand]:
    """'killed across the country', 'по всей стране', 'en todo el país': the whole country the
    sentence names (else the one the article is about) is the scene of its clause, not a town
    named in another clause. Only for a clause that names no place of its own."""
    out: list[_Cand] = []
    for i, j, _, _ in sent.scan.find("nationwide"):
        if any(k in ment_tok for k in range(i, j)):
            continue
        cl = sent.clause_of[i]
        if any(c.clause == cl for c in cands):
            continue                        # 'in Nairobi and across the country': the named town
        iso = _capital_country(sent, ment_tok, demo_tok, i, j, main_country)
        place = gz.country(iso) if iso else None
        if place is None:
            continue
        out.append(_Cand(i, cl, j, place, doc.text[sent.toks[i].start:sent.toks[j - 1].end], True, False,
                         None, guessed=True))
    return out


def _named_country_end(toks: list[Tok], ment_tok: dict, lex: Lexicon, j: int, iso: str) -> int:
    """The end of 'the capital' at ..j with the country named right after it ('the capital of
    Sudan', 'la capitale du Mali'): the token after that country's name, else j."""
    k = j
    while k < len(toks) and k - j < 2 and k not in ment_tok and toks[k].low in lex.fillers:
        k += 1
    m = ment_tok.get(k)
    if m is None or m.place is None or m.place.feature != "country" or m.place.country != iso:
        return j
    while k < len(toks) and ment_tok.get(k) is m:
        k += 1
    return k


def _capital_country(sent: _Sent, ment_tok: dict, demo_tok: dict, i: int, j: int,
                     main_country: str | None) -> str | None:
    """The country whose capital 'the capital' at tokens i..j is: one named right next to it
    ('the capital of Sudan', 'la capitale malienne', "Mali'nin başkenti"), else the one country
    its sentence names as a place, else (none named) the article's clear main country."""
    toks = sent.toks
    # (inside the phrase too: 'the Sudanese capital' matched as 'the .. capital')
    if any(k in demo_tok and _is_iso(demo_tok[k]) for k in range(i, j)):
        return next(demo_tok[k] for k in range(i, j) if k in demo_tok and _is_iso(demo_tok[k]))
    for k in list(range(j, min(len(toks), j + 3))) + list(range(i - 1, max(-1, i - 4), -1)):
        if sent.clause_of[k] != sent.clause_of[i]:
            break
        m = ment_tok.get(k)
        if m is not None and m.place is not None and m.place.feature == "country" and m.place.country:
            return m.place.country
        if k in demo_tok and _is_iso(demo_tok[k]):
            return demo_tok[k]
        if m is not None:
            break                          # another place between: not its country
    # (a demonym elsewhere in the sentence says little: 'vor der russischen Botschaft')
    isos = _sentence_isos(sent, ment_tok, {})
    if len(isos) == 1:
        return isos[0]
    # (a country the article only mostly is about is too weak a sign: 'Auch in der Hauptstadt
    # versammelten sich …' in a story of Armenia, Russia and Turkey)
    return main_country if not isos else None


OFFICE_REACH = 3     # tokens from an office noun to the place it is held at ('ambassador to Italy')


def _office_posts(sent: _Sent, lex: Lexicon, cands: list) -> set[int]:
    """Places named as where a person's office is ('the Italian ambassador in the Congo', 'il
    console a Goma', "İtalya'nın Kongo Büyükelçisi"): right after an `office` noun of its clause
    (right before it where the head comes last). They say who the person is, not where a
    happening was: no scene of the sentence (ids of those candidates)."""
    m = lex.phrases("office")
    if not m.patterns or not cands:
        return set()
    out = set()
    # ('a special meeting of the ambassadors in Brussels'): where officials meet is the talks' venue
    talks = {sent.clause_of[ti] for ti, _, (typ, _), _ in sent.scan.longest("trig") if typ == "talks_meeting"}
    for i, j, _, _ in lex.matches("p:office", sent.toks, sent.scan):
        for c in cands:
            if c.clause != sent.clause_of[i] or c.cue and lex.content_before or c.clause in talks:
                continue
            # (across prepositions, articles and the sending country only: 'l'ambasciatore
            # d'Italia nella Repubblica …'; not a verb: 'the envoy arrived in Goma')
            after = 0 <= c.tok - j <= OFFICE_REACH and not any(b in sent.breaks for b in range(j, c.tok + 1)) \
                and all(len(t.low) <= 2 or t.low in lex.fillers or t.low in lex.loc_before_words
                        or t.text[:1].isupper() for t in sent.toks[j:c.tok])
            before = lex.content_before and 0 <= i - c.end_tok <= 1
            if after or before:
                out.add(id(c))
    return out


def _seat_spans(toks: list[Tok], sent: _Sent, sc, lex: Lexicon) -> list[tuple[int, int]]:
    """Token spans that name where an organisation sits ('the Observatory, based in London and
    Paris, said …', 'mit Sitz in Genf', 'Londra merkezli'): the place after a seat phrase (with
    its cue, fillers and list) up to the clause's end or the next comma-free stretch of other
    words, and the name right before a trailing seat word. No scene is ever there."""
    out = []
    n = len(toks)
    for i, j, _, _ in sc.find("seat"):
        k = j
        # ('basée à Londres', 'based in the British capital London', 'based in London and Paris')
        while k < n and k - j < 8 and k not in sent.breaks and sent.clause_of[k] == sent.clause_of[i] and (
                toks[k].text[:1].isupper() or toks[k].low in lex.fillers or toks[k].low in lex.coordinators
                or toks[k].low in lex.loc_before_words or k == j):
            k += 1
        out.append((i, k))
    for i, j, _, _ in sc.find("seatafter"):
        k = i
        # ('Londra merkezli', 'die in London ansässige', "İngiltere'deki … merkezli"): the name
        # (and its cue) just before the seat word
        while k > 0 and i - k < 5 and k not in sent.breaks and (
                toks[k - 1].text[:1].isupper() or toks[k - 1].low in lex.loc_before_words
                or toks[k - 1].low in lex.loc_suffixes):
            k -= 1
        out.append((k, j))
    return out


def _unknown_scenes(toks: list[Tok], sent: _Sent, sc, lex: Lexicon, ment_tok: dict,
                    demo_tok: dict, seats: list = (), text: str = "") -> set[int]:
    """Clauses whose locative cue introduces a name the gazetteer does not know ('an airstrike
    on Adi Daero', 'uccise a Barsalogho'): the clause says where it happened, only not in a way
    we can map, so a place from elsewhere in the sentence, paragraph or article would be a
    guess at another happening's scene. (Not for languages that capitalise every noun.)"""
    if lex.capitalised_nouns:
        return set()
    skip = {k for cat in ("date", "org", "demonym", "trig") for i, j, _, _ in sc.find(cat)
            for k in range(i, j)}
    out = set()
    # ('в Следственном комитете сообщили', 'at the Health Ministry', "Sağlık Bakanlığı'nda"): a
    # name headed by an institution word is who speaks or acts, no scene the gazetteer lacks
    inst = {k for i, j, _, _ in lex.matches("p:institutions", toks, sc) for k in range(max(0, i - 2), j)
            if not text or not any(ch in text[toks[k].end:toks[i].start] for ch in ",;:()")}
    if lex.loc_suffixes:
        # "Hakurk'ta": a name with a locative case ending after its apostrophe
        for k in range(1, len(toks) - 1):
            t, nxt = toks[k], toks[k + 1]
            if t.text[:1].isupper() and not t.text.isupper() and k not in ment_tok and k not in skip \
                    and k not in demo_tok and t.low not in lex.fillers \
                    and sent.scan is not None and nxt.start == t.end + 1 \
                    and nxt.low in lex.loc_suffixes and k not in inst \
                    and not _listed_after_known(text, toks, k, lex, ment_tok):
                out.add(sent.clause_of[k])
    # "Metina ve Hakurk bölgelerine", 'Xyz village': a capitalised name the gazetteer lacks
    # right before a lowercase place noun
    for k in range(1, len(toks) - 1):
        t, nxt = toks[k], toks[k + 1]
        if t.text[:1].isupper() and not t.text.isupper() and k not in ment_tok and k not in skip \
                and k not in demo_tok and t.low not in lex.fillers and nxt.text.islower() \
                and nxt.low in lex.place_nouns and sent.clause_of[k + 1] == sent.clause_of[k] \
                and not _listed_after_known(text, toks, k, lex, ment_tok):
            out.add(sent.clause_of[k])
    for i, j, _, _ in sc.find("before"):
        if j - i == 1 and toks[i].low in lex.loc_dative and not (
                j < len(toks) and toks[j].low in lex.place_nouns):
            continue                        # 'a Hezbollah': whom, not where ('у села X' is where)
        if any(lo <= i < hi for lo, hi in seats):
            continue                        # 'based in Xyz': where it sits, no scene named
        if i > 0 and toks[i].text[:1].isupper() and toks[i - 1].text[:1].isupper():
            continue                        # inside a name ('Kementerian Dalam Negeri'): no cue
        k = j
        nouns = 0                            # ('lungo il fiume Moei', 'nel campo di Zamzam')
        quoted = _quoted_name_at(text, toks, j) if text else None
        while k < len(toks) and k - j < 4 and k not in ment_tok and (
                toks[k].low in lex.fillers or (nouns < 1 and toks[k].text.islower() and toks[k].text.isalpha()
                                              and k not in skip and k + 1 < len(toks)
                                              and not toks[k + 1].text.islower())
                # ('в концертном зале «Крокус Сити Холл»', 'at the Crocus concert hall "X"'): words
                # naming a building before a quoted name
                or (quoted is not None and k < quoted and toks[k].text.isalpha() and k not in skip)):
            nouns += toks[k].low not in lex.fillers
            k += 1
        if k >= len(toks) or k in ment_tok or k in demo_tok or k in skip or sent.clause_of[k] != sent.clause_of[i]:
            continue
        t = toks[k].text
        if not t[:1].isupper() or t.isupper() or toks[k].low in lex.month_words or toks[k].low in lex.fillers:
            continue
        if k in inst:
            continue
        out.add(sent.clause_of[i])
    return out


def _listed_after_known(text: str, toks: list[Tok], k: int, lex: Lexicon, ment_tok: dict) -> bool:
    """Is the unknown name at token k the next item of a list of places the gazetteer knows
    ('Metina, Hakurk, Gara, Kandil ve Asos bölgeleri')? Then the known items are the scenes
    and the clause is no unknown place's (one unknown item is only a place we cannot map)."""
    # (back over other unknown items: 'Metina, Gara ve Asos' with Gara unknown too)
    for _ in range(6):
        if k < 2 or not text:
            return False
        p = k - 1
        if toks[p].low in lex.coordinators:
            p -= 1
        elif "," not in text[toks[p].end:toks[k].start]:
            return False
        m = ment_tok.get(p)
        if m is not None and getattr(m, "place", None) is not None:
            return True
        if m is not None or not toks[p].text[:1].isupper() or toks[p].text.isupper():
            return False
        k = p
    return False


def _drop_launch_sites(text: str, toks: list[Tok], sc, cands: list[_Cand], lex: Lexicon) -> list[_Cand]:
    """Where a missile or drone was fired from ('a rocket fired from Tyre hit a pitch',
    'lanzado desde Tiro', "Yemen'den atılan füze", 'aus Tyros abgefeuert') is its origin, no
    scene: a place right after a `launched_from` phrase (across fillers) or, with its case
    ending, right before a `launched_from.after` word."""
    if not cands:
        return cands
    before = sc.find("launchfrom")
    after = sc.find("launchafter")
    if not before and not after:
        return cands
    return [c for c in cands if not (
        any(j <= c.tok <= j + 3 and all(toks[k].low in lex.fillers for k in range(j, c.tok)) for _, j, _, _ in before)
        or any(c.end_tok <= i <= c.end_tok + 2 for i, _, _, _ in after) and not _fired_at(text, toks, c, lex))]


def _fired_at(text: str, toks: list[Tok], c: _Cand, lex: Lexicon) -> bool:
    """Is the place before a `launched_from.after` word its target ('Drohnen auf Charkiw
    abgefeuert', "Hankendi'ye atılan füzeler"), not where it was fired from?"""
    if c.tok > 0 and toks[c.tok - 1].low in lex.launched_at:
        return True
    suffix = _suffix_after(text, toks, c.end_tok - 1, c.mention.end) if c.mention is not None else ""
    return bool(suffix) and suffix in lex.launched_at


ATTRIB_SPAN = 10   # tokens of a source's name after 'according to' ('the State Attorney General of Chihuahua')


def _attributed_seat(text: str, toks: list[Tok], c: _Cand, sc, ment_tok: dict, lex: Lexicon) -> bool:
    """Is place c part of the name of a report's source ('… dejó 17 muertos, de acuerdo con la
    Fiscalía General del Estado de Chihuahua', 'according to the Interior Ministry of X')? An
    attribution word, then a capitalised word that is no place (the body that speaks), then c,
    with no comma and no trigger in between: the seat of the source, no scene. ('según testigos
    en Kidal': no body named; 'laut Polizei in Köln': a locative cue, the scene: both stay.)"""
    if c.cue:
        return False
    trig_at = {i for i, _, _, _ in sc.find("trig")}
    for ai, aj, _, _ in sc.find("countattrib"):
        if not (aj < c.tok <= aj + ATTRIB_SPAN):
            continue
        gap = range(aj, c.tok)
        if any(k in trig_at for k in gap) or any(
                any(p in text[toks[k - 1].end:toks[k].start] for p in ",;:()") for k in range(aj + 1, c.tok + 1)):
            continue
        if any(toks[k].text[:1].isupper() and k not in ment_tok for k in gap):
            return True
    return False


def _aside(text: str, toks: list[Tok], c: _Cand, ment_tok: dict, lex: Lexicon) -> bool:
    """Is place c inside a parenthesis that tells something about the word before it, not a
    place ('«Исламское государство» (запрещена в РФ)', 'the group (banned in Russia)')? A note
    in passing, never a scene. (Not an address: 'Kapan (Syunik)', 'Kapan (Syunik province)'.)"""
    lo = c.tok
    while lo > 0 and "(" not in text[toks[lo - 1].end:toks[lo].start]:
        if ")" in text[toks[lo - 1].end:toks[lo].start] or c.tok - lo > 6:
            return False
        lo -= 1
    if lo == 0 or (lo - 1) in ment_tok:
        return False
    hi = c.end_tok
    while hi < len(toks) and ")" not in text[toks[hi - 1].end:toks[hi].start] and hi - c.end_tok < 6:
        hi += 1
    # (opened by a word that is no locative cue: 'near Goris', 'à 20 km de' locate)
    words = [t for t in toks[lo:hi] if t.text.isalpha() and t.text.islower() and len(t.text) > 3]
    return bool(words) and words[0] is toks[lo] and toks[lo].low not in lex.loc_before_words \
        and toks[lo].low not in lex.fillers and toks[lo].low not in lex.compass


def _quoted_name_at(text: str, toks: list[Tok], j: int) -> int | None:
    """The token of a capitalised name in quotes within three words after token j ('в концертном
    зале «Крокус»', 'in the "Pasaje" mall'), else None."""
    for k in range(j, min(len(toks), j + 3)):
        gap = text[toks[k - 1].end:toks[k].start] if k > 0 else ""
        if toks[k].text[:1].isupper() and any(q in gap for q in "«\"“„'‘"):
            return k
        if not toks[k].text.isalpha() or not toks[k].text.islower():
            return None
    return None


def _join_lists(text: str, toks: list[Tok], cands: list[_Cand], sent: _Sent, sc, lex: Lexicon) -> None:
    """A list of places is one phrase even where its commas cut the sentence into clauses
    ('le località di Jermuk, Goris, Kapan e Vardenis'), and a list opened by 'including'
    ('contre plusieurs villes, dont Jermuk, Goris et Kapan') belongs to the clause it details:
    its places take that clause."""
    if not cands:
        return
    incl = {}
    for i, j, _, _ in sc.find("incl"):
        incl[i] = j
    breaks = sorted(sent.breaks)
    cands.sort(key=lambda c: c.tok)
    for c in cands:
        k = bisect.bisect_right(breaks, c.tok) - 1
        if k < 0:
            continue
        start = breaks[k]
        if start in incl and incl[start] <= c.tok and all(
                toks[t].low in lex.fillers for t in range(incl[start], c.tok)):
            c.clause = sent.clause_of[start - 1]
    for a, b in zip(cands, cands[1:]):
        if b.clause != a.clause and _coordinated(text, toks, a, b, lex):
            b.clause = a.clause


_ADDRESS_PUNCT = re.compile(r"^[\s,()'’\-–—]*$")     # 'Sake, North Kivu', 'Kapan (Syunik)'
_ADDRESS_GAP = 6


def _address_gap(text: str, toks: list[Tok], lo: int, hi: int, cue_toks: set[int],
                 lex: Lexicon, ment_tok: dict) -> bool:
    """Do tokens lo..hi only join a place to its address ('di negeri', ', nel nord del', 'in
    Pakistan's', '(province')? No 'and', no verb, no other word."""
    if hi - lo > _ADDRESS_GAP:
        return False
    if _apposition(text, toks, lo, hi, cue_toks, lex):
        return True
    for k in range(lo, hi):
        t = toks[k]
        if t.low in lex.coordinators:
            return False
        if not (k in cue_toks or t.low in lex.fillers or k in ment_tok or t.low in ("s", "'s")):
            return False
    for k in range(max(lo, 1), hi + 1):
        if k < len(toks) and not _ADDRESS_PUNCT.match(text[toks[k - 1].end:toks[k].start]):
            return False
    return True


def _apposition(text: str, toks: list[Tok], lo: int, hi: int, cue_toks: set[int],
                lex: Lexicon) -> bool:
    """'Jermuk, a spa town in Vayots Dzor province', 'Djibo, une ville du nord': after a comma,
    a few words naming a kind of place, then a locative cue: what follows is the address."""
    if hi - lo < 2 or hi > len(toks) or "," not in text[toks[lo - 1].end:toks[lo].start] \
            or (hi - 1) not in cue_toks:
        return False
    words = toks[lo:hi - 1]
    k = hi - 1
    while k - 1 >= lo and (k - 1) in cue_toks:          # a cue of several words ('close to')
        k -= 1
    words = toks[lo:k]
    return 0 < len(words) <= 4 and any(t.low in lex.place_nouns for t in words) and not any(
        t.low in lex.coordinators for t in words) and all(
        _ADDRESS_PUNCT.match(text[toks[x - 1].end:toks[x].start]) for x in range(lo + 1, hi))


def _drop_addresses(text: str, toks: list[Tok], cands: list[_Cand], sc, lex: Lexicon,
                    ment_tok: dict, clause_of: list[int] | None = None) -> list[_Cand]:
    """The address of a place is not a second scene ('menawan bandar Maungdaw di negeri
    Rakhine', 'a Barsalogho, nel nord del Burkina Faso', 'Kapan (Syunik)'): ACLED codes the most
    specific location, so the containing unit written right after a finer place gives its
    locative cue to that place and drops out. After a name the gazetteer does not know ('at
    Kirants, in Tavush province'), it tells where that unknown place lies: a town, district or
    province (STAND_IN) stands in for it, in its clause, as a place near which it happened
    (ACLED precision 2 or coarser); a country or wider region drops."""
    if not cands:
        return cands
    cue_toks = {k for i, j, _, _ in sc.find("before") for k in range(i, j)}
    dated = {k for cat in ("date", "trig", "org", "demonym") for i, j, _, _ in sc.find(cat) for k in range(i, j)}
    # a distance written between a place and its reference town ('some 30 km (19 miles) north of')
    dist = _distance_tokens(text, toks, sc, lex)
    trig = frozenset(k for i, j, _, _ in sc.find("trig") for k in range(i, j))
    # a capitalised trigger word inside a sentence is part of a name ('Escuela de Aviación')
    named = dated - {k for i, j, _, _ in sc.find("trig") for k in range(i, j)
                     if k > 0 and toks[k].text[:1].isupper() and not toks[k].text.isupper()}
    cands = sorted(cands, key=lambda c: c.tok)
    dropped: set[int] = set()
    for bi, b in enumerate(cands):
        head = None
        for ai in range(bi - 1, -1, -1):      # the nearest finer place it may be the address of
            a = cands[ai]
            if id(a) in dropped:
                continue
            if a.end_tok <= b.tok and _reference_point(toks, a.end_tok, b.tok, lex, cue_toks, dist):
                dropped.add(id(b))          # 'the town of Sake, west of Goma': where Sake lies
                break
            if a.end_tok <= b.tok and _reference_before(toks, a.end_tok, b.tok, lex, dist):
                dropped.add(id(a))          # "İdlib'in güneydoğusundaki Serakib": where Serakib lies
                break
            if a.end_tok <= b.tok and (_address(a.place, b.place) or _unit_named(a, b, toks, lex)
                                       or _admin_written(a, b)) \
                    and _address_gap(text, toks, a.end_tok, b.tok, cue_toks, lex, ment_tok) \
                    and not _list_item(text, toks, cands, ai, dropped, lex) \
                    and not _list_goes_on(toks, cands, b, lex, cue_toks):
                head = a
            break
        if head is None:
            name = _after_unknown_name(text, toks, b.tok, cue_toks, lex, ment_tok,
                                       dated if lex.capitalised_nouns else named, dist,
                                       frozenset() if lex.capitalised_nouns else trig)
            if name < 0 and _before_unknown_name(toks, b, lex, ment_tok, dated):
                # ("Münbiç'in doğusunda ve Xyz hattında" is a list, not an address)
                name = b.tok if not any(t.low in lex.coordinators for t in toks[b.end_tok:b.end_tok + 4]) else -2
            # (where every noun is capitalised, only a name a place noun introduces: 'im Dorf Xyz')
            if name >= 0 and b.place.feature in STAND_IN and (
                    not lex.capitalised_nouns or (name > 0 and toks[name - 1].low in lex.place_nouns)):
                # 'di Kampung Xyz, berhampiran pekan Depayin', 'at Xyz, in Tavush province': the
                # known place the text locates the unknown one by is its scene, less precisely
                b.clause = clause_of[name] if clause_of else b.clause
                b.cue, b.near, b.stand_in = True, True, True
            elif name != -1 and SPECIFICITY.get(b.place.feature, 2) >= SPECIFICITY["admin2"]:
                dropped.add(id(b))
            continue
        if head is None:
            continue
        dropped.add(id(b))                  # (a chain 'Sugapa, Intan Jaya, Papua Tengah' ends
        if b.cue and not head.cue:          # at the finest place: dropped ones are skipped)
            head.cue = True
    return [c for c in cands if id(c) not in dropped]


def _reference_point(toks: list[Tok], lo: int, hi: int, lex: Lexicon, cue_toks: set[int],
                     dist: frozenset) -> bool:
    """Do tokens lo..hi, between two places, only say how far and in which direction the second
    lies from the first ('Sake, west of Goma', 'Sake, à 25 km à l'ouest de Goma', 'Саке, к западу
    от Гомы')? Then the second is a reference point, not a scene. No 'and', a compass word."""
    gap = range(lo, hi)
    return 0 < len(gap) <= _ADDRESS_GAP + len(dist) and any(toks[k].low in lex.compass for k in gap) \
        and not any(toks[k].low in lex.coordinators and toks[k].low not in lex.loc_before_words
                    for k in gap) and all(
            toks[k].low in lex.compass or toks[k].low in lex.fillers or k in cue_toks or k in dist
            or toks[k].low in lex.loc_before_words for k in gap)


def _reference_before(toks: list[Tok], lo: int, hi: int, lex: Lexicon, dist: frozenset) -> bool:
    """Where the head comes last, do tokens lo..hi between two places only say in which direction
    or how far the second lies from the first ("İdlib'in güneydoğusundaki Serakib", "Goma'nın 25
    km batısındaki Sake": `compass_before`)? Then the first is a reference point, not a scene."""
    words = lex.__dict__.get("_compass_before")
    if words is None:
        words = lex._compass_before = frozenset(
            fold(str(w)) for w in (lex.data.get("locative") or {}).get("compass_before") or ())
    gap = range(lo, hi)
    # (the first place's case ending after its apostrophe, "İdlib'in", is part of it)
    return bool(words) and 0 < len(gap) <= 5 and any(toks[k].low in words for k in gap) \
        and all(toks[k].low in words or k in dist or toks[k].start == toks[k - 1].end + 1 for k in gap)


def _distance_tokens(text: str, toks: list[Tok], sc, lex: Lexicon) -> frozenset:
    """Tokens of distances ('30 km', 'some 30 km (19 miles)', 'sekitar 20 kilometer'): a figure
    with a measure word after it, an approximation word before it, a bracket of the same."""
    out = set()
    for i, j, _, _ in sc.find("measure"):
        if i > 0 and toks[i - 1].low.replace(".", "").replace(",", "").isdigit():
            out.update(range(i - 1, j))
            k = i - 1
            while k > 0 and (toks[k - 1].low in lex.fillers or any(
                    a <= k - 1 < b for a, b, _, _ in sc.find("approx"))):
                k -= 1
                out.add(k)
    return frozenset(out)


def _list_item(text: str, toks: list[Tok], cands: list[_Cand], ai: int, dropped: set,
               lex: Lexicon) -> bool:
    """Is cands[ai] an item of a list already ('Jermuk, Goris, Sotk, Vardenis …': Sotk follows
    Goris after a comma)? Then the place after it and a comma is the next item, not its address."""
    a = cands[ai]
    for p in reversed(cands[:ai]):
        if id(p) in dropped:
            continue
        if p.end_tok > a.tok or a.tok - p.end_tok > 1:
            return False
        between = text[toks[p.end_tok - 1].end:toks[a.tok].start]
        return "," in between and not re.search(r"[;:()\[\]]", between) and all(
            toks[k].low in lex.coordinators for k in range(p.end_tok, a.tok))
    return False


def _list_goes_on(toks: list[Tok], cands: list[_Cand], b: _Cand, lex: Lexicon, cue_toks: set[int]) -> bool:
    """Does an 'and' right after b, a place with no cue of its own, lead to another place ('en
    Tibú, Teorama y El Tarra')? Then b is an item of a list of places, not the address of the
    place before it (as 'Ramallah, in Cisgiordania, e a Khan Younis' is)."""
    j = b.tok
    while j > 0 and toks[j - 1].low in lex.fillers and (j - 1) not in cue_toks:
        j -= 1
    if j > 0 and (j - 1) in cue_toks:
        return False
    k = b.end_tok
    if k < len(toks) and toks[k].low in lex.coordinators and any(k < c.tok <= k + 3 and c is not b for c in cands):
        return True
    # ('the ports of Hodeidah, Ras Isa and Xyz': a town or site, no unit that could be an
    # address, followed by 'and' and a capitalised name the gazetteer lacks: a list going on)
    if not lex.capitalised_nouns and SPECIFICITY.get(b.place.feature, 2) <= SPECIFICITY["other"] \
            and k + 1 < len(toks) and toks[k].low in lex.coordinators and toks[k + 1].text[:1].isupper() \
            and toks[k + 1].text.isalpha() and not toks[k + 1].text.isupper() \
            and toks[k + 1].start == toks[k].end + 1:
        return True
    # ('Metina, Hakurk, Gara ve Kandil': after a comma, a place no coarser than b goes on the list)
    nxt = next((c for c in cands if c.tok == k), None)
    return nxt is not None and SPECIFICITY.get(nxt.place.feature, 2) <= SPECIFICITY.get(b.place.feature, 2) \
        and nxt.place.feature not in ("country", "border")


def _adjacent_items(text: str, toks: list[Tok], a: _Cand, b: _Cand, lex: Lexicon) -> bool:
    """Are a and b next to each other as items of a list ('Kiew, Lwiw', 'Kyiv and Lviv'): only a
    comma or one 'and' between them, in either order?"""
    x, y = (a, b) if a.tok < b.tok else (b, a)
    if y.tok < x.end_tok or y.tok - x.end_tok > 1:
        return False
    between = text[toks[x.end_tok - 1].end:toks[y.tok].start]
    if re.search(r"[;:()\[\]]", between):
        return False
    gap = toks[x.end_tok:y.tok]
    return (not gap and "," in between) or (len(gap) == 1 and gap[0].low in lex.coordinators)


def _unit_named(a: _Cand, b: _Cand, toks: list[Tok], lex: Lexicon) -> bool:
    """'Kantharalak, wilayah Sisaket': b is named as an administrative unit right after a (the
    gazetteer may give the unit's seat, a town, for its name), near a in the same country."""
    if b.tok == 0 or toks[b.tok - 1].low not in lex.unit_nouns or a.place.feature == "country":
        return False
    if a.place.country and b.place.country and a.place.country != b.place.country:
        return False
    return _km(a.place.lat, a.place.lon, b.place.lat, b.place.lon) <= 200.0


def _before_unknown_name(toks: list[Tok], b: _Cand, lex: Lexicon, ment_tok: dict,
                         skip: set[int]) -> bool:
    """In languages that put the address first ("Irak'ın kuzeyindeki Metina ve Hakurk"), is b
    the address of capitalised names right after it that the gazetteer does not know?"""
    if not lex.loc_suffixes:
        return False
    k = b.end_tok
    while k < len(toks) and k - b.end_tok < 3 and (toks[k].low in lex.fillers or (
            toks[k].low in lex.loc_suffixes or len(toks[k].low) <= 3) and toks[k].start == toks[k - 1].end + 1
            or (toks[k].text.islower() and any(toks[k].low.endswith(s) for s in lex.loc_suffixes if s.endswith("ki")))):
        k += 1                               # its case ending ('ın'), 'kuzeyindeki', 'üzerindeki'
    if k == b.end_tok or k >= len(toks):
        return False
    t = toks[k]
    return t.text[:1].isupper() and not t.text.isupper() and k not in skip and (
        k not in ment_tok or ment_tok[k].place is None)


def _after_unknown_name(text: str, toks: list[Tok], k: int, cue_toks: set[int], lex: Lexicon,
                        ment_tok: dict, skip: set[int], dist: frozenset = frozenset(),
                        trig: frozenset = frozenset()) -> int:
    """Is token k written as the address of a capitalised name the gazetteer does not know,
    itself introduced as a place ('uccise a Barsalogho, nel nord del …', 'menawan pekan
    Paletwa di negeri Chin', 'cerca de la Escuela de Policía, en el norte de Cali')? The token of
    that name's last word, else -1."""
    j = k
    while j > 0 and k - j < _ADDRESS_GAP + len(dist) and "," not in text[toks[j - 1].end:toks[j].start] and (
            j - 1 in cue_toks or toks[j - 1].low in lex.fillers or toks[j - 1].low in lex.place_nouns
            or j - 1 in dist):                # ('Xyz airport, some 30 km north of Bukavu')
        j -= 1
    if j == k and 0 < k < len(toks) and toks[k].low in lex.unit_nouns \
            and "," in text[toks[k - 1].end:toks[k].start]:
        pass                                  # 'Desa Xyz, Kabupaten Pidie': a unit after a comma
    elif j == k or j == 0:
        return -1
    sep = text[toks[j - 1].end:toks[j].start]
    if "," not in sep and "(" not in sep and not any(t in cue_toks for t in range(j, k)):
        return -1
    n = j - 1                                 # the last word of the unknown name
    known = lambda t: t in ment_tok and ment_tok[t].place is not None   # noqa: E731
    if n > 1 and toks[n].low in lex.place_nouns and toks[n].text.islower() \
            and toks[n - 1].text[:1].isupper() and not known(n - 1):
        n -= 1                                # 'Xyz village, Goris district', 'Xyz köyü'
    # (a capitalised compass word after a name ends it: 'Kecamatan Lore Utara, Kabupaten Poso')
    name_end = toks[n].low in lex.compass and n > 0 and toks[n - 1].text[:1].isupper() \
        and not toks[n].text.isupper()
    if known(n) or n in skip or not toks[n].text[:1].isupper() or toks[n].low in lex.month_words \
            or (toks[n].low in lex.fillers and not name_end) or toks[n].text.isupper():
        return -1
    s = n
    while s > 0 and n - s < 4 and not known(s - 1) and (s - 1) not in skip \
            and toks[s - 1].low not in lex.place_nouns and (
            toks[s - 1].text[:1].isupper()
            # ('Escuela Militar de Aviación'): one filler inside a name of capitalised words
            or (s > 1 and toks[s - 1].low in lex.fillers and toks[s - 2].text[:1].isupper()
                and not known(s - 2) and (s - 2) not in cue_toks and toks[s - 2].low not in lex.fillers)):
        s -= 1
    if s > 0 and toks[s - 1].low in lex.fillers and s - 1 not in cue_toks and s > 1 and (
            s - 2 in cue_toks):
        s -= 1                                # the article after the cue ('cerca de la …')
    if s > 1 and toks[s - 1].low in lex.fillers and toks[s - 2].low in lex.place_nouns:
        s -= 1                                # 'the village of Xyz', 'le village de Xyz'
    # (introduced by a cue, a place noun, or as the trigger's object: 'captured Xyz airport')
    return n if s > 0 and (s - 1 in cue_toks or toks[s - 1].low in lex.place_nouns
                           or (s - 1 in trig and toks[s - 1].text.islower())) else -1


def _group_isos(toks: list[Tok]) -> list[str]:
    """The countries of the armed groups a sentence names ('Hezbollah' → LB, 'хуситы' → YE), in
    the order named (geomap/data/armed_groups.yaml)."""
    words, prefixes = armed_groups()
    out = []
    for t in toks:
        iso = words.get(t.low) or next((c for p, c in prefixes if t.low.startswith(p)), None)
        if iso and iso not in out:
            out.append(iso)
    return out


def _sentence_isos(sent: _Sent, ment_tok, demo_tok) -> list[str]:
    out = []
    for k in sorted(set(ment_tok) | set(demo_tok)):
        iso = None
        if k in ment_tok:
            m = ment_tok[k]
            if m.place is not None and m.place.country and (m.place.feature == "country" or m.role == OTHER):
                iso = m.place.country
        elif _is_iso(demo_tok[k]):
            iso = demo_tok[k]
        if iso and iso not in out:
            out.append(iso)
    return out


# --------------------------------------------------------------------------- triggers → drafts

SUMMIT_REACH = 3  # words from a meeting's trigger to the summit word that names it
TARGET_GAP = 3   # words between a verb of hitting (or a strike) and the gathering it hit


def _before_connector(lang: str | None, toks: list[Tok], i: int):
    """The places lexicon and the keys of the (up to eight) tokens before token i, when the last
    of them is a connector ('de', 'of', 'd'') and the language has facility head words."""
    from .places_lex import lexicon as places_lexicon
    plex = places_lexicon(lang)
    if not plex.facility_before or i < 2:
        return None
    keys = [normalize_key(t.text) for t in toks[max(0, i - 8):i]]
    return (plex, keys) if keys[-1] in plex.connectors else None


def _modifier_noun_between(toks: list, j: int, violent_starts) -> bool:
    """('the Madrid train bombings', 'the Bali nightclub attack'): one lower-case noun between a
    name used as a modifier and the violent happening's noun it modifies."""
    return j + 1 < len(toks) and (j + 1) in violent_starts and toks[j].text.isalpha() \
        and toks[j].text.islower() and len(toks[j].text) > 2


def _facility_address(lang: str | None, toks: list[Tok], i: int) -> bool:
    """Is the name at token i the address of a facility named right before it by a head word of
    the places lexicon and a connector ('la prison de Bamako', "l'aéroport d'Ankara", 'the
    hospital of Kabul')? Its town is the scene, even a capital."""
    got = _before_connector(lang, toks, i)
    if got is None:
        return False
    plex, keys = got
    return bool(plex.facility_before.ending(keys, len(keys) - 1, 0)[0])


def _named_facility_address(lang: str | None, toks: list[Tok], i: int) -> bool:
    """("l'hôtel Radisson Blu de Bamako"): the facility's own name, capitalised, between its head
    word and the connector before the town at token i."""
    got = _before_connector(lang, toks, i) if i >= 3 else None
    if got is None:
        return False
    plex, keys = got
    k = len(keys) - 1
    named = toks[max(0, i - 8):i]
    while k > 0 and k > len(keys) - 4 and named[k - 1].text[:1].isupper():
        k -= 1
    return k < len(keys) - 1 and bool(plex.facility_before.ending(keys, k, 0)[0])


def _struck_target(sent, sc, items: list, i: int) -> bool:
    """Is the trigger at i the object of a verb of hitting or of a strike right before it in its
    clause ('hit a meeting', 'попали в совещание', 'strike on a gathering')?"""
    ends = [hj for _, hj, _, _ in sc.find("hit")] + [it[3] for it in items if it[0] in VIOLENT and not it[4]]
    return any(0 <= i - hj <= TARGET_GAP and sent.clause_of[hj - 1] == sent.clause_of[i] for hj in ends)


def _negated(toks: list[Tok], i: int, j: int, lex: Lexicon, negs: list, denials: list,
             clause_of: list[int], negs_after: list = (), breaks: set[int] | None = None) -> bool:
    # ('tidak ada WNI yang menjadi korban': a copula between the relative word and the trigger)
    relative = i > 0 and (toks[i - 1].low in lex.neg_relative or i > 1 and toks[i - 1].low in
                          lex.neg_relative_link and toks[i - 2].low in lex.neg_relative)
    for ni, nj, _, _ in negs:
        if nj <= i and i - nj <= lex.neg_window and clause_of[ni] == clause_of[i]:
            return True
        if relative and nj <= i and i - nj <= lex.neg_relative_window and clause_of[ni] == clause_of[i]:
            return True              # 'tidak ada prajurit kami yang gugur'
        if ni >= i and ni < j:                       # inside the trigger phrase itself
            return True
    for di, dj, _, _ in denials:
        # a denial before the trigger, or after it in its clause (SOV: 'saldırı iddialarını yalanladı');
        # not across a clause of its own ('denied the reports, but later admitted that fighting
        # had stopped'): only through complementisers ('denied that its troops opened fire')
        if dj <= i and breaks is not None and any(
                dj <= b <= i and toks[b].low not in lex.complementizers for b in breaks):
            continue
        if dj <= i or (di < j and dj > i) or (di >= j and clause_of[di] == clause_of[i]):
            return True
    for ai, _, _, _ in negs_after:
        # 'Погибших нет'; a place or a time between ('Стрельбы в городе не было'); a pattern that
        # starts with a word that also opens clauses ('о погибших пока не сообщалось': 'пока' is
        # 'while' too), with no punctuation before it, is still of the trigger's clause
        if j <= ai <= j + (lex.neg_after_reach or NEG_AFTER_REACH) and (
                clause_of[ai] == clause_of[i] or ai > 0 and clause_of[ai - 1] == clause_of[i]
                and toks[ai].start == toks[ai - 1].end + 1):
            return True
    if lex.neg_suffixes:
        # (the first word, or the verb that ends the phrase: 'tahliye edilmedi', 'terk etmedi',
        # whose stem may be two letters; not a word of a phrase that holds a negation and
        # negates nothing, `negation.not`: 'kurtarılamadı', could not be saved, is a death)
        idioms = {x for a, b, _, _ in lex.negators_not.find(toks, max(0, i - 1), min(len(toks), j + 1))
                  for x in range(a, b)} if lex.negators_not.patterns else set()
        for k in {i, j - 1}:
            skip = 2 if k != i else 3
            if k in idioms:
                continue
            if 0 <= k < len(toks) and any(s in toks[k].low[skip:] for s in lex.neg_suffixes):
                return True
    return False


def _no_victim_subject(sent: "_Sent", lex: Lexicon, i: int) -> bool:
    """'None of the occupants was hurt', 'Keiner der Insassen wurde verletzt': a negative
    quantifier (`negation.subject`) a few words before a victim word in its clause says nobody
    was hurt; only for casualties ('none of the groups claimed the attack' still tells one)."""
    return any(nj <= i and i - nj <= lex.neg_subject_window and sent.clause_of[ni] == sent.clause_of[i]
               for ni, nj, _, _ in sent.scan.find("negsubj"))


DIRECTIVE_REACH = 8  # tokens from a verb of ordering to the arrest it orders
ADDRESS_REACH = 8    # tokens from a town to the unit named as its address ('à X et à Y, dans le cercle de Z')
DISCUSS_REACH = 6   # tokens from a verb of discussing to the truce discussed
WOUNDED_REACH = 5   # tokens between the wounded and the verb that evacuated them
CAPTIVE_REACH = 3   # tokens between a verb of seizing and the vessel or crew it seized


def _seized_captive(sent: "_Sent", i: int, j: int, captives: list) -> bool:
    """Is the object of the verb of seizing at tokens i..j a vessel, plane or crew (right after it,
    or right before it: 'the tanker was seized', 'gemiyi ele geçirdi'), with no place between?"""
    c = sent.clause_of[i]
    for ci, cj, _, _ in captives:
        if sent.clause_of[ci] != c:
            continue
        if 0 <= ci - j <= CAPTIVE_REACH and not any(k in sent.place_starts for k in range(j, ci)):
            return True
        if 0 <= i - cj <= CAPTIVE_REACH and not any(k in sent.place_starts for k in range(cj, i)):
            return True
    return False


def _place_in_clause(sent: _Sent, lex: Lexicon, i: int) -> bool:
    """Does the clause of token i name a place (not a country) or a place noun ('the town')?"""
    c = sent.clause_of[i]
    return any(sent.clause_of[k] == c and (k in sent.place_starts or t.low in lex.place_nouns)
               for k, t in enumerate(sent.toks))


_OF_YEAR = frozenset("de of del di von du des от".split())


def _of_past_year(toks: list[Tok], j: int, lex: Lexicon, this_year: int | None) -> bool:
    """Is the trigger ending at token j named by a past year right after it ('l'accord de paix de
    2015', 'la tregua del 2019', 'the truce of 2020')? Then it is history, not news."""
    k = j
    if k < len(toks) and toks[k].low in _OF_YEAR:
        k += 1
    if k < len(toks) and toks[k].low in lex.month_words:
        k += 1
        if k < len(toks) and toks[k].low in _OF_YEAR:
            k += 1
    if k == j or k >= len(toks) or not _YEAR_TOK.match(toks[k].low):
        return False
    return this_year is None or int(toks[k].low[:4]) < this_year


PLANNED_INSIDE = 5   # tokens of a short trigger phrase a future word inside it may sit among


def _planned(toks: list[Tok], i: int, lex: Lexicon, futures: list, clause_of: list[int],
             after: list = (), j: int | None = None) -> bool:
    """Is the trigger at token i (to j) told as a plan or a schedule ('will meet', 'akan
    bertemu', 'se réuniront', 'görüşecek', 'Переговоры … продолжатся', 'talks … next week')?
    A future word inside a short phrase counts ('penduduk akan dipindahkan'), and so does a
    future ending on the verb that ends it ('tahliye edilecek')."""
    j = i + 1 if j is None else j
    for fi, fj, _, _ in futures:
        if fj <= i and i - fj <= lex.future_window and clause_of[fi] == clause_of[i]:
            return True
        if i < fi and fj <= j and j - i <= PLANNED_INSIDE:
            return True
    for ai, _, _, _ in after:
        if i < ai <= i + FUTURE_AFTER and clause_of[ai] == clause_of[i]:
            return True
    return bool(lex.future_suffixes) and any(
        len(toks[k].low) > 5 and toks[k].low.endswith(lex.future_suffixes) for k in {i, j - 1})


def _time_anchor(sent: _Sent, lex: Lexicon, i: int, j: int) -> bool:
    """Is the trigger at tokens i..j named as the time of something else ('after the attack',
    'après l'attaque', 'operasyonun ardından', 'Usai ledakan,')? In a language with no
    article only a fronted phrase counts (a comma right after it)."""
    sc = sent.scan
    if not any(aj == i for _, aj, _, _ in sc.find("afterref")) and \
            not any(ai == j for ai, _, _, _ in sc.find("afterpost")):
        return False
    # ('après l'offensive éclair de Bakou en septembre 2023': with a date of its own it is a
    # background happening told, annotated as such)
    toks = sent.toks
    dated = {di for di, _, _, _ in sc.find("date")}
    for k in range(j, min(j + 6, len(toks))):
        if sent.clause_of[k] != sent.clause_of[i]:
            break
        if k in dated or toks[k].low in lex.month_words or _YEAR_TOK.match(toks[k].low):
            return False
    if lex.after_ref_fronted:
        # (or the trigger's victim named right after it before the comma: 'Selepas kematian
        # Ahmad Rizal,', 'Pasca penembakan Brigadir Yosua,')
        named = next((k for k in range(j + 1, min(j + 1 + FRONTED_NAME, len(toks) + 1))
                      if k in sent.breaks or k >= len(toks)), None)
        return j in sent.breaks or j >= len(toks) or (j + 1) in sent.breaks and toks[j].low in lex.anaphora_after \
            or named is not None and all(toks[k].text[:1].isupper() for k in range(j, named))
    return True


FRONTED_NAME = 5     # tokens of a name after a fronted 'after' trigger before its comma


FUNERAL_AFTER = 6    # tokens from the victims to the verb of their burial after them ('victimes ont été inhumées')
FUNERAL_REACH = 3    # tokens from a funeral word to the victims it buries ('funerals of the victims')


def _funeral_of(sent: _Sent, lex: Lexicon, i: int, j: int) -> bool:
    """Are the victims at tokens i..j those of a funeral word right before them in their clause
    ('the funerals of the soldiers killed', 'i funerali delle vittime'), or right after them
    where the head comes last ('Şehitlerin cenazeleri')? Then they were told before."""
    m = lex.phrases("funeral")
    if not m.patterns:
        return False
    c = sent.clause_of[i]
    # (or, told after them, the verb of their burial: 'Les quatre victimes … ont été inhumées',
    # 'the victims were buried on Friday')
    return any(sent.clause_of[fi] == c and (0 <= i - fj <= FUNERAL_REACH or lex.content_before and 0 <= fi - j <= 1
                                            or 0 <= fi - j <= FUNERAL_AFTER)
               for fi, fj, _, _ in lex.matches("p:funeral", sent.toks, sent.scan))


FORECAST_REACH = 8   # tokens from a warning's verb to the toll's forecast it utters


def _toll_forecast(sent: _Sent, lex: Lexicon, i: int, j: int, typ: str) -> bool:
    """Does the trigger at i..j only say that a toll may rise (`toll_forecast`: 'warned the toll
    could rise further', 'le bilan risque de s'alourdir', 'число погибших может вырасти')? A
    warning whose clause (or the clause right after it) holds a forecast, or a toll word with
    no figure in the forecast's clause: no happening of its own."""
    m = lex.phrases("toll_forecast")
    if not m.patterns:
        return False
    found = lex.matches("p:toll_forecast", sent.toks, sent.scan)
    if not found:
        return False
    c = sent.clause_of[i]
    if typ == "accusation_statement":
        return any(0 <= fi - j <= FORECAST_REACH and sent.clause_of[fi] in (c, c + 1) for fi, _, _, _ in found)
    return any(sent.clause_of[fi] == c and abs(fi - i) <= FORECAST_REACH for fi, _, _, _ in found) \
        and not any(t.text[:1].isdigit() and sent.clause_of[k] == c for k, t in enumerate(sent.toks))


MEMORIAL_REACH = 3   # tokens from a memorial word to the victims it names ('recalls the eight dead')


def _memorial_of(sent: _Sent, lex: Lexicon, i: int, j: int) -> bool:
    """Are the victims at tokens i..j those a memorial right before them in their clause names
    ('where a plaque recalls the eight dead', 'une stèle rappelle les huit victimes', 'in memory
    of the 19 killed'), or right after them where the head comes last ('ölen 8 kişinin anısına')?
    Then they are the dead of a happening told before (or long past): no toll of its own."""
    m = lex.phrases("memorial")
    if not m.patterns:
        return False
    c = sent.clause_of[i]
    return any(sent.clause_of[fi] == c and (0 <= i - fj <= MEMORIAL_REACH
                                            or lex.content_before and 0 <= fi - j <= MEMORIAL_REACH)
               for fi, fj, _, _ in lex.matches("p:memorial", sent.toks, sent.scan))


CHARGE_REACH = 3   # tokens from a charge phrase to the crime it names ('sentenced for murder and kidnapping')


def _inside_name(toks: list[Tok], i: int, lex: Lexicon) -> bool:
    """Is the trigger word at token i, capitalised inside its sentence, part of a longer name
    ('Asociación Catalana de Víctimas del Terrorismo', 'Committee for the Victims of …'): after
    'de', 'of', 'for the' (fillers) that follow a capitalised word? Not where every noun is
    capitalised."""
    if lex.capitalised_nouns or i < 2 or not toks[i].text[:1].isupper() or toks[i].text.isupper():
        return False
    k = i - 1
    while k > 0 and toks[k].low in lex.fillers and toks[k].text.islower() and i - k <= 2:
        k -= 1
    # (a named operation, 'Pençe-Kilit Operasyonu', 'Storm Operation', is a happening: only a
    # trigger after a joining word of the name counts)
    return 0 < k < i - 1 and toks[k].text[:1].isupper() and toks[k].text.isalpha() \
        and not toks[k].text.isupper()


def _charged_tokens(sent: _Sent, lex: Lexicon) -> set[int]:
    """Tokens that name a crime as a charge or a sentence ('convicted of murder', 'purgaba
    varias sentencias por homicidio y secuestro', 'adam öldürme suçundan'): the crime named
    right after a `charges.before` phrase or right before a `charges.after` word, in its clause."""
    sc = sent.scan
    out: set[int] = set()
    for ci, cj, _, _ in sc.find("charge"):
        end = min(cj + CHARGE_REACH, len(sent.toks))
        # ('narapidana kasus teror bom buku dan rencana peledakan', 'convicted of murder and
        # attempted bombing'): a list of crimes joined by 'and' is charged to its last item
        k = cj
        while k <= end and k < len(sent.toks):
            if sent.toks[k].low in lex.coordinators and sent.clause_of[k] == sent.clause_of[ci]:
                end = min(k + 1 + CHARGE_REACH, len(sent.toks))
            k += 1
        out.update(k for k in range(cj, end) if sent.clause_of[k] == sent.clause_of[ci])
    for ci, _, _, _ in sc.find("chargeafter"):
        out.update(k for k in range(max(0, ci - CHARGE_REACH), ci) if sent.clause_of[k] == sent.clause_of[ci])
    return out


def _compared(sent: _Sent, i: int, j: int) -> bool:
    """Is the trigger at tokens i..j the noun of a comparison with the past: a superlative or
    'first' shortly before it and 'since' shortly after it ('one of the deadliest attacks since
    the war began', 'the first strike on the capital since January')?"""
    sc = sent.scan
    superl = [sj for si, sj, _, _ in sc.find("superl") if 0 <= i - sj <= 2 and sent.clause_of[si] == sent.clause_of[i]]
    if not superl:
        return False
    return any(0 <= k - j <= SUPERLATIVE_REACH + 2 for k, _, _, _ in sc.find("since") + sc.find("background"))


def _protest_content(items: list) -> list:
    """What protesters demand or denounce after the protest is named ('rallied … and demanded
    the government's resignation') is the protest's content, not a statement of its own."""
    first = min((it[2] for it in items if it[0] == "protest" and not it[4]), default=None)
    if first is None:
        return items
    return [it for it in items if not (it[0] in ("appeal_demand", "accusation_statement") and it[2] > first)]


CROWD_ARMED_REACH = 2   # tokens between a crowd word and the word of arms that makes it a band of gunmen


REACTION_REACH = 2   # tokens between a happening's noun and the verb of a reaction to it


def _reaction_subjects(items: list, sent: _Sent) -> list:
    """'The attack sparked outrage across Ireland', "L'attentat a suscité l'indignation dans tout
    le pays": a happening whose word is followed, in its clause, by words of outrage or
    condemnation (`reaction_after`) is the subject of that reaction, told before: no happening of its own (nor
    is the place of the reaction its scene). Tolls stay (the reaction says nothing of them)."""
    found = sent.scan.find("reaction")
    if not found:
        return items
    return [it for it in items if it[0] == "casualties" or it[4] or not any(
        0 <= ri - it[3] <= REACTION_REACH and sent.clause_of[ri] == sent.clause_of[it[2]]
        for ri, _, _, _ in found)]


def _unarmed_crowds(sent: _Sent) -> list:
    """The crowd words of a sentence that name no armed band ('armed youths', 'tiga pemuda
    bersenjata', 'jóvenes fuertemente armados' are gunmen: what they do is an attack)."""
    armed = sent.scan.find("crowdarmed")
    if not armed:
        return sent.scan.find("crowd")
    return [c for c in sent.scan.find("crowd")
            if not any(c[0] - CROWD_ARMED_REACH <= aj <= c[0] or c[1] <= ai <= c[1] + CROWD_ARMED_REACH - 1
                       for ai, aj, _, _ in armed)]


def _crowd_attacks(items: list, sent: _Sent) -> list:
    """Crowds that attack ('protesters attacked the embassy', 'clashes between demonstrators and
    the police'): the attack is the demonstration's violence, one violent protest. (A crowd word
    beside people killed may name the victims: 'supporters were killed in an attack'.)"""
    protest_clauses = {sent.clause_of[it[2]] for it in items if it[0] == "protest" and not it[4]}
    killed = any(it[0] == "casualties" and not it[4] for it in items)
    crowds = () if killed else _unarmed_crowds(sent)
    for it in items:
        if it[0] == "armed_clash" and not it[4] and (sent.clause_of[it[2]] in protest_clauses or any(
                cj <= it[2] <= cj + CROWD_REACH and sent.clause_of[ci] == sent.clause_of[it[2]]
                for ci, cj, _, _ in crowds)):
            it[0], it[1] = "protest", "violent"
        # a crowd that storms or holds a building ('supporters of the opposition hold the
        # government buildings') occupies it in protest; it takes no territory
        elif it[0] == "territory_change" and not it[4] and any(
                cj <= it[2] <= cj + CROWD_REACH and sent.clause_of[ci] == sent.clause_of[it[2]]
                for ci, cj, _, _ in crowds):
            it[0], it[1] = "protest", "violent"
    # a crowd that burns or wrecks ('the mob torched the police station', 'толпа снесла памятник')
    # riots; it is no damage of war
    for it in items:
        if it[0] == "other" and it[1] in DAMAGE and not it[4] and any(
                cj <= it[2] <= cj + CROWD_REACH and sent.clause_of[ci] == sent.clause_of[it[2]]
                for ci, cj, _, _ in crowds):
            it[0], it[1] = "protest", "violent"
    # what the rioters burned or wrecked is the riot's violence ('attacked the embassy, setting
    # fire to its gate')
    if any(it[0] == "protest" and it[1] == "violent" for it in items):
        for it in items:
            if it[0] == "other" and it[1] in DAMAGE and not it[4]:
                it[0], it[1] = "protest", "violent"
    return items


def _judicial(items: list, sent: _Sent, lex: Lexicon) -> list:
    """'was hanged after his trial', 'Ankara'da idam edildi', 'dihukum gantung': a killing whose
    words are those of an execution the state carries out after a sentence is no casualty of an
    attack; it is told as other (its dead kept). Only a killing item the execution phrase covers
    turns: a toll the same sentence names for the crime ('sentenced to death for the bombing that
    killed 202') stays a toll."""
    if not lex.phrases("judicial_execution").patterns:
        return items
    spans = [(fi, fj) for fi, fj, _, _ in lex.matches("p:judicial_execution", sent.toks, sent.scan)]
    if not spans:
        return items
    for it in items:
        if it[0] in ("casualties", "armed_clash") and not it[4] and any(
                fi <= it[2] < fj or it[2] <= fi < it[3] for fi, fj in spans):
            it[0], it[1] = "other", "execution"
    return items


TARGET_REACH = 4   # tokens between a bombing and the gathering it struck ('a suicide bombing at a peace rally')


_ATTACK_ON = frozenset("on against auf gegen contre contra contro на против terhadap atas".split())


def _struck_gathering(items: list, sent: _Sent) -> list:
    """A gathering named as a bombing's target ('a suicide bombing at a peace rally', 'barış
    mitingine yönelik intihar saldırısı', 'un attentat contre un rassemblement') is where the
    bomb went off, not a protest reported of its own. A crowd word ('protesters threw a
    grenade') still names protesters."""
    bombs = [it for it in items if it[0] == "shelling_airstrike" and not it[4]]
    # ('bei dem Angriff auf eine Kundgebung', 'the knife attack on a rally'): an attack whose
    # object the gathering is struck it too
    bombs += [it for it in items if it[0] == "armed_clash" and not it[4] and it[3] < len(sent.toks)
              and sent.toks[it[3]].low in _ATTACK_ON]
    if not bombs:
        return items
    crowd = [(ci, cj) for ci, cj, _, _ in sent.scan.find("crowd")]

    def struck(it) -> bool:
        if it[0] != "protest" or it[4] or any(ci <= it[2] < cj for ci, cj in crowd):
            return False
        return any(sent.clause_of[b[2]] == sent.clause_of[it[2]] and (
            0 <= it[2] - b[3] <= TARGET_REACH or 0 <= b[2] - it[3] <= TARGET_REACH) for b in bombs)
    return [it for it in items if not struck(it)]


# words that join a truce to the talks about it ('talks on a ceasefire', 'négociations sur un
# cessez-le-feu', 'переговоры о перемирии', 'rundingan mengenai gencatan senjata')
_TOPIC_JOIN = frozenset("on for over about of a an the sur un une le la l d de du des pour über einen "
                        "eine einer die den einem sobre una el del para su il lo per sul sulla della "
                        "о об по untuk mengenai tentang bagi soal".split())
TOPIC_REACH = 3    # tokens from talks to the truce they are about


def _truce_talked(items: list, sent: _Sent, lex: Lexicon | None = None) -> list:
    """A ceasefire named as what talks are about ('ceasefire talks in Cairo', 'rundingan gencatan
    senjata di Kaherah', 'négociations sur un cessez-le-feu') is the talks' topic: the talks are
    the event, no truce was agreed."""
    talks = [it for it in items if it[0] == "talks_meeting" and not it[4]]
    # ('bertemu … bagi membincangkan usaha pemulihan dan gencatan senjata', 'met to discuss a
    # ceasefire'): a truce a few words after a verb of discussing, in its clause, is a topic
    discuss = sent.scan.find("discuss") if sent.scan is not None else []
    items = [it for it in items if not (it[0] == "ceasefire_agreement" and not it[4] and any(
        sent.clause_of[di] == sent.clause_of[it[2]] and (0 <= it[2] - dj <= DISCUSS_REACH or (
            lex is not None and lex.content_before and 0 <= di - it[3] <= 2))
        for di, dj, _, _ in discuss))]
    if not talks:
        return items
    toks = sent.toks

    def joined(a: int, b: int) -> bool:       # tokens a..b only joining words
        return 0 <= b - a <= TOPIC_REACH and all(toks[k].low in _TOPIC_JOIN for k in range(a, b)) \
            and not any(a < k <= b for k in sent.breaks)

    def topic(it) -> bool:
        return it[0] == "ceasefire_agreement" and not it[4] and any(
            joined(t[3], it[2]) or joined(it[3], t[2]) for t in talks)
    return [it for it in items if not topic(it)]


def _fire_of_strike(items: list) -> list:
    """A fire told beside the strike that lit it ('a fire broke out at the depot after a drone
    attack', 'в результате атаки дрона возник пожар') is the strike's damage: the strike is the
    event, the fire no second one; so is a fire told beside another happening ('escaped from the
    prison, where a fire broke out'). A fire told alone stays a destruction ('other'). Buildings
    left destroyed ('quedaron destruidas', 'edifici devastati', 'rumah ... terbakar') are listed
    with the fires (other/fire): a strike's damage beside it, a destruction of their own alone."""
    if not any(not it[4] and (it[0] in VIOLENT or it[0] == "other" and it[1] != "fire")
               for it in items):
        return items
    return [it for it in items if not (it[0] == "other" and it[1] == "fire")]


def _release_content(items: list) -> list:
    """Hostages handed over, prisoners released, prison gates opened: the release is the news;
    the captives and the handing over are its content, not a detention or a transfer of
    territory (an arrest told before the release is news of its own: 'arrested ten and
    released five')."""
    released = [it[2] for it in items if it[0] == "other" and it[1] == "release" and not it[4]]
    # ('Dua wanita yang diculik … berjaya diselamatkan', 'the two women kidnapped in May were
    # rescued'): captives rescued are released too; their kidnapping is who they are
    rescued = [it[2] for it in items if it[0] == "other" and it[1] == "evacuation" and not it[4]]
    if rescued and not released and any(it[0] == "capture_detention" and it[1] != "arrest" and not it[4]
                                        and it[2] < rescued[0] for it in items):
        return [it for it in items if not (it[0] == "capture_detention" and it[1] != "arrest"
                                            and it[2] < rescued[0])]
    if not released:
        return items
    # ('Задержанных отпустили': the detained right before the release are its object, no arrest)
    return [it for it in items if not (
        it[0] == "capture_detention" and (it[1] != "arrest" or it[2] > released[0]
                                          or 0 <= released[0] - it[3] <= 2)
        or it[0] == "territory_change" and it[1] == "handover")]


def _arrest_context(items: list, sent: _Sent, lex: Lexicon) -> list:
    """Detentions told with the operation that made them ('in operations in Istanbul and Konya
    many suspects were detained', 'в ходе спецоперации задержаны') or with the happening their
    suspects are tied to ('detained seven suspects in connection with the attack', 'saldırıyla
    bağlantılı yedi şüpheli gözaltına alındı'): the detentions are the news; the operation is
    their manner and the attack their reason, told before, no armed clash or strike here."""
    caps = [it for it in items if it[0] == "capture_detention" and it[1] != "abduction" and not it[4]]
    if not caps:
        return items
    toks = sent.toks
    clauses = {sent.clause_of[c[2]] for c in caps}
    ops = {k for i, j, _, _ in lex.matches("arrestops", toks, sent.scan) for k in range(i, j)}
    links = lex.matches("arrestlink", toks, sent.scan)

    def linked(i: int, j: int) -> bool:
        for li, lj, _, _ in links:
            if sent.clause_of[li] != sent.clause_of[i]:
                continue
            if 0 <= i - lj <= 2 and all(toks[k].text.isalpha() and toks[k].text.islower()
                                        for k in range(lj, i)):
                return True          # 'in connection with the attack'
            if lex.content_before and 0 <= li - j <= 1:
                return True          # 'saldırıyla bağlantılı'
        return False
    return [it for it in items if not (
        it[0] in VIOLENT and not it[4] and (
            # (a fronted operation: 'In raids in X and Y, police detained …')
            it[0] == "armed_clash" and it[2] in ops and (sent.clause_of[it[2]] in clauses
                                                         or sent.clause_of[it[2]] + 1 in clauses)
            or sent.clause_of[it[2]] in clauses and linked(it[2], it[3])))]


def _victim_at_rally(items: list, sent: _Sent, lex: Lexicon) -> list:
    """'a 19-year-old was shot dead while taking part in a rally', 'maut ditembak ketika
    menyertai perhimpunan', 'bir gösteriye katılırken vurularak öldü': the rally the victim
    was at is who the victim was; the killing is the news, no protest of its own."""
    if not any(it[0] == "casualties" and not it[4] for it in items):
        return items
    parts = sent.scan.find("takingpart")
    if not parts:
        return items

    def joined(i: int, j: int) -> bool:
        return any(0 <= i - pj <= 3 or lex.content_before and 0 <= pi - j <= 2 for pi, pj, _, _ in parts)
    return [it for it in items if not (it[0] == "protest" and not it[4] and joined(it[2], it[3]))]


SPEAKER_AT_REACH = 3   # tokens from 'who was attending', 'находившийся на' to the meeting it names


def _speaker_at_meeting(items: list, sent: _Sent, lex: Lexicon) -> list:
    """'Yeltsin, who was attending the G7 summit in Halifax, called the raid …', 'Ельцин,
    находившийся на встрече «большой семёрки» в Галифаксе, назвал …': a meeting named as where
    someone was, in an aside opened by one of `speaker_at`, tells where a statement came from, no
    meeting of its own."""
    if not any(it[0] == "talks_meeting" for it in items):
        return items
    # (an aside: the phrase opens a clause, 'Yeltsin, who was attending …')
    at = [(ai, aj) for ai, aj, _, _ in lex.matches("p:speaker_at", sent.toks, sent.scan) if ai in sent.breaks]
    if not at:
        return items
    return [it for it in items if not (it[0] == "talks_meeting" and any(
        0 <= it[2] - aj <= SPEAKER_AT_REACH and sent.clause_of[it[2]] == sent.clause_of[ai]
        for ai, aj in at))]


def _since_opens(text: str, sent: _Sent, si: int, i: int) -> bool:
    """Is 'since' at token si a clause word right after the clause of token i ('occupied by the
    rebels since 2014'), not the start of an aside after a comma ('Aghdam, città fantasma dal
    1993')?"""
    toks = sent.toks
    return si in sent.breaks and sent.clause_of[si] == sent.clause_of[i] + 1 and not _CLAUSE_PUNCT.search(
        text, toks[si - 1].end, toks[si].start)


SITE_REACH = 2    # tokens between a site phrase and the happening it names ('the site of the explosion')


def _site_named(items: list, sent: _Sent, lex: Lexicon) -> list:
    """'Students gathered at the site of the explosion to protest', 'se sont rassemblés sur les
    lieux de l'attentat', "patlamanın yaşandığı noktada toplandı": a violent happening named as
    the spot where another happening takes place is the one told before; beside that other
    happening of the sentence it is no news of its own."""
    toks = sent.toks
    before = [sj for _, sj, _, _ in sent.scan.find("sitebefore")]
    after = [si for si, _, _, _ in sent.scan.find("siteafter")]
    if not before and not after:
        return items

    def named(it) -> bool:
        return it[0] in VIOLENT and (any(0 <= it[2] - sj <= SITE_REACH for sj in before)
                                     or any(0 <= si - it[3] <= SITE_REACH for si in after))
    if not any(not it[4] and it[0] not in VIOLENT and it[0] != "casualties" for it in items):
        return items
    return [it for it in items if not named(it)]


def _troop_strength(text: str, sent: _Sent, lex: Lexicon) -> bool:
    """'Germany has about 900 soldiers in the mission', 'Washington compte environ 800 militaires
    au Niger', 'ist mit rund 900 Soldaten an der Mission beteiligt': a verb of having, then only a
    figure (and words of approximation), then a troop noun: a force's standing strength, told as
    background; its stationing in the same sentence is no deployment told as news. ('has deployed
    900 soldiers': a verb between, news.)"""
    if not lex.strength_nouns:
        return False
    toks = sent.toks
    found = lex.matches("strength", toks, sent.scan)
    if not found:
        return False
    figures = {k for nm in numbers(text, toks, lex, scan=sent.scan) for k in range(nm.i, nm.j)}
    for _, vj, _, _ in found:
        k, seen_figure = vj, False
        while k < len(toks) and k - vj <= 5 and (k in figures or toks[k].low in lex.strength_approx):
            seen_figure |= k in figures
            k += 1
        if seen_figure and k < len(toks) and toks[k].low in lex.strength_nouns:
            return True
    return False


def _attributed(items: list, sent: _Sent, lex: Lexicon) -> list:
    """'atribuyó el ataque en Antioquia al Clan del Golfo', 'Le JNIM a revendiqué l'attaque',
    'saldırıyı PKK üstlendi': an attack that is the object of a verb attributing or claiming it
    is the one the article has told; the attribution is the news."""
    found = sent.scan.find("attrib")
    if not found:
        return items
    toks = sent.toks

    def obj(i: int, j: int) -> bool:
        for ai, aj, _, _ in found:
            if sent.clause_of[ai] != sent.clause_of[i]:
                continue
            if aj <= i <= aj + ATTRIB_REACH and all(toks[k].low in lex.fillers or toks[k].low in lex.anaphora_before
                                                    for k in range(aj, i)):
                return True
            if lex.content_before and 0 <= ai - j <= ATTRIB_REACH:
                return True          # Turkish: the object before its verb
        return False
    # 'L'attaque n'a pas été revendiquée', 'No group has claimed the attack in X', 'Nadie se ha
    # atribuido el atentado': an attack nobody claimed is one told before (or background), never
    # news of its own, even with a place after it; its subject may come first (a passive)
    negs, negafter = sent.scan.find("neg"), sent.scan.find("negafter")
    unclaimed = [(ai, aj) for ai, aj, _, _ in found
                 if _negated(toks, ai, aj, lex, negs, (), sent.clause_of, negafter, sent.breaks)]

    def disowned(i: int, j: int) -> bool:
        return any(sent.clause_of[ai] == sent.clause_of[i] and (
            aj <= i <= aj + ATTRIB_REACH or 0 <= ai - j <= UNCLAIMED_REACH) for ai, aj in unclaimed)
    return [it for it in items if not (it[0] in VIOLENT and not it[4] and (
        disowned(it[2], it[3]) or obj(it[2], it[3]) and not _claimed_placed(sent, lex, it[2])))]


def _claimed_placed(sent: _Sent, lex: Lexicon, i: int) -> bool:
    """'Hezbollah ha rivendicato il lancio di razzi … contro postazioni militari in Galilea': an
    attack claimed right after the verb of claiming that names a place of its own after it (by a
    cue) is a happening told here, not only re-named."""
    if lex.content_before:
        return False
    return any(sent.clause_of[ai] == sent.clause_of[i] and aj <= i <= aj + ATTRIB_REACH
               for ai, aj, _, _ in sent.scan.find("attrib")) and any(
        c.clause == sent.clause_of[i] and c.tok > i and c.cue for c in sent.cands)


def _condemned(items: list, sent: _Sent, lex: Lexicon, text: str) -> list:
    """'condemned the attacks', 'verurteilte die Angriffe', 'a dénoncé une attaque barbare': an
    attack that is the direct object of a statement verb (only articles between) is the one the
    article tells as fact, or no news at all; the statement is the news. ('condemned the
    shelling of Goris': with a place of its own right after it, the attack is kept.)"""
    toks = sent.toks
    said = [it for it in items if it[0] == "accusation_statement" and not it[4]]
    if not said:
        return items

    def obj(i: int) -> bool:
        return any(o[3] <= i <= o[3] + ATTRIB_REACH and sent.clause_of[o[2]] == sent.clause_of[i]
                   and all(toks[k].low in lex.fillers or toks[k].low in lex.anaphora_before
                           for k in range(o[3], i)) for o in said)

    def obj_before(i: int, j: int) -> bool:
        # the object before its verb (Turkish: 'saldırıları "pervasız" olarak kınadı'): a few
        # words between, or a quoted characterisation of any length in the same clause
        return any(sent.clause_of[o[2]] == sent.clause_of[i] and 0 <= o[2] - j and (
            o[2] - j <= ATTRIB_REACH
            or o[2] - j <= QUOTED_REACH and text[toks[j - 1].end:toks[j].start].strip()[:1] in QUOTES)
            for o in said)
    # ('condemned the shelling of Goris': a place right after the attack is its scene, news;
    # but only when the article has not told an attack there already: `_dedupe` folds it into
    # that one, see sent.condemned)
    # (an adverb may come between: 'mengutuk keras serangan di Marawi', 'condenó enérgicamente el
    # ataque en Quito': folding into an attack already told there is safe, dropping is not)
    def near_obj(i: int) -> bool:
        return any(o[3] <= i <= o[3] + ATTRIB_REACH and sent.clause_of[o[2]] == sent.clause_of[i]
                   for o in said)
    placed = [it for it in items if it[0] in VIOLENT and not it[4] and near_obj(it[2])
              and any(k in sent.place_starts for k in range(it[3], it[3] + 2))]
    sent.condemned = {it[2] for it in placed}
    return [it for it in items if not (it[0] in VIOLENT and not it[4] and (
        obj(it[2]) and it not in placed
        or lex.content_before and it[3] < len(toks) and obj_before(it[2], it[3])))]


def _apposed_deployments(items: list, sent: _Sent, text: str) -> list:
    """A deployment word opening an aside right after a comma, in a sentence that reports an attack
    ('missiles at the carrier Truman, deployed in the Red Sea'), says where the target was, not
    that troops were sent."""
    toks = sent.toks
    attack = min((it[2] for it in items if (it[0] in VIOLENT or it[0] == "casualties") and not it[4]),
                 default=None)
    if attack is None:
        return items
    return [it for it in items if not (
        it[0] == "military_alert_deployment" and it[2] > attack and it[2] in sent.breaks
        and "," in text[toks[it[2] - 1].end:toks[it[2]].start])]


def _same_content(sent: _Sent, lex: Lexicon, i: int, k: int, j: int | None = None) -> bool:
    """Is token k in the clause of token i, or in clauses that only continue it through a
    complementiser ('pidió a ambas partes que respeten …', 'urged them to …')? A trigger that
    closes its clause (ending at token j: 'forderte die Partner auf, mehr Waffen zu liefern')
    has the clause right after it, when only punctuation opens that clause, as its content."""
    ci, ck = sent.clause_of[i], sent.clause_of[k]
    for start in sorted(sent.breaks):
        if i < start <= k and start not in sent.glosses and sent.toks[start].low not in lex.complementizers and not (
                start == j and not any(ci == start for ci, _, _, _ in sent.scan.find("clause"))):
            return False
    return ck >= ci


def _subtype(typ: str, forced: str | None, cues: set[str], extra: set[str]) -> str | None:
    if forced:
        return forced
    subs = (event_types().get(typ) or {}).get("subtypes") or {}
    for name in subs:
        if name in cues or name in extra:
            return name
    return None


def _day_dated(sent: _Sent, lex: Lexicon) -> bool:
    """Does the sentence give a calendar day ('on 19 August', '19 Agustus', 'le 3 mars') that no
    'since' opens (not 'since 24 February', the start of a tally)?"""
    return bool(_day_clauses(sent, lex))


def _day_clauses(sent: _Sent, lex: Lexicon) -> set[int]:
    """The clauses of the sentence that give a calendar day no 'since' opens."""
    toks = sent.toks
    since_ends = {j for _, j, _, _ in sent.scan.find("since")}
    out: set[int] = set()
    for k, t in enumerate(toks):
        if t.low.isdigit() and 1 <= int(t.low) <= 31 and (
                (k + 1 < len(toks) and toks[k + 1].low in lex.month_words)
                or (k > 0 and toks[k - 1].low in lex.month_words)):
            if not any(0 <= k - e <= 2 for e in since_ends):
                out.add(sent.clause_of[k])
    return out


def _background_clauses(sent: _Sent, lex: Lexicon) -> tuple[set[int], list[int]]:
    """Clauses that tell a running total or a past point, not a happening ('a war that has
    killed …', 'held since 2013', 'since January, when a deputy leader was killed in X'): no
    event of theirs, and their places are no scene for a happening told elsewhere. Also the
    tokens of 'since <year>' whose nearby words only are background. (Found once per sentence:
    it reads only the sentence's tokens and scan; the analysis and the drafts both ask.)"""
    if sent.background_found is None:
        sent.background_found = _find_background_clauses(sent, lex)
    return sent.background_found


def _find_background_clauses(sent: _Sent, lex: Lexicon) -> tuple[set[int], list[int]]:
    toks, sc = sent.toks, sent.scan
    trig = sc.longest("trig")
    superl = sc.find("superl")

    def compared(i: int, j: int) -> bool:
        """'the deadliest attack since the war began', 'savaşın başından bu yana en ağır
        saldırı': a superlative beside the phrase in its clause; the sentence tells news. (A
        bare 'since <year>' only silences the words right before it: it is left alone.)"""
        return any((0 <= i - sj <= SUPERLATIVE_REACH or 0 <= si - j <= SUPERLATIVE_REACH)
                   and sent.clause_of[si] == sent.clause_of[i] for si, sj, _, _ in superl)
    # ('Depuis lundi soir, les violences ont fait cinq morts', 'since Monday the clashes have
    # killed five'): a tally since a day of this week is the toll of the happening in the news,
    # no running total of a war
    recent = {sent.clause_of[k] for si, sj, _, _ in sc.find("since")
              for di, dj, (kind, _), _ in sc.find("date")
              if kind in ("wday", "rel") and (0 <= di - sj <= 1 or 0 <= si - dj <= 1)
              for k in (si, di)}
    ongoing = {sent.clause_of[oi] for oi, _, _, _ in sc.find("ongoing")}
    # (every clause the phrase spans: 'hostilités | qui ont fait 3 800 morts')
    background = {sent.clause_of[k] for i, j, _, _ in sc.find("background") if not compared(i, j)
                  and not (recent and (sent.clause_of[i] in recent or 0 in recent))
                  and not (i > 0 and toks[i - 1].low in lex.background_attributive)
                  and sent.clause_of[i] not in ongoing
                  for k in range(i, j)}
    # ('Since then, riots broke out in X and Y on 19 August'): a phrase opening the sentence
    # before a happening with its own calendar day tells what came next, no running total
    opening = [(i, j) for i, j, _, _ in sc.find("background") if i == 0]
    if opening and 0 in background and _day_dated(sent, lex):
        background -= {sent.clause_of[k] for i, j in opening for k in range(i, j)}
    elif 0 in background and not (not opening and _day_clauses(sent, lex) - background):
        # fronted ('Since the start of the war, …'): the whole sentence; but a phrase closing the
        # first clause ('The unit had paid a high price in recent months: on 14 July a corporal
        # was killed …') leaves a later clause with a calendar day of its own: that day's happening
        background = set(sent.clause_of)
    # ('28,900 have been killed since the war broke out', where 'since' opens a clause): the
    # tally the phrase follows is background too
    since_starts = {si for si, _, _, _ in sc.find("since")}
    for i, j, _, _ in sc.find("background"):
        if i > 0 and i in since_starts and sent.clause_of[i] in background and any(
                cj == i for _, cj, _, _ in sc.find("count")):
            background.add(sent.clause_of[i - 1])
    # 'held since 2013', 'seit Februar 2022 besetzt', 'desde noviembre de 2023 han atacado':
    # a state or a tally since a past year, not a happening (fronted: the whole sentence)
    # ('sejak operasi militer 2017', 'since the 2020 war': the happening named between them)
    in_trig = {k for ti, tj, _, _ in trig for k in range(ti, tj)}
    since_at: list[int] = []
    for i, j, _, _ in sc.find("since"):
        k = j
        months = 0
        while k < min(j + 4, len(toks)) and (toks[k].low in lex.month_words or toks[k].low in _SINCE_FILL
                                              or k in in_trig or _named_year(toks, k)):
            months += toks[k].low in lex.month_words
            k += 1                   # 'seit Februar 2022', 'desde noviembre de 2023'
        year = k < len(toks) and bool(_YEAR_TOK.match(toks[k].low)) and sent.clause_of[k] == sent.clause_of[i]
        if year:
            k += 1
        elif not months:             # 'since January' is a past point too
            continue
        if i == 0:
            background |= set(sent.clause_of)
        elif year:
            since_at.append(i)       # a past year: the words near it (below)
        else:
            if sent.clause_of[i] not in background:
                sent.since_month.add(sent.clause_of[i])
            background.add(sent.clause_of[i])
        # '1,200 people have been killed since October': the tally the date follows
        # (not a word a 'not trigger' holds: 'non si sono mai fermati dall'ottobre' = never stopped)
        if i > 0 and any(cj == i and not any(ni <= ci < nj for ni, nj, _, _ in sc.find("nontrig"))
                         for ci, cj, _, _ in sc.find("count")):
            background.add(sent.clause_of[i - 1])
            sent.since_month.discard(sent.clause_of[i - 1])
        # 'the first strike since January, when a deputy leader was killed': the clause that
        # tells that point is background too
        if k < len(toks) and k in sent.breaks and toks[k].low in lex.since_when:
            background.add(sent.clause_of[k])
    return background, since_at


def _days_long(toks: list[Tok], lex: Lexicon, i: int) -> bool:
    """Is the violent word at token i measured in days, weeks or months ('five days of fighting
    that claimed 35 lives', 'lima hari pertempuran', 'cinq jours de combats', 'days of clashes')?
    A toll told on it is a total across that span, no toll of one happening. A unit word that is
    a span only with a figure (Malay 'hari' is also 'the day') needs one before it."""
    d = lex.__dict__.get("_duration")
    if d is None:
        nums = lex.data.get("numbers") or {}
        words = {fold(str(w)) for key in ("units", "scale", "vague", "about", "add")
                 for w in (nums.get(key) or {})}
        d = lex._duration = (frozenset(fold(str(w)) for w in lex.data.get("duration_units") or ()),
                             frozenset(fold(str(w)) for w in lex.data.get("duration_spans") or ()),
                             frozenset(words))
    units, spans, numerals = d

    def span_at(k: int) -> bool:
        w = toks[k].low
        return w in spans or w in units and k > 0 and (
            toks[k - 1].low in numerals or toks[k - 1].low in spans
            or toks[k - 1].low.replace(",", "").replace(".", "").isdigit())
    # (right before it, or with a short 'of' between: not 'on the first day of the conflict,
    # rockets …')
    return i > 0 and span_at(i - 1) or i > 1 and len(toks[i - 1].low) <= 3 and span_at(i - 2)


def _tally_since(sent: _Sent, lex: Lexicon, i: int, j: int) -> bool:
    """Does the attack at tokens i..j count its targets ('have attacked more than 100 ships',
    'ont attaqué plus de 100 navires') with a 'since <month|year>' in its sentence?
    Then it is a running tally, however far the date."""
    toks, sc = sent.toks, sent.scan
    nums = {ni for ni, _, _, _ in sc.find("num")} | {
        k for k in range(max(0, i - 6), min(j + 4, len(toks))) if toks[k].low.replace(",", "").replace(".", "").isdigit()}
    # (after the verb, or before it in its clause: 'haben … mehr als 100 Schiffe angegriffen')
    if not any((j <= k <= j + 3 or i - 6 <= k < i) and sent.clause_of[k] == sent.clause_of[i]
               for k in nums if k < len(toks)):
        return False
    superl = sc.find("superl")
    for si, sj, _, _ in sc.find("since"):
        if any(0 <= si - xj <= SUPERLATIVE_REACH for _, xj, _, _ in superl):
            continue                 # 'the first such attack since 2020': weighed, not tallied
        window = [t.low for t in toks[sj:sj + 4]]
        if any(w in lex.month_words or _YEAR_TOK.match(w) for w in window):
            return True
    return False


TOLL_PRONOUN_RAW = "toll_pronoun"   # the pattern of a toll told by its pronoun alone


def _toll_pronoun(sent: _Sent, lex: Lexicon) -> tuple[int, int] | None:
    """The span of a pronoun for the toll of the sentence before that opens this sentence or
    its clause after a short time phrase ('Il a été porté samedi à 38', 'Menjelang malam,
    jumlah itu bertambah menjadi 22', 'Am Abend stieg die Zahl auf 22'): a bare pronoun only
    where a clause starts. None without a toll told just before."""
    toks = sent.toks
    if not sent.toll_before or not toks:
        return None
    for a, b, _, _ in lex.phrases("toll_pronouns").find(toks, 0, min(TOLL_PRONOUN_REACH + 3, len(toks))):
        if a == 0 or a <= TOLL_PRONOUN_REACH and (a in sent.breaks or b - a > 1):
            return a, b
    return None


def _drafts_of_sentence(doc: Document, sent: _Sent, lex: Lexicon, date_cues, anchor,
                        year_hint: int | None = None) -> list[_Draft]:
    toks = sent.toks
    if not toks:
        return []
    sc = sent.scan
    trig = sc.longest("trig")
    # ('Polisi menyebut delapan orang tewas. Malam itu, angka itu direvisi menjadi sembilan'): a
    # toll's pronoun with a verb of rising is that toll told again, a happening of the dead
    pron = _toll_pronoun(sent, lex) if not any(p[0] == "casualties" for _, _, p, _ in trig) else None
    if pron is not None:
        from .events_numbers import _rise
        if not _rise(lex).verbs.find(toks):
            pron = None
    if not trig and not sc.find("take") and pron is None:
        return []
    negs = sc.find("neg")
    denials = sc.find("deny")
    cues = {c for _, _, c, _ in sc.find("subcue")}
    # (type, forced subtype, i, j, negated, pattern)
    items = []
    background, since_at = _background_clauses(sent, lex)
    sent.background = background
    nontrig = sc.find("nontrig")
    charged = _charged_tokens(sent, lex)
    futures = sc.find("future")
    planned: set[tuple[str, int]] = set()
    for i, j, (typ, sub), raw in trig:
        if i > 0 and i in sent.place_starts and toks[i].text[:1].isupper() and (
                not lex.capitalised_nouns or sent.place_ends[i] > j):
            continue                 # 'the town of Mogok', a name that is also a word of happening:
                                     # the gazetteer's place, not the happening (where nouns are
                                     # capitalised, a name longer than the word: 'in Bat Jam')
        if any((ni <= i < nj or ni < j <= nj) and not (i < ni and nj == j and nj - ni == 1)
               for ni, nj, _, _ in nontrig):
            continue                 # 'entered into force', 'heart attack' (a far pattern's gap
                                     # may hold one: 'empangan … yang dikuasai Rusia … musnah');
                                     # not a word a longer pattern ends on by design
                                     # ('уничтожены … боевиков': 'боевик' is no 'бой' there)
        if i in charged:
            continue                 # 'convicted of murder and kidnapping': a charge, no happening
        if typ == "talks_meeting" and _visit_frame(sent, lex, i, j, trig):
            continue                 # 'had called for … during a visit to Leeds': the visit is
                                     # where the statement was made, no meeting of its own
        if typ == "accusation_statement" and any(ci <= i < cj for cat in ("charge", "chargeafter")
                                                 for ci, cj, _, _ in sc.find(cat)):
            continue                 # ('fueron condenados', 'condamné pour'): a court's sentence, no
                                     # condemnation of an attack
        if _inside_name(toks, i, lex):
            continue                 # 'la Asociación Catalana de Víctimas de …': an organisation's name
        if typ == "capture_detention" and fold(raw) not in lex.custody and any(
                0 <= i - dj <= DIRECTIVE_REACH and sent.clause_of[di] == sent.clause_of[i]
                or lex.content_before and 0 <= di - j <= 2 and sent.clause_of[di] == sent.clause_of[i]
                for di, dj, _, _ in sc.find("directive")):
            continue                 # 'ordenó a la Policía … capturar a los responsables': an order
        if typ not in ANNOUNCED and ((typ, sent.clause_of[i]) in planned
                                     or _planned(toks, i, lex, futures, sent.clause_of, sc.find("futafter"), j)):
            # 'are due to meet in London for a conference': the plan, and its words after it
            planned.add((typ, sent.clause_of[i]))
            continue
        if sent.clause_of[i] in background and not (
                # ('saling serang di perbatasan sejak Oktober', 'liefern sich seit Oktober
                # Gefechte'): fighting going on since a month is news still happening
                typ in VIOLENT and sent.clause_of[i] in sent.since_month):
            continue                 # 'killed since the start of the war': a running total
        if (typ == "casualties" or typ in VIOLENT) and any(mj <= i for _, mj, _, _ in sc.find("mourn")):
            continue                 # 'a day of mourning for an officer killed when gunmen attacked
                                     # the village': the toll and the attack told before
        if typ == "casualties" and _funeral_of(sent, lex, i, j):
            continue                 # 'the funerals of the victims', 'Şehitlerin cenazeleri'
        if (typ == "casualties" or typ in VIOLENT) and _memorial_of(sent, lex, i, j):
            continue                 # 'where a plaque recalls the eight dead', 'the city
                                     # commemorates the attack': told before
        if typ in ("accusation_statement", "casualties") and _toll_forecast(sent, lex, i, j, typ):
            continue                 # 'rescuers warned the toll could rise': no happening yet
        if (typ in VIOLENT or typ == "casualties" and lex.after_ref_fronted) and _time_anchor(sent, lex, i, j):
            continue                 # 'after the attack, police …', 'Usai ledakan, …': the happening
                                     # told before, named as the time of this one (a fronted
                                     # death too: 'Selepas kematian Ahmad Rizal, kawalan …')
        if any(0 <= i - sj <= SINCE_HISTORY_GAP and sent.clause_of[si] == sent.clause_of[i]
               and all((toks[k].text.islower() or lex.capitalised_nouns) and toks[k].text.isalpha()
                       for k in range(sj, i))
               for si, sj, _, _ in sc.find("sincehist")):
            continue                 # 'the deadliest since the protests began', 'sejak gelombang
                                     # demo': the past the happening is measured from
        if _compared(sent, i, j):
            continue                 # 'the first Israeli strike on the capital since January': the
                                     # happening told is weighed against the past, not told anew
        if any(sent.clause_of[si] == sent.clause_of[i] and si - i <= SINCE_REACH
               or 0 <= si - i <= SINCE_REACH and _since_opens(doc.text, sent, si, i)
               # 'Lebih 7,000 orang terbunuh dalam konflik di selatan Thailand sejak 2004': a
               # toll of its clause since a past year is a running total, however far the year
               or typ == "casualties" and si > i and (sent.clause_of[si] == sent.clause_of[i]
                                                      or _since_opens(doc.text, sent, si, i))
               for si in since_at):
            continue                 # 'held since 2013' (but 'rubricaron el texto del tratado
                                     # negociado desde 2023': the initialling is news)
        if typ in VIOLENT and _tally_since(sent, lex, i, j):
            continue                 # 'have attacked more than 100 ships … since November 2023'
        if _of_past_year(toks, j, lex, anchor.year if anchor else year_hint):
            continue                 # "l'accord de paix de 2015", 'the truce of 2019'
        # A denial is the speaker's own statement: it negates what it denies ('denied that its
        # troops opened fire'), not the speaker's accusation or appeal beside it ('negó … y acusó').
        dens = () if typ in ("accusation_statement", "appeal_demand") else denials
        items.append([typ, sub, i, j, _negated(toks, i, j, lex, negs, dens, sent.clause_of, sc.find("negafter"),
                                                 sent.breaks)
                      or typ == "casualties" and _no_victim_subject(sent, lex, i), raw])
    if pron is not None:
        items.append(["casualties", None, pron[0], pron[1], False, TOLL_PRONOUN_RAW])
    # 'the missiles hit a meeting of commanders', 'frappé une réunion': a meeting struck is the
    # strike's target, not talks held
    items = [it for it in items if not (it[0] == "talks_meeting" and _struck_target(sent, sc, items, it[2]))]
    # ('He met reporters in Leeds', 'bertemu wartawan di Ipoh'): meeting the press is no talks
    met_press = [(i, j) for i, j, _, _ in lex.press_met.find(toks)]
    items = [it for it in items if not (it[0] == "talks_meeting" and any(i <= it[2] < j for i, j in met_press))]
    # 'réuni à Addis-Abeba, a condamné', 'meeting in Addis Ababa, called for', 'nach der
    # Kabinettssitzung … erklärte': a meeting told before a statement is where the statement was
    # made; the statement is the news
    # (a summit stays news of its own: 'Réunis en sommet à Abuja, les dirigeants ont appelé')
    summits = [si for si, _, _, _ in sent.scan.find("summit")]
    # (so does a council chaired, 'encabezó en Popayán un consejo de seguridad con …, quien pidió')
    items = [it for it in items if not (it[0] == "talks_meeting" and it[1] != "convened" and any(
        o[0] in ("accusation_statement", "appeal_demand") and not o[4] and o[2] > it[3] for o in items)
        and not any(it[2] - 1 <= si <= it[3] + SUMMIT_REACH for si in summits))]
    # An appeal's own clause after its trigger is its content, not a report.
    # An appeal's words after its trigger are its content ('urged both sides to respect the
    # ceasefire'), not a report; an accusation's are alleged (kept, but placed by their clause).
    kept = []
    alleged_at: set[int] = set()
    for it in items:
        consumed = it[0] not in CONSUMING and it[0] not in ("casualties", "accusation_statement") \
            and not (it[0] in VIOLENT and _claimed_placed(sent, lex, it[2])) and any(
            o[0] in CONSUMING and (o[2] < it[2] and _same_content(sent, lex, o[2], it[2], o[3]) or (
                lex.content_before and it[2] < o[2] and sent.clause_of[o[2]] == sent.clause_of[it[2]]))
            for o in items)
        if not consumed:
            kept.append(it)
        if it[0] not in ("accusation_statement",) and any(
                o[0] == "accusation_statement" and o[2] < it[2]
                and sent.clause_of[o[2]] == sent.clause_of[it[2]] for o in items):
            alleged_at.add(it[2])
    items = _judicial(_apposed_deployments(_release_content(_crowd_attacks(_fire_of_strike(_struck_gathering(
        _site_named(_truce_talked(_protest_content(kept), sent, lex), sent, lex), sent)), sent)), sent, doc.text), sent, lex)
    items = _victim_at_rally(_arrest_context(_condemned(_attributed(items, sent, lex), sent, lex, doc.text), sent, lex),
                             sent, lex)
    items = _speaker_at_meeting(items, sent, lex)
    items = _reaction_subjects(items, sent)
    if any(it[0] == "military_alert_deployment" for it in items) and _troop_strength(doc.text, sent, lex):
        items = [it for it in items if it[0] != "military_alert_deployment"]
    # ('mehr als 200 Reservisten getötet', '30 reservists were killed'): troops counted as the
    # victims of a toll are who died, not a deployment
    items = [it for it in items if not (it[0] == "military_alert_deployment" and _counted_victims(sent, lex, it[2], it[3], doc.text))]
    # 'memintas sepuluh peluru berpandu': a capture whose object is a weapon is an interception
    weapons = [it[2] for it in items if it[0] == "shelling_airstrike"]
    items = [it for it in items if not (it[0] == "capture_detention" and any(
        0 <= w - it[3] <= 3 and sent.clause_of[w] == sent.clause_of[it[2]] for w in weapons))]
    # 'Des dizaines de blessés ont été évacués vers Niamey', 'evacuated the wounded to hospitals':
    # the wounded taken away for care is the toll's aftermath, no evacuation of a place
    hurt = [(ci, cj) for ci, cj, cat, _ in sc.find("count") if cat == "wounded"]
    items = [it for it in items if not (it[0] == "other" and it[1] == "evacuation" and any(
        sent.clause_of[ci] == sent.clause_of[it[2]] and (0 <= it[2] - cj <= WOUNDED_REACH or 0 <= ci - it[3] <= 2)
        for ci, cj in hurt))]
    types_present = {it[0] for it in items}
    extra: set[str] = set()
    if denials:
        extra.add("denial")          # 'rejected the accusations': a statement that denies
    cas_pos = [it for it in items if it[0] == "casualties" and not it[4]]
    violent_pos = [it for it in items if it[0] in VIOLENT and not it[4]]
    merged = []
    for it in items:
        typ = it[0]
        # Killed and captured in one sentence are one casualties event; the fighting or shelling
        # that caused them is its manner, not a second happening.
        # (the attacker's own death, 'roamed the streets shooting people at random before killing
        # himself', is no toll the shooting caused: the shooting stays a happening of its own)
        if cas_pos and (typ in VIOLENT or typ == "capture_detention" and it[1] != "arrest") and not it[4] \
                and not _kidnapped_apart(it, cas_pos, sent) and not _apart_in_time(it, cas_pos, sent, lex) \
                and not (typ in VIOLENT and _only_self_deaths(cas_pos, sent, lex)):
            if typ == "shelling_airstrike":
                extra.add(it[1] or "shelling")
            continue
        # 'fighting despite the ceasefire': a ceasefire named after fighting in its clause
        # qualifies the fighting (a ceasefire that comes first is news of its own).
        if typ == "ceasefire_agreement" and not it[1] and any(
                o[2] < it[2] and sent.clause_of[o[2]] == sent.clause_of[it[2]] for o in cas_pos + violent_pos):
            extra.add("ceasefire_violation")
            continue
        merged.append(it)
    # 'captured Bakhmut', 'menawan bandar Maungdaw': a capture whose object is a place is a change
    # of territory, not a detention.
    place_at = sent.place_starts
    # 'took three villages', 'menawan berpuluh-puluh pos tentera': a figure before the place
    # noun counts the places taken
    sent_nums = numbers(doc.text, toks, lex, scan=sc)     # (read again below for 'another 35')
    counted = None
    figure_toks = {k for nm in sent_nums for k in range(nm.i, nm.j)}

    def place_object(j: int) -> bool:
        k = j
        steps = 0
        names = 0
        while k < len(toks) and steps < 4 and k not in sent.breaks:
            if k in place_at or toks[k].low in lex.place_nouns:
                return True
            if k in figure_toks:
                k += 1
                continue
            # 'captured Kavumu airport': a name the gazetteer lacks before a place noun
            if names < 2 and not lex.capitalised_nouns and toks[k].text[:1].isupper() \
                    and toks[k].text.isalpha():
                names += 1
            elif toks[k].low not in lex.fillers:
                return False
            k += 1
            steps += 1
        return False

    def place_subject(i: int) -> bool:
        """Is the clause of token i opened by a place or a place noun, its subject ('The town was
        captured by rebels', 'La ville a été prise', 'Bandar itu ditawan', 'Kent … ele geçirildi')?"""
        k = max((b for b in sent.breaks if b <= i), default=0)
        while k < i and (toks[k].low in lex.fillers or toks[k].low in lex.anaphora_before):
            if k in place_at or toks[k].low in lex.place_nouns:
                break
            k += 1
        if not (k < i and i - k <= PASSIVE_REACH and (k in place_at or toks[k].low in lex.place_nouns)):
            return False
        # a case ending makes it no subject ('Sünik bölgesinde … esir düştü': in the region)
        return not (lex.loc_suffixes and any(t.low.endswith(lex.loc_suffixes) for t in toks[k:k + 3]))

    for it in merged:
        # (a pattern that names its captives, 'took 30 soldiers prisoner', is no place taken)
        if it[0] == "capture_detention" and not it[1] and it[3] - it[2] <= 2 \
                and (place_object(it[3]) or place_subject(it[2])):
            it[0] = "territory_change"
    # 'seized the tanker Sea Star', 'gemiyi ele geçirdi': what is seized with its people aboard
    # (a vessel, a plane, its crew: `captive_objects`) is a capture, not territory taken
    captives = sc.find("captive")
    for it in merged:
        if it[0] == "territory_change" and not it[1] and not it[4] and it[3] - it[2] <= 3 \
                and _seized_captive(sent, it[2], it[3], captives):
            it[0] = "capture_detention"
    # A handing over is a transfer of territory only with a place or a place noun in its clause
    # ('returns the Kalbajar district', 'the town was handed over'); 'consegnato i resti' is not.
    merged = [it for it in merged if not (it[0] == "territory_change" and it[1] == "handover"
                                          and not _place_in_clause(sent, lex, it[2]))]
    # 'Los rebeldes tomaron Alepo', 'ont pris Bahri', 'took the town': a verb of taking whose
    # object is a place (alone, 'took measures' is no event)
    if not any(it[0] == "territory_change" for it in merged):
        for i, j, _, raw in sc.find("take"):
            if any(ni <= i < nj or ni < j <= nj for ni, nj, _, _ in nontrig):
                continue             # 'yang dikuasai Rusia', 'held by Russia': a state told in passing
                                     # (or ending in one: 'a pris acte', 'ha preso atto')
            if any(ti <= i < tj for ti, tj, _, _ in trig):
                continue             # 'взял на себя ответственность', 'took responsibility': the
                                     # verb of taking is part of a longer trigger of its own
            if _planned(toks, i, lex, futures, sent.clause_of, sc.find("futafter"), j):
                continue             # 'bersiap merebut Kota Gaza', 'preparing to seize': not yet
            if (place_object(j) or place_subject(i)) and sent.clause_of[i] not in background:
                merged.append(_crowd_attacks([["territory_change", None, i, j, False, raw]], sent)[0])
                break
    # (one happening per type in a sentence; but people who fled and the houses burned
    # before they fled are two `other` happenings: 'fled after their huts were burned')
    by_type: dict[tuple, list] = {}
    for it in merged:
        by_type.setdefault((it[0], it[1] if it[0] == "other" else None), []).append(it)
    drafts = []
    for (typ, _), its in by_type.items():
        pos = [x for x in its if not x[4]]
        first = pos[0] if pos else its[0]
        forced = next((x[1] for x in its if x[1]), None)
        sub = _subtype(typ, forced, cues, extra)
        cameo, acled, _ = type_codes(typ, sub)
        i, j = first[2], first[3]
        ev = Event(type=typ, sentence=doc.text[sent.start:sent.end], start=sent.start, end=sent.end,
                   trigger=doc.text[toks[i].start:toks[j - 1].end], cameo=cameo, acled=acled,
                   negated=not pos)
        # A toll told with the happening but with no casualty trigger ('rockets hit a fuel station
        # … claiming eight civilian lives') is the happening's: counts go on the event whose
        # sentence reports them.
        # ('but nobody was hurt': a denied toll; 'five days of fighting that killed 35': a total)
        # (not a strike told apart in time from the toll: 'struck X, a day after … killed a man')
        ground = (typ in VIOLENT and not (cas_pos and _apart_in_time(first, cas_pos, sent, lex))
                  or typ == "territory_change" and not cas_pos) and not any(
            x[0] == "casualties" and x[4] for x in items) and not _days_long(toks, lex, i)
        if (typ in ("casualties", "capture_detention") or ground) and not ev.negated:
            skip = {k for c in date_cues for k, t in enumerate(toks) if c.start <= t.start < c.end}
            # ('Il a été porté samedi à 38', 'It has since risen to 38'): a sentence that opens
            # on a pronoun for the toll named in the sentence before raises that toll
            # (also after a time phrase opening it: 'Menjelang malam, jumlah itu bertambah menjadi
            # 22', 'By nightfall, it had risen to 22', 'Am Abend stieg die Zahl auf 22'; a bare
            # pronoun only where a clause starts)
            carry = "killed" if _toll_pronoun(sent, lex) is not None else None
            # (the same for every happening of the sentence: counted once, read only below)
            if counted is None:
                counted = count_categories(doc.text, toks, lex, skip=skip, breaks=sent.breaks,
                                           scan=sc, carry=carry)
            counts, approx, told = counted
            # 'Fighting since January has killed 300': a running total is no toll of this one
            counts = {k: v for k, v in counts.items()
                      if not any(c == k and sent.clause_of[t] in background for t, c in told)}
            if typ == "capture_detention":
                counts = {k: v for k, v in counts.items() if k == "captured"}
            elif typ == "casualties" and any(_kidnapped_apart(x, cas_pos, sent) for x in merged):
                counts = {k: v for k, v in counts.items() if k != "captured"}   # (the kidnapping's)
            elif ground:                 # figures only: 'but nobody was hurt' is no single victim
                figured = {c for _, c in told}
                counts = {k: v for k, v in counts.items() if k != "captured" and k in figured}
            for k, v in counts.items():
                setattr(ev, k, v)
            # ('informó de doce heridos y aseguró que no hubo muertos', '12 wounded, no one was
            # killed'): a toll told beside denied deaths in its own sentence has 0 killed
            if typ == "casualties" and pos and counts:
                for x in its:
                    if not x[4] or any(ui <= x[3] and uj >= x[2] - 2 for ui, uj, _, _ in
                                       lex.toll_unknown.find(toks)):
                        continue
                    # ('tiada anggota pasukan keselamatan terkorban', 'no civilian was killed'):
                    # one group's toll only, not none at all
                    near = [k for k in range(max(0, x[2] - 8), min(len(toks), x[3] + 3))
                            if sent.clause_of[k] == sent.clause_of[x[2]]]
                    if near and lex.partial.find(toks, near[0], near[-1] + 1):
                        continue
                    for ci, _, cat, _ in sc.find("count"):
                        if x[2] <= ci < x[3] and cat == "killed" and getattr(ev, cat) is None:
                            setattr(ev, cat, 0)
            ev.approximate = approx and bool(counts)
            # 'decine di vittime': a toll of its own even with no figure to give
            vague = {cat for _, cat in told if cat not in counts and cat != "captured"} \
                if typ == "casualties" else set()
        else:
            vague = set()
        if typ == "casualties" and first[5] == TOLL_PRONOUN_RAW and ev.killed is None:
            continue                 # (a pronoun that raised no figure of the dead: no toll)
        # 'Otros 35 militares resultaron heridos', '40 kişinin de yaralandığı': a figure with a word
        # of 'more' or 'also' beside it counts victims besides those already told
        # (not when a toll word of the sentence comes before that figure: 'the death toll rose
        # to 24, another 108 were wounded' tells the others beside its own dead)
        first_told = min((t for t, _ in told), default=len(toks)) if typ == "casualties" and not ev.negated \
            else len(toks)
        more = typ == "casualties" and _has_counts(ev) and bool(sc.find("more")) and any(
            (0 <= mi - nm.j <= MORE_REACH or 0 <= nm.i - mj <= MORE_REACH) and nm.i < first_told
            for mi, mj, _, _ in sc.find("more") for nm in sent_nums)
        drafts.append(_Draft(ev, sent, i, sent.clause_of[i], sub,
                             alleged=all(x[2] in alleged_at for x in its), vague_toll=vague,
                             more_toll=more))
        # (alerts too: 'security was tightened around the hotels of Abidjan, and soldiers were
        # deployed on the beaches of Assinie' are two deployments)
        for x in _second_scenes(its, first, sent) if (typ in VIOLENT or typ in ("protest", "military_alert_deployment")) \
                and not ev.negated else ():
            # ('Esplosioni a Dnipro, mentre nel Donetsk i bombardamenti hanno raggiunto Pokrovsk'):
            # the same kind of happening told again in another clause with its own places is a
            # second one there (its toll stays with the first)
            ev2 = copy.copy(ev)
            ev2.actors = list(ev.actors)
            ev2.killed = ev2.wounded = ev2.captured = ev2.missing = None
            ev2.approximate = False
            ev2.trigger = doc.text[toks[x[2]].start:toks[x[3] - 1].end]
            drafts.append(_Draft(ev2, sent, x[2], sent.clause_of[x[2]], sub,
                                 alleged=x[2] in alleged_at))
    drafts.sort(key=lambda d: d.tok)
    # dates: the clause's cue, else the sentence's nearest; not a month or year after 'since'
    # ('the heaviest fighting since a war last year'): a period's start, not the happening's
    # date ('depuis le 12 décembre, ils campent' does date a happening that began that day)
    since_at = [i for i, _, _, _ in sc.find("since")]
    for d in drafts:
        best = None
        for c in date_cues:
            ti = _tok_index(toks, c.start)
            cl = sent.clause_of[min(ti, len(toks) - 1)]
            if c.day is None and c.month is not None or c.years_back is not None:
                if any(s < ti and sent.clause_of[s] == cl for s in since_at):
                    continue
            same = ti < len(toks) and cl == d.clause
            key = (0 if same else 1, abs(ti - d.tok))
            r = resolve(c, anchor, year_hint=year_hint)
            if r is None:
                continue
            if best is None or key < best[0]:
                best = (key, r)
        if best is not None:
            d.event.date, d.event.date_precision = best[1][0].isoformat(), best[1][1]
            d.date_own = True
    return drafts


def _apart_in_time(it: list, cas_pos: list, sent: _Sent, lex: Lexicon) -> bool:
    """Is the violent item it told apart in time from every killing of the sentence, at a place
    of its own clause ('warplanes struck Hodeidah, a day after a drone hit Tel Aviv and killed a
    man', 'frappé Hodeidah, au lendemain d'une attaque … qui a tué')? A `sequence` word between
    them makes two happenings: the strike is not the manner of the other one's toll."""
    if it[0] not in VIOLENT or it[4]:
        return False
    m = lex.phrases("sequence")
    if not m.patterns:
        return False
    cl = sent.clause_of[it[2]]
    if any(sent.clause_of[c[2]] == cl for c in cas_pos):
        return False
    seq = [si for si, _, _, _ in lex.matches("p:sequence", sent.toks, sent.scan)]
    # (its own place on its side of the word: 'The bombardment came three days after a strike on
    # Beirut killed …' names the bombardment told before, at no place of its own)
    # (the happening after the word is the earlier one, named as a time: 'a week after pagers
    # exploded across Lebanon' tells no new explosion; only the strike before it is news)
    own = lambda si: any(x.clause == cl and x.mention is not None and it[2] < x.tok < si  # noqa: E731
                         for x in sent.cands)
    return bool(seq) and all(any(it[2] < si < c[2] and own(si) for si in seq) for c in cas_pos)


VICTIM_NOUN_REACH = 3   # tokens from a figure to the troops' noun, and from it to the toll word


def _counted_victims(sent: _Sent, lex: Lexicon, i: int, j: int, text: str) -> bool:
    """Is the word at tokens i..j the noun of a figure whose clause goes on to kill or wound them
    ('200 ukrainische Reservisten getötet', 'fifty reservists were killed')? (Where the head
    comes last, the toll word may come before: 'öldürülen 200 yedek asker'.)"""
    cl = sent.clause_of[i]
    kills = [(ci, cj) for ci, cj, cat, _ in sent.scan.find("count") if cat in ("killed", "wounded")
             and sent.clause_of[ci] == cl]
    if not kills or not any(0 < i - nm.j + 1 <= VICTIM_NOUN_REACH and sent.clause_of[nm.i] == cl
                            for nm in numbers(text, sent.toks, lex, scan=sent.scan) if not nm.weak):
        return False
    return any(0 <= ci - j <= VICTIM_NOUN_REACH or lex.content_before and 0 <= i - cj <= 1 for ci, cj in kills)


def _kidnapped_apart(it: list, cas_pos: list, sent: _Sent) -> bool:
    """Is it a kidnapping told in a clause of its own, apart from every killing or wounding of
    the sentence ('a nurse was kidnapped while her husband was shot dead')? Then it is a second
    happening, not the way the victims of the toll were taken."""
    return it[0] == "capture_detention" and it[1] == "abduction" and not it[4] \
        and all(sent.clause_of[c[2]] != sent.clause_of[it[2]] for c in cas_pos)


def _second_scenes(its: list, first: list, sent: _Sent) -> list:
    """The items of one type after its first, told in another clause that names its own place
    (with a locative cue, or as the object of a verb of hitting right after the trigger), when
    the first item's clause names its own place too: each a second happening."""
    cl0 = sent.clause_of[first[2]]
    own = lambda cl: [c for c in sent.cands if c.clause == cl and c.mention is not None  # noqa: E731
                      and c.place.feature not in ("country", "border")]
    # (its places named with a cue, or as the object right after it: 'ha bombardato i villaggi
    # di Kfar Kila e Aita al-Shaab, …, mentre Hezbollah ha rivendicato … razzi … in Galilea')
    # (a deployment's first clause may name its place without a cue of ours: 'la sécurité a été
    # renforcée autour des grands hôtels d'Abidjan')
    if not any(c.cue or first[3] <= c.tok <= first[3] + 4 for c in own(cl0)) and not (
            first[0] == "military_alert_deployment" and own(cl0)):
        return []
    hits = [(i, j) for i, j, _, _ in sent.scan.find("hit")] if sent.scan is not None else []
    out, seen = [], {cl0}
    for x in its:
        cl = sent.clause_of[x[2]]
        if x[4] or cl in seen or x[2] < first[2] or cl in sent.background:
            continue
        first_ids = {c.place.id for c in own(cl0)}
        # (or a place of its own with a locative cue after it: 'Mitte Februar versammelten sich
        # Zehntausende in Kragujevac' after 'blockierten Demonstrierende in Novi Sad')
        objs = [c for c in own(cl) if c.tok > x[2] and c.place.id not in first_ids and (c.cue and not c.near or any(
            x[3] <= hi <= x[3] + 3 and hj <= c.tok <= hj + 3 and sent.clause_of[hi] == cl for hi, hj in hits))]
        if objs:
            seen.add(cl)
            out.append(x)
    return out


def _told_day(drafts: list[_Draft], sents: list[_Sent], text: str, lex: Lexicon, anchor,
              year_hint) -> None:
    """'On the same day', 'am selben Tag', 'в тот же день'; 'la veille', 'the day before',
    'накануне': the day of a happening counted from the latest day told before it, a day-level
    cue of the sentences just before ('Am Montag hatte Russland … Am selben Tag …'), else the day
    of the latest dated happening. 'The same day' dates only a happening with no date of its own;
    'the day before' re-dates the one it dated from the publication."""
    index = {id(x): k for k, x in enumerate(sents)}
    last = None
    # (the happenings of one cue count from one day: 'A week earlier, … in X, Y and Z' is not
    # three weeks back)
    base: dict[tuple[int, int], tuple | None] = {}
    for d in sorted(drafts, key=lambda d: d.event.start):
        cue = next((c for c in d.sent.date_cues or () if c.told is not None), None)
        mine = cue is not None and (not d.date_own if cue.told == 0 else
                                    d.event.date == _iso(resolve(cue, anchor, year_hint=year_hint)))
        if mine:
            key = (index[id(d.sent)], cue.start)
            if key not in base:
                base[key] = _day_before(sents, key[0], cue.start, text, lex, anchor, year_hint) or last
            got = base[key]
            if got is not None and anchor is not None and not (
                    -TOLD_WINDOW <= (dt.date.fromisoformat(got[0]) - anchor).days <= 1
                    or _anniversary(dt.date.fromisoformat(got[0]), anchor)):
                got = None              # a deadline or an old date: not the story's day
            if got is not None:
                day = dt.date.fromisoformat(got[0]) + dt.timedelta(days=cue.told)
                d.event.date, d.event.date_precision = day.isoformat(), DAY
                d.date_own = True
        if d.date_own:
            last = (d.event.date, d.event.date_precision) if d.event.date_precision == DAY else None


def _carried_day(drafts: list[_Draft], sents: list[_Sent], text: str, lex: Lexicon, anchor,
                 year_hint, paras: int | None = None, apply: bool = True):
    """A happening with no date of its own took place on the latest day told before it in its
    paragraph ('Am Freitagabend spielte noch Musik, als ein Mann auf Besucher einstach. Drei
    Menschen starben.'): the last day-level date cue before it, when that day lies within
    TOLD_WINDOW days before the publication (an old date told as background is no story day).
    Run after _dedupe (the article's main date still decides what merges). A statement with no
    date of its own keeps the day it was reported."""
    index = {id(x): k for k, x in enumerate(sents)}
    for d in drafts:
        if anchor is not None and _group(d.event.type) == "diplomatic":
            continue                # (a statement with no date of its own: the day it was reported)
        k = index[id(d.sent)]
        got = None
        for x in sents[k::-1][:CARRY_BACK + 1]:
            if d.sent.para - x.para > (CARRY_PARAS if paras is None else paras):
                break
            if not x.dated:
                x.date_cues, x.dated = _dates_of(x, {}, text, lex), True
            for c in sorted(x.date_cues, key=lambda c: -c.start):
                if x is d.sent and c.start >= d.event.start:
                    continue
                if c.told is not None:
                    continue
                r = resolve(c, anchor, year_hint=year_hint)
                if r is None or r[1] != DAY:
                    continue
                if anchor is not None and not (-TOLD_WINDOW <= (r[0] - anchor).days <= 1
                                               or _anniversary(r[0], anchor)):
                    continue
                got = r
                break
            if got is not None:
                break
        if not apply:
            return got
        if got is not None:
            d.event.date, d.event.date_precision = got[0].isoformat(), DAY
    return None


TOLL_DAYS = 7                       # days after an attack a toll told at its place is still its toll


def _toll_of_attack(kept: list[_Draft]) -> None:
    """A toll told at the place of an attack, on a later day when no attack there is dated ('Le
    bilan a été porté samedi à 38', 'il bilancio sale a quattro morti'), is the toll of that
    attack: it takes the attack's day (the latest at that place in the TOLL_DAYS before it)."""
    att = [(d.event.date, (d.event.location.lat, d.event.location.lon)) for d in kept
           if d.event.type in VIOLENT and d.event.location is not None and d.event.date
           and d.event.date_precision == DAY and not d.event.negated]
    for d in kept:
        e = d.event
        if e.type != "casualties" or e.location is None or not e.date or e.date_precision not in (DAY, SPAN):
            continue
        at = (e.location.lat, e.location.lon)
        days = [a for a, p in att if p == at]
        if not days or e.date in days:
            continue
        before = [a for a in days if a < e.date and not _days_apart(a, e.date, TOLL_DAYS)]
        if before:
            e.date, e.date_precision = max(before), DAY


PAST_TOLL_DAYS = 365       # a happening this many days before the publication is told in passing


def _past_toll_into_attack(kept: list[_Draft], anchor) -> list[_Draft]:
    """A past attack told in passing with its toll in the same sentence ('Am 3. Mai 1990 hatten
    Extremisten ein Wohnhaus in Brand gesetzt, drei Menschen kamen ums Leben', 'the 1998 bombing
    of the embassy, which killed 40'): one happening with its dead, not an attack with no toll
    and a toll of its own. The toll goes to the attack told before it in that sentence, on the
    same day, at the same place (or none of its own), when that day lies more than
    PAST_TOLL_DAYS before the publication; the news of the story keeps its separate tolls."""
    if anchor is None:
        return kept
    drop = []
    for d in kept:
        e = d.event
        if e.type != "casualties" or e.negated or not _has_counts(e) or not e.date or d.sent.kind == TITLE:
            continue
        try:
            day = dt.date.fromisoformat(e.date[:10])
        except ValueError:
            continue
        if (anchor - day).days <= PAST_TOLL_DAYS:
            continue
        att = [a for a in kept if a is not d and a.sent is d.sent and a.tok < d.tok and not a.event.negated
               and (a.event.type in VIOLENT or a.event.type == "other" and a.subtype in DAMAGE)
               and a.event.date == e.date and not _has_counts(a.event)
               and (e.location is None or d.loc_merged or a.event.location is not None
                    and a.event.location.place_id == e.location.place_id)]
        if len(att) != 1:
            continue        # (two attacks before it: whose toll it is is not told)
        a = att[0].event
        for k in ("killed", "wounded", "captured", "missing"):
            if getattr(a, k) is None:
                setattr(a, k, getattr(e, k))
        a.approximate = a.approximate or e.approximate
        drop.append(d)
    return [k for k in kept if not any(k is x for x in drop)]


CARRY_BACK = 12                     # sentences looked back for the day a happening took place
CARRY_PARAS = 0                     # paragraphs back: 0, its own (a new paragraph may turn to
                                    # another day or to the day of the report)


def _iso(r) -> str | None:
    return r[0].isoformat() if r else None


TOLD_WINDOW = 31                    # days before publication a day told before may lie
ANNIVERSARY_DAYS = 1                # days from the publication's day and month an anniversary may lie


STORY_YEAR_DAYS = 120               # days from an anniversary story's day a bare day and month may lie


def _story_year(kept: list[_Draft], anchor, year_hint) -> None:
    """In a story told on the anniversary of a happening (its day is the publication's day some
    years before: '8–9 September 1999' in a story of 9 September 2019), a day and month written
    without a year ('4 сентября', 'il 27 maggio') belong to that year when they lie within
    STORY_YEAR_DAYS of the story's day, not to the weeks before the publication."""
    story = next((dt.date.fromisoformat(k.event.date) for k in kept
                  if k.event.date and k.event.date_precision == DAY and k.sent.kind != TITLE
                  and _anniversary(dt.date.fromisoformat(k.event.date), anchor)), None)
    if story is None:
        return
    for k in kept:
        if not k.date_own or not k.event.date or k.event.date_precision != DAY:
            continue
        for c in k.sent.date_cues or ():
            if c.day is None or c.month is None or c.year is not None or c.year_mode is not None:
                continue
            r = resolve(c, anchor, year_hint=year_hint)
            if r is None or r[0].isoformat() != k.event.date or r[0].year == story.year:
                continue
            try:
                day = r[0].replace(year=story.year)
            except ValueError:
                continue
            if abs((day - story).days) <= STORY_YEAR_DAYS:
                k.event.date = day.isoformat()
            break


def _anniversary(day, anchor) -> bool:
    """Is an old day the publication's day and month some years before ('Twenty years ago
    tonight …', '7 June 1974' in a story of 7 June 2024)? A story published on the anniversary
    of a happening tells that day: its day carries as a story day, however old."""
    if day.year >= anchor.year:
        return False
    try:
        same = day.replace(year=anchor.year)
    except ValueError:              # 29 February
        same = day.replace(year=anchor.year, day=28)
    return abs((same - anchor).days) <= ANNIVERSARY_DAYS
SAME_DAY_BACK = 3                   # sentences looked back for the day 'the same day' refers to


def _day_before(sents: list[_Sent], k: int, before: int, text: str, lex: Lexicon, anchor,
                year_hint) -> tuple[str, int] | None:
    """The last day-level date cue before offset ``before`` in sentence k or the few before it
    (same paragraph)."""
    for x in sents[k::-1][:SAME_DAY_BACK + 1]:
        if x.para != sents[k].para:
            break
        if not x.dated:
            x.date_cues, x.dated = _dates_of(x, {}, text, lex), True
        for c in sorted(x.date_cues, key=lambda c: -c.start):
            if c.start >= before or c.told is not None:
                continue
            r = resolve(c, anchor, year_hint=year_hint)
            if r is not None and r[1] == DAY:
                return r[0].isoformat(), DAY
    return None


def _went_to(sent: _Sent, lex: Lexicon, marks: list, c: _Cand) -> bool:
    """Is the place c right after a word of going to ('to', 'nach', 'ke') in its clause, with
    only filler words between?"""
    toks = sent.toks
    return any(mj <= c.tok and sent.clause_of[mi] == c.clause
               and all(toks[k].low in lex.fillers for k in range(mj, c.tok)) for mi, mj, _, _ in marks)


def _tok_index(toks: list[Tok], offset: int) -> int:
    return bisect.bisect_left([t.start for t in toks], offset)


# --------------------------------------------------------------------------- locations

# Coarse specificity classes for choosing among located places: within a class the place
# nearest the trigger wins ('entered Kherson on the Dnipro').
_CLASS = {"village": 0, "city": 0, "other": 0, "border": 0, "admin2": 0, "mountain": 1, "water": 1,
          "admin1": 1, "region": 2, "country": 3}


def _pick(cands: list[_Cand], tok: int, objects: frozenset = frozenset()) -> _Cand | None:
    if not cands:
        return None
    # A country is the scene only when nothing finer is named ('shelled Kapan, in southern
    # Armenia'); then a cue'd place (or the trigger's object) beats a bare one, a finer one a
    # coarser, a near one a far.
    # (of two equally fine places, the trigger's object beats a setting: 'nel Donetsk i
    # bombardamenti hanno raggiunto Pokrovsk')
    return min(cands, key=lambda c: (c.place.feature == "country", not (c.cue or id(c) in objects),
                                     _CLASS.get(c.place.feature, 1), id(c) not in objects, abs(c.tok - tok),
                                     SPECIFICITY.get(c.place.feature, 2)))


def _location(c: _Cand, level: int, gz: _Gaz) -> Location:
    p = c.place
    base = BASE_PRECISION.get(p.feature, 2)
    if c.near:
        base = max(base, 2)
    prec = min(3, base + level)
    pair = border_rivers().get(p.id) if p.feature == "water" else None
    line = gz.border(*pair) if pair else None
    if line is not None:
        # ('lungo il fiume Rovuma', 'sepanjang tebing Sungai Golok'): a river that divides two
        # countries places the happening on their border line; its point stays the river's own
        # (on the border stretch), nearer the scene than the line's midpoint
        return Location(name=line.name, place_id=line.id, lat=p.lat, lon=p.lon,
                        geometry=_geometry(line), precision=prec, mention=c.surface)
    return Location(name=p.name, place_id=p.id, lat=p.lat, lon=p.lon, geometry=_geometry(p),
                    precision=prec, mention=c.surface)


def _geometry(p: Place) -> dict:
    geom = None
    try:
        geom = p.geometry
    except Exception:
        geom = None
    if geom is None:
        geom = {"type": "Point", "coordinates": [p.lon, p.lat]}
    return geom


# subtypes of statements placed where they apply, one per place of a list ('residents of X, Y and
# Z were told to stay indoors')
LISTED_SUBTYPES = frozenset({"shelter"})
# How far an event's location may be looked for (event_types.yaml `placed`).
REACH = {"none": -1, "venue": CLAUSE, "clause": CLAUSE, "sentence": SENTENCE, "fallback": ARTICLE}


# places the places stage pins at the point of the town of their address
_PINNED_AT_TOWN = frozenset({"facility", "street"})


def _address(a: Place, b: Place) -> bool:
    """Is b, written after a with no 'and', the larger unit a lies in (town, district,
    province: 'Rueso, wilayah Narathiwat', 'Sake, North Kivu')?"""
    # 'Bannang Sata, Yala': a town named like the province a lies in stands for the province
    if b.feature in ("city", "village") and getattr(a, "admin1", None) and a.country == b.country \
            and normalize_key(b.name) == normalize_key(a.admin1) and a.id != b.id:
        return True
    # 'di Gereja X, Bedog, Kabupaten Sleman', 'the Y Hospital in Quetta': a facility or street
    # the gazetteer lacks is pinned at the town of its address, which then names no second scene
    if getattr(a, "source", None) in _PINNED_AT_TOWN and b.feature in ("city", "village") \
            and a.country == b.country and a.id != b.id:
        return _km(a.lat, a.lon, b.lat, b.lon) <= 30.0
    if SPECIFICITY.get(b.feature, 2) <= SPECIFICITY.get(a.feature, 2):
        return False
    if a.country and b.country and a.country != b.country:
        return False
    if b.feature == "country":
        return True
    # (a sea's point may lie far from its coast: 'el puerto de Hodeida, en el mar Rojo')
    reach = 80.0 if b.feature == "admin2" else 1500.0 if b.feature == "water" else 400.0
    return _km(a.lat, a.lon, b.lat, b.lon) <= reach


def _admin_written(a: "_Cand", b: "_Cand") -> bool:
    """Is b written as the very name of the province a lies in ('di Puchong, Selangor', read as
    the town Kuala Selangor)? Then it is a's address, whatever place it was resolved to."""
    adm = getattr(a.place, "admin1", None)
    return bool(adm) and b.place.feature in ("city", "village", "admin2") and a.place.id != b.place.id \
        and normalize_key(b.surface) == normalize_key(adm) and (not a.place.country or not b.place.country
                                                                or a.place.country == b.place.country)


def _km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    import math
    dlat, dlon = math.radians(lat2 - lat1), math.radians(lon2 - lon1)
    h = math.sin(dlat / 2) ** 2 + math.cos(math.radians(lat1)) * math.cos(math.radians(lat2)) * math.sin(dlon / 2) ** 2
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


def _country_items_narrowed(d: _Draft, c: _Cand, sibs: list, cands: list, dated, trig) -> tuple:
    """A country item of a list that the towns of it right after it detail ('Kandil, Hakurk ve
    Gara bölgeleri ile Suriye'de Kamışlı ve Ayn el-Arab çevresindeki hedefler'): the towns are
    the list's items, not the country (the most specific place the sentence gives)."""
    toks, text = d.sent.toks, d.sent_text
    items = []
    for x in sorted([c] + sibs, key=lambda x: x.tok):
        k = cands.index(x) if x in cands else -1
        nxt = cands[k + 1] if 0 <= k < len(cands) - 1 else None
        if x.place.feature == "country" and nxt is not None and nxt.tok - x.end_tok <= 1 \
                and nxt.place.country == x.place.country and nxt.place.feature not in COARSE | {"border", "admin1"} \
                and not _CLAUSE_PUNCT.search(text, toks[x.end_tok - 1].end, toks[nxt.tok].start):
            finer = [nxt]
            m = k + 1
            while m + 1 < len(cands) and cands[m + 1].place.country == x.place.country and _coordinated(
                    text, toks, cands[m], cands[m + 1], d.lex, dated, listed=True, trig=trig):
                finer.append(cands[m + 1])
                m += 1
            items.extend(f for f in finer if f not in items)
        elif x not in items:
            items.append(x)
    if c not in items:
        c = items[0]
    return c, [x for x in items if x is not c]


# features of places that, joined by a hyphen, name a route or a border, not two items of a list
_HYPHEN_ROUTE_FEATURES = frozenset({"city", "village", "capital", "admin2", "country", "border", "other"})


def _coordinated(text: str, toks: list[Tok], a: _Cand, b: _Cand, lex: Lexicon,
                 dated: frozenset = frozenset(), listed: bool = False,
                 trig: frozenset | None = None) -> bool:
    """Are a and b (a before b) items of one list ('Goris, Jermuk dan desa Sotk')? With the
    `dated` tokens of the sentence, a list of places each with its date is one too ('menawan
    pekan Kapan pada Januari dan bandar Goris pada Mei'). With the sentence's `trig` tokens,
    so are targets each with its own cue ('nuclear sites in Natanz and military targets in
    Tehran')."""
    if trig is not None and _targets_listed(text, toks, a, b, lex, trig):
        return True
    if dated and any(k in dated for k in range(a.end_tok, b.tok)):
        # ('bertemu … di Naypyitaw semalam, kurang seminggu selepas bandar Lashio jatuh'): a word
        # that opens a clause of its own ('after', 'selepas') ends the list
        # (not one that also joins, 'Кельбаджарский и Лачинский районы, а до 20 ноября — Агдамский')
        if any(a.end_tok <= ci < b.tok and not (cj - ci == 1 and toks[ci].low in lex.coordinators)
               for ci, cj, _, _ in lex.clause_breaks.find(toks, a.end_tok, b.tok)):
            return False
        then = {k for ti, tj, _, _ in lex.list_then.find(toks, a.end_tok, b.tok) for k in range(ti, tj)}
        gap = [k for k in range(a.end_tok, b.tok) if k not in dated and k + 1 not in dated]
        between = text[toks[a.end_tok - 1].end:toks[b.tok].start]
        # (the first item's address may come with it: 'menawan pekan Paletwa di negeri Chin pada
        # Januari dan bandar Buthidaung pada Mei')
        addr = {k for k in gap if toks[k].text[:1].isupper() and any(
            toks[x].low in lex.loc_before_words for x in range(max(a.end_tok, k - 2), k))}
        return b.tok - a.end_tok <= 9 and (any(toks[k].low in lex.coordinators for k in gap) or "," in between) and all(
            toks[k].low in lex.coordinators or toks[k].low in lex.fillers or toks[k].low in lex.place_nouns or k in then
            or toks[k].low in lex.loc_before_words or k in addr
            for k in gap) and not re.search(r"[;:()\[\]]", text[toks[a.end_tok - 1].end:toks[b.tok].start])
    if b.tok < a.end_tok or b.tok - a.end_tok > 8:     # ('y en los alrededores del puerto de')
        return False
    # (in languages that mark the place after the list, a country with its own case ending may
    # close it: "Gara ve Kandil bölgeleri ile Suriye'nin kuzeyindeki hedeflere")
    if (a.place.feature == "country" or b.place.feature == "country") and not a.cue and not (
            lex.loc_suffixes and b.cue and b.place.feature == "country"
            and any(t.low in lex.coordinators for t in toks[a.end_tok:b.tok])):
        return False
    if any(t.low in lex.compass for t in toks[a.end_tok:b.tok]) and not any(
            t.low in lex.coordinators and t.low not in lex.loc_before_words for t in toks[a.end_tok:b.tok]):
        return False        # 'Sake, west of Goma': where the first lies, no list
    between = text[toks[a.end_tok - 1].end:toks[b.tok].start]
    if re.search(r"[;:()\[\]]", between):
        return False
    gap = toks[a.end_tok:b.tok]
    if not listed and not any(t.low in lex.coordinators for t in gap) and (
            _address(a.place, b.place) or _unit_named(a, b, toks, lex)) and not any(
            t.low in lex.coordinators for t in toks[b.end_tok:b.end_tok + 2]):
        return False        # 'di Distrik Sugapa, Kabupaten Intan Jaya, Papua Tengah': one place
    if not gap:
        # ('Metina, Zap ve Avaşin-Basyan bölgelerinde'): two areas joined by a hyphen are two
        # items; towns so joined name a route ('the Kyiv-Odesa highway'), no list
        return "," in between or "/" in between or (
            between == "-" and not {a.place.feature, b.place.feature} & _HYPHEN_ROUTE_FEATURES)
    if b.near and not any(t.low in lex.coordinators for t in gap):
        return False        # 'in Syunik province, near the town of Goris': where in it, no list
    if _aside_then_and(text, toks, a, b, lex, trig):
        return True
    # ('in Omdurman and in Darfur': a cue repeated after the 'and' keeps the list; so does a
    # place noun, 'termasuk Torkham dan pekan sempadan Chaman', 'dan sebahagian Songkhla')
    return all(t.low in lex.coordinators or t.low in lex.fillers or t.low in lex.place_nouns
               or (a.cue and t.low in lex.loc_before_words) for t in gap) and (
        any(t.low in lex.coordinators for t in gap) or "," in between)


ASIDE_WORDS = 6     # words of an aside between commas after a list's item ('in X, outside the consulate, and in Y')


def _aside_then_and(text: str, toks: list[Tok], a: _Cand, b: _Cand, lex: Lexicon,
                    trig: frozenset | None) -> bool:
    """'Proteste anche a Istanbul, davanti al consolato israeliano, e a Tunisi', 'protests in
    Istanbul, outside the consulate, and in Tunis': two places each after its cue, the first
    followed by a short aside between commas (no happening of its own), then 'and' and the
    second's cue: the list goes on past the aside."""
    if not a.cue or not b.cue or b.tok <= a.end_tok:
        return False
    between = text[toks[a.end_tok - 1].end:toks[b.tok].start]
    if not re.fullmatch(r"\s*,[^,;:()\[\]]+,\s*\S.*", between, flags=re.S):
        return False
    second = between.index(",", between.index(",") + 1)
    tail = [k for k in range(a.end_tok, b.tok) if toks[k].start > toks[a.end_tok - 1].end + second]
    aside = [k for k in range(a.end_tok, b.tok) if k not in tail]
    if not aside or len(aside) > ASIDE_WORDS or (trig is not None and any(k in trig for k in aside)):
        return False
    return len(tail) >= 2 and toks[tail[0]].low in lex.coordinators and all(
        toks[k].low in lex.loc_before_words or toks[k].low in lex.fillers for k in tail[1:])


def _between(toks: list[Tok], a: _Cand, b: _Cand, lex: Lexicon) -> bool:
    """Are places a and b (a list of two) the ends named by 'between' ('between Kirkuk and Erbil',
    'entre Kirkouk et Erbil', "Kerkük ile Erbil arasındaki")?"""
    if lex is None or not lex.between:
        return False
    k = a.tok
    while k > 0 and a.tok - k < 3 and toks[k - 1].low in lex.fillers and toks[k - 1].low not in lex.between:
        k -= 1
    if k > 0 and toks[k - 1].low in lex.between:
        return True
    k = b.end_tok
    while k < len(toks) and k - b.end_tok < 2 and toks[k].start == toks[k - 1].end + 1 and len(toks[k].low) <= 3:
        k += 1                               # the name's case ending ("Erbil'in")
    return k < len(toks) and toks[k].low in lex.between


def _described(toks: list[Tok], a: _Cand, b: _Cand, lex: Lexicon, trig: frozenset) -> bool:
    """Is b named only to describe where list item a lies ('in Kisumu on the shores of Lake X',
    'in Goris, a town near Y')? A few words, no happening, no 'and' between them: the list goes
    on after b."""
    if not a.cue or b.tok <= a.end_tok or b.tok - a.end_tok > 6:
        return False
    gap = range(a.end_tok, b.tok)
    return not any(k in trig or toks[k].low in lex.coordinators for k in gap)


TARGET_WORDS = 4    # words naming a second target between 'and' and its cue ('and military targets in')


def _targets_listed(text: str, toks: list[Tok], a: _Cand, b: _Cand, lex: Lexicon,
                    trig: frozenset) -> bool:
    """'serangan terhadap fasilitas nuklir di Natanz dan sejumlah sasaran militer di Tehran': two
    cue'd places joined by 'and' plus a few lowercase words (no trigger: 'and a ceasefire in' is
    another happening) naming what was hit at the second."""
    if not (a.cue or _named_site(toks, a, lex)) or not b.cue or b.tok <= a.end_tok:
        return False
    gap = list(range(a.end_tok, b.tok))
    # (a comma may stand right before the 'and': 'в Дербенте, а также собор и пост ДПС в Махачкале';
    # or alone, when the list goes on with 'and' right after b: 'a hospital in Dnipro, apartment
    # blocks in Odesa and Zaporizhzhia')
    if gap and toks[gap[0]].low not in lex.coordinators and text[toks[a.end_tok - 1].end:toks[gap[0]].start].strip() == "," \
            and b.end_tok < len(toks) and toks[b.end_tok].low in lex.coordinators \
            and text[toks[b.end_tok - 1].end:toks[b.end_tok].start].strip() == "" \
            and not re.search(r"[,;:()\[\]]", text[toks[gap[0]].start:toks[b.tok].start]) \
            and _target_before(toks, a, lex, trig) and not _speaker_after(text, toks, b, lex):
        gap = [a.end_tok - 1] + gap          # (as if an 'and' stood at the comma)
    elif not gap or toks[gap[0]].low not in lex.coordinators or re.search(
            r"[;:()\[\]]", text[toks[a.end_tok - 1].end:toks[b.tok].start]) or "," in text[
            toks[gap[0]].end:toks[b.tok].start]:
        return False
    k = b.tok
    if k - 2 > gap[0] and toks[k - 1].text.islower() and toks[k - 1].low not in lex.loc_before_words \
            and toks[k - 2].low in lex.loc_before_words:
        k -= 1                                   # one word after the cue ('sepanjang tebing X')
    cue_end = k
    while k - 1 > gap[0] and toks[k - 1].low in lex.loc_before_words:
        k -= 1                                   # the second place's own cue
    words = range(gap[0] + 1, k)
    wide = ("country", "region", "admin1")
    if b.place.feature in wide and a.place.feature not in wide and any(
            toks[t].low in lex.place_nouns for t in words):
        return False        # 'di Manila dan sejumlah kota lain di Mindanao': where those towns lie
    # (coordinators are no target words: 'собор и пост'; an abbreviation is one: 'пост ДПС')
    return k < cue_end and sum(toks[t].low not in lex.coordinators for t in words) <= TARGET_WORDS and all(
        t not in trig and toks[t].text.isalpha() and (_common_word(toks[t].text, lex) or toks[t].text.isupper())
        for t in words)


def _target_before(toks: list[Tok], a: _Cand, lex: Lexicon, trig: frozenset) -> bool:
    """Is cue'd place a told as where a target named right before its cue lies ('a maternity
    hospital in Dnipro'), not as where a happening was ('killed in Dnipro')?"""
    k = a.tok
    while k > 0 and toks[k - 1].low in lex.loc_before_words:
        k -= 1
    return a.cue and k < a.tok and k > 0 and (k - 1) not in trig and toks[k - 1].text.isalpha() \
        and _common_word(toks[k - 1].text, lex) and toks[k - 1].low not in lex.coordinators


def _common_word(word: str, lex: Lexicon) -> bool:
    """A lower-case word, or where every noun is capitalised (`capitalised_nouns`) a noun written
    so ('vor einer Polizeiwache in X, einem Markt in Y')."""
    return word.islower() or lex.capitalised_nouns and word[:1].isupper() and word[1:].islower()


def _speaker_after(text: str, toks: list[Tok], b: _Cand, lex: Lexicon) -> bool:
    """Does a verb of speech follow b before the next punctuation ('officials in Kyiv and Lviv
    said'): b is where speakers are, no target?"""
    k = b.end_tok
    while k < len(toks) and k - b.end_tok < 8 and not re.search(r"[,;:.()]", text[toks[k - 1].end:toks[k].start]):
        k += 1
    return any(b.end_tok <= i < k for i, _, _, _ in lex.speech.find(toks))


def _named_site(toks: list[Tok], a: _Cand, lex: Lexicon) -> bool:
    """Is town a named as the site of a place noun ('the port of Hodeidah', 'dermaga pelabuhan
    Hodeidah', 'el puerto de Hodeidah')? Then it is a target as a cue'd place is, and a second
    target with its own cue may follow ('and a cement factory in Bajil')."""
    if a.place.feature in ("country", "region", "admin1", "border") or a.tok == 0:
        return False
    k = a.tok - 1
    if k > 0 and len(toks[k].low) <= 3 and toks[k].low not in lex.place_nouns:
        k -= 1                                   # 'of', 'de', 'di', 'von'
    return toks[k].low in lex.place_nouns


def _trigger_end(d: _Draft) -> int:
    toks = d.sent.toks
    t_end = d.tok + 1
    stop = toks[d.tok].start + len(d.event.trigger or "")
    while t_end < len(toks) and toks[t_end].end <= stop:
        t_end += 1
    return t_end


def _objects(d: _Draft, cands: list[_Cand]) -> frozenset:
    """Places written as the object of the trigger ('la caduta di Myawaddy', 'shelled the town of
    Kapan', 'menawan bandar Maungdaw'): the scene, as good as a place with a locative cue."""
    toks, lex = d.sent.toks, d.lex
    if not toks or lex is None or lex.content_before:
        return frozenset()
    t_end = _trigger_end(d)
    # ('i bombardamenti hanno raggiunto Pokrovsk', 'the shelling hit Kharkiv'): a verb of hitting
    # after the trigger in its clause takes the scene as its object
    ends = [t_end] + [j for i, j, _, _ in d.sent.scan.find("hit")
                      if i >= t_end and i - t_end <= 3 and d.sent.clause_of[i] == d.clause] \
        if d.sent.scan is not None else [t_end]
    return frozenset(id(c) for c in cands for e in ends if e <= c.tok <= e + 3 and c.mention is not None
                     and c.place.feature != "border" and all(
        toks[k].low in lex.fillers or toks[k].low in lex.place_nouns for k in range(e, c.tok)))


def _setting(d: _Draft) -> list[_Cand]:
    """The places of a fronted setting ('En Doha, los ministros pidieron …', 'Réunis à Abuja,
    les dirigeants ont …'): a first clause with a cue'd place and no trigger of its own sets
    the scene of the sentence's first clause with a happening."""
    sent = d.sent
    if d.clause == 0 or not sent.toks:
        return []
    trigs = [(sent.clause_of[i], _group(typ)) for i, _, (typ, _), _ in sent.scan.find("trig")]
    later = [cl for cl, _ in trigs if cl > 0]
    if not later or min(later) != d.clause:
        return []
    # ('Réunis en sommet à Abuja, les dirigeants ont donné …': a meeting in the setting sets
    # the scene of what was said or decided there)
    if any(cl == 0 and not (g == "diplomatic" and _group(d.event.type) == "diplomatic") for cl, g in trigs):
        return []
    # the speaker's own capital or seat is where it always speaks, not news of a place
    # ('Di Yerusalem, juru bicara pemerintah Israel mengatakan …')
    speakers = {iso for k, _, iso in sent.actors if iso and k < d.tok}
    # (where a statement was made is no setting of the happening it reports: 'Der Sprecher
    # sagte in Berlin, Moskau habe Angriffe auf Charkiw vorbereitet')
    reported = _group(d.event.type) in GROUND
    # (a setting may come right after a fronted date: 'Samedi, à New York, le secrétaire
    # général … a appelé'; only date words before it, no relative clause 'Moscú, que mantiene
    # una base en Gyumri, llamó')
    dated = {k for i, j, _, _ in sent.scan.find("date") for k in range(i, j)}
    lead = next((cl for cl in range(d.clause) if not all(
        k in dated or not sent.toks[k].text[:1].isalnum()
        for k in range(len(sent.toks)) if sent.clause_of[k] == cl)), d.clause)
    return [c for c in sent.cands + sent.venues if c.clause <= lead and c.clause < d.clause and c.cue
            and not (_is_seat(c) and c.place.country in speakers)
            and not (reported and c.said)]


STATED_OBJECT = 4   # tokens from a statement verb to the happening it names ('condemned the attacks')


def _statement_object(d: _Draft) -> int | None:
    """The token of the accusation or appeal whose object a happening on the ground is
    ('condamne les attaques', 'condemned the shelling', 'verurteilte die Angriffe'), else None."""
    if _group(d.event.type) not in GROUND or not d.sent.toks:
        return None
    sent = d.sent
    for i, j, (typ, _), _ in sent.scan.longest("trig"):
        if typ in ("accusation_statement", "appeal_demand") and j <= d.tok <= j + STATED_OBJECT \
                and sent.clause_of[i] == d.clause:
            return i
    return None


def _venue_pool(d: _Draft) -> list[_Cand]:
    """Where a statement, appeal or signing itself was made: a cue'd place of its clause written
    before its verb ('Pelosi in Yerevan condemned'), right after it ('a condamné dimanche à
    Erevan', 'firmaron este viernes en la Casa Blanca'), or a fronted setting. A place further
    on is what the statement is about ('condemned the shelling of Jermuk')."""
    sent, toks = d.sent, d.sent.toks
    if not toks:
        return []
    t_end = _trigger_end(d)
    dated = {k for i, j, _, _ in sent.scan.find("date") for k in range(i, j)}
    cue_toks = {k for i, j, _, _ in sent.scan.find("before") for k in range(i, j)}
    lex = d.lex
    speakers = {iso for k, _, iso in sent.actors if iso and k < d.tok}
    dative = lex.loc_dative if lex is not None else frozenset()
    # ('verurteilte die Tat aus Paris'): a capital after the statement's object and its 'from'
    # word is where the speaker was, as a town is (below); not for appeals, whose 'from' may name
    # whom they ask
    seats_from = [c for c in sent.bare if d.event.type == "accusation_statement" and c.clause == d.clause
                  and c.place.feature != "country" and lex is not None and c.tok > t_end + 1
                  and toks[c.tok - 1].low in lex.venue_from_verb and toks[c.tok - 1].low not in lex.venue_from_agent
                  and _venue_past_object(d, c, t_end, dated, cue_toks)]
    out = list(seats_from)
    for c in sent.cands + sent.venues:
        if c.clause != d.clause or c.place.feature == "country":
            continue
        if not c.cue:
            # ('condenó el atentado desde Sevilla': 'from' is no place cue, yet names the venue)
            if lex is not None and c.tok > t_end and toks[c.tok - 1].low in lex.venue_from_verb \
                    and d.event.type in ("accusation_statement", "appeal_demand") \
                    and _venue_past_object(d, c, t_end, dated, cue_toks):
                out.append(c)
            continue
        seat = _is_seat(c)
        seat_speaker = seat and c.place.country in speakers
        if seat_speaker:
            continue
        if seat and c.tok == t_end + 1 and toks[t_end].low in dative:
            continue                        # 'reproche à Moscou': addressed, not said there
        if c.end_tok <= d.tok:
            # (not in verb-final languages, where what comes before the verb is its content:
            # 'Gazze'de ateşkes çağrısında bulundu')
            if not c.said and not (lex is not None and lex.content_before):
                out.append(c)
        elif d.tok < c.tok and c.end_tok <= t_end and (not c.said or c.said_tok <= d.tok) \
                and c.mention is not None and d.event.type == "accusation_statement":
            out.append(c)                   # 'sprach am Samstag in Düsseldorf von einem Anschlag'
        elif c.tok >= t_end and c.tok - t_end <= 5 and c.mention is not None and c.mention.role == OTHER \
                and not seat_speaker:
            out.append(c)                   # 'signed a joint declaration at the White House'
        elif c.tok >= t_end and c.tok - t_end <= 4 and all(
                k in dated or k in cue_toks or toks[k].low.isdigit()
                or (lex is not None and (toks[k].low in lex.fillers or toks[k].low in lex.month_words))
                for k in range(t_end, c.tok)):
            out.append(c)
        elif lex is not None and d.event.type in ("accusation_statement", "appeal_demand") \
                and _venue_past_object(d, c, t_end, dated, cue_toks):
            out.append(c)                   # 'condemned the attack on Tuesday in London'
    # (a country is no venue, in a fronted clause either: 'La missione dell'Onu in Libia (Unsmil)
    # ha chiesto', 'Kigali n'a pas confirmé la présence de ses soldats en RDC, mais accuse')
    return out + [c for c in _setting(d) if c.place.feature != "country"] + _venue_from(d) + _meeting_venue(d)


MEETING_REACH = 4   # tokens between a meeting's word and its place ('meeting on Sunday in Brighton')


def _meeting_venue(d: _Draft) -> list[_Cand]:
    """Where the speakers of a statement were meeting, told before its verb in a clause of its
    own ('The cabinet, meeting in Brighton, condemned …', 'Лидеры, собравшиеся на саммит в Сочи,
    осудили …', "Çankaya'daki kabine toplantısının ardından yaptığı açıklamada"): a cue'd place
    (never a country) right after a meeting's trigger, or right before it in a language that puts
    what it qualifies first (`content_before`). The meeting is the statement's occasion; its
    place is where the statement was made."""
    sent, lex = d.sent, d.lex
    if lex is None or sent.scan is None or not sent.toks \
            or d.event.type not in ("accusation_statement", "appeal_demand"):
        return []
    meets = [(i, j) for i, j, (typ, _), _ in sent.scan.longest("trig") if typ == "talks_meeting" and j <= d.tok]
    if not meets:
        return []
    out = []
    for c in sent.cands + sent.venues:
        if not c.cue or c.place.feature in ("country", "border") or c.end_tok > d.tok or c.clause == d.clause:
            continue
        if any(j <= c.tok <= j + MEETING_REACH and sent.clause_of[i] == c.clause for i, j in meets) \
                or (lex.content_before and any(0 <= i - c.end_tok <= MEETING_REACH - 1
                                               and sent.clause_of[i] == c.clause for i, j in meets)):
            out.append(c)
    return out


NAME_APPOSITION = 6     # words of a person's name set off by commas ('General Soe Win')


def _name_apposition(sent: _Sent, t_end: int) -> tuple[int, int] | None:
    """'met the junta leader, General Soe Win, in Naypyitaw': a person's name set off by commas
    a few words after a meeting's verb is no clause of its own; (first token of the name, first
    token after its closing comma), when its words are all capitalised (short particles aside)."""
    toks, breaks = sent.toks, sorted(b for b in sent.breaks if t_end < b <= t_end + 6)
    for lo in breaks:
        hi = next((b for b in sorted(sent.breaks) if b > lo), None)
        if hi is None or hi - lo > NAME_APPOSITION or hi >= len(toks):
            return None
        words = toks[lo:hi]
        if all(t.text[:1].isupper() or (len(t.low) <= 3 and t.low.isalpha()) for t in words) \
                and words[0].text[:1].isupper():
            return lo, hi
        return None
    return None


def _venue_past_object(d: _Draft, c: _Cand, t_end: int, dated: set, cue_toks: set) -> bool:
    """A statement's venue told after the happening it is about ('condemned the attack on Tuesday
    in London', 'verurteilte den Anschlag am Dienstag in Berlin', 'condenó el atentado desde
    Sevilla'): right after the verb, its object (determiners and the happening's own trigger
    words, at most STATED_OBJECT words), then a date or a 'from' word, then the place across
    the usual fillers and cues. Without the date or 'from' word the place would be the object's
    own ('condemned the shelling of Jermuk'): no venue."""
    sent, toks, lex = d.sent, d.sent.toks, d.lex
    if sent.clause_of[c.tok] != d.clause if c.tok < len(sent.clause_of) else True:
        return False
    trig = {k for i, j, _, _ in sent.scan.find("trig") for k in range(i, j) if i >= t_end}
    # (the object: up to two words — its article, an adjective — then the trigger word)
    first = next((k for k in range(t_end, min(c.tok, t_end + 3)) if k in trig), None)
    if first is None:
        # (an object no trigger names, 'verurteilte die Tat aus Paris': two words at most, no
        # place among them, then a date or the 'from' word)
        places = {x.tok for x in sent.cands + sent.venues}
        k = next((k for k in range(t_end + 1, min(c.tok, t_end + 4))
                  if k in dated or toks[k].low in lex.venue_from_verb), None)
        if k is None or any(m in places for m in range(t_end, k)):
            return False
    else:
        k = first
    noun = True
    while first is not None and k < c.tok and k - t_end < STATED_OBJECT and (
            k in trig or toks[k].low in lex.fillers or toks[k].low in lex.anaphora_before
            or toks[k].low in lex.anaphora_after):
        k += 1                              # ('serangan itu', 'the attack')
    if not noun or k >= c.tok or c.tok - k > 4:
        return False
    gap = range(k, c.tok)
    if not any(m in dated or toks[m].low in lex.venue_from_verb for m in gap):
        return False
    # (a date's own short preposition, 'on', 'am', may lie outside its span)
    return all(m in dated or m in cue_toks or toks[m].low.isdigit() or toks[m].low in lex.fillers
               or toks[m].low in lex.month_words or toks[m].low in lex.venue_from_verb
               or (m + 1 < c.tok and m + 1 in dated and toks[m].text.isalpha() and toks[m].text.islower())
               for m in gap)


def _venue_from(d: _Draft) -> list[_Cand]:
    """A town a statement was made from, before its verb ('Speaking from Erbil, the commander
    accused …', 'Desde Erbil, el comandante acusó …', "Erbil'den yaptığı açıklamada … suçladı"):
    right after a `venue_from` phrase (across fillers; a `fronted` one opening the sentence), or
    with a case ending and a `venue_from_after` word right after it. Never a country; a capital
    only with its case ending ("Ankara'da yaptığı açıklamada")."""
    sent, lex, toks = d.sent, d.lex, d.sent.toks
    if lex is None or not toks:
        return []
    fronted = [x for x in sent.scan.find("venuefronted") if x[0] == 0]
    before = sent.scan.find("venuefrom") + fronted
    after = sent.scan.find("venueafter")
    titles = [i for i, _, _, _ in lex.person_titles.find(toks)] if fronted else []
    t_end = _trigger_end(d)
    if t_end < len(toks) and toks[t_end].low in lex.venue_from_verb:
        before = before + [(t_end, t_end + 1, None, None)]     # 'pidió desde Culiacán'
    # ('…, he told reporters in Leeds', '…, ujarnya kepada wartawan di Padang'): a statement's
    # press venue told after it in its sentence is where it was made
    press_after = [(i, j, None, None) for i, j, _, _ in lex.venue_press.find(toks) if i >= t_end] \
        if d.event.type in ("accusation_statement", "appeal_demand") else []
    before = before + press_after
    if not before and not after:
        return []
    out = []
    # ('held talks with the rebels by phone from Moscow': a `venue_from` phrase after the trigger,
    # in its clause, names the place right after it)
    later = {j for i, j, _, _ in sent.scan.find("venuefrom") if i >= t_end and sent.clause_of[i] == d.clause}
    later |= {j for _, j, _, _ in press_after}
    for c in sent.cands + sent.venues + sent.bare:
        if c.place.feature in ("country", "border") or c.mention is None \
                or (c.end_tok > d.tok and c.tok != t_end + 1 and c.tok not in later):
            continue
        # ('Da Roma, fonti di governo …': a capital after 'from' is its government; with its
        # case ending before 'the statement he made', "Ankara'da yaptığı açıklamada", the town
        # the statement was made in, a capital too)
        # (a person's title a few words after a fronted one: 'Da Roma, il ministro … ha condannato'
        # is said in Rome by a person, no government standing for the capital)
        # ('Depuis Paris, Emmanuel Macron a dénoncé …'): a person's full name, two capitalised
        # words after the capital's comma, is a person speaking there as much as a title is
        named = c.end_tok + 1 < len(toks) and "," in d.sent_text[toks[c.end_tok - 1].end:toks[c.end_tok].start] \
            and all(toks[k].text[:1].isupper() and toks[k].text.isalpha() for k in (c.end_tok, c.end_tok + 1)) \
            and not any(x.tok in (c.end_tok, c.end_tok + 1) for x in sent.cands) \
            and d.event.type in ("accusation_statement", "appeal_demand")
        spoken = any(j <= c.tok and all(toks[k].low in lex.fillers for k in range(j, c.tok))
                     for _, j, _, _ in fronted) and (named or any(c.end_tok <= i <= c.end_tok + 3 for i in titles))
        # ('Depuis Bruxelles, où il participait à un sommet, le président a dénoncé …'): a capital
        # with a relative 'where' right after it is where the speaker was, no government (the
        # statement's: what the speaker attended there, 'un sommet', is told in passing)
        spoken = spoken or d.event.type in ("accusation_statement", "appeal_demand") \
            and _where_after(toks, c.end_tok, lex)
        # ('Speaking outside Downing Street, the prime minister said …'): a seat right after a
        # speech verb's `venue_from` phrase is where the speaker stood, no government
        spoken = spoken or any(j <= c.tok and all(toks[k].low in lex.fillers for k in range(j, c.tok))
                               and any(si == i for si, _, _, _ in sent.scan.find("speech"))
                               for i, j, _, _ in sent.scan.find("venuefrom"))
        # ('at a press conference in Lyon', 'dalam jumpa pers di Jakarta'): where the press met
        # the speaker, a seat too
        spoken = spoken or any(j <= c.tok and all(toks[k].low in lex.fillers for k in range(j, c.tok))
                               for _, j, _, _ in lex.venue_press.find(toks))
        # ('a dénoncé depuis Bruxelles un crime', 'condemned from Paris'): a capital right after
        # a statement's verb and its 'from' word (`venue_from.after_verb`) is where the speaker was,
        # no government (not for appeals: 'demanded from Moscow' may name whom it asks)
        spoken = spoken or (d.event.type == "accusation_statement" and c.tok == t_end + 1
                            and t_end < len(toks) and toks[t_end].low in lex.venue_from_verb
                            and toks[t_end].low not in lex.venue_from_agent)
        if (not _is_seat(c) or spoken or c.tok in later) and any(j <= c.tok and all(toks[k].low in lex.fillers for k in range(j, c.tok))
                                               for _, j, _, _ in before) \
                or any(c.end_tok <= i <= c.end_tok + 1 or _venue_gap(toks, c.end_tok, i, lex)
                       for i, _, _, _ in after):
            out.append(c)
    return out


VENUE_GAP = 2   # words naming the gathering between a town with its case ending and the speech after it


def _venue_gap(toks: list[Tok], a: int, b: int, lex: Lexicon) -> bool:
    """"Ankara'da büyükelçiler konferansında yaptığı konuşmada": the gathering a speech was made
    at, named between the town (with its case ending) and the `venue_from_after` words, in a
    language that puts a place's case ending on its words (`locative.suffixes`): at most
    VENUE_GAP lower-case words, the last with a locative ending."""
    if a < len(toks) and toks[a].low in lex.loc_suffixes:
        a += 1                          # (the name's own case ending, split off at its apostrophe)
    if not lex.loc_suffixes or not (a < b <= a + VENUE_GAP):
        return False
    words = toks[a:b]
    return all(t.text[:1].islower() and t.text.isalpha() for t in words) \
        and words[-1].low.endswith(lex.loc_suffixes)


VISIT_REACH = 4     # tokens between a visit word and the place visited ('visited on Sunday the town of')


def _visited(d: _Draft, paras: dict[int, list[_Sent]], done: list[_Draft] = ()) -> tuple[_Cand, int] | None:
    """Where the speaker of a statement with no venue of its own was visiting: a place right
    after a visit word told before the statement in its sentence ('visited Gwoza on Sunday and
    condemned …') or in the sentence before it ('… s'est rendue à Barsalogho. Le ministre a
    dénoncé …'); 'visited the town' is the town named last before it; 'went to the scene', 'arrivé
    sur place' (`visit_scene`) is the place of the violent happening told last before it (the
    scene of the story). (Place, level) or None."""
    sent, lex = d.sent, d.lex
    if lex is None or not sent.toks:
        return None
    para = paras.get(sent.para, [])
    k = next((n for n, s in enumerate(para) if s is sent), 0)
    # (the sentence before only when this one names no new speaker: 'El Gobierno español lo
    # condenó' after von der Leyen's visit to Bucha was not said there)
    named = any(t < d.tok for t, _, _ in sent.actors)
    for s, level in ((sent, SENTENCE), (para[k - 1] if k > 0 and not named else None, PARAGRAPH)):
        if s is None:
            continue
        frames = {a for a, _ in _visit_frames(s, lex)} if s is sent else set()
        for i, j, _, _ in s.scan.find("visit") + [(a, b, None, None) for a, b in _visit_frames(s, lex)
                                                    if s is sent]:
            if s is sent and (i > d.tok and not (i in frames and sent.clause_of[i] in (d.clause, d.clause + 1))
                              or sent.clause_of[i] not in (d.clause, 0) and i not in frames) \
                    and not (i < d.tok and _where_clause_after(sent, lex, i, d.clause)):
                continue                    # ('X, who visited Kyiv last week, urged …': no venue;
                                            # but 'called for … during a visit to Leeds')
            if s is not sent and _told_after(s, i, lex):
                continue                    # ('X, que visitó Bucha, calificó …': X spoke there)
            pool = [x for x in s.cands + s.venues + s.dest if not x.guessed and x.place.feature != "country"]
            if lex.content_before:          # "Goris'i ziyaret etti"
                x = next((x for x in pool if x.end_tok <= i and i - x.end_tok <= 2), None)
            else:
                x = next((x for x in sorted(pool, key=lambda x: x.tok) if j <= x.tok <= j + VISIT_REACH), None)
            if x is not None:
                return x, level
            # 'visited the town': no name after the place noun, the place named last before it
            t = j
            while t < len(s.toks) and t - j < 2 and s.toks[t].low in lex.fillers and s.toks[t].low not in lex.place_nouns:
                t += 1
            if t < len(s.toks) and s.toks[t].low in lex.place_nouns and not (
                    t + 1 < len(s.toks) and s.toks[t + 1].text[:1].isupper()):
                x = _named_last(s, paras)
                if x is not None:
                    return x, level
        scene = _visited_scene(d, s, done)
        if scene is not None:
            return scene, level
    return None


def _visit_frames(sent: _Sent, lex: Lexicon) -> list[tuple[int, int]]:
    """Spans of `visit_frame` phrases ('during a visit to', 'bei einem Besuch in', 'lors d'une
    visite à'): a visit named as the setting of something else told in its sentence."""
    if lex is None or not lex.phrases("visit_frame").patterns:
        return []
    return [(i, j) for i, j, _, _ in lex.phrases("visit_frame").find(sent.toks)]


def _visit_frame(sent: _Sent, lex: Lexicon, i: int, j: int, trig) -> bool:
    """Is the meeting word at i..j inside a visit frame whose clause also tells a statement or an
    appeal ('had called for a change … during a visit to Leeds', 'hatte bei einem Besuch in
    Rostock … gefordert')? Then the visit only says where it was said."""
    frames = [(a, b) for a, b in _visit_frames(sent, lex) if a <= i < b or a <= i < b + 1 and j <= b + 1]
    if not frames:
        return False
    c = sent.clause_of[i]
    # (the frame may open a clause of its own right after the statement's: '… on Monday, during a
    # visit to Leeds')
    return any(t in FRAMED_BY_VISIT and sent.clause_of[ti] in (c, c - 1) and not any(a <= ti < b for a, b in frames)
               for ti, _, (t, _), _ in trig)


FRAMED_BY_VISIT = ("appeal_demand", "accusation_statement")


def _visited_scene(d: _Draft, s: _Sent, done: list[_Draft]) -> _Cand | None:
    """'Arrivé sur place, le président a dénoncé …', 'went to the scene … He condemned …': a
    `visit_scene` phrase before d's statement (its clause or the opening one) or in the sentence
    s before it; the finer place of the first violent happening placed by its own paragraph before
    d (the story's scene, not a background one's place borrowed later)."""
    sent, lex = d.sent, d.lex
    m = lex.phrases("visit_scene")
    if not m.patterns:
        return None
    hits = [(i, j) for i, j, _, _ in lex.matches("p:visit_scene", s.toks, s.scan)]
    if s is sent:
        hits = [(i, j) for i, j in hits if j <= d.tok and sent.clause_of[i] in (d.clause, 0)]
    elif hits and _told_after(s, hits[0][0], lex):
        return None
    if not hits:
        return None
    for o in done:
        if o is d or o.sent.start > sent.start or o.event.negated or o.loc_cand is None \
                or o.event.type not in VIOLENT | {"casualties"} or o.alleged or o.clause in o.sent.background \
                or o.loc_level is None or o.loc_level > PARAGRAPH:
            continue
        c = o.loc_cand
        if c.guessed or c.place.feature in COARSE | {"border", "admin1"}:
            continue
        return c
    return None


TITLE_REACH = 10    # tokens from a person's title to the place the sentence tells that person at


def _said_where_before(d: _Draft, paras: dict[int, list[_Sent]], done: list[_Draft]) -> tuple[_Cand, int] | None:
    """Where a statement with no venue of its own was made, told by the sentence before it in its
    paragraph: the venue of a statement placed there ('In a speech from Leeds, the minister said …
    He blamed …'), or the one place of a sentence that tells no happening at all, only where the
    speaker was ('In Bonn kam der Krisenstab zusammen. Der Minister verurteilte …', 'La ministra
    si trovava a Torino. Ha condannato …'). Not when the statement names a speaker of its own
    country, nor a place of its own (a place it is about). (Place, PARAGRAPH) or None."""
    sent, lex = d.sent, d.lex
    if lex is None or not sent.toks or d.clause != 0:
        return None
    if any(t < d.tok for t, _, _ in sent.actors):
        return None                         # a new speaker: not the one told before
    # (only the speaker told before, as a pronoun or unnamed: 'He blamed …', 'Ha condannato …';
    # never a new one, 'The group claimed …', 'Gubernur X juga mengimbau …')
    pron = lex.__dict__.get("_said_pronouns")
    if pron is None:
        pron = lex._said_pronouns = frozenset(fold(str(w)) for w in lex.data.get("said_pronouns") or [])
    dated = _dated_tokens(sent, lex)
    if any(not (t.low in pron or t.low in lex.fillers or k in dated or not t.text[:1].isalnum()
                or (len(t.text) <= 4 and (t.text.islower() or k == 0)))
           for k, t in enumerate(sent.toks[:d.tok])):
        return None
    if any(c.cue for c in sent.cands + sent.venues):
        return None                         # its own places are what it is about
    para = paras.get(sent.para, [])
    k = next((n for n, s in enumerate(para) if s is sent), 0)
    if k == 0:
        return None
    prev = para[k - 1]
    said = [x for x in done if x.sent is prev and x.loc_level == CLAUSE and x.loc_cand is not None
            and _group(x.event.type) == "diplomatic" and x.event.type != "talks_meeting"
            and not x.event.negated and x.event.location is not None]
    if said:
        return said[-1].loc_cand, PARAGRAPH
    if prev.scan is None:
        return None
    # ('In a televised address from Leeds, the minister said … He blamed …'): the one place a
    # speech verb of the sentence before was said at, or said from
    spoken = [x for x in prev.venues if x.said and x.cue] + [
        x for x in prev.cands + prev.venues + prev.bare
        if any(j <= x.tok <= j + 1 for _, j, _, _ in prev.scan.find("venuefrom"))]
    spoken = [x for x in spoken if not x.guessed and x.place.feature in STAND_IN]
    if len({x.place.id for x in spoken}) == 1:
        return spoken[0], PARAGRAPH
    if spoken or prev.scan.find("trig") or prev.background:
        return None
    pool = [x for x in prev.cands + prev.venues if x.cue and not x.guessed and not x.near
            and x.place.feature in STAND_IN]
    if len({x.place.id for x in pool}) != 1 or prev.bare or prev.dest:
        return None
    # (a person, named by a title, is told there, before the place and before any verb of saying:
    # 'Die Ministerin zeigte sich in Hamburg erschüttert'; not 'il ministro ha assicurato che
    # l'ambasciata a X resta aperta', what was said, nor a group of men who landed at X)
    x = pool[0]
    titled = any(j <= x.tok <= j + TITLE_REACH for _, j, _, _ in lex.person_titles.find(prev.toks))
    if not titled or any(i < x.tok for i, _, _, _ in prev.scan.find("speech")):
        return None
    return x, PARAGRAPH


SETTING_OPENS = 2    # tokens before a paragraph's fronted setting ('Di Jakarta,', 'In Berlin,')


def _paragraph_setting(d: _Draft, paras: dict[int, list[_Sent]], done: list[_Draft]) -> tuple[_Cand, int] | None:
    """'Di Jakarta, Presiden X meminta … Ketua DPR Y mengecam aksi tersebut', 'In Berlin, the
    chancellor called for … The interior minister condemned …': a paragraph whose first sentence
    opens with a setting (a cue'd place in its first words) where a statement was placed sets the
    scene of the statements after it in the paragraph, with no place named between (a statement
    naming places of its own is about them). (Place, PARAGRAPH) or None."""
    sent = d.sent
    para = paras.get(sent.para, [])
    if not para or para[0] is sent or d.event.negated:
        return None
    first = para[0]
    k = next((n for n, x in enumerate(para) if x is sent), None)
    if k is None or any(c.cue for x in para[1:k + 1] for c in x.cands + x.venues):
        return None
    for o in done:
        if o.sent is not first or o.event.negated or o.loc_cand is None or o.loc_level != CLAUSE \
                or o.event.type not in ("accusation_statement", "appeal_demand"):
            continue
        c = o.loc_cand
        # (a setting of its own clause, set off by a comma: not where one speaker held a press
        # conference, "Dün Ankara'da düzenlediği basın toplantısında X … dedi")
        if c.cue and c.clause == 0 and c.tok <= SETTING_OPENS and c.tok < o.tok and not c.guessed \
                and c.end_tok < len(first.toks) and first.clause_of[c.end_tok] != c.clause:
            return c, PARAGRAPH
    return None


def _press_after(d: _Draft, paras: dict[int, list[_Sent]]) -> tuple[_Cand, int] | None:
    """'The party condemned the raid. Its leader met reporters in Leeds that evening', '"…," kata
    jurucakap itu di Ipoh': the sentence right after a statement with no venue of its own, in its
    paragraph, that only tells where the speaker met the press or spoke (a town after a press
    phrase, `venue_from.press` and `press_met`, or after a verb of saying written after a quote,
    `said_after_quote`; not any place after a verb of saying, which may be the words' content:
    'Maputo has not confirmed that Palma has fallen') and tells no statement, appeal or
    happening of its own, gives the statement's venue. Never a country. (Place, PARAGRAPH) or None."""
    sent, lex = d.sent, d.lex
    para = paras.get(sent.para, [])
    k = next((n for n, x in enumerate(para) if x is sent), None)
    if lex is None or k is None or k + 1 >= len(para) or d.event.negated:
        return None
    nxt = para[k + 1]
    if nxt.scan is None or not nxt.toks:
        return None
    met = [(i, j) for i, j, _, _ in lex.press_met.find(nxt.toks)]
    if any(not any(a <= i < b for a, b in met) for i, _, _, _ in nxt.scan.longest("trig")):
        return None                     # (a happening or statement of its own)
    toks = nxt.toks
    # (only a verb of saying written after a quote: after any other, a place is the words' content,
    # 'He denied that the port of X was used')
    speech = [k + 1 for k, t in enumerate(toks) if t.low in lex.said_after_quote]
    press = [j for _, j, _, _ in lex.venue_press.find(toks)]
    # (the town right after the press met, its cue between; before it in a language that puts
    # the place first: "İzmir'de gazetecilerle görüştü")
    said = [v for v in nxt.cands + nxt.venues if v.place.feature not in ("country", "border") and not v.guessed
            and ((v.cue and (any(sj <= v.tok <= sj + 5 for sj in speech) or any(
                j <= v.tok and all(toks[k].low in lex.fillers for k in range(j, v.tok)) for j in press)
                or any(j <= v.tok <= j + 1 or (lex.content_before and v.end_tok <= i <= v.end_tok + 2)
                       for i, j in met))))]
    return (min(said, key=lambda v: v.tok), PARAGRAPH) if len({v.place.id for v in said}) == 1 else None


def _where_after(toks: list[Tok], k: int, lex: Lexicon) -> bool:
    """Does a relative 'where' (`visit_where`) open the words at token k, after a comma ('X, où
    il participait …', 'X, where he attended …')?"""
    where = lex.__dict__.get("_visit_where")
    if where is None:
        where = frozenset(fold(str(w)) for w in lex.data.get("visit_where") or [])
        lex._visit_where = where
    if k < len(toks) and toks[k].text == ",":
        k += 1
    if k >= len(toks):
        return False
    return toks[k].low in where or " ".join(t.low for t in toks[k:k + 2]) in where


def _where_clause_after(sent: _Sent, lex: Lexicon, i: int, clause: int) -> bool:
    """'X, the minister, went on Thursday to Kidal, where he condemned …': the statement's
    clause opens with a relative 'where' (`visit_where`) right after the clause of the visit
    word at token i: said at the place visited."""
    where = lex.__dict__.get("_visit_where")
    if where is None:
        where = frozenset(fold(str(w)) for w in lex.data.get("visit_where") or [])
        lex._visit_where = where
    first = next((k for k, c in enumerate(sent.clause_of) if c == clause), None)
    if first is None or first == 0 or sent.clause_of[first - 1] != sent.clause_of[i]:
        return False
    two = " ".join(t.low for t in sent.toks[first:first + 2])
    return sent.toks[first].low in where or two in where


def _told_after(s: _Sent, i: int, lex: Lexicon) -> bool:
    """Does sentence s tell more after the clause of token i than where it was (a later clause
    with a word that is no cue, filler, place noun, date or name)?"""
    dated = _dated_tokens(s, lex)
    return any(s.clause_of[t] > s.clause_of[i] and s.toks[t].text.isalpha() and s.toks[t].text.islower()
               and t not in dated and s.toks[t].low not in lex.fillers and s.toks[t].low not in lex.place_nouns
               and s.toks[t].low not in lex.loc_before_words for t in range(i, len(s.toks)))


def _named_last(s: _Sent, paras: dict[int, list[_Sent]], own_para: bool = False) -> _Cand | None:
    """The finer place named last before sentence s, in its paragraph or (unless `own_para`)
    the one before."""
    for p in (s.para,) if own_para else (s.para, s.para - 1):
        before = [x for t in paras.get(p, []) if t.start < s.start for x in t.cands + t.dest
                  if x.mention is not None and not x.guessed and not _is_seat(x)
                  and x.place.feature not in COARSE | {"border", "admin1"}]
        if before:
            return max(before, key=lambda x: x.mention.start)
    return None


def _both_named(d: _Draft, paras: dict[int, list[_Sent]]) -> tuple[_Cand, _Cand] | None:
    """'В обоих городах завязалась перестрелка', 'in both cities': the two finer places named
    last before d's sentence (its paragraph, else the one before), when d's clause says so."""
    sent, lex = d.sent, d.lex
    if lex is None or not any(sent.clause_of[i] == d.clause for i, _, _, _ in sent.scan.find("bothplaces")):
        return None
    for p in (sent.para, sent.para - 1):
        before = sorted((x for t in paras.get(p, []) if t.start < sent.start for x in t.cands + t.dest
                         if x.mention is not None and not x.guessed and (x.cue or not _is_seat(x))
                         and x.place.feature not in COARSE | {"border", "admin1"}),
                        key=lambda x: -x.mention.start)
        two: list[_Cand] = []
        for x in before:
            if all(x.place.id != y.place.id for y in two):
                two.append(x)
            if len(two) == 2:
                return two[1], two[0]
    return None


def _same_place(d: _Draft, placed: list[_Draft]) -> _Cand | None:
    """'In the same area', 'en la misma zona', 'в том же районе' in d's clause: the place of the
    happening placed last before d, in its paragraph or the one before."""
    sent, lex = d.sent, d.lex
    if lex is None or not any(sent.clause_of[i] == d.clause for i, _, _, _ in sent.scan.find("sameplace")):
        return None
    for o in reversed(placed):
        if o is d or o.sent.start > sent.start or o.event.negated or o.loc_cand is None:
            continue
        if o.sent.para < sent.para - 1:
            return None
        return o.loc_cand
    return None


def _place_noun_ref(d: _Draft) -> bool:
    """Does d's clause point back at a place with a cue, a place noun and a word of reference
    and no name ('menyerah di kota itu', 'fighting in that town', 'в этом городе')?"""
    sent, lex = d.sent, d.lex
    toks = sent.toks
    if lex is None or sent.scan is None or not (lex.anaphora_before or lex.anaphora_after):
        return False
    n = len(toks)
    for i, j, _, _ in sent.scan.find("before"):
        if sent.clause_of[i] != d.clause:
            continue
        k, ana = j, False
        while k < n and k - j < 3 and (toks[k].low in lex.anaphora_before or (
                toks[k].low in lex.fillers and toks[k].low not in lex.place_nouns)):
            ana = ana or toks[k].low in lex.anaphora_before
            k += 1
        if k >= n or toks[k].low not in lex.place_nouns or k in sent.place_starts \
                or not (toks[k].text.islower() or lex.capitalised_nouns):
            continue
        ana = ana or (k + 1 < n and toks[k + 1].low in lex.anaphora_after)
        if ana and not any(t in sent.place_starts for t in range(k + 1, min(n, k + 4))):
            return True
    return False


def _is_seat(c: _Cand) -> bool:
    """A capital or a seat of power (a mention standing for its government)."""
    return getattr(c.place, "source", None) == "geonames-capital" or (
        c.mention is not None and c.mention.role == OTHER)


def _later_own(s: _Sent, sent: _Sent, c: _Cand, typ: str) -> bool:
    """Is c, in a sentence s after sent, the place of a happening of the same type told in its
    own clause? Then it is that happening's scene, not sent's ('thousands gathered at the
    station. In Istanbul too thousands marched'): the earlier one is not borrowed forward.
    (Not for violence: a later sentence there mostly tells the same fight in detail.)"""
    return s.start > sent.start and _group(typ) != "violent" and any(
        t == typ and s.clause_of[i] == c.clause for i, _, (t, _), _ in s.scan.longest("trig"))


def _may_focus(s: _Sent, c: _Cand, d: _Draft) -> bool:
    """May place c of sentence s be the paragraph focus of a happening on the ground d? Not when
    s only tells statements, appeals or talks and c is where they were made ('À Paris, le Quai
    d'Orsay a exhorté …' does not place the wounded of the next sentence); what they are about
    ('accused Armenia of a provocation near Kalbajar') may be. Nor when s only tells happenings
    whose scene d may not borrow (_may_borrow)."""
    if _group(d.event.type) not in GROUND:
        return True
    found = [(i, typ) for i, _, (typ, _), _ in s.scan.find("trig")]
    ground = [typ for _, typ in found if _group(typ) in GROUND]
    if ground and not any(_may_borrow(d.event.type, typ) for typ in ground):
        return False            # 'the deserter was caught near Bayandur' places no killing
    trig = [(i, _group(typ)) for i, typ in found]
    if not trig or any(g != "diplomatic" for _, g in trig):
        return True
    # ('Foreign ministers met in Doha': a cue'd place right after a meeting is its venue)
    if c.cue and any(typ == "talks_meeting" and 0 <= c.tok - j <= 3
                     for _, j, (typ, _), _ in s.scan.longest("trig")):
        return False
    return c.tok > min(i for i, _ in trig)


def _origins(sent: _Sent, lex: Lexicon | None, text: str, cands: list | None = None) -> set[int]:
    """Places a deployment came from ('envoyé des renforts depuis Erevan', 'provenienti da
    Zawiya', "Kilis'ten"): an origin word right before the place (across fillers) or, as a
    case ending, right after its apostrophe. Ids of those candidates."""
    if lex is None or not sent.toks:
        return set()
    found = sent.scan.find("origin")
    if not found:
        return set()
    toks = sent.toks
    out = set()
    for c in (sent.cands if cands is None else cands):
        for i, j, _, _ in found:
            if j <= c.tok and sent.clause_of[i] == c.clause and all(
                    toks[k].low in lex.fillers for k in range(j, c.tok)):
                out.add(id(c))
            elif i == c.end_tok and text[toks[i - 1].end:toks[i].start] in ("'", "’"):
                out.add(id(c))
    # ('sent extra personnel from Nabire and Paniai to Deiyai'): places coordinated right after an
    # origin came from there too
    if out:
        pool = sorted(sent.cands if cands is None else cands, key=lambda c: c.tok)
        for a, b in zip(pool, pool[1:]):
            if id(a) in out and b.tok > a.end_tok and b.clause == a.clause and all(
                    toks[k].low in lex.coordinators or toks[k].text in (",", "،")
                    for k in range(a.end_tok, b.tok)):
                out.add(id(b))
    return out


ORIGIN_STRIKE_REACH = 8   # tokens from an origin word to the strike it launched ('from Gaza … rockets')


def _coarse_origins(sent: _Sent, lex: Lexicon | None, text: str) -> set[int]:
    """Countries and regions named as where someone comes from ('tourists from China and
    Southeast Asia', 'des combattants venus de Syrie'), with those coordinated after them: ids
    of those candidates. (Towns stay: 'rockets fired from Gaza' is for the launch rules.)"""
    if lex is None or not sent.toks:
        return set()
    found = sent.scan.find("origin")
    if not found:
        return set()
    toks = sent.toks
    at = {c.tok: c for c in sent.cands}
    ends = dict(sent.place_ends)
    for c in sent.cands:
        ends[c.tok] = max(ends.get(c.tok, 0), c.end_tok)
    actor_toks = {a[0] for a in sent.actors}
    # ('rockets from Gaza', 'dalla Striscia di Gaza sono stati lanciati razzi'): an origin right
    # beside a strike's own word is where it was launched from, which the launch rules weigh
    strikes = [(ti, tj) for ti, tj, (typ, _), _ in sent.scan.longest("trig") if typ in VIOLENT]
    out = set()
    for i, j, _, _ in found:
        if any(0 <= ti - j <= ORIGIN_STRIKE_REACH or 0 <= i - tj <= 4 for ti, tj in strikes):
            continue
        k, named = j, False
        while k < len(toks):
            if k in ends and ends[k] > k:
                if k in at:
                    out.add(id(at[k]))
                k, named = ends[k], True
            elif k in actor_toks:               # (a country read as an actor: 'dari China')
                k, named = k + 1, True
            elif toks[k].low in lex.fillers and not named or named and (
                    toks[k].low in lex.coordinators or toks[k].text in (",", "،")):
                k += 1
            else:
                break
    return {id(c) for c in sent.cands if id(c) in out and c.place.feature in COARSE}


MOVED = frozenset({"displacement", "evacuation"})   # subtypes of people leaving a place


def _moved_pool(d: _Draft, own: list[_Cand]) -> tuple[list[_Cand], set[int], list[_Cand]]:
    """People who fled or were evacuated: their place is the one they left ('fled Sake for
    Goma', 'mengungsi dari Khan Younis', "Hankendi'den Ermenistan'a", 'évacués de Kidal vers
    Gao'). Returns the clause's places without those they went to, the ids of the places they
    came from (the trigger's own object: 'fled Zamzam', 'покинули Лачин'), and the places they
    went to, kept for when nothing else names the place left. A border crossed is the way, not
    the place left ('crossed the border into Chad')."""
    sent, lex = d.sent, d.lex
    toks = sent.toks
    if lex is None or not toks:
        return own, set(), []
    pool = [x for x in own if x.place.feature != "border"]
    pool += [x for x in sent.went if x.clause == d.clause and x not in pool and x.place.feature != "border"]
    # (a capital after the trigger is a place left or reached, no government: 'evacuated
    # its citizens from Tehran', 'fled to Kyiv')
    pool += [b for b in sent.bare if b.clause == d.clause and b.tok > d.tok and b not in pool]
    origins = _origins(sent, lex, d.sent_text, pool)
    ends = [j for i, j, (typ, sub), _ in sent.scan.longest("trig") if i == d.tok]
    if ends:
        j = ends[0]
        # (the trigger's object: 'fled Sake', 'покинули Степанакерт', 'meninggalkan kota Lashio')
        origins |= {id(x) for x in pool if x.tok >= j and all(
            toks[k].low in lex.fillers for k in range(j, x.tok))}
    to_marks = sent.scan.find("movedto")
    dest = []
    for x in pool:
        if id(x) in origins:
            continue
        if _went_to(sent, lex, to_marks, x):
            dest.append(x)
        elif lex.moved_to_suffixes and x.end_tok < len(toks) and toks[x.end_tok].low in lex.moved_to_suffixes \
                and d.sent_text[toks[x.end_tok - 1].end:toks[x.end_tok].start] in ("'", "’"):
            dest.append(x)               # (Turkish dative: "Ermenistan'a kaçtı")
    # ('fled into Mizoram in India', 'ke negeri Mizoram di India'): the address of a place
    # reached, right after it, is reached too, not a place left
    for x in sorted(pool, key=lambda c: c.tok):
        if x not in dest and id(x) not in origins and any(
                y.end_tok <= x.tok <= y.end_tok + 3 and SPECIFICITY.get(x.place.feature, 2) > SPECIFICITY.get(
                    y.place.feature, 2) and (x.place.country == y.place.country or x.place.feature == "region")
                and all(toks[k].low in lex.fillers or toks[k].low in lex.loc_before_words
                        for k in range(y.end_tok, x.tok)) for y in dest):
            dest.append(x)
    rest = [x for x in pool if x not in dest]
    return rest, origins, dest


MOURNED_AFTER = 3   # tokens from a toll word to the mourning after it, where the head comes last
MOURNED = 8    # tokens from a mourning word to the toll it is for ('Trauertag für die drei getöteten Serben')


def _mourned(sent: _Sent, tok: int, lex: Lexicon | None = None) -> bool:
    """Is the toll word at `tok` who a mourning or condolences of its clause are for ('declared
    a day of mourning in Serbia for the dead assailants', 'proclamato il lutto per le vittime',
    and where the head comes last, 'şehitler için başsağlığı diledi')? Then it repeats a toll
    told before; the mourning's place is no scene of it."""
    after = lex is not None and lex.content_before
    return any(sent.clause_of[i] == sent.clause_of[tok]
               and (j <= tok <= j + MOURNED or after and 0 < i - tok <= MOURNED_AFTER)
               for i, j, _, _ in sent.scan.find("mourn"))


def _cared_for(sent: _Sent, d: _Draft, lex: Lexicon) -> bool:
    """Does d's sentence only tell how wounded people are cared for or doing ('the injured are
    in stable condition', 'yang terluka menjalani operasi', 'yaralının hayati tehlikesi yok'):
    a `care` phrase and no dead? Then it follows up on wounded told before; the hospital's
    place is no scene."""
    if d.event.killed or d.event.missing:
        return False
    m = lex.phrases("care")
    if not m.patterns:
        return False
    toks = sent.toks
    killed_cues = [c for c in sent.scan.longest("count") if c[2] == "killed"]
    return not killed_cues and bool(lex.matches("p:care", toks, sent.scan))


FRONTED_WORDS = 4   # words of a fronted time clause that only names a happening ('After the blast,')


def _fronted_reference(sent: _Sent, d: _Draft) -> bool:
    """Is d named in a short clause that opens the sentence with a clause word ('After the
    blast, police tightened security at churches in Manila', 'Usai ledakan, …', 'Après
    l'explosion, …')? That clause only dates the rest by a happening told before: the places of
    the other clauses are not its scene."""
    if not sent.toks or sent.clause_of[d.tok] != 0 or not any(i == 0 for i, _, _, _ in sent.scan.find("clause")):
        return False
    size = sum(1 for k in sent.clause_of if k == 0)
    return size <= FRONTED_WORDS + 1 and any(k != 0 for k in sent.clause_of)


def _names_origin(sent: _Sent, lex: Lexicon | None) -> bool:
    """Does the sentence name a place only as where something came from ('a missile launched
    from Yemen', 'roquettes tirées depuis le Liban', "Yemen'den fırlatılan")? An origin word
    right before (across fillers) a place or country of the sentence, or a Turkish ablative
    ending on one."""
    if lex is None or not sent.toks:
        return False
    toks = sent.toks
    starts = set(sent.place_starts) | {c.tok for c in sent.cands} | {k for k, _, _ in sent.actors}
    for i, j, _, _ in sent.scan.find("origin"):
        k = j
        while k < len(toks) and k not in starts and toks[k].low in lex.fillers:
            k += 1
        if k in starts and k >= j:
            return True
        # ("Yemen'den": the ending is a token of its own after the apostrophe)
        if i > 0 and i - 1 in starts and toks[i].start - toks[i - 1].end == 1:
            return True
    return False


COARSE = frozenset({"country", "region", "water"})
COARSE_REACH = 300.0    # km from a region's or sea's point to a town of its paragraph


def _border_isos(p: Place) -> tuple[str, ...]:
    """The two countries of a border line ('geomap:border-my-th' → MY, TH), else ()."""
    pid = p.id or ""
    if p.feature != "border" or not pid.startswith("geomap:border-"):
        return ()
    return tuple(x.upper() for x in pid[len("geomap:border-"):].split("-") if len(x) == 2)


def _listed_finer(d: _Draft, c: _Cand, need_incl: bool = False) -> _Cand | None:
    """'Wilayah sempadan selatan Thailand digegarkan …, dengan 44 kejadian dilaporkan di Pattani,
    Yala dan Narathiwat', 'closed the main border crossings, including Torkham and Chaman',
    'Russian strikes on Ukraine hit Kyiv, Lviv and Odesa': a happening on the ground placed on a
    country, wide region, sea or border line whose own sentence then lists the finer places
    where it happened (in that country, on that border, near that region) is at each of them.
    The first item of that list (one list only, two places or more), else None."""
    sent = d.sent
    isos = _border_isos(c.place)
    if c.place.feature == "border" and not isos:
        return None
    said = _said_clauses(d)
    pool = [x for x in sent.cands if x is not c and not x.guessed and x.mention is not None
            and x.clause not in sent.background and x.clause not in said and not _after_since(sent, x.tok, d.tok, x.place.feature in COARSE | {"admin1"})
            and x.place.feature not in COARSE | {"border", "admin1"}]
    if c.place.feature == "country":
        pool = [x for x in pool if x.place.country == c.place.country]
    elif isos:
        pool = [x for x in pool if x.place.country in isos]
    else:
        pool = [x for x in pool if _km(c.place.lat, c.place.lon, x.place.lat, x.place.lon) <= COARSE_REACH]
    pool.sort(key=lambda x: x.tok)
    if len({x.place.id for x in pool}) == 1 and isos:
        # 'Des obus sont tombés de l'autre côté de la frontière, à Gisenyi': one town written
        # right after the border phrase with its own cue is where on the border it was
        x = pool[0]
        gap = range(c.end_tok, x.tok)
        return x if x.cue and 0 < len(gap) <= 3 and all(
            sent.toks[k].low in d.lex.loc_before_words or sent.toks[k].low in d.lex.fillers
            for k in gap) else None
    if len({x.place.id for x in pool}) < 2:
        return None
    # (with a locative cue, or opened by 'including': 'termasuk Torkham dan Chaman')
    toks = sent.toks
    # (across fillers and the first item's own cue: 'especially around Goris', 'notamment autour de')
    cue_toks = {k for i, j, _, _ in sent.scan.find("before") for k in range(i, j)}
    incl = any(j <= pool[0].tok and all(toks[k].low in d.lex.fillers or k in cue_toks
                                        for k in range(j, pool[0].tok))
               for _, j, _, _ in sent.scan.find("incl"))
    if not incl and (need_incl or not any(x.cue for x in pool)):
        return None
    dated = _dated_tokens(sent, d.lex)
    trig = frozenset(t for ti, tj, _, _ in sent.scan.find("trig") for t in range(ti, tj))
    if not all(_coordinated(d.sent_text, sent.toks, a, b, d.lex, dated, listed=k > 0, trig=trig)
               for k, (a, b) in enumerate(zip(pool, pool[1:]))):
        return None
    return pool[0]


_CLOSING_QUOTES = frozenset('"”»“')


def _attribution_places(d: _Draft) -> set[int]:
    """'"The wounded are being treated," the police chief said in Jayapura': a place after the
    quote's closing mark and a verb of saying is where the speaker spoke, not the scene of what
    the quote tells (ids of such candidates)."""
    sent, toks, text = d.sent, d.sent.toks, d.sent_text
    if not text or sent.scan is None:
        return set()
    speech = [i for i, _, _, _ in sent.scan.find("speech") + sent.scan.find("quotesaid") if i > d.tok]
    if not speech:
        return set()
    end = toks[d.tok].end
    out = set()
    # ('… sei explodiert, teilte das Kommando in Potsdam mit', '…, said a spokesman in Kabul'): a
    # clause that opens after a comma with a verb of saying, after the happening told, names where
    # the speaker spoke
    opened = [i for i in speech if i > 0 and "," in text[toks[i - 1].end:toks[i].start]]
    for c in sent.cands:
        if c.tok <= d.tok:
            continue
        if any(i < c.tok and not any(ch in ",;:" for ch in text[toks[i].end:toks[c.tok].start])
               for i in opened):
            out.add(id(c))
            continue
        gap = text[end:toks[c.tok].start]
        q = next((k for k, ch in enumerate(gap) if ch in _CLOSING_QUOTES), None)
        if q is not None and any(end + q <= toks[i].start < toks[c.tok].start for i in speech):
            out.add(id(c))
    return out


def _quote_speaker_places(sent: _Sent, text: str) -> set[int]:
    """'"…," kata Kapolda Papua di Jayapura': places of a sentence after a quote's closing mark
    and a verb of saying (ids): where the speaker spoke, no scene for the paragraph."""
    if not text or sent.scan is None or not sent.toks:
        return set()
    speech = [sent.toks[i].start for i, _, _, _ in sent.scan.find("speech") + sent.scan.find("quotesaid")]
    if not speech:
        return set()
    lo = sent.toks[0].start
    out = set()
    for c in sent.cands:
        at = sent.toks[c.tok].start
        q = max((k for k in range(lo, at) if text[k] in _CLOSING_QUOTES), default=None)
        if q is not None and any(q < sp < at for sp in speech):
            out.add(id(c))
    return out


def _said_clauses(d: _Draft) -> set[int]:
    """The other clauses of d's sentence that tell a statement, appeal or talks: their places
    are where those were made or what they are about, not d's scene."""
    sent = d.sent
    return {sent.clause_of[i] for i, _, (typ, _), _ in sent.scan.longest("trig")
            if _group(typ) == "diplomatic"} - {d.clause}


def _finer_in_paragraph(d: _Draft, c: _Cand, paras: dict[int, list[_Sent]]) -> _Cand | None:
    """'ein Überfall im Norden des Kosovo' in a paragraph that then names the village, 'strikes on
    a port on the Red Sea coast' before the port's name: a happening on the ground placed only on
    a country, wide region or sea is at the finer place its paragraph names (inside that country,
    near that region or sea), as ACLED codes the most specific location."""
    sent = d.sent
    # (in its own sentence a place needs no cue: "Batı Şeria'nın kuzeyindeki Cenin kentine")
    # (nor, in its own sentence, where a statement of another clause was made: 'Clashes erupted
    # in Armenia, and officials in Yerevan condemned the violence')
    said = _said_clauses(d)
    pool = [x for s in paras.get(sent.para, []) for x in s.cands
            if (x.cue or s is sent) and not x.guessed and x.clause not in s.background and x is not c
            and x.mention is not None and x.place.feature not in COARSE | {"border", "admin1"}
            and (s is sent and x.clause not in said or s is not sent and _may_focus(s, x, d) and not _is_seat(x))]
    if c.place.feature == "country":
        pool = [x for x in pool if x.place.country == c.place.country]
    else:
        pool = [x for x in pool if _km(c.place.lat, c.place.lon, x.place.lat, x.place.lon) <= COARSE_REACH]
    ids = {x.place.id for x in pool}
    # (one place only: a paragraph naming several towns does not say which one this was)
    return pool[0] if len(ids) == 1 else None


def _pick_focus(others: list[_Cand], sent: _Sent, para: list[_Sent]) -> _Cand | None:
    """The paragraph's focus for a sentence with no place: among equally good places, those of
    the nearest sentence before it ('… in Culiacán left 29 dead. 21 people were detained.'),
    else after it."""
    if not others:
        return None
    pos = {id(s): k for k, s in enumerate(para)}
    here = pos.get(id(sent), 0)
    by_sent = {}
    for s in para:
        for x in s.cands:
            by_sent[id(x)] = pos[id(s)]
    best = _pick(others, 0)
    rank = lambda x: (x.place.feature == "country", not x.cue, _CLASS.get(x.place.feature, 1))  # noqa: E731
    same = [x for x in others if rank(x) == rank(best)]
    return min(same, key=lambda x: (by_sent.get(id(x), 0) > here, abs(by_sent.get(id(x), 0) - here), x.tok))


def _statement_content(sent: _Sent) -> set[int]:
    """Places a statement is about: after an accusation or appeal in its clause ('and accused
    Armenia of a provocation near Kalbajar'). They place what is alleged, in that clause, never
    another happening of the sentence."""
    said = [(i, sent.clause_of[i]) for i, _, (typ, _), _ in sent.scan.longest("trig")
            if typ in ("accusation_statement", "appeal_demand")]
    return {id(c) for c in sent.cands if any(c.clause == cl and c.tok > i for i, cl in said)}


def _dated_tokens(sent: _Sent, lex: Lexicon) -> frozenset:
    """Tokens of the sentence's dates: date cues, weekday and relative words, month names."""
    out = {k for c in sent.date_cues for k, t in enumerate(sent.toks) if c.start <= t.start < c.end}
    out |= {k for i, j, _, _ in sent.scan.find("date") for k in range(i, j)}
    out |= {k for k, t in enumerate(sent.toks) if t.low in lex.month_words}
    return frozenset(out)


SINCE_AFTER = 10    # tokens after 'since' that still tell that past ('depuis leur guerre de 2020 au Haut-Karabakh')


def _after_since(sent: _Sent, tok: int, trigger: int, coarse: bool = False) -> bool:
    """Is token `tok` a few words after a 'since <year>', in its clause, that the trigger is
    not part of? Or, for a `coarse` place (a region, a country), inside a comparison with the past
    that the trigger is not part of, between its superlative and its 'since' ('killing 74 in the
    deadliest attack in East Africa since 1998': the region the attack is ranked in, no scene; a
    town there, 'the deadliest attack in London since 2005', is the scene of both)?"""
    if any(si < tok <= si + SINCE_AFTER and not si < trigger <= si + SINCE_AFTER
           and sent.clause_of[tok] == sent.clause_of[si] for si in sent.since_at):
        return True
    sc = sent.scan
    if sc is None or not coarse:
        return False
    since = [k for k, _, _, _ in sc.find("since")]
    if not since:
        return False
    return any(sj <= tok < k <= sj + COMPARED_SPAN and not si <= trigger < k
               and sent.clause_of[si] == sent.clause_of[tok] and sent.clause_of[k] - sent.clause_of[tok] <= 1
               for si, sj, _, _ in sc.find("superl") for k in since)   # ('since' may open a clause)


_TOLL_KEYS = ("killed", "wounded", "captured", "missing")


def _tolls_per_place(d: _Draft, c: _Cand, gz: _Gaz) -> list[_Draft]:
    """'ten dead in Guayaquil and two police officers killed in Nobol': a sentence that gives
    each of its cue'd places a toll of its own is one casualties event per place. The words up
    to each place (from the one before) hold its toll; with two or more such tolls the draft
    keeps its own place's, the others become drafts of their own (split, never merged again)."""
    sent = d.sent
    cands = sorted({x.tok: x for x in sent.cands if x.cue and not x.guessed
                    and x.clause not in sent.background}.values(), key=lambda x: x.tok)
    if len(cands) < 2 or c not in cands:
        return []
    tolls, lo = [], 0
    dated = set(_dated_tokens(sent, d.lex))
    for n, x in enumerate(cands):
        counts, approx, _ = count_categories(d.sent_text, sent.toks, d.lex, lo=lo, hi=x.end_tok,
                                             skip=dated, breaks=sent.breaks)
        toll = {k: v for k, v in counts.items() if k in _TOLL_KEYS}
        if not toll and n == 0 and x.tok <= 2 and len(cands) > 1:
            # a place fronted before its clause ('En Guayaquil, ocho personas murieron …, y otros
            # dos policías fueron asesinados en Nobol'): its toll is told after it, up to the
            # next clause
            hi = next((b for b in sorted(sent.breaks) if x.end_tok < b <= cands[1].tok), None)
            if hi is not None:
                counts, approx, _ = count_categories(d.sent_text, sent.toks, d.lex, lo=x.end_tok,
                                                     hi=hi, skip=dated, breaks=sent.breaks)
                toll = {k: v for k, v in counts.items() if k in _TOLL_KEYS}
                if toll:
                    tolls.append((toll, approx))
                    lo = hi
                    continue
        # ('погибли шесть человек: пятеро в Махачкале и один в Дербенте', 'six were killed: five
        # in X and one in Y'): a total told before a colon is the list's; the first place's
        # toll is the bare figure after the colon, of the total's category
        colon = max((b for b in sent.breaks if lo < b <= x.tok
                     and d.sent_text[sent.toks[b - 1].end:sent.toks[b].start].strip().startswith(":")),
                    default=None)
        if colon is not None and len(toll) == 1:
            figs = [nm for nm in numbers(d.sent_text, sent.toks[colon:x.tok], d.lex,
                                         skip={k - colon for k in dated})
                    if not nm.vague]
            if len(figs) == 1 and x.tok - colon - figs[0].j <= 4 and figs[0].i <= 1:
                toll = {next(iter(toll)): figs[0].value}
        first = next((t for t, _ in tolls if t), None)
        if not toll and first is not None and len(first) == 1:
            # 'three were killed in X, two in Y': a bare figure right before a later place
            # counts what the list's first toll counted
            figs = [nm for nm in numbers(d.sent_text, sent.toks[lo:x.tok], d.lex, skip={k - lo for k in dated})
                    if not nm.weak and not nm.vague]
            if len(figs) == 1 and x.tok - lo - figs[0].j <= 4 and figs[0].i <= 2:
                toll = {next(iter(first)): figs[0].value}
        tolls.append((toll, approx))
        lo = x.end_tok
    with_toll = [(x, t) for x, t in zip(cands, tolls) if t[0]]
    if len(with_toll) < 2 or len({x.place.id for x, _ in with_toll}) < len(with_toll) \
            or not any(x is c for x, _ in with_toll):
        return []
    out = []
    for x, (counts, approx) in with_toll:
        if x is c:
            nd, ev = d, d.event
        else:
            ev = copy.copy(d.event)
            ev.actors = list(d.event.actors)
            ev.location = _location(x, d.loc_level, gz)
            nd = copy.copy(d)
            nd.event, nd.loc_mention = ev, x.mention
            out.append(nd)
        nd.split = True
        for k in _TOLL_KEYS:
            setattr(ev, k, counts.get(k))
        ev.approximate = approx
    return out


def _place_drafts(drafts: list[_Draft], paras: dict[int, list[_Sent]], gz: _Gaz,
                  article_countries: list[str] = ()) -> list[_Draft]:
    """Give each draft its location; a happening at a list of places becomes one event per
    place ('shelled Goris, Jermuk and Sotk'). Returns the drafts, split ones included."""
    out: list[_Draft] = []
    deferred: list[_Draft] = []
    for d in drafts:
        _, _, placed = type_codes(d.event.type, d.subtype)
        reach = REACH.get(placed, ARTICLE)
        if d.event.negated or d.alleged:
            reach = min(reach, CLAUSE)
        if _group(d.event.type) in GROUND and d.sent.scan is not None and any(
                d.sent.clause_of[i] == d.clause or d.sent.clause_of[i] == 0 for i, _, _, _ in d.sent.scan.find("tally")):
            d.tally = True                  # ('Au total, …', 'depuis le début des troubles'): a total
            reach = min(reach, SENTENCE)
        out.append(d)
        if reach < CLAUSE and placed != "venue":
            continue
        sent = d.sent
        found = None
        if placed == "venue":               # only where the statement itself was made
            own = _venue_pool(d)
            reach = CLAUSE
        else:
            # ('the worst fighting since the 2020 war over Nagorno-Karabakh': that war's place)
            attribution = _attribution_places(d) if _group(d.event.type) != "diplomatic" else set()
            own = [c for c in sent.cands if c.clause == d.clause
                   and not _after_since(sent, c.tok, d.tok, c.place.feature in COARSE | {"admin1"}) and id(c) not in attribution]
            # ('met the junta leader, General Soe Win, in Naypyitaw'): a name set off by commas
            # right after the trigger ends no clause; the place after it is the clause's own
            named = _name_apposition(sent, _trigger_end(d)) if not any(c.cue for c in own) else None
            if named and sent.clause_of[named[0] - 1] == d.clause:
                own += [c for c in sent.cands if c.cue and c.tok >= named[1]
                        and sent.clause_of[c.tok] == sent.clause_of[named[1]]]
            # 'Ceasefire agreed in X', 'fighting reported near X': a happening told before the
            # verb of saying is where that verb places it
            own += [v for v in sent.venues if v.said and v.clause == d.clause and d.tok < v.said_tok]
            if _group(d.event.type) != "posture":
                # ('a temple visited by tourists from China and Southeast Asia'): a country or
                # region named as where people come from is no scene of the happening
                gone = _coarse_origins(sent, d.lex, d.sent_text)
                own = [c for c in own if id(c) not in gone]
            if _group(d.event.type) == "diplomatic":
                own += _venue_pool(d)       # 'signed at the White House', 'talks held in Doha'
            said = _statement_object(d)
            if said is not None:
                # 'À Erevan, le Premier ministre condamne les attaques': the attacks condemned
                # are not where the condemnation was made
                own = [x for x in own if not (said < x.tok < d.tok) and x.tok >= d.tok]
                reach = CLAUSE              # (its own object's place only: no guess from afar)
                d.alleged = True            # what is condemned is the statement's content
            elif not any(c.cue for c in own):
                own += _setting(d)          # 'In Sloviansk, the authorities urged …'
        origins = set()
        moved_dest: list[_Cand] = []
        if d.subtype in MOVED and placed != "venue":
            own, origins, moved_dest = _moved_pool(d, own)
        elif d.subtype == "closure":
            # ('suspended flights to Beirut'): a capital after the closure is what was closed
            # or cut off, not a government ('Moscow closed its airspace' is one)
            own += [b for b in sent.bare if b.clause == d.clause and b.tok > d.tok]
        if _group(d.event.type) == "posture":
            origins = _origins(sent, d.lex, d.sent_text)
            own = [x for x in own if id(x) not in origins] + [
                x for x in sent.dest if x.clause == d.clause and id(x) not in origins]
            if not own:
                own = [x for x in sent.dest_country if x.clause == d.clause
                       and id(x) not in origins and x.tok > d.tok]
        c = _pick(own, d.tok, _objects(d, own) | frozenset(origins) if d.subtype in MOVED else _objects(d, own))
        both = _both_named(d, paras) if c is None and placed != "venue" else None
        same = _same_place(d, out) if c is None and both is None and placed != "venue" else None
        ref = _named_last(sent, paras, own_para=True) if c is None and both is None and placed != "venue" \
            and _place_noun_ref(d) else None
        if c is None and _fronted_reference(sent, d):
            reach = CLAUSE                  # 'Usai ledakan, polisi … di Manila': the blast told before
        pin = _pinned_scene(d, CLAUSE) if c is None and placed != "venue" and not d.event.negated else None
        if c is not None:
            found = (c, CLAUSE)
        elif pin is not None:
            found = pin                     # ('serangan bom di Jalan Thamrin, Jakarta'): the street
                                            # its own clause names, before any place of the sentence
        elif both is not None:
            found = (both[0], PARAGRAPH)    # (and a copy at the second, below)
        elif same is not None:
            found = (same, PARAGRAPH)       # 'in the same area': where the happening before was
        elif ref is not None:
            found = (ref, PARAGRAPH)        # 'menyerah di kota itu', 'in that town': the finer
                                            # place named last before it
        elif placed == "venue" and not d.event.negated:
            found = _visited(d, paras, out)   # 'se rendit à Barsalogho. Le ministre a dénoncé …'
            if found is None:
                found = _said_where_before(d, paras, out)   # 'In Bonn tagte … Der Minister verurteilte'
            if found is None:
                found = _paragraph_setting(d, paras, out)   # 'Di Jakarta, Presiden X meminta … Ketua
                                                            # DPR Y mengecam …'
            if found is None:
                found = _press_after(d, paras)   # '… condemned the raid. He met reporters in Leeds'
        elif reach >= SENTENCE:
            content = _statement_content(sent)
            # (after an unknown place of its own clause, only a cue'd place of the sentence may
            # still be the scene: 'di kawasan kuil X, di sempadan wilayah Surin')
            unknown = d.clause in sent.unknown
            # (a background clause's place is another, past happening's: 'since January, when
            # a leader was killed in X')
            # (nor, for a truce or statement, a capital that is only the object of another
            # clause's strike: 'avant la trêve, des frappes ont visé Beyrouth' places no truce)
            # (nor, for a happening on the ground, where another clause's talks were held: 'Serangan
            # itu berlaku … selepas panel perunding … bertemu di Kuala Lumpur')
            # (nor, for a truce, where the talks of another clause were held: 'sepakat gencatan
            # senjata usai perundingan di Kunming' is a truce where the fighting stops)
            said = {sent.clause_of[i] for i, _, (typ, _), _ in sent.scan.longest("trig")
                    if typ == "talks_meeting"} - {d.clause} \
                if _group(d.event.type) in GROUND or d.event.type == "ceasefire_agreement" else set()
            c = _pick([x for x in sent.cands if x.clause != d.clause and id(x) not in content
                       and id(x) not in attribution
                       and id(x) not in origins and x.clause not in said
                       and x.clause not in sent.background and not _after_since(sent, x.tok, d.tok, x.place.feature in COARSE | {"admin1"})
                       and (x.cue or not unknown)
                       and (x.cue or not _is_seat(x) or _group(d.event.type) in GROUND)], d.tok)
            if c is not None and c.place.feature in ("admin1", "admin2"):
                # ('à Boulkessi et à Mondoro, dans le cercle de Douentza, ont été attaqués'): the
                # unit named as the address of the towns right before it is not the scene; they are
                finer = [x for x in sent.cands if x.tok < c.tok and c.tok - x.end_tok <= ADDRESS_REACH
                         and x.mention is not None and _address(x.place, c.place)
                         and id(x) not in content and not _after_since(sent, x.tok, d.tok, x.place.feature in COARSE | {"admin1"})]
                if finer:
                    c = min(finer, key=lambda x: x.tok)
            if c is not None:
                found = (c, SENTENCE)
            elif unknown or (d.event.type == "shelling_airstrike" and _names_origin(sent, d.lex)):
                # named, but not a place we know; or only where the missile or rocket came from
                # ('intercepted a missile launched from Yemen'): no guess from afar
                d.unknown_place = True
            elif reach >= PARAGRAPH and d.event.type == "casualties":
                deferred.append(d)          # a toll: the place of its happening, once all are placed
            elif reach >= PARAGRAPH:
                # (not what a statement of the paragraph alleges: 'accused the hijackers of
                # talking to handlers in Afghanistan' places no killing)
                others = [x for s in paras.get(sent.para, []) if s is not sent
                          for x in s.cands if x.cue and x.clause not in s.background and not x.guessed
                          and id(x) not in _quote_speaker_places(s, d.sent_text)
                          and _may_focus(s, x, d) and id(x) not in _statement_content(s)
                          and not _later_own(s, sent, x, d.event.type)]
                c = _pick_focus(others, sent, paras.get(sent.para, []))
                if c is not None:
                    found = (c, PARAGRAPH)
        if found is None and moved_dest:
            # ('fled to Goma', 'sono fuggite verso Tawila'): where people arrived, when neither
            # their sentence nor their paragraph names the place they left
            found = (_pick(moved_dest, d.tok), CLAUSE)
        if found is None and placed != "venue":
            found = _pinned_scene(d, reach)
            if found is not None:
                d.unknown_place = False     # (the street is the place its clause named)
        if found is None and placed != "venue" and reach >= PARAGRAPH:
            found = _pinned_in_paragraph(d, paras)
        if found is None:
            continue
        c, level = found
        # ('killed across the country': the whole country was meant, no town of the paragraph)
        if level <= SENTENCE and c.place.feature in COARSE | {"border"} \
                and _group(d.event.type) in GROUND | {"posture", "other"} \
                and not d.event.negated and not d.alleged and not (c.guessed and c.place.feature == "country"):
            # (only for a coarse place of its own clause: 'Susulan pertempuran itu, Pakistan
            # menutup … sempadan, termasuk X dan Y' does not move the fighting told before)
            listed = _listed_finer(d, c) if level == CLAUSE or (
                level == SENTENCE and not _demonstrative(d) and not _fronted_reference(sent, d)) else None
            finer = _finer_in_paragraph(d, c, paras) if listed is None and c.place.feature in COARSE \
                and _group(d.event.type) in GROUND | {"posture"} else None
            if listed is not None:
                c = listed                      # (then one happening per item of its list, below)
            elif finer is not None:
                c, level = finer, PARAGRAPH
        elif level == CLAUSE and c.place.feature in ("admin1", "admin2") \
                and _group(d.event.type) in GROUND | {"posture"} and not d.event.negated and not d.alleged:
            # ('bentrokan terjadi di Kabupaten Puncak, terutama di sekitar Ilaga dan Gome', 'in
            # the province, especially around A and B'): a unit whose own clause then names the
            # towns it happened at, opened by 'especially' or 'including', is at each of them
            # (troops too: 'ditempatkan di Pantai Timur Sabah, termasuk di Kunak dan Tawau')
            listed = _listed_finer(d, c, need_incl=True)
            if listed is not None:
                c = listed
        d.event.location = _location(c, level, gz)
        d.loc_level = level
        d.loc_mention = c.mention
        d.loc_cue = c.cue
        d.loc_near = c.near
        d.loc_guessed = c.guessed
        d.loc_cand = c
        if level <= SENTENCE and d.event.type == "casualties" and not d.event.negated:
            out.extend(_tolls_per_place(d, c, gz))
        if both is not None and c is both[0]:
            # 'in both cities': the same happening at the other place too
            ev = copy.copy(d.event)
            ev.actors = list(d.event.actors)
            ev.killed = ev.wounded = ev.captured = ev.missing = None
            ev.approximate = False
            ev.location = _location(both[1], level, gz)
            nd = copy.copy(d)
            nd.event, nd.loc_mention, nd.loc_cue, nd.split = ev, both[1].mention, both[1].cue, True
            nd.loc_cand = both[1]
            d.split = True
            # (named outright, not guessed from the paragraph: no weak place a merge may override)
            d.loc_level = nd.loc_level = SENTENCE
            out.append(nd)
        if level > SENTENCE or d.event.negated or _group(d.event.type) not in GROUND | {"posture", "other"} \
                and d.subtype not in LISTED_SUBTYPES:
            continue                # a list of places in the sentence: one happening at each
        if d.event.type == "casualties" and _moved_on(sent):
            continue                # ('the wounded were taken to hospitals in X and Y'): no scenes
        # the other items of a list the chosen place belongs to
        cands = sorted(sent.cands, key=lambda x: x.tok)
        if c not in cands and c.stand_in and c.mention is not None and c.mention in sent.pinned \
                and d.subtype not in MOVED:
            # ('blasts at or near X Road, Y, Z and W Road'): a street the gazetteer lacks, pinned at
            # its town's point, is one item of the list it is written in, as are the other
            # streets of its sentence (not where people fled to: 'fled to the village of X and
            # to the town of Y' names no scenes)
            cands = _with_pinned(sent, c)
        if c not in cands:
            continue                        # a venue is never one of a list
        k = cands.index(c)
        dated = _dated_tokens(sent, d.lex)
        sibs = []
        i = k
        trig = frozenset(t for ti, tj, _, _ in sent.scan.find("trig") for t in range(ti, tj))
        while i + 1 < len(cands):
            if _coordinated(d.sent_text, sent.toks, cands[i], cands[i + 1], d.lex, dated,
                            listed=i > k, trig=trig) or (
                    i == k and c.stand_in and _list_runs_on(d, sent, cands, k, dated, trig)):
                sibs.append(cands[i + 1])
                i += 1
            elif i + 2 < len(cands) and _described(sent.toks, cands[i], cands[i + 1], d.lex, trig) \
                    and cands[i + 2].cue and _coordinated(d.sent_text, sent.toks, cands[i + 1], cands[i + 2],
                                                          d.lex, dated, listed=True, trig=trig):
                sibs.append(cands[i + 2])   # 'in Kisumu on the shores of Lake X, and in Y'
                i += 2
            else:
                break
        i = k
        while i - 1 >= 0 and _coordinated(d.sent_text, sent.toks, cands[i - 1], cands[i], d.lex, dated,
                                          trig=trig):
            sibs.append(cands[i - 1])
            i -= 1
        if sibs:
            c0 = c
            c, sibs = _country_items_narrowed(d, c, sibs, cands, dated, trig)
            if c is not c0:
                d.event.location = _location(c, level, gz)
                d.loc_mention, d.loc_cue, d.loc_near = c.mention, c.cue, c.near
        pair = sorted([c] + sibs, key=lambda x: x.tok)
        if len(pair) == 2 and _between(sent.toks, pair[0], pair[1], d.lex):
            # 'the highway between Kirkuk and Erbil': one happening, near the first of them
            if pair[0] is not c:
                c = pair[0]
                d.event.location = _location(c, level, gz)
                d.loc_mention = c.mention
            d.event.location.precision = max(d.event.location.precision or 1, 2)
            continue
        if any(sib.place.id != c.place.id for sib in sibs):
            d.split = True                  # the first item of the list is one of its places too
        for sib in sorted(sibs, key=lambda x: x.tok):
            if sib.place.id == c.place.id or id(sib) in origins:
                continue
            ev = copy.copy(d.event)
            ev.actors = list(d.event.actors)
            ev.killed = ev.wounded = ev.captured = ev.missing = None
            ev.approximate = False
            ev.location = _location(sib, level, gz)
            nd = copy.copy(d)
            nd.event, nd.loc_level, nd.loc_mention, nd.split = ev, level, sib.mention, True
            nd.loc_cand = sib
            nxt = next((x.tok for x in cands if x.tok > sib.tok), len(sent.toks))
            own_date = [k for k in range(sib.end_tok, nxt) if k in dated]
            if sib.tok > c.tok and own_date:
                nd.date_tok = own_date[0]     # '… dan bandar Goris pada Mei': its own date
            out.append(nd)
    for d in deferred:
        if _own_losses(d):
            # the parties: the article's countries, then those its paragraph names as actors
            # ('les troupes arméniennes')
            parties = list(article_countries) + [iso for s in paras.get(d.sent.para, [])
                                                 for _, _, iso in s.actors if iso and _is_iso(iso)]
            _toll_at_front(d, gz, parties)
        else:
            _toll_from_paragraph(d, out, gz, paras.get(d.sent.para, []))
    for d in out:
        _closing_country(d, gz)
    return out


def _list_runs_on(d: _Draft, sent: _Sent, cands: list, k: int, dated, trig) -> bool:
    """('X Road, Mahim, Bandra and Borivali'): a street pinned at the point of the town written
    right after it reads that town as its address; but when that town goes on with a comma to
    a further item of a list that is no larger unit holding it, the street opened the list."""
    if k + 2 >= len(cands):
        return False
    a, b, n = cands[k], cands[k + 1], cands[k + 2]
    between = d.sent_text[sent.toks[a.end_tok - 1].end:sent.toks[b.tok].start]
    if b.tok != a.end_tok or between.strip() != ",":
        return False
    return not _address(b.place, n.place) and _coordinated(
        d.sent_text, sent.toks, b, n, d.lex, dated, listed=True, trig=trig)


def _with_pinned(sent: _Sent, c: _Cand) -> list[_Cand]:
    """The sentence's place candidates with its pinned streets and villages (c among them, as
    built by _pinned_scene), in text order: the items a list of scenes may run through."""
    taken = {x.tok for x in sent.cands} | {c.tok}
    extra = [c]
    for m in sent.pinned:
        if m is c.mention:
            continue
        i = _tok_index(sent.toks, m.start)
        if i >= len(sent.toks) or i in taken:
            continue
        j = max(i + 1, _tok_index(sent.toks, m.end))
        clause = sent.clause_of[i]
        if clause in sent.background:
            continue
        extra.append(_Cand(i, clause, j, m.place, m.mention, True, True, m, stand_in=True))
        taken.add(i)
    return sorted(list(sent.cands) + extra, key=lambda x: x.tok)


def _pinned_scene(d: _Draft, reach: int) -> tuple[_Cand, int] | None:
    """('в здание театра на улице X ворвались вооружённые люди', 'shots were fired in Y Street'):
    a street or a village the gazetteer lacks, pinned at its town's point, is the scene of a
    happening of its clause (or, with sentence reach, of its sentence) that found no other
    place there; it is named for what happened on it."""
    if not d.sent.pinned or _group(d.event.type) not in GROUND | {"other"} or d.event.negated or d.alleged:
        return None
    sent = d.sent
    best = None
    for m in sent.pinned:
        i = _tok_index(sent.toks, m.start)
        if i >= len(sent.toks):
            continue
        j = max(i + 1, _tok_index(sent.toks, m.end))
        clause = sent.clause_of[i]
        level = CLAUSE if clause == d.clause else SENTENCE
        if level > reach or clause in sent.background or _after_since(sent, i, d.tok):
            continue
        # (near: the point is its town's, not its own: geo_precision 2)
        c = _Cand(i, clause, j, m.place, m.mention, True, True, m, stand_in=True)
        if best is None or (level, abs(i - d.tok)) < (best[1], abs(best[0].tok - d.tok)):
            best = (c, level)
    return best


def _pinned_in_paragraph(d: _Draft, paras: dict) -> tuple[_Cand, int] | None:
    """('Una Fiat Uno parcheggiata in via X … Fu in quel momento che l'auto saltò in aria'): an
    attack whose sentence names no place, in a paragraph that named no other possible scene,
    happened on the street (or at the village the gazetteer lacks) the paragraph named first
    before it, pinned at its town's point; not a street of a sentence's background."""
    if _group(d.event.type) != "violent" or d.event.type not in VIOLENT or d.event.negated or d.alleged \
            or d.sent.pinned or d.sent.kind != BODY:
        return None
    para = paras.get(d.sent.para, [])
    if any(x.cue and not x.guessed for s in para for x in s.cands):
        return None                     # (the paragraph named a town: its focus was weighed)
    for s in para:
        if s.start >= d.sent.start:
            break
        for m in s.pinned:
            i = _tok_index(s.toks, m.start)
            if i >= len(s.toks) or s.clause_of[i] in s.background:
                continue
            j = max(i + 1, _tok_index(s.toks, m.end))
            # (the first: 'in via X, a due passi dai Giardini Y' names a landmark after the scene)
            return _Cand(i, s.clause_of[i], j, m.place, m.mention, True, True, m, stand_in=True), PARAGRAPH
    return None


def _closing_country(d: _Draft, gz: _Gaz) -> None:
    """A country that closes its own airspace, borders or airports ('Qatar temporarily closed
    its airspace', 'Catar cerró su espacio aéreo') is where the closure is: with no other place,
    the country named as the closure's subject is its place (read as an actor, it is no place
    candidate)."""
    if d.event.type != "other" or d.subtype != "closure" or d.event.location is not None \
            or d.event.negated:
        return
    # (the nearest before the verb in its clause: 'Israel said Jordan closed its airspace';
    # a country named after it is whose border or airport it is)
    tok, name, iso = next(((t, n, i) for t, n, i in sorted(d.sent.actors, reverse=True)
                           if t < d.tok and d.sent.clause_of[t] == d.clause), (None, None, None))
    if tok is None or not iso or not _is_iso(iso):
        return
    try:
        place = gz.g.country(iso)
    except Exception:              # an index without countries: no place
        return
    if place is None:
        return
    c = _Cand(tok=tok, clause=d.clause, end_tok=tok + 1, place=place, surface=name, cue=False,
              near=False, mention=None)
    d.event.location = _location(c, SENTENCE, gz)
    d.loc_level, d.loc_mention = SENTENCE, None


def _own_losses(d: _Draft) -> bool:
    """Does the toll's clause report a side's own losses ('the ministry acknowledged the death of
    fifty of its soldiers', 'mengakui lima puluh prajuritnya gugur')?"""
    sent, lex = d.sent, d.lex
    return lex is not None and any(sent.clause_of[i] == d.clause for i, _, _, _ in sent.scan.find("own"))


def _toll_at_front(d: _Draft, gz: _Gaz, parties: list[str]) -> None:
    """A side's own losses with no place of their sentence are a tally across its whole front,
    not a death at the paragraph's last town: the border between that side (the country its
    sentence names before the toll) and the article's other party, when they are neighbours;
    else no place from the paragraph."""
    side = next((iso for k, _, iso in d.sent.actors if iso and _is_iso(iso) and k < d.tok), None)
    if side is None:
        return
    for other in parties:
        place = gz.border(side, other) if other != side else None
        if place is not None:
            c = _Cand(d.tok, d.clause, d.tok + 1, place, place.name, True, False, None)
            d.event.location = _location(c, PARAGRAPH, gz)
            d.loc_level = PARAGRAPH
            return


def _coarse_location(loc: Location) -> bool:
    """A country or a border line: too coarse to be taken as a scene from a sentence's setting."""
    pid = loc.place_id or ""
    return pid.startswith("ne:") or "border-" in pid


def _toll_from_paragraph(d: _Draft, drafts: list[_Draft], gz: _Gaz, para: list[_Sent] = ()) -> None:
    """A toll told in a sentence that names no place ('Fourteen fighters were killed.') is at the
    scene of the happening it belongs to: a violent happening (or a riot) of its paragraph placed
    by its own clause, on a compatible day, the nearest one told before it (else after it). Any other place
    of the paragraph (a statement's venue or content, an alleged provocation, a seat) is not
    where these people died ('the ministry acknowledged the death of fifty of its soldiers')."""
    sent = d.sent
    idx0 = next((n for n, x in enumerate(para) if x is sent), 0)
    prev0 = para[idx0 - 1] if idx0 else None
    # (a happening placed by its sentence, told just before: 'X recalls Budyonnovsk, where in
    # 1995 a band seized the hospital. More than a hundred died then.')
    hosts = [h for h in drafts if h.sent is not sent and h.sent.para == sent.para
             and h.sent.kind == sent.kind and h.event.location is not None
             and (h.loc_level == CLAUSE or h.loc_level == SENTENCE and h.sent is prev0
                  and not _coarse_location(h.event.location))
             and not h.loc_guessed
             and not h.event.negated and not h.alleged
             # (the dead of a hostage-taking: 'seized the hospital. Then more than 70 died')
             and (_may_borrow(d.event.type, h.event.type)
                  or d.event.type == "casualties" and h.subtype == "abduction")
             and h.event.type != "casualties"
             and (d.event.date is None or h.event.date is None or d.event.date == h.event.date)]
    before = [h for h in hosts if h.sent.start < sent.start]
    if not before:
        # ('В Брянской области сошёл с рельсов поезд. Погибли семь человек. В Курской области …'):
        # the sentence just before tells, at a place of its own, a happening we have no trigger
        # for; the toll is its toll, not that of the next happening told
        idx = next((n for n, x in enumerate(para) if x is sent), 0)
        prev = para[idx - 1] if idx else None
        # (a fire or a destruction told there, other/fire or other/damage, is no host but still
        # such a happening: 'in Woronesch geriet ein Lager in Brand. … dabei wurden zwölf getötet')
        if prev is not None and prev.kind == sent.kind and \
                not any(h.sent is prev and not (h.event.type == "other" and h.subtype in DAMAGE)
                        for h in drafts):
            # (not where it set out from: 'era partita da Smirne')
            gone = _origins(prev, d.lex, d.sent_text)
            c = next((c for c in prev.cands if c.cue and not c.said and not _is_seat(c)
                      and id(c) not in gone), None)
            if c is not None:
                # (as firm as a place of its own sentence: no later happening's place replaces it)
                d.event.location = _location(c, PARAGRAPH, gz)
                d.loc_level, d.loc_mention, d.loc_cue = SENTENCE, c.mention, True
                return
    if not hosts:
        return
    h = before[-1] if before else hosts[0]
    loc = h.event.location
    prec = min(3, (loc.precision or 1) + 1)
    d.event.location = Location(name=loc.name, place_id=loc.place_id, lat=loc.lat, lon=loc.lon,
                                geometry=loc.geometry, precision=prec, mention=loc.mention)
    d.loc_level = PARAGRAPH
    d.loc_mention = h.loc_mention
    d.loc_cue = True


OTHER_REACH = 2     # paragraphs back an 'other' happening with no place looks for its scene
OTHER_DAYS = 3      # ... told on a day at most this far from its own
NEAR_PARAS = 2      # paragraphs back a toll finds the violence its paragraph placed (_article_fallback)
FALLBACK_AHEAD = 2  # paragraphs ahead the article fallback finds a toll's scene told on another day


def _article_fallback(drafts: list[_Draft], home: str | None = None) -> None:
    """Last resort for happenings on the ground: the scene of the article's first happening
    placed by its own clause or sentence ('15 soldiers were killed' after 'fighting broke out on
    the border' in the paragraph before)."""
    for d in drafts:
        _, _, placed = type_codes(d.event.type, d.subtype)
        if d.event.location is not None or REACH.get(placed, ARTICLE) < ARTICLE or d.event.negated \
                or d.alleged or d.unknown_place or d.tally:
            continue
        # (not a capital guessed from 'in the capital': a guess is no focus for the article)
        # (nor, when the article's first happening told before it is at a place the gazetteer
        # lacks, 'Metina bölgesindeki üsse saldırı düzenlendi. Bölgeye takviye birlikler sevk
        # edildi', a later happening's place: the scene is that unknown place)
        pool = drafts
        if _group(d.event.type) == "other" and d.tok and d.sent.toks[d.tok - 1].low in d.lex.neg_relative:
            continue        # ('warga yang mengungsi masih berada di gedung'): people described, no news
        if _group(d.event.type) == "other" and any(
                o.sent is d.sent and o.tok < d.tok and o.event.type == "accusation_statement" for o in drafts):
            continue        # ('menuding aparat … membakar rumah-rumah'): what an accusation alleges
        if _group(d.event.type) == "other":
            # (buildings burned, people fleeing: at the scene of the violence told just before,
            # in its own or one of the two paragraphs before it, not the article's first scene)
            pool = sorted((o for o in drafts if o is not d and o.sent.kind == d.sent.kind
                           and 0 <= d.sent.para - o.sent.para <= OTHER_REACH
                           and o.sent.start <= d.sent.start
                           and not _days_apart(o.event.date, d.event.date, OTHER_DAYS)),
                          key=lambda o: -o.sent.start)
        src = next((o for o in pool if (o.loc_level is not None and o.loc_level <= SENTENCE
                                          or _unknown_before(o, d))
                    and not o.event.negated and not o.loc_guessed and not o.alleged
                    and not _merged_from_later(o, d, home)
                    and _group(o.event.type) in GROUND
                    and _may_borrow(d.event.type, o.event.type)
                    and not _other_month(o.event.date, d.event.date)
                    # (nor a happening told in the background of a later paragraph, or many
                    # paragraphs later on a day of its own: 'Tension had risen after the attack
                    # in X on 6 May that killed 16' closing the story is no scene of the toll
                    # told at its start)
                    and not (o.sent.para > d.sent.para and (
                        o.clause in o.sent.background
                        or (o.sent.para - d.sent.para > FALLBACK_AHEAD and o.date_own
                            and _days_apart(o.event.date, d.event.date, 1))))
                    and o.sent.kind != TITLE), None)
        if (src is None or src.sent.start > d.sent.start) and _group(d.event.type) == "violent":
            # ('Una Fiat 126 … saltò in aria [placed by its paragraph]. Con lui morirono cinque
            # agenti'): the violence told right before, placed by its paragraph, is the toll's
            # scene rather than a happening told after it (and so is a wreck: 'le carrozze
            # uscirono dai binari … Il bilancio fu di sei morti')
            near = next((o for o in sorted(drafts, key=lambda o: -o.sent.start)
                         if o.sent.start < d.sent.start and o.event.location is not None
                         and 0 <= d.sent.para - o.sent.para <= NEAR_PARAS
                         and (o.event.type in VIOLENT and o.loc_level == PARAGRAPH
                              or o.event.type == "other" and o.subtype in DAMAGE and o.loc_level is not None
                              and o.loc_level <= PARAGRAPH)
                         and not o.event.negated and not o.alleged
                         and not o.loc_guessed and o.sent.kind != TITLE
                         and not _other_month(o.event.date, d.event.date)), None)
            if near is not None:
                src = near
        if src is None or src.event.location is None:
            continue
        # ('In Georgien haben die Proteste … angehalten' first; 'in Tiflis wurden 200 Menschen
        # festgenommen. Mehr als hundert Polizisten seien verletzt worden'): a country from the
        # article's first happening yields to the one finer place inside it where a happening
        # of the toll's own paragraph is placed
        c = next((x for x in src.sent.cands if src.loc_mention is not None and x.mention is src.loc_mention), None)
        finer = _finer_host(d, c, drafts) if c is not None and c.place.feature == "country" else None
        if finer is not None:
            loc = finer.event.location
            d.event.location = Location(name=loc.name, place_id=loc.place_id, lat=loc.lat, lon=loc.lon,
                                        geometry=loc.geometry, precision=min(3, (loc.precision or 1) + 1),
                                        mention=loc.mention)
            d.loc_level, d.loc_mention = PARAGRAPH, finer.loc_mention
            continue
        loc = src.event.location
        d.event.location = Location(name=loc.name, place_id=loc.place_id, lat=loc.lat, lon=loc.lon,
                                    geometry=loc.geometry, precision=3, mention=loc.mention)
        d.loc_level = ARTICLE


TALLY_SCENE_KM = 30.0    # how far apart the happenings told before a total may lie and still be one scene


def _tally_scene(kept: list[_Draft]) -> None:
    """'Insgesamt starben vier Menschen', 'toplam altı kişi hayatını kaybetti', 'In all, six
    people were wounded': a total with no place of its own sentence, told after happenings that
    were all at one scene (every placed violent happening of the body before it within
    TALLY_SCENE_KM of the first one placed by its own clause or sentence), is the toll of that
    scene. A total across scenes apart ('Au total' after Paris and Saint-Denis) or over a span
    ('since Monday', a war's toll since it began) stays unplaced."""
    for d in kept:
        e = d.event
        if not d.tally or e.location is not None or e.type != "casualties" or e.negated or d.alleged \
                or d.sent.kind == TITLE or d.clause in d.sent.background or not _has_counts(e) \
                or d.sent.scan.find("since"):
            continue                # ('ont perdu la vie depuis lundi'): a total over days is no one scene's
        before = [k for k in kept if k is not d and k.sent.kind != TITLE and k.event.start < e.start
                  and k.event.location is not None and not k.event.negated and not k.alleged
                  and _group(k.event.type) == "violent"]
        src = next((k for k in before if k.loc_level is not None and k.loc_level <= SENTENCE
                    and not k.loc_guessed and not _coarse_location(k.event.location)), None)
        if src is None:
            continue
        loc = src.event.location
        if any(_km(loc.lat, loc.lon, k.event.location.lat, k.event.location.lon) > TALLY_SCENE_KM for k in before):
            continue
        e.location = Location(name=loc.name, place_id=loc.place_id, lat=loc.lat, lon=loc.lon,
                              geometry=loc.geometry, precision=loc.precision, mention=loc.mention)
        d.loc_level, d.loc_mention, d.loc_merged = ARTICLE, src.loc_mention, True


def _aftermath_scene(drafts: list[_Draft]) -> None:
    """'После взрыва загорелись киоски', 'The blast set the building on fire', 'La onda expansiva
    arrasó la fachada': property burned or destroyed with no place of its own, in a sentence that
    names the blast or attack that caused it (a violent word of its own sentence), is at the
    scene of the violence told last before it (its paragraph or the NEAR_PARAS before), placed
    by its own clause, sentence or paragraph; a fire named with no cause stays where its own
    sentence puts it."""
    for d in drafts:
        e = d.event
        if e.location is not None or e.type != "other" or d.subtype not in DAMAGE or e.negated \
                or d.alleged or d.sent.kind == TITLE or d.clause in d.sent.background \
                or not any(p[0] in VIOLENT for _, _, p, _ in d.sent.scan.find("trig")):
            continue
        src = next((o for o in sorted(drafts, key=lambda o: -o.sent.start)
                    if o.sent.start <= d.sent.start and o is not d and o.event.location is not None
                    and 0 <= d.sent.para - o.sent.para <= NEAR_PARAS and o.sent.kind == d.sent.kind
                    and (o.event.type in VIOLENT or o.event.type == "casualties")
                    and o.loc_level is not None and o.loc_level <= PARAGRAPH
                    and not o.event.negated and not o.alleged and not o.loc_guessed
                    and not _other_month(o.event.date, e.date)), None)
        if src is None:
            continue
        loc = src.event.location
        e.location = Location(name=loc.name, place_id=loc.place_id, lat=loc.lat, lon=loc.lon,
                              geometry=loc.geometry, precision=loc.precision, mention=loc.mention)
        d.loc_level, d.loc_mention, d.loc_merged = PARAGRAPH, src.loc_mention, True


def _tally_of_one_scene(kept: list[_Draft]) -> None:
    """A tally ('Insgesamt kamen damit elf Menschen ums Leben', 'In all, eleven people died')
    takes no place of its paragraph: told across the story's places, it is a total of them.
    But one that sums the tolls told just before it, in its paragraph and on its day, all at one
    place ('ten dead … a woman died in hospital in the evening … in all eleven') is the total of
    that one scene: it takes that place. (Tolls at several places, or none placed, leave it
    unplaced; a total other than the sum of the tolls before it counts dead told elsewhere too:
    'Au total, sept morts' after four killed at the school, three more in other towns before.)"""
    for d in kept:
        e = d.event
        if not d.tally or e.location is not None or e.type != "casualties" or e.negated or not e.killed:
            continue
        before = [k for k in kept if k is not d and k.sent.para == d.sent.para
                  and k.sent.start < d.sent.start and _group(k.event.type) == "violent"
                  and not k.event.negated]
        if not before or any(k.event.location is None for k in before) \
                or len({k.event.location.place_id for k in before}) != 1 \
                or any(k.event.date != e.date for k in before) \
                or sum(k.event.killed or 0 for k in before) != e.killed:
            continue
        h = before[-1]
        loc = h.event.location
        e.location = Location(name=loc.name, place_id=loc.place_id, lat=loc.lat, lon=loc.lon,
                              geometry=loc.geometry, precision=loc.precision, mention=loc.mention)
        d.loc_level, d.loc_mention = PARAGRAPH, h.loc_mention


def _trigger_groups(sent: _Sent) -> set[str]:
    """The groups of the happenings sent's triggers name."""
    return {_group(p[0]) for _, _, p, _ in (sent.scan.find("trig") if sent.scan is not None else ())
            if isinstance(p, tuple) and p and isinstance(p[0], str)}


def _lede_scene(sents: list[_Sent]) -> tuple[_Cand, _Sent] | None:
    """The scene the lede sets for the whole story: the first place with a locative cue in the
    article's first body sentence ('The situation in X, capital of Y, calmed a day after the
    riot'), when that sentence tells of a happening. Never a dateline (no cue), a capital standing
    for its government (no cue), a speaker's seat (after a verb of saying), a background clause
    ('last year') or a mere country or sea (too coarse to be a story's scene)."""
    lede = next((s for s in sents if s.kind == BODY), None)
    if lede is None:
        return None
    # (a lede about talks or a statement sets the venue, not a scene; one telling no happening
    # sets the scene only of a headline's violence: 'One dead as kiosks burn' over 'The
    # situation in X is calm again a day after the riot')
    groups = _trigger_groups(lede)
    if groups and not groups & GROUND or not groups and not any(
            _trigger_groups(s) & GROUND for s in sents if s.kind == TITLE):
        return None
    # (in a clause telling of violence or unrest; with no happening told, the lede's first
    # place: 'a meeting in X, two weeks after Y fell' sets Y's clause, never the meeting's venue)
    ground = {lede.clause_of[i] for i, _, p, _ in lede.scan.find("trig")
              if isinstance(p, tuple) and p and _group(p[0]) in GROUND}
    c = next((c for c in lede.cands if c.cue and not c.said and not c.guessed and not c.near
              and (not groups or c.clause in ground) and c.clause not in lede.background
              and c.place.feature not in COARSE
              and c.mention is not None and c.mention.role != ROLE_DATELINE), None)
    return None if c is None else (c, lede)


def _opens_quote(sent: _Sent, text: str) -> bool:
    """Does sent open with a quotation mark? (A quote repeats the toll in a speaker's words.)"""
    return bool(sent.toks) and bool(text[sent.start:sent.toks[0].start].strip())


def _dateline_there(drafts: list[_Draft], doc: Document, sents: list[_Sent], gz: _Gaz) -> None:
    """('VILLACH – … Ein Mann attackierte dort wahllos Passanten', 'LOCKERBIE — … rained wreckage
    on this small town'): a happening on the ground whose sentence points at a place with a word
    such as 'there', 'dort', 'là', 'там' (`locative.there`) or names the story's town or village
    without its name ('the village', 'köyü': `locative.own_town`), while its paragraph names no
    place before it, is at the dateline's town: in the dateline's paragraph (the lede's), and in a
    later paragraph (by the words for the own town only) when the story's first placed happening
    is at the dateline's town too. It is
    as firm as a place of its own sentence, so the tolls and arrests told after it with no place
    take it, not a background attack placed later in the article."""
    dl = doc.dateline
    if dl is None or dl.place is None or dl.place.feature in COARSE or dl.place.feature in ("admin1", "admin2", "border"):
        return
    lede = next((s for s in sents if s.kind == BODY), None)
    if lede is None:
        return
    p0 = dl.place

    def points(d: _Draft, keys=("there", "owntown")) -> bool:
        _, _, placed = type_codes(d.event.type, d.subtype)
        if d.event.location is not None or REACH.get(placed, ARTICLE) < CLAUSE or d.event.negated \
                or d.alleged or d.unknown_place or d.tally or d.sent.kind != BODY \
                or d.clause in d.sent.background or _group(d.event.type) not in GROUND | {"other"} \
                or d.sent.scan is None:
            return False
        if not keys:
            return True
        # (in the happening's clause, or before it in its sentence: 'Sur place, un homme a ouvert
        # le feu', 'rained wreckage on this small town, killing everyone aboard')
        if not any(i <= d.tok or d.sent.clause_of[min(i, len(d.sent.toks) - 1)] == d.clause
                   for key in keys for i, _, _, _ in d.sent.scan.find(key)):
            return False
        # (a town the paragraph named before as a possible scene is what 'there' points at; not a
        # destination, 'carrying 258 people to New York')
        return not any(c.place.feature not in COARSE and (s is not d.sent or c.tok < d.tok)
                       and _km(c.place.lat, c.place.lon, p0.lat, p0.lon) > OWN_TOWN_KM
                       for s in sents if s.para == d.sent.para and s.start <= d.sent.start
                       for c in s.cands)

    def place(d: _Draft) -> None:
        c = _Cand(d.tok, d.clause, d.tok + 1, p0, dl.mention or p0.name, True, False, dl)
        d.event.location = _location(c, PARAGRAPH, gz)
        d.loc_level, d.loc_mention, d.loc_cue, d.loc_cand = SENTENCE, dl, True, c

    for d in drafts:
        if d.sent.para == lede.para and points(d):
            place(d)
    # ('MULHOUSE · Samedi — … le quartier du marché du Canal couvert grouillait de monde … Il a
    # d'abord frappé deux agents'): a lede paragraph that names no place the gazetteer knows
    # (a quarter, a market, a halt it lacks, or none) tells its happenings on the ground in the
    # dateline's town, when that is a town (a capital or a big city is where stories are filed from)
    # (the first paragraph telling such a happening, past a byline read as the lede; its places
    # the dateline's town itself or in it: 'Grafing-Bahnhof', '… de Rambouillet')
    opening = next((d.sent.para for d in sorted(drafts, key=lambda d: d.sent.start)
                    if d.sent.kind == BODY and _group(d.event.type) in GROUND), None)
    cap = gz.capital(p0.country) if p0.country else None
    # (the province or district the town lies in is no place away from it: 'Kerajaan negeri
    # Pulau Pinang' in a story from George Town)
    near = [_km(c.place.lat, c.place.lon, p0.lat, p0.lon) <= OWN_TOWN_KM
            for s in sents if s.para == opening for c in s.cands if not _address(p0, c.place)]
    # (a capital or a big city too when the paragraph names a place in it: 'in Çankaya'; a
    # street dateline is in its town: 'Jalan Pattani, George Town')
    street = getattr(p0, "source", None) in _PINNED_AT_TOWN
    local = any(near) or street or (p0.population or 0) < LOCAL_TOWN_POP and not (cap is not None and cap.id == p0.id)
    # (nor a scene away from the town told in a paragraph before it: 'Sekelompok massa
    # mendatangi … di Karubaga' before the shots, in a story from Jayapura)
    # (or a capital named in the story's text up to that paragraph, even one read as its
    # government or a facility's address: 'PORT-SOUDAN (AFP) - … repris le contrôle du palais
    # présidentiel de Khartoum' is no story of Port Sudan)
    before = opening is not None and any(
        c.cue and not c.said and _km(c.place.lat, c.place.lon, p0.lat, p0.lon) > OWN_TOWN_KM
        and not _address(p0, c.place)
        for s in sents if s.kind == BODY and s.para < opening for c in s.cands)
    if opening is not None and not before:
        lo = min(s.start for s in sents if s.kind == BODY)
        hi = max(s.end for s in sents if s.para == opening)
        weighed = {id(c.mention) for s in sents if s.start < hi for c in s.cands}
        before = any(lo <= m.start < hi and m.segment == BODY and m.place is not None
                     and id(m) not in weighed and m.place.country
                     and getattr(gz.capital(m.place.country), "id", None) == m.place.id
                     and m.place.lat is not None and not _address(p0, m.place)
                     and _km(m.place.lat, m.place.lon, p0.lat, p0.lon) > OWN_TOWN_KM
                     for m in doc.mentions)
    if (p0.feature in ("city", "village") or street) and local and opening is not None and all(near) \
            and not before:
        for d in drafts:
            if d.sent.para == opening and points(d, ()):
                place(d)
    # the story's scene: its first happening placed by its own clause or sentence
    first = next((d for d in sorted(drafts, key=lambda d: d.sent.start)
                  if d.sent.kind == BODY and d.event.location is not None and d.loc_level is not None
                  and d.loc_level <= SENTENCE and not d.loc_guessed and not d.event.negated
                  and d.event.location.lat is not None), None)
    if first is None or _km(first.event.location.lat, first.event.location.lon, p0.lat, p0.lon) > OWN_TOWN_KM:
        return
    # (there only by the words for the story's own town or village: a later 'there' may point at
    # a town the place stage did not find, 'Erinnerungen an Nizza: Dort war …'; nor on a day
    # told far from the story's first happening)
    for d in drafts:
        if d.sent.para > lede.para and points(d, ("owntown",)) \
                and not (d.date_own and _other_month(d.event.date, first.event.date)):
            place(d)


OWN_TOWN_KM = 15.0    # a place this near the dateline's town is the story's own town (_dateline_there)
LOCAL_TOWN_POP = 1_000_000   # a dateline's town smaller than this (and no capital) is a local story's scene


def _scene_fallback(drafts: list[_Draft], sents: list[_Sent], main: str | None) -> None:
    """A toll of a later paragraph that names no place, took no paragraph focus and found no
    happening placed before it was taken at the scene the lede set (lower precision). Not a
    toll of the lede's own paragraph (its own places were weighed and declined), not one dated
    far from the story's day ('in August 2022 the group had killed 21'), not a quote repeating
    the toll in a speaker's words, not what an accusation alleges."""
    scene = _lede_scene(sents)
    if scene is None:
        return
    c, lede = scene
    p = c.place
    for d in drafts:
        _, _, placed = type_codes(d.event.type, d.subtype)
        if d.event.location is not None or REACH.get(placed, ARTICLE) < ARTICLE or d.event.negated \
                or d.alleged or d.unknown_place or d.tally or d.sent.kind == TITLE \
                or _group(d.event.type) != "violent" or not _has_counts(d.event) \
                or d.sent.para <= lede.para or _other_month(d.event.date, main) \
                or _opens_quote(d.sent, d.sent_text) \
                or d.clause in d.sent.background or d.sent.start < c.mention.start:
            continue
        d.event.location = Location(name=p.name, place_id=p.id, lat=p.lat, lon=p.lon,
                                    geometry=_geometry(p), precision=min(3, BASE_PRECISION.get(p.feature, 3) + 1),
                                    mention=c.mention.mention if c.mention is not None else c.surface)
        d.loc_level, d.loc_mention = ARTICLE, c.mention


TOLD_PLACE_REACH = 4     # tokens between 'took place' and the place's name ('in the village of')


def _told_place(drafts: list[_Draft], sents: list[_Sent], mentions: list[Mention]) -> None:
    """A sentence that only places a happening told before it ('The attack took place in X',
    'Peristiwa itu berlaku di X', 'Der Anschlag ereignete sich in X') gives its place to the
    unplaced happenings on the ground (and property burned) of the story told just before it (its
    own paragraph and the two before, back to the last happening that has a place) and to those
    told right after it (its paragraph and the next two, up to the first happening with a place
    of its own)."""
    for s in sents:
        if s.kind != BODY or s.scan is None:
            continue
        m = None
        for i, j, _, _ in s.scan.find("tookplace"):
            # (the first place named after the words, within a few words: a sentence telling
            # no happening of its own has no candidates, so the place stage's mentions)
            lo = s.toks[min(j, len(s.toks)) - 1].end
            hi = s.toks[min(j + TOLD_PLACE_REACH, len(s.toks) - 1)].end
            m = next((m for m in mentions if lo <= m.start < hi and m.start < s.end and m.place is not None
                      and m.place.feature not in COARSE and m.role != ROLE_DATELINE), None)
            if m is not None:
                break
        if m is None:
            continue
        p = m.place
        before = [d for d in drafts if d.sent.start < s.start and s.para - 2 <= d.sent.para]
        after = [d for d in drafts if d.sent.start > s.start and d.sent.para <= s.para + 2]
        chosen = []
        for d in reversed(before):
            if d.event.location is not None:
                if _group(d.event.type) in GROUND:
                    break
                continue
            chosen.append(d)
        for d in after:
            if d.event.location is not None:
                if _group(d.event.type) in GROUND:
                    break
                continue
            chosen.append(d)
        for d in chosen:
            if not (_group(d.event.type) in GROUND or d.event.type == "other" and d.subtype in DAMAGE) \
                    or d.event.negated or d.alleged or d.tally \
                    or d.sent.kind == TITLE or d.clause in d.sent.background:
                continue
            d.event.location = Location(name=p.name, place_id=p.id, lat=p.lat, lon=p.lon,
                                        geometry=_geometry(p), precision=BASE_PRECISION.get(p.feature, 3),
                                        mention=m.mention)
            d.loc_level, d.loc_mention = PARAGRAPH, m


def _convened_at_dateline(drafts: list[_Draft], doc: Document, sents: list[_Sent], gz: _Gaz | None = None) -> None:
    """A council or meeting a leader chaired ('a présidé un conseil national de sécurité',
    'encabezó un consejo de seguridad') with no place of its own was held where the leader is,
    which a story filed from a town of the country it is about tells by its dateline; with no
    such dateline (a correspondent filing from abroad) it stays unplaced (and is dropped like
    other talks with no venue)."""
    dl = doc.dateline
    if dl is None or dl.place is None or dl.place.feature not in ("city", "village", "admin2"):
        return
    if not any(d.event.type == "talks_meeting" and d.subtype == "convened" and d.event.location is None
               for d in drafts):
        return
    w = _country_weights(doc, sents)
    if not w or max(w, key=lambda c: w[c]) != dl.place.country:
        return
    # (a leader convenes a council at the seat of government: a dateline that is another town
    # of the country, 'MÜNCHEN' over a shooting there, is where the reporter stands, not where
    # the chancellor convened the security cabinet)
    cap = gz.capital(dl.place.country) if gz is not None else None
    if cap is not None and cap.id != dl.place.id and _km(cap.lat, cap.lon, dl.place.lat, dl.place.lon) > 50:
        return
    p = dl.place
    for d in drafts:
        if d.event.type == "talks_meeting" and d.subtype == "convened" and d.event.location is None \
                and not d.event.negated:
            d.event.location = Location(name=p.name, place_id=p.id, lat=p.lat, lon=p.lon,
                                        geometry=_geometry(p), precision=2, mention=dl.mention)
            d.loc_level = ARTICLE


def _finer_host(d: _Draft, c: _Cand, drafts: list[_Draft]) -> _Draft | None:
    """The one happening of d's paragraph placed by its own clause at a place inside country c
    (one place only: a paragraph of several towns does not say which)."""
    hosts = [h for h in drafts if h is not d and h.sent.para == d.sent.para and h.sent.kind == d.sent.kind
             and h.loc_level == CLAUSE and h.event.location is not None and not h.loc_guessed
             and not h.event.negated and not h.alleged and h.loc_mention is not None
             and h.loc_mention.place is not None and h.loc_mention.place.country == c.place.country
             and h.loc_mention.place.feature not in COARSE | {"border", "admin1"}]
    return hosts[0] if len({h.event.location.place_id for h in hosts}) == 1 else None


def _merged_from_later(o: _Draft, d: _Draft, home: str | None) -> bool:
    """Did o, told before d, take its place from a mention merged in after d, in another country
    than the dateline's ('ANKARA – Başkentteki saldırının ardından TSK … hedef aldı' in the lead,
    its 'Irak'ın kuzeyindeki Metina … bölgelerine' told paragraphs later)? Then o's scene is no
    focus for d, told before that place (a place of the dateline's country still is: the
    article's own ground)."""
    m = o.loc_mention
    place = getattr(m, "place", None)
    return bool(o.loc_merged and home and place is not None and place.country and place.country != home
                and m.start > d.event.start)


def _unknown_before(o: _Draft, d: _Draft) -> bool:
    """Is o, told before d, a happening named at a place the gazetteer does not know?"""
    return o.unknown_place and o.event.location is None and o.event.start < d.event.start


FAR_DAYS = 31      # days between two happenings' dates that make them different news


def _days_apart(a: str | None, b: str | None, n: int) -> bool:
    """Are days a and b (both known to the day) more than n days apart?"""
    if not a or not b or len(a) < 10 or len(b) < 10:
        return False
    try:
        return abs((dt.date.fromisoformat(a[:10]) - dt.date.fromisoformat(b[:10])).days) > n
    except ValueError:
        return False


def _other_month(a: str | None, b: str | None) -> bool:
    """Are dates a and b more than a month apart ('Pada November tahun lalu, seorang pengebom …'
    is no scene for this week's dead; Monday's attack is for Tuesday's toll, even across a
    month's end)? A month alone counts as its first day; unknown dates are no sign."""
    def day(x: str) -> int | None:
        m = re.match(r"(\d{4})-(\d{2})(?:-(\d{2}))?", x or "")
        return None if m is None else int(m[1]) * 372 + int(m[2]) * 31 + int(m[3] or 1)
    da, db = day(a), day(b)
    return da is not None and db is not None and abs(da - db) > FAR_DAYS


def _may_borrow(typ: str, src: str) -> bool:
    """May a happening of type `typ` with no place take the scene of one of type `src`? Violence
    never takes an arrest's ('the deserter was caught near Bayandur' places no killing), and only
    a toll takes a protest's (the injured of a riot)."""
    g, gs = _group(typ), _group(src)
    if g == "posture":
        # reinforcements sent, an alert raised with no place: to where the fighting is
        return gs == "violent"
    if g == "other":
        # (buildings burned, prisoners freed, people fleeing with no place of their own: at the
        # scene of the violence or unrest the article tells, as the paragraph's focus would be)
        return gs in ("violent", "protest")
    if g not in GROUND:
        return False
    if g == "violent":
        return gs == "violent" or (typ == "casualties" and gs == "protest")
    return True


INQUIRY_REACH = 5   # words between an inquiry's words and the happening it looks into


def _inquired(d: _Draft) -> bool:
    """Is the trigger of d the object of an inquiry in its clause ('opened an investigation into
    the attack', 'Saldırıyla ilgili … soruşturma başlattı', 'по факту нападения')?"""
    sent = d.sent
    return any((0 <= d.tok - qj <= INQUIRY_REACH or 0 <= qi - d.tok <= INQUIRY_REACH + 2)
               and sent.clause_of[qi] == sent.clause_of[d.tok]
               for qi, qj, _, _ in sent.scan.find("inquiry"))


def _raids_of_arrests(drafts: list[_Draft], lex: Lexicon) -> None:
    """Raids told in a paragraph whose detentions were made in such operations ('5,000 people
    had been held for questioning in the raids. Raids were reported in X, Y and Z'): the raids
    are those arrests' operations, told by place; detentions, no armed clash."""
    def ops(sent) -> list[tuple[int, int]]:
        return [(i, j) for i, j, _, _ in lex.matches("arrestops", sent.toks, sent.scan)]
    paras = {d.sent.para for d in drafts if d.event.type == "capture_detention"
             and d.subtype != "abduction" and not d.event.negated
             and any(sent_i <= d.tok + 12 and sent_i >= d.tok - 12 for sent_i, _ in ops(d.sent))}
    if not paras:
        return
    for d in drafts:
        if d.event.type != "armed_clash" or d.sent.para not in paras or d.event.negated:
            continue
        t_end = _trigger_end(d)
        if any(i == d.tok and j == t_end for i, j in ops(d.sent)) and not any(
                o.sent is d.sent and o.event.type == "casualties" for o in drafts):
            d.event.type, d.subtype = "capture_detention", "arrest"
            d.event.cameo, d.event.acled, _ = type_codes("capture_detention", "arrest")


def _drop_inquired(drafts: list[_Draft]) -> list[_Draft]:
    """An attack named as what an inquiry looks into, once the article has told a violent
    happening, is that happening again: it is no new one at the inquiry's seat ('Prosecutors in
    Ankara opened an investigation into the attack')."""
    out = []
    for d in drafts:
        if d.event.type in VIOLENT and not d.event.negated and not _has_counts(d.event) and _inquired(d) \
                and any(h.sent.start < d.sent.start and _group(h.event.type) == "violent" for h in out):
            continue
        out.append(d)
    return out


def _zero_tolls(drafts: list[_Draft], paras: dict[int, list[_Sent]]) -> None:
    """'Russian forces shelled Kharkiv overnight. No casualties were reported there.': the
    happening told just before a denied toll (same sentence or the one before, same paragraph)
    has a count of 0 in the denied category; 'casualties', 'korban' with no category word deny
    both deaths and injuries."""
    for d in drafts:
        if not (d.event.negated and d.event.type == "casualties") or d.sent.kind == TITLE:
            continue
        sent = d.sent
        start = sent.toks[d.tok].start
        end = start + len(d.event.trigger)
        cats = {cat for i, _, cat, _ in sent.scan.find("count") if start <= sent.toks[i].start < end}
        cats = cats or {"killed", "wounded"}
        # ('Пострадавших нет', 'никто не пострадал'): a word of the wounded whose denial is that
        # of all casualties (`denial_both`) denies the dead too (README 'Zero tolls')
        if cats == {"wounded"} and d.lex is not None and d.lex.phrases("denial_both").find(
                sent.toks, d.tok, _tok_index(sent.toks, end)):
            cats = {"killed", "wounded"}
        # 'No civilian casualties were reported', 'aucune victime civile': one group's toll only
        t_end = _tok_index(sent.toks, end)
        toks, lo = sent.toks, d.tok - 3
        # ('tidak ada WNI yang menjadi korban'): the group a relative word sets before the trigger
        rel = next((k for k in (d.tok - 1, d.tok - 2) if k >= 0 and toks[k].low in d.lex.neg_relative), None)
        if rel is not None:
            lo = rel - d.lex.neg_relative_window
        # ('Aucun ressortissant français ne figure parmi les victimes'): the group right after
        # the negator of the clause
        lo = min([lo] + [ni for ni, nj, _, _ in sent.scan.find("neg")
                         if d.tok - 8 <= ni < d.tok and sent.clause_of[ni] == sent.clause_of[d.tok]])
        # ('Среди сотрудников экстренных служб погибших нет', 'Among the rescuers there were no
        # dead'): the group the clause opens with, its negator told after the toll word
        lo = min([lo] + [k for k in range(max(0, d.tok - 8), d.tok)
                         if sent.clause_of[k] == sent.clause_of[d.tok]][:1])
        near = [k for k in range(max(0, lo), min(len(sent.toks), t_end + 3))
                if sent.clause_of[k] == sent.clause_of[d.tok]]
        if near and d.lex.partial.find(sent.toks, near[0], near[-1] + 1):
            continue
        # 'Aucun bilan n'a été publié', 'no death toll was given': no figure, not none killed
        if any(ui <= t_end and uj >= d.tok - 2 for ui, uj, _, _ in d.lex.toll_unknown.find(sent.toks)):
            continue
        para = paras.get(sent.para, [])
        idx = next((n for n, x in enumerate(para) if x is sent), None)
        before = para[idx - 1] if idx else None
        live = [h for h in drafts if not h.event.negated and _group(h.event.type) in GROUND]
        # its own sentence's happenings ('no one was hurt in the shelling'), else the sentence before
        hosts = [h for h in live if h.sent is sent] or [h for h in live if h.sent is before]
        # ('zehn Menschen wurden verletzt. Die Flugabwehr habe die meisten Geschosse abgefangen.
        # Todesopfer gab es keine'): the toll told just before completes that toll
        if not any(h.sent is sent for h in hosts) and idx:
            tolls = [h for h in live if h.event.type == "casualties" and _has_counts(h.event)
                     and h.sent in para[max(0, idx - 2):idx]
                     and not any(getattr(h.event, c) is not None for c in cats & {"killed", "wounded"})]
            if tolls:
                hosts = tolls[-1:]
        # ('Nessuno morì. … il conto definitivo dei feriti salì poi a 24', 'No one died. Forty
        # people were wounded'): a denial standing alone, whose sentence names no happening, is
        # the rest of the toll told right after it that counts only the other category
        if not hosts and idx is not None and idx + 1 < len(para) and not _trigger_groups(sent) - {"violent"} \
                and not any(h.sent is sent for h in drafts if not h.event.negated):
            nxt = para[idx + 1]
            after = [h for h in live if h.sent is nxt and h.event.type == "casualties" and _has_counts(h.event)
                     and not any(getattr(h.event, c) is not None for c in cats & {"killed", "wounded"})]
            if after and cats & {"killed", "wounded"} != {"killed", "wounded"}:
                hosts = after[:1]
        if not hosts and d.sent.kind != TITLE:
            hosts = _earlier_host(d, drafts, para, idx)
        if not hosts:
            continue
        last = hosts[-1].sent
        # 'Nessun civile è rimasto ucciso a Myawaddy': a denial placed elsewhere is not theirs
        own = {c.place.id for c in sent.cands if c.clause == sent.clause_of[d.tok]}
        for h in hosts:
            if h.sent is not last:
                continue
            if own and (h.event.location is None or h.event.location.place_id not in own):
                continue
            for cat in cats & {"killed", "wounded"}:
                if getattr(h.event, cat) is None:
                    setattr(h.event, cat, 0)
        # ('Iran fired missiles at the base. Most were intercepted. The attack caused no
        # casualties.'): a denial whose own happening is only the attack named again, with no
        # place or day of its own, is the toll of the attack told before
        if last is sent and not own:
            _zero_to_told_attack(d, [h for h in hosts if h.sent is sent], drafts, para, idx, cats)


def _earlier_host(d: _Draft, drafts: list[_Draft], para: list[_Sent], idx: int | None) -> list[_Draft]:
    """('Wiranto was stabbed in Menes … He was flown to Jakarta. Doctors said he was stable. No one
    died in the incident.'): a denial with no happening in its own sentence or the one before is
    the toll of the latest violent happening of the sentences before it in its paragraph, else,
    with no place of its own, of the article's first violent happening of its day."""
    def ok(h: _Draft) -> bool:
        return (_group(h.event.type) == "violent" and not h.event.negated and h.sent.kind != TITLE
                and h.event.location is not None)
    # only a denial that names the happening with a demonstrative after its toll word ('in that
    # attack', 'dalam insiden itu', 'dans cette attaque'): not 'there was no word on casualties'
    lex, toks = d.lex, d.sent.toks
    if lex is None or not any(t.low in lex.anaphora_before or t.low in lex.anaphora_after
                              for t in toks[d.tok + 1:]):
        return []
    if idx:
        before = set(map(id, para[max(0, idx - ZERO_BACK):idx]))
        told = [h for h in drafts if id(h.sent) in before and ok(h)]
        if told:
            return [max(told, key=lambda h: (h.sent.start, h.tok))]
    sent = d.sent
    if any(c.clause == sent.clause_of[d.tok] for c in sent.cands) or d.date_own:
        return []
    first = [h for h in drafts if ok(h) and h.sent.start < sent.start
             and (h.event.date is None or d.event.date is None or h.event.date == d.event.date)]
    return [min(first, key=lambda h: (h.sent.start, h.tok))] if first else []


ZERO_BACK = 3    # sentences back in its paragraph where a denial's bare 'the attack' finds its attack


def _bare_attack(h: _Draft) -> bool:
    """Is h an attack word with no place of its own clause or sentence, no day of its own and no
    figures but zeros ('The attack caused no casualties', 'serangan itu')?"""
    e = h.event
    return (e.type in VIOLENT and not e.negated and not h.date_own and not h.split
            and (h.loc_level is None or h.loc_level >= PARAGRAPH)
            and not any(getattr(e, k) for k in _TOLL_KEYS))


def _zero_to_told_attack(d: _Draft, own: list[_Draft], drafts: list[_Draft], para: list[_Sent],
                         idx: int | None, cats: set[str]) -> None:
    """The denied toll of a bare attack word goes to the latest attack of the sentences before
    it in its paragraph (the paragraph before when the word has a demonstrative: 'dalam serangan
    itu'); the bare word is then merged into that attack (`zero_into`)."""
    if not own or not all(_bare_attack(h) for h in own) or idx is None:
        return
    # ('The missile wounded several people but killed no one'): victims told beside the denial
    # make the sentence a toll of its own
    if any(h.vague_toll or any(getattr(h.event, k) for k in _TOLL_KEYS)
           for h in drafts if h.sent is d.sent and not h.event.negated) \
            or any(cat in ("killed", "wounded") and cat not in cats for _, _, cat, _ in d.sent.scan.find("count")):
        return
    before = set(map(id, para[max(0, idx - ZERO_BACK):idx]))
    told = [h for h in drafts if h.event.type in VIOLENT and not h.event.negated and id(h.sent) in before
            and h.event.location is not None and h.sent.kind != TITLE]
    if not told and any(_demonstrative(h) for h in own):
        prev = [h for h in drafts if h.sent.para == d.sent.para - 1 and h.sent.kind != TITLE]
        told = [h for h in prev if h.event.type in VIOLENT and not h.event.negated
                and h.event.location is not None]
    if not told:
        return
    host = max(told, key=lambda h: (h.sent.start, h.tok))
    for cat in cats & {"killed", "wounded"}:
        if getattr(host.event, cat) is None:
            setattr(host.event, cat, 0)
    for h in own:
        h.zero_into = host


def _has_counts(e: Event) -> bool:
    return any(getattr(e, k) is not None for k in ("killed", "wounded", "captured", "missing"))


# --------------------------------------------------------------------------- merging

def _actors_of(d: _Draft) -> list[str]:
    names = []
    for _, name, _ in d.sent.actors:
        if name not in names:
            names.append(name)
    return names


def _site_scene(d: _Draft) -> bool:
    """Is d placed at a site finer than a town (a church, a market, a street: no city, village,
    region or country) that its own paragraph names?"""
    m = d.loc_mention
    return d.loc_level is not None and d.loc_level <= PARAGRAPH and not d.loc_guessed \
        and m is not None and m.place is not None \
        and m.place.feature not in ("city", "village", "admin1", "admin2", "country", "region", "border")


def _compatible(a: _Draft, b: _Draft) -> bool:
    """Is b a repeat of a (same happening told again)?"""
    ea, eb = a.event, b.event
    if _one_attack(a, b):
        return True
    if ea.type != eb.type or ea.negated != eb.negated or _another_place(a, b):
        return False
    # ('Ad Amman migliaia di manifestanti …' then 'Proteste anche a Istanbul'): a happening whose
    # own clause names a scene the gazetteer lacks is not one placed by its own clause elsewhere
    if a.sent is not b.sent and TITLE not in (a.sent.kind, b.sent.kind) and any(
            x.unknown_place and x.event.location is None and y.event.location is not None and y.loc_level == CLAUSE
            for x, y in ((a, b), (b, a))):
        return False
    # a toll of other victims told in a sentence of its own ('Otros 35 militares resultaron
    # heridos' after the dead) is news of its own (the guideline), never the earlier toll's
    if (a.more_toll or b.more_toll) and a.sent is not b.sent and _counted(ea) != _counted(eb) \
            and _counted(ea) and _counted(eb):
        return False
    # ('In Pokrowsk im Gebiet Donezk meldeten die Behörden weitere Opfer'): victims 'more' or
    # 'further' told at a place of their own clause, where the toll before was not, are news
    # of their own
    if ea.type == "casualties" and a.sent is not b.sent and TITLE not in (a.sent.kind, b.sent.kind) \
            and b.loc_level == CLAUSE and b.loc_cue and eb.location is not None \
            and (ea.location is None or ea.location.place_id != eb.location.place_id) \
            and any(b.sent.clause_of[mi] == b.clause for mi, _, _, _ in b.sent.scan.find("more")):
        return False
    # a toll told again in a sentence of its own ('Le bilan officiel est de 44 morts' after '44
    # civils ont été tués dans l'attaque'): the guideline's separate casualties event
    if ea.type == "casualties" and a.sent is not b.sent and TITLE not in (a.sent.kind, b.sent.kind) \
            and ea.killed is not None and ea.killed == eb.killed and _counted(ea) != _counted(eb):
        return False
    # dead told in one paragraph and only wounded in another ('more than 50 were wounded' … 'that
    # battle killed more than 1,100'): two tolls, not one told in halves
    if ea.type == "casualties" and a.sent.para != b.sent.para and TITLE not in (a.sent.kind, b.sent.kind) \
            and _told(a) and _told(b) and not _told(a) & _told(b):
        return False
    # ('ранения получили двенадцать мирных жителей … Одна пожилая жительница скончалась'): dead
    # told with a figure after a sentence of wounded only are a toll of their own
    if ea.type == "casualties" and a.sent is not b.sent and TITLE not in (a.sent.kind, b.sent.kind) \
            and _told(a) == {"wounded"} and eb.killed is not None and "wounded" not in _told(b) \
            and a.sent.start < b.sent.start:
        return False
    # ('Eleven people died. The wounded number 146.', '… I feriti sono 146.'): wounded counted in
    # a sentence of their own after a toll of the dead that told none are a toll of their own
    # too (the guideline: a toll given in its own sentence is a separate casualties event)
    if _wounded_after_dead(a, b):
        return False
    # ('погибли более пятнадцати полицейских … Десятки человек получили ранения'): dead or
    # wounded of another kind told with no figure in a sentence of their own, after a toll with
    # figures (the missing of a shipwreck are still its toll)
    if ea.type == "casualties" and a.sent is not b.sent and TITLE not in (a.sent.kind, b.sent.kind) \
            and set(b.vague_toll) & {"killed", "wounded"} and not _counted(eb) and _counted(ea) \
            and not _told(a) & _told(b):
        return False
    # ('… wurden zwölf Palästinenser getötet' … paragraphs later, after a strike on Gaza, 'Menschen
    # wurden dabei verletzt'): a toll word with no figure told in another paragraph at a place of
    # its own is no repeat of a toll with figures that has none
    if ea.type == "casualties" and a.sent.para != b.sent.para and TITLE not in (a.sent.kind, b.sent.kind) \
            and (_counted(ea) and not _told(b) and ea.location is None and eb.location is not None
                 or _counted(eb) and not _told(a) and eb.location is None and ea.location is not None):
        return False
    if a.sent is not b.sent and eb.type in _RENEWABLE and TITLE not in (a.sent.kind, b.sent.kind) \
            and _renewed(b):
        return False
    if ea.type == "casualties" and a.sent is not b.sent and TITLE not in (a.sent.kind, b.sent.kind) \
            and _new_victim(a, b):
        return False
    # ('… killing a police officer.' … 'Shortly before 7 p.m. he shot himself'): the attacker's
    # own death, told in a sentence of its own, is another death than a toll that does not tell it
    if ea.type == "casualties" and a.sent is not b.sent and TITLE not in (a.sent.kind, b.sent.kind) \
            and _perpetrator_death(a) != _perpetrator_death(b):
        return False
    # ('Spezialkräfte durchsuchten einen Hangar …' then, paragraphs later, 'Die Polizei in Berlin
    # verstärkte ihre Präsenz'): another measure, named by other words at a place of its own
    # clause in a paragraph of its own, is a measure of its own (not one alleged, not the same
    # words again: 'l'état d'urgence' told twice is one)
    if ea.type == "military_alert_deployment" and a.sent.para != b.sent.para \
            and TITLE not in (a.sent.kind, b.sent.kind) and b.loc_level == CLAUSE \
            and not (a.alleged or b.alleged) and fold(ea.trigger or "") != fold(eb.trigger or ""):
        return False
    if ea.type == "ceasefire_agreement" and not ea.negated and "violation" not in (a.subtype, b.subtype):
        return True             # an article's ceasefire is one: later sentences tell its terms
    if a.subtype and b.subtype and a.subtype != b.subtype:
        return False
    # ('A temple was damaged.' … 'both countries expelled each other's diplomats'): 'other' holds
    # unrelated happenings; one of a subtype (a fire, a closure, damage) and one of none told in
    # another sentence are two (in one sentence, one decision: 'suspended trade and closed the border')
    if ea.type == "other" and a.sent is not b.sent and (a.subtype or None) != (b.subtype or None):
        return False
    # (a headline with no date of its own only carries the article's date)
    undated_title = any(d.sent.kind == TITLE and not d.date_own for d in (a, b))
    # ('Last week protesters marched in X. Police dispersed the march with tear gas.'): a protest
    # at the same place told in a sentence with no date of its own right after, in its paragraph,
    # is the protest told before, on its date
    undated_next = ea.type == "protest" and a.sent.para == b.sent.para and a.sent.start < b.sent.start \
        and a.date_own and not b.date_own and b.sent.kind != TITLE and ea.location is not None \
        and eb.location is not None and ea.location.place_id == eb.location.place_id
    if ea.date and eb.date and ea.date != eb.date and not undated_title and not undated_next:
        return False
    # (a headline's toll is the news of its day: never a death told as past, months before it)
    if undated_title and _other_month(ea.date, eb.date):
        return False
    if ea.actors and eb.actors and not set(ea.actors) & set(eb.actors):
        return False
    if _group(ea.type) == "diplomatic" and not (set(ea.actors) & set(eb.actors)):
        return False            # statements by unknown speakers are not known to be one
    la, lb = ea.location, eb.location
    # one place of a list told in another paragraph ('strikes on facilities around X and Y,
    # among the dead were civilians') is not where a toll told elsewhere happened, unless it
    # is that same place told again
    if ea.type == "casualties" and (a.split or b.split) and a.sent.para != b.sent.para \
            and not (la and lb and la.place_id == lb.place_id) and _counted(ea) != _counted(eb):
        return False
    if la and lb and la.place_id != lb.place_id and a.sent is b.sent and (a.split or b.split):
        return False            # the places of one list are one happening each, guessed or not
    # ('Bom meledak di pelukannya' at the church of its paragraph, then, paragraphs later, 'Bom
    # meledak … di sebelas kota, antara lain Jakarta, Bekasi …'): one place of a list told in
    # another paragraph is a happening of its own there, not the scene the one told before had
    if la and lb and la.place_id != lb.place_id and a.sent.para != b.sent.para \
            and TITLE not in (a.sent.kind, b.sent.kind) and ea.type in VIOLENT \
            and (a.split and _site_scene(b) or b.split and _site_scene(a)):
        return False
    if la and lb and la.place_id != lb.place_id:
        # (a capital guessed from the article's country is weak too: 'in the capital')
        # (a place its own paragraph gives is no weak place for a happening of another paragraph)
        other_para = a.sent.para != b.sent.para and any(
            (getattr(ea, k) is None) != (getattr(eb, k) is None) for k in ("killed", "wounded", "captured", "missing"))
        weak_a = a.loc_level is not None and a.loc_level >= (ARTICLE if other_para else PARAGRAPH) or a.loc_guessed
        weak_b = b.loc_level is not None and b.loc_level >= (ARTICLE if other_para else PARAGRAPH) or b.loc_guessed
        if not (weak_a or weak_b):
            return False
    for k in ("killed", "wounded", "captured", "missing"):
        va, vb = getattr(ea, k), getattr(eb, k)
        if va is not None and vb is not None and va != vb:
            return False
        # 'dozens killed' and '49 killed' are not known to be one toll; but in the paragraph of
        # the figure, a sentence with no figure of its own tells the same victims ('108 were
        # wounded. Dozens of the wounded remain in hospital')
        same_para = a.sent.para == b.sent.para and TITLE not in (a.sent.kind, b.sent.kind)
        if va is not None and k in b.vague_toll and not (same_para and not _counted(eb)) \
                or vb is not None and k in a.vague_toll and not (same_para and not _counted(ea)):
            return False
    return True


NEW_VICTIM_REACH = 4     # tokens from a toll's word to the article of its one victim
VICTIM_WORDS = 3         # words after that article that describe the victim
VICTIM_STEM = 5          # letters of a victim word looked for in the other sentence (inflection)


def _victim_words(d: _Draft) -> list[str] | None:
    """'erschießt er einen Wachmann', 'abat un employé', 'shot a guard': the words of a victim
    introduced by an indefinite article (a figure of one that is as often an article) right
    after d's toll word in its clause, for a toll of one (or none read); None if there is none."""
    e, sent, lex = d.event, d.sent, d.lex
    if lex is None or not sent.toks or (e.killed not in (None, 1)) or e.wounded is not None \
            or e.captured is not None or e.missing is not None:
        return None
    toks = sent.toks
    for nm in numbers(d.sent_text, toks, lex, scan=sent.scan):
        if not nm.weak or not (d.tok < nm.i <= d.tok + NEW_VICTIM_REACH) or sent.clause_of[nm.i] != d.clause:
            continue
        words = []
        for k in range(nm.j, min(nm.j + VICTIM_WORDS + 1, len(toks))):
            if sent.clause_of[k] != d.clause or toks[k].low in lex.coordinators:
                break
            w = toks[k].low
            # (not an age: '40-jährige', 'de 40 ans', '40-year-old')
            if w.isalpha() and len(w) > 3 and not toks[k - 1].low.isdigit():
                words.append(w[:VICTIM_STEM])
        return words or None
    return None


PERPETRATOR_REACH = 6   # tokens from a toll's word to a phrase of the attacker's own death


def _perpetrator_death(d: _Draft) -> bool:
    """Does d tell the death of the attacker alone ('he shot himself', 'Der Täter erschoss sich',
    'Saldırgan da olay yerinde öldü', 'l'assaillant, qui est mort peu après'): a toll of one or
    none read, with a phrase of `perpetrator_death` in its clause or a few tokens from its word?"""
    e, sent, lex = d.event, d.sent, d.lex
    if lex is None or not sent.toks or e.killed not in (None, 1) or e.wounded is not None \
            or e.captured is not None or e.missing is not None:
        return False
    # (a death by the attacker's own hand anywhere in the sentence, even in a clause after the one
    # that finds him dead: 'Den Täter fanden sie tot in einer Toilette: Er hatte sich selbst erschossen')
    return bool(lex.phrases("self_kill").find(sent.toks)) or any(
        sent.clause_of[i] == d.clause or abs(i - d.tok) <= PERPETRATOR_REACH
        for i, _, _, _ in lex.phrases("perpetrator_death").find(sent.toks))


def _only_self_deaths(cas_pos: list, sent: _Sent, lex: Lexicon) -> bool:
    """Is every casualties item of the sentence the attacker's death by their own hand, a phrase
    of `self_kill` spanning its word (not 'police shot the gunman dead', not '107 penyerang maut':
    the fighting is the manner of those deaths; not 'killed twenty and then himself')?"""
    found = lex.phrases("self_kill").find(sent.toks)
    return bool(found) and all(any(i <= c[2] < j for i, j, _, _ in found) for c in cas_pos)


def _perpetrator_tolls(drafts: list[_Draft]) -> None:
    """'Saldırgan da olay yerinde öldü', 'Pelaku kemudian tewas bunuh diri': the attacker's own
    death told with no figure is a toll of one (so that no attack told before absorbs it as a
    re-mention, and no toll of one merges with it: _compatible)."""
    for d in drafts:
        e = d.event
        if e.type == "casualties" and not e.negated and e.killed is None and not d.vague_toll \
                and _perpetrator_death(d):
            e.killed = 1


def _place_wounded_after_dead(d: _Draft, kept: list[_Draft]) -> None:
    """'Nine people were killed in X. 63 people were wounded.': wounded told in a sentence of
    their own after a toll of the dead (a casualties event of their own) whose sentence names
    no place were wounded where that toll (the one told last before them) was, on its day when
    their sentence gives none."""
    if d.loc_level is not None and d.loc_level <= SENTENCE and not d.loc_guessed:
        return
    before = [k for k in kept if k.event.type == "casualties" and k.sent.kind != TITLE
              and k.sent.start < d.sent.start]
    toll = max(before, key=lambda k: k.sent.start, default=None)     # the toll told last before it
    if toll is None or toll.event.location is None or not _wounded_after_dead(toll, d):
        return
    # (only a toll of its own paragraph: 'Altri quattro militari sono rimasti feriti' stays at
    # Kabul, not at a background toll paragraphs before)
    if toll.sent.para != d.sent.para:
        return
    d.event.location, d.loc_level, d.loc_mention = toll.event.location, toll.loc_level, toll.loc_mention
    d.loc_merged, d.loc_guessed = True, toll.loc_guessed
    if toll.event.date and not d.date_own:
        d.event.date, d.event.date_precision = toll.event.date, toll.event.date_precision


def _other_categories(k: _Draft, d: _Draft) -> bool:
    """Is d a headline of dead over k, a body toll of wounded only ('35 Tote' over 'Mehr als 100
    Menschen wurden verletzt')? Its dead are never those wounded."""
    return d.sent.kind == TITLE and k.sent.kind != TITLE and _counted(k.event) == {"wounded"} \
        and "killed" in _counted(d.event) and "wounded" not in _counted(d.event)


def _wounded_after_dead(a: _Draft, b: _Draft) -> bool:
    """Is b a count of wounded told in a sentence of its own after a's toll of the dead, which
    tells no wounded ('Eleven people died. The wounded number 146.')? Then b is a casualties
    event of its own (the guideline), not the rest of a's toll. (Wounded counted after a toll
    that told wounded after a's ('… около ста ранены. Более пятидесяти пострадавших
    госпитализированы') are some of those, no toll of their own.)"""
    ea, eb = a.event, b.event
    return ea.type == "casualties" and eb.type == "casualties" and a.sent is not b.sent \
        and TITLE not in (a.sent.kind, b.sent.kind) and a.sent.start < b.sent.start \
        and not ea.negated and not eb.negated \
        and ea.killed is not None and "wounded" not in _told(a) \
        and _counted(eb) == {"wounded"} and _told(b) == {"wounded"} \
        and b.wounded_told_at < a.sent.start


def _new_victim(a: _Draft, b: _Draft) -> bool:
    """('Am Tor erschießt er einen Wachmann. … In der Kantine tötet er einen Koch.'): a death of
    one victim introduced by an indefinite article is a new victim, another happening than a
    toll told in another sentence that does not name that victim ('… den Wachmann' restates it)."""
    for x, y in ((a, b), (b, a)):
        words = _victim_words(x)
        if words and not any(w in t.low for w in words for t in y.sent.toks):
            return True
    return False


# happenings that recur at one place ('de nouveaux rassemblements', 'fresh clashes')
_RENEWABLE = frozenset({"protest", "armed_clash", "shelling_airstrike"})
RENEWED_REACH = 3   # tokens from a 'new' word to the happening's word ('de nouveaux rassemblements')


def _renewed(d: _Draft) -> bool:
    """Is d's happening told as a new one ('de nouveaux rassemblements ont eu lieu', 'fresh
    protests broke out', 'protes baru')? A `renewed` word a few tokens before its word, or
    right after it."""
    lex = d.lex
    if lex is None or not d.sent.toks:
        return False
    if any(d.tok - RENEWED_REACH <= i and j <= d.tok + 2 and d.sent.clause_of[i] == d.clause
           for i, j, _, _ in lex.matches("renewed", d.sent.toks, d.sent.scan)):
        return True
    return _more_counted(d)


def _more_counted(d: _Draft) -> bool:
    """'two more bombs went off', 'zwei weitere Bomben', 'otras dos bombas', 'dua lagi bom',
    'iki bomba daha': a figure with a word of 'more' beside it, right at the happening's word,
    counts happenings besides those told before (not victims: the figure is no toll's)."""
    sent, lex = d.sent, d.lex
    more = [(i, j) for i, j, _, _ in sent.scan.find("more")
            if sent.clause_of[i] == d.clause and d.tok - RENEWED_REACH - 1 <= i <= d.tok + 2]
    if not more:
        return False
    for nm in numbers(d.sent_text, sent.toks, lex, scan=sent.scan):
        if not (d.tok - RENEWED_REACH - 1 <= nm.i <= d.tok + 2):
            continue
        if any(0 <= mi - nm.j <= 1 or 0 <= nm.i - mj <= 1 for mi, mj in more):
            return True
    return False


def _one_attack(a: _Draft, b: _Draft) -> bool:
    """'une attaque d'artillerie contre Goris': an attack and its weapon in one clause, at one
    place, are one happening (kept as the more specific shelling)."""
    ea, eb = a.event, b.event
    return (a.sent is b.sent and a.clause == b.clause and {ea.type, eb.type} == VIOLENT
            and ea.negated == eb.negated and ea.location is not None and eb.location is not None
            and ea.location.place_id == eb.location.place_id)


OPENS_ANOTHER = 3    # first tokens of a sentence where 'meanwhile', 'elsewhere' open another happening


def _another_place(a: _Draft, b: _Draft) -> bool:
    """'Nelle stesse ore, soldati israeliani hanno sparato … vicino a Labbouneh', 'Meanwhile,
    in X …': b's sentence opens another happening (words for 'meanwhile', 'at the same time',
    'elsewhere' before its trigger) and b is placed where a is not."""
    lex, sent = b.lex, b.sent
    if lex is None or b.event.location is None or a.sent is b.sent:
        return False
    if a.event.location is not None and a.event.location.place_id == b.event.location.place_id:
        return False
    # ('Unterdessen setzt Russland seine Angriffe fort. In der Nacht hatten Drohnen … in Ismajil'):
    # a sentence of b's paragraph told before it opened the other happening, after a was told
    # (an attack only: 'the hostages' safety' after 'Meanwhile, troops were sent' is the same capture)
    if 0 <= sent.another_at and a.event.start < sent.another_at and b.event.type in VIOLENT:
        return True
    return any(i <= b.tok for i, _, _, _ in sent.scan.find("another"))


def _may_remention(b: _Draft) -> bool:
    """What _remention asks of b alone, whatever a is."""
    eb = b.event
    return eb.type in VIOLENT | {"casualties"} and not eb.negated and not b.split \
        and not _has_counts(eb) and not b.vague_toll


def _may_compare(b: _Draft) -> bool:
    """What _compared_again asks of b alone, whatever a is."""
    eb = b.event
    return eb.type in VIOLENT | {"casualties"} and not eb.negated and not b.split \
        and not _has_counts(eb)


def _remention(a: _Draft, b: _Draft) -> bool:
    """Is b, a violent happening with no place of its own clause and no figures, a re-mention of
    the earlier violent happening a ('the attack', 'serangan tersebut', 'the fighting')?"""
    ea, eb = a.event, b.event
    if _group(ea.type) != "violent" or eb.type not in VIOLENT | {"casualties"} or ea.negated \
            or eb.negated:
        return False
    if b.split or _has_counts(eb) or b.vague_toll or _another_place(a, b):
        return False
    # ('a second device went off … at the next station', 'fresh clashes'): a happening told as a
    # new one, at a place its sentence names after it, is no re-mention of the one before ('held
    # elsewhere in X, … shortly before the second attack' names that attack told before)
    if eb.location is not None and b.loc_level is not None and b.loc_level <= SENTENCE \
            and b.loc_cand is not None and b.loc_cand.tok > b.tok and _renewed(b):
        return False
    if eb.type != "casualties" and _responds(b):
        return False                # 'before being repelled by air strikes': a counter-action
    # ('Drei Menschen starben. … Scharfschützen der Polizei eröffneten das Feuer', 'Police then
    # opened fire on the gunman'): security forces' fire told in a sentence of its own after a
    # toll that named no attack is no re-mention of that toll but a happening of its own (the
    # guideline: a toll in its own sentence is an event of its own); an attack told before it
    # still takes it in (_dedupe asks every event kept), and so does a toll whose sentence named
    # its attack ('killed in the bombing' … 'The explosion went off at 10:30')
    # ('Ein Mann versuchte, in der Kirche eine Bombe zu zünden. Der Pfarrer wurde leicht verletzt.'):
    # wounded told by a count word of their own sentence, with no figure, after an attack that
    # told no toll are the attack's toll, a casualties event of its own (the guideline: a wounded
    # toll in its own sentence), no re-mention
    # (not the victims told again where they were taken, in an inquiry or in someone's words,
    # nor named with a definite article, 'the victims', 'para korban', nor denied)
    if eb.type == "casualties" and ea.type in VIOLENT and a.sent is not b.sent \
            and TITLE not in (a.sent.kind, b.sent.kind) and not _counted(ea) and not a.vague_toll \
            and not any(p[0] in VIOLENT for _, _, p, _ in b.sent.scan.find("trig")) \
            and not (b.sent.scan.find("speech") or _moved_on(b.sent) or _inquired(b)) \
            and not any(b.sent.clause_of[ni] == b.clause for ni, _, _, _ in b.sent.scan.find("neg")) \
            and any(cat == "wounded" and b.sent.clause_of[ci] == b.clause and not _told_article(b, ci)
                    for ci, _, cat, _ in b.sent.scan.find("count")):
        return False
    if ea.type == "casualties" and eb.type in VIOLENT and a.sent is not b.sent \
            and TITLE not in (a.sent.kind, b.sent.kind) \
            and not any(p[0] in VIOLENT for _, _, p, _ in a.sent.scan.find("trig")) \
            and _counter_action(b):
        return False
    # the same city again, only as 'the capital' ('Clashes erupted in Tripoli on Monday … The
    # fighting centred on the southern districts of the capital'): the scene told in more detail
    # (a toll's victim is no fighting: an attack told after a death is the attack itself, news
    # of its own, e.g. 'X was killed … Gunmen had attacked the HQ in the capital')
    if b.loc_guessed and ea.location is not None and eb.location is not None \
            and not (ea.type == "casualties" and eb.type != "casualties") \
            and ea.location.place_id == eb.location.place_id \
            and not (ea.date and eb.date and ea.date != eb.date) and not a.split:
        return True
    # (an attack told after a death, 'X was killed … gunmen had attacked the HQ in the capital',
    # at the guessed capital its own sentence names: the attack itself, news of its own)
    if ea.type == "casualties" and eb.type != "casualties" and b.loc_guessed \
            and b.loc_level is not None and b.loc_level <= SENTENCE:
        return False
    # victims with no figure and a bare place ('many victims had fled from Khan Younis'): the
    # toll already reported; otherwise a place of its own clause makes it a happening of its own
    if b.loc_level is not None and b.loc_level <= CLAUSE and not (eb.type == "casualties" and not b.loc_cue):
        return False
    # ('Police followed the car to X, where the two men opened fire'): a place a relative 'where'
    # follows is the scene of the where-clause's happening, as good as its own clause's place
    if eb.type != "casualties" and _where_scene(b):
        return False
    # a cue'd place elsewhere in its sentence, not the earlier one's ('Los ataques alcanzaron …
    # objetivos en la provincia de Saada'): news of another place
    if b.loc_level == SENTENCE and b.loc_cue and eb.type != "casualties" and ea.location is not None \
            and eb.location is not None and ea.location.place_id != eb.location.place_id \
            and b.loc_mention is not None and b.loc_mention.place is not None \
            and b.loc_mention.place.feature not in ("country", "region") and not b.loc_near \
            and _km(ea.location.lat, ea.location.lon, eb.location.lat, eb.location.lon) > 30.0:
        return False                # ('near X', a village of the same district: a detail of it)
    # ('Auch die Großstadt Dnipro wurde getroffen, dort gab es Tote und Verletzte' after the dead
    # of Kryvyi Rih): victims of a strike their own sentence tells at another town are news of
    # their own, not the earlier toll told again
    if b.loc_level == SENTENCE and eb.type == "casualties" and ea.location is not None \
            and eb.location is not None and ea.location.place_id != eb.location.place_id \
            and b.loc_mention is not None and b.loc_mention.place is not None \
            and b.loc_mention.place.feature not in ("country", "region", "admin1", "border") \
            and any(p[0] in ("shelling_airstrike", "armed_clash") for _, _, p, _ in b.sent.scan.find("trig")) \
            and _km(ea.location.lat, ea.location.lon, eb.location.lat, eb.location.lon) > 30.0:
        return False
    # a later paragraph about another town ('Troops advance on X. The staff counted 60 battles
    # there.'): with 'there' the sentence points at that town; its own news, not the earlier
    # happening told again
    if b.loc_level == PARAGRAPH and b.sent.para != a.sent.para and b.sent.scan.find("there") \
            and ea.location is not None \
            and eb.location is not None and b.loc_mention is not None \
            and b.loc_mention.place is not None \
            and b.loc_mention.place.feature not in ("country", "region", "admin1", "border") \
            and _km(ea.location.lat, ea.location.lon, eb.location.lat, eb.location.lon) > 30.0:
        return False
    if eb.type == "casualties" and _moved_on(b.sent):
        return ea.location is not None     # 'the bodies were evacuated to Timika on Thursday'
    # ('The offensive began on Tuesday morning', 'Les combats … ont duré jusqu'au samedi'): when
    # the happening told before began or how long it lasted, whatever day that gives
    if eb.type != "casualties" and ea.location is not None and _phase_told(b):
        return True
    if ea.date and eb.date and ea.date != eb.date:
        return False
    return ea.location is not None or eb.location is None


COUNTER_REACH = 8     # tokens from a security force's word to the attack word of its clause


def _counter_action(d: _Draft) -> bool:
    """Is d's attack the security forces' own action ('Police then opened fire on the gunman',
    'hanno finito i militari a colpi di pistola', 'Petugas … melepaskan tembakan'): a word of
    `counter_forces` in its clause a few tokens from its word, the attack told as an action of
    its own (_attack_told_new)?"""
    sent, lex = d.sent, d.lex
    if lex is None or not sent.toks or not _attack_told_new(d):
        return False
    # (forces sent or posted, 'des hommes du GIGN et du RAID sont partis': a deployment)
    if any(p[0] == "military_alert_deployment" for _, _, p, _ in sent.scan.find("trig")):
        return False
    return any(sent.clause_of[i] == d.clause and abs(i - d.tok) <= COUNTER_REACH
               for i, _, _, _ in lex.phrases("counter_forces").find(sent.toks))


def _told_article(d: _Draft, i: int) -> bool:
    """Is token i of d's sentence right after a definite article (`told_articles`: 'the victims',
    'les blessés', 'para korban'), a word naming what was told before?"""
    lex, toks = d.lex, d.sent.toks
    if lex is None or i == 0:
        return False
    arts = getattr(lex, "_told_articles", None)
    if arts is None:
        arts = lex._told_articles = frozenset(fold(str(w)) for w in lex.data.get("told_articles") or [])
    return toks[i - 1].low in arts


def _attack_told_new(d: _Draft) -> bool:
    """Is d's attack told as an action of its own ('Police then opened fire on the gunman',
    'Scharfschützen eröffneten das Feuer'), not named as a thing already known: no definite
    article (`told_articles`) right before its word ('the attack', 'l'attaque', 'der Anschlag'), not opening the
    sentence as its subject ('Saldırı … yaşandı', 'Взрыв прогремел …'), not only when it began,
    lasted or took place (`phase_verbs`, `took_place`), and not in a sentence of speech (what
    someone said about the attack: 'X said it was behind the raid')."""
    sent, lex = d.sent, d.lex
    if lex is None or not sent.toks or d.tok == 0:
        return False
    if sent.scan.find("speech") or sent.scan.find("tookplace") or _phase_told(d):
        return False
    return not _told_article(d, d.tok)


def _where_scene(d: _Draft) -> bool:
    """Is d placed at a place of its sentence that a relative 'where' (`visit_where`) follows,
    that 'where' opening d's clause ('… tracked the car to X, where the men opened fire',
    '… bis nach X, wo die Männer das Feuer eröffneten')?"""
    c, sent, lex = d.loc_cand, d.sent, d.lex
    if lex is None or c is None or d.event.location is None or d.loc_level != SENTENCE \
            or c.tok >= d.tok or c.guessed:
        return False
    k = c.end_tok
    if k < len(sent.toks) and sent.toks[k].text == ",":
        k += 1
    return k < d.tok and _where_after(sent.toks, k, lex) and sent.clause_of[k] == d.clause


RESPONSE_REACH = 4   # tokens from a counter-action word to its violent word ('repelled by air strikes')


def _responds(d: _Draft) -> bool:
    """Is d's violent word a few tokens after a counter-action word of its clause ('repelled by
    air strikes', 'responded with artillery fire', 'en représailles, des frappes')?"""
    sent, lex = d.sent, d.lex
    if lex is None or not sent.toks:
        return False
    return any(0 <= d.tok - j <= RESPONSE_REACH and sent.clause_of[i] == sent.clause_of[d.tok]
               for i, j, _, _ in sent.scan.find("response"))


PHASE_REACH = 8    # tokens between a violent word and the verb telling when it began or how long it lasted


def _phase_told(d: _Draft) -> bool:
    """Does d's sentence only tell when its happening began, how long it lasted or that it went
    on ('The offensive began on Tuesday', 'Les combats ont duré jusqu'au samedi', 'Saldırı salı
    günü başladı'): its one trigger with a verb of `phase_verbs` near it in its clause?"""
    lex, sent = d.lex, d.sent
    if lex is None or len(sent.scan.find("trig")) != 1:
        return False
    m = lex.phrases("phase_verbs")
    if not m.patterns:
        return False
    # (its clause or the next after an aside: 'Les combats, gênés par une tempête, ont duré …')
    return any(0 < abs(pi - d.tok) <= PHASE_REACH and abs(sent.clause_of[pi] - d.clause) <= 2
               for pi, _, _, _ in lex.matches("p:phase_verbs", sent.toks, sent.scan))


def _demonstrative(d: _Draft) -> bool:
    """Is d's trigger named with a demonstrative ('pertempuran itu', 'these clashes', 'ces
    combats')? Then it is a happening told before."""
    lex, toks = d.lex, d.sent.toks
    if lex is None or not (lex.anaphora_before or lex.anaphora_after) or d.tok >= len(toks):
        return False
    end = toks[d.tok].start + len(d.event.trigger or "")
    j = d.tok
    while j + 1 < len(toks) and toks[j + 1].start < end:
        j += 1
    before = d.tok > 0 and toks[d.tok - 1].low in lex.anaphora_before
    if before and toks[d.tok - 1].low in lex.anaphora_relative and d.tok > 1 \
            and toks[d.tok - 2].low not in lex.anaphora_relative_after:
        before = False          # ('the bombings in Brussels that killed 32'): a relative clause
    return before or (j + 1 < len(toks) and toks[j + 1].low in lex.anaphora_after)


def _anaphoric(a: _Draft, b: _Draft) -> bool:
    """Is b the happening a told again with a demonstrative ('Pertempuran itu disebut …', 'these
    clashes were the fiercest …', 'ces combats')? Then b is no new happening, whatever place
    its sentence names, even a list of them ('serangan itu tidak sepadan dengan kaedah pemisah
    di wilayah selatan seperti X, Y dan Z': the places of a comparison)."""
    ea, eb = a.event, b.event
    if _group(ea.type) != _group(eb.type) or ea.negated or eb.negated:
        return False
    if ea.date and eb.date and ea.date != eb.date:
        return False
    return _demonstrative(b)


def _purpose_deployments(drafts: list[_Draft]) -> list[_Draft]:
    """'mengerahkan jet pejuang F-16 untuk menyerang sasaran', 'deployed jets to strike targets':
    aircraft or troops sent for a strike told right after the purpose word (`purpose`) are that
    strike, no deployment of their own; so are aircraft sent to evacuate people ('mengerahkan
    pesawat untuk mengevakuasi warga'): the evacuation is the happening."""
    out = []
    for d in drafts:
        if _group(d.event.type) == "posture" and not d.event.negated and d.lex is not None:
            words = frozenset(fold(str(w)) for w in (d.lex.data.get("purpose") or []))
            toks = d.sent.toks
            if words and any(o is not d and o.sent is d.sent and not o.event.negated
                             and (o.event.type in ("shelling_airstrike", "armed_clash") or o.event.type == "other"
                                  and o.subtype not in DAMAGE)
                             and 1 < o.tok - d.tok <= PURPOSE_REACH and toks[o.tok - 1].low in words
                             for o in drafts):
                continue
        out.append(d)
    return out


PURPOSE_REACH = 8   # tokens from a deployment's trigger to the strike it was sent for


def _moved_on(sent: _Sent) -> bool:
    """Does the sentence tell where people were taken or went ('the wounded were taken to
    hospitals in X', 'hastanelerde tedavi altına alındı')?"""
    return bool(sent.scan.find("away") or sent.scan.find("awayafter"))


def _merge(a: _Draft, b: _Draft) -> None:
    ea, eb = a.event, b.event
    counts_a = sum(getattr(ea, k) is not None for k in ("killed", "wounded", "captured", "missing"))
    counts_b = sum(getattr(eb, k) is not None for k in ("killed", "wounded", "captured", "missing"))
    if counts_b > counts_a and a.sent.kind != TITLE or (a.sent.kind == TITLE and b.sent.kind != TITLE):
        # keep the more informative sentence as the event's evidence
        ea.sentence, ea.start, ea.end, ea.trigger = eb.sentence, eb.start, eb.end, eb.trigger
    for k in ("killed", "wounded", "captured", "missing"):
        va, vb = getattr(ea, k), getattr(eb, k)
        if vb is not None and (va is None or vb > va):
            setattr(ea, k, vb)
    ea.approximate = ea.approximate or eb.approximate
    if ea.type == "armed_clash" and eb.type == "shelling_airstrike" and _one_attack(a, b):
        ea.type, a.subtype, ea.cameo, ea.acled = eb.type, b.subtype, eb.cameo, eb.acled
        ea.trigger = eb.trigger
    # (a sentence that tells where the wounded were taken names no weapon: 'sent to Adana by
    # ambulance helicopters' is no airstrike)
    if a.subtype is None and b.subtype is not None and not (eb.type == "casualties" and _moved_on(b.sent)):
        a.subtype, ea.cameo, ea.acled = b.subtype, eb.cameo, eb.acled
    lvl_a = 9 if a.loc_level is None else a.loc_level
    lvl_b = 9 if b.loc_level is None else b.loc_level
    # the headline's own place beats one the event only took from a later mention
    title_first = b.sent.kind == TITLE and a.loc_merged and lvl_b <= lvl_a
    # a capital guessed from the article's country yields to a place named for the happening
    guess_yields = a.loc_guessed and not b.loc_guessed
    # (what a statement alleges, 'accused them of talking to handlers in X during the hijacking',
    # does not place the happening told as fact)
    alleged_only = b.alleged and not a.alleged
    # ('dimaklumkan mengenai serangan itu di Kuala Lumpur', 'was briefed on the attack in
    # London'): the happening told again with a demonstrative, in a later paragraph, is placed
    # by what its sentence tells (where someone heard of it), not where it happened
    retold = ea.location is not None and b.sent.para > a.sent.para and _demonstrative(b) \
        and not a.loc_guessed
    # (a total told across the story's places takes no place from another mention: 'Au total …')
    if eb.location and not alleged_only and not retold and not (a.tally and ea.location is None) and (
            ea.location is None or lvl_b < lvl_a or title_first or guess_yields):
        ea.location, a.loc_level, a.loc_mention = eb.location, b.loc_level, b.loc_mention
        a.loc_merged, a.loc_guessed = True, b.loc_guessed
    if ea.date is None and eb.date:
        ea.date, ea.date_precision = eb.date, eb.date_precision
    for name in eb.actors:
        if name not in ea.actors:
            ea.actors.append(name)
    ea.confidence = max(ea.confidence, eb.confidence)


@lru_cache(maxsize=None)
def _group(typ: str) -> str:
    """A type's group (event_types.yaml; a few hundred asks per article: memoised)."""
    return (event_types().get(typ) or {}).get("group", typ)


def _same_figure(a: Event, b: Event) -> bool:
    return any(getattr(a, k) is not None and getattr(a, k) == getattr(b, k)
               for k in ("killed", "wounded", "captured", "missing"))


def _reaches(a: Event, b: Event) -> bool:
    """Does every figure of b (a lower bound) have a figure of a at least as high?"""
    told = [k for k in ("killed", "wounded", "captured", "missing") if getattr(b, k) is not None]
    return bool(told) and all(getattr(a, k) is not None and getattr(a, k) >= getattr(b, k) for k in told)


def _told(d: _Draft) -> frozenset:
    """The categories a draft tells, with a figure or without ('Dozens were wounded')."""
    return _counted(d.event) | frozenset(d.vague_toll)


def _counted(e: Event) -> frozenset:
    return frozenset(k for k in ("killed", "wounded", "captured", "missing") if getattr(e, k) is not None)


SUBSET_OPEN = 5     # tokens of a short attribution before a subset marker ('По его словам, среди погибших')


def _subset_toll(d: _Draft) -> bool:
    """Is d a toll whose only word is a subset marker opening its sentence ('Unter den Toten seien
    fünf Kinder', 'Among the dead were two children', 'Ölenler arasında bir çocuk'): who were
    among the dead of a toll told before, no news of its own."""
    if d.event.type != "casualties" or d.event.negated or d.sent.kind == TITLE:
        return False
    incl = [(mi, mj) for mi, mj, _, _ in d.sent.scan.find("incl")]
    # ('46 of the dead were girls', "Ölenlerin 27'si yabancı uyrukluydu"): a part of the dead
    part = [(mi, mj) for mi, mj, _, _ in d.sent.scan.find("subsetdead")] if d.lex is not None else []
    # ('hayatını kaybedenlerin sayısı üçe yükseldi'): the owner of the toll's noun is the toll
    toks = d.sent.toks
    part = [(mi, mj) for mi, mj in part if not (mj < len(toks) and d.lex.subset_heads
                                               and toks[mj].low in d.lex.subset_heads)]
    # (or opening the clause after a short attribution: 'По его словам, среди погибших — …')
    if not any(mi <= d.tok < mj and (mi <= 1 or mi in d.sent.breaks and mi <= SUBSET_OPEN) for mi, mj in incl) \
            and not any(mi <= d.tok < mj for mi, mj in part):
        return False
    incl += part
    # ('Entre las víctimas hay nueve trabajadores …, que murieron cuando su clínica en Zamzam fue
    # alcanzada'): a happening of its own told in the same sentence is news
    return not any(p[0] in VIOLENT | {"casualties"} and not any(mi <= i < mj for mi, mj in incl)
                   for i, _, p, _ in d.sent.scan.find("trig"))


def _superseded_toll(d: _Draft, kept: list[_Draft]) -> bool:
    """Is d an earlier, superseded figure of a toll told before ('Ранее он говорил о 13 погибших'
    after 'Двадцать семь человек погибли', 'Earlier officials had put the toll at 13')? A toll with
    a word of `counts_earlier` before its figure, in a sentence naming no place and no attack of
    its own, after a body toll of the same victims with another figure: no news of its own."""
    e, lex = d.event, d.lex
    if e.type != "casualties" or e.negated or d.sent.kind == TITLE or lex is None or not _counted(e):
        return False
    if d.loc_level is not None and d.loc_level <= SENTENCE:
        return False
    m = lex.phrases("counts_earlier")
    if not m.patterns or not any(i < d.tok or i <= 1 for i, _, _, _ in lex.matches("p:counts_earlier", d.sent.toks, d.sent.scan)):
        return False
    if any(p[0] in VIOLENT for _, _, p, _ in d.sent.scan.find("trig")):
        return False
    return any(k.event.type == "casualties" and not k.event.negated and k.sent.kind != TITLE
               and k.sent.start < d.sent.start and _counted(k.event) & _counted(e)
               and any(getattr(k.event, c) != getattr(e, c) for c in _counted(k.event) & _counted(e))
               for k in kept)


NATIONALS_GAP = 2   # tokens from a figure to the word of citizens it counts ('43 rakyat Malaysia')


def _nationals_toll(d: _Draft, kept: list[_Draft]) -> bool:
    """Is d the dead of one nationality among a larger toll told before ('Seramai 43 rakyat
    Malaysia … terkorban' after the 298 aboard, 'Nineteen foreigners are among the dead')? A toll
    whose figure counts a word of `counts_nationals`, in a sentence naming no place and no attack of
    its own, after a body toll of more dead: who the victims were, no news of its own."""
    e, lex = d.event, d.lex
    if e.type != "casualties" or e.negated or d.sent.kind == TITLE or lex is None or not e.killed:
        return False
    if d.loc_level is not None and d.loc_level <= SENTENCE:
        return False
    m = lex.phrases("counts_nationals")
    if not m.patterns:
        return False
    toks = d.sent.toks
    figs = numbers(d.sent_text, toks, lex, scan=d.sent.scan)
    if not any(nm.value == e.killed and any(0 <= i - nm.j <= NATIONALS_GAP
                                            for i, _, _, _ in lex.matches("p:counts_nationals", toks, d.sent.scan))
               for nm in figs):
        return False
    if any(p[0] in VIOLENT for _, _, p, _ in d.sent.scan.find("trig")):
        return False
    # (of the same happening: not one told on another day, 'in January a bomber had killed 12
    # foreign tourists')
    return any(k.event.type in VIOLENT | {"casualties"} and not k.event.negated and k.sent.kind != TITLE
               and k.sent.start < d.sent.start and (k.event.killed or 0) > e.killed
               and not _days_apart(k.event.date, e.date, 1) for k in kept)


TOLL_PRONOUN_REACH = 5   # tokens of a time phrase before a toll's pronoun that opens a clause
REVISED_PARAS = 1   # paragraphs from a toll to the revision of it
REVISED_RATIO = 3   # at most this many times the figure revised, or a third of it


def _revised_host(d: _Draft, kept: list[_Draft]) -> _Draft | None:
    """The toll d revises: 'По официальным данным погибли 123 человека' then 'Сегодня
    прокуратура уточнила: число погибших достигло 129', 'the toll has risen to 40' a paragraph
    after '35 people were killed'. A body toll of the dead told with a verb of rising or reaching
    (`counts_rise`) or a settling word (`counts_final`), in a sentence telling no attack of its
    own, revises the last toll of the dead told at most a paragraph before at the same place
    (or with no place on either): one toll, the later figure."""
    e, lex = d.event, d.lex
    if e.type != "casualties" or e.negated or d.sent.kind == TITLE or lex is None or e.killed is None \
            or d.tally:
        return None
    toks = d.sent.toks
    sc = d.sent.scan
    settled = bool(lex.matches("p:counts_final", toks, sc))
    if not (settled or lex.matches("riseverbs", toks, sc) or lex.matches("risereach", toks, sc)):
        return None
    # (a toll told by its pronoun is the toll before, whatever attack its sentence names: 'angka
    # itu direvisi menjadi sembilan, termasuk dua pelaku bom bunuh diri')
    pron = _toll_pronoun(d.sent, lex)
    if (pron is None or pron[0] != d.tok) and any(p[0] in VIOLENT for _, _, p, _ in d.sent.scan.find("trig")):
        return None
    before = [k for k in kept if k.event.type == "casualties" and not k.event.negated
              and k.sent.kind != TITLE and k.sent.start < d.sent.start and k.event.killed is not None
              and 0 <= d.sent.para - k.sent.para <= REVISED_PARAS]
    if not before:
        return None
    k = max(before, key=lambda x: x.sent.start)
    # ('Kiraz … kurtarılamadı. Böylece ölenlerin sayısı üçe yükseldi', 'a wounded officer later
    # died in hospital; the toll rose to three'): a death told as one more who died later is
    # a happening of its own that the risen toll counts, no figure it replaces
    if k.lex is not None and k.lex.matches("diedlater", k.sent.toks, k.sent.scan) \
            and k.event.killed < e.killed:
        return None
    # (a revision stays near the figure it revises: 'rose to 40,000' after 12 is a war's tally)
    # (the same figure settled again is that toll too: 'la cifra definitiva, 21, se conoció después')
    if k.event.killed == e.killed and not settled or k.tally or _days_apart(k.event.date, e.date, 2) \
            or not k.event.killed <= REVISED_RATIO * e.killed or not e.killed <= REVISED_RATIO * k.event.killed:
        return None
    la, lb = k.event.location, e.location
    if la is not None and lb is not None and la.place_id != lb.place_id:
        return None
    return k


def _rise_retold(d: _Draft, kept: list[_Draft]) -> _Draft | None:
    """'… killing at least 31 people' in the lead, then paragraphs later 'By nightfall the count
    had risen to 31' ('üç kişi öldürüldü' … 'ölü sayısı ikiden üçe yükseldi'): a toll of the dead
    told with a verb of rising (`counts_rise`), in a sentence of its own telling no attack, at
    least a paragraph after a body toll of the same figure, is how that toll was reached: a
    casualties event of its own (the guideline: a toll given in a sentence of its own), not the
    lead told again."""
    e, lex = d.event, d.lex
    if e.type != "casualties" or e.negated or d.sent.kind == TITLE or lex is None or e.killed is None \
            or d.tally or e.approximate:
        return None
    from .events_numbers import _rise_roles
    toks = d.sent.toks
    if not lex.matches("riseverbs", toks, d.sent.scan) or lex.matches("p:counts_final", toks, d.sent.scan):
        return None
    if any(p[0] in VIOLENT for _, _, p, _ in d.sent.scan.find("trig")):
        return None
    risen, _ = _rise_roles(d.sent_text, toks, lex, numbers(d.sent_text, toks, lex), {})
    if not any(nm.value == e.killed for nm in numbers(d.sent_text, toks, lex) if nm.i in risen):
        return None
    return next((k for k in kept if (k.event.type == "casualties" or k.event.type in VIOLENT)
                 and not k.event.negated and k.sent.kind != TITLE
               and k.event.killed == e.killed and 1 <= d.sent.para - k.sent.para <= REVISED_PARAS + 1
               and not _days_apart(k.event.date, e.date, 2)
               and (k.event.location is None or e.location is None
                    or k.event.location.place_id == e.location.place_id)), None)


INTERIM_DAYS = 2    # days from a toll to an interim step of it told afterwards


def _interim_rise(d: _Draft, kept: list[_Draft]) -> _Draft | None:
    """The toll told before of which d is an interim step: 'The toll has risen to 276' then 'By
    Sunday it had climbed to 231', 'число погибших достигло 40 … ещё утром оно выросло до 31'. A
    toll told with a verb of rising (`counts_rise`, no settling word of `counts_final`) to a LOWER
    figure than a body toll of the dead told before it, at the same place (or with no place on
    either), a few days apart at most, in a sentence telling no attack of its own: a toll only
    rises, so that figure was a step on the way to the one told first; no toll of its own."""
    e, lex = d.event, d.lex
    if e.type != "casualties" or e.negated or d.sent.kind == TITLE or lex is None or e.killed is None \
            or d.tally:
        return None
    toks = d.sent.toks
    sc = d.sent.scan
    if lex.matches("p:counts_final", toks, sc) or not (lex.matches("riseverbs", toks, sc)
                                                      or lex.matches("risereach", toks, sc)):
        return None
    pron = _toll_pronoun(d.sent, lex)
    if (pron is None or pron[0] != d.tok) and any(p[0] in VIOLENT for _, _, p, _ in d.sent.scan.find("trig")):
        return None
    for k in reversed(kept):
        ek = k.event
        if ek.type != "casualties" or ek.negated or k.sent.kind == TITLE or k.tally \
                or k.sent.start >= d.sent.start or ek.killed is None:
            continue
        if ek.killed <= e.killed or ek.killed > REVISED_RATIO * e.killed \
                or _days_apart(ek.date, e.date, INTERIM_DAYS):
            continue
        la, lb = ek.location, e.location
        if la is not None and lb is not None and la.place_id != lb.place_id:
            continue
        return k
    return None


OTHERS_PARAS = 1    # paragraphs from a toll of the dead to the 'other' wounded told beside it


def _others_beside_dead(kept: list[_Draft]) -> None:
    """'The number killed has risen to 276. About 300 other people were wounded when a lorry
    packed with explosives detonated at the junction': wounded counted as 'others' (`counts_more`)
    in a sentence that tells the attack itself, with no dead of its own, are the wounded beside
    the dead told just before; that attack killed those dead. It takes their figure (the toll told
    before stays a toll of its own)."""
    for n, d in enumerate(kept):
        e = d.event
        if not d.more_toll or e.negated or e.killed is not None or e.wounded is None \
                or d.sent.kind == TITLE or d.tally:
            continue
        # (the attack told as what wounded them: after the wounded or in a clause of its own;
        # not the attacks named as the setting before them, 'saldırılarda en az 40 kişinin de
        # yaralandığı', which tells only the wounded of the attacks told before)
        cl = d.sent.clause_of
        if not any(p[0] in VIOLENT and (i > d.tok or cl[min(i, len(cl) - 1)] != cl[min(d.tok, len(cl) - 1)])
                   for i, _, p, _ in d.sent.scan.find("trig")):
            continue
        k = next((k for k in reversed(kept[:n]) if k.event.type == "casualties" and not k.event.negated
                  and k.sent.kind != TITLE and k.sent.start < d.sent.start and not k.tally
                  and 0 <= d.sent.para - k.sent.para <= OTHERS_PARAS), None)
        if k is None or k.event.killed is None or k.event.wounded is not None \
                or k.clause in k.sent.background or _days_apart(k.event.date, e.date, 1):
            continue
        e.killed = k.event.killed
        e.approximate = e.approximate or k.event.approximate


def _bare_toll_word(d: _Draft, drafts: list[_Draft]) -> bool:
    """Is d a toll told by its toll word only, with no figure and no victims ('Le bilan s'est
    encore alourdi.', 'The death toll kept rising'), in an article whose body gives a toll with
    figures? Then it announces that toll: no toll of its own."""
    e, lex = d.event, d.lex
    if e.type != "casualties" or e.negated or lex is None or _told(d) or not e.trigger:
        return False
    nouns = lex.__dict__.get("_toll_nouns")
    if nouns is None:
        nouns = lex._toll_nouns = frozenset(fold(w) for w in lex.data.get("toll_nouns") or [])
    if fold(e.trigger) not in nouns:
        return False
    return any(k is not d and k.event.type == "casualties" and not k.event.negated
               and k.sent.kind != TITLE and _counted(k.event) for k in drafts)


def _condemned_again(a: _Draft, b: _Draft) -> bool:
    """Is b an attack a statement condemns at a place ('mengutuk keras serangan di Marawi',
    'condemned the bombing in Kabul') where the article has already told the violent happening
    a? Then the condemnation names that happening, no new one."""
    ea, eb = a.event, b.event
    if b.tok not in b.sent.condemned or a.sent is b.sent or ea.negated:
        return False
    if _group(ea.type) != "violent" and ea.type != "casualties":
        return False
    if ea.location is None or eb.location is None:
        return False
    return ea.location.place_id == eb.location.place_id or (
        _km(ea.location.lat, ea.location.lon, eb.location.lat, eb.location.lon) <= 30.0)


def _compared_either_side(sent: _Sent, i: int, j: int) -> bool:
    """A superlative right before or right after the trigger at tokens i..j, in its clause ('the
    deadliest attack', 'la tuerie la plus meurtrière'), and 'since' a little after it ('… dans le
    centre du Mali depuis le début des violences')."""
    sc = sent.scan
    superl = [(si, sj) for si, sj, _, _ in sc.find("superl") + sc.find("ordcmp")
              if sent.clause_of[si] == sent.clause_of[i]
              and (0 <= i - sj <= 2 or 0 <= si - j <= 2)
              and not any(ni <= si < nj for ni, nj, _, _ in sc.find("superlnot"))]
    if not superl:
        return False
    end = max([j] + [sj for _, sj in superl])
    # ('the third attack in the region within a month', 'l'une des attaques les plus meurtrières
    # jamais subies'): the span it ranks the happening in, as good as 'since'
    # (or before it, where the words go that way: 'son iki ayda üçüncü saldırı')
    start = min([i] + [si for si, _ in superl])
    return any((0 <= k - end <= SUPERLATIVE_REACH + 2 or 0 <= start - kj <= SUPERLATIVE_REACH)
               and sent.clause_of[k] == sent.clause_of[i]
               for k, kj, _, _ in sc.find("cmpspan")) or any(
        0 <= k - end <= SUPERLATIVE_REACH + 2 for k, _, _, _ in sc.find("since") + sc.find("background"))


COMPARED_TOWN_KM = 30.0   # a compared happening at the town of the one told before (or beside it)


def _compared_again(a: _Draft, b: _Draft) -> bool:
    """Is b, a violent happening with no figures named only to compare it with the past ('Il
    s'agit de la tuerie la plus meurtrière dans le centre du Mali depuis …', 'the deadliest
    attack in the country since 2015'), the happening a told before in that country? Then the
    comparison says how grave a was; it is no new happening at the country."""
    ea, eb = a.event, b.event
    if eb.type not in VIOLENT | {"casualties"} or eb.negated or ea.negated or b.split or _has_counts(eb):
        return False
    if _group(ea.type) != "violent" and ea.type != "casualties" or a.sent is b.sent:
        return False
    end = b.sent.toks[b.tok].start + len(eb.trigger or "") if b.tok < len(b.sent.toks) else 0
    j = b.tok
    while j + 1 < len(b.sent.toks) and b.sent.toks[j + 1].start < end:
        j += 1
    if b.sent.scan is None or not _compared_either_side(b.sent, b.tok, j + 1):
        return False
    if eb.location is None:
        return True
    pa = a.loc_mention.place if a.loc_mention is not None else None
    pb = b.loc_mention.place if b.loc_mention is not None else None
    if pa is not None and pb is not None and (pa.id == pb.id or (
            None not in (pa.lat, pb.lat) and _km(pa.lat, pa.lon, pb.lat, pb.lon) <= COMPARED_TOWN_KM)):
        return True       # ('Это уже третий теракт в <town> за два месяца'): the town told before
    if pa is not None and b.loc_mention is None:
        return True       # (a place it took from around, none named for it: the one told before)
    return pa is not None and pb is not None and pb.feature in ("country", "region") \
        and bool(pb.country) and pa.country == pb.country


HEADLINE_SCENE_KM = 60.0   # a headline's town or district holds the body's site of the same toll


def _headline_toll_of(k: _Draft, d: _Draft) -> bool:
    """Is the headline toll d the body toll k told at a coarser place ('21 dead' at Mogadishu
    over 'Twenty-one were killed at the X Hotel')? Same dead (a figure, equal), a violent body
    happening of the story's month, placed inside the headline's town or district (a country or
    a border is too coarse); not a denial, not a background toll ('in 2016 … killed 21')."""
    ek, ed = k.event, d.event
    if k.sent.kind == TITLE or ed.killed is None or ek.killed != ed.killed or ek.negated or ed.negated \
            or _group(ek.type) != _group(ed.type) or k.clause in k.sent.background \
            or _other_month(ek.date, ed.date):
        return False
    for n in ("wounded", "captured", "missing"):
        va, vb = getattr(ek, n), getattr(ed, n)
        if va is not None and vb is not None and va != vb:
            return False
    la, lb = ek.location, ed.location
    if la is None or lb is None or la.place_id == lb.place_id:
        return False        # (the same place: _compatible weighed it already)
    if la.lat is None or lb.lat is None:
        return False
    if lb.place_id and (lb.place_id.startswith("ne:") or "border-" in lb.place_id):
        return False        # a country or a border is too coarse to tell which toll it is
    return _km(la.lat, la.lon, lb.lat, lb.lon) <= HEADLINE_SCENE_KM


def _dedupe(drafts: list[_Draft]) -> list[_Draft]:
    body = [d for d in drafts if d.sent.kind != TITLE]
    title = [d for d in drafts if d.sent.kind == TITLE]
    kept: list[_Draft] = []
    for d in body + title:
        told_wounded = [k.sent.start for k in kept if k.event.type == "casualties" and not k.event.negated
                        and k.sent.kind != TITLE and "wounded" in _told(k)]
        d.wounded_told_at = max(told_wounded, default=-1)
        if _bare_toll_word(d, drafts):
            continue                     # 'Le bilan s'est encore alourdi.': the toll its figures tell
        host = None
        if d.zero_into is not None:
            # 'The attack caused no casualties' after the attack: that attack told again
            host = next((k for k in kept if k is d.zero_into), None)
        if d.sent.kind == TITLE and _has_counts(d.event):
            # a headline's toll goes to the body event that tells the same figure ('4 tewas' →
            # the sentence of the four dead, not the one of the fifty wounded before it)
            host = next((k for k in kept if _compatible(k, d) and _same_figure(k.event, d.event)), None)
            # ('Siege of Mogadishu hotel ends; 21 dead' over 'Twenty-one people were killed in
            # the attack on the X Hotel'): the headline names the town, the body the site in it;
            # the same dead are one toll, not a second one at the town
            if host is None:
                inside = next((k for k in kept if _headline_toll_of(k, d)), None)
                if inside is not None:
                    # (the body's site, finer than the headline's town, stays the scene)
                    loc = (inside.event.location, inside.loc_level, inside.loc_mention,
                           inside.loc_merged, inside.loc_guessed)
                    _merge(inside, d)
                    (inside.event.location, inside.loc_level, inside.loc_mention,
                     inside.loc_merged, inside.loc_guessed) = loc
                    continue
            # ('oltre cento morti' over 'Almeno 124 persone sono state uccise'): a headline's
            # lower bound is the body toll that reaches it
            if host is None and d.event.approximate:
                host = next((k for k in kept if k.event.type == d.event.type and not k.event.negated
                             and _reaches(k.event, d.event)), None)
        if host is None and _subset_toll(d) and any(
                k.event.type == "casualties" and not k.event.negated and k.sent.kind != TITLE for k in kept):
            continue                     # 'Unter den Toten seien fünf Kinder': the toll told before
        if host is None and _superseded_toll(d, kept):
            continue                     # 'Ранее он говорил о 13 погибших': a figure the toll before replaced
        if host is None and _nationals_toll(d, kept):
            continue                     # '43 Malaysians were among the 298 killed': who, not a toll
        if host is None and (told := _rise_retold(d, kept)) is not None:
            # 'the count had risen to 31' paragraphs after 'killing 31': at that toll's place
            # when it names none
            if d.event.location is None and told.event.location is not None:
                d.event.location, d.loc_level, d.loc_mention = told.event.location, told.loc_level, told.loc_mention
                d.loc_merged, d.loc_guessed = True, told.loc_guessed
            kept.append(d)
            continue
        if host is None:
            # (a headline's dead are never the wounded a body sentence counted on their own:
            # '35 Tote' over '… auf 35 erhöht. Mehr als 100 Menschen wurden verletzt')
            # (a draft of another type or negation in another sentence is never compatible:
            # that test first, without the call, for the many drafts kept before)
            et, en, ds = d.event.type, d.event.negated, d.sent
            host = next((k for k in kept if (k.sent is ds or k.event.type == et and k.event.negated == en)
                         and _compatible(k, d) and not _other_categories(k, d)), None)
        if host is None and (step := _interim_rise(d, kept)) is not None:
            # 'has risen to 276' … 'By Sunday it had climbed to 231': the toll told first, at
            # its own place (a step told where the wounded later died is no scene)
            loc = (step.event.location, step.loc_level, step.loc_mention, step.loc_merged, step.loc_guessed)
            _merge(step, d)
            (step.event.location, step.loc_level, step.loc_mention, step.loc_merged, step.loc_guessed) = loc
            continue
        if host is None:
            rev = _revised_host(d, kept)
            if rev is not None:
                # 'погибли 123 …' then 'уточнила: число погибших достигло 129': a toll given in a
                # sentence of its own is a casualties event of its own (the guideline), at the
                # place of the toll it revises; that toll keeps no superseded figure (users'
                # totals count the dead once), and one that told nothing else is gone
                # (the same figure settled again is that toll told again: 'Murieron veintiuna
                # personas … la cifra definitiva, 21, se conoció después')
                if rev.sent is not d.sent and rev.event.killed != d.event.killed:
                    if any(i < d.tok for i, _, _, _ in d.lex.matches("p:counts_earlier", d.sent.toks, d.sent.scan)):
                        continue    # ('Early counts put the dead at 34'): the figure it replaced
                    if d.event.location is None and rev.event.location is not None:
                        d.event.location, d.loc_level, d.loc_mention = rev.event.location, rev.loc_level, rev.loc_mention
                        d.loc_merged, d.loc_guessed = True, rev.loc_guessed
                    if rev.event.date and not d.date_own:   # (a toll is dated by its happening)
                        d.event.date, d.event.date_precision = rev.event.date, rev.event.date_precision
                        d.date_own, d.main_dated = rev.date_own, rev.main_dated
                    rev.event.killed = None
                    if not _has_counts(rev.event) and not rev.vague_toll:
                        kept.remove(rev)
                    kept.append(d)
                    continue
                _merge(rev, d)
                rev.event.killed = d.event.killed
                continue
        # (each test below first asks what d alone must be: most drafts are none of those, and
        # the drafts kept before are not walked for them)
        if host is None and _may_remention(d):
            host = next((k for k in kept if _remention(k, d)), None)
        if host is None and d.tok in d.sent.condemned:
            host = next((k for k in kept if _condemned_again(k, d)), None)
        if host is None and not d.event.negated and _demonstrative(d):
            host = next((k for k in kept if _anaphoric(k, d)), None)
        if host is None and _may_compare(d):
            host = next((k for k in kept if _compared_again(k, d)), None)
            if host is not None:
                d.event.location = None    # (the place it is ranked in places nothing)
        if host is not None:
            _merge(host, d)
        elif d.sent.kind == TITLE and any(k.sent.kind != TITLE and
                                          _group(k.event.type) == _group(d.event.type)
                                          for k in kept):
            continue                                  # the headline of a body event told in full
        else:
            _place_wounded_after_dead(d, kept)
            kept.append(d)
    kept.sort(key=lambda d: (d.event.start, d.tok))
    for d in [d for d in kept if _early_toll_replaced(d, kept)]:
        # ('First reports spoke of thirty dead. In the morning officials said 26 were killed'):
        # the figure the next toll replaced is no toll of its own (users' totals count the dead
        # once); an event that told nothing else is gone
        d.event.killed = None
        if not _has_counts(d.event) and not d.vague_toll:
            kept.remove(d)
    return kept


def _early_toll_replaced(d: _Draft, kept: list[_Draft]) -> bool:
    """Is d an early figure of the toll that the next toll replaces ('Первые сообщения ночью
    говорили о тридцати погибших' right before 'Утром МЧС уточнило данные: погибли 26 человек')?
    A toll of the dead with a word of `counts_earlier` before its figure, in a sentence naming no
    place and no attack of its own, followed at most a paragraph later by an exact body toll of
    the dead with another figure of the same order."""
    e, lex = d.event, d.lex
    if e.type != "casualties" or e.negated or d.sent.kind == TITLE or lex is None or e.killed is None \
            or d.tally:
        return False
    if d.loc_level is not None and d.loc_level <= SENTENCE:
        return False
    if not any(i < d.tok or i <= 1 for i, _, _, _ in lex.matches("p:counts_earlier", d.sent.toks, d.sent.scan)):
        return False
    if any(p[0] in VIOLENT for _, _, p, _ in d.sent.scan.find("trig")):
        return False
    after = [k for k in kept if k.event.type in VIOLENT | {"casualties"} and not k.event.negated
             and k.sent.kind != TITLE and k.sent.start > d.sent.start and k.event.killed is not None
             and 0 <= k.sent.para - d.sent.para <= REVISED_PARAS]
    if not after:
        return False
    k = min(after, key=lambda x: x.sent.start)
    # (an approximate later figure replaces it too: 'poco más de treinta' first, 'al menos 60
    # víctimas' documented later; 'говорили о 35 погибших' then 'сорока с лишним'; README 'Early
    # and superseded figures')
    if k.event.killed == e.killed or k.tally or _days_apart(k.event.date, e.date, 2) \
            or not k.event.killed <= REVISED_RATIO * e.killed or not e.killed <= REVISED_RATIO * k.event.killed:
        return False
    la, lb = k.event.location, e.location
    return la is None or lb is None or la.place_id == lb.place_id


# --------------------------------------------------------------------------- entry point

def _dates_of(sent: _Sent, seg_cues: dict, text: str, lex: Lexicon) -> list:
    """The date cues of a sentence (its date words come from the sentence's lexicon scan)."""
    words = date_word_spans(text, lex, toks=sent.toks, matches=sent.scan.find("date"))
    return find_dates(text, lex, sent.start, sent.end, words=words)


def _event_segments(doc: Document) -> list[tuple[str, int, int]]:
    segs = [(s.kind, s.start, s.end) for s in doc.segments if s.kind in EVENT_SEGMENTS]
    if not doc.segments:
        segs = [(BODY, 0, len(doc.text))]
    return sorted(segs, key=lambda s: s[1])


def _main_country(doc: Document, sents: list[_Sent], w: dict[str, float] | None = None) -> str | None:
    """The country the article is about, when one clearly is: its places' country weighs (as in
    _article_countries) at least three times as much as any other's. For 'in the capital' in a
    sentence that names no country. (``w``: the _country_weights, if at hand.)"""
    w = _country_weights(doc, sents) if w is None else w
    ranked = sorted(w.values(), reverse=True)
    if not ranked or (len(ranked) > 1 and ranked[0] < 3 * ranked[1]):
        return None
    return max(w, key=lambda c: w[c])


def _country_weights(doc: Document, sents: list[_Sent]) -> dict[str, float]:
    violent = VIOLENT | {"casualties"}
    violent_spans = [(x.start, x.end) for x in sents
                     if any(p[0] in violent for _, _, p, _ in x.scan.find("trig"))]
    freq: dict[str, float] = {}
    for m in doc.mentions:
        if m.place is not None and m.place.country and m.segment in EVENT_SEGMENTS:
            w = 5.0 if any(a <= m.start < b for a, b in violent_spans) else 1.0
            freq[m.place.country] = freq.get(m.place.country, 0) + w
    return freq


def _article_countries(doc: Document, sents: list[_Sent], freq: dict[str, float] | None = None) -> list[str]:
    """Countries of the article's places, as border partners: those named in sentences that
    report violence first (the parties to the fighting), then the most frequent. (``freq``: the
    _country_weights, if at hand.)"""
    freq = _country_weights(doc, sents) if freq is None else freq
    return sorted(freq, key=lambda c: -freq[c])


_YEAR = re.compile(r"(?<!\d)(19[5-9]\d|20\d\d)(?!\d)")
_YEAR_TOK = re.compile(r"^(?:19[5-9]\d|20\d\d)s?$")      # '2013', '1990s'
# Words between 'since' and its year: 'since the early 1990s', 'sejak awal 1990-an', 'desde
# principios de 2023', 'с начала 2022', 'seit Anfang 2022'.
def _named_year(toks, k: int) -> bool:
    """'guerre de 2020', 'war of 2020': a word, a linking word, then a year."""
    return k + 2 < len(toks) and toks[k + 1].low in _SINCE_FILL and bool(_YEAR_TOK.match(toks[k + 2].low))


_SINCE_FILL = frozenset("de of del di du des the early late mid awal akhir pertengahan début fin "
                        "anfang ende mitte principios finales mediados inizio fine metà начала "
                        "конца середины başından sonundan their its his her its la le les el los las "
                        "il lo der die dem den leur leurs su sus loro ihrem ihrer seinem seiner".split())


def _year_hint(doc: Document) -> int | None:
    """With no publication date, the latest year the article names (not in the future):
    '6 Agustus' in a story that says '2024' elsewhere is 6 August 2024."""
    import datetime as _dt
    this = _dt.date.today().year
    years = [int(y) for kind, s, e in _event_segments(doc) for y in _YEAR.findall(doc.text, s, e)]
    years = [y for y in years if y <= this]
    return max(years) if years else None


HEAD_CONFIDENCE = 0.8    # below it, a town named only as the first word of a longer name is no scene
_NAME_GO_ON = re.compile(r"[ \u00a0]+([^\W\d_])(\w*)")
_LOCAL = frozenset({"geomap"})


def _name_heads(doc: Document, lex: Lexicon) -> frozenset:
    """Places found only as the first word of a longer capitalised name ('la Banca Nazionale del
    Lavoro', 'dekat Bank BRI', 'Taman Tasik Perdana'): a town or village of one word, resolved
    with low confidence, each of whose mentions runs straight on into a capitalised word that
    is no place of its own. An organisation's or a park's name, no scene. Their place ids and
    points (the streets and facilities the gazetteer lacks pinned at such a point go with them)."""
    text = doc.text
    starts = {m.start for m in doc.mentions}
    by_place: dict[str, list] = {}
    for m in doc.mentions:
        if m.place is not None and m.segment in EVENT_SEGMENTS:
            by_place.setdefault(m.place.id, []).append(m)
    out = set()
    for pid, ms in by_place.items():
        p = ms[0].place
        if p.feature not in ("city", "village") or pid.split(":")[0] in _LOCAL:
            continue
        ok = True
        for m in ms:
            g = _NAME_GO_ON.match(text, m.end)
            if " " in m.mention.strip() or m.confidence >= HEAD_CONFIDENCE or g is None \
                    or not g.group(1).isupper() or g.start(1) in starts \
                    or (g.group(1) + g.group(2)).lower() in lex.fillers \
                    or _facility_word(doc.lang, (g.group(1) + g.group(2)).casefold()):
                ok = False
                break
        if ok:
            out.add(pid)
            out.add((p.lat, p.lon))
    return frozenset(out)


@lru_cache(maxsize=None)
def _facility_heads(lang: str | None) -> tuple:
    """First words of the facilities named after their town ('Erbil Havalimanı', 'Kabul
    Airport', 'Quetta Civil Hospital'): the places stage's `facility_after` lists."""
    from . import lang as L
    out = set()
    for code in ([lang] if lang in L.available() else L.available()):
        for entry in L.load(code, "places").get("facility_after") or ():
            w = str(entry).split()[0].rstrip("*").casefold() if str(entry).split() else ""
            if len(w) >= 3:
                out.add(w)
    return tuple(sorted(out))


def _facility_word(lang: str | None, word: str) -> bool:
    """Is the word after a town the head of that town's facility (its airport, its hospital)?
    Then the town is named as the facility's address, no other name's first word."""
    return word.startswith(_facility_heads(lang))


_WORD_RE = re.compile(r"\w+")
PEOPLE_WORDS_BACK = 3   # words before a name where a people's word ('warga etnis') is looked for


def _words_before(text: str, start: int, n: int) -> list[str]:
    """The n words right before offset start, folded (no sentence end between)."""
    lo = max(0, start - 60)
    chunk = text[lo:start]
    cut = max(chunk.rfind("."), chunk.rfind("!"), chunk.rfind("?"), chunk.rfind("\n"))
    if cut >= 0:
        chunk = chunk[cut + 1:]
    return [fold(w) for w in _WORD_RE.findall(chunk.replace("'", " ").replace("\u2019", " "))][-n:]


def _people_names(doc: Document, lex: Lexicon) -> frozenset:
    """Names the article uses for a people: written right after a word naming a people
    (`locative.people_before`: 'warga etnis Madura', 'suku Dayak', 'ethnic X'). Their folded
    forms: every mention of such a name is the people, no scene (but _as_people)."""
    if not lex.people_before:
        return frozenset()
    out = set()
    for m in doc.mentions:
        before = _words_before(doc.text, m.start, max(len(p) for p in lex.people_before))
        if any(tuple(before[-len(p):]) == p for p in lex.people_before):
            out.add(fold(m.mention))
    return frozenset(out)


def _as_people(text: str, m: Mention, peoples: frozenset, lex: Lexicon) -> bool:
    """Is m a name the article uses for a people ('pendatang Madura' after 'warga etnis Madura'),
    with no locative cue right before it ('di Madura', 'ke Pulau Madura' stay the island)?"""
    if not peoples or fold(m.mention) not in peoples:
        return False
    before = _words_before(text, m.start, 2)
    return not any(w in lex.loc_before_words or w in lex.place_nouns for w in before)


def _on_head(m: Mention, heads: frozenset) -> bool:
    """Is m such a head, or a street or facility the gazetteer lacks pinned at one's point?"""
    if not heads or m.place is None:
        return False
    return m.place.id in heads or (m.place.source in ("street", "facility", "cue-village")
                                   and (m.place.lat, m.place.lon) in heads)


DATELINE_DAYS = 2   # days before the publication a dateline's own date may lie


def _dateline_day(doc: Document, lex: Lexicon, anchor):
    """The day a dateline gives the report ('QUETTA, April 12:' in a paper of April 13): a
    statement with no date of its own was made that day, not the day the paper came out."""
    if anchor is None:
        return None
    for seg in doc.segments:
        if seg.kind != DATELINE:
            continue
        for c in find_dates(doc.text, lex, seg.start, seg.end):
            r = resolve(c, anchor)
            if r is not None and r[1] == DAY and -DATELINE_DAYS <= (r[0] - anchor).days < 0:
                return r[0]
    return None


def extract_events(doc: Document, gazetteer=None) -> Document:
    """Fill ``doc.events`` (and promote the roles of event-location mentions). Returns doc."""
    # (as in places.find_places: the stage makes thousands of short-lived objects and no
    # reference cycles; the cyclic collector, run in the middle, walks the long-lived caches —
    # lexicons, gazetteer answers — ~6 % of the stage. It runs again right after.)
    paused = gc.isenabled()
    if paused:
        gc.disable()
    try:
        return _extract_events(doc, gazetteer)
    finally:
        if paused:
            gc.enable()


def _extract_events(doc: Document, gazetteer=None) -> Document:
    lex = lexicon(doc.lang)
    gz = _gaz(gazetteer)
    anchor = parse_anchor(doc.published) or parse_anchor(doc.meta.get("date"))
    text = doc.text
    # (a village the gazetteer lacks, named after a village cue, or a street is found but not
    # a scene: its point is its town's, and the town it is named by stands in for it)
    heads = _name_heads(doc, lex)
    peoples = _people_names(doc, lex)
    mentions = sorted([m for m in doc.mentions if (m.segment in EVENT_SEGMENTS or m.segment is None)
                       and not (m.place is not None and m.place.source in _PINNED_SOURCES)
                       and not _on_head(m, heads) and not _as_people(doc.text, m, peoples, lex)],
                      key=lambda m: m.start)
    m_starts = [m.start for m in mentions]
    pinned = sorted([m for m in doc.mentions if (m.segment in EVENT_SEGMENTS or m.segment is None)
                     and m.place is not None and m.place.source in _PINNED_SOURCES and not _on_head(m, heads)
                     and m.role != ROLE_DATELINE], key=lambda m: m.start)
    year_hint = None if anchor else _year_hint(doc)
    sents: list[_Sent] = []
    scanned: dict = {}
    para = 0
    for kind, s0, e0 in _event_segments(doc):
        for ps, pe in _paragraphs(text, s0, e0):
            para += 1
            for s, e in (x for se in split_sentences(text, ps, pe, doc.lang)
                         for x in _date_splits(text, se[0], se[1], lex, m_starts, scanned)):
                # (a sentence _date_splits left whole was tokenised and scanned there already)
                toks, sc, cues = scanned.pop((s, e), None) or (None, None, None)
                if toks is None:
                    toks = tokenize(text, s, e)
                    sc = lex.scan(toks)
                clause_of, starts = _clauses(text, toks, sc)
                sent = _Sent(s, e, kind, para, toks, clause_of, starts, scan=sc, seg_start=s0, seg_end=e0,
                             glosses=_gloss_breaks(text, toks, starts))
                if sents and sents[-1].para == para:
                    prev = sents[-1]
                    sent.another_at = prev.start if lex.another.find(prev.toks, 0, min(OPENS_ANOTHER, len(prev.toks))) \
                        else prev.another_at
                    # ('Le premier bilan faisait état de 27 morts. Il a été porté samedi à 38'):
                    # a toll named just before, which this sentence may raise by a pronoun
                    # (or a figure of the dead: 'Hingga siang aparat mencatat 20 orang tewas. …
                    # jumlah itu bertambah menjadi 22')
                    sent.toll_before = bool(lex.matches("p:toll_nouns", prev.toks, prev.scan)) or any(
                        c[2] == "killed" for c in prev.scan.find("count"))
                sent.pinned = [m for m in pinned if s <= m.start < e]
                if cues is not None:        # (found by _date_splits on the same tokens and scan)
                    sent.date_cues, sent.dated = cues, True
                sents.append(sent)
    weights = _country_weights(doc, sents)
    countries = _article_countries(doc, sents, weights)
    main_country = _main_country(doc, sents, weights)
    seg_cues: dict[int, list] = {}           # date cues found once per segment, shared by its sentences
    drafts: list[_Draft] = []
    paras: dict[int, list[_Sent]] = {}
    # Only paragraphs with a trigger need their places analysed (the paragraph focus).
    busy = {sent.para for sent in sents if sent.scan.find("trig") or sent.scan.find("take")}
    # (and the lede's, which may set the scene of the whole story: _lede_scene)
    busy |= {next((sent.para for sent in sents if sent.kind == BODY), 0)}
    for sent in sents:
        paras.setdefault(sent.para, []).append(sent)
        if sent.para not in busy:
            continue
        lo = bisect.bisect_left(m_starts, sent.start)
        hi = bisect.bisect_left(m_starts, sent.end)
        _analyse_sentence(doc, sent, lex, mentions[lo:hi], gz, countries, main_country)
        if not (sent.scan.find("trig") or sent.scan.find("take") or _toll_pronoun(sent, lex)):
            continue
        cues = sent.date_cues if sent.dated else _dates_of(sent, seg_cues, text, lex)
        sent.date_cues, sent.dated = cues, True
        for d in _drafts_of_sentence(doc, sent, lex, cues, anchor, year_hint):
            if d.event.type == "casualties" and _mourned(sent, d.tok, lex):
                continue                    # 'a day of mourning for the dead': no new toll
            if d.event.type == "casualties" and _cared_for(sent, d, lex) \
                    and any(x.event.type == "casualties" for x in drafts):
                continue                    # 'the injured are in stable condition': the wounded
                                            # told before, now in care; no new toll
            d.event.actors = _actors_of(d)
            d.sent_text, d.lex = text, lex
            drafts.append(d)
    drafts = _drop_inquired(drafts)
    _raids_of_arrests(drafts, lex)
    drafts = _place_drafts(drafts, paras, gz, countries)
    _dateline_there(drafts, doc, sents, gz)
    for d in drafts:
        if d.date_tok is not None:          # a listed place with a date of its own
            for c in d.sent.date_cues:
                if c.start <= d.sent.toks[d.date_tok].start < c.end:
                    r = resolve(c, anchor, year_hint=year_hint)
                    if r is not None:
                        d.event.date, d.event.date_precision = r[0].isoformat(), r[1]
    _told_day(drafts, sents, text, lex, anchor, year_hint)
    _zero_tolls(drafts, paras)
    # The article's main event date: the lead happening's own date; else, the publication date
    # (news reports the day's events); else the first date cue of the text.
    lead = next((d for d in drafts if d.sent.kind != TITLE), drafts[0] if drafts else None)
    main = None
    if lead is not None and lead.date_own and lead.event.date_precision == DAY:
        main = (lead.event.date, lead.event.date_precision)
    elif anchor is not None:
        main = (anchor.isoformat(), SPAN)
    if main is None:
        for sent in sents:
            if not sent.dated:
                sent.date_cues, sent.dated = _dates_of(sent, seg_cues, text, lex), True
            for c in sent.date_cues:
                r = resolve(c, anchor, year_hint=year_hint)
                if r is not None:
                    main = (r[0].isoformat(), r[1])
                    break
            if main:
                break
    report_day = _dateline_day(doc, lex, anchor)
    for d in drafts:
        if d.event.date is None and anchor is not None and _group(d.event.type) == "diplomatic":
            # a statement with no date of its own was made the day it was reported
            d.event.date, d.event.date_precision = (report_day or anchor).isoformat(), DAY
        elif d.event.date is None and main is not None:
            d.event.date, d.event.date_precision = main
            d.main_dated = True
        conf = 0.5 + (0.1 if d.date_own else 0) + (0.1 if d.event.actors else 0)
        if d.loc_level is not None:
            conf += 0.3 * LEVEL_CONFIDENCE[d.loc_level]
        d.event.confidence = round(min(conf, 0.99) * (0.8 if d.event.negated else 1.0), 3)
    _perpetrator_tolls(drafts)
    kept = _dedupe(_purpose_deployments(drafts))
    _article_fallback(kept, doc.dateline.place.country if doc.dateline is not None and doc.dateline.place else None)
    _aftermath_scene(kept)
    _scene_fallback(kept, sents, main[0] if main else None)
    _told_place(kept, sents, doc.mentions)
    _tally_of_one_scene(kept)
    kept = _dedupe(kept)
    _tally_scene(kept)
    _others_beside_dead(kept)
    undated = [k for k in kept if k.event.date is None or k.main_dated and not k.date_own
               and (k.event.date, k.event.date_precision) == main]
    _carried_day(undated, sents, text, lex, anchor, year_hint)
    if lead is not None and not lead.date_own:
        # the lead happening with no date of its own happened on the last day told before it
        # (title, lede): the story's day, for the happenings no day of their paragraph dates
        story = _carried_day([lead], sents, text, lex, anchor, year_hint, paras=len(sents), apply=False)
        if story is not None:
            for k in undated:
                if k.main_dated and (k.event.date, k.event.date_precision) == main and not (
                        anchor is not None and _group(k.event.type) == "diplomatic"):
                    k.event.date, k.event.date_precision = story[0].isoformat(), DAY
    if anchor is not None:
        _story_year(kept, anchor, year_hint)
    _toll_of_attack(kept)
    kept = _past_toll_into_attack(kept, anchor)
    # A happening on the ground with no place at all, when the article has placed ones, is
    # a re-mention ('the attack', 'the fighting'): the map cannot show it and it repeats news.
    # Talks are news for the map only where they were held ('talks in Doha'); 'the talks' alone
    # is background.
    _convened_at_dateline(kept, doc, sents, gz)
    kept = [k for k in kept if not (k.event.type == "talks_meeting" and k.event.location is None)]
    # Likewise property burned or destroyed: with no place at all it is a detail of the story.
    kept = [k for k in kept if not (k.event.type == "other" and k.subtype in DAMAGE
                                    and k.event.location is None)]
    # What an accusation alleges, with no place of its own clause, is the accusation's content
    # ('accused each other of a build-up of forces'): the accusation is the news.
    kept = [k for k in kept if not (k.alleged and k.event.location is None
                                    and _group(k.event.type) != "diplomatic")]
    if any(k.event.location is not None and _group(k.event.type) == "violent" for k in kept):
        kept = [k for k in kept if not (_group(k.event.type) == "violent" and k.event.location is None
                                        and not k.event.negated and not _has_counts(k.event))]
    for d in kept:
        m = d.loc_mention
        # (a capital the events stage placed something at, as the object of a strike or in a
        # list after 'including', is a scene there: the place stage's 'government' was wrong)
        if m is not None and not d.event.negated and m.role != ROLE_DATELINE:
            m.role = EVENT
    _villages_as_scenes(doc, kept)
    # A facility the gazetteer lacks, found by its head word ('Bandara Mozes Kilangin', 'RS
    # Indonesia'), is a place of the story only where something happened; named for its own
    # sake (where a plane landed, who runs a hospital) it is a building, not a place to map
    # (a part of such a facility, 'the Abbey Gate of X Airport', is a scene with it)
    kept_mentions = []
    for m in doc.mentions:
        whole = getattr(m, "_part_of", None)
        if whole is not None and whole.role == EVENT and m.role != EVENT:
            m.role = EVENT
        if m.place is not None and m.place.source == "facility" and m.role != EVENT:
            kept_mentions.extend(getattr(m, "_inside", ()))   # ('RSUD Dekai': Dekai stays)
        else:
            kept_mentions.append(m)
    doc.mentions = sorted(kept_mentions, key=lambda m: m.start)
    doc.events = [d.event for d in kept]
    return doc


DATE_SPLIT_GAP = 3    # short words between a comma or semicolon and the date opening a second happening
_SPLIT_TYPES = VIOLENT | {"casualties", "capture_detention"}


def _date_splits(text: str, s: int, e: int, lex: Lexicon, m_starts: list[int] = (),
                 scanned: dict | None = None) -> list[tuple[int, int]]:
    """One sentence telling two happenings on two days, each in its own part opened by its own
    date ('Am 18. Juli hatte ein Mann bei X fünf Menschen verletzt, am Freitag erschoss ein
    anderer in Y neun Menschen', 'Il 14 maggio un'autobomba esplose in via X; il 27 luglio, a Y,
    morirono cinque persone', 'memories of May 2013, when gunmen killed 67 in X, and of
    November 2014, when …'): the parts, as (start, end) spans, each a sentence of its own (one
    happening per type in a sentence would merge them, with the first one's place). A part
    starts at a comma or semicolon followed, across a few short lower-case words, by a date
    unlike every date before it; each part tells a violent happening, a toll or a capture and
    names a place of its own (`m_starts`: the sorted starts of the place mentions). Dates told
    relative to another happening ('three days after', 'a week after') or to the story's day
    ('yesterday') open no part: a day, a month, a year or a weekday named."""
    if lex is None:
        return [(s, e)]
    toks = tokenize(text, s, e)
    sc = lex.scan(toks)
    if scanned is not None:          # (kept for the sentence's own analysis if it stays whole)
        scanned[(s, e)] = (toks, sc, None)
    trig = [(i, j) for i, j, p, _ in sc.find("trig") if p[0] in _SPLIT_TYPES]
    if len(trig) < 2:
        return [(s, e)]
    cues = find_dates(text, lex, s, e, words=date_word_spans(text, lex, toks=toks, matches=sc.find("date")))
    if scanned is not None:          # (the sentence's date cues, as _dates_of finds them, if it stays whole)
        scanned[(s, e)] = (toks, sc, cues)
    if len(cues) < 2:
        return [(s, e)]
    def named(x) -> bool:
        return (x.day, x.month, x.year, x.weekday) != (None, None, None, None) and x.rel_days is None \
            and x.years_back is None and x.months_back is None

    def placed(a: int, b: int) -> bool:
        k = bisect.bisect_left(m_starts, a)
        return k < len(m_starts) and m_starts[k] < b

    cuts: list[int] = []
    for c in cues[1:]:
        if not named(c):
            continue
        k = _tok_index(toks, c.start)
        if k >= len(toks) or toks[k].start != c.start and not (toks[k].start < c.start < toks[k].end):
            continue
        m = next((m for m in range(k, max(0, k - DATE_SPLIT_GAP) - 1, -1)
                  if m > 0 and any(ch in ",;" for ch in text[toks[m - 1].end:toks[m].start])), None)
        if m is None or not all(toks[x].text.islower() and len(toks[x].text) <= 4 for x in range(m, k)):
            continue
        lo = cuts[-1] if cuts else 0
        before = [x for x in cues if toks[lo].start <= x.start and x.end <= toks[m].start and named(x)]
        told = (c.day, c.month, c.year, c.weekday, c.rel_days)
        if not before or any((x.day, x.month, x.year, x.weekday, x.rel_days) == told for x in before):
            continue
        if not any(lo <= i and j <= m for i, j in trig) or not any(i >= k for i, j in trig):
            continue
        if not placed(toks[lo].start, toks[m].start) or not placed(toks[m].start, e):
            continue
        cuts.append(m)
    if not cuts:
        return [(s, e)]
    out, a = [], s
    for m in cuts:
        out.append((a, toks[m - 1].end))
        a = toks[m].start
    out.append((a, e))
    return out


# mentions pinned at the point of the town that names them (a village after its cue, a
# street): no scene of their own; the event role where their sentence's happening is there
_PINNED_SOURCES = frozenset({"cue-village", "street"})


def _villages_as_scenes(doc: Document, kept) -> None:
    """A village the gazetteer lacks ('в поселке Волна Темрюкского района') is not itself a
    scene (its town stands in for it), but where a happening of its sentence was placed at
    that town, the village is where it happened: its role is event. A street named in the
    sentence of a happening is where it happened too, wherever the happening was placed (a
    street is named for what happened on it; the town stands in for it)."""
    villages = [m for m in doc.mentions if m.place is not None
                and m.place.source in _PINNED_SOURCES and m.role != ROLE_DATELINE]
    for d in kept if villages else ():
        e, loc = d.event, d.event.location
        if e.negated or e.start is None:
            continue
        for m in villages:
            if e.start <= m.start < max(e.end, e.start + len(e.sentence)) and (
                    m.place.source == "street"
                    or loc is not None and (loc.lat, loc.lon) == (m.place.lat, m.place.lon)):
                m.role = EVENT


# --------------------------------------------------------------------------- table output

EVENT_COLUMNS = ("type", "cameo", "date", "where", "precision", "actors", "killed", "wounded",
                 "captured", "missing", "negated", "trigger")


def format_events_rows(doc: Document) -> list[dict[str, Any]]:
    """One flat row per event for ``geomap extract --format table`` (strings, '' for none)."""
    rows = []
    for e in doc.events:
        def num(v, approx=e.approximate):
            return "" if v is None else (f"≥{v}" if approx else str(v))
        rows.append({
            "type": e.type, "cameo": e.cameo or "", "date": e.date or "",
            "where": e.location.name if e.location else "",
            "precision": str(e.location.precision) if e.location else "",
            "actors": ", ".join(e.actors), "killed": num(e.killed), "wounded": num(e.wounded),
            "captured": num(e.captured), "missing": num(e.missing),
            "negated": "yes" if e.negated else "", "trigger": e.trigger,
        })
    return rows


def event_types_table() -> str:
    """The markdown table of docs/event-types.md, from geomap/data/event_types.yaml."""
    out = ["| type | subtype | CAMEO | ACLED event type | ACLED sub-event type | placed |",
           "|---|---|---|---|---|---|"]

    def row(typ, label, cameo, acled, placed):
        a = acled or {}
        where = {"none": "never (null)", "venue": "where it was made (its clause)",
                 "clause": "clause only", "sentence": "clause, sentence"}.get(
            placed, "clause, sentence, paragraph, article")
        return (f"| `{typ}` | {label} | {cameo or '—'} | {a.get('event_type', '—')} | "
                f"{a.get('sub_event_type', '—')} | {where} |")

    for typ, v in event_types().items():
        out.append(row(typ, v.get("label", ""), v.get("cameo"), v.get("acled"), v.get("placed")))
        for name, sv in (v.get("subtypes") or {}).items():
            out.append(row(typ, f"{sv.get('label', name)} (`{name}`)", sv.get("cameo", v.get("cameo")),
                           sv.get("acled", v.get("acled")), sv.get("placed", v.get("placed"))))
    return "\n".join(out)
