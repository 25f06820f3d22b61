"""Officials introduced by a plural title with their party, and a gemeentesecretaris signing, stay public with a
reason; the civil servant in the same minute and a chat's planning are handled as usual."""

from __future__ import annotations

from faker import Faker

from detector import Detector

fake = Faker("nl_NL")
Faker.seed(1412)


def _surname() -> str:
    """A one-word Faker surname (an interfix or a title word such as 'de Koning' would test something else)."""
    while " " in (name := fake.last_name()):
        pass
    return name


COUNCILLORS = [_surname() for _ in range(3)]
OFFICER = _surname()
SECRETARY = _surname()

MINUTE = f"""\
Notulen commissie Bestuur, 12 maart 2024

Aanwezig: de voorzitter, raadsleden dhr. P. {COUNCILLORS[0]} (VVD), mw. S. {COUNCILLORS[1]} (D66),
dhr. K. {COUNCILLORS[2]} (GroenLinks-PvdA)
Namens de ambtelijke organisatie: mw. L. {OFFICER} (beleidsadviseur).

1. Opening
De voorzitter opent de vergadering.

Het college van burgemeester en wethouders,
de gemeentesecretaris,
drs. M.A. {SECRETARY}
"""

CHAT = """\
[09:12] Sanne: Goedemorgen, heb je het stuk al gezien?
[09:14] Koen: Ja, ik kijk er vanmiddag naar. Dank je wel voor het sturen.
[09:15] Sanne: Top. Kunnen we donderdag om 10.00 uur bellen over de planning?
"""


def test_council_minute_with_listed_councillors(detector: Detector) -> None:
    analysis = detector.run(MINUTE)
    assert analysis.doc_type == "verslag"
    public = {s.text: s.reason for s in analysis.public if s.entity_type == "PERSON"}
    for initial, name in zip("PSK", COUNCILLORS, strict=True):
        assert "raadslid" in (public[f"{initial}. {name}"] or "")
    assert "gemeentesecretaris" in (public[f"M.A. {SECRETARY}"] or "")
    assert [s.text for s in analysis.suggestions if s.entity_type == "PERSON"] == [f"L. {OFFICER}"]


def test_a_party_without_a_plural_title_keeps_the_name_private(detector: Detector) -> None:
    text = f"Insprekers: dhr. P. {COUNCILLORS[0]} (VVD) en mw. S. {COUNCILLORS[1]} (bewoner)."
    assert [s.text for s in detector.analyze(text)] == [f"P. {COUNCILLORS[0]}", f"S. {COUNCILLORS[1]}"]


def test_chat_thanks_questions_and_planning_are_no_opinions(detector: Detector) -> None:
    analysis = detector.run(CHAT)
    assert analysis.doc_type == "chat"
    assert [s for s in analysis.suggestions if s.entity_type == "POLICY_OPINION"] == []


ALDERMEN = [_surname() for _ in range(3)]


def test_a_plural_title_over_a_list_of_names_without_parties(detector: Detector) -> None:
    text = (
        f"Aanwezig: burgemeester A. {SECRETARY} (voorzitter), wethouders K. {ALDERMEN[0]}, Th. {ALDERMEN[1]} en "
        f"P. van {ALDERMEN[2]}, gemeentesecretaris L. {OFFICER}.\n"
    )
    public = {s.text: s.reason for s in detector.run(text).public if s.entity_type == "PERSON"}
    for name in (f"K. {ALDERMEN[0]}", f"Th. {ALDERMEN[1]}", f"P. van {ALDERMEN[2]}"):  # "Th.": a Dutch initial
        assert "wethouder" in (public[name] or "")
    assert "gemeentesecretaris" in (public[f"L. {OFFICER}"] or "")


def test_a_name_after_a_plural_title_and_other_words_is_not_listed(detector: Detector) -> None:
    text = f"De wethouders overlegden met mevrouw K. {ALDERMEN[0]}, een bewoner."
    assert [s.text for s in detector.analyze(text)] == [f"K. {ALDERMEN[0]}"]
