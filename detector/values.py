"""When two found spans are "the same value": the key shared by the request's consistency report and the
reviewer's "this value everywhere".

A person is their surname without interfix and their first initial, so ``Jan de Vries``, ``J. de Vries``,
``J.M. De Vries``, ``JAN DE VRIES``, ``Vries, J. de`` and ``Jan Vries`` are one person, while ``P. de Vries``
is another and ``de Vries`` alone (no initial) is neither. Every other value is its text with case and spacing
folded.
"""

from __future__ import annotations

from recognizers.name_lists import NameLists, name_lists
from recognizers.name_parts import split_name


def value_key(text: str, entity_type: str, lists: NameLists | None = None) -> str:
    """The form two occurrences of the same value share (module docstring); compare within one entity type."""
    if entity_type == "PERSON":
        lists = lists or name_lists()
        parts = split_name(text, lists)
        if parts.surname:
            _, surname = split_interfix(parts.surname, lists)
            return f"{' '.join(surname.casefold().split())}|{parts.initials[:1]}"
    return " ".join(text.split()).casefold()


def split_interfix(surname: str, lists: NameLists) -> tuple[str, str]:
    """``"de Vries"`` → ``("de", "Vries")``; a surname without interfix → ``("", surname)``."""
    low = surname.lower()
    for interfix in lists.interfixes:
        if low.startswith(f"{interfix} "):
            return surname[: len(interfix)], surname[len(interfix) + 1 :]
    return "", surname
