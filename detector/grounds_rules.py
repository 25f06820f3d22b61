"""The one place a span's Woo ground is chosen: f(entity type, document type, evidence, profile).

The rules are data (``detector/data/ground_rules.json``): per entity type the document types that publish it,
else a ground from the recognizer's evidence (metadata such as ``owner=supplier``), else from the document type,
else a default; ``null`` means the value stays public. The organisation profile adds its policy choices
(supplier names redacted wherever found or public, own kenmerken public). :func:`decide` returns the ground, or
None with the reason the span stays public.
"""

from __future__ import annotations

import json
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from typing import Any

import regex

from detector.grounds import get_ground
from detector.profile import Profile


@dataclass(frozen=True)
class GroundRule:
    """Ground for one entity type: public in the document types ``public_in``, else from evidence, per document type,
    or the default (None = public, ``public`` says why when the default leaves it public)."""

    what: str
    default: str | None
    public: str | None = None
    public_in: frozenset[str] = frozenset()
    by_doc_type: dict[str, str | None] = field(default_factory=dict)
    by_evidence: dict[str, dict[str, str | None]] = field(default_factory=dict)
    what_by_ground: dict[str, str] = field(default_factory=dict)  # "adres" under 5.1(1)c, not "woonadres"

    def evidence_for(self, metadata: Mapping[str, Any]) -> tuple[str, str] | None:
        """The first ``(key, value)`` of the span's evidence this rule has a ground for."""
        for key, grounds in self.by_evidence.items():
            value = metadata.get(key)
            if isinstance(value, str) and value in grounds:
                return key, value
        return None


@dataclass(frozen=True)
class Decision:
    """The ground for a span (None = it stays public, ``reason`` says why), and the words for the explanation."""

    ground: str | None
    what: str
    reason: str | None = None

    def explanation(self, evidence: str | None) -> str:
        """``"<evidence>. <the ground's motivation for what>"`` (the evidence part only when there is one)."""
        assert self.ground is not None
        motivation = get_ground(self.ground).explain(self.what)
        return f"{evidence.rstrip('.')}. {motivation}" if evidence else motivation


@lru_cache(maxsize=1)
def ground_rules() -> dict[str, GroundRule]:
    """The packaged ``ground_rules.json``, by entity type; every ground in it is checked against the catalogue."""
    raw = json.loads(resources.files("detector.data").joinpath("ground_rules.json").read_text("utf-8"))
    rules = {
        entity: GroundRule(
            what=rule["what"],
            default=rule["default"],
            public=rule.get("public"),
            public_in=frozenset(rule.get("public_in", ())),
            by_doc_type=rule.get("by_doc_type", {}),
            by_evidence=rule.get("by_evidence", {}),
            what_by_ground=rule.get("what_by_ground", {}),
        )
        for entity, rule in raw["rules"].items()
    }
    for rule in rules.values():
        grounds = [rule.default, *rule.by_doc_type.values()]
        grounds += [g for by_value in rule.by_evidence.values() for g in by_value.values()]
        for ground in grounds:
            if ground is not None:
                get_ground(ground)  # raises UnknownGround for a typo in the data
    return rules


def decide(
    entity_type: str, doc_type: str, metadata: Mapping[str, Any], profile: Profile, text: str = ""
) -> Decision:
    """The ground of a span with this entity type, in this document type, with this evidence, for this body; the
    explanation's words for the value as the ground names it (a supplier's "adres", a person's "woonadres")."""
    decision = _decide(entity_type, doc_type, metadata, profile, text)
    rule = ground_rules().get(entity_type)
    if rule and decision.ground in rule.what_by_ground and not metadata.get("what"):
        return Decision(decision.ground, rule.what_by_ground[decision.ground], decision.reason)
    return decision


def _decide(
    entity_type: str, doc_type: str, metadata: Mapping[str, Any], profile: Profile, text: str
) -> Decision:
    rule = ground_rules().get(entity_type)
    what = str(metadata.get("what") or (rule.what if rule else "gegeven"))
    if policy := _policy_reason(entity_type, text, profile):
        return Decision(None, what, policy)
    if rule is None:
        return Decision(None, what, f"geen regel voor {entity_type}")
    if doc_type in rule.public_in:
        return Decision(None, what, f"openbaar in een document van het type {doc_type}")
    if evidence := rule.evidence_for(metadata):
        key, value = evidence
        ground = rule.by_evidence[key][value]
        reason = None if ground else str(metadata.get("evidence") or f"openbaar ({key}: {value})")
        return Decision(ground, what, reason)
    if doc_type in rule.by_doc_type:
        ground = rule.by_doc_type[doc_type]
        return Decision(ground, what, None if ground else f"openbaar in een document van het type {doc_type}")
    ground = _default(entity_type, rule, profile)
    reason = None if ground else rule.public or f"openbaar in een document van het type {doc_type}"
    return Decision(ground, what, reason)


def _default(entity_type: str, rule: GroundRule, profile: Profile) -> str | None:
    """The rule's default; a body that redacts every supplier name it finds (``supplier_names = "redacted"``) gives
    an organisation the supplier's ground wherever no evidence and no document type decide."""
    if entity_type == "ORGANIZATION" and profile.policy.supplier_names == "redacted":
        return rule.by_evidence["owner"]["supplier"]
    return rule.default


def _policy_reason(entity_type: str, text: str, profile: Profile) -> str | None:
    """The profile's policy choice that makes this value public, if any."""
    policy = profile.policy
    if entity_type == "ORGANIZATION" and policy.supplier_names == "public":
        return f"Namen van leveranciers maakt {profile.name} openbaar (beleidskeuze in het organisatieprofiel)."
    if (
        entity_type == "KENMERK"
        and policy.own_kenmerken == "public"
        and profile.kenmerk_pattern
        and regex.fullmatch(profile.kenmerk_pattern, text.strip(), timeout=1.0)
    ):
        return f"Eigen kenmerk van {profile.name}; die maakt zijn kenmerken openbaar (organisatieprofiel)."
    return None
