"""API keys: generation, hashing and the role rules. Keys are random tokens; only their SHA-256 is stored."""

from __future__ import annotations

import hashlib
import ipaddress
import secrets
from collections.abc import Iterable
from enum import StrEnum

KEY_PREFIX = "lk_"


class Role(StrEnum):
    """What a key may do. ``admin`` may do everything."""

    TOOL = "tool"  # the redaction tool: analyze, upload documents
    REVIEWER = "reviewer"  # reviewers: read documents, decide, add manual redactions
    ADMIN = "admin"  # keys, delete, feedback export, model reload


def new_key() -> str:
    """A fresh API key (256 bits of randomness), shown to its owner once."""
    return KEY_PREFIX + secrets.token_urlsafe(32)


def hash_key(key: str) -> str:
    """The stored form of ``key``. A fast hash is enough: keys are long random tokens, not passwords."""
    return hashlib.sha256(key.encode("utf-8")).hexdigest()


def key_prefix(key: str) -> str:
    """The first characters of ``key``, stored so an admin can tell keys apart."""
    return key[: len(KEY_PREFIX) + 6]


def allowed(role: str, required: tuple[Role, ...]) -> bool:
    """True when a key with ``role`` may call an endpoint open to ``required`` (admin may call all)."""
    return role == Role.ADMIN or role in required


def from_networks(host: str | None, networks: Iterable[str]) -> bool:
    """True when the client address ``host`` lies in one of the CIDR ``networks`` (never for a non-IP host)."""
    try:
        address = ipaddress.ip_address(host or "")
    except ValueError:
        return False
    if isinstance(address, ipaddress.IPv6Address) and address.ipv4_mapped:
        address = address.ipv4_mapped
    return any(address in ipaddress.ip_network(network, strict=False) for network in networks)
