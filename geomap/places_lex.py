"""The places stage's language knowledge, compiled once per language for fast matching.

The words live in ``geomap/data/lang/<code>/places.yaml`` (field notes in the English file).
Every entry is compared as a tuple of ``normalize.key`` token keys, so 'Uni Eropa' matches
'UNI EROPA' and 'Uni-Eropa'; an entry ending in '*' matches any word that starts so
('границ*' → 'границе', 'границы'). Names that travel between languages (first names,
organisations, seats of power, all-caps country codes) are merged over every language: an
English-language article names 'Charles Michel' and 'Al Jazeera' as often as an Indonesian one.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from functools import lru_cache
from itertools import chain, filterfalse

from . import text as T
from .lang import LANGUAGES, load
from .normalize import key

STAGE = "places"

# Fields merged over every language (see module docstring).
_SHARED = ("first_names", "organisations", "allcaps", "surname_suffixes", "capital_like",
           "ship_prefixes", "vehicle_makes")


def _entry_keys(entry) -> tuple[tuple[str, ...], bool]:
    """('ibu kota',) → (('ibu', 'kota'), False); 'границ*' → (('границ',), True)."""
    s = str(entry).strip()
    prefix = s.endswith("*")
    if prefix:
        s = s[:-1]
    toks = tuple(k for k in (key(t[2]) for t in T.tokens(s)) if k)
    return toks, prefix


def _positions(words: set, index: dict) -> list[int]:
    """The sorted positions of some words of an article (most phrase lists find none or one
    word: its list of positions is sorted already)."""
    if not words:
        return []
    if len(words) == 1:
        return list(index[next(iter(words))])
    return sorted(chain.from_iterable(map(index.__getitem__, words)))


@lru_cache(maxsize=256)
def _prefix_matcher(prefixes: tuple[str, ...]):
    """``lambda w: w.startswith(prefixes)`` as one compiled alternation: ``filter`` runs it
    over an article's words in C (a comprehension calling startswith per word is slower)."""
    import re
    return re.compile("|".join(map(re.escape, prefixes))).match


# prefixes → (the words known to start with one of them, the words known not to): an article's
# words are mostly words of earlier articles, sorted by two set tests in C each instead of a
# regex call each (a few lists have prefix entries; each asked once or twice per article)
_PREFIXED: dict[tuple[str, ...], tuple[set, set]] = {}
_PREFIXED_MAX = 200_000


def _prefixed(prefixes: tuple[str, ...], words) -> set:
    """The words (an iterable of distinct words: an article's word index) that start with
    one of the prefixes: ``set(filter(_prefix_matcher(prefixes), words))``, memoised per word."""
    held = _PREFIXED.get(prefixes)
    if held is None or len(held[0]) + len(held[1]) > _PREFIXED_MAX:
        held = _PREFIXED[prefixes] = (set(), set())
    yes, no = held
    hits = yes.intersection(words)
    # (not ``words - yes - no``: a set difference walks every word the process has seen)
    fresh = list(filterfalse(no.__contains__, filterfalse(yes.__contains__, words)))
    if fresh:
        found = set(filter(_prefix_matcher(prefixes), fresh))
        yes.update(found)
        no.update(filterfalse(found.__contains__, fresh))
        hits |= found
    return hits


