"""Session-15 (ev70): fighters 'destroyed' or 'eliminated' with a figure inside the phrase are a
toll read ('уничтожены 40 боевиков'); a gunman shooting at random is a clash; a gunman who shot
himself is one dead; in all languages where the phrasing exists. Sentences written for these tests."""
from __future__ import annotations

import pytest

from test_events_locate import events  # noqa: E402


def got(evs):
    return [(e.type, e.location.name if e.location else None, e.killed) for e in evs if not e.negated]


@pytest.mark.parametrize("lang,text,killed", [
    ("ru", "Под Хасавюртом уничтожены 40 боевиков.", 40),
    ("ru", "В ходе операции под Хасавюртом уничтожены 153 боевика, 28 задержаны.", 153),
    ("en", "Troops eliminated 40 militants near Kandahar.", 40),
    ("es", "Cerca de Tumaco fueron abatidos 40 guerrilleros.", 40),
    ("es", "El ejército neutralizó a 40 guerrilleros cerca de Tumaco.", 40),
    ("tr", "Hakkari'de 40 terörist etkisiz hale getirildi.", 40),
    ("fr", "Près de Gao, 40 terroristes ont été neutralisés.", 40),
])
def test_fighters_destroyed_with_a_figure_are_a_toll(gazetteer, lang, text, killed):
    evs = events(text, lang, gazetteer)
    assert any(e.type == "casualties" and e.killed == killed for e in evs), got(evs)


def test_tanks_destroyed_are_no_dead(gazetteer):
    evs = events("Под Хасавюртом уничтожены 5 танков.", "ru", gazetteer)
    assert not any(e.killed for e in evs), got(evs)


def test_vehicles_listed_after_fighters_destroyed_are_no_dead(gazetteer):
    evs = events("Под Белгородом уничтожены 60 боевиков, три танка и два грузовика.", "ru", gazetteer)
    assert [e.killed for e in evs if e.killed] == [60], got(evs)


@pytest.mark.parametrize("lang,text,town", [
    ("en", "A gunman roamed the streets of Leeds on Tuesday, shooting people at random.", "Leeds"),
    ("fr", "À Lyon, l'homme a marché dans la rue en tirant au hasard.", "Lyon"),
    ("de", "In Erfurt schoss der Täter wahllos um sich.", "Erfurt"),
    ("es", "En Morelia el atacante recorrió la plaza disparando al azar.", "Morelia"),
    ("it", "A Bari l'uomo ha percorso la via sparando all'impazzata.", "Bari"),
    ("id", "Pelaku menembak secara membabi buta di Bekasi.", "Bekasi"),
    ("ms", "Lelaki itu menembak secara rambang di Klang.", "Klang"),
    ("ru", "В Казани мужчина стрелял по прохожим.", "Kazan"),
    ("tr", "Saldırgan İzmir'de rastgele ateş açtı.", "İzmir"),
])
def test_shooting_at_random_is_a_clash(gazetteer, lang, text, town):
    evs = events(text, lang, gazetteer)
    assert ("armed_clash", town) in [(t, w) for t, w, _ in got(evs)], got(evs)


