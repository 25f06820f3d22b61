"""A person found in one document is proposed in the other documents of the request, in other spellings."""

from __future__ import annotations

from detector.document import Suggestion
from detector.request.mention import RECOGNIZER
from detector.request.persons import PersonFinder, persons_of


def person(text: str, start: int = 0, ground: str = "5.1(2)e") -> Suggestion:
    return Suggestion(start, start + len(text), text, "PERSON", ground, 0.9, "Naam.", "test")


def found(finder: PersonFinder, text: str) -> list[str]:
    return [text[start:end] for start, end, _ in finder.mentions(text)]


def test_other_spellings_of_a_person_are_found() -> None:
    finder = PersonFinder(persons_of([("mail-1.eml", [person("Jan de Vries")])]))
    text = ("Met J. de Vries en J.M. De Vries gesproken; de heer De Vries belt terug. Zonder tussenvoegsel: J. Vries. "
            "Omgekeerd: Vries, J. de en De Vries, Jan.")  # fmt: skip
    assert found(finder, text) == [
        "J. de Vries", "J.M. De Vries", "De Vries", "J. Vries", "Vries, J. de", "De Vries, Jan",
    ]  # fmt: skip


def test_a_given_name_with_the_same_initial_counts_for_initials() -> None:
    finder = PersonFinder(persons_of([("a.txt", [person("P. Bakker")])]))
    assert found(finder, "Piet Bakker schreef aan Bakker, P.") == ["Piet Bakker", "Bakker, P."]


def test_other_people_with_the_same_surname_are_not_proposed() -> None:
    finder = PersonFinder(persons_of([("a.txt", [person("Jan de Vries")])]))
    assert found(finder, "K. de Vries en wethouder De Vries en de Vries-kade.") == []


def test_propose_skips_places_already_suggested_and_says_where_the_person_came_from() -> None:
    finder = PersonFinder(persons_of([("mail-1.eml", [person("Jan de Vries")])]))
    text = "Jan de Vries belde. Later schreef J. de Vries een mail."
    existing = [person("Jan de Vries")]
    new = finder.propose(text, existing)
    assert [(s.text, s.ground, s.recognizer) for s in new] == [("J. de Vries", "5.1(2)e", RECOGNIZER)]
    assert "mail-1.eml" in new[0].explanation


def test_only_names_proposed_under_privacy_are_spread() -> None:
    public = Suggestion(0, 12, "Jan de Vries", "PERSON", "5.1(1)c", 0.9, "x", "test")
    assert persons_of([("a.txt", [public, person("de Vries")])]) == []
