"""Towns, districts and quarters named only in page furniture (a regional outlet's menu of its
districts, a related link, a caption) with nothing but a weak capital letter: kept with role
other where they lie in the story's own region (the province of a place the story names, or
within LOCAL_FURNITURE_KM of it), dropped where they are far or foreign namesakes. Pages
written for these tests, against the real gazetteer."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, text, names", [
    ("it", "GAZZETTA DEL PICENO\n"
           "Cronaca | Sport | Ancona | Macerata | Fermo | Ascoli\n\n"
           "Capannone in fiamme, vigili del fuoco al lavoro tutta la notte\n\n"
           "Macerata, 3 marzo - Un incendio è divampato ieri sera in un capannone alla periferia "
           "di Macerata. I vigili del fuoco hanno lavorato per tutta la notte.\n",
     ["Fermo", "Ascoli"]),
    ("de", "STEIRISCHE RUNDSCHAU\n"
           "Steiermark | Österreich | Welt | Wirtschaft | Sport | Bezirke: Leoben · Bruck · Judenburg · Knittelfeld\n\n"
           "Großbrand in Lagerhalle: Feuerwehr die ganze Nacht im Einsatz\n\n"
           "Leoben – Bei einem Brand in einer Lagerhalle in Leoben ist am Sonntag hoher Sachschaden "
           "entstanden. Die Feuerwehr stand stundenlang im Einsatz.\n",
     ["Judenburg", "Knittelfeld"]),
    ("tr", "KARADENİZ POSTASI\n"
           "Anasayfa | Gündem | Asayiş | Spor | İlçeler: Bulancak · Espiye · Tirebolu · Görele\n\n"
           "Depoda korkutan yangın: ekipler saatlerce çalıştı\n\n"
           "GİRESUN - Giresun'da bir depoda çıkan yangın itfaiye ekiplerince söndürüldü. "
           "Olayda yaralanan olmadı.\n",
     ["Tirebolu", "Görele"]),
    ("fr", "LE COURRIER ALPIN\n"
           "Isère | Savoie | Hautes-Alpes | Faits divers | Sports\n\n"
           "Un entrepôt ravagé par les flammes dans la nuit\n\n"
           "Grenoble. Un entrepôt a pris feu mardi soir dans la zone industrielle de Grenoble. "
           "Aucun blessé n'est à déplorer.\n",
     ["Savoie"]),
])
def test_menu_towns_of_the_story_region_are_kept_as_other(places, lang, text, names):
    got = places(text, lang)
    for name in names:
        assert name in got, (name, sorted(got))
        assert got[name][0].role == "other", got[name]


@pytest.mark.parametrize("lang, text, name", [
    # an Austrian town's name on the menu of a story from Sicily: a far namesake
    ("it", "QUOTIDIANO DI SICILIA\n"
           "Cronaca | Sport | Zone: Villach · Wolfsberg\n\n"
           "Capannone in fiamme, vigili del fuoco al lavoro tutta la notte\n\n"
           "Palermo, 3 marzo - Un incendio è divampato ieri sera in un capannone alla periferia "
           "di Palermo. I vigili del fuoco hanno lavorato per tutta la notte.\n",
     "Wolfsberg"),
    # a Turkish district's name in the menu of a story from the other end of the country
    ("tr", "EGE POSTASI\n"
           "Anasayfa | Gündem | Asayiş | Spor | İlçeler: Refahiye · Tercan\n\n"
           "Depoda korkutan yangın: ekipler saatlerce çalıştı\n\n"
           "İZMİR - İzmir'de bir depoda çıkan yangın itfaiye ekiplerince söndürüldü. "
           "Olayda yaralanan olmadı.\n",
     "Tercan"),
])
def test_far_menu_towns_stay_out(places, lang, text, name):
    assert name not in places(text, lang)


@pytest.mark.parametrize("lang, text, name", [
    # a credit's surname after a given name, in a story from that province
    ("tr", "KARADENİZ POSTASI\n"
           "Anasayfa | Gündem | Asayiş | Spor | İlçeler: Bulancak · Espiye\n\n"
           "Depoda korkutan yangın: ekipler saatlerce çalıştı\n\n"
           "Foto: Mehmet Görele\n\n"
           "GİRESUN - Giresun'da bir depoda çıkan yangın itfaiye ekiplerince söndürüldü. "
           "Olayda yaralanan olmadı.\n",
     "Görele"),
    # the head of a hyphenated name in a tag line
    ("de", "STEIRISCHE RUNDSCHAU\n"
           "Steiermark | Österreich | Welt | Wirtschaft | Sport\n\n"
           "Großbrand in Lagerhalle: Feuerwehr die ganze Nacht im Einsatz\n\n"
           "Leoben – Bei einem Brand in einer Lagerhalle in Leoben ist am Sonntag hoher "
           "Sachschaden entstanden. Die Feuerwehr stand stundenlang im Einsatz.\n\n"
           "Schlagworte: Leoben, Feuerwehr, Judenburg-Gymnasium\n",
     "Judenburg"),
])
def test_furniture_words_that_are_no_town_of_the_region(places, lang, text, name):
    assert name not in places(text, lang)


def test_quarters_of_the_story_city_on_a_menu_with_a_label(places):
    # a city outlet's menu of quarters (a label before a colon is no place: 'Zone' is also a
    # village of the same region)
    text = ("METROPOLI OGGI\n"
            "Cronaca | Politica | Zone: Centro, Navigli, Città Studi | Eventi | Meteo\n\n"
            "Capannone in fiamme, vigili del fuoco al lavoro tutta la notte\n\n"
            "Milano, 3 marzo - Un incendio è divampato ieri sera in un magazzino di Milano. "
            "I vigili del fuoco hanno lavorato per tutta la notte.\n")
    got = places(text, "it")
    assert "Navigli" in got and got["Navigli"][0].role == "other", sorted(got)
    assert "Città Studi" in got, sorted(got)
    assert "Zone" not in got, sorted(got)
