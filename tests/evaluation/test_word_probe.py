"""The word probe: capitalised Dutch words in units, programmes and headings are no person's name."""

from __future__ import annotations

from types import SimpleNamespace

import regex

from detector import Detector
from training.word_probe import CONTEXTS, HELD_OUT, probe


def test_units_programmes_and_headings_are_mostly_not_names(detector: Detector) -> None:
    rows = probe(detector, per_context=10, seed=2)
    assert [row.context for row in rows] == list(CONTEXTS)
    assert all(0 <= row.flagged <= row.texts == 10 for row in rows)
    assert sum(row.flagged for row in rows) / sum(row.texts for row in rows) <= 0.1  # 0.015 at 100 per context


class _TwoCapitalsAreAName:
    """A detector that calls any two capitalised words in a row a person."""

    def analyze(self, text: str) -> list[SimpleNamespace]:
        pairs = regex.finditer(r"\p{Lu}\p{Ll}+ \p{Lu}\p{Ll}+", text)
        return [SimpleNamespace(entity_type="PERSON", text=m.group()) for m in pairs]


def test_the_probe_counts_every_text_a_naive_detector_flags() -> None:
    rows = probe(_TwoCapitalsAreAName(), per_context=3, seed=2)  # type: ignore[arg-type]
    flagged = {row.context: row.flagged for row in rows}
    assert flagged["unit in a mail header"] == 3 and flagged["programme in running text"] == 3
    assert flagged["unit as contact"] == 3  # "Team X" is two capitalised words too
    assert all(len(row.examples) <= 4 for row in rows)


def test_the_held_out_contexts_use_compounds_and_are_probed_on_request() -> None:
    rows = probe(_TwoCapitalsAreAName(), per_context=2, seed=2, held_out=True)  # type: ignore[arg-type]
    assert [row.context for row in rows] == list(HELD_OUT)
    assert sum(row.flagged for row in rows) > 0  # two capitalised words stand in several held-out contexts
