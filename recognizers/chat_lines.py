"""The shape of a chat export's message line: a time stamp (with an optional date), the sender and a colon.

``[10:32] Femke Lutterveld: kun jij de stukken sturen?``, ``12-03-2023, 10:32 - Jan Jansen: ja``. A Teams copy
puts the sender, surname first, and the time on a line of their own above the message (``Lutterveld, Femke 10:32``).
The name recognizer reads the sender as a name; the document-type detector, the sections and the 5.2(1) step read
the lines as a chat.
"""

from __future__ import annotations

import regex

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
