"""Overlapping spans are resolved deterministically: longest, then highest score; same span keeps both grounds."""

from __future__ import annotations

from detector.document import Span
from detector.steps.overlaps import resolve_overlaps

TEXT = "Jan de Vries woont in Almere en betaalt NL91ABNA0417164300."


def span(start: int, end: int, entity: str = "PERSON", score: float = 0.8, ground: str = "5.1(2)e") -> Span:
    return Span(start, end, TEXT[start:end], entity, score, "test", ground=ground)


def test_longest_wins() -> None:
    kept = resolve_overlaps([span(0, 3), span(0, 12), span(7, 12, score=1.0)])
    assert [(s.start, s.end) for s in kept] == [(0, 12)]


def test_equal_length_highest_score_wins() -> None:
    kept = resolve_overlaps([span(0, 6, "PERSON", 0.6), span(1, 7, "ORGANIZATION", 0.9, "5.1(1)c")])
    assert [(s.start, s.end, s.entity_type) for s in kept] == [(1, 7, "ORGANIZATION")]


def test_same_span_two_grounds_keeps_both() -> None:
    kept = resolve_overlaps([span(40, 58, "IBAN_CODE", 1.0, "5.1(1)c"), span(40, 58, "ORDER_NUMBER", 0.5, "5.1(2)f")])
    assert len(kept) == 1
    assert kept[0].entity_type == "IBAN_CODE"
    assert (kept[0].ground, *kept[0].extra_grounds) == ("5.1(1)c", "5.1(2)f")


def test_disjoint_spans_all_kept_in_order_and_input_order_does_not_matter() -> None:
    spans = [span(22, 28, "ADDRESS"), span(0, 12), span(40, 58, "IBAN_CODE")]
    a = resolve_overlaps(spans)
    b = resolve_overlaps(list(reversed(spans)))
    assert a == b
    assert [(s.start, s.end) for s in a] == [(0, 12), (22, 28), (40, 58)]


def test_touching_spans_do_not_overlap() -> None:
    kept = resolve_overlaps([span(0, 3), span(3, 6)])
    assert [(s.start, s.end) for s in kept] == [(0, 3), (3, 6)]


def test_span_checks_its_offsets() -> None:
    import pytest

    with pytest.raises(ValueError):
        Span(5, 5, "", "PERSON", 0.5, "t")
    with pytest.raises(ValueError):
        Span(0, 3, "Jans", "PERSON", 0.5, "t")
    with pytest.raises(ValueError):
        Span(0, 3, "Jan", "PERSON", 1.5, "t")


def test_a_name_inside_an_opinion_keeps_its_own_suggestion() -> None:
    text = "Ik vind dat Jan de Vries de opdracht niet moet krijgen."
    opinion = Span(0, len(text), text, "POLICY_OPINION", 0.9, "opinion", ground="5.2(1)")
    name = Span(12, 24, "Jan de Vries", "PERSON", 0.85, "names", ground="5.1(2)e")
    kept = resolve_overlaps([name, opinion])
    assert [(s.entity_type, s.ground) for s in kept] == [("POLICY_OPINION", "5.2(1)"), ("PERSON", "5.1(2)e")]


def test_overlapping_opinions_still_resolve_among_themselves() -> None:
    text = "Ik adviseer dit. Dat lijkt mij beter."
    a = Span(0, 16, text[0:16], "POLICY_OPINION", 0.9, "opinion", ground="5.2(1)")
    b = Span(0, len(text), text, "POLICY_OPINION", 0.7, "opinion", ground="5.2(1)")
    assert resolve_overlaps([a, b]) == [b]


def test_the_gap_between_two_spans_in_either_order() -> None:
    name, place = span(0, 12), span(22, 28)
    assert name.gap_to(place) == place.gap_to(name) == (12, 22)
    left, right = span(0, 12).gap_to(span(7, 17))
    assert right < left  # overlapping spans have no gap
