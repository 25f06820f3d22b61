"""Reviewer decisions → labelled examples → merged, de-duplicated, deterministic retraining."""

from __future__ import annotations

from pathlib import Path

import pytest

from detector.decisions_file import Decided, read_decisions
from detector.feedback import read_feedback
from detector.opinion_model import load_model, opinion_scores
from tests.feedback_lines import write_jsonl
from training.feedback import feedback_examples, label_for, merge, normalise, retrain_opinion_model
from training.opinion import save_model
from training.train import DATA_DIR, Example, fit, load_examples

from .conftest import TEST, decision


@pytest.mark.parametrize(
    ("kind", "suggested", "final", "label"),
    [
        ("accept", "5.2(1)", "5.2(1)", "opinion"),
        ("reject", "5.2(1)", None, "fact"),
        ("manual", None, "5.2(1)", "opinion"),
        ("change_ground", "5.1(2)e", "5.2(1)", "opinion"),
        ("change_ground", "5.2(1)", "5.1(2)i", None),
        ("accept", "5.1(2)e", "5.1(2)e", None),
        ("reject", "5.1(1)c", None, None),
        ("manual", None, "5.1(2)e", None),
    ],
)
def test_label_rules(tmp_path: Path, kind: str, suggested: str | None, final: str | None, label: str | None) -> None:
    path = write_jsonl(tmp_path / "f.jsonl", [decision(1, "Een passage.", kind, suggested, final)])
    assert label_for(read_feedback(path)[0]) == label


def test_only_the_latest_decision_per_suggestion_counts(tmp_path: Path) -> None:
    lines = [
        decision(2, "De raad moet dit niet willen.", "reject", "5.2(1)", None, suggestion="s-9",
                 at="2026-11-26T09:00:00+00:00"),
        decision(1, "De raad moet dit niet willen.", "accept", "5.2(1)", "5.2(1)", suggestion="s-9",
                 at="2026-11-25T09:00:00+01:00"),
    ]
    result = feedback_examples(read_feedback(write_jsonl(tmp_path / "f.jsonl", lines)))
    assert [(e.text, e.label, e.id) for e in result.examples] == [("De raad moet dit niet willen.", "fact", "d-2")]
    assert result.skipped == {"superseded by a later decision": 1}


def test_merge_adds_relabels_deduplicates_and_keeps_test_out() -> None:
    base = [Example("Het plan is goed.", "opinion"), Example("Er zijn 3 offertes.", "fact")]
    feedback = [
        Example("Een nieuwe   passage.", "opinion"),
        Example("het plan is  GOED.", "fact"),  # same text as a base example, other label: reviewer wins
        Example("Er zijn 3 offertes.", "fact"),  # duplicate
        Example("In de testset.", "opinion"),
    ]
    merged = merge(base, feedback, [Example("in de testset.", "opinion")])
    assert (merged.added, merged.relabelled, merged.duplicates, merged.held_out) == (1, 1, 1, 1)
    assert sorted((normalise(e.text), e.label) for e in merged.examples) == [
        ("een nieuwe passage.", "opinion"), ("er zijn 3 offertes.", "fact"), ("het plan is goed.", "fact")]


def test_retraining_adds_feedback_and_is_deterministic(tiny: dict[str, Path]) -> None:
    before = tiny["dir"] / "before.skops"
    save_model(fit(load_examples(tiny["train"]), "logreg", seed=0), before)
    reports = [
        retrain_opinion_model(tiny["feedback"], tiny["dir"] / f"run{i}" / "opinion.skops", base_path=tiny["train"],
                              test_path=tiny["test"], before_model=before, candidate="logreg", seed=7,
                              merged_out=tiny["dir"] / f"run{i}" / "merged.jsonl")
        for i in (1, 2)
    ]
    report = reports[0]
    # 5 decisions: 3 usable examples plus one in the test split; the PERSON decision is skipped.
    assert (report.feedback_lines, report.feedback_examples) == (5, 4)
    assert report.skipped == {"not about 5.2(1)": 1}
    assert (report.merge.added, report.merge.held_out) == (3, 1)
    merged = load_examples(tiny["dir"] / "run1" / "merged.jsonl")
    assert len(merged) == 24 + 3
    assert {("Laten we de buurt vooral niet vergeten.", "opinion"),
            ("We hebben op 4 maart 18 reacties ontvangen.", "fact")} <= {(e.text, e.label) for e in merged}
    assert report.before.support == report.after.support == len(TEST)
    texts = [t for t, _ in TEST]
    first, second = (opinion_scores(load_model(r.model_path), texts) for r in reports)
    assert first == second
    card = report.card_path.read_text("utf-8")
    assert '"test_before"' in card and '"added": 3' in card


def test_the_shipped_example_export() -> None:
    decisions = read_feedback(DATA_DIR / "feedback-example.jsonl")
    result = feedback_examples(decisions)
    assert len(decisions) == 22 and len(result.examples) == 18
    assert result.skipped == {"superseded by a later decision": 1, "not about 5.2(1)": 2,
                              "ground changed away from 5.2(1)": 1}
    labels = {e.text: e.label for e in result.examples}
    assert labels["De wethouder moet hier geen toezeggingen over doen."] == "fact"  # the later reject wins
    assert labels["Eerst de resultaten van de evaluatie afwachten en dan verder kijken."] == "opinion"


def test_redaction_and_retraining_read_one_file_alike(tmp_path: Path) -> None:
    """The same latest decisions: what redaction applies is what retraining labels, superseded lines in neither."""
    lines = [
        decision(1, "Wij vinden dit onverstandig.", "accept", "5.2(1)", "5.2(1)", suggestion="s-1"),
        decision(2, "Wij vinden dit onverstandig.", "reject", "5.2(1)", None, suggestion="s-1",
                 at="2026-11-25T11:00:00+00:00"),
        decision(3, "Laten we dit niet doen.", "manual", None, "5.2(1)", suggestion=None),
        decision(4, "Laten we dit niet doen.", "manual", None, "5.2(1)", suggestion=None),
        decision(5, "Het plan is te duur.", "change_ground", "5.1(2)i", "5.2(1)"),
    ]
    path = write_jsonl(tmp_path / "f.jsonl", lines)
    retraining = feedback_examples(read_feedback(path))
    assert [(e.id, e.label) for e in retraining.examples] == [("d-2", "fact"), ("d-4", "opinion"), ("d-5", "opinion")]
    assert retraining.skipped == {"superseded by a later decision": 2}
    assert read_decisions(path) == {
        "doc-1": [Decided(0, 20, "5.2(1)", "Het plan is te duur."), Decided(0, 23, "5.2(1)", "Laten we dit niet doen.")]
    }
