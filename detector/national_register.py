"""The national register of public officials: the bewindspersonen of the last cabinets (``data/bewindspersonen.toml``).

They act publicly for every Dutch body, so the register ships with Lakmoes instead of living in one body's profile.
A mention matches only with the full given name and the surname (``Wouter Koolmees``): a surname or initials alone
(``mevrouw De Vries``, ``A. de Vries``) may be anyone, and a title before the name (``minister Koolmees``) is read
by the ``public`` step's role rule already.
"""

from __future__ import annotations

import tomllib
from functools import lru_cache
from importlib import resources

from detector.profile import Official
from recognizers.name_lists import NameLists
from recognizers.name_parts import NameParts, split_name


@lru_cache(maxsize=1)
def national_officials() -> tuple[Official, ...]:
    """Every entry of the shipped register, validated like a profile's ``[[officials]]``."""
    raw = tomllib.loads(resources.files("detector").joinpath("data", "bewindspersonen.toml").read_text("utf-8"))
    return tuple(Official.model_validate(entry) for entry in raw["officials"])


def same_person(mention: NameParts, official: NameParts) -> bool:
    """Whether a mention names the official with the full given name and the same surname."""
    if not mention.key or mention.key != official.key or not mention.given or not official.given:
        return False
    return [g.casefold() for g in mention.given] == [g.casefold() for g in official.given]


def register(lists: NameLists) -> list[tuple[NameParts, Official]]:
    """The register's entries with their names split as the ``public`` step splits a mention."""
    return [(split_name(official.name, lists), official) for official in national_officials()]
