"""Recognition for the places stage: which stretches of an article are place names.

``scan(doc, lexicon, gazetteer)`` tokenises the text (``geomap.text``), collects every
candidate word run and its de-inflected variants, asks the gazetteer about all of them in ONE
``match`` call, and keeps the runs that survive the language's filters (see
``geomap/places.py`` for the list). The result is a :class:`Scan`: the tokens with their
properties, and the kept :class:`Span` s with their candidate places, ready for resolution.
"""
from __future__ import annotations

import bisect
from itertools import accumulate, compress, filterfalse, repeat
from operator import attrgetter, gt as _gt, is_, itemgetter, ne as _ne, not_ as _not
import re
import weakref
from dataclasses import dataclass, field
from functools import lru_cache

from . import text as T
from .document import BODY, BOILERPLATE, CAPTION, DATELINE, RELATED, Document, TITLE
from .gazetteer import Candidate
from .gazetteer.translit import compile_rules, respell, skeleton
from .normalize import _variants, key, key_variants, variants, word_keys
from .places_lex import Lexicon, _positions, demonym, key_index

MAX_WORDS = 5
# Name kinds never matched in running text: IATA-like codes ('BAK'), two-letter junk.
_SKIP_KINDS = frozenset({"code", "short"})
# Lower-case particles inside person names ('Thomas de Waal', 'Ursula von der Leyen').
_REGNAL_WHY = "(a regnal name)"
_PARTICLES = frozenset({"de", "da", "di", "do", "dos", "du", "del", "della", "van", "von", "der",
                        "den", "ter", "le", "la", "lo", "li", "al", "el", "bin", "binti", "ibn", "ben", "abu",
                        # the Arabic article before sun letters ('Tal as-Sultan', 'ad-Dawr')
                        "as", "ash", "ad", "adh", "ar", "at", "ath", "az", "an", "ud", "ul", "us"})
# bare German prepositions of place: a capitalised noun right after one, with no article, is
# a name ('in Halle', but 'in der Halle')
_BARE_LOCATIVES = frozenset({"in", "nach", "aus", "bei"})
# Articles that open the titles of papers and outlets ('El País', 'Le Monde', 'Il Giornale'):
# written in lower case they open a common phrase, not the title
_TITLE_ARTICLES = frozenset({"el", "la", "los", "las", "le", "les", "il", "lo", "the", "der",
                             "die", "das"})
# Articles between a name particle and a surname ('Felipe de la Cruz', 'María de los
# Ángeles'), and the particles that carry one themselves ('del', 'della', 'du')
_NAME_ARTICLES = frozenset({"la", "las", "los", "le", "les", "del", "della", "delle", "du",
                            "des", "degli", "dei"})
# The Arabic article as other scripts and languages write it, glued to a name by a hyphen
# ('eş-Şara', 'er-Rıza', 'аль-Джулани', 'аш-Шараа'): a particle only before a hyphen.
_HYPHEN_PARTICLES = frozenset({"es", "er", "ed", "et", "ez", "en", "esh", "ech", "aş",
                               "аль", "эль", "аш", "эш", "ад", "ар", "ас", "ат", "ан", "аз"})
# what follows an apostrophe after a word and ends no word of a name: English clitics
# ("Rome's", "Kyiv'll", "Gaza'd"); any other lower-case letters glued by an apostrophe go on the
# same word ("al-Gama'a", "Hawai'i"), outside Turkish where they are a case ending
_CLITICS = frozenset({"s", "ll", "d", "re", "ve", "t", "m"})
# Gaps allowed inside a multiword name: spaces, a hyphen or dash, an apostrophe.
_JOIN_GAPS = frozenset(a + m + b for a in ("", " ", "\u00a0") for b in ("", " ", "\u00a0")
                       for m in ("", "-", "‐", "‑", "‒", "–", "'", "’", "ʼ")) - {""}
# Punctuation that separates phrases (a name never spans it; a cue never reaches over it).
_BREAK_CHARS = frozenset(",.;:!?()[]{}\"«»“”„|\n•/")

# Not text: links, e-mail addresses, social handles and hashtags ('twitter.com/mod_russia').
# A cheap trigger finds the few places worth the full pattern (a regex over every word is slow).
_NOT_TEXT_TRIGGER = re.compile(r"://|www\.|[@#]\w|\w\.[^\W\d_]{2,}")
_NOT_TEXT = re.compile(
    r"(?:https?://|www\.)\S+"
    r"|[\w.+-]+@[\w-]+(?:\.[\w-]+)+"
    r"|@\w+|#\w+"
    r"|[\w-]+(?:\.[\w-]+)*\.(?:com|org|net|gov|edu|int|mil|info|news|tv|io|co|id|my|ru|tr|fr|de"
    r"|es|it|am|az|ge|ir|uk|us|ua|by|kz|eu|ch|at|be|nl|pl|in|cn|jp)\b(?:/\S*)?",
    re.I)
_WORD_STOPS = frozenset(" \t\n\u00a0\"'()<>[]«»“”")


# The trigger split in patterns that start with a literal, which the regex engine finds
# by a fast scan (an alternation or a leading \w makes it try every position).
_NOT_TEXT_TRIGGERS = (re.compile(r"://"), re.compile(r"www\."), re.compile(r"[@#]\w"),
                      re.compile(r"\.(?<=\w\.)[^\W\d_]{2,}"))


def _tokens_and_gaps(text: str) -> tuple[list, list, list, list, list]:
    """``text.tokens(text)``, the texts between consecutive tokens ('' before the first), the
    token starts and ends, and the tokens' texts, from one ``re.split`` and running sums (all
    of it in C)."""
    parts = T.token_split(text)                # gap, token, gap, token, …, gap
    cum = list(accumulate(map(len, parts)))    # cum[k]: where parts[k] ends
    words = parts[1::2]
    starts = cum[0:-1:2]
    ends = cum[1::2]
    return list(zip(starts, ends, words)), [""] + parts[2:-1:2], starts, ends, words


def not_text_spans(text: str) -> list[tuple[int, int, str]]:
    """(start, end, what) of links, e-mail addresses, handles and hashtags."""
    out = []
    last = -1
    triggers = sorted(m.start() for r in _NOT_TEXT_TRIGGERS for m in r.finditer(text))
    for start in triggers:
        if start < last:
            continue
        a = b = start
        while a > 0 and text[a - 1] not in _WORD_STOPS:
            a -= 1
        while b < len(text) and text[b] not in _WORD_STOPS:
            b += 1
        last = b
        w = _NOT_TEXT.search(text, a, b)
        if w:
            s, e = w.start(), w.end()
            # '(Kompas.com/Garry Lotulung)': a site's address, a slash and a capitalised word
            # that a space and another capitalised word follow is a photo credit, the
            # photographer's name after the outlet's, no path of the address
            slash = text.rfind("/", s, e)
            if slash > s and e == b and text[slash + 1:slash + 2].isupper() \
                    and text[slash + 2:e].isalpha() and text[e:e + 1] == " " \
                    and text[e + 1:e + 2].isupper() and "://" not in text[s:slash]:
                e = slash
            out.append((s, e, text[s:e]))
    return out


def _cased(tok: str) -> bool:
    c = tok[:1]
    return c.lower() != c.upper()


# German adjectives of a region or country ('oberbayerischen', 'ostukrainischen')
_PLACE_ADJ_ENDINGS = ("ischen", "ische", "ischer", "isches", "ischem")
# German articles merged with a preposition: 'im oberbayerischen Elmau', 'ins ukrainische Odessa'
_PREPOSITION_ARTICLES = frozenset({"im", "ins", "vom", "zum", "beim", "am"})


@dataclass
class Span:
    """A kept candidate: tokens [i, j) of the scan, with its candidate places."""
    i: int
    j: int
    start: int
    end: int
    surface: str
    cands: list
    segment: str = BODY
    weak: str = ""                 # why its capital letter proves little ('sentence start' …)
    common: bool = False
    lower_seen: bool = False
    cue: str | None = None         # feature named by a cue ('city', 'admin1' …)
    cue_text: str = ""
    locative: str = ""
    border_cue: str = ""           # 'границы с Алжиром', 'the border with Iran': a country
    dateline: bool = False
    determiner: str = ""           # 'die Marine', 'im Sommer': an article makes a common noun
    # 'im spanischen Granada': the country of an adjective of nationality right before the name
    adj_country: str = ""
    # a town's name in page furniture (a menu of the outlet's districts, a related link, a
    # caption) that only a weak capital letter vouches for: kept only where it lies in the
    # story's own region (``places._local_furniture``)
    local_only: bool = False
    notes: list[str] = field(default_factory=list)

    @property
    def ntok(self) -> int:
        return self.j - self.i


def _new_span(i: int, j: int, start: int, end: int, surface: str, cands: list, segment: str,
              cue: str | None, cue_text: str, locative: str, dateline: bool) -> Span:
    """``Span(i=i, j=j, …)`` without the dataclass __init__ (its keywords and defaults cost
    twice the attributes: judge builds one for most runs of an article): every field set in
    the class's order, those not given at their defaults (tests compare it with Span())."""
    sp = _new_object(Span)
    sp.i = i
    sp.j = j
    sp.start = start
    sp.end = end
    sp.surface = surface
    sp.cands = cands
    sp.segment = segment
    sp.weak = ""
    sp.common = False
    sp.lower_seen = False
    sp.cue = cue
    sp.cue_text = cue_text
    sp.locative = locative
    sp.border_cue = ""
    sp.dateline = dateline
    sp.determiner = ""
    sp.adj_country = ""
    sp.local_only = False
    sp.notes = []
    return sp


@dataclass
class Scan:
    text: str
    tokens: list
    keys: list
    starts: list
    ends: list
    seg: list                      # segment kind per token
    sent_id: list                  # sentence number per token
    sent_bounds: list              # (first token, end token) per sentence
    dateline_span: tuple | None
    spans: list = field(default_factory=list)
    rejected: list = field(default_factory=list)   # (surface, why) for --explain and tests
    _breaks: list | None = None
    _gaps: list | None = None
    _border_at: list | None = None
    _border_starts: list | None = None
    index: dict = field(default_factory=dict)          # word key → positions
    # facility names ('Rumah Sakit Indonesia', 'National Penitentiary', 'Свято-Успенский
    # собор'): (first token, end token) of the mention they make, see _facilities
    facilities: list = field(default_factory=list)
    # villages the gazetteer lacks, named after a village cue ('в поселке Волна', 'the village
    # of Larga', 'Kampung Tanjung Batu'): (first token, end token), see _cue_villages
    villages: list = field(default_factory=list)
    # quarters of a town the gazetteer lacks, named after or before a quarter cue ('el barrio
    # de X', 'nel quartiere X', 'im Stadtteil X', 'в микрорайоне X'): (first token, end token)
    quarters: list = field(default_factory=list)
    # rivers, lakes and heights named after a natural feature's cue ('el río X', 'Sungai X',
    # 'река X', 'le lac de X', 'monte X'): (cue token, first name token, end token, feature),
    # see _cue_naturals
    naturals: list = field(default_factory=list)
    # street and square names ('Jalan Arjuno', 'İstiklal Caddesi', 'улице Щорса'):
    # (first token, end token), see _streets
    streets: list = field(default_factory=list)
    # the streets named by a generic name alone ('Marktplatz', 'Zócalo'), see _streets
    streets_whole: frozenset = frozenset()
    streets_corner: frozenset = frozenset()    # (the two streets of a corner: _corner_streets)
    # quarters named after their city with a hyphen ('Hamburg-Barmbek') that the gazetteer
    # lacks: (first token, end token, the city's candidate), see _hyphen_quarters
    hyphen_quarters: list = field(default_factory=list)
    # a town's adjective ('Frankfurter', 'Lübecker') before a capitalised word: token → the
    # town's candidate (see places._town_adjective_town)
    town_adjectives: dict = field(default_factory=dict)
    # (start, end) of a small town's mention → is it a word of a facility's name (places.
    # _facility_word, asked again for every facility and street of the story)
    facility_words: dict = field(default_factory=dict, repr=False, compare=False)

    def token_index(self, offset: int) -> int:
        """Index of the token that starts at (or contains) offset."""
        i = bisect.bisect_right(self.starts, offset) - 1
        return max(i, 0)

    def token_index_end(self, offset: int) -> int:
        """One past the last token ending at or before offset."""
        return bisect.bisect_right(self.ends, offset)

    def gap(self, k: int) -> str:
        """The text between token k-1 and token k."""
        if k <= 0 or k >= len(self.starts):
            return ""
        if self._gaps is None:
            text, starts, ends = self.text, self.starts, self.ends
            self._gaps = [""] + [text[ends[x - 1]:starts[x]] for x in range(1, len(starts))]
        return self._gaps[k]

    def gap_list(self) -> list[str]:
        """The gaps before every token ('' before the first), as ``gap(k)`` gives them."""
        self.gap(1)                               # makes sure the gaps are there
        return self._gaps or [""]

    def gap_has_break(self, k: int) -> bool:
        if k <= 0 or k >= len(self.tokens):
            return True
        return self.gap_breaks()[k]

    def sentence_floor(self, i: int) -> int:
        sid = self.sent_id
        if not sid:
            return 0
        return self.sent_bounds[sid[i] if i < len(sid) else sid[-1]][0]

    def sentence_ceiling(self, i: int) -> int:
        sid = self.sent_id
        if not sid:
            return 0
        return self.sent_bounds[sid[i] if i < len(sid) else sid[-1]][1]

    def gap_breaks(self) -> list[bool]:
        """Per token k: does the gap before it hold punctuation? (computed once)"""
        if self._breaks is None:
            self.gap(1)                               # makes sure the gaps are there
            gaps = self._gaps or [""]
            isdisjoint = _BREAK_CHARS.isdisjoint
            self._breaks = [True] + [g != " " and not isdisjoint(g) for g in gaps[1:]]
        return self._breaks

    def border_starts(self, lex: Lexicon) -> list[int]:
        """Where a border cue may start (``lex.border.starts``), once per article."""
        if self._border_starts is None:
            self._border_starts = lex.border.starts(self.keys, self.index or key_index(self.keys))
        return self._border_starts

    def border_cue_near(self, i: int, j: int, lex: Lexicon, reach: int = 3) -> str | None:
        """A border cue within ``reach`` words before token i or after token j (same
        sentence, no punctuation in between): 'perbatasan A-B', 'the A–B border',
        'border between A and B', 'A ile B arasındaki sınır'."""
        at = self._border_at
        if at is None:                       # where a border word stands, once per article
            if not lex.border:               # (the list's truth: a call, asked once here)
                return None
            index = self.index or key_index(self.keys)
            at = self._border_at = sorted(self.border_starts(lex) + lex.border.ends(index))
        # is a border word within reach? (a bisect, not a scan of every border word)
        x = bisect.bisect_left(at, i - reach - 3)
        if x >= len(at) or at[x] >= j + reach + 3:
            return None
        floor, ceil = self.sentence_floor(i), self.sentence_ceiling(max(i, j - 1))
        # before: the cue, then only 'between' words/articles up to the first country
        k = i
        steps = 0
        while k > floor and steps < reach:
            if self.gap_has_break(k):
                break
            length, _ = lex.border.ending(self.keys, k, floor)
            if length:
                return " ".join(self.tokens[x][2] for x in range(k - length, k))
            prev = self.keys[k - 1]
            if not (lex.between.has(prev) or prev in lex.connectors or len(prev) <= 1):
                break
            k -= 1
            steps += 1
        # after
        k = j
        steps = 0
        while k < ceil and steps < reach:
            if self.gap_has_break(k):
                break
            length, _ = lex.border.at(self.keys, k, ceil)
            if length:
                return " ".join(self.tokens[x][2] for x in range(k, k + length))
            nxt = self.keys[k]
            if not (lex.between.has(nxt) or nxt in lex.connectors or len(nxt) <= 1):
                break
            k += 1
            steps += 1
        return None


# --------------------------------------------------------------------------- token facts

def _segment_kinds(doc: Document, starts: list[int]) -> list[str]:
    out = [BODY] * len(starts)
    for seg in doc.segments:
        a = bisect.bisect_left(starts, seg.start)
        b = bisect.bisect_left(starts, seg.end)
        if b > a:
            out[a:b] = [seg.kind] * (b - a)
    return out


# per language: token text → the facts _line_kinds counts (cased, upper case, a content word,
# a capitalised content word, letters if cased), all pure functions of the word, packed in
# one int of _FIELD-bit fields so that a line's counts are ONE sum over its words, in C
# (no field of a line's sum can overflow into the next: no line has 2**48 words)
_LINE_WORDS: dict[int, tuple] = {}
_FIELD = 48
_MASK = (1 << _FIELD) - 1
_UPPER_AT, _CONTENT_AT, _CAPS_AT, _LETTERS_AT = (_FIELD * k for k in range(1, 5))
_PACKED: dict[int, int] = {}                # small code → packed fact (see _line_word)


def _line_word(w: str, info: tuple, lex: Lexicon, memo: dict) -> int:
    """The packed facts of a word, from its token facts (scan's _tokinfos)."""
    k, cased, cap, allcaps, _ = info
    # a content word: cased, four letters or more, no connector or stop word
    content = cased and len(w) >= 4 and w not in lex.connectors and k not in lex.stop
    # (upper case: the all-caps fact, which asks for two letters; a single letter's is its
    # capital, for a cased letter)
    upper = allcaps if len(w) >= 2 else cased and cap
    letters = len(w) if cased else 0
    # (the packed fact is a wide int, each | and << of it a new object: the few distinct
    # facts are packed once each, under a small int of the same bits)
    code = int(cased) | int(upper) << 1 | int(content) << 2 | int(content and cap) << 3 \
        | letters << 4
    fact = _PACKED.get(code)
    if fact is None:
        fact = _PACKED[code] = (int(cased) | int(upper) << _UPPER_AT
                                | int(content) << _CONTENT_AT | int(content and cap) << _CAPS_AT
                                | letters << _LETTERS_AT)
    memo[w] = fact
    return fact


def _line_facts(words, infos, lex: Lexicon) -> list[int]:
    """``[_line_word(w, i, lex, {}) for w, i in zip(words, infos)]`` in one loop (the new
    words of an article: a few hundred; a call per word cost more than its facts)."""
    connectors, stop, packed = lex.connectors, lex.stop, _PACKED
    out = []
    for w, (k, cased, cap, allcaps, _) in zip(words, infos):
        n = len(w)
        content = cased and n >= 4 and w not in connectors and k not in stop
        upper = allcaps if n >= 2 else cased and cap
        # (bools shift and or as 0 and 1: the same small int as _line_word's, no int() calls)
        code = cased | upper << 1 | content << 2 | (content and cap) << 3 | (n if cased else 0) << 4
        fact = packed.get(code)
        if fact is None:
            fact = _line_word(w, (k, cased, cap, allcaps, _), lex, {})
        out.append(fact)
    return out


def _line_kinds(text: str, toks: list, lex: Lexicon, info: list, skip=frozenset(),
                words_of: list | None = None, starts: list | None = None) -> list[str]:
    """Per token: 'headline case' when its line capitalises (nearly) every word, 'all-caps
    line' when the line is upper case: a capital letter there proves nothing.

    (The counts per line are one sum of packed per-word facts memoised per language, see
    _line_word. ``words_of`` and ``starts``, the tokens' texts and starts, spare building
    them again.)"""
    n = len(toks)
    out = [""] * n
    if not n:
        return out
    threshold = 0.9 if lex.nouns_capitalised else 0.75
    # A line that ends like a sentence is prose unless every word is capitalised: 'Forces
    # shelled Kapan, Goris and Jermuk.' has more names than verbs, not a headline's case.
    prose_threshold = 1.0 if lex.nouns_capitalised else 0.9
    held = _LINE_WORDS.get(id(lex))
    if held is None or held[0] is not lex or len(held[1]) >= _KEYS_MAX:
        held = _LINE_WORDS[id(lex)] = (lex, {})
    memo = held[1]
    if words_of is None:
        words_of = list(map(_third, toks))
    facts = list(map(memo.get, words_of))
    if None in facts:
        # (the article's new words, each once, in one loop without a call per word)
        new = dict(zip(compress(words_of, map(is_, facts, repeat(None))),
                       compress(info, map(is_, facts, repeat(None)))))
        memo.update(zip(new, _line_facts(new.keys(), new.values(), lex)))
        facts = list(map(memo.__getitem__, words_of))
    skipped = sorted(skip)
    # token ranges of the lines: one bisect per line instead of a test per token
    if starts is None:
        starts = [t[0] for t in toks]
    i = 0
    while i < n:
        line_end = text.find("\n", toks[i][0])
        j = n if line_end == -1 else bisect.bisect_left(starts, line_end, i)
        jj = _before_bracket_tail(text, starts, i, j, len(text) if line_end == -1 else line_end)
        total = sum(facts[i:jj])
        words = total & _MASK
        kind = ""
        if words:
            letters = total >> _LETTERS_AT
            upper = (total >> _UPPER_AT) & _MASK
            # (the line's first word is capitalised by any sentence: it proves nothing)
            first = i
            while not facts[first] & 1:
                first += 1
            content = ((total >> _CONTENT_AT) & _MASK) - ((facts[first] >> _CONTENT_AT) & 1)
            caps = ((total >> _CAPS_AT) & _MASK) - ((facts[first] >> _CAPS_AT) & 1)
            for x in skipped[bisect.bisect_left(skipped, i):bisect.bisect_left(skipped, jj)]:
                if x != first and (facts[x] >> _CONTENT_AT) & 1:
                    content -= 1
                    caps -= (facts[x] >> _CAPS_AT) & 1
            if upper == words and letters >= 4 and \
                    not (words == 1 and toks[i][2] in lex.allcaps):
                kind = "all-caps line"
            elif content >= 3 and caps / content >= (
                    prose_threshold if text[toks[jj - 1][1]:toks[jj - 1][1] + 1] in _ENDER_SET
                    or toks[jj - 1][2] in _ENDER_SET else threshold):
                kind = "headline case"
            elif _menu_line(text, toks[i][0], toks[j - 1][1]):
                kind = "menu line"
        if kind:
            out[i:j] = [kind] * (j - i)
        i = j
    return out


def _before_bracket_tail(text: str, starts: list, i: int, j: int, line_end: int) -> int:
    """The end (a token index) of a line's own words before a bracket that closes it ('…
    tiba di Bandara Sentani. (Foto: Dok. Penerangan Kodam XVII)', '… (Photo: Name / AFP)'):
    a photo credit's capitalised names say nothing about the case of the caption before it."""
    if j - i < 5:
        return j
    close = text.rfind(")", starts[i], line_end)
    if close < starts[j - 1] or text[close + 1:line_end].strip():
        return j
    opening = text.rfind("(", starts[i], close)
    if opening < starts[min(i + 3, j - 1)]:
        return j
    return bisect.bisect_left(starts, opening, i, j)


# separators of navigation menus, breadcrumbs and section tags ('Home | Mondo | Politica',
# 'News › World', 'Ultima ora | Mondo'): the capitalised words between them are labels
# a clock time right before an all-caps word makes it a time zone ('8:40 p.m. CST', 'pukul
# 10.00 WIB', '14:00 MSK', '9 a.m. EST'), no place named in capitals ('CST' Mumbai's terminus)
_CLOCK_BEFORE = re.compile(r"(?:\b\d{1,2}[:.]\d{2}|\b\d{1,2}\s?[ap]\.?\s?m\.?|\b[ap]\.m\.)[ \t]*\(?[ \t]*$",
                           re.IGNORECASE)
_MENU_SEPARATORS = re.compile(r"\s[|•·›»>]\s|\s/\s")
_MENU_ITEM_WORDS = 3
# segments of page furniture, and the features of a place they may name weakly (towns,
# districts, quarters: the outlet's own region) — see Span.local_only
_FURNITURE_SEGMENTS = frozenset({BOILERPLATE, RELATED, CAPTION})
_LOCAL_FEATURES = frozenset({"city", "village", "admin2"})
# an arrondissement's or district's ordinal written in Roman numerals ('IIe', 'XVIe', 'Ier')
_ORDINAL_NAME = re.compile(r"^[IVXL]+(?:e|er|ème|è)$")


def _menu_line(text: str, a: int, b: int) -> bool:
    """A short line of separated items of at most three words each, no sentence in it: a
    menu, a breadcrumb, a section tag. A capital letter there proves nothing."""
    if b - a > 160:                  # (before slicing: most lines are paragraphs)
        return False
    line = text[a:b]
    if not _MENU_SEPARATORS.search(line):
        return False
    items = _MENU_SEPARATORS.split(line)
    return all(len(it.split()) <= _MENU_ITEM_WORDS and not it.rstrip().endswith((".", "!", "?"))
               for it in items)


_ENDERS = ".!?…。！？"
_ENDER_SET = frozenset(_ENDERS)          # (set tests: one C call per gap, not a generator)
_OPENER_SET = frozenset("\"'“‘«„([¿¡")
# token text → key and (surface, language) → de-inflected keys, shared by all articles
# (news repeats its words; both are pure functions of their input)
_TOKINFO: dict[str, tuple] = {}
_VARIANTS: dict[str | None, dict[str, tuple]] = {}    # language → surface → keys
_KEYS_MAX = 200_000
_third = itemgetter(2)                  # a token's text
_place_feature = attrgetter("place.feature")    # a candidate's place's feature
_new_object = object.__new__


def _tokinfos(words: list[str], info: list) -> list[tuple]:
    """``info`` (the memoised facts of ``words``, None for a word new to the process) with the
    new words' facts filled in: (key, cased, capitalised, all-caps, starts lower-case).
    'Capitalised' is also a letter of a script without case (Arabic, Georgian …). The new
    words of an article are done together, column by column, in C calls over the lists (a few
    hundred words each time an article brings new ones)."""
    new = list(dict.fromkeys(compress(words, map(_not, info))))    # (facts: never empty)
    c0 = [w[0] for w in new]
    cased = list(map(_ne, map(str.lower, c0), map(str.upper, c0)))
    cap = [u or (not c and a) for u, c, a in zip(map(str.isupper, c0), cased,
                                                 map(str.isalpha, c0))]
    allcaps = [c and n >= 2 and u for c, n, u in zip(cased, map(len, new), map(str.isupper, new))]
    lowered = [c and lw for c, lw in zip(cased, map(str.islower, c0))]
    _TOKINFO.update(zip(new, zip(word_keys(new), cased, cap, allcaps, lowered)))
    return list(map(_TOKINFO.__getitem__, words))


def _sentences(doc: Document, toks: list, lang, gaps: list, cap: list,
               starts: list | None = None) -> tuple[list[int], list[tuple[int, int]]]:
    """Sentence number per token and the token bounds of each sentence.

    The rules of ``geomap.text.sentences`` (line and segment breaks; . ! ? … before a
    capitalised word, except after an abbreviation of the language, an initial or an ordinal),
    applied in one pass over the tokens: the places stage needs sentence starts for every
    article, and this is several times cheaper than splitting the text again."""
    n = len(toks)
    if not n:
        return [], []
    abbr, final, ordinal = T.abbreviations(lang)
    if starts is None:                  # (the tokens' starts, unless the caller has them)
        starts = [t[0] for t in toks]
    seg_first = {bisect.bisect_left(starts, sg.start) for sg in doc.segments}
    sent_id = [0] * n
    bounds: list[tuple[int, int]] = []
    first = 0
    si = 0
    # only gaps other than one space can end a sentence: visit those
    visit = set(compress(range(1, n), map(" ".__ne__, gaps[1:n])))     # (filtered in C)
    visit.update(k for k in seg_first if 0 < k < n)
    for k in sorted(visit):
        g = gaps[k]
        brk = False
        if "\n" in g or k in seg_first:
            brk = True
        elif g and not _ENDER_SET.isdisjoint(g) and (g[-1].isspace() or "\u00a0" in g) \
                and (cap[k] or toks[k][2][0].isdigit() or not _OPENER_SET.isdisjoint(g)):
            brk = True
            if g.lstrip(")]\"'”’»").startswith(".") and not g.lstrip().startswith(".."):
                prev = toks[k - 1][2]
                folded = prev.casefold()
                if folded in final:
                    brk = True
                elif folded in abbr or (len(prev) == 1 and prev.isupper()) or \
                        (ordinal and prev.isdigit() and len(prev) <= 3):
                    brk = False
        if brk and k > first:
            bounds.append((first, k))
            first = k
            si += 1
    bounds.append((first, n))
    for b, (a, e) in enumerate(bounds):
        if b:
            sent_id[a:e] = [b] * (e - a)
    return sent_id, bounds


