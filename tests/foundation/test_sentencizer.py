"""The array sentencizer marks the same sentence starts as spaCy's own."""

from __future__ import annotations

import random

import spacy

from detector.sentencizer import FACTORY

TEXTS = [
    "",
    ".",
    "Geachte heer Jansen. Dank voor uw brief! Is het zo? Ja...",
    "Zin een.Zin twee , en ... “Hoi.” zei hij. (Zie art. 5.1.) En toen",
    "1. Inleiding\n\n2. Besluit!!! ?? a",
    "。x ! ! ! a",
]


def test_same_sentence_starts_as_spacys_sentencizer() -> None:
    rng = random.Random(7)
    texts = TEXTS + ["".join(rng.choice("ab .,!?\"'()-\n") for _ in range(rng.randint(1, 60))) for _ in range(300)]
    theirs, ours = spacy.blank("nl"), spacy.blank("nl")
    theirs.add_pipe("sentencizer")
    ours.add_pipe(FACTORY, name="sentencizer")
    for text in texts:
        expected, got = theirs(text), ours(text)
        assert [t.is_sent_start for t in got] == [t.is_sent_start for t in expected], text
        assert [s.start for s in got.sents] == [s.start for s in expected.sents], text
