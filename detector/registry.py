"""Build the Presidio ``RecognizerRegistry`` Lakmoes runs with: settings and profile → constructor arguments."""

from __future__ import annotations

from collections.abc import Callable

from presidio_analyzer import EntityRecognizer, RecognizerRegistry
from presidio_analyzer.predefined_recognizers import SpacyRecognizer

from detector.nlp import PipelineInfo
from detector.profile import Profile
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

# name -> factory(settings, profile); one entry per recognizer module, in the order they run.
RECOGNIZERS: dict[str, Callable[[Settings, Profile], EntityRecognizer | None]] = {
    "NlDenyListRecognizer": lambda s, p: NlDenyListRecognizer(s.deny_list) if s.deny_list else None,
    "NlPersonRecognizer": lambda s, p: NlPersonRecognizer(p.public_roles),
    "NlEmailRecognizer": lambda s, p: NlEmailRecognizer(p.mailbox_prefixes),
    "NlPhoneRecognizer": lambda s, p: NlPhoneRecognizer(),
    "NlAddressRecognizer": lambda s, p: NlAddressRecognizer(),
    "NlPostcodeRecognizer": lambda s, p: NlPostcodeRecognizer(),
    "NlSignatureRecognizer": lambda s, p: NlSignatureRecognizer(),
    "NlKenmerkRecognizer": lambda s, p: NlKenmerkRecognizer(),
    "NlIbanRecognizer": lambda s, p: NlIbanRecognizer(),
    "NlBicRecognizer": lambda s, p: NlBicRecognizer(),
    "NlBsnRecognizer": lambda s, p: NlBsnRecognizer(),
    "NlKvkRecognizer": lambda s, p: NlKvkRecognizer(),
    "NlBtwRecognizer": lambda s, p: NlBtwRecognizer(),
    "NlOrderNumberRecognizer": lambda s, p: NlOrderNumberRecognizer(),
    "NlAmountRecognizer": lambda s, p: NlAmountRecognizer(),
    "NlTariffTableRecognizer": lambda s, p: NlTariffTableRecognizer(),
    "NlSupplierRecognizer": lambda s, p: NlSupplierRecognizer(),
    "NlDateOfBirthRecognizer": lambda s, p: NlDateOfBirthRecognizer(),
    "NlSpecialCategoryRecognizer": lambda s, p: NlSpecialCategoryRecognizer(),
    "NlUncheckedIbanRecognizer": lambda s, p: NlUncheckedIbanRecognizer(),
}


def enabled_recognizer_names(settings: Settings) -> list[str]:
    """The recognizer names that ``settings`` switches on, in registry order."""
    wanted = settings.enabled_recognizers
    unknown = sorted((set(wanted or []) | set(settings.disabled_recognizers)) - set(RECOGNIZERS) - {"SpacyRecognizer"})
    if unknown:
        raise ValueError(f"unknown recognizer(s) {unknown}; known: {sorted(RECOGNIZERS)}")
    names = [*RECOGNIZERS, "SpacyRecognizer"]
    return [n for n in names if (wanted is None or n in wanted) and n not in settings.disabled_recognizers]


def build_registry(settings: Settings, profile: Profile, pipeline: PipelineInfo) -> RecognizerRegistry:
    """A registry for language ``nl`` holding our enabled recognizers (and spaCy NER when the model has it)."""
    registry = RecognizerRegistry(supported_languages=["nl"])
    for name in enabled_recognizer_names(settings):
        if name == "SpacyRecognizer":
            if pipeline.has_ner:
                registry.add_recognizer(SpacyRecognizer(supported_language="nl", supported_entities=["PERSON"]))
            continue
        recognizer = RECOGNIZERS[name](settings, profile)
        if recognizer is not None:
            registry.add_recognizer(recognizer)
    return registry
