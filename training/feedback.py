"""Retrain the opinion classifier from reviewers' decisions (the export in ``docs/feedback-format.md``).

Accepted 5.2(1) suggestions become ``opinion`` examples, rejected ones ``fact``; manual redactions and ground
changes *to* 5.2(1) become ``opinion``; changes *away* from 5.2(1) are skipped. Only the latest decision per
suggestion counts. The examples are merged with the base training set (a reviewer's label wins over the base
label for the same text), passages of the fixed test split are kept out, and the model is refitted with a seed,
so the same inputs give the same model. Before and after are measured on the same test split.
"""

from __future__ import annotations

import json
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

from sklearn.pipeline import Pipeline

from detector.opinion_model import FACT, OPINION, default_model_path, load_model
from training.card import build_card, read_card, write_card
from training.opinion import CANDIDATES, save_model
from training.train import DEFAULT_TEST, DEFAULT_TRAIN, Example, Metrics, evaluate, fit, load_examples, write_examples

GROUND = "5.2(1)"
DECISIONS = ("accept", "reject", "change_ground", "manual")
_REQUIRED = {"decision_id": str, "document_id": str, "text": str, "decision": str, "decided_at": str}
_OPTIONAL = {"suggestion_id": str, "suggested_ground": str, "final_ground": str, "doc_type": str, "reason": str}


class FeedbackError(ValueError):
    """A feedback export that is missing or has a malformed line (the message names the line)."""


@dataclass(frozen=True)
class Decision:
    """The fields of one export line that retraining uses."""

    decision_id: str
    document_id: str
    suggestion_id: str | None
    text: str
    suggested_ground: str | None
    decision: str
    final_ground: str | None
    decided_at: datetime
    line: int


def read_decisions(path: Path) -> list[Decision]:
    """Parse and check every line of the export; the first bad line raises :class:`FeedbackError`."""
    if not path.is_file():
        raise FeedbackError(f"feedback export not found: {path}")
    decisions = []
    with path.open(encoding="utf-8") as handle:
        for number, line in enumerate(handle, start=1):
            if line.strip():
                decisions.append(_parse(line, number, path.name))
    return decisions


def _parse(line: str, number: int, name: str) -> Decision:
    where = f"{name}:{number}"
    try:
        record = json.loads(line)
    except json.JSONDecodeError as error:
        raise FeedbackError(f"{where}: invalid JSON ({error.msg})") from None
    if not isinstance(record, dict):
        raise FeedbackError(f"{where}: expected a JSON object")
    for key, kind in _REQUIRED.items():
        if not isinstance(record.get(key), kind):
            raise FeedbackError(f"{where}: field '{key}' is missing or not a string")
    for key, kind in _OPTIONAL.items():
        if record.get(key) is not None and not isinstance(record[key], kind):
            raise FeedbackError(f"{where}: field '{key}' must be a string or null")
    if record["decision"] not in DECISIONS:
        raise FeedbackError(f"{where}: decision must be one of {', '.join(DECISIONS)}")
    try:
        decided_at = datetime.fromisoformat(record["decided_at"])
    except ValueError:
        raise FeedbackError(f"{where}: decided_at is not an ISO 8601 timestamp") from None
    if decided_at.tzinfo is None:
        raise FeedbackError(f"{where}: decided_at needs a time zone")
    return Decision(record["decision_id"], record["document_id"], record.get("suggestion_id"), record["text"],
                    record.get("suggested_ground"), record["decision"], record.get("final_ground"), decided_at,
                    number)


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
    """The latest decision per suggestion (manual ones stand alone), turned into labelled examples."""
    latest: dict[str, Decision] = {}
    skipped: Counter[str] = Counter()
    for decision in sorted(decisions, key=lambda d: (d.decided_at, d.line)):
        key = f"s:{decision.suggestion_id}" if decision.suggestion_id else f"d:{decision.decision_id}"
        if key in latest:
            skipped["superseded by a later decision"] += 1
        latest[key] = decision
    examples = []
    for decision in latest.values():
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
    decisions = read_decisions(feedback_path)
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

