"""Bounds of every integer a client sends: what the database columns hold (PostgreSQL ``integer``).

A larger id, offset or version is answered with 422 by validation, never with an overflow in the database.
"""

from __future__ import annotations

from typing import Annotated

from fastapi import Path

MAX_INT = 2**31 - 1

Id = Annotated[int, Path(ge=1, le=MAX_INT, description="A positive id.")]
