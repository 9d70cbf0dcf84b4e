"""A facility named after a word that is also a small far town of the same country (plq33):
when its own sentence says which town it is in ("X'daki …", 'in X'), it is pinned at that
town, not at the far namesake; art and exhibition centres are facility heads in every
language. Articles written for these tests, against the real gazetteer."""
from __future__ import annotations


def test_an_art_centre_named_after_a_far_village_is_in_the_town_of_its_sentence(places):
    got = places("TRABZON – Dün akşam Ortahisar'daki Çağdaş Sanat Merkezi'nde düzenlenen "
                 "sergide bir ziyaretçi bıçaklı saldırıya uğradı.", "tr")
    assert "Çağdaş" not in got, got
    m = got["Çağdaş Sanat Merkezi"][0]
    assert m.place.source == "facility"
    assert m.place.admin1 == "Trabzon", m.place


def test_an_art_centre_is_a_facility_head(places):
    got = places("İZMİR – Karşıyaka'daki Modern Sanat Merkezi'nde bir kişi yaralandı.", "tr")
    assert got["Modern Sanat Merkezi"][0].place.admin1 == "İzmir"
