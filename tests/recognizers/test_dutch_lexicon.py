"""The Dutch word forms the name recognizer treats as words: verbs, plural nouns and function words of Brill-NL."""

from __future__ import annotations

from recognizers.dutch_lexicon import common_word_forms, word_forms
from recognizers.name_lists import name_lists
from recognizers.name_tokens import word_shape


def test_verbs_and_plural_nouns_are_common_words_but_not_surname_sources() -> None:
    words = common_word_forms()
    assert {"onderhouden", "leveren", "verwerken"} <= words
    assert not {"arts", "lijn", "flink"} & words  # singular nouns and adjectives are surnames too
    assert all(w.islower() and w.isalpha() and len(w) > 2 for w in words)
    assert len(words) < len(word_forms())


def test_a_listed_surname_that_is_also_a_word_form_keeps_its_shape() -> None:
    lists = name_lists()
    assert "bakkers" in common_word_forms() and "Bakkers" in lists.surnames
    assert "bakkers" not in lists.common_words
    assert word_shape("Bakkers", lists, frozenset()) == "S"
    assert word_shape("Verwerken", lists, frozenset()) == "B"
