"""Precision on capitalised Dutch words: units, programmes, headings and subjects are no person's name.

The counterpart of :mod:`training.name_probe`. Each context is a short public text of a common shape (a unit in a
mail header, a programme in running text, a heading, a team under a closing) whose capitalised words are drawn at
random from the singular nouns and adjectives of the Brill-NL lexicon (``Water Groen``, ``Vuurrood Pater``): words
that are no common words to the name recognizer, because surnames can be such words (``Arts``, ``Flink``). It does
read the same words to reject them as unlisted given names (``NameLists.singular_words``), so on that rule the probe
is easy by construction. A text counts as a false positive when any PERSON suggestion falls on it.
Greetings and attendee lists are left out: there two capitalised words are a name, whatever they mean.
``python -m training.word_probe --per-context 100`` prints the share per context with examples.
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


@dataclass(frozen=True)
class WordProbeRow:
    """One context: texts tried, texts with a PERSON suggestion, and examples of what was suggested."""

    context: str
    texts: int
    flagged: int
    examples: tuple[str, ...]


def probe(detector: Detector, per_context: int = 100, seed: int = 1) -> list[WordProbeRow]:
    """Per context, ``per_context`` texts with random capitalised Dutch words: how many got a PERSON suggestion."""
    rng = random.Random(seed)
    vocabulary = sorted(singular_word_forms())

    def word() -> str:
        return rng.choice(vocabulary).capitalize()

    rows = []
    for key, make in CONTEXTS.items():
        flagged, examples = 0, []
        for _ in range(per_context):
            persons = [s.text for s in detector.analyze(make(word)) if s.entity_type == "PERSON"]
            flagged += bool(persons)
            examples.extend(persons[:1])
        rows.append(WordProbeRow(key, per_context, flagged, tuple(examples[:4])))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__, per_context=100, seed=1)
    args = parser.parse_args(argv)
    rows = probe(Detector(Settings()), args.per_context, args.seed)
    print("| context | texts with a name suggested | e.g. |\n|---|---|---|")
    for row in rows:
        print(f"| {row.context} | {row.flagged}/{row.texts} | {', '.join(row.examples)} |")
    flagged, texts = sum(r.flagged for r in rows), sum(r.texts for r in rows)
    print(f"\ntexts without a name suggested: {texts - flagged}/{texts} = {(texts - flagged) / texts:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
