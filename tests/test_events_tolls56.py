"""Tolls, helper ev56: the dead a memorial names are no toll of their own ('a plaque recalls the
twelve dead'); a toll risen to a lower figure than the one told first is an interim step of it
('has risen to 64 … By Friday it had climbed to 41'); an earlier toll put at a figure 'first'.
Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of


def tolls(lang: str, text: str) -> list[int | None]:
    return sorted((e.killed for e in events_of(lang, text) if e.type == "casualties" and not e.negated),
                  key=lambda k: -1 if k is None else k)


@pytest.mark.parametrize("lang,text", [
    ("en", "On Sunday hundreds walked in silence to the old bus depot, where a plaque recalls the twelve dead."),
    ("fr", "Dimanche, des centaines de personnes ont défilé jusqu'au dépôt, où une stèle rappelle les douze victimes."),
    ("de", "Am Sonntag zogen Hunderte schweigend zum alten Depot, wo eine Tafel an die zwölf Toten erinnert."),
    ("es", "El domingo cientos de personas caminaron hasta la antigua cochera, donde una placa recuerda a los doce muertos."),
    ("it", "Domenica centinaia di persone hanno camminato fino al vecchio deposito, dove una lapide ricorda le dodici vittime."),
    ("ru", "В воскресенье сотни людей пришли к старому депо, где установлена доска в память о двенадцати погибших."),
    ("tr", "Pazar günü yüzlerce kişi, hayatını kaybeden 12 kişinin anısına eski garaja yürüdü."),
    ("id", "Minggu lalu ratusan warga berjalan ke depo lama untuk mengenang 12 korban tewas."),
    ("ms", "Ratusan penduduk berarak ke depoh lama pada Ahad untuk mengenang 12 mangsa yang terkorban."),
])
def test_the_dead_a_memorial_names_are_no_toll(lang, text):
    assert 12 not in tolls(lang, text), tolls(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "Twelve people were killed when a bomb went off at the depot on Sunday."),
    ("fr", "Douze personnes ont été tuées dimanche dans l'explosion d'une bombe au dépôt."),
    ("it", "Dodici persone sono state uccise domenica dall'esplosione di una bomba al deposito."),
])
def test_a_toll_beside_a_depot_still_counts(lang, text):
    assert 12 in tolls(lang, text), tolls(lang, text)


@pytest.mark.parametrize("lang,text,n", [
    ("en", "The toll from Thursday's bombing has risen to 64, officials said on Saturday. "
           "By Friday it had climbed to 41, and rescuers were still searching the rubble.", 64),
    ("fr", "Le bilan de l'attentat de jeudi s'est alourdi à 64 morts, selon les autorités samedi. "
           "Vendredi, il était passé à 41 morts.", 64),
    ("ru", "Число погибших при взрыве в четверг выросло до 64 человек, сообщили в субботу. "
           "В пятницу оно выросло до 41 погибших.", 64),
])
def test_a_toll_risen_to_a_lower_figure_is_a_step_of_the_toll_told_first(lang, text, n):
    assert tolls(lang, text) == [n], tolls(lang, text)


def test_a_toll_risen_to_a_higher_figure_still_revises():
    text = ("Eleven people were killed in the bombing on Thursday, officials said. "
            "On Friday the toll rose to 19.")
    assert tolls("en", text) == [19], tolls("en", text)


def test_a_toll_first_put_at_a_figure_is_superseded():
    text = ("Thirty-one people were killed in the bombing on Thursday, officials said. "
            "Officials had first put the toll at nine dead.")
    assert tolls("en", text) == [31], tolls("en", text)


@pytest.mark.parametrize("lang,text", [
    ("en", "The number of dead from the bombing has risen to 41, officials said. About 90 other people "
           "were wounded when a car packed with explosives blew up outside the ministry."),
    ("es", "El número de muertos por el atentado ascendió a 41, según las autoridades. Otras 90 personas "
           "resultaron heridas cuando un coche bomba estalló frente al ministerio."),
    ("fr", "Le bilan de l'attentat s'élève à 41 morts, selon les autorités. Quelque 90 autres personnes "
           "ont été blessées quand une voiture piégée a explosé devant le ministère."),
])
def test_other_wounded_of_the_attack_go_with_the_dead_told_before(lang, text):
    evs = [e for e in events_of(lang, text) if not e.negated and e.wounded == 90]
    assert evs and evs[0].killed == 41, [(e.type, e.killed, e.wounded) for e in events_of(lang, text)]



@pytest.mark.parametrize("lang,text", [
    ("en", "A chapel now stands on the site, with a stone bearing the names of the 31 dead."),
    ("ru", "Сейчас на этом месте стоит часовня и памятный камень с именами 31 погибшего."),
    ("de", "Heute steht dort eine Kapelle mit den Namen der 31 Toten."),
])
def test_the_dead_named_on_a_memorial_stone_are_no_toll(lang, text):
    assert 31 not in tolls(lang, text), tolls(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "Police blamed the Northern Front, a rebel group that has fought the army for a decade."),
    ("fr", "La police a accusé le Front du Nord, un groupe rebelle qui combat l'armée depuis dix ans."),
    ("es", "La policía culpó al Frente del Norte, un grupo rebelde que combate al ejército desde hace una década."),
    ("id", "Polisi menyalahkan Front Utara, kelompok pemberontak yang telah memerangi tentara selama satu dekade."),
    ("ms", "Polis menyalahkan Barisan Utara, kumpulan pemberontak yang telah memerangi tentera selama sedekad."),
])
def test_a_group_described_by_its_decade_of_fighting_is_no_clash(lang, text):
    types = [e.type for e in events_of(lang, text) if not e.negated]
    assert "armed_clash" not in types, types


@pytest.mark.parametrize("lang,text", [
    ("en", "Doctors warned the toll could rise further."),
    ("fr", "Les médecins ont averti que le bilan pourrait encore s'alourdir."),
    ("es", "Los médicos advirtieron que la cifra de muertos podría aumentar."),
    ("de", "Die Ärzte warnten, die Zahl der Toten könnte weiter steigen."),
    ("it", "I medici hanno avvertito che il bilancio potrebbe ancora salire."),
    ("ru", "Врачи предупредили, что число погибших может вырасти."),
    ("tr", "Doktorlar ölü sayısının artabileceği uyarısında bulundu."),
    ("id", "Dokter memperingatkan jumlah korban tewas bisa bertambah."),
    ("ms", "Doktor memberi amaran jumlah korban boleh meningkat."),
])
def test_a_warning_that_the_toll_may_rise_is_no_event(lang, text):
    assert [e.type for e in events_of(lang, text) if not e.negated] == []


def test_a_toll_with_its_figure_stays_beside_a_forecast():
    assert tolls("en", "At least 12 people were killed, and officials warned the toll could rise.") == [12]
