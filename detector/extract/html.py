"""HTML → text (BeautifulSoup, MIT): block elements become lines, table cells are joined with a tab."""

from __future__ import annotations

import regex
from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Doctype, ProcessingInstruction

from detector.document import Document
from detector.extract.errors import ExtractionError

MEDIA_TYPE = "text/html"
_SKIPPED = {"script", "style", "head", "template", "noscript", "svg"}
_BLOCKS = {
    "p", "div", "br", "li", "ul", "ol", "tr", "table", "h1", "h2", "h3", "h4", "h5", "h6", "section", "article",
    "header", "footer", "blockquote", "pre", "hr", "address", "dd", "dt", "dl", "title", "caption", "form",
}  # fmt: skip
_CELLS = {"td", "th"}
_SPACES = regex.compile(r"[ \t\r\n\f\v]+")
_BLANK_LINES = regex.compile(r"\n[ \t]*(?:\n[ \t]*){2,}")


def html_to_text(html: str | bytes) -> str:
    """Readable text of an HTML page or mail body: no markup, scripts or styles; whitespace collapsed."""
    soup = BeautifulSoup(html, "html.parser")
    parts: list[str] = []
    _walk(soup, parts, preformatted=False)
    text = "".join(parts)
    lines = [line.strip(" ").rstrip("\t ") for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip("\n") + "\n"


def _walk(node: Tag, parts: list[str], *, preformatted: bool) -> None:
    for child in node.children:
        if isinstance(child, Comment | Doctype | ProcessingInstruction):
            continue
        if isinstance(child, NavigableString):
            parts.append(str(child) if preformatted else _SPACES.sub(" ", str(child)))
            continue
        if not isinstance(child, Tag) or child.name in _SKIPPED:
            continue
        block = child.name in _BLOCKS
        if block:
            parts.append("\n")
        _walk(child, parts, preformatted=preformatted or child.name == "pre")
        if child.name in _CELLS:
            parts.append("\t")
        elif block:
            parts.append("\n")


def extract_html(data: bytes, name: str) -> Document:
    """Text of an HTML file; the character set comes from the file (``<meta charset>``) or is detected."""
    text = html_to_text(data)
    if not text.strip():
        raise ExtractionError(f"{name}: de HTML-pagina bevat geen tekst")
    return Document(name=name, text=text, media_type=MEDIA_TYPE)
