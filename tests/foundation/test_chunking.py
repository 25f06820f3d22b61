"""Long documents are cut into chunks whose offsets map back exactly."""

from __future__ import annotations

import pytest

from detector.chunking import split_chunks
from detector.detector import Detector
from detector.settings import Settings


@pytest.mark.parametrize("size", [1, 7, 50, 1000])
def test_chunks_rejoin_to_the_text(size: int) -> None:
    text = "Eerste alinea met woorden.\n\nTweede regel\nderde regel met meer woorden " * 40
    chunks = split_chunks(text, size)
    assert "".join(chunk for _, chunk in chunks) == text
    for offset, chunk in chunks:
        assert len(chunk) <= size
        assert text[offset : offset + len(chunk)] == chunk


def test_cuts_prefer_paragraph_breaks() -> None:
    text = "a" * 60 + "\n\n" + "b" * 60
    chunks = split_chunks(text, 100)
    assert [chunk for _, chunk in chunks] == ["a" * 60 + "\n\n", "b" * 60]


def test_empty_text_is_one_empty_chunk() -> None:
    assert split_chunks("", 10) == [(0, "")]
    with pytest.raises(ValueError):
        split_chunks("abc", 0)


def test_offsets_are_exact_in_a_document_over_a_million_characters() -> None:
    """A > 1,000,000-character text (over spaCy's max_length) keeps exact offsets across chunks."""
    names = [f"Medewerker{i:05d} Achternaam" for i in range(40)]
    filler = "De gemeente werkt aan een veilige stad en bespreekt dit in het overleg. " * 400 + "\n\n"
    parts: list[str] = []
    for name in names:
        parts.append(filler)
        parts.append(f"Contact: {name}.\n\n")
    text = "".join(parts)
    assert len(text) > 1_000_000
    detector = Detector(Settings(_env_file=None, deny_list=names, chunk_size=100_000))
    suggestions = detector.analyze(text, doc_type="brief")
    found = [s for s in suggestions if s.recognizer == "NlDenyListRecognizer"]
    assert [s.text for s in found] == names
    for s in found:
        assert text[s.start : s.end] == s.text
