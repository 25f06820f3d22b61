"""Build the one spaCy ``Language`` Lakmoes runs on (the configured model, else an offline blank Dutch one),
and parse a text with it once, in chunks, for every part that reads spaCy's analysis."""

from __future__ import annotations

import logging
from collections import deque
from collections.abc import Iterable, Iterator
from contextlib import AbstractContextManager
from dataclasses import dataclass

import regex
import spacy
from spacy.language import Language
from spacy.tokens import Doc

from detector.chunking import split_chunks
from detector.sentencizer import FACTORY as SENTENCIZER

logger = logging.getLogger(__name__)

FALLBACK_PIPELINE = "blank:nl"
# The components whose output something reads: NER (Presidio's SpacyRecognizer), lemmas (the context words) with
# what they depend on, and sentence boundaries (the opinions step). Every other component stays disabled.
READ_COMPONENTS = frozenset(
    {"tok2vec", "transformer", "morphologizer", "tagger", "attribute_ruler", "lemmatizer", "trainable_lemmatizer",
     "ner", "senter", "sentencizer"}
)  # fmt: skip
_SENTENCE_COMPONENTS = ("senter", "sentencizer", "parser")


@dataclass(frozen=True)
class PipelineInfo:
    """What was loaded, for ``lakmoes doctor`` and ``/readyz``."""

    requested: str
    loaded: str
    fallback: bool
    components: tuple[str, ...]
    has_ner: bool


def load_language(model_name: str) -> tuple[Language, PipelineInfo]:
    """Load ``model_name``; if it is not installed, warn once and use ``spacy.blank("nl")`` + sentencizer."""
    try:
        nlp = spacy.load(model_name)
        fallback = False
    except OSError:
        logger.warning(
            "spaCy model %r is not installed; falling back to the offline pipeline %s "
            "(no NER, no lemmas; names come from Lakmoes' own lists). "
            "Install it with: python -m spacy download %s",
            model_name,
            FALLBACK_PIPELINE,
            model_name,
        )
        nlp = spacy.blank("nl")
        fallback = True
    select_components(nlp)
    info = PipelineInfo(
        requested=model_name,
        loaded=FALLBACK_PIPELINE if fallback else f"{nlp.meta.get('lang')}_{nlp.meta.get('name')}",
        fallback=fallback,
        components=tuple(nlp.pipe_names),
        has_ner=nlp.has_pipe("ner"),
    )
    return nlp, info


def select_components(nlp: Language) -> None:
    """Enable only the components in :data:`READ_COMPONENTS`, and one source of sentence boundaries.

    The parser is the costliest component and nothing reads its dependency tree: its sentence boundaries come
    from ``senter`` when the model has one; the parser runs only in a model without any other sentence source.
    Without any, a rule-based ``sentencizer`` is added: spaCy's rule, computed over token arrays.
    """
    for name in nlp.component_names:
        wanted = name in READ_COMPONENTS
        if wanted and name in nlp.disabled:
            nlp.enable_pipe(name)
        elif not wanted and name not in nlp.disabled:
            nlp.disable_pipe(name)
    if not any(nlp.has_pipe(name) for name in _SENTENCE_COMPONENTS[:2]):
        if "parser" in nlp.component_names:
            nlp.enable_pipe("parser")
        else:
            nlp.add_pipe(SENTENCIZER, name="sentencizer")


@dataclass(frozen=True)
class ParsedChunk:
    """One chunk of a document with spaCy's analysis of it; ``offset`` is where the chunk starts."""

    offset: int
    text: str
    doc: Doc


def parse_chunks(nlp: Language, text: str, chunk_size: int) -> list[ParsedChunk]:
    """Parse ``text`` once, chunk by chunk (blank chunks skipped), with bounded token lengths."""
    return next(parse_texts(nlp, [text], chunk_size))


