"""A pattern occurs in a text exactly when one of its branches does (detector.regex_branches)."""

from __future__ import annotations

import random

import pytest
import regex

from detector.regex_branches import branches

FLAGS = regex.IGNORECASE | regex.MULTILINE


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"\b(?:a|b(?:c|d))\b", [r"\ba\b", r"\bbc\b", r"\bbd\b"]),
        (r"intern(?:e)? memo|x", ["interne memo", "intern memo", "x"]),
        (r"^[ \t]*(?:aan|van)[ \t]*$", [r"(?<=^[ \t]*)aan[ \t]*$", r"(?<=^[ \t]*)van[ \t]*$"]),
        (r"\b(?:x[|)]y|z\|w)\b", [r"\bx[|)]y\b", r"\bz\|w\b"]),
    ],
)
def test_branches_distribute_plain_groups(pattern: str, expected: list[str]) -> None:
    assert branches(pattern) == expected


@pytest.mark.parametrize(
    "pattern",
    [r"(?i)a|b", r"(a)\1|x", r"a(?:b)??c", r"a(?:b)?+c", r"a(?:b|c)*d", r"^[ \t]*+a", r"^[ \t]*?a"],
)
def test_what_cannot_be_split_stays_whole(pattern: str) -> None:
    assert len(branches(pattern)) == 1
    assert "(?<=" not in branches(pattern)[0]


PATTERNS = [
    r"\b(?:deze|onze|de volgende) offerte\b|\bofferte (?:voor|inzake|aan)\b|\bgeldig(?:heidsduur| tot)\b",
    r"\b(?:intern(?:e)? memo|memo|\w{0,12}notitie|\w{0,12}nota)\b",
    r"^[ \t]*kopie aan[ \t]*$|^[ \t]*(?:cc|kopie)[ \t]*:",
    r"^[#* \t]*(?:aanleiding|stap \d{1,2}|hoofdstuk \d{1,2})\b",
    r"\b(?:besluiten (?:wij|we) (?:u )?(?:een )?subsidie|zie (?:ook )?(?:paragraaf|bijlage))\b",
    r"^[ \t#*]*(?:[\w-]{1,30}[ \t]){0,3}(?:(?:raam|huur)?overeenkomst|contract|(?-i:SLA))\b",
]
WORDS = [
    "deze",
    "onze",
    "de",
    "volgende",
    "offerte",
    "voor",
    "aan",
    "geldig",
    "heidsduur",
    "tot",
    "intern",
    "interne",
    "memo",
    "beleids",
    "notitie",
    "nota",
]
WORDS += [
    "kopie",
    "cc",
    "aanleiding",
    "stap",
    "hoofdstuk",
    "besluiten",
    "wij",
    "we",
    "u",
    "een",
    "subsidie",
    "zie",
    "ook",
    "paragraaf",
    "bijlage",
]
WORDS += ["raam", "huur", "overeenkomst", "contract", "SLA", "sla", "1", "12", "123"]
SEPARATORS = [" ", " ", "\n", "\t", ":", ".", "-", "*", "#", "  ", "x"]


def test_a_pattern_occurs_exactly_where_one_of_its_branches_does() -> None:
    rng = random.Random(15)
    for pattern in PATTERNS:
        whole = regex.compile(pattern, FLAGS)
        parts = [regex.compile(branch, FLAGS) for branch in branches(pattern)]
        assert len(parts) > 1
        for _ in range(2_000):
            words = [rng.choice(WORDS) for _ in range(rng.randint(1, 8))]
            text = "".join(w.capitalize() if rng.random() < 0.3 else w + rng.choice(SEPARATORS) for w in words)
            assert (whole.search(text) is not None) == any(p.search(text) for p in parts), (pattern, text)
