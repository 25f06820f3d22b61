"""Recall of person names in the places Woo documents put them, with made-up names (Faker ``nl_NL``).

No gold split is read: each context is a short text of a common shape (an e-mail header, a signature, running
text, a chat line, a list of attendees …) with a generated name in it, so the probe measures how the name
recognizer generalises to names it has no list entry or tuning for. A name counts as found when a PERSON
suggestion overlaps it. ``python -m training.name_probe --per-context 40`` prints recall per context with
examples of misses; the same seed gives the same names. ``--first-names tr_TR`` takes the given names from
another Faker locale: names of Dutch citizens that no Dutch first-name list holds.
"""

from __future__ import annotations

from dataclasses import dataclass

from faker import Faker

from detector.detector import Detector
from detector.settings import Settings
from training.probe_cli import probe_parser


@dataclass(frozen=True)
class Context:
    """A text with ``{name}`` where the probed name goes (``{other}``: another name), and its document type."""

    key: str
    template: str
    doc_type: str


CONTEXTS: tuple[Context, ...] = (
    Context("mail header Van", "Van: {name}\nVerzonden: 3 april 2023\nAan: Team X\nOnderwerp: stukken", "email"),
    Context(
        "mail header Van with address",
        "Van: {name} <{user}@voorbeeld.nl>\nVerzonden: maandag 3 april 2023\nAan: Team X\nOnderwerp: stukken",
        "email",
    ),
    Context("mail header Aan", "Van: Team X\nAan: {name}\nOnderwerp: stukken\n\nZie bijlage.", "email"),
    Context("mail header CC list", "Van: Team X\nAan: {other}; {name}\nCC: {other}\nOnderwerp: stukken", "email"),
    Context("sent on behalf", "Verzonden namens {name}\nOnderwerp: stukken\n\nZie bijlage.", "email"),
    Context("quoted mail", "Op 3 april 2023 schreef {name}:\n\nIk sluit me aan bij het voorstel.", "email"),
    Context("closing with function", "Hierbij.\n\nMet vriendelijke groet,\n\n{name}\nAdviseur Juridisch", "email"),
    Context("closing alone", "Dank voor je reactie.\n\nGroet,\n{name}\n", "email"),
    Context("running text", "Ik heb vanochtend met {name} gesproken over de aanvraag van de werkgever.", "memo"),
    Context("sentence start", "Volgens {name} is de termijn voor het indienen verstreken.", "memo"),
    Context("in brackets", "De aanvraag is besproken (zie de mail van {name}).", "memo"),
    Context("chat line", "[10:32] {name}: kun jij de stukken sturen?\n[10:33] {other}: ja, komt eraan", "chat"),
    Context("attendees", "Verslag overleg\n\nAanwezig: {other}, {name}, {other}\n\n1. Opening", "verslag"),
    Context("bullet list", "Betrokkenen:\n- {other}\n- {name}\n", "memo"),
    Context("table row", "Naam | Functie\n{name} | beleidsmedewerker\n{other} | jurist", "memo"),
    Context("contact label", "Contactpersoon: {name}\nTelefoon: 088 123 45 67", "brief"),
    Context("addressee block", "Mevrouw {name}\nDorpsstraat 14\n4321 XY Zandvoorde\n\nBetreft: uw aanvraag", "brief"),
    Context("greeting", "Beste {name},\n\nDank voor je mail. Ik kijk ernaar.", "email"),
    Context("signature with titles", "Met vriendelijke groet,\n\nmr. drs. {name} LLM\nSenior jurist", "email"),
    Context("apposition", "Het verslag is gemaakt door onze notulist, {name}, en rondgestuurd.", "verslag"),
)


@dataclass(frozen=True)
class ProbeRow:
    """One context's result: names tried, names found, and up to four of the names missed."""

    context: str
    names: int
    found: int
    missed: tuple[str, ...]


def probe(detector: Detector, per_context: int = 40, seed: int = 7, first_names: str = "nl_NL") -> list[ProbeRow]:
    """Per context, ``per_context`` made-up names: how many a PERSON suggestion covers. ``first_names`` is the
    Faker locale the given names come from (``tr_TR``, ``pl_PL``: names no Dutch list holds); surnames are Dutch."""
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    given = fake  # one generator for Dutch names, so that a seed gives the same names as before the option
    if first_names != "nl_NL":
        given = Faker(first_names)
        given.seed_instance(seed)
    rows: list[ProbeRow] = []
    for context in CONTEXTS:
        found, missed = 0, []
        for _ in range(per_context):
            name = f"{given.first_name()} {fake.last_name()}"
            text = context.template.format(name=name, other=fake.name(), user=fake.user_name())
            start = text.index(name)
            end = start + len(name)
            suggestions = detector.analyze(text, doc_type=context.doc_type)
            if any(s.entity_type == "PERSON" and s.start < end and s.end > start for s in suggestions):
                found += 1
            else:
                missed.append(name)
        rows.append(ProbeRow(context.key, per_context, found, tuple(missed[:4])))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__, per_context=40, seed=7)
    parser.add_argument("--first-names", default="nl_NL", help="Faker locale of the given names (tr_TR, pl_PL …)")
    args = parser.parse_args(argv)
    rows = probe(Detector(Settings()), args.per_context, args.seed, args.first_names)
    print("| context | found | recall | missed, e.g. |\n|---|---|---|---|")
    for row in rows:
        print(f"| {row.context} | {row.found}/{row.names} | {row.found / row.names:.2f} | {', '.join(row.missed)} |")
    found, names = sum(r.found for r in rows), sum(r.names for r in rows)
    print(f"\ntotal {found}/{names} = {found / names:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
