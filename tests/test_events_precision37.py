"""Session-10 precision (ev37): 'an attack on all of us' said of a happening is no new attack;
vigilance stepped up is a deployment; a Turkish 'X'in gerçekleştirdiğini belirtti' attributes the attacks told before. Sentences
written for these tests, run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def types(evs):
    return sorted({e.type for e in evs if not e.negated})


@pytest.mark.parametrize("lang,text,want", [
    ("it", "A Roma il premier ha parlato di \"un attacco a tutti noi\", mentre il Viminale ha rafforzato la vigilanza sugli obiettivi sensibili.", ["military_alert_deployment"]),
    ("en", "In London the prime minister spoke of \"an attack on all of us\", while police increased vigilance at sensitive sites.", ["military_alert_deployment"]),
    ("fr", "À Paris, le président a parlé d'une « attaque contre nous tous » et le ministère a renforcé la vigilance autour des sites sensibles.", ["military_alert_deployment"]),
    ("es", "En Madrid, el presidente habló de \"un ataque contra todos nosotros\" y el ministerio reforzó la vigilancia en los lugares sensibles.", ["military_alert_deployment"]),
    ("id", "Di Jakarta, presiden menyebutnya \"serangan terhadap kita semua\" dan polisi meningkatkan kewaspadaan.", ["military_alert_deployment"]),
    ("de", "In Berlin sprach die Kanzlerin von einem \"Angriff auf uns alle\".", []),
    ("ru", "В Москве президент назвал произошедшее \"нападением на всех нас\".", []),
    ("tr", "Ankara'da Başbakan saldırıyı \"hepimize yönelik bir saldırı\" olarak nitelendirdi.", ["accusation_statement"]),
    ("ms", "Di Kuala Lumpur, perdana menteri menyifatkannya sebagai \"serangan terhadap kita semua\".", ["accusation_statement"]),
])
def test_an_attack_on_all_of_us_is_no_attack(gazetteer, lang, text, want):
    assert types(events(text, lang, gazetteer)) == want


@pytest.mark.parametrize("text", [
    "Cumhurbaşkanı Erdoğan, Elazığ ve Van'daki saldırıları PKK'nın gerçekleştirdiğini belirtti.",
    "Bakan, Hakkari'deki saldırıyı PKK'nın düzenlediğini söyledi.",
])
def test_turkish_attribution_of_attacks_is_an_accusation(gazetteer, text):
    assert types(events(text, "tr", gazetteer)) == ["accusation_statement"]


def test_turkish_attack_carried_out_stays_an_attack(gazetteer):
    assert "armed_clash" in types(events("PKK'lı teröristler dün Hakkari'de bir karakola saldırı düzenledi.", "tr", gazetteer))


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Ermittler in Berlin gehen von einem Terroranschlag aus."),
    ("en", "Investigators in Berlin are treating it as a terrorist attack."),
    ("en", "Police in Berlin believe it was a terrorist attack."),
    ("fr", "Les enquêteurs à Berlin privilégient la thèse d'un attentat terroriste."),
    ("es", "Los investigadores en Berlín creen que se trató de un atentado terrorista."),
    ("it", "Gli inquirenti a Berlino ritengono che si tratti di un attentato terroristico."),
    ("ru", "Следователи в Москве рассматривают версию теракта."),
])
def test_investigators_naming_an_attack_tell_no_new_one(gazetteer, lang, text):
    assert types(events(text, lang, gazetteer)) == []
