"""geomap: offline geospatial event mapper for conflict news.

The pipeline, one module per stage::

    read.py     text / HTML / URL  → Document with title, dateline, body, captions, links …
    places.py   Document → place mentions, resolved against the gazetteer, with roles
    events.py   Document → typed events with actors, counts, dates and a location
    store.py    Documents → the SQLite event store
    draw.py     stored events → an interactive Leaflet map

``geomap.extract()`` runs the first three on one article.
"""
from __future__ import annotations

__version__ = "0.1.0"

__all__ = ["extract", "__version__"]


def extract(source, *, lang: str | None = None, date: str | None = None, gazetteer=None,
            is_text: bool | None = None, **read_options):
    """Read one article (a path, URL, raw text or bytes) and return its annotated Document.

    >>> doc = geomap.extract("Clashes erupted near Gyumri, Armenia, on Tuesday.", is_text=True)
    >>> doc.to_json()["places"]
    """
    from .events import extract_events
    from .places import find_places
    from .read import read_article

    doc = read_article(source, lang=lang, date=date, is_text=is_text, **read_options)
    find_places(doc, gazetteer=gazetteer)
    extract_events(doc, gazetteer=gazetteer)
    return doc
