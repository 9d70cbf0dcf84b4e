"""Event detection, typing and counts, seventh part: tolls told as lives a happening cost, bodies
found, a Russian singular age adjective as one victim, figures of 'killed or injured' (no toll of
either), a figure far from its verb across short words. Sentences written for these tests."""
from __future__ import annotations

import pytest
from conftest import events_of

from test_events_locate import events


def found(lang: str, text: str) -> list[tuple[str, int | None]]:
    return sorted((e.type, e.killed) for e in events_of(lang, text) if not e.negated)


@pytest.mark.parametrize("lang,text,n", [
    ("en", "The shelling of the market cost the lives of at least nine traders.", 9),
    ("it", "Gli scontri tra clan rivali sono costati la vita ad almeno 17 persone.", 17),
    ("it", "L'agguato è costato la vita a cinque agenti.", 5),
    ("es", "Los enfrentamientos costaron la vida a 11 mineros el domingo.", 11),
    ("fr", "Les affrontements ont coûté la vie à au moins 23 villageois.", 23),
    ("de", "Die Gefechte kosteten mindestens 19 Soldaten das Leben.", 19),
    ("ru", "Столкновения унесли жизни 14 человек.", 14),
    ("tr", "Çatışmalar 27 kişinin hayatına mal oldu.", 27),
    ("id", "Bentrokan itu merenggut nyawa delapan warga.", 8),
    ("ms", "Pertempuran itu meragut nyawa enam penduduk kampung.", 6),
])
def test_lives_a_happening_cost_are_its_toll(lang, text, n):
    assert ("casualties", n) in found(lang, text), found(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Des corps gisaient encore jeudi dans les rues du quartier."),
    ("fr", "Plusieurs cadavres ont été retrouvés près du marché."),
    ("en", "Corpses were lying along the road out of the town."),
    ("it", "Decine di cadaveri sono stati trovati lungo la strada."),
    ("ru", "Трупы лежали на улицах поселка еще несколько дней."),
])
def test_bodies_found_are_a_toll(lang, text):
    assert "casualties" in {t for t, _ in found(lang, text)}, found(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("fr", "Deux corps d'armée ont été envoyés vers le nord du pays."),
    ("fr", "Le corps diplomatique a été convoqué au ministère."),
])
def test_a_corps_is_no_body(lang, text):
    assert "casualties" not in {t for t, _ in found(lang, text)}, found(lang, text)


@pytest.mark.parametrize("lang,text,cat", [
    ("ru", "Боевики убили 52-летнего звонаря у ворот храма.", "killed"),
    ("ru", "Осколком ранило 38-летнюю продавщицу.", "wounded"),
])
def test_a_russian_singular_age_adjective_is_one_victim(lang, text, cat):
    evs = [e for e in events_of(lang, text) if e.type == "casualties"]
    assert evs and getattr(evs[0], cat) == 1, [(e.type, e.killed, e.wounded) for e in evs]


def test_a_russian_plural_age_adjective_is_no_count():
    evs = [e for e in events_of("ru", "Боевики убили 40-летних охранников склада.") if e.type == "casualties"]
    assert evs and evs[0].killed is None


@pytest.mark.parametrize("lang,text", [
    ("en", "More than 800 people were killed, injured or abducted in the province last month."),
    ("en", "Some 60 people were killed or wounded in the raid."),
    ("fr", "Plus de 200 personnes ont été tuées ou blessées lors des combats."),
    ("es", "Unas 40 personas resultaron muertas o heridas en el ataque."),
    ("it", "Almeno 70 persone sono state uccise o ferite negli scontri."),
    ("de", "Mehr als 30 Menschen wurden getötet oder verletzt."),
    ("ru", "Более 50 человек были убиты или ранены при обстреле."),
    ("id", "Sedikitnya 20 orang tewas atau terluka dalam serangan itu."),
    ("ms", "Kira-kira 20 orang terbunuh atau cedera dalam serangan itu."),
])
def test_killed_or_injured_is_no_toll_of_either(lang, text):
    evs = [e for e in events_of(lang, text) if e.type == "casualties"]
    assert evs and all(e.killed is None and e.wounded is None for e in evs), \
        [(e.killed, e.wounded) for e in evs]


def test_killed_and_injured_still_count():
    evs = [e for e in events_of("en", "Twelve people were killed and 30 injured in the raid.")
           if e.type == "casualties"]
    assert (evs[0].killed, evs[0].wounded) == (12, 30)