def _sentence_initial(text: str, toks: list, sent_id: list, bounds: list, k: int) -> bool:
    if bounds[sent_id[k]][0] == k:
        return True
    # after a colon or an opening quote at the start of a clause ('Baca Juga: Azerbaijan …')
    j = toks[k][0] - 1
    while j >= 0 and text[j] in " \t\u00a0\"'“‘«„([*•–—-":
        j -= 1
    return j < 0 or text[j] in ":;\n"


# --------------------------------------------------------------------------- the scan

def scan(doc: Document, lex: Lexicon, gaz) -> Scan:
    text = doc.text
    toks, gaps, starts, ends, words = _tokens_and_gaps(text)
    n = len(toks)
    if len(_TOKINFO) >= _KEYS_MAX:
        _TOKINFO.clear()
    tget = _TOKINFO.get
    # (the token facts looked up in C; only words new to the process pass through Python)
    info = list(map(tget, words))
    if None in info:
        info = _tokinfos(words, info)
    if info:
        # (the facts stay tuples, read only; the keys a list: phrase lists compare its slices)
        keys, cased, cap, allcaps, lowered = zip(*info)
        keys = list(keys)
    else:
        keys, cased, cap, allcaps, lowered = [], (), (), (), ()
    seg = _segment_kinds(doc, starts)
    dl = doc.meta.get("dateline") if isinstance(doc.meta, dict) else None
    dateline_span = None
    if isinstance(dl, (tuple, list)) and len(dl) >= 4 and dl[2] is not None:
        dateline_span = (int(dl[2]), int(dl[3]))
    elif any(s.kind == DATELINE for s in doc.segments):
        s = next(s for s in doc.segments if s.kind == DATELINE)
        dateline_span = (s.start, s.end)
    sent_id, bounds = _sentences(doc, toks, lex.lang, gaps, cap, starts)
    index = key_index(keys)
    sc = Scan(text=text, tokens=toks, keys=keys, starts=starts, ends=ends, seg=seg,
              sent_id=sent_id, sent_bounds=bounds, dateline_span=dateline_span, _gaps=gaps,
              index=index)
    if not n:
        return sc

    in_dateline = [False] * n
    dl_a = dl_b = 0                    # (the dateline's tokens: one range, kept for below)
    if dateline_span:
        dl_a = bisect.bisect_left(starts, dateline_span[0])
        dl_b = bisect.bisect_left(starts, dateline_span[1])
        in_dateline[dl_a:dl_b] = [True] * (dl_b - dl_a)

    # -- blocked tokens: not text (links, handles) and organisation names
    blocked = [""] * n
    hashtags: dict[int, str] = {}      # token → key of a CamelCase hashtag's words
    for ms, me, what in not_text_spans(text):
        a = bisect.bisect_left(ends, ms + 1)
        b = bisect.bisect_left(starts, me)
        # ('#Tlatelolco', '#CiudadDeMéxico', '#KualaLumpur': a hashtag of one capitalised
        # word, or of capitalised words run together, is a name like any other, its words
        # split where a capital follows a small letter)
        if b == a + 1 and what[:1] == "#" and what[1:].isalpha() and what[1].isupper():
            words_in = _camel_words(what[1:])
            if len(words_in) > 1:
                hashtags[a] = key(" ".join(words_in))
            continue
        for k in range(a, b):
            blocked[k] = f"part of '{what}' (not text)"
    for k in lex.organisations.starts(keys, sc.index):
        if not blocked[k]:
            length, _ = lex.organisations.at(keys, k)
            # ('el cártel de Sinaloa': a lower-case head, then the name's capitalised word)
            if not cap[k] and (length < 2 or not cap[k + length - 1]):
                continue
            if not cap[k] and keys[k] in _TITLE_ARTICLES:
                continue              # 'desde el País Vasco': no 'El País', a title's article
            if length == 1 and k > 0 and cap[k - 1] and gaps[k] == " " \
                    and keys[k - 1] not in lex.stop and keys[k - 1] not in lex.connectors:
                continue              # 'Emirates' the airline, but 'United Arab Emirates'
            if length and lex.apostrophe_marks_names and k + length < n \
                    and gaps[k + length] in ("'", "’") and keys[k + length] in _IN_SUFFIXES:
                continue              # "Kızılay'da patlama": in the square, not the Red Crescent
            if length and k + length < n and not cap[k + length] and gaps[k + length] == " " \
                    and lex.cues_after.has(keys[k + length]):
                continue              # 'Kızılay semtinde': a cue word after it makes a place
            if length and all(not sc.gap_has_break(x) for x in range(k + 1, k + length)):
                name = text[starts[k]:ends[k + length - 1]]
                for x in range(k, k + length):
                    blocked[x] = f"part of the organisation '{name}'"

    # a vehicle's make and its model ('un Ford Sierra', 'a Toyota Hilux', 'una Seat Toledo',
    # 'un Renault 5'): car bombs are told so; neither word is a place
    for k in lex.vehicle_makes.starts(keys, sc.index):
        length, _ = lex.vehicle_makes.at(keys, k)
        b = k + length
        if length and cap[k] and not any(blocked[x] for x in range(k, b)) and (
                # ('Mercedes-Benz', 'Land Rover': a make of two words is a car whatever follows;
                # 'на «Волге»', 'en « Dacia »': a make in quotes is the car, not the river)
                length > 1 and all(not sc.gap_has_break(x) for x in range(k + 1, b))
                or gaps[k][-1:] in _MAKE_QUOTES_OPEN
                and (b >= n or gaps[b][:1] in _MAKE_QUOTES_CLOSE)):
            name = text[starts[k]:ends[b - 1]]
            for x in range(k, b):
                blocked[x] = f"a vehicle's make '{name}'"
            continue
        if not length or not cap[k] or allcaps[k] and len(keys[k]) > 3 or b >= n \
                or gaps[b] != " " or not (cap[b] or keys[b].isdigit()) \
                or any(blocked[x] for x in range(k, b + 1)):
            continue
        name = text[starts[k]:ends[b]]
        for x in range(k, b + 1):
            blocked[x] = f"a vehicle's make and model '{name}'"
        # ('un Fiorino imbottito di esplosivo … un furgone Fiat Fiorino': one sense per story,
        # the model named bare elsewhere is the same vehicle)
        if cap[b] and not keys[b].isdigit() and len(keys[b]) > 3:
            for x in index.get(keys[b], ()):
                if cap[x] and not blocked[x] and (x + 1 >= n or not cap[x + 1]) \
                        and (x == 0 or not cap[x - 1] or sent_id[x] != sent_id[x - 1]):
                    blocked[x] = f"the model of the vehicle '{name}'"

    # names listed with a plural facility head ('the Shangri-La, Cinnamon Grand and Kingsbury
    # hotels', 'les hôtels Shangri-La et Kingsbury') are the facilities' names, no towns
    if lex.facility_plural_after or lex.facility_plural_before:
        for a, b, head in _facility_list_names(sc, lex, cap):
            for x in range(a, b):
                if not blocked[x]:
                    blocked[x] = f"a name in a list of {head}"

    # the outlet's own name ('Caucasus Daily', 'Warta Global', «Кавказский обозреватель»)
    outlets = {doc.source, doc.meta.get("dateline_source") if isinstance(doc.meta, dict) else None}
    # ('SAN BENEDETTO VAL DI SAMBRO (Bologna) —', 'Sens (Yonne) -': a large town or a province
    # in brackets after the dateline town is its province, no outlet; its name stays a place)
    dl_source = doc.meta.get("dateline_source") if isinstance(doc.meta, dict) else None
    dl = doc.meta.get("dateline") if isinstance(doc.meta, dict) else None
    dl_town = doc.text[dl[2]:dl[3]] if dl and len(dl) >= 4 and dl[2] is not None else None
    if dl_source and _dateline_province(dl_source, doc.lang, gaz, dl_town):
        outlets.discard(dl_source)
    # ('ALCAMO (TP) –': a province's code in brackets after the dateline town, no outlet)
    if isinstance(dl_source, str) and dl_source.isupper() and key(dl_source) in lex.bracket_codes:
        outlets.discard(dl_source)
    for name in outlets:
        okeys = [key(t[2]) for t in T.tokens(name)] if isinstance(name, str) else []
        if not okeys or len(okeys) > 8:
            continue
        for k in index.get(okeys[0], ()):         # the positions of its first word only
            if k <= n - len(okeys) and keys[k:k + len(okeys)] == okeys and cap[k]:
                for x in range(k, k + len(okeys)):
                    blocked[x] = f"part of the outlet's name '{name}'"

    lower_keys = set(compress(keys, lowered))
    acronym_run = _acronym_runs(text, toks, starts, ends, gaps, cap, n)

    # -- candidate runs and their keys: ONE gazetteer query
    runs: list[tuple[int, int, tuple[str, ...]]] = []
    all_keys: list[str] = []
    vcache = _VARIANTS.setdefault(lex.lang, {})
    if len(vcache) >= _KEYS_MAX:
        vcache.clear()
    stop, connectors, cues_after_has = lex.stop, lex.connectors, lex.cues_after.has
    name_words = lex.name_words
    # a lower-case generic word before a capitalised name ('mer Rouge', "golfe d'Aden",
    # 'mar Negro', 'сектор Газа'): the whole phrase is tried too; judge() keeps it only when
    # it is itself a gazetteer name (else the name after the cue stands alone)
    heads = _lower_heads(lex, keys, cap, blocked, gaps, index, n)
    # ('al-Shifa', 'al-Mawasi', 'ash-Shati'): a lower-case Arabic article glued by a hyphen to
    # a capitalised word opens the name (judge keeps the run only as a gazetteer name)
    heads += [k for k in index_of_articles(keys, index) if k + 1 < n and not cap[k]
              and not blocked[k] and cap[k + 1] and not blocked[k + 1] and gaps[k + 1] in _HYPHENS]
    apostrophe_suffix = lex.apostrophe_marks_names     # (Turkish: "Refah'a" is a case ending)
    # (the capitalised tokens picked in C: the comprehension tests only those)
    for i in sorted([k for k in compress(range(n), cap) if not blocked[k]] + heads):
        if words[i].isdigit():
            continue
        si = sent_id[i]
        istop = keys[i] in stop
        spaced = True                 # (every gap so far one space: see below)
        for j in range(i + 1, min(n, i + MAX_WORDS) + 1):
            j1 = j - 1
            if j1 > i:
                if blocked[j1] or gaps[j1] not in _JOIN_GAPS or sent_id[j1] != si:
                    break
                if spaced and gaps[j1] != " ":
                    spaced = False
            last = words[j1]
            if j1 == i and not cap[i]:
                continue              # the generic head word: never a run by itself
            if apostrophe_suffix and j1 > i and gaps[j1] in ("'", "’", "ʼ"):
                break                 # "KARKAMIŞ'A": a case ending, in capitals too
            if not cap[j1]:
                if j1 > i and (cues_after_has(keys[j1]) or keys[j1] in name_words):
                    pass              # 'Курская область', 'République dominicaine': names ending so
                elif j1 > i and gaps[j1] in ("'", "’", "ʼ") and not apostrophe_suffix \
                        and (len(words[j1]) >= 2 or keys[j1] not in _CLITICS
                             and len(words[j1 - 1]) >= 3) \
                        and not (j1 == i + 1 and len(words[i]) == 1):
                    pass              # "Be'eri", "Re'im", "Sa'ada": a glottal stop inside one name
                    #                   (not "L'homme", "D'abord": an elided article before a noun,
                    #                   nor "C'erano", "S'è", "N'est": any one letter elided)
                elif j1 > i and gaps[j1] == " " and last.isdigit() and len(last) <= 3:
                    pass              # 'Tower 22', 'Camp 5': a number ends the name (see below)
                elif keys[j1] in connectors or gaps[j1] in ("-", "‐", "‑") \
                        or (j < n and gaps[j] in ("-", "‐", "‑") and cap[j]) \
                        or (keys[j1] == "s" and gaps[j1] in ("'", "’")):
                    continue          # 'Bosnia and …', 'Rostov-on-…', 'as-Sultan', "Cox's …"
                else:
                    break
            if j < n and gaps[j] in ("'", "’", "ʼ") and not cap[j] and not apostrophe_suffix \
                    and keys[j] not in _CLITICS and len(words[j1]) >= 2:
                continue              # "al-Gama'a", "Hawai'i": the word goes on past the
                #                       apostrophe, its first part alone is no name
            if istop:
                if j - i == 1:
                    continue          # a lone stop word is never a place
                # (words, not tokens: a hyphenated name is one word, 'La Chapelle-Saint-Luc')
                if j - i > 3 and sum(gaps[x] not in _HYPHENS for x in range(i + 1, j)) > 2 \
                        and not any(keys[x] in connectors
                                         and (not cap[x] or words[x].isupper() and words[i].isupper())
                                         for x in range(i + 2, j)):
                    break             # 'La Paz', 'San Sebastián', 'Los Ángeles': short names
                    # (unless a lower-case connector joins a longer formal name: 'San
                    # Vicente y las Granadinas', 'Saint-Christophe-et-Niévès'; in a name in
                    # capitals, the connector is in capitals too: 'SAN BENEDETTO VAL DI SAMBRO')
            surface = text[starts[i]:ends[j1]]
            ks = vcache.get(surface)
            if ks is None:
                # (a tuple: it is also the key of the candidates' memo below; words joined by
                # single spaces: their keys so joined are the run's key, no fold of it again)
                if not lex.lang:
                    ks = (key(surface),)
                elif spaced and all(keys[i:j]):
                    ks = key_variants(" ".join(keys[i:j]), lex.lang)
                else:
                    ks = _variants(surface, lex.lang)
                vcache[surface] = ks
            runs.append((i, j, ks))
            all_keys.extend(ks)
            if last.isdigit():
                break
    # 'Кельбаджарский, Лачинский и Агдамский районы': each adjective of a list with the noun
    listed: list[tuple[int, list[str]]] = []
    if lex.area_names_with_cue:
        # (only a lower-case word after a capitalised one: the pairs picked in C, the facts
        # being bools)
        for k in compress(range(1, n), map(_gt, cap, cap[1:])):
            if cap[k] or not cap[k - 1] or not lex.cues_after.has(keys[k]):
                continue
            noun = lex.area_nouns.get(keys[k], toks[k][2])     # 'районов' → 'район'
            m = k
            for step in range(7):
                if step == 0:
                    m = k - 1
                    if noun != toks[k][2]:
                        ks = variants(f"{toks[m][2]} {noun}", lex.lang)
                        listed.append((m, ks))
                        all_keys.extend(ks)
                    continue
                g = sc.gap(m)
                prev = m - 1
                if g.strip() == "," and prev >= 0 and cap[prev]:
                    m = prev
                elif g == " " and prev >= 1 and keys[prev] in lex.conj and cap[prev - 1] \
                        and sc.gap(prev) == " ":
                    m = prev - 1
                else:
                    break
                ks = variants(f"{toks[m][2]} {noun}", lex.lang)
                listed.append((m, ks))
                all_keys.extend(ks)

    all_keys.extend(hashtags.values())
    # 'Frankfurter Flughafen', 'Lübecker Hafenstraße': a capitalised word ending like a town's
    # adjective before another capitalised word: the town's name is asked for too
    adjectives: dict[int, str] = {}
    for ending in lex.town_adjective_endings:
        for k in range(n - 1):
            w = keys[k]
            if len(w) > len(ending) + 3 and w.endswith(ending) and cap[k] and cap[k + 1] \
                    and gaps[k + 1] == " " and not blocked[k]:
                adjectives[k] = w[:-len(ending)]
    all_keys.extend(adjectives.values())
    # seats of power ('Kremlin', 'Gedung Putih'): their own gazetteer entry if there is one,
    # else the city they sit in
    seats: dict[int, tuple[int, str]] = {}
    for k in lex.seats.starts(keys, sc.index):
        if cap[k] and not blocked[k]:
            length, city = lex.seats.at(keys, k)
            if length and city:
                seats[k] = (k + length, key(city))
                all_keys.append(key(city))
    # 'Waco, Tex.,', 'Sacramento, Calif.': a state's abbreviation after a capitalised town and
    # a comma, with its full stop, is that state (alone, 'Tex' or 'Ind' is no name)
    states: dict[int, str] = {}
    if lex.state_abbrevs:
        for k in sorted(x for a in lex.state_abbrevs.keys() & sc.index.keys() for x in sc.index[a]):
            if 1 <= k and cap[k] and (not blocked[k] or keys[k] in lex.stop) and cap[k - 1] \
                    and sc.gap(k).strip() == "," and "\n" not in sc.gap(k) \
                    and (sc.gap(k + 1)[:1] == "." if k + 1 < n
                         else text[ends[k]:ends[k] + 1] == "."):
                states[k] = key(lex.state_abbrevs[keys[k]])
                all_keys.append(states[k])
    # 'Alcamo (TP)', 'ALCAMO (TP) –': a province's code in capitals in brackets right after a
    # town is that province (kept below only when a town of the gazetteer ends right before)
    if lex.bracket_codes:
        for k in sorted(x for a in lex.bracket_codes.keys() & sc.index.keys() for x in sc.index[a]):
            if 1 <= k < n - 0 and toks[k][2].isupper() and cap[k - 1] \
                    and sc.gap(k).strip() == "(" and "\n" not in sc.gap(k) \
                    and (sc.gap(k + 1).strip()[:1] == ")" if k + 1 < n
                         else text[ends[k]:ends[k] + 1] == ")"):
                states[k] = key(lex.bracket_codes[keys[k]])
                all_keys.append(states[k])
    memo = _cands_memo(gaz)
    # (a known article: every run's candidates were built before, from the same answers, and
    # the answers are asked for only by the list and seat readings below)
    if listed or seats or states or not all(map(memo.__contains__, map(_third, runs))):
        matches = _match(gaz, all_keys)
        memo = _cands_memo(gaz)           # (_match empties the memos when its cache is full)
    else:
        matches = {}

    # per start token: matched runs, longest first, candidates filtered and de-duplicated
    at: dict[int, list[tuple[int, list]]] = {}
    loose: list = []                   # runs with no or only small exact candidates
    for i, j, ks in runs:
        tk = ks
        cands = memo.get(tk)
        if cands is not None:          # the same keys in an earlier article: same candidates
            if cands:
                at.setdefault(i, []).append((j, cands))
            if j - i <= _SKELETON_MAX_WORDS and (not cands or (
                    cands[0].importance < _SKELETON_SMALL
                    and cands[0].place.feature in ("city", "village"))):
                loose.append((i, j, ks))
            continue
        cands = memo[tk] = []
        if any(map(matches.__contains__, ks)):    # (most new runs match nothing)
            seen = set()
            plain = ks[0]
            for k in ks:
                for c in matches.get(k, ()):
                    if c.name_kind in _SKIP_KINDS or c.place.id in seen:
                        continue
                    seen.add(c.place.id)
                    if k != plain:
                        c = _as_variant(c)
                    cands.append(c)
            if cands:
                if len(ks) > 1:            # candidates of several keys: one ranking
                    cands.sort(key=lambda c: (-c.importance, c.place.id))
                at.setdefault(i, []).append((j, cands))
        if j - i <= _SKELETON_MAX_WORDS and (not cands or (
                cands[0].importance < _SKELETON_SMALL
                and cands[0].place.feature in ("city", "village"))):
            loose.append((i, j, ks))
    _skeleton_runs(text, lex, gaz, loose, at, cap, keys, starts, ends)
    for m, ks in listed:
        cands = [c for k in ks for c in matches.get(k, ())
                 if c.name_kind not in _SKIP_KINDS and c.place.feature in ("admin1", "admin2")]
        if cands:
            cands = [_as_variant(c) for c in cands[:3]]
            old = next((c for jj, c in at.get(m, ()) if jj == m + 1), [])
            merged = cands + [c for c in old if c.place.id not in {x.place.id for x in cands}]
            at[m] = [(jj, c) for jj, c in at.get(m, ()) if jj != m + 1] + [(m + 1, merged)]
    for k, (j, city_key) in seats.items():
        if any(jj >= j for jj, _ in at.get(k, ())):
            continue
        # (the city under its own name, not a respelling: 'Quirinale' → Rome, never Lomé,
        # whose transliteration key may come first)
        top = sorted((c for c in matches.get(city_key, ()) if c.name_kind not in _SKIP_KINDS),
                     key=lambda c: (c.how != "exact", -c.importance))[:1]
        if top:
            c = _as_variant(top[0])
            c.how, c.name = "seat", text[starts[k]:ends[j - 1]]
            at.setdefault(k, []).append((j, [c]))
    for k, stem in adjectives.items():
        top = [c for c in matches.get(stem, ()) if c.name_kind in ("name", "alt")
               and c.how == "exact" and c.place.feature == "city" and c.importance >= 5.5][:1]
        # (not before a bare street word: 'Berliner Straße' is a street of any town)
        if top and not (lex.streets_after and lex.streets_after.at(keys, k + 1, n)[0]):
            sc.town_adjectives[k] = top[0]
    for k, tag_key in hashtags.items():
        cands = [_as_variant(c) for c in matches.get(tag_key, ()) if c.name_kind not in _SKIP_KINDS]
        if cands and not blocked[k]:
            for c in cands:
                c.name = toks[k][2]
            at[k] = [(k + 1, cands)] + [(jj, cs) for jj, cs in at.get(k, ()) if jj != k + 1]
    for k, state_key in states.items():
        if sc.gap(k).strip() == "(" and not any(j == k for lst in at.values() for j, _ in lst):
            continue                      # ('Mario Rossi (PD)': a party, no town before it)
        top = [c for c in matches.get(state_key, ()) if c.name_kind not in _SKIP_KINDS
               and c.place.feature in ("admin1", "admin2")][:1]
        if top:
            c = _as_variant(top[0])
            c.name = text[starts[k]:ends[k]]
            at[k] = [(k + 1, [c])] + [(jj, cs) for jj, cs in at.get(k, ()) if jj != k + 1]
    for lst in at.values():
        if len(lst) > 1:                  # (most positions start one run: nothing to sort)
            lst.sort(key=lambda t: -t[0])

    # headline case is judged on the words that are not names (names are capitalised anyway)
    # (stop words are skipped by their key, not by a set of all their positions)
    line_kind = _line_kinds(text, toks, lex, info, skip={
        k for k, lst in at.items()
        if lst[0][1][0].importance >= 6.0 or lst[0][1][0].place.feature in
        ("country", "admin1", "region")}, words_of=words, starts=starts)

    def place_len(k: int, min_importance: float = 5.5) -> int:
        """Length of a gazetteer name of some weight starting at token k (0 if none)."""
        for j, cands in at.get(k, ()):
            top = cands[0]
            if top.importance >= min_importance and top.name_kind in ("name", "alt"):
                return j - k
        return 0

    def strong_len(k: int) -> int:
        for j, cands in at.get(k, ()):
            if cands[0].place.feature in ("country", "admin1", "region"):
                return j - k
        return 0

    def country_len(k: int) -> int:
        # (a loose skeleton reading makes no country nor capital of a given name: 'Jairo'
        # is not Cairo)
        for j, cands in at.get(k, ()):
            if cands[0].how == "skeleton":
                continue
            if cands[0].place.feature == "country" or cands[0].importance >= 8.0:
                return j - k
        return 0

    person = _persons(sc, lex, cap, cased, blocked, place_len, strong_len, country_len, at)
    # (a photographer's or writer's name in a credit is no actor of the story: 'AFP/Omar Rafah'
    # leaves 'perlintasan Rafah' a place)
    # (nor is the word of the dateline: the story was filed from that place, and 'Uskup Agung
    # Makassar Mgr. John …' or a tag line '… Fernando Villavicencio · Violencia · Quito' makes
    # no person of the city elsewhere)
    # (nor a word numbered as a monarch: 'Semanggi II' may number a happening named after a
    # place, which stays that place told bare elsewhere)
    person_keys = {keys[k] for k in person if len(keys[k]) >= 3 and person[k]
                   and not person[k].endswith(_CREDIT_WHY) and not person[k].endswith(_REGNAL_WHY)}
    person_keys -= set(keys[dl_a:dl_b])
    for k, why in person.items():
        if why and not blocked[k]:
            blocked[k] = why
    pairs = _venue_pairs(sc, lex, cap, cased, blocked, at) if lex.venue_pair_articles else []
    for a, b in pairs:
        for x in range(a, b):
            blocked[x] = blocked[x] or f"part of the venue's name '{text[starts[a]:ends[b - 1]]}'"

    # -- keep runs: the longest acceptable one at each position
    # (below, tokens are inside the article: the sentence bounds, gaps and breaks are read
    # from the lists directly rather than through the Scan's bounds-checking methods)
    brk = sc.gap_breaks()

    weak_at: dict[int, str] = {}          # (asked for the vouching names, then by judge)

    def weak_reason(i: int) -> str:
        why = weak_at.get(i)
        if why is None:
            why = weak_at[i] = _weak_reason(i)
        return why

    def _weak_reason(i: int) -> str:
        if in_dateline[i]:
            return ""
        if lex.apostrophe_marks_names and i + 1 < n and gaps[i + 1] in ("'", "’") \
                and not cap[i + 1]:
            return ""             # Turkish writes "Kars'ta" only after a proper name
        if line_kind[i]:
            return line_kind[i]
        if seg[i] == BOILERPLATE:
            return "page furniture (a boilerplate line)"
        if _sentence_initial(text, toks, sent_id, bounds, i):
            return "sentence start"
        if lex.nouns_capitalised and cased[i]:
            return "capitalised noun (German)"
        return ""

    # the words phrase lists can start or end with: most positions are refused by a set test
    # before the list is asked (None: prefix entries, always ask)
    cb_end, ca_start = lex.cues_before.end_words(), lex.cues_after.start_words()
    loc_end = lex.locatives.end_words()
    sb_end, sa_start = lex.streets_before.end_words(), lex.streets_after.start_words()
    ob_end, oa_start = lex.org_before.end_words(), lex.org_after.start_words()
    # (whether a phrase list has entries, once: its truth is a Python call per span otherwise)
    streets_before, streets_after = bool(lex.streets_before), bool(lex.streets_after)
    vessels_before = lex.vessels_before if lex.vessels_before else None
    vb_end = vessels_before.end_words() if vessels_before is not None else None
    vessels_after = bool(lex.vessels_after)
    has_border, has_determiners = bool(lex.border), bool(lex.determiners)
    has_media, has_units = bool(lex.media_before), bool(lex.units_after)

    def cue_of(i: int, j: int) -> tuple[str | None, str]:
        floor = bounds[sent_id[i]][0]
        length, feat = lex.cues_before.ending(keys, i, floor) \
            if cb_end is None or keys[i - 1] in cb_end else (0, None)
        if length and not brk[i] and \
                all(not brk[x] for x in range(i - length + 1, i)):
            return feat, text[starts[i - length]:ends[i - 1]]
        # ('die Orte Hirske und Solote', 'the villages of X and Y', 'сёла X и Y': the cue
        # before the first of two names joined by a conjunction is the second's cue too)
        if i - 2 > floor and keys[i - 1] in lex.conj and not cap[i - 1] and not brk[i] \
                and not brk[i - 1] and cap[i - 2]:
            k = i - 2
            while k > floor:
                length, feat = lex.cues_before.ending(keys, k, floor)
                if length and not brk[k] and all(not brk[x] for x in range(k - length + 1, k)):
                    return feat, text[starts[k - length]:ends[k - 1]]
                if i - 2 - k >= 2 or not cap[k - 1] or gaps[k] not in (" ", "-") or brk[k]:
                    break
                k -= 1
        ceil = bounds[sent_id[i]][1]
        length, feat = lex.cues_after.at(keys, j, ceil) \
            if j < n and (ca_start is None or keys[j] in ca_start) else (0, None)
        if length and not brk[j]:
            return feat, text[starts[j]:ends[j + length - 1]]
        return None, ""

    def locative_of(i: int) -> str:
        floor = bounds[sent_id[i]][0]
        if loc_end is not None and keys[i - 1] not in loc_end:
            return ""
        length, _ = lex.locatives.ending(keys, i, floor)
        if length and not brk[i]:
            return text[starts[i - length]:ends[i - 1]]
        return ""

    def menu_item(i: int, j: int) -> bool:
        """'Palermo | Catania | Messina': an item of a menu of places, set off by bars or dots
        from a neighbour the gazetteer knows (whoever of the story bears the name)."""
        sep = "|·•"
        if j < n and any(c in gaps[j] for c in sep) and j in at:
            return True
        return i > 0 and any(c in gaps[i] for c in sep) and any(
            jj == i for x in range(max(0, i - 3), i) for jj, _ in at.get(x, ()))

    def street_around(i: int, j: int) -> str:
        """'Jalan Ampang', 'avenida Boyacá', 'place de la République', 'Prizren Caddesi',
        'Roxas Boulevard': a street or square named after a place is not that place."""
        if streets_before:
            floor = bounds[sent_id[i]][0]
            k = i
            for _ in range(3):          # up to two connectors between: 'place de la …'
                length, _ = lex.streets_before.ending(keys, k, floor) \
                    if sb_end is None or keys[k - 1] in sb_end else (0, None)
                # ('sepanjang jalan Kuala Kangsar-Grik': where street words head a street's
                # name only capitalised, a lower-case one is a road between towns, not a name)
                if length and not any(brk[x] for x in range(k - length + 1, i + 1)) and not (
                        k - length - 1 >= floor and keys[k - length - 1] in lex.streets_not_after
                        and not brk[k - length]) and not (
                        lex.street_heads_capitalised and not cap[k - length]):
                    return text[starts[k - length]:ends[j - 1]]
                if k - 1 > floor and keys[k - 1] in lex.connectors and not cap[k - 1] \
                        and not lex.locatives.has(keys[k - 1]):
                    k -= 1            # ('jalan di Batu Pahat' is a road in Batu Pahat)
                    continue
                break
        if streets_after and j < n and not brk[j] and \
                (sa_start is None or keys[j] in sa_start) and \
                (cap[j] or not lex.street_names_capitalised):
            length, _ = lex.streets_after.at(keys, j, bounds[sent_id[i]][1])
            if length:
                return text[starts[i]:ends[j + length - 1]]
        return ""

    def vessel_around(i: int, j: int, top) -> str:
        """'kapal BRP X', 'the destroyer X', 'X gemisi': a ship named after a place is no
        mention of it (a country there says whose ship: 'kapal Filipina')."""
        if top.place.feature == "country" or (i > 0 and toks[i - 1][2] in lex.ship_prefixes
                                              and gaps[i] == " "):
            return "" if top.place.feature == "country" else text[starts[i - 1]:ends[j - 1]]
        k = i                   # ('the tanker Marlin Luanda': the name's first words between)
        floor = None
        while vessels_before is not None and k > 0 and gaps[k].strip() in _QUOTES_OPEN:
            # (a set test first: most words end no ship phrase)
            length = 0
            if vb_end is None or keys[k - 1] in vb_end:
                if floor is None:
                    floor = sc.sentence_floor(i)
                length, _ = vessels_before.ending(keys, k, floor)
            if length and not any(brk[x] for x in range(k - length + 1, k)):
                return text[starts[k - length]:ends[j - 1]]
            if k == i and k > 1 and not cap[k - 1] and gaps[k] == " " and gaps[k - 1] == " " \
                    and demonym(lex, keys[k - 1]):
                # 'il cacciatorpediniere americano Carney', 'le destroyer américain X': the
                # ship's flag between its word and its name
                length, _ = vessels_before.ending(keys, k - 1, sc.sentence_floor(i))
                if length and not any(brk[x] for x in range(k - length, k)):
                    return text[starts[k - 1 - length]:ends[j - 1]]
            if k <= i - 2 or not cap[k - 1] or gaps[k] != " ":
                break
            k -= 1
        if vessels_after and j < n and gaps[j].strip() in _QUOTES_CLOSE:
            length, _ = lex.vessels_after.at(keys, j, sc.sentence_ceiling(i))
            if length and not cap[j]:
                return text[starts[i]:ends[j + length - 1]]
        return ""

    def org_head(i: int, j: int) -> bool:
        """'la Guardia di finanza', 'la Guardia costiera', 'la Cellule de coordination',
        'la Marina de Guerra': the head word of an organisation's name, then its other words
        (lower-case, or capitalised words that name no place)."""
        if keys[j - 1] not in lex.org_heads or j >= n or gaps[j] != " ":
            return False
        if j - i > 1 and strong_len(i) == j - i:
            return False        # 'West Bank': a region's name ending in a head word
        if cap[j]:                                        # 'Guardia Civil', 'Garde Nationale'
            # (an office word after the head names no place: 'Bursa Saham'; nor does a short
            # code of letters, a bank's or a firm's: 'Bank BRI', 'Banca IMI')
            return cased[j] and not blocked[j] and (
                keys[j] in lex.office and not strong_len(j)
                or not place_len(j) and (not allcaps[j] or 2 <= len(keys[j]) <= 5))
        if keys[j] in lex.connectors:
            k = j + 1
            if k + 1 < n and len(keys[k]) == 1 and gaps[k + 1] in ("'", "’"):
                k += 1                # "la Mission de l'ONU": an elided article after 'de'
            return k < n and gaps[k] in (" ", "'", "’") and (
                (not cap[k] and keys[k] not in lex.stop)
                or (cap[k] and cased[k] and not place_len(k)))
        return keys[j] not in lex.stop and not toks[j][2].isdigit()

    def office_domain(i: int, j: int) -> bool:
        """'il ministero della Salute', 'the Ministry of Justice', 'Kementerian Kesehatan': a
        domain word right after an organisation's head (across connectors) names no place,
        whatever village shares it."""
        if j - i != 1 or keys[i] not in lex.office:
            return False
        k = i
        while k > 0 and i - k < 3 and keys[k - 1] in lex.connectors and not cap[k - 1]:
            k -= 1
        return k > 0 and keys[k - 1] in lex.org_heads

    def determiner_of(i: int) -> str:
        """The article governing token i across lower-case adjectives ('die ukrainische
        Marine', 'im Sommer'); '' if none or if a cue or another name stands between."""
        floor = bounds[sent_id[i]][0]
        k = i
        for _ in range(3):
            # (quotation marks around an adjective break nothing: 'einem „eklatanten“ Bruch')
            if k <= floor or brk[k] and gaps[k].strip(_QUOTES + " \u00a0"):
                return ""
            length, _ = lex.determiners.ending(keys, k, floor)
            if length:
                return text[starts[k - length]:ends[k - 1]]
            if cap[k - 1]:
                return ""
            k -= 1
        return ""

    def media_before(i: int, j: int, top) -> str:
        """'stasiun televisi Al-Masirah', 'la chaîne Al-Mayadeen': a lower-case word for an
        outlet right before the name (an Arabic article may stand between) makes it the
        outlet's name; not a country's or a major town's ('televisi Rusia' is Russian TV),
        but a province's name after it is the outlet's ('l'agenzia Fars', 'the Fars agency')."""
        if top is None or top.place.feature == "country" \
                or is_strong_cand(top) and top.place.feature != "admin1":
            return ""
        floor = bounds[sent_id[i]][0]
        k = i
        if k - 1 > floor and keys[k - 1] in _PARTICLES and cap[k - 1] \
                and gaps[k] in ("-", "‐", " "):
            k -= 1                    # 'Al-Masirah', 'Al Masirah'
        # ('джамаат «Ярмук»', 'на сайте «Кавказ-центр»': the name in quotes after its word)
        quoted = gaps[k].replace(" ", "") in _OPEN_QUOTES
        if k <= floor or brk[k] and not quoted or gaps[k] != " " and not quoted:
            return ""
        length, _ = lex.media_before.ending(keys, k, floor)
        if length and not cap[k - length]:
            return text[starts[k - length]:ends[j - 1]]
        if has_units and j < len(keys) and gaps[j] == " " and not cap[j]:
            length, _ = lex.units_after.at(keys, j, bounds[sent_id[i]][1])
            if length:
                return text[starts[i]:ends[j + length - 1]]    # 'the Azov brigade'
        return ""

    def org_around(i: int, j: int, top=None) -> str:
        floor, ceil = bounds[sent_id[i]][0], bounds[sent_id[i]][1]
        # ('la procura di Agrigento', 'Generalstaatsanwaltschaft Frankfurt', 'the Leeds Crown
        # Court'): an office named after its town, whatever the town's size; not a country's
        if (lex.offices_before or lex.offices_after) and (
                top is None or top.place.feature != "country"):
            # (the name may go on over a few capitalised words: 'Reggio Calabria', 'Thames
            # Valley Police')
            a = i
            while True:
                if lex.offices_before and a > floor and gaps[a] in (" ", "'", "’") and not brk[a]:
                    length, _ = lex.offices_before.ending(keys, a, floor)
                    if length:
                        return text[starts[a - length]:ends[j - 1]]
                if a - 1 <= floor or i - a >= 2 or not cap[a - 1] or gaps[a] != " " or brk[a]:
                    break
                a -= 1
            b = j
            while lex.offices_after and b < n:
                if cap[b] and gaps[b] == " " and not brk[b]:
                    length, _ = lex.offices_after.at(keys, b, ceil)
                    # ('Leeds Police Station': a building of the office, named after its town)
                    if length and not (b + length < n and lex.facility_after.at(
                            keys, b + length, ceil)[0]):
                        return text[starts[i]:ends[b + length - 1]]
                if b - j >= 2 or not cap[b] or gaps[b] != " " or brk[b]:
                    break
                b += 1
        if has_media:
            media = media_before(i, j, top)
            if media:
                return media
        # ('Maratón de Boston', 'Maraton Jakarta': the place word is the head of the name
        # itself, a capitalised name after it; 'Marathon' there is no town)
        head, _ = lex.org_before.at(keys, i, ceil)
        if head and i + head >= j and i + head < n and cap[i + head] and not brk[i + head] \
                and all(cap[x] or keys[x] in lex.connectors for x in range(i, i + head)):
            return text[starts[i]:ends[i + head]]
        length, _ = lex.org_before.ending(keys, i, floor) \
            if ob_end is None or keys[i - 1] in ob_end else (0, None)
        # 'University of Yerevan': one connector may stand between
        # ('RS Indonesia di Gaza': a locative word ends a name; the place after it is where;
        # 'Amerika Syarikat dan Kanada': 'and' joins two names, it opens none)
        if not length and i - 1 > floor and keys[i - 1] in lex.connectors and \
                keys[i - 1] not in lex.conj and \
                not lex.locatives.has(keys[i - 1]) and (ob_end is None or keys[i - 2] in ob_end):
            length, _ = lex.org_before.ending(keys, i - 1, floor)
            if length:
                length += 1
        if not length:
            # 'Escuela Militar de Aviación', 'Universitas Negeri Papua': the head, then a few
            # capitalised words or connectors of the same name before the place word
            k, steps = i, 0
            while k - 1 > floor and steps < 3 and not brk[k] and (
                    cap[k - 1] or keys[k - 1] in lex.connectors
                    and not lex.locatives.has(keys[k - 1])) and keys[k - 1] not in lex.conj \
                    and text[ends[k - 1]:starts[k]].strip() == "":
                k -= 1
                steps += 1
                if brk[k]:
                    break         # 'Amerika Syarikat, Jerman dan Perancis': a list, no name
                head, _ = lex.org_before.ending(keys, k, floor) \
                    if ob_end is None or keys[k - 1] in ob_end else (0, None)
                if head and cap[k - head] and any(cap[x] for x in range(k, i)):
                    length = head + (i - k)
                    break
        # ('Flughafen Mitiga', 'Airport Modlin': a head before a facility the gazetteer knows
        # names that facility, no organisation)
        if length and cap[i - length] and not brk[i] \
                and not (top is not None and top.place.feature == "other" and top.layer >= 1):
            return text[starts[i - length]:ends[j - 1]]
        length, _ = lex.org_after.at(keys, j, ceil) \
            if j < n and (oa_start is None or keys[j] in oa_start) else (0, None)
        if length and cap[j] and not brk[j]:
            return text[starts[i]:ends[j + length - 1]]
        if top is not None and top.place.feature != "country" and i > floor and cap[i - 1] \
                and not brk[i] and (oa_start is None or keys[i] in oa_start) \
                and lex.org_after.at(keys, i, j)[0] == j - i:
            return text[starts[i - 1]:ends[j - 1]]    # '… Liberation Front': the head itself
        if top is not None and top.place.feature != "country":
            # 'Moro Islamic Liberation Front', 'Deep South Watch': capitalised words, then the
            # head of an organisation's name (countries keep their place: 'Pakistan Army')
            m = j
            while m < min(ceil, j + 3) and cap[m] and not brk[m]:
                length, _ = lex.org_after.at(keys, m, ceil) \
                    if oa_start is None or keys[m] in oa_start else (0, None)
                if length and m > j:
                    return text[starts[i]:ends[m + length - 1]]
                m += 1
        return ""

    def facility_head(i: int) -> bool:
        """A facility word right before token i, or before its connector ('prison de')."""
        if not lex.facility_before or i == 0:
            return False
        floor = bounds[sent_id[i]][0]
        return bool(lex.facility_before.ending(keys, i, floor)[0]) or (
            i - 1 > floor and keys[i - 1] in lex.connectors
            and bool(lex.facility_before.ending(keys, i - 1, floor)[0]))

    def furniture_town(i: int, j: int) -> bool:
        """A name of page furniture that may be a town of the outlet's region: not a surname
        after a given name ('Foto: Ayşe Tunceli'), not a word opening a line that goes on in
        lower case ('Lee también'), not the head of a hyphenated name ('Gutenberg-Gymnasium'),
        not a building after its article ("l'Élysée"), an ordinal ('Paris IIe') nor a label
        before a colon ('Zone: Centro, Navigli')."""
        if i > 0 and gaps[i] == " " and (keys[i - 1] in lex.first_names or cap[i - 1] and (
                line_kind[i] not in ("headline case", "all-caps line") and (i - 1) not in at)):
            # ('Foto: Aysel Tunceli' in a credit: the end of a longer name the gazetteer does
            # not know; in a headline-case line a capital letter says nothing)
            return False
        if i > 0 and gaps[i][-1:] in ("'", "’"):
            return False
        if j < n and (gaps[j] in _HYPHENS or gaps[j][:1] == ":"):
            return False              # ('Zone: Centro, Navigli': a menu's label)
        if (i == 0 or "\n" in gaps[i]) and j < n and gaps[j] == " " and cased[j] \
                and not cap[j]:
            return False
        return not _ORDINAL_NAME.match(toks[i][2])

    def listed_beside_place(i: int, j: int, top) -> bool:
        """'Trento | Rovereto | Valsugana', 'Shah Alam, Selangor', 'News | Manchester |
        Lancashire': a town or province listed on its line beside a major place of its own
        country (a menu of the outlet's region, an address) is a place as well."""
        if top.place.feature not in ("city", "admin1", "admin2", "region") or not top.place.country:
            return False

        def vouches(k: int, jj: int, cands) -> bool:
            # (any of its first readings: 'Manchester' tops with Jamaica's parish)
            return not blocked[k] and any(
                c.place.country == top.place.country and c.place.id != top.place.id
                and c.how != "skeleton" and (
                    is_strong_cand(c) or " ".join(keys[k:jj]) in strong_keys
                    or c.place.id in strong_places) for c in cands[:3])

        def sep(g: str) -> bool:
            return "\n" not in g and g.strip() in ("|", ",", "·", "•", "/")
        # the name after it
        if j < n and sep(gaps[j]) and any(vouches(j, jj, cs) for jj, cs in at.get(j, ())):
            return True
        # the name before it
        if i > 0 and sep(gaps[i]):
            return any(jj == i and vouches(x, jj, cs)
                       for x in range(max(0, i - 3), i) for jj, cs in at.get(x, ()))
        return False

    def joined_to_place(i: int, j: int, top) -> bool:
        """'Mahasiswa Semarang dan Solo Gelar Mimbar Bebas': a town of weight that is also a
        common word, joined by a conjunction to a major place of its own country, is a place
        even in a headline's capitals (the pair is a list of towns)."""
        if top.place.feature not in ("city", "admin1", "admin2") or not top.place.country:
            return False

        def major(k: int, jj: int, cands) -> bool:
            return not blocked[k] and k not in (i,) and any(
                c.place.country == top.place.country and c.place.id != top.place.id
                and c.how != "skeleton" and is_strong_cand(c) for c in cands[:3]) \
                and not (" ".join(keys[k:jj]) in lex.common)
        if j + 1 < n and gaps[j] == " " and gaps[j + 1] == " " and keys[j] in lex.conj \
                and not cap[j] and any(major(j + 1, jj, cs) for jj, cs in at.get(j + 1, ())):
            return True
        if i >= 2 and gaps[i] == " " and gaps[i - 1] == " " and keys[i - 1] in lex.conj \
                and not cap[i - 1]:
            return any(jj == i - 1 and major(x, jj, cs)
                       for x in range(max(0, i - 4), i - 1) for jj, cs in at.get(x, ()))
        return False

    story_countries: set = set()

    def headline_lead(i: int, j: int, top) -> bool:
        """'– Bagram: Anschlag auf US-Stützpunkt', '— Эльбрус: туристов просят …': a town of
        the story's country opening a related link's headline before a colon (or a comma) is the place the
        headline is about (a person quoted so, 'Merkel: …', is no town of the story's country)."""
        # ('- Winnenden, sieben Jahre danach', '- Sadao perketat kawalan': a comma, or in a
        # related link a sentence-case headline going on in lower case, ends it as well)
        if seg[i] not in (RELATED, TITLE) or j >= n or "\n" in gaps[j] \
                or top.place.feature not in ("city", "village", "admin2", "other"):
            return False
        # (German capitalises nouns, not verbs: 'Wernigerode sagt Lichterfest ab' goes on in
        # lower case as well)
        if gaps[j].strip() not in (":", ",") and not (
                seg[i] == RELATED and gaps[j] == " " and not cap[j] and cased[j]):
            return False
        line = text[text.rfind("\n", 0, starts[i]) + 1:starts[i]]
        # (any bullet before it: '- ', '» ', '▸ ', '→ ')
        if any(ch.isalnum() for ch in line):
            return False
        if not story_countries:
            # (the countries of the major places the story's body names)
            story_countries.update(cs[0].place.country for x, lst in at.items() for _, cs in lst
                                   if seg[x] == BODY and not blocked[x] and cs[0].place.country
                                   and is_strong_cand(cs[0]))
            story_countries.add(None)          # (computed)
        return top.place.country in story_countries and top.how != "skeleton"

    def street_address(i: int, top) -> bool:
        """'warga Sangkrah, Kecamatan Pasar Kliwon, Solo', 'Jalan Slamet Riyadi, Solo': a town
        right after a comma that closes a street's or a quarter's name (its street word a few
        capitalised words before) is that street's town, even where the town's name is also a
        common word."""
        if not streets_before or i < 3 or gaps[i].strip() != "," or "\n" in gaps[i] \
                or top.place.feature not in ("city", "admin2") or not is_strong_cand(top):
            return False
        floor = bounds[sent_id[i]][0]
        x = i - 1
        while x > floor and i - x <= _STREET_NAME_WORDS and cap[x] and gaps[x] in (" ", "-"):
            if lex.streets_before.has(keys[x - 1]):
                return True
            x -= 1
        return False

    def headline_locative(i: int, top) -> bool:
        """'Banjir Rendam Ratusan Rumah di Bantul', 'Polls Narrow in Croydon': in a line that
        capitalises every word, a locative word the line still writes in lower case right
        before the name says the name is a place (a town or a province; not a common word)."""
        return line_kind[i] == "headline case" and i > 0 and not cap[i - 1] \
            and cased[i - 1] and not brk[i] and "\n" not in gaps[i] \
            and lex.locatives.has(keys[i - 1]) \
            and top.place.feature in ("city", "village", "admin1", "admin2") \
            and top.how != "skeleton"

    def apposed_cue(j: int) -> bool:
        """'Chicomuselo, municipio vecino, …', 'Solhan, un village du nord': a place word in
        apposition after the name (an article aside) says the name is a place."""
        if j >= n or gaps[j].strip() != "," or cap[j]:
            return False
        for x in (j, j + 1):
            if x >= n or cap[x] or (x > j and gaps[x] != " "):
                return False
            kx = keys[x]
            # (a cue word, also one that opens a longer cue: 'municipio de')
            if lex.cues_before._may_start(kx) or lex.cues_after.has(kx) \
                    or len(kx) >= 5 and lex.locatives.has(kx):
                return True
            if len(kx) > 3:
                return False          # (only a short article may stand before the place word)
        return False

    # a story of a match ('the World Cup final', 'la Coupe du monde'): a country right after
    # or before a word of the game ('shouting for Spain', 'Spain beat …', 'the final between
    # Spain and the Netherlands') is its team, no place
    sports_story = bool(lex.sports_words) and any(
        lex.sports_words.at(keys, k, n)[0] for k in lex.sports_words.starts(keys, sc.index))

    sports_at = sorted(k for k in lex.sports_words.starts(keys, sc.index)
                       if lex.sports_words.at(keys, k, n)[0]) if sports_story else []

    def article_before(c: int, floor: int) -> int:
        # ('and the Netherlands', "entre l'Espagne", 'bat les Pays-Bas'): past a short article
        if c > floor and keys[c - 1] not in lex.conj and not cap[c - 1] and (
                lex.determiners.has(keys[c - 1]) or len(keys[c - 1]) <= 3):
            return c - 1
        return c

    def team_before(i: int, floor: int) -> bool:
        for c in {i, article_before(i, floor)}:
            if lex.team_before.ending(keys, c, floor)[0]:
                return True
            # ('the final of the World Cup between Spain and …': 'between' in a sentence of a match)
            if c > floor and lex.team_between.ending(keys, c, floor)[0] \
                    and any(floor <= x < c for x in sports_at):
                return True
        return False

    def team_at(i: int, j: int) -> bool:
        floor, ceil = bounds[sent_id[i]][0], bounds[sent_id[i]][1]
        if team_before(i, floor) or lex.team_after.at(keys, j, ceil)[0]:
            return True
        # ('between Spain and the Netherlands': the second country of a pair of teams)
        c = article_before(i, floor) - 1
        if c > floor and keys[c] in lex.conj and not cap[c] and cap[c - 1]:
            a = c - 1
            while a > floor and gaps[a] in _HYPHENS and cap[a - 1]:
                a -= 1                # ('Pays-Bas')
            return team_before(a, floor)
        return False

    def judge(i: int, j: int, cands: list) -> tuple[bool, Span | None, str]:
        surface = text[starts[i]:ends[j - 1]]
        for k in range(i, j):
            if blocked[k]:
                return False, None, blocked[k]
        run = acronym_run.get(i)
        if run is not None and j <= run[1] and (i, j) != run:
            return False, None, "a word of an organisation's name its acronym spells"
        single = j - i == 1
        kk = keys[i] if single else " ".join(keys[i:j])
        top = cands[0]
        if sports_story and top.place.feature == "country" and not in_dateline[i] \
                and team_at(i, j):
            return False, None, "a country's team in a match"
        if single:                       # the cheap refusals first
            if kk in lex.stop and not (i in states and sc.gap(i).strip() == ","):
                return False, None, "stop word"
            # (the top candidate first: most are exact)
            if top.how == "variant" and \
                    all(c.how == "variant" and c.key in lex.stop for c in cands[:MAX_CANDIDATES_SEEN]):
                # Turkish 'Kentten' (from the city) is 'kent' inflected, not Kent
                return False, None, "an inflected stop word"
            # ('в городе Ош': a town cue right before vouches for a two-letter name)
            if len(kk) <= 2 and toks[i][2] not in lex.allcaps and not in_dateline[i] \
                    and not (i in states and j == i + 1) \
                    and not (cap[i] and cue_of(i, j)[0] in ("city", "village")):
                return False, None, "too short to be a name"
            if allcaps[i] and toks[i][2] not in lex.allcaps and not in_dateline[i] \
                    and not (i in states and j == i + 1) \
                    and line_kind[i] != "all-caps line" and len(toks[i][2]) <= 4:
                return False, None, "an all-caps code"
            if allcaps[i] and len(toks[i][2]) <= 4 and not in_dateline[i] \
                    and _CLOCK_BEFORE.search(sc.text, max(0, starts[i] - 16), starts[i]):
                return False, None, "a time zone after a clock time"
            # ('nakhoda Abd Rahim': an abbreviation the gazetteer writes in capitals, 'ABD',
            # written otherwise is another word)
            if not allcaps[i] and len(kk) <= 5 and all(
                    c.name.isupper() and key(c.name) == kk for c in cands[:MAX_CANDIDATES_SEEN]):
                return False, None, "an abbreviation's letters not written in capitals"
            # (never the dateline's word: a story is filed from a place, and a stadium named
            # 'General X de Cúcuta' in a caption makes no person of the city it was filed from)
            # ('la carretera Comitán-Frontera Comalapa' after a byline 'Javier Comitán': a
            # name joined by a dash to another place is one end of a route, not the person)
            # (a province too when the rest of the person's name follows again: 'Gao Huayun')
            # ("Erzincan'da" after a byline 'Mehmet Erzincan': a name in a place's case is
            # where something happens, no surname)
            if kk in person_keys and (top.place.feature not in ("country", "admin1") or
                                      top.place.feature == "admin1" and j < n and cap[j]
                                      and gaps[j] == " " and keys[j] in person_keys) \
                    and not in_dateline[i] and not menu_item(i, j) \
                    and not (j < n and gaps[j] in _HYPHENS and j in at and cap[j]) \
                    and not (lex.apostrophe_marks_names and j < n and gaps[j] in ("'", "’")
                             and keys[j] in lex.locative_suffixes) \
                    and not (j - i == 1 and top.place.feature in ("city", "admin2")
                             and not (i > 0 and cap[i - 1] and gaps[i] == " ")
                             and not (j < n and cap[j] and gaps[j] == " ")
                             and locative_of(i)):
                # ('di Surabaya dan Medan' after a byline 'Andi Surabaya': a town's name alone
                # right after a locative word is the town, whoever bore it as a surname)
                return False, None, "a person's name mentioned earlier"
            # ('Vali' the governor is no other name of The Valley; a country or a city by its
            # own name stays)
            if lex.titles.has(kk) and not (is_strong_cand(top) and (
                    top.place.feature in ("country", "admin1", "region")
                    or key(top.place.name) == kk)):
                return False, None, "a title ('Tun', 'General')"
            if kk in lex.byline_words and j < n and gaps[j].strip()[:1] in (":", "/"):
                return False, None, "a byline or credit label ('Foto:')"
            if lex.abbrev_adjectives and allcaps[i] and len(toks[i][2]) <= 4 and j < n \
                    and gaps[j] == " " and cap[j] and not allcaps[j] and (lex.titles.has(keys[j]) or keys[j] in lex.office) \
                    and not in_dateline[i]:
                # 'US President Joe Biden', 'UK Foreign Secretary': an abbreviation before a
                # title or an office's domain is an adjective
                return False, None, "an abbreviation before a title (an adjective)"
            if allcaps[i] and len(toks[i][2]) <= 4 and j < n and gaps[j] in _HYPHENS \
                    and cased[j] and not allcaps[j] and j not in at and not in_dateline[i] \
                    and not (j + 1 < n and gaps[j + 1] in _HYPHENS):
                # 'US-Sondergesandte', 'EU-Gipfel', 'US-led': an abbreviation glued to a noun
                # is a modifier (an adjective), not a mention; 'US-Mexico' keeps both places
                return False, None, "an abbreviation glued to a noun (a modifier)"
            if lex.org_genitive_before and not brk[i] and top.place.feature == "country" \
                    and lex.org_genitive_before.ending(keys, i, bounds[sent_id[i]][0])[0]:
                # 'Минобороны России', 'Следственный комитет России': a country in the
                # genitive after an institution's head is part of the institution's name
                length, _ = lex.org_genitive_before.ending(keys, i, bounds[sent_id[i]][0])
                return False, None, (f"part of the organisation "
                                     f"'{text[starts[i - length]:ends[i]]}'")
            if allcaps[i] and lex.abbrev_org_before and not brk[i]:
                length, _ = lex.abbrev_org_before.ending(keys, i, bounds[sent_id[i]][0])
                if length and cap[i - length]:
                    return False, None, (f"part of the organisation "
                                         f"'{text[starts[i - length]:ends[i]]}'")
        street = street_around(i, j)
        if street and lex.park_words and top.place.feature in ("region", "water", "mountain") \
                and (key(street.split()[0]) in lex.park_words
                     or key(street.split()[-1]) in lex.park_words):
            street = ""               # 'il parco dei Virunga': the park the gazetteer knows
        if street and lex.quarter_words and top.importance >= 5.5 and top.how == "exact" \
                and top.place.feature in ("city", "admin2", "admin3") \
                and (i > 0 and keys[i - 1] in lex.quarter_words and not brk[i]
                     or j < n and keys[j] in lex.quarter_words and not brk[j]) \
                and len(street.split()) == j - i + 1:
            # 'Kecamatan Kartasura': a district word before a town of weight the gazetteer
            # knows names that town's district, no street the gazetteer lacks
            street = ""
        if street:
            return False, None, f"part of the street name '{street}'"
        if lex.adjective_endings and j - i == 1 and j < n and not cap[j] and gaps[j] == " " \
                and top.how == "variant" and top.place.feature in ("city", "village") \
                and keys[i].endswith(lex.adjective_endings) and keys[j].isalpha() \
                and keys[j] not in lex.stop and keys[j] not in lex.connectors \
                and not lex.locatives.has(keys[j]) and not lex.cues_after.has(keys[j]) \
                and not locative_of(i) and not cue_of(i, j)[0]:
            # 'попытку Киевского режима', 'Курского направления': an adjective of a town's
            # name agreeing with the noun after it, not a village named like the adjective
            # ('в Первомайском погибли': after a locative it is the village)
            return False, None, f"an adjective before its noun ('{surface} {toks[j][2]}')"
        if j < n and gaps[j] in _HYPHENS and (not cap[j] or lex.nouns_capitalised) \
                and keys[j] in lex.modifier_words:
            # 'Iran-backed militias', 'Qatar-brokered talks': who backs or brokers, not where
            # ('die Karabach-Armenier': a people named by its land, capitalised in German)
            return False, None, f"a name used as a modifier ('{surface}-{toks[j][2]}')"
        if j + 1 < n and gaps[j] in _HYPHENS[:3] and gaps[j + 1] in _HYPHENS[:3] \
                and keys[j] in _LINK_PARTICLES and not cap[j] and cap[j + 1] \
                and top.place.feature != "country":
            # 'Dasht-e-Barchi', 'Qala-e-Naw', 'Deir-ul-Balah': a linking particle glued by
            # hyphens opens the rest of one name the gazetteer does not know (not Dasht in Iran)
            return False, None, "the start of a hyphenated name the gazetteer does not know"
        if i >= 2 and gaps[i] in _HYPHENS[:3] and gaps[i - 1] in _HYPHENS[:3] \
                and keys[i - 1] in _LINK_PARTICLES and not cap[i - 1] and cap[i - 2] \
                and top.place.feature != "country":
            # 'Bin-e-Hesar', 'Rawa-e-Qala': the last word of such a name (not Qala in Malta)
            return False, None, "the end of a hyphenated name the gazetteer does not know"
        if lex.patronym_words and i >= 2 and keys[i - 1] in lex.patronym_words \
                and not cap[i - 1] and cap[i - 2] and gaps[i] == " " and gaps[i - 1] == " " \
                and i - 2 > bounds[sent_id[i]][0] and top.place.feature != "country" \
                and not any(jj == i - 1 for x in range(max(0, i - 4), i - 1)
                            for jj, _ in at.get(x, ())):
            # 'Trooper Matthew anak Medan', 'Ali bin Ismail': a father's name after a given name
            return False, None, f"a father's name ('{toks[i - 1][2]} {surface}')"
        ship = vessel_around(i, j, top)
        if ship:
            return False, None, f"the name of a ship ('{ship}')"
        if lex.org_heads and office_domain(i, j):
            return False, None, f"a domain in an organisation's name ('{toks[i - 1][2]} {surface}')"
        if lex.org_heads and org_head(i, j):
            return False, None, f"the head of an organisation's name ('{toks[j - 1][2]} …')"
        if lex.org_heads and j - i == 1 and kk in lex.org_heads and top.place.feature != "country" \
                and not in_dateline[i] and any(p != i and cap[p] and org_head(p, p + 1)
                                               for p in (sc.index or {}).get(kk, ())):
            # ('Ledakan di Bursa' in a story of the 'Gedung Bursa Efek Jakarta'): the head of an
            # organisation the story names in full elsewhere is that organisation alone
            return False, None, f"the organisation the story names with '{surface}' elsewhere"
        # ('İSTANBUL Haber Servisi', 'ROMA Notizie': the reader took exactly this name for
        # the dateline's place; a desk word after it opens no outlet's name)
        org = org_around(i, j, top) if not (i == dl_a and j == dl_b and dl_b > dl_a) else ""
        if org:
            return False, None, f"part of the organisation '{org}'"
        cue, cue_text = cue_of(i, j)
        if cue == "any" and top.place.country != lex.country_prior:
            cue, cue_text = None, ""     # 'Warga Panik' is no place; 'Warga Serang' is
        sp = _new_span(i, j, starts[i], ends[j - 1], surface, cands, seg[i], cue, cue_text,
                       locative_of(i), in_dateline[i])
        if not sp.locative and sc.spans:
            # 'in Paris und Warschau', 'di Bandung, Bogor dan Sukabumi': the list's locative
            last = sc.spans[-1]
            between = keys[last.j:i]
            sep = gaps[i].strip()
            # ('nei quartieri di Ras al-Nabaa e Basta': a plural town cue covers the list too)
            lead = last.locative or (last.cue_text if last.cue in ("city", "village") else "")
            if lead and sent_id[last.i] == sent_id[i] and (
                    (len(between) == 1 and between[0] in lex.conj)
                    or (not between and sep == ",")):
                sp.locative = lead
        if has_border and "country" in map(_place_feature, cands[:3]):
            sp.border_cue = sc.border_cue_near(i, j, lex, reach=2) or ""
        if lex.name_heads and i > 0 and cap[i - 1] and (
                gaps[i] == " " or gaps[i] == ". " and len(keys[i - 1]) <= 3) \
                and keys[i - 1] in lex.name_heads and not in_dateline[i]:
            # ('St. Anthony's Shrine': an abbreviated head with its dot, a saint's name)
            # 'corregimiento de Puerto Jordán', 'Fort Liberté': a word that opens place names
            # before a name the gazetteer does not know with it; the rest is no place of its own
            # (not Jordan the country)
            return False, None, f"a word of the longer name '{toks[i - 1][2]} {surface}'"
        if lex.facility_person_heads and keys[i] in _SAINT_WORDS and i > 0 and not cap[i - 1] \
                and gaps[i] == " " and top.place.feature != "country" \
                and top.importance < 7.5 and not cue and not in_dateline[i] \
                and lex.facility_person_heads.ending(keys, i, bounds[sent_id[i]][0])[0]:
            # ("l'ospedale Sant'Antonio Abate di Trapani", "l'hôpital Saint-Louis": a saint
            # right after the head of a hospital or a school is the house's patron, whatever
            # town bears the saint's name)
            return False, None, "a saint a house is dedicated to, after its head word"
        if single:
            if j + 1 < n and not cap[j] and gaps[j] == " " and gaps[j + 1] in ("-", "‐") \
                    and cap[j + 1] and not is_strong_cand(top):
                return False, None, "the first word of a longer name ('Tal as-Sultan')"
            if lex.name_heads and keys[i] in lex.name_heads and j < n and cap[j] and cased[j] \
                    and gaps[j] == " " and not in_dateline[i] and not cue \
                    and top.place.feature != "country" and keys[j] not in lex.connectors:
                # ('à Aïn Benian', 'in Puerto Libertador'): a word that opens place names, itself
                # the name of a department or a town, before a capitalised name the gazetteer
                # does not know with it, opens that longer name; it is no place of its own
                return False, None, f"the opening word of a longer name '{surface} {toks[j][2]}'"
            before = text[starts[i] - 1] if starts[i] else ""
            if before in "«„“\"" and not is_strong_cand(top) and j < n \
                    and gaps[j] == " " and not cap[j]:
                return False, None, "the first word of a quoted name"
            if top.place.feature != "country" and _in_quoted_name(i, j):
                return False, None, "a word of a quoted name ('Operation \"Rising Sun\"')"
            if (not is_strong_cand(top) or kk in lex.common) and not line_kind[i] and \
                    _in_unknown_name(i, j):
                return False, None, "a word of a longer name the gazetteer does not know"
            if top.place.feature != "country" and top.name_kind != "name" \
                    and (not is_strong_cand(top) or top.name_kind == "translit") \
                    and top.layer < 1 \
                    and key(top.place.name) != kk and not line_kind[i] and j < n \
                    and gaps[j] == " " and (_name_word(j) or _capital_then_name(j)) \
                    and not is_strong_at(j) \
                    and not (j in at and any(cs[0].place.country == top.place.country
                                             for _, cs in at[j])):
                # 'Romi Gonen', 'Lin Ta Lu': a place's other name (Rome's, Lynn's) right
                # before more capitalised words is the first word of a name it does not make
                # (a capitalised common word inside it too: 'Segi Tiga Zamrud')
                return False, None, _OTHER_NAME_OPENING
            if not line_kind[i] and j < n and gaps[j] == " " and gaps[i] == " " \
                    and _name_word(j) and _name_word(i - 1) and is_strong_cand(top) \
                    and key(top.place.name) != kk:
                # 'Datu Saudi Ampatuan': another name of a country between two unknown
                # capitalised words is a word of a longer name too
                return False, None, "a word of a longer name the gazetteer does not know"
            if i > 0 and gaps[i] in _HYPHENS[:3] and top.place.feature != "country" \
                    and cap[i - 1] and cased[i - 1] and not allcaps[i - 1] and i - 1 not in at \
                    and not blocked[i - 1] and not line_kind[i]:
                # "l'État du Haut-Nil": the second half of a hyphenated name is not the river
                return False, None, "the end of a hyphenated name the gazetteer does not know"
            if lex.demonym_endings and kk.endswith(lex.demonym_endings) \
                    and all(c.how == "variant" for c in cands[:MAX_CANDIDATES_SEEN]):
                # 'Filistinli', 'Somalili': a person or thing of the place, read as the place
                # only through a de-inflected variant
                return False, None, "a word for the place's people ('-li')"
            h = i
            while h > 1 and gaps[h] in ("-", "‐", "‑") and cap[h - 1] and cased[h - 1]:
                h -= 1            # "le lycée Gambetta-Carnot": both names are the school's
            if lex.facility_person_heads and h > 0 and not cap[h - 1] and gaps[h] == " " \
                    and lex.facility_person_heads.ending(keys, h, bounds[sent_id[h]][0])[0] \
                    and top.place.feature in ("city", "village") \
                    and (h < i and top.importance < 7.0 or not is_strong_cand(top)) \
                    and not cue and not in_dateline[i]:
                # "l'hôpital Pasteur": the institution's namesake, no town
                return False, None, "the name of an institution after its head word"
            # (or in another language geomap reads: German 'Algerien' is French 'un Algérien')
            if top.place.feature == "country" and top.lang \
                    and (top.lang not in _NEWS_LANGS or lex.lang and top.lang != lex.lang
                         and kk in lex.demonym_stems and _own_name_differs(gaz, top, lex.lang, kk)) \
                    and key(top.name) == kk and demonym(lex, kk) == top.place.country \
                    and not cue and not in_dateline[i]:
                # French 'un Tunisien': the language's word for the country's people, the
                # country's name only in a language geomap does not read (Swedish)
                return False, None, "a word for the place's people (another language's name)"
            if kk in lex.famous and not cue and not sp.locative and not in_dateline[i]:
                # 'su ordine di Stalin', 'Abbas said': a surname the news means a person by
                # (a village or an old name of a city elsewhere); a place only after a
                # locative word or with a feature cue ('in Rubio', 'the town of Obama')
                return False, None, "a famous person's surname"
            sp.common = kk in lex.common
            sp.lower_seen = kk in lower_keys
            if has_determiners:
                sp.determiner = determiner_of(i)
            if i > 0 and not cap[i - 1] and not brk[i] and sp.j - sp.i <= 2:
                # 'im spanischen Granada', 'im oberbayerischen Elmau', 'l'ukrainienne Odessa':
                # an adjective of a country or (German '-isch') of a region right before the
                # name makes it a place of there, and the article before it governs no noun
                iso = demonym(lex, keys[i - 1])
                if iso:
                    sp.adj_country = iso
                # (after a preposition's article only: 'die ukrainische Marine' is a noun)
                if (iso or keys[i - 1].endswith(_PLACE_ADJ_ENDINGS)) \
                        and sp.determiner.lower() in _PREPOSITION_ARTICLES:
                    sp.determiner = ""
            sp.weak = weak_reason(i)
            if sp.weak and not sp.common and kk in lex.start_common:
                sp.common = True      # 'Réunion du Conseil …' opening a heading: the noun
            # ("Refah'a girdi": in Turkish an apostrophe before a case ending marks a proper name)
            marked = lex.apostrophe_marks_names and j < n and gaps[j] in ("'", "’")
            if sp.common and not cue and not (sp.locative and not sp.weak) \
                    and not in_dateline[i] and not marked and not street_address(i, top) \
                    and not (not sp.weak and cased[i] and top.importance >= 5.5
                             and listed_beside_place(i, j, top)) \
                    and not (cased[i] and top.importance >= 6.0
                             and joined_to_place(i, j, top)) \
                    and not (sp.weak == "capitalised noun (German)" and not sp.determiner
                             and key(sp.locative) in _BARE_LOCATIVES and top.importance >= 6.0
                             and top.place.feature == "city"):
                # ('in Halle', 'nach Essen': a German noun takes an article, 'in der Halle';
                # a bare preposition before a town of weight names the town)
                # 'in Nice', 'Kota Serang' are places; 'L'opérateur Orange', 'Nice weather' not
                return False, None, f"common word ({sp.weak or 'lower case elsewhere'})"
            if sp.weak and sp.weak != "capitalised noun (German)" and not cue:
                # a capital letter at a sentence start or in a headline proves nothing:
                # keep strong names, and names the article also uses mid-sentence
                # (cities that stand for a government, 'Putrajaya urged …', lead sentences)
                # (a country's name capitalised on a menu, tag or headline line is the country
                # even when the language writes its adjective alike in lower case: 'Guerra in
                # Ucraina', 'Tag: Ucraina' beside 'la Chiesa ortodossa ucraina')
                if not (is_strong_cand(top) and (not sp.lower_seen or (
                        top.place.feature == "country" and sp.weak != "sentence start"
                        and cased[i]))) and kk not in strong_keys \
                        and top.place.id not in strong_places \
                        and kk not in lex.capital_like \
                        and not (allcaps[i] and j == i + 1 and toks[i][2] in lex.allcaps
                                 and len(toks[i][2]) >= 3) \
                        and not (j < n and gaps[j] in _HYPHENS and j in at and cap[j]) \
                        and not apposed_cue(j) and not listed_beside_place(i, j, top) \
                        and not headline_lead(i, j, top) \
                        and not headline_locative(i, top) \
                        and not (sp.weak == "sentence start" and j == i + 1
                                 and top.place.feature == "city" and top.importance >= 5.5
                                 and top.place.admin1 and top.place.id not in strong_places
                                 and (top.place.country, top.place.admin1) in strong_areas):
                    # ('Schwerin steht unter Druck' in a story on Rostock: a town of weight
                    # opening a sentence in the province of a town the story names mid-sentence
                    # is that town, no capitalised word)
                    # ('Kars-Gümrü demir yolu', 'Tabriz–Baku flights': a name joined by a dash to
                    # another place is one end of a route or a border, not a capitalised word)
                    # ('Новости района | СЗАО | Город': an abbreviation the language lists as a
                    # place is written in capitals anywhere; a headline proves nothing against it)
                    # ('Regionen: Villach · Spittal', 'Isère | Drôme', a related link's town:
                    # furniture names a town of the outlet's own region; resolution keeps it
                    # only there)
                    if seg[i] in _FURNITURE_SEGMENTS and not in_dateline[i] and not sp.common \
                            and not sp.lower_seen and j - i <= 2 \
                            and top.place.feature in _LOCAL_FEATURES \
                            and furniture_town(i, j):
                        sp.local_only = True
                    else:
                        return False, None, f"{sp.weak}, and not a major place"
        else:
            if not cap[j - 1] and keys[j - 1] in lex.name_words and any(
                    key(c.name) == " ".join(keys[i:j])
                    # ('Красной площади' → 'Красная площадь': the whole name, inflected)
                    # (three letters: 'рынке' of 'рынок' drops its fleeting vowel)
                    or c.how == "variant" and key(c.name).rsplit(" ", 1)[-1][:3] == keys[j - 1][:3]
                    for c in cands[:3]):
                pass                  # 'République dominicaine': the whole name, as written
            elif not cap[j - 1] and j - i >= 2 and gaps[j - 1] in ("'", "’", "ʼ") \
                    and not lex.apostrophe_marks_names:
                pass                  # "Be'eri", "Sa'ada": the name goes on after a glottal stop
            elif words[j - 1].isdigit() and j - i >= 2 and top.how == "exact":
                pass                  # 'Tower 22': a gazetteer name ending in its number
            elif not cap[j - 1]:
                # 'Курская область' (the adjective alone is no name) but 'Tavush province' is
                # 'Tavush', 'The villages' nothing: a lower-case cue word ends only the names of
                # areas that the words before it do not already name
                _, feat = lex.cues_after.at(keys, j - 1)
                shorter = next((c for jj, c in at.get(i, ()) if jj == j - 1), None)
                # ('Harkiv bölgesi', 'Kherson region' are gazetteer names of the oblast: kept
                # whole unless the words before the cue already name that place)
                # (outside languages that name areas so, only names curated on purpose:
                # 'Poonch district' of some other country is no reason to drop 'Poonch')
                area = top.place.feature in ("admin1", "admin2", "region") and \
                    (lex.area_names_with_cue or top.layer >= 1)
                # 'Чёрного моря', 'Голанских высотах', 'Ege denizi': a natural feature's
                # generic word ends its name in any language (the cue's data says which)
                natural = feat in _NATURAL_CUES and top.place.feature in _NATURAL_FEATURES
                if not (area or natural) or keys[i] in lex.stop or \
                        keys[i] in lex.connectors or \
                        (shorter and any(c.place.id == top.place.id for c in shorter[:3])):
                    return False, None, "a name followed by its cue word"
            elif not is_strong_cand(top) and not line_kind[i] and j < n and gaps[j] == " " \
                    and _name_word(j) and j + 1 < n and gaps[j + 1] == " " \
                    and _name_word(j + 1) and not is_strong_at(j) and not is_strong_at(j + 1):
                # 'kerajaan Aung San Suu Kyi': a small town's two-word name followed by two
                # more capitalised words (no major place) is the start of a longer name
                return False, None, _LONGER_NAME_START
            lead = keys[i] in lex.stop or keys[i] in lex.connectors or len(keys[i]) <= 1 \
                or lex.locatives.has(keys[i])
            cue_lead = lex.cues_before.at(keys, i, j)[0] or lex.border.at(keys, i, j)[0]
            if lead or cue_lead:
                # 'Kota Banda Aceh' is also 'Banda Aceh', 'The Kremlin' also 'Kremlin',
                # 'Perbatasan Armenia-Azerbaijan' also 'Armenia-Azerbaijan': the mention is
                # the name without the cue or the article
                # ('Federasi Rusia' → 'Rusia' too: a title word of the country, like an article)
                article = (keys[i] in lex.connectors or keys[i] in lex.stop) and j - i == 2
                # 'la región de Donetsk' is the region's own name (the oblast, not the city
                # or a namesake district elsewhere): an area cue before an area keeps it
                area_cue = lex.cues_before.at(keys, i, j)[1] in _AREA_CUES and \
                    cands[0].place.feature in _AREA_FEATURES and cands[0].how == "exact"
                # 'en La Concordia' (Chiapas), 'El Paso': a town whose own main name opens with
                # the article keeps it, whatever bigger namesake tops the list
                # ('la prison de La Brousse': after a facility word the name is the facility's)
                # ('in Den Haag': a name of a town in the text's language that opens with a
                # capitalised article mid-sentence is that name whole, whatever its main name;
                # a title word of a country, 'Federasi Rusia', or a cue, 'Kota X', is no article)
                whole = " ".join(keys[i:j])
                if article and not cue_lead and not facility_head(i) and any(
                        c.how == "exact" and (key(c.place.name) == whole or (
                            cap[i] and sc.sentence_floor(i) != i and len(keys[i]) <= 3
                            and c.lang == lex.lang and c.place.feature != "country"
                            and key(c.name) == whole))
                        for c in cands):
                    pass
                elif any(rest and (rest[0].place.id == cands[0].place.id
                                 and ((article or cue_lead) and key(cands[0].place.name)
                                      != " ".join(keys[i:j])          # keep 'Kota Kinabalu'
                                      # and a curated name of an area made with its cue
                                      # ('Semenanjung Gaza', 'Franja de Gaza'): a name on
                                      # purpose, whole (waters keep their short form:
                                      # 'mer Égée' is 'Égée')
                                      and not (cue_lead and cands[0].layer >= 1 and
                                               key(cands[0].name) == " ".join(keys[i:j])
                                               and lex.cues_before.at(keys, i, j)[1]
                                               not in _WATERS_AND_HEIGHTS)
                                      or key(rest[0].place.name) == " ".join(keys[k:j]))
                                 or (not area_cue and
                                     _same_town(rest[0], cands[0], " ".join(keys[k:j]))))
                       for k, rest in _shorter(i, j)):
                    return False, None, _ARTICLE_THEN_NAME
            blen = lex.border.at(keys, i, j)[0]
            if blen and j - i > blen and cands[0].place.feature == "border":
                # 'perbatasan Armenia-Azerbaijan': the countries, merged with their cue later
                return False, None, "a border cue with the names of two countries"
            if lead:
                plain = (" ".join(keys[i:j]), key(surface))    # "région d'Odessa": one key
                own = [c for c in cands if c.how == "exact" and key(c.name) in plain]
                if not own:
                    return False, None, f"starts with '{toks[i][2]}' (not part of the name)"
                # (a candidate of another place than all of own's is not among them: the test
                # of dataclass equality, field by field, is left to those of the same place)
                own_ids = {id(c) for c in own}
                own_places = {c.place.id for c in own}
                sp.cands = cands = own + [c for c in cands if id(c) not in own_ids and (
                    c.place.id not in own_places or c not in own)]
            own_name = any(c.name_kind == "name" and key(c.name) == " ".join(keys[i:j])
                           for c in cands)
            if all(k in lex.stop or k in lex.common or k in lex.connectors
                   for k in keys[i:j]) and not is_strong_cand(top) and not own_name:
                return False, None, "only common words"
            sp.weak = weak_reason(i) if line_kind[i] else ""
            _trim_admin_words(sp, cue_lead)
        if sp.weak:
            sp.notes.append(f"weak position: {sp.weak}")
        if cue:
            sp.notes.append(f"feature cue '{cue_text}' ({cue})")
        return True, sp, ""

    def _trim_admin_words(sp: Span, cue_lead: int) -> None:
        """'région de Mykolaïv', 'Oblast Charkiw', 'Harkiv bölgesi' name the oblast as a whole
        phrase, but administrative words are not part of a mention ('Tavush province' →
        'Tavush'): the mention is the name, the place the phrase's. Natural features and
        regions keep their generic word ('mer Rouge', 'Golan Heights', 'corridor de Latchine')."""
        top = sp.cands[0]
        if top.place.feature not in ("admin1", "admin2"):
            return
        # ('Kabupaten Nduga' is GeoNames' own name of the regency, but the news names it
        # 'Nduga': the cue word is trimmed when the rest is a name of the same place)
        whole = key(top.place.name) == " ".join(keys[sp.i:sp.j])
        if whole and not cue_lead:
            return
        a, b = sp.i, sp.j
        if cue_lead:
            a += cue_lead
            while a < b and not cap[a] and keys[a] in lex.connectors:
                a += 1
        if whole and not any(jj == b and any(c.place.id == top.place.id for c in cs[:3])
                             for jj, cs in at.get(a, ())):
            return
        if not lex.area_names_with_cue and b - a > 1 and not cap[b - 1] \
                and lex.cues_after.has(keys[b - 1]):
            b -= 1
        if (a, b) == (sp.i, sp.j) or a >= b or not cap[a]:
            return
        whole = sp.surface
        sp.i, sp.j, sp.start, sp.end = a, b, starts[a], ends[b - 1]
        sp.surface = text[sp.start:sp.end]
        sp.cue, sp.cue_text = cue_of(a, b)
        sp.notes.append(f"'{whole}' names it; the administrative word is no part of the mention")

    def _same_town(short, long, short_key: str) -> bool:
        """'Kota Serang' (the municipality) and 'Serang' (the town, by its own name)."""
        a, b = short.place, long.place
        return a.feature in ("city", "village") and key(a.name) == short_key and \
            b.feature in ("admin2", "admin1") and \
            abs(a.lat - b.lat) < 0.3 and abs(a.lon - b.lon) < 0.3

    def _unknown_cap(k: int) -> bool:
        """A capitalised word that is neither a place nor a known kind of word."""
        if k < 0 or k >= n or not cap[k] or not cased[k] or toks[k][2].isdigit():
            return False
        kk = keys[k]
        if _sentence_initial(text, toks, sent_id, bounds, k):
            return False              # capitalised by its position, not a name
        if blocked[k] or k in at or kk in lex.stop or kk in lex.common or kk in lex.office \
                or kk in lex.connectors or lex.cues_after.has(kk) or lex.cues_before.has(kk) \
                or lex.titles.has(kk) or allcaps[k]:
            return False
        # ('weiter in Richtung Pokrowsk': a capitalised locative word of German is no word of
        # the name after it)
        if lex.nouns_capitalised and k + 1 < n and lex.locatives.has(kk):
            return False
        return True

    def _name_word(k: int) -> bool:
        """A capitalised word that may belong to a name: not at a sentence start, not a
        stop, cue, title or office word (a place or not)."""
        if k < 0 or k >= n or not cap[k] or not cased[k] or allcaps[k] or blocked[k]:
            return False
        kk = keys[k]
        return not (kk in lex.stop or kk in lex.common or kk in lex.office
                    or kk in lex.connectors or lex.cues_after.has(kk)
                    or lex.cues_before.has(kk) or lex.titles.has(kk)
                    or _sentence_initial(text, toks, sent_id, bounds, k))

    def _capital_then_name(k: int) -> bool:
        """A capitalised common word mid-sentence ('Tiga', 'Nord') followed by a name word:
        the run of a longer name goes on through it."""
        return 0 <= k < n - 1 and cap[k] and cased[k] and not allcaps[k] and not blocked[k] \
            and gaps[k + 1] == " " and _name_word(k + 1) \
            and not _sentence_initial(text, toks, sent_id, bounds, k)

    def _in_unknown_name(i: int, j: int) -> bool:
        """'Haret Hreik', 'Ta Muen Thom', 'Tal as-Sultan', 'Line of Control': the match is one
        word of a longer name."""
        joinable = (" ", "-", "‐", "–")
        left = i - 1 if gaps[i] in joinable else -1
        if left >= 0 and not cap[left] and gaps[i] in ("-", "‐") and keys[left] in _PARTICLES:
            return left - 1 >= 0 and gaps[left] == " " and cap[left - 1]
        right = j if j < n and gaps[j] in joinable else -1
        # ('Kandil ve Asos', 'Siloé y Meléndez': after a conjunction an unknown capitalised
        # word is the next item of a list more often than the rest of one name; not in German,
        # whose nouns are capitalised: 'bei Regen und Kälte' is no place)
        if right >= 0 and not cap[right] and keys[right] in lex.connectors \
                and (keys[right] not in lex.conj or lex.nouns_capitalised) \
                and right + 1 < n and gaps[right + 1] == " ":
            right += 1
        if left >= 0 and right >= 0 and not cap[right] and lex.cues_after.at(keys, right)[0] \
                and lex.cues_after.at(keys, right)[1] in _AREA_CUES:
            # 'у села Хацунь Карачевского района': the district after the village's name
            # (its area cue follows) is no word of that name
            left = -1
        return _unknown_cap(left) or _unknown_cap(right)

    def _in_quoted_name(i: int, j: int) -> bool:
        """'Operation "Rising Lion"', '«Северный ветер»': a capitalised word inside a quoted
        run of capitalised words, some of which name no place, is a word of that name (an
        operation, a title, a slogan), not a mention of the place it may also name."""
        a = i
        while a > 0 and gaps[a] == " " and cap[a - 1] and i - a < 4:
            a -= 1
        b = j
        while b < n and gaps[b] == " " and cap[b] and b - j < 4:
            b += 1
        if b - a < 2 or a == 0:
            return False
        after = gaps[b] if b < n else text[ends[b - 1]:ends[b - 1] + 1]
        before = gaps[a]
        if before[-1:] not in _QUOTE_OPENERS or after[:1] not in _QUOTE_CLOSERS:
            return False
        # (an apostrophe is a quote only with a blank on its outer side: "l'Ukraine" is an
        # elision, "Putin'in" a suffix)
        if before[-1:] in "'‘" and before[-2:-1] not in (" ", "(", "\n", "\u00a0"):
            return False
        if after[:1] in "'’" and len(after) == 1 and b < n:
            return False
        return any(all(cs[0].how == "skeleton" for _, cs in at.get(k, ()))
                   for k in range(a, b) if not i <= k < j)

    def _shorter(i: int, j: int):
        """Matched runs inside [i, j) that end at j (the name without its first words)."""
        for k in range(i + 1, j):
            for jj, cands in at.get(k, ()):
                if jj == j:
                    yield k, cands

    def is_strong_at(k: int) -> bool:
        """Does a major place's name start at token k?"""
        return any(cs and is_strong_cand(cs[0]) for _, cs in at.get(k, ()))

    def is_strong_cand(c) -> bool:
        if c.place.feature in ("country", "admin1", "region", "border"):
            return c.name_kind in ("name", "alt")
        # a town of some size by its own name, or a capital / metropolis by any real name
        # ('Москва', 'Bakou'); not 'Lagi' for the small town La Gi
        return (c.importance >= 6.0 and c.name_kind == "name") or \
            (c.importance >= 6.5 and c.name_kind == "alt") or c.how == "seat" or \
            (c.place.feature == "other" and c.layer >= 1 and c.name_kind in ("name", "alt"))

    # names the article uses in a normal position (mid-sentence, capitalised) vouch for the
    # same name at a sentence start or in a headline
    strong_keys: set[str] = set()
    # … and so do its inflected forms there: 'в Дербенте' vouches for 'Дербент' at a sentence
    # start (the place the name's top reading is, in a normal position)
    strong_places: set[str] = set()
    strong_areas: set[tuple] = set()      # (country, admin1) of towns of weight named so
    for i, lst in at.items():
        if blocked[i] or weak_reason(i):
            continue
        for j, cands in lst:
            if j - i == 1 and keys[i] not in lex.stop and keys[i] not in lex.common:
                strong_keys.add(keys[i])
                if keys[i] not in lower_keys:
                    strong_places.add(cands[0].place.id)

    # (the provinces of towns of weight named mid-sentence or in the dateline; a German noun's
    # capital proves nothing there, a locative word before the town does: 'in Rostock')
    for i, lst in at.items():
        if blocked[i] or keys[i] in lex.stop or keys[i] in lex.common:
            continue
        why = weak_reason(i)
        if why and not (why == "capitalised noun (German)" and locative_of(i)):
            continue
        for j, cands in lst:
            top0 = cands[0]
            if j - i == 1 and top0.place.feature in ("city", "admin2") and top0.place.admin1 \
                    and top0.importance >= 5.5 and keys[i] not in lower_keys:
                strong_areas.add((top0.place.country, top0.place.admin1))
    free = 0                           # the first token not inside a kept name
    for i in sorted(at):
        if i < free:
            continue
        chosen = None
        for j, cands in at[i]:
            ok, sp, why = judge(i, j, cands)
            if ok:
                chosen = sp
                break
            sc.rejected.append((text[starts[i]:ends[j - 1]], why))
            if j - i >= 2 and why.startswith("part of the organisation '"):
                # ('the Northern Ireland Civil Rights Association'): a place of several words
                # inside an organisation's name leaves none of its words a place either
                # (not 'Ireland' read alone after 'Northern')
                free = j
                break
            if why == _ARTICLE_THEN_NAME:
                break                 # 'Au Cap-Haïtien': the name starts after 'Au', not at it
            if why == _LONGER_NAME_START:
                free = j + 2          # ('Aung San Suu Kyi': no word of it is a place either)
                break
            if why == _OTHER_NAME_OPENING and j - i == 1 and (
                    keys[i] in lex.stop or lex.locatives.has(keys[i])):
                break                 # ('Dari Jayapura, …': a preposition opening a sentence)
            if why == _OTHER_NAME_OPENING:
                # ('Romi Gonen', 'Lin Ta Lu': nor are the name's next words)
                free = j + 1
                while free < len(keys) and free - j < 3 and sc.gap(free) == " " and cap[free] \
                        and not is_strong_at(free):
                    free += 1
                break
        if chosen is not None and keys[i] in lex.stop and chosen.i == i \
                and any(jj > chosen.j for jj, _ in at.get(i + 1, ())):
            # 'a la Ciudad de México': not the town 'La Ciudad' but the longer name after 'la'
            sc.rejected.append((chosen.surface, "an article before a longer name"))
            chosen = None
        if chosen is not None and chosen.i == i and chosen.j - i >= 2:
            # ('municipio de Ayutla de los Libres': not Guatemala's 'Municipio de Ayutla' cut
            # inside the name after the cue, but the longer name the cue opens)
            cl = lex.cues_before.at(keys, i, chosen.j)[0]
            if cl and i + cl < chosen.j and any(jj > chosen.j for jj, _ in at.get(i + cl, ())):
                sc.rejected.append((chosen.surface, "a cue before a longer name"))
                chosen = None
        if chosen is not None and chosen.j - 1 > i and chosen.j < len(keys) \
                and sc.gap(chosen.j) in _HYPHENS and cap[chosen.j] \
                and any(jj > chosen.j for jj, _ in at.get(chosen.j - 1, ())):
            # 'la région du Centre-Nord': not 'Région du Centre' cut inside a hyphenated name,
            # but the longer name its last word opens
            sc.rejected.append((chosen.surface, "cut inside a hyphenated longer name"))
            chosen = None
        if chosen is not None and chosen.j < len(keys) and sc.gap(chosen.j) in _HYPHENS \
                and toks[chosen.j][2].isdigit() and len(toks[chosen.j][2]) <= 3:
            # 'the Samad-3 drone', 'Shahed-136', 'Burkan-2': a name with a short number
            # glued by a hyphen is a weapon's or a vehicle's model, not the place
            sc.rejected.append((chosen.surface, "a model's name with its number"))
            chosen = None
        if chosen is not None:
            sc.spans.append(chosen)
            free = chosen.j
    if lex.people_before and sc.spans:
        _people_sense(sc, lex)
    if lex.demonyms and lex.border:
        _demonym_borders(sc, lex, gaz, seg, in_dateline)
    if lex.facility_before or lex.facility_after:
        sc.facilities = _facilities(sc, lex, cap, cased, blocked, line_kind)
    if pairs:
        sc.facilities = sorted(set(sc.facilities) | set(pairs))
    sc.villages = _cue_villages(sc, lex, cap, cased, blocked)
    sc.quarters = [(a, b) for a, b, f in sc.villages if f == "quarter"]
    sc.villages = [(a, b) for a, b, f in sc.villages if f != "quarter"]
    sc.hyphen_quarters = _hyphen_quarters(sc, lex, cap, cased, blocked, at)
    sc.naturals = _cue_naturals(sc, lex, cap, cased, blocked)
    if lex.streets_before or lex.streets_after or lex.streets_whole or lex.streets_compound:
        sc.streets = _streets(sc, lex, cap, cased, blocked, line_kind)
        sc.streets_corner = frozenset(_corner_streets(sc, lex, cap, cased, blocked))
        sc.streets_whole = frozenset(_whole_streets(sc, lex, cap, cased, blocked)
                                     + _compound_streets(sc, lex, cap, cased, blocked)) \
            | sc.streets_corner
        if sc.streets_whole:
            sc.streets = sorted(set(sc.streets) | sc.streets_whole)
        if sc.town_adjectives:
            # ('die Lübecker Hafenstraße': a town's adjective before a street's own name is
            # part of it, the street of that town, no generic street of the story's town)
            grown = {(a, b) for a, b in sc.streets if a - 1 in sc.town_adjectives
                     and sc.gap(a) == " " and (a - 1, b) not in sc.streets}
            if grown:
                sc.streets = sorted({(a - 1, b) if (a, b) in grown else (a, b)
                                     for a, b in sc.streets})
                sc.streets_whole = sc.streets_whole - grown
    if lex.road_before or lex.road_after:
        roads = _roads(sc, lex)
        if roads:
            # (a road's span wins over a street read inside or around it)
            sc.streets = sorted(set((a, b) for a, b in sc.streets
                                    if not any(a < y and x < b for x, y in roads)) | set(roads))
    return sc


