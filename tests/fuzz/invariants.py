"""What every suggestion and span must satisfy, whatever the input."""

from __future__ import annotations

from collections.abc import Iterable

import regex
from presidio_analyzer import RecognizerResult

from detector.document import Span, Suggestion
from detector.grounds import catalogue, get_ground

# A Dutch explanation has Dutch function words (and no English ones): enough to catch an English or empty text.
_DUTCH = regex.compile(r"\b(?:de|het|een|van|is|en|of|in|op|voor|aan|met|naam|nummer|gegevens|bedrag)\b", regex.I)
_ENGLISH = regex.compile(r"\b(?:the|of the|is a|with|this)\b", regex.I)


def check_offsets(start: int, end: int, quoted: str, text: str) -> None:
    """``0 <= start < end <= len(text)`` and the quoted text is exactly that slice."""
    assert 0 <= start < end <= len(text), (start, end, len(text))
    assert text[start:end] == quoted, (start, end, quoted, text[start:end])


# Evidence a recognizer may report (docs/architecture.md, "A recognizer"); only the grounds step decides.
_OWNERS = frozenset({"private", "supplier", "public_body", "organisation"})
_CONTACTS = frozenset({"functional"})
_DECISIONS = frozenset({"ground", "grounds", "explanation"})


def check_ground_and_explanation(ground: str | None, explanation: str | None) -> None:
    """A ground from the catalogue and a Dutch explanation ending in that ground's motivation."""
    assert ground in catalogue(), ground
    assert explanation and explanation.strip(), explanation
    assert _DUTCH.search(explanation) and not _ENGLISH.search(explanation), explanation
    assert _motivation(ground).search(explanation), (ground, explanation)


def _motivation(ground: str) -> regex.Pattern[str]:
    """``"<evidence>. "`` (optional) and the ground's motivation with any ``what`` filled in, to the end."""
    template = regex.escape(get_ground(ground).motivation)
    for field in ("what_cap", "what"):
        template = template.replace(regex.escape("{" + field + "}"), r"\S(?:.*\S)?")
    return regex.compile(rf"(?:^|\. ){template}$", regex.DOTALL)


def check_recognizer_results(name: str, results: Iterable[RecognizerResult], text: str) -> None:
    """Each result lies inside ``text`` and carries evidence only: never a ground or an explanation."""
    for result in results:
        assert 0 <= result.start < result.end <= len(text), (name, result)
        metadata = result.recognition_metadata or {}
        assert not _DECISIONS & set(metadata), (name, "a recognizer decided", metadata)
        assert metadata.get("owner", "private") in _OWNERS, (name, metadata)
        assert metadata.get("contact", "functional") in _CONTACTS, (name, metadata)
        for key in ("evidence", "what", "label"):
            assert metadata.get(key) is None or str(metadata[key]).strip(), (name, key, metadata)


def check_suggestion(suggestion: Suggestion, text: str) -> None:
    """Every invariant of a suggestion over ``text``."""
    check_offsets(suggestion.start, suggestion.end, suggestion.text, text)
    check_ground_and_explanation(suggestion.ground, suggestion.explanation)
    assert all(g in catalogue() for g in suggestion.grounds), suggestion.grounds
    assert 0.0 <= suggestion.score <= 1.0


def check_span(span: Span, text: str) -> None:
    """A span between steps: inside the text it was found in; a ground, when set, from the catalogue."""
    check_offsets(span.start, span.end, span.text, text)
    if span.ground is not None:
        assert span.ground in catalogue(), span.ground
