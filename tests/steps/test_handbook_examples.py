"""A handbook's worked examples name no one: their dates of birth and special categories are not proposed."""

from __future__ import annotations

from faker import Faker

from detector import Detector

fake = Faker("nl_NL")
Faker.seed(6)
BORN = fake.date_between(start_date="-3y", end_date="-1y")

HANDBOOK = f"""\
Werkinstructie betaald ouderschapsverlof

Let op: je controleert eerst of de werknemer de wettelijke ouder is. Zie ook hoofdstuk 3.

Voorbeeld
Het kind is geboren op {BORN:%d-%m-%Y}. De werknemer neemt na de geboorte 9 weken verlof op.
Als hij tijdens detentie ziek wordt, gaat de wachttijd gewoon door.
"""
KINDS = {"DATE_OF_BIRTH", "SPECIAL_CATEGORY"}


def test_examples_in_a_handbook_stay_public_with_the_reason(detector: Detector) -> None:
    analysis = detector.run(HANDBOOK)
    assert analysis.doc_type == "handboek"
    assert [s for s in analysis.suggestions if s.entity_type in KINDS] == []
    public = {(s.entity_type, s.text): s.reason for s in analysis.public if s.entity_type in KINDS}
    assert set(public) == {("DATE_OF_BIRTH", f"{BORN:%d-%m-%Y}"), ("SPECIAL_CATEGORY", "detentie")}
    assert all("handboek" in (reason or "") for reason in public.values())


def test_the_same_sentences_in_a_letter_are_proposed(detector: Detector) -> None:
    suggestions = detector.analyze(HANDBOOK, doc_type="brief")
    grounds = {(s.entity_type, s.ground) for s in suggestions if s.entity_type in KINDS}
    assert grounds == {("DATE_OF_BIRTH", "5.1(2)e"), ("SPECIAL_CATEGORY", "5.1(1)d")}
