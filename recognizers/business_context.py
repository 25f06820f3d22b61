"""Shared evidence for business data: is this a supplier's price, does this text name a public body?

Also the bounded line helpers every business recognizer uses: a line is looked at no further than
``LINE_LIMIT`` characters either way, so no recognizer scans back to the start of a huge one-line text.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from recognizers.name_lists import own_list
from recognizers.sentences import sentence_bounds

_FLAGS = regex.IGNORECASE | regex.MULTILINE
_WINDOW_BEFORE = 150
LINE_LIMIT = 500
_WINDOW_AFTER = 100
_HEADING_REACH = 300  # characters above a table or amount that may hold the title of its section

# Right after the number: a rate unit makes it a supplier's tariff.
_RATE_AFTER = regex.compile(
    r"[ \t\u00a0]{0,2}(?:,-{1,2})?[ \t\u00a0]{0,2}(?:euro[ \t]{1,2}|€[ \t]{0,2})?"
    r"(?:\(?(?:excl|incl)\.?[ \t]{0,2}btw\)?[ \t]{1,2})?(?:per|p/|/|p\.)[ \t]{0,2}"
    r"(?P<unit>uur|dagdeel|dag|sessie|training|deelnemer|maand)\b",
    _FLAGS,
)
_UNIT_WHAT = {"uur": "uurtarief", "dag": "dagtarief", "dagdeel": "dagdeeltarief"}
# A euro sign or word: where a sentence states an amount of money.
MONEY = regex.compile(r"€|(?<![\p{L}])(?i:eur|euro)(?![\p{L}])")
# A line that opens with a total ("Totaal € 4.350", "Totaal excl. btw: 4.350"), and how far above it the prices it
# sums may stand.
_TOTAL_LINE = regex.compile(
    r"[ \t*#|]{0,6}(?:sub|eind)?totaal\b[^\n\d€]{0,40}(?:€|eur\b|euro\b)?[ \t\u00a0]{0,3}\Z", _FLAGS
)
_TOTAL_REACH = 300
# Words that make an amount a supplier's price, and what to call it in the explanation.
_SUPPLIER_CUES = regex.compile(
    r"\b(?P<offerte>offerte\w{0,8}|offreren|offreert|aanbieding(?:en)?|prijsopgaven?|inschrijfprijs\w{0,2}|"
    r"inschrijving(?:en)?|inschrijfsom|aanneemsom|prijs(?:[ \t]{1,2}[\p{L}\d€.,'’-]{1,30}){0,6}?[ \t]{1,2}afgegeven|"
    r"afgegeven[ \t]{1,2}prijs|(?:te[ \t]{1,2})?gunnen[ \t]{1,2}aan|gegund[ \t]{1,2}aan)\b"
    r"|\b(?P<tarief>\w{0,8}tarie(?:f|ven)|honorarium|opdrachtnemer|leverancier|inhuur|externe?|"
    r"bod|bood|boden|inschrijvers?|aanbieders?|rekent|rekenen|rekende)\b"
    r"|\b(?P<cost>kost)\b"
    r"|\b(?P<rate>per (?:uur|dag|dagdeel))\b"
    r"|\b(?P<factuur>factu(?:ur|ren|reren|reert|reerd)\w{0,6}|gefactureerd|in rekening)\b"
    r"|\b(?P<aanvraag>vragen (?:wij|we) (?:u )?(?:een )?(?:bedrag|subsidie|bijdrage)|"
    r"aangevraagde? (?:bedrag|subsidie|bijdrage))\b",
    _FLAGS,
)
_CUE_WHAT = {
    "offerte": "prijs uit de offerte van een leverancier",
    "tarief": "tarief van een leverancier",
    "cost": "prijs van een leverancier",
    "rate": "tarief van een leverancier",
    "factuur": "gefactureerd bedrag van een leverancier",
    "aanvraag": "aangevraagd bedrag van een aanvrager",
}
# A body's own levies and taxes ("afvalstoffenheffing", "watersysteemheffing", "toeristenbelasting"): their rates
# are the body's, not a supplier's ("het tarief van de afvalstoffenheffing").
_LEVY = (
    r"\b(?:\w{3,20}heffing|(?:onroerende[ ]?zaak|toeristen|forensen|precario|honden|parkeer)belasting(?:en)?|"
    r"belastingverordening|tarievenverordening)\b"
)
# Words that make an amount the government's own, public figure.
_PUBLIC_CUES = regex.compile(
    r"\b(?:subsidieplafond|rijksbijdragen?|gemeentefonds|decentralisatie-?uitkering|algemene uitkering|"
    r"(?:programma|gemeente|meerjaren)begroting|begrotingswijziging|begroting van de gemeente|"
    r"gemeentelijke begroting|begroting (?:19|20)\d\d|legesverordening|leges|rijksbegroting|"
    r"(?:infrastructuur|delta|provincie|mobiliteits|klimaat|groei|volkshuisvestings)fonds|gefinancierd uit|"
    # a body's own estimates of what its projects cost ("meer dan geraamd")
    r"geraamd|raming|begroot)\b"
    rf"|{_LEVY}",
    _FLAGS,
)
_LEVY_CUES = regex.compile(_LEVY, _FLAGS)
# The title line of a body's own financial account or budget memorandum, or of what it reports to its council or
# parliament: the figures under it are its spending ("Jaarrekening 2023 … Inhuur derden | € 62.694", "Beantwoording
# schriftelijke vragen … De kosten van inhuur bedroegen € 83.049"). A bare "Begroting" is no such title: a grant
# application has one.
_ACCOUNT_TITLE = regex.compile(
    r"^[ \t#*]{0,6}(?:(?:jaarrekening|jaarverslag|gemeenterekening|programmarekening|bestuursrapportage|"
    r"voorjaarsnota|najaarsnota|kadernota|programmabegroting|meerjarenbegroting|raadsinformatiebrief|"
    r"raadsmededeling|statenmededeling|kamerbrief)\b"
    r"|(?:beantwoording|antwoorden?)\b[^\n.]{0,30}?\b(?:raadsvragen|statenvragen|kamervragen|"
    r"(?:schriftelijke|technische|raads|staten)[ \t]{1,2}vragen|vragen[ \t]{1,2}van[ \t]{1,2}(?:het|de)?[ \t]{0,2}"
    r"(?:raadslid|statenlid|kamerlid|fractie|leden)))[^\n.]{0,60}$",
    _FLAGS,
)
# A body's organ adopting what follows ("Vastgesteld door het college van burgemeester en wethouders op …",
# "vastgesteld bij raadsbesluit"): tariffs it sets for the public are its own, published figures.
_ADOPTED = regex.compile(
    r"\bvastgesteld[ \t]{1,2}(?:door|bij)[ \t]{1,2}(?:het[ \t]{1,2}college|de[ \t]{1,2}(?:gemeente)?raad|"
    r"(?:raads|collegee?|bestuurs)besluit|gedeputeerde[ \t]{1,2}staten|provinciale[ \t]{1,2}staten|"
    r"het[ \t]{1,2}(?:algemeen|dagelijks)[ \t]{1,2}bestuur|de[ \t]{1,2}minister|de[ \t]{1,2}staatssecretaris)\b",
    _FLAGS,
)

# A body granting or fixing a subsidy, or its subsidy rules: the amounts and rates it names are its own, public
# spending ("besluiten een subsidie te verlenen van € 12.000, te weten € 50 per deelnemer"), also after a rate unit.
# The recipient between verb and subsidy may be a firm of up to ten words, with an ``&`` ("Jansen & De Wit BV"), or
# its amount ("de subsidie van € 40.000 wordt vastgesteld");
# a subsidy set is also "wij stellen de subsidie aan X vast op € 40.000", one awarded "een subsidie van € 40.000 toe
# te kennen".
_GRANT_CUES = regex.compile(
    r"\bsubsidie\w{0,8}(?:[ \t]{1,2}[\p{L}\d.,€&'’-]{1,30}){0,10}?[ \t]{1,2}(?:te[ \t]{1,2})?"
    r"(?:verlenen|verleend|vast[ \t]?te[ \t]{1,2}stellen|vastgesteld)\b"
    r"|\b(?:verleen|verleent|verleende|verlenen)[ \t]{1,2}(?:[\p{L}\d.&'’-]{1,30}[ \t]{1,2}){0,10}?subsidie"
    r"|\b(?:stel|stelt|stellen|stelde|stelden)[ \t]{1,2}(?:[\p{L}\d.&'’-]{1,30}[ \t]{1,2}){0,3}?subsidie\w{0,8}"
    r"(?:[ \t]{1,2}[\p{L}\d.&'’-]{1,30}){0,10}?[ \t]{1,2}vast\b"
    r"|\bsubsidie\w{0,8}[^\n]{0,100}?(?:toe[ \t]?te[ \t]{1,2}kennen|toegekend)\b|\btoegekende?[ \t]{1,2}subsidie"
    r"|\b(?:ken|kent|kende|kenden|kennen)[ \t]{1,2}(?:[\p{L}\d.&'’-]{1,30}[ \t]{1,2}){0,10}?subsidie\w{0,8}"
    r"(?:[ \t]{1,2}[\p{L}\d.,€&'’-]{1,30}){0,10}?[ \t]{1,2}toe\b"
    r"|\b(?:subsidieverlening|subsidievaststelling|verleningsbeschikking|vaststellingsbeschikking|subsidieplafond|"
    r"subsidieregeling|subsidiebeschikking)\b",
    _FLAGS,
)


# A party asking or offering a price, the amount right after the verb ("Atos vraagt € 48.000", "bood € 9.500"), or
# doing the work for it ("dat Jacobs het werk uitvoert voor € 44.652"; active forms only: "wordt uitgevoerd voor"
# is how a body reports its own project).
_ASKING = regex.compile(
    r"\b(?:(?:vraagt|vragen|vroeg|vroegen|biedt|bieden|bood|boden|rekent|rekenen|rekende|offreert)|"
    r"(?:uitvoert|uitvoeren|uitvoerde|uitvoerden)[ \t]{1,2}(?:voor|tegen))[ \t]{1,2}"
    r"(?:(?:ongeveer|circa|ruim|bijna|slechts|een[ \t]{1,2}bedrag[ \t]{1,2}van)[ \t]{1,2})?(?:€|eur\b|euro\b)",
    _FLAGS,
)


# What a body pays under an agreement ("De maandelijkse vergoeding van € 389 vervalt", "het openstaande bedrag van
# € 5.318 betalen wij nog"): in a letter to a firm, that firm's contract price.
_CONTRACT_PAYMENT = regex.compile(
    r"\b(?:(?:maandelijkse|jaarlijkse|overeengekomen|afgesproken|contractuele|vaste)[ \t]{1,2}vergoeding(?:en)?|"
    r"vergoeding[ \t]{1,2}(?:uit|volgens|conform)[ \t]{1,2}(?:de[ \t]{1,2})?(?:overeenkomst|contract)|"
    r"openstaande?[ \t]{1,2}(?:bedrag|factuur|facturen|saldo)|contract(?:prijs|waarde|som)|opdrachtsom)\b",
    _FLAGS,
)


def contract_payment(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` names a payment under an agreement (``maandelijkse
    vergoeding``, ``openstaande bedrag``, ``contractwaarde`` …) and no public money, grant, income or benefit."""
    left, right = sentence_bounds(text, start, end)
    if any(p.search(text, left, right, timeout=1.0) for p in (_PUBLIC_CUES, _GRANT_CUES, _INCOME_CUES)):
        return False
    return _CONTRACT_PAYMENT.search(text, left, right, timeout=1.0) is not None


