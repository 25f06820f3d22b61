"""Step ``amount_owner``: an amount whose own words name no owner belongs to the supplier named in its sentence.

The amount recognizer judges an amount by the words around it (``offerte``, ``tarief``, ``per uur``, a budget). A
memo often names the firm only: "Bakkersland vraagt € 31.000 voor de hele looptijd." When the supplier recognizer
found a firm in the same sentence, and that firm's name is itself business data in this document (the ground
rules give it a ground: not in a decision or a handbook), the amount gets ``owner=supplier`` as evidence; the
``public`` and ``grounds`` steps then decide as for any supplier's price. Runs before ``public``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from detector.document import Span
from detector.grounds_rules import decide
from detector.profile import Profile
from detector.steps.base import Resources, StepContext
from recognizers.sentences import ends_between

_SUPPLIER = "NlSupplierRecognizer"
_REACH = 150  # characters between the firm and the amount


class AmountOwnerStep:
    """Give amounts without an owner the supplier named in the same sentence."""

    name = "amount_owner"

    def __init__(self, resources: Resources) -> None:
        self.profile: Profile = resources.profile

    def __call__(self, spans: list[Span], context: StepContext) -> list[Span]:
        firms = [
            s
            for s in spans
            if s.entity_type == "ORGANIZATION"
            and s.recognizer == _SUPPLIER
            and decide(s.entity_type, context.doc_type, s.metadata, self.profile, s.text).ground is not None
        ]
        if not firms:
            return spans
        firms.sort(key=lambda s: s.start)
        starts = [s.start for s in firms]
        longest = max(s.end - s.start for s in firms)
        out = []
        for span in spans:
            if span.entity_type == "AMOUNT" and "owner" not in span.metadata:
                # only the firms that can be within reach: a bisect over their starts keeps the step linear
                low = bisect_left(starts, span.start - _REACH - longest)
                high = bisect_right(starts, span.end + _REACH)
                firm = _in_sentence(context.text, span, firms[low:high])
                if firm is not None:
                    evidence = f"prijs van een leverancier die in dezelfde zin staat ('{firm.text}')"
                    span = replace(span, metadata={**span.metadata, "owner": "supplier", "what": evidence})
            out.append(span)
        return out


def _in_sentence(text: str, amount: Span, firms: list[Span]) -> Span | None:
    """The nearest firm within reach of the amount with no sentence end between them."""
    best: Span | None = None
    for firm in firms:
        left, right = firm.gap_to(amount)
        if right - left > _REACH or right < left:
            continue
        if ends_between(text, left, right):
            continue
        if best is None or abs(firm.start - amount.start) < abs(best.start - amount.start):
            best = firm
    return best
