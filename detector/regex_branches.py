"""Split a regex into the alternatives it is a union of, so that each can be searched for on its own.

``regex`` finds one literal quickly (``\\bofferte\\b``: a fast scan for ``offerte``), but tries every branch
of an alternation at every position (``\\b(?:offerte|prijsopgave|…)\\b``: ten to twenty times slower). A
pattern occurs in a text exactly when one of its :func:`branches` does: concatenation distributes over
alternation, so ``P(?:A|B)S`` matches where ``PAS`` or ``PBS`` does, and ``P(?:A)?S`` where ``PAS`` or ``PS``
does. Only plain ``(?:…)`` groups without a quantifier or with a greedy ``?`` are distributed; lookarounds,
capturing, atomic and flag groups stay whole. A branch that starts at a line start (``^[ \\t]*advies``)
becomes a lookbehind (``(?<=^[ \\t]*)advies``): the same positions, found by scanning for the literal instead
of trying every line.
"""

from __future__ import annotations

import re

_QUANTIFIERS = ("?", "*", "+", "{")
# Global inline flags and back-references tie the parts of a pattern together: such a pattern stays whole.
_WHOLE = re.compile(r"\(\?[a-zA-Z]+\)|\(\?P=|(?<!\\)(?:\\\\)*\\[1-9]")


def branches(pattern: str) -> list[str]:
    """Patterns whose union is ``pattern``: a text contains a match of ``pattern`` iff it contains one of them."""
    if _WHOLE.search(pattern):
        return [pattern]
    found: list[str] = []
    for alternative in _split(pattern):
        for start, end in _groups(alternative):
            if not alternative.startswith("(?:", start):
                continue
            quantifier = alternative[end : end + 2]
            optional = quantifier[:1] == "?" and quantifier[1:] not in ("?", "+")  # (?:X)? is (?:X|)
            if optional or quantifier[:1] not in _QUANTIFIERS:
                head, tail = alternative[:start], alternative[end + optional :]
                inners = _split(alternative[start + 3 : end - 1]) + [""] * optional
                for inner in inners:
                    found += branches(head + inner + tail)
                break
        else:
            found.append(_line_start_behind(alternative))
    return found


def _line_start_behind(branch: str) -> str:
    """``^[…]*rest`` as ``(?<=^[…]*)rest``; any other branch unchanged."""
    if not branch.startswith("^["):
        return branch
    end = _atom_end(branch, 1)
    if branch[end : end + 1] != "*" or branch[end + 1 : end + 2] in ("?", "+"):  # lazy or possessive
        return branch
    return f"(?<={branch[: end + 1]}){branch[end + 1 :]}"


def _atom_end(pattern: str, i: int) -> int:
    """The index after the escape or character class starting at ``i`` (else after the one character)."""
    if pattern[i] == "\\":
        return i + 2
    if pattern[i] != "[":
        return i + 1
    j = i + 1
    if pattern[j : j + 1] == "^":
        j += 1
    if pattern[j : j + 1] == "]":
        j += 1
    while pattern[j] != "]":
        j += 2 if pattern[j] == "\\" else 1
    return j + 1


def _scan(pattern: str) -> tuple[list[int], list[tuple[int, int]]]:
    """Offsets of the top-level ``|`` and the (start, end) of the top-level groups of ``pattern``."""
    bars: list[int] = []
    groups: list[tuple[int, int]] = []
    depth = start = i = 0
    while i < len(pattern):
        char = pattern[i]
        if char in "\\[":
            i = _atom_end(pattern, i)
            continue
        if char == "(":
            start = i if depth == 0 else start
            depth += 1
        elif char == ")":
            depth -= 1
            if depth == 0:
                groups.append((start, i + 1))
        elif char == "|" and depth == 0:
            bars.append(i)
        i += 1
    return bars, groups


def _split(pattern: str) -> list[str]:
    cuts = [-1, *_scan(pattern)[0], len(pattern)]
    return [pattern[a + 1 : b] for a, b in zip(cuts, cuts[1:], strict=False)]


def _groups(pattern: str) -> list[tuple[int, int]]:
    return _scan(pattern)[1]