def _people_sense(sc: Scan, lex) -> None:
    """'warga etnis Madura', 'suku Jawa': a name right after a lower-case word for an ethnic
    group (the language's ``people_before``) is a people named like its island or region, no
    place; one sense per story: the same name told bare elsewhere ('pendatang Madura', 'warga
    Madura') is that people too, unless a locative or a feature cue makes it the place ('ke
    Madura', 'Pulau Madura'). Not a country ('bangsa Indonesia' names the country)."""
    keys, text = sc.keys, sc.text
    people: set = set()
    for sp in sc.spans:
        if sp.cue or sp.locative or sp.dateline or sp.i == 0 or not sp.cands \
                or sp.cands[0].place.feature == "country":
            continue
        length, _ = lex.people_before.ending(keys, sp.i, sc.sentence_floor(sp.i))
        if length and text[sc.starts[sp.i - length]:sc.starts[sp.i - length] + 1].islower():
            people.add(key(sp.surface))
    if not people:
        return
    kept = []
    for sp in sc.spans:
        if key(sp.surface) in people and not sp.cue and not sp.locative and not sp.dateline \
                and sp.cands[0].place.feature != "country":
            sc.rejected.append((sp.surface, "a people named like a place ('etnis X'), "
                                            "no place of the story"))
            continue
        kept.append(sp)
    sc.spans = kept


