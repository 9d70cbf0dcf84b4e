"""Place recognition and resolution on names the sixth unseen set brought to light: conflict
places GeoNames lacks (gazetteer/hotspots.tsv), inflected names that vouch for their plain form,
photo credits, quoted operation names, inflected stop words, the Arabic article of a person's
name, admin words before a regency, a name in the article's own language. Short sentences
written for these tests, against the real gazetteer."""
from __future__ import annotations

import pytest


@pytest.mark.parametrize("lang, text, surface, pid", [
    ("tr", "Savaş uçakları Kuzey Irak'taki Zap, Avaşin ve Metina bölgelerini vurdu.", "Metina",
     "geomap:metina"),
    ("en", "Turkish jets struck PKK positions in the Qandil Mountains overnight.",
     "Qandil Mountains", "geomap:qandil"),
    ("ru", "Турецкие самолеты нанесли удары по горам Кандиль на севере Ирака.", "Кандиль",
     "geomap:qandil"),
    ("it", "I combattimenti sono ripresi nel quartiere di Abu Salim, a Tripoli.", "Abu Salim",
     "geomap:abu-salim"),
    ("fr", "Les vols ont été suspendus à l'aéroport de Mitiga, à Tripoli.", "Mitiga",
     "geomap:mitiga-airport"),
    ("en", "Shells hit the Zamzam camp south of El Fasher in North Darfur.", "Zamzam",
     "geomap:zamzam"),
    ("fr", "Une attaque a visé Barsalogho, dans le centre-nord du Burkina Faso.", "Barsalogho",
     "geomap:barsalogho"),
    ("ms", "Seorang anggota polis cedera di daerah Mayo, wilayah Pattani, selatan Thailand.",
     "Mayo", "geonames:1608732"),
    ("tr", "SDG mevzileri Tişrin Barajı'nın doğusunda vuruldu.", "Tişrin Barajı",
     "geomap:tishrin-dam"),
])
def test_conflict_places_geonames_lacks(places, lang, text, surface, pid):
    got = places(text, lang)
    assert got[surface][0].place.id == pid


def test_a_papua_district_beats_its_far_namesake(places):
    # Paro of Nduga (Papua), not the Bhutanese province: the story is in Indonesia
    got = places("Pasukan TNI dikerahkan ke Distrik Paro, Kabupaten Nduga, Papua Pegunungan.", "id")
    assert got["Paro"][0].place.country == "ID"


def test_an_admin_word_before_a_regency_is_no_part_of_the_mention(places):
    got = places("Warga mengungsi dari Kabupaten Nduga ke Wamena pekan lalu.", "id")
    assert "Kabupaten Nduga" not in got
    assert got["Nduga"][0].place.country == "ID"


def test_an_inflected_form_vouches_for_the_name_at_a_sentence_start(places):
    text = ("Ночью в Дербенте прошли обыски. Дербент остается одним из древнейших городов "
            "России.")
    got = places(text, "ru")
    assert got["Дербент"][0].place.id == got["Дербенте"][0].place.id


def test_a_photo_credit_does_not_make_a_later_place_a_person(places):
    text = ("Bantuan akan masuk melalui perlintasan Rafah pekan depan.\n\n"
            "Foto: Truk bantuan menunggu di perbatasan. (AFP/Yusuf Rafah)")
    got = places(text, "id")
    assert got["Rafah"][0].place.country in ("PS", "EG")


def test_a_word_of_a_quoted_operation_name_is_no_place(places):
    got = places('Die Armee begann am Freitag die Operation "Rising Lion" gegen Ziele in Isfahan.',
                 "de")
    assert "Lion" not in got
    assert "Isfahan" in got


def test_writing_credits_are_bylines(places):
    got = places("Reporting by Ann Smith in Kyiv; Writing by Ed Lagos; Editing by Tom Hogue", "en")
    assert "Lagos" not in got
    assert "Kyiv" in got


def test_an_inflected_stop_word_is_no_town(places):
    # Turkish 'kentten' is 'kent' (city) + ablative: not Kent
    got = places("Kentten çekilen militanlar nehrin doğusuna geçti. Halep sakin.", "tr")
    assert "Kentten" not in got


