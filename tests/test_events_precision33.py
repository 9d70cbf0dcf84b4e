"""Session-9 round-2 precision (ev33): detentions told with the police operation that made them
or with the attack their suspects are tied to are captures, no clash; 'to control the situation'
is no change of territory; places listed after an origin word are origins too. Sentences written
for these tests, run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def types(evs):
    return sorted({e.type for e in evs if not e.negated})


@pytest.mark.parametrize("lang,text", [
    ("en", "Police in Quetta arrested five suspects in connection with the bombing on Tuesday."),
    ("fr", "À Bamako, la police a arrêté cinq suspects en lien avec l'attentat mardi."),
    ("es", "En Cali, la policía detuvo a cinco sospechosos en relación con el atentado el martes."),
    ("it", "A Palermo la polizia ha arrestato cinque sospettati in relazione all'attentato martedì."),
    ("ru", "В Махачкале полиция задержала пятерых подозреваемых в связи с терактом во вторник."),
    ("tr", "Adana'da saldırıyla bağlantılı beş şüpheli gözaltına alındı."),
    ("id", "Di Makassar polisi menangkap lima tersangka terkait serangan bom pada Selasa."),
    ("ms", "Di Kuala Lumpur polis menahan lima suspek berhubung serangan itu pada Selasa."),
])
def test_suspects_tied_to_an_attack_are_a_detention_only(gazetteer, lang, text):
    assert types(events(text, lang, gazetteer)) == ["capture_detention"]


@pytest.mark.parametrize("lang,text", [
    ("en", "In operations in Adana and Mersin, police detained dozens of suspects on Tuesday."),
    ("tr", "Adana ve Mersin'de düzenlenen operasyonlarda çok sayıda şüpheli gözaltına alındı."),
    ("fr", "Lors d'opérations à Lyon et Marseille, la police a interpellé des dizaines de suspects."),
    ("es", "En operativos en Cali y Medellín, la policía capturó a decenas de sospechosos."),
    ("id", "Dalam operasi di Makassar dan Maros, polisi menangkap puluhan tersangka."),
])
def test_detentions_in_police_operations_are_no_clash(gazetteer, lang, text):
    evs = events(text, lang, gazetteer)
    assert types(evs) == ["capture_detention"]
    assert len(evs) == 2


def test_a_town_captured_stays_a_change_of_territory(gazetteer):
    evs = events("Los rebeldes capturaron el pueblo de Tumaco el lunes.", "es", gazetteer)
    assert types(evs) == ["territory_change"]


@pytest.mark.parametrize("lang,text,where", [
    ("id", "Untuk mengendalikan situasi, polisi mengirim personel tambahan dari Jayapura dan Nabire ke Wamena.",
     "Wamena"),
    ("ms", "Bagi mengawal keadaan, polis menghantar anggota tambahan dari Kota Bharu dan Kuantan ke Kuala Terengganu.",
     "Kuala Terengganu"),
    ("en", "To bring the situation under control, police sent extra personnel from Peshawar and Mardan to Swat.",
     "Swat"),
    ("fr", "Pour reprendre le contrôle de la situation, l'armée a envoyé des renforts depuis Gao et Tombouctou vers Kidal.",
     "Kidal"),
])
def test_reinforcements_sent_from_listed_places_go_where_they_were_sent(gazetteer, lang, text, where):
    evs = events(text, lang, gazetteer)
    assert [(e.type, e.location.name if e.location else None) for e in evs] == [
        ("military_alert_deployment", where)]


@pytest.mark.parametrize("lang,text", [
    ("ms", "Serangan tentera di Gaza pada penghujung 2008 hingga awal 2009 mengorbankan kira-kira 1,400 orang."),
    ("id", "Operasi militer di Gaza pada akhir 2008 hingga awal 2009 menewaskan sekitar 1.400 warga."),
    ("en", "The military operation in Gaza from late 2008 to early 2009 killed about 1,400 people."),
    ("tr", "İsrail'in 2008 sonu ile 2009 başında Gazze'de düzenlediği operasyonda yaklaşık 1400 kişi öldü."),
    ("es", "La ofensiva en Gaza a finales de 2008 y principios de 2009 mató a unas 1.400 personas."),
])
def test_a_year_is_never_a_toll(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.killed is not None]
    assert [e.killed for e in evs] == [1400]


def test_a_figure_without_time_words_still_counts(gazetteer):
    evs = events("Fighting in Darfur killed 2000 people last week.", "en", gazetteer)
    assert [e.killed for e in evs if e.killed is not None] == [2000]


@pytest.mark.parametrize("lang,text", [
    ("en", "A bomb killed 30 people at a school in Kabul on Friday. The UN said 21 of the dead were girls."),
    ("tr", "Cuma günü Kabil'de bir okula düzenlenen saldırıda 30 kişi öldü. Ölenlerin 21'i kız öğrenciydi."),
    ("de", "Ein Anschlag tötete am Freitag 30 Menschen in einer Schule in Kabul. 21 der Toten waren Mädchen."),
    ("id", "Serangan bom menewaskan 30 orang di sebuah sekolah di Kabul pada Jumat. 21 dari korban tewas adalah siswi."),
])
def test_a_part_of_the_dead_is_no_new_toll(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.type == "casualties"]
    assert [e.killed for e in evs] == [30]


@pytest.mark.parametrize("lang,text", [
    ("ms", "Di Mandalay, seorang gadis berusia 19 tahun maut ditembak di kepala ketika menyertai perhimpunan."),
    ("en", "In Mandalay, a 19-year-old woman was shot dead while taking part in a rally."),
    ("id", "Di Mandalay, seorang gadis berusia 19 tahun tewas ditembak di kepala saat mengikuti unjuk rasa."),
    ("fr", "À Mandalay, une jeune femme de 19 ans a été tuée par balle alors qu'elle participait à une manifestation."),
    ("es", "En Mandalay, una joven de 19 años murió de un disparo en la cabeza cuando participaba en una protesta."),
    ("tr", "Mandalay'da 19 yaşındaki bir genç kız bir gösteriye katılırken başından vurularak öldü."),
    ("it", "A Mandalay una ragazza di 19 anni è stata uccisa mentre partecipava a una manifestazione."),
])
def test_a_victim_shot_at_a_rally_is_a_casualty_not_a_protest(gazetteer, lang, text):
    assert types(events(text, lang, gazetteer)) == ["casualties"]


def test_a_rally_fired_on_stays_a_protest(gazetteer):
    evs = events("Police in Mandalay opened fire on a rally, killing two protesters.", "en", gazetteer)
    assert types(evs) == ["casualties", "protest"]


@pytest.mark.parametrize("lang,text", [
    ("en", "The agency chief told a news conference in Vienna that the plant was safe."),
    ("id", "Menteri mengatakan dalam konferensi pers di Jenewa bahwa bantuan akan dilanjutkan."),
])
def test_a_press_conference_is_no_talks(gazetteer, lang, text):
    assert "talks_meeting" not in types(events(text, lang, gazetteer))


def test_a_peace_conference_stays_talks(gazetteer):
    assert types(events("Leaders met at a peace conference in Geneva on Friday.", "en", gazetteer)) == ["talks_meeting"]


@pytest.mark.parametrize("lang,text", [
    ("de", "Ein Fahrzeug sei in die Sicherung gefahren und explodiert, teilte das Einsatzführungskommando in Potsdam mit."),
    ("en", "A car bomb exploded near a checkpoint, said a police spokesman in Kabul."),
    ("es", "Un coche bomba estalló cerca de un retén, dijo el portavoz de la policía en Bogotá."),
    ("id", "Sebuah bom mobil meledak di dekat pos pemeriksaan, kata juru bicara polisi di Jakarta."),
])
def test_where_the_speaker_spoke_after_the_report_is_no_scene(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.type == "shelling_airstrike"]
    assert evs and all(e.location is None for e in evs)


def test_the_scene_named_before_the_speaker_stays(gazetteer):
    evs = events("A car bomb exploded near a checkpoint in Kandahar, said a police spokesman in Kabul.",
                 "en", gazetteer)
    assert [e.location.name for e in evs if e.type == "shelling_airstrike"] == ["Kandahār"]
