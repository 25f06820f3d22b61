"""The special-category probe: terms about a person are proposed, the same terms in general sentences are not."""

from __future__ import annotations

from detector import Detector
from training.special_probe import HELD_OUT, ROWS, probe


def test_terms_about_a_person_are_proposed_and_general_sentences_left_alone(detector: Detector) -> None:
    result = probe(detector)
    assert sum(result.totals.values()) == len(ROWS)
    assert sum(result.about_person.values()) >= 0.9 * len(ROWS)  # 40 of 42 on December 7
    assert sum(result.in_general.values()) == 0
    assert len(result.missed) == len(ROWS) - sum(result.about_person.values())


def test_without_the_recognizer_nothing_is_proposed(detector: Detector) -> None:
    settings = detector.settings.model_copy(update={"disabled_recognizers": ["NlSpecialCategoryRecognizer"]})
    result = probe(Detector(settings))
    assert sum(result.about_person.values()) == 0
    assert set(result.missed) == {row.term for row in ROWS}



def test_the_held_out_rows_are_probed_on_request(detector: Detector) -> None:
    result = probe(detector, rows=HELD_OUT)
    assert sum(result.totals.values()) == len(HELD_OUT)
    assert {"politics", "union", "sexuality"} <= set(result.totals)
    assert not {row.term for row in HELD_OUT} & {row.term for row in ROWS}
    assert sum(result.in_general.values()) == 0