# a road's code ('M4', 'A29', 'E40', 'N332'), or its letters before a hyphen ('D-100', 'М-4')
_ROAD_CODE = re.compile(r"[A-ZА-ЯЁ]{1,3}\d{1,3}[a-z]?")
_ROAD_LETTERS = re.compile(r"[A-ZА-ЯЁ]{1,3}")


def _road_code(sc: Scan, k: int) -> int:
    """The end token of a road's code starting at token k ('M4', 'D-100'), else 0."""
    toks, n = sc.tokens, len(sc.tokens)
    if k >= n:
        return 0
    w = toks[k][2]
    if _ROAD_CODE.fullmatch(w):
        e = k + 1
    elif _ROAD_LETTERS.fullmatch(w) and k + 1 < n and sc.gap(k + 1) in _HYPHENS \
            and toks[k + 1][2].isdigit() and len(toks[k + 1][2]) <= 3:
        e = k + 2
    else:
        return 0
    # (no figure going on: 'A4-Format', 'M4,5')
    if e < n and sc.gap(e) in _HYPHENS + (",", ".") and toks[e][2][:1].isdigit():
        return 0
    return e


def _road_number(sc: Scan, k: int) -> int:
    """The end token of a road's bare number at token k ('statale 187'), else 0."""
    toks, n = sc.tokens, len(sc.tokens)
    if k >= n or not toks[k][2].isdigit() or len(toks[k][2]) > 3 or sc.gap(k) != " ":
        return 0
    if k + 1 < n and sc.gap(k + 1) in (",", ".", "-", ":", "/") and toks[k + 1][2][:1].isdigit():
        return 0                      # ('187.000', '3,5', '12:30'): a figure, no road
    return k + 1


