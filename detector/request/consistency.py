"""The consistency report: values decided differently in different documents of a request.

A value is as :func:`detector.values.value_key` folds it: a person by surname (without interfix) and first
initial, so ``J. de Vries``, ``Jan De Vries`` and ``Jan Vries`` are one; other types by text, case and spacing
folded. For every reviewed document each suggestion has an
outcome: redacted under a ground, or released. A value with more than one outcome across the request is
listed for the reviewer to settle; documents not yet reviewed do not count.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Iterable
from dataclasses import asdict, dataclass

from detector.request.model import RequestItem
from detector.values import value_key
from recognizers.name_lists import NameLists, name_lists

RELEASED = "openbaar"


@dataclass(frozen=True)
class Occurrence:
    """Where a value was decided and how: ``outcome`` is a ground code or ``openbaar``."""

    document: str
    number: int
    start: int
    end: int
    text: str
    outcome: str


@dataclass(frozen=True)
class Inconsistency:
    """A value with different outcomes in different places."""

    value: str
    entity_type: str
    outcomes: tuple[str, ...]
    occurrences: tuple[Occurrence, ...]


def report(items: Iterable[RequestItem], lists: NameLists | None = None) -> list[Inconsistency]:
    """Every value decided in more than one way across the reviewed documents, most occurrences first."""
    lists = lists or name_lists()
    groups: dict[tuple[str, str], list[Occurrence]] = defaultdict(list)
    shown: dict[tuple[str, str], str] = {}
    for item in items:
        if item.decided is None:
            continue
        for s in item.suggestions:
            outcome = _outcome(s.start, s.end, item)
            key = (s.entity_type, value_key(s.text, s.entity_type, lists))
            shown.setdefault(key, s.text)
            groups[key].append(Occurrence(item.name, item.number, s.start, s.end, s.text, outcome))
    result = [
        Inconsistency(shown[key], key[0], tuple(sorted({o.outcome for o in occurrences})), tuple(occurrences))
        for key, occurrences in groups.items()
        if len({o.outcome for o in occurrences}) > 1
    ]
    return sorted(result, key=lambda i: (-len(i.occurrences), i.entity_type, i.value))


def _outcome(start: int, end: int, item: RequestItem) -> str:
    assert item.decided is not None
    grounds = sorted({d.ground for d in item.decided if d.start < end and start < d.end})
    return "/".join(grounds) if grounds else RELEASED


def to_json(issues: list[Inconsistency]) -> str:
    """The report as a JSON array (the API's shape)."""
    return json.dumps([asdict(i) for i in issues], ensure_ascii=False, indent=2)


def to_markdown(issues: list[Inconsistency]) -> str:
    """The report for a reviewer: one section per value with where it was redacted and where released."""
    lines = ["# Consistentierapport", ""]
    if not issues:
        lines.append("Geen waarden die in verschillende documenten verschillend zijn beoordeeld.")
        return "\n".join(lines) + "\n"
    lines.append(f"{len(issues)} waarden zijn in verschillende documenten verschillend beoordeeld.")
    for issue in issues:
        lines += ["", f"## {issue.value} ({issue.entity_type}): {' / '.join(issue.outcomes)}", ""]
        for o in issue.occurrences:
            lines.append(f"- document {o.number} ({o.document}), tekens {o.start}-{o.end}: {o.outcome}")
    return "\n".join(lines) + "\n"
