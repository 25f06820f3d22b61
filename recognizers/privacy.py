"""The Dutch explanation of a 5.1(2)e suggestion: why the span was found, then the ground's motivation."""

from __future__ import annotations

from functools import lru_cache

PRIVACY_GROUND = "5.1(2)e"


@lru_cache(maxsize=32)
def _motivation(what: str) -> str:
    # Imported here: recognizers are imported while the ``detector`` package itself is still initialising.
    from detector.grounds import get_ground

    return get_ground(PRIVACY_GROUND).explain(what)


def privacy_explanation(reason: str, what: str) -> str:
    """``"<reason>. <motivation of 5.1(2)e for what>"``, e.g. what = "naam" or "telefoonnummer"."""
    return f"{reason}. {_motivation(what)}"


def privacy_metadata(reason: str, what: str) -> dict[str, str]:
    """``recognition_metadata`` entries fixing ground 5.1(2)e with :func:`privacy_explanation`."""
    return {"ground": PRIVACY_GROUND, "explanation": privacy_explanation(reason, what)}
