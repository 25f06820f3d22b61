"""The document-type detector: headings, header blocks and vocabulary decide; too few cues give ``other``."""

from __future__ import annotations

from pathlib import Path

import pytest

from detector.doctype import DOC_TYPES, INTERNAL_DOC_TYPES, SUPPLIER_DOC_TYPES, detect_doc_type, score_doc_types

FIXTURES = Path(__file__).parent / "fixtures" / "business"

OFFERTE = """\
Voorbeeld Advies B.V.
AAN: Gemeente Almere
T.a.v. de heer P. Bakker
Postbus 200
1300 AE Almere

Betreft: offerte training gespreksvoering

Geachte heer Bakker,

Naar aanleiding van ons gesprek stuur ik u deze offerte. Ons uurtarief bedraagt € 125 per uur excl. btw.
Deze offerte is geldig tot 1 september.

Met vriendelijke groet,
"""

ACCEPTANCE_LETTER = """\
Offerte inzet senior netwerkregisseur

Geachte heer Jansen,

In het kader van ons beleid hebben we u gevraagd een offerte uit te brengen. Hierbij laten we u weten in te
stemmen met voornoemde offerte en de bijbehorende algemene voorwaarden.

Hoogachtend,
burgemeester en wethouders van Almere,
namens hen,
"""

FACTUUR = """\
FACTUUR

Factuurnummer: F2021-0045
Factuurdatum: 12-03-2021
Vervaldatum: 11-04-2021

Glasbewassing stadhuis    € 1.000,00
Totaal te betalen         € 1.210,00
"""

BESTELBON = """\
Bestelbon

Bestelnummer: 2021-17
Kostenplaats: 6120.4411
Omschrijving: terugkomdag, 1 dagdeel
"""

EMAIL = """\
Van: Jansen, Piet <p.jansen@almere.nl>
Verzonden: dinsdag 4 april 2017 10:12
Aan: Bakker, Anna
Onderwerp: RE: netwerkanalyse

Hoi Anna,

Zullen we morgen even bellen over de analyse?
"""

MEMO = """\
Intern memo

Aan
Burgemeester

Kopie aan
Team Veiligheid

Van
Afdeling Kabinet

Ter besluitvorming

Wij adviseren om de analyse vooralsnog niet uit te voeren.
"""

VERSLAG = """\
Verslag overleg netwerkregie, 3 mei 2017

Aanwezig: team Veiligheid, team Jeugd

Actiepunten
- offerteaanvraag afronden
"""

BESLUIT = """\
Betreft: Woo-besluit gedeeltelijke inwilliging

Geachte heer,

Wij hebben uw Woo-verzoek ontvangen op 21 april 2022. Na beoordeling besluiten wij de documenten gedeeltelijk
openbaar te maken. De inventarislijst vindt u in de bijlage.

Bent u het niet eens met dit besluit? Dan kunt u bezwaar maken.

Hoogachtend,
"""

BRIEF = """\
Ons kenmerk: 2022-1234
Betreft: uitnodiging informatieavond

Geachte bewoner,

Graag nodigen wij u uit voor de informatieavond over de herinrichting van het Stadhuisplein.

Met vriendelijke groet,
"""

REPORT = """\
Netwerkanalyse Almere

1. Inleiding

In deze rapportage beschrijven wij de netwerken rond jongeren in de stad en de rol van sleutelfiguren.
"""


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OFFERTE, "offerte"),
        (ACCEPTANCE_LETTER, "brief"),  # about an offerte, written by the administration
        (FACTUUR, "factuur"),
        (BESTELBON, "factuur"),
        (EMAIL, "email"),
        (MEMO, "memo"),
        (VERSLAG, "memo"),
        (BESLUIT, "besluit"),  # a letter, but a decision
        (BRIEF, "brief"),
        (REPORT, "other"),
        ("", "other"),
        ("   \n\n  ", "other"),
    ],
)
def test_detect(text: str, expected: str) -> None:
    assert detect_doc_type(text) == expected


@pytest.mark.parametrize(
    ("name", "expected"),
    [
        ("offerte.md", "offerte"),
        ("factuur.txt", "factuur"),
        ("brief_bsn.txt", "brief"),
        ("raadsvoorstel.txt", "besluit"),
    ],
)
def test_detect_fixtures(name: str, expected: str) -> None:
    assert detect_doc_type((FIXTURES / name).read_text(encoding="utf-8")) == expected


def test_memo_style_header_is_not_an_email() -> None:
    scores = score_doc_types(MEMO)
    assert scores["email"] == 0.0
    assert scores["memo"] > scores["brief"]


def test_forwarded_mail_inside_a_text_counts_for_email() -> None:
    text = "Zie hieronder.\n\n-----Oorspronkelijk bericht-----\nVan: A\nAan: B\nOnderwerp: test\n"
    assert detect_doc_type(text) == "email"


def test_public_api() -> None:
    assert DOC_TYPES == ("offerte", "factuur", "brief", "email", "memo", "besluit", "other")
    assert {"memo", "email"} == INTERNAL_DOC_TYPES
    assert {"offerte", "factuur"} == SUPPLIER_DOC_TYPES
    assert set(score_doc_types(OFFERTE)) == set(DOC_TYPES) - {"other"}
