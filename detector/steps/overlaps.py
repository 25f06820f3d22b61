"""Resolve overlapping spans deterministically: longest wins, then highest score; equal spans merge grounds.

Passage-level suggestions (a 5.2(1) opinion) are resolved apart from value-level ones (a name, an amount):
a name inside an opinion keeps its own 5.1(2)e suggestion, so rejecting the opinion never un-redacts the name.
"""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from detector.document import Span
from detector.steps.base import Resources, StepContext


def _priority(span: Span) -> tuple[int, float, int, str, str]:
    return (-(span.end - span.start), -span.score, span.start, span.entity_type, span.recognizer)


PASSAGE_ENTITIES = frozenset({"POLICY_OPINION"})


def resolve_overlaps(spans: list[Span]) -> list[Span]:
    """Resolve passage-level and value-level spans each among themselves; result sorted by position."""
    passages = _resolve([s for s in spans if s.entity_type in PASSAGE_ENTITIES])
    values = _resolve([s for s in spans if s.entity_type not in PASSAGE_ENTITIES])
    return sorted(passages + values, key=lambda s: (s.start, -s.end, s.entity_type))


def _resolve(spans: list[Span]) -> list[Span]:
    """Keep non-overlapping spans; a span with the same offsets as a kept one adds its ground to it."""
    starts: list[int] = []
    kept: list[Span] = []  # disjoint, sorted by start
    for span in sorted(spans, key=_priority):
        index = bisect_left(starts, span.end)
        before = kept[index - 1] if index else None
        if before is None or before.end <= span.start:
            starts.insert(index, span.start)
            kept.insert(index, span)
        elif (before.start, before.end) == (span.start, span.end) and span.ground:
            grounds = (before.ground, *before.extra_grounds)
            if span.ground not in grounds:
                kept[index - 1] = replace(before, extra_grounds=(*before.extra_grounds, span.ground))
    return kept


class OverlapStep:
    """Pipeline step wrapper around :func:`resolve_overlaps`."""

    name = "overlaps"

    def __init__(self, resources: Resources) -> None:
        pass

    def __call__(self, spans: list[Span], context: StepContext) -> list[Span]:
        return resolve_overlaps(spans)
