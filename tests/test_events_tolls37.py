"""Session-10 tolls (ev37): a total told with its parts ('21 people, 20 tourists and a police
officer') is counted once; a victim and the attacker listed together are two. Sentences
written for these tests, run through the real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def killed(evs):
    return [e.killed for e in evs if e.type == "casualties" and not e.negated]


@pytest.mark.parametrize("lang,text", [
    ("en", "Two gunmen killed 21 people, twenty foreign tourists and a Tunisian officer, in the museum in Tunis."),
    ("it", "Due uomini armati hanno ucciso 21 persone, venti turisti stranieri e un agente tunisino, nel museo di Tunisi."),
    ("fr", "Deux hommes armés ont tué 21 personnes, vingt touristes étrangers et un policier tunisien, dans le musée à Tunis."),
    ("es", "Dos hombres armados mataron a 21 personas, veinte turistas extranjeros y un policía, en el museo de Túnez."),
    ("de", "Zwei Bewaffnete töteten 21 Menschen, zwanzig ausländische Touristen und einen Polizisten, im Museum in Tunis."),
    ("ru", "Двое боевиков убили 21 человека, двадцать иностранных туристов и полицейского, в музее в Тунисе."),
    ("tr", "İki silahlı kişi Tunus'taki müzede 21 kişiyi, 20 yabancı turisti ve bir polisi öldürdü."),
    ("id", "Dua pria bersenjata menewaskan 21 orang, 20 turis asing dan seorang polisi, di museum di Tunis."),
    ("ms", "Dua lelaki bersenjata membunuh 21 orang, 20 pelancong asing dan seorang polis, di muzium di Tunis."),
])
def test_a_total_and_its_parts_count_once(gazetteer, lang, text):
    assert killed(events(text, lang, gazetteer)) == [21]


def test_a_list_of_groups_still_adds_up(gazetteer):
    assert killed(events("Gunmen killed three soldiers, two policemen and a civilian in Kandahar.", "en", gazetteer)) == [6]


@pytest.mark.parametrize("lang,text", [
    ("id", "Seorang anggota polisi dan pelaku tewas setelah ledakan di Makassar."),
    ("ms", "Seorang anggota polis dan penyerang terbunuh dalam letupan di Pattani."),
    ("en", "A police officer and the attacker were killed in the blast in Kandahar."),
    ("fr", "Un policier et l'assaillant ont été tués dans l'explosion à Bamako."),
    ("es", "Un policía y el atacante murieron en la explosión en Cali."),
    ("it", "Un poliziotto e l'attentatore sono morti nell'esplosione a Palermo."),
    ("de", "Ein Polizist und der Attentäter wurden bei der Explosion in Kabul getötet."),
    ("ru", "В результате взрыва в Махачкале погибли полицейский и смертник."),
    ("tr", "Kayseri'deki patlamada bir polis ve saldırgan hayatını kaybetti."),
])
def test_a_victim_and_the_attacker_are_two(gazetteer, lang, text):
    assert killed(events(text, lang, gazetteer)) == [2]


@pytest.mark.parametrize("lang,text", [
    ("es", "Tres mujeres y seis menores, miembros de familias de origen mormón emparentadas con los LeBarón, fueron asesinados ayer en una emboscada en Bavispe."),
    ("en", "Three women and six children, members of a Mormon family with ties to the LeBaron clan, were killed on Monday in an ambush near Bavispe."),
    ("fr", "Trois femmes et six enfants, membres d'une famille mormone liée au clan LeBarón, ont été tués lundi dans une embuscade près de Bavispe."),
    ("it", "Tre donne e sei bambini, membri di una famiglia mormone legata al clan LeBarón, sono stati uccisi lunedì in un'imboscata vicino a Bavispe."),
    ("id", "Tiga perempuan dan enam anak, anggota keluarga Mormon yang terkait dengan klan LeBaron, tewas dalam penyergapan di dekat Bavispe."),
    ("ms", "Tiga wanita dan enam kanak-kanak, ahli sebuah keluarga Mormon yang berkaitan dengan klan LeBaron, terbunuh dalam serangan hendap berhampiran Bavispe."),
])
def test_the_subjects_long_apposition_keeps_the_toll(gazetteer, lang, text):
    assert killed(events(text, lang, gazetteer)) == [9]
