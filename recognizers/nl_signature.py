"""Signature and paraaf markers (SIGNATURE → 5.1(2)e): ``(handtekening)``, ``w.g.``, ``getekend``, ``Paraaf: JdV``.

Extracted text has no signature image; what remains is a marker where it stood. A bracketed marker counts on
its own; ``w.g.``/``getekend`` only when a name follows on the same or the next line (``Getekende offerte`` in
running text is no signature); a paraaf label counts with its initials.
"""

from __future__ import annotations

import regex
from presidio_analyzer import AnalysisExplanation, EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.privacy import PRIVACY_GROUND, privacy_explanation

_TIMEOUT = 10.0  # seconds for one whole finditer over a chunk: a guard against runaway backtracking
_NAME_AHEAD = (
    r"(?=[ \t:]*(?:\r?\n[ \t]*)?(?i:(?:dhr|mw|mevr|mr|dr|drs|ir|ing|prof)\.?[ \t]+)*(?:\p{Lu}\.|\p{Lu}\p{Ll}))"
)
_MARKERS: tuple[tuple[str, regex.Pattern[str], float], ...] = (
    (
        "handtekening",
        regex.compile(r"(?i)[(\[<{]\s?(?:handtekening|paraaf|getekend|was getekend|w\.g\.)\s?[)\]>}]"),
        0.85,
    ),
    ("w.g.", regex.compile(r"(?<![\p{L}.])(?i:w\.g\.|was getekend)" + _NAME_AHEAD), 0.85),
    ("getekend", regex.compile(r"(?m)^[ \t]*(?i:getekend)[ \t]*:?" + _NAME_AHEAD), 0.7),
    (
        "paraaf",
        regex.compile(r"(?<=\b(?i:paraaf)[ \t]*:[ \t]*)\p{Lu}(?:\.?\p{L}){1,4}\.?(?![\p{L}])"),
        0.8,
    ),
)


class NlSignatureRecognizer(EntityRecognizer):
    """Find the place of a signature or paraaf."""

    ENTITY = "SIGNATURE"
    COUNTRY_CODE = "nl"
    CONTEXT = ["handtekening", "ondertekend", "paraaf", "getekend"]

    def __init__(self, context: list[str] | None = None, supported_language: str = "nl") -> None:
        super().__init__(
            supported_entities=[self.ENTITY],
            name="NlSignatureRecognizer",
            supported_language=supported_language,
            context=context if context is not None else self.CONTEXT,
            country_code=self.COUNTRY_CODE,
        )

    def load(self) -> None:
        """Nothing to load."""

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Signature markers and paraphs in ``text``."""
        if entities and self.ENTITY not in entities:
            return []
        results: list[RecognizerResult] = []
        taken: list[tuple[int, int]] = []
        for kind, pattern, score in _MARKERS:
            for m in pattern.finditer(text, timeout=_TIMEOUT):
                start, end = m.start(), m.end()
                while start < end and text[start].isspace():
                    start += 1
                while end > start and text[end - 1] in " \t:":
                    end -= 1
                if any(s < end and start < e for s, e in taken):
                    continue
                taken.append((start, end))
                reason = (
                    "Paraaf (initialen) van een medewerker"
                    if kind == "paraaf"
                    else f"Plaats van een handtekening ('{kind}')"
                )
                results.append(
                    RecognizerResult(
                        entity_type=self.ENTITY,
                        start=start,
                        end=end,
                        score=score,
                        analysis_explanation=AnalysisExplanation(self.name, score, textual_explanation=reason),
                        recognition_metadata={
                            RecognizerResult.RECOGNIZER_NAME_KEY: self.name,
                            RecognizerResult.RECOGNIZER_IDENTIFIER_KEY: self.id,
                            "ground": PRIVACY_GROUND,
                            "explanation": privacy_explanation(reason, "handtekening"),
                        },
                    )
                )
        return results
