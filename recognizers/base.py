"""What every Lakmoes recognizer shares: one canonical entity, ``CONTEXT`` and ``COUNTRY_CODE`` defaults, results.

:class:`NlRecognizer` is the base of recognizers with their own ``analyze``; :class:`NlPatternRecognizer` the
base of Presidio pattern recognizers (``PATTERNS`` with ``FLAGS``). Both are named after their class (Presidio's
default name), which is also their key in ``detector.registry.RECOGNIZERS``. :func:`build_result` makes a
``RecognizerResult`` carrying the recognizer's name, id and any evidence (``owner``, ``what``; never a ground).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import ClassVar

from presidio_analyzer import AnalysisExplanation, EntityRecognizer, Pattern, PatternRecognizer, RecognizerResult

# The guards against runaway backtracking, the only regex timeouts in Lakmoes (not deadlines):
REGEX_TIMEOUT = 10.0  # seconds for one search or one whole finditer over a chunk
SCAN_TIMEOUT = 60.0  # seconds for a scan over a whole text whose loop body does more work per match


class NlRecognizer(EntityRecognizer):
    """A recognizer for one ``ENTITY`` in Dutch text; ``context`` defaults to the class's ``CONTEXT``."""

    ENTITY: ClassVar[str]
    COUNTRY_CODE: ClassVar[str | None] = "nl"
    CONTEXT: ClassVar[list[str]] = []

    def __init__(
        self,
        context: list[str] | None = None,
        supported_language: str = "nl",
        *,
        supported_entity: str | None = None,
    ) -> None:
        super().__init__(
            supported_entities=[supported_entity if supported_entity is not None else self.ENTITY],
            supported_language=supported_language,
            context=context if context is not None else self.CONTEXT,
        )

    def load(self) -> None:
        """Nothing to load: data is read in ``__init__`` or lazily (cached per process)."""

    def wants(self, entities: list[str]) -> bool:
        """False when the caller asked for specific entities and this recognizer's is not among them."""
        return not entities or self.supported_entities[0] in entities


class NlPatternRecognizer(PatternRecognizer):
    """A Presidio pattern recognizer for one ``ENTITY``; each instance gets its own copies of ``PATTERNS``."""

    ENTITY: ClassVar[str]
    COUNTRY_CODE: ClassVar[str | None] = "nl"
    PATTERNS: ClassVar[list[Pattern]] = []
    CONTEXT: ClassVar[list[str]] = []
    FLAGS: ClassVar[int]

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "nl",
        supported_entity: str | None = None,
    ) -> None:
        super().__init__(
            supported_entity=supported_entity if supported_entity is not None else self.ENTITY,
            patterns=patterns if patterns is not None else [Pattern(p.name, p.regex, p.score) for p in self.PATTERNS],
            context=context if context is not None else self.CONTEXT,
            supported_language=supported_language,
            global_regex_flags=self.FLAGS,
        )


def build_result(
    recognizer: EntityRecognizer,
    start: int,
    end: int,
    score: float,
    reason: str,
    *,
    metadata: Mapping[str, object] | None = None,
    pattern_name: str | None = None,
    validation_result: bool | None = None,
) -> RecognizerResult:
    """A result for ``start..end`` of ``recognizer``'s entity; ``reason`` is the Dutch textual explanation."""
    explanation = AnalysisExplanation(
        recognizer=recognizer.name,
        original_score=score,
        pattern_name=pattern_name,
        validation_result=validation_result,
        textual_explanation=reason,
    )
    return RecognizerResult(
        entity_type=recognizer.supported_entities[0],
        start=start,
        end=end,
        score=score,
        analysis_explanation=explanation,
        recognition_metadata={
            RecognizerResult.RECOGNIZER_NAME_KEY: recognizer.name,
            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: recognizer.id,
            **(metadata or {}),
        },
    )
