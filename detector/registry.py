"""Build the Presidio ``RecognizerRegistry`` Lakmoes runs with: settings → recognizer constructor arguments."""

from __future__ import annotations

from collections.abc import Callable

from presidio_analyzer import EntityRecognizer, RecognizerRegistry
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from detector.nlp import PipelineInfo
from detector.settings import Settings
from recognizers.nl_address import NlAddressRecognizer
from recognizers.nl_amount import NlAmountRecognizer
from recognizers.nl_bic import NlBicRecognizer
from recognizers.nl_bsn import NlBsnRecognizer
from recognizers.nl_btw import NlBtwRecognizer
from recognizers.nl_date_of_birth import NlDateOfBirthRecognizer
from recognizers.nl_deny_list import NlDenyListRecognizer
from recognizers.nl_email import NlEmailRecognizer
from recognizers.nl_iban import NlIbanRecognizer
from recognizers.nl_iban_unchecked import NlUncheckedIbanRecognizer
from recognizers.nl_kenmerk import NlKenmerkRecognizer
from recognizers.nl_kvk import NlKvkRecognizer
from recognizers.nl_order_number import NlOrderNumberRecognizer
from recognizers.nl_person import NlPersonRecognizer
from recognizers.nl_phone import NlPhoneRecognizer
from recognizers.nl_postcode import NlPostcodeRecognizer
from recognizers.nl_signature import NlSignatureRecognizer
from recognizers.nl_special_category import NlSpecialCategoryRecognizer
from recognizers.nl_supplier import NlSupplierRecognizer
from recognizers.nl_tariff_table import NlTariffTableRecognizer

# name -> factory(settings); one entry per recognizer module, in the order they run.
RECOGNIZERS: dict[str, Callable[[Settings], EntityRecognizer | None]] = {
    "NlDenyListRecognizer": lambda s: NlDenyListRecognizer(s.deny_list) if s.deny_list else None,
    "NlPersonRecognizer": lambda s: NlPersonRecognizer(s.public_roles),
    "NlEmailRecognizer": lambda s: NlEmailRecognizer(s.functional_email_prefixes),
    "NlPhoneRecognizer": lambda s: NlPhoneRecognizer(),
    "NlAddressRecognizer": lambda s: NlAddressRecognizer(),
    "NlPostcodeRecognizer": lambda s: NlPostcodeRecognizer(),
    "NlSignatureRecognizer": lambda s: NlSignatureRecognizer(),
    "NlKenmerkRecognizer": lambda s: NlKenmerkRecognizer(),
    "NlIbanRecognizer": lambda s: NlIbanRecognizer(),
    "NlBicRecognizer": lambda s: NlBicRecognizer(),
    "NlBsnRecognizer": lambda s: NlBsnRecognizer(),
    "NlKvkRecognizer": lambda s: NlKvkRecognizer(),
    "NlBtwRecognizer": lambda s: NlBtwRecognizer(),
    "NlOrderNumberRecognizer": lambda s: NlOrderNumberRecognizer(),
    "NlAmountRecognizer": lambda s: NlAmountRecognizer(),
    "NlTariffTableRecognizer": lambda s: NlTariffTableRecognizer(),
    "NlSupplierRecognizer": lambda s: NlSupplierRecognizer(),
    "NlDateOfBirthRecognizer": lambda s: NlDateOfBirthRecognizer(),
    "NlSpecialCategoryRecognizer": lambda s: NlSpecialCategoryRecognizer(),
    "NlUncheckedIbanRecognizer": lambda s: NlUncheckedIbanRecognizer(),
}


def enabled_recognizer_names(settings: Settings) -> list[str]:
    """The recognizer names that ``settings`` switches on, in registry order."""
    wanted = settings.enabled_recognizers
    unknown = sorted((set(wanted or []) | set(settings.disabled_recognizers)) - set(RECOGNIZERS) - {"SpacyRecognizer"})
    if unknown:
        raise ValueError(f"unknown recognizer(s) {unknown}; known: {sorted(RECOGNIZERS)}")
    names = [*RECOGNIZERS, "SpacyRecognizer"]
    return [n for n in names if (wanted is None or n in wanted) and n not in settings.disabled_recognizers]


def build_registry(settings: Settings, pipeline: PipelineInfo) -> RecognizerRegistry:
    """A registry for language ``nl`` holding our enabled recognizers (and spaCy NER when the model has it)."""
    registry = RecognizerRegistry(supported_languages=["nl"])
    for name in enabled_recognizer_names(settings):
        if name == "SpacyRecognizer":
            if pipeline.has_ner:
                registry.add_recognizer(SpacyRecognizer(supported_language="nl", supported_entities=["PERSON"]))
            continue
        recognizer = RECOGNIZERS[name](settings)
        if recognizer is not None:
            registry.add_recognizer(recognizer)
    return registry
