"""Names written surname first in mail headers and lists, and OCR-damaged function lines that are no names."""

from __future__ import annotations

import pytest
from faker import Faker

from recognizers.name_lists import name_lists
from recognizers.nl_person import NlPersonRecognizer
from tests.recognizers.assertions import suggested_texts

fake = Faker("nl_NL")
Faker.seed(14)


@pytest.fixture(scope="module")
def person() -> NlPersonRecognizer:
    return NlPersonRecognizer()


def _people(count: int) -> list[tuple[str, str]]:
    """(first name, surname) pairs from Faker whose first name is in the shipped lists."""
    firsts = name_lists().first_names
    people: list[tuple[str, str]] = []
    while len(people) < count:
        first, last = fake.first_name(), fake.last_name()
        if first in firsts and " " not in last:
            people.append((first, last))
    return people


PEOPLE = _people(6)


@pytest.mark.parametrize(("first", "last"), PEOPLE)
def test_surname_first_in_a_header_is_one_name(person: NlPersonRecognizer, first: str, last: str) -> None:
    initials = f"{first[0]}."
    text = f"Van: {last}, {initials} ({first})\nAan: {last}, {first}\nOnderwerp: planning\n\nHoi allemaal,"
    assert suggested_texts(person, text) == [f"{last}, {initials} ({first})", f"{last}, {first}"]


def test_surname_first_names_on_one_cc_line(person: NlPersonRecognizer) -> None:
    (a_first, a_last), (b_first, b_last) = PEOPLE[:2]
    text = f"CC: {a_last}, {a_first}; {b_last}, {b_first[0]}. ({b_first})\nOnderwerp: overleg"
    assert suggested_texts(person, text) == [f"{a_last}, {a_first}", f"{b_last}, {b_first[0]}. ({b_first})"]


def test_surname_first_names_in_a_list_under_a_label(person: NlPersonRecognizer) -> None:
    names = [
        f"{last}, {first[0]}. ({first})" if i % 2 else f"{last}, {first}" for i, (first, last) in enumerate(PEOPLE)
    ]
    text = "Aanwezig:\n" + "\n".join(names) + "\n\nVerslag van het overleg."
    assert suggested_texts(person, text) == names


def test_names_in_the_usual_order_after_a_label_stay_apart(person: NlPersonRecognizer) -> None:
    (a_first, a_last), (b_first, b_last) = PEOPLE[:2]
    text = f"Aanwezig: {a_first} {a_last}, {b_first} {b_last} (notulist)"
    assert suggested_texts(person, text) == [f"{a_first} {a_last}", f"{b_first} {b_last}"]


def test_a_reference_list_is_no_header(person: NlPersonRecognizer) -> None:
    (first, last), _ = PEOPLE[:2]
    text = f"Literatuur\n{last}, {first[0]}. (2010). Een onderzoek naar werk en inkomen."
    assert suggested_texts(person, text) == []


@pytest.mark.parametrize("line", ["Juridisch Xdviseur", "Stafmedewerker Secretariaat", "Senior Beleidsmedewerkcr"])
def test_a_damaged_or_compound_function_line_is_no_name(person: NlPersonRecognizer, line: str) -> None:
    first, last = PEOPLE[0]
    text = f"Met vriendelijke groet,\n\n{line}\n\nDirectie Juridische Zaken"
    assert suggested_texts(person, text) == []
    signed = f"Met vriendelijke groet,\n\n{first} {last}\n{line}\n"
    assert suggested_texts(person, signed) == [f"{first} {last}"]
