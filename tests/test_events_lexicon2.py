"""Event detection, typing and counts, second part: comparisons with the past ('the deadliest
attack since …'), negations after the trigger, and the other phenomena of unseen articles.
Sentences written for these tests; no gazetteer needed."""
from __future__ import annotations

import pytest
from conftest import events_of

from geomap.events import extract_events


def types_of(lang: str, text: str) -> set[str]:
    return {e.type for e in events_of(lang, text) if not e.negated}


@pytest.mark.parametrize("lang,text", [
    ("en", "In one of the deadliest attacks since the start of the war, two missiles hit a barracks on Tuesday."),
    ("de", "Bei einem der schwersten Angriffe seit Kriegsbeginn trafen zwei Raketen am Montag eine Kaserne."),
    ("fr", "Lors de l'attaque la plus meurtrière depuis le début de la guerre, deux missiles ont frappé une caserne."),
    ("es", "En el ataque más mortífero desde el inicio de la guerra, dos misiles alcanzaron un cuartel."),
    ("it", "Nel più grave attacco dall'inizio della guerra, due missili hanno colpito una caserma."),
    ("ru", "В ходе одного из самых мощных ударов с начала войны две ракеты попали в казарму."),
    ("id", "Dalam serangan terbesar sejak awal perang, dua rudal menghantam sebuah barak."),
])
def test_a_superlative_since_the_war_began_is_news_not_a_tally(lang, text):
    assert types_of(lang, text) & {"shelling_airstrike", "armed_clash"}, \
        [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "The war has killed 300 people since the start of the war."),
    ("de", "Seit Kriegsbeginn wurden in der Region 300 Menschen getötet."),
])
def test_a_tally_since_the_war_began_is_still_no_happening(lang, text):
    assert not types_of(lang, text), [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("text", [
    "Auch die Hafenstadt wurde beschossen; verletzt wurde nach Angaben der Polizei niemand.",
    "Das Dorf wurde am Abend beschossen, getötet wurde dabei keiner.",
])
def test_a_german_negation_closing_the_clause_denies_the_toll(text):
    evs = events_of("de", text)
    assert {e.type for e in evs if not e.negated} == {"shelling_airstrike"}, [(e.type, e.negated) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "At least 40 people, mostly soldiers and militiamen (VDP), were killed on Monday."),
    ("fr", "Au moins quarante personnes, en majorité des soldats, ont été tuées lundi."),
    ("de", "Mindestens 40 Menschen, überwiegend Soldaten, wurden am Montag getötet."),
    ("es", "Al menos 40 personas, en su mayoría soldados, murieron el lunes."),
    ("it", "Almeno 40 persone, per lo più soldati, sono morte lunedì."),
    ("ru", "Не менее 40 человек, в основном военные, погибли в понедельник."),
    ("tr", "En az 40 kişi, çoğu asker, pazartesi günü hayatını kaybetti."),
    ("id", "Sedikitnya 40 orang, sebagian besar tentara, tewas pada Senin."),
    ("ms", "Sekurang-kurangnya 40 orang, kebanyakannya askar, terbunuh pada Isnin."),
])
def test_a_toll_with_who_most_victims_were_keeps_its_figure(lang, text):
    assert [e.killed for e in events_of(lang, text) if e.type == "casualties"] == [40], \
        [(e.type, e.killed) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "A military convoy of thirty trucks reached the border town on Friday."),
    ("en", "Armed columns headed towards the capital overnight."),
    ("fr", "Un convoi de blindés est arrivé dans la ville vendredi."),
    ("fr", "Des colonnes armées se sont dirigées vers la capitale."),
    ("es", "Un convoy militar llegó a la ciudad el viernes."),
    ("es", "Varias columnas armadas se dirigieron hacia la capital."),
    ("it", "Colonne armate partite dal porto si sono dirette verso la capitale."),
    ("it", "Un convoglio militare è arrivato in città venerdì."),
    ("de", "Ein Militärkonvoi erreichte am Freitag die Grenzstadt."),
    ("de", "Eine Kolonne gepanzerter Fahrzeuge rollte in Richtung Hauptstadt."),
    ("ru", "Колонна военной техники вошла в город в пятницу."),
    ("tr", "Zırhlı araçlardan oluşan bir konvoy cuma günü sınır kentine ulaştı."),
    ("id", "Konvoi kendaraan militer tiba di kota itu pada Jumat."),
    ("ms", "Konvoi kenderaan tentera tiba di bandar itu pada Jumaat."),
])
def test_a_military_convoy_or_column_on_the_move_is_a_deployment(lang, text):
    assert "military_alert_deployment" in types_of(lang, text), \
        [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "An aid convoy reached the camp on Friday."),
    ("fr", "Un convoi humanitaire est arrivé dans le camp."),
    ("es", "Un convoy humanitario llegó al campamento."),
    ("it", "Un convoglio di aiuti è arrivato al campo."),
    ("de", "Ein Hilfskonvoi erreichte das Lager."),
    ("ru", "Гуманитарный конвой прибыл в лагерь."),
    ("tr", "İnsani yardım konvoyu kampa ulaştı."),
    ("id", "Konvoi bantuan tiba di kamp pengungsi."),
    ("ms", "Konvoi bantuan tiba di kem pelarian."),
])
def test_an_aid_convoy_is_no_deployment(lang, text):
    assert "military_alert_deployment" not in types_of(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "A counter-terrorism operation regime was introduced in the city."),
    ("ru", "В городе введён режим контртеррористической операции."),
    ("fr", "Un régime d'opération antiterroriste a été instauré dans la ville."),
    ("de", "In der Stadt wurde ein Anti-Terror-Regime verhängt."),
    ("tr", "Kentte terörle mücadele operasyonu rejimi ilan edildi."),
    ("es", "Se impuso un régimen de operación antiterrorista en la ciudad."),
    ("it", "In città è stato introdotto il regime di operazione antiterrorismo."),
])
def test_a_counter_terrorism_regime_is_an_alert_not_a_clash(lang, text):
    assert types_of(lang, text) == {"military_alert_deployment"}, \
        [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Six gunmen were neutralised during the shootout."),
    ("ru", "Шестеро боевиков ликвидированы в ходе перестрелки."),
    ("fr", "Six assaillants ont été neutralisés."),
    ("es", "Seis atacantes fueron neutralizados."),
    ("it", "Sei assalitori sono stati neutralizzati."),
    ("de", "Sechs Angreifer wurden neutralisiert."),
    ("tr", "Altı saldırgan etkisiz hale getirildi."),
    ("id", "Enam penyerang dinetralisir oleh aparat."),
])
def test_attackers_neutralised_are_a_toll(lang, text):
    assert [e.killed for e in events_of(lang, text) if e.type == "casualties"] == [6], \
        [(e.type, e.killed) for e in events_of(lang, text)]


