"""Event recall on unseen wording, in the nine languages: bodies found are casualties; peacekeepers
or helicopters dispatched and checks stepped up are deployments; a ban on rallies is a security
measure, not a protest; statues smashed and houses burned are destruction (`other`); a person driven
out by residents is displacement (`other`); hostages taken are a detention; the perpetrator of an
attack named in a statement is an accusation, no new attack. Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of

from geomap.events_lex import lexicon, tokenize


def types_of(lang: str, text: str) -> set[str]:
    return {e.type for e in events_of(lang, text)}


def triggers_of(lang: str, text: str) -> set[tuple]:
    """(type, subtype) of the lexicon's trigger matches: for happenings kept only with a place."""
    return {p for _, _, p, _ in lexicon(lang).triggers.longest(tokenize(text))}


@pytest.mark.parametrize("lang,text,typ", [
    ('en', 'Rescuers found the bodies of nine people near the river.', 'casualties'),
    ('fr', 'Les corps de neuf personnes ont été retrouvés près de la rivière.', 'casualties'),
    ('fr', 'Neuf corps ont été découverts près de la rivière.', 'casualties'),
    ('de', 'Die Leichen von neun Menschen wurden am Fluss gefunden.', 'casualties'),
    ('es', 'Los cuerpos de nueve personas fueron hallados junto al río.', 'casualties'),
    ('it', 'I corpi di nove persone sono stati ritrovati vicino al fiume.', 'casualties'),
    ('ru', 'Тела девяти человек были обнаружены у реки.', 'casualties'),
    ('tr', 'Dokuz kişinin cesedi nehir kenarında bulundu.', 'casualties'),
    ('id', 'Jenazah sembilan orang ditemukan di tepi sungai.', 'casualties'),
    ('ms', 'Mayat sembilan orang ditemui di tepi sungai.', 'casualties'),
    ('en', 'The UN mission dispatched peacekeepers and helicopters to the village.', 'military_alert_deployment'),
    ('fr', "La mission de l'ONU a dépêché des casques bleus et des hélicoptères dans le village.", 'military_alert_deployment'),
    ('de', 'Die UN-Mission schickte Blauhelme und Hubschrauber in das Dorf.', 'military_alert_deployment'),
    ('es', 'La misión de la ONU envió cascos azules y helicópteros a la aldea.', 'military_alert_deployment'),
    ('it', "La missione dell'Onu ha inviato caschi blu ed elicotteri nel villaggio.", 'military_alert_deployment'),
    ('ru', 'Миссия ООН направила миротворцев и вертолёты в село.', 'military_alert_deployment'),
    ('tr', 'BM misyonu köye barış gücü askerleri ve helikopterler gönderdi.', 'military_alert_deployment'),
    ('id', 'Misi PBB mengerahkan pasukan penjaga perdamaian dan helikopter ke desa itu.', 'military_alert_deployment'),
    ('ms', 'Misi PBB menghantar pasukan pengaman dan helikopter ke kampung itu.', 'military_alert_deployment'),
    ('en', 'Police stepped up security at several churches in the city.', 'military_alert_deployment'),
    ('fr', 'La police a renforcé la sécurité autour de plusieurs églises.', 'military_alert_deployment'),
    ('de', 'Die Polizei verstärkte die Sicherheitsvorkehrungen an mehreren Kirchen.', 'military_alert_deployment'),
    ('de', 'Die Kontrollen an den Polizeiposten wurden verstärkt.', 'military_alert_deployment'),
    ('es', 'La policía reforzó la seguridad en varias iglesias.', 'military_alert_deployment'),
    ('it', 'La polizia ha rafforzato la sicurezza davanti a diverse chiese.', 'military_alert_deployment'),
    ('ru', 'Полиция усилила охрану церквей в городе.', 'military_alert_deployment'),
    ('tr', 'Kent genelinde kontrol noktalarında denetimler artırıldı.', 'military_alert_deployment'),
    ('tr', 'Polis kiliselerde güvenlik önlemlerini artırdı.', 'military_alert_deployment'),
    ('id', 'Polisi memperketat pengamanan di sejumlah gereja.', 'military_alert_deployment'),
    ('id', 'Polisi menebalkan pengamanan di sejumlah gereja.', 'military_alert_deployment'),
    ('ms', 'Polis memperketat kawalan keselamatan di beberapa gereja.', 'military_alert_deployment'),
    ('en', 'A monk was driven out of the village by a group of residents.', 'other'),
    ('fr', 'Un moine a été chassé du village par des habitants.', 'other'),
    ('de', 'Ein Mönch wurde von Anwohnern aus dem Dorf vertrieben.', 'other'),
    ('es', 'Un monje fue expulsado del pueblo por un grupo de vecinos.', 'other'),
    ('it', 'Un monaco è stato cacciato dal villaggio da un gruppo di abitanti.', 'other'),
    ('ru', 'Монаха изгнали из деревни местные жители.', 'other'),
    ('tr', 'Bir keşiş köy sakinleri tarafından köyden kovuldu.', 'other'),
    ('id', 'Seorang biksu diusir sekelompok warga dari desa itu.', 'other'),
    ('ms', 'Seorang sami dihalau oleh sekumpulan penduduk kampung.', 'other'),
    ('en', 'The gunmen took four people hostage near the hill.', 'capture_detention'),
    ('fr', 'Les hommes armés ont pris quatre personnes en otage.', 'capture_detention'),
    ('de', 'Die Bewaffneten nahmen vier Menschen als Geiseln.', 'capture_detention'),
    ('es', 'Los hombres armados tomaron como rehenes a cuatro personas.', 'capture_detention'),
    ('it', 'Gli uomini armati hanno preso in ostaggio quattro persone.', 'capture_detention'),
    ('ru', 'Боевики взяли в заложники четырёх человек.', 'capture_detention'),
    ('tr', 'Silahlı kişiler dört kişiyi rehin aldı.', 'capture_detention'),
    ('id', 'Kelompok itu menyandera empat orang di sekitar bukit.', 'capture_detention'),
    ('id', 'Kelompok itu menjadikan empat orang sebagai sandera.', 'capture_detention'),
    ('ms', 'Kumpulan itu menjadikan empat orang sebagai tebusan.', 'capture_detention'),
    ('en', 'The authorities banned all public events and rallies for a week.', 'military_alert_deployment'),
    ('fr', 'Les autorités ont interdit tous les rassemblements publics pendant une semaine.', 'military_alert_deployment'),
    ('de', 'Die Behörden haben sämtliche öffentlichen Veranstaltungen und Kundgebungen untersagt.', 'military_alert_deployment'),
    ('es', 'Las autoridades prohibieron todos los actos públicos y manifestaciones.', 'military_alert_deployment'),
    ('it', 'Le autorità hanno vietato tutte le manifestazioni pubbliche.', 'military_alert_deployment'),
    ('ru', 'Власти запретили все массовые мероприятия в городе.', 'military_alert_deployment'),
    ('tr', 'Valilik tüm eylem ve etkinlikleri yasakladı.', 'military_alert_deployment'),
    ('id', 'Polisi melarang semua kegiatan dan unjuk rasa di kota itu.', 'military_alert_deployment'),
    ('ms', 'Polis melarang semua perhimpunan awam di bandar itu.', 'military_alert_deployment'),
])
def test_event_found_and_typed(lang, text, typ):
    assert typ in types_of(lang, text)


