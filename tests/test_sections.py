"""Sections of a bundled document that open like an internal document are typed by their own cues."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from detector import sections
from detector.doctype import detect_doc_type
from detector.sections import MIN_CHARS, find_sections, internal_ranges
from recognizers.chat_lines import CHAT_MESSAGE

BESLUIT = """Besluit op uw Woo-verzoek

Geachte heer Bakker,

Op 3 maart 2024 heeft u een Woo-verzoek ingediend. Wij besluiten de documenten gedeeltelijk openbaar te maken.
Gelet op artikel 5.2 Woo maken wij persoonlijke beleidsopvattingen niet openbaar.
Tegen dit besluit kunt u binnen zes weken bezwaar maken.

Met vriendelijke groet,
de directeur Juridische Zaken
"""
MAIL = """Van: Sanne Visser <s.visser@example.nl>
Verzonden: dinsdag 12 maart 2024 10:15
Aan: Team Beleid
Onderwerp: RE: uitvoering regeling

Hoi allemaal,

Ik vind het onverstandig om de regeling nu al landelijk in te voeren.
Ik stuur jullie morgen de cijfers.

Groet, Sanne
"""
# The same head as PDF prints of mail clients show it: labels without colons, values on their own lines.
OCR_MAIL = """Van

Sanne Visser

Verzonden

dinsdag 12 maart 2024 10:15

Aan

Team Beleid

Onderwerp

uitvoering regeling

Ik vind het onverstandig om de regeling nu al landelijk in te voeren.
"""
CHAT = """Chatgesprek Teams

[09:58] Anna de Vries: Goedemorgen, hebben jullie de conceptnota gelezen?
[10:02] Pieter Jansen: Ja. Volgens mij moeten we scenario B laten vallen, dat is niet uit te leggen.
[10:03] Anna de Vries: Prima, ik zet het op de agenda van donderdag.
"""
MEMO = """Memo

Aan: directeur Uitkeren
Van: afdeling Beleid
Datum: 4 april 2024
Onderwerp: verlenging pilot

Ons advies is de pilot met een half jaar te verlengen.
"""
LETTER_WITH_FIELDS = """Aan: de heer Bakker
Van: gemeente Zandaam
Onderwerp: uw aanvraag

Geachte heer Bakker,

