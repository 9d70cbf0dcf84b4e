"""read._Gated: a union of line patterns run only when a line holds the literals a pattern
cannot match without; it must answer exactly as the one alternation (read._union) does."""
import re

import pytest

from geomap import read as R

PATTERNS = [
    r"(?i)\((?:photo|foto|bild)\b[^)\n]{0,60}\)\s*$",          # needs '(' and ')'
    r"(?i)©\s*[^\n]{2,60}$",                                  # needs '©'
    r"(?:^|\s)(?:AFP|dpa|Anadolu)\s*/\s*[^/\n]{2,40}$",        # '/' and an agency, cased
    r"(?i)\bcookies?\b.{0,80}\b(?:accept|agree)",              # 'cookie' in any case
    r"(?i)\b(?:facebook|вконтакте|telegram)\s*[|/]\s*(?:twitter|одноклассники)\b",
    r"(?i)\bkaynak\s*:\s*\S+$",                               # Turkish: İ/ı match i under (?i)
    r"(?i)\bsource\s*:",                                       # ſ matches s under (?i)
    r"^[\W\d_]+$",                                             # nothing to gate on
    r"(?i)-\s*(?:foto|gambar)\s+(?:bernama|fail)\b.*$",
    r"(?x) \( (?:AP|AFP) \s+ Photo \) \s* $",                  # verbose flag
]

LINES = [
    "Soldiers patrol the square on Monday (Photo: Jane Roe)",
    "Smoke rises over the harbour. © Lutz Weber",
    "Rescuers search the rubble AFP / Omar Haddad",
    "Rescuers search the rubble afp / Omar Haddad",
    "We use COOKIES on this site; click to accept them",
    "We use C\u0130OOKIES on this site; click to accept them",
    "Facebook | Twitter",
    "ВКОНТАКТЕ / ОДНОКЛАССНИКИ",
    "ВКонтакте | Одноклассники",
    "KAYNAK: Haber Merkezi",
    "KAYNAK:",
    "kayNAK : Ajans",
    "kaynak : Ajans".replace("a", "A"),
    "SOURCE: wire",
    "\u017fource: wire",                   # long s
    "\u0130n the middle of the night",      # capital I with dot
    "ı is dotless",
    "-- 12 / 34 --",
    "The convoy left at dawn - foto bernama",
    "The convoy left at dawn - FOTO Fail",
    "Police stand guard. (AP Photo)",
    "Police stand guard. (AP  Photo) ",
    "A plain sentence about nothing in particular.",
    "",
]


@pytest.mark.parametrize("line", LINES)
def test_gated_answers_as_the_union(line):
    gated, union = R._Gated(PATTERNS), R._union(PATTERNS)
    assert gated.search(line) == bool(union.search(line))
    assert gated.match(line) == bool(union.match(line))


def test_gated_skips_lines_without_the_literals():
    gated = R._Gated([r"(?i)\((?:photo|foto)\b[^)\n]{0,60}\)\s*$", r"(?i)©\s*[^\n]{2,60}$"])
    assert gated.search("Rescuers at work (photo: Ali Veli)")
    assert gated.search("Rescuers at work © Ali Veli")
    assert not gated.search("Rescuers at work photo: Ali Veli")


def test_requirements_of_a_pattern():
    needs = R._pattern_needs(r"(?i)\((?:photo|foto)\b[^)]*\)\s*$")
    assert ((False, "("),) in needs and ((False, ")"),) in needs
    assert ((True, "foto"), (True, "photo")) in needs          # a branch: any of its words
    assert R._pattern_needs(r"^[\W\d_]+$") == ()
    # an optional part requires nothing
    assert ((False, "/"),) not in R._pattern_needs(r"ab(?:/)?c")


def test_folded_letters_find_every_character_ignorecase_matches():
    """Every character a (?i) literal matches folds to the letter the gate looks for."""
    # every character with a case mapping (one without matches only itself)
    everything = "".join(x for x in map(chr, range(0x110000))
                         if x.lower() != x or x.upper() != x or x.casefold() != x)
    letters = "abcdefghijklmnopqrstuvwxyzçğöşüäßéèàñ" "абвгдежзийклмнопрстуфхцчшщъыьэюяё"
    for ch in letters + letters.upper():
        gate = R._gate_char(ch, True)
        if gate is None:
            continue
        fold, want = gate
        for x in re.findall("(?i)" + re.escape(ch), everything):
            assert (R._fold(x) if fold else x) == want, (ch, x)
