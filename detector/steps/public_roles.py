"""Keep public what the Woo does not protect: officials acting publicly and functional contact details.

A PERSON stays public when a public role introduces or follows the name (``burgemeester Weerwind``,
``F.M. Weerwind`` above ``Burgemeester Almere``, ``De minister van …`` above ``mr. G.A. Van der Steur``), when
the name signs a decision on behalf of the bestuursorgaan (``Namens hen,`` — setting ``public_signatories``),
or when it is the same person as such an official elsewhere in the document. Spans a recognizer marked with
``metadata['public_reason']`` (``info@``, ``14 036``, ``Postbus 200``) stay public too. Deny-listed terms are
never kept public. Each kept span goes to ``context.public`` with a Dutch reason.
"""

from __future__ import annotations

from dataclasses import replace
from functools import cached_property

import regex

from detector.document import Span
from detector.steps.base import Resources, StepContext
from recognizers.name_anchors import ROLE_OF
from recognizers.name_lists import NameLists, name_lists
from recognizers.name_parts import NameParts, split_name

_TIMEOUT = 10.0  # seconds for one whole finditer over a chunk: a guard against runaway backtracking
_DENY_RECOGNIZER = "NlDenyListRecognizer"
# A plural public role introducing a list ("raadsleden dhr. X (VVD), mw. Y (D66)"): each name with a party after it.
_PLURAL_ROLES = {
    "raadsleden": "raadslid",
    "gemeenteraadsleden": "raadslid",
    "wethouders": "wethouder",
    "kamerleden": "Kamerlid",
    "statenleden": "statenlid",
    "gedeputeerden": "gedeputeerde",
    "fractievoorzitters": "fractievoorzitter",
    "ministers": "minister",
    "staatssecretarissen": "staatssecretaris",
    "burgemeesters": "burgemeester",
}
_PLURAL_ROLE = regex.compile(rf"(?i)(?<![\p{{L}}])(?P<role>{'|'.join(_PLURAL_ROLES)})(?![\p{{L}}])")
_PARTY_AFTER = regex.compile(r"[ \t]*\((?:\p{Lu}[\p{L}\d&'’.-]{0,15})(?:[ /-]\p{Lu}?[\p{L}\d&'’.-]{1,15}){0,3}\)")
_LIST_REACH = 400
_MANDATE = regex.compile(r"(?i)\bnamens\b|^[ \t*_]*(?:het college van )?burgemeester en wethouders\b")


