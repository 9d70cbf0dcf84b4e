"""Fixes found on the eighth unseen set's remaining losses, each a general pattern: a negator
reaching a toll across 'yang menjadi' ('no Indonesian was among the victims'), a denial about
one group of people (nationals, citizens) that gives the happening no toll of 0, an
attribution set off after the report ('…, a précisé l'agence de l'ONU à Genève') whose place is
the speaker's seat and not the scene, and a domain word after an organisation's head
('ministero della Salute') that names no place. Sentences written for these tests; the real
pipeline and gazetteer run."""
from __future__ import annotations

import pytest
from conftest import events_of

import geomap


def _events(text: str, lang: str):
    return geomap.extract(text, lang=lang, is_text=True, date="2026-03-10").to_json()["events"]


@pytest.mark.parametrize("lang, text", [
    ("id", "Tidak ada warga negara Indonesia yang menjadi korban dalam ledakan itu."),
    ("ms", "Tiada rakyat Malaysia yang turut terkorban dalam serangan itu."),
])
def test_negator_reaches_the_toll_across_a_relative_and_a_copula(lang, text):
    tolls = [e for e in events_of(lang, text) if e.type == "casualties"]
    assert tolls and all(e.negated for e in tolls), tolls


def test_a_plain_relative_toll_is_still_a_toll():
    tolls = [e for e in events_of("id", "Dua warga yang menjadi korban ledakan itu dirawat di rumah sakit.")
             if e.type == "casualties"]
    assert tolls and not any(e.negated for e in tolls), tolls


@pytest.mark.parametrize("lang, text", [
    ("id", "Sebuah roket menghantam pasar di Kota Gaza. Tidak ada WNI yang menjadi korban dalam serangan itu."),
    ("en", "A rocket hit a market in Gaza City. No British nationals were among the casualties."),
    ("fr", "Une roquette a frappé un marché de Gaza. Aucun ressortissant français ne figure parmi les victimes."),
])
def test_a_denial_about_one_group_gives_no_toll_of_zero(lang, text):
    strikes = [e for e in _events(text, lang) if e["type"] == "shelling_airstrike"]
    assert strikes, _events(text, lang)
    assert all(e["killed"] is None for e in strikes), strikes


def test_a_denial_about_everyone_still_gives_zero():
    text = "A rocket hit a market in Gaza City. No casualties were reported."
    strikes = [e for e in _events(text, "en") if e["type"] == "shelling_airstrike"]
    assert strikes and strikes[0]["killed"] == 0, strikes


@pytest.mark.parametrize("lang, text, seat", [
    ("fr", "Seize personnes ont été blessées, a précisé le Haut-Commissariat de l'ONU aux droits "
           "de l'homme à Genève.", "Genève"),
    ("es", "Dieciséis personas resultaron heridas, precisó la oficina de derechos humanos de la ONU "
           "en Ginebra.", "Ginebra"),
    ("it", "Sedici persone sono rimaste ferite, ha precisato l'Alto commissariato dell'Onu per i "
           "diritti umani a Ginevra.", "Ginevra"),
])
def test_the_seat_of_an_attribution_after_the_report_is_no_scene(lang, text, seat):
    evs = _events(text, lang)
    assert evs, evs
    assert all((e["location"] or {}).get("mention") != seat for e in evs), evs


def test_a_place_right_after_the_report_is_still_its_scene():
    evs = _events("Seize personnes ont été blessées à Saint-Marc, a précisé la police.", "fr")
    assert any((e["location"] or {}).get("mention") == "Saint-Marc" for e in evs), evs


@pytest.mark.parametrize("lang, text, word", [
    ("it", "Secondo il ministero della Salute libanese i morti sono ventidue a Beirut.", "Salute"),
    ("es", "Según el Ministerio de Salud, los muertos son veintidós en Gaza.", "Salud"),
    ("en", "According to the Ministry of Health, 22 people were killed in Gaza.", "Health"),
])
def test_a_ministrys_domain_is_no_place(places, lang, text, word):
    got = places(text, lang)
    assert word not in got, got