class Phrases:
    """A set of word sequences (token keys), some ending in a prefix, matched at a position
    of a token-key list, forwards (``at``) or backwards (``ending``)."""

    __slots__ = ("exact", "prefixes", "maxlen", "firsts", "lasts", "prefix_firsts",
                 "last_prefixes", "singles", "single_prefixes", "prefixes_by_len",
                 "lengths_from", "lengths_to")

    def __init__(self, entries, values=None):
        self.exact: dict[tuple[str, ...], object] = {}
        self.prefixes: list[tuple[tuple[str, ...], str, object]] = []   # (head, last prefix)
        self.maxlen = 0
        # quick rejection: most positions start (or end) no phrase at all
        self.firsts: set[str] = set()
        self.lasts: set[str] = set()
        self.prefix_firsts: tuple[str, ...] = ()     # first words of prefix entries (or prefixes)
        self.last_prefixes: tuple[str, ...] = ()
        values = values if values is not None else [True] * len(entries)
        for entry, value in zip(entries, values):
            toks, prefix = _entry_keys(entry)
            if not toks:
                continue
            self.maxlen = max(self.maxlen, len(toks))
            if prefix:
                self.prefixes.append((toks[:-1], toks[-1], value))
            else:
                self.exact.setdefault(toks, value)
                self.firsts.add(toks[0])
                self.lasts.add(toks[-1])
        self.prefix_firsts = tuple(h[0] if h else last for h, last, _ in self.prefixes)
        self.last_prefixes = tuple(last for _, last, _ in self.prefixes)
        # derived once, for the hot one-word test and the prefix match (same answers, no scans)
        self.singles = frozenset(t[0] for t in self.exact if len(t) == 1)
        self.single_prefixes = tuple(last for head, last, _ in self.prefixes if not head)
        self.prefixes_by_len: dict[int, list] = {}
        for head, last, value in self.prefixes:
            self.prefixes_by_len.setdefault(len(head) + 1, []).append((head, last, value))
        # the lengths of the exact entries starting (ending) with a word, longest first:
        # ``at`` and ``ending`` try only sequences of those lengths, no tuple built for a
        # length no entry has (with prefix entries they try every length, as before)
        lengths_from: dict[str, set] = {}
        lengths_to: dict[str, set] = {}
        for t in self.exact:
            lengths_from.setdefault(t[0], set()).add(len(t))
            lengths_to.setdefault(t[-1], set()).add(len(t))
        self.lengths_from = {w: tuple(sorted(ls, reverse=True)) for w, ls in lengths_from.items()}
        self.lengths_to = {w: tuple(sorted(ls, reverse=True)) for w, ls in lengths_to.items()}

    def starts(self, keys: list[str], index: dict | None = None) -> list[int]:
        """Positions of keys where a phrase may start (a cheap pre-filter for ``at``).
        ``index`` (key → positions, see :func:`key_index`) makes it a set intersection."""
        firsts, pre = self.firsts, self.prefix_firsts
        if index is not None:
            words = firsts & index.keys()
            if pre:
                words.update(_prefixed(pre, index))
            return _positions(words, index)
        if pre:
            return [i for i, k in enumerate(keys) if k in firsts or k.startswith(pre)]
        return [i for i, k in enumerate(keys) if k in firsts]

    def ends(self, index: dict) -> list[int]:
        """Positions of words where a phrase may end."""
        words = self.lasts & index.keys()
        if self.last_prefixes:
            words.update(_prefixed(self.last_prefixes, index))
        return _positions(words, index)

    def start_words(self) -> set | None:
        """The words an entry can start with, for a caller's own quick test before ``at``
        (a set test instead of a call); None when prefix entries make any word possible."""
        return None if self.prefix_firsts else self.firsts

    def end_words(self) -> set | None:
        """The words an entry can end with (see ``start_words``), before ``ending``."""
        return None if self.last_prefixes else self.lasts

    def _may_start(self, k: str) -> bool:
        return k in self.firsts or (bool(self.prefix_firsts) and k.startswith(self.prefix_firsts))

    def _may_end(self, k: str) -> bool:
        return k in self.lasts or (bool(self.last_prefixes) and k.startswith(self.last_prefixes))

    def __bool__(self) -> bool:
        return bool(self.exact or self.prefixes)

    def _prefix_hit(self, seq: tuple[str, ...]):
        for head, last, value in self.prefixes_by_len.get(len(seq), ()):
            if seq[:-1] == head and seq[-1].startswith(last):
                return value
        return None

    def at(self, keys: list[str], i: int, limit: int | None = None):
        """(length, value) of the longest phrase starting at keys[i], else (0, None)."""
        n = len(keys) if limit is None else min(limit, len(keys))
        if i >= n:
            return 0, None
        k = keys[i]                  # (the quick rejection inlined: most calls end here)
        if k not in self.firsts and not (self.prefix_firsts and k.startswith(self.prefix_firsts)):
            return 0, None
        if not self.prefixes:
            exact = self.exact
            room = n - i
            for length in self.lengths_from[k]:
                if length <= room:
                    seq = tuple(keys[i:i + length])
                    if seq in exact:
                        return length, exact[seq]
            return 0, None
        for length in range(min(self.maxlen, n - i), 0, -1):
            seq = tuple(keys[i:i + length])
            if seq in self.exact:
                return length, self.exact[seq]
            v = self._prefix_hit(seq)
            if v is not None:
                return length, v
        return 0, None

    def ending(self, keys: list[str], j: int, floor: int = 0):
        """(length, value) of the longest phrase ending just before keys[j], else (0, None)."""
        if j <= floor or j > len(keys):
            return 0, None
        k = keys[j - 1]
        if k not in self.lasts and not (self.last_prefixes and k.startswith(self.last_prefixes)):
            return 0, None
        if not self.prefixes:
            exact = self.exact
            room = j - floor
            for length in self.lengths_to[k]:
                if length <= room:
                    seq = tuple(keys[j - length:j])
                    if seq in exact:
                        return length, exact[seq]
            return 0, None
        for length in range(min(self.maxlen, j - floor), 0, -1):
            seq = tuple(keys[j - length:j])
            if seq in self.exact:
                return length, self.exact[seq]
            v = self._prefix_hit(seq)
            if v is not None:
                return length, v
        return 0, None

    def has(self, word_key: str) -> bool:
        """A one-word test (exact entry or prefix entry)."""
        if word_key in self.singles:
            return True
        return bool(self.single_prefixes) and word_key.startswith(self.single_prefixes)


