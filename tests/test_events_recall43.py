"""Session-11 event recall (heldout25 round): roadblocks and road checks set up by the security
forces, attackers blowing themselves (or a car) up, a single hostage freed, families left
homeless; phrasings in all nine languages. Sentences written for these tests, run through the
real reader, geoparser and gazetteer."""
from __future__ import annotations

import pytest

from test_events_locate import events


def where(evs, typ):
    return sorted(e.location.name for e in evs if e.type == typ and e.location is not None and not e.negated)


def types(evs):
    return {e.type for e in evs if not e.negated}


@pytest.mark.parametrize("lang,text", [
    ("en", "After the shooting, roadblocks were set up around Kandahar."),
    ("en", "Police set up roadblocks on every road out of Kandahar."),
    ("fr", "Des barrages routiers ont été installés autour de Lyon."),
    ("de", "Die Polizei hat rund um Köln Straßensperren errichtet."),
    ("es", "El ejército instaló retenes en las salidas de Tumaco."),
    ("it", "I carabinieri hanno istituito posti di blocco intorno a Bari."),
    ("ru", "На въездах в Ростов выставлены блокпосты."),
    ("tr", "Saldırının ardından Malatya genelinde yol kontrolleri kuruldu."),
    ("id", "Polisi mendirikan pos penyekatan di pintu masuk Timika."),
    ("ms", "Sekatan jalan raya didirikan di semua laluan masuk ke Tawau."),
])
def test_roadblocks_set_up_are_a_deployment(gazetteer, lang, text):
    assert where(events("Serangan\n\n" + text, lang, gazetteer), "military_alert_deployment")


@pytest.mark.parametrize("lang,text", [
    ("en", "Two attackers blew themselves up at the entrance of the market in Kandahar."),
    ("fr", "Deux kamikazes se sont fait exploser devant le stade de Lyon."),
    ("de", "Vor dem Rathaus in Köln flog ein Lieferwagen in die Luft."),
    ("es", "Un atacante se hizo estallar frente a la alcaldía de Tumaco."),
    ("it", "Un'auto imbottita di tritolo è saltata in aria davanti al tribunale di Bari."),
    ("it", "Un attentatore si è fatto saltare in aria davanti alla stazione di Bari."),
    ("ru", "В Ростове взлетел на воздух жилой дом."),
    ("tr", "Malatya'da bir saldırgan kendini patlattı."),
    ("id", "Seorang pelaku meledakkan dirinya di depan gereja di Timika."),
    ("ms", "Seorang penyerang meletupkan dirinya di hadapan balai polis Tawau."),
])
def test_blowing_oneself_or_a_car_up_is_a_blast(gazetteer, lang, text):
    assert where(events("Attacco\n\n" + text, lang, gazetteer), "shelling_airstrike")


@pytest.mark.parametrize("lang,text", [
    ("fr", "À Lyon, l'otage retenu dans la pharmacie a été libéré dans la soirée."),
    ("es", "En Tumaco, el rehén retenido en la farmacia fue liberado por la noche."),
    ("it", "A Bari l'ostaggio trattenuto nella farmacia è stato liberato in serata."),
    ("de", "In Köln wurde die Geisel aus der Apotheke am Abend befreit."),
])
def test_a_single_hostage_freed_is_a_release_not_a_capture(gazetteer, lang, text):
    evs = events("Geiselnahme\n\n" + text, lang, gazetteer)
    assert where(evs, "other")
    assert not where(evs, "capture_detention")


