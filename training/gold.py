"""Build gold data from marker documents: each redaction code becomes a synthetic value with its ground.

A marker document is a released text in which every black box is replaced by its ground code (see
``../shared/corpus``). For each run of markers the builder decides from the context what stood there
(:mod:`training.gold_context`), writes a realistic synthetic value (:mod:`training.synthetic`) and records
the span with the printed ground. Passages whose content cannot be known (a redacted paragraph, a
``buiten scope`` block) are filled with neutral text and become ``ignore`` regions.
"""

from __future__ import annotations

import regex

from training.gold_context import NUMBERING, Context, Decision, decide
from training.gold_format import GoldDoc, GoldSpan
from training.gold_markers import DEFAULT_BOUNDARIES, Line, Run, find_runs, split_documents
from training.synthetic import Synthesizer

_T = 1.0
_ONLY_MARKUP = regex.compile(r"^[\s\-•*.,;:()\d]*$")


def build_gold(
    sources: list[tuple[str, str]],
    seed: int,
    boundaries: tuple[str, ...] = DEFAULT_BOUNDARIES,
    guess_lines: bool = True,
) -> list[GoldDoc]:
    """Gold documents from ``(name, marker_text)`` pairs; the same ``seed`` gives the same output.

    ``guess_lines=False``: a code alone on its line that no label explains becomes an ignore region
    (see :func:`training.gold_context.decide`).
    """
    docs: list[GoldDoc] = []
    for name, text in sources:
        stem = regex.sub(r"\.[A-Za-z]{1,5}$", "", name.rsplit("/", 1)[-1], timeout=_T)
        for index, lines in enumerate(split_documents(text, boundaries), start=1):
            doc_id = f"{stem}-{index:02d}"
            synth = Synthesizer(f"{seed}:{doc_id}")
            docs.append(_build_doc(doc_id, f"{name}:{lines[0].number}", _compact(lines), synth, guess_lines))
    return docs


def _compact(lines: list[Line]) -> list[Line]:
    """Drop leading/trailing blank lines and keep at most one blank line in a row."""
    kept: list[Line] = []
    for line in lines:
        if not line.text.strip() and (not kept or not kept[-1].text.strip()):
            continue
        kept.append(line)
    while kept and not kept[-1].text.strip():
        kept.pop()
    return kept


def _build_doc(doc_id: str, source: str, lines: list[Line], synth: Synthesizer, guess_lines: bool) -> GoldDoc:
    out: list[str] = []
    spans: list[GoldSpan] = []
    offset = 0
    previous = ""
    chained: Decision | None = None  # decision of the last marker-only line, inherited by bare boxes below it
    headers = _table_headers(lines)
    for i, line in enumerate(lines):
        runs = find_runs(line.text, previous, line.heading)
        pieces: list[str] = []
        cursor = 0
        marker_only = bool(runs) and _marker_only(line.text, runs)
        for run in runs:
            pieces.append(line.text[cursor : run.start])
            cursor = run.end
            if run.quoted:
                pieces.append(line.text[run.start : run.end])
                continue
            ctx = _context(line.text, run, previous, headers.get(i))
            decision = decide(run, ctx, guess_lines)
            if chained is not None and not run.codes and "\t" not in line.text and _at_line_start(ctx.left):
                decision = _inherit(chained, run)
            if decision.kind == "PERSON" and decision.style == "salutation":
                # "Geachte 5.1(2)e": the title is written out, only the name is the redaction.
                pieces.append(f"{synth.rng.choice(('heer', 'mevrouw'))} ")
            value = _value(decision, ctx, synth)
            start = offset + sum(len(p) for p in pieces)
            spans.append(GoldSpan(start, start + len(value), decision.grounds, decision.kind, decision.ignore))
            pieces.append(value)
            if marker_only:
                chained = decision
        pieces.append(line.text[cursor:])
        text = "".join(pieces)
        out.append(text)
        offset += len(text) + 1
        if line.text.strip():
            previous = line.text
            if not marker_only:
                chained = None
    return GoldDoc(doc_id=doc_id, text="\n".join(out), spans=tuple(spans), source=source)


def _inherit(chained: Decision, run: Run) -> Decision:
    """A bare box under a marker-only line continues it: more opinion, or more of an unknown passage."""
    if chained.kind == "POLICY_OPINION" or (chained.kind is not None and run.block is None):
        return chained
    return Decision(None, chained.grounds, size=run.block or chained.size)


def _at_line_start(left: str) -> bool:
    return not NUMBERING.sub("", left, timeout=_T).strip()


def _marker_only(text: str, runs: list[Run]) -> bool:
    rest = text
    for run in reversed(runs):
        rest = rest[: run.start] + rest[run.end :]
    return bool(_ONLY_MARKUP.match(rest, timeout=_T))


def _table_headers(lines: list[Line]) -> dict[int, list[str]]:
    """For each line of a tab-separated table: the cells of the table's first row."""
    headers: dict[int, list[str]] = {}
    current: list[str] | None = None
    for i, line in enumerate(lines):
        if "\t" in line.text:
            if current is None:
                current = line.text.split("\t")
            headers[i] = current
        else:
            current = None
    return headers


def _context(text: str, run: Run, previous: str, header: list[str] | None) -> Context:
    left, right = text[: run.start], text[run.end :]
    if header is None:
        return Context(left=left, right=right, previous=previous)
    column = left.count("\t")
    return Context(
        left=left,
        right=right,
        previous=previous,
        column=column,
        column_header=header[column] if column < len(header) else "",
        row_label=text.split("\t", 1)[0],
    )


def _value(decision: Decision, ctx: Context, synth: Synthesizer) -> str:
    """The synthetic text written where the run was."""
    kind, style = decision.kind, decision.style
    if kind is None:
        if decision.size == "number":
            return str(synth.rng.randint(2, 40))
        low, high = {"words": (2, 5), "item": (6, 12), "block": (18, 36)}[decision.size]
        return synth.filler(synth.rng.randint(low, high))
    if kind == "PERSON":
        return _person(style, synth)
    if kind == "AMOUNT":
        hourly = style == "hourly" or ctx.right.lstrip().lower().startswith("per uur")
        euro = style == "euro" and not ctx.left.rstrip().endswith("€")
        return synth.amount(hourly=hourly, euro_sign=euro, cents=not ctx.right.startswith(","))
    if kind == "ORGANIZATION":
        name = synth.organization()
        return regex.sub(r"[^a-z0-9]", "", name.lower(), timeout=_T) if style == "slug" else name
    if kind == "PHONE_NUMBER":
        return synth.phone(local_only=style == "local")
    if kind == "POLICY_OPINION":
        opinion = synth.opinion()
        return opinion[:-1] if ctx.right.lstrip().startswith(".") else opinion
    generators = {
        "EMAIL_ADDRESS": synth.email,
        "KENMERK": synth.kenmerk,
        "ORDER_NUMBER": synth.order_number,
        "IBAN_CODE": synth.iban,
        "NL_BSN": synth.bsn,
        "NL_KVK": synth.kvk,
        "NL_BTW": synth.btw,
        "POSTCODE": synth.postcode,
        "ADDRESS": synth.address,
        "SIGNATURE": lambda: synth.person("initials"),
        "SPECIAL_CATEGORY": synth.special_category,
    }
    return generators[kind]()


def _person(style: str, synth: Synthesizer) -> str:
    if style == "salutation":
        return synth.person("surname")
    if style == "first":
        return synth.first_name()
    if style in {"surname", "initials"}:
        return synth.person(style)
    return synth.person("full")
