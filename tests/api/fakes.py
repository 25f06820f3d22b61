"""A deterministic stand-in for the Detector, for tests about storage and review rather than detection."""

from __future__ import annotations

import re

from detector.detector import Analysis
from detector.document import Document, Span, Suggestion

# (pattern, entity type, ground, score, explanation); scores differ but all lie in 0.85..0.95
_RULES = (
    (r"\bJansen\b", "PERSON", "5.1(2)e", 0.9, "Naam van een burger."),
    # One surname in several spellings (initials, interfix or not, capitals), for "this value everywhere".
    (r"\b(?:(?:Jan|JAN|J\.|P\.) )?(?:[Dd]e |DE )?(?:Vries|VRIES)\b", "PERSON", "5.1(2)e", 0.88,
     "Naam van een burger."),
    (r"\b[\w.]+@voorbeeld\.nl\b", "EMAIL_ADDRESS", "5.1(2)e", 0.93, "E-mailadres van een burger."),
    (r"\b111222333\b", "NL_BSN", "5.1(1)e", 0.91, "Burgerservicenummer."),
    (r"Ik adviseer [^.]{1,200}\.", "POLICY_OPINION", "5.2(1)", 0.86, "Persoonlijke beleidsopvatting."),
)
# Found but kept public: a name after "wethouder" (an official acting publicly).
_PUBLIC = r"(?<=[Ww]ethouder )[A-Z][a-z]+"
PUBLIC_REASON = "wethouder in functie: naam blijft openbaar"


class FakeDetector:
    """Finds a few fixed patterns; records how often models were reloaded."""

    def __init__(self) -> None:
        self.reloads = 0

    def analyze_document(self, document: Document, doc_type: str = "auto") -> Analysis:
        suggestions = [
            Suggestion(
                start=m.start(),
                end=m.end(),
                text=m.group(0),
                entity_type=entity,
                ground=ground,
                score=score,
                explanation=explanation,
                recognizer="fake",
            )
            for pattern, entity, ground, score, explanation in _RULES
            for m in re.finditer(pattern, document.text)
        ]
        suggestions.sort(key=lambda s: s.start)
        public = [
            Span(m.start(), m.end(), m.group(0), "PERSON", 0.8, "fake", public=True, reason=PUBLIC_REASON)
            for m in re.finditer(_PUBLIC, document.text)
        ]
        return Analysis(doc_type="memo" if doc_type == "auto" else doc_type, suggestions=suggestions, public=public)

    def info(self) -> dict[str, object]:
        return {"pipeline": {"loaded": "fake"}, "recognizers": ["fake"], "steps": []}

    def reload_models(self) -> list[str]:
        self.reloads += 1
        return ["opinions"]


MEMO = (
    "Memo aan de wethouder.\n\n"
    "De heer Jansen (j.jansen@voorbeeld.nl, BSN 111222333) vroeg om een reactie.\n"
    "Ik adviseer om scenario 2 niet verder uit te werken.\n"
    "Het college besluit volgende week.\n"
)
