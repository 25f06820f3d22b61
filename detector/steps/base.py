"""What every post-processing step receives and returns."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from functools import cached_property
from typing import Protocol

from spacy.language import Language

from detector.document import Span
from detector.nlp import ParsedChunk
from detector.profile import EMPTY_PROFILE, Profile, load_profile
from detector.settings import Settings


@dataclass(frozen=True)
class Resources:
    """What a step may need when it is built (once, with the Detector)."""

    settings: Settings
    nlp: Language

    @cached_property
    def profile(self) -> Profile:
        """The organisation profile the settings name, or :data:`EMPTY_PROFILE` (no body's particulars)."""
        return load_profile(self.settings.profile) if self.settings.profile else EMPTY_PROFILE


@dataclass
class StepContext:
    """One document's state while the steps run; ``public`` collects spans kept visible, with a reason.

    ``chunks`` holds spaCy's analysis of the text (sentences, tokens, lemmas) made once by the Detector; a step
    reads it instead of running spaCy again (empty when a step is called on its own).
    """

    text: str
    doc_type: str
    document_date: date | None = None  # the date the document prints near its top; None = unknown
    public: list[Span] = field(default_factory=list)
    chunks: list[ParsedChunk] = field(default_factory=list)


class Step(Protocol):
    """A named post-processing step: spans in, spans out."""

    name: str

    def __call__(self, spans: list[Span], context: StepContext) -> list[Span]: ...
