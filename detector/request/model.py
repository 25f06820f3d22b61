"""The documents of one request as the annexes see them, whether they come from the database or a folder."""

from __future__ import annotations

from dataclasses import dataclass, field

from detector.decisions_file import Decided
from detector.document import Suggestion


@dataclass(frozen=True)
class RequestItem:
    """One document of a request: its text, what Lakmoes proposed and, once reviewed, what was decided.

    ``redactions`` are the spans to black out: the decided ones when ``reviewed``, else the suggestions.
    ``content`` holds the original file (a redacted PDF or DOCX is made from it); ``error`` the reason a
    document could not be analysed (it then has no text and appears in the inventory as not assessed).
    """

    number: int
    name: str
    text: str
    media_type: str
    doc_type: str
    suggestions: tuple[Suggestion, ...] = ()
    decided: tuple[Decided, ...] | None = None
    date: str | None = None
    content: bytes | None = field(default=None, repr=False)
    error: str | None = None

    @property
    def reviewed(self) -> bool:
        """Whether a reviewer's decisions exist for this document."""
        return self.decided is not None

    @property
    def redactions(self) -> tuple[Decided, ...]:
        """What is blacked out: the decisions, or (not reviewed) every suggestion."""
        if self.decided is not None:
            return self.decided
        return tuple(Decided(s.start, s.end, s.ground, s.text) for s in self.suggestions)
