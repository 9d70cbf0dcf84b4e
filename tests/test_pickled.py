"""Compiled lexicons kept as pickles in the cache dir (geomap/pickled.py): built once, loaded
after, rebuilt when a source file changes; a pickled events lexicon matches as a fresh one."""
from __future__ import annotations

import os
import pickle

from geomap.events_lex import Lexicon, tokenize
from geomap.pickled import load_or_build


def test_built_once_then_loaded_and_rebuilt_when_a_source_changes(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_CACHE", str(tmp_path / "cache"))
    src = tmp_path / "words.txt"
    src.write_text("alpha beta")
    builds = []

    def build():
        builds.append(1)
        return {"words": src.read_text().split()}

    assert load_or_build("test-words", [src], build, dict) == {"words": ["alpha", "beta"]}
    assert load_or_build("test-words", [src], build, dict) == {"words": ["alpha", "beta"]}
    assert len(builds) == 1
    src.write_text("alpha beta gamma")
    os.utime(src, ns=(1, 1))                  # a change the signature sees, even in one tick
    assert load_or_build("test-words", [src], build, dict)["words"][-1] == "gamma"
    assert len(builds) == 2
    assert len(list((tmp_path / "cache").glob("test-words-*.pickle"))) == 1   # the old one went


def test_a_broken_pickle_or_a_wrong_kind_is_rebuilt(tmp_path, monkeypatch):
    monkeypatch.setenv("GEOMAP_CACHE", str(tmp_path))
    src = tmp_path / "src.txt"
    src.write_text("x")
    load_or_build("test-kind", [src], lambda: [1, 2], list)
    [path] = tmp_path.glob("test-kind-*.pickle")
    path.write_bytes(b"not a pickle")
    assert load_or_build("test-kind", [src], lambda: [3], list) == [3]
    path.write_bytes(pickle.dumps({"a": 1}))
    assert load_or_build("test-kind", [src], lambda: [4], list) == [4]


def test_a_pickled_events_lexicon_matches_as_a_fresh_one():
    sentences = {
        "de": "Bei dem Angriff auf das Dorf wurden drei Menschen getötet und elf verletzt.",
        "id": "Serangan itu menewaskan dua warga dan melukai lima orang lainnya, kata polisi.",
        "tr": "Saldırıda iki asker hayatını kaybetti, dört kişi yaralandı.",
    }
    for lang, text in sentences.items():
        fresh = Lexicon(lang)
        loaded = pickle.loads(pickle.dumps(Lexicon(lang), protocol=pickle.HIGHEST_PROTOCOL))
        toks = tokenize(text)
        assert loaded.scan(toks).by == fresh.scan(toks).by
        assert loaded.scan(toks).by.get("trig")
        assert loaded.morph.roots("serangannya") == fresh.morph.roots("serangannya")
        assert loaded.phrases("counts_earlier").patterns == fresh.phrases("counts_earlier").patterns


def test_every_data_file_reads_as_yaml_reads_it(tmp_path, monkeypatch):
    """lang.load_yaml (a pickle after the first parse) gives what the YAML parser gives."""
    import yaml

    from geomap.config import DATA_DIR
    from geomap.lang import load_yaml

    monkeypatch.setenv("GEOMAP_CACHE", str(tmp_path))
    files = sorted(DATA_DIR.rglob("*.yaml"))
    assert len(files) > 30
    for f in files:
        want = yaml.safe_load(f.read_text(encoding="utf-8"))
        load_yaml.cache_clear()
        assert load_yaml(f) == want, f              # parsed (and pickled)
        load_yaml.cache_clear()
        assert load_yaml(f) == want, f              # from the pickle
    assert len(list(tmp_path.glob("yaml-*.pickle"))) == len(files)
    load_yaml.cache_clear()
