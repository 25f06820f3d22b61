"""Retrain the opinion classifier from reviewers' decisions (the export in ``docs/feedback-format.md``).

Accepted 5.2(1) suggestions become ``opinion`` examples, rejected ones ``fact``; manual redactions and ground
changes *to* 5.2(1) become ``opinion``; changes *away* from 5.2(1) are skipped. Only the latest decision per
suggestion counts. The examples are merged with the base training set (a reviewer's label wins over the base
label for the same text), passages of the fixed test split are kept out, and the model is refitted with a seed,
so the same inputs give the same model. Before and after are measured on the same test split.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sklearn.pipeline import Pipeline

from detector.feedback import Decision, latest, read_feedback
from detector.opinion_model import FACT, OPINION, default_model_path, load_model
from training.card import build_card, read_card, write_card
from training.opinion import CANDIDATES, save_model
from training.train import DEFAULT_TEST, DEFAULT_TRAIN, Example, Metrics, evaluate, fit, load_examples, write_examples

GROUND = "5.2(1)"


def label_for(decision: Decision) -> str | None:
    """``opinion``, ``fact`` or None (not usable) by the rules in ``docs/feedback-format.md``."""
    if decision.decision == "accept" and decision.suggested_ground == GROUND:
        return OPINION
    if decision.decision == "reject" and decision.suggested_ground == GROUND:
        return FACT
    if decision.decision in ("manual", "change_ground") and decision.final_ground == GROUND:
        return OPINION
    return None


@dataclass
class FeedbackExamples:
    """Labelled examples from an export, and why the other lines were not used."""

    examples: list[Example]
    skipped: Counter[str] = field(default_factory=Counter)


def feedback_examples(decisions: list[Decision]) -> FeedbackExamples:
    """The latest decision per suggestion (per span for a manual one), turned into labelled examples."""
    kept = latest(decisions)
    skipped: Counter[str] = Counter()
    if len(kept) < len(decisions):
        skipped["superseded by a later decision"] = len(decisions) - len(kept)
    examples = []
    for decision in kept:
        label = label_for(decision)
        if not decision.text.strip():
            skipped["empty text"] += 1
        elif label is None:
            skipped["not about 5.2(1)" if GROUND not in (decision.suggested_ground, decision.final_ground)
                    else "ground changed away from 5.2(1)"] += 1
        else:
            examples.append(Example(text=decision.text.strip(), label=label, group=f"feedback:{decision.document_id}",
                                    id=decision.decision_id, source="feedback"))
    return FeedbackExamples(examples, skipped)


def normalise(text: str) -> str:
    """The de-duplication key: case-folded, whitespace collapsed."""
    return " ".join(text.casefold().split())


@dataclass
class Merged:
    """The merged training set and what merging did."""

    examples: list[Example]
    added: int = 0
    relabelled: int = 0
    duplicates: int = 0
    held_out: int = 0


def merge(base: list[Example], feedback: list[Example], test: list[Example]) -> Merged:
    """Base set plus feedback, de-duplicated by :func:`normalise`; feedback wins; test passages stay out."""
    test_keys = {normalise(e.text) for e in test}
    merged = {normalise(e.text): e for e in base}
    result = Merged(examples=[])
    for example in feedback:
        key = normalise(example.text)
        if key in test_keys:
            result.held_out += 1
        elif key not in merged:
            result.added += 1
            merged[key] = example
        elif merged[key].label != example.label:
            result.relabelled += 1
            merged[key] = example
        else:
            result.duplicates += 1
    result.examples = list(merged.values())
    return result


@dataclass
class RetrainReport:
    """Before/after metrics on the fixed test split, and what the feedback contributed."""

    candidate: str
    before: Metrics
    after: Metrics
    feedback_lines: int
    feedback_examples: int
    skipped: dict[str, int]
    merge: Merged
    model_path: Path
    card_path: Path
    model: Pipeline = field(repr=False)

    def to_dict(self) -> dict[str, Any]:
        return {"candidate": self.candidate, "before": self.before.to_dict(), "after": self.after.to_dict(),
                "feedback_lines": self.feedback_lines, "feedback_examples": self.feedback_examples,
                "skipped": self.skipped, "added": self.merge.added, "relabelled": self.merge.relabelled,
                "duplicates": self.merge.duplicates, "held_out_test_overlap": self.merge.held_out,
                "train_count": len(self.merge.examples), "model": str(self.model_path),
                "card": str(self.card_path)}


def retrain_opinion_model(
    feedback_path: Path,
    out: Path,
    *,
    base_path: Path = DEFAULT_TRAIN,
    test_path: Path = DEFAULT_TEST,
    before_model: Path | None = None,
    candidate: str | None = None,
    seed: int = 0,
    threshold: float = 0.5,
    merged_out: Path | None = None,
) -> RetrainReport:
    """Read the export, merge, refit (same candidate as the current model unless given), save with a card."""
    decisions = read_feedback(feedback_path)
    from_feedback = feedback_examples(decisions)
    test = load_examples(test_path)
    merged = merge(load_examples(base_path), from_feedback.examples, test)
    before_path = before_model or default_model_path()
    current = load_model(before_path)
    name = candidate or str((read_card(before_path) or {}).get("candidate", "logreg"))
    if name not in CANDIDATES:
        raise ValueError(f"unknown candidate {name!r}; known: {', '.join(CANDIDATES)}")
    model = fit(merged.examples, name, seed)
    before, after = evaluate(current, test, threshold), evaluate(model, test, threshold)
    save_model(model, out)
    data = {"base": base_path, "feedback": feedback_path, "test": test_path}
    if merged_out is not None:
        data["merged"] = write_examples(merged.examples, merged_out)
    new_card = build_card(
        name="lakmoes-opinion-5.2(1)", pipeline=model, candidate=name, data=data,
        metrics={"test": after.to_dict(), "test_before": before.to_dict()},
        extra={"seed": seed, "threshold": threshold, "retrained_from": before_path.name,
               "feedback": {"lines": len(decisions), "examples": len(from_feedback.examples),
                            "added": merged.added, "relabelled": merged.relabelled,
                            "duplicates": merged.duplicates, "held_out_test_overlap": merged.held_out}},
    )
    return RetrainReport(name, before, after, len(decisions), len(from_feedback.examples),
                         dict(from_feedback.skipped), merged, out, write_card(new_card, out), model)