def test_a_place_after_an_organisation_head_is_still_a_place(places):
    got = places("La polizia di Milano ha arrestato due uomini.", "it")
    assert got["Milano"][0].place.country == "IT", got


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Polizei nahm Ermittlungen auf, Festnahmen gab es zunächst nicht."),
    ("de", "Verletzte gab es nach ersten Angaben keine."),
    ("tr", "Yetkili, füzelerin kentteki konsolosluk binasına isabet etmediğini söyledi."),
    ("tr", "Saldırıda yaralanan olmadığı bildirildi."),
])
def test_a_negation_after_the_trigger_noun_denies_it(lang, text):
    evs = events_of(lang, text)
    assert evs and all(e.negated for e in evs), [(e.type, e.negated) for e in evs]


@pytest.mark.parametrize("lang, text", [
    ("de", "Es gab Festnahmen in der Innenstadt."),
    ("tr", "Füzeler kentteki konsolosluk binasına isabet etti."),
])
def test_the_same_sentences_affirmed_are_happenings(lang, text):
    assert any(not e.negated for e in events_of(lang, text))


def test_no_deaths_after_an_interception_completes_the_toll_told_before():
    text = ("Russische Raketen trafen am Mittwoch den Hafen von Odessa; zwölf Menschen wurden verletzt. "
            "Die Flugabwehr habe die meisten Geschosse abgefangen. Todesopfer gab es keine.")
    tolls = [e for e in _events(text, "de") if e["type"] == "casualties" and not e["negated"]]
    assert tolls and tolls[0]["wounded"] == 12 and tolls[0]["killed"] == 0, tolls


@pytest.mark.parametrize("lang, text, scene, later", [
    ("ru", "Ночью в Брянской области сошёл с рельсов пассажирский поезд. Погибли семь человек. "
           "В Курской области обрушился мост, ранен машинист.", "Брянской", "Курской"),
    ("en", "On Sunday night a passenger train derailed in the Bryansk region. Seven people were killed. "
           "In the Kursk region a bridge collapsed onto a freight train, injuring its driver.", "Bryansk", "Kursk"),
])
def test_a_toll_belongs_to_the_place_told_just_before_not_to_the_next_happening(lang, text, scene, later):
    tolls = [e for e in _events(text, lang) if e["type"] == "casualties" and e["killed"] == 7]
    assert tolls and tolls[0]["location"]["mention"] == scene, tolls


def test_a_toll_after_a_departure_is_not_at_the_port_of_departure():
    text = ("Il barcone si è spezzato all'alba contro una secca davanti a Crotone. Era partito quattro giorni "
            "prima da Smirne. Sono morte almeno sessanta persone.")
    tolls = [e for e in _events(text, "it") if e["type"] == "casualties"]
    assert tolls and all((e["location"] or {}).get("mention") != "Smirne" for e in tolls), tolls


@pytest.mark.parametrize("lang, text", [
    ("id", "Hizbullah dan Israel saling serang di perbatasan sejak Oktober tahun lalu."),
    ("de", "Die Hisbollah und Israel liefern sich seit Oktober fast täglich Gefechte an der Grenze."),
    ("fr", "Le Hezbollah et Israël s'affrontent presque quotidiennement à la frontière depuis octobre."),
])
def test_fighting_going_on_since_a_month_is_still_news(lang, text):
    assert "armed_clash" in {e.type for e in events_of(lang, text, published="2024-09-18")}


@pytest.mark.parametrize("lang, text", [
    ("de", "Die Stadt ist seit Februar von russischen Truppen besetzt."),
    ("en", "The town has been held by the rebels since January."),
])
def test_a_state_since_a_month_is_still_background(lang, text):
    assert not events_of(lang, text, published="2024-09-18")


def test_turkish_putting_a_town_under_fire_is_a_strike():
    got = {e.type for e in events_of("tr", "Ermeni güçleri kenti ağır silahlarla ateş altına aldı.")}
    assert "shelling_airstrike" in got, got


def test_a_war_that_has_killed_thousands_across_an_aside_is_a_running_total():
    assert not events_of("en", "The insurgency, now in its 15th year, has killed more than 40,000 people.")
    assert events_of("en", "An air strike on the market has killed 12 people.")


@pytest.mark.parametrize("lang, text", [
    ("fr", "Le Premier ministre a dénoncé depuis Port-au-Prince un crime odieux."),
    ("es", "El primer ministro condenó desde Madrid el atentado."),
])
def test_a_prime_minister_is_no_superlative(lang, text):
    assert "accusation_statement" in {e.type for e in events_of(lang, text)}