@pytest.mark.parametrize("lang,text,n", [
    ("fr", "Onze soldats de la force régionale et de la mission de l'Union africaine ont été tués.", 11),
    ("fr", "Onze soldats de la force de l'ONU et de la mission de la SADC, dont six Tanzaniens, "
           "ont été tués samedi.", 11),
    ("es", "Nueve agentes de la policía de la provincia y de la guardia de la ciudad murieron el lunes.", 9),
])
def test_a_figure_reaches_its_verb_across_short_words(lang, text, n):
    assert ("casualties", n) in found(lang, text), found(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Regierung meldete, in Bat Jam sei ein Wohnhaus zerstört worden."),
])
def test_a_word_of_happening_inside_a_longer_place_name_is_no_trigger(gazetteer, lang, text):
    # 'bat' (asked) is an appeal word; 'Bat Jam' is a town
    assert "appeal_demand" not in {e.type for e in events(text, lang, gazetteer)}


@pytest.mark.parametrize("lang,text", [
    ("en", "The minister condemned the attacks on the northern villages in Geneva on Friday."),
    ("de", "Die Ministerin verurteilte die Angriffe auf die Dörfer im Norden in Genf."),
    ("fr", "Le ministre a dénoncé une attaque barbare contre les villages du nord."),
    ("es", "El ministro condenó los ataques contra las aldeas del norte."),
    ("it", "Il ministro ha condannato gli attacchi contro i villaggi del nord."),
])
def test_an_attack_condemned_is_the_statement_only(lang, text):
    got = {t for t, _ in found(lang, text)}
    assert got == {"accusation_statement"}, got


def test_an_attack_alleged_with_its_place_stays(gazetteer):
    evs = events("Headline\n\nThe governor accused Russia of shelling Kherson.", "en", gazetteer)
    assert "shelling_airstrike" in {e.type for e in evs}


@pytest.mark.parametrize("lang,text", [
    ("de", "In der Hafenstadt wurden in der Nacht mehrere Lagerhallen getroffen."),
    ("de", "Getroffen wurden vor allem Umspannwerke im Osten des Landes."),
    ("de", "Ziele waren mehrere Kasernen und ein Munitionsdepot."),
    ("en", "Several warehouses were hit in the port overnight."),
    ("fr", "Plusieurs entrepôts ont été touchés dans le port."),
    ("es", "Varios almacenes fueron alcanzados en el puerto durante la noche."),
    ("ru", "Несколько складов попали под удар в порту."),
    ("tr", "Limandaki depolar gece boyunca isabet aldı."),
    ("id", "Gudang-gudang di pelabuhan itu terkena serangan semalam."),
    ("ms", "Beberapa gudang di pelabuhan itu terkena serangan semalam."),
])
def test_targets_hit_told_in_the_passive_are_strikes(lang, text):
    assert "shelling_airstrike" in {t for t, _ in found(lang, text)}, found(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("de", "Eine Entscheidung über weitere Hilfen wurde noch nicht getroffen."),
    ("de", "Die Außenminister haben sich am Montag in Wien getroffen."),
    ("de", "Vorkehrungen für den Winter wurden bereits getroffen."),
    ("en", "Farmers were hit hard by the drought this year."),
    ("fr", "La région a été durement touchée par la sécheresse."),
])
def test_decisions_taken_and_hardships_are_no_strikes(lang, text):
    assert "shelling_airstrike" not in {t for t, _ in found(lang, text)}, found(lang, text)


