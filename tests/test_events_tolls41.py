"""Session-11 round (ev41): revised tolls (an early figure and the settled one in one sentence),
breakdowns that add up to the toll before them, phrases whose count word counts nobody, single
victims told by a past or a clitic form, and the dead of one nationality among a larger toll.
Sentences written for these tests, run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def tolls(text, lang, gazetteer):
    return [e.killed for e in events(text, lang, gazetteer) if not e.negated and e.killed is not None]


@pytest.mark.parametrize("lang,text,n", [
    ("tr", "İlk saatlerde 12 kişinin öldüğü açıklandı, ölü sayısı daha sonra on bir olarak netleşti.", 11),
    ("en", "In Quetta, officials first reported 12 dead, but the final toll was eleven.", 11),
    ("es", "En Cúcuta el balance superó los 30 muertos en las primeras horas, pero el recuento definitivo lo dejó en 27 muertos.", 27),
    ("it", "A Kabul il bilancio è arrivato a 30 morti nelle prime ore, ma il bilancio definitivo è di 27 morti.", 27),
])
def test_the_settled_figure_is_the_toll(gazetteer, lang, text, n):
    assert tolls(text, lang, gazetteer) == [n]


@pytest.mark.parametrize("lang,text", [
    ("ms", "Sebuah bas terbakar di Yala dan kesemua 40 orang di dalamnya, iaitu 38 penumpang dan dua pemandu, terbunuh."),
    ("id", "Sebuah bus terbakar di Wamena dan seluruh 40 orang di dalamnya, yaitu 38 penumpang dan dua sopir, tewas."),
    ("en", "A bus burned near Mosul and all 40 people aboard, 38 passengers and two drivers, were killed."),
    ("fr", "Un car a brûlé près de Gao et les 40 personnes à bord, soit 38 passagers et deux chauffeurs, ont été tuées."),
])
def test_a_breakdown_adding_up_to_the_toll_is_its_parts(gazetteer, lang, text):
    assert tolls(text, lang, gazetteer) == [40]


@pytest.mark.parametrize("lang,text,n", [
    ("id", "Di Poso korban tewas berjumlah 9 orang, termasuk dua pelaku bom bunuh diri.", 9),
    ("ms", "Di Yala seramai 9 orang terbunuh, termasuk dua pengebom bunuh diri.", 9),
])
def test_a_suicide_bomber_is_no_count_word(gazetteer, lang, text, n):
    assert tolls(text, lang, gazetteer) == [n]


@pytest.mark.parametrize("lang,text", [
    ("it", "A Palermo il rapinatore fu ucciso da un carabiniere durante la fuga."),
    ("it", "Il rapinatore ha sparato a Palermo e gli agenti lo hanno ucciso."),
    ("fr", "À Lyon, le forcené a tiré sur les passants et les policiers l'ont tué."),
    ("es", "En Cali el asaltante disparó contra la patrulla y los agentes lo mataron."),
    ("tr", "Mardin'de bombalı araçta bir kişi ölmüştü."),
])
def test_one_victim_of_a_past_or_clitic_form(gazetteer, lang, text):
    assert tolls(text, lang, gazetteer) == [1]


@pytest.mark.parametrize("lang,text,n", [
    ("ms", "Sebuah pesawat terhempas di Donetsk semalam dan kesemua 120 orang di dalamnya terbunuh. "
           "Seramai 20 rakyat Malaysia terkorban.", [120]),
    ("en", "A passenger jet crashed near Donetsk on Thursday, killing all 120 people aboard. "
           "Twenty British nationals were killed.", [120]),
])
def test_the_dead_of_one_nationality_are_no_toll_of_their_own(gazetteer, lang, text, n):
    assert tolls(text, lang, gazetteer) == n


def places(text, lang, gazetteer, typ):
    return [e.location.name if e.location else None for e in events(text, lang, gazetteer) if e.type == typ]


@pytest.mark.parametrize("lang,text", [
    ("en", "The prime minister, who was attending a summit in Brussels, called the bombing a cowardly act."),
    ("ru", "Премьер-министр, находившийся на саммите в Брюсселе, назвал взрыв трусливым актом."),
])
def test_a_meeting_where_the_speaker_was_is_no_meeting(gazetteer, lang, text):
    assert places(text, lang, gazetteer, "talks_meeting") == []


@pytest.mark.parametrize("lang,text,town", [
    ("fr", "Rentré en urgence de Marseille, le ministre a annoncé le déploiement de 500 soldats.", "Marseille"),
    ("en", "Back from Marseille, the minister announced the deployment of 500 soldiers.", "Marseille"),
    ("it", "Rientrato da Milano, il ministro ha annunciato il dispiegamento di 500 soldati.", "Milan"),
])
def test_a_town_someone_came_back_from_is_no_scene(gazetteer, lang, text, town):
    assert town not in [n for e in events(text, lang, gazetteer) for n in [e.location and e.location.name] if n]


@pytest.mark.parametrize("lang,text", [
    ("en", "A train carrying 120 bodies left Donetsk on Monday."),
    ("ms", "Kereta api yang membawa 120 mayat bertolak dari Donetsk semalam."),
    ("id", "Pesawat yang membawa 120 jenazah tiba di Jakarta pagi ini."),
])
def test_bodies_carried_home_are_no_new_toll(gazetteer, lang, text):
    assert tolls(text, lang, gazetteer) == []
    assert [e.type for e in events(text, lang, gazetteer) if e.type == "casualties"] == []


@pytest.mark.parametrize("text,n", [
    ("Mardin'deki saldırıda ölü sayısı, iki saldırgan dahil on ikiye çıktı.", 12),
    ("Mardin'deki saldırıda ölü sayısı dün akşam dokuza yükseldi.", 9),
])
def test_a_toll_rising_to_a_figure_in_words_takes_the_dative_on_the_word(gazetteer, text, n):
    assert tolls(text, "tr", gazetteer) == [n]


@pytest.mark.parametrize("lang,text,n", [
    ("en", "Gunmen stormed a hotel in Kabul on Monday. At least 30 people were killed. "
           "The death toll has since risen to 33.", [33]),
    ("ru", "Боевики захватили больницу в Грозном. По официальным данным, погибли 30 человек. "
           "Вечером прокуратура сообщила, что число погибших достигло 33.", [33]),
    # a war's running tally is no revision of one strike's toll
    ("en", "An airstrike killed 12 people in Gaza City on Monday. The death toll in Gaza has risen to 40,000.",
     [12, 40000]),
])
def test_a_toll_revised_in_the_next_sentences_is_one_toll(gazetteer, lang, text, n):
    assert tolls(text, lang, gazetteer) == n
