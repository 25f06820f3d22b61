"""The business-data probe: made-up prices are proposed where they are a supplier's, public money stays public."""

from __future__ import annotations

from detector import Detector
from training.business_probe import CONTEXTS, HELD_OUT, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, HELD_OUT_6, probe


def test_prices_are_proposed_and_public_money_kept_public(detector: Detector) -> None:
    rows = [row for row in probe(detector, per_context=2, seed=3) if row.what == "amounts"]
    assert [row.context for row in rows] == [context.key for context in CONTEXTS]
    assert {row.propose for row in rows} == {True, False}
    for propose in (True, False):
        part = [row for row in rows if row.propose == propose]
        assert sum(row.correct for row in part) / sum(row.values for row in part) >= 0.9  # 1.000 at 40 per context


def test_supplier_names_are_scored_apart_where_a_context_names_one(detector: Detector) -> None:
    rows = [row for row in probe(detector, per_context=2, seed=3) if row.what == "names"]
    assert [row.context for row in rows] == [c.key for c in CONTEXTS if "{supplier}" in c.template]
    assert all(row.values == 2 for row in rows)
    assert sum(row.proposed for row in rows if row.propose) > 0
    assert all(row.proposed == 0 for row in rows if not row.propose)  # a subsidy decision's recipient is public


def test_a_detector_without_amounts_proposes_nothing(detector: Detector) -> None:
    off = ["NlAmountRecognizer", "NlTariffTableRecognizer"]
    settings = detector.settings.model_copy(update={"disabled_recognizers": off})
    rows = [row for row in probe(Detector(settings), per_context=1, seed=3) if row.what == "amounts"]
    assert sum(row.proposed for row in rows) == 0
    assert all(row.correct == row.values for row in rows if not row.propose)
    assert all(row.correct == 0 and row.examples for row in rows if row.propose and "qty" not in row.context)


def test_the_held_out_contexts_are_probed_on_request(detector: Detector) -> None:
    rows = probe(detector, per_context=1, seed=3, contexts=HELD_OUT)
    assert {row.context for row in rows} == {c.key for c in HELD_OUT}
    assert not {c.key for c in HELD_OUT} & {c.key for c in CONTEXTS}
    assert sum(row.proposed for row in rows if row.what == "amounts" and row.propose) > 0


def test_the_third_held_out_set_is_probed_on_request(detector: Detector) -> None:
    rows = probe(detector, per_context=1, seed=3, contexts=HELD_OUT_3)
    assert {row.context for row in rows} == {c.key for c in HELD_OUT_3}
    assert not {c.key for c in HELD_OUT_3} & ({c.key for c in CONTEXTS} | {c.key for c in HELD_OUT})


def test_no_held_out_context_is_a_tuned_one() -> None:
    held_out = (HELD_OUT, HELD_OUT_3, HELD_OUT_4, HELD_OUT_5, HELD_OUT_6)
    tuned_keys, tuned_templates = {c.key for c in CONTEXTS}, {c.template for c in CONTEXTS}
    assert not any(c.key in tuned_keys or c.template in tuned_templates for contexts in held_out for c in contexts)
    templates = [c.template for contexts in held_out for c in contexts]
    assert len(templates) == len(set(templates))


def test_the_sixth_held_out_set_renders_every_value_it_scores(detector: Detector) -> None:
    rows = probe(detector, per_context=1, seed=3, contexts=HELD_OUT_6)
    amounts = [row for row in rows if row.what == "amounts"]
    assert [row.context for row in amounts] == [c.key for c in HELD_OUT_6]
    assert all(row.values == len(c.values) for row, c in zip(amounts, HELD_OUT_6, strict=True))