def test_a_toll_of_killed_or_injured_is_a_toll_of_its_own():
    text = ("Gunmen killed four police officers in the capital on Monday.\n\n"
            "The United Nations says more than 900 people were killed, injured or abducted in the "
            "country in February alone.")
    evs = [e for e in events_of("en", text) if e.type == "casualties" and not e.negated]
    assert len(evs) == 2 and sorted(e.killed or 0 for e in evs) == [0, 4], \
        [(e.killed, e.sentence[:30]) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "Residents reported troop movements near the border crossing on Monday."),
    ("fr", "Des habitants ont signalé des mouvements de troupes près du poste frontière."),
    ("de", "Anwohner berichteten von Truppenbewegungen nahe dem Grenzübergang."),
    ("es", "Los vecinos informaron de movimientos de tropas cerca del paso fronterizo."),
    ("it", "Gli abitanti hanno segnalato movimenti di truppe vicino al valico."),
    ("ru", "Жители сообщили о передвижении войск у пограничного перехода."),
    ("tr", "Sınır kapısı yakınında askeri hareketlilik gözlendi."),
    ("id", "Warga melaporkan pergerakan pasukan di dekat pos perbatasan."),
    ("ms", "Penduduk melaporkan pergerakan tentera berhampiran pos sempadan."),
    ("ms", "Kerajaan berkata kehadiran tentera dipertingkat di daerah itu."),
    ("ms", "Seramai 200 anggota tambahan dihantar ke bandar itu semalam."),
    ("en", "The army has increased its military presence in the valley."),
])
def test_troop_movements_and_a_stepped_up_presence_are_a_posture(lang, text):
    assert "military_alert_deployment" in {t for t, _ in found(lang, text)}, found(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("de", "In Genf trat der Sicherheitsrat am Abend in einer Dringlichkeitssitzung zusammen."),
    ("de", "In Bonn berief die Kanzlerin am Freitag das Sicherheitskabinett ein."),
    ("ru", "В Ереване премьер-министр провел совещание с руководством силовых ведомств."),
    ("tr", "Cumhurbaşkanı dün Ankara'da olağanüstü güvenlik toplantısı düzenledi."),
    ("id", "Presiden menggelar rapat terbatas dengan para menteri di Bogor."),
])
def test_meetings_convened_are_talks(gazetteer, lang, text):
    got = {e.type for e in events("Berita\n\n" + text, lang, gazetteer)}
    assert "talks_meeting" in got, got


@pytest.mark.parametrize("lang,text", [
    ("tr", "Bakan salı günü düzenlediği basın toplantısında açıklama yaptı."),
    ("it", "Il ministero ha convocato l'ambasciatore per chiarimenti."),
])
def test_a_press_conference_or_a_summons_is_no_meeting(lang, text):
    assert "talks_meeting" not in {t for t, _ in found(lang, text)}, found(lang, text)


def test_german_bezichtigen_accuses():
    assert "accusation_statement" in {t for t, _ in found("de", "Der Botschafter bezichtigte die Regierung der Lüge.")}


@pytest.mark.parametrize("lang,text", [
    ("id", "Ribuan warga mengikuti aksi bela Palestina di depan kedutaan pada Minggu."),
    ("ms", "Ribuan orang menyertai himpunan solidariti di hadapan kedutaan itu."),
])
def test_rallies_called_aksi_are_protests(lang, text):
    assert "protest" in {t for t, _ in found(lang, text)}, found(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("es", "Los manifestantes derribaron una estatua del fallecido presidente en la plaza."),
    ("it", "Una piazza intitolata al deceduto presidente è stata occupata dai manifestanti."),
])
def test_the_late_president_is_no_death(lang, text):
    assert "casualties" not in {t for t, _ in found(lang, text)}, found(lang, text)


def test_pot_banging_crowds_who_clash_protest():
    got = {t for t, _ in found("es", "Cientos de vecinos salieron con cacerolas y se enfrentaron a la policía.")}
    assert "protest" in got and "armed_clash" not in got, got


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le Conseil de sécurité a appelé au retrait immédiat des troupes étrangères."),
    ("fr", "L'Union africaine appelle les belligérants au dialogue."),
    ("es", "El secretario general llamó al cese inmediato de las hostilidades."),
    ("it", "Il Papa ha invitato le parti al dialogo."),
])
def test_appeals_with_a_contracted_article_are_appeals(lang, text):
    assert "appeal_demand" in {t for t, _ in found(lang, text)}, found(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("tr", "Ölenlerin çoğunun iki taraftan savaşçılar olduğu belirtildi."),
    ("en", "Most of the dead were fighters from the two sides."),
    ("ru", "Большинство погибших были бойцами двух сторон."),
])
def test_two_sides_are_no_toll(lang, text):
    evs = [e for e in events_of(lang, text) if e.type == "casualties"]
    assert evs and evs[0].killed is None, [(e.type, e.killed) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("fr", "Le pays est confronté depuis 2012 à des violences jihadistes qui ont fait plus de 9000 morts."),
    ("en", "The country faces a jihadist insurgency that has killed more than 9,000 people."),
    ("es", "El país sufre una violencia armada que ha dejado más de 9.000 muertos."),
])
def test_a_running_total_named_with_an_adjective_is_background(lang, text):
    assert not [e for e in events_of(lang, text) if e.killed], [(e.type, e.killed) for e in events_of(lang, text)]


