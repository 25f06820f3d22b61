"""The organisation profile: everything that is true for one body and not for every Dutch body.

A profile is a TOML file (``profiles/voorbeeld-gemeente.toml`` shows the format) selected with the setting
``profile`` (``LAKMOES_PROFILE`` / ``--profile``). It names the body, lists its own public contact details
(addresses, Postbus, functional mailboxes and numbers, bank accounts), its register of public officials, the
style of its own kenmerken, and its policy choices. Lakmoes ships no body's particulars; without a profile only
what holds for every Dutch body applies (:data:`EMPTY_PROFILE`).
"""

from __future__ import annotations

import tomllib
from datetime import date
from pathlib import Path
from typing import Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, ValidationError, field_validator, model_validator

from recognizers.checksums import compact, iban_is_valid

TOOI_PREFIX = "https://identifier.overheid.nl/tooi/id/"


class ProfileError(ValueError):
    """A profile file that cannot be read or does not follow the schema; the message says where and why."""


class _Frozen(BaseModel):
    model_config = ConfigDict(frozen=True, extra="forbid", populate_by_name=True)


class Official(_Frozen):
    """A person acting publicly for the body (TOML: ``[[officials]]`` with ``name``, ``role``, ``from``, ``to``)."""

    name: str = Field(min_length=2, description="The name as it is printed, e.g. 'J. de Vries'.")
    role: str = Field(min_length=2, description="The public role, e.g. 'burgemeester', 'wethouder', 'directeur'.")
    start: date | None = Field(None, alias="from", description="First day in this role; None = always.")
    end: date | None = Field(None, alias="to", description="Last day in this role; None = still in office.")

    @model_validator(mode="after")
    def _period_in_order(self) -> Official:
        if self.start and self.end and self.end < self.start:
            raise ValueError(f"official {self.name!r}: 'to' ({self.end}) lies before 'from' ({self.start})")
        return self

    def in_office(self, on: date | None) -> bool:
        """Whether the role held on ``on``; an unknown date counts as in office."""
        if on is None:
            return True
        return (self.start is None or self.start <= on) and (self.end is None or on <= self.end)


class Policy(_Frozen):
    """The body's own choices where the Woo leaves room (in TOML: the ``[policy]`` table)."""

    supplier_names: Literal["business_data", "redacted", "public"] = Field(
        "business_data",
        description="Organisation names: 5.1(1)c where they are business data (an offer, order, contract or "
        "application, a sentence about a price or quote, a supplier label); 'redacted' wherever found; or 'public'.",
    )
    signatories_public: bool = Field(
        True, description="Names signing a decision 'namens' the bestuursorgaan stay public."
    )
    own_kenmerken: Literal["redacted", "public"] = Field(
        "redacted", description="The body's own kenmerken (in its kenmerk style): redacted or public."
    )


class Profile(_Frozen):
    """One body's particulars; every list may be empty."""

    name: str = Field(min_length=2, description="The body's name, e.g. 'Gemeente Voorbeeld'.")
    tooi: str = Field(description=f"TOOI URI of the body ({TOOI_PREFIX}…).")
    addresses: tuple[str, ...] = Field((), description="Visiting addresses ('Raadhuisplein 1, 1234 AB Stad').")
    postbus: tuple[str, ...] = Field((), description="Postal addresses ('Postbus 100, 1234 AA Stad').")
    mailboxes: tuple[str, ...] = Field((), description="Functional e-mail addresses ('info@voorbeeld.nl').")
    phone_numbers: tuple[str, ...] = Field((), description="Functional numbers ('14 0999', '0999-123456').")
    mailbox_prefixes: tuple[str, ...] = Field(
        (), description="Extra functional mailbox names before the @ ('klantcontact'), besides the shipped ones."
    )
    ibans: tuple[str, ...] = Field((), description="The body's own published bank accounts.")
    public_roles: tuple[str, ...] = Field(
        (), description="Extra titles of officials acting publicly ('dijkgraaf'); names after them stay public."
    )
    officials: tuple[Official, ...] = Field((), description="Register of public officials.")
    kenmerk_pattern: str | None = Field(None, description="Regex matching the body's own kenmerken.")
    policy: Policy = Field(default_factory=Policy)

    @field_validator("tooi")
    @classmethod
    def _tooi_uri(cls, value: str) -> str:
        if not value.startswith(TOOI_PREFIX) or len(value) <= len(TOOI_PREFIX):
            raise ValueError(f"a TOOI URI starts with {TOOI_PREFIX}, got {value!r}")
        return value

    @field_validator("mailboxes")
    @classmethod
    def _mailboxes(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        for mailbox in value:
            if mailbox.count("@") != 1 or mailbox.startswith("@") or mailbox.endswith("@"):
                raise ValueError(f"mailbox {mailbox!r} is not an e-mail address")
        return tuple(m.strip().lower() for m in value)

    @field_validator("mailbox_prefixes", "public_roles")
    @classmethod
    def _words(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        words = tuple(" ".join(word.lower().split()) for word in value)
        for word in words:
            if len(word) < 2 or "@" in word:
                raise ValueError(f"{word!r} is not a mailbox name or title (two or more characters, no @)")
        return words

    @field_validator("ibans")
    @classmethod
    def _ibans(cls, value: tuple[str, ...]) -> tuple[str, ...]:
        compacted = tuple(compact(iban) for iban in value)
        for iban in compacted:
            if not iban_is_valid(iban):
                raise ValueError(f"IBAN {iban!r} fails the mod-97 check")
        return compacted

    @field_validator("kenmerk_pattern")
    @classmethod
    def _kenmerk_pattern(cls, value: str | None) -> str | None:
        if value is not None:
            try:
                regex.compile(value)
            except regex.error as error:
                raise ValueError(f"kenmerk_pattern is not a valid regex: {error}") from None
        return value


EMPTY_PROFILE = Profile(name="Geen profiel", tooi=f"{TOOI_PREFIX}onbekend")
"""No body's particulars: only what holds for every Dutch body applies."""


def load_profile(path: Path) -> Profile:
    """Read and validate a profile TOML file; :class:`ProfileError` names the file and every problem."""
    try:
        raw = tomllib.loads(path.read_text("utf-8"))
    except FileNotFoundError:
        raise ProfileError(f"profile not found: {path}") from None
    except (OSError, UnicodeDecodeError) as error:
        raise ProfileError(f"{path}: cannot read profile: {error}") from None
    except tomllib.TOMLDecodeError as error:
        raise ProfileError(f"{path}: not valid TOML: {error}") from None
    try:
        return Profile.model_validate(raw)
    except ValidationError as error:
        problems = "; ".join(
            f"{'.'.join(str(p) for p in e['loc']) or '(top)'}: {e['msg']}" for e in error.errors()
        )
        raise ProfileError(f"{path}: invalid profile: {problems}") from None

