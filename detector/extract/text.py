"""Decode plain text: UTF-8 (with or without BOM) first, else a detected legacy encoding, never mojibake.

Stray NULs and other control characters are kept as they are (offsets are into the text as read); only
input where control bytes are dense is refused as binary, with the share found and the setting it exceeds.
"""

from __future__ import annotations

import charset_normalizer
import regex

# Encodings Dutch office documents actually come in besides UTF-8.
_LEGACY = ("cp1252", "latin_1", "iso8859_15", "utf_16", "utf_16_le", "utf_16_be")
# UTF-8 read as cp1252 and saved again: "Ã©" for "é", "â€™" for "’".
_MOJIBAKE = regex.compile(r"[ÃÂ][\u0080-\u00BF\u2018-\u203A\u0152\u0153\u0160\u0161\u0178\u017D\u017E]|â€")
_MOJIBAKE_MIN = 3
# Bytes no text encoding Lakmoes reads uses for letters: C0 controls except tab, line feed, vertical tab,
# form feed, carriage return and escape, plus DEL.
_CONTROL_BYTES = bytes([*range(0x00, 0x09), *range(0x0E, 0x1B), *range(0x1C, 0x20), 0x7F])
_SAMPLE = 65_536
# Fewer control bytes than this never make an input binary, however short it is.
_MIN_CONTROLS = 16
# UTF-16 without a byte order mark: in Dutch text nearly every second byte is zero, on one side only.
_UTF16_ZERO_SIDE = 0.7
_UTF16_OTHER_SIDE = 0.1


def decode_text(data: bytes, *, max_control_char_ratio: float = 0.05) -> str:
    """Decode ``data``; raise ``UnicodeDecodeError`` for binary data, an undetectable encoding or mojibake.

    ``max_control_char_ratio`` (setting of the same name) is the share of control bytes in the first 64 kB
    above which the input counts as binary (and at least 16 of them: a short text with a few NULs is text).
    """
    text = _utf16(data)
    if text is None:
        _refuse_binary(data[:_SAMPLE], max_control_char_ratio)
        try:
            text = data.decode("utf-8-sig")
        except UnicodeDecodeError:
            best = charset_normalizer.from_bytes(data, cp_isolation=list(_LEGACY)).best()
            if best is None or best.chaos > 0.2:
                raise UnicodeDecodeError("unknown", data[:1], 0, 1, "de tekencodering is niet te herkennen") from None
            text = str(best)
    if len(_MOJIBAKE.findall(text[:200_000])) >= _MOJIBAKE_MIN:
        raise UnicodeDecodeError(
            "mojibake", data[:1], 0, 1, "de tekst is dubbel gecodeerd (zoals 'Ã©' voor 'é'); sla hem op als UTF-8"
        )
    return text


def _utf16(data: bytes) -> str | None:
    """The text of UTF-16 input (with or without byte order mark), or None when it is not UTF-16."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        encoding = "utf-16"
    else:
        sample = data[: _SAMPLE - _SAMPLE % 2]
        pairs = len(sample) // 2
        if pairs < 2 or len(data) % 2:
            return None
        even = sample[0::2].count(0) / pairs
        odd = sample[1::2].count(0) / pairs
        if odd >= _UTF16_ZERO_SIDE and even <= _UTF16_OTHER_SIDE:
            encoding = "utf-16-le"
        elif even >= _UTF16_ZERO_SIDE and odd <= _UTF16_OTHER_SIDE:
            encoding = "utf-16-be"
        else:
            return None
    try:
        return data.decode(encoding)
    except UnicodeDecodeError:
        return None


def _refuse_binary(sample: bytes, limit: float) -> None:
    controls = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if controls >= _MIN_CONTROLS and controls / len(sample) > limit:
        share = controls / len(sample)
        raise UnicodeDecodeError(
            "binary",
            sample[:1],
            0,
            1,
            f"dit lijkt een binair bestand, geen tekst: {share:.0%} van de eerste {len(sample)} bytes zijn "
            f"stuurtekens (grens max_control_char_ratio = {limit:.0%})",
        )
