"""Precision on capitalised Dutch words: units, programmes, headings and subjects are no person's name.

The counterpart of :mod:`training.name_probe`. Each context is a short public text of a common shape (a unit in a
mail header, a programme in running text, a heading, a team under a closing) whose capitalised words are drawn at
random from the singular nouns and adjectives of the Brill-NL lexicon (``Water Groen``, ``Vuurrood Pater``): words
that are no common words to the name recognizer, because surnames can be such words (``Arts``, ``Flink``). It does
read the same words to reject them as unlisted given names (``NameLists.singular_words``), so on that rule the probe
is easy by construction. A text counts as a false positive when any PERSON suggestion falls on it.
Greetings and attendee lists are left out: there two capitalised words are a name, whatever they mean.
``python -m training.word_probe --per-context 100`` prints the share per context with examples.

``--held-out`` probes contexts written on December 7 (fifth session), measured once before any rule for them, that
also use compounds of two lexicon words (``Waterkans``, ``Zorgbeleid``): words no list holds, as the many compounds
of Dutch government text (``Doelgroepenvervoer``) are, in form labels, table headers, agendas, system names and
running text.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from detector.detector import Detector
from detector.settings import Settings
from recognizers.dutch_lexicon import singular_word_forms
from training.probe_cli import probe_parser

Words = Callable[[], str]

CONTEXTS: dict[str, Callable[[Words], str]] = {
    "unit in a mail header": lambda w: f"Van: Team {w()} {w()}\nAan: Afdeling {w()}\nOnderwerp: planning\n",
    "unit as contact": lambda w: f"Contactpersoon: Team {w()}\nTelefoon: 14 020",
    "team under a closing": lambda w: f"Met vriendelijke groet,\n\nTeam {w()} {w()}\nProvincie Utrecht",
    "programme in running text": lambda w: f"Het programma {w()} {w()} loopt tot 2026. Zie ook project {w()}.",
    "heading": lambda w: f"Handboek\n\n{w()} {w()}\n\nDe aanvraag wordt binnen acht weken behandeld.",
    "chapter titles": lambda w: f"Zie hoofdstuk 3, {w()} en {w()}, en bijlage 2 {w()}.",
    "subject line": lambda w: f"Notitie\n\nOnderwerp: {w()} {w()} {w()}\n\nIn deze notitie staat de planning.",
    "sentence start": lambda w: f"Memo\n\n{w()} {w()} is een onderwerp voor de volgende vergadering.",
}

# Written on December 7 (fifth session) and measured once before any rule for them (``--held-out``); ``w`` gives a
# capitalised lexicon word, ``c`` a capitalised compound of two.
HELD_OUT: dict[str, Callable[[Words, Words], str]] = {
    "form labels": lambda w, c: f"Aanvraagformulier\n\n{c()}: ja\n{c()}: nee\n{w()} {w()}: 3\n",
    "table header": lambda w, c: f"{c()} | {c()} | {w()} {w()}\n1 | 2 | 3\n",
    "a party's role": lambda w, c: f"De rol van {w()} en {c()} staat in artikel 4 van de overeenkomst.",
    "agenda items": lambda w, c: f"Agenda\n\n- Opening\n- {c()}\n- {w()} {c()}\n- Rondvraag\n",
    "system names": lambda w, c: f"De gegevens worden vastgelegd in {c()} en daarna in {w()} {w()}.",
    "compounds in running text": lambda w, c: f"Het {c()} werkt samen met {c()} aan de uitvoering.",
    "numbered heading": lambda w, c: f"3.2 {w()} {c()}\n\nDe gemeente toetst de aanvraag aan de regels.",
    "compounds opening a sentence": lambda w, c: f"{c()} en {c()} zijn de speerpunten voor 2025.",
}


@dataclass(frozen=True)
class WordProbeRow:
    """One context: texts tried, texts with a PERSON suggestion, and examples of what was suggested."""

    context: str
    texts: int
    flagged: int
    examples: tuple[str, ...]


def probe(detector: Detector, per_context: int = 100, seed: int = 1, held_out: bool = False) -> list[WordProbeRow]:
    """Per context, ``per_context`` texts with random capitalised Dutch words: how many got a PERSON suggestion."""
    rng = random.Random(seed)
    vocabulary = sorted(singular_word_forms())

    def word() -> str:
        return rng.choice(vocabulary).capitalize()

    def compound() -> str:
        return (rng.choice(vocabulary) + rng.choice(vocabulary)).capitalize()

    makers = {k: (lambda m=m: m(word, compound)) for k, m in HELD_OUT.items()} if held_out else {
        k: (lambda m=m: m(word)) for k, m in CONTEXTS.items()
    }
    rows = []
    for key, make in makers.items():
        flagged, examples = 0, []
        for _ in range(per_context):
            persons = [s.text for s in detector.analyze(make()) if s.entity_type == "PERSON"]
            flagged += bool(persons)
            examples.extend(persons[:1])
        rows.append(WordProbeRow(key, per_context, flagged, tuple(examples[:4])))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__, per_context=100, seed=1, held_out=True)
    args = parser.parse_args(argv)
    rows = probe(Detector(Settings()), args.per_context, args.seed, args.held_out)
    print("| context | texts with a name suggested | e.g. |\n|---|---|---|")
    for row in rows:
        print(f"| {row.context} | {row.flagged}/{row.texts} | {', '.join(row.examples)} |")
    flagged, texts = sum(r.flagged for r in rows), sum(r.texts for r in rows)
    print(f"\ntexts without a name suggested: {texts - flagged}/{texts} = {(texts - flagged) / texts:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
