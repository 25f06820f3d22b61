"""Decode plain text: UTF-8 (with or without BOM) first, else a detected legacy encoding, never mojibake."""

from __future__ import annotations

import charset_normalizer
import regex

# Encodings Dutch office documents actually come in besides UTF-8.
_LEGACY = ("cp1252", "latin_1", "iso8859_15", "utf_16", "utf_16_le", "utf_16_be")
# UTF-8 read as cp1252 and saved again: "Ã©" for "é", "â€™" for "’".
_MOJIBAKE = regex.compile(r"[ÃÂ][\u0080-\u00BF\u2018-\u203A\u0152\u0153\u0160\u0161\u0178\u017D\u017E]|â€")
_MOJIBAKE_MIN = 3


def decode_text(data: bytes) -> str:
    """Decode ``data``; raise ``UnicodeDecodeError`` for binary data, an undetectable encoding or mojibake."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnicodeDecodeError("binary", data[:1], 0, 1, "dit lijkt een binair bestand, geen tekst")
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