@pytest.mark.parametrize("lang,text,n", [
    ("ms", "Pada tahun 2004, tujuh penunjuk perasaan ditembak mati dan 78 lagi maut akibat lemas.", 7),
    ("en", "Five soldiers were killed on Monday and 30 more died in hospital later.", 5),
    ("es", "Cuatro policías murieron en el ataque y otros 12 murieron después en el hospital.", 4),
])
def test_the_toll_told_first_beats_a_toll_of_more_victims(lang, text, n):
    evs = [e for e in events_of(lang, text) if e.type == "casualties"]
    assert evs and evs[0].killed == n, [(e.type, e.killed) for e in evs]


@pytest.mark.parametrize("lang,text", [
    ("en", "On Monday the curfew imposed after a series of attacks on churches was lifted."),
    ("ru", "Режим КТО, введенный после серии нападений на церкви, отменен в понедельник."),
    ("fr", "Le couvre-feu décrété après une série d'attaques contre des églises a été levé lundi."),
    ("es", "El lunes, el toque de queda impuesto tras una serie de ataques contra iglesias fue levantado."),
    ("it", "Il coprifuoco imposto dopo una serie di attacchi contro le chiese è stato revocato lunedì."),
])
def test_a_series_of_attacks_named_as_a_time_is_no_new_attack(lang, text):
    got = {t for t, _ in found(lang, text)}
    assert not got & {"armed_clash", "shelling_airstrike"}, got


@pytest.mark.parametrize("lang,text", [
    ("en", "Thousands attended the funerals of the victims in the town square."),
    ("tr", "Şehitlerin cenazeleri yarın memleketlerinde toprağa verilecek."),
    ("it", "Migliaia di persone hanno partecipato ai funerali delle vittime."),
    ("fr", "Des milliers de personnes ont assisté aux obsèques des victimes."),
])
def test_the_victims_of_a_funeral_were_told_before(lang, text):
    assert "casualties" not in {t for t, _ in found(lang, text)}, found(lang, text)


def test_a_toll_told_after_a_funeral_in_its_sentence_is_news():
    text = ("Oggi sono esplosi centinaia di apparecchi, anche durante i funerali delle vittime del "
            "giorno prima: almeno 20 persone sono morte.")
    assert ("casualties", 20) in found("it", text)


@pytest.mark.parametrize("lang,text", [
    ("it", "I miliziani hanno saccheggiato le case del villaggio e rapito decine di uomini."),
    ("es", "Los paramilitares saquearon el mercado y secuestraron a varios comerciantes."),
])
def test_looting_by_fighters_is_no_protest(lang, text):
    assert "protest" not in {t for t, _ in found(lang, text)}, found(lang, text)


def test_boats_back_in_port_take_no_territory():
    text = "Due motovedette erano uscite in mare, ma sono rientrate in porto per il maltempo."
    assert "territory_change" not in {t for t, _ in found("it", text)}, found("it", text)


def test_troops_back_in_a_town_take_it(gazetteer):
    evs = events("Notizie\n\nL'esercito era già rientrato ad Aghdam, una città fantasma.", "it", gazetteer)
    assert "territory_change" in {e.type for e in evs}


@pytest.mark.parametrize("text,typ", [
    ("I ribelli sono entrati ad Aleppo sabato.", "territory_change"),
    ("Il segretario generale ha invitato entrambe le parti ad astenersi da ogni violenza.", "appeal_demand"),
])
def test_italian_ad_before_a_vowel(gazetteer, text, typ):
    assert typ in {e.type for e in events("Notizie\n\n" + text, "it", gazetteer)}


@pytest.mark.parametrize("lang,text", [
    ("es", "El ministro informó de la muerte de un sargento de la policía."),
    ("en", "The ministry confirmed the death of a soldier near the border."),
    ("de", "Das Ministerium bestätigte den Tod eines Soldaten nahe der Grenze."),
])
def test_the_death_of_one_person_is_a_toll_of_one(lang, text):
    assert ("casualties", 1) in found(lang, text), found(lang, text)


def test_indonesian_kematian_is_a_toll():
    assert ("casualties", 2) in found("id", "Polisi mengonfirmasi kematian dua warga di distrik itu.")