def test_an_appeal_closing_its_clause_has_the_next_clause_as_content():
    text = "Der Präsident forderte die Partner erneut auf, mehr Munition zu liefern und Angriffe auf Stellungen zu erlauben."
    assert types_of("de", text) == {"appeal_demand"}, [(e.type, e.trigger) for e in events_of("de", text)]
    # a clause opened by a word of its own is news of its own
    text = "Der Präsident forderte die Partner erneut auf, aber die Angriffe gingen weiter."
    assert "armed_clash" in types_of("de", text)


def test_battles_counted_in_a_later_paragraph_about_another_town_are_news(gazetteer):
    from geomap.places import find_places
    from geomap.read import read_article
    text = ("Russian missiles hit a barracks in Poltava on Tuesday.\n\n"
            "In the east, Russian troops keep advancing on the town of Pokrovsk. "
            "The general staff counted more than 40 battles there on Tuesday.")
    doc = read_article("Report of the day\n\n" + text, lang="en", date="2024-09-04", is_text=True)
    find_places(doc, gazetteer=gazetteer)
    evs = extract_events(doc, gazetteer=gazetteer).events
    got = {(e.type, e.location.name if e.location else None) for e in evs}
    assert ("armed_clash", "Pokrovsk") in got, got


@pytest.mark.parametrize("lang,text", [
    ("en", "The minister attributed the attack to a splinter group."),
    ("es", "El ministro atribuyó la ofensiva a un grupo disidente."),
    ("fr", "Le ministre a attribué l'attaque à un groupe dissident."),
    ("it", "Il ministro ha attribuito l'attacco a un gruppo dissidente."),
    ("ru", "Группировка взяла на себя ответственность за нападение."),
    ("tr", "Saldırıyı örgüt üstlendi."),
    ("id", "Kelompok itu mengaku bertanggung jawab atas serangan tersebut."),
])
def test_an_attack_attributed_or_claimed_is_the_one_told_not_a_new_one(lang, text):
    got = types_of(lang, text)
    assert "accusation_statement" in got and not got & {"armed_clash", "shelling_airstrike"}, \
        [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("es", "La patrulla fue atacada cerca del puesto fronterizo."),
    ("es", "Hombres armados atacaron un cuartel de la policía."),
])
def test_spanish_participles_of_attacking(lang, text):
    assert "armed_clash" in types_of(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "More than 300 inmates escaped from the central prison during the raid."),
    ("fr", "Plus de 300 détenus se sont évadés pendant l'assaut."),
    ("es", "Más de 300 presos se fugaron durante el asalto."),
    ("it", "Più di 300 detenuti sono evasi durante l'assalto."),
    ("de", "Mehr als 300 Häftlinge sind während des Angriffs aus dem Gefängnis ausgebrochen."),
    ("ru", "Более 300 заключённых сбежали из тюрьмы во время нападения."),
    ("tr", "Saldırı sırasında 300'den fazla mahkum cezaevinden kaçtı."),
    ("id", "Lebih dari 300 narapidana kabur dari lapas saat serangan."),
    ("ms", "Lebih 300 banduan melarikan diri dari penjara semasa serangan."),
])
def test_a_prison_escape_is_a_release_not_a_detention(lang, text):
    got = types_of(lang, text)
    assert "other" in got and "capture_detention" not in got, \
        [(e.type, e.trigger) for e in events_of(lang, text)]


