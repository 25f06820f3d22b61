"""Build the test documents in code: PDFs (reportlab, fpdf2, raw content streams), DOCX, e-mail."""

from __future__ import annotations

import io
from email.message import EmailMessage
from pathlib import Path

import docx
import pikepdf
import reportlab
from PIL import Image
from reportlab.lib.pagesizes import A4
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas

PAGE_HEIGHT = A4[1]
VERA = str(Path(reportlab.__file__).parent / "fonts" / "Vera.ttf")
FONT_SIZE = 11
LETTER_LINES = [
    (72, 780, "Gemeente Almere, 12 maart 2021"),
    (72, 760, "Geachte heer Jansen,"),
    (72, 740, "Uw IBAN NL91ABNA0417164300 is bij ons bekend."),
    (72, 720, "Contactpersoon: Pieter"),
    (72, 706, "de Vries, beleidsadviseur."),
    (72, 686, "Wethouder Karin Bakker tekende het besluit."),
]
TARIFF_ROWS = [("Functie", "Uurtarief"), ("Senior adviseur", "EUR 125,00"), ("Junior adviseur", "EUR 85,00")]


def text_width(text: str, font: str = "Helvetica", size: float = FONT_SIZE) -> float:
    """Width of ``text`` in points, as reportlab lays it out."""
    return pdfmetrics.stringWidth(text, font, size)


def letter_pdf() -> bytes:
    """A two-page letter: names, an IBAN, a name wrapping two lines, a tariff table, a name across pages."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setAuthor("Pieter de Vries")
    pdf.setFont("Helvetica", FONT_SIZE)
    for x, y, line in LETTER_LINES:
        pdf.drawString(x, y, line)
    for row, (left, right) in enumerate(TARIFF_ROWS):
        pdf.drawString(72, 640 - row * 16, left)
        pdf.drawString(260, 640 - row * 16, right)
    pdf.drawString(72, 60, "Met vriendelijke groet, Annemarie")
    pdf.showPage()
    pdf.setFont("Helvetica", FONT_SIZE)
    pdf.drawString(72, 780, "Verhoeven-Smit, teamleider.")
    pdf.drawString(72, 760, "Einde van de brief.")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def truetype_pdf() -> bytes:
    """One page set in an embedded TrueType font (reportlab's Vera), with a link annotation on the e-mail."""
    pdfmetrics.registerFont(TTFont("Vera", VERA))
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.setFont("Vera", 12)
    line = "Mail naar j.jansen@example.nl voor vragen."
    pdf.drawString(72, 780, line)
    x0 = 72 + pdfmetrics.stringWidth("Mail naar ", "Vera", 12)
    x1 = x0 + pdfmetrics.stringWidth("j.jansen@example.nl", "Vera", 12)
    pdf.linkURL("mailto:j.jansen@example.nl", (x0, 776, x1, 792))
    pdf.drawString(72, 760, "Met groet, Femke Mulder")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def cid_pdf() -> bytes:
    """One page from fpdf2 with an embedded Unicode font: a Type0 font with Identity-H two-byte codes."""
    from fpdf import FPDF

    pdf = FPDF(unit="pt", format="A4")
    pdf.add_page()
    pdf.add_font("Vera", fname=VERA)
    pdf.set_font("Vera", size=12)
    pdf.text(72, 80, "Geachte mevrouw Müller-Ørsted, uw zaak 2021-0042.")
    pdf.text(72, 100, "Met vriendelijke groet, Daan de Wit")
    return bytes(pdf.output())


def raw_pdf(content: bytes, *, crop_box: list[float] | None = None) -> bytes:
    """A one-page A4 PDF with ``content`` as its content stream, Helvetica as ``/F1``, optionally a CropBox."""
    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica)
    )
    resources = pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font))
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=[0, 0, 595, 842],
        Resources=resources,
        Contents=pdf.make_stream(content),
    )
    if crop_box is not None:
        page.CropBox = crop_box
    pdf.pages.append(pikepdf.Page(page))
    buffer = io.BytesIO()
    pdf.save(buffer)
    return buffer.getvalue()


