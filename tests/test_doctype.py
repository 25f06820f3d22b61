"""The document-type detector: headings, header blocks and vocabulary decide; too few cues give ``other``."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from detector.doctype import _CUES, DOC_TYPES, INTERNAL_DOC_TYPES, detect_doc_type, score_doc_types, text_words
from tests.cpu_cost import best_cpu

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
        (BESTELBON, "opdrachtbon"),
        (EMAIL, "email"),
        (MEMO, "memo"),
        (VERSLAG, "verslag"),
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
    assert DOC_TYPES[-1] == "other"
    assert {"memo", "email", "chat", "verslag"} == INTERNAL_DOC_TYPES
    assert set(DOC_TYPES) >= INTERNAL_DOC_TYPES
    assert set(score_doc_types(OFFERTE)) == set(DOC_TYPES) - {"other"}


OPDRACHTBON = """\
OPDRACHTBON

Inkoopordernummer: 4500123456
Besteldatum: 3 maart 2024
Afleveradres: Stadskantoor, Stationsplein 1

Omschrijving                Aantal   Stukprijs
Training agressiehantering  12       € 395,00
"""

RAAMOVEREENKOMST = """\
RAAMOVEREENKOMST INHUUR EXTERNE DESKUNDIGEN

De ondergetekenden:
1. Gemeente Voorbeeld, hierna te noemen: Opdrachtgever;
2. Dekker Advies B.V., hierna te noemen: Opdrachtnemer;

komen het volgende overeen.

Artikel 3 Looptijd en opzegtermijn
"""

SUBSIDIEAANVRAAG = """\
Aanvraagformulier subsidie maatschappelijke initiatieven 2024

Naam aanvrager: Stichting Buurtkracht
Projectbegroting

| Kostenpost | Aantal deelnemers | Prijs per deelnemer | Totaal |
|---|---|---|---|
| Training | 15 | € 250 | € 3.750 |
"""

SUBSIDIEBESCHIKKING = """\
Subsidiebeschikking

Geachte mevrouw,

Op 4 maart ontvingen wij uw aanvraag. Hierbij verlenen wij u een subsidie van € 3.750 voor het project.

Met vriendelijke groet,
"""

NOTULEN = """\
Notulen commissie Bestuur

Aanwezig: de voorzitter, raadsleden dhr. De Vries (VVD), mw. Jansen (D66)
Afwezig: dhr. Bakker

1. Opening
2. Vaststelling van het verslag
3. Rondvraag
"""

WERKINSTRUCTIE = """\
Werkinstructie behandeling bezwaarschriften

Hoofdstuk 1 Werkwijze

Je controleert eerst of het bezwaarschrift op tijd is ingediend. Let op: de termijn is zes weken.
Zie ook paragraaf 2.3.
"""

# A chapter of a handbook without its title page: worked examples, and contract words in running text.
REKENVOORBEELDEN = """\
## Inleiding maatmaninkomen

Het maatmaninkomen is het loon dat per uur wordt verdiend in de uren die zijn overeengekomen.

Voorbeeld

Betrokkene werkt 30 uur per week à € 20,00 per uur en 20 uur per week als zelfstandige à € 10,00 per uur.
Het maatmaninkomen wordt € 800,00 : 50 = € 16,00 per uur.

Voorbeeld

