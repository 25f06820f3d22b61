"""The name probe: made-up names in common Woo contexts are found, and the probe reports what it missed."""

from __future__ import annotations

from detector import Detector
from training.name_probe import CONTEXTS, HELD_OUT, probe


def test_made_up_names_are_found_in_most_contexts(detector: Detector) -> None:
    rows = probe(detector, per_context=5, seed=3)
    assert [row.context for row in rows] == [context.key for context in CONTEXTS]
    assert all(row.found + len(row.missed) <= row.names for row in rows)
    found, names = sum(row.found for row in rows), sum(row.names for row in rows)
    assert found / names >= 0.9  # 0.982 over 60 names per context (docs/evaluation.md)


def test_a_detector_that_finds_no_names_scores_zero(detector: Detector) -> None:
    settings = detector.settings.model_copy(update={"disabled_recognizers": ["NlPersonRecognizer"]})
    blind = Detector(settings)
    rows = probe(blind, per_context=2, seed=3)
    assert sum(row.found for row in rows) == 0
    assert all(len(row.missed) == row.names for row in rows)


def test_given_names_can_come_from_another_locale(detector: Detector) -> None:
    rows = probe(detector, per_context=3, seed=3, first_names="tr_TR")
    dutch = probe(detector, per_context=1, seed=3)
    assert [r.context for r in rows] == [r.context for r in dutch]
    assert sum(r.names for r in rows) == 3 * len(CONTEXTS)
    assert sum(r.found for r in rows) / sum(r.names for r in rows) >= 0.8  # 0.979 over 60 per context


def test_the_held_out_contexts_count_a_name_only_when_every_mention_is_covered(detector: Detector) -> None:
    rows = probe(detector, per_context=2, seed=3, contexts=HELD_OUT)
    assert [row.context for row in rows] == [context.key for context in HELD_OUT]
    assert {c.slot for c in HELD_OUT} == {"name", "initials", "surname"}
    settings = detector.settings.model_copy(update={"disabled_recognizers": ["NlPersonRecognizer"]})
    blind = probe(Detector(settings), per_context=1, seed=3, contexts=HELD_OUT)
    assert sum(row.found for row in blind) < sum(row.names for row in blind)
