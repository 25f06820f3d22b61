"""The value types that flow through Lakmoes: a candidate span and the suggestion shown to a reviewer."""

from __future__ import annotations

from dataclasses import asdict, dataclass, field, replace
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from detector.layout import Layout

# A box in PDF points, origin at the top-left of the page: (x0, top, x1, bottom).
Box = tuple[float, float, float, float]

ENTITY_TYPES: tuple[str, ...] = (
    "PERSON",
    "EMAIL_ADDRESS",
    "PHONE_NUMBER",
    "ADDRESS",
    "POSTCODE",
    "IBAN_CODE",
    "NL_BSN",
    "NL_KVK",
    "NL_BTW",
    "KENMERK",
    "ORDER_NUMBER",
    "AMOUNT",
    "ORGANIZATION",
    "SIGNATURE",
    "DATE_OF_BIRTH",
    "SPECIAL_CATEGORY",
    "POLICY_OPINION",
)


@dataclass(frozen=True)
class Span:
    """A recognised piece of text before a ground is chosen.

    ``ground`` may already be set by a recognizer that knows it (e.g. a BSN); ``public`` marks a span
    that is found but must stay visible (an official acting publicly), with ``reason`` saying why.
    """

    start: int
    end: int
    text: str
    entity_type: str
    score: float
    recognizer: str
    ground: str | None = None
    extra_grounds: tuple[str, ...] = ()
    explanation: str | None = None
    public: bool = False
    reason: str | None = None
    metadata: dict[str, Any] = field(default_factory=dict, compare=False, hash=False)

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"invalid span offsets {self.start}..{self.end}")
        if len(self.text) != self.end - self.start:
            raise ValueError(f"span text length {len(self.text)} != {self.end - self.start}")
        if not 0.0 <= self.score <= 1.0:
            raise ValueError(f"score {self.score} outside 0..1")

    def shifted(self, offset: int) -> Span:
        """The same span ``offset`` characters further into a larger text."""
        return replace(self, start=self.start + offset, end=self.end + offset)

    def gap_to(self, other: Span) -> tuple[int, int]:
        """Start and end of the text between this span and ``other``, in either order (end < start: they overlap)."""
        return (self.end, other.start) if self.end <= other.start else (other.end, self.start)


@dataclass(frozen=True)
class Suggestion:
    """One proposed redaction, as the CLI, the API and reviewers see it."""

    start: int
    end: int
    text: str
    entity_type: str
    ground: str
    score: float
    explanation: str
    recognizer: str
    page: int | None = None
    bbox: tuple[Box, ...] | None = None
    grounds: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        if not 0 <= self.start < self.end:
            raise ValueError(f"invalid suggestion offsets {self.start}..{self.end}")
        if not self.grounds:
            object.__setattr__(self, "grounds", (self.ground,))

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready form with the keys of the CLI contract (plus ``grounds``)."""
        data = asdict(self)
        data["bbox"] = [list(box) for box in self.bbox] if self.bbox else None
        data["grounds"] = list(self.grounds)
        data["score"] = round(self.score, 4)
        return data


@dataclass(frozen=True)
class Document:
    """An input turned into text: ``text`` is what offsets refer to; ``media_type`` says what it came from.

    ``layout`` (PDF input) maps offsets to pages and boxes; ``attachments`` are documents found inside this
    one (e-mail attachments), analysed on their own; ``metadata`` holds what the format knows besides the
    text (``date`` as ISO 8601, ``subject``, ``warnings``: messages about parts that could not be read).
    """

    name: str
    text: str
    media_type: str
    layout: Layout | None = field(default=None, compare=False, repr=False)
    attachments: tuple[Document, ...] = field(default=(), compare=False, repr=False)
    metadata: dict[str, Any] = field(default_factory=dict, compare=False)

    def __post_init__(self) -> None:
        if self.layout is not None and len(self.layout) != len(self.text):
            raise ValueError(f"layout covers {len(self.layout)} characters, text has {len(self.text)}")
