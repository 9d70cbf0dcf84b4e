"""Session-14 (ev65): the story's own town pointed at by 'there' in the dateline's paragraph;
grenades thrown, stab and gunshot wounds, raids on a village. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events_locate import events  # noqa: E402


def where(evs, typ):
    return [e.location.name if e.location else None for e in evs if e.type == typ and not e.negated]


# The dateline's town is the scene a 'there' of its paragraph points at; a background attack told
# later in another town takes none of the story's happenings.
@pytest.mark.parametrize("lang,text,town", [
    ("de", "Graz, Steiermark – Am Sonntagabend gingen die ersten Notrufe ein. Ein Mann schoss dort "
           "auf Passanten. Zwei Frauen wurden verletzt.\n\nDer Fall erinnert an den Anschlag in Wien: "
           "Dort hatte 2020 ein Mann vier Menschen erschossen.", "Graz"),
    ("en", "LEEDS, England — Police were called on Sunday evening. A man opened fire there on "
           "shoppers. Two women were wounded.\n\nThe case recalls the attack in London in 2017, "
           "where a man killed eight people.", "Leeds"),
    ("fr", "LYON (AFP) – Les secours ont été appelés dimanche soir. Sur place, un homme a ouvert "
           "le feu sur des passants. Deux femmes ont été blessées.\n\nL'affaire rappelle l'attentat "
           "de Nice en 2016, où un homme avait tué 86 personnes.", "Lyon"),
])
def test_there_in_the_datelines_paragraph_is_the_dateline_town(gazetteer, lang, text, town):
    evs = events(text, lang, gazetteer)
    assert where(evs, "armed_clash")[:1] == [town], [(e.type, e.location and e.location.name) for e in evs]


def test_a_town_named_before_there_keeps_it(gazetteer):
    # ('there' points at the town the paragraph named, not at the dateline)
    text = ("Graz, Steiermark – Die Polizei wurde nach Leoben gerufen. Ein Mann schoss dort auf "
            "Passanten.")
    evs = events(text, "de", gazetteer)
    assert "Graz" not in where(evs, "armed_clash")


@pytest.mark.parametrize("lang,text", [
    ("en", "In Leeds a man threw a grenade into the crowded café."),
    ("de", "In Kiel warf ein Mann eine Handgranate in das Café."),
    ("fr", "À Lyon, un homme jette une grenade dans le café bondé."),
    ("es", "En Bilbao un hombre lanzó una granada contra la cafetería."),
    ("it", "A Bari un uomo lanciò una bomba a mano nel bar affollato."),
    ("ru", "В Самаре мужчина бросил гранату в переполненное кафе."),
    ("tr", "Konya'da bir adam kalabalık kafeye el bombası attı."),
    ("id", "Di Bandung seorang pria melemparkan granat ke dalam kafe."),
    ("ms", "Di Ipoh seorang lelaki membaling bom tangan ke dalam kafe."),
])
def test_a_grenade_thrown_is_an_explosive_attack(gazetteer, lang, text):
    assert "shelling_airstrike" in [e.type for e in events(text, lang, gazetteer)]


@pytest.mark.parametrize("lang,text", [
    ("en", "In Leeds three men suffered stab wounds."),
    ("de", "In Kiel erlitten drei Männer Stichverletzungen."),
    ("fr", "À Lyon, trois hommes ont reçu des coups de couteau."),
    ("es", "En Bilbao tres hombres sufrieron heridas de arma blanca."),
    ("it", "A Bari tre uomini hanno riportato ferite da taglio."),
    ("ru", "В Самаре трое мужчин получили ножевые ранения."),
    ("tr", "Konya'da üç adam bıçak darbesiyle yaralandı."),
    ("id", "Di Bandung tiga pria mengalami luka tusuk."),
    ("ms", "Di Ipoh tiga lelaki mengalami luka tikaman."),
])
def test_stab_wounds_are_casualties(gazetteer, lang, text):
    assert "casualties" in [e.type for e in events(text, lang, gazetteer)]


def test_a_village_raided_is_an_attack(gazetteer):
    evs = events("Dün gece silahlı bir grup Yeşilköy köyünü bastı.", "tr", gazetteer)
    assert "armed_clash" in [e.type for e in evs]


# In a later paragraph only the words for the story's own town or village point at the dateline's
# town, when the story's first placed happening is there; a later 'there' may point elsewhere.
@pytest.mark.parametrize("lang,text,town", [
    ("en", "LEEDS, England — Hundreds of farmers protested in Leeds on Sunday, police said.\n\n"
           "Witnesses said armed men later attacked the village.", "Leeds"),
    ("tr", "KONYA – Konya'da pazar günü yüzlerce çiftçi protesto gösterisi düzenledi.\n\n"
           "Tanıklara göre silahlı bir grup gece köyü bastı.", "Konya"),
])
def test_the_own_village_in_a_later_paragraph_is_the_dateline_town(gazetteer, lang, text, town):
    evs = events(text, lang, gazetteer)
    assert town in where(evs, "armed_clash"), [(e.type, e.location and e.location.name) for e in evs]


def test_a_later_there_stays_with_its_own_paragraph(gazetteer):
    text = ("GRAZ – In Graz wurden am Sonntag drei Menschen erschossen.\n\n"
            "Die Tat erinnert an frühere Fälle. Dort hatte im März 1990 ein Mann auf Passanten geschossen.")
    evs = events(text, "de", gazetteer)
    assert all(e.location is None or e.date != "1990-03" for e in evs if e.type == "armed_clash")


def test_a_pointer_before_the_happening_and_a_destination(gazetteer):
    # ('carrying .. to X': a destination, no scene; 'this small town' before the participle
    # clause of the killing points at the dateline's town)
    text = ("PERTH, Scotland — A coach carrying 40 pupils to Glasgow crashed last night into a shop "
            "in this small market town, killing three people.")
    evs = events(text, "en", gazetteer)
    assert where(evs, "casualties") == ["Perth"], [(e.type, e.location and e.location.name) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "In Leeds the jet broke apart in the sky and wreckage fell on houses."),
    ("es", "Sobre Bilbao un avión de pasajeros estalló en pleno vuelo el domingo."),
    ("it", "Sopra Bari un aereo di linea è esploso in volo domenica."),
    ("de", "Über Kiel zerbrach am Sonntag ein Passagierflugzeug in der Luft."),
])
def test_an_airliner_destroyed_in_flight_is_an_explosion(gazetteer, lang, text):
    assert "shelling_airstrike" in [e.type for e in events(text, lang, gazetteer)]


@pytest.mark.parametrize("lang,text", [
    ("en", "In Leeds a courier drove his car straight at the attacker."),
    ("de", "In Kiel fuhr ein Kurier mit seinem Auto gezielt auf den Angreifer zu."),
    ("fr", "À Lyon, un livreur a foncé sur l'assaillant avec sa voiture."),
    ("es", "En Bilbao un repartidor embistió al agresor con su coche."),
    ("it", "A Bari un corriere ha investito l'aggressore con la sua auto."),
    ("ru", "В Самаре курьер протаранил нападавшего на своей машине."),
    ("id", "Di Bandung seorang kurir menabrak pelaku dengan mobilnya."),
    ("ms", "Di Ipoh seorang penghantar merempuh penyerang dengan keretanya."),
])
def test_a_car_driven_at_the_attacker_is_a_clash(gazetteer, lang, text):
    assert "armed_clash" in [e.type for e in events(text, lang, gazetteer)]