def test_national_is_no_town_in_turkish(places):
    got = places("Toplantıya Milli Savunma Bakanı da katıldı ve Ankara'da konuştu.", "tr")
    assert "Milli" not in got


def test_the_arabic_article_glues_a_surname_to_a_given_name(places):
    got = places("Abdi, Şam'da yeni yönetimin lideri Ahmed eş-Şara ile görüştü.", "tr")
    assert "Şara" not in got
    assert "Şam" in got


def test_a_given_name_is_no_by_name_of_jerusalem(places):
    got = places("Prime Minister Ariel Henry was stranded in Puerto Rico.", "en")
    assert "Ariel" not in got


def test_an_organisation_head_before_an_elided_article(places):
    got = places("Des soldats se sont rendus à la Mission de l'ONU à Goma.", "fr")
    assert "Mission" not in got
    assert "Goma" in got


def test_a_name_in_the_articles_language_wins(places):
    # Spanish 'América' is the continent; English 'America' the United States
    es = places("La crisis migratoria preocupa a toda América, dijo el canciller.", "es")
    assert es["América"][0].place.id == "geomap:americas"
    en = places("America and Iran traded threats on Monday, officials in Tehran said.", "en")
    assert en["America"][0].place.feature == "country"


def test_the_great_lakes_region_is_no_ivorian_province(places):
    got = places("Les tensions persistent dans l'Afrique des Grands Lacs, selon Kigali.", "fr")
    assert got["Afrique des Grands Lacs"][0].place.id == "geomap:great-lakes-africa"


@pytest.mark.parametrize("lang, text, surface, town", [
    ("en", "Gunmen stormed the Central Penitentiary in Kampala on Sunday night.",
     "Central Penitentiary", "Kampala"),
    ("id", "Peluru artileri menghantam Rumah Sakit Al-Awda di Jabalia, Jalur Gaza, Selasa.",
     "Rumah Sakit Al-Awda", "Jabalia"),
    ("tr", "Gaziantep'te Oğuzeli Devlet Hastanesi önünde patlama meydana geldi.",
     "Oğuzeli Devlet Hastanesi", "Gaziantep"),
    ("fr", "Des détenus se sont évadés de la prison de Makala, à Kinshasa.", "Makala", "Kinshasa"),
    ("ru", "Боевики атаковали Никольский собор в Махачкале.", "Никольский собор", "Махачкале"),
])
def test_a_facility_name_is_placed_at_the_town_of_its_sentence(places, lang, text, surface, town):
    got = places(text, lang)
    fac, tw = got[surface][0].place, got[town][0].place
    assert fac.feature == "other"
    assert (fac.lat, fac.lon) == (tw.lat, tw.lon)


def test_a_facility_named_for_a_country_is_no_mention_of_it(places):
    # the Indonesian hospital is in Gaza: no 'Indonesia' mention inside its name
    got = places("Tank Israel mengepung Rumah Sakit Indonesia di Beit Lahia, Jalur Gaza.", "id")
    assert "Indonesia" not in got
    assert got["Rumah Sakit Indonesia"][0].place.country == "PS"


def test_a_facility_without_a_town_in_its_sentence_takes_the_storys_town(places):
    text = ("Gangs attacked police stations in Port-au-Prince on Sunday. On Monday, they tried "
            "to seize Toussaint Louverture International Airport.")
    got = places(text, "en")
    airport = got["Toussaint Louverture International Airport"][0].place
    assert airport.country == "HT"


def test_a_lower_case_head_without_a_connector_makes_no_facility(places):
    got = places("Según fuentes del hospital Regional Norte, hubo tres heridos en Piura.", "es")
    assert "Regional Norte" not in got and "Regional" not in got


def test_an_area_after_a_title_is_the_offices_place(places):
    got = places("Глава Кизлярского района Андрей Петров заявил о задержании.", "ru")
    assert "Андрей" not in got
    assert got["Кизлярского"][0].place.country == "RU"


