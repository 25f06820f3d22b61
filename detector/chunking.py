"""Split long texts into chunks at paragraph, line or word boundaries, keeping their offsets."""

from __future__ import annotations

_BREAKS = ("\n\n", "\n", " ")


def split_chunks(text: str, size: int) -> list[tuple[int, str]]:
    """Cut ``text`` into ``(offset, chunk)`` pieces of at most ``size`` characters.

    Each cut is made after the last paragraph break in the window, else the last line break, else the
    last space, else hard at ``size``; joining the chunks gives ``text`` back exactly.
    """
    if size < 1:
        raise ValueError("chunk size must be positive")
    chunks: list[tuple[int, str]] = []
    start = 0
    while len(text) - start > size:
        window_end = start + size
        cut = window_end
        for separator in _BREAKS:
            found = text.rfind(separator, start + size // 2, window_end)
            if found != -1:
                cut = found + len(separator)
                break
        chunks.append((start, text[start:cut]))
        start = cut
    if start < len(text) or not chunks:
        chunks.append((start, text[start:]))
    return chunks