def test_a_capture_of_an_unknown_named_airport_is_a_change_of_territory():
    assert types_of("en", "The rebels had captured Kavuka airport on Friday.") == {"territory_change"}
    assert types_of("en", "The rebels captured two soldiers on Friday.") == {"capture_detention"}


@pytest.mark.parametrize("lang,text", [
    ("en", "The ministry first denied the reports, but on Monday the authorities admitted that fighting in the town had stopped."),
    ("ru", "Министерство сначала опровергало сообщения, однако в понедельник власти признали, что бои в городе прекратились."),
    ("fr", "Le ministère a d'abord démenti ces informations, mais lundi les autorités ont admis que les combats avaient cessé dans la ville."),
])
def test_a_denial_does_not_reach_across_a_clause_of_its_own(lang, text):
    assert "armed_clash" in types_of(lang, text), [(e.type, e.negated) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "The ministry denied that its troops had opened fire."),
    ("ru", "Министерство опровергло сообщения об обстреле."),
])
def test_a_denial_still_negates_what_it_denies(lang, text):
    assert not types_of(lang, text) & {"armed_clash", "shelling_airstrike"}


def test_fighting_that_broke_out_is_no_prison_escape():
    text = "Am Sonntag waren heftige Kämpfe zwischen den Milizen ausgebrochen."
    assert types_of("de", text) == {"armed_clash"}
    assert "other" not in types_of("it", "L'evasione fiscale è cresciuta del dieci per cento.")


@pytest.mark.parametrize("lang,text", [
    ("en", "The group said its commander had been killed overnight."),
    ("fr", "Le groupe a annoncé que son commandant avait été tué dans la nuit."),
    ("es", "El grupo informó de que su comandante había sido asesinado durante la noche."),
    ("it", "Il gruppo ha detto che il suo comandante era stato ucciso nella notte."),
    ("de", "Die Gruppe teilte mit, ihr Kommandeur war in der Nacht getötet worden."),
    ("ru", "Группировка сообщила, что её командир был застрелен ночью."),
])
def test_one_victim_told_in_the_pluperfect(lang, text):
    assert [e.killed for e in events_of(lang, text) if e.type == "casualties"] == [1], \
        [(e.type, e.killed) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Ten missiles were intercepted over the Belgorod region on Sunday, the ministry said."),
    ("ru", "В воскресенье над Белгородской областью были перехвачены десять ракет."),
    ("it", "Domenica dieci missili sono stati intercettati nei cieli di Belgorod."),
])
def test_missiles_intercepted_over_a_region_are_placed_there(lang, text, gazetteer):
    from geomap.places import find_places
    from geomap.read import read_article
    doc = read_article("Report of the day\n\n" + text, lang=lang, date="2024-05-13", is_text=True)
    find_places(doc, gazetteer=gazetteer)
    evs = extract_events(doc, gazetteer=gazetteer).events
    got = [(e.type, e.location.name if e.location else None) for e in evs]
    assert any(t == "shelling_airstrike" and w and "Belgorod" in w for t, w in got), got


@pytest.mark.parametrize("lang,text", [
    ("fr", "Une voiture piégée a explosé devant le commissariat, tuant quatre policiers et blessant dix passants."),
    ("es", "Un coche bomba explotó frente a la comisaría, matando a cuatro policías e hiriendo a diez transeúntes."),
    ("ru", "Смертник подорвал себя у блокпоста, убив четырёх полицейских и ранив десять прохожих."),
    ("en", "A car bomb exploded outside the police station, killing four officers and wounding ten passers-by."),
])
def test_a_toll_told_with_participles_after_the_blast(lang, text):
    evs = events_of(lang, text)
    assert [(e.killed, e.wounded) for e in evs] == [(4, 10)], [(e.type, e.killed, e.wounded) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Вооружённые люди похитили 25 школьниц."),
    ("tr", "Silahlı kişiler 25 öğrenciyi kaçırdı."),
    ("es", "Hombres armados secuestraron a 25 estudiantes."),
    ("id", "Kelompok bersenjata menculik 25 siswi."),
])
def test_the_number_abducted(lang, text):
    assert [e.captured for e in events_of(lang, text)] == [25], events_of(lang, text)


def test_russian_militants_are_no_fighting():
    assert types_of("ru", "Боевики захватили пограничный пункт пропуска.") == {"territory_change"}
    assert types_of("ru", "Боевые действия продолжаются.") == {"armed_clash"}


