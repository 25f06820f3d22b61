"""spaCy runs once per chunk: Presidio gets the artefacts of that parse, the steps its sentences; batches and
memory zones give the same results as one text at a time, with bounded memory."""

from __future__ import annotations

import random
import string

import pytest
import spacy
from presidio_analyzer.nlp_engine import SpacyNlpEngine

from detector import Detector
from detector.nlp import MemoryZones, load_language, parse_chunks, parse_texts, select_components
from detector.nlp_engine import LakmoesNlpEngine
from detector.settings import Settings

MEMO = (
    "Memo\n\nAan: wethouder\n\nIk adviseer om de pilot te verlengen. Mevrouw J. de Vries belt 06-12345678.\n\n"
    + "Het zou beter zijn om de huisartsen eerder te betrekken. " * 40
    + "\n\n"
)


class CountingTokenizer:
    """Wraps a spaCy tokenizer and counts the texts it tokenizes."""

    def __init__(self, tokenizer) -> None:  # type: ignore[no-untyped-def]
        self.tokenizer = tokenizer
        self.texts: list[str] = []

    def __call__(self, text: str):  # type: ignore[no-untyped-def]
        self.texts.append(text)
        return self.tokenizer(text)

    def __getattr__(self, name: str):  # type: ignore[no-untyped-def]
        return getattr(self.tokenizer, name)


@pytest.fixture()
def small_chunks(settings: Settings) -> Detector:
    return Detector(settings.model_copy(update={"chunk_size": 1_000}))


def test_each_chunk_is_parsed_once_also_for_the_opinions_step(small_chunks: Detector) -> None:
    text = MEMO * 3 + "\n\n   \n\n" + "?" * 5_000
    counter = CountingTokenizer(small_chunks.nlp.tokenizer)
    small_chunks.nlp.tokenizer = counter
    try:
        analysis = small_chunks.run(text, doc_type="memo")
    finally:
        small_chunks.nlp.tokenizer = counter.tokenizer
    chunks = parse_chunks(small_chunks.nlp, text, 1_000)
    assert len(chunks) > 3
    assert len(counter.texts) == len(chunks)
    # The opinions step read that parse: its passages are there, and spaCy only saw token-bounded copies.
    assert any(s.entity_type == "POLICY_OPINION" for s in analysis.suggestions)
    assert max(len(token) for doc_text in counter.texts for token in doc_text.split()) <= 256


def test_artifacts_match_presidios_own(detector: Detector) -> None:
    text = "Geachte heer Jansen, uw Dossiernummer: 123456 is ontvangen.\n\nMet vriendelijke groet, de afdeling."
    doc = detector.nlp(text)
    ours = detector.nlp_engine.artifacts(doc)
    theirs = SpacyNlpEngine._doc_to_nlp_artifact(detector.nlp_engine, doc, "nl")
    assert list(ours.tokens_indices) == theirs.tokens_indices
    assert ours.lemmas == [lemma or token.lower_ for lemma, token in zip(theirs.lemmas, doc, strict=True)]
    presidio_keywords = theirs.set_keywords(detector.nlp_engine, ours.lemmas, "nl")
    assert ours.keywords == frozenset(presidio_keywords)
    assert "dossiernummer" in ours.keywords and "de" not in ours.keywords


def test_only_components_someone_reads_run() -> None:
    nlp = spacy.blank("nl")
    nlp.add_pipe("parser")
    nlp.add_pipe("senter")
    nlp.add_pipe("textcat")
    nlp.disable_pipe("senter")
    select_components(nlp)
    assert nlp.pipe_names == ["senter"]
    assert set(nlp.disabled) == {"parser", "textcat"}


def test_the_parser_gives_sentences_only_without_another_source() -> None:
    nlp = spacy.blank("nl")
    nlp.add_pipe("parser")
    select_components(nlp)
    assert nlp.pipe_names == ["parser"]
    blank, _ = load_language("nl_core_news_lg_absent")
    assert blank.pipe_names == ["sentencizer"]


def test_analyze_many_equals_one_at_a_time(small_chunks: Detector) -> None:
    texts = [MEMO, "", "   \n\n ", "Beste Linda Schouten, bel 06-12345678.", MEMO * 2, "Offerte\n\nUurtarief € 95"]
    one_by_one = [small_chunks.run(text) for text in texts]
    assert list(small_chunks.analyze_many(texts, batch_size=4)) == one_by_one
    assert list(small_chunks.analyze_many(iter(texts), doc_type="memo", batch_size=2)) == [
        small_chunks.run(text, "memo") for text in texts
    ]


def test_parse_texts_keeps_each_texts_chunks_together(settings: Settings) -> None:
    nlp, _ = load_language(settings.spacy_model)
    texts = ["a " * 900, "", "b\n\n" * 400, "  ", "c"]
    batched = list(parse_texts(nlp, texts, 1_000, batch_size=2))
    assert [[(c.offset, c.text) for c in chunks] for chunks in batched] == [
        [(c.offset, c.text) for c in parse_chunks(nlp, text, 1_000)] for text in texts
    ]
    assert [len(chunks) for chunks in batched] == [2, 0, 2, 0, 1]


def _unique_words(rng: random.Random, count: int) -> str:
    return " ".join("".join(rng.choices(string.ascii_lowercase, k=12)) for _ in range(count))


def test_memory_zones_bound_what_spacy_keeps(settings: Settings) -> None:
    nlp, _ = load_language(settings.spacy_model)
    rng = random.Random(7)
    zones = MemoryZones(nlp, texts_per_zone=10)
    before = len(nlp.vocab.strings)
    for _ in range(200):
        zones.enter()
        nlp(_unique_words(rng, 20))
    zones.close()
    assert len(nlp.vocab.strings) - before <= 10 * 20
    for _ in range(30):
        nlp(_unique_words(rng, 20))  # without a zone every new word stays
    assert len(nlp.vocab.strings) - before >= 30 * 20


def test_engine_process_text_still_works_alone() -> None:
    nlp, _ = load_language("nl_core_news_lg_absent")
    artifacts = LakmoesNlpEngine(nlp).process_text("Tel. " + "9" * 600 + " ok", "nl")
    assert artifacts.tokens_indices[-1] == 5 + 600 + 1