@pytest.mark.parametrize("lang,text", [
    ("id", "Serangan artileri menghantam lantai dua rumah sakit itu pada Senin."),
    ("ms", "Serangan artileri menghentam bangunan hospital itu semalam."),
    ("fr", "Une attaque d'artillerie a touché l'hôpital lundi."),
    ("es", "Un ataque de artillería alcanzó el hospital el lunes."),
    ("it", "Un attacco di artiglieria ha colpito l'ospedale lunedì."),
    ("ru", "Атака беспилотников повредила здание больницы."),
    ("tr", "Hastaneye yönelik topçu saldırısında bina hasar gördü."),
])
def test_an_attack_named_by_its_weapon_is_a_strike(lang, text):
    got = {t for t, _ in found(lang, text)}
    assert "shelling_airstrike" in got and "armed_clash" not in got, got


@pytest.mark.parametrize("lang,text", [
    ("ru", "Заголовок\n\nБоевики убили пятнадцать полицейских в Махачкале. Десятки человек получили ранения."),
    ("en", "Headline\n\nGunmen killed fifteen police officers in the city. Dozens of people were wounded."),
])
def test_dozens_wounded_in_a_sentence_of_their_own_are_a_toll_of_their_own(gazetteer, lang, text):
    evs = [e for e in events(text, lang, gazetteer) if e.type == "casualties" and not e.negated]
    assert len(evs) == 2, [(e.killed, e.wounded, e.sentence[:30]) for e in evs]


def test_the_missing_after_a_toll_stay_with_it():
    text = ("Notizie\n\nÈ salito a 40 morti il bilancio del naufragio. "
            "Decine di persone risultano ancora disperse.")
    evs = [e for e in events_of("it", text) if e.type == "casualties" and not e.negated]
    assert len(evs) == 1, [(e.killed, e.sentence[:30]) for e in evs]


@pytest.mark.parametrize("lang,text,n", [
    ("tr", "Örgüt, 22-23 Aralık'ta 12 askerin şehit olduğu bir saldırı düzenlemişti.", 12),
    ("de", "Am 22.-23. Dezember wurden 12 Soldaten getötet.", 12),
    ("en", "Between 3-5 people were killed in the raid.", 3),
])
def test_a_range_of_days_is_no_figure_and_a_range_counts_its_lower_bound(lang, text, n):
    evs = [e for e in events_of(lang, text) if e.type == "casualties"]
    assert evs and evs[0].killed == n, [(e.type, e.killed) for e in evs]


def test_lives_that_could_not_be_saved_take_no_territory():
    text = "Ağır yaralanan 4 askerin hastanede hayatlarının kurtarılamadığı bildirildi."
    assert "territory_change" not in {t for t, _ in found("tr", text)}, found("tr", text)


@pytest.mark.parametrize("lang,text", [
    ("es", "En Bogotá se reanudaron los diálogos de paz entre el Gobierno y la guerrilla."),
    ("it", "A Doha sono ripresi i dialoghi tra le parti."),
])
def test_plural_dialogues_are_talks(gazetteer, lang, text):
    assert "talks_meeting" in {e.type for e in events("Notizie\n\n" + text, lang, gazetteer)}


@pytest.mark.parametrize("lang,text", [
    ("en", "The governor said sleeper cells were behind the attacks."),
    ("ru", "Глава республики заявил, что за нападениями стоят спящие ячейки."),
    ("fr", "Le gouverneur affirme que des cellules dormantes sont derrière les attaques."),
    ("es", "El gobernador dijo que células durmientes están detrás de los ataques."),
    ("it", "Il governatore ha detto che dietro gli attacchi ci sono cellule dormienti."),
    ("de", "Hinter den Anschlägen stecken nach Angaben des Gouverneurs Schläferzellen."),
    ("tr", "Vali, saldırıların arkasında uyuyan hücrelerin olduğunu söyledi."),
    ("id", "Gubernur menyebut sel tidur sebagai dalang serangan tersebut."),
    ("ms", "Gabenor berkata sel tidur menjadi dalang serangan itu."),
])
def test_who_is_behind_the_attacks_is_an_accusation_not_an_attack(lang, text):
    got = {t for t, _ in found(lang, text)}
    assert "accusation_statement" in got and not got & {"armed_clash", "shelling_airstrike"}, got


@pytest.mark.parametrize("lang,text", [
    ("ms", "Kumpulan itu mendakwa bertanggungjawab menerusi saluran Telegramnya semalam."),
    ("id", "Kelompok itu mengklaim bertanggung jawab atas pembakaran gedung sekolah."),
])
def test_malay_and_indonesian_claims_of_responsibility(lang, text):
    assert "accusation_statement" in {t for t, _ in found(lang, text)}, found(lang, text)


