"""The contact probe: a person's contact details are proposed, a body's office, number and mailboxes stay public."""

from __future__ import annotations

from detector import Detector
from training.contact_probe import CONTEXTS, HELD_OUT, probe


def test_personal_contacts_are_proposed_and_the_bodys_kept_public(detector: Detector) -> None:
    rows = probe(detector, per_context=2, seed=3)
    assert [row.context for row in rows] == [context.key for context in CONTEXTS]
    personal = [row for row in rows if row.propose]
    public = [row for row in rows if not row.propose]
    assert personal and public
    assert sum(row.correct for row in personal) / sum(row.values for row in personal) >= 0.9
    assert sum(row.correct for row in public) / sum(row.values for row in public) >= 0.8  # 0.89 at 40 per context


def test_a_detector_without_contact_recognizers_proposes_no_contact(detector: Detector) -> None:
    off = ["NlAddressRecognizer", "NlPhoneRecognizer", "NlEmailRecognizer"]
    settings = detector.settings.model_copy(update={"disabled_recognizers": off})
    rows = probe(Detector(settings), per_context=1, seed=3)
    assert all(row.correct == row.values for row in rows if not row.propose)
    assert sum(row.proposed for row in rows if row.propose) < sum(row.values for row in rows if row.propose)


def test_the_held_out_contexts_are_probed_on_request(detector: Detector) -> None:
    rows = probe(detector, per_context=1, seed=3, contexts=HELD_OUT)
    assert [row.context for row in rows] == [context.key for context in HELD_OUT]
    assert not {c.key for c in HELD_OUT} & {c.key for c in CONTEXTS}
    assert {row.propose for row in rows} == {True, False}
