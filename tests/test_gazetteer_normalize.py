"""geomap.normalize: the key every name is compared by, and de-inflection per language."""
import pytest

from geomap import normalize
from geomap.normalize import all_variants, key, variants, word_keys


@pytest.mark.parametrize("a,b", [
    ("Nagorno-Karabakh", "nagorno karabakh"),
    ("Nagorno  Karabakh", "nagorno karabakh"),
    ("Nagorno–Karabakh", "nagorno karabakh"),
    ("Syunik'", "syunik"),
    ("Syunik’", "syunik"),
    ("Alekʻpol", "alekpol"),
    ("İstanbul", "istanbul"),
    ("ISTANBUL", "istanbul"),
    ("ıstanbul", "istanbul"),
    ("Xankəndi", "xankendi"),
    ("Kǝngǝrli", "kengerli"),              # U+01DD, a schwa look-alike some sources use
    ("Şuşa", "susa"),
    ("Bakı", "baki"),
    ("Ñandú", "nandu"),
    ("Zürich", "zurich"),
    ("Ереван", "ереван"),
    ("Йошкар-Ола", "иошкар ола"),        # й and и meet, as ё and е do
    ("Ёлкино", "елкино"),
    ("Гюмри", "гюмри"),
])
def test_key(a, b):
    assert key(a) == b


def test_word_keys_are_the_keys_of_each_word():
    # the words of a new article at once: the same keys as one by one, whatever the script,
    # marks, blanks or a separator inside a word
    words = ["İstanbul", "Xankəndi", "Ñandú", "Йошкар", "Ёлкино", "ISTANBUL", "ıstanbul",
             "Alekʻpol", "Tbilisi", "", "a  b", " x ", "a\x00b", "e\u0301", "\u0301e",
             "გორი", "القدس", "Zürich", "Hà", "Nội"]
    expected = []
    for w in words:
        normalize._KEYS.clear()
        expected.append(key(w))
    normalize._KEYS.clear()
    assert word_keys(words) == expected
    assert [key(w) for w in words] == expected      # (memoised by word_keys)
    assert word_keys([]) == []


def test_key_keeps_non_latin_letters():
    assert key("Գյումրի") == "գյումրի"
    assert key("باكو") == "باكو"
    assert key("") == ""


@pytest.mark.parametrize("surface,lang,base", [
    ("в Ереване", "ru", "ереван"),
    ("Армении", "ru", "армения"),
    ("Азербайджана", "ru", "азербаиджан"),
    ("Москвы", "ru", "москва"),
    ("Кельбаджарском районе", "ru", "кельбаджарскии раион"),
    ("Нагорного Карабаха", "ru", "нагорныи карабах"),
    ("Bakü'de", "tr", "baku"),
    ("Ermenistan'ın", "tr", "ermenistan"),
    ("Azerbaycan'a", "tr", "azerbaycan"),
    ("Azerbaycan’dan", "tr", "azerbaycan"),
    ("Jakartanya", "id", "jakarta"),
    ("di Yerevan", "id", "yerevan"),
    ("d'Arménie", "fr", "armenie"),
    ("l’Azerbaïdjan", "fr", "azerbaidjan"),
    ("dell'Armenia", "it", "armenia"),
    ("Armeniens", "de", "armenien"),
    ("Armenia's", "en", "armenia"),
])
def test_variants_reduce_inflection(surface, lang, base):
    vs = variants(surface, lang)
    assert vs[0] == key(surface)          # the plain key is always tried first
    assert base in vs


def test_variants_without_language_only_cut_suffix_apostrophes():
    assert variants("Ереване", None) == ["ереване"]
    assert variants("Bakü'de", None) == ["bakude", "baku"]


def test_variants_stay_cheap():
    assert len(variants("Нагорного Карабахского района Азербайджана", "ru")) <= 40
    assert len(all_variants("Ermenistan'ın")) < 60


def test_short_words_are_not_stripped_below_min_stem():
    # 'Уфе' → 'Уфа' would need a 2-letter stem; the Russian rules keep at least 3 letters
    assert "уф" not in variants("Уфе", "ru")


@pytest.mark.parametrize("surface,lang", [
    ("в Нижнем Новгороде", "ru"),
    ("Курской области", "ru"),
    ("Sağlık Bakanlığı Ankara'da", "tr"),       # (an apostrophe: the surface's own path)
    ("Provinsi Jawa Barat", "id"),
    ("Großraum München", "de"),
    ("Côte d’Ivoire", "fr"),
    ("Mar Rosso", "it"),
    ("Nueva York", "es"),
    ("Kuala Lumpur", "ms"),
    ("ŞUŞA", "tr"),
    ("Ērgli Pūre", "en"),
])
def test_key_variants_of_the_words_keys_are_the_surfaces_variants(surface, lang):
    """The scan asks key_variants() with its tokens' keys joined by spaces, for runs of words
    joined by single spaces: the same keys as variants() of the run's text."""
    from geomap.text import tokens
    words = [t[2] for t in tokens(surface)]
    want = tuple(variants(surface, lang))
    if " ".join(words) == surface:
        assert normalize.key_variants(" ".join(word_keys(words)), lang) == want
    assert normalize.key_variants(key(surface), lang) == want or "'" in surface
