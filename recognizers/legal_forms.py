"""Dutch and European legal forms of firms, as written after a firm's name (``Voorbeeld B.V.``, ``X VOF``)."""

from __future__ import annotations

import regex

# Also "bv" in lowercase and the European "SE" ("Albert Heijn bv", "Heerema Marine Contractors SE"); a lowercase "bv"
# counts only before a capital, a line end or a separator: "zie bv het rapport" is "bijvoorbeeld".
LEGAL_FORM = regex.compile(
    r"(?<![\w.])(?:B\.V\.|B\.V|BV|N\.V\.|NV|V\.O\.F\.|VOF|C\.V\.|U\.A\.|SE(?!-)|bv(?=[ \t]*(?:[\n/,;)]|\p{Lu}|\Z)))"
    r"(?![\w])"
)
