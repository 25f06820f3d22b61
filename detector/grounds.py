"""The Woo ground catalogue: every code with its legal text, Dutch motivation and old Wob code."""

from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from importlib import resources
from typing import Literal

GroundKind = Literal["absolute", "relative", "scope"]


@dataclass(frozen=True)
class Ground:
    """One Woo ground as written on a redaction box."""

    code: str
    title: str
    kind: GroundKind
    wob_code: str | None
    legal_text: str
    motivation: str

    def explain(self, what: str) -> str:
        """The Dutch motivation with ``what`` (e.g. "uurtarief") filled in."""
        return self.motivation.format(what=what, what_cap=what[:1].upper() + what[1:])


class UnknownGround(ValueError):
    """A ground code that is not in the catalogue."""

    def __init__(self, code: str) -> None:
        valid = ", ".join(ground_codes())
        super().__init__(f"onbekende Woo-grond {code!r}; geldig zijn: {valid}")
        self.code = code


@lru_cache(maxsize=1)
def catalogue() -> dict[str, Ground]:
    """All grounds by canonical code, read once from the packaged ``grounds.json``."""
    raw = json.loads(resources.files("detector.data").joinpath("grounds.json").read_text("utf-8"))
    return {item["code"]: Ground(**item) for item in raw["grounds"]}


def ground_codes() -> list[str]:
    """Canonical codes in catalogue order."""
    return list(catalogue())


def get_ground(code: str) -> Ground:
    """The ground for a canonical code; raises :class:`UnknownGround`."""
    try:
        return catalogue()[code]
    except KeyError:
        raise UnknownGround(code) from None


def wob_to_woo() -> dict[str, str]:
    """Map each old Wob code to the Woo code that replaced it."""
    return {g.wob_code: g.code for g in catalogue().values() if g.wob_code}
