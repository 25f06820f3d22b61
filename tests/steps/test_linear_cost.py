"""The steps cost time linear in the document: a dense 1 MB text full of different people costs about ten times
a 100 kB one, not a hundred times (the ratio of CPU times, with a generous bound; never a wall-clock limit)."""

from __future__ import annotations

import random
import time

import pytest
import spacy
from faker import Faker

from detector.document import Span
from detector.settings import Settings
from detector.steps.base import Resources, StepContext
from detector.steps.overlaps import OverlapStep
from detector.steps.propagation import PropagateNamesStep
from detector.steps.public import PublicStep
from recognizers.nl_person import NlPersonRecognizer
from tests.steps.test_public import spans_of


def dense_letter(chars: int, seed: int = 3) -> str:
    """Text in which every sentence names someone (new people throughout, some of them officials)."""
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    parts: list[str] = []
    size = 0
    while size < chars:
        name = fake.name()
        surname = name.split()[-1]
        part = rng.choice(
            [
                f"Geachte heer {surname},\n\n",
                f"Ik sprak {name} over de aanvraag. Later belde {surname} terug. ",
                f"Wethouder {name} zegt dat het kan. ",
                f"Bel {name} op 06-{rng.randint(10_000_000, 99_999_999)}.\n",
                f"Met vriendelijke groet,\n\n{name}\n\n",
            ]
        )
        parts.append(part)
        size += len(part)
    return "".join(parts)[:chars]


def steps_cpu_seconds(text: str, person: NlPersonRecognizer, steps: list) -> float:  # type: ignore[type-arg]
    spans: list[Span] = spans_of(person, text)
    context = StepContext(text=text, doc_type="brief")
    started = time.process_time()
    for step in steps:
        spans = step(spans, context)
    return time.process_time() - started


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
