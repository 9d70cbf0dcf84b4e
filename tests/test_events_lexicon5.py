"""Event detection and typing, fifth part: a place whose name is also a word of happening, places
counted by a figure after a verb of capture, deaths by fire (no damage to property), crowds of
protesters. Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of

from test_events_locate import events


def found(lang: str, text: str) -> list[tuple[str, int | None]]:
    return sorted((e.type, e.killed) for e in events_of(lang, text) if not e.negated)


@pytest.mark.parametrize("lang,text", [
    ("id", "Polisi menangkap dua pemuda di kota Serang, Banten, pada Minggu."),
    ("en", "Police arrested two men in Battle, East Sussex, on Sunday."),
])
def test_a_place_named_like_a_word_of_happening_is_no_trigger(gazetteer, lang, text):
    assert sorted(e.type for e in events(text, lang, gazetteer)) == ["capture_detention"]


@pytest.mark.parametrize("lang,text", [
    ("ms", "Pemberontak menawan berpuluh-puluh pos tentera di sepanjang lebuh raya itu."),
    ("id", "Pemberontak menawan puluhan pos militer di sepanjang jalan raya itu."),
    ("ms", "Pemberontak menawan tiga pekan di utara negeri itu."),
])
def test_places_counted_after_a_capture_are_taken_territory(lang, text):
    assert found(lang, text) == [("territory_change", None)], found(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "A guard was burned to death in his cabin after a mob attacked the depot."),
    ("es", "Un guardia murió calcinado en su caseta tras el ataque al depósito."),
    ("fr", "Un gardien est mort brûlé dans sa cabine lors de l'attaque du dépôt."),
    ("it", "Un guardiano è morto carbonizzato nella sua cabina durante l'assalto al deposito."),
    ("ru", "Охранник сгорел заживо в своей будке во время нападения на склад."),
    ("tr", "Bir bekçi depoya yapılan saldırıda kulübesinde yanarak öldü."),
    ("id", "Seorang penjaga gudang tewas dibakar di dalam posnya pada malam itu."),
    ("ms", "Seorang pengawal gudang dibakar hidup-hidup di dalam pondoknya pada malam itu."),
])
def test_a_death_by_fire_is_a_toll_not_damage(lang, text):
    got = found(lang, text)
    assert ("casualties", 1) in got and not any(t == "other" for t, _ in got), got


@pytest.mark.parametrize("lang,text", [
    ("en", "Protesters stormed and held the regional parliament for hours."),
    ("ru", "Протестующие захватили здание областной администрации."),
    ("de", "Demonstranten besetzten stundenlang das Rathaus."),
])
def test_protesters_who_seize_a_building_protest(lang, text):
    got = {t for t, _ in found(lang, text)}
    assert "protest" in got and "territory_change" not in got, got


@pytest.mark.parametrize("lang,text", [
    ("es", "Un periodista fue retenido por los manifestantes durante dos horas."),
    ("it", "Un giornalista è stato trattenuto dai manifestanti per due ore."),
    ("id", "Seorang wartawan disekap oleh massa selama dua jam."),
    ("ms", "Seorang wartawan disekap oleh kumpulan itu selama dua jam."),
])
def test_a_person_held_by_captors_is_a_detention(lang, text):
    assert "capture_detention" in {t for t, _ in found(lang, text)}, found(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "The embassy advised its citizens to leave the border area at once."),
    ("ms", "Kedutaan itu menasihatkan rakyatnya supaya meninggalkan kawasan sempadan."),
    ("id", "Kedutaan itu menyarankan para warga agar segera meninggalkan kawasan perbatasan."),
    ("fr", "L'ambassade déconseille formellement les voyages dans la zone frontalière."),
    ("es", "La embajada desaconsejó los viajes a la zona fronteriza."),
    ("it", "L'ambasciata sconsiglia ai connazionali i viaggi nella zona di confine."),
    ("de", "Das Auswärtige Amt rät von Reisen in das Grenzgebiet ab."),
    ("ru", "Посольство рекомендовало гражданам воздержаться от поездок в приграничный район."),
    ("tr", "Büyükelçilik vatandaşlara sınır bölgesinden uzak durmalarını tavsiye etti."),
])
def test_a_travel_advice_is_an_appeal(lang, text):
    assert "appeal_demand" in {t for t, _ in found(lang, text)}, found(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("it", "Il prefetto ha detto che i morti sono tre, tra cui un bambino, e i feriti 40."),
    ("en", "The governor said the dead were three and the wounded 40."),
    ("es", "El gobernador dijo que los muertos son tres y los heridos 40."),
    ("fr", "Le préfet a indiqué que les morts sont trois et les blessés 40."),
])
def test_a_figure_after_its_toll_word_is_not_taken_by_the_next_word_with_its_own(lang, text):
    evs = [e for e in events_of(lang, text) if e.type == "casualties"]
    assert [(e.killed, e.wounded) for e in evs] == [(3, 40)], [(e.killed, e.wounded) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Ночью на окраине города была слышна стрельба."),
    ("en", "Heavy gunfire was heard overnight on the outskirts of the town."),
    ("de", "In der Nacht waren am Stadtrand Schüsse zu hören."),
])
def test_gunfire_heard_is_a_clash(lang, text):
    assert "armed_clash" in {t for t, _ in found(lang, text)}, found(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("ru", "Стрельбы в центре города не было, сообщили в полиции."),
    ("ru", "Погибших среди мирных жителей нет."),
    ("ru", "Войска провели учебные стрельбы на полигоне."),
])
def test_no_gunfire_with_a_place_between_and_firing_drills_are_no_clash(lang, text):
    assert "armed_clash" not in {t for t, _ in found(lang, text)} \
        and "casualties" not in {t for t, _ in found(lang, text)}, found(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "Protests continued in Kenya on Monday. Police fired tear gas in Nakuru. "
           "A rights group said that 12 people had been killed across the country."),
    ("es", "Las protestas continuaron en Kenia el lunes. La policía lanzó gases en Nakuru. "
           "Un grupo de derechos humanos dijo que 12 personas murieron en todo el país."),
    ("ru", "Протесты в Кении продолжились в понедельник. Полиция применила слезоточивый газ в Накуру. "
           "По данным правозащитников, по всей стране погибли 12 человек."),
    ("fr", "Les manifestations se sont poursuivies au Kenya lundi. La police a tiré des gaz lacrymogènes à Nakuru. "
           "Selon une ONG, 12 personnes ont été tuées dans tout le pays."),
])
def test_a_toll_across_the_country_is_placed_on_the_country(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.type == "casualties"]
    assert [(e.location.name if e.location else None, e.killed) for e in evs] == [("Kenya", 12)], \
        [(e.location.name if e.location else None, e.killed) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Вечером толпа снесла памятник бывшему губернатору."),
    ("en", "In the evening a crowd toppled the statue of the former governor."),
    ("es", "Por la noche una turba derribó la estatua del antiguo gobernador."),
    ("it", "In serata la folla ha abbattuto la statua dell'ex governatore."),
    ("de", "Randalierer rissen am Abend das Denkmal des früheren Gouverneurs nieder."),
])
def test_a_crowd_that_wrecks_a_monument_riots(lang, text):
    got = {t for t, _ in found(lang, text)}
    assert "protest" in got and "other" not in got, got


@pytest.mark.parametrize("lang,text", [
    ("en", "Vandals toppled the statue of the former governor in Leeds overnight."),
    ("ru", "Ночью в Омске неизвестные снесли памятник бывшему губернатору."),
])
def test_a_monument_wrecked_with_no_crowd_is_damage(gazetteer, lang, text):
    assert sorted(e.type for e in events(text, lang, gazetteer)) == ["other"]


@pytest.mark.parametrize("lang,text", [
    ("en", "It was the deadliest day since the protests began in June."),
    ("id", "Hari itu menjadi yang paling mematikan sejak gelombang demonstrasi pecah bulan lalu."),
    ("de", "Es war der blutigste Tag seit Beginn der Proteste im Juni."),
])
def test_a_happening_named_after_since_is_history(lang, text):
    assert "protest" not in {t for t, _ in found(lang, text)}, found(lang, text)


@pytest.mark.parametrize("lang,text,zero", [
    ("fr", "Des tirs nourris ont été entendus à Bamako. Aucun bilan n'a été publié.", False),
    ("en", "Heavy gunfire was heard in Bamako. No official toll was given.", False),
    ("es", "Se registraron intensos tiroteos en Bamako. No se ha difundido ningún balance oficial.", False),
    ("en", "Heavy gunfire was heard in Bamako. No casualties were reported.", True),
])
def test_a_toll_not_given_is_no_toll_of_zero(gazetteer, lang, text, zero):
    evs = [e for e in events(text, lang, gazetteer) if e.type == "armed_clash"]
    assert [e.killed for e in evs] == [0 if zero else None], [(e.type, e.killed) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "Moscow accused Washington of supplying long-range missiles to the army."),
    ("it", "Mosca accusa Washington di aver fornito all'esercito i missili a lungo raggio."),
    ("fr", "Moscou reproche à Washington d'avoir livré des missiles à longue portée à l'armée."),
    ("ru", "Москва обвинила Вашингтон в поставках дальнобойных ракет армии."),
    ("es", "Moscú acusó a Washington de suministrar misiles de largo alcance al ejército."),
    ("id", "Moskow menuduh Washington memasok rudal jarak jauh kepada tentara itu."),
])
def test_missiles_supplied_are_no_strike(lang, text):
    assert "shelling_airstrike" not in {t for t, _ in found(lang, text)}, found(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "The army fired long-range missiles at the airfield on Monday."),
    ("it", "L'esercito ha lanciato missili a lungo raggio contro l'aeroporto lunedì."),
])
def test_missiles_fired_are_still_a_strike(lang, text):
    assert "shelling_airstrike" in {t for t, _ in found(lang, text)}, found(lang, text)
