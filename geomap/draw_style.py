"""How each kind of event looks on the map: label, colour and Font Awesome 6 (free, solid) icon.

Kept in one table so that the layer control, the legend, the markers and the cluster bubbles
always agree. Colours are distinguishable for the common forms of colour blindness when read
together with the icon (the icon, not the colour, carries the meaning).
"""
from __future__ import annotations

from geomap.document import EVENT_TYPES

# type: (label, colour, Font Awesome icon name)
EVENT_STYLES: dict[str, tuple[str, str, str]] = {
    "armed_clash": ("Armed clash", "#d62728", "crosshairs"),
    "shelling_airstrike": ("Shelling / airstrike", "#e6550d", "bomb"),
    "casualties": ("Casualties", "#67000d", "skull"),
    "capture_detention": ("Capture / detention", "#6a3d9a", "handcuffs"),
    "territory_change": ("Territory change", "#8c564b", "flag"),
    "military_alert_deployment": ("Military alert / deployment", "#1f5fa8", "shield-halved"),
    "appeal_demand": ("Appeal / demand", "#138d90", "bullhorn"),
    "accusation_statement": ("Accusation / statement", "#8a8a00", "comment"),
    "ceasefire_agreement": ("Ceasefire / agreement", "#2ca02c", "dove"),
    "talks_meeting": ("Talks / meeting", "#c2418f", "handshake"),
    "protest": ("Protest", "#d98c00", "users"),
    "other": ("Other event", "#616161", "circle-info"),
}
assert set(EVENT_STYLES) == set(EVENT_TYPES), "every schema event type needs a map style"

# Roles of mentioned places (the 'places mentioned' layer): colour per dominant role.
ROLE_COLOURS = {"event": "#b2182b", "dateline": "#2166ac", "context": "#5e5e5e", "other": "#9e9e9e"}

# Fill colours for the countries that events fall in ("the sides"), most events first.
SIDE_COLOURS = ("#e8a33d", "#3d7fe8", "#3dbb6e", "#b15ad1", "#e85d5d", "#3dc3c9", "#a0a03d")

# ACLED precision codes, in words for the popups.
GEO_PRECISION = {1: "exact place", 2: "near / part of a region", 3: "larger region"}
DATE_PRECISION = {1: "day", 2: "week or similar span", 3: "month"}


def style_of(event_type: str | None) -> tuple[str, str, str]:
    """Label, colour, icon of an event type; unknown types are drawn as 'other'."""
    return EVENT_STYLES.get(event_type or "other", EVENT_STYLES["other"])