def parse_texts(
    nlp: Language, texts: Iterable[str], chunk_size: int, batch_size: int = 32
) -> Iterator[list[ParsedChunk]]:
    """:func:`parse_chunks` for many texts, in order, with their chunks streamed through ``nlp.pipe``."""
    pending: deque[list[tuple[int, str]]] = deque()

    def chunked() -> Iterator[str]:
        for text in texts:
            pieces = [(offset, chunk) for offset, chunk in split_chunks(text, chunk_size) if chunk.strip()]
            pending.append(pieces)
            for _, chunk in pieces:
                yield bound_token_length(chunk)
            if not pieces:  # an empty text must still come out, even though it sends nothing through the pipe
                yield ""

    docs = nlp.pipe(chunked(), batch_size=batch_size)
    for doc in docs:
        pieces = pending.popleft()
        if not pieces:
            yield []
            continue
        parsed = [ParsedChunk(pieces[0][0], pieces[0][1], doc)]
        parsed += [ParsedChunk(offset, chunk, next(docs)) for offset, chunk in pieces[1:]]
        yield parsed


def warm_tokenizer(nlp: Language, words: Iterable[str]) -> None:
    """Cache the tokenization of each of ``words``, once, outside any memory zone (call it before parsing).

    Inside a memory zone spaCy's tokenizer adds nothing to its cache, so without this every word of every text
    goes through prefix, suffix and infix splitting. Words tokenized here become permanent lexemes with a cache
    entry each: a fixed cost at start-up that keeps memory flat and makes every later tokenization of these
    words a lookup. One call per word, because spaCy caches nothing after the first special case in a text.
    The cache only memoises the tokenizer: the tokens are the same with or without it.
    """
    if nlp.vocab.in_memory_zone:
        raise RuntimeError("warm the tokenizer outside a memory zone: inside one spaCy caches nothing")
    words = list(words)
    tokenizer = nlp.tokenizer
    tokenizer.max_cache_size = max(tokenizer.max_cache_size, len(words))
    for word in words:
        tokenizer(word)


class MemoryZones:
    """spaCy memory zones, each spanning ``texts_per_zone`` texts, so that memory stays flat over any number.

    Everything spaCy adds while parsing (strings and lexemes of each new word) is freed when a zone closes.
    One zone per text would make spaCy rebuild the lexeme of every word of every text; a zone over many texts
    keeps the lexemes of its words and still bounds the growth. The tokenizer caches nothing inside a zone:
    :func:`warm_tokenizer` fills its cache beforehand. A ``Doc`` made in a zone must not be used after
    :meth:`enter` opens the next one: the Detector never keeps or hands out a ``Doc``.
    """

    def __init__(self, nlp: Language, texts_per_zone: int = 256) -> None:
        self.nlp = nlp
        self.texts_per_zone = texts_per_zone
        self._zone: AbstractContextManager[object] | None = None
        self._texts = 0

    def enter(self, texts: int = 1) -> None:
        """Account for ``texts`` texts about to be parsed, opening a fresh zone when the current one is full."""
        if self._zone is not None and self._texts + texts > self.texts_per_zone:
            self.close()
        if self._zone is None:
            self._zone = self.nlp.memory_zone()
            self._zone.__enter__()
            self._texts = 0
        self._texts += texts

    def close(self) -> None:
        """Free what spaCy added in the open zone, if any."""
        if self._zone is not None:
            zone, self._zone = self._zone, None
            zone.__exit__(None, None, None)


MAX_TOKEN_CHARS = 256
_LONG_RUN = regex.compile(rf"\S{{{MAX_TOKEN_CHARS + 1},}}")


def bound_token_length(text: str, limit: int = MAX_TOKEN_CHARS) -> str:
    """``text`` of the same length in which no whitespace-free run exceeds ``limit`` characters.

    spaCy's tokenizer is quadratic on long runs of punctuation (100,000 ``?`` take minutes); putting a space
    after every ``limit`` characters of such a run keeps every offset and makes tokenizing linear.
    Only the copy given to spaCy is changed: recognizers still read the original text.
    """

    def cut(match: regex.Match[str]) -> str:
        run = match.group(0)
        return " ".join(run[i : i + limit] for i in range(0, len(run) - 1, limit + 1))[: len(run)].ljust(len(run))

    if max(map(len, text.split(" "))) <= MAX_TOKEN_CHARS:
        return text  # every whitespace-free run lies within a piece between two spaces: none is long (fast path)
    return _LONG_RUN.sub(cut, text)