def form_pdf() -> bytes:
    """Two pages drawing one shared form XObject (a header with a name) plus their own text."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.beginForm("header")
    pdf.setFont("Helvetica", FONT_SIZE)
    pdf.drawString(72, 800, "Behandeld door Sanne Visser")
    pdf.endForm()
    for number in (1, 2):
        pdf.doForm("header")
        pdf.setFont("Helvetica", FONT_SIZE)
        pdf.drawString(72, 700, f"Pagina {number} van de notitie.")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def image_under_text_pdf() -> bytes:
    """A page whose text lies on top of an image (as in a scan with an OCR text layer)."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    image = Image.new("RGB", (200, 40), (230, 230, 230))
    from reportlab.lib.utils import ImageReader

    pdf.drawImage(ImageReader(image), 60, 770, width=300, height=40)
    pdf.setFont("Helvetica", FONT_SIZE)
    pdf.drawString(72, 785, "Aanvrager: Joost Hendriks")
    pdf.drawString(72, 700, "Tekst buiten de afbeelding.")
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def scan_pdf() -> bytes:
    """A page that is only an image: no text layer."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    from reportlab.lib.utils import ImageReader

    pdf.drawImage(ImageReader(Image.new("L", (100, 140), 255)), 0, 0, width=A4[0], height=A4[1])
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def many_pages_pdf(pages: int) -> bytes:
    """A long report: ``pages`` pages of 45 lines, a name on every page."""
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    for number in range(1, pages + 1):
        pdf.setFont("Helvetica", 10)
        for line in range(45):
            pdf.drawString(60, 800 - line * 16, f"Pagina {number} regel {line}: overleg met Jansen over het dossier.")
        pdf.showPage()
    pdf.save()
    return buffer.getvalue()


def encrypted_pdf() -> bytes:
    """The letter, with a user password."""
    source = pikepdf.open(io.BytesIO(letter_pdf()))
    buffer = io.BytesIO()
    source.save(buffer, encryption=pikepdf.Encryption(user="geheim", owner="eigenaar"))
    return buffer.getvalue()


def png_bytes() -> bytes:
    """A small PNG image."""
    buffer = io.BytesIO()
    Image.new("RGB", (20, 20), (255, 0, 0)).save(buffer, format="PNG")
    return buffer.getvalue()


def letter_docx() -> bytes:
    """A Word letter: paragraphs, a tariff table, a header with an official's name, a mailto hyperlink."""
    document = docx.Document()
    document.sections[0].header.paragraphs[0].text = "Behandeld door: Sanne Visser"
    document.add_paragraph("Geachte heer Jansen,")
    paragraph = document.add_paragraph("Uw IBAN ")
    paragraph.add_run("NL91ABNA")
    run = paragraph.add_run("0417164300")
    run.bold = True
    paragraph.add_run(" is bekend.")
    table = document.add_table(rows=0, cols=2)
    for left, right in TARIFF_ROWS:
        cells = table.add_row().cells
        cells[0].text, cells[1].text = left, right
    link_paragraph = document.add_paragraph("Mail: ")
    _add_hyperlink(link_paragraph, "mailto:j.jansen@example.nl", "j.jansen@example.nl")
    document.add_paragraph("Met vriendelijke groet,\tPieter de Vries")
    document.core_properties.author = "Pieter de Vries"
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _add_hyperlink(paragraph: docx.text.paragraph.Paragraph, url: str, text: str) -> None:
    from docx.opc.constants import RELATIONSHIP_TYPE
    from docx.oxml import OxmlElement
    from docx.oxml.ns import qn

    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    node = OxmlElement("w:t")
    node.text = text
    run.append(node)
    link.append(run)
    paragraph._p.append(link)


def mail_eml(*, attachment: bytes | None = None, attachment_name: str = "offerte.pdf") -> bytes:
    """An e-mail with Dutch headers content, a plain body and optionally one attachment."""
    message = EmailMessage()
    message["From"] = "Jan Jansen <j.jansen@example.nl>"
    message["To"] = "Gemeente Almere <info@almere.nl>"
    message["Cc"] = "=?utf-8?q?Ren=C3=A9e_de_Boer?= <r.deboer@example.nl>"
    message["Subject"] = "Offerte netwerkanalyse"
    message["Date"] = "Tue, 14 Mar 2017 10:15:00 +0100"
    message.set_content("Beste Karin,\n\nHierbij de offerte. Bel me op 06-12345678.\n\nGroet,\nJan\n")
    if attachment is not None:
        message.add_attachment(attachment, maintype="application", subtype="octet-stream", filename=attachment_name)
    return message.as_bytes()


def scan_with_text_pdf() -> bytes:
    """A scanned letter: an A4 image at 300 dpi with two lines of text drawn in it, no text layer."""
    from PIL import ImageDraw, ImageFont
    from reportlab.lib.utils import ImageReader

    font = ImageFont.truetype(VERA, 42)
    image = Image.new("L", (2480, 3508), 255)
    draw = ImageDraw.Draw(image)
    draw.text((300, 400), "Geachte heer Jansen,", font=font, fill=0)
    draw.text((300, 480), "Uw aanvraag is ontvangen op 12 maart 2021.", font=font, fill=0)
    buffer = io.BytesIO()
    pdf = canvas.Canvas(buffer, pagesize=A4)
    pdf.drawImage(ImageReader(image), 0, 0, width=A4[0], height=A4[1])
    pdf.showPage()
    pdf.save()
    return buffer.getvalue()