def _roads(sc: Scan, lex: Lexicon) -> list[tuple[int, int]]:
    """Numbered roads: a road word of the language before a road's code or number
    ('autostrada A29', 'statale 187', 'route nationale 1', 'трассы М-4', 'Jalan Persekutuan 3')
    or after its code ('the M4 motorway', 'D-100 karayolu'). The mention is the word with the
    code (the scorer's forms hold either); the places stage pins it at the town its sentence
    gives, like a street (places._street_mentions). A code alone ('the M23', 'la A112') is a
    rebel movement or a car as often as a road: only a road word makes it one."""
    keys, n = sc.keys, len(sc.keys)
    out: list[tuple[int, int]] = []
    if lex.road_before:
        for k in lex.road_before.starts(keys, sc.index):
            length, _ = lex.road_before.at(keys, k, sc.sentence_ceiling(k))
            if not length or k + length >= n or sc.gap_has_break(k + length):
                continue
            b = k + length
            e = _road_code(sc, b) or _road_number(sc, b)
            if e:
                out.append((k, e))
    if lex.road_after:
        for k in lex.road_after.starts(keys, sc.index):
            length, _ = lex.road_after.at(keys, k, sc.sentence_ceiling(k))
            if not length or k == 0 or sc.gap(k) != " " or any(a < k + length and k < b for a, b in out):
                continue
            for a in (k - 1, k - 2):
                if a >= 0 and _road_code(sc, a) == k and not sc.gap_has_break(a + 1):
                    out.append((a, k + length))
                    break
    return sorted(set(out))


# most words a street's own name may have ('Jalan Raya Bogor', 'Jalan Ngagel Madya')
_STREET_NAME_WORDS = 3


def _name_word_test(sc: Scan, lex: Lexicon, cap, cased, blocked):
    """A test of whether token k may be a word of a street's or a facility's own name: a
    capitalised word, no number or connector; a stop word of some length may name one
    ('İstiklal Caddesi', 'Central Penitentiary'), a short one not ('The Hospital')."""
    keys, toks = sc.keys, sc.tokens

    n = len(keys)

    def name_word(k: int) -> bool:
        # (a short word that opens names counts before another capitalised word: 'Hospital
        # San Rafael', 'Clínica Santa Fe')
        return cap[k] and cased[k] and not toks[k][2].isdigit() and keys[k] not in lex.connectors \
            and (len(keys[k]) > 3 or keys[k] not in lex.stop
                 or keys[k] in lex.name_heads and k + 1 < n and cap[k + 1]) \
            and not blocked[k].endswith("(not text)")
    return name_word


def _streets(sc: Scan, lex: Lexicon, cap, cased, blocked, line_kind=None) -> list[tuple[int, int]]:
    """Street and square names: a street word of the language ('Jalan', 'avenida', 'улице',
    'Caddesi', 'Avenue') with the capitalised words of a name after or before it. The mention
    is the street word with the name ('Jalan Arjuno', 'улице Щорса', 'İstiklal Caddesi'): a
    street is a place of the story (annotated as such), which the gazetteer lacks; the places
    stage pins it at the town its sentence or its story names (places._street_mentions)."""
    keys, toks, n = sc.keys, sc.tokens, len(sc.tokens)
    gaps = sc.gap_list()
    out: list[tuple[int, int]] = []

    name_word = _name_word_test(sc, lex, cap, cased, blocked)

    def joined(k: int) -> bool:
        return gaps[k] in (" ", "-", "‐", "‑") and not sc.gap_has_break(k)

    def title_word(k: int) -> bool:
        # a street named after a person opens with the title ('Jalan Tun Razak', 'Jalan
        # Sultan Ismail'): a capitalised title before a name word is a word of its name
        return cap[k] and cased[k] and k + 1 < n and joined(k + 1) and name_word(k + 1) \
            and bool(lex.titles.has(keys[k]))

    def elided(k: int) -> bool:
        # "via D'Amelio", "via Mariano D'Amelio": an elided capital particle glued by an
        # apostrophe to the name's next word
        return len(keys[k]) == 1 and cap[k] and k + 1 < n and gaps[k + 1] in ("'", "’") \
            and cap[k + 1] and cased[k + 1]

    def named_after(k: int) -> bool:
        # 'in via Carini', 'de la place de la République': a word before the street word that
        # makes it a street even where it has other senses ('via Telegram', 'à la place de')
        after = lex.streets_named_after
        if not after or k < 1 or sc.gap_has_break(k):
            return False
        return keys[k - 1] in after or k >= 2 and not sc.gap_has_break(k - 1) \
            and f"{keys[k - 2]} {keys[k - 1]}" in after

    if lex.streets_after:
        for k in lex.streets_after.starts(keys, sc.index):
            length, _ = lex.streets_after.at(keys, k, sc.sentence_ceiling(k))
            # ("King's Road", "St John's Wood Road"): a name in the possessive before the
            # street word is its name
            poss = length and k >= 2 and keys[k - 1] == "s" and gaps[k - 1] in ("'", "’") \
                and joined(k) and name_word(k - 2) and cap[k] and (
                    lex.titles.has(keys[k - 2]) or keys[k - 2] in lex.first_names
                    or k >= 3 and keys[k - 3] in _SAINT_WORDS and joined(k - 2))
            if not length or k == 0 or not joined(k) or not (poss or name_word(k - 1)) \
                    or lex.street_names_capitalised and not cap[k] \
                    or keys[k] in lex.streets_not_named:
                continue
            a = k - 2 if poss else k - 1
            while a > 0 and k - a < _STREET_NAME_WORDS and (joined(a) and name_word(a - 1) or (
                    # ("O'Connell Street": a capital letter and an apostrophe glued to its word)
                    gaps[a] in ("'", "’") and len(toks[a - 1][2]) == 1 and cap[a - 1]
                    and toks[a - 1][2].isalpha() and cap[a])):
                a -= 1
            # ('Sergeant Noel Lane', 'Captain John Street': a rank and a given name before the
            # street word are a person, whose surname is spelt like a street word)
            if keys[a] in lex.ranks and a + 1 < k and keys[a + 1] in lex.first_names:
                continue
            # (a street word written with its capital where the language writes nouns in
            # lower case says the words before it are a name: 'Atatürk Bulvarı üzerinde …'
            # opening a sentence, not 'Local hospital …')
            if _sentence_start_only(sc, a, k, lex) and not (
                    cap[k] and cased[k] and not lex.nouns_capitalised
                    and not toks[k][2].isupper() and line_kind is not None and not line_kind[k]):
                continue
            out.append((a, k + length))
    if lex.streets_before:
        for k in lex.streets_before.starts(keys, sc.index):
            length, _ = lex.streets_before.at(keys, k, sc.sentence_ceiling(k))
            # ('Via Solferino' in an address line: the word capitalised inside its sentence,
            # right before the name, heads a street's name whatever its other senses; not
            # "le Quai d'Orsay", the ministry)
            # ('assure-t-on place Beauvau', 'quai Branly': a head of other senses right before
            # a capitalised name, with no connector, heads that street's name where its other
            # senses take one, 'à la place de' (streets_bare_named; not 'via Telegram'))
            if not length or keys[k] in lex.streets_not_named and not named_after(k) \
                    and not (keys[k] in lex.streets_bare_named
                             and k + length < n and joined(k + length) and name_word(k + length)
                             and keys[k + length] not in lex.connectors
                             and not lex.seats.at(keys, k, n)[0]) \
                    and not (cap[k] and cased[k] and k > sc.sentence_floor(k)
                             and k + length < n and cap[k + length]
                             and not lex.seats.at(keys, k, n)[0]) \
                    or k > 0 and keys[k - 1] in lex.streets_not_after \
                    or lex.street_heads_capitalised and not cap[k]:
                continue              # ('membangun jalan Trans Papua': a road, no street name)
            b = k + length
            # ('cortes de calle en Maracay': a preposition or a conjunction after the street
            # word leads to the town, not to the street's name)
            if b < n and not cap[b] and keys[b] in lex.connectors and keys[b] not in lex.conj \
                    and not lex.locatives.has(keys[b]):
                b += 1            # 'calle de Alcalá', 'place de la République'
                if b < n and not cap[b] and keys[b] in lex.connectors:
                    b += 1
                if b + 1 < n and len(keys[b]) == 1 and gaps[b + 1] in ("'", "’"):
                    b += 1        # "rue d'Alger"
            # ('Jl. Slamet Riyadi', 'Av. Corrientes': the dot of an abbreviated head is no
            # sentence's end)
            if b >= n or not (name_word(b) or title_word(b) or elided(b)) \
                    or any(sc.gap_has_break(x) for x in range(k + 1, b + 1)
                           if gaps[x] not in ("'", "’") and not (
                               x == k + length == b and gaps[x] == ". " and cap[b] and (
                                   len(keys[k]) <= 3 and cap[k]
                                   # ('на ул. Ленина': a lower-case head of two letters with
                                   # its dot is an abbreviation, no sentence's last word)
                                   or len(keys[k]) <= 2 and not cap[k]))):
                continue
            e = b + 2 if elided(b) else b + 1
            while e < n and e - b < _STREET_NAME_WORDS and joined(e) and (name_word(e) or elided(e)):
                e += 2 if elided(e) else 1
            out.append((k, e))
    return sorted(set(out))


def _whole_streets(sc: Scan, lex: Lexicon, cap, cased, blocked) -> list[tuple[int, int]]:
    """'am Marktplatz', 'al Zócalo', 'on the High Street': a generic name of a town's square,
    market or main street (``streets_whole``), capitalised, is that square of the story's town,
    whatever village the gazetteer spells alike ('Duomo')."""
    keys, toks = sc.keys, sc.tokens
    out = []
    for k in lex.streets_whole.starts(keys, sc.index):
        length, _ = lex.streets_whole.at(keys, k, sc.sentence_ceiling(k))
        if not length or not cap[k] or not cased[k] or toks[k][2].isupper() \
                or blocked[k].endswith("(not text)") \
                or any(sc.gap_has_break(x) or sc.gap(x) not in (" ", "-", "\u00a0")
                       for x in range(k + 1, k + length)):
            continue
        out.append((k, k + length))
    return out


# fewest letters of a compound street name's own part ('Dom' of 'Domgasse')
_COMPOUND_STEM = 3


def _corner_streets(sc: Scan, lex: Lexicon, cap, cased, blocked) -> list[tuple[int, int]]:
    """'la esquina de Arroyo y Suipacha', 'at the corner of Hill and Spring', "à l'angle des
    rues Oberkampf et Ménilmontant": two names joined by the language's 'and' right after the
    words of a street corner (``street_corners``) are two streets of the story's town, whatever
    towns the gazetteer spells alike (pinned like a town's generic square)."""
    if not lex.street_corners:
        return []
    keys, n = sc.keys, len(sc.keys)
    gaps = sc.gap_list()
    name_word = _name_word_test(sc, lex, cap, cased, blocked)
    out = []

    def run(a: int) -> int:               # end of a street's name of up to three words at a
        e = a
        while e < n and e - a < _STREET_NAME_WORDS and (e == a or gaps[e] == " ") \
                and name_word(e) and not sc.gap_has_break(e if e > a else a):
            e += 1
        return e

    for k in lex.street_corners.starts(keys, sc.index):
        length, _ = lex.street_corners.at(keys, k, sc.sentence_ceiling(k))
        if not length:
            continue
        a = k + length
        if a >= n or sc.gap_has_break(a) or cap[a] and not name_word(a):
            continue
        e1 = run(a)
        if e1 == a or e1 + 1 >= n or keys[e1] not in lex.conj or cap[e1] \
                or sc.gap_has_break(e1) or sc.gap_has_break(e1 + 1):
            continue
        e2 = run(e1 + 1)
        if e2 == e1 + 1:
            continue
        out += [(a, e1), (e1 + 1, e2)]
    return out


@lru_cache(maxsize=16)
def _compound_endings(ends: tuple) -> tuple:
    """Every street word of ``streets_compound`` with the inflections _compound_streets reads
    ('-s', '-es' after a word not ending in 'e'), for one ``str.endswith`` test."""
    return tuple(e + infl for e in ends for infl in (("", "s", "es") if not e.endswith("e") else ("",)))


def _compound_streets(sc: Scan, lex: Lexicon, cap, cased, blocked) -> list[tuple[int, int]]:
    """'in der Seitenstettengasse', 'am Schwedenplatz', 'nahe der Ruprechtskirche': where a
    street's or square's name is one compound word, a capitalised word ending in a street word
    of the language (``streets_compound``) is that street of the story's town, pinned like one;
    not where its first part makes it a common noun (``streets_compound_common``: 'Arbeitsplatz',
    'Weihnachtsmarkt', 'Landstraße', 'Pfarrkirche', 'Kinderspielplatz') or an indefinite word
    before it does ('eine Hauptstraße'). Hyphenated given names before it are its words too
    ('Kaiser-Wilhelm-Gedächtniskirche')."""
    ends = lex.streets_compound
    if not ends:
        return []
    keys, toks, n = sc.keys, sc.tokens, len(sc.tokens)
    common = lex.streets_compound_common
    endings = _compound_endings(ends)
    out = []
    # (only capitalised tokens ending in a street word, inflected or not, can be one: picked
    # with one C-level test each; the loop below then finds which ending it is)
    for k in compress(range(n), cap):
        kk = keys[k]
        if len(kk) < _COMPOUND_STEM + 4 or not kk.endswith(endings) or " " in kk \
                or not cased[k] or toks[k][2].isupper() or blocked[k].endswith("(not text)"):
            continue
        stem = None
        for e in ends:
            for infl in ("", "s", "es") if not e.endswith("e") else ("",):
                if kk.endswith(e + infl):
                    stem = kk[:len(kk) - len(e) - len(infl)]
                    break
            if stem is not None:
                break
        if not stem or len(stem) < _COMPOUND_STEM or not stem.isalpha() \
                or any(stem.endswith(c) for c in common):
            continue
        if k > 0 and keys[k - 1] in lex.streets_compound_not_after and not sc.gap_has_break(k):
            continue
        a = k
        while a >= 1 and k - a < 4 and sc.gap(a) in ("-", "‐", "‑") and cap[a - 1] \
                and not sc.gap_has_break(a):
            a -= 1
        if a == k and k > 0 and cap[k - 1] and keys[k - 1] in lex.streets_compound_adjectives \
                and sc.gap(k) == " ":
            a -= 1                # 'in der Unteren Wernerstraße'
        out.append((a, k + 1))
    return out


# most words a village's name after its cue may have ('Малая Локня', 'Sugapa Lama')
_VILLAGE_NAME_WORDS = 3


def _cue_villages(sc: Scan, lex: Lexicon, cap, cased, blocked) -> list[tuple[int, int, str]]:
    """Names right after a village cue of the language ('в поселке Волна', 'near the village
    of Larga', 'corregimiento de Campo Dos') that no gazetteer name covers: the cue vouches
    for a place; the places stage places it at the area its sentence names. A quarter cue
    ('el barrio de Once', 'nel quartiere X') vouches the same way for a quarter of a town
    (written in lower case, but where every noun is capitalised: 'the Quarter' may be a name's
    own word). Each: (first token, end token, the cue's feature)."""
    keys, toks, n = sc.keys, sc.tokens, len(sc.tokens)
    gaps = sc.gap_list()
    sent_id, bounds = sc.sent_id, sc.sent_bounds
    # (a gazetteer name there that the resolver keeps wins: the places stage checks)
    covered = set()
    for a, b in sc.facilities:
        covered.update(range(a, b))
    # ('в поселке Ветерок Темрюкского района': the district after the name is its address)
    areas = {sp.i for sp in sc.spans if sp.cands and sp.cands[0].place.feature in
             ("admin1", "admin2", "region", "country")}
    out = []
    for k in lex.cues_before.starts(keys, sc.index):
        length, feat = lex.cues_before.at(keys, k, bounds[sent_id[k]][1])
        # (a district's cue vouches as well: 'Kecamatan X', 'the district of X', 'cercle de X')
        if not length or feat not in ("village", "admin2", "quarter") or blocked[k]:
            continue
        if feat == "quarter" and cap[k] and not lex.nouns_capitalised:
            continue
        b = k + length
        if b >= n or b in covered or not cap[b] or not cased[b] or blocked[b] \
                or gaps[b] not in (" ", "\u00a0") or toks[b][2].isdigit():
            continue
        e = b + 1
        while e < n and e - b < _VILLAGE_NAME_WORDS and cap[e] and cased[e] and not blocked[e] \
                and e not in covered and e not in areas and gaps[e] in (" ", "-") \
                and not lex.cues_after.has(keys[e]):
            e += 1
        if keys[e - 1] in lex.stop:
            continue              # ('Kampung Tanjung Batu' is a name; 'desa Dalam' is not)
        if e - b > 1 and lex.org_after.has(keys[e - 1]):
            continue              # ('İlçe Jandarma Komutanlığı': an office of the district)
        if e < n and cap[e] and gaps[e] in (" ", "-") and not sc.gap_has_break(e) \
                and e not in covered and e not in areas:
            continue              # a longer capitalised run: a person or an organisation
        out.append((b, e, feat))
        # 'les villages de Koubou et de Darey', 'the villages of X and Y': the second name too
        c = e
        if c + 1 < n and keys[c] in lex.conj and not cap[c] and not sc.gap_has_break(c):
            c += 1
            if c + 1 < n and not cap[c] and keys[c] in lex.connectors and keys[c] not in lex.conj:
                c += 1                # ('et de Y')
            if c < n and cap[c] and cased[c] and not blocked[c] and c not in covered \
                    and c not in areas and not toks[c][2].isdigit() and not sc.gap_has_break(c) \
                    and (c + 1 >= n or not cap[c + 1] or sc.gap_has_break(c + 1)) \
                    and keys[c] not in lex.stop:
                out.append((c, c + 1, feat))
    out += _cue_villages_before(sc, lex, cap, cased, blocked, covered, areas)
    out += _addressed_villages(sc, lex, cap, cased, blocked, covered, areas)
    return out


