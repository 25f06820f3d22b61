"""Post-processing steps, by name, in the order they run (enable/disable them by name in settings)."""

from __future__ import annotations

from collections.abc import Callable

from detector.steps.amount_owner import AmountOwnerStep
from detector.steps.base import Resources, Step, StepContext
from detector.steps.grounds import GroundStep
from detector.steps.opinions import OpinionStep
from detector.steps.overlaps import OverlapStep
from detector.steps.propagation import PropagateNamesStep
from detector.steps.public import PublicStep

# Order: amount_owner (evidence from a firm in the sentence), public (what stays visible, with a reason),
# propagate_names, opinions, grounds (every ground), overlaps.
STEPS: dict[str, Callable[[Resources], Step]] = {
    "amount_owner": AmountOwnerStep,
    "public": PublicStep,
    "propagate_names": PropagateNamesStep,
    "opinions": OpinionStep,
    "grounds": GroundStep,
    "overlaps": OverlapStep,
}

__all__ = ["STEPS", "Resources", "Step", "StepContext"]
