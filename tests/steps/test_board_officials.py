"""The chair and members of a public body's board, and its directors-general, act publicly."""

from __future__ import annotations

from faker import Faker

from detector import Detector

fake = Faker("nl_NL")
Faker.seed(33)
CHAIR = fake.name()
STAFF = fake.name()

LETTER = f"""\
Geachte heer,

Hierbij ontvangt u het rapport over de herbeoordelingen.

Hoogachtend,

{CHAIR}!
Voorzitter Raad van Bestuur
"""

MEMO_SIGNED_BY_STAFF = f"""\
Geachte heer,

Hierbij ontvangt u het rapport over de herbeoordelingen.

Met vriendelijke groet,

{STAFF}
Beleidsmedewerker
"""


def test_the_chair_of_the_board_signing_stays_public(detector: Detector) -> None:
    analysis = detector.run(LETTER, doc_type="brief")
    assert CHAIR not in [s.text for s in analysis.suggestions]
    [reason] = [s.reason for s in analysis.public if s.text == CHAIR]
    assert "voorzitter raad van bestuur" in (reason or "")


def test_a_staff_member_signing_is_proposed(detector: Detector) -> None:
    assert STAFF in [s.text for s in detector.analyze(MEMO_SIGNED_BY_STAFF, doc_type="brief")]
