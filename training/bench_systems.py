"""The systems ``lakmoes benchmark`` compares, each built the way its users would set it up for Dutch.

Every builder imports its library itself, and this module imports nothing of Lakmoes at the top, so that the
worker process measures each system's own start-up and memory. ``predict`` returns plain dicts with the keys
of :class:`~training.metrics.Prediction` (Lakmoes kinds and grounds); entities without a Woo ground (dates,
URLs, ages) are dropped and counted.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import Any

Prediction = dict[str, Any]  # start, end, kind, ground, source

# Presidio entity → (Lakmoes kind, ground): personal data under 5.1(2)e, organisations as supplier data.
PRESIDIO_MAP: dict[str, tuple[str, str]] = {
    "PERSON": ("PERSON", "5.1(2)e"),
    "EMAIL_ADDRESS": ("EMAIL_ADDRESS", "5.1(2)e"),
    "PHONE_NUMBER": ("PHONE_NUMBER", "5.1(2)e"),
    "IBAN_CODE": ("IBAN_CODE", "5.1(2)e"),
    "CREDIT_CARD": ("IBAN_CODE", "5.1(2)e"),
    "LOCATION": ("ADDRESS", "5.1(2)e"),
    "IP_ADDRESS": ("KENMERK", "5.1(2)e"),
    "MEDICAL_LICENSE": ("KENMERK", "5.1(2)e"),
    "NRP": ("SPECIAL_CATEGORY", "5.1(1)d"),
    "ORGANIZATION": ("ORGANIZATION", "5.1(1)c"),
}
# deduce tag (its first part, before "+") → (Lakmoes kind, ground).
DEDUCE_MAP: dict[str, tuple[str, str]] = {
    "persoon": ("PERSON", "5.1(2)e"),
    "patient": ("PERSON", "5.1(2)e"),
    "voornaam": ("PERSON", "5.1(2)e"),
    "achternaam": ("PERSON", "5.1(2)e"),
    "initiaal": ("PERSON", "5.1(2)e"),
    "locatie": ("ADDRESS", "5.1(2)e"),
    "straat": ("ADDRESS", "5.1(2)e"),
    "telefoonnummer": ("PHONE_NUMBER", "5.1(2)e"),
    "emailadres": ("EMAIL_ADDRESS", "5.1(2)e"),
    "bsn": ("NL_BSN", "5.1(1)e"),
    "id": ("KENMERK", "5.1(2)e"),
    "ziekenhuis": ("ORGANIZATION", "5.1(1)c"),
    "zorginstelling": ("ORGANIZATION", "5.1(1)c"),
    "instelling": ("ORGANIZATION", "5.1(1)c"),
}
SYSTEM_NAMES = ("lakmoes", "presidio", "deduce", "spacy")


class SystemUnavailable(RuntimeError):
    """A system whose library is not installed; the benchmark says so and goes on."""


@dataclass
class System:
    """A built system: ``predict(text)`` plus what it is made of."""

    name: str
    predict: Callable[[str], list[Prediction]]
    versions: dict[str, str]
    dropped: Counter[str] = field(default_factory=Counter)
    predict_many: Callable[[list[str]], list[list[Prediction]]] | None = None  # a batch API, if the system has one


def build(name: str, config: Path | None = None) -> System:
    """Build system ``name``; raise :class:`SystemUnavailable` when its library is missing."""
    builders: dict[str, Callable[[Path | None], System]] = {
        "lakmoes": _lakmoes,
        "presidio": _presidio,
        "deduce": _deduce,
        "spacy": _spacy_tokenizer,
    }
    if name not in builders:
        raise ValueError(f"unknown system {name!r}; choose from {', '.join(SYSTEM_NAMES)}")
    return builders[name](config)


def _prediction(start: int, end: int, kind: str, ground: str | None, source: str) -> Prediction:
    return {"start": start, "end": end, "kind": kind, "ground": ground, "source": source}


def _versions(*packages: str) -> dict[str, str]:
    found = {}
    for package in packages:
        try:
            found[package] = metadata.version(package)
        except metadata.PackageNotFoundError:
            found[package] = "not installed"
    return found


def _lakmoes(config: Path | None) -> System:
    from detector.detector import Detector
    from detector.process import freeze_built_objects
    from detector.settings import load_settings

    detector = Detector(load_settings(config))
    freeze_built_objects()  # as the service's and `lakmoes analyze --jobs`'s workers do

    def predictions(suggestions: list[Any]) -> list[Prediction]:
        return [_prediction(s.start, s.end, s.entity_type, s.ground, s.recognizer) for s in suggestions]

    def predict(text: str) -> list[Prediction]:
        return predictions(detector.analyze(text))

    def predict_many(texts: list[str]) -> list[list[Prediction]]:
        return [predictions(analysis.suggestions) for analysis in detector.analyze_many(texts)]

    versions = _versions("lakmoes", "spacy", "presidio-analyzer")
    versions["pipeline"] = detector.pipeline.loaded
    return System("lakmoes", predict, versions, predict_many=predict_many)


def _presidio(config: Path | None) -> System:
    try:
        import spacy
        from presidio_analyzer import AnalyzerEngine, RecognizerRegistry
        from presidio_analyzer.nlp_engine import SpacyNlpEngine
    except ImportError as error:
        raise SystemUnavailable(f"presidio-analyzer is not installed ({error}); pip install 'lakmoes[bench]'") from None
    # As documented for a new language: a spaCy engine for "nl" and the predefined recognizers for "nl".
    # nl_core_news_lg cannot be downloaded here, so the engine gets the blank Dutch pipeline instead.
    engine = SpacyNlpEngine(models=[{"lang_code": "nl", "model_name": "nl_core_news_lg"}])
    try:
        engine.nlp = {"nl": spacy.load("nl_core_news_lg")}
        pipeline = "nl_core_news_lg"
    except OSError:
        engine.nlp = {"nl": spacy.blank("nl")}
        pipeline = "blank:nl"
    registry = RecognizerRegistry(supported_languages=["nl"])
    registry.load_predefined_recognizers(languages=["nl"], nlp_engine=engine)
    analyzer = AnalyzerEngine(registry=registry, nlp_engine=engine, supported_languages=["nl"])
    dropped: Counter[str] = Counter()

    def predict(text: str) -> list[Prediction]:
        found = []
        for result in analyzer.analyze(text=text, language="nl"):
            mapped = PRESIDIO_MAP.get(result.entity_type)
            if mapped is None:
                dropped[result.entity_type] += 1
                continue
            found.append(_prediction(result.start, result.end, *mapped, result.entity_type))
        return found

    versions = {**_versions("presidio-analyzer", "spacy"), "pipeline": pipeline}
    return System("presidio", predict, versions, dropped)


def _deduce(config: Path | None) -> System:
    try:
        from deduce import Deduce
    except ImportError as error:
        raise SystemUnavailable(f"deduce is not installed ({error}); pip install 'lakmoes[bench]'") from None
    deduce = Deduce()
    dropped: Counter[str] = Counter()

    def predict(text: str) -> list[Prediction]:
        found = []
        for annotation in deduce.deidentify(text).annotations:
            mapped = _deduce_tag(annotation.tag)
            if mapped is None:
                dropped[annotation.tag] += 1
                continue
            found.append(_prediction(annotation.start_char, annotation.end_char, *mapped, annotation.tag))
        return found

    return System("deduce", predict, _versions("deduce", "docdeid"), dropped)


def _deduce_tag(tag: str) -> tuple[str, str] | None:
    """Composite tags such as ``prefix+initiaal+naam`` are names; otherwise the first known part decides."""
    parts = tag.split("+")
    if any(p in {"naam", "voornaam", "achternaam", "initiaal", "pseudo_name"} for p in parts):
        return DEDUCE_MAP["persoon"]
    for part in parts:
        if part in DEDUCE_MAP:
            return DEDUCE_MAP[part]
    return None


def _spacy_tokenizer(config: Path | None) -> System:
    import spacy

    tokenizer = spacy.blank("nl").tokenizer

    def predict(text: str) -> list[Prediction]:
        tokenizer(text)
        return []

    return System("spacy", predict, {**_versions("spacy"), "pipeline": "blank:nl tokenizer"})
