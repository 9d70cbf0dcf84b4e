"""A statement's venue told after the happening it names: the verb, its object (the attack), a
date or a 'from' word, then the town ('condemned the attack on Tuesday in London'). Without the
date the place is the object's own ('condemned the shelling of Jermuk')."""
import pytest

import geomap

CASES = [
    ("en", "A car bomb killed three people in Leeds on Monday. "
           "The prime minister condemned the attack on Tuesday in London.", "London"),
    ("de", "Bei einem Anschlag in Dresden starben am Montag drei Menschen. "
           "Der Bundespräsident verurteilte den Anschlag am Dienstag in Berlin scharf.", "Berlin"),
    ("es", "Un coche bomba mató el lunes a tres personas en Bilbao. "
           "El presidente condenó el atentado desde Sevilla.", "Sevilla"),
    # (an object no trigger names: 'die Tat')
    ("de", "Bei einem Anschlag in Dresden starben am Montag drei Menschen. "
           "Die Ministerin verurteilte die Tat am Mittwoch in Hamburg.", "Hamburg"),
    ("fr", "Une bombe a tué trois personnes à Lyon lundi. "
           "Le président a condamné l'attentat mardi à Marseille.", "Marseille"),
    ("it", "Una bomba ha ucciso tre persone a Napoli lunedì. "
           "Il presidente ha condannato l'attentato martedì a Torino.", "Turin"),
    ("ru", "Взрыв убил трёх человек в Казани в понедельник. "
           "Президент осудил теракт во вторник в Москве.", "Moscow"),
    ("id", "Bom menewaskan tiga orang di Surabaya pada Senin. "
           "Presiden mengecam serangan itu pada Selasa di Jakarta.", "Jakarta"),
    ("ms", "Bom membunuh tiga orang di Ipoh pada Isnin. "
           "Perdana Menteri mengutuk serangan itu pada Selasa di Putrajaya.", "Putrajaya"),
]


def _statements(text, lang):
    doc = geomap.extract(text, is_text=True, lang=lang, date="2024-05-08")
    return [e for e in doc.events if e.type == "accusation_statement"]


@pytest.mark.parametrize("lang,text,venue", CASES)
def test_statement_venue_after_its_object(lang, text, venue):
    st = _statements(text, lang)
    assert st and st[0].location is not None
    assert venue in (st[0].location.name, st[0].location.name.split(" / ")[-1]) or venue in st[0].location.name


def test_object_place_is_no_venue():
    st = _statements("The minister condemned the shelling of Jermuk.", "en")
    assert st and st[0].location is None
