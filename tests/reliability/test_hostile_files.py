"""Hostile files get a clear error naming the limit they hit, or a bounded result; never a crash."""

from __future__ import annotations

import dataclasses
import os
import resource
from pathlib import Path
from types import SimpleNamespace

import pytest

from detector.batch import analyze_file, collect_files
from detector.extract import ExtractionError, extract_bytes
from detector.extract.limits import Limits
from detector.settings import Settings
from tests.formats import builders
from tests.reliability import hostile

DEFAULTS = Limits.from_settings(Settings(_env_file=None))


def _peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


@pytest.mark.parametrize("kind", ["docx", "xlsx", "zip"])
def test_zip_bomb_is_refused_before_it_is_inflated(kind: str) -> None:
    bomb = hostile.zip_bomb(kind, 300_000_000)
    assert len(bomb) < 3_000_000  # it really is a bomb: over a hundred times smaller than what it inflates to
    before = _peak_rss_mb()
    with pytest.raises(ExtractionError, match=r"max_unzipped_bytes = 100000000 \(een zip-bom\?\)") as caught:
        extract_bytes(bomb, f"bom.{kind}", limits=DEFAULTS)
    assert str(caught.value).startswith(f"bom.{kind}: uitgepakt zou het bestand ")
    assert _peak_rss_mb() - before < 50  # nothing was inflated


def test_one_member_inflating_too_far_is_refused_by_ratio() -> None:
    bomb = hostile.zip_bomb("docx", 5_000_000)
    with pytest.raises(ExtractionError, match=r"'word/document.xml' pakt \d+ keer zo groot uit.*max_zip_ratio = 200"):
        extract_bytes(bomb, "brief.docx", limits=DEFAULTS)


def test_an_ordinary_docx_passes_the_zip_checks() -> None:
    document = extract_bytes(builders.letter_docx(), "brief.docx", limits=DEFAULTS)
    assert "Geachte heer Jansen," in document.text


@pytest.mark.parametrize("depth", [1_000, 100_000])
def test_deep_html_gives_its_text(depth: int) -> None:
    document = extract_bytes(hostile.deep_html(depth), "diep.html", limits=DEFAULTS)
    assert document.text.strip() == "Geachte heer Jansen,"


def test_pdf_with_javascript_and_an_attachment_gives_only_its_page_text(letter_pdf: bytes) -> None:
    document = extract_bytes(hostile.pdf_with_javascript_and_attachment(), "brief.pdf", limits=DEFAULTS)
    plain = extract_bytes(letter_pdf, "brief.pdf", limits=DEFAULTS)
    assert document.text == plain.text  # the script is not run, the embedded file is not read into the text
    assert "111222333" not in document.text


@pytest.mark.parametrize("cut", [0.1, 0.5, 0.99])
def test_truncated_pdf_is_refused(letter_pdf: bytes, cut: float) -> None:
    with pytest.raises(ExtractionError, match=r"^half\.pdf: "):
        extract_bytes(letter_pdf[: int(len(letter_pdf) * cut)], "half.pdf", limits=DEFAULTS)


def test_encrypted_pdf_is_refused() -> None:
    with pytest.raises(ExtractionError, match="wachtwoord"):
        extract_bytes(builders.encrypted_pdf(), "geheim.pdf", limits=DEFAULTS)


def test_huge_pdf_is_bounded_by_max_text_chars(tmp_path: Path) -> None:
    path = tmp_path / "rapport.pdf"
    path.write_bytes(builders.many_pages_pdf(40))
    # The limit is checked before any analysis: a stand-in with the settings is enough.
    stand_in = SimpleNamespace(settings=Settings(_env_file=None, max_text_chars=10_000))
    result = analyze_file(path, stand_in)  # type: ignore[arg-type]
    assert result.error is not None and "maximum 10000" in result.error


def test_oversized_attachment_is_skipped_and_the_mail_is_kept() -> None:
    mail = builders.mail_eml(attachment=b"Bijlage met tekst. " * 2000, attachment_name="groot.txt")
    limits = dataclasses.replace(DEFAULTS, max_attachment_bytes=10_000)
    document = extract_bytes(mail, "bericht.eml", limits=limits)
    assert "Hierbij de offerte" in document.text
    assert document.attachments == ()
    (warning,) = document.metadata["warnings"]
    assert "groot.txt" in warning and "max_attachment_bytes = 10000" in warning


def test_attachment_with_too_much_text_is_skipped_and_the_mail_is_kept() -> None:
    mail = builders.mail_eml(attachment=b"Bijlage met tekst. " * 2000, attachment_name="lang.txt")
    limits = dataclasses.replace(DEFAULTS, max_text_chars=1_000)
    document = extract_bytes(mail, "bericht.eml", limits=limits)
    assert "Hierbij de offerte" in document.text and document.attachments == ()
    assert "max_text_chars = 1000" in document.metadata["warnings"][0]


def test_attachment_within_the_limits_is_read() -> None:
    mail = builders.mail_eml(attachment=b"Bijlage voor Jansen.", attachment_name="klein.txt")
    (attachment,) = extract_bytes(mail, "bericht.eml", limits=DEFAULTS).attachments
    assert attachment.text == "Bijlage voor Jansen."


def test_symlink_loop_in_a_folder_walk_ends(tmp_path: Path) -> None:
    (tmp_path / "brief.txt").write_text("Geachte heer Jansen,")
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "terug").symlink_to(tmp_path, target_is_directory=True)
    (tmp_path / "sub" / "zelf").symlink_to(tmp_path / "sub" / "zelf")  # a link to itself
    files = collect_files([tmp_path])
    assert files == [tmp_path / "brief.txt"]
    assert os.path.islink(tmp_path / "sub" / "zelf")
