"""The national register of public officials: the bewindspersonen of the last cabinets (``data/bewindspersonen.toml``).

They act publicly for every Dutch body, so the register ships with Lakmoes instead of living in one body's profile.
A mention matches only with the full given name and the surname (``Wouter Koolmees``): a surname or initials alone
(``mevrouw De Vries``, ``A. de Vries``) may be anyone, and a title before the name (``minister Koolmees``) is read
by the ``public`` step's role rule already. The text must also date the mention within the cabinet's period, by its
own date or by a year it names: in an undated text a citizen may bear a minister's name (``Femke Wiersma``).
"""

from __future__ import annotations

import tomllib
from collections.abc import Iterable
from datetime import date
from functools import lru_cache
from importlib import resources

import regex

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


def split_officials(officials: Iterable[Official], lists: NameLists) -> list[tuple[NameParts, Official]]:
    """Officials (a profile's or the national register's) with their names split as a mention is split."""
    return [(split_name(official.name, lists), official) for official in officials]


def register(lists: NameLists) -> list[tuple[NameParts, Official]]:
    """The national register's entries with their names split as the ``public`` step splits a mention."""
    return split_officials(national_officials(), lists)


_YEAR = regex.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")


@lru_cache(maxsize=1)
def years_in(text: str) -> frozenset[int]:
    """The years a text names (``2021`` in "Meibrief UWV 2021")."""
    return frozenset(int(m.group()) for m in _YEAR.finditer(text, timeout=1.0))


def dated_in_office(official: Official, on: date | None, text: str) -> str | None:
    """How the text dates the official within the register's period: by its own date (`` op 03-05-2021, de datum
    van het document``) or, without one, by a year it names (`` in 2021, een jaar dat het document noemt``); None
    when it does neither."""
    if on is not None:
        return f" op {on:%d-%m-%Y}, de datum van het document" if official.in_office(on) else None
    first = official.start.year if official.start else 0
    last = official.end.year if official.end else date.today().year
    year = min((y for y in years_in(text) if first <= y <= last), default=None)
    return f" in {year}, een jaar dat het document noemt" if year else None
