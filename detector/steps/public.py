"""Step ``public``: the one place that decides what stays public, with one reason per span.

In order, the first reason that applies wins:

1. the setting ``allow_list`` (names and terms the body never redacts);
2. the body's own contact details from its organisation profile: addresses, Postbus, functional mailboxes and
   numbers, bank accounts;
3. the profile's register of public officials, those in office on the document's date;
4. an author in a literature reference and a member of parliament named with a motion
   (:mod:`detector.steps.public_mentions`);
5. an official in a public role (``burgemeester Weerwind``, a name above ``Burgemeester``, ``De minister van …``
   above a name), the same person elsewhere in the document, a name signing "namens" the bestuursorgaan
   (profile policy ``signatories_public``), a public body's representative as party to an agreement
   (``detector/steps/representatives.py``), the minister greeted in a letter an office holder signs
   (``detector/steps/addressee.py``), and a name that is part of an organisation's name
   (:mod:`detector.steps.public_mentions`);
6. the ground rules (``detector/grounds_rules.py``): evidence (a functional mailbox, a public body's account or
   budget), document type and the profile's policy choices that leave a value without a ground;
7. a (non-mobile) phone number written right beside a mailbox that stays public: the same functional contact.

Deny-listed terms never stay public. Each public span goes to ``context.public`` with its Dutch reason.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from functools import cached_property

import regex

from detector.document import Span
from detector.grounds_rules import decide
from detector.national_register import dated_in_office, same_person, split_officials
from detector.national_register import register as national_register
from detector.profile import EMPTY_PROFILE, Profile
from detector.steps.addressee import addressed_office_holder
from detector.steps.base import Resources, StepContext
from detector.steps.public_mentions import InsideOrganisation, OrganisationWords, citation_reason, motion_reason
from detector.steps.representatives import representative_reason
from recognizers.base import REGEX_TIMEOUT
from recognizers.checksums import compact
from recognizers.name_anchors import ABBREVIATED_TITLES, INTERFIX, ROLE_OF, closing_regex
from recognizers.name_lists import NameLists, name_lists
from recognizers.name_parts import NameParts, split_name
from recognizers.name_tokens import INITIAL
from recognizers.nl_phone import classify
from recognizers.nl_postcode import POSTCODE

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
_LIST_SEPARATOR = regex.compile(r"[ \u00a0]*(?:[,;]|(?<![\p{L}])en(?![\p{L}]))[ \u00a0]*")
# One name of such a list: titles, initials, interfixes, one or two capitalised words, a party in brackets.
_LISTED_NAME = regex.compile(
    rf"(?:(?i:(?:{'|'.join(ABBREVIATED_TITLES)})\.?|de[ ]heer|mevrouw)[ ]+)*(?:{INITIAL}[ ]?)*(?:{INTERFIX}[ ])*"
    r"\p{Lu}[\p{L}'’-]+(?:[ ]\p{Lu}[\p{L}'’-]+)?(?:[ ]\([^()\n]{1,40}\))?"
)
_BESIDE_REACH = 30
# What may stand between a mailbox and a number of the same contact: separators and contact words only.
_ONLY_CONTACT_WORDS = regex.compile(
    r"(?i)(?:[ \t,;/|()\-–.:]|\b(?:of|en|tel|telefoon|telefoonnummer|bel|mail|e-mail|t|e)\b)*"
)
_MANDATE = regex.compile(r"(?i)\bnamens\b|^[ \t*_]*(?:het college van )?burgemeester en wethouders\b")
# A leading function that signs for the body in mandate, also as the end of a compound ("Adjunct-Afdelingsmanager").
_LEADING_FUNCTION = regex.compile(
    r"(?i)^[ \t*_>]*(?:de[ \t]+|het[ \t]+)?(?:(?:plv|wnd)\.?[ \t]+|waarnemend[ \t]+|loco-)?(?P<f>[\p{L}-]{0,30}?"
    r"(?:directeur|directrice|manager|hoofd|secretaris|voorzitter|leider|griffier|commandant|burgemeester))"
    r"(?![\p{L}])"
)


class PublicStep:
    """Move every span that stays public to ``context.public`` with its reason; return the others."""

    name = "public"

    def __init__(self, resources: Resources) -> None:
        self.profile: Profile = resources.profile
        self.lists: NameLists = name_lists()
        self.roles = self.lists.public_roles | set(self.profile.public_roles)
        self.signatories = self.profile.policy.signatories_public
        self.allowed = frozenset(_fold(item) for item in resources.settings.allow_list)
        self.own = OwnContacts(self.profile)
        self.officials = split_officials(self.profile.officials, self.lists)
        self.national = national_register(self.lists)
        self.organisation_words = OrganisationWords()
        self.body = "" if self.profile is EMPTY_PROFILE else self.profile.name

    @cached_property
    def _role(self) -> str:
        return "|".join(regex.escape(r) for r in sorted(self.roles, key=lambda r: (-len(r), r)))

    @cached_property
    def _role_before(self) -> regex.Pattern[str]:
        return regex.compile(
            rf"(?<![\p{{L}}-])(?P<role>(?i:{self._role})){ROLE_OF}(?:[ \u00a0]*[,:])?[ \u00a0]+"
            rf"(?i:(?:{'|'.join(ABBREVIATED_TITLES)})\.?[ \u00a0]+|(?:de[ \u00a0]+heer|mevrouw|meneer)[ \u00a0]+)*\Z"
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
            elif (reason := self._first_reason(span, context)) or span.entity_type == "PERSON" and (
                reason := citation_reason(span, context.text) or motion_reason(span, context.text)
            ):
                context.public.append(replace(span, public=True, reason=reason))
            elif span.entity_type == "PERSON" and (role := self._official_role(span, context.text)):
                context.public.append(replace(span, public=True, reason=_role_reason(role)))
                parts = split_name(span.text, self.lists)
                officials.setdefault(parts.key, []).append((parts, span, role))
            else:
                undecided.append(span)
        inside = InsideOrganisation(context.public)
        mailboxes = [s for s in context.public if s.entity_type == "EMAIL_ADDRESS"]
        for span in undecided:
            reason = self._same_official(span, context.text, officials) if span.entity_type == "PERSON" else None
            if reason is None and span.entity_type == "PERSON":
                reason = self._bewindspersoon(span, context.document_date, context.text)
            if span.entity_type == "PHONE_NUMBER":
                reason = _beside_mailbox(span, context.text, mailboxes)
            if reason is None and span.entity_type == "PERSON" and self.signatories:
                reason = _signatory_reason(span, context.text) or representative_reason(span, context.text, self.body)
            if reason is None and span.entity_type == "PERSON":
                reason = addressed_office_holder(
                    span, context.text, closing_regex(self.lists.closings), self._role_line
                )
            if reason is None and span.entity_type == "PERSON":
                reason = inside.reason(span) or self.organisation_words.reason(span, context.text)
            if reason:
                context.public.append(replace(span, public=True, reason=reason))
            else:
                kept.append(span)
        return kept

    def _first_reason(self, span: Span, context: StepContext) -> str | None:
        """The allow-list, the body's own contacts, its register of officials, or the ground rules."""
        if _fold(span.text) in self.allowed:
            return "Staat op de allow-list van de organisatie (instelling allow_list); blijft openbaar."
        if reason := self.own.reason(span, context.text):
            return reason
        if span.entity_type == "PERSON" and (reason := self._registered_official(span, context.document_date)):
            return reason
        decision = decide(span.entity_type, context.doc_type, span.metadata, self.profile, span.text)
        return decision.reason if decision.ground is None else None

    def _registered_official(self, span: Span, on: date | None) -> str | None:
        """The register's reason for a name of an official in office on ``on`` (any official if unknown)."""
        parts = split_name(span.text, self.lists)
        for official_parts, official in self.officials:
            if parts.compatible(official_parts) and official.in_office(on):
                dated = f" op {on:%d-%m-%Y}, de datum van het document" if on else ""
                return (
                    f"Naam van de {official.role} van {self.profile.name}{dated} (register van openbare "
                    "functionarissen in het organisatieprofiel); treedt in die functie in de openbaarheid, de naam "
                    "blijft openbaar."
                )
        return None

    def _bewindspersoon(self, span: Span, on: date | None, text: str) -> str | None:
        """The national register's reason for a cabinet member named in full, in office on ``on`` or in a year the
        text names (:func:`~detector.national_register.dated_in_office`), when no role or profile register has kept
        the name public already."""
        parts = split_name(span.text, self.lists)
        for official_parts, official in self.national:
            if same_person(parts, official_parts) and (dated := dated_in_office(official, on, text)):
                return (
                    f"Naam van een bewindspersoon: {official.role}{dated}, volgens het landelijke register van "
                    "bewindspersonen; treedt in die functie in de openbaarheid, de naam blijft openbaar."
                )
        return None

    def _official_role(self, span: Span, text: str) -> str | None:
        """The public role that introduces or follows this name, if any."""
        if span.metadata.get("public_role"):
            return str(span.metadata.get("role"))
        before = text[max(0, span.start - 120) : span.start]
        if m := self._role_before.search(before, timeout=REGEX_TIMEOUT):
            return m.group("role").lower()
        if role := _listed_role(text, span):
            return role
        line_end = text.find("\n", span.end)
        rest = text[span.end : len(text) if line_end == -1 else line_end]
        if m := self._role_after.match(rest, timeout=REGEX_TIMEOUT):
            return m.group("role").lower()
        if not _fills_line(text, span):
            return None
        for neighbour in (_next_line(text, span.end), _previous_line(text, span.start)):
            if neighbour and (m := self._role_line.match(neighbour, timeout=REGEX_TIMEOUT)):
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
    """The role of a name in a list that a plural role opens, in the same paragraph: with a party after it
    ("raadsleden … dhr. X (VVD)"), or with only other names between the role and it ("wethouders K. de Groot,
    M. Yilmaz en P. van Dijk")."""
    window = text[max(0, span.start - _LIST_REACH) : span.start]
    paragraph = window[window.rfind("\n\n") + 2 :] if "\n\n" in window else window
    roles = list(_PLURAL_ROLE.finditer(paragraph, timeout=REGEX_TIMEOUT))
    if not roles:
        return None
    party = _PARTY_AFTER.match(text, span.end, min(len(text), span.end + 40), timeout=REGEX_TIMEOUT)
    if party or _only_names(paragraph[roles[-1].end() :]):
        return _PLURAL_ROLES[roles[-1].group("role").lower()]
    return None