@pytest.mark.parametrize("lang,text", [
    ("en", "Israeli tanks pushed into the eastern districts of the town on Monday."),
    ("de", "Panzer drangen am Montag in den Ostteil der Stadt vor."),
    ("id", "Tank-tank memasuki bagian timur kota pada Senin."),
    ("fr", "Les chars sont entrés dans la partie est de la ville."),
])
def test_tanks_pushing_into_part_of_a_town_change_its_control(lang, text):
    assert "territory_change" in types_of(lang, text), [(e.type, e.trigger) for e in events_of(lang, text)]


def test_people_still_missing_are_a_toll():
    evs = events_of("en", "Another 20 people remain missing after the attack.")
    assert [(e.type, e.missing) for e in evs] == [("casualties", 20)]


@pytest.mark.parametrize("lang,text", [
    ("en", "On Friday, thousands of people had gathered in the main square to back the junta."),
    ("fr", "Vendredi, des milliers de personnes s'étaient rassemblées sur la place pour soutenir la junte."),
    ("es", "El viernes, miles de personas se reunieron en la plaza para apoyar a la junta."),
    ("it", "Venerdì migliaia di persone si erano radunate in piazza per sostenere la giunta."),
    ("de", "Am Freitag hatten sich Tausende auf dem Platz versammelt, um die Junta zu unterstützen."),
    ("ru", "В пятницу тысячи человек собрались на площади в поддержку хунты."),
    ("tr", "Cuma günü binlerce kişi cuntayı desteklemek için meydanda toplandı."),
    ("id", "Pada Jumat, ribuan orang berkumpul di alun-alun untuk mendukung junta."),
    ("ms", "Pada Jumaat, ribuan orang berkumpul di dataran untuk menyokong junta."),
])
def test_thousands_gathering_in_a_square_are_a_demonstration(lang, text):
    assert "protest" in types_of(lang, text), [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "More than 7,000 people have been killed in the insurgency in the southern provinces since 2004."),
    ("ms", "Lebih 7,000 orang terbunuh dalam konflik di wilayah selatan negara itu sejak 2004."),
    ("id", "Lebih dari 7.000 orang tewas dalam konflik di wilayah selatan negara itu sejak 2004."),
    ("fr", "Plus de 7 000 personnes ont été tuées dans l'insurrection des provinces du sud depuis 2004."),
    ("es", "Más de 7.000 personas han muerto en la insurgencia de las provincias del sur desde 2004."),
])
def test_a_toll_since_a_past_year_far_in_its_clause_is_a_running_total(lang, text):
    assert "casualties" not in types_of(lang, text), [(e.type, e.killed) for e in events_of(lang, text)]


@pytest.mark.parametrize("text,killed,wounded", [
    ("Погибли пятеро военнослужащих и мирный житель.", 6, None),
    ("Ранены трое полицейских и водитель.", None, 4),
    ("В результате удара погибли двое детей и женщина.", 3, None),
    ("Погибли пятеро военнослужащих и мирные жители.", 5, None),     # plural: no figure to add
])
def test_a_russian_list_of_victims_ending_in_one_singular_noun(text, killed, wounded):
    assert [(e.killed, e.wounded) for e in events_of("ru", text)] == [(killed, wounded)]


@pytest.mark.parametrize("lang,text", [
    ("ms", "Sistem pertahanan udara memintas sepuluh peluru berpandu."),
    ("id", "Sistem pertahanan udara mencegat sepuluh rudal."),
    ("en", "Air defence systems intercepted 25 drones overnight."),
])
def test_an_interception_of_missiles_is_a_strike_not_a_capture(lang, text):
    assert types_of(lang, text) == {"shelling_airstrike"}, [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Rebels walked into the centre of the city on Sunday, meeting little resistance."),
    ("fr", "Les rebelles sont entrés dans la ville sans rencontrer de résistance."),
    ("es", "Los rebeldes entraron en la ciudad sin encontrar resistencia."),
    ("it", "I ribelli sono entrati in città senza incontrare resistenza."),
    ("ru", "Повстанцы вошли в город, не встретив сопротивления."),
    ("tr", "İsyancılar direnişle karşılaşmadan kente girdi."),
    ("id", "Pemberontak memasuki kota tanpa menemui perlawanan."),
    ("ms", "Pemberontak memasuki bandar tanpa menemui tentangan."),
])
def test_meeting_resistance_is_no_meeting(lang, text):
    assert types_of(lang, text) == {"territory_change"}, [(e.type, e.trigger) for e in events_of(lang, text)]


def test_the_attack_named_again_in_a_later_paragraph_stays_a_re_mention(gazetteer):
    from geomap.places import find_places
    from geomap.read import read_article
    text = ("Russian missiles hit a barracks in Poltava on Tuesday.\n\n"
            "The governor of Kharkiv region spoke on television on Tuesday. "
            "He called the attack an attempt to intimidate the population.")
    doc = read_article("Report of the day\n\n" + text, lang="en", date="2024-09-04", is_text=True)
    find_places(doc, gazetteer=gazetteer)
    evs = extract_events(doc, gazetteer=gazetteer).events
    got = [(e.type, e.location.name if e.location else None) for e in evs]
    assert not any(w and "Kharkiv" in w for _, w in got), got


