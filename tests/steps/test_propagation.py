"""propagate_names: later mentions of a found person are suggested too, pointing to the first mention."""

from __future__ import annotations

import re

import pytest
import spacy

from detector.settings import Settings
from detector.steps import propagation
from detector.steps.base import Resources, StepContext
from detector.steps.grounds import GroundStep
from detector.steps.propagation import PropagateNamesStep
from detector.steps.public import PublicStep
from recognizers.nl_person import NlPersonRecognizer
from tests.steps.test_public import spans_of


@pytest.fixture(scope="module")
def steps() -> tuple[PublicStep, PropagateNamesStep, GroundStep]:
    resources = Resources(settings=Settings(_env_file=None), nlp=spacy.blank("nl"))
    return PublicStep(resources), PropagateNamesStep(resources), GroundStep(resources)


@pytest.fixture(scope="module")
def person() -> NlPersonRecognizer:
    return NlPersonRecognizer()


def propagate(steps: tuple[PublicStep, PropagateNamesStep, GroundStep], person: NlPersonRecognizer, text: str):  # type: ignore[no-untyped-def]
    context = StepContext(text=text, doc_type="email")
    public, propagation, grounds = steps
    spans = grounds(propagation(public(spans_of(person, text), context), context), context)
    return [s for s in spans if s.recognizer == "propagate_names"]


@pytest.mark.parametrize(
    ("text", "first", "later", "how"),
    [
        (
            "Gesprek met S. van den Berg. Daarna belde Van den Berg terug.",
            "S. van den Berg",
            "Van den Berg",
            "de achternaam",
        ),
        ("Linda Schouten belde. Later mailde Schouten nog.", "Linda Schouten", "Schouten", "de achternaam"),
        ("Linda Schouten belde.\n\nZoals Linda al zei, komt het goed.", "Linda Schouten", "Linda", "de voornaam"),
        (
            "Linda Schouten belde. LINDA SCHOUTEN staat op de lijst.",
            "Linda Schouten",
            "LINDA SCHOUTEN",
            "dezelfde naam",
        ),
        (
            "Geachte heer Jansen-de Boer,\n\nJansen-de Boer kreeg gelijk.",
            "Jansen-de Boer",
            "Jansen-de Boer",
            "dezelfde naam",
        ),
    ],
)
def test_later_mentions(steps, person, text: str, first: str, later: str, how: str) -> None:  # type: ignore[no-untyped-def]
    added = propagate(steps, person, text)
    assert [s.text for s in added] == [later]
    (span,) = added
    assert span.start == text.rindex(later)
    assert (span.entity_type, span.ground) == ("PERSON", "5.1(2)e")
    assert span.score >= 0.5
    assert span.explanation.startswith(
        f"Zelfde persoon als '{first}' (eerste vermelding op regel 1), herkend aan {how}."
    )


def test_greeting_scores_higher_than_running_text(steps, person) -> None:  # type: ignore[no-untyped-def]
    text = "Linda Schouten belde.\nLinda weet ervan.\nHoi Linda,"
    later = [s for s in propagate(steps, person, text) if s.text == "Linda"]
    assert [round(s.score, 2) for s in later] == [0.7]  # "Hoi Linda," is already found by the recognizer itself


def test_weaker_span_is_upgraded(steps, person) -> None:  # type: ignore[no-untyped-def]
    text = "Onze medewerker J.M. de Vries belt u. De Vries is bereikbaar."
    (span,) = propagate(steps, person, text)
    assert (span.text, span.score) == ("De Vries", 0.85)


@pytest.mark.parametrize(
    "text",
    [
        # officials kept public are not spread
        "Burgemeester Weerwind opende. Weerwind sprak kort.",
        "Aan\n\nFranc Weerwind\n\nburgemeester Weerwind zei: Franc is er niet.",
        # no first mention, or common words as name parts
        "Schouten is een achternaam, maar hier niet gevonden.",
        "Linda Post belde. Daarna ging de post weg en kwam Post niet.",
        # part of an e-mail address, or lowercase
        "Linda Schouten belde. Mail l.schouten@almere.nl of linda@almere.nl.",
        "Linda Schouten belde. De schouten van vroeger.",
        # the full name in another casing needs the capital of its last word
        "Tom de Jong belde. Hij heeft gelijk: tom de jong-polissen bestaan niet.",
    ],
)
def test_no_spread(steps, person, text: str) -> None:  # type: ignore[no-untyped-def]
    assert propagate(steps, person, text) == []


_WORDS_TEXT = (
    "Jansen schreef aan jansen-Bakker: JANSEN en Jansens, jansen2 en 2jansen; x\u00b2y en x\u00b2, \u24b6b en \u24d0b, "
    "de Vries\nBakker bakker\u00e9 bakker"
)


@pytest.mark.parametrize("text", [_WORDS_TEXT, "\u0130stanbul " + _WORDS_TEXT])
def test_word_index_finds_the_ends_of_whole_words_only(text: str) -> None:
    """Looked up one by one (and, past the limit, all at once): the ends of the runs of letters and digits that
    read the word, never of a part of a longer run."""
    words = propagation._WordIndex(text)
    every = propagation._all_ends(text)
    assert words.ends("jansen") == [m.end() for m in re.finditer(r"(?<!\w)jansen(?!\w)", text, re.I)]
    assert words.ends("bakker") == every["bakker"] and len(every["bakker"]) == 3
    assert words.ends("ab") == []
    for word in [*(f"w{i}" for i in range(propagation._LOOKED_UP_WORDS)), *every]:
        assert words.ends(word) == every.get(word, [])
    assert words.line(text.index("Bakker bakker")) == 2
