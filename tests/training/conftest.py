"""A tiny labelled set (written for these tests) and a small feedback export, as files in a temp folder."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.feedback_lines import feedback_line, write_jsonl

OPINIONS = [
    "Ons advies is om de pilot met een jaar te verlengen.",
    "Ik vind het plan van de ontwikkelaar te optimistisch.",
    "Scenario 2 lijkt het meest kansrijk.",
    "Het zou goed zijn om de bewoners eerder te betrekken.",
    "Wij adviseren de subsidie niet te verhogen.",
    "Naar mijn mening is de aanpak onverstandig.",
    "Volgens mij moeten we de aanbesteding uitstellen.",
    "Een extra parkeergarage is weggegooid geld.",
    "Ik stel voor het contract niet te verlengen.",
    "Het is onverstandig om nu al te besluiten.",
    "Variant B verdient de voorkeur.",
    "Wij denken dat de corporatie te weinig doet.",
]
FACTS = [
    "Het college heeft op 3 mei besloten de ozb te verhogen.",
    "In 2023 zijn 412 aanvragen ontvangen.",
    "Naar verwachting is de bouw in 2026 klaar.",
    "Scenario 1 houdt in dat de regeling vervalt.",
    "De raad heeft de verordening op 2 juli vastgesteld.",
    "De kosten worden geraamd op 1,2 miljoen euro.",
    "Het overleg is verplaatst naar donderdag 12 oktober.",
    "Ik heb de stukken gisteren naar de secretaris gestuurd.",
    "De vergunning is op 15 mei verleend.",
    "Het contract loopt af op 31 december 2025.",
    "De sporthal is gebouwd in 1978.",
    "Er zijn drie offertes ontvangen.",
]
TEST = [
    ("Ons advies is de vestiging te sluiten.", "opinion"),
    ("Het lijkt ons verstandig de raad later te informeren.", "opinion"),
    ("Ik vind de planning weinig realistisch.", "opinion"),
    ("De vestiging telde vorig jaar 38 bezoekers per dag.", "fact"),
    ("Het college heeft besloten de vestiging te sluiten.", "fact"),
    ("Naar verwachting daalt het aantal leden met vijf procent.", "fact"),
]


def decision(number: int, text: str, decision: str, suggested: str | None, final: str | None,
             suggestion: str | None = "auto", at: str = "2026-11-25T10:00:00+00:00") -> dict[str, object]:
    """One export line about a 5.2(1) passage of ``doc-1``."""
    return feedback_line(number, "doc-1", 0, text, decision, final, entity_type="POLICY_OPINION",
                         suggested_ground=suggested, decided_at=at, context="",
                         suggestion_id=f"s-{number}" if suggestion == "auto" else suggestion)


@pytest.fixture(scope="session")
def tiny(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """Paths of a tiny train split, test split and feedback export."""
    folder = tmp_path_factory.mktemp("tiny")
    train = [{"id": f"o{i}", "text": t, "label": "opinion", "group": f"o{i}"} for i, t in enumerate(OPINIONS)]
    train += [{"id": f"f{i}", "text": t, "label": "fact", "group": f"f{i}"} for i, t in enumerate(FACTS)]
    feedback = [
        decision(1, "Wij raden af om de regeling nu al aan te passen.", "accept", "5.2(1)", "5.2(1)"),
        decision(2, "We hebben op 4 maart 18 reacties ontvangen.", "reject", "5.2(1)", None),
        decision(3, "Laten we de buurt vooral niet vergeten.", "manual", None, "5.2(1)", suggestion=None),
        decision(4, "Ons advies is de vestiging te sluiten.", "accept", "5.2(1)", "5.2(1)"),  # in the test split
        decision(5, "Jan de Vries", "accept", "5.1(2)e", "5.1(2)e"),
    ]
    return {
        "train": write_jsonl(folder / "train.jsonl", train),
        "test": write_jsonl(folder / "test.jsonl", [{"text": t, "label": label} for t, label in TEST]),
        "feedback": write_jsonl(folder / "feedback.jsonl", feedback),
        "dir": folder,
    }