def test_a_war_over_a_region_is_not_where_the_fighting_is(gazetteer):
    from geomap.places import find_places
    from geomap.read import read_article
    text = ("Armenian and Azerbaijani troops clashed along their shared border on Tuesday, in the "
            "heaviest fighting since the 2020 war over Nagorno-Karabakh.")
    doc = read_article("Report of the day\n\n" + text, lang="en", date="2021-11-17", is_text=True)
    find_places(doc, gazetteer=gazetteer)
    evs = extract_events(doc, gazetteer=gazetteer).events
    assert [e.location.place_id for e in evs if e.location] == ["geomap:border-am-az"], \
        [(e.type, e.location.name if e.location else None) for e in evs]


@pytest.mark.parametrize("text,killed,wounded", [
    ("Der Angriff forderte neun Tote und 23 Verletzte.", 9, 23),
    ("Der Anschlag hat mindestens zwölf Menschenleben gefordert.", 12, None),
])
def test_a_german_attack_that_claims_lives_is_no_demand(text, killed, wounded):
    evs = events_of("de", text)
    assert [(e.type, e.killed, e.wounded) for e in evs] == [("casualties", killed, wounded)]
    assert types_of("de", "Die Regierung forderte eine sofortige Waffenruhe.") == {"appeal_demand"}


@pytest.mark.parametrize("lang,text", [
    ("en", "The army imposed a curfew in the city."),
    ("en", "Authorities declared a state of emergency in the province."),
    ("fr", "L'armée a instauré un couvre-feu dans la ville."),
    ("es", "El ejército impuso un toque de queda en la ciudad."),
    ("it", "L'esercito ha imposto il coprifuoco in città."),
    ("de", "Die Armee verhängte eine Ausgangssperre über die Stadt."),
    ("ru", "Военные ввели комендантский час в городе."),
    ("tr", "Ordu kentte sokağa çıkma yasağı ilan etti."),
    ("id", "Militer memberlakukan jam malam di kota itu."),
    ("ms", "Tentera mengenakan perintah berkurung di bandar itu."),
])
def test_a_curfew_is_an_alert(lang, text):
    assert types_of(lang, text) == {"military_alert_deployment"}, [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "The navy seized an oil tanker on Friday."),
    ("fr", "La marine a arraisonné un pétrolier vendredi."),
    ("es", "La armada apresó un buque petrolero el viernes."),
    ("it", "La marina ha sequestrato una nave cisterna venerdì."),
    ("de", "Die Miliz kaperte am Freitag einen Tanker."),
    ("ru", "ВМС захватили танкер в пятницу."),
    ("id", "Angkatan laut menyita kapal tanker pada Jumat."),
    ("ms", "Tentera laut merampas sebuah kapal tangki pada Jumaat."),
])
def test_a_ship_seized_is_a_capture_not_a_change_of_territory(lang, text):
    assert types_of(lang, text) == {"capture_detention"}, [(e.type, e.trigger) for e in events_of(lang, text)]


def test_ambassadors_recalled():
    assert types_of("en", "Both countries recalled their ambassadors.") == {"other"}


@pytest.mark.parametrize("text,want", [
    ("İsrail ordusu kente kara harekâtı başlattı.", {"armed_clash"}),
    ("Kent merkezine iki roket mermisi düştü.", {"shelling_airstrike"}),
    ("Kent muhaliflerin eline düştü.", {"territory_change"}),
])
def test_turkish_ground_operations_and_rockets_that_fell(text, want):
    assert types_of("tr", text) == want, [(e.type, e.trigger) for e in events_of("tr", text)]


@pytest.mark.parametrize("lang,text", [
    ("it", "Un razzo è caduto su un quartiere residenziale."),
    ("es", "Un cohete cayó sobre un barrio residencial."),
])
def test_a_rocket_that_fell_is_a_strike(lang, text):
    assert types_of(lang, text) == {"shelling_airstrike"}, [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "The ministry said its forces destroyed two enemy tanks near the village."),
    ("fr", "L'armée affirme avoir détruit deux chars ennemis."),
    ("es", "El ejército afirmó haber destruido dos tanques enemigos."),
    ("it", "L'esercito afferma di aver distrutto due carri armati nemici."),
    ("de", "Die Armee hat nach eigenen Angaben zwei Panzer zerstört."),
    ("ru", "Минобороны сообщило об уничтожении склада боеприпасов."),
    ("tr", "Bölgedeki iki tank imha edildi."),
    ("id", "Militer mengklaim menghancurkan dua tank musuh."),
    ("ms", "Tentera mendakwa memusnahkan dua kereta kebal musuh."),
])
def test_enemy_equipment_destroyed_is_fighting(lang, text):
    assert types_of(lang, text) & {"armed_clash", "shelling_airstrike"}, \
        [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Армия восстановила контроль над городом."),
    ("tr", "Ordu kentin kontrolünü yeniden sağladı."),
])
def test_control_regained(lang, text):
    assert types_of(lang, text) == {"territory_change"}


