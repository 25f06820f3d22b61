"""Signature and paraaf markers (SIGNATURE → 5.1(2)e): ``(handtekening)``, ``w.g.``, ``getekend``, ``Paraaf: JdV``.

Extracted text has no signature image; what remains is a marker where it stood. A bracketed marker counts on
its own; ``w.g.``/``getekend`` only when a name follows on the same or the next line (``Getekende offerte`` in
running text is no signature); a paraaf label counts with its initials.
"""

from __future__ import annotations

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import REGEX_TIMEOUT, NlRecognizer, build_result
from recognizers.privacy import privacy_evidence

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


class NlSignatureRecognizer(NlRecognizer):
    """Find the place of a signature or paraaf."""

    ENTITY = "SIGNATURE"
    CONTEXT = ["handtekening", "ondertekend", "paraaf", "getekend"]

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Signature markers and paraphs in ``text``."""
        if not self.wants(entities):
            return []
        results: list[RecognizerResult] = []
        taken: list[tuple[int, int]] = []
        for kind, pattern, score in _MARKERS:
            for m in pattern.finditer(text, timeout=REGEX_TIMEOUT):
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
                metadata = privacy_evidence(reason, "handtekening")
                results.append(build_result(self, start, end, score, reason, metadata=metadata))
        return results