@pytest.mark.parametrize("lang,text,typ", [
    ('en', 'The gunmen set fire to houses and granaries in the village.', 'damage'),
    ('en', 'The attackers burned houses in the village.', 'damage'),
    ('fr', 'Les assaillants ont incendié les maisons et les greniers du village.', 'damage'),
    ('de', 'Die Angreifer zündeten Häuser und Getreidespeicher im Dorf an.', 'damage'),
    ('es', 'Los atacantes incendiaron las casas del pueblo.', 'damage'),
    ('it', 'Gli assalitori hanno incendiato le case del villaggio.', 'damage'),
    ('ru', 'Нападавшие подожгли дома в селе.', 'damage'),
    ('tr', 'Saldırganlar köydeki evleri ateşe verdi.', 'damage'),
    ('id', 'Para penyerang membakar rumah-rumah warga di desa itu.', 'damage'),
    ('ms', 'Penyerang membakar rumah penduduk di kampung itu.', 'damage'),
    ('en', 'The attacker smashed statues inside the church.', 'damage'),
    ('fr', "L'assaillant a brisé des statues dans l'église.", 'damage'),
    ('de', 'Der Angreifer zerschlug Statuen in der Kirche.', 'damage'),
    ('es', 'El agresor destrozó varias estatuas en la iglesia.', 'damage'),
    ('it', "L'aggressore ha distrutto alcune statue nella chiesa.", 'damage'),
    ('ru', 'Нападавший разбил статуи в церкви.', 'damage'),
    ('tr', 'Saldırgan kilisedeki heykelleri kırdı.', 'damage'),
    ('id', 'Pelaku merusak patung di dalam gereja.', 'damage'),
    ('ms', 'Suspek memusnahkan patung di dalam gereja.', 'damage'),
])
def test_destruction_trigger(lang, text, typ):
    assert ("other", "damage") in triggers_of(lang, text)


