"""Step ``opinions``: propose 5.2(1) for personal policy opinions in documents for internal deliberation.

Only documents whose type is in :data:`detector.doctype.INTERNAL_DOC_TYPES` are scored, and in other documents the
sections that are internal by their own cues (an e-mail, memo or chat annex bundled with a decision letter,
:mod:`detector.sections`). Their text is cut into
passages (sentences from the Detector's one spaCy parse, also cut at line breaks before headings and bullets), each
passage is scored by the opinion classifier, and passages at or above ``settings.opinion_threshold`` become
``POLICY_OPINION`` spans with the probability as score and the cue as evidence; the ``grounds`` step gives them
5.2(1) from ``ground_rules.json``.
"""

from __future__ import annotations

import logging
from collections.abc import Iterable, Iterator
from pathlib import Path

import regex
from sklearn.pipeline import Pipeline

from detector.doctype import INTERNAL_DOC_TYPES
from detector.document import Span
from detector.nlp import ParsedChunk, parse_chunks
from detector.opinion_features import content_words, find_opinion_cues
from detector.opinion_gate import never_opinion
from detector.opinion_model import cache_char_ngrams, default_model_path, load_model, opinion_scores
from detector.sections import internal_ranges
from detector.steps.base import Resources, StepContext
from recognizers.base import REGEX_TIMEOUT
from recognizers.chat_lines import CHAT_FIRST, CHAT_MESSAGE, CHAT_PREFIX, is_sender_line

logger = logging.getLogger(__name__)

ENTITY = "POLICY_OPINION"
RECOGNIZER = "opinion_classifier"
# A line that opens with a bullet, a number ("2." or "2)"), a capital letter or a chat message starts a new passage.
_BULLETS = frozenset("-•*–")
_NUMBERED = regex.compile(r"\d{1,2}[.)]\s")
# Stripped from a passage's start: a bullet, a number, or a chat message's time and name.
_BULLET = regex.compile(r"^(?:(?:[-•*–]|\d{1,2}[.)])\s{1,20}|" + CHAT_PREFIX + ")")
# Header fields of memos and e-mails ("Onderwerp: …") describe the document, they are not deliberation.
_HEADER = regex.compile(
    r"^(?:aan|van|cc|bcc|onderwerp|betreft|datum|kenmerk|bijlagen?|verzonden|from|to|subject|date)\s{0,3}:",
    regex.IGNORECASE,
)
_MIN_WORDS = 4
_MIN_CONTENT_WORDS = 2  # a passage of function words only ("aan ons en aan") is a shard of OCR columns
_MAX_CHARS = 1_000
_MAX_QUOTE_WORDS = 6


class OpinionStep:
    """Add ``POLICY_OPINION`` spans for internal documents; :meth:`reload` re-reads the model file."""

    name = "opinions"

    def __init__(self, resources: Resources) -> None:
        self.nlp = resources.nlp
        self.threshold = resources.settings.opinion_threshold
        self.chunk_size = resources.settings.chunk_size
        self.model_path: Path = resources.settings.opinion_model_path or default_model_path()
        self.model: Pipeline = cache_char_ngrams(load_model(self.model_path))

    def reload(self) -> None:
        """Load the model file again (after retraining); the old model stays if the new one fails to load."""
        self.model = cache_char_ngrams(load_model(self.model_path))
        logger.info("opinion model reloaded from %s", self.model_path)

    def __call__(self, spans: list[Span], context: StepContext) -> list[Span]:
        passages = [
            passage
            for passage in self.deliberation_passages(context.text, context.doc_type, context.chunks)
            if never_opinion(passage[2]) is None  # questions, courtesies, planning: never 5.2(1)
        ]
        if not passages:
            return spans
        model = self.model  # one model for the whole document, even if reload() runs meanwhile
        scores = opinion_scores(model, [text for _, _, text in passages])
        found = [
            Span(start=start, end=end, text=text, entity_type=ENTITY, score=score, recognizer=RECOGNIZER,
                 metadata={"evidence": explain(text)})
            for (start, end, text), score in zip(passages, scores, strict=True)
            if score >= self.threshold
        ]
        logger.debug("opinions: %d of %d passages above %.2f", len(found), len(passages), self.threshold)
        return [*spans, *found]

    def deliberation_passages(
        self, text: str, doc_type: str, chunks: list[ParsedChunk] | None = None
    ) -> Iterator[tuple[int, int, str]]:
        """The :meth:`passages` of ``text`` that stand in a document or section for internal deliberation."""
        ranges = [(0, len(text))] if doc_type in INTERNAL_DOC_TYPES else internal_ranges(text)
        if ranges:
            yield from within(self.passages(text, chunks), ranges)

    def passages(self, text: str, chunks: list[ParsedChunk] | None = None) -> Iterator[tuple[int, int, str]]:
        """``(start, end, text)`` of each passage worth scoring, with offsets into ``text``.

        ``chunks`` is the text as the Detector parsed it; without it the text is parsed here.
        """
        for chunk in chunks or parse_chunks(self.nlp, text, self.chunk_size):
            for sentence in chunk.doc.sents:
                yield from _cut(sentence.start_char + chunk.offset, chunk.text[sentence.start_char : sentence.end_char])


