"""Shooting phrasings (starting to shoot, returning fire, 'schoss auf'), the happening of a
relative 'where' clause after a place ('… to X, where two men opened fire') and years that name
an occasion ('the 1996 Olympics'), which are no tolls. Short sentences written for these tests,
run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def clashes(evs):
    return [e.location.name if e.location else None for e in evs
            if e.type == "armed_clash" and not e.negated]


@pytest.mark.parametrize("lang,text", [
    ("en", "In Leeds the police officers returned fire."),
    ("fr", "À Lyon, deux hommes armés ont commencé à tirer sur la foule."),
    ("fr", "À Lyon, les gendarmes ont riposté aux tirs."),
    ("es", "En Sevilla, dos pistoleros empezaron a disparar contra la multitud."),
    ("es", "En Sevilla, los agentes respondieron al fuego."),
    ("de", "In Graz schoss ein Mann auf Passanten."),
    ("de", "In Graz begannen zwei Männer, auf Passanten zu schießen."),
    ("de", "In Graz erwiderten die Polizisten das Feuer."),
    ("it", "Ad Ancona due uomini armati hanno cominciato a sparare contro la folla."),
    ("it", "Ad Ancona gli agenti hanno risposto al fuoco."),
    ("ru", "В Твери двое мужчин начали стрелять по прохожим."),
    ("tr", "Konya'da iki silahlı kişi kalabalığa ateş etmeye başladı."),
])
def test_starting_to_shoot_and_returning_fire_are_clashes(gazetteer, lang, text):
    assert len(clashes(events(text, lang, gazetteer))) == 1


@pytest.mark.parametrize("lang,text,first,second", [
    ("en", "A bomb exploded at a bus stop in Leeds on Monday. Police followed the car to Bradford, "
           "where two men opened fire at officers.", "Leeds", "Bradford"),
    ("de", "In Leeds explodierte am Montag eine Bombe. Die Polizei verfolgte das Auto bis nach "
           "Bradford, wo zwei Männer auf Polizisten schossen.", "Leeds", "Bradford"),
    ("fr", "Une bombe a explosé lundi à Lyon. La police a suivi la voiture jusqu'à Grenoble, où deux "
           "hommes ont ouvert le feu sur les policiers.", "Lyon", "Grenoble"),
    ("es", "Una bomba estalló el lunes en Sevilla. La policía siguió el coche hasta Córdoba, donde dos "
           "hombres abrieron fuego contra los agentes.", "Sevilla", "Córdoba"),
    ("it", "Una bomba è esplosa lunedì ad Ancona. La polizia ha seguito l'auto fino a Pesaro, dove due "
           "uomini hanno aperto il fuoco contro gli agenti.", "Ancona", "Pesaro"),
    ("ru", "В понедельник в Твери взорвалась бомба. Полиция проследила машину до Клина, где двое "
           "мужчин открыли огонь по полицейским.", "Tver", "Klin"),
    ("id", "Sebuah bom meledak di Bandung pada Senin. Polisi mengejar mobil itu hingga Garut, di mana "
           "dua pria melepaskan tembakan ke arah polisi.", "Bandung", "Garut"),
])
def test_a_where_clause_after_a_place_tells_a_happening_there(gazetteer, lang, text, first, second):
    evs = [e for e in events(text, lang, gazetteer) if not e.negated]
    assert [e.location.name for e in evs if e.location] == [first, second]


@pytest.mark.parametrize("lang,text", [
    ("en", "A pipe bomb at the 1996 Olympics in Atlanta killed one person."),
    ("fr", "Une bombe lors des Jeux de 1996 à Atlanta avait tué une personne."),
    ("es", "Una bomba en los Juegos de 1996 en Atlanta mató a una persona."),
    ("de", "Eine Bombe bei den Olympischen Spielen 1996 in Atlanta tötete einen Menschen."),
    ("it", "Una bomba alle Olimpiadi del 1996 ad Atlanta uccise una persona."),
    ("id", "Bom di Piala Dunia 2010 di Kampala menewaskan satu orang."),
])
def test_a_year_naming_an_occasion_is_no_toll(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.killed is not None]
    assert [e.killed for e in evs] == [1]


@pytest.mark.parametrize("lang,text,killed,wounded", [
    ("en", "In Leeds, 1200 people were killed.", 1200, None),
    ("en", "Clashes in Leeds killed 1950 people.", 1950, None),
    ("de", "In Graz wurden 1500 Menschen verletzt.", None, 1500),
    ("fr", "À Lyon, plus de 1500 personnes ont été blessées.", None, 1500),
])
def test_a_figure_of_people_in_year_range_stays_a_toll(gazetteer, lang, text, killed, wounded):
    evs = [e for e in events(text, lang, gazetteer) if e.type == "casualties"]
    assert [(e.killed, e.wounded) for e in evs] == [(killed, wounded)]


def appeals(evs):
    return sorted(e.location.name for e in evs if e.type == "appeal_demand" and e.location)


@pytest.mark.parametrize("lang,text,where", [
    ("en", "For most of the day, residents of Leeds, Bradford and York were told to stay indoors.",
     ["Bradford", "Leeds", "York"]),
    ("en", "Residents of Leeds were told to stay at home.", ["Leeds"]),
    ("fr", "Les habitants de Lyon et de Grenoble ont été priés de rester chez eux.", ["Grenoble", "Lyon"]),
    ("es", "Se pidió a los vecinos de Sevilla y Córdoba que no salieran de sus casas.", ["Córdoba", "Sevilla"]),
    ("it", "Agli abitanti di Ancona e Pesaro è stato chiesto di restare in casa.", ["Ancona", "Pesaro"]),
    ("ru", "Жителей Твери и Клина попросили не выходить из домов.", ["Klin", "Tver"]),
    ("tr", "Konya ve Kayseri sakinlerinden evlerinden çıkmamaları istendi.", ["Kayseri", "Konya"]),
    ("id", "Warga Bandung dan Garut diminta tetap berada di dalam rumah.", ["Bandung", "Garut"]),
    ("ms", "Penduduk Ipoh dan Taiping diminta supaya tidak keluar rumah.", ["Ipoh", "Taiping"]),
])
def test_residents_told_to_stay_indoors_is_an_appeal_at_each_of_their_towns(gazetteer, lang, text, where):
    assert appeals(events(text, lang, gazetteer)) == where


def test_a_place_before_a_passive_speech_verb_is_no_speaker(gazetteer):
    # the town is where the people told live, no government speaking
    assert appeals(events("Residents of Leeds were told to stay indoors.", "en", gazetteer)) == ["Leeds"]


@pytest.mark.parametrize("lang,text,where", [
    ("en", "Bombs tore through a crowd in the Sudanese capital on Sunday, killing 40 people in the "
           "deadliest attack in East Africa since 1998.", "Khartoum"),
    ("en", "A bomb exploded in Leeds on Monday, killing 12 people in the worst attack in England since 2005.",
     "Leeds"),
    ("fr", "Une bombe a explosé lundi à Lyon, tuant 12 personnes, l'attentat le plus meurtrier en Europe "
           "depuis 2004.", "Lyon"),
])
def test_the_region_a_happening_is_ranked_in_is_no_scene(gazetteer, lang, text, where):
    evs = [e for e in events(text, lang, gazetteer) if e.location]
    assert {e.location.name for e in evs} == {where}


def test_a_demonym_inside_the_capital_phrase_names_its_country(gazetteer):
    evs = events("A bomb exploded in the Sudanese capital on Sunday.", "en", gazetteer)
    assert [e.location.name for e in evs if e.location] == ["Khartoum"]


@pytest.mark.parametrize("lang,text,where", [
    ("en", "The fire in a car park in Leeds burned more than a hundred cars.", "Leeds"),
    ("fr", "L'incendie dans le parking de la tour à Lyon a calciné plus de cent voitures.", "Lyon"),
    ("es", "El incendio en el aparcamiento de la torre en Sevilla calcinó más de cien coches.", "Sevilla"),
    ("de", "In der Tiefgarage des Turms in Graz waren alle Fahrzeuge ausgebrannt.", "Graz"),
    ("it", "Nel parcheggio della torre ad Ancona le fiamme hanno lasciato più di cento auto carbonizzate.",
     "Ancona"),
    ("ru", "В подземном паркинге башни в Твери сгорели более ста автомобилей.", "Tver"),
    ("tr", "Konya'daki kulenin otoparkında yüzden fazla araç yandı.", "Konya"),
    ("id", "Api di basement gedung di Bandung menghanguskan lebih dari seratus kendaraan.", "Bandung"),
    ("ms", "Api di tempat letak kereta bangunan di Ipoh menghanguskan lebih seratus kenderaan.", "Ipoh"),
])
def test_cars_burned_out_are_damage(gazetteer, lang, text, where):
    evs = [e for e in events(text, lang, gazetteer) if e.type == "other"]
    assert [e.location.name for e in evs if e.location] == [where]