def _only_names(between: str) -> bool:
    """Whether ``between`` (a plural role's end to a name) lists names only: "K. de Groot, M. Yilmaz en "."""
    pieces = _LIST_SEPARATOR.split(between.strip(" \u00a0:"), timeout=REGEX_TIMEOUT)
    return all(not piece or _LISTED_NAME.fullmatch(piece, timeout=REGEX_TIMEOUT) for piece in pieces)


def _beside_mailbox(span: Span, text: str, mailboxes: list[Span]) -> str | None:
    """A number written right beside a mailbox that stays public ("info@provincie.nl, 030 258 9111", "mail
    secretariaat@… of bel …"): the same functional contact, as long as only separators and contact words stand
    between them. A mobile number stays personal: a civil servant's own 06 often stands beside a team mailbox."""
    if (classify(span.text) or ("", 0.0))[0] == "mobiel":
        return None
    for mailbox in mailboxes:
        left, right = mailbox.gap_to(span)
        if 0 <= right - left <= _BESIDE_REACH and _ONLY_CONTACT_WORDS.fullmatch(text, left, right):
            return f"Algemeen nummer naast het functionele e-mailadres {mailbox.text}, geen persoonsgegeven."
    return None


def _role_reason(role: str) -> str:
    return f"Naam van een {role} die in die functie in de openbaarheid treedt; de naam blijft openbaar."