def states_contract_payment(text: str) -> bool:
    """Whether any sentence of ``text`` names a payment under an agreement (:func:`contract_payment`), and no
    subsidy is granted or set anywhere in it (what a body pays out of a grant is public spending)."""
    if _GRANT_CUES.search(text, timeout=1.0):
        return False
    return any(contract_payment(text, m.start(), m.end()) for m in _CONTRACT_PAYMENT.finditer(text, timeout=1.0))


def granted_in_sentence(text: str, start: int, end: int) -> str | None:
    """The words of a subsidy the body grants or sets in the sentence around ``text[start:end]`` ("de subsidie aan
    Stichting X vast te stellen", "verleent … subsidie"), or None."""
    left, right = sentence_bounds(text, start, end)
    grant = _GRANT_CUES.search(text, left, right, timeout=1.0)
    return " ".join(grant.group().split()) if grant else None


def priced_sentence(text: str, start: int, end: int) -> bool:
    """Whether the sentence around ``text[start:end]`` is about a supplier's price or quote: a supplier's word
    (``offerte``, ``tarief``, ``factuur`` …) or a price asked right after its verb, and no public money in it."""
    left, right = sentence_bounds(text, start, end)
    if any(p.search(text, left, right, timeout=1.0) for p in (_PUBLIC_CUES, _GRANT_CUES, _INCOME_CUES)):
        return False
    return any(p.search(text, left, right, timeout=1.0) for p in (_SUPPLIER_CUES, _ASKING))


