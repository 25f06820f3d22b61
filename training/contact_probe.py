"""Contact details by context, with made-up values (Faker ``nl_NL``): a person's are proposed, a body's stay public.

A citizen's home address, a person's mobile number and personal e-mail are 5.1(2)e; a body's office address, its
general number and its functional mailboxes (``subsidies@``, ``burgerzaken@``) are published on purpose. Each
context is a short document with one scored value (``{value}``); it counts as proposed when any suggestion overlaps
it. The contexts were written on December 7 (fourth session) before the probe was first run (279 of 280 personal
values proposed, 122 of 200 public ones kept); the rules it then showed missing were added, so it is tuned on from
there.
``python -m training.contact_probe --per-context 40`` prints, per context, how often the value was proposed.
``--held-out`` probes contexts written on December 7 (fifth session), measured once before any rule for them.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass

from faker import Faker

from detector.detector import Detector
from detector.settings import Settings
from training.probe_cli import ProbeRow, probe_parser

_MAILBOXES = (
    "subsidies", "burgerzaken", "jeugd", "wmo", "parkeren", "afval", "belastingen", "omgevingsloket", "meldingen",
    "klantenservice", "woo.verzoeken", "team.inkoop", "leerplicht", "evenementen", "handhaving",
)  # fmt: skip


@dataclass(frozen=True)
class Context:
    """A document with a ``{value}`` slot (and ``{name}``, ``{city}`` filled in), what goes into the slot, and
    whether that value is personal data (True) or the body's public contact (False)."""

    key: str
    template: str
    value: Callable[[Faker, random.Random], str]
    propose: bool


def _home(fake: Faker, rng: random.Random) -> str:
    return f"{fake.street_name()} {rng.randrange(1, 200)}"


def _mobile(fake: Faker, rng: random.Random) -> str:
    return f"06-{rng.randrange(10_000_000, 99_999_999)}"


def _private_mail(fake: Faker, rng: random.Random) -> str:
    return f"{fake.first_name().lower()}.{fake.last_name().lower().replace(' ', '')}@{fake.free_email_domain()}"


def _work_mail(fake: Faker, rng: random.Random) -> str:
    return f"{fake.first_name()[0].lower()}.{fake.last_name().lower().replace(' ', '')}@voorbeeldstad.nl"


def _mailbox(fake: Faker, rng: random.Random) -> str:
    return f"{rng.choice(_MAILBOXES)}@voorbeeldstad.nl"


def _office(fake: Faker, rng: random.Random) -> str:
    return f"{rng.choice(['Stadhuisplein', 'Raadhuisplein', 'Markt', 'Stationsplein'])} {rng.randrange(1, 20)}"


def _general_number(fake: Faker, rng: random.Random) -> str:
    return f"14 0{rng.randrange(10, 99)}"


CONTEXTS: tuple[Context, ...] = (
    Context("citizen's address in a letter", "{name}\n{value}\n1234 AB {city}\n\nGeachte heer {name},\n\nUw aanvraag "
            "is ontvangen.", _home, True),
    Context("citizen's address in a decision", "Besluit\n\nAanvrager: {name}, wonende aan de {value} te {city}.\n\n"
            "Het college besluit de vergunning te verlenen.", _home, True),
    Context("mobile number in a signature", "Met vriendelijke groet,\n\n{name}\nAdviseur Inkoop\nT {value}\n",
            _mobile, True),
    Context("citizen's number in a report", "Melding openbare ruimte\n\nMelder: {name}, tel. {value}\n"
            "Omschrijving: losliggende stoeptegels.", _mobile, True),
    Context("mobile number in a chat", "[10:02] {name}: bel me even op {value}\n[10:03] Sanne: doe ik", _mobile, True),
    Context("private e-mail in a mail header", "Van: {name} <{value}>\nAan: Team Inkoop\nOnderwerp: vraag\n\n"
            "Goedemiddag,\n\nIk heb een vraag over de aanbesteding.", _private_mail, True),
    Context("official's e-mail in a signature", "Met vriendelijke groet,\n\n{name}\nBeleidsadviseur Wonen\n"
            "E {value}\n", _work_mail, True),
    Context("functional mailbox in a decision", "Besluit\n\nHeeft u vragen over dit besluit? Mail dan naar {value} "
            "of bel 14 0999.", _mailbox, False),
    Context("functional mailbox in a letterhead", "Gemeente Voorbeeldstad | Postbus 100 | 1234 AB Voorbeeldstad | "
            "{value}\n\nGeachte heer {name},", _mailbox, False),
    Context("office address in a letterhead", "Gemeente Voorbeeldstad\n{value}\n1234 AB Voorbeeldstad\n"
            "www.voorbeeldstad.nl\n\nGeachte heer {name},", _office, False),
    Context("office address in a decision", "Besluit\n\nU kunt de stukken inzien op het stadskantoor, {value} te "
            "Voorbeeldstad.", _office, False),
    Context("general number in a letter", "Geachte heer {name},\n\nVoor vragen belt u het algemene nummer {value} "
            "(lokaal tarief).\n\nMet vriendelijke groet,\n\nHet college van burgemeester en wethouders",
            _general_number, False),
)  # fmt: skip