def _words(data: dict, name: str) -> list:
    return [x for x in (data.get(name) or []) if x is not None]


def _keyset(entries) -> frozenset:
    out = set()
    for e in entries:
        toks, _ = _entry_keys(e)
        if toks:
            out.add(" ".join(toks))
    return frozenset(out)


@dataclass(frozen=True)
class Lexicon:
    lang: str | None
    country_prior: str | None
    nouns_capitalised: bool
    abbrev_adjectives: bool      # 'US President X': a country abbreviation before a title is an adjective
    apostrophe_marks_names: bool
    area_names_with_cue: bool
    area_nouns: dict             # inflected area noun → the form names use ('районов' → 'район')
    stop: frozenset
    common: frozenset
    connectors: frozenset
    locatives: Phrases
    cues_before: Phrases
    cues_after: Phrases
    border: Phrases
    between: Phrases
    conj: frozenset
    titles: Phrases
    byline: Phrases
    person_after: Phrases
    person_before: Phrases       # speech verbs after a name set off by commas ('the head, A B, said')
    office: frozenset
    first_names: frozenset
    surname_suffixes: tuple
    organisations: Phrases
    org_before: Phrases
    org_after: Phrases
    media_before: Phrases          # 'stasiun televisi', 'la chaîne', 'le bataillon': an outlet's or a unit's name after, any case
    abbrev_org_before: Phrases   # 'Kemlu RI', 'МИД РФ': heads that make a country abbreviation part of a name
    org_genitive_before: Phrases # 'Минобороны России': heads that make a country named after them part of a name
    allcaps: frozenset          # surfaces as written ('US', 'США')
    met_verbs: Phrases
    met_skip: frozenset
    met_before: Phrases
    met_government: Phrases
    met_from_words: frozenset    # 'aus Brüssel', 'from Moscow' …
    met_from_suffixes: frozenset # … "Moskova'dan": where a message comes from
    met_messages: Phrases        # … with a word for an official message: the government speaking      # 'the Baghdad government', 'Erbil yönetimi': a government word after a city
    met_from: Phrases
    seats: Phrases
    capital_like: frozenset
    locative_suffixes: frozenset
    demonyms: tuple              # (stem key, ISO code), longest stem first
    locative_endings: tuple
    adjective_endings: tuple     # 'Киевского режима': a name's adjective before its noun
    # 'Frankfurter Flughafen', 'Lübecker Hafenstraße': endings that make a town's adjective
    # out of its name; a facility or a named street after it is in that town
    town_adjective_endings: tuple
    # lower-case head words that open a landmark's name the gazetteer stores with them ('la tour
    # Eiffel', 'la torre di Pisa', 'the temple of Hatshepsut', 'il mercato di San Lorenzo'):
    # the phrase from the head is asked for too, and kept only as a gazetteer name
    landmark_heads: Phrases
    # cue words of rivers, lakes and heights that vouch for a name the gazetteer lacks
    natural_cues: frozenset
    river_before: Phrases        # 'am', 'левый берег', 'banks of the': a river's name after
    river_names: tuple           # 'река {}', '{} River' (every language's): a river's full name
    streets_before: Phrases      # 'Jalan', 'avenida', 'улица': the name after is a street's
    streets_after: Phrases       # 'Avenue', 'Caddesi', 'Boulevard'
    streets_whole: Phrases       # 'Marktplatz', 'Zócalo', 'High Street': a town's square or
                                 # street named by a generic name of its own
    ranks: frozenset             # military ranks and person nouns ('General Santander', 'the
                                 # hostage Carmel Gat'): the name after is a person
    determiners: Phrases         # articles before a common noun ('die Marine', 'im Sommer')
    byline_words: frozenset      # one-word byline/credit labels ('Foto:'): never places
    motion_verbs: Phrases        # 'huye', 'fled', 'бежали': a capital they lead to is a place
    motion_to: Phrases           # the directional words after them ('a', 'hacia', 'to', 'в')
    name_words: frozenset        # lower-case words that end names ('République dominicaine')
    group_words: frozenset = frozenset()   # numbers and quantifiers: 'dua tebusan X' is a group
    # common nouns that open sentences and headings ('Réunion du Conseil', 'Ora evitare'): there,
    # capitalised, they are the noun; elsewhere the place ('à la Réunion')
    start_common: frozenset = frozenset()
    # lower-case words inside a saint's church name ('San Giovanni in Laterano', 'San Giorgio al
    # Velabro', 'San Paolo fuori le Mura'): after a venue head, the name runs over them
    saint_links: frozenset = frozenset()
    spelling: tuple = ()         # (letters, English-style letters): 'sch' → 'sh' (translit.respell)
    demonym_stems: tuple = ()    # the stems of ``demonyms``: one startswith test says 'none'
    org_heads: frozenset = frozenset()   # 'Guardia', 'Cellule': heads of organisation names
    vessels_before: Phrases | None = None   # 'the destroyer', 'kapal', 'navire': a ship's name after
    vessels_after: Phrases | None = None    # 'gemisi': a ship's name before
    ship_prefixes: frozenset = frozenset()  # 'USS', 'BRP', 'TCG' as written
    vehicle_makes: Phrases = Phrases(())    # 'Ford', 'Seat', 'Land Rover': a model name after one
    modifier_words: frozenset = frozenset()  # 'backed' in 'Iran-backed': the name is a modifier
    # words between a given name and the father's name ('Matthew anak Medan', 'Ali bin Ismail'):
    # the capitalised word after one is a person's, not a town
    patronym_words: frozenset = frozenset()
    # a street word after a name makes a street's name only when capitalised ('Prizren Caddesi',
    # 'Salah al-Din Road'); in lower case it is the road to the place ('Hankendi yolu')
    street_names_capitalised: bool = False
    # languages that write a street's or a square's name as one compound word
    # ('Seitenstettengasse', 'Schwedenplatz', 'Ruprechtskirche'): the endings (street words
    # glued to the name), the first parts that make such a word a common noun ('Arbeitsplatz',
    # 'Weihnachtsmarkt', 'Landstraße'), and words before it that make it one ('eine Hauptstraße')
    # words of a match ('World Cup', 'Mondial'): in a story that has one, a country right after
    # ``team_before`` ('shouting for', 'final between') or before ``team_after`` ('beat') is a team
    # brands that name a venue with no head word ('the Radisson Blu', 'au Serena'): capitalised,
    # a facility of the story's town, whatever village a word of them spells (every language's)
    venue_brands: Phrases = Phrases(())
    # 'alias', 'по кличке', 'lakaplı': words after which a capitalised name is a person's nickname
    nickname_before: Phrases = Phrases(())
    # indefinite articles before a facility word in apposition ('X, a restaurant in …')
    apposed_articles: frozenset = frozenset()
    # 'the Horse and Groom', 'the Rose and Crown': the article before a pair of capitalised
    # words joined by 'and', the first no place, that names a venue (an English pub's name)
    venue_pair_articles: frozenset = frozenset()
    sports_words: Phrases = Phrases(())
    team_before: Phrases = Phrases(())
    team_after: Phrases = Phrases(())
    team_between: Phrases = Phrases(())  # 'between', 'entre': before teams in a match's sentence
    streets_compound: tuple = ()
    streets_compound_common: frozenset = frozenset()
    streets_compound_not_after: frozenset = frozenset()
    # capitalised adjectives of such a name before it ('in der Unteren Wernerstraße')
    streets_compound_adjectives: frozenset = frozenset()
    demonym_endings: tuple = ()  # 'li' of 'Filistinli': a word of a place's people, not the place
    # 'etnis', 'suku', 'kaum': lower-case words after which a name is a people named like its
    # island or region ('etnis Madura', 'suku Jawa'), no place (nor, bare, elsewhere in the story)
    people_before: Phrases = Phrases(())
    # street names told bare in the story once named with their street word ('Моховой улице …
    # по Моховой'): languages whose street names are adjectives or names rarely borne by people
    bare_street_names: bool = False
    parts_before: Phrases | None = None  # 'the outskirts of', 'Zentrum von', 'пригороде': a part
    parts_after: Phrases | None = None   # "Şam'ın güneyinde": of the place after/before them
    streets_not_after: frozenset = frozenset()  # 'une rue de X': a street of X, no street name
    # street words too common in other senses to make a street mention on their own ('à la
    # place de', 'via Telegram'): they still keep the place after them from being a mention
    streets_not_named: frozenset = frozenset()
    # words right before such a street word that make it a street after all ('in via Carini',
    # 'de la place de la Nation'): one word or two
    streets_named_after: frozenset = frozenset()
    # street words that name an urban quarter or a district ('Kelurahan X', 'Kecamatan X', 'X
    # Mahallesi'): pinned like a street, but the mention is the quarter's name alone
    quarter_words: frozenset = frozenset()
    # words after a name that make it a quarter when a town follows them ('Karaan district of
    # Mogadishu', 'the Satellite Town area of Quetta'), and the words that join that town
    quarter_of_after: frozenset = frozenset()
    quarter_of_links: frozenset = frozenset()
    # the street word of a street's name is capitalised ('Jalan Arjuno'); in lower case it is
    # a road, named or not ('membangun jalan Trans Papua')
    street_heads_capitalised: bool = False
    facility_before: Phrases | None = None  # 'Rumah Sakit', 'aéroport de': a facility's name after
    facility_after: Phrases | None = None   # 'Airport', 'Barajı', 'собор': … before
    # lower-case heads of a facility_before that take their name bare, with no connector or
    # quotes ("l'hôtel Splendid", 'el café Sanborns', 'kedai kopi Starbucks'): businesses
    # named by a brand rather than by an address
    facility_bare: Phrases | None = None
    # lower-case heads of institutions named after a person, the name bare after them
    # ("l'hôpital Pasteur", 'el hospital Gregorio Marañón', "l'ospedale Cardarelli"): that
    # name is no town, even where a small town shares it (with a connector it is the address)
    facility_person_heads: Phrases | None = None
    # lower-case heads of a church before a connector and the saint it is dedicated to ('la
    # basilica di Santa Maria Maggiore', "l'église de Saint-Nizier"): the saint's name is the
    # church's, not a small town of that name far from the church's town
    church_heads: frozenset = frozenset()
    # compass words that open one written word with a country's or a province's name
    # ('Ostpolen', 'Nordhessen', 'Südlibanon'): that part of it → its direction (N S E W C …)
    compass_prefixes: dict = field(default_factory=dict)
    name_heads: frozenset = frozenset()  # 'Puerto', 'Fort': capitalised words that open place names
    # plural facility heads after ('the Shangri-La and Kingsbury hotels') or before ('les hôtels
    # Shangri-La et Kingsbury') a list of names: the names are the facilities', no towns
    facility_plural_after: frozenset = frozenset()
    facility_plural_before: frozenset = frozenset()
    famous: frozenset = frozenset()  # surnames of public figures that also name places ('Stalin')
    # common surnames that also name towns ('Rodríguez', 'González'): a capitalised run of
    # names holding one is a person's name ('Ángel Rodríguez Leal'); alone, like `famous`
    surnames: frozenset = frozenset()
    park_words: frozenset = frozenset()  # street words of parks and lakes ('parco', 'Taman')
    units_after: Phrases | None = None  # 'the Azov brigade': a unit's name before, any case
    leave_verbs: Phrases | None = None  # 'fleeing', 'seized': a capital right after is the place left or struck
    # 'Waco, Tex.', 'Sacramento, Calif.': abbreviations of a country's states written after a
    # town and a comma, with their full stop → the state's name (`state_abbrevs`)
    state_abbrevs: dict = field(default_factory=dict)
    # 'Alcamo (TP)': codes of a country's provinces in capitals in brackets after a town
    # → the province's name (`bracket_codes`)
    bracket_codes: dict = field(default_factory=dict)
    # 'la esquina de Arroyo y Suipacha', 'the corner of Main and Elm': the two names after a
    # corner's words are streets of the story's town (`street_corners`)
    street_corners: Phrases | None = None
    # numbered roads: words before a road's code or number ('autostrada A29', 'statale 187',
    # 'трассы М-4', 'Jalan Persekutuan 3') and after its code ('the M4 motorway', 'D-100
    # karayolu'); the road is a place of the story, pinned at the town its sentence gives
    road_before: Phrases | None = None
    # courts, prosecutors and the like named after their town, in any case ('procura di X',
    # 'Generalstaatsanwaltschaft X', 'parquet de X'; `offices_before`) or before their word
    # ('X Crown Court', 'X Cumhuriyet Başsavcılığı'; `offices_after`, capitalised): the town
    # is a word of the office's name, no place of the story
    offices_before: Phrases | None = None
    offices_after: Phrases | None = None
    road_after: Phrases | None = None
    # street heads of other senses that name a street right before a bare capitalised name
    # ('place Beauvau'; the other sense takes a connector: 'à la place de')
    streets_bare_named: frozenset = frozenset()


