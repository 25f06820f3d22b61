"""Every recognizer in the registry must stay linear on 100 kB adversarial input.

A catastrophic (backtracking) pattern or a quadratic scan turns one of these inputs into minutes; the
pytest-timeout guard then fails the case. No timing is asserted: the time per kB belongs in the benchmark.
"""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerRegistry

from detector import Detector
from detector.profile import EMPTY_PROFILE
from detector.registry import RECOGNIZERS, build_registry
from detector.settings import Settings

SIZE = 100_000


def _repeat(unit: str) -> str:
    return (unit * (SIZE // len(unit) + 1))[:SIZE]


ADVERSARIAL: dict[str, str] = {
    "digits": _repeat("1"),
    "digit-dots": _repeat("1."),
    "digit-spaces": _repeat("1 "),
    "digit-commas": _repeat("1,"),
    "digit-dashes": _repeat("1-"),
    "thousands": _repeat("12.345"),
    "grouped-digits": _repeat("123 456 "),
    "letters": _repeat("a"),
    "capitals": _repeat("A"),
    "capitalised-words": _repeat("Aa "),
    "spaces": _repeat(" "),
    "newlines": _repeat("\n"),
    "blank-lines": _repeat(" \n"),
    "iban-groups": _repeat("NL91 "),
    "iban-start": "NL91" + _repeat("1"),
    "bic-like": _repeat("ABCDNL2A "),
    "euro-ranges": _repeat("€ 1.000 - "),
    "euro-signs": _repeat("€ "),
    "labels": _repeat("Ordernummer: "),
    "kvk-labels": _repeat("KvK "),
    "legal-forms": _repeat("Aa B.V. "),
    "pipes": _repeat("| 1 "),
    "tabs": _repeat("\t1"),
    "tab-table": _repeat("Totaal\t1\n"),
    "aligned-table": _repeat("Totaal   1.000   2\n"),
    "wide-aligned-rows": _repeat(_repeat("a  ")[:1_999] + "\n"),
    "punctuation": _repeat("1.1-1/1,1 "),
    "name-like": _repeat("J. de "),
    "name-table": "| Naam | Functie |\n" + _repeat("| Aral Gervais | jurist |\n"),
    "long-table-rows": _repeat("| Aral Gervais " + "x" * 3_000 + "\n"),
    "context-names": _repeat("volgens Aral Gervais met Jan Jansen gesproken "),
    "emails": _repeat("a@"),
    "postcodes": _repeat("1234 AB "),
}


@pytest.fixture(scope="module")
def registry(detector: Detector) -> RecognizerRegistry:
    """All recognizers, the deny-list one included (it only exists with a deny list)."""
    return build_registry(Settings(_env_file=None, deny_list=["Jansen"]), EMPTY_PROFILE, detector.pipeline)


def test_every_registered_recognizer_is_fuzzed(registry: RecognizerRegistry) -> None:
    assert {r.name for r in registry.recognizers} >= set(RECOGNIZERS)


@pytest.mark.timeout(60)
@pytest.mark.parametrize("name", list(ADVERSARIAL))
def test_recognizers_survive_adversarial_input(name: str, registry: RecognizerRegistry, detector: Detector) -> None:
    text = ADVERSARIAL[name]
    assert detector.analyzer is not None
    artifacts = detector.analyzer.nlp_engine.process_text(text, "nl")
    for recognizer in registry.recognizers:
        try:
            results = recognizer.analyze(text, recognizer.supported_entities, artifacts)
        except TimeoutError:  # a regex guard fired: the pattern or the loop around it is too slow
            pytest.fail(f"{recognizer.name} hit a regex timeout on the {name!r} input")
        assert all(0 <= r.start < r.end <= len(text) for r in results), recognizer.name