def _cue_naturals(sc: Scan, lex: Lexicon, cap, cased, blocked) -> list[tuple[int, int, int, str]]:
    """Rivers, lakes and heights named after a natural feature's cue of the language ('el río
    Guaviare', 'Sungai Panchau', 'le lac de la X', 'dalle pendici del monte X', 'реке X'):
    the cue vouches for a natural feature of that name. Whether the gazetteer knows it, and
    where the places stage pins it when it does not (the town its sentence names, else the
    story's town: a small river or hill named in local news runs by it), the places stage
    decides (places._natural_mentions). Each: (the cue's first and end token, the name's
    first and end token, the cue's feature); the mention is the cue and the name ('río
    Guaviare', 'Zap Nehri')."""
    keys, toks, n = sc.keys, sc.tokens, len(sc.tokens)
    gaps = sc.gap_list()
    sent_id, bounds = sc.sent_id, sc.sent_bounds
    covered = set()
    for a, b in sc.facilities:
        covered.update(range(a, b))
    out = []
    for k in lex.cues_before.starts(keys, sc.index):
        length, feat = lex.cues_before.at(keys, k, bounds[sent_id[k]][1])
        if not length or feat not in _WATERS_AND_HEIGHTS or blocked[k] or k in covered \
                or " ".join(keys[k:k + length]) not in lex.natural_cues:
            continue
        if k > 0 and cap[k - 1] and cased[k - 1] and gaps[k] == " " \
                and keys[k - 1] not in lex.stop and keys[k - 1] not in lex.connectors \
                and sc.sentence_floor(k) != k - 1 and not sc.gap_has_break(k):
            continue              # ('Taman Tasik Titiwangsa'): the cue inside a longer name
        b = k + length
        # ('le lac de la Cavayère', 'la rivière du X'): the cue's connectors before the name
        # (not a locative: 'sungai di X' is a river in X)
        while b < n and b - k - length < 2 and not cap[b] and keys[b] in lex.connectors \
                and not lex.locatives.has(keys[b]) \
                and gaps[b] in (" ", "'", "’") and not sc.gap_has_break(b):
            b += 1
        if b >= n or b in covered or not cap[b] or not cased[b] or blocked[b] \
                or gaps[b] not in (" ", "\u00a0", "'", "’") or toks[b][2].isdigit() \
                or sc.gap_has_break(b) or keys[b] in lex.stop:
            continue
        e = b + 1
        while e < n and e - b < _VILLAGE_NAME_WORDS and not blocked[e] and e not in covered \
                and gaps[e] in (" ", "-") and not sc.gap_has_break(e):
            if cap[e] and cased[e]:
                e += 1
            elif keys[e] in lex.connectors and not lex.locatives.has(keys[e]) \
                    and e + 1 < n and cap[e + 1] and cased[e + 1] \
                    and gaps[e + 1] == " " and not blocked[e + 1]:
                e += 2                # ('volcán Nevado del Ruiz'): a connector inside the name
            else:
                break
        if e < n and cap[e] and cased[e] and gaps[e] in (" ", "-") and not sc.gap_has_break(e):
            continue                  # a longer capitalised run: a person or an organisation
        if keys[e - 1] in lex.stop or e - b > 1 and lex.org_after.has(keys[e - 1]):
            continue
        out.append((k, k + length, b, e, feat))
    # ('Dicle Nehri', 'the Strule River', 'Ağrı Dağı'): the name before a cue after it; the
    # mention is the name and the cue, its first token the name's
    for k in lex.cues_after.starts(keys, sc.index):
        length, feat = lex.cues_after.at(keys, k, sc.sentence_ceiling(k))
        if not length or feat not in _WATERS_AND_HEIGHTS or k == 0 or blocked[k] \
                or k in covered or gaps[k] not in (" ", "\u00a0") or sc.gap_has_break(k) \
                or " ".join(keys[k:k + length]) not in lex.natural_cues:
            continue
        if cap[k] and not lex.nouns_capitalised and not (k + length >= n or not cap[k + length]
                                                         or sc.gap_has_break(k + length)):
            continue              # ('Lake Victoria Hotel'): a longer capitalised run
        a = k
        while a > 0 and k - a < _VILLAGE_NAME_WORDS and cap[a - 1] and cased[a - 1] \
                and not blocked[a - 1] and a - 1 not in covered \
                and not toks[a - 1][2].isdigit() and keys[a - 1] not in lex.stop \
                and (a == k or gaps[a] in (" ", "-")) and not sc.gap_has_break(a):
            a -= 1
        if a == k or sc.sentence_floor(a) == a and not cap[k]:
            continue              # (a sentence's first word proves nothing)
        out.append((k, k + length, a, k, feat))
    return out


def _addressed_villages(sc: Scan, lex: Lexicon, cap, cased, blocked, covered, areas):
    """A name the gazetteer lacks after a locative or a feature cue and right before the
    district of its address ('warga Sangkrah, Kecamatan Pasar Kliwon', 'di Bedog, Kabupaten
    Sleman', 'à Tondibi, commune de Gao'): the district's cue vouches for a village in it."""
    keys, toks, n = sc.keys, sc.tokens, len(sc.tokens)
    gaps = sc.gap_list()
    out = []
    for k in lex.cues_before.starts(keys, sc.index):
        length, feat = lex.cues_before.at(keys, k, sc.sentence_ceiling(k))
        if not length or feat not in ("admin2", "quarter") or k < 2 or gaps[k].strip() != "," \
                or "\n" in gaps[k]:
            continue
        e = k                       # the name: the capitalised run ending right before k
        a = e
        while a > 0 and e - a < _VILLAGE_NAME_WORDS and cap[a - 1] and cased[a - 1] \
                and not blocked[a - 1] and a - 1 not in covered and a - 1 not in areas \
                and not toks[a - 1][2].isdigit() and keys[a - 1] not in lex.stop \
                and (a == e or gaps[a] in (" ", "-")):
            a -= 1
        # ('di Gereja X (GBIS) Kepunton, Kelurahan Y': after a name and its acronym in
        # brackets, the name of the quarter its branch or congregation is named after)
        acronym = a >= 2 and gaps[a].strip() == ")" and toks[a - 1][2].isupper() \
            and len(toks[a - 1][2]) >= 2 and gaps[a - 1].strip() == "(" and cap[a - 2]
        if a == e or a == 0 or (cap[a - 1] or sc.gap_has_break(a)) and not acronym \
                or any(sp.i < e and a < sp.j for sp in sc.spans if sp.cands):
            continue
        # (after a locative or a cue word: 'warga X', 'di X'; a person before a comma is not)
        if not (acronym or feat == "admin2" and (lex.locatives.ending(keys, a)[0]
                                                 or lex.cues_before.ending(keys, a)[0])):
            continue                # (a quarter's cue after it: only with the acronym)
        out.append((a, e, "village"))
    return out


def _cue_villages_before(sc: Scan, lex: Lexicon, cap, cased, blocked, covered, areas):
    """Names right before a village cue of the language ('Yabisa ve Tel Fender köylerinin',
    'Tanjung Batu village'), and a name joined to them by a conjunction, that no gazetteer name
    covers: the cue vouches for them as for a name after it."""
    keys, toks, n = sc.keys, sc.tokens, len(sc.tokens)
    gaps = sc.gap_list()
    out = []

    def name_run(e: int) -> int:          # the first token of the capitalised run ending at e
        a = e
        while a > 0 and e - a < _VILLAGE_NAME_WORDS and cap[a - 1] and cased[a - 1] \
                and not blocked[a - 1] and a - 1 not in covered and a - 1 not in areas \
                and not toks[a - 1][2].isdigit() and gaps[a] in (" ", "-") \
                and keys[a - 1] not in lex.stop and not sc.gap_has_break(a):
            a -= 1
        return a

    # ('Karaan district of Mogadishu', 'the Satellite Town area of Quetta': a district or an
    # area of a town named right after it is a quarter of that town)
    towns = {sp.i for sp in sc.spans if sp.cands and sp.cands[0].place.feature == "city"}
    quarter_of = {k: (1, "quarter") for w in lex.quarter_of_after for k in sc.index.get(w, ())
                  if k + 2 < n and keys[k + 1] in lex.quarter_of_links and not cap[k + 1]
                  and k + 2 in towns and not sc.gap_has_break(k + 1)
                  and not sc.gap_has_break(k + 2)} if lex.quarter_of_after else {}
    for k in sorted(set(lex.cues_after.starts(keys, sc.index)) | set(quarter_of)):
        length, feat = quarter_of.get(k) or lex.cues_after.at(keys, k, sc.sentence_ceiling(k))
        if not length or feat not in ("village", "quarter") or k == 0 or cap[k] or blocked[k] \
                or gaps[k] not in (" ", "\u00a0"):
            continue
        a = name_run(k)
        if a == k or sc.sentence_floor(a) == a:
            continue              # (a sentence's first word proves nothing)
        out.append((a, k, feat))
        c = a - 1                 # 'X ve Y köyleri': the name before the conjunction too
        if c > 0 and keys[c] in lex.conj and not cap[c] and not sc.gap_has_break(c) \
                and not sc.gap_has_break(a):
            a2 = name_run(c)
            if a2 < c and sc.sentence_floor(a2) != a2:
                out.append((a2, c, feat))
    return out


# Turkish locative endings after an apostrophe: 'in' a place, which an organisation rarely is
_IN_SUFFIXES = frozenset({"da", "de", "ta", "te", "daki", "deki", "taki", "teki"})

# most words a facility's own name may have ('Toussaint Louverture International Airport')
_FACILITY_NAME_WORDS = 4


_MAKE_QUOTES_OPEN = frozenset('«"“„')
_MAKE_QUOTES_CLOSE = frozenset('»"”“')


def _facilities(sc: Scan, lex: Lexicon, cap, cased, blocked,
                line_kind=None) -> list[tuple[int, int]]:
    """Facility names: a head word of the language ('Rumah Sakit', 'aéroport de', 'Airport',
    'Barajı', 'собор') with capitalised words of a name before or after it. The mention is the
    head and the name when the head stands capitalised with it or after it ('Rumah Sakit
    Al-Shifa', 'National Penitentiary', 'Свято-Успенский собор'), the name alone after a
    lower-case head ('la prison de Munzenze' → 'Munzenze'). Whether the gazetteer knows it and
    where it is, the places stage decides (places._facility_mentions)."""
    keys, toks, n = sc.keys, sc.tokens, len(sc.tokens)
    gaps = sc.gap_list()
    out: list[tuple[int, int]] = []

    name_word = _name_word_test(sc, lex, cap, cased, blocked)

    def joined(k: int) -> bool:          # token k glued to k-1 inside one name
        return gaps[k] in (" ", "-", "‐", "‑", "–") and not sc.gap_has_break(k) \
            or gaps[k] in ("-", "‐", "‑")

    def _elided_initial(x: int) -> bool:
        # ("John O'Gaunt School", "D'Arcy"): a capital letter and an apostrophe glued to the
        # name word after them are a word of the name
        return gaps[x] in ("'", "’") and len(toks[x - 1][2]) == 1 and cap[x - 1] \
            and toks[x - 1][2].isalpha() and cap[x]

    brands = []
    if lex.venue_brands:
        # 'au Radisson Blu', 'at the Serena': a brand of hotels names a venue on its own
        for k in lex.venue_brands.starts(keys, sc.index):
            length, _ = lex.venue_brands.at(keys, k, sc.sentence_ceiling(k))
            if length and cap[k] and cased[k] and not blocked[k] \
                    and all(joined(x) for x in range(k + 1, k + length)):
                brands.append((k, k + length))
    if lex.apposed_articles and (lex.facility_after or lex.facility_before):
        # ('the Ethiopian Village, a restaurant in …', 'le Bataclan, une salle de concert'): a
        # capitalised name set off by a comma before an indefinite article and a facility word
        # names that facility
        heads = lex.facility_after or lex.facility_before
        for c in range(1, n - 2):
            if gaps[c].strip() != "," or "\n" in gaps[c] or keys[c] not in lex.apposed_articles \
                    or cap[c] or gaps[c + 1] != " ":
                continue
            length, _ = heads.at(keys, c + 1, sc.sentence_ceiling(c + 1))
            if not length or cap[c + 1] or not name_word(c - 1):
                continue
            a = c - 1
            while a > 0 and c - a < _FACILITY_NAME_WORDS and joined(a) and name_word(a - 1):
                a -= 1
            if a > 1 and cap[a - 1] and keys[a - 1] in lex.connectors and joined(a) \
                    and not sc.gap_has_break(a - 1):
                a -= 1                # 'La Terrasse, un restaurant': the name's own article
            if not cap[a] or _sentence_start_only(sc, a, c, lex) or sc.sentence_floor(a) == a:
                continue
            out.append((a, c))
    if lex.facility_after:
        for k in lex.facility_after.starts(keys, sc.index):
            length, _ = lex.facility_after.at(keys, k, sc.sentence_ceiling(k))
            if not length or k == 0 or not joined(k) or not name_word(k - 1):
                continue
            a = k - 1
            while a > 0 and k - a < _FACILITY_NAME_WORDS and (joined(a) and (
                    name_word(a - 1) or keys[a - 1] in _PARTICLES and gaps[a] in _HYPHENS)
                    or _elided_initial(a)):
                a -= 1
            if not cap[a] or _sentence_start_only(sc, a, k, lex):
                continue
            out.append((a, k + length))
    if lex.facility_before:
        for k in lex.facility_before.starts(keys, sc.index):
            length, _ = lex.facility_before.at(keys, k, sc.sentence_ceiling(k))
            if not length:
                continue
            b = k + length
            # ('в «Парке культуры»', 'au « Théâtre du Peuple »': a head word opening a quoted
            # name is the venue's own name, written without a head before it; the mention is
            # the quoted name, its lower-case words too)
            if cap[k] and k > 0 and gaps[k].strip() in _FAC_QUOTES_OPEN and "\n" not in gaps[k] \
                    and b < n:
                e = b
                while e < n and e - k < _FACILITY_NAME_WORDS and joined(e) and keys[e].isalpha() \
                        and not gaps[e].strip():
                    e += 1
                closes = sc.text[sc.ends[e - 1]:].lstrip().startswith(_FAC_QUOTES_CLOSE) \
                    if e >= n else gaps[e].lstrip()[:1] in _FAC_QUOTES_CLOSE
                if closes and e > b:
                    out.append((k, e))
                continue
            # 'aéroport de Mitiga', "prison d'Osaka": a lower-case head names the facility only
            # through a connector (and an elided article); without one the capitalised words
            # after it are a modifier ('мечети Омейядов') or an adjective ('cárcel Regional')
            # ('в концертном зале «Крокус Сити Холл»', 'l'hôtel « Ivoire »': a lower-case head
            # then a capitalised name in quotes names it too; the mention is the quoted name)
            # (where every noun is capitalised, 'die Diskothek „La Belle“', the head's capital
            # says nothing: a quoted name after it names the venue all the same)
            quoted = (not cap[k] or lex.nouns_capitalised and k > 0
                      and sc.sent_id[k - 1] == sc.sent_id[k]) \
                and b < n and cap[b] and gaps[b].strip() in _FAC_QUOTES_OPEN
            # ("l'hôtel Splendid", 'kedai kopi Starbucks': a head of a business takes its
            # brand name bare; the mention is the name)
            bare = not cap[k] and not quoted and b < n and cap[b] and lex.facility_bare \
                and lex.facility_bare.at(keys, k, sc.sentence_ceiling(k))[0] == length \
                and (keys[b] not in lex.connectors or b + 1 < n and cap[b + 1] and joined(b + 1)
                     and not sc.gap_has_break(b + 1))   # ('le bar-restaurant La Terrasse')
            if not cap[k] and not quoted and not bare:
                # ('sebuah sekolah di Kampung X', 'une école à Y': after a locative word the
                # name is the facility's address, not its name)
                if b >= n or cap[b] or keys[b] not in lex.connectors \
                        or lex.locatives.has(keys[b]):
                    continue
                b += 1
                if b + 1 < n and len(keys[b]) == 1 and gaps[b + 1] in ("'", "’"):
                    b += 1
            if b >= n or any(sc.gap_has_break(x) and gaps[x] not in ("'", "’")
                             for x in range(k + 1, b + 1) if not (quoted and x == b)):
                continue
            if gaps[b] in _HYPHENS and not cap[b] or k > 0 and gaps[k] in _HYPHENS:
                continue              # 'Gereja-gereja di …': the plural of the head, no name
            if cap[k] and k > 0 and sc.sent_id[k - 1] == sc.sent_id[k] and b + 1 < n \
                    and not cap[b] and keys[b] in lex.connectors and keys[b] not in lex.conj \
                    and not lex.locatives.has(keys[b]) and not sc.gap_has_break(b) \
                    and (joined(b + 1) or gaps[b + 1] in ("'", "’")) and cased[b + 1] \
                    and not cap[b + 1] and keys[b + 1] not in lex.connectors \
                    and keys[b + 1] not in lex.stop:
                # ("il Padiglione d'arte contemporanea", 'le Musée d'art moderne': a capitalised
                # head mid-sentence, a connector, then lower-case words: the venue's own name)
                e = b + 1
                while e + 1 < n and e - b < 3 and joined(e + 1) and cased[e + 1] \
                        and not cap[e + 1] and keys[e + 1] not in lex.connectors \
                        and keys[e + 1] not in lex.stop:
                    e += 1
                out.append((k, e + 1))
                continue
            if cap[k] and b + 1 < n and not cap[b] and keys[b] in lex.connectors \
                    and keys[b] not in lex.conj and not lex.locatives.has(keys[b]) \
                    and joined(b + 1) and cap[b + 1]:
                b += 1                # 'Aeropuerto Internacional de Culiacán'
            first = b
            if cap[b] and keys[b] in lex.connectors and b + 1 < n and joined(b + 1):
                first = b + 1         # 'aéroport de La Tontouta': a name opening with its article
            if not name_word(first):
                continue
            e = first + 1
            while e < n and e - b < _FACILITY_NAME_WORDS and joined(e) and (
                    name_word(e) or keys[e] in _PARTICLES and e + 1 < n and gaps[e + 1] in _HYPHENS
                    and cap[e + 1]):
                e += 1
            e = _hyphenated_tail(sc, cap, e)
            # ('la basilica di San Giovanni in Laterano', 'la chiesa di San Giorgio al Velabro': a
            # saint's name runs over the language's links to the place it stands in)
            while not quoted and keys[first] in lex.name_heads and lex.saint_links \
                    and e + 1 < n and not cap[e] and joined(e) and keys[e] in lex.saint_links:
                x = e + 1
                while x < n and not cap[x] and joined(x) and keys[x] in lex.saint_links \
                        and x - e < 2:
                    x += 1                # ('fuori le Mura')
                if x < n and cap[x] and joined(x) and name_word(x):
                    e = x + 1
                else:
                    break
            while quoted and e < n and e - b < _FACILITY_NAME_WORDS and joined(e) \
                    and keys[e].isalpha():
                e += 1                # 'в торговом центре «Зимняя вишня»': the quotes bound it
            if quoted and (e >= n and not sc.text[sc.ends[e - 1]:].lstrip().startswith(
                    _FAC_QUOTES_CLOSE) or e < n and not gaps[e].lstrip()[:1] in _FAC_QUOTES_CLOSE):
                continue              # a quote that does not close right after the name
            if not quoted and lex.org_before.at(keys, first, e)[0] == e - first:
                # ('Markas Kepolisian Resor (Mapolres) Poso': the head before the words of an
                # organisation named after its place, the building of that organisation; the
                # place after them is where it is, no name of a building)
                continue
            if cap[k] and line_kind is not None and line_kind[k] and not quoted \
                    and not _named_in_prose(sc, line_kind, first, e):
                # ('Puskesmas dan Sekolah Dibakar': in a line that capitalises every word, a
                # verb after the head looks like a name; the story's prose must write it so)
                continue
            out.append((k if cap[k] and not quoted else b, e))
            # ('на станциях «Лубянка» и «Парк культуры»': a second quoted name joined to the
            # first after a head in the plural is a facility of the same kind)
            while quoted and e + 1 < n and keys[e] in lex.conj and not cap[e] \
                    and cap[e + 1] and gaps[e + 1].strip() in _FAC_QUOTES_OPEN:
                b2, e2 = e + 1, e + 2
                while e2 < n and e2 - b2 < _FACILITY_NAME_WORDS and joined(e2) \
                        and keys[e2].isalpha():
                    e2 += 1
                closes = sc.text[sc.ends[e2 - 1]:].lstrip().startswith(_FAC_QUOTES_CLOSE) \
                    if e2 >= n else gaps[e2].lstrip()[:1] in _FAC_QUOTES_CLOSE
                if not closes:
                    break
                out.append((b2, e2))
                e = e2
    # (a brand inside a name with its head word is that name's word: 'das Hotel Intercontinental')
    out += [(a, b) for a, b in brands if not any(x <= a and b <= y for x, y in out)]
    return sorted(set(out))


# a town in brackets after a dateline town this large at least is its province's capital
DATELINE_PROVINCE_POP = 100_000


def _dateline_province(name: str, lang, gaz, town: str | None = None) -> bool:
    """Whether the bracketed part of a dateline ('(Bologna)') is a province or a large town of
    the gazetteer written in title case, not a known outlet of the language ('(AFP)'), or a
    town right beside the dateline's town ('PIZZOLUNGO (Erice)': the hamlet's municipality)."""
    from .read import cues
    if not name[:1].isupper() or name.isupper() or len(name.split()) > 3 or gaz is None:
        return False
    k = key(name)
    if k in cues(lang).sources:
        return False
    try:
        found = gaz.match([k])
    except Exception:           # (a gazetteer stub without match: keep the outlet reading)
        return False
    if any(c.place.feature in ("admin1", "admin2") or c.place.feature == "city"
           and (c.place.population or 0) >= DATELINE_PROVINCE_POP
           for c in found.get(k, ())):
        return True
    # (the dateline town asked about only when the bracket names a small town: an outlet's
    # name, '(AFP)', costs no second query)
    small = [c.place for c in found.get(k, ()) if c.place.feature in ("city", "village")]
    if not small or not town:
        return False
    tk = key(town)
    towns = [c.place for c in gaz.match([tk]).get(tk, ()) if c.place.feature in ("city", "village")]
    return any(abs(p.lat - t.lat) < _NEIGHBOUR_DEG and abs(p.lon - t.lon) < _NEIGHBOUR_DEG
               for p in small for t in towns)


# a town in brackets after the dateline's town within this many degrees of it (~15 km) is
# the municipality or district it lies in
_NEIGHBOUR_DEG = 0.15


# lower-case links of a hyphenated saint's or church's name ('Notre-Dame-de-la-Garde',
# "Saint-Jean-d'Acre"): articles and prepositions, elided or not
_HYPHEN_LINKS = _PARTICLES | {"l", "d", "des", "les", "y"}


# a word after the pair's 'and' that names a town of this weight is that town ('the Army and Kabul')
VENUE_PAIR_TOWN = 6.0


def _venue_pairs(sc: Scan, lex: Lexicon, cap, cased, blocked, at) -> list[tuple[int, int]]:
    """'the Horse and Groom', 'the Rose and Crown', 'the Fox and Hounds': after the article,
    a capitalised word that is no place (no name the gazetteer knows), 'and', and one more
    capitalised word closing the name: a venue's name (an English pub's), no town of that last
    word (Groom, Texas). Returns (first token, end token) of each name."""
    keys, gaps, toks, n = sc.keys, sc.gap_list(), sc.tokens, len(sc.tokens)
    out = []
    index = sc.index or {}
    for art in lex.venue_pair_articles:
        for i in index.get(art, ()):
            x, c, y = i + 1, i + 2, i + 3
            if y >= n or not cap[x] or not cased[x] or not cap[y] or not cased[y] \
                    or keys[c] not in lex.conj or cap[c] or blocked[x] or blocked[y] \
                    or gaps[x] != " " or gaps[c] != " " or gaps[y] != " ":
                continue
            if x in at or not toks[x][2].isalpha() or len(keys[x]) < 3 \
                    or keys[x] in lex.first_names or keys[x] in lex.office \
                    or keys[x] in lex.stop or not toks[y][2].isalpha():
                continue
            # (the name ends with its second word: 'the Army and Navy Club' is another kind)
            if y + 1 < n and cap[y + 1] and gaps[y + 1] == " ":
                continue
            if any(j == y + 1 and cs[0].importance >= VENUE_PAIR_TOWN for j, cs in at.get(y, ())):
                continue
            out.append((x, y + 1))
    return sorted(out)


def _camel_words(word: str) -> list[str]:
    """'CiudadDeMéxico' → ['Ciudad', 'De', 'México']: a word cut before each capital that
    follows a small letter."""
    out, a = [], 0
    for x in range(1, len(word)):
        if word[x].isupper() and word[x - 1].islower():
            out.append(word[a:x])
            a = x
    out.append(word[a:])
    return out


def _hyphenated_tail(sc: Scan, cap, e: int) -> int:
    """The end of a name going on through hyphenated lower-case links to a capitalised word
    ('Notre-Dame' + "-de-l'Assomption"); ``e`` when it does not."""
    keys, gaps, n = sc.keys, sc.gap_list(), len(sc.tokens)
    j = e
    while j < n and j - e < 3 and keys[j] in _HYPHEN_LINKS and not cap[j] \
            and gaps[j] in _HYPHENS + ("'", "’"):
        j += 1
    if j > e and j < n and cap[j] and gaps[j] in _HYPHENS + ("'", "’"):
        return j + 1
    return e


# a city this big names its quarters with a hyphen: 'Hamburg-Barmbek', 'Düsseldorf-Golzheim'
HYPHEN_QUARTER_CITY = 6.0
HYPHEN_QUARTER_KM = 25.0           # a quarter the gazetteer knows lies this close to its city


def _near_km(p, q) -> float:
    """The distance of two places in km (flat: for places a few dozen km apart)."""
    import math
    dy = p.lat - q.lat
    dx = (p.lon - q.lon) * math.cos(math.radians((p.lat + q.lat) / 2))
    return 111.195 * math.hypot(dx, dy)


def _hyphen_quarters(sc: Scan, lex: Lexicon, cap, cased, blocked, at) -> list:
    """'Hamburg-Barmbek', 'Berlin-Marzahn', 'Düsseldorf-Golzheim': a big city's name, a hyphen
    and a capitalised word the gazetteer lacks is a quarter of that city (German names its city
    quarters so, and the other languages copy the name). Returns (first token, end token, the
    city's candidate) for each, the whole name being the quarter's mention."""
    keys, gaps, toks, n = sc.keys, sc.gap_list(), sc.tokens, len(sc.tokens)
    out = []
    for k, lst in at.items():
        b = k + 2
        if b > n or not cap[k + 1] or not cased[k + 1] or blocked[k] or blocked[k + 1] \
                or gaps[k + 1] not in _HYPHENS or any(j != k + 1 for j, _ in lst):
            continue
        top = lst[0][1][0]
        # (a quarter the gazetteer knows, 'Hamburg-Barmbek' with Barmbek 5 km from Hamburg's
        # point, is named by the whole; the places stage joins the two mentions)
        known = k + 1 in at and any(
            j == k + 2 and c[0].place.lat is not None and top.place.lat is not None
            and c[0].place.feature in ("city", "village", "other")
            and _near_km(c[0].place, top.place) <= HYPHEN_QUARTER_KM for j, c in at[k + 1])
        if top.place.feature != "city" or top.importance < HYPHEN_QUARTER_CITY \
                or top.how != "exact" or k + 1 in at and not known \
                or keys[k + 1] in lex.stop or keys[k + 1] in lex.common \
                or toks[k + 1][2].isupper() or len(keys[k + 1]) < 3:
            continue
        # (one word after the hyphen, no third part: 'Castrop-Rauxel-Süd' is no quarter of a
        # city of weight; nor a word glued on after it)
        if b < n and (gaps[b] in _HYPHENS or gaps[b] in ("'", "’") and cap[b]):
            continue
        # (nor a name that goes on capitalised: 'Paris-Match Magazine', a title)
        if b < n and cap[b] and gaps[b] == " ":
            continue
        # (nor after a hyphenated first part: 'Sam Perth-Evans', a double surname, is
        # a person's, and 'Jean-Paris' no city)
        if k > 0 and (gaps[k] in _HYPHENS or cap[k - 1] and gaps[k] == " "
                      and k - 1 != sc.sent_bounds[sc.sent_id[k]][0]
                      and not lex.locatives.has(keys[k - 1]) and keys[k - 1] not in lex.stop):
            continue
        out.append((k, b, top))
    return sorted(out, key=lambda t: t[0])


# most words of one name in a list of facilities, and most names in the list
_FAC_LIST_WORDS = 4
_FAC_LIST_NAMES = 6


