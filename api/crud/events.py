"""The event vocabulary: which actions are decisions, and which events still stand (not undone)."""

from __future__ import annotations

from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import aliased

from api.models import Event

DECISIONS = ("accept", "reject", "change_ground")
UNDO = "undo"
STATUS_OF_ACTION = {"accept": "accepted", "reject": "rejected", "change_ground": "changed"}
MANUAL_ENTITY = "MANUAL"


def not_undone() -> Any:
    """A condition on :class:`Event`: no ``undo`` event takes it back."""
    undo = aliased(Event)
    return ~select(undo.id).where(undo.undoes == Event.id).exists()
