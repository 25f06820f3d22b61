"""The DiWoo sitemap validates against the DiWoo schema shipped in the repository (no network, no ../shared)."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

import pytest
from lxml import etree

from detector.request.diwoo import DIWOO_NS, Decision, DiwooError, Publication, schema, sitemap, validate
from detector.request.publisher import publisher_of
from detector.settings import Settings

GEMEENTE = "https://identifier.overheid.nl/tooi/id/gemeente/gm0363"
D = f"{{{DIWOO_NS}}}"


def make(publisher: str = GEMEENTE) -> bytes:
    documents = [
        Publication("https://open.example.nl/woo/v1/documenten/1", "Mail over de brug", "2024-03-01", "v1-1"),
        Publication("https://open.example.nl/woo/v1/documenten/2", "Memo", None, "v1-2"),
    ]
    decision = Decision("https://open.example.nl/woo/v1/besluit", "Besluit op Woo-verzoek: de brug")
    return sitemap(documents, decision, publisher, now=datetime(2026, 12, 1, 12, 0, tzinfo=UTC))


def test_the_sitemap_validates_and_carries_the_required_fields() -> None:
    root = etree.fromstring(make())
    documents = list(root.iter(f"{D}Document"))
    assert len(documents) == 2
    for document in documents:
        assert schema().validate(etree.ElementTree(document)), schema().error_log
    first = documents[0]
    assert first.find(f".//{D}publisher").get("resource") == GEMEENTE
    assert first.find(f".//{D}officieleTitel").text == "Mail over de brug"
    assert first.find(f".//{D}informatiecategorie").text == "Woo-verzoeken en -besluiten"
    assert first.find(f".//{D}isPartOf").get("resource") == "https://open.example.nl/woo/v1/besluit"
    assert first.find(f".//{D}soortHandeling").text == "vaststelling"
    assert first.find(f".//{D}atTime").text == "2024-03-01T00:00:00"


def test_a_publisher_that_is_not_a_tooi_organisation_is_refused() -> None:
    with pytest.raises(DiwooError, match="TOOI"):
        make("https://example.nl/geen-tooi")


def test_validation_catches_a_document_without_publisher() -> None:
    root = etree.fromstring(make())
    for publisher in root.iter(f"{D}publisher"):
        publisher.getparent().remove(publisher)
    with pytest.raises(DiwooError, match="voldoet niet"):
        validate(root)


def test_the_publisher_is_the_tooi_of_the_organisation_profile(tmp_path: Path) -> None:
    profile = tmp_path / "profiel.toml"
    profile.write_text(f'name = "Gemeente Proefstad"\ntooi = "{GEMEENTE}"\n', encoding="utf-8")
    assert publisher_of(Settings(_env_file=None, profile=profile)) == GEMEENTE  # type: ignore[call-arg]
    assert publisher_of(Settings(_env_file=None), required=False) is None  # type: ignore[call-arg]
    with pytest.raises(DiwooError, match="organisatieprofiel"):
        publisher_of(Settings(_env_file=None))  # type: ignore[call-arg]