def _mobile_international(fake: Faker, rng: random.Random) -> str:
    digits = str(rng.randrange(10_000_000, 99_999_999))
    return f"+31 6 {digits[:4]} {digits[4:]}"


def _mobile_plain(fake: Faker, rng: random.Random) -> str:
    return f"06{rng.randrange(10_000_000, 99_999_999)}"


def _direct_line(fake: Faker, rng: random.Random) -> str:
    return f"0{rng.choice(['320', '513', '162', '475'])}-{rng.randrange(200_000, 899_999)}"


def _home_with_addition(fake: Faker, rng: random.Random) -> str:
    return f"{fake.street_name()} {rng.randrange(1, 200)}{rng.choice(['a', 'B', '-II', ' bis', '-3'])}"


def _postbus(fake: Faker, rng: random.Random) -> str:
    return f"Postbus {rng.randrange(1, 9000)}"


# Written on December 7 (fifth session) and measured once before any rule for them (``--held-out``).
HELD_OUT: tuple[Context, ...] = (
    Context("home address in running text", "Geachte heer, mevrouw,\n\nIk woon sinds 2010 op {value} en heb veel "
            "last van de bouw naast mijn huis.\n\nMet vriendelijke groet,\n{name}", _home, True),
    Context("international mobile in a signature", "Groet,\n\n{name}\n{value}\n", _mobile_international, True),
    Context("official's direct line", "Met vriendelijke groet,\n\n{name}\nJurist\nDirect: {value}\n",
            _direct_line, True),
    Context("private e-mail in running text", "Ik ben overdag niet thuis. U kunt mij bereiken via {value}.\n\n"
            "{name}", _private_mail, True),
    Context("address in a table of requesters", "Naam | Adres | Woonplaats\n{name} | {value} | {city}\n",
            _home, True),
    Context("mobile in a messenger export", "12-03-2023 10:14 - {name}: mijn nummer is {value}\n12-03-2023 10:15 - "
            "Sanne: dank je", _mobile_plain, True),
    Context("address with a house-number addition", "De heer {name}\n{value}\n1234 AB {city}\n\nOnderwerp: uw "
            "verzoek", _home_with_addition, True),
    Context("visiting address in a footer", "Bezoekadres: {value}, 1234 AB Voorbeeldstad | www.voorbeeldstad.nl\n",
            _office, False),
    Context("contact centre number", "Heeft u nog vragen? Het klantcontactcentrum is bereikbaar op {value}.\n\n"
            "Met vriendelijke groet,\n\nHet college van burgemeester en wethouders", _general_number, False),
    Context("functional mailbox in a work instruction", "Werkinstructie aanvraag parkeervergunning\n\n3. Stuur het "
            "ingevulde formulier naar {value}.", _mailbox, False),
    Context("return address", "Retouradres: {value}, 1234 AB Voorbeeldstad\n\nDe heer {name}\nKerkstraat 5\n"
            "1234 AB Voorbeeldstad", _postbus, False),
)  # fmt: skip


def probe(
    detector: Detector, per_context: int = 40, seed: int = 7, contexts: tuple[Context, ...] = CONTEXTS
) -> list[ProbeRow]:
    """Per context, ``per_context`` documents with a made-up value: how often any suggestion overlapped it."""
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    rows: list[ProbeRow] = []
    for context in contexts:
        proposed = 0
        against: list[str] = []
        for _ in range(per_context):
            value = context.value(fake, rng)
            filled = {"name": f"{fake.first_name()} {fake.last_name()}", "city": fake.city()}
            start = len(context.template.split("{value}", 1)[0].format(**filled))
            text = context.template.format(value=value, **filled)
            hit = any(s.start < start + len(value) and s.end > start for s in detector.analyze(text))
            proposed += hit
            if hit != context.propose:
                against.append(value)
        rows.append(ProbeRow(context.key, "contacts", context.propose, per_context, proposed, tuple(against[:3])))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__, per_context=40, seed=7, held_out=True)
    args = parser.parse_args(argv)
    rows = probe(Detector(Settings()), args.per_context, args.seed, HELD_OUT if args.held_out else CONTEXTS)
    print("| context | expected | proposed | as expected | against, e.g. |\n|---|---|---|---|---|")
    for row in rows:
        expected = "proposed" if row.propose else "public"
        print(f"| {row.context} | {expected} | {row.proposed}/{row.values} | {row.correct / row.values:.2f} "
              f"| {', '.join(row.examples)} |")
    for propose, label in ((True, "personal data proposed (recall)"), (False, "the body's contacts kept public")):
        part = [r for r in rows if r.propose == propose]
        correct, values = sum(r.correct for r in part), sum(r.values for r in part)
        print(f"\n{label}: {correct}/{values} = {correct / values:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
