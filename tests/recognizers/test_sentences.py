"""The sentence around a value: cut at . ! ? and blank lines, never after an initial or a title, and bounded."""

from __future__ import annotations

from recognizers.sentences import ends_between, sentence_bounds


def _sentence(text: str, word: str) -> str:
    start = text.index(word)
    left, right = sentence_bounds(text, start, start + len(word))
    return text[left:right].strip()


def test_a_sentence_ends_at_its_stop_and_at_a_blank_line() -> None:
    text = "Eerste zin. Mevrouw S. de Wit meldt zich ziek! Derde zin.\n\nNieuwe alinea"
    assert _sentence(text, "ziek") == "Mevrouw S. de Wit meldt zich ziek"
    assert _sentence(text, "Derde") == "Derde zin"
    assert _sentence(text, "alinea") == "Nieuwe alinea"


def test_initials_titles_and_legal_forms_end_no_sentence() -> None:
    text = "Volgens dhr. Jansen vraagt Voorbeeld B.V. te veel."
    assert _sentence(text, "veel") == text[:-1]
    assert not ends_between(text, 0, len(text) - 1)
    assert ends_between(text, 0, len(text))


def test_the_sentence_is_bounded_by_its_reach() -> None:
    text = "woord " * 1000
    left, right = sentence_bounds(text, 3000, 3005, reach=100)
    assert (left, right) == (2900, 3105)