def _facility_list_names(sc: Scan, lex: Lexicon, cap) -> list[tuple[int, int, str]]:
    """Token ranges of the names listed with a plural facility head of the language: before a
    head that follows them, two names or more ('the Shangri-La, Cinnamon Grand and Kingsbury
    hotels'), or after a head that opens them ('les hôtels Shangri-La et Kingsbury')."""
    keys, n = sc.keys, len(sc.tokens)
    gaps = sc.gap_list()
    index = sc.index or key_index(keys)
    out: list[tuple[int, int, str]] = []

    def joined(k: int) -> bool:          # token k glued to k-1 inside one name
        return gaps[k] in (" ", "-", "‐", "‑") and not sc.gap_has_break(k)

    def name_back(e: int) -> int:        # start of the capitalised name ending at token e
        s = e
        while s - 1 >= 0 and e - s + 1 < _FAC_LIST_WORDS and cap[s - 1] and joined(s) \
                and keys[s - 1] not in lex.conj:
            s -= 1
        return s

    def name_fwd(s: int) -> int:         # end (exclusive) of the capitalised name from token s
        e = s + 1
        while e < n and e - s < _FAC_LIST_WORDS and cap[e] and joined(e):
            e += 1
        return e

    def sep_before(s: int) -> int:       # end token of the name before a list separator, or -1
        if s < 2 or "\n" in gaps[s]:
            return -1
        if gaps[s].strip() == ",":
            return s - 1
        if keys[s - 1] in lex.conj and not cap[s - 1] and gaps[s] == " " \
                and gaps[s - 1].strip() in ("", ",") and "\n" not in gaps[s - 1]:
            return s - 2
        return -1

    for h in _positions(lex.facility_plural_after & index.keys(), index):
        if h < 2 or cap[h] or gaps[h] != " " or not cap[h - 1]:
            continue
        s = name_back(h - 1)
        names = [(s, h)]
        for _ in range(_FAC_LIST_NAMES):
            e = sep_before(s)
            if e < 0 or not cap[e]:
                break
            s = name_back(e)
            names.append((s, e + 1))
        # (one name alone before the head may be where they are: 'Colombo hotels')
        if len(names) >= 2:
            out.extend((a, b, sc.tokens[h][2]) for a, b in names)
    for h in _positions(lex.facility_plural_before & index.keys(), index):
        s = h + 1
        # (a German head is capitalised as every noun: 'die Hotels Shangri-La und Kingsbury')
        if s >= n or cap[h] and not lex.nouns_capitalised or not cap[s] or gaps[s] != " ":
            continue
        for _ in range(_FAC_LIST_NAMES):
            e = name_fwd(s)
            out.append((s, e, sc.tokens[h][2]))
            if e + 1 >= n or "\n" in gaps[e]:
                break
            if gaps[e].strip() == "," and cap[e]:
                s = e
            elif keys[e] in lex.conj and not cap[e] and e + 1 < n and cap[e + 1] \
                    and gaps[e + 1] == " ":
                s = e + 1
            else:
                break
    return out


_FAC_QUOTES_OPEN = ("«", "„", "“", '"')
_FAC_QUOTES_CLOSE = ("»", "“", "”", '"')


def _named_in_prose(sc: Scan, line_kind, first: int, e: int) -> bool:
    """Is the name of tokens first..e written elsewhere in the story, capitalised, outside a
    headline-case or all-caps line (or is it written so there itself)?"""
    keys, n = sc.keys, len(sc.keys)
    width = e - first
    for p in sc.index.get(keys[first], ()):
        if p == first or p + width > n or line_kind[p]:
            continue
        if keys[p:p + width] == keys[first:e] and sc.tokens[p][2][:1].isupper():
            return True
    return False


def _sentence_start_only(sc: Scan, a: int, k: int, lex: Lexicon) -> bool:
    """'Hospital officials said …' has no name; a single capitalised word at a sentence start
    before the head ('Local hospital …') proves nothing either."""
    return k - a == 1 and sc.sentence_floor(a) == a


_ACRONYM = re.compile(r"\(([^\W\d_]{3,8})\)")


def _acronym_runs(text, toks, starts, ends, gaps, cap, n) -> dict[int, tuple[int, int]]:
    """'Komite Nasional Papua Barat (KNPB)', 'Islamic State Khorasan Province (ISKP)': the
    capitalised words right before an acronym in brackets whose initials spell it are one
    organisation's name: {token: (first, end)} for each token of such a run. A place inside it
    is no mention; the whole run may still be a place ('Democratic Republic of Congo (DRC)')."""
    out: dict[int, tuple[int, int]] = {}
    for m in _ACRONYM.finditer(text):
        acr = m.group(1)
        # ('Forze democratiche di liberazione del Ruanda (Fdlr)': the Italian press writes
        # acronyms with one capital, and names with lower-case words after the first)
        title = not acr.isupper() and acr[:1].isupper() and acr[1:].islower()
        if not acr.isupper() and not title:
            continue
        b = bisect.bisect_right(ends, m.start())          # the token after the last name word
        if b == 0 or b > n or text[ends[b - 1]:m.start()].strip():
            continue
        letters = acr.casefold()
        if title:
            run = _lower_case_name_run(letters, b, toks, gaps, cap)
            if run is not None:
                for x in range(run, b):
                    out[x] = (run, b)
            continue
        k, got, first = b - 1, [], b
        while k >= 0 and len(got) < len(letters) and b - k <= len(letters) + 4:
            if k < b - 1 and (gaps[k + 1].strip() not in ("", "-", "‐", "‑")
                              or "\n" in gaps[k + 1]):
                break         # ('Persekutuan Gereja-gereja di Indonesia (PGI)': a compound is one word)
            w = toks[k][2]
            if cap[k]:
                got.append(w[:1].casefold())
                first = k
            k -= 1
        if len(got) == len(letters) and "".join(reversed(got)) == letters:
            for x in range(first, b):
                out[x] = (first, b)
    return out


# short lower-case words an acronym skips ('di liberazione del', 'de la', 'of the')
_ACRONYM_SKIPS = frozenset({"di", "del", "della", "dei", "degli", "de", "des", "du", "la", "le",
                            "el", "los", "las", "of", "the", "and", "e", "et", "y", "i", "per",
                            "pour", "para", "for", "und", "der", "die", "das", "von", "für"})


def _lower_case_name_run(letters: str, b: int, toks, gaps, cap) -> int | None:
    """The first token of a name whose words' initials spell ``letters`` (the small words
    of _ACRONYM_SKIPS skipped), ending right before token ``b`` and opening capitalised."""
    k, got = b - 1, []
    while k >= 0 and len(got) < len(letters) and b - k <= 2 * len(letters) + 2:
        if k < b - 1 and (gaps[k + 1].strip() or "\n" in gaps[k + 1]):
            return None
        w = toks[k][2]
        if not w[:1].isalpha():
            return None
        if w.casefold() not in _ACRONYM_SKIPS:
            got.append(w[:1].casefold())
        k -= 1
    first = k + 1
    if len(got) == len(letters) and "".join(reversed(got)) == letters and cap[first]:
        return first
    return None


_ARABIC_ARTICLES = ("al", "el", "ash", "as", "ad", "ar", "at", "az", "an", "ath", "adh")


def index_of_articles(keys, index) -> list[int]:
    """Positions of the Arabic article's spellings among an article's words."""
    return sorted(k for a in _ARABIC_ARTICLES for k in index.get(a, ()))


def _lower_heads(lex: Lexicon, keys, cap, blocked, gaps, index, n) -> list[int]:
    """Lower-case tokens that begin a feature cue ('mer', 'golfe de', 'stretto di', 'сектор')
    and are followed, across the cue's own words and connectors, by a capitalised word."""
    out = _heads_before_capital(lex.cues_before, lex, keys, cap, blocked, gaps, index, n, 3)
    if lex.landmark_heads:
        # ('la tour Eiffel', 'la torre di Pisa', 'the temple of Hatshepsut'): a landmark's
        # lower-case head word opens the name the gazetteer may store with it
        seen = set(out)
        out += [k for k in _heads_before_capital(lex.landmark_heads, lex, keys, cap, blocked, gaps,
                                                 index, n, 4) if k not in seen]
    return out


def _heads_before_capital(table, lex: Lexicon, keys, cap, blocked, gaps, index, n,
                          reach: int) -> list[int]:
    """Lower-case tokens where a phrase of `table` begins, followed across the phrase's own words
    and connectors (up to three tokens on) by a capitalised word no further than `reach`."""
    out = []
    for k in table.starts(keys, index):
        if cap[k] or blocked[k]:
            continue
        length, _ = table.at(keys, k)
        if not length:
            continue
        m = k + length
        while m < n and m - k <= 3 and not cap[m] and keys[m] in lex.connectors \
                and gaps[m] in _JOIN_GAPS:
            m += 1
        if m < n and m - k <= reach and cap[m] and not blocked[m] and gaps[m] in _JOIN_GAPS:
            out.append(k)
    return out


_HYPHENS = ("-", "‐", "‑", "–")
# lower-case links inside a hyphenated name: the Persian ezafe ('Dasht-e-Barchi', 'Mazar-i-
# Sharif', 'Shahr-e-Naw'), the Arabic-Urdu article ('Deir-ul-Balah', 'Dera-ul-X'), Russian
# transcriptions of them ('Дашт-е-Барчи')
_LINK_PARTICLES = frozenset({"e", "i", "ye", "yi", "ul", "al", "el", "ud", "ur", "us", "un",
                             "ut", "uz", "az", "o", "е", "и", "уль", "аль", "эль"})
_QUOTES = "\"«»“”„‚‘’'"
# cue features of natural features ('море', 'denizi', 'пролив') and the gazetteer features a
# name ending in such a word may have (islands and heights are regions in the curated files)
_NATURAL_CUES = frozenset({"water", "mountain", "other", "region"})
_NATURAL_FEATURES = frozenset({"water", "mountain", "other", "region"})
_LONGER_NAME_START = "the first words of a longer name the gazetteer does not know"
_OTHER_NAME_OPENING = "another name of a place, opening a longer name"
_ARTICLE_THEN_NAME = "a feature cue or an article followed by the name"
_WATERS_AND_HEIGHTS = frozenset({"water", "mountain"})
# cues that name an area ('región de', 'Oblast', 'province of') and the features they fit
_AREA_CUES = frozenset({"admin1", "admin2", "region"})
_AREA_FEATURES = frozenset({"admin1", "admin2", "region"})


def _demonym_borders(sc: Scan, lex: Lexicon, gaz, seg, in_dateline) -> None:
    """'армяно-азербайджанской границе', 'the Armenian-Azerbaijani border', 'la frontière
    arméno-azerbaïdjanaise': two adjectives of nationality glued by a hyphen next to a border
    cue are the border of those two countries."""
    from .gazetteer import Candidate

    keys, toks, n = sc.keys, sc.tokens, len(sc.tokens)
    for k in sc.border_starts(lex):
        length, _ = lex.border.at(keys, k, sc.sentence_ceiling(k))
        if not length:
            continue
        pairs = []
        if k >= 2 and sc.gap(k - 1) in _HYPHENS and sc.gap(k) == " ":
            pairs.append((k - 2, k))                       # adjectives before the noun
        e = k + length
        if e + 1 < n and sc.gap(e) == " " and sc.gap(e + 1) in _HYPHENS:
            pairs.append((e, e + 2))                       # … after it (fr, es, it)
        for a, b in pairs:
            iso_a, iso_b = demonym(lex, keys[a]), demonym(lex, keys[a + 1])
            if not iso_a or not iso_b or iso_a == iso_b:
                continue
            place = gaz.border(iso_a, iso_b)
            if place is None:
                continue
            start, end = toks[a][0], toks[b - 1][1]
            if any(sp.start < end and start < sp.end and sp.cands[0].place.feature == "border"
                   for sp in sc.spans):
                continue
            sc.spans = [sp for sp in sc.spans if not (sp.start < end and start < sp.end)]
            surface = sc.text[start:end]
            cand = Candidate(place=place, name=surface, key=" ".join(keys[a:b]), lang=lex.lang,
                             name_kind="name", how="demonyms", importance=7.0)
            sp = Span(i=a, j=b, start=start, end=end, surface=surface, cands=[cand],
                      segment=seg[a], dateline=in_dateline[a],
                      notes=[f"adjectives of {iso_a} and {iso_b} next to the border cue "
                             f"'{' '.join(t[2] for t in toks[k:k + length])}'"])
            sc.spans.append(sp)
    sc.spans.sort(key=lambda sp: sp.start)


# Names already asked about, per gazetteer: news repeats the same names article after article,
# so a long run (`geomap add` of a folder) asks SQLite only about names it has not seen yet.
_CACHE: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_CACHE_MAX = 300_000
# the filtered, ranked candidates of a run's keys (built from the answers above), per gazetteer
_CANDS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()


def _cands_memo(gaz) -> dict:
    """The memo of the filtered, ranked candidates of runs' keys for this gazetteer (emptied
    when full)."""
    try:
        memo = _CANDS.setdefault(gaz, {})
    except TypeError:                     # an object that cannot be weakly referenced
        return {}
    if len(memo) >= _CACHE_MAX:
        memo.clear()
    return memo


def _match(gaz, keys: list[str]) -> dict:
    """gaz.match(keys) through the cache: at most ONE query per article, for the new keys."""
    if not keys:
        return {}
    try:
        cache = _CACHE.setdefault(gaz, {})
    except TypeError:                     # an object that cannot be weakly referenced
        return gaz.match(keys)
    distinct = dict.fromkeys(keys)        # (each key once: runs share their variants)
    new = [k for k in distinct if k not in cache]
    if new:
        if len(cache) + len(new) > _CACHE_MAX:
            cache.clear()
            _CANDS.pop(gaz, None)
            new = list(distinct)
        found = gaz.match(new)
        for k in new:
            cache[k] = found.get(k, ())
    get = cache.get
    return {k: v for k in distinct if (v := get(k))}


_SKELETONS: "weakref.WeakKeyDictionary" = weakref.WeakKeyDictionary()
_SKEL_KEYS: dict[str | None, dict[str, list]] = {}
_RULES: dict = {}
# a skeleton reading is only tried for names of this many letters or more, and of at most
# this many words ('Tschassiw Jar', 'Pétion-Ville')
_SKELETON_MIN_KEY = 4
_SKELETON_MAX_WORDS = 3
# … and for runs that matched nothing, or only villages and small towns (importance < this:
# ~10,000 people), in case the name is a respelling of a region ('Sjunik' → Syunik)
_SKELETON_SMALL = 5.2


@lru_cache(maxsize=1 << 14)
def _name_skeleton(name: str) -> str:
    """The spelling skeleton of a place's name (pure: memoised, bounded)."""
    return skeleton(key(name))


def _respell_run(surface: str, plain: str, rules) -> str:
    """``translit.respell(surface, rules)`` for a run whose key is ``plain``: when none of the
    language's rules applies, respell gives the key of the casefolded surface, which is the
    run's own key (casefolding again changes nothing), and the surface is not folded again
    (most new names; a test compares the two)."""
    if rules is not None:
        pattern = rules[0]
        if pattern.search(surface.casefold()):
            return respell(surface, rules)
    return plain


def _skeleton_runs(text, lex: Lexicon, gaz, runs, at, cap, keys, starts, ends) -> None:
    """Spellings GeoNames lacks ('Tawusch', 'Tavouch', 'Saporischschja'): the capitalised runs
    that matched nothing are looked up by their spelling skeletons (``gazetteer.translit``),
    in one more query. Only admin regions and towns of some size are there; the reading is
    weaker than a real name (``places._score``), so the article's context must vouch for it."""
    lookup = getattr(gaz, "match_skeletons", None)
    if lookup is None:
        return
    rules = _RULES.get(lex.lang, False)
    if rules is False:
        rules = _RULES[lex.lang] = compile_rules(dict(lex.spelling))
    wanted: list[tuple[int, int, tuple[str, ...]]] = []
    flat: list[str] = []                 # (their skeletons, in order)
    done = _SKEL_KEYS.setdefault(lex.lang, {})           # surface → its skeletons (memo)
    if len(done) > _KEYS_MAX:
        done.clear()
    stop, common = lex.stop, lex.common
    # (runs: those with no exact match, or only villages and small towns, of ≤ 3 words)
    for i, j, ks in runs:
        # (the tests below depend on the surface alone: its answer is memoised with it)
        surface = text[starts[i]:ends[j - 1]]
        sks = done.get(surface)
        if sks is None:
            if not cap[i] or not cap[j - 1] or keys[i] in stop or keys[i] in common or (
                    keys[j - 1] in stop          # ('Pétion-Ville': hyphenated, a name)
                    and (j - i == 1 or text[ends[j - 2]:starts[j - 1]] not in _HYPHENS)) \
                    or len(ks[0] if ks else "") < _SKELETON_MIN_KEY \
                    or min(map(len, keys[i:j])) < 2 or len(keys[j - 1]) < 3:
                sks = done[surface] = ()  # ('Harry S. Truman': no initial in a loose reading)
            elif len(ks) > 1:
                found = {skeleton(_respell_run(surface, ks[0], rules))}
                found.update(skeleton(respell(v, rules)) for v in ks[1:])
                found.discard("")
                sks = done[surface] = tuple(sorted(found))
            else:                         # (most runs: one key, one skeleton)
                sk = skeleton(_respell_run(surface, ks[0], rules))
                sks = done[surface] = (sk,) if sk else ()
        if sks:
            wanted.append((i, j, sks))
            flat.extend(sks)
    if not wanted:
        return
    try:
        cache = _SKELETONS.setdefault(gaz, {})
    except TypeError:
        cache = {}
    if len(cache) > _CACHE_MAX:
        cache.clear()
    new = list(dict.fromkeys(filterfalse(cache.__contains__, flat)))     # (in C)
    if new:
        found = lookup(new)
        for k in new:
            cache[k] = found.get(k, ())
    for i, j, sks in wanted:
        lst = cache.get(sks)             # (a run's ranked list, under its tuple of skeletons)
        if lst is None and not any(map(cache.get, sks)):
            lst = cache[sks] = []        # (most new skeletons: no place has them)
        elif lst is None:
            cands: dict = {}
            for k in sks:
                for c in cache.get(k, ()):
                    cands.setdefault(c.place.id, c)
            lst = cache[sks] = sorted(cands.values(), key=lambda c: (-c.importance, c.place.id))[:5]
        if not lst:
            continue
        old = next((c for jj, c in at.get(i, ()) if jj == j), None)
        if old is None:
            at.setdefault(i, []).append((j, lst))
            continue
        # 'Sjunik' is a name of the village Syunik: the province Syunik of the same country,
        # far bigger, is the same name respelled (attested by the village's entry), not a
        # loose reading; no other place is added to a real match ('Guerra' is no Guéra)
        seen = {c.place.id for c in old}
        floor = old[0].importance + 1.0
        bigger = [c for c in lst if c.place.id not in seen and c.importance >= floor]
        if not bigger:                   # (most runs: the skeleton finds nothing bigger)
            continue
        attested = {(_name_skeleton(c.place.name), c.place.country) for c in old}
        extra = [_as_variant(c) for c in bigger
                 if (_name_skeleton(c.place.name), c.place.country) in attested]
        if extra:
            merged = sorted(old + extra, key=lambda c: (-c.importance, c.place.id))
            at[i] = [(jj, merged if jj == j else c) for jj, c in at[i]]


def _as_variant(c):
    """A copy of a candidate marked as matched through a de-inflected variant."""
    if type(c) is Candidate:
        # (what copy() does for a plain dataclass, without its dispatch and __reduce_ex__; the
        # attributes set one by one in their order: reading or updating ``__dict__`` would
        # turn both objects' attributes into slower dicts)
        v = _new_object(Candidate)
        v.place = c.place
        v.name = c.name
        v.key = c.key
        v.lang = c.lang
        v.name_kind = c.name_kind
        v.how = c.how
        v.importance = c.importance
        v.layer = c.layer
        v.same_spelling = c.same_spelling
    else:
        from copy import copy
        v = copy(c)
    v.how = "variant"
    return v


_CREDIT_WHY = "(a byline or credit)"
# the words for a saint that open a hospital's or a school's dedication (the places stage's
# facility_person_heads): in the nine languages' spellings, apostrophes folded
_SAINT_WORDS = frozenset({"saint", "sainte", "st", "ste", "san", "santa", "santo", "sant",
                          "santi", "sankt", "sao", "santo", "sveti", "santisima", "santissima"})
# the languages geomap reads: a name the gazetteer gives in one of them is a name in the news
_OPEN_QUOTES = ("«", '"', "“", "„", "«\u00a0")
_NEWS_LANGS = frozenset({"id", "en", "ru", "tr", "fr", "de", "es", "it", "ms"})


def _own_name_differs(gaz, cand, lang: str, kk: str) -> bool:
    """The country has a name of the article's language and it is not the word ('Algérie'
    for a French 'Algérien'; Turkish 'Irak', stored once as German, has none: the word may
    be its name), nor is the word its English or language-less name."""
    names = getattr(gaz, "country_names", None)
    if names is None:
        return False
    got = names(cand.place.id)
    own = [key(n) for n, ln, _k in got if ln == lang]
    # (nor the name with no language or the English one: Indonesian 'Indonesia', Malay
    # 'China' are the country and its people alike)
    return bool(own) and kk not in own and not any(
        ln in (None, "en") and key(n) == kk for n, ln, _k in got)
_QUOTE_OPENERS = frozenset('"“«„\'‘')
_QUOTE_CLOSERS = frozenset('"”»“\'’')
MAX_CANDIDATES_SEEN = 10          # (places.MAX_CANDIDATES: the candidates ranked)
_QUOTES_OPEN = frozenset(("", "«", '"', "“", "„", "'"))
_QUOTES_CLOSE = frozenset(("", "»", '"', "”", "“", "'"))
_NICKNAME_OPEN = frozenset(' ' + q for q in '"“«„\'')
_NICKNAME_CLOSE = frozenset(q + ' ' for q in '"”»“\'')


# surname suffixes → word key → does it end like a surname (five letters or more)?
_SURNAMES: dict[tuple, dict[str, bool]] = {}


def _surname_test(suffixes: tuple):
    """``w → len(w) >= 5 and w.endswith(suffixes)``, memoised per word (bounded)."""
    memo = _SURNAMES.get(suffixes)
    if memo is None or len(memo) >= _KEYS_MAX:
        memo = _SURNAMES[suffixes] = {}
    get = memo.get

    def surname_like(w: str) -> bool:
        v = get(w)
        if v is None:
            v = memo[w] = len(w) >= 5 and w.endswith(suffixes)
        return v
    return surname_like


