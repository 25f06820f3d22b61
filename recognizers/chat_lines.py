"""The shape of a chat export's message line: a time stamp (with an optional date), the sender and a colon.

``[10:32] Femke Lutterveld: kun jij de stukken sturen?``, ``12-03-2023, 10:32 - Jan Jansen: ja``. A Teams copy
puts the sender and the time on a line of their own above the message: surname first (``Lutterveld, Femke 10:32``)
or given name first (``Koen 09:14``, ``Sanne de Vries 09:12``; counted when the given name is a listed one).
The name recognizer reads the sender as a name; the document-type detector, the sections and the 5.2(1) step read
the lines as a chat.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from recognizers.base import REGEX_TIMEOUT
from recognizers.name_lists import name_lists

# The time stamp before the sender, with the date a WhatsApp or Teams export may put before it.
CHAT_TIME = r"\[?(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]{1,3})?\d{1,2}:\d{2}(?::\d{2})?\]?[ \t]{0,3}[-–]?[ \t]{0,3}"
# The head of one chat message: "[10:15] Naam: ", "12-05-2023 10:15 - Naam: ", "10:15 Naam: ".
CHAT_PREFIX = CHAT_TIME + r"\p{Lu}[^\n:]{1,60}:[ \t]{0,3}"
CHAT_MESSAGE = regex.compile(r"^[ \t]*" + CHAT_PREFIX + r"\S", regex.MULTILINE)
# What a chat message's line starts with (a bracket or a digit of its time stamp): a cheap test before the regex.
CHAT_FIRST = frozenset("[0123456789")
# What stands before the sender's name on its line.
SENDER_BEFORE = regex.compile(r"^[ \t]*" + CHAT_TIME + r"\Z")
# A time stamp that ends a sender's line ("Lutterveld, Femke 10:32", "Vos, J. 12-03-2024 10:32").
TIME_AFTER_SENDER = regex.compile(
    r"[ \t]{1,3}(?:\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4},?[ \t]{1,3})?\d{1,2}:\d{2}(?::\d{2})?[ \t]*(?:\n|\Z)"
)
# A Teams sender line: a name surname first ("Lutterveld, Femke", "Vos, J.") and only the time after it.
SENDER_LINE = regex.compile(
    r"^[ \t]*\p{Lu}[\p{L}'’-]{1,30},[ ]\p{Lu}[\p{L}.'’ -]{0,40}?" + TIME_AFTER_SENDER.pattern, regex.MULTILINE
)
# A Teams sender line given name first: one to three name words, lowercase interfixes between them.
_NAMED_SENDER_LINE = regex.compile(
    r"^[ \t]*(?P<first>\p{Lu}[\p{Ll}'’-]{1,30})(?:[ ](?:\p{Ll}{1,3}[ ]){0,2}\p{Lu}[\p{L}'’-]{1,30}){0,2}"
    + TIME_AFTER_SENDER.pattern,
    regex.MULTILINE,
)


def sender_lines(text: str) -> Iterator[regex.Match[str]]:
    """The Teams sender lines of ``text``: surname first, then given name first where that name is a listed one (an
    agenda's ``Opening 09:00`` is no sender)."""
    yield from SENDER_LINE.finditer(text, timeout=REGEX_TIMEOUT)
    first_names = name_lists().first_names
    for m in _NAMED_SENDER_LINE.finditer(text, timeout=REGEX_TIMEOUT):
        if m.group("first") in first_names:
            yield m


def is_sender_line(line: str) -> bool:
    """Whether ``line`` is a Teams sender line of either shape (:func:`sender_lines`); only a line ending in a digit
    is tried."""
    return line.rstrip()[-1:].isdigit() and next(sender_lines(line), None) is not None
