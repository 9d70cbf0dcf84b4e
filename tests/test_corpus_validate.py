"""The annotated corpus must stay well-formed: every gold file passes corpus/validate.py."""
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_corpus_gold_files_validate():
    proc = subprocess.run([sys.executable, str(ROOT / "corpus" / "validate.py")], cwd=ROOT,
                          capture_output=True, text=True, timeout=300)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-3000:]


def test_corpus_is_large_and_multilingual():
    langs = {}
    for gold in (ROOT / "corpus").glob("*.gold.json"):
        assert gold.with_name(gold.name.replace(".gold.json", ".txt")).is_file(), gold
        langs[gold.name.split("-")[0]] = langs.get(gold.name.split("-")[0], 0) + 1
    assert sum(langs.values()) >= 40
    assert set(langs) >= {"id", "en", "ru", "tr", "fr", "de", "es", "it", "ms"}