@pytest.mark.parametrize("lang,text", [
    ("de", "Hunderte zogen durch die Straßen der Hauptstadt."),
    ("de", "Tausende marschierten zum Parlament."),
    ("tr", "Binlerce kişi meclise doğru yürüdü."),
    ("fr", "Des milliers de personnes ont marché vers le parlement."),
    ("it", "Migliaia di persone hanno marciato verso il parlamento."),
])
def test_crowds_marching_are_a_demonstration(lang, text):
    assert types_of(lang, text) == {"protest"}, [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("ru", "О пострадавших не сообщается."),
    ("ru", "Пострадавших нет."),
    ("ms", "Tiada kecederaan dilaporkan."),
    ("tr", "Saldırıda ölen ya da yaralanan olmadı."),
    ("en", "No one was hurt in the attack."),
])
def test_a_toll_denied_is_no_victim(lang, text):
    evs = events_of(lang, text)
    assert not any(e.type == "casualties" and not e.negated for e in evs), [(e.type, e.negated) for e in evs]
    assert not any((e.killed or 0) + (e.wounded or 0) for e in evs), [(e.type, e.killed, e.wounded) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "The ceasefire was violated within hours."),
    ("fr", "Le cessez-le-feu a été violé quelques heures plus tard."),
    ("es", "El alto el fuego fue violado pocas horas después."),
    ("it", "La tregua è stata violata poche ore dopo."),
    ("de", "Die Waffenruhe wurde nach wenigen Stunden gebrochen."),
    ("ru", "Режим прекращения огня был нарушен через несколько часов."),
    ("tr", "Ateşkes birkaç saat içinde ihlal edildi."),
    ("ms", "Gencatan senjata dilanggar beberapa jam kemudian."),
])
def test_a_ceasefire_told_as_violated_is_a_violation(lang, text):
    evs = events_of(lang, text)
    assert [e.cameo for e in evs] == ["196"], [(e.type, e.cameo) for e in evs]


def test_people_injured_beside_a_ceasefire_are_no_violation():
    evs = events_of("de", "Mindestens zehn Menschen wurden verletzt, die Waffenruhe hält.")
    assert [(e.type, e.wounded) for e in evs if e.type != "ceasefire_agreement"] == [("casualties", 10)], \
        [(e.type, e.trigger) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("id", "Pada Kamis, puluhan rudal ditembakkan ke arah Haifa."),
    ("ms", "Pada Khamis, puluhan peluru berpandu dilancarkan ke arah Haifa."),
])
def test_missiles_fired_towards_a_town_are_placed_there(lang, text, gazetteer):
    from geomap.places import find_places
    from geomap.read import read_article
    doc = read_article("Laporan hari ini\n\n" + text, lang=lang, date="2025-06-20", is_text=True)
    find_places(doc, gazetteer=gazetteer)
    evs = extract_events(doc, gazetteer=gazetteer).events
    got = [(e.type, e.location.name if e.location else None) for e in evs]
    assert ("shelling_airstrike", "Haifa") in got, got


@pytest.mark.parametrize("text,want", [
    ("Israeli strikes on the city continued overnight.", {"shelling_airstrike"}),
    ("The army carried out a strike on a rebel depot.", {"shelling_airstrike"}),
    ("The air force launched strikes against militant positions.", {"shelling_airstrike"}),
    ("Workers went on strike over unpaid wages.", set()),
    ("A general strike paralysed the capital.", set()),
    ("The prisoner has been on hunger strike for a month.", set()),
])
def test_english_strikes_on_a_target_not_labour_strikes(text, want):
    assert types_of("en", text) == want, [(e.type, e.trigger) for e in events_of("en", text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "It was the first Israeli strike on the capital since January."),
    ("it", "È il primo scontro mortale lungo il confine dalla fine della guerra."),
    ("fr", "Ce sont les affrontements les plus meurtriers depuis la guerre de 2020."),
])
def test_a_happening_weighed_against_the_past_is_not_told_anew(lang, text):
    assert not types_of(lang, text) & {"shelling_airstrike", "armed_clash"}, \
        [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text,killed,wounded", [
    ("es", "La cifra de fallecidos asciende a 58, con más de 200 heridos.", 58, 200),
    ("id", "Jumlah korban tewas bertambah menjadi 58 orang, sementara lebih dari 200 lainnya luka-luka.", 58, 200),
    ("fr", "Le bilan s'élève à 58 morts et plus de 200 blessés.", 58, 200),
    ("en", "The death toll has climbed to 58, with more than 200 injured.", 58, 200),
])
def test_a_rising_toll_keeps_the_wounded_told_as_more_than(lang, text, killed, wounded):
    assert [(e.killed, e.wounded) for e in events_of(lang, text)] == [(killed, wounded)]


