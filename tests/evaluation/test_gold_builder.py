"""The gold builder on a small marker document written for these tests (data/markers.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
import regex
from typer.testing import CliRunner

from detector.cli import app
from recognizers.checksums import elfproef as bsn_is_valid
from recognizers.checksums import iban_is_valid
from training.gold import build_gold
from training.gold_format import GoldDoc, read_gold
from training.gold_markers import clean_line, find_runs
from training.synthetic import Synthesizer

FIXTURE = Path(__file__).parent / "data" / "markers.md"
E, C = "5.1(2)e", "5.1(1)c"

# (kind, grounds) of every scored span, in order, as a reviewer reading the fixture would label them.
EXPECTED = [
    [
        ("PERSON", (E,)),  # T.a.v. 5.1(2)e 5.1(2)e: one name in two boxes
        ("KENMERK", (E,)),  # Ons kenmerk: [redacted] (no code: the usual ground of a letter reference)
        ("PERSON", (E,)),  # Geachte heer [redacted]
        ("PHONE_NUMBER", (E,)),  # Tel. 5.1(2)e
        ("EMAIL_ADDRESS", (E,)),  # per e-mail: 5.1(2)e
        ("IBAN_CODE", (E,)),
        ("NL_BSN", ("5.1(1)e",)),
        ("NL_KVK", (C,)),
        ("AMOUNT", (C,)),  # tariff column
        ("AMOUNT", (C,)),  # total column
        ("AMOUNT", (C,)),  # Subtotaal row
        ("AMOUNT", (C,)),  # btw row
        ("AMOUNT", (C,)),  # € 5.1(1)c in a sentence
        ("ORGANIZATION", (C,)),  # tussen 5.1(1)c en de gemeente
        ("PERSON", (E,)),  # under "Met vriendelijke groet,"
    ],
    [
        ("PERSON", (E,)),  # Aan
        ("PERSON", (E,)),  # Van [redacted]
        ("POLICY_OPINION", ("5.2(1)", "5.1(2)i")),
        ("PHONE_NUMBER", (E,)),  # telefoon (036) 10(2): incomplete code, the phone's usual ground
        ("ORDER_NUMBER", ("5.1(5)",)),  # Kostenplaatsnummer: 10(2)g
    ],
]


@pytest.fixture(scope="module")
def docs() -> list[GoldDoc]:
    return build_gold([(FIXTURE.name, FIXTURE.read_text(encoding="utf-8"))], seed=3)


def values(doc: GoldDoc, kind: str) -> list[str]:
    return [doc.text[s.start : s.end] for s in doc.scored if s.kind == kind]


def test_documents_are_split_at_a_new_title(docs: list[GoldDoc]) -> None:
    assert [(d.doc_id, d.source) for d in docs] == [("markers-01", "markers.md:1"), ("markers-02", "markers.md:33")]
    assert docs[1].text.startswith("Intern memo\n")


def test_kinds_and_grounds_follow_the_context(docs: list[GoldDoc]) -> None:
    assert [[(s.kind, s.grounds) for s in d.scored] for d in docs] == EXPECTED


def test_ignore_regions(docs: list[GoldDoc]) -> None:
    first, second = docs
    # hours column, a whole-line 5.1(1)c and the text block under it
    assert [(s.grounds, s.ignore) for s in first.ignored] == [((C,), True)] * 3
    assert first.text[first.ignored[0].start : first.ignored[0].end].isdigit()
    # "Buiten scope" on its own line and the block it labels
    assert [s.grounds for s in second.ignored] == [("buiten scope",), ("buiten scope",)]
    assert all(s.kind is None for d in docs for s in d.ignored)


def test_synthetic_values_are_realistic(docs: list[GoldDoc]) -> None:
    first, second = docs
    assert regex.fullmatch(r"(?:[A-Z]\.){1,3} \S.*", values(first, "PERSON")[0])
    assert "heer " + values(first, "PERSON")[1] in first.text
    assert all(iban_is_valid(v) for v in values(first, "IBAN_CODE"))
    assert all(bsn_is_valid(v) for v in values(first, "NL_BSN"))
    assert regex.fullmatch(r"\d{8}", values(first, "NL_KVK")[0])
    assert regex.fullmatch(r"[\w.]+@[\w.]+\.\w+", values(first, "EMAIL_ADDRESS")[0])
    amounts = values(first, "AMOUNT")
    assert all(regex.fullmatch(r"(?:€ )?\d{1,3}(?:\.\d{3})*(?:,00|,-)?", a) for a in amounts)
    assert not amounts[-1].startswith("€")  # the text already has "€ " before it
    assert regex.fullmatch(r"\d{3} \d{2} \d{2}", values(second, "PHONE_NUMBER")[0])  # after "(036) "
    assert values(second, "POLICY_OPINION")[0].endswith(".")


def test_every_marker_is_replaced_but_quoted_codes_stay(docs: list[GoldDoc]) -> None:
    text = "\n".join(d.text for d in docs)
    assert "redacted" not in text.lower() and "10(2)" not in text and "5.2(1)" not in text
    assert "voorzien van de aanduiding: 5.1(2)f." in text
    assert "1a Offerte netwerkanalyse\t5.1 (2)e/ 5.1(1)c" in text
    assert "Onder vermelding van “buiten scope” zijn passages weggelakt." in text


def test_same_seed_same_gold_other_seed_other_values(docs: list[GoldDoc]) -> None:
    again = build_gold([(FIXTURE.name, FIXTURE.read_text(encoding="utf-8"))], seed=3)
    other = build_gold([(FIXTURE.name, FIXTURE.read_text(encoding="utf-8"))], seed=4)
    assert again == docs
    assert [d.text for d in other] != [d.text for d in docs]
    assert [[(s.kind, s.grounds, s.ignore) for s in d.spans] for d in other] == [
        [(s.kind, s.grounds, s.ignore) for s in d.spans] for d in docs
    ]


@pytest.mark.parametrize(
    ("line", "runs"),
    [
        ("T.a.v. 5.1(2)e 5.1(2)e", ["5.1(2)e 5.1(2)e"]),
        ("tussen 5.1(2)e en 5.1(2)e van 5.1(1)c.", ["5.1(2)e", "5.1(2)e", "5.1(1)c"]),  # same code + "en": two values
        ("verwijst 5.2(1) en 5.1(2)i [redacted].", ["5.2(1) en 5.1(2)i [redacted]"]),  # two grounds: one value
        ("[redacted]\t[redacted]", ["[redacted]", "[redacted]"]),  # table cells stay apart
        ("Via www.5.1(1)c.nl of @5.1(1)c", ["5.1(1)c", "5.1(1)c"]),
        ("Zie artikel 5.1, eerste lid, onder c", []),
        ("Alle bedragen in euro 5.000", []),
    ],
)
def test_marker_runs(line: str, runs: list[str]) -> None:
    assert [line[r.start : r.end] for r in find_runs(line)] == runs


@pytest.mark.parametrize(
    ("raw", "clean", "heading"),
    [
        ("### **3.3 Opstellen profiel**", "3.3 Opstellen profiel", True),
        ("De kosten bedragen <sup>5.1(1)c</sup> per dag", "De kosten bedragen 5.1(1)c per dag", False),
        ("via [almere.nl/bezwaar](https://almere.nl/bezwaar).", "via almere.nl/bezwaar.", False),
        ("---", "", False),
        ("Totaal\t\t5.1(1)c\t", "Totaal\t\t5.1(1)c\t", False),  # trailing tabs keep the table's columns
    ],
)
def test_clean_line(raw: str, clean: str, heading: bool) -> None:
    assert clean_line(raw) == (clean, heading)


def test_synthesizer_checksums_hold_for_many_values() -> None:
    synth = Synthesizer(11)
    assert all(iban_is_valid(synth.iban()) for _ in range(200))
    assert all(bsn_is_valid(synth.bsn()) for _ in range(200))
    assert not iban_is_valid("NL00ABNA0123456789") and not bsn_is_valid("123456789")
    assert not bsn_is_valid("000000000")


def test_build_gold_command(tmp_path: Path, docs: list[GoldDoc]) -> None:
    out = tmp_path / "gold.jsonl"
    result = CliRunner().invoke(app, ["build-gold", str(FIXTURE), "--out", str(out), "--seed", "3"])
    assert result.exit_code == 0, result.output
    assert "2 documenten, 20 spans, 5 genegeerde gebieden" in result.output
    assert read_gold(out) == docs


def test_build_gold_command_refuses_unreadable_input(tmp_path: Path) -> None:
    bad = tmp_path / "bad.md"
    bad.write_bytes(b"\xff\xfe\x00 broken")
    result = CliRunner().invoke(app, ["build-gold", str(bad), "--out", str(tmp_path / "g.jsonl")])
    assert result.exit_code == 2
    assert "cannot read" in result.output
