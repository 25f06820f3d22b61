"""Lakmoes entity types as Presidio names. Types Presidio has keep their name; an address is its LOCATION."""

from __future__ import annotations

from detector.document import ENTITY_TYPES

# Only the types whose Presidio name differs. PERSON, EMAIL_ADDRESS, PHONE_NUMBER, IBAN_CODE and ORGANIZATION
# are Presidio's own names already; NL_BSN, NL_KVK, NL_BTW, … follow its COUNTRY_ENTITY convention.
_RENAMED = {"ADDRESS": "LOCATION", "POSTCODE": "LOCATION"}


def presidio_name(entity_type: str) -> str:
    """The Presidio entity name for a Lakmoes entity type."""
    return _RENAMED.get(entity_type, entity_type)


def lakmoes_types(presidio_entity: str) -> list[str]:
    """The Lakmoes entity types reported under ``presidio_entity`` (empty for a name Lakmoes never reports)."""
    return [t for t in ENTITY_TYPES if presidio_name(t) == presidio_entity]


def supported_entities() -> list[str]:
    """Every Presidio name Lakmoes reports, in the order of its entity types."""
    return list(dict.fromkeys(presidio_name(t) for t in ENTITY_TYPES))