@pytest.mark.parametrize("lang,text", [
    ('en', 'The authorities banned all public events and rallies for a week.'),
    ('fr', 'Les autorités ont interdit tous les rassemblements publics pendant une semaine.'),
    ('de', 'Die Behörden haben sämtliche öffentlichen Veranstaltungen und Kundgebungen untersagt.'),
    ('es', 'Las autoridades prohibieron todos los actos públicos y manifestaciones.'),
    ('it', 'Le autorità hanno vietato tutte le manifestazioni pubbliche.'),
    ('ru', 'Власти запретили все массовые мероприятия в городе.'),
    ('tr', 'Valilik tüm eylem ve etkinlikleri yasakladı.'),
    ('id', 'Polisi melarang semua kegiatan dan unjuk rasa di kota itu.'),
    ('ms', 'Polis melarang semua perhimpunan awam di bandar itu.'),
])
def test_ban_on_rallies_is_no_protest(lang, text):
    assert "protest" not in types_of(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "The minister said the perpetrator of the attack was a member of the group."),
    ("fr", "Le ministre a affirmé que l'auteur de l'attentat appartenait au groupe."),
    ("tr", "Bakan, saldırının failinin örgüt üyesi olduğunu söyledi."),
    ("es", "El ministro dijo que el autor del atentado pertenecía al grupo."),
    ("de", "Der Minister sagte, der Täter des Anschlags sei Mitglied der Gruppe gewesen."),
    ("it", "Il ministro ha detto che l'autore dell'attentato era membro del gruppo."),
    ("ru", "Министр заявил, что исполнитель теракта был членом группировки."),
])
def test_perpetrator_of_an_attack_named_is_an_accusation_not_an_attack(lang, text):
    got = types_of(lang, text)
    assert "accusation_statement" in got and "armed_clash" not in got, got