def _window(text: str, start: int, end: int) -> tuple[int, str]:
    """The text around ``start..end``, cut at paragraph breaks; returns its offset and the text."""
    left = max(0, start - _WINDOW_BEFORE)
    paragraph = text.rfind("\n\n", left, start)
    while paragraph != -1 and _inside_sentence(text, paragraph):
        paragraph = text.rfind("\n\n", left, paragraph)
    left = paragraph + 2 if paragraph != -1 else left
    right = min(len(text), end + _WINDOW_AFTER)
    paragraph = text.find("\n\n", end, right)
    while paragraph != -1 and _inside_sentence(text, paragraph):
        paragraph = text.find("\n\n", paragraph + 2, right)
    right = paragraph if paragraph != -1 else right
    return left, text[left:right]


def _inside_sentence(text: str, gap: int) -> bool:
    """Whether the blank line at ``gap`` is a PDF extraction's line wrap inside a sentence ("De uitkering is" /
    "dan € 11,99 per dag."): a letter or comma before it and a lowercase letter after it."""
    before = text[max(0, gap - 1) : gap]
    after = text[gap : gap + 12].lstrip()[:1]
    return (before.isalpha() or before == ",") and after.islower()


Cue = tuple[int, regex.Match[str]]  # a cue's distance to the amount, and its match


