"""Decide from the words around a marker run what kind of value stood there (a name, an amount, …)."""

from __future__ import annotations

from dataclasses import dataclass

import regex

from training.gold_markers import Run

_T = 1.0
_I = regex.IGNORECASE

# When a marker has no code (a bare ``[redacted]``), the kind's usual ground, as the Almere decision motivates it
# (names, phone numbers, e-mail addresses and letter references under 5.1(2)e; supplier figures under 5.1(1)c).
DEFAULT_GROUND: dict[str, str] = {
    "PERSON": "5.1(2)e",
    "EMAIL_ADDRESS": "5.1(2)e",
    "PHONE_NUMBER": "5.1(2)e",
    "ADDRESS": "5.1(2)e",
    "POSTCODE": "5.1(2)e",
    "SIGNATURE": "5.1(2)e",
    "KENMERK": "5.1(2)e",
    "IBAN_CODE": "5.1(2)e",
    "NL_BSN": "5.1(1)e",
    "NL_KVK": "5.1(1)c",
    "NL_BTW": "5.1(1)c",
    "ORDER_NUMBER": "5.1(2)f",
    "AMOUNT": "5.1(1)c",
    "ORGANIZATION": "5.1(1)c",
    "SPECIAL_CATEGORY": "5.1(1)d",
    "POLICY_OPINION": "5.2(1)",
}
_PERSON_GROUNDS = frozenset({"5.1(2)e"})
_BUSINESS_GROUNDS = frozenset({"5.1(1)c"})

# Label right before the run on the same line → (kind, style). Checked in this order.
_LABELS: tuple[tuple[regex.Pattern[str], str, str], ...] = tuple(
    (regex.compile(r"(?<!\w)" + pattern + r"[\s:.,]{0,3}$", _I), kind, style)
    for pattern, kind, style in (
        (r"(?:functie|functietitel|datum|plaats|rol)", "", ""),
        (r"(?:duur|looptijd|doorlooptijd)\s(?:van\s)?(?:ongeveer\s|circa\s)?", "", "number"),
        (r"geachte\s(?:heer|mevrouw|mevr\.|dhr\.)", "PERSON", "surname"),
        (r"geachte", "PERSON", "salutation"),
        (r"beste", "PERSON", "first"),
        (
            r"(?:t\.\s?a\.\s?v|contactpersoon|naam|projectleiding|vertegenwoordigd door|ondertekend door"
            r"|de heer|mevrouw|dhr|mevr|behandeld door)",
            "PERSON",
            "initials",
        ),
        (r"(?:tel(?:efoon(?:nummer)?)?|mobiel|gsm|fax)\.?:?\s{0,2}\(0\d{2,3}\)", "PHONE_NUMBER", "local"),
        (r"^\s{0,4}[TMF]", "PHONE_NUMBER", ""),  # a letterhead's "T 5.1(2)e" / "M …"
        (r"^\s{0,4}E", "EMAIL_ADDRESS", ""),
        (r"(?:tel(?:efoon(?:nummer)?)?|telefonisch|mobiel|gsm)", "PHONE_NUMBER", ""),
        (r"(?:e-?mail(?:adres)?|(?<!\w)e\s?:)", "EMAIL_ADDRESS", ""),
        (r"(?:kenmerk|referentie|zaaknummer|dossiernummer)", "KENMERK", ""),
        (
            r"(?:kostenplaats(?:nummer)?|werkorder|order(?:nummer)?|bestel(?:nummer|bon)|inkooporder(?:nummer)?"
            r"|factuurnummer|offertenummer|projectnummer)",
            "ORDER_NUMBER",
            "",
        ),
        (r"(?:iban|rekeningnummer|bankrekening(?:nummer)?)", "IBAN_CODE", ""),
        (r"(?:bsn|burgerservicenummer|sofi-?nummer)", "NL_BSN", ""),
        (r"(?:kvk(?:-nummer|-nr)?|kamer van koophandel)", "NL_KVK", ""),
        (r"(?:btw-?(?:nummer|id|nr)|omzetbelastingnummer|btw-identificatienummer)", "NL_BTW", ""),
        (r"postcode", "POSTCODE", ""),
        (r"(?:adres|woonadres|woonachtig(?:\saan|\sop)?|wonende\saan)", "ADDRESS", ""),
        (r"(?:handtekening|paraaf)", "SIGNATURE", ""),
        (
            r"(?:€|eur|euro|bedragen|bedraagt|kost|kosten|tarief|uurtarief|budget|prijs"
            r"|(?:totaal)?(?:bedrag|budget)(?:\saan)?\svan)",
            "AMOUNT",
            "euro",
        ),
    )
)
# Whole-line runs: a label on the line before ("Aan", "Ons kenmerk") → kind.
_PREVIOUS: tuple[tuple[regex.Pattern[str], str, str], ...] = tuple(
    (regex.compile(pattern, _I), kind, style)
    for pattern, kind, style in (
        (
            r"^(?:aan|kopie aan|van|aanwezig|contactpersoon|projectleider|behandeld door|t\.a\.v\.)\s*:?\s*$",
            "PERSON",
            "full",
        ),
        (r"^(?:met vriendelijke groet|hoogachtend|namens (?:hen|deze))\s*,?\s*$", "PERSON", "full"),
        (r"^geachte\s*,?\s*$", "PERSON", "salutation"),
        (r"^(?:beste|hoi|hallo|dag)\s*,?\s*$", "PERSON", "first"),
        (
            r"^(?:opgesteld door|opsteller|auteurs?|directeur|portefeuillehouder|verzonden door)\s*:?\s*$",
            "PERSON",
            "full",
        ),
        (r"kenmerk\s*:?\s*$", "KENMERK", ""),
        (r"(?:kostenplaats|werkorder|ordernummer|bestelnummer)", "ORDER_NUMBER", ""),
        (r"^(?:tel(?:efoon)?|mobiel)\s*:?\s*$", "PHONE_NUMBER", ""),
        (r"^(?:e-?mail|e)\s*:?\s*$", "EMAIL_ADDRESS", ""),
        (r"^[tm]\s*:?\s*$", "PHONE_NUMBER", ""),
    )
)
_URL_BEFORE = regex.compile(r"(?:www\.|@|https?://\S{0,80}/)$", _I)
_AMOUNT_AFTER = regex.compile(r"^\s{0,2}(?:euro\b|,-|per\s(?:uur|dag|dagdeel|maand|jaar)\b|excl|incl)", _I)
_QUANTITY_AFTER = regex.compile(r"^\s{0,2}(?:%|(?:procent|maanden|weken|dagen|uur|jaar|keer|personen)\b)", _I)
_NUMBER_HEADER = regex.compile(r"aantal|uren|\buur\b|dagen", _I)
_QUANTITY_HEADER = regex.compile(r"aantal|uren|\buur\b|dagen|datum|product|omschrijving", _I)
_MONEY_HEADER = regex.compile(r"€|kosten|tarief|bedrag|prijs|totaal", _I)
_PERSON_HEADER = regex.compile(r"^(?:wie|naam|contactpersoon|aanwezig|medewerker)\b", _I)
_TOTAL_ROW = regex.compile(r"(?:sub)?totaal|btw|reiskosten|kosten|bedrag", _I)
NUMBERING = regex.compile(r"^(?:\s{0,8}(?:[-•*]|\d{1,2}(?:\.\d{1,2}){0,2}\.?\)?|[a-z]\))\s{1,4})+")