def test_french_security_corps_are_no_bodies():
    assert "casualties" not in {t for t, _ in found("fr", "Des corps de sécurité ont été déployés dans la ville.")}


@pytest.mark.parametrize("lang,text,k,w,c", [
    ("es", "Nueve civiles fallecieron y veinte resultaron heridos.", 9, 20, None),
    ("de", "Die Polizei nahm 25 Demonstranten fest.", None, None, 25),
    ("en", "Rebels took 30 soldiers prisoner near the border.", None, None, 30),
])
def test_more_ways_to_tell_a_toll(lang, text, k, w, c):
    got = [(e.killed, e.wounded, e.captured) for e in events_of(lang, text) if not e.negated]
    assert (k, w, c) in got, got


@pytest.mark.parametrize("lang,text,typ", [
    ("id", "Pesawat tempur mengebom posisi pemberontak di pegunungan.", "shelling_airstrike"),
    ("ms", "Jet pejuang mengebom kedudukan pemberontak di kawasan itu.", "shelling_airstrike"),
    ("id", "Pemerintah menetapkan status darurat di provinsi itu.", "military_alert_deployment"),
    ("ms", "Kerajaan mengisytiharkan darurat di negeri itu.", "military_alert_deployment"),
])
def test_indonesian_and_malay_bombing_and_emergency(lang, text, typ):
    got = {t for t, _ in found(lang, text)}
    assert typ in got and (typ != "shelling_airstrike" or "armed_clash" not in got), got


@pytest.mark.parametrize("lang,text", [
    ("en", "Hospital workers were hit by a wave of layoffs."),
    ("en", "The company's shares were hit by the sanctions."),
    ("fr", "Les ménages ont été touchés par la hausse des prix."),
    ("es", "Los salarios fueron alcanzados por la inflación."),
    ("ru", "Театр попал под удар критики."),
    ("it", "Il governo ha presentato il bilancio dello Stato."),
])
def test_figurative_hits_and_budgets_are_no_events(lang, text):
    assert not found(lang, text), found(lang, text)


@pytest.mark.parametrize("lang,text", [
    ("en", "Protests spread after the death of President Raisi."),
    ("de", "Nach dem Tod des Papstes trauerten Millionen Menschen."),
])
def test_the_death_of_a_named_leader_is_no_toll(lang, text):
    assert "casualties" not in {t for t, _ in found(lang, text)}, found(lang, text)


@pytest.mark.parametrize("text", [
    "In Berlin berief sich der Minister auf einen Bericht, der ein düsteres Bild zeichnete.",
    "In Berlin trat der Minister am Abend zusammen mit dem Präsidenten vor die Presse.",
])
def test_german_invoking_and_appearing_together_are_no_meetings(gazetteer, text):
    assert "talks_meeting" not in {e.type for e in events("Nachrichten\n\n" + text, "de", gazetteer)}


@pytest.mark.parametrize("lang,text", [
    ("de", "Die Ziele waren ehrgeizig, sagte der Minister."),
    ("en", "Its targets included cutting emissions by half."),
])
def test_goals_are_no_targets_of_a_strike(lang, text):
    assert "shelling_airstrike" not in {t for t, _ in found(lang, text)}, found(lang, text)


def test_a_headline_lower_bound_goes_to_the_body_toll_that_reaches_it(gazetteer):
    text = ("Strage nel villaggio di Tamboul, oltre cento morti\n\n"
            "Almeno 124 persone sono state uccise venerdì nel villaggio di Tamboul.\n\n"
            "Secondo i testimoni, i miliziani hanno aperto il fuoco sugli abitanti. "
            "Oltre duecento persone sarebbero rimaste ferite.")
    cas = [(e.killed, e.wounded) for e in events(text, "it", gazetteer) if e.type == "casualties"]
    assert (124, None) in cas and (None, 200) in cas, cas


@pytest.mark.parametrize("lang,text", [
    ("tr", "Barajın yakınında bir araç konvoyunun hedef alınması sonucu ölü ve yaralılar olduğu ileri sürüldü."),
    ("en", "A convoy was hit near the dam, leaving dead and wounded."),
])
def test_dead_and_wounded_after_an_article_tell_no_figure(lang, text):
    evs = [e for e in events_of(lang, text) if e.type == "casualties"]
    assert evs and evs[0].killed is None and evs[0].wounded is None, [(e.killed, e.wounded) for e in evs]
