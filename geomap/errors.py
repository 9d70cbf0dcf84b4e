"""Errors a user can cause. The CLI prints them as one line and exits non-zero; a traceback
is never shown for these."""


class GeomapError(Exception):
    """Bad input or environment: message is one line meant for the user."""
    exit_code = 2


class InputError(GeomapError):
    """An article, file or URL that cannot be read."""


class StoreError(GeomapError):
    """The event store cannot be opened or written."""


class GazetteerError(GeomapError):
    """The gazetteer index or an import/user file is unusable."""
