"""Step ``amount_owner``: an amount without an owner in its own words takes the supplier named in its sentence."""

from __future__ import annotations

from faker import Faker

from detector import Detector

fake = Faker("nl_NL")
Faker.seed(606)
FOUNDATION = f"Stichting {fake.last_name().split()[-1].capitalize()}"
MEMO_HEAD = "Memo\n\nAan: directieteam\nVan: team subsidies\nDatum: 3 maart 2024\nOnderwerp: aanvragen 2024\n\n"


def _amounts(detector: Detector, text: str, doc_type: str = "auto") -> list[tuple[str, str]]:
    return [(s.text, s.ground) for s in detector.analyze(text, doc_type=doc_type) if s.entity_type == "AMOUNT"]


def test_a_firm_in_the_same_sentence_owns_the_amount(detector: Detector) -> None:
    text = MEMO_HEAD + f"{FOUNDATION} vraagt € 3.750 voor het project in de wijk."
    assert _amounts(detector, text) == [("3.750", "5.1(1)c")]
    (amount,) = [s for s in detector.analyze(text) if s.entity_type == "AMOUNT"]
    assert f"in dezelfde zin staat ('{FOUNDATION}')" in amount.explanation


def test_a_firm_in_another_sentence_owns_nothing(detector: Detector) -> None:
    text = MEMO_HEAD + f"{FOUNDATION} is in 2010 opgericht. Voor de wijk is € 3.750 nodig."
    assert _amounts(detector, text) == []


def test_where_the_firm_is_public_its_amount_is_too(detector: Detector) -> None:
    text = f"Besluit\n\nWij hebben besloten dat {FOUNDATION} € 3.750 ontvangt voor het project.\n"
    assert _amounts(detector, text, doc_type="besluit") == []
