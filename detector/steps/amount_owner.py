"""Step ``amount_owner``: an amount whose own words name no owner belongs to the supplier named in its sentence.

The amount recognizer judges an amount by the words around it (``offerte``, ``tarief``, ``per uur``, a budget). A
memo often names the firm only: "Bakkersland vraagt € 31.000 voor de hele looptijd." When the supplier recognizer
found a firm in the same sentence, and a supplier's name would have a ground in this document (not in a decision or
a handbook, not a subsidy's recipient, not for a body that publishes supplier names), the amount gets
``owner=supplier`` as evidence, and so does the firm, in every place the document names it: a firm named with its
price is business data. The ``public`` and ``grounds`` steps then decide as for any supplier's price. Runs before
``public``.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from detector.document import Span
from detector.grounds_rules import decide
from detector.profile import Profile
from detector.steps.base import Resources, StepContext
from recognizers.nl_supplier import supplier_key
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
            and decide(s.entity_type, context.doc_type, _as_supplier(s), self.profile, s.text).ground is not None
        ]
        if not firms:
            return spans
        firms.sort(key=lambda s: s.start)
        starts = [s.start for s in firms]
        longest = max(s.end - s.start for s in firms)
        out = []
        owners: set[str] = set()
        for span in spans:
            if span.entity_type == "AMOUNT" and "owner" not in span.metadata:
                # only the firms that can be within reach: a bisect over their starts keeps the step linear
                low = bisect_left(starts, span.start - _REACH - longest)
                high = bisect_right(starts, span.end + _REACH)
                firm = _in_sentence(context.text, span, firms[low:high])
                if firm is not None:
                    owners.add(supplier_key(firm.text))
                    evidence = f"prijs van een leverancier die in dezelfde zin staat ('{firm.text}')"
                    span = replace(span, metadata={**span.metadata, "owner": "supplier", "what": evidence})
            out.append(span)
        firm_ids = {id(firm) for firm in firms}
        return [_with_owner(s) if id(s) in firm_ids and supplier_key(s.text) in owners else s for s in out]


def _as_supplier(firm: Span) -> dict[str, object]:
    """The firm's evidence, with ``owner=supplier`` unless it has an owner already (a subsidy's recipient)."""
    return {"owner": "supplier", **firm.metadata}


def _with_owner(firm: Span) -> Span:
    return replace(firm, metadata=_as_supplier(firm))


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