def test_offshore_is_no_street(places):
    got = places("Un barcone si è rovesciato al largo di Tobruk, in Libia.", "it")
    assert got["Tobruk"][0].place.country == "LY"


def test_a_party_named_for_a_country_is_an_organisation(places):
    got = places("Депутата исключили из партии «Единая Россия» в Махачкале.", "ru")
    assert "Россия" not in got


@pytest.mark.parametrize("lang, text, surface, pid", [
    ("fr", "L'armée du Burkina a repoussé une attaque près de Djibo.", "Burkina", "ne:BF"),
    ("ms", "Keganasan di Selatan Thailand meningkat sejak Januari.", "Selatan Thailand",
     "geomap:southern-thailand"),
    ("tr", "Kuzey Suriye'de çatışmalar sürüyor.", "Kuzey Suriye", "geomap:northern-syria"),
])
def test_short_forms_and_news_regions(places, lang, text, surface, pid):
    assert places(text, lang)[surface][0].place.id == pid


def test_a_presidential_working_office_is_placed_in_its_city(places):
    got = places("Erdoğan, İstanbul'da Beylerbeyi Çalışma Ofisi'nde güvenlik toplantısı yaptı.", "tr")
    office = got["Beylerbeyi Çalışma Ofisi"][0].place
    assert office.country == "TR" and office.feature == "other"


def test_a_facility_name_may_open_with_its_article(places):
    got = places("Des militaires gardent la prison de La Brousse, à Nouméa, depuis lundi.", "fr")
    assert got["La Brousse"][0].place.country == "NC"


def test_scarborough_in_a_south_china_sea_story_is_the_shoal(places):
    got = places("Kapal pengawal pantai China menghalau kapal Filipina berhampiran Beting "
                 "Scarborough. Manila membantah dakwaan Beijing mengenai Scarborough.", "ms")
    assert got["Scarborough"][0].place.id == "geomap:scarborough-shoal"


def test_a_street_of_a_town_is_no_street_name(places):
    got = places("Des blindés patrouillent dans une rue de N'Djamena, mardi.", "fr")
    assert "N'Djamena" in got and "Djamena" not in got


def test_the_holder_after_an_offices_place_is_a_person(places):
    got = places("Mosca ha convocato l'ambasciatrice degli Stati Uniti Ann Tracy al ministero.", "it")
    assert "Tracy" not in got


def test_a_town_spelled_given_name_after_a_title_is_a_person(places):
    got = places("Interior Minister Aden Mohamud said troops were sent to Mandera.", "en")
    assert "Aden" not in got
    assert "Mandera" in got


@pytest.mark.parametrize("lang, text, surface, pid", [
    ("en", "Tents were hit in Al-Mawasi, west of Khan Younis, on Tuesday.", "Al-Mawasi",
     "geomap:al-mawasi"),
    ("tr", "İsrail uçakları Beyrut'un güneyindeki Dahiye bölgesini vurdu.", "Dahiye",
     "geomap:dahiyeh"),
])
def test_gaza_and_beirut_districts(places, lang, text, surface, pid):
    assert places(text, lang)[surface][0].place.id == pid


def test_a_political_camp_is_no_facility(places):
    got = places("Officials in the Harris camp said on Monday they expected a recount in Atlanta.",
                 "en")
    assert "Harris camp" not in got


def test_a_syrian_border_town_beats_its_israeli_look_alike(places):
    got = places("Türk SİHA'ları Suriye'nin kuzeyindeki Resulayn ve Tel Abyad çevresini vurdu.", "tr")
    assert got["Resulayn"][0].place.country == "SY"
    assert got["Tel Abyad"][0].place.country == "SY"


def test_gaza_city_by_its_indonesian_name(places):
    got = places("Operasi darat bergeser dari Kota Gaza ke Jalur Gaza bagian utara.", "id")
    assert got["Kota Gaza"][0].place.id == "geonames:281133"
    assert got["Jalur Gaza"][0].place.id == "geomap:gaza-strip"


def test_an_office_of_a_town_keeps_its_town(places):
    got = places("Wali Kota Bandung Farhan mengatakan banjir mulai surut.", "id")
    assert "Bandung" in got
