"""With a NER model, an organisation in a sentence about a price or a quote is the supplier's name (5.1(1)c).

nl_core_news_lg cannot be downloaded here, so the pipeline under test is a saved Dutch pipeline whose ``ner``
component is an entity ruler that labels a few organisations ``ORG``: the Detector loads it by path as it would load
the real model, and reads its entities the same way.
"""

from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from detector import Detector
from detector.settings import Settings

ORGANISATIONS = ["Atos", "Raben Group", "KNVB", "Gemeente Almere", "Ajax", "Blokker"]
MEMO = "Memo\n\nAan: Teamleider Inkoop\nVan: Adviseur Inkoop\nOnderwerp: aanbesteding\n\n"


@pytest.fixture(scope="module")
def with_ner(tmp_path_factory: pytest.TempPathFactory) -> Detector:
    nlp = spacy.blank("nl")
    ruler = nlp.add_pipe("entity_ruler", name="ner")
    ruler.add_patterns([{"label": "ORG", "pattern": name} for name in ORGANISATIONS])  # type: ignore[attr-defined]
    path: Path = tmp_path_factory.mktemp("model") / "nl_with_ner"
    nlp.to_disk(path)
    detector = Detector(Settings(_env_file=None, spacy_model=str(path)))
    assert detector.pipeline.has_ner and not detector.pipeline.fallback
    return detector


def _proposed(detector: Detector, text: str) -> dict[str, str]:
    return {s.text: s.ground for s in detector.run(text).suggestions}


@pytest.mark.parametrize(
    ("sentence", "firm", "amount"),
    [
        ("Atos vraagt € 48.000 voor de hele looptijd.", "Atos", "48.000"),
        ("De offerte van Raben Group komt uit op € 12.500.", "Raben Group", "12.500"),
    ],
)
def test_an_organisation_asking_a_price_is_a_supplier(
    with_ner: Detector, sentence: str, firm: str, amount: str
) -> None:
    proposed = _proposed(with_ner, MEMO + sentence)
    assert proposed.get(firm) == "5.1(1)c"
    assert proposed.get(amount) == "5.1(1)c"  # the amount_owner step gives the price to the firm


def test_the_offline_pipeline_does_not_know_the_name(detector: Detector, with_ner: Detector) -> None:
    # a firm named by a listed surname alone: only NER knows it is an organisation, not a person or a sole trader
    # (an unlisted name in the same sentence, "Vorig jaar rekende Atos € 48.000", the rules find without NER)
    sentence = "Vorig jaar rekende Blokker € 48.000 voor het geheel."
    assert "Blokker" not in _proposed(detector, MEMO + sentence)
    assert _proposed(with_ner, MEMO + sentence).get("Blokker") == "5.1(1)c"
    assert _proposed(detector, MEMO + sentence.replace("Blokker", "Atos")).get("Atos") == "5.1(1)c"


@pytest.mark.parametrize(
    "sentence",
    [
        "De KNVB organiseert het toernooi in juni.",  # no price: an organisation named in passing
        "De KNVB organiseert het toernooi. De offerte van de cateraar volgt.",  # the price is in the next sentence
        "Gemeente Almere vraagt € 25 voor een paspoort.",  # a public body
        "Het college verleent Ajax een subsidie van € 40.000.",  # a subsidy the body grants
        "De KNVB vraagt de clubs om hun begroting te sturen.",  # no price after the verb
    ],
)
def test_an_organisation_without_a_suppliers_price_stays_public(with_ner: Detector, sentence: str) -> None:
    proposed = _proposed(with_ner, MEMO + sentence)
    assert not set(proposed) & set(ORGANISATIONS)