@pytest.mark.parametrize("lang,text", [
    ("en", "The town was captured by rebels on Sunday."),
    ("fr", "La ville a été prise par les rebelles dimanche."),
    ("fr", "La ville a été capturée par les rebelles."),
    ("es", "La ciudad fue capturada por los rebeldes el domingo."),
    ("es", "La ciudad fue tomada por los rebeldes."),
    ("ru", "Город был захвачен боевиками в воскресенье."),
    ("tr", "Kent isyancılar tarafından ele geçirildi."),
    ("ms", "Bandar itu ditawan pemberontak pada Ahad."),
])
def test_a_town_captured_in_the_passive_changes_hands(lang, text):
    assert types_of(lang, text) == {"territory_change"}, [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Two soldiers were captured by rebels on Sunday."),
    ("tr", "Sınır bölgesinde iki asker esir alındı."),
    ("ms", "Empangan itu yang dikuasai Rusia musnah awal pagi tadi."),
])
def test_people_captured_or_a_state_of_control_are_no_change_of_hands(lang, text):
    assert "territory_change" not in types_of(lang, text), [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Tanks were moved closer to the frontier."),
    ("fr", "Des chars ont été déplacés vers la frontière."),
    ("es", "Los tanques fueron trasladados a la frontera."),
    ("it", "I carri armati sono stati spostati verso il confine."),
    ("de", "Panzer wurden an die Grenze verlegt."),
    ("ru", "К границе стянуты войска."),
    ("tr", "Sınıra tank sevk edildi."),
])
def test_armour_moved_to_the_frontier_is_a_deployment(lang, text):
    assert types_of(lang, text) == {"military_alert_deployment"}, [(e.type, e.trigger) for e in events_of(lang, text)]


def test_the_wounded_taken_to_hospital_are_no_deployment():
    assert "military_alert_deployment" not in types_of("tr", "Yaralılar hastaneye sevk edildi.")
    assert "military_alert_deployment" not in types_of("en", "The hospital was moved to a safer area.")


@pytest.mark.parametrize("lang,text", [
    ("it", "La polizia ha disperso i manifestanti con i lacrimogeni."),
    ("ms", "Polis melepaskan gas pemedih mata ke arah penunjuk perasaan."),
    ("id", "Polisi menembakkan gas air mata ke arah massa."),
])
def test_police_dispersing_a_crowd_is_the_demonstration(lang, text):
    assert types_of(lang, text) == {"protest"}, [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text,killed", [
    # an Indonesian sentence read with the Malay lexicon (the two are often confused) and back
    ("ms", "Seorang pengebom bunuh diri meledakkan diri di stasiun dan menewaskan 26 orang.", 26),
    ("id", "Seorang pengebom berani mati meletupkan diri dan mengorbankan 26 orang.", 26),
])
def test_indonesian_and_malay_words_are_known_to_both_lexicons(lang, text, killed):
    assert [e.killed for e in events_of(lang, text)] == [killed], [(e.type, e.killed) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("es", "Doce soldados murieron el martes en el ataque. Otros 30 militares resultaron heridos."),
    ("tr", "Saldırıda 12 asker hayatını kaybetti. En az 30 kişinin de yaralandığı bildirildi."),
    ("ms", "Dua belas askar terbunuh dalam serangan itu. Sekurang-kurangnya 30 orang lagi cedera."),
    ("en", "Twelve soldiers were killed in the attack. Another 30 were wounded."),
    ("de", "Zwölf Soldaten wurden bei dem Angriff getötet. 30 weitere wurden verletzt."),
])
def test_a_later_toll_of_other_victims_is_its_own_event(lang, text):
    got = sorted((e.killed or 0, e.wounded or 0) for e in events_of(lang, text) if e.type == "casualties")
    assert got == [(0, 30), (12, 0)], [(e.type, e.killed, e.wounded, e.sentence[:30]) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text,want", [
    ("en", "Peacekeepers increased patrols around the two towns.", "military_alert_deployment"),
    ("fr", "L'armée a lancé des opérations de ratissage autour du village.", "military_alert_deployment"),
    ("es", "La policía reforzó los patrullajes en la zona.", "military_alert_deployment"),
    ("ru", "Военные усилили патрулирование в районе.", "military_alert_deployment"),
    ("id", "Aparat meningkatkan patroli di sekitar desa itu.", "military_alert_deployment"),
    ("tr", "Kontrol noktalarında güvenlik önlemleri artırıldı.", "military_alert_deployment"),
    ("en", "The police closed the two northern crossings on Sunday.", "other"),
    ("de", "Die Übergänge an der Grenze wurden am Sonntag geschlossen.", "other"),
    ("es", "Un líder criminal había desaparecido de la cárcel el domingo.", "other"),
])
def test_patrols_sweeps_closed_crossings_and_jailbreaks(lang, text, want):
    assert want in types_of(lang, text), [(e.type, e.trigger) for e in events_of(lang, text)]


