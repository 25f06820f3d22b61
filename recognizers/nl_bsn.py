"""Burgerservicenummers (9 digits, also ``123.456.789`` and ``1234 56 789``) as NL_BSN (5.1(1)e).

The regex proposes, the elfproef decides: a number failing it is never suggested. A valid number without
context keeps the pattern score (just above the default threshold, for the reviewer to judge); the words
``BSN``, ``burgerservicenummer`` or ``sofinummer`` nearby raise it. A nine-digit value after another label
on the same line (``Ordernummer``, ``Kenmerk``, ``RSIN``, ``Tel.``), or under such a label alone on the line above
(a letterhead's rows: ``Ons kenmerk`` above ``1111.11.110``), is that label's, not a BSN.
"""

from __future__ import annotations

import regex
from presidio_analyzer import Pattern, RecognizerResult

from recognizers.base import NlPatternRecognizer
from recognizers.business_context import line_start
from recognizers.checksums import compact, elfproef
from recognizers.nl_order_number import LABEL as ORDER_LABEL

_BEFORE = r"(?<![\w.,/-]|[.,/-]\d)"
_AFTER = r"(?![\w]|[.,/-]\d)"
# Grouped forms must not be part of a longer run of digit groups ("036 123 456 782 1").
_BEFORE_GROUPED = r"(?<![\w.,/-]|[.,/ -]\d)"
_AFTER_GROUPED = r"(?![\w]|[.,/ -]\d)"
_BSN_CUE = regex.compile(r"\b(?:bsn|burgerservice|sofi|persoonsnummer|fiscaal[ \t]nummer)", regex.IGNORECASE)
_OTHER_LABEL = regex.compile(
    rf"(?<![\w-])(?:{ORDER_LABEL}|kenmerk|zaaknummer|zaak|dossier\w{{0,6}}|referentie|rsin|kvk|btw|iban|"
    r"rekening\w{0,6}|tel\.?|telefoon\w{0,6}|fax|mobiel|postbus|artikel\w{0,4}|polis\w{0,6})(?![\w])",
    regex.IGNORECASE,
)
_LABEL_ALONE = regex.compile(rf"(?:\p{{L}}{{1,12}}[ \t]+)?(?:{_OTHER_LABEL.pattern})", regex.IGNORECASE)
_LINE_PREFIX = 60
_ABOVE_REACH = 120  # the line above, with the blank lines between
_CUE_BEFORE = 60
_CUE_AFTER = 30


class NlBsnRecognizer(NlPatternRecognizer):
    """Dutch citizen service numbers that pass the elfproef."""

    ENTITY = "NL_BSN"
    FLAGS = regex.MULTILINE
    PATTERNS = [
        Pattern("bsn_9_digits", rf"{_BEFORE}\d{{9}}{_AFTER}", 0.55),
        Pattern("bsn_3_3_3", rf"{_BEFORE_GROUPED}\d{{3}}(?P<sep>[. -])\d{{3}}(?P=sep)\d{{3}}{_AFTER_GROUPED}", 0.55),
        Pattern("bsn_4_2_3", rf"{_BEFORE_GROUPED}\d{{4}}(?P<sep>[. ])\d{{2}}(?P=sep)\d{{3}}{_AFTER_GROUPED}", 0.55),
        Pattern(
            "bsn_2_2_2_3",
            rf"{_BEFORE_GROUPED}\d{{2}}(?P<sep>[. ])\d{{2}}(?P=sep)\d{{2}}(?P=sep)\d{{3}}{_AFTER_GROUPED}",
            0.4,  # an uncommon grouping: proposed only with a BSN word near it (context adds CONTEXT_BOOST)
        ),
    ]
    CONTEXT = ["bsn", "burgerservicenummer", "sofinummer", "sofi", "persoonsnummer"]
    CONTEXT_BOOST = 0.4

    def validate_result(self, pattern_text: str) -> bool | None:
        """Failing the elfproef drops the match; passing keeps the pattern score for context to raise."""
        return None if elfproef(compact(pattern_text)) else False

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None, regex_flags=None) -> list[RecognizerResult]:  # type: ignore[no-untyped-def]
        """Valid numbers, minus those after another kind of label; a BSN cue nearby raises the score."""
        results: list[RecognizerResult] = []
        for result in super().analyze(text, entities, nlp_artifacts, regex_flags):
            if _other_label(text, result.start):
                continue
            cue = _BSN_CUE.search(text, max(0, result.start - _CUE_BEFORE), result.start, timeout=1.0)
            cue = cue or _BSN_CUE.search(text, result.end, min(len(text), result.end + _CUE_AFTER), timeout=1.0)
            if cue:
                # Done here, on the raw text, so it works without lemmas (blank pipeline) too.
                result.score = min(1.0, result.score + self.CONTEXT_BOOST)
                result.recognition_metadata[RecognizerResult.IS_SCORE_ENHANCED_BY_CONTEXT_KEY] = True
                if result.analysis_explanation:
                    result.analysis_explanation.set_supportive_context_word(cue.group().lower())
                    result.analysis_explanation.set_improved_score(result.score)
            results.append(result)
        return results


def _other_label(text: str, start: int) -> bool:
    """True when the nearest label before ``start`` on its line is not a BSN cue, or when its line has neither
    and the line above is another label alone."""
    begin = line_start(text, start, _LINE_PREFIX)
    prefix = text[begin:start]
    other = [m.end() for m in _OTHER_LABEL.finditer(prefix, timeout=1.0)]
    if not other:
        return not _BSN_CUE.search(prefix, timeout=1.0) and _label_above(text, begin)
    cues = [m.end() for m in _BSN_CUE.finditer(prefix, timeout=1.0)]
    return not cues or max(other) > max(cues)


def _label_above(text: str, begin: int) -> bool:
    """The last non-empty line before ``begin`` is another kind of label alone (``Ons kenmerk``, ``Zaaknummer:``)."""
    above = text[max(0, begin - _ABOVE_REACH) : begin].rstrip().rsplit("\n", 1)[-1].strip(" \t#*_:")
    return bool(_LABEL_ALONE.fullmatch(above, timeout=1.0))
