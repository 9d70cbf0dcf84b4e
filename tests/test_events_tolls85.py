"""Session-17 (ev85): toll conventions (corpus/README.md, 'Zero tolls' and 'Early and superseded
figures'). A denial of deaths or of casualties gives the happening it is about 0 dead; a denial of
injuries alone gives 0 wounded and leaves the dead unknown; a denial of the others besides a toll
('no one else was hurt', 'no other deaths') or of serious injuries only is no 0; an early figure
the article replaces is no toll of its own. Sentences written for these tests."""
from __future__ import annotations

import pytest

import geomap


def events(text, lang):
    return [e for e in geomap.extract("Report of the night\n\n" + text, lang=lang, date="2024-05-01",
                                      is_text=True).events if not e.negated]


@pytest.mark.parametrize("lang,text", [
    ("en", "A rocket hit a warehouse in Mykolaiv on Tuesday night. Nobody was killed."),
    ("de", "Eine Rakete traf in der Nacht eine Lagerhalle in Mykolajiw. Tote gab es keine."),
    ("fr", "Une roquette a frappé un entrepôt à Mykolaïv mardi soir. Il n'y a eu aucun mort."),
    ("es", "Un cohete alcanzó un almacén en Mykolaiv el martes por la noche. No hubo muertos."),
    ("it", "Un razzo ha colpito un magazzino a Mykolaiv martedì sera. Non ci sono state vittime."),
    ("ru", "Ракета попала в склад в Николаеве во вторник вечером. Погибших нет."),
    # Russian news deny all casualties with the word of the wounded
    ("ru", "Беспилотник упал на крышу гаража в Курске ночью. Пострадавших нет."),
    ("ru", "Беспилотник упал на крышу гаража в Курске ночью, никто не пострадал."),
    ("tr", "Salı gecesi Mykolayiv'de bir depoya roket isabet etti. Ölen olmadı."),
    ("id", "Sebuah roket menghantam gudang di Mykolaiv pada Selasa malam. Tidak ada korban jiwa."),
    ("ms", "Sebutir roket mengenai sebuah gudang di Mykolaiv pada malam Selasa. Tiada kematian dilaporkan."),
])
def test_nobody_dead_is_a_zero_toll(lang, text):
    evs = events(text, lang)
    assert any(e.killed == 0 for e in evs), [(e.type, e.killed, e.wounded) for e in evs]
    assert not any(e.killed for e in evs)


@pytest.mark.parametrize("lang,text", [
    ("en", "A rocket hit a warehouse in Mykolaiv on Tuesday night. No one was hurt."),
    ("de", "Eine Rakete traf in der Nacht eine Lagerhalle in Mykolajiw. Verletzt wurde niemand."),
    ("fr", "Une roquette a frappé un entrepôt à Mykolaïv mardi soir. Personne n'a été blessé."),
    ("es", "Un cohete alcanzó un almacén en Mykolaiv el martes por la noche. No hubo heridos."),
    ("it", "Un razzo ha colpito un magazzino a Mykolaiv martedì sera. Nessuno è rimasto ferito."),
    ("ru", "Ракета попала в склад в Николаеве во вторник вечером. Раненых нет."),
    ("tr", "Salı gecesi Mykolayiv'de bir depoya roket isabet etti. Yaralanan olmadı."),
    ("id", "Sebuah roket menghantam gudang di Mykolaiv pada Selasa malam. Tidak ada yang terluka."),
    ("ms", "Sebutir roket mengenai sebuah gudang di Mykolaiv pada malam Selasa. Tiada sesiapa cedera."),
])
def test_nobody_hurt_is_no_wounded_and_unknown_dead(lang, text):
    evs = events(text, lang)
    assert any(e.wounded == 0 for e in evs), [(e.type, e.killed, e.wounded) for e in evs]
    assert all(e.killed is None for e in evs), [(e.type, e.killed, e.wounded) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "A gunman opened fire at a market in Kano on Friday, killing a trader. No one else was hurt."),
    ("tr", "Cuma günü Kano'da bir pazarda silahlı saldırgan ateş açtı ve bir esnaf öldü. Başka yaralanan olmadı."),
    ("de", "Ein Bewaffneter eröffnete am Freitag auf einem Markt in Kano das Feuer und tötete einen Händler. "
           "Weitere Verletzte gab es nicht."),
    ("id", "Seorang pria bersenjata menembaki pasar di Kano pada Jumat dan menewaskan seorang pedagang. "
           "Tidak ada korban lain."),
    ("en", "A gunman opened fire at a market in Kano on Friday, killing a trader. There were no other deaths."),
])
def test_nobody_else_hurt_keeps_the_toll(lang, text):
    evs = events(text, lang)
    assert any(e.killed == 1 for e in evs), [(e.type, e.killed, e.wounded) for e in evs]
    assert not any(e.killed == 0 for e in evs), [(e.type, e.killed, e.wounded) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "A bomb exploded at a bus station in Quetta on Monday. First reports spoke of twelve dead. "
           "By evening officials said nine people had been killed."),
    ("ru", "В понедельник на автовокзале в Кветте взорвалась бомба. Первые сообщения говорили о двенадцати погибших. "
           "К вечеру власти сообщили, что погибли девять человек."),
])
def test_an_early_figure_replaced_is_no_toll(lang, text):
    evs = events(text, lang)
    got = [e.killed for e in evs if e.killed is not None]
    assert 9 in got and 12 not in got, [(e.type, e.killed) for e in evs]


@pytest.mark.parametrize("lang,text", [
    # one person unhurt says nothing of the others
    ("en", "Gunmen fired on the convoy of the governor near Kandahar on Monday. The governor was not hurt."),
    ("es", "Una bomba estalló junto al despacho del ministro en Cali el lunes. Ni él ni su chofer sufrieron heridas."),
    # a negative determiner before a group noun limits the denial to that group
    ("fr", "Des obus sont tombés sur Goma lundi. Aucun passant n'a été blessé."),
    ("it", "Un razzo ha colpito Kharkiv lunedì. Nessun bambino è rimasto ferito."),
    # nobody seriously hurt: some were hurt
    ("en", "A rocket hit a school in Kharkiv on Monday. No one was seriously hurt."),
    ("de", "Eine Rakete traf am Montag eine Schule in Charkiw. Schwer verletzt wurde niemand."),
])
def test_one_person_or_nobody_seriously_hurt_is_no_zero_toll(lang, text):
    evs = events(text, lang)
    assert not any(e.killed == 0 for e in evs), [(e.type, e.killed, e.wounded) for e in evs]


@pytest.mark.parametrize("lang,text,early,final", [
    # a rumoured figure the police then correct
    ("id", "Sebuah bom meledak di sebuah rumah di Sibolga pada Selasa malam. Sempat beredar kabar bahwa "
           "lima orang tewas. Polisi kemudian menyebut korban meninggal empat orang.", 5, 4),
    # a later figure that is approximate still replaces the early one
    ("es", "Una bomba estalló en un mercado de Cali el lunes. Las primeras cifras hablaron de veinte muertos. "
           "Por la noche la Policía confirmó al menos 25 muertos.", 20, 25),
    ("ru", "В понедельник на рынке в Нальчике взорвалась бомба. Первые сообщения говорили о двадцати погибших. "
           "К вечеру власти сообщили о тридцати с лишним погибших.", 20, 30),
])
def test_a_rumoured_or_early_figure_replaced_is_no_toll(lang, text, early, final):
    got = [e.killed for e in events(text, lang) if e.killed is not None]
    assert early not in got, got
    if final is not None:
        assert final in got, got
