"""Base for recognizers whose value follows a label (``Ordernummer: 4500012345``, ``KvK 12345678``).

Each pattern has a named group ``value``: only that group becomes the span, so the label stays visible.
The value may stand on the same line, after a colon, in the next table cell (pipe or tab), or on one of
the next lines. A subclass checks the value in :meth:`accept` and adds evidence in :meth:`metadata`, never a ground.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import ClassVar

import regex
from presidio_analyzer import Pattern, RecognizerResult

from recognizers.base import SCAN_TIMEOUT, NlRecognizer, build_result
from recognizers.term_scan import TermScan

# Between label and value: spaces, a colon or "#", a table cell border, or up to three line breaks.
VALUE_SEPARATOR = (
    r"[ \t]{0,5}(?:[:#][ \t]{0,5})?"
    r"(?:\|[ \t]{0,5}|\t{1,6}[ \t]{0,5})?"
    r"(?:(?:\r?\n[ \t]{0,20}){1,3}(?:\|[ \t]{0,5})?)?"
)


class LabelledValueRecognizer(NlRecognizer):
    """Find ``PATTERNS`` (each with a ``value`` group) and return the value spans that :meth:`accept` keeps."""

    PATTERNS: ClassVar[list[Pattern]] = []
    # Words every match of ``PATTERNS`` starts with (in any case, never after a letter or hyphen): the default
    # patterns are then tried only where one of them occurs (:class:`TermScan`), not at every position.
    LABEL_WORDS: ClassVar[tuple[str, ...]] = ()
    FLAGS = regex.IGNORECASE | regex.MULTILINE

    def __init__(
        self,
        patterns: list[Pattern] | None = None,
        context: list[str] | None = None,
        supported_language: str = "nl",
        supported_entity: str | None = None,
    ) -> None:
        self.patterns = patterns if patterns is not None else list(self.PATTERNS)
        words = self.LABEL_WORDS if patterns is None else ()
        self._finders = [(p, _finder(regex.compile(p.regex, self.FLAGS), words)) for p in self.patterns]
        super().__init__(context=context, supported_language=supported_language, supported_entity=supported_entity)

    def accept(self, text: str, match: regex.Match[str]) -> bool:
        """Whether the value of ``match`` is a real value of this kind."""
        return True

    def metadata(self, text: str, match: regex.Match[str]) -> dict[str, str]:
        """Extra ``recognition_metadata`` (evidence such as ``label``) for ``match``."""
        return {}

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:  # type: ignore[no-untyped-def]
        """The accepted values of every pattern, without duplicates."""
        results: dict[tuple[int, int], RecognizerResult] = {}
        for pattern, finditer in self._finders:
            for match in finditer(text):
                start, end = match.span("value")
                if (start, end) in results or not self.accept(text, match):
                    continue
                results[(start, end)] = self.result(start, end, pattern.score, pattern.name, self.metadata(text, match))
        return list(results.values())

    def result(
        self, start: int, end: int, score: float, pattern_name: str, metadata: dict[str, str]
    ) -> RecognizerResult:
        """A :class:`RecognizerResult` for ``start..end`` carrying this recognizer's name and ``metadata``."""
        reason = f"Waarde na een label ({pattern_name})"
        return build_result(self, start, end, score, reason, metadata=metadata, pattern_name=pattern_name)


def _finder(pattern: regex.Pattern[str], words: tuple[str, ...]) -> Callable[[str], Iterable[regex.Match[str]]]:
    """``pattern.finditer``, tried only where one of ``words`` starts when there are any."""
    if words:
        return TermScan(pattern, words).finditer
    return lambda text: pattern.finditer(text, timeout=SCAN_TIMEOUT)
