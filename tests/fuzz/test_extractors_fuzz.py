"""Property-based fuzzing of every extractor: a Document or an ExtractionError naming the file, nothing else.

Inputs: random bytes under every name, texts in UTF-8 and UTF-16, random HTML trees, random e-mails, and
mutations (flipped bytes, cuts, insertions) of a real PDF, DOCX and e-mail.
"""

from __future__ import annotations

import functools

from hypothesis import given
from hypothesis import strategies as st

from detector.document import Document
from detector.extract import ExtractionError, extract_bytes
from detector.extract.limits import Limits
from detector.settings import Settings
from tests.formats import builders
from tests.fuzz import strategies

LIMITS = Limits.from_settings(Settings(_env_file=None))
NAMES = ["brief.txt", "brief", "brief.pdf", "brief.docx", "bericht.eml", "bericht.msg", "pagina.html", "data.csv",
         "brief.xlsx", "brief.PDF"]
_TAGS = ["div", "p", "span", "table", "tr", "td", "th", "b", "pre", "script", "style", "br", "li", "ul", "head",
         "title", "svg", "template", "a", "h1"]


def _extract(data: bytes, name: str) -> Document | None:
    """The Document, or None after an ExtractionError whose message names the file."""
    try:
        document = extract_bytes(data, name, limits=LIMITS)
    except ExtractionError as error:
        assert str(error).startswith(name), str(error)
        return None
    assert isinstance(document.text, str)
    for attachment in document.attachments:
        assert attachment.name.startswith(name + "/")
    return document


@given(data=st.binary(max_size=4096), name=st.sampled_from(NAMES))
def test_random_bytes_under_any_name(data: bytes, name: str) -> None:
    _extract(data, name)


@given(text=strategies.texts, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16"]))
def test_text_in_utf8_or_utf16_reads_back_exactly(text: str, encoding: str) -> None:
    document = _extract(text.encode(encoding), "brief.txt")
    # A leading U+FEFF in UTF-8 is read as a byte order mark (as every editor does).
    expected = text.removeprefix("\ufeff") if encoding == "utf-8" else text
    if document is not None:
        assert document.text == expected


def _html(tree: object) -> str:
    if isinstance(tree, str):
        return tree.replace("<", " ")
    tag, children = tree  # type: ignore[misc]
    return f"<{tag}>" + "".join(_html(child) for child in children) + f"</{tag}>"


html_trees = st.recursive(
    strategies.piece,
    lambda inner: st.tuples(st.sampled_from(_TAGS), st.lists(inner, max_size=5)),
    max_leaves=40,
)


@given(tree=html_trees, doctype=st.booleans())
def test_random_html_pages(tree: object, doctype: bool) -> None:
    page = ("<!doctype html>" if doctype else "") + "<html><body>" + _html(tree) + "</body></html>"
    _extract(page.encode("utf-8", errors="strict"), "pagina.html")


@given(subject=strategies.dutch_text, body=strategies.texts, sender=st.sampled_from(strategies.NAMES),
       charset=st.sampled_from(["utf-8", "iso-8859-1", "windows-1252", "x-onbekend"]))
def test_random_mails(subject: str, body: str, sender: str, charset: str) -> None:
    head = f"From: {sender} <a@example.nl>\nTo: b@example.nl\nSubject: {subject[:200]}\nMIME-Version: 1.0\n"
    head += f"Content-Type: text/plain; charset={charset}\n\n"
    data = head.encode("utf-8", errors="strict") + body.encode("utf-8", errors="strict")
    _extract(data, "bericht.eml")


@functools.cache
def _seeds() -> dict[str, bytes]:
    return {
        "brief.pdf": builders.letter_pdf(),
        "brief.docx": builders.letter_docx(),
        "bericht.eml": builders.mail_eml(attachment=b"Bijlage voor Jansen.", attachment_name="b.txt"),
    }


mutation = st.one_of(
    st.tuples(st.just("flip"), st.integers(0, 10**6), st.integers(1, 255)),
    st.tuples(st.just("cut"), st.integers(0, 10**6), st.just(0)),
    st.tuples(st.just("insert"), st.integers(0, 10**6), st.integers(0, 255)),
)


@given(name=st.sampled_from(["brief.pdf", "brief.docx", "bericht.eml"]), mutations=st.lists(mutation, max_size=8))
def test_mutated_real_files(name: str, mutations: list[tuple[str, int, int]]) -> None:
    data = bytearray(_seeds()[name])
    for kind, position, value in mutations:
        at = position % max(len(data), 1)
        if kind == "flip" and data:
            data[at] ^= value
        elif kind == "cut":
            del data[at:]
        else:
            data.insert(at, value)
    _extract(bytes(data), name)