def within(
    passages: Iterable[tuple[int, int, str]], ranges: list[tuple[int, int]]
) -> Iterator[tuple[int, int, str]]:
    """The ``passages`` (in text order) that start inside one of the sorted, disjoint ``ranges``."""
    index = 0
    for passage in passages:
        while index < len(ranges) and ranges[index][1] <= passage[0]:
            index += 1
        if index == len(ranges):
            return
        if ranges[index][0] <= passage[0]:
            yield passage


def _cut(start: int, sentence: str) -> Iterator[tuple[int, int, str]]:
    """Split a sentence where a line opens with a bullet, a number or a capital, and after a Teams sender line
    (``Koen 09:14``: the message below it is a passage of its own); strip; drop headers and too-short pieces. Line by
    line, so the cost stays linear on any input."""
    piece_start = position = 0
    after_sender = message = False
    for line in sentence.splitlines(keepends=True):
        if position > piece_start and (after_sender or _opens_passage(line.lstrip(" \t"))):
            yield from _piece(start + piece_start, sentence[piece_start:position], message)
            piece_start, message = position, after_sender
        position += len(line)
        after_sender = is_sender_line(line)
    yield from _piece(start + piece_start, sentence[piece_start:], message)


def _opens_passage(line: str) -> bool:
    return bool(line) and (
        line[0] in _BULLETS or line[0].isupper() or _NUMBERED.match(line) is not None or _starts_chat_message(line)
    )


def _starts_chat_message(line: str) -> bool:
    return line[:1] in CHAT_FIRST and CHAT_MESSAGE.match(line, timeout=REGEX_TIMEOUT) is not None


def _piece(start: int, piece: str, message: bool = False) -> Iterator[tuple[int, int, str]]:
    """The passage in ``piece`` (``message``: a chat message under its Teams sender line), cut below the limit."""
    trimmed = piece.strip()
    text = _BULLET.sub("", trimmed, count=1).lstrip()
    left = start + (len(piece) - len(piece.lstrip())) + (len(trimmed) - len(text))
    while len(text) > _MAX_CHARS:  # no real sentence is this long: cut at the last space before the limit
        cut = text.rfind(" ", 0, _MAX_CHARS)
        cut = cut if cut > 0 else _MAX_CHARS
        yield from _piece(left, text[:cut], message)
        rest = text[cut:]
        left += cut + len(rest) - len(rest.lstrip())
        text = rest.lstrip()
    if len(text.split()) >= _MIN_WORDS and _not_a_shard(text, trimmed, message) and not _HEADER.match(text):
        yield left, left + len(text), text


def _not_a_shard(text: str, line: str, message: bool) -> bool:
    """Content words enough; in a chat message (``line`` with its time and sender) an opinion cue is enough too
    ("Volgens mij moeten we het niet doen." is all function words but one). "aan ons en aan" is a shard of a PDF's
    OCR columns, which chats never are."""
    if content_words(text) >= _MIN_CONTENT_WORDS:
        return True
    return (message or _starts_chat_message(line)) and bool(find_opinion_cues(text))


def explain(passage: str) -> str:
    """Dutch evidence naming the strongest opinion cue, e.g. ``Advies van een ambtenaar ('Ons advies is …')``."""
    cues = find_opinion_cues(passage)
    if not cues:
        return "Subjectief geformuleerde passage volgens het model"
    cue = cues[0]
    words = passage[cue.start :].split()
    quote = " ".join(words[: max(len(passage[cue.start : cue.end].split()) + 1, 3)][:_MAX_QUOTE_WORDS])
    quote = quote.rstrip(".,;:!?")
    return f"{cue.cue.description} ('{quote} …')"