def _signatory_reason(span: Span, text: str) -> str | None:
    """A name alone on its line, a few lines below 'Namens hen,' or 'Burgemeester en wethouders', with a leading
    function (directeur, manager, hoofd, secretaris …) on a line between them or on the line under the name.

    A name under 'namens deze' without one (a department line, a staff function such as 'medewerker Juridische
    Zaken') is a civil servant who does not act publicly: it is proposed like any other name.
    """
    if not _fills_line(text, span):
        return None
    lines = [line for line in text[max(0, span.start - 300) : span.start].split("\n") if line.strip()][-4:]
    mandate = [i for i, line in enumerate(lines) if _MANDATE.search(line, timeout=REGEX_TIMEOUT)]
    if not mandate:
        return None
    candidates = [*lines[mandate[-1] :], _next_line(text, span.end) or ""]
    function = next((m.group("f") for line in candidates if (m := _LEADING_FUNCTION.match(line))), None)
    if function is None:
        return None
    return (
        f"Ondertekent het besluit namens het bestuursorgaan als {function.lower()} (mandaat) en treedt daarmee in de "
        "openbaarheid; de naam blijft openbaar."
    )


def _fills_line(text: str, span: Span) -> bool:
    """The name is the only content of its line, apart from titles before and punctuation after."""
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    before = text[line_start : span.start]
    after = text[span.end : len(text) if line_end == -1 else line_end]
    titles = regex.sub(r"(?i)\b(?:dhr|mevrouw|mevr|mw|de heer|drs|dr|mr|ir|ing|prof)(?![\p{L}])\.?", "", before)
    return not titles.strip(" \t*_>") and not after.strip(" \t,.*_!")  # "!": an OCR reading of a signature stroke


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


