"""Session-12 event recall (ev52): trigger phrases that were missing, so that a sentence telling a
happening yielded no event at all: past-tense murder ('ermordete'), people listed as missing,
detonations (Turkish 'patlattı', 'patlatıldı'; Italian 'fatta
saltare'), coups, stations and roads closed, police presence raised or screening tightened,
hijacks and arrests (Indonesian/Malay 'dibajak', 'meringkus') and vehicles driven into crowds.
Sentences written for these tests, run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from geomap.events_lex import lexicon, tokenize
from test_events_locate import events


def placed(evs, typ):
    return {e.location.name for e in evs if e.type == typ and not e.negated and e.location is not None}


def types(evs):
    return {e.type for e in evs if not e.negated}


def trigger_types(lang, text):
    return {p[0] for _, _, p, _ in lexicon(lang).triggers.find(tokenize(text))}


@pytest.mark.parametrize("lang,text,where", [
    ("en", "In Leeds, a van ploughed into pedestrians outside the station on Saturday.", "Leeds"),
    ("de", "In Kassel ist am Samstag ein Auto in die Menschenmenge gerast.", "Kassel"),
    ("fr", "À Lyon, un camion a fauché des dizaines de piétons samedi soir.", "Lyon"),
    ("es", "En Valencia, una furgoneta arrolló a la multitud el sábado.", "Valencia"),
    ("it", "A Torino un'auto si è lanciata sulla folla sabato sera.", "Turin"),
    ("ru", "В Казани в субботу грузовик въехал в толпу.", "Kazan"),
    ("tr", "Konya'da cumartesi günü bir araç kalabalığa daldı.", "Konya"),
    ("id", "Di Surabaya, sebuah truk menabrak kerumunan pada Sabtu malam.", "Surabaya"),
    ("ms", "Di Ipoh, sebuah lori merempuh orang ramai pada malam Sabtu.", "Ipoh"),
])
def test_vehicle_driven_into_a_crowd(gazetteer, lang, text, where):
    assert where in placed(events(text, lang, gazetteer), "armed_clash")


@pytest.mark.parametrize("lang,text", [
    ("de", "Der Täter ermordete am Montag in Kassel zwei Passanten."),
    ("fr", "Le tireur avait abattu un gendarme lundi à Lyon."),
    ("it", "La donna ferita si è spenta in serata all'ospedale di Torino."),
    ("en", "Twelve fishermen were listed as missing after the attack near Leeds."),
    ("fr", "Douze pêcheurs ont été portés disparus lundi près de Lyon."),
    ("ru", "В Казани уничтожены пять боевиков."),
    ("tr", "Konya'daki saldırıda can kaybı 12'ye yükseldi."),
])
def test_killings_and_missing(lang, text):
    assert "casualties" in trigger_types(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("tr", "Konya'da park halindeki bomba yüklü araç uzaktan kumandayla patlatıldı."),
    ("tr", "Teröristler karakolun önünde bir kamyonu patlattı."),
    ("it", "A Torino una valigia piena di esplosivo fu fatta saltare nella sala d'attesa."),
    ("de", "Marschflugkörper hatten am Morgen das Zentrum von Kassel getroffen."),
])
def test_bombs_and_missiles(lang, text):
    assert "shelling_airstrike" in trigger_types(lang, text)


@pytest.mark.parametrize("lang,text,typ", [
    ("en", "The main station was closed overnight after the alert.", "other"),
    ("de", "Der Bahnhof wurde am Abend vorübergehend gesperrt.", "other"),
    ("id", "Polisi menutup jalur keluar-masuk kota dan memeriksa kendaraan.", "other"),
    ("en", "After the military coup in May the capital stayed calm.", "other"),
    ("de", "Nach dem Militärputsch blieb die Hauptstadt ruhig.", "other"),
    ("fr", "Une tentative de coup d'État a échoué mardi.", "other"),
    ("es", "El golpe de estado fracasó el martes.", "other"),
    ("it", "Il colpo di stato è fallito martedì.", "other"),
    ("ru", "Попытка переворота провалилась во вторник.", "other"),
    ("tr", "Darbe girişimi salı günü başarısız oldu.", "other"),
    ("id", "Upaya kudeta gagal pada Selasa.", "other"),
    ("de", "In Kassel wurde die Polizeipräsenz an allen Bahnhöfen erhöht.", "military_alert_deployment"),
    ("en", "Police presence was stepped up at all stations in Leeds.", "military_alert_deployment"),
    ("ru", "В аэропортах Казани ужесточили досмотр пассажиров.", "military_alert_deployment"),
    ("tr", "Konya girişlerinde yoğun kontrol uygulandı.", "military_alert_deployment"),
    ("id", "Kapal tunda itu dibajak kelompok bersenjata di Laut Sulawesi.", "capture_detention"),
    ("id", "Petugas meringkus tiga tersangka di Surabaya.", "capture_detention"),
])
def test_closures_coups_alerts_and_seizures(lang, text, typ):
    assert typ in trigger_types(lang, text)


def test_explosive_laden_vehicle_alone_is_no_strike():
    # a vehicle 'laden with explosives' may be found or defused: the detonation is the trigger
    assert "shelling_airstrike" not in trigger_types("tr", "Patlayıcı yüklü bir kamyon karakolun önünde bulundu.")


def test_destroyed_equipment_is_no_casualty():
    # the Russian 'уничтожены' counts the dead only with fighters as its object
    assert "casualties" not in trigger_types("ru", "В Казани уничтожены два склада и три танка.")


@pytest.mark.parametrize("lang,text", [
    # a crowd gathering is no ramming
    ("de", "Eine Menschenmenge hatte sich vor dem Rathaus versammelt."),
    ("en", "Crowds gathered outside the town hall."),
])
def test_no_violence_from_near_phrases(lang, text):
    assert not trigger_types(lang, text) & {"casualties", "armed_clash"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Some forty residents needed medical treatment after the blast."),
    ("de", "Etwa vierzig Anwohner mussten medizinisch versorgt werden."),
    ("fr", "Une quarantaine d'habitants ont dû être soignés."),
    ("es", "Unos cuarenta vecinos recibieron atención médica."),
    ("it", "Una quarantina di residenti sono stati medicati sul posto."),
    ("ru", "За медицинской помощью обратились около сорока жителей."),
    ("tr", "Kırk kadar kişi tedavi altına alındı."),
    ("id", "Sekitar empat puluh warga mendapat perawatan medis."),
    ("ms", "Kira-kira empat puluh penduduk menerima rawatan."),
])
def test_people_needing_medical_care(lang, text):
    assert "casualties" in trigger_types(lang, text)