def key_index(keys: list[str]) -> dict[str, list[int]]:
    """Word key → its positions in an article (built once, used by every phrase list)."""
    index: dict[str, list[int]] = {}
    get = index.get
    for i, k in enumerate(keys):
        lst = get(k)
        if lst is None:
            index[k] = [i]
        else:
            lst.append(i)
    return index


# lexicon id → (lexicon, {first two letters: (their stems, their (stem, iso) in order)}, or
# None when a stem is shorter than two letters): a new word is tested against the few stems
# that begin like it, not the language's whole list (hundreds for an unknown language)
_DEMONYM_HEADS: dict[int, tuple] = {}


def _demonym_heads(lex: "Lexicon") -> dict | None:
    held = _DEMONYM_HEADS.get(id(lex))
    if held is None or held[0] is not lex:
        by: dict[str, list] | None = {}
        for stem, iso in lex.demonyms:
            if len(stem) < 2:
                by = None
                break
            by.setdefault(stem[:2], []).append((stem, iso))
        heads = None if by is None else \
            {h: (tuple(s for s, _ in pairs), tuple(pairs)) for h, pairs in by.items()}
        if len(_DEMONYM_HEADS) > 64:                     # (bounded: lexicons are few)
            _DEMONYM_HEADS.clear()
        held = _DEMONYM_HEADS[id(lex)] = (lex, heads)
    return held[1]


