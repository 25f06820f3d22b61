"""Who publishes a request's documents: the TOOI URI of the body, from its organisation profile."""

from __future__ import annotations

from detector.profile import ProfileError, load_profile
from detector.request.diwoo import DiwooError
from detector.settings import Settings


def publisher_of(settings: Settings, *, required: bool = True) -> str | None:
    """The ``tooi`` of the organisation profile (setting ``profile``); without a profile None, or
    :class:`DiwooError` when ``required``."""
    if settings.profile is None:
        if required:
            raise DiwooError("geen uitgever: kies een organisatieprofiel (setting profile, --profile) met een tooi-URI")
        return None
    try:
        return load_profile(settings.profile).tooi
    except ProfileError as error:
        raise DiwooError(str(error)) from None