De contracturen gaan van 40 uur per week naar 36 uur per week.
"""

CHAT = """\
[09:12] Sanne de Wit: Goedemorgen, heb je het stuk al gezien?
[09:14] Koen Visser: Ja, ik kijk er vanmiddag naar.
[09:15] Sanne de Wit: Top, dank je.
[09:20] Koen Visser: Ik stuur het vóór 15.00 uur door.
"""

TEAMS_CHAT = """\
Wit, Sanne de 09:12
Goedemorgen, heb je het stuk al gezien?
Visser, Koen 09:14
Ja, ik kijk er vanmiddag naar.
Wit, Sanne de 09:15
Top, dank je.
"""
# Teams senders written given name first; an agenda's times after words that are no given names make no chat.
TEAMS_GIVEN_NAMES = "Sanne de Wit 09:12\nheb je het stuk gezien?\nKoen 09:14\nja\nSanne de Wit 09:15\ntop, dank je.\n"
AGENDA = "Agenda\n\nOpening 09:00\nPauze 10:30\nAfsluiting 12:00\nLunch 12:30\n"
# A memo that weighs offers names its own kind alone on its first line; the offers' words further down do not make it
# one. A tender's "Nota van inlichtingen" is no memo.
MEMO_ON_OFFERS = (
    "Memo\n\nAan: gedeputeerde staten\nVan: team infra\nDatum: 3 maart 2024\nOnderwerp: keuze adviseur\n\n"
    "De offerte van Arcadis Nederland B.V. bedraagt € 85.000.\nWitteveen+Bos B.V. heeft ook een offerte uitgebracht.\n"
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (OPDRACHTBON, "opdrachtbon"),
        (RAAMOVEREENKOMST, "overeenkomst"),
        (SUBSIDIEAANVRAAG, "subsidieaanvraag"),
        (SUBSIDIEBESCHIKKING, "subsidiebeschikking"),
        (NOTULEN, "verslag"),
        (WERKINSTRUCTIE, "handboek"),
        (REKENVOORBEELDEN, "handboek"),
        (CHAT, "chat"),
        (TEAMS_CHAT, "chat"),
        (TEAMS_GIVEN_NAMES, "chat"),
        (MEMO_ON_OFFERS, "memo"),
    ],
)
def test_detect_what_a_woo_request_holds(text: str, expected: str) -> None:
    assert detect_doc_type(text) == expected


@pytest.mark.parametrize("filler", ["\n", " \n", "\t\n\n"])
def test_blank_lines_cost_grows_linearly(filler: str) -> None:
    """Four times the blank lines may cost about four times as much, not sixteen (the old ``^\\s*`` did)."""
    small = "Kopie aan\n" + filler * 5_000 + "x"
    large = "Kopie aan\n" + filler * 20_000 + "x"
    assert best_cpu(lambda: detect_doc_type(large), tries=3) / best_cpu(lambda: detect_doc_type(small), tries=3) < 8


# Lead words of cues in several cases, glued to letters or not, with the characters case folding relates to ASCII.
_PIECES = ["offerte", "Offerte", "OFFERTE", "offertes", "xofferte", "aan", "Aan", "gemeente", "kopie", "Kopie", ":",
           "excl", ".", "btw", "woo", "-", "verzoek", "beste", "#", "*", "\t", "\n", " ", "ſ", "İ", "ı", "K",
           "binnen", "14", "dagen", "nota", "beleidsnota", "factuur", "é", "_"]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(_PIECES), max_size=40).map("".join))
@example("aangemeente")  # "aan" is no token here, yet the optional colon and spaces let the branch match
@example("excl.btw\nſtukprijs\nKopie:\nwoo-verzoek")
def test_lead_words_only_skip_branches_that_cannot_match(text: str) -> None:
    words = text_words(text)
    for cues in _CUES.values():
        for cue in cues:
            assert cue.found_in(text, words) == cue.found_in(text)


def test_a_kind_word_with_more_words_on_the_first_line_is_no_memo_title() -> None:
    """A tender's "Nota van inlichtingen" and a letter's subject "Offerte inzet …" do not name a memo."""
    text = "Nota van inlichtingen\n\nVraag 1: wat is de looptijd?\nAntwoord: drie jaar, zie de offerte-eisen.\n"
    assert detect_doc_type(text) != "memo"
    assert detect_doc_type(ACCEPTANCE_LETTER) == "brief"


def test_an_agenda_with_times_is_no_chat() -> None:
    assert detect_doc_type(AGENDA) != "chat"