def demonym(lex: "Lexicon", word_key: str) -> str | None:
    """The country of an adjective of nationality ('армяно' → AM, 'azerbaijani' → AZ)."""
    heads = _demonym_heads(lex)
    if heads is None:
        stems, pairs = lex.demonym_stems, lex.demonyms
    else:
        # (a stem of two letters or more begins with the word's first two: the first stem
        # of the list that matches is the first of that bucket, which keeps the list order)
        stems, pairs = heads.get(word_key[:2], ((), ()))
    if not word_key.startswith(stems):      # (one C call for most words)
        return None
    for stem, iso in pairs:
        if word_key.startswith(stem):
            return iso
    return None


def demonyms(lex: "Lexicon", word_keys, min_len: int) -> dict[str, str]:
    """``demonym`` of many words at once ({word: iso} of those that are adjectives of
    nationality, words shorter than ``min_len`` left out): the new words of an article."""
    heads = _demonym_heads(lex)
    out = {}
    for w in word_keys:
        if len(w) < min_len:
            continue
        if heads is None:
            stems, pairs = lex.demonym_stems, lex.demonyms
        else:
            stems, pairs = heads.get(w[:2], _NO_STEMS)
        if w.startswith(stems):
            for stem, iso in pairs:
                if w.startswith(stem):
                    if iso:
                        out[w] = iso
                    break
    return out