@pytest.mark.parametrize("lang,text", [
    ("en", "After the blast in Kandahar, forty families were left homeless."),
    ("fr", "À Lyon, quarante familles se sont retrouvées sans abri après l'explosion."),
    ("de", "In Köln sind nach der Explosion vierzig Familien obdachlos."),
    ("es", "En Tumaco, cuarenta familias quedaron sin hogar tras la explosión."),
    ("it", "A Bari quaranta famiglie sono rimaste senza casa dopo l'esplosione."),
    ("ru", "В Ростове после взрыва сорок семей остались без жилья."),
    ("tr", "Malatya'da patlamanın ardından kırk aile evsiz kaldı."),
    ("id", "Di Timika, empat puluh keluarga kehilangan tempat tinggal setelah ledakan."),
    ("ms", "Di Tawau, empat puluh keluarga kehilangan tempat tinggal selepas letupan."),
])
def test_families_left_homeless_are_displaced(gazetteer, lang, text):
    assert "other" in types(events("Explosion\n\n" + text, lang, gazetteer))


@pytest.mark.parametrize("lang,text", [
    ("es", "No hubo familias sin hogar en Tumaco."),
    ("en", "No families were left homeless in Kandahar."),
])
def test_homeless_denied_stays_negated(gazetteer, lang, text):
    # the negator inside the phrase ('sin hogar') governs the shelter, a 'no' before it the happening
    assert "other" not in types(events("Explosion\n\n" + text, lang, gazetteer))


@pytest.mark.parametrize("lang,text", [
    ("es", "Según los vecinos, hombres armados instalaron retenes en los caminos de Tumaco."),
    ("en", "Villagers said gunmen erected roadblocks on the roads around Kandahar."),
])
def test_roadblocks_of_armed_men_are_no_deployment(gazetteer, lang, text):
    # only roadblocks set up (passive) or by the police or troops are a security deployment
    assert not where(events("Ataque\n\n" + text, lang, gazetteer), "military_alert_deployment")


@pytest.mark.parametrize("lang,text", [
    ("en", "Hunted by hundreds of police, the two gunmen hid in a farm near Kandahar."),
    ("fr", "Traqués par des centaines de policiers, les deux tireurs se sont cachés dans une ferme près de Lyon."),
    ("de", "In Köln machte die Polizei die ganze Nacht Jagd auf die Täter."),
    ("es", "Perseguidos por cientos de policías, los dos pistoleros se escondieron en una finca cerca de Tumaco."),
    ("it", "Braccati da centinaia di agenti, i due killer si sono nascosti in una fattoria vicino a Bari."),
    ("ru", "Полиция разыскивает нападавших в окрестностях Ростова."),
    ("tr", "Malatya'da kaçan iki şüpheli hâlâ aranıyor."),
    ("id", "Kedua pelaku diburu polisi di sekitar Timika."),
    ("ms", "Kedua-dua suspek diburu polis di sekitar Tawau."),
])
def test_attackers_hunted_by_the_police_are_a_deployment(gazetteer, lang, text):
    assert where(events("Attacco\n\n" + text, lang, gazetteer), "military_alert_deployment")


@pytest.mark.parametrize("lang,text,typ", [
    # a narrative in the present tense (German reports, Italian and Spanish chronicles)
    ("de", "In Köln erschießt der Angreifer einen Radfahrer.", "casualties"),
    ("de", "Vor der Moschee in Köln schießt er auf zwei Wachleute.", "armed_clash"),
    ("de", "In Köln nehmen Polizisten den Schützen am Nachmittag fest.", "capture_detention"),
    ("it", "A Bari il commando uccide due guardie giurate.", "casualties"),
    ("it", "A Bari i due banditi sparano contro la pattuglia.", "armed_clash"),
    ("es", "En Tumaco el sicario mata a un comerciante.", "casualties"),
    ("fr", "À Lyon, le forcené abat un policier.", "casualties"),
])
def test_violence_told_in_the_present(gazetteer, lang, text, typ):
    assert where(events("Attacco\n\n" + text, lang, gazetteer), typ)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le gouvernement tire sur la corde depuis des mois à Lyon."),
    ("es", "En Tumaco la inflación se dispara a niveles récord."),
])
def test_idioms_of_shooting_are_no_clash(gazetteer, lang, text):
    assert not where(events("Economía\n\n" + text, lang, gazetteer), "armed_clash")