def test_the_first_attack_since_january_is_still_weighed_against_the_past():
    assert not events_of("fr", "C'est la première attaque contre la capitale depuis janvier.")


@pytest.mark.parametrize("lang, text", [
    ("de", "Russische Raketen trafen Sumy. Der Gesandte schrieb, der Angriff habe jede Grenze des Anstands überschritten."),
    ("tr", "Saldırıda sınırlı sayıda asker yaralandı."),
    ("ru", "После обстрела многие жители уехали за границу."),
])
def test_figurative_border_words_place_nothing_on_a_border(lang, text):
    evs = _events(text, lang)
    assert all("border" not in ((e["location"] or {}).get("place_id") or "") for e in evs), evs


def test_a_real_border_is_still_a_border():
    evs = _events("Russische Truppen beschossen Dörfer an der Grenze zur Ukraine.", "de")
    assert any("border" in ((e["location"] or {}).get("place_id") or "") for e in evs), evs


def test_italian_sit_ins_and_marches_are_protests():
    got = {e["type"] for e in _events("Presidi e cortei anche a Milano, Torino e Genova.", "it")}
    assert got == {"protest"}, got


def test_turkish_town_out_of_the_regimes_control_changed_hands():
    got = {e.type for e in events_of("tr", "Kentin büyük bölümü rejim güçlerinin kontrolünden çıktı.")}
    assert "territory_change" in got, got


@pytest.mark.parametrize("lang, text, word", [
    ("it", "È stato annunciato un cessate il fuoco tra il governo di Ahmad al-Sharaa e i leader drusi.", "Ahmad"),
    ("en", "The government of Ahmad al-Sharaa announced a ceasefire in Sweida.", "Ahmad"),
])
def test_a_given_name_before_an_arabic_surname_is_a_person(places, lang, text, word):
    assert word not in places(text, lang)


def test_an_arabic_place_name_with_its_article_is_still_a_place(places):
    assert "Deir al-Balah" in places("Clashes erupted in Deir al-Balah on Monday.", "en")


@pytest.mark.parametrize("lang, text", [
    ("en", "The army sent armoured vehicles to the province on Monday."),
    ("fr", "L'armée a envoyé des blindés dans la province lundi."),
    ("es", "El Ejército envió 28 vehículos blindados a la frontera."),
    ("it", "Il governo ha inviato colonne di blindati nella provincia."),
    ("de", "Die Armee schickte Panzer in die Provinz."),
    ("ru", "Армия направила бронетехнику в провинцию."),
    ("tr", "Ordu bölgeye zırhlı araç gönderdi."),
    ("id", "Tentara mengirim kendaraan lapis baja ke provinsi itu."),
    ("ms", "Tentera menghantar kenderaan berperisai ke wilayah itu."),
])
def test_armour_sent_somewhere_is_a_deployment(lang, text):
    assert "military_alert_deployment" in {e.type for e in events_of(lang, text)}


@pytest.mark.parametrize("lang, text, place", [
    ("en", "India struck nine sites overnight. Among the targets, India said, were the headquarters of a "
           "militant group in Bahawalpur.", "Bahawalpur"),
    ("de", "Israel bombardierte in der Nacht den Süden des Libanon. Zu den Zielen gehörten Häuser in Nabatieh.",
     "Nabatieh"),
])
def test_the_targets_listed_after_a_strike_are_struck_places(lang, text, place):
    evs = _events(text, lang)
    assert any(e["type"] == "shelling_airstrike" and (e["location"] or {}).get("mention") == place for e in evs), evs


@pytest.mark.parametrize("lang, text", [
    ("id", "Israel bersiap merebut Kota Gaza."),
    ("en", "The army is preparing to seize the city."),
    ("fr", "L'armée s'apprête à prendre la ville."),
    ("tr", "Ordu kenti ele geçirmeye hazırlanıyor."),
])
def test_a_capture_being_prepared_has_not_happened(lang, text):
    assert "territory_change" not in {e.type for e in events_of(lang, text) if not e.negated}


def test_a_seized_taxi_is_no_territory():
    got = {e.type for e in events_of("tr", "Ölenler arasında teröristlerin yolda ele geçirdiği taksinin şoförü de var.")}
    assert "territory_change" not in got, got


def test_a_world_city_beats_its_small_namesake_in_a_country_the_story_names(places):
    text = ("Украинские войска обстреляли Белгород, сообщил губернатор. Москва запросила заседание "
            "Совета Безопасности ООН, которое прошло вечером в Нью-Йорке.")
    got = places(text, "ru")
    assert got["Нью-Йорке"][0].place.country == "US", got


