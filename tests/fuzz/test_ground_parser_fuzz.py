"""Property-based fuzzing of the ground parser: a catalogue code or UnknownGround, nothing else."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from detector.ground_parser import parse_ground, parse_grounds
from detector.grounds import UnknownGround, catalogue

_PIECES = st.sampled_from([
    "5.1", "5.2", "5.1.", "5 1", "(1)", "(2)", "(5)", " (2)", "lid 2", "lid 1 sub", "sub", "c", "d", "e", "f", "i",
    "10", "11", "10(2)e", "10(1)c", "10(2)g", "11(1)", "Woo", "Wob", "art.", "artikel", "/", ", ", " en ", " of ",
    "buiten scope", "integraal", "geweigerd", "deels", "redacted", " ", "-", "[", "]", "\u202e", "\x00", "5.l(2)e",
])
ground_like = st.lists(_PIECES, max_size=12).map("".join)


@given(text=st.one_of(ground_like, st.text(max_size=80)))
def test_parse_grounds_gives_catalogue_codes_or_unknown_ground(text: str) -> None:
    try:
        parsed = parse_grounds(text)
    except UnknownGround:
        return
    assert parsed.codes and all(code in catalogue() for code in parsed.codes)
    assert parsed.original == text


@given(text=st.one_of(ground_like, st.text(max_size=80)))
def test_parse_ground_gives_one_code_or_unknown_ground(text: str) -> None:
    try:
        code = parse_ground(text)
    except UnknownGround:
        return
    assert code in catalogue()
