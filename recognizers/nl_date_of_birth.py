"""Dates of birth (DATE_OF_BIRTH) after a birth label: ``geboren op 3 maart 1981``, ``Geboortedatum: 03-03-1981``.

A date alone is no personal data; the label decides. The value may stand after a colon, in the next table
cell, on the next line, or in a table's column under a birth label (``| Naam | Geboortedatum |``). Without a label
only a full date in brackets right after a person named with initials or a title (``J. de Vries (12-03-1985)``),
at least twelve years old, counts. The ground is not chosen here (``ground_rules.json``: 5.1(2)e); the metadata
carries the evidence and what the value is.
"""

from __future__ import annotations

from datetime import date

import regex
from presidio_analyzer import RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from recognizers.base import REGEX_TIMEOUT, NlRecognizer, build_result
from recognizers.name_anchors import INTERFIX
from recognizers.name_tokens import INITIAL
from recognizers.tables import find_tables

_MONTHS = (
    r"januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|november|december|"
    r"jan|feb|mrt|apr|jun|jul|aug|sep|sept|okt|nov|dec"
)
_DATE = (
    rf"(?:\d{{1,2}}[ \u00a0]+(?:{_MONTHS})\.?[ \u00a0]+(?:19|20)\d\d"
    r"|\d{1,2}[-/.]\d{1,2}[-/.](?:19|20)\d\d|(?:19|20)\d\d-\d{2}-\d{2})"
)
_LABEL = (
    r"geboortedatum|geb\.?[ \t]?datum|geboren(?:[ \t]+op)?|geb\.|date[ \t]of[ \t]birth|d\.o\.b\.?|"
    r"geboortedag"
)
_BIRTH_DATE = regex.compile(
    rf"(?i)(?<![\p{{L}}])(?P<label>{_LABEL})(?:[ \t]+(?:te|in)[ \t]+\p{{Lu}}[\p{{L}}-]{{1,30}},?)?"
    rf"[ \t]{{0,5}}(?:[:|][ \t]{{0,5}})?(?:\r?\n[ \t|]{{0,10}})?(?P<date>{_DATE})(?![\p{{N}}])"
)


# A person named with initials or a title, then a full date in brackets: "J. de Vries (12-03-1985)", the way case
# files and police reports write a date of birth. A date too recent for anyone of working age is no birth date.
_NAMED_BORN = regex.compile(
    rf"(?:(?<![\p{{L}}]){INITIAL}(?:[ ]?{INITIAL}){{0,4}}[ ]?|(?<![\p{{L}}])(?i:dhr\.?|mevr\.?|mw\.?|de[ ]heer|"
    rf"mevrouw)[ ](?:{INITIAL}(?:[ ]?{INITIAL}){{0,4}}[ ]?)?)(?:{INTERFIX}[ ])?\p{{Lu}}[\p{{Ll}}'’-]{{1,30}}"
    rf"[ ]\((?P<date>{_DATE})\)"
)
_BRACKETED = "Geboortedatum (datum tussen haakjes direct na de naam van een persoon)"
_YEAR = regex.compile(r"(?:19|20)\d\d")
_YOUNGEST = 12  # years: a bracketed date after a name later than this many years ago is no date of birth
_LABEL_CELL = regex.compile(rf"(?i)[*_ ]*(?:{_LABEL})[*_ :]*")
_DATE_CELL = regex.compile(_DATE)
_COLUMN_ROWS = 500  # rows under a header read for dates of birth


class NlDateOfBirthRecognizer(NlRecognizer):
    """Dates that a birth label introduces; the span is the date only, the label stays visible."""

    ENTITY = "DATE_OF_BIRTH"
    CONTEXT = ["geboren", "geboortedatum"]
    SCORE = 0.85

    def analyze(
        self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
    ) -> list[RecognizerResult]:
        """Each labelled date of birth in ``text``."""
        if not self.wants(entities):
            return []
        labelled = _BIRTH_DATE.finditer(text, timeout=REGEX_TIMEOUT)
        found = [_labelled(m.start("date"), m.end("date"), m.group("label")) for m in labelled]
        found += _in_birth_columns(text) + _after_a_name(text)
        results = []
        for start, end, evidence, label in found:
            metadata = {"evidence": evidence, "what": "geboortedatum", "label": label}
            results.append(build_result(self, start, end, self.SCORE, evidence, metadata=metadata))
        return results


_Found = tuple[int, int, str, str]  # start, end, evidence, label (lowercase)


def _labelled(start: int, end: int, raw: str) -> _Found:
    """A date after the birth label ``raw``."""
    label = " ".join(raw.split())
    return start, end, f"Geboortedatum (na '{label}')", label.lower()


def _after_a_name(text: str) -> list[_Found]:
    """Full dates in brackets right after a person named with initials or a title, old enough to be a birth."""
    latest = date.today().year - _YOUNGEST
    found: list[_Found] = []
    for match in _NAMED_BORN.finditer(text, timeout=REGEX_TIMEOUT):
        year = int(_YEAR.search(match.group("date")).group())  # type: ignore[union-attr]
        if year <= latest:
            found.append((match.start("date"), match.end("date"), _BRACKETED, "naam"))
    return found


def _in_birth_columns(text: str) -> list[_Found]:
    """Dates in a table column whose header is a birth label (``| Naam | Geboortedatum |``)."""
    found: list[_Found] = []
    for table in find_tables(text):
        header = table.rows[0]
        columns = {c.column: c.text for c in header.cells if _LABEL_CELL.fullmatch(c.text, timeout=REGEX_TIMEOUT)}
        for row in table.rows[1 : _COLUMN_ROWS + 1]:
            for column, label in columns.items():
                cell = row.cell_in(column)
                if cell is not None and _DATE_CELL.fullmatch(cell.text, timeout=REGEX_TIMEOUT):
                    found.append(_labelled(cell.start, cell.end, label))
    return found