def _persons(sc: Scan, lex: Lexicon, cap, cased, blocked, place_len, strong_len, country_len,
             at) -> dict[int, str]:
    """Tokens that belong to person names: after a title ('Menteri Pertahanan Rusia Sergey
    Shoygu'), starting with a known first name ('Charles Michel', 'Karl Gading'), or a
    capitalised pair ending like a surname ('Armen Grigoryan')."""
    keys, toks = sc.keys, sc.tokens
    n = len(toks)
    out: dict[int, str] = {}
    # (the keys the article writes in lower case somewhere: common words, no given names)
    # (cased and not capitalised: the facts are bools, so cased > cap; picked in C)
    lower_keys = set(compress(keys, map(_gt, cased, cap)))
    # (where a token is inside the article, its gap and break are read from the lists, not
    # through the Scan's bounds-checking methods)
    gaps, brk = sc.gap_list(), sc.gap_breaks()
    sent_id, bounds = sc.sent_id, sc.sent_bounds      # (the same: sentence ceilings)

    def name_run(k: int, limit: int = 3) -> int:
        """End of the run of capitalised, non-office tokens starting at k, with name particles
        ('Thomas de Waal', 'Abu Muhammad al-Julani') and initials ('Harry S. Truman')."""
        m = k
        words = 0
        # (a particle is no office word inside a name: 'del' of 'ministro del Interior' is
        # also the 'del' of 'Eduardo del Castillo')
        # ('Luigi Di Maio': a particle written with its capital inside a name, before its last
        # word, is no office word either)
        while m < n and words < limit and not blocked[m] and (
                keys[m] not in lex.office or m > k and keys[m] in _PARTICLES and (
                    not cap[m] or m + 1 < n and cap[m + 1] and gaps[m + 1] == " ")):
            if m > k:
                g = gaps[m]
                initial = len(toks[m - 1][2]) == 1 and cap[m - 1] and g.strip() == "."
                if brk[m] and not initial:
                    break
                if any(ch in g for ch in "·•|"):
                    break     # ('Fernando Villavicencio · Violencia · Quito': items of a tag line)
                if words >= 2 and lex.apostrophe_marks_names and m + 1 < n \
                        and gaps[m + 1] in ("'", "’") and place_len(m) and not initial:
                    break     # "Recep Tayyip Erdoğan Kahramanmaraş'ta": the place after a name
                    # (not after an initial: "George W. Bush'un" ends with its surname)
                if lex.apostrophe_marks_names and not cap[m] and gaps[m] in ("'", "’"):
                    break     # "Erdoğan Soçi'de Putin": a case suffix ends the name, no particle
            if not cap[m]:
                # ('anggota KKB di Nabire': a locative cue before a known place ends the name)
                if m > k and m + 1 < n and (cap[m + 1] or m + 2 < n and cap[m + 2]
                                            and keys[m + 1] in _NAME_ARTICLES
                                            and keys[m] in _PARTICLES and not brk[m + 2]) and (
                        (keys[m] in _PARTICLES or keys[m] in _NAME_ARTICLES
                         and keys[m - 1] in _PARTICLES and not cap[m - 1]) and not brk[m + 1]
                        and not lex.locatives.has(keys[m])
                        # ('Josep Borrell den Vorort Butscha': an article of the language is
                        # a particle only after another one, as in 'Ursula von der Leyen')
                        and not (lex.determiners.has(keys[m]) and keys[m - 1] not in _PARTICLES)
                        # ('Ahmed eş-Şara', 'Абу Мухаммад аль-Джулани': the article glued on)
                        or keys[m] in _HYPHEN_PARTICLES and gaps[m + 1] in _HYPHENS) \
                        and not (gaps[m + 1] == " " and cap[m + 1] and cap[m - 1]
                                 and place_len(m + 1, 6.0)):
                    # ('Giovanni Ventura di Padova', "Erdoğan da Azerbaycan'a": a town of
                    # weight after the particle is where the person is from or goes, no name)
                    m += 1            # (a locative of the language is no name particle)
                    continue
                break
            m += 1
            words += 1
        return m

    def mark(a: int, b: int, why: str) -> None:
        name = sc.text[toks[a][0]:toks[b - 1][1]]
        for x in range(a, b):
            out.setdefault(x, f"part of the person name '{name}' ({why})")

    def multiword_place(k: int) -> bool:
        # (a loose skeleton reading does not make 'Harry S' a place and spare it as a name)
        return any(j - k > 1 and cands[0].importance >= 4.0 and cands[0].how != "skeleton"
                   for j, cands in at.get(k, ()))

    def ends_big_place(k: int) -> bool:
        # 'a San Pietroburgo Lukashenko …': k is the last word of a big place's name that
        # starts before it; the surname after it is no part of that name
        return any(j == k + 1 and cands[0].importance >= 6.0 and cands[0].how != "skeleton"
                   for x in range(max(0, k - 3), k) for j, cands in at.get(x, ()))

    def stray_country(k: int) -> bool:
        # 'Loïc Liber': a country read only through a one-word name of no known language
        # (not its name in any language geomap reads) is a surname after a given name
        return all(j == k + 1 and cands[0].name_kind == "alt" and cands[0].lang is None
                   and cands[0].how == "exact" for j, cands in at.get(k, ()))

    def home_town(k: int) -> bool:
        # 'Jalur Boyolali–Salatiga' in a headline: a town of weight of the language's own
        # country ends like a surname ('-li') only by chance; it is no surname there
        return any(j == k + 1 and c[0].importance >= 5.5 and c[0].how == "exact"
                   and c[0].place.country == lex.country_prior for j, c in at.get(k, ()))

    def inside_place(k: int) -> bool:
        # 'Second Thomas Shoal': a gazetteer name that starts before k and goes on after it
        return any(j > k + 1 and cands[0].importance >= 4.0 and cands[0].how != "skeleton"
                   for x in range(max(0, k - 3), k) for j, cands in at.get(x, ()))

    # 0. bylines and photo credits: 'By Anna X and Tom Y', 'Foto: Vasily K/AP', 'REUTERS/Name'
    text = sc.text
    for i in lex.byline.starts(keys, sc.index):
        length, _ = lex.byline.at(keys, i, bounds[sent_id[i]][1])
        if not length:
            continue
        b = toks[i][0] - 1
        while b >= 0 and text[b] in " \t\u00a0":
            b -= 1
        # ('© AFP / Name': a copyright sign opens a credit; a spaced slash closes its label)
        line_start = b < 0 or text[b] in "\n|•·(-–—;©"
        # ('Wreaths at the cenotaph. Picture by Liam X': a credit of two words or more may
        # follow a caption's sentence on its line)
        if not line_start and length >= 2 and text[b] in ".!?[":
            line_start = True
        # ('… (archive). Photo J. Smith': one credit word after a sentence's end, then an
        # initial with its dot, opens a credit too)
        ki = i + length
        if not line_start and b >= 0 and text[b] in ".!?" and ki + 1 < n \
                and len(toks[ki][2]) == 1 and toks[ki][2].isupper() \
                and sc.gap(ki + 1).strip() == "." and cap[ki + 1]:
            line_start = True
        e = toks[i + length - 1][1]
        label = text[e:e + 3].lstrip(" ")[:1] in (":", "/")
        if not (line_start or label):
            continue
        k = i + length
        while k < n:
            g = sc.gap(k).strip()
            if g not in ("", ":", "/", "-", "–", "—", ",") or not cap[k]:
                break
            if blocked[k]:
                # ('(Fotoğraf: MHA / Name Surname)': an agency's all-caps code the story named
                # before, in its dateline, is the credit's label; its name follows the slash)
                if toks[k][2].isupper() and len(toks[k][2]) >= 2 and k + 1 < n \
                        and sc.gap(k + 1).strip() == "/":
                    k += 1
                    continue
                break
            pl = place_len(k)
            if pl and not (k + pl < n and cap[k + pl] and sc.gap(k + pl) == " ") \
                    and not (k + pl + 1 < n and not cap[k + pl] and keys[k + pl] in _PARTICLES
                             and cap[k + pl + 1] and sc.gap(k + pl) == " "
                             and text[toks[k + pl + 1][1]:toks[k + pl + 1][1] + 1] == ")"):
                break                 # 'Von Eriwan aus': a place, not a name
                # ('(AFP/Olympia de Tillabéri)': a name with its particle, to the bracket)
            m = name_run(k, 4)
            # ('Reuters/Armenia' is a place; 'EFE/Mauricio Torres' a given name, not Mauritius)
            # ('AA / Murat Ceylan': after a given name a country's old name is a surname)
            # ('By Samir Aden and Rachel Holland': a country's other name, uninflected, after a
            # word of a credit's name that is no place nor an acronym is a surname as well;
            # 'ГСЧС Украины' is the country's service)
            if not (keys[k] in lex.first_names and m > k + 1):
                m = next((x for x in range(k, m)
                          if any(c[0].place.feature == "country"
                                 and (x == k or key(c[0].name) == key(c[0].place.name)
                                      or place_len(k) or c[0].how != "exact"
                                      or toks[x - 1][2].isupper())
                                 for _, c in at.get(x, ()))), m)
            if m == k:
                break
            if lex.apostrophe_marks_names and m < n and gaps[m] in ("'", "’"):
                break     # ("İLGİLİ HABER: Şemdinli'de saldırı": a case suffix, no credit's name)
            mark(k, m, _CREDIT_WHY[1:-1])
            k = m
            # '(AFP/Olympia de Tillabéri)': a particle and the rest of the name, up to the
            # credit's end (a closing bracket or the end of the line)
            if k + 1 < n and not cap[k] and keys[k] in lex.connectors and cap[k + 1] \
                    and sc.gap(k) == " " and sc.gap(k + 1) == " " and not blocked[k + 1]:
                m = name_run(k + 1, 3)
                end = toks[m - 1][1] if m > k + 1 else -1
                if end >= 0 and text[end:end + 1] in (")", "\n", ""):
                    mark(k, m, _CREDIT_WHY[1:-1])
                    k = m
            # ('Reporting by Samir X in Dubai and Rachel Y in Jerusalem': the reporter's town
            # stays a place, and the credit goes on after it)
            if k + 2 < n and not cap[k] and lex.locatives.has(keys[k]) and cap[k + 1] \
                    and place_len(k + 1) and not sc.gap_has_break(k) \
                    and keys[k + 1 + place_len(k + 1)] in lex.conj if k + 1 + place_len(k + 1) < n \
                    else False:
                k += 1 + place_len(k + 1)
            # '… and Tom Y', '…, Name'
            if k < n and keys[k] in lex.conj and not sc.gap_has_break(k):
                k += 1
                continue
            if k < n and sc.gap(k).strip() in (",", "/") and cap[k] and not place_len(k):
                continue
            break

    # 0b. a caption's closing credit after its description: '… on Thursday. Asia Newswire/
    # Sunil X]', '(Studio Y / Name X)': an outlet, a slash, and one to three capitalised words
    # up to the bracket or the line's end are the photographer's name, no place
    # (only tokens after a gap holding a slash can close a credit: those picked in C)
    for k in compress(range(n), map(str.__contains__, gaps, repeat("/"))):
        # ('(Kompas.com/Name X)': a site's address before the slash is the outlet too)
        if k < 1 or not cap[k] or not (cap[k - 1] or blocked[k - 1].endswith("(not text)")) \
                or blocked[k] or gaps[k].strip() != "/" \
                or "\n" in gaps[k]:
            continue
        m = name_run(k, 3)
        if m - k < 2 or m - k > 3:
            continue
        tail = text[toks[m - 1][1]:toks[m - 1][1] + 2].lstrip(" ")[:1]
        # (in a caption, or closing a bracket opened on its line: '[Photo: … X/Name]')
        closes = tail in ("]", ")") and text.rfind("\n", 0, toks[k][0]) < text.rfind(
            "[" if tail == "]" else "(", 0, toks[k][0])
        if (closes or sc.seg[k] == CAPTION and tail in ("\n", "")) \
                and all(not blocked[x] for x in range(k, m)):
            mark(k, m, _CREDIT_WHY[1:-1])

    def second_place(end: int, ceil: int) -> int:
        """'Duta Besar Iran untuk Lebanon, Mojtaba Amani', "ambassador to Lebanon, Name": after
        the office's place (or the title), one lower-case word, a second place and a comma:
        the token where the holder's name starts (0 if the words are not so)."""
        x = end + 1 if end + 1 < ceil and not cap[end] and sc.gap(end) in (" ", "'", "’") \
            and sc.gap(end + 1) in (" ", "'", "’") else 0
        pl2 = (strong_len(x) or place_len(x)) if x and cap[x] else 0
        if pl2 and x + pl2 < ceil and sc.gap(x + pl2).strip() == "," \
                and "\n" not in sc.gap(x + pl2) and cap[x + pl2] and not blocked[x + pl2] \
                and not place_len(x + pl2):
            return x + pl2
        return 0

    # 1. titles
    for i in lex.titles.starts(keys, sc.index):
        length, _ = lex.titles.at(keys, i, bounds[sent_id[i]][1])
        if not length or lex.cues_before.at(keys, i)[0] >= length:   # 'Ibu Kota' is a cue
            continue
        k = i + length
        if any(jj > k and cands[0].importance >= 4.0 and cands[0].how != "skeleton"
               for jj, cands in at.get(i, ())):
            continue          # "Halep'in Şeyh Maksud mahallesi": the title opens a place's name
        if any(jj > k and cands[0].importance >= 4.0 and cands[0].how == "exact"
               and not sc.gap_has_break(x + 1)
               for x in range(max(0, i - 3), i) for jj, cands in at.get(x, ())):
            continue          # 'Teluk Panglima Garang', 'Kampung Datuk Keramat': the title
                              # stands inside a place's name that starts before it
        if i > 0 and cap[i] and lex.streets_before \
                and lex.streets_before.ending(keys, i, bounds[sent_id[i]][0])[0]:
            continue          # 'Jalan Sultan, Kampung Baru': a title right after a street word
            # is the street's name; the words after it are no holder's name
        ceil = bounds[sent_id[i]][1]
        steps = 0
        after_of = False               # 'the governor of X': X is the office's place
        office_place = False           # the office's place was passed: a name comes next
        nationality = False            # an adjective of nationality was passed ('alemán')
        while k < ceil and steps < 8:
            steps += 1
            g = sc.gap(k)
            if any(ch in _BREAK_CHARS for ch in g) and g.strip() != "," and not (
                    k == i + length and g == ". " and len(keys[k - 1]) <= 4 and cap[k]
                    and not toks[k - 1][2].isupper()):
                break             # (not the dot of an abbreviated title: 'Gov. Name')
            kk = keys[k]
            # ('Duta Republik Czech ke Pakistan, Name': an office word opening a country's
            # name is that country, the office's place)
            if blocked[k] or kk in lex.office and not (cap[k] and country_len(k) > 1) \
                    or (kk in lex.connectors and not cap[k]) \
                    or (not cap[k] and demonym(lex, kk)):    # 'l'ambasciatore iraniano X'
                after_of = kk in lex.connectors and not cap[k]
                nationality = nationality or (not cap[k] and not blocked[k]
                                              and kk not in lex.office and bool(demonym(lex, kk)))
                k += 1
                continue
            if nationality and not office_place and cap[k] and not country_len(k) \
                    and not multiword_place(k) and not sc.gap_has_break(k):
                # 'el presidente alemán Roman Herzog', 'il ministro tedesco X Y': the adjective
                # of nationality is the office's country; two capitalised words or more after
                # it are the holder's name, whatever town the first one spells
                m = name_run(k, 4)
                if m - k >= 2:
                    mark(k, m, "after a title and an adjective of nationality")
                    break
            if after_of and cap[k] and k in at and kk not in lex.first_names:
                # 'el gobernador de Sinaloa, Rubén …': a name of the gazetteer after 'de' is
                # the office's place, even a small one; the person's name comes after it
                end = k + max(j for j, _ in at[k]) - k
                if end < ceil and (cap[end] and not sc.gap_has_break(end)
                                   or sc.gap(end).strip() == "," and cap[end]):
                    k = end
                    after_of = False
                    office_place = True
                    continue
                nk = second_place(end, ceil)       # "l'ambassadeur d'Iran au Liban, Name"
                if nk:
                    k = nk
                    after_of = False
                    office_place = True
                    continue
                break
            if not cap[k]:
                # 'le porte-parole du gouvernement, Fousseyni Sikasso': lower-case words,
                # then a comma and the name
                x = k + 1
                while x < min(ceil, k + 5) and not cap[x] and sc.gap(x) == " ":
                    x += 1
                if x < ceil and cap[x] and sc.gap(x).strip() == "," and "\n" not in sc.gap(x):
                    k = x
                    continue
                nk = second_place(k, ceil)          # "Iran's ambassador to Lebanon, Name"
                if nk:
                    k = nk
                    office_place = True
                    continue
                break
            area = next((jj for jj, _ in at.get(k, ()) if jj - k >= 2 and jj < n + 1
                         and not cap[jj - 1] and lex.cues_after.has(keys[jj - 1])), 0)
            if area:
                # 'глава Сергокалинского района Магомед Омаров', 'Kherson region governor':
                # an area named with its cue word is the office's place; the name comes after
                k = area
                continue
            rank = " ".join(keys[i:i + length]) in lex.ranks or keys[i + length - 1] in lex.ranks
            if rank and i > 0 and (keys[i - 1].isdigit() or keys[i - 1] in lex.group_words) \
                    and not sc.gap_has_break(i):
                break      # 'dua tebusan Semporna': a group of them, the name where they are from
            if ((rank and k == i + length) or kk in lex.first_names) and (
                    not country_len(k) or rank and k == i + length and not strong_len(k)
                    and name_run(k, 4) > k + country_len(k)
                    or rank and k == i + length and country_len(k) == 1 and cased[k]
                    and name_run(k, 4) > k + 1 and not country_len(k + 1)) \
                    and not multiword_place(i) and not multiword_place(k):
                # (a big city right after a rank or person noun is a person's given name when
                # more of the name follows: 'the defendant Aman Abdurrahman'; a country is not,
                # unless one word of it opens a longer name: 'el general Salvador Cienfuegos')
                # 'General Santander', 'il corrispondente Marco Bari': a rank right before a
                # name, or a given name, makes a person even of a place's name
                m = name_run(k, 4)
                if m > k:
                    mark(k, m, "after a title")
                break
            if office_place and not sc.gap_has_break(k) and not multiword_place(k) \
                    and not strong_len(k):
                # 'l'ambasciatrice degli Stati Uniti Lynne Tracy': after the office's place, two
                # capitalised words or more are the holder's name, whatever towns they spell
                m = name_run(k, 4)
                if m - k >= 2:
                    mark(k, m, "after a title and its place")
                    break
            pl = strong_len(k) or place_len(k)
            # (only for a ministry's office, 'Defense Minister', 'Menteri Pertahanan': an office
            # of a town, 'Wali Kota Bandung Farhan', names its town before the holder)
            ministry = (i > 0 and keys[i - 1] in lex.office) or \
                any(keys[x] in lex.office for x in range(i + length, k))
            if pl and ministry and not strong_len(k) and not office_place and k + pl < ceil \
                    and cap[k + pl] \
                    and cased[k + pl] and sc.gap(k + pl) == " " and k + pl not in at \
                    and keys[k + pl] not in lex.office and not lex.cues_after.has(keys[k + pl]) \
                    and (k + pl + 1 >= n or not cap[k + pl + 1] or sc.gap_has_break(k + pl + 1)):
                # 'Defense Minister Aden Duale': a town right after a title, then one unknown
                # capitalised word, is a given name and a surname
                mark(k, k + pl + 1, "after a title: a given name and a surname")
                break
            if pl:
                end = k + pl
                # a place directly followed by more capitalised words: those are the name
                if end < ceil and cap[end] and not sc.gap_has_break(end) or \
                        (end < ceil and sc.gap(end).strip() == "," and cap[end]):
                    k = end
                    office_place = True
                    continue
                # 'Duta Besar Iran untuk Lebanon, Mojtaba Amani', "Iran's ambassador to
                # Lebanon, Name": a lower-case word, a second place, a comma, then the name
                nk = second_place(end, ceil)
                if nk:
                    k = nk
                    office_place = True
                    continue
                break                 # 'Wali Kota Surabaya mengatakan': a place, no name
            m = name_run(k, 4)
            # ('Menteri Besar Selangor X': a province right after the title is the office's;
            # one unknown word before it makes it a surname: 'Governor Deval Patrick')
            # ('il presidente della Regione Campania': a cue or office word is no given name)
            m = next((x for x in range(k, m) if strong_len(x) and (
                x != k + 1 or place_len(k) or not cased[k] or x + 1 < m
                or lex.cues_before.at(keys, k)[0] or keys[k] in lex.office
                or keys[k] in lex.common or keys[k] in lex.stop)), m)
            if m > k:
                mark(k, m, "after a title")
            break

    # 1b. 'said Chad Harrison,' 'contó Soledad,': a capitalised run right after a speech word,
    # closed by a comma, is a person (a place there would be 'said in …')
    for i in lex.person_after.starts(keys, sc.index):
        length, _ = lex.person_after.at(keys, i, bounds[sent_id[i]][1])
        if not length:
            continue
        k = i + length
        if k >= n or not cap[k] or blocked[k] or sc.gap(k).strip():
            continue
        # ('Menurut KBRI Bangkok,': an acronym or an organisation's head opens no person's name)
        if toks[k][2].isupper() and len(toks[k][2]) >= 2 or lex.org_before.at(keys, k)[0]:
            continue
        m = name_run(k, 4)
        if m > k and (m >= n or sc.gap(m).strip().startswith(",")) \
                and not (m - k == 1 and k in at and at[k][0][1][0].importance >= 7.0) \
                and not multiword_place(k):
            mark(k, m, f"after '{' '.join(keys[i:k])}'")

    # 1d. 'Alonso Baquero, alias Condor', 'по кличке Север': a capitalised run right after a
    # word that introduces a nickname is that person's nickname, whatever town it spells
    for i in lex.nickname_before.starts(keys, sc.index):
        length, _ = lex.nickname_before.at(keys, i, bounds[sent_id[i]][1])
        if not length:
            continue
        k = i + length
        if k >= n or not cap[k] or blocked[k] or sc.gap_has_break(k) \
                or sc.gap(k).strip() not in ("", '"', "«", "“", "'", "„"):
            continue
        m = name_run(k, 3)
        if m > k and not multiword_place(k):
            mark(k, m, f"a nickname after '{' '.join(keys[i:k])}'")

    # 1c. 'the director of the agency, Bolívar Garzón, said': a run of two or three capitalised
    # words set off by commas right before a speech verb is a person in apposition (two towns
    # there would be a list with 'and'; a multiword place such as 'Santa Cruz' stays a place)
    for i in lex.person_before.starts(keys, sc.index):
        length, _ = lex.person_before.at(keys, i, bounds[sent_id[i]][1])
        if not length or i < 3 or cap[i] or not sc.gap(i).strip().startswith(","):
            continue
        a = i
        while a - 1 >= 1 and i - a < 3 and cap[a - 1] and cased[a - 1] and not blocked[a - 1] \
                and (a == i or not sc.gap(a).strip()):
            a -= 1
        if i - a < 2 or not sc.gap(a).strip().endswith(",") or multiword_place(a) \
                or any(toks[x][2].isupper() for x in range(a, i)):
            continue
        mark(a, i, f"set off by commas before '{keys[i]}'")

    # 2. first names, 3. surname endings (pairs of capitalised words only)
    # (the words before a name particle, from the article's word index: not every token)
    index = sc.index or key_index(keys)
    for p in _positions(_PARTICLES & index.keys(), index):
        i = p - 1
        # 'Ahmad al-Sharaa', 'Abdel Fattah el-Sisi': a given name, then a surname opened by
        # an Arabic article in lower case
        if 0 <= i < n - 2 and cap[i] and cased[i] and keys[i] in lex.first_names \
                and not blocked[i] and i not in out \
                and not cap[i + 1] and sc.gap(i + 1) == " " \
                and sc.gap(i + 2) in _HYPHENS and cap[i + 2] and not sc.gap_has_break(i + 1):
            m = name_run(i + 2, 3)
            if m > i + 2:
                mark(i, m, "a first name")
    # 'Felipe de la Cruz', 'María de los Ángeles Pineda': a given name, then lower-case name
    # particles ('de la', 'del', 'de los') and a capitalised surname; a bare 'de' only before a
    # surname that names no town of weight ('Pedro de Valdivia', not 'Pedro de Madrid')
    for p in _positions(_PARTICLES & index.keys(), index):
        i = p - 1
        if i < 0 or not cap[i] or not cased[i] or keys[i] not in lex.first_names or blocked[i] \
                or cap[p] or sc.gap(p) != " " or sc.gap_has_break(p) \
                or multiword_place(i) or inside_place(i) or lex.locatives.has(keys[p]):
            continue
        if i > 0 and keys[i - 1] in _SAINT_WORDS and cap[i - 1] \
                and any(j > p for j, _ in at.get(i - 1, ())):
            continue              # ("Sant'Anna di Stazzema": a saint's name opening a place's
            # name the gazetteer knows whole, no person 'Anna di Stazzema')
        k = p + 1
        if k < n and not cap[k] and keys[k] in _NAME_ARTICLES and sc.gap(k) == " ":
            k += 1
        if k >= n or not cap[k] or not cased[k] or sc.gap(k) != " " or blocked[k] \
                or country_len(k) or strong_len(k):
            continue
        if k == p + 1 and keys[p] not in _NAME_ARTICLES and place_len(k, 6.0):
            continue
        m = name_run(i, 5)
        if m > k:
            mark(i, m, "a first name and a surname with its particles")
    # 'témoigne Nadia, 34 ans', 'said Ahmed, 27': a given name alone with an age set off by a
    # comma is a person, whatever town of that name the gazetteer has
    for i in _positions(lex.first_names & index.keys(), index):
        # (alone: not a line's first word, 'Firenze, 24 dicembre' opening a line is a dateline,
        # nor after a capitalised word, 'San Luca, 16 ago.' is a town)
        if i + 1 < n and cap[i] and cased[i] and not blocked[i] and i not in out \
                and i > 0 and "\n" not in sc.gap(i) and (not cap[i - 1] or sc.gap(i).strip()) \
                and sc.gap(i + 1).strip() == "," and keys[i + 1].isdigit() \
                and len(keys[i + 1]) <= 2 and not multiword_place(i) and not inside_place(i):
            mark(i, i + 1, "a given name with an age")
    if lex.surnames:
        # 'Fernández-Ortega', 'Ortega-Fernández': a common surname of the language glued by a
        # hyphen to another capitalised word is a double surname, whatever town the other
        # word names (no town pair is written with a common surname)
        for i in _positions(lex.surnames & index.keys(), index):
            if not cap[i] or not cased[i] or blocked[i]:
                continue
            for a, b in ((i, i + 2), (i - 1, i + 1)):
                if a < 0 or b > n or not all(cap[x] and cased[x] for x in range(a, b)) \
                        or sc.gap(a + 1) not in ("-", "‐") or blocked[a] or blocked[b - 1] \
                        or multiword_place(a) or inside_place(a) \
                        or country_len(a) or country_len(a + 1):
                    continue
                mark(a, b, "a double surname with a common surname")
    pairs = [i for i in compress(range(n - 1), cap) if cap[i + 1] and cased[i]]
    surname = _surname_test(lex.surname_suffixes)
    # (the last common surname of the article: a run starting after it holds none)
    last_surname = max(_positions(lex.surnames & index.keys(), index), default=-1) \
        if lex.surnames else -1
    for i in pairs:
        if blocked[i] or i in out:
            continue
        nxt = i + 1
        if keys[i] in lex.first_names and nxt < n and cap[nxt] \
                and sc.gap(nxt) in _NICKNAME_OPEN and not sc.gap_has_break(i):
            # 'Joaquín "El Chapo" Guzmán': a given name, a quoted nickname, the surname
            m = name_run(nxt, 3)
            if m > nxt and m < n and sc.gap(m) in _NICKNAME_CLOSE:
                mark(i, nxt, "a first name")
                mark(nxt, m, "a nickname after a first name")
                if cap[m]:
                    mark(m, name_run(m, 2), "a first name")
            continue
        if nxt >= n or not cap[nxt] or brk[nxt] or gaps[nxt] != " ":
            continue
        # (a province right after a name is the name's unless inflected as a place: Turkish
        # "Erdoğan Hatay'da" is Erdoğan in Hatay; so is a town of weight in a place's case,
        # "Erdoğan Kazan'dan kınadı": a surname is rarely where or whence something happens)
        if keys[i] in lex.first_names and not multiword_place(i) and not inside_place(i) \
                and not (country_len(nxt) and not stray_country(nxt)) \
                and not (strong_len(nxt) and nxt + 1 < n and gaps[nxt + 1] in ("'", "’")) \
                and not (nxt + 1 < n and gaps[nxt + 1] in ("'", "’")
                         and keys[nxt + 1] in lex.locative_suffixes and place_len(nxt, 6.3)) \
                and (not country_len(i) or not place_len(nxt, 4.5)):
            m = name_run(i, 4)
            # ('the Sydney Opera House', 'Victoria Memorial Hall': a run of three words or more
            # that ends in a facility's head word is the facility's name, no person's)
            if m > nxt and not (m - i >= 3 and lex.facility_after
                                and lex.facility_after.ending(keys, m, i + 1)[0]):
                mark(i, m, "a first name")
                continue
        if lex.surnames and (i == 0 or not cap[i - 1] or gaps[i] != " ") \
                and last_surname >= i and not multiword_place(i) and not inside_place(i):
            # 'Ángel Rodríguez Leal', 'Leocadio Jiménez Caravaca': a run of capitalised names
            # holding a common surname is a person's name, whatever town its words spell (a
            # country or a region inside the run is no name's word: 'González Colombia')
            m = name_run(i, 4)
            if m > nxt and any(keys[x] in lex.surnames for x in range(i, m)) \
                    and not any(country_len(x) or strong_len(x) for x in range(i, m)):
                mark(i, m, "a common surname in the name")
                continue
        if not any(map(surname, keys[nxt:i + 5])):
            continue                  # no surname ending where a name's last word can be
        if i > 0 and not cap[i - 1] and lex.cues_before.ending(keys, i, sc.sentence_floor(i))[1] \
                in ("village", "city"):
            continue                  # 'уроженец села Рассвет Халил Халилов': the cue's village
        m = name_run(i, 3)
        if m - i >= 2:
            last = keys[m - 1]
            # ('Bom Legian' in a headline: a first word the story writes in lower case too,
            # 'dua bom di …', is a common noun, no given name)
            if len(last) >= 5 and last.endswith(lex.surname_suffixes) \
                    and keys[i] not in lower_keys \
                    and keys[i] not in lex.stop and keys[i] not in lex.office \
                    and not lex.cues_before.has(keys[i]) and not lex.cues_after.has(keys[i]) \
                    and not any(strong_len(x) for x in range(i, m)) and not multiword_place(i) \
                    and not place_len(i, 6.0) and not ends_big_place(i) \
                    and not home_town(m - 1) \
                    and not (m < n and gaps[m] in ("'", "’") and keys[m] in lex.locative_suffixes
                             and place_len(m - 1, 4.5)):
                # ("Saldırı Varşova'da oldu": a town in a place's case is where, no surname)
                mark(i, m, "a surname")
    # 4. an age in apposition: 'Gao Huayun, 29, …', 'Anna Kovalenko, 34, said': two
    # capitalised words or more, a comma, a number of years and a comma or bracket (or the
    # number in brackets: 'Dedi Santoso (21)')
    # (only where a figure of years set off by commas or brackets stands somewhere: most
    # articles have none)
    aged = any(m + 1 < n and gaps[m].strip() in (",", "(") and "\n" not in gaps[m]
               and (not keys[m].isdecimal() or 0 < int(keys[m]) <= 110)
               and gaps[m + 1].strip()[:1] in (",", ")", ";")
               for m in compress(range(n), map(str.isdigit, keys)))
    for i in pairs if aged else ():
        if blocked[i] or i in out or (i > 0 and cap[i - 1] and gaps[i] == " "):
            continue
        m = name_run(i, 4)
        # (or the age in brackets, the Indonesian, German and Turkish press's way: 'Dedi
        # Santoso (21), mahasiswa', 'Peter Schmidt (34) wurde', 'Ali Demir (45) hayatını')
        sep = gaps[m].strip() if m < n else ""
        if m - i < 2 or m + 1 >= n or sep not in (",", "(") or "\n" in gaps[m] \
                or not keys[m].isdigit() or not 0 < int(keys[m]) <= 110 \
                or gaps[m + 1].strip()[:1] not in ((",", ")", ";") if sep == "," else (")",)):
            continue
        # (a multi-word place or a country opening the run is no given name)
        if multiword_place(i) or any(country_len(x) for x in range(i, m)):
            continue
        mark(i, m, "an age after the name")
    # 6. initials: 'S.D. Kells' drapery shop', 'J.R. Ewing': two capital letters or more,
    # each with its full stop, right before a capitalised word make it a surname, whatever
    # town it spells (not an abbreviation of a country: 'U.S. Virgin Islands', 'N. Korea')
    # (only tokens after the gap '. ' can follow an initial: those picked in C)
    for k in compress(range(n), map(". ".__eq__, gaps)):
        if k < 3 or not cap[k] or not cased[k] or len(keys[k]) < 2 or blocked[k] or k in out:
            continue              # (the full stop of an initial reads as a sentence's end)
        a = k - 1
        while a >= 0 and len(toks[a][2]) == 1 and toks[a][2].isupper() and gaps[a + 1] in (".", ". ") \
                and (a == k - 1 or gaps[a + 1] == "."):
            a -= 1
        a += 1
        if k - a < 2 or "".join(toks[x][2] for x in range(a, k)) in lex.allcaps \
                or country_len(k) or multiword_place(k):
            continue
        mark(a, name_run(k, 2), "initials before the name")
    # 5. regnal names: 'Pope Leo XIV', 'King Charles III', 'Mohammed VI', 'Николай II': a
    # capitalised word right before a Roman numeral of two letters or more is a monarch's or
    # a pope's name, whatever town it spells (a country keeps its place: 'Ukraine II' is rare)
    # (only words inside a run of two or more of the letters I, V, X can be numerals: the
    # runs are found in the text by one C-level search, not by a test of every token)
    starts = sc.starts
    for k in sorted({k for m in _REGNAL_LETTERS.finditer(sc.text)
                     for k in range(bisect.bisect_left(starts, m.start()),
                                    bisect.bisect_left(starts, m.end() - 1))}):
        w = toks[k][2]
        if k < 1 or len(w) < 2 or w[0] not in "IVX" or not _REGNAL.fullmatch(w):
            continue
        a = k - 1
        if gaps[k] != " " or not cap[a] or not cased[a] or blocked[a] or a in out \
                or country_len(a) or multiword_place(a):
            continue
        mark(a, k + 1, _REGNAL_WHY[1:-1])
    if sc.dateline_span and out:
        # ('Nahe-Bote · Ausgabe Idar-Oberstein': the reader took these words for the dateline's
        # place; no word before them makes them a person's name)
        a = bisect.bisect_left(sc.starts, sc.dateline_span[0])
        b = bisect.bisect_left(sc.starts, sc.dateline_span[1])
        for k in range(a, b):
            out.pop(k, None)
    return out


_REGNAL = re.compile(r"X{0,3}(?:IX|IV|V?I{0,3})")
_REGNAL_LETTERS = re.compile(r"[IVX]{2,}")