@pytest.mark.parametrize("lang,text", [
    ("en", "Security measures were taken in the area after the attack."),
    ("fr", "Des mesures de sécurité ont été prises dans la zone."),
    ("de", "In der Gegend wurden umfangreiche Sicherheitsmaßnahmen ergriffen."),
    ("es", "Se adoptaron amplias medidas de seguridad en la zona."),
    ("it", "Sono state adottate ampie misure di sicurezza nella zona."),
    ("ru", "В районе приняты усиленные меры безопасности."),
    ("tr", "Bölgede geniş güvenlik önlemi alındı."),
    ("id", "Polisi mengambil langkah pengamanan di kawasan itu."),
    ("ms", "Polis mengambil langkah keselamatan di kawasan itu."),
])
def test_security_measures_taken_are_a_deployment(lang, text):
    assert "military_alert_deployment" in types_of(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "Police surrounded a house and evacuated several homes nearby."),
    ("de", "Die Polizei umstellte ein Haus und evakuierte mehrere Häuser in der Nähe."),
    ("es", "La policía rodeó una casa y desalojó varias viviendas cercanas."),
    ("it", "La polizia ha evacuato diverse abitazioni vicine."),
    ("fr", "La police a évacué plusieurs habitations voisines."),
    ("ru", "Полиция эвакуировала жителей соседних домов."),
    ("tr", "Polis çevredeki evleri boşalttı; evler boşaltıldı."),
    ("id", "Polisi mengepung sebuah rumah dan mengosongkan beberapa rumah di sekitarnya."),
    ("ms", "Polis mengepung sebuah rumah dan mengosongkan beberapa kediaman berhampiran."),
])
def test_police_around_a_house_and_homes_evacuated(lang, text):
    """Police surrounding a suspect's house is no clash; the homes emptied around it are an evacuation."""
    assert ("other", "evacuation") in triggers_of(lang, text)
    assert "armed_clash" not in types_of(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "Police launched a hunt for the gunmen in the forest."),
    ("fr", "Les forces de sécurité tentent de traquer les assaillants dans la forêt."),
    ("de", "Die Polizei leitete eine Großfahndung nach den Tätern ein."),
    ("it", "È scattata la caccia agli assalitori nella zona."),
    ("ru", "Полиция ведёт розыск нападавших."),
    ("id", "Kapolri memerintahkan pasukan khusus memburu jaringan para pelaku."),
    ("ms", "Polis sedang memburu rangkaian penyerang itu."),
])
def test_manhunt_is_a_deployment(lang, text):
    assert "military_alert_deployment" in types_of(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("tr", "Saldırıyı gerçekleştiren kişinin örgüt üyesi olduğu belirlendi."),
])
def test_who_carried_out_an_attack_is_no_new_attack(lang, text):
    assert "armed_clash" not in types_of(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("it", "Sei uomini armati hanno fermato le auto prima del villaggio, sparando contro l'autista."),
    ("fr", "Des hommes armés ont arrêté les voitures avant le village, tirant sur le chauffeur."),
    ("es", "Hombres armados detuvieron los coches antes del pueblo, disparando contra el conductor."),
])
def test_gunmen_stopping_cars_is_no_arrest(lang, text):
    """'fermare', 'arrêter', 'detener' a car is stopping it, not arresting anyone."""
    got = types_of(lang, text)
    assert "armed_clash" in got and "capture_detention" not in got, got


@pytest.mark.parametrize("lang,text", [
    ("it", "La polizia ha fermato tre sospetti."),
    ("es", "La policía detuvo al conductor del vehículo."),
])
def test_arrests_stay_arrests(lang, text):
    assert "capture_detention" in types_of(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "Hundreds of residents have left the town since Monday."),
    ("fr", "Des centaines d'habitants ont quitté la ville depuis lundi."),
    ("de", "Hunderte Einwohner haben die Stadt seit Montag verlassen."),
    ("es", "Cientos de habitantes han abandonado el pueblo desde el lunes."),
    ("it", "Centinaia di abitanti hanno lasciato la città da lunedì."),
    ("ru", "Сотни жителей покинули город с понедельника."),
    ("tr", "Yüzlerce kişi pazartesiden bu yana kenti terk etti."),
    ("id", "Ratusan warga meninggalkan kota itu sejak Senin."),
    ("ms", "Ratusan penduduk meninggalkan bandar itu sejak Isnin."),
])
def test_residents_leaving_a_town_is_displacement(lang, text):
    assert "other" in types_of(lang, text)
