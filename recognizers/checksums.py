"""Checksums that decide whether a number a regex proposed is real: elfproef, IBAN mod-97, Dutch btw-id."""

from __future__ import annotations

# ISO 13616 IBAN length per country (SEPA members and the other countries with a registered IBAN format).
IBAN_LENGTHS: dict[str, int] = {
    "AD": 24, "AE": 23, "AL": 28, "AT": 20, "AZ": 28, "BA": 20, "BE": 16, "BG": 22, "BH": 22, "BR": 29,
    "BY": 28, "CH": 21, "CR": 22, "CY": 28, "CZ": 24, "DE": 22, "DK": 18, "DO": 28, "EE": 20, "EG": 29,
    "ES": 24, "FI": 18, "FO": 18, "FR": 27, "GB": 22, "GE": 22, "GI": 23, "GL": 18, "GR": 27, "GT": 28,
    "HR": 21, "HU": 28, "IE": 22, "IL": 23, "IQ": 23, "IS": 26, "IT": 27, "JO": 30, "KW": 30, "KZ": 20,
    "LB": 28, "LC": 32, "LI": 21, "LT": 20, "LU": 20, "LV": 21, "MC": 27, "MD": 24, "ME": 22, "MK": 19,
    "MR": 27, "MT": 31, "MU": 30, "NL": 18, "NO": 15, "PK": 24, "PL": 28, "PS": 29, "PT": 25, "QA": 29,
    "RO": 24, "RS": 22, "SA": 24, "SC": 31, "SE": 24, "SI": 19, "SK": 24, "SM": 27, "ST": 25, "SV": 28,
    "TL": 23, "TN": 24, "TR": 26, "UA": 29, "VA": 22, "VG": 24, "XK": 20,
}  # fmt: skip

_SEPARATORS = str.maketrans("", "", " .-\u00a0\t")


def compact(value: str) -> str:
    """``value`` without spaces, dots and dashes, upper-cased."""
    return value.translate(_SEPARATORS).upper()


def elfproef(digits: str) -> bool:
    """The BSN/RSIN 11-proef: weights 9..2 for the first eight digits, -1 for the last; sum divisible by 11."""
    if len(digits) != 9 or not digits.isdigit() or digits == "000000000":
        return False
    total = sum((9 - i) * int(d) for i, d in enumerate(digits[:8])) - int(digits[8])
    return total % 11 == 0


def _mod97(alphanumeric: str) -> int:
    """ISO 7064 mod 97-10 remainder of letters-as-numbers (A=10 … Z=35)."""
    remainder = 0
    for char in alphanumeric:
        value = int(char, 36)
        remainder = (remainder * (100 if value > 9 else 10) + value) % 97
    return remainder


def iban_check_digits(country: str, bban: str) -> str:
    """The two check digits that make ``country + digits + bban`` a valid IBAN (ISO 13616)."""
    return f"{98 - _mod97(bban + country + '00'):02d}"


def iban_is_valid(value: str) -> bool:
    """True when ``value`` (spaces allowed) has its country's IBAN length and passes mod-97."""
    iban = compact(value)
    if len(iban) < 5 or not iban.isalnum() or not iban.isascii():
        return False
    if IBAN_LENGTHS.get(iban[:2]) != len(iban) or not iban[2:4].isdigit():
        return False
    return _mod97(iban[4:] + iban[:4]) == 1


def btw_is_valid(value: str) -> bool:
    """True for a Dutch btw-identificatienummer ``NL123456789B01``.

    Older numbers carry the RSIN/BSN 11-proef in their first nine digits; the btw-id given to sole
    traders since 2020 passes ISO 7064 mod 97-10 over the whole string instead. Either is valid.
    """
    btw = compact(value)
    if len(btw) != 14 or not btw.startswith("NL") or btw[11] != "B":
        return False
    digits, suffix = btw[2:11], btw[12:]
    if not (digits.isdigit() and suffix.isdigit()) or int(digits) == 0 or int(suffix) == 0:
        return False
    return elfproef(digits) or _mod97(btw) == 1