def test_rioters_who_confront_the_police_are_a_violent_protest():
    evs = events_of("fr", "Des émeutiers ont affronté les forces de l'ordre jeudi soir.")
    assert [(e.type, e.cameo) for e in evs] == [("protest", "145")], [(e.type, e.cameo) for e in evs]


@pytest.mark.parametrize("lang,text,want", [
    ("fr", "Les violences ont éclaté en marge d'une mobilisation indépendantiste contre la réforme.", "protest"),
    ("en", "The mobilization against the reform drew thousands.", "protest"),
    ("es", "La movilización contra la reforma reunió a miles de personas.", "protest"),
    ("fr", "Le gouvernement a décrété la mobilisation générale.", "military_alert_deployment"),
])
def test_a_mobilisation_against_a_reform_is_a_protest_not_a_call_up(lang, text, want):
    assert types_of(lang, text) == {want}, [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("ru", "Задержанных отпустили во вторник."),
    ("en", "The detainees were released on Tuesday."),
])
def test_the_detained_released_are_a_release_not_an_arrest(lang, text):
    assert types_of(lang, text) == {"other"}, [(e.type, e.trigger) for e in events_of(lang, text)]


def test_an_arrest_then_a_release_stays_two_events():
    assert types_of("ru", "Полиция задержала пятерых, двоих позже отпустили.") == {"capture_detention", "other"}


@pytest.mark.parametrize("lang,text", [
    ("en", "He declared Wednesday a day of mourning for the dead assailants."),
    ("de", "Für Mittwoch kündigte er einen Trauertag für die drei getöteten Polizisten an."),
    ("ru", "В республике объявлен трёхдневный траур по погибшим."),
    ("fr", "Le président a décrété un deuil national pour les victimes."),
])
def test_mourning_for_the_dead_is_no_new_toll(lang, text):
    assert "casualties" not in types_of(lang, text), [(e.type, e.trigger) for e in events_of(lang, text)]


def test_a_toll_told_before_the_mourning_stays():
    evs = events_of("en", "The blast killed 30 people, and the government declared three days of mourning.")
    assert [(e.type, e.killed) for e in evs] == [("casualties", 30)]


@pytest.mark.parametrize("lang,text", [
    ("en", "After the attack, police stepped up patrols around the town."),
    ("fr", "Après l'attaque, la police a renforcé les patrouilles."),
    ("de", "Nach dem Angriff verstärkte die Polizei die Patrouillen."),
    ("id", "Usai ledakan, polisi memperketat penjagaan di gereja-gereja."),
    ("tr", "Ordu operasyonun ardından kontrol noktalarında önlemleri artırdı."),
])
def test_a_happening_named_as_the_time_of_another_is_the_one_told(lang, text):
    assert types_of(lang, text) == {"military_alert_deployment"}, [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Les habitants ont fui après l'offensive éclair de septembre 2023."),
    ("en", "Police arrested five people after an attack on a mosque killed 12."),
])
def test_an_earlier_happening_with_its_own_date_or_toll_is_still_told(lang, text):
    assert types_of(lang, text) & {"armed_clash", "casualties", "shelling_airstrike"}, \
        [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text,killed", [
    ("id", "Sebanyak 33 anggota kelompok separatis Front Pembebasan Rakyat (FPR) tewas dalam operasi itu.", 33),
    ("en", "At least 20 fighters of the National Liberation Army (ELN) were killed.", 20),
    ("it", "Nel 2013, 368 persone morirono davanti all'isola.", 368),
])
def test_an_acronym_in_brackets_does_not_cut_a_toll_from_its_verb(lang, text, killed):
    assert [e.killed for e in events_of(lang, text) if e.type == "casualties"] == [killed]


def test_mourning_for_a_victim_of_an_attack_told_before_is_no_new_attack():
    text = "The country held a day of mourning for a police officer killed when gunmen attacked a patrol."
    assert not types_of("en", text) & {"armed_clash", "casualties"}, [(e.type, e.trigger) for e in events_of("en", text)]


@pytest.mark.parametrize("lang,text", [
    ("id", "Pemerintah menuding para pembajak berkomunikasi dengan pengendali mereka di luar negeri."),
    ("ms", "Kerajaan menuduh perampas itu berhubung dengan pengendali mereka di luar negara."),
])
def test_a_handler_is_no_control_of_territory(lang, text):
    assert "territory_change" not in types_of(lang, text), [(e.type, e.trigger) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text", [
    ("en", "Police arrested several suspects and seized armoured vehicles, rifles and explosives."),
    ("tr", "Operasyonda çok sayıda silah ve mühimmat ele geçirildi."),
    ("es", "La policía incautó armas y explosivos en la casa."),
    ("id", "Polisi menyita senjata dan bahan peledak dari rumah itu."),
])
def test_weapons_seized_are_no_change_of_territory(lang, text):
    assert "territory_change" not in types_of(lang, text), [(e.type, e.trigger) for e in events_of(lang, text)]
    assert types_of("en", "Rebels seized the airport on Friday.") == {"territory_change"}