@dataclass(frozen=True)
class Decision:
    """What a run becomes: a scored value of ``kind`` (with ``style`` hints) or an ignore region."""

    kind: str | None
    grounds: tuple[str, ...]
    style: str = ""
    size: str = "words"  # filler for ignore regions: number, words, item or block

    @property
    def ignore(self) -> bool:
        return self.kind is None


@dataclass(frozen=True)
class Context:
    """The text around a run: the rest of its line, the previous non-empty line, and its table cell."""

    left: str
    right: str
    previous: str
    column: int | None = None  # the run's table column (tab-separated lines), None outside tables
    column_header: str | None = None
    row_label: str | None = None

    @property
    def whole_cell(self) -> bool:
        """True when the run fills its table cell."""
        if self.column is None:
            return False
        return not self.left.rsplit("\t", 1)[-1].strip() and not self.right.split("\t", 1)[0].strip()


def decide(run: Run, ctx: Context, guess_lines: bool = True) -> Decision:
    """The kind of value ``run`` stood for, or an ignore region when the context does not tell.

    With ``guess_lines=False`` a run alone on its line that no label explains is ignored instead of being
    read from its ground (a ``5.1(2)e`` alone on a line of a text extracted from a PDF may be anything).
    """
    grounds = run.grounds
    size = run.block or ("block" if _whole_line(run, ctx) else "words")
    if "5.2(1)" in grounds:
        return Decision("POLICY_OPINION", _first(grounds, "5.2(1)"))
    if run.scope:
        return Decision(None, grounds, size=size)
    if _URL_BEFORE.search(ctx.left, timeout=_T):
        return _scored("ORGANIZATION", run, "slug")
    if run.block:
        return Decision(None, grounds, size=run.block)
    labelled = None if ctx.whole_cell else _label(ctx.left)
    if labelled is not None:
        kind, style = labelled
        return _scored(kind, run, style) if kind else Decision(None, grounds, size=style or size)
    if _QUANTITY_AFTER.search(ctx.right, timeout=_T):
        return Decision(None, grounds, size="number")
    if _AMOUNT_AFTER.search(ctx.right, timeout=_T) and _business_or_none(run):
        return _scored("AMOUNT", run, "euro")
    if ctx.whole_cell:
        return _table_cell(run, ctx)
    if _whole_line(run, ctx):
        for pattern, kind, style in _PREVIOUS:
            if pattern.search(ctx.previous.strip(), timeout=_T) and (kind != "PERSON" or _person_or_none(run)):
                return _scored(kind, run, style)
        if not guess_lines:
            return Decision(None, grounds, size="words")
    return _by_ground(run, ctx, size)


