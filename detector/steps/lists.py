"""Apply the configured allow-list: spans whose text is on it stay public."""

from __future__ import annotations

from detector.document import Span
from detector.steps.base import Resources, StepContext


class AllowListStep:
    """Drop spans whose text (case-insensitive, spaces folded) is on ``settings.allow_list``."""

    name = "allow_list"

    def __init__(self, resources: Resources) -> None:
        self.allowed = frozenset(_fold(item) for item in resources.settings.allow_list)

    def __call__(self, spans: list[Span], context: StepContext) -> list[Span]:
        kept: list[Span] = []
        for span in spans:
            if _fold(span.text) in self.allowed:
                context.public.append(span)
            else:
                kept.append(span)
        return kept


def _fold(text: str) -> str:
    return " ".join(text.lower().split())