_NO_STEMS = ((), ())


def _shared(name: str) -> list:
    out: list = []
    for code in LANGUAGES:
        out.extend(_words(load(code, STAGE), name))
    return out


def _seats_all() -> Phrases:
    """Seats of power of every language → the (English) name of the city they are in."""
    entries, cities = [], []
    for code in LANGUAGES:
        seats = (load(code, STAGE).get("metonymy") or {}).get("seats") or {}
        if isinstance(seats, list):
            seats = {s: None for s in seats}
        for name, city in seats.items():
            entries.append(name)
            cities.append(city)
    return Phrases(entries, cities)


def _sources() -> list:
    """The files a lexicon is compiled from: every places.yaml, this module, the normaliser."""
    from pathlib import Path

    from .config import LANG_DIR
    return sorted(LANG_DIR.glob(f"*/{STAGE}.yaml")) + [Path(__file__),
                                                      Path(__file__).with_name("normalize.py")]


@lru_cache(maxsize=None)
def lexicon(lang: str | None) -> Lexicon:
    """The compiled lexicon of one language; an unknown language gets the union of all.

    Compiling reads the nine places.yaml files (names travel between languages), which costs
    a cold `geomap extract` tens of milliseconds; the result is kept as a pickle in the cache
    dir, keyed by the files' sizes and times, and rebuilt whenever one of them changes."""
    from .pickled import load_or_build

    code = lang if lang in LANGUAGES else "all"
    return load_or_build(f"places-lexicon-{code}", _sources(), lambda: _compile(lang), Lexicon)