class PublicRolesStep:
    """Move spans that stay public (officials in their public role, functional contacts) to ``context.public``."""

    name = "public_roles"

    def __init__(self, resources: Resources) -> None:
        self.lists: NameLists = name_lists()
        self.roles = self.lists.public_roles | {r.lower().strip() for r in resources.settings.public_roles}
        self.signatories = resources.settings.public_signatories

    @cached_property
    def _role(self) -> str:
        return "|".join(regex.escape(r) for r in sorted(self.roles, key=lambda r: (-len(r), r)))

    @cached_property
    def _role_before(self) -> regex.Pattern[str]:
        return regex.compile(
            rf"(?<![\p{{L}}-])(?P<role>(?i:{self._role})){ROLE_OF}[ \u00a0]+"
            r"(?i:(?:dhr|mw|mevr|mr|dr|drs|ir|prof)\.?[ \u00a0]+)*\Z"
        )

    @cached_property
    def _role_after(self) -> regex.Pattern[str]:
        return regex.compile(rf"(?i)^[ \t]*[,(–-][ \t]*(?:de[ \t]+|het[ \t]+)?(?P<role>{self._role})(?![\p{{L}}])")

    @cached_property
    def _role_line(self) -> regex.Pattern[str]:
        return regex.compile(rf"(?i)^[ \t*_>]*(?:aan[ \t]+)?(?:de[ \t]+|het[ \t]+)?(?P<role>{self._role})(?![\p{{L}}])")

    def __call__(self, spans: list[Span], context: StepContext) -> list[Span]:
        kept: list[Span] = []
        officials: dict[str, list[tuple[NameParts, Span, str]]] = {}  # by surname key
        undecided: list[Span] = []
        for span in spans:
            if span.recognizer == _DENY_RECOGNIZER:
                kept.append(span)
            elif reason := span.metadata.get("public_reason"):
                context.public.append(replace(span, public=True, reason=str(reason)))
            elif span.entity_type == "PERSON" and (role := self._official_role(span, context.text)):
                reason = _role_reason(role)
                context.public.append(replace(span, public=True, reason=reason))
                parts = split_name(span.text, self.lists)
                officials.setdefault(parts.key, []).append((parts, span, role))
            else:
                undecided.append(span)
        for span in undecided:
            reason = self._same_official(span, context.text, officials) if span.entity_type == "PERSON" else None
            if reason is None and span.entity_type == "PERSON" and self.signatories:
                reason = _signatory_reason(span, context.text)
            if reason:
                context.public.append(replace(span, public=True, reason=reason))
            else:
                kept.append(span)
        return kept

    def _official_role(self, span: Span, text: str) -> str | None:
        """The public role that introduces or follows this name, if any."""
        if span.metadata.get("public_role"):
            return str(span.metadata.get("role"))
        before = text[max(0, span.start - 120) : span.start]
        if m := self._role_before.search(before, timeout=_TIMEOUT):
            return m.group("role").lower()
        line_end = text.find("\n", span.end)
        rest = text[span.end : len(text) if line_end == -1 else line_end]
        if m := self._role_after.match(rest, timeout=_TIMEOUT):
            return m.group("role").lower()
        if role := _listed_role(text, span):
            return role
        if not _fills_line(text, span):
            return None
        for neighbour in (_next_line(text, span.end), _previous_line(text, span.start)):
            if neighbour and (m := self._role_line.match(neighbour, timeout=_TIMEOUT)):
                return m.group("role").lower()
        return None

    def _same_official(
        self, span: Span, text: str, officials: dict[str, list[tuple[NameParts, Span, str]]]
    ) -> str | None:
        parts = split_name(span.text, self.lists)
        for official_parts, official, role in officials.get(parts.key, ()):  # compatible names share the key
            if parts.compatible(official_parts):
                line = text.count("\n", 0, official.start) + 1
                return (
                    f"Zelfde persoon als de {role} op regel {line}, die in die functie in de openbaarheid treedt; "
                    "de naam blijft openbaar."
                )
        return None


def _listed_role(text: str, span: Span) -> str | None:
    """The role of a name with a party after it in a list that a plural role opens, in the same paragraph."""
    if not _PARTY_AFTER.match(text, span.end, min(len(text), span.end + 40), timeout=_TIMEOUT):
        return None
    window = text[max(0, span.start - _LIST_REACH) : span.start]
    paragraph = window[window.rfind("\n\n") + 2 :] if "\n\n" in window else window
    roles = list(_PLURAL_ROLE.finditer(paragraph, timeout=_TIMEOUT))
    return _PLURAL_ROLES[roles[-1].group("role").lower()] if roles else None


def _role_reason(role: str) -> str:
    return f"Naam van een {role} die in die functie in de openbaarheid treedt; de naam blijft openbaar."


def _signatory_reason(span: Span, text: str) -> str | None:
    """A name alone on its line, a few lines below 'Namens hen,' or 'Burgemeester en wethouders'."""
    if not _fills_line(text, span):
        return None
    lines = [line for line in text[max(0, span.start - 300) : span.start].split("\n") if line.strip()]
    if any(_MANDATE.search(line, timeout=_TIMEOUT) for line in lines[-4:]):
        return (
            "Ondertekent het besluit namens het bestuursorgaan (mandaat) en treedt daarmee in de openbaarheid; "
            "de naam blijft openbaar."
        )
    return None


def _fills_line(text: str, span: Span) -> bool:
    """The name is the only content of its line, apart from titles before and punctuation after."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    before = text[line_start : span.start]
    after = text[span.end : len(text) if line_end == -1 else line_end]
    titles = regex.sub(r"(?i)\b(?:dhr|mevrouw|mevr|mw|de heer|drs|dr|mr|ir|ing|prof)(?![\p{L}])\.?", "", before)
    return not titles.strip(" \t*_>") and not after.strip(" \t,.*_")


def _next_line(text: str, end: int) -> str | None:
    line_end = text.find("\n", end)
    if line_end == -1:
        return None
    for line in text[line_end + 1 : line_end + 400].split("\n"):
        if line.strip():
            return line
    return None


def _previous_line(text: str, start: int) -> str | None:
    line_start = text.rfind("\n", 0, start)
    if line_start == -1:
        return None
    for line in reversed(text[max(0, line_start - 400) : line_start].split("\n")):
        if line.strip():
            return line
    return None
