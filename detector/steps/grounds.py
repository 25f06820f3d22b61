"""Step ``grounds``: every span's Woo ground and Dutch explanation, from :func:`detector.grounds_rules.decide`.

This is the only place a ground is set. Spans still here whose rule says "public" are left out (the ``public``
step, which runs first, already recorded them with their reason).
"""

from __future__ import annotations

from dataclasses import replace

from detector.document import Span
from detector.grounds_rules import decide
from detector.profile import Profile
from detector.steps.base import Resources, StepContext


class GroundStep:
    """Set ``ground`` and ``explanation`` from entity type, document type, evidence and the profile."""

    name = "grounds"

    def __init__(self, resources: Resources) -> None:
        self.profile: Profile = resources.profile

    def __call__(self, spans: list[Span], context: StepContext) -> list[Span]:
        out: list[Span] = []
        for span in spans:
            decision = decide(span.entity_type, context.doc_type, span.metadata, self.profile, span.text)
            if decision.ground is not None:
                explanation = decision.explanation(span.metadata.get("evidence"))
                out.append(replace(span, ground=decision.ground, explanation=explanation))
        return out
