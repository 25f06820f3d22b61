"""Decode plain text: UTF-8 (with or without BOM) first, else a detected legacy encoding, never mojibake."""

from __future__ import annotations

import charset_normalizer

# Encodings Dutch office documents actually come in besides UTF-8.
_LEGACY = ("cp1252", "latin_1", "iso8859_15", "utf_16", "utf_16_le", "utf_16_be")


def decode_text(data: bytes) -> str:
    """Decode ``data``; raise ``UnicodeDecodeError`` for binary data or an undetectable encoding."""
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise UnicodeDecodeError("binary", data[:1], 0, 1, "dit lijkt een binair bestand, geen tekst")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        pass
    best = charset_normalizer.from_bytes(data, cp_isolation=list(_LEGACY)).best()
    if best is None or best.chaos > 0.2:
        raise UnicodeDecodeError("unknown", data[:1], 0, 1, "de tekencodering is niet te herkennen")
    return str(best)