Uw aanvraag is op 3 maart ontvangen.
"""


def kinds(text: str) -> list[tuple[str, str, str]]:
    return [(s.kind, s.doc_type, text[s.start : s.end].split("\n", 1)[0]) for s in find_sections(text)]


def test_a_mail_annex_of_a_decision_is_an_internal_section() -> None:
    text = BESLUIT + "\n" + MAIL
    assert detect_doc_type(text) == "besluit"
    assert kinds(text) == [("email", "email", "Van: Sanne Visser <s.visser@example.nl>")]
    assert internal_ranges(text) == [(len(BESLUIT) + 1, len(text))]


def test_mail_head_without_colons_and_a_reply_marker_open_sections() -> None:
    reply = "Op 11 mrt. 2024 om 16:40 heeft Pieter Jansen het volgende geschreven:\n\nKlopt, de cijfers volgen.\n"
    body = "In 2023 zijn 412 aanvragen ontvangen.\n" * 30
    text = BESLUIT + OCR_MAIL + body + reply
    assert kinds(text) == [("email", "email", "Van"),
                           ("email", "email", "Op 11 mrt. 2024 om 16:40 heeft Pieter Jansen het volgende geschreven:")]
    # A short reply right under the head stays in the section above it.
    assert kinds(BESLUIT + OCR_MAIL + reply) == [("email", "email", "Van")]


def test_chat_and_memo_annexes_open_sections() -> None:
    text = BESLUIT + CHAT + "Vergaderverzoek verstuurd.\n" * 40 + MEMO
    first_message = "[09:58] Anna de Vries: Goedemorgen, hebben jullie de conceptnota gelezen?"
    assert kinds(text) == [("chat", "chat", first_message), ("memo", "memo", "Memo")]


TEAMS = """Vries, Anna de 09:58
Goedemorgen, hebben jullie de conceptnota gelezen?
Jansen, Pieter 10:02
Ja. Volgens mij moeten we scenario B laten vallen, dat is niet uit te leggen.
Vries, Anna de 10:03
Prima, ik zet het op de agenda van donderdag.
"""


def test_a_teams_chat_annex_opens_a_section() -> None:
    text = BESLUIT + TEAMS
    assert detect_doc_type(text) == "besluit"
    assert kinds(text) == [("chat", "chat", "Vries, Anna de 09:58")]
    assert internal_ranges(text) == [(len(BESLUIT), len(text))]


@pytest.mark.parametrize(
    "text",
    [
        BESLUIT,
        LETTER_WITH_FIELDS,  # Aan/Van/Onderwerp of a letter: no Verzonden, no address, so no proof of a mail
        "Van de NCTV heeft Almere versterkingsgeld ontvangen.\nAan de raad is gemeld dat het project loopt.\n"
        "Onderwerp van gesprek was de planning.\n",
        "",
    ],
)
def test_no_section_without_an_internal_head(text: str) -> None:
    assert find_sections(text) == []


def test_a_decision_sent_by_mail_stays_a_decision() -> None:
    head = MAIL.split("\n\n", 1)[0].replace("RE: uitvoering regeling", "Besluit op uw Woo-verzoek")
    text = "Inleiding\n\n" + head + "\n\n" + BESLUIT
    assert [(s.kind, s.doc_type) for s in find_sections(text)] == [("email", "besluit")]
    assert internal_ranges(text) == []


@pytest.mark.parametrize("unit", ["Van: a@b.nl\nVerzonden: 1\nAan: c\n", "[10:00] Anna: b\n", "Memo\nAan: x\nVan: y\n"])
def test_many_heads_make_few_ordered_sections(unit: str) -> None:
    text = unit * 5_000
    sections = find_sections(text)
    assert sections and sections[0].start == 0 and sections[-1].end == len(text)
    pairs = zip(sections, sections[1:], strict=False)
    assert all(a.end == b.start and b.start - a.start >= MIN_CHARS for a, b in pairs)


# Lines that open like a head, after leads, in other cases and with non-ASCII letters that match ASCII ones when case
# is ignored (the long s, the Kelvin sign), and lines that do not.
_LINE_PARTS = [
    "", " ", "\t", "> ", "#", "* ", "|", "       ", "Van: ", "FROM ", "aan", "To:", "Onderwerp", "\u017fubject:",
    "Verzonden ", "sent", "CC: ", "afzender", "-----Oorspronkelijk bericht-----", "Op 3 maart 2024 om 10:15 ",
    "heeft ", "schreef", "OP ", "geschreven:", "Memo", "Interne notitie", "concept verslag", "NOTULEN",
    "[12-03-2024 10:15] Sanne Visser: ", "10:15 - Piet: ", "\u212a", "x", "1", "\u00e9", "\u0130", "\u0131", "-",
    ":", "\u00a0",
]


@given(st.lists(st.sampled_from(_LINE_PARTS), max_size=5).map("".join))
def test_line_prefilter_keeps_every_line_a_pattern_matches(line: str) -> None:
    first = sections._first(line)
    for pattern, starts in [
        (sections._MAIL_FIELD, sections._MAIL_STARTS),
        (sections._REPLY, sections._REPLY_STARTS),
        (sections._HEAD_TITLE, sections._TITLE_STARTS),
        (CHAT_MESSAGE, sections.CHAT_FIRST),
    ]:
        if pattern.match(line):
            assert sections._may_start(first, starts), (pattern.pattern, line)


_HEADS = [
    *((f"{field}: x", "_MAIL_FIELD", "_MAIL_STARTS")
      for field in ["Van", "FROM", "afzender", "Aan", "to", "Onderwerp", "subject", "Verzonden", "sent", "Cc"]),
    ("> -- Original message", "_REPLY", "_REPLY_STARTS"),
    ("Op 3 maart 2024 om 10:15 heeft Piet geschreven:", "_REPLY", "_REPLY_STARTS"),
    *((title, "_HEAD_TITLE", "_TITLE_STARTS")
      for title in ["Memo", "# Interne notitie", "Concept verslag", "nota", "Notulen", "memorandum", "conceptverslag"]),
    ("[10:15] Piet: ja", "CHAT_MESSAGE", "CHAT_FIRST"),
    ("12-03-2024 10:15 - Piet: ja", "CHAT_MESSAGE", "CHAT_FIRST"),
    ("\u212aelvin: x", "_MAIL_FIELD", "_MAIL_STARTS"),  # no field, but the Kelvin sign is not ASCII: it is tried
]


@pytest.mark.parametrize(("line", "pattern", "starts"), _HEADS)
def test_line_prefilter_lets_heads_through(line: str, pattern: str, starts: str) -> None:
    compiled = CHAT_MESSAGE if pattern == "CHAT_MESSAGE" else getattr(sections, pattern)
    assert compiled.match(line) or not line.isascii()
    assert sections._may_start(sections._first(line), getattr(sections, starts))


@pytest.mark.parametrize("line", ["Geachte heer Bakker,", "  Wij besluiten", "| Hoeveelheid | 1.000 |"])
def test_line_prefilter_skips_body_lines(line: str) -> None:
    first = sections._first(line)
    assert not any(
        sections._may_start(first, starts)
        for starts in (sections._MAIL_STARTS, sections._REPLY_STARTS, sections._TITLE_STARTS, sections.CHAT_FIRST)
    )
