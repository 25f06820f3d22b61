"""DiWoo publication metadata: a sitemap of a request's released documents for the national Woo-index.

Each released (openbaar or deels openbaar) document becomes ``urlset/url/{loc, lastmod, diwoo:Document}``
with in ``diwoo:DiWoo``: the publisher (a TOOI organisation URI), the official title, the information
category "Woo-verzoeken en -besluiten", a documenthandeling (``vaststelling`` at the document's date, else
at the time of the sitemap) and ``isPartOf`` pointing to the decision on the request. Every ``diwoo:Document``
is validated against the DiWoo 0.9.8 schema shipped in ``detector/data/diwoo/`` (see its README).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from importlib import resources
from pathlib import Path

from lxml import etree

SITEMAP_NS = "http://www.sitemaps.org/schemas/sitemap/0.9"
DIWOO_NS = "https://standaarden.overheid.nl/diwoo/metadata/"
MDTO_LOCATION = "https://www.nationaalarchief.nl/mdto/MDTO-XML1.0.1.xsd"
WOO_VERZOEKEN = ("https://identifier.overheid.nl/tooi/def/thes/kern/c_3baef532", "Woo-verzoeken en -besluiten")
VASTSTELLING = ("https://identifier.overheid.nl/tooi/def/thes/kern/c_641ecd76", "vaststelling")
_XS = "{http://www.w3.org/2001/XMLSchema}"
_DITA_P = "{http://dita.oasis-open.org/architecture/2005/}p"


class DiwooError(ValueError):
    """Metadata that cannot be made or does not validate (the message says what)."""


@dataclass(frozen=True)
class Publication:
    """One released document: where it is published, its title, and its date (ISO 8601) if known."""

    url: str
    title: str
    date: str | None
    identifier: str


@dataclass(frozen=True)
class Decision:
    """The decision on the request the documents are part of."""

    url: str
    title: str


def _schema_dir() -> Path:
    return Path(str(resources.files("detector.data.diwoo")))


class _OfflineMdto(etree.Resolver):
    """Resolves the MDTO import of the DiWoo schema to the local stub."""

    def resolve(self, system_url: str, public_id: str, context: object) -> object:
        if system_url == MDTO_LOCATION or system_url.endswith("MDTO-XML1.0.1.xsd"):
            return self.resolve_filename(str(_schema_dir() / "mdto-stub.xsd"), context)
        return None


@lru_cache(maxsize=1)
def schema() -> etree.XMLSchema:
    """The DiWoo metadata schema, loaded offline."""
    parser = etree.XMLParser(no_network=True)
    parser.resolvers.add(_OfflineMdto())
    return etree.XMLSchema(etree.parse(str(_schema_dir() / "diwoo-metadata.xsd"), parser))


@lru_cache(maxsize=1)
def organisation_labels() -> dict[str, str]:
    """TOOI organisation URI → label, from the value lists of the schema."""
    tree = etree.parse(str(_schema_dir() / "diwoo-metadata-lijsten.xsd"))
    labels: dict[str, str] = {}
    for enum in tree.iter(f"{_XS}enumeration"):
        value = enum.get("value", "")
        if "/tooi/id/" in value:
            first = next(enum.iter(_DITA_P), None)
            labels[value] = (first.text or "").strip() if first is not None else value
    return labels


def sitemap(
    documents: Sequence[Publication], decision: Decision, publisher: str, *, now: datetime | None = None
) -> bytes:
    """The sitemap XML (UTF-8), each ``diwoo:Document`` checked against the schema; raises :class:`DiwooError`."""
    label = organisation_labels().get(publisher)
    if label is None:
        raise DiwooError(
            f"publisher {publisher!r} is geen TOOI-organisatie-URI uit de DiWoo-waardelijsten "
            "(bijv. https://identifier.overheid.nl/tooi/id/gemeente/gm0363)"
        )
    moment = (now or datetime.now(UTC)).replace(microsecond=0)
    d = f"{{{DIWOO_NS}}}"
    urlset = etree.Element(f"{{{SITEMAP_NS}}}urlset", nsmap={None: SITEMAP_NS, "diwoo": DIWOO_NS})
    for document in documents:
        url = etree.SubElement(urlset, f"{{{SITEMAP_NS}}}url")
        etree.SubElement(url, f"{{{SITEMAP_NS}}}loc").text = document.url
        etree.SubElement(url, f"{{{SITEMAP_NS}}}lastmod").text = moment.date().isoformat()
        meta = etree.SubElement(etree.SubElement(url, f"{d}Document"), f"{d}DiWoo")
        etree.SubElement(etree.SubElement(meta, f"{d}identifiers"), f"{d}identifier").text = document.identifier
        _labelled(meta, "publisher", publisher, label)
        etree.SubElement(etree.SubElement(meta, f"{d}titelcollectie"), f"{d}officieleTitel").text = document.title
        categories = etree.SubElement(etree.SubElement(meta, f"{d}classificatiecollectie"), f"{d}informatiecategorieen")
        _labelled(categories, "informatiecategorie", *WOO_VERZOEKEN)
        if document.date:
            etree.SubElement(meta, f"{d}creatiedatum").text = document.date[:10]
        _labelled(meta, "isPartOf", decision.url, decision.title)
        handling = etree.SubElement(etree.SubElement(meta, f"{d}documenthandelingen"), f"{d}documenthandeling")
        _labelled(handling, "soortHandeling", *VASTSTELLING)
        at = f"{document.date[:10]}T00:00:00" if document.date else moment.replace(tzinfo=None).isoformat()
        etree.SubElement(handling, f"{d}atTime").text = at
    validate(urlset)
    return etree.tostring(urlset, xml_declaration=True, encoding="UTF-8", pretty_print=True)


def _labelled(parent: etree._Element, name: str, resource: str, label: str) -> None:
    element = etree.SubElement(parent, f"{{{DIWOO_NS}}}{name}", resource=resource)
    element.text = label


def validate(root: etree._Element) -> None:
    """Check every ``diwoo:Document`` under ``root`` against the schema; raises :class:`DiwooError`."""
    checker = schema()
    for number, document in enumerate(root.iter(f"{{{DIWOO_NS}}}Document"), start=1):
        if not checker.validate(etree.ElementTree(document)):
            errors = "; ".join(f"{e.message} (regel {e.line})" for e in checker.error_log)
            raise DiwooError(f"DiWoo-document {number} voldoet niet aan het schema: {errors}")
