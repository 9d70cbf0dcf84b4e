"""geomap.text: tokens and sentences in several scripts, offsets into the original text."""
from __future__ import annotations

import pytest

from geomap.text import glued, is_title, join, lines, sentence_at, sentences, tokens, words


def _surfaces(text, spans):
    return [text[s:e] for s, e in spans]


def test_tokens_offsets_point_into_original_text():
    text = "  Pasukan Rusia tiba di Gyumri, kata Ketua."
    toks = tokens(text)
    assert [t[2] for t in toks] == ["Pasukan", "Rusia", "tiba", "di", "Gyumri", "kata", "Ketua"]
    for s, e, tok in toks:
        assert text[s:e] == tok


@pytest.mark.parametrize("text,expected", [
    ("Հայաստան Գյումրի", ["Հայաստան", "Գյումրի"]),                 # Armenian
    ("საქართველო თბილისი", ["საქართველო", "თბილისი"]),           # Georgian
    ("Москва и Ереван", ["Москва", "и", "Ереван"]),                # Cyrillic
    ("أذربيجان وأرمينيا", ["أذربيجان", "وأرمينيا"]),              # Arabic
    ("Şuşa, Göyçay, Ağdam", ["Şuşa", "Göyçay", "Ağdam"]),          # Turkish/Azerbaijani Latin
    ("Ermenistan'ın sınırında", ["Ermenistan", "ın", "sınırında"]),  # apostrophe splits
])
def test_tokens_any_script(text, expected):
    assert [t[2] for t in tokens(text)] == expected


def test_tokens_keep_combining_marks_inside_words():
    text = "Cafe\u0301 de\u0301ja\u0300"          # decomposed accents
    assert [t[2] for t in tokens(text)] == ["Cafe\u0301", "de\u0301ja\u0300"]


def test_tokens_range_is_respected():
    text = "Alpha Beta Gamma Delta"
    toks = tokens(text, 6, 16)
    assert [t[2] for t in toks] == ["Beta", "Gamma"]
    assert toks[0][0] == 6


def test_hyphen_parts_and_compound_both_available():
    text = "di perbatasan Armenia-Azerbaijan dan Nagorno–Karabakh, d’Arménie"
    toks = tokens(text)
    assert "Armenia" in [t[2] for t in toks] and "Azerbaijan" in [t[2] for t in toks]
    compounds = [join(text, toks, i, j)[2] for i, j in glued(text, toks)]
    assert compounds == ["Armenia-Azerbaijan", "Nagorno–Karabakh", "d’Arménie"]
    assert [w[2] for w in words(text)] == ["di", "perbatasan", "Armenia-Azerbaijan", "dan",
                                          "Nagorno–Karabakh", "d’Arménie"]


def test_spaced_dash_does_not_glue():
    text = "Jakarta, IDN Times - Ketua"
    assert [w[2] for w in words(text)] == ["Jakarta", "IDN", "Times", "Ketua"]


def test_is_title():
    assert is_title("Gyumri") and is_title("Ереван") and is_title("أرمينيا")
    assert not is_title("serang") and not is_title("") and not is_title("ереван")


def test_sentences_indonesian_abbreviations_and_numbers():
    text = ("Ketua dr. Hasan tiba di Jl. Sudirman pada Selasa (16.11). Pasukan siaga penuh! "
            "Mereka membawa senjata, amunisi, dll. Tidak ada korban.")
    assert _surfaces(text, sentences(text, lang="id")) == [
        "Ketua dr. Hasan tiba di Jl. Sudirman pada Selasa (16.11).",
        "Pasukan siaga penuh!",
        "Mereka membawa senjata, amunisi, dll.",
        "Tidak ada korban."]


def test_sentences_english_titles_initials_and_acronyms():
    text = ("Mr. Pashinyan met Dr. J. R. Smith in St. Petersburg on Tuesday. U.S. officials "
            "said 15 soldiers died. \"It was heavy,\" he said.")
    assert _surfaces(text, sentences(text, lang="en")) == [
        "Mr. Pashinyan met Dr. J. R. Smith in St. Petersburg on Tuesday.",
        "U.S. officials said 15 soldiers died.",
        "\"It was heavy,\" he said."]


def test_sentences_russian_abbreviations():
    text = "В г. Баку на ул. Низами прошли переговоры. Погибли 15 военных и т.д. Подробности позже."
    assert _surfaces(text, sentences(text, lang="ru")) == [
        "В г. Баку на ул. Низами прошли переговоры.",
        "Погибли 15 военных и т.д.",
        "Подробности позже."]


def test_sentences_german_ordinal_dates_do_not_split():
    text = "Am 16. November griff die 3. Armee an. Im Jahr 2020 gab es Kämpfe."
    assert _surfaces(text, sentences(text, lang="de")) == [
        "Am 16. November griff die 3. Armee an.", "Im Jahr 2020 gab es Kämpfe."]


def test_sentences_german_abbreviation_with_space():
    text = "Es gab z. B. Kämpfe bei Goris. Danach war es ruhig."
    assert _surfaces(text, sentences(text, lang="de")) == ["Es gab z. B. Kämpfe bei Goris.",
                                                           "Danach war es ruhig."]


def test_sentences_english_year_does_split():
    text = "The pact dates from 1987. It was renewed."
    assert len(sentences(text, lang="en")) == 2


def test_sentences_split_at_paragraphs_and_headings_but_not_wrapped_lines():
    text = ("Judul Berita Hari Ini\n\nParagraf pertama tanpa titik\nBaris kedua dengan Huruf\n"
            "Ini kalimat yang dibungkus\nke baris berikutnya. Akhir.")
    assert _surfaces(text, sentences(text, lang="id")) == [
        "Judul Berita Hari Ini", "Paragraf pertama tanpa titik", "Baris kedua dengan Huruf",
        "Ini kalimat yang dibungkus\nke baris berikutnya.", "Akhir."]


def test_sentences_range_and_unknown_language():
    text = "XXXX Dr. Aliyev spoke. Troops moved. YYYY"
    spans = sentences(text, 5, len(text) - 5, lang=None)
    assert _surfaces(text, spans) == ["Dr. Aliyev spoke.", "Troops moved."]
    assert sentence_at(spans, text.index("Troops")) == spans[1]
    assert sentence_at(spans, 0) is None


def test_lines():
    text = "a\n\n  b c  \n\nd"
    assert _surfaces(text, lines(text)) == ["a", "b c", "d"]
