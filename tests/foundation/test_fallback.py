"""Without nl_core_news_lg Lakmoes falls back to blank('nl') with one clear warning, and still works."""

from __future__ import annotations

import logging

import pytest

from detector.nlp import load_language
from detector.settings import Settings


def test_missing_model_falls_back_with_a_clear_warning(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger="detector.nlp"):
        nlp, info = load_language("nl_model_that_does_not_exist")
    warnings = [r for r in caplog.records if r.levelno == logging.WARNING]
    assert len(warnings) == 1
    message = warnings[0].getMessage()
    assert "nl_model_that_does_not_exist" in message and "blank:nl" in message
    assert "python -m spacy download" in message
    assert info.fallback is True and info.loaded == "blank:nl" and info.has_ner is False
    assert nlp.lang == "nl"
    assert "sentencizer" in nlp.pipe_names
    doc = nlp("Dit is een zin. Dit is er nog een.")
    assert len(list(doc.sents)) == 2


def test_a_real_installed_pipeline_is_loaded_by_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    """The model name is configurable: a saved pipeline on disk loads without fallback."""
    import spacy

    saved = spacy.blank("nl")
    saved.add_pipe("sentencizer")
    saved.to_disk(tmp_path / "mini_nl")
    nlp, info = load_language(str(tmp_path / "mini_nl"))
    assert info.fallback is False
    assert nlp.pipe_names == ["sentencizer"]


def test_detector_reports_the_fallback_honestly() -> None:
    from detector import Detector

    detector = Detector(Settings(_env_file=None, spacy_model="nl_core_news_lg_absent"))
    info = detector.info()
    assert info["pipeline"]["fallback"] is True  # type: ignore[index]
    assert info["pipeline"]["requested"] == "nl_core_news_lg_absent"  # type: ignore[index]
