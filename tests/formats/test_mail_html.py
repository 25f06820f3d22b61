"""E-mail headers are analysed with the body, attachments become documents; HTML and .msg."""

from __future__ import annotations

import pytest

from detector import Detector
from detector.extract import ExtractionError, extract_bytes
from detector.extract.html import html_to_text
from tests.formats import builders

HEADER = (
    "Van: Jan Jansen <j.jansen@example.nl>\n"
    "Verzonden: Tue, 14 Mar 2017 10:15:00 +0100\n"
    "Aan: Gemeente Almere <info@almere.nl>\n"
    "CC: Renée de Boer <r.deboer@example.nl>\n"
    "Onderwerp: Offerte netwerkanalyse\n\n"
)


def test_headers_and_body() -> None:
    document = extract_bytes(builders.mail_eml(), "mail.eml")
    assert document.text == HEADER + "Beste Karin,\n\nHierbij de offerte. Bel me op 06-12345678.\n\nGroet,\nJan\n"
    assert document.metadata == {"date": "2017-03-14", "subject": "Offerte netwerkanalyse"}
    assert document.attachments == ()


def test_names_in_headers_are_suggested(deny_detector: Detector) -> None:
    document = extract_bytes(builders.mail_eml(), "mail.eml")
    suggestions = deny_detector.analyze_document(document).suggestions
    assert [(s.text, s.start) for s in suggestions] == [("Jansen", 9), ("jansen", 19)]
    assert document.text[9:15] == "Jansen" and document.text[19:25] == "jansen"


def test_attachments_are_documents_of_their_own(letter_pdf: bytes) -> None:
    document = extract_bytes(builders.mail_eml(attachment=letter_pdf), "mail.eml")
    (attachment,) = document.attachments
    assert attachment.name == "mail.eml/offerte.pdf"
    assert attachment.media_type == "application/pdf"
    assert attachment.layout is not None and "Geachte heer Jansen," in attachment.text


def test_unreadable_attachment_is_reported_not_dropped() -> None:
    document = extract_bytes(builders.mail_eml(attachment=builders.png_bytes(), attachment_name="foto.png"), "mail.eml")
    assert document.attachments == ()
    (warning,) = document.metadata["warnings"]
    assert warning.startswith("bijlage niet gelezen: mail.eml/foto.png: dit is een PNG-afbeelding")


def test_html_body_is_turned_into_text() -> None:
    html = (
        "<html><head><title>x</title><style>p{color:red}</style></head><body>"
        "<p>Geachte heer <b>Jansen</b>,</p><script>var a='Geheim';</script>"
        "<table><tr><td>Senior adviseur</td><td>EUR 125,00</td></tr></table>"
        "<p>Met   vriendelijke\ngroet</p><!-- opmerking --></body></html>"
    )
    assert html_to_text(html) == "Geachte heer Jansen,\n\nSenior adviseur\tEUR 125,00\n\nMet vriendelijke groet\n"


def test_html_file_uses_its_charset() -> None:
    data = '<html><head><meta charset="windows-1252"></head><body><p>Mevrouw Müller</p></body></html>'.encode("cp1252")
    assert extract_bytes(data, "pagina.html").text == "Mevrouw Müller\n"


def test_broken_msg_is_explained() -> None:
    data = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600
    with pytest.raises(ExtractionError, match=r"^bericht\.msg: "):
        extract_bytes(data, "bericht.msg")


def test_empty_mail_is_refused() -> None:
    with pytest.raises(ExtractionError, match="geen e-mailbericht"):
        extract_bytes(b"\n\nalleen tekst", "leeg.eml")
