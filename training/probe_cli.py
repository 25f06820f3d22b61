"""What the probes share (``name_probe``, ``business_probe``, ``word_probe``, ``special_probe``, ``contact_probe``):
their command line, the row of a probe whose contexts expect a value to be proposed or kept public, and whether
suggestions cover a value wholly."""

from __future__ import annotations

import argparse
from collections.abc import Iterable
from dataclasses import dataclass

from detector.document import Suggestion


def probe_parser(doc: str | None, per_context: int, seed: int, held_out: bool = False) -> argparse.ArgumentParser:
    """A parser with ``--per-context`` and ``--seed`` (and, with ``held_out``, ``--held-out``: the probe's contexts
    written after the rules) and the first line of the probe's docstring as description."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n", 1)[0])
    parser.add_argument("--per-context", type=int, default=per_context)
    parser.add_argument("--seed", type=int, default=seed)
    if held_out:
        parser.add_argument("--held-out", action="store_true", help="the contexts written after the rules (HELD_OUT)")
    return parser


@dataclass(frozen=True)
class ProbeRow:
    """One context and one kind of value (``amounts``, ``names``, ``contacts``): values tried, values proposed, and
    whether that is what the context asks (``propose``)."""

    context: str
    what: str
    propose: bool
    values: int
    proposed: int
    examples: tuple[str, ...]  # values that went against the context's expectation

    @property
    def correct(self) -> int:
        return self.proposed if self.propose else self.values - self.proposed


def covered(start: int, end: int, suggestions: Iterable[Suggestion]) -> bool:
    """Whether the suggestions together cover every character of ``start``–``end``: a value half blacked out still
    tells what it is."""
    at = start
    for s in sorted(suggestions, key=lambda s: s.start):
        if s.start <= at < s.end:
            at = s.end
    return at >= end
