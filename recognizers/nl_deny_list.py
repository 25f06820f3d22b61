"""Terms the organisation always wants redacted (settings ``deny_list``), as names under 5.1(2)e."""

from __future__ import annotations

from presidio_analyzer import PatternRecognizer


class NlDenyListRecognizer(PatternRecognizer):
    """Find every configured deny-list term, case-insensitive, as a whole word."""

    ENTITY = "PERSON"
    COUNTRY_CODE = "nl"

    def __init__(self, deny_list: list[str], supported_language: str = "nl") -> None:
        super().__init__(
            supported_entity=self.ENTITY,
            name="NlDenyListRecognizer",
            supported_language=supported_language,
            deny_list=deny_list,
            deny_list_score=1.0,
        )
