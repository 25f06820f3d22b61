"""Contacts of a desk, a team or the organisation itself stay public; a person's direct contact does not."""

from __future__ import annotations

import pytest
from faker import Faker

from recognizers.nl_email import NlEmailRecognizer
from recognizers.nl_phone import NlPhoneRecognizer
from tests.recognizers.assertions import analyze, public_by_evidence

fake = Faker("nl_NL")
Faker.seed(61)
NUMBER = "020 - 555 12 34"
MOBILE = "06-12345678"
NAME = fake.name()


@pytest.fixture(scope="module")
def phone() -> NlPhoneRecognizer:
    return NlPhoneRecognizer()


@pytest.fixture(scope="module")
def email() -> NlEmailRecognizer:
    return NlEmailRecognizer()


def _public(recognizer: NlPhoneRecognizer | NlEmailRecognizer, text: str, value: str) -> bool:
    [result] = [r for r in analyze(recognizer, text) if text[r.start : r.end] == value]
    return public_by_evidence(result)


@pytest.mark.parametrize(
    "text",
    [
        f"Heeft u aanvullende vragen, neem dan contact met ons op met {NUMBER} (lokaal tarief).",
        f"Bel ons op {NUMBER}.",
        f"Het team Bijzondere Zaken is via {NUMBER} bereikbaar.",
        f"U bereikt de Servicedesk Inkomen op {NUMBER}.",
        f"Ons algemene telefoonnummer is {NUMBER}.",
        f"Wij zijn bereikbaar op {NUMBER} (lokaal tarief).",
        f"Provincie Utrecht | Archimedeslaan 6 | 3584 BA Utrecht | T {NUMBER}",  # the body's letterhead or footer
    ],
)
def test_numbers_of_a_desk_or_team_stay_public(phone: NlPhoneRecognizer, text: str) -> None:
    assert _public(phone, text, NUMBER)


@pytest.mark.parametrize(
    "text",
    [
        f"{NAME}\nAfdeling Financiën\nT {MOBILE}",  # a signature block: the direct number of a person
        f"{NAME}, afdeling Financiën, {MOBILE}",  # a department without a linking word
        f"Het team Handhaving, mevrouw {NAME}, is bereikbaar via {MOBILE}.",  # a person between
        f"De servicedesk heeft het verzoek doorgestuurd.\nMijn nummer is {MOBILE}.",  # another sentence
        f"Het team is bereikbaar via Jan ({MOBILE}).",  # a first name between
        f"Gemeente Ede | Behandeld door: J. de Vries | T {MOBILE}",  # a person on the letterhead line
        f"Jansen Advies | T {MOBILE}",  # no public body heads the line
    ],
)
def test_a_persons_number_stays_personal(phone: NlPhoneRecognizer, text: str) -> None:
    assert not _public(phone, text, MOBILE)


@pytest.mark.parametrize(
    ("text", "address"),
    [
        ("Stuur je een e-mail naar de Servicedesk ERD WW (erdww@voorbeeld.nl).", "erdww@voorbeeld.nl"),
        ("Eerste aanspreekpunt is het team Leveren & Services, bereikbaar via lsv@voorbeeld.nl.", "lsv@voorbeeld.nl"),
        ("Aan: Team Ruimtelijke Ontwikkeling <tro@voorbeeld.nl>", "tro@voorbeeld.nl"),  # the header's display name
        ("Gemeente Ede · T 14 0318 · wmo@ede.nl", "wmo@ede.nl"),  # the body's letterhead or footer
        ("Heeft u vragen over dit besluit? Mail dan naar wmo@ede.nl.", "wmo@ede.nl"),  # the reader's contact
    ],
)
def test_mailboxes_of_a_desk_or_team_stay_public(email: NlEmailRecognizer, text: str, address: str) -> None:
    assert _public(email, text, address)


def test_a_persons_mailbox_after_a_team_with_a_name_between_stays_personal(email: NlEmailRecognizer) -> None:
    address = "p.devries@voorbeeld.nl"
    assert not _public(email, f"Het team Inkoop, contactpersoon {NAME}, bereikbaar via {address}.", address)


def test_a_persons_mailbox_in_a_header_after_a_team_stays_personal(email: NlEmailRecognizer) -> None:
    address = "p.jansen@voorbeeld.nl"
    assert not _public(email, f"Aan: Team Inkoop; Jansen <{address}>", address)  # another entry of the header


@pytest.mark.parametrize("address", ["j.devries@ede.nl", "jan.smit@ede.nl"])
def test_a_persons_mailbox_on_the_bodys_letterhead_stays_personal(email: NlEmailRecognizer, address: str) -> None:
    assert not _public(email, f"Gemeente Ede | Postbus 9022 | {address}", address)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Heeft u vragen? Mail naar jan.smit@ede.nl.", "jan.smit@ede.nl"),  # the mailbox names someone
        ("Heeft u vragen? Mail dan mevrouw Smit via wmo@ede.nl.", "wmo@ede.nl"),  # a person in the sentence
        (f"Heeft u vragen? Bel dan {MOBILE}.", MOBILE),  # a mobile number is a person's
        ("Dat is alles. Mail naar wmo@ede.nl.", "wmo@ede.nl"),  # no question before it
    ],
)
def test_a_contact_after_heeft_u_vragen_that_names_someone_stays_personal(
    email: NlEmailRecognizer, phone: NlPhoneRecognizer, text: str, value: str
) -> None:
    assert not _public(phone if value == MOBILE else email, text, value)
