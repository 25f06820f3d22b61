"""The ground parser normalises every printed variant real releases contain, and rejects nonsense."""

from __future__ import annotations

import pytest

from detector.ground_parser import parse_ground, parse_grounds
from detector.grounds import UnknownGround


@pytest.mark.parametrize(
    ("printed", "codes"),
    [
        ("5.1(2)e", ("5.1(2)e",)),
        ("5.1 (2)e", ("5.1(2)e",)),
        ("5.1(1)c", ("5.1(1)c",)),
        ("S.1(1)c", ("5.1(1)c",)),
        ("s.1(2)f", ("5.1(2)f",)),
        ("S.1(2)e", ("5.1(2)e",)),
        ("5.1(1)€", ("5.1(1)c",)),
        ("5.1(f)c", ("5.1(1)c",)),
        ("5.1(2)j", ("5.1(2)i",)),
        ("5.1(2)i", ("5.1(2)i",)),
        ("5.2(1)", ("5.2(1)",)),
        ("5.1(5)", ("5.1(5)",)),
        ("10(2)e", ("5.1(2)e",)),
        ("10(1)c", ("5.1(1)c",)),
        ("10(1)e", ("5.1(1)e",)),
        ("10(2)g", ("5.1(5)",)),
        ("10(2)je", ("5.1(2)e",)),
        ("11(1)", ("5.2(1)",)),
        ("Buiten scope", ("buiten scope",)),
        ("buiten scope", ("buiten scope",)),
        ("art. 5.1 lid 2 sub e", ("5.1(2)e",)),
        ("5.1(2)e/5.1(1)c", ("5.1(2)e", "5.1(1)c")),
        ("5.1 (2)e/ 5.1(1)c/5.1(2)i/Buiten scope", ("5.1(2)e", "5.1(1)c", "5.1(2)i", "buiten scope")),
        ("10(1)c en 10(2)g", ("5.1(1)c", "5.1(5)")),
        ("5.2(1) en 5.1(2)i", ("5.2(1)", "5.1(2)i")),
        ("5.1(2)e, 5.1(2)f", ("5.1(2)e", "5.1(2)f")),
        ("Integraal geweigerd: 5.1(1)c", ("5.1(1)c",)),
        ("5.1(2)e/5.1(2)e", ("5.1(2)e",)),
    ],
)
def test_variants_parse_to_canonical_codes(printed: str, codes: tuple[str, ...]) -> None:
    parsed = parse_grounds(printed)
    assert parsed.codes == codes
    assert parsed.original == printed


@pytest.mark.parametrize(
    "nonsense",
    ["5.9(9)z", "5.1(2)", "5.1(1)", "12(1)", "10(2)f", "hallo", "", "5.1(1)c blabla", "5.3(1)", "51(2)e", "6.1(2)e"],
)
def test_nonsense_is_rejected_with_the_valid_codes(nonsense: str) -> None:
    with pytest.raises(UnknownGround) as error:
        parse_grounds(nonsense)
    assert "5.1(2)e" in str(error.value)  # the message lists the valid codes
    assert repr(nonsense.strip()) in str(error.value)


def test_parse_ground_wants_exactly_one() -> None:
    assert parse_ground(" 5.1 (2)e ") == "5.1(2)e"
    with pytest.raises(UnknownGround):
        parse_ground("5.1(2)e/5.1(1)c")
