"""Dutch btw-identificatienummers (``NL123456789B01``) as NL_BTW, checksum-validated (5.1(1)c).

The regex proposes (spaces or dots allowed between the groups), :func:`checksums.btw_is_valid` decides: a
number failing both the RSIN 11-proef and the mod-97 check of the newer btw-id is not suggested.
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern

from recognizers.base import NlPatternRecognizer
from recognizers.checksums import btw_is_valid


class NlBtwRecognizer(NlPatternRecognizer):
    """Dutch VAT numbers; a valid checksum lifts the score to 1.0, an invalid one drops the match."""

    ENTITY = "NL_BTW"
    FLAGS = regex.IGNORECASE
    PATTERNS = [
        Pattern(
            "btw_id",
            r"(?<![A-Z0-9])NL[ .]?\d{4}[ .]?\d{2}[ .]?\d{3}[ .]?B[ .]?\d{2}(?![A-Z0-9])",
            0.5,
        ),
    ]
    CONTEXT = ["btw", "btw-nummer", "btw-id", "omzetbelasting", "vat"]

    def validate_result(self, pattern_text: str) -> bool:
        """True when the btw-id passes its checksum."""
        return btw_is_valid(pattern_text)
