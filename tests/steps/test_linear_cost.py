"""The steps cost time linear in the document: a dense 1 MB text full of different people costs about ten times
a 100 kB one, not a hundred times (the ratio of CPU times, with a generous bound; never a wall-clock limit)."""

from __future__ import annotations

import pytest
import spacy

from detector.document import Span
from detector.settings import Settings
from detector.steps.base import Resources, StepContext
from detector.steps.overlaps import OverlapStep
from detector.steps.propagation import PropagateNamesStep
from detector.steps.public import PublicStep
from recognizers.nl_person import NlPersonRecognizer
from tests.steps.test_public import spans_of
from training.cost import cpu_seconds, dense_letter


def run_steps(text: str, spans: list[Span], steps: list) -> None:  # type: ignore[type-arg]
    """The steps, one after the other, on the recognizer's ``spans`` of ``text``."""
    context = StepContext(text=text, doc_type="brief")
    for step in steps:
        spans = step(spans, context)


def steps_cpu_seconds(text: str, person: NlPersonRecognizer, steps: list) -> float:  # type: ignore[type-arg]
    """CPU seconds of the steps alone (the recognizer runs before the clock starts)."""
    return cpu_seconds(run_steps, text, spans_of(person, text), steps)


@pytest.mark.slow
def test_steps_cost_grows_linearly_on_a_dense_document() -> None:
    resources = Resources(settings=Settings(_env_file=None), nlp=spacy.blank("nl"))
    steps = [PublicStep(resources), PropagateNamesStep(resources), OverlapStep(resources)]
    person = NlPersonRecognizer()
    steps_cpu_seconds(dense_letter(20_000), person, steps)  # warm-up: lists, compiled patterns
    small = steps_cpu_seconds(dense_letter(100_000), person, steps)
    large = steps_cpu_seconds(dense_letter(1_000_000), person, steps)
    # Linear: about 10x. Quadratic (a scan of the text per person or per span) would be about 100x.
    assert large / small < 25, f"1 MB took {large / small:.1f}x the CPU time of 100 kB"
