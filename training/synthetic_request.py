"""N synthetic documents of one Woo request (mails, memos, letters, offers), for tests and benchmarks.

Values come from :class:`training.synthetic.Synthesizer` (Faker ``nl_NL``, valid checksums); a small cast of
persons recurs across the documents in other spellings (``J. de Vries`` in one, ``Jan de Vries`` in
another), as in a real dossier. No real personal data. ``lakmoes request generate N --out DIR`` writes them.
"""

from __future__ import annotations

import random
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from training.synthetic import Synthesizer

KINDS = ("mail", "memo", "brief", "offerte")


@dataclass(frozen=True)
class _Person:
    first: str
    last: str

    def spelled(self, rng: random.Random) -> str:
        """The full name two times in three, else initial and surname."""
        return f"{self.first} {self.last}" if rng.random() < 2 / 3 else f"{self.first[0]}. {self.last}"


def generate(count: int, seed: int = 16) -> Iterator[tuple[str, str]]:
    """``(file name, text)`` for ``count`` documents; the same seed gives the same documents."""
    synth = Synthesizer(seed)
    rng = random.Random(seed)
    cast = [_Person(synth.first_name(), synth.last_name()) for _ in range(max(3, count // 20))]
    for number in range(1, count + 1):
        kind = KINDS[number % len(KINDS)]
        who, other = rng.sample(cast, 2)
        yield f"{number:05d}-{kind}.txt", _TEMPLATES[kind](synth, rng, who, other, number)


def _mail(synth: Synthesizer, rng: random.Random, who: _Person, other: _Person, number: int) -> str:
    return (
        f"Van: {who.spelled(rng)} <{synth.email()}>\nAan: {other.spelled(rng)}\nOnderwerp: Verzoek {number}\n\n"
        f"Beste {other.first},\n\n{synth.filler(60)}\n\nBel mij gerust op {synth.phone()}.\n\n"
        f"Met vriendelijke groet,\n{who.spelled(rng)}\n"
    )


def _memo(synth: Synthesizer, rng: random.Random, who: _Person, other: _Person, number: int) -> str:
    return (
        f"Memo {number}\n\nAan: het college\nVan: {who.spelled(rng)}\n\n{synth.filler(80)}\n\n"
        f"{synth.opinion()}\n\nOverleg met {other.spelled(rng)} volgt.\n"
    )


def _letter(synth: Synthesizer, rng: random.Random, who: _Person, other: _Person, number: int) -> str:
    return (
        f"{who.first} {who.last}\n{synth.address()}\n\nBetreft: uw brief {number}\n\n"
        f"Geachte heer/mevrouw {who.last},\n\n{synth.filler(70)}\n\nUw BSN {synth.bsn()} en rekening "
        f"{synth.iban()} zijn bij ons bekend.\n\nMet vriendelijke groet,\n\n{other.spelled(rng)}\nbeleidsmedewerker\n"
    )


def _offer(synth: Synthesizer, rng: random.Random, who: _Person, other: _Person, number: int) -> str:
    return (
        f"Offerte {number}\n\n{synth.organization()}\nContactpersoon: {who.spelled(rng)}\n\n"
        f"{synth.filler(50)}\n\nUurtarief: {synth.amount(hourly=True)}\nTotaal: {synth.amount()}\n"
        f"Ordernummer: {synth.order_number()}\n"
    )


_TEMPLATES = {"mail": _mail, "memo": _memo, "brief": _letter, "offerte": _offer}


def write(count: int, out: Path, seed: int = 16) -> list[Path]:
    """Write ``count`` documents into ``out`` (created); returns their paths."""
    out.mkdir(parents=True, exist_ok=True)
    paths = []
    for name, text in generate(count, seed):
        path = out / name
        path.write_text(text, encoding="utf-8")
        paths.append(path)
    return paths
