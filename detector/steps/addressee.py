"""The addressee of a letter between office holders: a minister greeted by a burgemeester stays public.

"Geachte heer Van der Steur," in a letter whose address block names the minister or the ministry ("Aan de Minister
van Veiligheid en Justitie") and that an office holder signs ("Hoogachtend, F.M. Weerwind, Burgemeester"): the
letter goes from one public office to another, and the minister is addressed in that role. A ministry named only in
the text is not enough: a burgemeester's letter to a citizen may well mention one. A letter a minister or
staatssecretaris signs is the ministry's own (to a citizen, say): it never qualifies.
"""

from __future__ import annotations

import regex

from detector.document import Span
from recognizers.base import REGEX_TIMEOUT

_SALUTATION = regex.compile(r"(?i)^[ \t*_]*geachte[ \t]+(?:heer|mevrouw|mevr\.?|dhr\.?)[ \t]+(?:\p{L}+\.?[ \t]+)*\Z")
# A line of the address block above the salutation that names the office: "Aan de Minister van …", "Ministerie van …".
_OFFICE_LINE = regex.compile(
    r"(?im)^[ \t*_]*(?:aan[ \t]+)?(?:de[ \t]+|het[ \t]+)?(?P<office>minister(?:ie)?|staatssecretaris)(?![\p{L}])"
)
_MINISTER_ROLES = frozenset({"minister", "minister-president", "staatssecretaris"})
_BLOCK = 600  # how far above the salutation the address block is read for the office
_SIGNATURE_LINES = 4
_LETTER_REACH = 8000  # how far after the salutation the closing and signature are looked for


def addressed_office_holder(
    span: Span, text: str, closing: regex.Pattern[str], role_line: regex.Pattern[str]
) -> str | None:
    """The reason a salutation's name is a minister addressed by another office holder, or None.

    ``closing`` matches a closing line ("Hoogachtend,"), ``role_line`` a line that opens with a public role.
    """
    line_start = text.rfind("\n", 0, span.start) + 1
    if not _SALUTATION.match(text[line_start : span.start], timeout=REGEX_TIMEOUT):
        return None
    if not text[span.end : span.end + 3].startswith(","):
        return None
    block = text[max(0, line_start - _BLOCK) : line_start]
    if not (office := _OFFICE_LINE.search(block, timeout=REGEX_TIMEOUT)):
        return None
    signer = _signer_role(text, span.end, closing, role_line)
    if signer is None or signer in _MINISTER_ROLES:
        return None
    holder = "staatssecretaris" if office.group("office").lower() == "staatssecretaris" else "minister"
    return (
        f"Geadresseerde van een brief aan de {holder} die de {signer} ondertekent: de {holder} wordt in die functie "
        "aangeschreven en treedt daarin in de openbaarheid; de naam blijft openbaar."
    )


def _signer_role(text: str, after: int, closing: regex.Pattern[str], role_line: regex.Pattern[str]) -> str | None:
    """The public role on one of the lines under the letter's closing after ``after``, lowercase, or None."""
    lines = text[after : after + _LETTER_REACH].split("\n")
    for i, line in enumerate(lines):
        if not closing.match(line, timeout=REGEX_TIMEOUT):
            continue
        below = [candidate for candidate in lines[i + 1 :] if candidate.strip()][:_SIGNATURE_LINES]
        for candidate in below:
            if m := role_line.match(candidate, timeout=REGEX_TIMEOUT):
                return m.group("role").lower()
    return None
