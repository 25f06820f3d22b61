"""Choose each span's Woo ground from its entity type and the document type, and write its explanation."""

from __future__ import annotations

import json
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources as importlib_resources

from detector.document import Span
from detector.grounds import get_ground
from detector.steps.base import Resources, StepContext


@dataclass(frozen=True)
class GroundRule:
    """Ground for one entity type: a default and per-document-type overrides (None = public)."""

    what: str
    default: str | None
    by_doc_type: dict[str, str | None]

    def ground_for(self, doc_type: str) -> str | None:
        return self.by_doc_type.get(doc_type, self.default)


@lru_cache(maxsize=1)
def ground_rules() -> dict[str, GroundRule]:
    """The packaged ``ground_rules.json``, by entity type."""
    raw = json.loads(
        importlib_resources.files("detector.data").joinpath("ground_rules.json").read_text("utf-8")
    )
    return {
        entity: GroundRule(what=rule["what"], default=rule["default"], by_doc_type=rule.get("by_doc_type", {}))
        for entity, rule in raw["rules"].items()
    }


class GroundStep:
    """Set ``ground`` and ``explanation``; a ground chosen by the recognizer itself is kept."""

    name = "grounds"

    def __init__(self, resources: Resources) -> None:
        self.rules = ground_rules()

    def __call__(self, spans: list[Span], context: StepContext) -> list[Span]:
        out: list[Span] = []
        for span in spans:
            rule = self.rules.get(span.entity_type)
            ground = span.ground or (rule.ground_for(context.doc_type) if rule else None)
            if ground is None:
                context.public.append(
                    replace(span, public=True, reason=f"openbaar in een document van het type {context.doc_type}")
                )
                continue
            what = str(span.metadata.get("what") or (rule.what if rule else "gegeven"))
            motivation = get_ground(ground).explain(what)
            evidence = span.metadata.get("evidence")  # why the recognizer found it, e.g. a failed IBAN check
            explanation = span.explanation or (f"{str(evidence).rstrip('.')}. {motivation}" if evidence else motivation)
            out.append(replace(span, ground=ground, explanation=explanation))
        return out
