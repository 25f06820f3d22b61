"""Draft an organisation profile from a body's own released documents and inventory lists.

Everything in released text was published, so what a body prints again and again about itself is public:
the names it publishes next to a public role (``burgemeester A.B. van Dijk``, ``J. Visser, wethouder``), its
functional mailboxes and numbers, its visiting addresses and Postbus, its bank accounts and the shape of its
kenmerken. The draft (TOML in the schema of :mod:`detector.profile`) lists each entry with the number of
documents it was seen in; a person reviews it and removes the draft line before use (``lakmoes profile check``).
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

import regex

from detector.profile import TOOI_PREFIX
from training.gold_uwv import read_released

_T = 1.0
DRAFT_MARKER = "# CONCEPT"
SUFFIXES = (".md", ".txt", ".csv")
MIN_DOCUMENTS = 2  # a contact detail must recur in this many documents to count as the body's own

ROLES = (
    "burgemeester", "wethouder", "gemeentesecretaris", "griffier", "raadslid", "commissaris van de koning",
    "gedeputeerde", "provinciesecretaris", "minister", "staatssecretaris", "secretaris-generaal",
    "directeur-generaal", "voorzitter raad van bestuur", "lid raad van bestuur", "voorzitter", "woordvoerder",
    "dijkgraaf", "directeur",
)  # fmt: skip
_ROLE = r"(?P<role>(?i:" + "|".join(regex.escape(r) for r in sorted(ROLES, key=len, reverse=True)) + r"))"
_PARTICLE = r"(?:van|de|der|den|het|ten|ter|te|op|in|'t|el|al)"
_SURNAME = r"(?:" + _PARTICLE + r"\s){0,3}[A-Z][a-zà-ÿ]+(?:-(?:" + _PARTICLE + r"\s){0,2}[A-Z][a-zà-ÿ]+)?"
_NAME = (
    r"(?P<name>(?:[A-Z]\.){1,4}\s?" + _SURNAME + r"|[A-Z][a-zà-ÿ]{1,20}\s(?:" + _PARTICLE + r"\s){0,3}"
    r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?)"
)
_TITLE = r"(?:(?i:dhr\.|mevr\.|de heer|mevrouw|drs\.|mr\.|dr\.|ir\.)\s)?"
_ROLE_NAME = regex.compile(r"(?<![\w-])" + _ROLE + r"\s{1,2}" + _TITLE + _NAME + r"\b")
# Politicians are often named by surname alone: "burgemeester Weerwind", "minister Van der Steur".
_POLITICAL = ("burgemeester", "wethouder", "gedeputeerde", "commissaris van de koning", "minister", "staatssecretaris")
_ROLE_SURNAME = regex.compile(
    r"(?<![\w-])(?P<role>(?i:" + "|".join(_POLITICAL) + r"))\s{1,2}"
    r"(?P<name>(?:(?:Van|De|Den|Ter|Ten)\s(?:" + _PARTICLE + r"\s){0,2})?"
    r"[A-Z][a-zà-ÿ]{2,}(?:-[A-Z][a-zà-ÿ]+)?)\b(?!\s[A-Z])"
)
_NAME_ROLE = regex.compile(_NAME + r",\s{0,2}" + _ROLE + r"\b")
# Capitalised words after a role that name a body or a unit, not a person ("voorzitter Raad van Bestuur").
_NOT_A_NAME = regex.compile(
    r"(?i:\w*(?:raad|bestuur|bedrijf|zaken|directie|afdeling|dienst|team|staten|college|commissie|kamer|gemeente"
    r"|provincie|ministerie|aandeelhouder|facilitair|juridische|financi\w*|uitvoering|voering|beleid|organisatie"
    r"|regio|sector|divisie|programma|project|groep|overleg|generaal|bestuurs\w*|districtelijk|veiligheid\w*"
    r"|onderwijs|zorg|welzijn|economie|wonen|cultuur|sport|jeugd|financiën|sociaa?le?))\b"
)
_EMAIL = regex.compile(r"(?<![\w.+-])[A-Za-z0-9][\w.+-]{0,60}@[A-Za-z0-9-]{1,60}(?:\.[A-Za-z0-9-]{1,60}){1,4}\b")
_PERSONAL_LOCAL = regex.compile(r"^(?:[a-z]{1,3}\.)+[a-z-]{2,}$|^[a-z]+\.[a-z]+(?:\.[a-z]+)?$")
_PHONE = regex.compile(
    r"(?<![\d\w])(?:14\s?0\d{2,3}|0800[\s-]?\d{4}|0900[\s-]?\d{4}|0\d{2}[\s-]?\d{3}[\s-]?\d{2}[\s-]?\d{2}"
    r"|0\d{2}[\s-]?\d{7}|0\d{3}[\s-]?\d{6}|\+31\s?\d{2}\s?\d{3}\s?\d{4})(?![\d])"
)
_CITY = r"(?:(?i:den)[ ]|'s-)?[A-Z][\w'-]+(?:[ ](?:aan|op)[ ](?:den[ ]|de[ ])?[A-Z][\w'-]+)?"
_POSTCODE_CITY = r"\d{4}[ ]?[A-Z]{2}[ ]{1,2}" + _CITY
_POSTBUS = regex.compile(r"\b(?P<box>Postbus\s\d{1,6})[,\s]{1,3}(?P<place>" + _POSTCODE_CITY + ")")
# A street address followed by its postcode and place; one that recurs across documents is the body's own.
_ADDRESS = regex.compile(
    r"(?<![\w-])(?P<street>[A-Z][\w'.-]+(?:[ ][\w'.-]+){0,3}[ ]\d{1,4}[a-zA-Z]?(?:-\d{1,4})?)"
    r"[,\s]{1,4}(?P<place>" + _POSTCODE_CITY + r")"
)
_IBAN = regex.compile(r"\bNL\d{2}\s?[A-Z]{4}(?:\s?\d){10}\b")
_KENMERK = regex.compile(r"(?:Ons|Uw)?\s?kenmerk\s*:?\s{0,3}(?P<value>[A-Z0-9][\w/.-]{3,30}\d)", regex.I)
_BODY_NAME = regex.compile(
    r"\b(?:(?:Gemeente|Provincie|Waterschap|Hoogheemraadschap|Ministerie van)[ ]"
    r"[A-Z][\w'-]+(?:[ ](?:en[ ])?[A-Z][\w'-]+){0,4}"
    r"|(?:Uitvoeringsinstituut|Rijksdienst|Agentschap|Inspectie|Dienst)[ ](?:voor[ ])?[\w-]+(?:[ ][A-Z][\w-]+){0,3})"
)


@dataclass
class Evidence:
    """What was found, with the documents each item was seen in."""

    documents: int = 0
    officials: dict[tuple[str, str], set[str]] = field(default_factory=lambda: defaultdict(set))
    mailboxes: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    phones: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    postbus: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    addresses: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    ibans: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    kenmerk_shapes: Counter[str] = field(default_factory=Counter)
    names: Counter[str] = field(default_factory=Counter)


def collect_texts(folder: Path) -> Iterable[tuple[str, str]]:
    """``(relative path, text)`` of every released text file under ``folder`` (front matter stripped)."""
    for path in sorted(p for p in folder.rglob("*") if p.is_file() and p.suffix.lower() in SUFFIXES):
        rel = path.relative_to(folder).as_posix()
        yield rel, read_released(path.read_text(encoding="utf-8", errors="replace"), rel).text


def gather(texts: Iterable[tuple[str, str]]) -> Evidence:
    """Collect the evidence of every document."""
    found = Evidence()
    for doc, raw in texts:
        text = regex.sub(r"[ \t]+", " ", raw, timeout=_T)
        found.documents += 1
        matches = [*_ROLE_NAME.finditer(text, timeout=_T), *_NAME_ROLE.finditer(text, timeout=_T)]
        fuller = {m.start("name") for m in matches}
        matches += [m for m in _ROLE_SURNAME.finditer(text, timeout=_T) if m.start("name") not in fuller]
        for match in matches:
            name = _clean_name(match.group("name"))
            if not _NOT_A_NAME.search(name, timeout=_T):
                found.officials[(name, match.group("role").lower())].add(doc)
        for match in _EMAIL.finditer(text, timeout=_T):
            found.mailboxes[match.group(0).lower()].add(doc)
        for match in _PHONE.finditer(text, timeout=_T):
            found.phones[regex.sub(r"\s+", " ", match.group(0), timeout=_T)].add(doc)
        for match in _POSTBUS.finditer(text, timeout=_T):
            found.postbus[f"{match.group('box')}, {_place(match.group('place'))}"].add(doc)
        for match in _ADDRESS.finditer(text, timeout=_T):
            found.addresses[f"{match.group('street')}, {_place(match.group('place'))}"].add(doc)
        for match in _IBAN.finditer(text, timeout=_T):
            found.ibans[match.group(0).replace(" ", "")].add(doc)
        for match in _KENMERK.finditer(text, timeout=_T):
            if not match.group("value").isdigit():  # a bare number says nothing about the body's style
                found.kenmerk_shapes[kenmerk_shape(match.group("value"))] += 1
        found.names.update(_one_line(m.group(0)) for m in _BODY_NAME.finditer(text, timeout=_T))
    return found


def _clean_name(name: str) -> str:
    return regex.sub(r"\s+", " ", name, timeout=_T).strip()


def _one_line(text: str) -> str:
    return regex.sub(r"[\s,]+", " ", text, timeout=_T).strip()


def _place(text: str) -> str:
    """``1300 AE ALMERE`` → ``1300 AE Almere``: the same place however a letterhead prints it."""
    match = regex.match(r"(\d{4}) ?([A-Z]{2}) (.+)", _one_line(text), timeout=_T)
    if not match:
        return _one_line(text)
    city = match.group(3)
    if city.isupper():
        city = " ".join(word.capitalize() for word in city.split(" ")).replace("'S-", "'s-")
    return f"{match.group(1)} {match.group(2)} {city}"


def kenmerk_shape(value: str) -> str:
    """A regex for kenmerken shaped like ``value``: digit runs become ``\\d{n}``, the rest stays literal."""
    parts = regex.split(r"(\d+)", value, timeout=_T)
    return r"\b" + "".join(rf"\d{{{len(p)}}}" if p.isdigit() else regex.escape(p) for p in parts if p) + r"\b"


@dataclass(frozen=True)
class Draft:
    """The learned profile, ready to be written as TOML."""

    name: str
    officials: list[tuple[str, str, int]]  # name, role, documents
    mailboxes: list[tuple[str, int]]
    phone_numbers: list[tuple[str, int]]
    addresses: list[tuple[str, int]]
    postbus: list[tuple[str, int]]
    ibans: list[tuple[str, int]]
    kenmerk_pattern: tuple[str, int] | None
    documents: int


def draft(found: Evidence, name: str | None = None, min_documents: int = MIN_DOCUMENTS) -> Draft:
    """Turn the evidence into a draft: officials seen anywhere, contact details seen in ``min_documents``."""

    def recurring(items: dict[str, set[str]], keep: object = None) -> list[tuple[str, int]]:
        rows = [(k, len(v)) for k, v in items.items() if len(v) >= min_documents and (keep is None or keep(k))]
        return sorted(rows, key=lambda row: (-row[1], row[0]))

    # "burgemeester Almere" names a place: words of the body names and the places of its Postbus are no officials.
    places = {w for body in found.names for w in body.split()[1:]}
    for place in [*found.postbus, *found.addresses]:
        city = regex.search(r"\d{4} [A-Z]{2} (.+)$", place, timeout=_T)
        places |= {city.group(1)} if city else set()
    officials = sorted(
        ((n, r, len(docs)) for (n, r), docs in found.officials.items() if n not in places),
        key=lambda row: (-row[2], row[0], row[1]),
    )
    shape = found.kenmerk_shapes.most_common(1)
    return Draft(
        name=name or (found.names.most_common(1)[0][0] if found.names else "TODO naam van de organisatie"),
        officials=officials,
        mailboxes=recurring(found.mailboxes, lambda m: not _PERSONAL_LOCAL.match(m.split("@")[0])),
        phone_numbers=recurring(found.phones),
        addresses=recurring(found.addresses, lambda a: not a.startswith("Postbus")),
        postbus=recurring(found.postbus),
        ibans=recurring(found.ibans),
        kenmerk_pattern=shape[0] if shape and shape[0][1] >= min_documents else None,
        documents=found.documents,
    )


def to_toml(result: Draft, source: str, tooi: str | None = None) -> str:
    """The draft as a profile TOML file; the first line marks it as a draft to review."""
    lines = [
        f"{DRAFT_MARKER}: drafted by 'lakmoes profile learn' on {date.today().isoformat()} from {result.documents} "
        f"released documents in {source}.",
        "# Review every entry (the comment says in how many documents it was seen), fill in the TOOI URI and the",
        "# officials' periods, then delete these three lines. 'lakmoes profile check FILE' validates the result.",
        "",
        f"name = {_string(result.name)}",
        f"tooi = {_string(tooi or TOOI_PREFIX + 'onbekend')}" + ("" if tooi else "  # TODO: the body's TOOI URI"),
        "",
    ]
    for key, rows in (
        ("addresses", result.addresses),
        ("postbus", result.postbus),
        ("mailboxes", result.mailboxes),
        ("phone_numbers", result.phone_numbers),
        ("ibans", result.ibans),
    ):
        lines.append(f"{key} = [")
        lines += [f"    {_string(value)},  # {count} documenten" for value, count in rows]
        lines += ["]", ""]
    if result.kenmerk_pattern:
        pattern, count = result.kenmerk_pattern
        lines += [f"kenmerk_pattern = {_string(pattern)}  # {count} kenmerken in deze vorm", ""]
    for person, role, count in result.officials:
        lines += [
            f"[[officials]]  # {count} documenten; TODO: 'from' and 'to' of the period in office",
            f"name = {_string(person)}",
            f"role = {_string(role)}",
            "",
        ]
    lines += [
        "[policy]  # the body's own choices: set them, they cannot be learned from released text",
        'supplier_names = "business_data"',
        "signatories_public = true",
        'own_kenmerken = "redacted"',
    ]
    return "\n".join(lines) + "\n"


def _string(value: str) -> str:
    """A TOML basic string (JSON's escaping is valid TOML for these characters)."""
    return json.dumps(value, ensure_ascii=False)


def is_draft(text: str) -> bool:
    """True while the file still starts with the draft line."""
    return text.lstrip().startswith(DRAFT_MARKER)
