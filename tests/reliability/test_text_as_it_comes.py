"""Text as it comes: stray NULs and control characters are read, offsets stay in the text as read, only dense
binary is refused (with the share and the setting), UTF-16 without a byte order mark is read."""

from __future__ import annotations

import pytest

from detector import Detector, normalise
from detector.extract import ExtractionError, extract_bytes
from detector.extract.limits import Limits
from detector.normalise import for_detection
from detector.settings import Settings

LETTER = "Geachte heer Jansen,\n\nUw aanvraag van 12 maart is ontvangen. Mail naar j.jansen@example.nl.\n"


@pytest.fixture(scope="module")
def limits() -> Limits:
    return Limits.from_settings(Settings(_env_file=None))


@pytest.mark.parametrize("position", [10, 3_000, 5_000])
def test_a_few_nuls_anywhere_are_read_as_text(limits: Limits, position: int) -> None:
    text = (LETTER * 100)[:position] + "\x00\x00" + (LETTER * 100)[position:] + "\x00"
    document = extract_bytes(text.encode(), "brief.txt", limits=limits)
    assert document.text == text  # nothing stripped, so every offset is into the text as read


def test_control_characters_are_read_as_text(limits: Limits) -> None:
    text = "Kop\x01\x02\x1b[0m\n" + LETTER * 5 + "\x7f"
    assert extract_bytes(text.encode(), "log.txt", limits=limits).text == text


def test_dense_binary_is_refused_with_the_share_and_the_setting(limits: Limits) -> None:
    binary = bytes(range(256)) * 64
    with pytest.raises(ExtractionError) as caught:
        extract_bytes(binary, "data.bin", limits=limits)
    message = str(caught.value)
    assert message.startswith("data.bin: dit lijkt een binair bestand, geen tekst: ")
    assert "van de eerste 16384 bytes zijn stuurtekens (grens max_control_char_ratio = 5%)" in message


def test_the_binary_threshold_is_a_setting() -> None:
    text = ("abc\x00" * 100).encode()  # 25% NUL
    strict = Limits.from_settings(Settings(_env_file=None))
    lenient = Limits.from_settings(Settings(_env_file=None, max_control_char_ratio=0.5))
    with pytest.raises(ExtractionError, match="25%"):
        extract_bytes(text, "x.txt", limits=strict)
    assert extract_bytes(text, "x.txt", limits=lenient).text == "abc\x00" * 100


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be", "utf-16"])
def test_utf16_with_or_without_bom_is_read(limits: Limits, encoding: str) -> None:
    text = LETTER + "Één café, één crème brûlée.\n"
    assert extract_bytes(text.encode(encoding), "brief.txt", limits=limits).text == text


def test_cp1252_is_still_detected(limits: Limits) -> None:
    text = "Geachte heer Jansen, uw café-aanvraag van € 1.250 is ontvangen.\n" * 3
    assert extract_bytes(text.encode("cp1252"), "brief.txt", limits=limits).text == text


def test_normalisation_keeps_length_and_layout() -> None:
    text = "a\u202eb\x00c\td\ne\u200bf\u2066g\u2028h"
    normalised = for_detection(text)
    assert len(normalised) == len(text)
    assert normalised == "a b c\td\ne f g\nh"


def test_each_hidden_character_alone_is_replaced_and_other_text_is_kept() -> None:
    """The quick check for hidden characters must know every one of them: a text holding one only still changes."""
    for code, replacement in normalise._table().items():
        assert for_detection(f"Jan{chr(code)}sen") == f"Jan{replacement}sen", hex(code)
    text = "Geachte heer Jansen,\n\tuw café-aanvraag (€ 1.250) is ontvangen.\u00a0Ç'est ça."
    assert for_detection(text) == text


@pytest.fixture(scope="module")
def deny_detector() -> Detector:
    settings = Settings(_env_file=None, deny_list=["Pieter de Vries"], enabled_recognizers=["NlDenyListRecognizer"])
    return Detector(settings)


@pytest.mark.parametrize("hidden", ["\u202e", "\u202b", "\u2067", "\u200f", "\x00", "\x1b", "\u200b"])
def test_a_bidi_or_control_character_before_a_name_does_not_hide_it(deny_detector: Detector, hidden: str) -> None:
    text = f"Ik sprak met{hidden}Pieter de Vries over de aanvraag."
    (suggestion,) = deny_detector.analyze(text)
    assert suggestion.text == "Pieter de Vries" == text[suggestion.start : suggestion.end]


def test_default_detector_finds_a_name_behind_a_right_to_left_override(detector: Detector) -> None:
    clean = "Geachte heer Jansen,\n\nMail naar j.jansen@example.nl of bel 06-12345678.\n"
    hostile = clean.replace("Jansen,", "\u202eJansen,").replace("Mail", "\u2066Mail")
    found = [(s.entity_type, s.text) for s in detector.analyze(clean)]
    assert found and [(s.entity_type, s.text) for s in detector.analyze(hostile)] == found
    for suggestion in detector.analyze(hostile):
        assert hostile[suggestion.start : suggestion.end] == suggestion.text
