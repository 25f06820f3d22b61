"""Signatures: a marker where a signature or paraaf stood → SIGNATURE, 5.1(2)e."""

from __future__ import annotations

import pytest

from recognizers.nl_signature import NlSignatureRecognizer
from tests.recognizers.assertions import analyze, assert_privacy_metadata, assert_result, found_texts


@pytest.fixture(scope="module")
def signature() -> NlSignatureRecognizer:
    return NlSignatureRecognizer()


@pytest.mark.parametrize(
    ("text", "marker"),
    [
        ("Met vriendelijke groet,\n(handtekening)\nJ. Jansen", "(handtekening)"),
        ("[Handtekening]\nLinda Schouten", "[Handtekening]"),
        ("<paraaf>", "<paraaf>"),
        ("w.g. J. Jansen", "w.g."),
        ("W.G.\nmr. A. de Vries", "W.G."),
        ("was getekend\nK. Yilmaz", "was getekend"),
        ("getekend:\nmr. A. de Vries", "getekend"),
        ("Paraaf: JdV", "JdV"),
        ("paraaf: J.d.V. datum 3 mei", "J.d.V."),
    ],
)
def test_markers(signature: NlSignatureRecognizer, text: str, marker: str) -> None:
    (result,) = analyze(signature, text)
    start = text.index(marker)
    assert_result(result, "SIGNATURE", start, start + len(marker), min_score=0.7)
    assert_privacy_metadata(result, text)


@pytest.mark.parametrize(
    "text",
    [
        "Getekende offerte sessies en training partij W",
        "Het contract is getekend door beide partijen.",
        "w.g. de heer",
        "Paraaf: ",
        "Handtekening: .....",
        "De handtekening ontbreekt.",
    ],
)
def test_no_markers(signature: NlSignatureRecognizer, text: str) -> None:
    assert found_texts(signature, text) == []
