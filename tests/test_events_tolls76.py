"""Tolls, helper ev76: a toll phrased as lives taken ('claimed 14 lives', 'a coûté 14 vies',
'унесли 14 жизней', 'mengorbankan 14 orang') is read in the nine languages (id/ms as a count
only: 'mengorbankan' as a trigger of its own split attacks from their tolls). Sentences written
for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of


def killed(lang: str, text: str) -> list[int]:
    return sorted(e.killed for e in events_of(lang, text) if e.killed is not None and not e.negated)


@pytest.mark.parametrize("lang,text", [
    ("en", "The flood of violence in the port town that spring claimed 14 lives."),
    ("en", "The fighting around the depot cost 14 lives."),
    ("fr", "Les combats autour du dépôt ont coûté 14 vies."),
    ("es", "Los combates en torno al depósito se cobraron 14 vidas."),
    ("it", "Gli scontri intorno al deposito costarono 14 vite."),
    ("de", "Die Kämpfe um das Depot kosteten 14 Menschenleben."),
    ("ru", "Бои у старого депо унесли 14 жизней."),
    ("tr", "Depo çevresindeki çatışmalar 14 kişinin canına mal oldu."),
    ("id", "Bentrokan di sekitar depo itu mengorbankan 14 orang."),
    ("ms", "Pertempuran di sekitar depoh itu mengorbankan 14 orang."),
])
def test_lives_taken_are_a_toll(lang, text):
    assert 14 in killed(lang, text), killed(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "The war cost him his job and his house."),
    ("id", "Ia mengorbankan waktu dan tenaganya untuk keluarga."),
    ("ms", "Dia mengorbankan masa dan tenaganya untuk keluarga."),
    ("es", "La guerra le costó su trabajo."),
])
def test_what_else_is_given_up_is_no_toll(lang, text):
    assert killed(lang, text) == []