def test_the_small_namesake_wins_next_to_the_places_around_it(places):
    got = places("Бои идут у Торецка и Нью-Йорка в Донецкой области.", "ru")
    assert got["Нью-Йорка"][0].place.country == "UA", got


@pytest.mark.parametrize("lang, text, surface", [
    ("es", "Estados Unidos atacó una lancha en aguas del Caribe.", "Caribe"),
    ("de", "Die US-Marine verlegte Kriegsschiffe in die Karibik.", "Karibik"),
    ("it", "Al largo di Creta diverse barche sono state colpite.", "Creta"),
    ("ru", "У берегов Крита затонуло судно.", "Крита"),
])
def test_the_caribbean_and_crete_in_the_languages_of_the_news(places, lang, text, surface):
    got = places(text, lang)
    assert surface in got and got[surface][0].place is not None, got


def test_an_embassy_after_according_to_is_no_person_and_hides_no_capital(places):
    got = places("Bangkok menuduh tentara Kamboja.\n\nMenurut KBRI Bangkok, tidak ada korban.", "id")
    assert "Bangkok" in got, got


@pytest.mark.parametrize("lang, text", [
    ("de", "Selenskyj nannte den Angriff barbarisch."),
    ("es", "Caracas calificó el ataque de asesinato."),
    ("it", "Il ministro ha definito l'attacco un crimine di guerra."),
    ("fr", "Le ministre a qualifié l'attaque de barbare."),
    ("en", "The president called the attack barbaric."),
    ("ru", "Президент назвал удар варварским."),
    ("ms", "Wisma Putra menyifatkan serangan itu sebagai pelanggaran undang-undang antarabangsa."),
])
def test_calling_an_attack_a_crime_is_an_accusation(lang, text):
    got = {e.type for e in events_of(lang, text)}
    assert "accusation_statement" in got, got


def test_turkish_prosperity_is_no_rafah_but_rafah_with_its_case_ending_is(places):
    assert "Refah" not in places("Güzergah, Uluslararası Barış ve Refah için Trump Güzergahı olarak biliniyor.", "tr")
    assert "Refah" in places("İsrail ordusu Refah'a girdi.", "tr")


def test_the_halves_of_an_unknown_hyphenated_village_are_no_far_towns(places):
    got = places("Бои шли у села Овчи-Калача.", "ru")
    assert not any(m[0].place is not None and m[0].place.country in ("RS", "RU") for m in got.values()), got


@pytest.mark.parametrize("lang, text, surface", [
    # world regions with a lower-case adjective
    ("fr", "La crise menace la stabilité de l'Afrique centrale, selon l'ONU.", "Afrique centrale"),
    ("es", "La violencia en América latina crece.", "América latina"),
    ("it", "Le tensioni in Asia centrale aumentano.", "Asia centrale"),
    # a glottal stop inside a name
    ("en", "Hamas fighters attacked Kibbutz Be'eri and the Re'im festival site.", "Be'eri"),
    ("en", "Houthi rebels control Sa'ada province.", "Sa'ada"),
    ("de", "Die Hamas griff Be'eri an.", "Be'eri"),
])
def test_names_as_the_press_writes_them(places, lang, text, surface):
    assert surface in places(text, lang)


def test_a_turkish_case_ending_after_the_apostrophe_is_not_part_of_the_name(places):
    got = places("İsrail ordusu Refah'a girdi.", "tr")
    assert "Refah" in got and "Refah'a" not in got, got


@pytest.mark.parametrize("lang, text, word", [
    ("id", "Baku tembak terjadi di Sugapa pada Senin.", "Baku"),
    ("de", "Der Brand zerstörte das Lager.", "Brand"),
])
def test_common_words_that_are_also_towns(places, lang, text, word):
    assert word not in places(text, lang)


@pytest.mark.parametrize("lang, text", [
    ("id", "Bandara Dhaka ditutup sementara."),
    ("ms", "Lapangan terbang Dhaka ditutup."),
])
def test_a_closed_airport_named_by_its_city_is_at_that_city(lang, text):
    evs = _events(text, lang)
    assert any(e["type"] == "other" and (e["location"] or {}).get("name") == "Dhaka" for e in evs), evs
