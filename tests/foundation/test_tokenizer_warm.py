"""The tokenizer cache is warmed once, outside memory zones, with general Dutch words: same tokens, fixed memory."""

from __future__ import annotations

import pytest
import spacy

from detector.nlp import warm_tokenizer
from recognizers.dutch_lexicon import word_forms

TEXT = "Zie bijv. art. 5.1, lid 2 (d.w.z. de Wet open overheid); mw. A. de Vries-Jansen belt 06-12345678."


def _tokens(nlp: spacy.language.Language, text: str) -> list[tuple[str, int, bool]]:
    return [(token.text, token.idx, token.whitespace_ == " ") for token in nlp.tokenizer(text)]


def test_warming_keeps_every_token() -> None:
    cold, warm = spacy.blank("nl"), spacy.blank("nl")
    warm_tokenizer(warm, [*TEXT.split(), "art.", "(d.w.z.", "Vries-Jansen", "lid"])
    with cold.memory_zone(), warm.memory_zone():
        assert _tokens(warm, TEXT) == _tokens(cold, TEXT)
        assert _tokens(warm, TEXT + " " + TEXT) == _tokens(cold, TEXT + " " + TEXT)


def test_warmed_words_outlive_a_zone_and_others_do_not() -> None:
    nlp = spacy.blank("nl")
    warm_tokenizer(nlp, ["lakmoesproef"])
    with nlp.memory_zone():
        nlp.tokenizer("De lakmoesproef en de zuurgraadmeting.")
    assert "lakmoesproef" in nlp.vocab.strings
    assert "zuurgraadmeting" not in nlp.vocab.strings


def test_the_cache_holds_every_warmed_word() -> None:
    nlp = spacy.blank("nl")
    words = [f"woord{i}" for i in range(nlp.tokenizer.max_cache_size + 5)]
    warm_tokenizer(nlp, words)
    assert nlp.tokenizer.max_cache_size == len(words)


def test_warming_inside_a_zone_is_refused() -> None:
    nlp = spacy.blank("nl")
    with nlp.memory_zone(), pytest.raises(RuntimeError, match="outside a memory zone"):
        warm_tokenizer(nlp, ["woord"])


def test_the_lexicon_holds_general_dutch_words() -> None:
    forms = word_forms()
    assert len(forms) > 20_000
    assert {"de", "het", "gemeente", "besluit", ","} <= set(forms)
    assert not any(form.startswith(";") for form in forms)