def _cues(pattern: regex.Pattern[str], text: str, start: int, end: int) -> list[Cue]:
    """Every match of ``pattern`` in the window around ``text[start:end]``, in text order, with its distance."""
    left, window = _window(text, start, end)
    found: list[Cue] = []
    for match in pattern.finditer(window, timeout=1.0):
        a, b = match.start() + left, match.end() + left
        # Dutch names the thing before its amount ("het tarief is € 95"): a cue after counts double distance.
        found.append((max(2 * (a - end), start - b, 0), match))
    return found


def _nearest(cues: list[Cue]) -> Cue | None:
    """The nearest cue (the first of equally near ones), or None."""
    return min(cues, key=lambda cue: cue[0], default=None)


# Words that make an amount a person's income or benefit, or what a person pays towards a service ("eigen
# bijdrage"), not a supplier's price ("een uitkering van € 822,50 per maand", "zijn loon is € 2.000 per maand",
# "het maatmaninkomen is € 16,00 per uur", "winst per dag"): the rate unit after it is no tariff. Only a named
# supplier cue (offerte, tarief, factuur …) nearer outweighs them.
_INCOME_CUES = regex.compile(
    r"\b(?:uitkering\w{0,6}|\w{0,10}loon|loondienst|salaris|\w{0,10}inkomens?|inkomsten|toeslag\w{0,2}|winst|"
    r"vakantiegeld|voorschot|terugvordering|kinderbijslag|bijstand|pensioen|wml|ww|wia|wao|ziektewet|"
    r"eigen[ \t]{1,2}bijdragen?)\b",
    _FLAGS,
)