class OwnContacts:
    """The body's own contact details, from its organisation profile."""

    def __init__(self, profile: Profile) -> None:
        self.name = profile.name
        own = (*profile.addresses, *profile.postbus)
        self.addresses = frozenset(_fold(address.split(",")[0]) for address in own)
        self.postcodes = frozenset(code for address in own for code in _postcodes(address.upper()))
        self.mailboxes = frozenset(profile.mailboxes)
        self.numbers = frozenset(_digits(n) for n in profile.phone_numbers)
        self.ibans = frozenset(profile.ibans)

    def reason(self, span: Span, text: str) -> str | None:
        """Why ``span`` is one of the body's own contact details, or None."""
        kind = span.entity_type
        if kind == "EMAIL_ADDRESS" and span.text.lower() in self.mailboxes:
            return f"Functioneel e-mailadres van {self.name} (organisatieprofiel), geen persoonsgegeven."
        if kind == "PHONE_NUMBER" and _digits(span.text) in self.numbers:
            return f"Algemeen telefoonnummer van {self.name} (organisatieprofiel), geen persoonsgegeven."
        if kind == "IBAN_CODE" and (compact(span.text) in self.ibans or span.metadata.get("iban") in self.ibans):
            return f"Eigen bankrekening van {self.name} (organisatieprofiel), openbaar."
        if kind == "ADDRESS" and _fold(span.text) in self.addresses:
            return f"Eigen adres van {self.name} (organisatieprofiel), geen persoonsgegeven."
        if kind == "POSTCODE":
            window = _fold(_this_and_previous_line(text, span.start, span.end))
            own_postcode = not self.postcodes.isdisjoint(_postcodes(span.text))
            if own_postcode or any(address in window for address in self.addresses):
                return f"Postcode van een eigen adres of postbus van {self.name} (organisatieprofiel)."
        return None


def _this_and_previous_line(text: str, start: int, end: int) -> str:
    """The line holding ``text[start:end]`` up to it, and the non-empty line above (where a street or Postbus is)."""
    line_start = text.rfind("\n", 0, start) + 1
    above = text[max(0, line_start - 200) : line_start].rstrip("\n").split("\n")[-1]
    return f"{above}\n{text[line_start:end]}"


def _postcodes(text: str) -> set[str]:
    """The postcodes in ``text`` in the form they are compared in: ``1043DL`` for ``1043 DL``."""
    return {"".join(m.group("code").split()) for m in POSTCODE.finditer(text, timeout=REGEX_TIMEOUT)}


def _fold(text: str) -> str:
    """Lowercase with whitespace folded: the form names and addresses are compared in."""
    return " ".join(text.lower().split())


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())
