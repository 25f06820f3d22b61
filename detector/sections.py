"""Find the sections of a bundled document that are internal deliberation by their own cues.

Woo publications often put a decision letter and its annexes (internal e-mails, memos, chat exports, minutes)
in one file: the document as a whole is then a ``besluit``, while its annexes are documents for intern beraad.
A section *opens* where an internal document visibly starts:

- an e-mail header block: at least three different header fields (``Van``, ``Aan``, ``Onderwerp``,
  ``Verzonden``, ``Cc``; with or without a colon, as PDF prints of mail clients show them) within
  :data:`WINDOW` non-empty lines, one of them ``Verzonden``/``Sent`` or a ``Van:`` line with an address
  (the proof it is a mail and not a letter's ``Aan``/``Van`` lines); a reply marker (``Op … heeft … geschreven:``,
  ``-----Oorspronkelijk bericht-----``) opens one too;
- a memo or minutes head: a short title line (``Memo``, ``Notitie``, ``Verslag``, ``Notulen``) followed within the
  window by two head fields (``Aan``, ``Van``, ``Datum``, ``Onderwerp``, ``Kopie aan``, ``Aanwezig``);
- a chat export: three time-stamped message lines within the window, or three Teams sender lines
  (``Visser, Sanne 09:12``).

A section runs to the next opening at least :data:`MIN_CHARS` further (or the end). Its type is decided from its
own cues (:func:`detector.doctype.score_doc_types` on the section, where the opening counts as :data:`OPENING_SCORE`
for its kind), so an e-mail that is really a decision letter sent by mail stays a ``besluit``. Lines are read once
and each section is typed once: the cost is linear in the text.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from detector.doctype import DOC_TYPES, INTERNAL_DOC_TYPES, score_doc_types
from recognizers.base import REGEX_TIMEOUT
from recognizers.chat_lines import CHAT_FIRST, CHAT_MESSAGE, is_sender_line

WINDOW = 10  # non-empty lines in which a head's fields must stand
# A head closer than this to the previous one (a short reply in a thread) stays in the previous section: typing a
# section has a fixed cost, so a text of many tiny heads must not make many sections.
MIN_CHARS = 1_000
OPENING_SCORE = 8.0  # what an opening counts for its kind (the score of a mail header at the top of a document)
_FLAGS = regex.IGNORECASE
_LEAD = r"^[ \t#*>|]{0,6}"
_MAIL_FIELD = regex.compile(
    _LEAD + r"(?P<field>van|from|afzender|aan|to|onderwerp|subject|verzonden|sent|cc)\b[ \t]{0,3}(?P<colon>:)?"
    r"[ \t]{0,3}(?P<value>[^\n]{0,200})$",
    _FLAGS,
)
_FIELD_NAMES = {"van": "from", "from": "from", "afzender": "from", "aan": "to", "to": "to", "onderwerp": "subject",
                "subject": "subject", "verzonden": "sent", "sent": "sent", "cc": "cc"}
_REPLY = regex.compile(
    r"^[ \t>]{0,6}(?:-{2,}[ \t]*(?:oorspronkelijk bericht|original message|doorgestuurd bericht|forwarded message)|"
    r"op [^\n]{3,60}\d{1,2}[:.]\d{2}[^\n]{0,60}\b(?:heeft|schreef)\b|"
    r"op [^\n]{3,160}\b(?:geschreven|schreef)[ \t]*:[ \t]*$)",
    _FLAGS,
)
_HEAD_TITLE = regex.compile(
    _LEAD + r"(?:(?:interne?|concept)[ \t])?(?P<kind>memo|memorandum|notitie|nota|verslag|notulen|"
    r"conceptverslag)\b[^\n]{0,60}$",
    _FLAGS,
)
_HEAD_FIELD = regex.compile(
    _LEAD + r"(?:aan|van|datum|onderwerp|betreft|kopie aan|cc|aanwezig|afwezig|notulist|voorzitter)\b[ \t]*:?",
    _FLAGS,
)
_MINUTES = frozenset({"verslag", "notulen", "conceptverslag"})
# The characters each line pattern can start with after its lead (an ASCII letter in either case); a line whose first
# character after ``_LEAD_CHARS`` is another ASCII character cannot match it, so most lines skip the regexes.
_LEAD_CHARS = " \t#*>|"
_MAIL_STARTS = frozenset("vfaotsc")
_REPLY_STARTS = frozenset("-o")
_TITLE_STARTS = frozenset("icmnv")
_OTHER_STARTS = _REPLY_STARTS | _TITLE_STARTS | CHAT_FIRST  # of the heads that are no mail field


@dataclass(frozen=True)
class Section:
    """``text[start:end]`` opens like an internal document of ``kind``; ``doc_type`` is what its cues make it."""

    start: int
    end: int
    kind: str
    doc_type: str

    @property
    def internal(self) -> bool:
        """Whether this section is a document for internal deliberation."""
        return self.doc_type in INTERNAL_DOC_TYPES


def _lines(text: str) -> list[tuple[int, str]]:
    """``(offset, line)`` of every non-empty line."""
    found = []
    position = 0
    for line in text.splitlines(keepends=True):
        if line.strip():
            found.append((position, line.rstrip("\r\n")))
        position += len(line)
    return found


def _first(line: str) -> str:
    """The first character of ``line`` after its lead (bullets, quote marks, spaces), or ``""``."""
    return line.lstrip(_LEAD_CHARS)[:1]


def _may_start(first: str, starts: frozenset[str]) -> bool:
    """Whether a line whose first character after the lead is ``first`` can match a pattern opening with ``starts``:
    any non-ASCII character may (case-insensitive matching relates some of them to ASCII letters)."""
    return first.lower() in starts or not first.isascii()


def _mail_field(line: str, first: str) -> tuple[str, bool] | None:
    """The header field a line (whose :func:`_first` character is ``first``) holds and whether it proves a mail, or
    None."""
    if not _may_start(first, _MAIL_STARTS):
        return None
    match = _MAIL_FIELD.match(line, timeout=REGEX_TIMEOUT)
    if not match:
        return None
    field = _FIELD_NAMES[match["field"].lower()]
    value = match["value"].strip()
    colon = match["colon"] is not None
    if not colon and field in {"from", "to"} and len(value.split()) > 6:
        return None  # a sentence that starts with "Van" or "Aan", not a label
    proof = field == "sent" and (colon or not value or any(c.isdigit() for c in value))
    proof = proof or (field == "from" and "@" in value)
    return field, proof


def _openings(lines: list[tuple[int, str]]) -> Iterator[tuple[int, str]]:
    """``(line index, kind)`` where an internal document opens; one opening per head, the scan goes on after it."""
    firsts = [_first(line) for _, line in lines]
    fields = [_mail_field(line, first) for (_, line), first in zip(lines, firsts, strict=True)]
    senders = [is_sender_line(line) for _, line in lines]
    index = 0
    while index < len(lines):
        found = None
        if fields[index] is not None or _may_start(firsts[index], _OTHER_STARTS) or senders[index]:
            found = _opening_at(lines, fields, senders, index, firsts[index])
        if found is None:
            index += 1
            continue
        kind, after = found
        yield index, kind
        index = after


def _opening_at(
    lines: list[tuple[int, str]], fields: list[tuple[str, bool] | None], senders: list[bool], index: int, first: str
) -> tuple[str, int] | None:
    """The kind of head that opens at line ``index`` (whose :func:`_first` character is ``first``) and the first
    line after it, or None. ``fields`` and ``senders`` hold, per line, its mail field and whether it is a Teams
    sender line, each read once."""
    line = lines[index][1]
    window = range(index, min(index + WINDOW, len(lines)))
    if fields[index] is not None:
        found = [(i, field) for i, field in ((i, fields[i]) for i in window) if field is not None]
        if len({name for _, (name, _) in found}) >= 3 and any(proof for _, (_, proof) in found):
            return "email", found[-1][0] + 1
    if _may_start(first, _REPLY_STARTS) and _REPLY.match(line, timeout=REGEX_TIMEOUT):
        return "email", index + 1
    title = _HEAD_TITLE.match(line, timeout=REGEX_TIMEOUT) if _may_start(first, _TITLE_STARTS) else None
    if title:
        head = [i for i in window[1:] if _HEAD_FIELD.match(lines[i][1], timeout=REGEX_TIMEOUT)]
        if len(head) >= 2:
            return ("verslag" if title["kind"].lower() in _MINUTES else "memo"), head[-1] + 1
    if _may_start(first, CHAT_FIRST) and CHAT_MESSAGE.match(line, timeout=REGEX_TIMEOUT):
        messages = [i for i in window if CHAT_MESSAGE.match(lines[i][1], timeout=REGEX_TIMEOUT)]
        if len(messages) >= 3:
            after = index + 1
            while after < len(lines) and CHAT_MESSAGE.match(lines[after][1], timeout=REGEX_TIMEOUT):
                after += 1
            return "chat", after
    if senders[index]:  # a Teams copy: "Visser, Sanne 09:12" above each message
        heads = [i for i in window if senders[i]]
        if len(heads) >= 3:
            return "chat", heads[-1] + 1
    return None


def section_type(kind: str, text: str) -> str:
    """The type of a section that opens like ``kind``, from its own cues."""
    scores = score_doc_types(text)
    scores[kind] = max(scores.get(kind, 0.0), OPENING_SCORE)
    return max(scores, key=lambda name: (scores[name], -DOC_TYPES.index(name)))


def find_sections(text: str) -> list[Section]:
    """The sections of ``text`` that open like an internal document, each typed by its own cues."""
    lines = _lines(text)
    openings: list[tuple[int, str]] = []
    for index, kind in _openings(lines):
        if not openings or lines[index][0] - openings[-1][0] >= MIN_CHARS:
            openings.append((lines[index][0], kind))
    sections = []
    for number, (start, kind) in enumerate(openings):
        end = openings[number + 1][0] if number + 1 < len(openings) else len(text)
        sections.append(Section(start, end, kind, section_type(kind, text[start:end])))
    return sections


def internal_ranges(text: str) -> list[tuple[int, int]]:
    """``(start, end)`` of the sections of ``text`` that are internal deliberation by their own cues."""
    return [(section.start, section.end) for section in find_sections(text) if section.internal]