def price_evidence(text: str, start: int, end: int) -> dict[str, str]:
    """Evidence from the words around ``text[start:end]`` of whose amount it is (empty when they do not say).

    ``owner=supplier`` with ``what`` (a rate, a quote, an invoiced amount) or ``owner=public_body`` with the
    cue as ``evidence`` (a budget, a subsidy ceiling); ``ground_rules.json`` turns that into a ground.
    """
    rate = _RATE_AFTER.match(text, end, min(len(text), end + 40), timeout=1.0)
    income = _nearest(_cues(_INCOME_CUES, text, start, end))
    suppliers = _cues(_SUPPLIER_CUES, text, start, end)
    named_supplier = _nearest([c for c in suppliers if c[1].lastgroup != "rate"])  # a bare "per dag" is no match
    if income and (named_supplier is None or income[0] < named_supplier[0]):
        return {}  # income or a benefit: no supplier's price; the document type decides
    grant = _nearest(_cues(_GRANT_CUES, text, start, end))
    if grant and (named_supplier is None or grant[0] < named_supplier[0]):
        public = _nearest(_cues(_PUBLIC_CUES, text, start, end))
        if public and public[0] <= grant[0]:
            return _public_evidence(public[1].group(0))
        cue = " ".join(grant[1].group(0).split())
        evidence = f"Subsidie die de overheid verleent ('{cue}'), geen bedrijfsgegeven"
        return {"owner": "public_body", "evidence": evidence}
    supplier = _nearest(suppliers)
    # "Tarieventabel afvalstoffenheffing … | Tarief | € 276,58", "het tarief van de rioolheffing is € 20 per maand",
    # "Standplaats markt per dag | € 12,40" under a levy: a levy above, and at most a bare "tarief" or rate unit,
    # make the rate the body's own ("uurtarief", "offerte" and other supplier words outweigh it)
    bare = named_supplier is None or named_supplier[1].group(0).lower() in {"tarief", "tarieven"}
    if bare and (levy := _levy_above(text, start, end)):
        return _public_evidence(levy)
    if (supplier is None or supplier[1].lastgroup not in {"offerte", "factuur"}) and (
        title := _account_title_above(text, start)
    ):
        return _public_evidence(title)
    if charges := _body_charges(text, start, end):
        return _public_evidence(charges)
    if rate:
        return {"owner": "supplier", "what": _UNIT_WHAT.get(rate.group("unit").lower(), "tarief van een leverancier")}
    public = _nearest(_cues(_PUBLIC_CUES, text, start, end))
    if public and (supplier is None or public[0] < supplier[0] or _only_costs(text, start, end, supplier)):
        return _public_evidence(public[1].group(0))
    if supplier:
        return {"owner": "supplier", "what": _CUE_WHAT[supplier[1].lastgroup or "tarief"]}
    if public is None and _TOTAL_LINE.match(text, line_start(text, start), start, timeout=1.0):
        return _total_evidence(text, start)
    return {}


def _total_evidence(text: str, start: int) -> dict[str, str]:
    """A total on a line of its own whose paragraph names no owner sums the prices just above it (a price table
    ended by a blank line): a supplier's when the paragraph above is about a supplier's price, and no public money
    is named there."""
    above = text.rfind("\n\n", max(0, start - _WINDOW_BEFORE), start)
    if above == -1:
        return {}
    left = max(0, above - _TOTAL_REACH)
    if _PUBLIC_CUES.search(text, left, above, timeout=1.0) or _GRANT_CUES.search(text, left, above, timeout=1.0):
        return {}
    if _SUPPLIER_CUES.search(text, left, above, timeout=1.0):
        return {"owner": "supplier", "what": "totaal van de prijzen van een leverancier erboven"}
    return {}


def _only_costs(text: str, start: int, end: int, supplier: Cue) -> bool:
    """Whether the supplier cue is "kost" and public money stands in the amount's sentence ("Het project kost
    € 550 miljoen en wordt gefinancierd uit het Infrastructuurfonds"): what a public project costs."""
    if supplier[1].lastgroup != "cost":
        return False
    left, right = sentence_bounds(text, start, end)
    return _PUBLIC_CUES.search(text, left, right, timeout=1.0) is not None


def public_heading(text: str, start: int) -> dict[str, str]:
    """Public-money evidence from the title above a table starting at ``start``: a body's own levy (``Tarieventabel
    afvalstoffenheffing 2025``), account (``Jaarrekening 2023``) or adoption by one of its organs (``Vastgesteld
    door het college``), whatever the table's columns say; empty
    otherwise. A budget named in a sentence above a supplier's price table ("past binnen de begroting") does not
    make its prices public."""
    cue = _levy_above(text, start, start) or _account_title_above(text, start)
    return _public_evidence(cue) if cue else {}


def _account_title_above(text: str, start: int) -> str | None:
    """The first words of a body's account or budget memorandum title, or the words of an organ adopting what
    follows (``vastgesteld door het college``), up to :data:`_HEADING_REACH` characters before ``start``, or
    None."""
    left = max(0, start - _HEADING_REACH)
    title = _ACCOUNT_TITLE.search(text, left, start, timeout=1.0) or _ADOPTED.search(text, left, start, timeout=1.0)
    if title is None or (title.re is _ADOPTED and _names_supplier(text, left, min(len(text), start + _WINDOW_AFTER))):
        return None  # "Gunningsbesluit … Vastgesteld door het college … Inschrijver | Prijs": the bids stay theirs
    return " ".join(title.group(0).strip(" \t#*").split())


