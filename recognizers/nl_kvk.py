"""KvK numbers (Handelsregister, 8 digits) after a KvK label, as NL_KVK (5.1(1)c for a supplier).

A KvK number has no checksum, so the label decides: ``KvK``, ``KvK-nummer``, ``K.v.K. nr.``, ``Kamer van
Koophandel (te Utrecht) onder nummer``, ``Handelsregister``, ``CoC``. A number on a line that names a public
body (``Gemeente Voorbeeldstad, KvK …``) stays public.
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from recognizers.business_context import line_end, line_start, mentions_public_body
from recognizers.checksums import compact
from recognizers.labelled import VALUE_SEPARATOR, LabelledValueRecognizer

LABEL = (
    r"(?:kvk|k\.v\.k\.?|kamer[ \t]van[ \t]koophandel|handelsregister|coc)"
    r"(?:[ -]?(?:nummer|nr\.?|no\.?|inschrijving(?:snummer)?))?"
    r"(?:[ \t]{1,3}(?:te[ \t]{1,3})?[A-Z][a-z]{2,20})?"
    r"(?:[ \t]{1,3}(?:onder[ \t]{1,3})?(?:nummer|nr\.?|no\.?))?"
)
_VALUE = r"(?P<value>\d{8}|\d{4}[ .]\d{4}|\d{2}[ .]\d{2}[ .]\d{2}[ .]\d{2})(?![\w]|[.,/-]\d)"


# A legal form of a legal entity (rechtspersoon): its Handelsregister entry is public, so is its KvK number.
_LEGAL_ENTITY = regex.compile(
    r"(?i)(?<![\p{L}])(?:b\.?v\.?|n\.?v\.?|stichting|vereniging|co[öo]peratie|u\.a\.|holding)(?![\p{L}])"
)
_BLOCK_REACH = 300


class NlKvkRecognizer(LabelledValueRecognizer):
    """Eight-digit Handelsregister numbers after a KvK label."""

    ENTITY = "NL_KVK"
    PATTERNS = [Pattern("kvk_label", rf"(?<![\w])(?:{LABEL})(?![\w]){VALUE_SEPARATOR}{_VALUE}", 0.85)]
    CONTEXT = ["kvk", "koophandel", "handelsregister"]

    def accept(self, text: str, match: regex.Match[str]) -> bool:
        if compact(match.group("value")) == "00000000":
            return False
        line = text[line_start(text, match.start()) : line_end(text, match.end())]
        return not mentions_public_body(line)

    def metadata(self, text: str, match: regex.Match[str]) -> dict[str, str]:
        """A legal entity's number (a legal form on its line or the three lines above) stays public."""
        above = text[max(0, match.start() - _BLOCK_REACH) : match.start()].split("\n")[-4:]
        line = text[line_start(text, match.start()) : line_end(text, match.end())]
        if _LEGAL_ENTITY.search("\n".join([*above, line]), timeout=1.0):
            return {
                "owner": "organisation",
                "evidence": "KvK-nummer van een rechtspersoon: openbaar in het Handelsregister",
            }
        return {}
