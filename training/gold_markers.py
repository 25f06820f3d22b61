"""Read marker documents: clean the Markdown, split into documents, and find the marker runs on each line.

A *marker* is what a reviewer's black box left in the text: a ground code (``5.1(2)e``, ``S.1(1)c``,
``10(2)g``, ``buiten scope``) and/or a box (``[redacted]``, ``[Redacted text block]``, ``█████``). Markers
that touch each other form one *run*, which stood for one value.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from detector.ground_parser import parse_grounds
from detector.grounds import UnknownGround

_T = 1.0  # regex timeout in seconds

_CODE = (
    r"(?:(?<![\w.])|(?<=www\.))(?:[5Ss][ ]?[.,][ ]?[12][ ]?\([ ]?[0-9lIif|][ ]?\)(?:[ ]?\([a-j]\)|[a-j€¢©0-9])?"
    r"|1[01][ ]?\([ ]?[0-9lI][ ]?\)[a-j]{0,2})(?![\w])"
)
_SCOPE = r"(?<!\w)[Bb]uiten[ \-]{1,3}(?:de[ ]{1,2})?(?:scope|reikwijdte)(?!\w)"
_BOX = r"\[(?:redacted|REDACTED|Redacted|weggelakt|Weggelakt)(?:[ ][A-Za-z]{1,12}){0,3}\]|█{1,200}"
_TOKEN = regex.compile(f"(?P<code>{_CODE})|(?P<scope>{_SCOPE})|(?P<box>{_BOX})")
# Between two tokens of one run: spaces only; or a connector between two *different* codes ("5.2(1) en 5.1(2)i").
_SPACE_GAP = regex.compile(r"[ \u00a0]{0,4}")
_CONNECTOR_GAP = regex.compile(r"[ \u00a0]{0,3}(?:en|/|,|&|\+|;)[ \u00a0]{0,3}")
_PARTIAL = regex.compile(r"(?:[5Ss][ ]?[.,][ ]?(?P<art>[12])|1(?P<wart>[01]))[ ]?\([ ]?(?P<lid>[0-9])[ ]?\)$")

# A code is quoted, not a marker, right after these words ("voorzien van de aanduiding: 5.1(2)f").
_QUOTED_BEFORE = regex.compile(
    r"(?:aanduiding|art\.?|artikel|uitzonderingsgrond(?:en)?|weigeringsgrond(?:en)?|weigergrond(?:en)?)"
    r"[\s:“\"'‘(]{0,4}$",
    regex.IGNORECASE,
)
# Rows of an inventory list ("1a Offerte ...<TAB>5.1 (2)e/ 5.1(1)c") quote the grounds of whole documents.
_INVENTORY_ROW = regex.compile(r"^\d{1,2}[a-z]\.?\s.{0,200}\t|geweigerd|weigergronden", regex.IGNORECASE)

_HTML_TAG = regex.compile(r"</?(?:sup|sub|b|i|u|em|strong|br|span)\s{0,2}/?>", regex.IGNORECASE)
_LINK = regex.compile(r"\[([^\]\n]{1,200})\]\((?:https?://|mailto:|www\.)[^\s]{1,300}?\)(?=\s|$|[.,;:])")
_HEADING = regex.compile(r"^#{1,6}\s{1,4}")
_RULE = regex.compile(r"^\s{0,3}(?:-{3,}|\*{3,}|_{3,})\s*$")
_EMPHASIS = regex.compile(r"\*{1,3}")

DEFAULT_BOUNDARIES: tuple[str, ...] = (
    r"^# ",  # a new top-level title (a repeated one is a page header, not a new document)
    r"^AAN\s?:",  # a letter's address block
    r"^Aan\s*$",  # a memo header
    r"^Stadhuisplein\s+1\b",  # the municipality's letterhead
    r"^(?:#+\s*)?VERTROUWELIJK\s*$",
)
MIN_DOC_LINES = 15  # a boundary closer than this (non-empty lines) to the previous one does not split
MIN_TAIL_LINES = 3  # a last document shorter than this is a fragment of the one before


@dataclass(frozen=True)
class Line:
    """One cleaned line of a marker document."""

    number: int  # 1-based line number in the source file
    text: str
    heading: bool


@dataclass(frozen=True)
class Run:
    """Adjacent markers on one line that stood for one value."""

    start: int
    end: int
    codes: tuple[str, ...]  # the code texts as printed
    boxes: tuple[str, ...]
    scope: bool
    quoted: bool  # a code quoted in running text (e.g. an inventory list), not a redaction

    @property
    def grounds(self) -> tuple[str, ...]:
        """Canonical grounds of the codes that parse, in printed order (``()`` if none does)."""
        found: list[str] = []
        for code in self.codes:
            try:
                found.extend(parse_grounds(_normalise_code(code)).codes)
            except UnknownGround:
                continue
        return tuple(dict.fromkeys(found))

    @property
    def partial(self) -> str | None:
        """For an incomplete code such as ``5.1(2)`` or ``10(2)``: the Woo prefix (``5.1(2)``)."""
        for code in self.codes:
            match = _PARTIAL.match(code.strip(), timeout=_T)
            if match:
                article = match.group("art") or ("1" if match.group("wart") == "0" else "2")
                return f"5.{article}({match.group('lid')})"
        return None

    @property
    def block(self) -> str | None:
        """``"block"`` or ``"item"`` when a box says it hid a paragraph or a list item."""
        for box in self.boxes:
            lowered = box.lower()
            if "block" in lowered or "text]" in lowered:
                return "block"
            if "item" in lowered:
                return "item"
        return None


def _normalise_code(code: str) -> str:
    """``5.1(1)(c)`` → ``5.1(1)c``: the ground parser reads the letter without brackets."""
    return regex.sub(r"\(([a-j])\)$", r"\1", code.strip(), timeout=_T)


def clean_line(raw: str) -> tuple[str, bool]:
    """Strip Markdown/HTML decoration from one line; return the text and whether it was a heading."""
    text = raw.rstrip("\n").replace("\\(", "(").replace("\\)", ")").replace("\\_", "_")
    if _RULE.match(text, timeout=_T):
        return "", False
    heading = bool(_HEADING.match(text, timeout=_T))
    text = _HEADING.sub("", text, timeout=_T)
    text = _HTML_TAG.sub("", text, timeout=_T)
    text = _LINK.sub(r"\1", text, timeout=_T)
    text = _EMPHASIS.sub("", text, timeout=_T)
    return text.rstrip(" \r\n"), heading


def split_documents(raw_text: str, boundaries: tuple[str, ...] = DEFAULT_BOUNDARIES) -> list[list[Line]]:
    """Clean ``raw_text`` and cut it into documents at the ``boundaries`` (regexes on the raw lines)."""
    patterns = [regex.compile(b) for b in boundaries]
    docs: list[list[Line]] = [[]]
    last_title: str | None = None
    for number, raw in enumerate(raw_text.splitlines(), start=1):
        title = raw[2:].strip() if raw.startswith("# ") else None
        is_boundary = any(p.search(raw, timeout=_T) for p in patterns) and (title is None or title != last_title)
        if title is not None:
            last_title = title
        filled = sum(1 for line in docs[-1] if line.text.strip())
        if is_boundary and filled >= MIN_DOC_LINES:
            docs.append([])
        text, heading = clean_line(raw)
        docs[-1].append(Line(number=number, text=text, heading=heading))
    if len(docs) > 1 and sum(1 for line in docs[-1] if line.text.strip()) < MIN_TAIL_LINES:
        docs[-2].extend(docs.pop())  # a short tail belongs to the document before it
    return [doc for doc in docs if any(line.text.strip() for line in doc)]


def find_runs(line: str, previous: str = "", heading: bool = False) -> list[Run]:
    """The marker runs on ``line``; ``previous`` is the preceding non-empty line (for quoted codes).

    ``buiten scope`` only marks a redaction when it fills a line that is not a heading; in running text
    ("onder vermelding van “buiten scope”") it is quoted.
    """
    runs: list[Run] = []
    inventory = bool(_INVENTORY_ROW.search(line, timeout=_T))
    for match in _TOKEN.finditer(line, timeout=_T):
        kind = match.lastgroup
        token = match.group(0)
        codes = (token,) if kind in ("code", "scope") else ()
        boxes = (token,) if kind == "box" else ()
        if runs and _joins(runs[-1], line[runs[-1].end : match.start()], token, kind):
            last = runs[-1]
            runs[-1] = Run(
                last.start,
                match.end(),
                last.codes + codes,
                last.boxes + boxes,
                last.scope or kind == "scope",
                last.quoted,
            )
            continue
        left = line[: match.start()]
        quoted = kind != "box" and (
            inventory
            or bool(_QUOTED_BEFORE.search(left, timeout=_T))
            or (not left.strip() and bool(_QUOTED_BEFORE.search(previous, timeout=_T)))
        )
        runs.append(Run(match.start(), match.end(), codes, boxes, kind == "scope", quoted))
    return [_check_scope(run, line, heading) for run in runs]


def _check_scope(run: Run, line: str, heading: bool) -> Run:
    if not run.scope or run.quoted:
        return run
    alone = not line[: run.start].strip(" -•\t") and not line[run.end :].strip(" .:\t")
    if alone and not heading:
        return run
    return Run(run.start, run.end, run.codes, run.boxes, run.scope, quoted=True)


def _joins(run: Run, gap: str, token: str, kind: str | None) -> bool:
    if run.quoted:
        return False
    if _SPACE_GAP.fullmatch(gap, timeout=_T):
        return True
    if kind == "code" and _CONNECTOR_GAP.fullmatch(gap, timeout=_T) and run.codes:
        return _normalise_code(token).replace(" ", "") not in {_normalise_code(c).replace(" ", "") for c in run.codes}
    return False
