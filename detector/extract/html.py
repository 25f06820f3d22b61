"""HTML → text (BeautifulSoup, MIT): block elements become lines, table cells are joined with a tab."""

from __future__ import annotations

from collections.abc import Iterator

import regex
from bs4 import BeautifulSoup, NavigableString, Tag
from bs4.element import Comment, Doctype, PageElement, ProcessingInstruction

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


def _walk(root: Tag, parts: list[str], *, preformatted: bool) -> None:
    """Append the text under ``root``; iterative, so any nesting depth is read without recursion."""
    stack: list[tuple[Iterator[PageElement], Tag | None, bool]] = [(iter(root.children), None, preformatted)]
    while stack:
        children, owner, pre = stack[-1]
        child = next(children, None)
        if child is None:
            stack.pop()
            if owner is not None:
                parts.append(_closing(owner))
            continue
        if isinstance(child, Comment | Doctype | ProcessingInstruction):
            continue
        if isinstance(child, NavigableString):
            parts.append(str(child) if pre else _SPACES.sub(" ", str(child)))
            continue
        if not isinstance(child, Tag) or child.name in _SKIPPED:
            continue
        if child.name in _BLOCKS:
            parts.append("\n")
        stack.append((iter(child.children), child, pre or child.name == "pre"))


def _closing(tag: Tag) -> str:
    if tag.name in _CELLS:
        return "\t"
    return "\n" if tag.name in _BLOCKS else ""


def extract_html(data: bytes, name: str) -> Document:
    """Text of an HTML file; the character set comes from the file (``<meta charset>``) or is detected."""
    text = html_to_text(data)
    if not text.strip():
        raise ExtractionError(f"{name}: de HTML-pagina bevat geen tekst")
    return Document(name=name, text=text, media_type=MEDIA_TYPE)
