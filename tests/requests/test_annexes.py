"""The decision's annexes from a request's documents: inventory, CONCEPT Overwegingen, redacted zip, consistency."""

from __future__ import annotations

import io
import zipfile

import docx

from detector.decisions_file import Decided
from detector.document import Suggestion
from detector.request import besluit, consistency
from detector.request.annexes import inventory_row, released, write_redacted_zip
from detector.request.model import RequestItem

MAIL = "Beste Jan de Vries, ons ordernummer is 4711-AB. Groet."
MEMO = "Memo. Ik adviseer om dit niet te doen. Jan de Vries is akkoord."


def s(text: str, whole: str, entity: str, ground: str) -> Suggestion:
    start = whole.index(text)
    return Suggestion(start, start + len(text), text, entity, ground, 0.9, "uitleg", "test")


def items(decided_memo: tuple[Decided, ...] | None = None) -> list[RequestItem]:
    mail = RequestItem(1, "mail.eml", MAIL, "message/rfc822", "email",
                       (s("Jan de Vries", MAIL, "PERSON", "5.1(2)e"), s("4711-AB", MAIL, "ORDER_NUMBER", "5.1(2)f")),
                       date="2024-03-01")  # fmt: skip
    memo = RequestItem(2, "stukken/memo.txt", MEMO, "text/plain", "memo",
                       (s("Ik adviseer om dit niet te doen.", MEMO, "POLICY_OPINION", "5.2(1)"),
                        s("Jan de Vries", MEMO, "PERSON", "5.1(2)e")), decided_memo)  # fmt: skip
    broken = RequestItem(3, "kapot.pdf", "", "", "", error="kapot.pdf: geen geldige PDF")
    return [mail, memo, broken]


def test_inventory_rows_have_decision_type_grounds_and_failures() -> None:
    rows = [inventory_row(i) for i in items()]
    assert [(r.number, r.document, r.doc_type, r.decision) for r in rows] == [
        (1, "mail.eml", "email", "Deels openbaar"), (2, "memo.txt", "memo", "Deels openbaar"),
        (3, "kapot.pdf", "-", "Niet beoordeeld"),
    ]  # fmt: skip
    assert rows[0].grounds == ("5.1(2)e", "5.1(2)f")
    assert rows[1].grounds == ("5.1(2)e", "5.2(1)")
    assert "geen geldige PDF" in rows[2].remark


def test_reviewed_decisions_replace_the_suggestions() -> None:
    start = MEMO.index("Jan de Vries")
    reviewed = items((Decided(start, start + 12, "5.1(2)e", "Jan de Vries"),))
    row = inventory_row(reviewed[1])
    assert (row.grounds, row.redactions, row.remark) == (("5.1(2)e",), 1, "beoordeeld")


def test_overwegingen_list_exactly_the_grounds_used_with_weighing_for_relative_grounds() -> None:
    uses = besluit.ground_uses(items())
    assert [u.code for u in uses] == ["5.1(2)e", "5.1(2)f", "5.2(1)"]
    privacy = uses[0]
    assert (privacy.count, privacy.documents) == (2, (1, 2))
    assert all(u.weighing for u in uses)
    text = besluit.to_markdown(uses, "Verzoek over de brug")
    assert besluit.DRAFT_MARK in text
    assert "5.1(1)c" not in text and "5.1(1)e" not in text
    assert "documenten 1, 2" in text


def test_absolute_grounds_have_no_weighing() -> None:
    text = "BSN 111222333"
    item = RequestItem(1, "a.txt", text, "text/plain", "brief", (s("111222333", text, "NL_BSN", "5.1(1)e"),))
    (use,) = besluit.ground_uses([item])
    assert (use.code, use.kind, use.weighing) == ("5.1(1)e", "absolute", None)


def test_overwegingen_docx_is_marked_concept_and_holds_each_ground() -> None:
    uses = besluit.ground_uses(items())
    document = docx.Document(io.BytesIO(besluit.to_docx(uses, "Verzoek")))
    paragraphs = [p.text for p in document.paragraphs]
    assert besluit.DRAFT_MARK in paragraphs
    headings = [p.text for p in document.paragraphs if p.style.name.startswith("Heading 2")]
    assert headings == [f"{u.title} ({u.code})" for u in uses]


def test_redacted_zip_holds_released_documents_redacted_and_lists_failures() -> None:
    buffer = io.BytesIO()
    assert write_redacted_zip(items(), buffer) == 2
    with zipfile.ZipFile(io.BytesIO(buffer.getvalue())) as archive:
        names = archive.namelist()
        mail = archive.read("0001 mail.txt").decode()
        failures = archive.read("niet-verwerkt.txt").decode()
    assert names == ["0001 mail.txt", "0002 memo.txt", "niet-verwerkt.txt"]
    assert "Jan de Vries" not in mail and "[5.1(2)e]" in mail and "[5.1(2)f]" in mail
    assert "kapot.pdf" in failures


def test_a_document_redacted_entirely_is_not_released() -> None:
    text = "Jan de Vries"
    item = RequestItem(1, "a.txt", text, "text/plain", "brief", (s(text, text, "PERSON", "5.1(2)e"),))
    assert not released(item)


def test_consistency_report_lists_values_redacted_here_and_released_there() -> None:
    mail_start = MAIL.index("Jan de Vries")
    memo = items()[1]
    mail = items()[0]
    reviewed = [
        RequestItem(**{**mail.__dict__, "decided": (Decided(mail_start, mail_start + 12, "5.1(2)e"),)}),
        RequestItem(**{**memo.__dict__, "decided": ()}),  # the reviewer released everything in the memo
    ]
    (issue,) = consistency.report(reviewed)
    assert issue.entity_type == "PERSON" and issue.outcomes == ("5.1(2)e", "openbaar")
    assert [(o.number, o.outcome) for o in issue.occurrences] == [(1, "5.1(2)e"), (2, "openbaar")]
    assert "Jan de Vries" in consistency.to_markdown([issue])


def test_unreviewed_documents_do_not_count_as_decisions() -> None:
    assert consistency.report(items()) == []
