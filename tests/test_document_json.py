"""Event.to_json / Location.to_json: what dataclasses.asdict gave (the schema's events[]), made
without asdict's deepcopy per coordinate, and a copy: changing it leaves the event alone."""
from __future__ import annotations

from dataclasses import asdict

from geomap.document import Event, Location


def _event(mention=None) -> Event:
    geom = {"type": "MultiLineString",
            "coordinates": [[[44.1 + i / 100, 40.2 - i / 100] for i in range(50)],
                            [(45.0, 41.0), (45.5, 41.5)]]}
    loc = Location(name="Lakeside", place_id="geonames:1", lat=40.2, lon=44.1, geometry=geom,
                   precision=2, mention=mention)
    return Event(type="clash", sentence="Two border posts came under fire.", start=0, end=33,
                 trigger="came under fire", cameo="190", acled={"event_type": "Battles"},
                 actors=["army", "rebels"], killed=2, approximate=True, location=loc,
                 confidence=0.75)


def test_event_json_is_what_asdict_made():
    for mention in (None, "Lakeside"):
        e = _event(mention)
        want = asdict(e)
        want["location"] = asdict(e.location)
        got = e.to_json()
        assert got == want
        assert list(got) == list(want) and list(got["location"]) == list(want["location"])
    assert Event(type="protest", sentence="", start=0, end=0, trigger="").to_json()["location"] is None


def test_event_json_is_a_copy():
    e = _event()
    d = e.to_json()
    d["actors"].append("police")
    d["location"]["geometry"]["coordinates"][0][0][0] = 0.0
    d["acled"]["event_type"] = "Riots"
    assert e.actors == ["army", "rebels"] and e.acled == {"event_type": "Battles"}
    assert e.location.geometry["coordinates"][0][0][0] == 44.1


def test_an_event_location_names_its_mention_by_its_surface_form(gazetteer):
    """Every event's location.mention is the surface form, a string (schema), also for events
    placed by the story's lead scene (two fixtures once wrote a whole mention object there)."""
    import geomap
    from pathlib import Path
    base = Path(__file__).parent / "fixtures" / "events"
    for f in (base / "heldout20" / "id-h202.txt", base / "heldout22" / "de-h221.txt"):
        doc = geomap.extract(str(f), gazetteer=gazetteer)
        locs = [e.location for e in doc.events if e.location is not None]
        assert locs
        for loc in locs:
            assert loc.mention is None or isinstance(loc.mention, str), (f.name, loc.mention)
            assert loc.mention is None or loc.mention in doc.text
