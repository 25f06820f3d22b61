"""A facility word and the name after it: the place's name, also where that name stands alone."""

from __future__ import annotations

import pytest

from recognizers.facilities import facility_before, facility_names
from tests.cpu_cost import best_cpu


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Het zwembad De Houtvaart gaat dicht.", True),
        ("Wij spraken in woonzorgcentrum De Brink.", True),  # a longer compound ending in a facility word
        ("Ik sprak met rijschool Jan de Vries.", False),  # "school" ends no compound: a one-person firm's owner
        ("Ik sprak met collega De Vries.", False),
    ],
)
def test_facility_before(text: str, expected: bool) -> None:
    start = max(text.find(" De "), text.find(" Jan ")) + 1
    assert facility_before(text, start) is expected


def test_facility_names_hold_each_run_of_the_name_from_its_first_word() -> None:
    text = "In sporthal De Meerkamp Noord en zwembad Houtvaart; de heer De Boer kwam."
    assert facility_names(text) == {"De Meerkamp", "De Meerkamp Noord", "Houtvaart"}


def test_cost_stays_linear_on_many_facilities() -> None:
    unit = "In sporthal De Meerkamp en het wijkcentrum Schakel Noord speelt de gemeente Almere. "
    small_text, large_text = unit * 250, unit * 1_000
    assert facility_names(large_text) == facility_names(small_text)
    assert best_cpu(lambda: facility_names(large_text)) / best_cpu(lambda: facility_names(small_text)) < 8
