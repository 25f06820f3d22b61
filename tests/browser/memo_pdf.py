"""A two-page memo PDF for the workbench tests, built with reportlab (synthetic names and numbers).

What the fake detector (tests/api/fakes.py) makes of it: ``Jansen`` twice (one per page) and an e-mail address
on page 1, a BSN and a policy opinion on page 2, and ``Pietersen`` after "Wethouder" kept public. ``Klaassen``
is a name it misses, for the reviewer to redact by hand.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

PAGE_1 = [
    "Memo aan het college",
    "Wethouder Pietersen vroeg om advies over de klacht.",
    "De heer Jansen (j.jansen@voorbeeld.nl) diende de klacht in.",
    "Buurman Klaassen was getuige van het voorval.",
]
PAGE_2 = [
    "Jansen belde op 3 maart opnieuw.",
    "Zijn BSN 111222333 staat in het dossier.",
    "Ik adviseer om de klacht gegrond te verklaren.",
]
MISSED_NAME = "Klaassen"
KEPT_NAME = "Pietersen"


def memo_pdf() -> bytes:
    """The memo as PDF bytes: Helvetica 12 pt, A4, one line every 20 pt from the top."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for lines in (PAGE_1, PAGE_2):
        pdf.setFont("Helvetica", 12)
        for row, line in enumerate(lines):
            pdf.drawString(72, 770 - row * 20, line)
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()