def _label(left: str) -> tuple[str, str] | None:
    tail = left[-60:]
    for pattern, kind, style in _LABELS:
        if pattern.search(tail, timeout=_T):
            return kind, style
    return None


def _table_cell(run: Run, ctx: Context) -> Decision:
    header = ctx.column_header or ""
    if _person_or_none(run) and run.grounds and _PERSON_HEADER.search(header.strip(), timeout=_T):
        return _scored("PERSON", run, "full")
    if _business_or_none(run):
        if _QUANTITY_HEADER.search(header, timeout=_T) and not _MONEY_HEADER.search(header, timeout=_T):
            return Decision(None, run.grounds, size="number" if _NUMBER_HEADER.search(header, timeout=_T) else "words")
        if _MONEY_HEADER.search(header, timeout=_T):
            hourly = "uur" in header.lower() and "tarief" in header.lower()
            return _scored("AMOUNT", run, "hourly" if hourly else ("plain" if "€" in header else "euro"))
        if ctx.column and ctx.row_label and _TOTAL_ROW.search(ctx.row_label, timeout=_T):
            return _scored("AMOUNT", run, "euro")
    return Decision(None, run.grounds, size="words")


def _by_ground(run: Run, ctx: Context, size: str) -> Decision:
    """No label: the printed ground decides (a 5.1(2)e is a name; 5.1(1)c in a sentence is the supplier)."""
    grounds = run.grounds
    if not grounds:
        return Decision(None, grounds, size=size)
    if len(run.codes) > len(grounds) > 1:
        return Decision(None, grounds, size=size)  # repeated codes of several grounds: several values
    first = grounds[0]
    if first in _PERSON_GROUNDS and not ctx.whole_cell:
        return Decision("PERSON", grounds, "full")
    if first in _BUSINESS_GROUNDS and _in_sentence(ctx):
        return Decision("ORGANIZATION", grounds)
    return Decision(None, grounds, size=size)


def _in_sentence(ctx: Context) -> bool:
    """True when the run sits inside running text rather than standing for a whole clause or paragraph."""
    left = NUMBERING.sub("", ctx.left, timeout=_T).rstrip()
    right = ctx.right.strip()
    if not right:
        return False
    if left:
        return bool(regex.search(r"[\w,(&]$", left, timeout=_T))
    return bool(regex.match(r"[a-z(&,]", right, timeout=_T)) or right.startswith("(")


def _whole_line(run: Run, ctx: Context) -> bool:
    return not NUMBERING.sub("", ctx.left, timeout=_T).strip() and not ctx.right.strip(" .,;:)\t")


def _scored(kind: str, run: Run, style: str) -> Decision:
    """A scored value; an incomplete or missing code takes the kind's usual ground when that fits."""
    grounds = run.grounds
    if not grounds:
        default = DEFAULT_GROUND[kind]
        partial = run.partial
        if run.codes and (partial is None or not default.startswith(partial)):
            return Decision(None, (), size="words")
        grounds = (default,)
    return Decision(kind, grounds, style)


def _first(grounds: tuple[str, ...], ground: str) -> tuple[str, ...]:
    return (ground, *[g for g in grounds if g != ground])


def _person_or_none(run: Run) -> bool:
    return not run.codes or bool(set(run.grounds) & _PERSON_GROUNDS) or (run.partial or "") == "5.1(2)"


def _business_or_none(run: Run) -> bool:
    return not run.codes or bool(set(run.grounds) & _BUSINESS_GROUNDS) or (run.partial or "") == "5.1(1)"
