"""Places in the related-link headlines under an article (plq30): a town after a locative word
that a headline-case line still writes in lower case ('… di Wonosari'), and a town opening a
related headline behind any bullet ('» Quedlinburg sagt …', '▸ Pantelleria, …'). Articles
written for these tests, against the real gazetteer."""
from __future__ import annotations

import pytest

ID_BODY = ("SEMARANG — Polisi menangkap tiga orang yang diduga merencanakan serangan di "
           "Semarang, Jawa Tengah, pada Senin pagi. Penangkapan dilakukan di sebuah rumah "
           "kontrakan di pinggir kota.\n\nKepala polisi daerah mengatakan ketiganya masih "
           "diperiksa dan barang bukti telah diamankan oleh petugas.\n\n")
DE_BODY = ("Magdeburg – Die Polizei hat am Sonntag in Magdeburg drei Männer festgenommen, die "
           "einen Anschlag geplant haben sollen. Die Ermittler durchsuchten mehrere Wohnungen "
           "in der Stadt.\n\nDer Innenminister lobte die Arbeit der Beamten und kündigte mehr "
           "Kontrollen an.\n\n")
IT_BODY = ("PALERMO — La polizia ha arrestato tre uomini a Palermo nella notte tra sabato e "
           "domenica. Gli investigatori hanno sequestrato armi e documenti in due "
           "appartamenti del centro.\n\nIl questore ha parlato di un'operazione lunga mesi e "
           "ha ringraziato gli agenti.\n\n")


def test_a_town_after_a_lower_case_locative_in_a_headline_case_link(places):
    got = places(ID_BODY + "Baca juga:\n- Pasar Tradisional Terbakar di Wonosari\n"
                 "- Harga Cabai Naik Menjelang Lebaran\n", "id")
    assert "Wonosari" in got, got
    assert got["Wonosari"][0].place.country == "ID"
    assert "Cabai" not in got and "Lebaran" not in got, got


@pytest.mark.parametrize("body, lang, related, town", [
    (DE_BODY, "de", "Lesen Sie auch\n» Quedlinburg sagt Weihnachtsmarkt ab\n"
                    "» Polizei warnt vor Betrügern\n", "Quedlinburg"),
    (IT_BODY, "it", "LEGGI ANCHE\n▸ Pantelleria, nuovi controlli al porto\n"
                    "▸ Sciopero dei trasporti, disagi in città\n", "Pantelleria"),
], ids=["de", "it"])
def test_a_town_opening_a_related_headline_behind_any_bullet(places, body, lang, related, town):
    got = places(body + related, lang)
    assert town in got, got
    assert got[town][0].role == "other"


def test_a_district_is_the_one_in_the_province_named_beside_it(places):
    # the story names Tula oblast first (its Kamensky district is a namesake there); the
    # district of the sentence is the one of the province named a few words before it
    text = ("ТУЛА — Утром в Тульской области, в Кимовском районе, загорелся склад. "
            "Вечером того же дня в Ростовской области, в Каменском районе, сгорел амбар.")
    got = places(text, "ru")
    assert "Каменском районе" in got or "Каменском" in got, got
    m = (got.get("Каменском районе") or got["Каменском"])[0]
    assert m.place.admin1 and m.place.admin1.startswith("Rostov"), m.place


@pytest.mark.parametrize("lang, text, venue", [
    ("en", "LAHORE — Two people were killed when a bomb exploded at the Kashmiri Market in "
           "Lahore on Friday, police said.", "Kashmiri Market"),
    ("fr", "DAKAR — Une explosion a tué trois personnes vendredi au marché de Tilène, à Dakar, "
           "selon la police.", "Tilène"),
    ("id", "MEDAN — Sebuah bom meledak di Gereja Santo Yosef, Medan, Minggu pagi, dan melukai "
           "dua orang jemaat.", "Gereja Santo Yosef"),
    ("tr", "İZMİR — Kemeraltı'ndaki Balıkçılar Çarşısı önünde patlayan bomba iki kişinin "
           "ölümüne yol açtı.", "Balıkçılar Çarşısı"),
], ids=["en-market", "fr-marche", "id-gereja", "tr-carsi"])
def test_markets_and_churches_where_it_happened_are_venues(lang, text, venue):
    import geomap
    doc = geomap.extract(text, lang=lang, is_text=True)
    got = {m.mention: m for m in doc.mentions}
    assert venue in got and got[venue].role == "event", got
    assert any(e.location is not None and e.location.mention == venue for e in doc.events)


def test_the_town_after_a_venue_is_its_address_not_a_second_scene():
    import geomap
    doc = geomap.extract("SOLO — Seorang pria menyerang jemaat di Gereja Santo Yosef, Kartasura, "
                         "Kabupaten Sukoharjo, Jawa Tengah, Minggu pagi. Tiga orang terluka.",
                         lang="id", is_text=True)
    scenes = {e.location.mention for e in doc.events if e.location is not None}
    assert scenes == {"Gereja Santo Yosef"}, [(e.type, e.location) for e in doc.events]


def test_a_town_closing_a_street_address_is_a_town_though_a_common_word(places):
    # 'Solo' (Surakarta) is also a common word; after a comma closing a street's or a
    # quarter's name it is that street's town, and the street is pinned there
    got = places("JAKARTA — Polisi di Jakarta menyebut pelaku tinggal di sebuah rumah "
                 "kontrakan di Kelurahan Joyotakan, Solo, bersama istrinya.", "id")
    assert "Solo" in got and got["Solo"][0].place.name == "Surakarta", got
    street = got.get("Joyotakan") or got.get("Kelurahan Joyotakan")
    assert street and abs(street[0].place.lat - got["Solo"][0].place.lat) < 0.2, got


@pytest.mark.parametrize("lang, text, inside, town", [
    ("es", "Un vocero de la Asociación Solidaria Uruguay dijo en Montevideo que la marcha "
           "seguirá el lunes.", "Uruguay", "Montevideo"),
    ("id", "Ketua Persatuan Pelajar Malaysia mengatakan di Jakarta bahwa para mahasiswa "
           "dalam keadaan aman.", "Malaysia", "Jakarta"),
], ids=["es", "id"])
def test_a_country_closing_an_association_name_is_no_mention(places, lang, text, inside, town):
    got = places(text, lang)
    assert inside not in got and town in got, got