def _compile(lang: str | None) -> Lexicon:
    codes = [lang] if lang in LANGUAGES else list(LANGUAGES)
    datas = [load(c, STAGE) for c in codes]

    def cat(name):
        out = []
        for d in datas:
            out.extend(_words(d, name))
        return out

    def mapping(name):
        entries, values = [], []
        for d in datas:
            for k, v in (d.get(name) or {}).items():
                entries.append(k)
                values.append(v)
        return Phrases(entries, values)

    def met(name):
        out = []
        for d in datas:
            out.extend(_words(d.get("metonymy") or {}, name))
        return out

    own = datas[0] if len(datas) == 1 else {}
    demonyms = tuple(sorted(((key(str(k)), str(v).upper()) for d in datas
                             for k, v in (d.get("demonyms") or {}).items() if key(str(k))),
                            key=lambda kv: -len(kv[0])))
    suffixes = sorted({key(s) for s in _shared("surname_suffixes") if len(key(s)) >= 2},
                      key=len, reverse=True)
    return Lexicon(
        lang=lang if lang in LANGUAGES else None,
        country_prior=own.get("country_prior"),
        nouns_capitalised=bool(own.get("nouns_capitalised", False)),
        abbrev_adjectives=bool(own.get("abbrev_adjectives", False)),
        apostrophe_marks_names=bool(own.get("apostrophe_marks_names", False)),
        area_names_with_cue=bool(own.get("area_names_with_cue", False)),
        area_nouns={key(str(k)): str(v) for d in datas
                    for k, v in (d.get("area_nouns") or {}).items()},
        stop=_keyset(cat("stop") + cat("peoples")),      # a people is no place by itself
        common=_keyset(cat("common")),
        connectors=_keyset(cat("connectors")),
        locatives=Phrases(cat("locatives")),
        cues_before=mapping("cues_before"),
        cues_after=mapping("cues_after"),
        border=Phrases(cat("border_cues")),
        between=Phrases(cat("between")),
        conj=_keyset(cat("conj")),
        titles=Phrases(cat("person_titles") + cat("person_nouns")),
        byline=Phrases(cat("byline")),
        person_after=Phrases(cat("person_after")),
        person_before=Phrases(cat("person_before")),
        office=_keyset(cat("office_words")),
        first_names=_keyset(_shared("first_names")),
        surname_suffixes=tuple(suffixes),
        organisations=Phrases(_shared("organisations")),
        org_before=Phrases(cat("org_before")),
        org_after=Phrases(cat("org_after")),
        media_before=Phrases(cat("media_before") + cat("units_before")),
        units_after=Phrases(cat("units_after")),
        abbrev_org_before=Phrases(cat("abbrev_org_before")),
        org_genitive_before=Phrases(cat("org_genitive_before")),
        # (`allcaps_own`: short forms that are places only in the language's own press: the
        # Indonesian 'DIY' (Yogyakarta) is an English 'do it yourself')
        allcaps=frozenset(str(x) for x in _shared("allcaps") + cat("allcaps_own")),
        met_verbs=Phrases(met("verbs")),
        met_skip=_keyset(met("skip")),
        met_before=Phrases(met("before")),
        met_government=Phrases(met("government")),
        met_from_words=_keyset(met("from_words")),
        met_from_suffixes=_keyset(met("from_suffixes")),
        met_messages=Phrases(met("messages")),
        met_from=Phrases(met("from")),
        seats=_seats_all(),
        capital_like=_keyset(_shared("capital_like")),
        locative_suffixes=_keyset(cat("locative_suffixes")),
        demonyms=demonyms,
        locative_endings=tuple(key(e) for e in cat("locative_endings") if key(e)),
        adjective_endings=tuple(key(e) for e in cat("adjective_endings") if key(e)),
        town_adjective_endings=tuple(key(e) for e in cat("town_adjective_endings") if key(e)),
        landmark_heads=Phrases(cat("landmark_heads")),
        natural_cues=_keyset(cat("natural_cues")),
        river_before=Phrases(cat("river_before")),
        river_names=tuple(dict.fromkeys(str(x) for x in _shared("river_names"))),
        streets_before=Phrases(cat("streets_before")),
        streets_after=Phrases(cat("streets_after")),
        streets_whole=Phrases(cat("streets_whole")),
        venue_brands=Phrases(_shared("venue_brands")),
        apposed_articles=_keyset(cat("apposed_articles")),
        venue_pair_articles=_keyset(cat("venue_pair_articles")),
        sports_words=Phrases(cat("sports_words")),
        team_before=Phrases(cat("team_before")),
        team_after=Phrases(cat("team_after")),
        team_between=Phrases(cat("team_between")),
        streets_compound=tuple(sorted({key(e) for e in cat("streets_compound") if key(e)},
                                      key=len, reverse=True)),
        streets_compound_common=_keyset(cat("streets_compound_common")),
        streets_compound_not_after=_keyset(cat("streets_compound_not_after")),
        streets_compound_adjectives=_keyset(cat("streets_compound_adjectives")),
        ranks=_keyset(cat("ranks") + cat("person_nouns")),
        determiners=Phrases(cat("determiners")),
        byline_words=frozenset(k for k in _keyset(cat("byline")) if " " not in k),
        motion_verbs=Phrases(met("motion")),
        motion_to=Phrases(met("toward")),
        parts_before=Phrases(met("parts_before")),
        parts_after=Phrases(met("parts_after")),
        name_words=_keyset(cat("name_words")),
        group_words=_keyset(cat("group_words")),
        start_common=_keyset(cat("start_common")),
        saint_links=_keyset(cat("saint_links")),
        spelling=tuple((str(a), str(b)) for a, b in (own.get("spelling") or {}).items()),
        demonym_stems=tuple(stem for stem, _ in demonyms),
        org_heads=_keyset(cat("org_heads")),
        vessels_before=Phrases(cat("vessels_before")),
        vessels_after=Phrases(cat("vessels_after")),
        ship_prefixes=frozenset(str(x) for x in _shared("ship_prefixes")),
        vehicle_makes=Phrases(_shared("vehicle_makes")),
        modifier_words=_keyset(cat("modifier_words")),
        patronym_words=_keyset(cat("patronym_words")),
        street_names_capitalised=bool(own.get("street_names_capitalised", False)),
        streets_not_after=_keyset(cat("streets_not_after")),
        streets_not_named=_keyset(cat("streets_not_named")),
        park_words=_keyset(cat("park_words")),
        streets_named_after=_keyset(cat("streets_named_after")),
        quarter_words=_keyset(cat("quarter_words")),
        quarter_of_after=_keyset(cat("quarter_of_after")),
        quarter_of_links=_keyset(cat("quarter_of_links")),
        street_heads_capitalised=bool(own.get("street_heads_capitalised", False)),
        facility_before=Phrases(cat("facility_before")),
        facility_after=Phrases(cat("facility_after")),
        facility_bare=Phrases(cat("facility_bare")),
        facility_person_heads=Phrases(cat("facility_person_heads")),
        church_heads=_keyset(cat("church_heads")),
        compass_prefixes={key(str(k)): str(v) for k, v in (own.get("compass_prefixes") or {}).items()},
        name_heads=_keyset(cat("name_heads")),
        nickname_before=Phrases(cat("nickname_before")),
        facility_plural_after=_keyset(cat("facility_plural_after")),
        facility_plural_before=_keyset(cat("facility_plural_before")),
        famous=_keyset(_shared("famous_persons") + _shared("common_surnames")),
        surnames=_keyset(_shared("common_surnames")),
        leave_verbs=Phrases(met("leave") + met("strike")),
        street_corners=Phrases(cat("street_corners")),
        road_before=Phrases(cat("road_before")),
        offices_before=Phrases(cat("offices_before")),
        offices_after=Phrases(cat("offices_after")),
        road_after=Phrases(cat("road_after")),
        streets_bare_named=_keyset(cat("streets_bare_named")),
        state_abbrevs={key(str(k)): str(v) for d in datas
                       for k, v in (d.get("state_abbrevs") or {}).items() if key(str(k))},
        bracket_codes={key(str(k)): str(v) for d in datas
                       for k, v in (d.get("bracket_codes") or {}).items() if key(str(k))},
        people_before=Phrases(cat("people_before")),
        bare_street_names=bool(own.get("bare_street_names", False)),
        demonym_endings=tuple(sorted({key(e) for e in cat("demonym_endings") if key(e)},
                                     key=len, reverse=True)),
    )
