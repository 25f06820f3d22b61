"""The business-data probe: made-up prices are proposed where they are a supplier's, public money stays public."""

from __future__ import annotations

from detector import Detector
from training.business_probe import CONTEXTS, probe


def test_prices_are_proposed_and_public_money_kept_public(detector: Detector) -> None:
    rows = probe(detector, per_context=2, seed=3)
    assert [row.context for row in rows] == [context.key for context in CONTEXTS]
    assert {row.propose for row in rows} == {True, False}
    for propose in (True, False):
        part = [row for row in rows if row.propose == propose]
        assert sum(row.correct for row in part) / sum(row.values for row in part) >= 0.9  # 1.000 at 40 per context


def test_a_detector_without_amounts_proposes_nothing(detector: Detector) -> None:
    off = ["NlAmountRecognizer", "NlTariffTableRecognizer"]
    settings = detector.settings.model_copy(update={"disabled_recognizers": off})
    rows = probe(Detector(settings), per_context=1, seed=3)
    assert sum(row.proposed for row in rows) == 0
    assert all(row.correct == row.values for row in rows if not row.propose)
    assert all(row.correct == 0 and row.examples for row in rows if row.propose and "qty" not in row.context)
