"""The fuzz invariants can fail: a recognizer that decides a ground, or an explanation of another ground."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from detector.grounds_rules import Decision
from recognizers.nl_email import NlEmailRecognizer
from tests.fuzz.invariants import check_ground_and_explanation, check_recognizer_results

TEXT = "Stuur het naar jan.jansen@voorbeeld.nl of bel."


class _DecidingEmailRecognizer(NlEmailRecognizer):
    """The e-mail recognizer as it was before issue 12: it also set a ground (or an explanation)."""

    def __init__(self, key: str) -> None:
        super().__init__()
        self.key = key

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        results = super().analyze(text, entities, nlp_artifacts)
        for result in results:
            result.recognition_metadata[self.key] = "5.1(2)e"
        return results


def test_a_recognizer_that_reports_evidence_passes() -> None:
    results = NlEmailRecognizer().analyze(TEXT, [])
    assert [TEXT[r.start : r.end] for r in results] == ["jan.jansen@voorbeeld.nl"]
    check_recognizer_results("NlEmailRecognizer", results, TEXT)


@pytest.mark.parametrize("key", ["ground", "grounds", "explanation"])
def test_a_recognizer_that_decides_fails(key: str) -> None:
    results = _DecidingEmailRecognizer(key).analyze(TEXT, [])
    assert len(results) == 1
    with pytest.raises(AssertionError, match="a recognizer decided"):
        check_recognizer_results("_DecidingEmailRecognizer", results, TEXT)


def test_evidence_outside_the_contract_fails() -> None:
    result = NlEmailRecognizer().analyze(TEXT, [])[0]
    result.recognition_metadata["owner"] = "gemeente"
    with pytest.raises(AssertionError, match="gemeente"):
        check_recognizer_results("NlEmailRecognizer", [result], TEXT)


def test_an_explanation_must_end_in_its_own_grounds_motivation() -> None:
    explanation = Decision("5.1(2)e", "e-mailadres").explanation("Persoonlijk e-mailadres (naam vóór de @)")
    check_ground_and_explanation("5.1(2)e", explanation)
    assert explanation.startswith("Persoonlijk e-mailadres (naam vóór de @). E-mailadres van iemand")
    with pytest.raises(AssertionError):
        check_ground_and_explanation("5.1(1)c", explanation)  # the words of 5.1(2)e under another ground
    with pytest.raises(AssertionError):
        check_ground_and_explanation("5.1(2)e", explanation + " Extra zin van een recognizer.")
