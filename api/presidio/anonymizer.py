"""Presidio's ``/anonymize`` with presidio-anonymizer's own engine, plus the ``woo`` operator that writes the
Woo ground (``[5.1(2)e]``) in place of a value, so the anonymised text reads like a Woo release."""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from presidio_anonymizer import AnonymizerEngine
from presidio_anonymizer import operators as presidio_operators
from presidio_anonymizer.entities import InvalidParamError, OperatorConfig, RecognizerResult
from presidio_anonymizer.operators import Operator, OperatorType
from presidio_anonymizer.services.app_entities_convertor import AppEntitiesConvertor

from api.presidio.mapping import lakmoes_types
from detector.export import marker
from detector.ground_parser import parse_ground
from detector.grounds import UnknownGround
from detector.grounds_rules import ground_rules

WOO = "woo"
DEFAULT = "DEFAULT"  # Presidio's key for the operator of every entity type without its own
_SEP = "\x1f"  # joins an entity type and a ground into the engine-internal key of one woo-anonymised result


class WooGround(Operator):
    """Replace the value with its Woo ground in brackets; ``params["ground"]`` is a code such as ``5.1(2)e``."""

    def operate(self, text: str | None = None, params: dict | None = None) -> str:
        return marker(parse_ground(str((params or {})["ground"])))

    def validate(self, params: dict | None = None) -> None:
        ground = (params or {}).get("ground")
        if not isinstance(ground, str):
            raise InvalidParamError("Expected parameter ground")
        try:
            parse_ground(ground)
        except UnknownGround as error:
            raise InvalidParamError(str(error)) from None

    def operator_name(self) -> str:
        return WOO

    def operator_type(self) -> OperatorType:
        return OperatorType.Anonymize


@lru_cache(maxsize=1)
def engine() -> AnonymizerEngine:
    """presidio-anonymizer's engine with the ``woo`` operator, without ``surrogate_ahds``: that one sends the
    text to an Azure service, and Lakmoes never sends document text elsewhere."""
    anonymizer = AnonymizerEngine()
    anonymizer.add_anonymizer(WooGround)
    if "surrogate_ahds" in anonymizer.get_anonymizers():
        anonymizer.remove_anonymizer(presidio_operators.AHDSSurrogate)
    return anonymizer


def anonymize(content: dict[str, Any]) -> str:
    """The JSON answer of Presidio's ``POST /anonymize`` for the request body ``content``.

    Raises ``InvalidParamError`` (answered 422, as Presidio does) for results or operators it cannot use.
    """
    text = content.get("text", "")
    if not isinstance(text, str):
        raise InvalidParamError("Invalid input, text must be a string")
    operators = AppEntitiesConvertor.operators_config_from_json(content.get("anonymizers"))
    raw_results = content.get("analyzer_results")
    objects = isinstance(raw_results, list) and all(isinstance(r, dict) for r in raw_results)
    if raw_results is not None and not objects:
        raise InvalidParamError("Invalid input, analyzer_results must be a list of objects")
    results = AppEntitiesConvertor.analyzer_results_from_json(raw_results)
    for result, raw in zip(results, raw_results or [], strict=True):
        config = operators.get(result.entity_type) or operators.get(DEFAULT)
        if config is not None and config.operator_name == WOO:
            _route_to_ground(result, raw, config, operators)
    outcome = engine().anonymize(text=text, analyzer_results=results, operators=operators)
    for item in outcome.items:
        item.entity_type = item.entity_type.split(_SEP)[0]
    return outcome.to_json()


def _route_to_ground(result: RecognizerResult, raw: dict[str, Any], config: OperatorConfig, operators: dict) -> None:
    """Give ``result`` an engine-internal entity type with its own ``woo`` operator for its ground.

    The ground is, first found: the operator's ``ground``; the ``woo_ground`` Lakmoes put in the result's
    ``analysis_explanation``; the usual ground of the entity type.
    """
    explanation = raw.get("analysis_explanation")
    given = explanation.get("woo_ground") if isinstance(explanation, dict) else None
    ground = config.params.get("ground") or given or _usual_ground(result.entity_type)
    if not isinstance(ground, str):
        raise InvalidParamError(
            f"Invalid input, no Woo ground for entity {result.entity_type}: "
            f'give one in the anonymizer, e.g. {{"type": "woo", "ground": "5.1(2)e"}}'
        )
    key = f"{result.entity_type}{_SEP}{ground}"
    operators[key] = OperatorConfig(WOO, {"ground": ground})
    result.entity_type = key


def _usual_ground(presidio_entity: str) -> str | None:
    """The default ground of the Lakmoes types reported under ``presidio_entity``, if they agree on one."""
    rules = ground_rules()
    grounds = {rules[t].default for t in lakmoes_types(presidio_entity) if t in rules}
    return grounds.pop() if len(grounds) == 1 else None
