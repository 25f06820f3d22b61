"""A person who represents a public body as party to an agreement stays public.

"Belastingdienst, te dezen rechtsgeldig vertegenwoordigd door de heer G.R. van Cauter, Plv. directeur": the
official signs the agreement for the body and acts publicly in doing so, as a gemeentesecretaris who signs for
the college does. The party must be a public body (``lst_public_body``, or the body of the organisation profile):
the representative of a company ("X B.V., vertegenwoordigd door de heer Y") is a private person and is proposed.
"""

from __future__ import annotations

import regex

from detector.document import Span
from recognizers.base import REGEX_TIMEOUT
from recognizers.business_context import mentions_public_body

_REPRESENTED = regex.compile(r"(?i)(?<![\p{L}])vertegenwoordigd[ \t\n]+door(?![\p{L}])")
_CLAUSE_REACH = 160  # from "vertegenwoordigd door" to the name: a function and a title may stand between
_PARTY_REACH = 300  # the party named before "vertegenwoordigd door", back to the paragraph's start
# What ends the party's clause before a name: a semicolon, "hierna (te noemen)", the "en" between two parties, or a
# sentence end (a full stop after a word, not after a title such as "ir." or "drs.").
_CLAUSE_END = regex.compile(r";|(?i:\bhierna\b|\n[ \t]*en[ \t]*\n)|(?<=\p{Ll}{4})\.[ \t\n]+\p{Lu}")


def representative_reason(span: Span, text: str, own_name: str) -> str | None:
    """Why ``span`` (a name) represents a public body as party to an agreement, or None.

    ``own_name`` is the name of the body whose profile is in use ("" when there is none).
    """
    before = text[max(0, span.start - _CLAUSE_REACH) : span.start]
    cues = list(_REPRESENTED.finditer(before, timeout=REGEX_TIMEOUT))
    if not cues or _CLAUSE_END.search(before, cues[-1].end(), timeout=REGEX_TIMEOUT):
        return None
    cue_at = span.start - len(before) + cues[-1].start()
    window = text[max(0, cue_at - _PARTY_REACH) : cue_at]
    paragraph = window.rsplit("\n\n", 1)[-1] if "\n\n" in window.rstrip() else window
    party = paragraph.strip() or window.rstrip().rsplit("\n", 1)[-1]
    clause = f"{party} {before[cues[-1].end() :]}"
    own = bool(own_name) and own_name.lower() in " ".join(clause.lower().split())
    if not (own or mentions_public_body(clause)):
        return None
    return (
        "Vertegenwoordigt een overheidsorgaan als partij bij een overeenkomst en treedt daarmee in de "
        "openbaarheid; de naam blijft openbaar."
    )