@pytest.mark.parametrize("lang,text", [
    ("en", "Cornered in a barn near Leeds, the gunman shot himself."),
    ("en", "In Leeds the gunman turned the gun on himself."),
    ("fr", "Acculé à Lyon, le forcené s'est tiré une balle."),
])
def test_a_gunman_who_shot_himself_is_one_dead(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert any(e.type == "casualties" and e.killed == 1 for e in evs), got(evs)


def test_shooting_oneself_in_the_foot_is_an_idiom(gazetteer):
    evs = events("He shot himself in the foot, joked the minister in Leeds.", "en", gazetteer)
    assert not any(e.type == "casualties" for e in evs), got(evs)


@pytest.mark.parametrize("lang,text,far", [
    ("en", "A car bomb exploded in Leeds on Monday. The blast was heard as far away as Bradford and Wakefield.", "Bradford"),
    ("tr", "Van'da dün akşam bomba yüklü bir araç patlatıldı. Patlamanın sesi Erciş'ten duyuldu.", "Erciş"),
    ("ru", "В Казани в понедельник взорвался заминированный автомобиль. Взрыв был слышен даже в Зеленодольске.", "Zelenodolsk"),
    ("fr", "Une voiture piégée a explosé lundi à Lyon. L'explosion a été entendue jusqu'à Villeurbanne.", "Villeurbanne"),
    ("de", "In Dresden explodierte am Montag eine Autobombe. Die Explosion war bis nach Meißen zu hören.", "Meissen"),
    ("es", "Un coche bomba estalló el lunes en Bilbao. La explosión se escuchó hasta Getxo.", "Getxo"),
    ("it", "Un'autobomba è esplosa lunedì a Bari. Il boato è stato sentito fino a Modugno.", "Modugno"),
    ("id", "Sebuah bom meledak di Bekasi pada Senin. Getaran ledakan terasa hingga Cikarang.", "Cikarang"),
    ("ms", "Sebuah bom meletup di Klang pada Isnin. Bunyi letupan kedengaran hingga Kapar.", "Kapar"),
])
def test_a_blast_heard_far_away_is_no_blast_there(gazetteer, lang, text, far):
    evs = events(text, lang, gazetteer)
    assert far not in [w for _, w, _ in got(evs)], got(evs)
    assert any(e.type == "shelling_airstrike" for e in evs), got(evs)


def test_explosions_heard_in_a_city_are_still_news(gazetteer):
    evs = events("Explosions were heard in Kharkiv early on Monday.", "en", gazetteer)
    assert ("shelling_airstrike", "Kharkiv") in [(t, w) for t, w, _ in got(evs)], got(evs)


@pytest.mark.parametrize("lang,text", [
    ("tr", "Bakan, Van'daki saldırıyı \"hain\" diye niteledi."),
    ("tr", "Bakan, saldırının bir örgüt tarafından planlandığını öne sürdü."),
    ("ru", "Глава республики назвал произошедшее терактом."),
])
def test_calling_the_attack_something_is_a_statement(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert any(e.type == "accusation_statement" for e in evs), got(evs)


@pytest.mark.parametrize("lang,text,far", [
    ("en", "A bomb exploded in Leeds on Monday, killing two people. In Bristol, the party leader said he regretted the loss of life.", "Bristol"),
    ("fr", "Une bombe a explosé lundi à Lyon, tuant deux personnes. À Paris, le ministre a déploré la mort des deux passants.", "Paris"),
    ("de", "In Dresden tötete eine Bombe am Montag zwei Menschen. In Berlin bedauerte der Minister den Tod der beiden Passanten.", "Berlin"),
    ("es", "Una bomba mató a dos personas el lunes en Bilbao. En Madrid, el ministro lamentó la muerte de los dos transeúntes.", "Madrid"),
    ("ru", "В понедельник в Казани взрыв убил двух человек. В Москве министр выразил сожаление в связи с гибелью людей.", "Moscow"),
])
def test_regretting_the_dead_is_no_toll_where_it_is_said(gazetteer, lang, text, far):
    evs = events(text, lang, gazetteer)
    assert far not in [w for t, w, _ in got(evs) if t == "casualties"], got(evs)


@pytest.mark.parametrize("lang,text", [
    ("en", "In a statement sent to a radio station in Cork, the group said that its cessation of military operations was over."),
    ("fr", "Dans un communiqué envoyé à Bastia, le groupe a annoncé la fin de la cessation des opérations militaires."),
    ("es", "En un comunicado enviado a Bilbao, el grupo anunció el fin del cese de las operaciones militares."),
])
def test_a_cessation_of_military_operations_is_no_clash(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert not any(e.type == "armed_clash" for e in evs), got(evs)


@pytest.mark.parametrize("lang,text", [
    ("en", "A bomb exploded at a meeting of veterans of the war in Afghanistan."),
    ("ru", "Взорвалась бомба у могилы председателя фонда ветеранов войны в Афганистане."),
    ("fr", "Une bombe a explosé lors d'une réunion d'anciens combattants de la guerre d'Algérie."),
])
def test_the_war_veterans_fought_is_no_scene(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert all(e.location is None for e in evs if e.type == "shelling_airstrike"), got(evs)


def test_a_rally_demanding_the_hostages_back_takes_no_hostages(gazetteer):
    evs = events("На митинге в Казани люди требовали вернуть домой заложников.", "ru", gazetteer)
    assert [e.type for e in evs] == ["protest"], got(evs)


@pytest.mark.parametrize("lang,text,where", [
    ("en", "Army and police leave in Wales was cancelled overnight.", "Wales"),
    ("en", "Security at ports in Leeds was stepped up.", "Leeds"),
    ("de", "Für die Polizei in Sachsen gilt ab sofort eine Urlaubssperre.", "Sachsen"),
    ("ru", "В Дагестане отменены отпуска сотрудникам полиции.", "Dagestan, Respublika"),
    ("tr", "Hakkari'de polislerin izinleri iptal edildi.", "Hakkâri"),
    ("ms", "Cuti anggota polis di Sabah dibekukan.", "Sabah"),
])
def test_leave_cancelled_is_an_alert(gazetteer, lang, text, where):
    evs = events(text, lang, gazetteer)
    assert ("military_alert_deployment", where) in [(t, w) for t, w, _ in got(evs)], got(evs)


@pytest.mark.parametrize("lang,text,where", [
    ("id", "Kapolda mengatakan kedua pelaku terkait jaringan Jamaah Ansharut Daulah, ujarnya kepada wartawan di Makassar.", "Makassar"),
    ("id", "Kapolda menuduh kelompok itu berada di balik serangan, ujarnya kepada wartawan di Makassar.", "Makassar"),
    ("en", "The police chief accused the group of the attack, he told reporters in Leeds.", "Leeds"),
    ("ms", "Polis berkata suspek mempunyai kaitan dengan kumpulan militan, katanya kepada pemberita di Kota Kinabalu.", "Kota Kinabalu"),
])
def test_a_statement_is_where_its_press_venue_told_after_it_is(gazetteer, lang, text, where):
    evs = events(text, lang, gazetteer)
    assert ("accusation_statement", where) in [(t, w) for t, w, _ in got(evs)], got(evs)


def test_a_press_venue_after_a_toll_is_no_scene(gazetteer):
    evs = events("A bomb exploded in York, killing two, the police chief told reporters in Leeds.", "en", gazetteer)
    assert "Leeds" not in [w for _, w, _ in got(evs)], got(evs)
