"""The role anchor's ASCII pre-check finds the same roles as the role pattern alone."""

from __future__ import annotations

from dataclasses import replace

import pytest

from recognizers.name_anchors import anchor_before
from recognizers.name_lists import name_lists


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("De BELEIDSADVISEUR Jansen", "beleidsadviseur"),  # ASCII window, capitals
        ("Een coördinator Jansen", "coördinator"),  # a non-ASCII role in a non-ASCII window
        ("Zegt burgemeester van Almere, Jansen", "burgemeester"),
    ],
)
def test_role_before_a_name(text: str, role: str) -> None:
    anchor = anchor_before(text, text.index("Jansen"), name_lists(), whole_line=False)
    assert anchor is not None and (anchor.kind, anchor.text) == ("role", role)


def test_no_role_in_an_ascii_window() -> None:
    text = "Het advies van Jansen"
    assert anchor_before(text, text.index("Jansen"), name_lists(), whole_line=False) is None


def test_role_with_a_letter_that_matches_ascii_without_case() -> None:
    """"\u212aok" (Kelvin sign) matches "kok" regardless of case: the pre-check must not skip that text."""
    lists = name_lists()
    lists = replace(lists, staff_roles=lists.staff_roles | {"\u212aok"})
    text = "De kok Jansen"
    anchor = anchor_before(text, text.index("Jansen"), lists, whole_line=False)
    assert anchor is not None and anchor.kind == "role" and anchor.text == "kok"
