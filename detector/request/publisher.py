"""Who publishes a request's documents: the TOOI URI of the body, from its organisation profile or a setting."""

from __future__ import annotations

from detector.request.diwoo import DiwooError
from detector.settings import Settings


def publisher_of(settings: Settings, *, required: bool = True) -> str | None:
    """The publisher's TOOI URI: the setting ``publisher_tooi``; None (or :class:`DiwooError` when
    ``required``) if there is none."""
    if settings.publisher_tooi:
        return settings.publisher_tooi
    if required:
        raise DiwooError("geen uitgever: zet publisher_tooi (LAKMOES_PUBLISHER_TOOI) op de TOOI-URI van de organisatie")
    return None
