"""The organisation a letter is addressed to: the line above ``T.a.v.`` in an address block, and the firm a
salutation names (``Geachte directie van Mainfreight,``).

``Brocacef`` / ``T.a.v. de heer P. Jansen`` / ``Industrieweg 12`` / ``3542 AD Utrecht``: the first line is the
addressee's organisation when a postcode follows within the block. Whether it is redacted follows the ground rules
as for any organisation's name (business data in an offer, order or contract or beside a supplier's price; every
supplier name for a body that redacts them all). A letter that names what the body pays under an agreement
(:func:`recognizers.business_context.contract_payment`) makes its addressee a supplier. A person's name, a public
body and a body's own unit on that line are not an organisation here
(:func:`recognizers.priced_sender.organisation_line`).
"""

from __future__ import annotations

import regex

from recognizers.base import SCAN_TIMEOUT
from recognizers.business_context import states_contract_payment
from recognizers.nl_address import TAV_LINE
from recognizers.nl_postcode import POSTCODE
from recognizers.priced_sender import organisation_line
from recognizers.supplier_text import ORGANISATION_NAME, Found

_ATTENTION_START = regex.compile(r"(?<=\n)[ \t#*]{0,4}[tT]")  # where a line may open with "T.a.v." (TAV_LINE)
_BLOCK_BELOW = 4  # lines under the T.a.v. line that may hold the postcode ...
_BLOCK_CHARS = 400  # ... within so many characters
_SALUTATION = regex.compile(
    rf"(?:Geachte|Beste)[ ](?:directie|bestuur|leiding|medewerkers)[ ]van[ ](?P<n>{ORGANISATION_NAME.pattern})[ ]?,"
)


def addressee_firms(text: str) -> list[Found]:
    """Organisations a letter is addressed to, by its address block or its salutation."""
    spans: list[tuple[int, int, str]] = []
    for match in _ATTENTION_START.finditer(text, timeout=SCAN_TIMEOUT):
        if match.start() < 2 or not TAV_LINE.match(text[match.start() : match.start() + 40], timeout=SCAN_TIMEOUT):
            continue
        above_start = text.rfind("\n", 0, match.start() - 1) + 1
        line = text[above_start : match.start() - 1]
        value = line.strip()
        below = "\n".join(text[match.start() : match.start() + _BLOCK_CHARS].split("\n")[: _BLOCK_BELOW + 1])
        if value and POSTCODE.search(below, timeout=SCAN_TIMEOUT) and organisation_line(value):
            start = above_start + line.index(value)
            spans.append((start, start + len(value), "geadresseerde organisatie (regel boven 't.a.v.')"))
    for match in _SALUTATION.finditer(text, timeout=SCAN_TIMEOUT):
        if organisation_line(match.group("n")):
            spans.append((match.start("n"), match.end("n"), "organisatie in de aanhef"))
    # whether the letter names a payment under an agreement: read once, and only for a letter to an organisation
    supplier = bool(spans) and states_contract_payment(text)
    return [Found(start, end, 0.6, how, True, business=supplier) for start, end, how in spans]
