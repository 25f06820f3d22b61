"""Dutch person names (PERSON, 5.1(2)e) from deduce's name lists and Lakmoes' rules; no NER model needed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace

from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import NlRecognizer, build_result
from recognizers.name_lists import NameLists, name_lists
from recognizers.name_shapes import NameMatch, find_names
from recognizers.name_tokens import is_function_word
from recognizers.privacy import privacy_evidence

_KIND_REASONS = {
    "initials": "Voorletters met een achternaam",
    "full": "Voornaam (uit de namenlijst) met een achternaam",
    "interfix": "Achternaam met tussenvoegsel",
    "unlisted": "Voornaam (niet in de namenlijst) met een bekende achternaam",
}
_ANCHOR_REASONS = {
    "title": "Naam na de aanspreekvorm '{a}'",
    "greeting": "Naam in de aanhef of groet ('{a}')",
    "header": "Naam in de kopregel '{a}:'",
    "chat": "Afzender van een chatbericht ('{a}')",
    "reply": "Afzender in de kop van een geciteerde e-mail ('{a}')",
    "context": "Naam van een persoon ('{a}')",
    "label_line": "Naam onder het kopje '{a}'",
    "tav": "Naam na '{a}' (ter attentie van)",
    "role": "Naam na de functie '{a}'",
    "signature": "Naam in het ondertekeningsblok (na '{a}')",
    "signed": "Naam bij een handtekening of paraaf ('{a}')",
}


class NlPersonRecognizer(NlRecognizer):
    """Find names of people in Dutch text: anchored (title, greeting, header, role, signature) or by shape."""

    ENTITY = "PERSON"
    CONTEXT = ["naam", "heer", "mevrouw", "collega", "contactpersoon", "medewerker", "gesprek", "namens"]

    def __init__(
        self,
        extra_public_roles: Iterable[str] = (),
        context: list[str] | None = None,
        supported_language: str = "nl",
    ) -> None:
        self.extra_public_roles = frozenset(r.lower().strip() for r in extra_public_roles)
        self.lists: NameLists | None = None
        super().__init__(context=context, supported_language=supported_language)

    def load(self) -> None:
        """Read the name lists (cached for the process) and add the configured public roles."""
        lists = name_lists()
        if self.extra_public_roles:
            lists = replace(
                lists,
                public_roles=lists.public_roles | self.extra_public_roles,
                non_names=lists.non_names | self.extra_public_roles,
            )
        self.lists = lists

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Names in ``text``, each with the evidence that found it (anchor, list, shape)."""
        if not self.wants(entities):
            return []
        lists = self.lists or name_lists()
        return [self._result(m) for m in find_names(text, lists) if not is_function_title(text[m.start : m.end], lists)]

    def _result(self, match: NameMatch) -> RecognizerResult:
        reason = explain(match)
        metadata: dict[str, object] = {**privacy_evidence(reason, "naam"), "name_kind": match.kind}
        if match.anchor is not None:
            metadata["anchor"] = match.anchor.kind
            metadata["anchor_text"] = match.anchor.text
            if match.anchor.kind == "role":
                metadata["role"] = match.anchor.text
                metadata["public_role"] = match.anchor.public_role
        return build_result(self, match.start, match.end, match.score, reason, metadata=metadata)


def is_function_title(span: str, lists: NameLists) -> bool:
    """One word that is, ends in, or is an OCR slip of a staff function (``Arbeidsdeskundige``,
    ``Themaonderzoeker``, ``Xdviseur``): the function line of a signature block, not a name."""
    word = span.strip().lower()
    return word.isalpha() and is_function_word(word, lists.staff_roles)


def explain(match: NameMatch) -> str:
    """Why this span is a name, in Dutch (without the name itself)."""
    if match.anchor is not None:
        return _ANCHOR_REASONS[match.anchor.kind].format(a=match.anchor.text)
    return _KIND_REASONS[match.kind]
