"""E-mail: personal addresses → 5.1(2)e; functional mailboxes stay public; no network, own validation."""

from __future__ import annotations

import pytest

from recognizers.nl_email import NlEmailRecognizer, valid_local_part
from tests.recognizers.assertions import (
    analyze,
    assert_privacy_metadata,
    assert_result,
    found_texts,
    public_texts,
    suggested_texts,
)


@pytest.fixture(scope="module")
def email() -> NlEmailRecognizer:
    return NlEmailRecognizer(functional_prefixes=["VTH"])


@pytest.mark.parametrize(
    "address",
    [
        "j.devries@almere.nl",
        "fatima1987@gmail.com",
        "p.jansen@minvenj.nl",
        "Linda.Schouten@Adviesbureau.NL",
        "a.el-amrani+woo@outlook.com",
        "k.yilmaz@sub.domein.gemeente.nl",
    ],
)
def test_personal_addresses_are_suggested(email: NlEmailRecognizer, address: str) -> None:
    text = f"Mail naar {address}, dan hoor je het."
    (result,) = analyze(email, text)
    assert_result(result, "EMAIL_ADDRESS", 10, 10 + len(address), min_score=0.9)
    assert_privacy_metadata(result, text)


@pytest.mark.parametrize(
    "address",
    [
        "info@almere.nl",
        "crediteuren@almere.nl",
        "woo@almere.nl",
        "secretariaat@ggd.nl",
        "noreply@almere.nl",
        "woo-verzoeken@almere.nl",
        "Info@Almere.nl",
        "vth@almere.nl",  # configured
        "bestuurszaken@almere.nl",
        # Dutch words only, no name: what a desk is called
        "jeugd@almere.nl",
        "afval@almere.nl",
        "evenementen@almere.nl",
        "jeugdzorg@almere.nl",
        "verkeersveiligheid@almere.nl",
        "klantenservice@almere.nl",
    ],
)
def test_functional_addresses_stay_public(email: NlEmailRecognizer, address: str) -> None:
    text = f"Vragen? Mail {address}."
    assert suggested_texts(email, text) == []
    assert public_texts(email, text) == [address]


def test_configured_prefix_only_in_that_recognizer() -> None:
    assert suggested_texts(NlEmailRecognizer(), "vth@almere.nl") == ["vth@almere.nl"]


@pytest.mark.parametrize("address", ["groen@almere.nl", "pjansen@almere.nl", "kowalczyk@almere.nl", "jan@almere.nl"])
def test_a_name_or_an_unknown_word_is_personal(address: str) -> None:
    """A surname that is also a word (``groen``), initial and surname, or a word no list knows: a person's."""
    assert suggested_texts(NlEmailRecognizer(), address) == [address]


@pytest.mark.parametrize(
    "text",
    [
        "jan@@almere.nl",
        "jan@almere",
        "@almere.nl",
        "jan@.nl",
        "jan@-almere.nl",
        ".jan@almere.nl",
        "jan..piet@almere.nl",
        "www.almere.nl/contact",
        "almere.nl/contactformulier",
        "5.1(2)e@ 5.1(1)c",
    ],
)
def test_invalid_or_no_addresses(email: NlEmailRecognizer, text: str) -> None:
    assert found_texts(email, text) == []


def test_markdown_link_finds_both_visible_and_link_address(email: NlEmailRecognizer) -> None:
    text = "[j.devries@almere.nl](mailto:j.devries@almere.nl)"
    assert found_texts(email, text) == ["j.devries@almere.nl", "j.devries@almere.nl"]


@pytest.mark.parametrize(("local", "valid"), [("j.devries", True), (".j", False), ("j.", False), ("a..b", False)])
def test_local_part(local: str, valid: bool) -> None:
    assert valid_local_part(local) is valid


def test_long_input_is_handled(email: NlEmailRecognizer) -> None:
    text = ("a" * 100_000) + "@" + ("b." * 10) + " j@x.nl"
    assert found_texts(email, text)[-1:] == ["j@x.nl"]


@pytest.mark.parametrize(
    "address",
    ["contactpersoonwoo@uwv.nl", "postbusJZ@uwv.nl", "meldmisbruiknow@uwv.nl", "gegevensdiensten@uwv.nl",
     "subsidies@provincie.nl", "CentraleMailbox-control@rijksoverheid.nl", "teammailbox@gemeente.nl",
     "mailbox.inkomen@provincie.nl", "beleid@minbzk.nl", "dossierbeheer@provincie-utrecht.nl",
     "griffie@gemeente.nl", "vergunningen@waterschap.nl"],
)
def test_mailboxes_named_after_a_function_stay_public(address: str) -> None:
    assert suggested_texts(NlEmailRecognizer(), f"Mail naar {address}.") == []


@pytest.mark.parametrize("address", ["jeroen.zakenman@example.nl", "m.postma@example.nl", "s.dewit@example.nl"])
def test_personal_addresses_with_a_function_like_part_are_suggested(address: str) -> None:
    assert suggested_texts(NlEmailRecognizer(), f"Mail naar {address}.") == [address]


def test_a_mailbox_name_broken_by_ocr_stays_public() -> None:
    # OCR put a brace inside "postbusJZ@": the glued letters are the mailbox's first part
    assert suggested_texts(NlEmailRecognizer(), "E:\npostbus}JZ@uwv.nl\n") == []
    assert suggested_texts(NlEmailRecognizer(), "Mail naar jan}devries@example.nl.") == ["devries@example.nl"]
