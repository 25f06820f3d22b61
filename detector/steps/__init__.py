"""Post-processing steps, by name, in the order they run (enable/disable them by name in settings)."""

from __future__ import annotations

from collections.abc import Callable

from detector.steps.base import Resources, Step, StepContext
from detector.steps.grounds import GroundStep
from detector.steps.lists import AllowListStep
from detector.steps.opinions import OpinionStep
from detector.steps.overlaps import OverlapStep
from detector.steps.propagation import PropagateNamesStep
from detector.steps.public_roles import PublicRolesStep

# Order: allow_list, public_roles, propagate_names, grounds, opinions, overlaps.
STEPS: dict[str, Callable[[Resources], Step]] = {
    "allow_list": AllowListStep,
    "public_roles": PublicRolesStep,
    "propagate_names": PropagateNamesStep,
    "grounds": GroundStep,
    "opinions": OpinionStep,
    "overlaps": OverlapStep,
}

__all__ = ["STEPS", "Resources", "Step", "StepContext"]