def _levy_above(text: str, start: int, end: int) -> str | None:
    """A levy named up to :data:`_HEADING_REACH` characters before ``start`` (or in ``text[start:end]``), unless a
    supplier's offer or invoice is named there too ("Offerte herziening afvalstoffenheffing": a supplier's prices
    for work on the levy)."""
    left = max(0, start - _HEADING_REACH)
    cue = _LEVY_CUES.search(text, left, end, timeout=1.0)
    if cue is None:
        return None
    return None if _names_supplier_document(text, left, end) else cue.group(0)


def _names_supplier_document(text: str, left: int, right: int) -> bool:
    """Whether ``text[left:right]`` names a supplier's offer or invoice."""
    cues = _SUPPLIER_CUES.finditer(text, left, right, timeout=1.0)
    return any(m.lastgroup in {"offerte", "factuur"} for m in cues)


_TARIFF_WORD = regex.compile(r"tarie(?:f|ven)\Z", _FLAGS)


def _names_supplier(text: str, left: int, right: int) -> bool:
    """Whether ``text[left:right]`` names a supplier or its offer: an offer, invoice or application word, or a
    party's word (``inschrijver``, ``leverancier``, ``externe``); a tariff word (``uurtarief``) alone names none, and
    ``in rekening`` is how a body charges too."""
    for cue in _SUPPLIER_CUES.finditer(text, left, right, timeout=1.0):
        if cue.lastgroup in {"offerte", "aanvraag"} or (cue.lastgroup == "factuur" and cue.group(0) != "in rekening"):
            return True
        if cue.lastgroup == "tarief" and not _TARIFF_WORD.search(cue.group(0)):
            return True
    return False


def _public_evidence(cue: str) -> dict[str, str]:
    return {"owner": "public_body", "evidence": f"Openbaar bedrag van de overheid ('{cue}'), geen bedrijfsgegeven"}


@lru_cache(maxsize=1)
def _body_charges_pattern() -> regex.Pattern[str]:
    """A public body as the subject of charging ("de gemeente hanteert", "het waterschap rekent"), not after a
    preposition ("voor de gemeente rekent X": the body is who pays)."""
    terms = "|".join(regex.escape(t) for t in sorted(own_list("lst_public_body"), key=len, reverse=True))
    return regex.compile(
        r"(?<!(?:voor|aan|bij|van|met|namens|door|tegen)[ \t]{1,2})(?<![\p{L}])(?:de|het)[ \t]{1,2}"
        rf"(?:{terms})[ \t]{{1,2}}(?:zelf[ \t]{{1,2}})?"
        r"(?:hanteert|rekent(?![ \t]{1,2}(?:met|op)\b)|vraagt|heft|berekent|brengt)(?![\p{L}])",  # not "rekent met"
        _FLAGS,
    )


def _body_charges(text: str, start: int, end: int) -> str | None:
    """The words of a public body charging the amount at ``text[start:end]``, earlier in its sentence ("De gemeente
    hanteert voor de gymzalen een uurtarief van € 32,50", "het waterschap brengt € 12 in rekening": no supplier's
    invoice): a price the body sets for the public; None when the sentence names a supplier or its offer."""
    left, right = sentence_bounds(text, start, end)
    match = _body_charges_pattern().search(text, left, start, timeout=1.0)
    if match is None or _names_supplier(text, left, match.start()) or _names_supplier(text, match.end(), right):
        return None  # "De gemeente betaalt het uurtarief van de externe adviseur": a supplier's price
    return " ".join(match.group(0).split())


@lru_cache(maxsize=1)
def _public_body_pattern() -> regex.Pattern[str]:
    terms = sorted(own_list("lst_public_body"), key=len, reverse=True)
    return regex.compile(r"(?<!\w)(?:" + "|".join(regex.escape(t) for t in terms) + r")(?!\w)", _FLAGS)


def mentions_public_body(text: str) -> bool:
    """True when ``text`` names a government body (gemeente, ministerie, …) from ``lst_public_body``."""
    return _public_body_pattern().search(text, timeout=1.0) is not None


def line_start(text: str, position: int, limit: int = LINE_LIMIT) -> int:
    """Start of the line holding ``position``, looking back at most ``limit`` characters."""
    low = max(0, position - limit)
    newline = text.rfind("\n", low, position)
    return newline + 1 if newline != -1 else low


def line_end(text: str, position: int, limit: int = LINE_LIMIT) -> int:
    """End of the line holding ``position`` (before its newline), looking ahead at most ``limit`` characters."""
    high = min(len(text), position + limit)
    newline = text.find("\n", position, high)
    return newline if newline != -1 else high
