"""Regression cases per entity type (``data/<entity>.json``), in the shape deduce uses.

Each file holds ``cases`` (``id``, ``body``, ``text``, optional ``doc_type``, and the ``expected`` spans of the
file's entity type with their ground) and a ``known_failures`` list. A case passes when the Detector's
suggestions *of that entity type* are exactly the expected spans, offsets and ground included. The set of
failing ids must EQUAL ``known_failures``: a fix shows up as a case that left the list (remove it), a
regression as one that joined it. The cases are synthetic and come from several kinds of body (a
municipality, a province, a ministry, an agency).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from detector.detector import Detector
from detector.doctype import DOC_TYPES
from detector.document import ENTITY_TYPES

DATA = Path(__file__).parent / "data"
FILES = sorted(DATA.glob("*.json"))
BODIES = {"gemeente", "provincie", "ministerie", "uitvoeringsorganisatie"}


def _load(path: Path) -> dict[str, Any]:
    return json.loads(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def detector() -> Detector:
    return Detector()


def _spans(case: dict[str, Any]) -> set[tuple[int, int, str, str]]:
    return {(s["start"], s["end"], s["entity_type"], s["ground"]) for s in case["expected"]}


def failing_ids(detector: Detector, data: dict[str, Any]) -> set[str]:
    """The ids of the cases whose suggestions of the file's entity type differ from the expected spans."""
    failures = set()
    for case in data["cases"]:
        found = {
            (s.start, s.end, s.entity_type, s.ground)
            for s in detector.analyze(case["text"], case.get("doc_type", "auto"))
            if s.entity_type == data["entity_type"]
        }
        if found != _spans(case):
            failures.add(case["id"])
    return failures


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_failures_are_exactly_the_known_ones(detector: Detector, path: Path) -> None:
    data = _load(path)
    assert failing_ids(detector, data) == set(data["known_failures"])


@pytest.mark.parametrize("path", FILES, ids=[p.stem for p in FILES])
def test_case_files_are_well_formed(path: Path) -> None:
    data = _load(path)
    assert data["entity_type"] in ENTITY_TYPES
    ids = [case["id"] for case in data["cases"]]
    assert len(ids) == len(set(ids)) and set(data["known_failures"]) <= set(ids)
    for case in data["cases"]:
        assert case["body"] in BODIES and case.get("doc_type", "auto") in {"auto", *DOC_TYPES}
        for span in case["expected"]:
            assert case["text"][span["start"] : span["end"]] == span["text"], case["id"]
            assert span["entity_type"] == data["entity_type"]
    # Every file has cases that must be found and cases where the text stays public.
    assert any(case["expected"] for case in data["cases"]) and any(not case["expected"] for case in data["cases"])


def test_every_main_entity_type_has_a_file_and_every_body_has_cases() -> None:
    entity_types = {_load(path)["entity_type"] for path in FILES}
    assert {"PERSON", "EMAIL_ADDRESS", "PHONE_NUMBER", "IBAN_CODE", "NL_BSN", "AMOUNT"} <= entity_types
    bodies = {case["body"] for path in FILES for case in _load(path)["cases"]}
    assert bodies == BODIES


def test_a_fix_and_a_regression_both_show(detector: Detector) -> None:
    """Moving one case's expectation turns a pass into a failure and the other way round."""
    data = _load(DATA / "nl_bsn.json")
    failing = failing_ids(detector, data)
    case = next(c for c in data["cases"] if c["expected"] and c["id"] not in failing)
    case["expected"] = []  # what a regression looks like: the detector no longer agrees with the case
    assert failing_ids(detector, data) == failing | {case["id"]}
