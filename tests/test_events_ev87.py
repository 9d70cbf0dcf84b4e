"""Session-17 (ev87): a death sentence carried out is a judicial execution (other/execution,
placed by its sentence), no casualties of an attack; a martial-law court is no deployment.
Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events_locate import events  # noqa: E402


def show(evs):
    return [(e.type, e.trigger, e.killed, e.negated, e.location and e.location.name) for e in evs]


@pytest.mark.parametrize("lang,text,place", [
    ("tr", "Mahkum, Mart 1961'de Kayseri'de idam edildi.", "Kayseri"),
    ("tr", "Üç sanık yargılandı, ölüm cezasına çarptırıldı ve Konya'da idam edildi.", "Konya"),
    ("en", "The prisoner was hanged in Lahore two years later.", "Lahore"),
    ("id", "Terpidana itu dieksekusi mati di Nusakambangan pada 2015.", None),
    ("ms", "Lelaki itu dihukum gantung di Penjara Kajang pada 1990.", None),
    ("ru", "Осуждённый был расстрелян по приговору суда в Ростове.", "Ростове"),
])
def test_judicial_execution_is_other(gazetteer, lang, text, place):
    evs = [e for e in events(text, lang, gazetteer) if not e.negated]
    assert evs and all(e.type == "other" for e in evs), show(evs)
    if place:
        assert any(e.location is not None for e in evs), show(evs)


@pytest.mark.parametrize("lang,text", [
    ("en", "Gunmen shot dead two guards in Lahore on Sunday."),
    ("tr", "Silahlı saldırganlar Konya'da iki bekçiyi öldürdü."),
    # hostages or civilians executed by their captors are the dead of the attack
    ("fr", "Les ravisseurs ont abattu deux otages à Gao."),
])
def test_killing_by_attackers_stays_a_toll(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if not e.negated]
    assert any(e.type in ("casualties", "armed_clash") for e in evs), show(evs)


def test_martial_law_court_is_no_deployment(gazetteer):
    evs = events("Sanık Sıkıyönetim Mahkemesi'nde yargılandı.", "tr", gazetteer)
    assert not any(e.type == "military_alert_deployment" for e in evs), show(evs)


def test_martial_law_itself_is_still_a_deployment(gazetteer):
    evs = events("Hükümet Diyarbakır'da sıkıyönetim ilan etti.", "tr", gazetteer)
    assert any(e.type == "military_alert_deployment" for e in evs), show(evs)


# a toll the same sentence names for the crime stays a toll: only the killing the execution
# phrase covers turns
def test_toll_of_the_crime_beside_a_sentence_stays(gazetteer):
    evs = events("Konya'da 12 kişiyi öldüren saldırının faili ölüm cezasına çarptırıldı.", "tr", gazetteer)
    assert any(e.type == "casualties" and e.killed == 12 for e in evs), show(evs)
