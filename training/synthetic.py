"""Realistic synthetic Dutch values for gold data: names, numbers with valid checksums, amounts, filler text."""

from __future__ import annotations

import random
import string

from faker import Faker

from recognizers.checksums import elfproef, iban_check_digits

# Real Dutch bank codes, so that generated IBANs look like the ones in real letters.
_BANKS = ("ABNA", "RABO", "INGB", "SNSB", "TRIO", "ASNB", "KNAB", "BUNQ", "RBRB")
_ORG_SUFFIXES = ("Advies", "Consultancy", "Onderzoek B.V.", "& Partners", "Training", "Groep B.V.", "Adviesbureau")
_KENMERK_FORMATS = ("{y}/{n6}", "U{yy}.{n5}", "WOO-{y}-{n4}", "BZ/{y}/{n4}", "Z-{yy}-{n6}", "{n7}")
_ORDER_FORMATS = ("45{n8}", "WO-{y}-{n4}", "KP {n4}", "PO{n6}", "{n7}")
# Area codes from all over the country, so that no one region's numbers look typical.
_AREA_CODES = ("020", "010", "030", "070", "040", "050", "024", "043", "053", "058", "0118", "0223", "0475", "0595")
_OPINIONS = (
    "Ik vind het onverstandig om deze analyse nu te laten uitvoeren.",
    "Naar mijn mening moeten we eerst de resultaten van de netwerkregisseur afwachten.",
    "Wij adviseren om hier terughoudend mee om te gaan, omdat het risico op imagoschade groot is.",
    "Persoonlijk denk ik dat dit bij de gemeenteraad slecht zal vallen.",
    "Het lijkt mij beter om de opdracht niet aan dit bureau te gunnen.",
    "Mijns inziens is het verstandiger om de burgemeester eerst mondeling te informeren.",
    "Ik zou het gesprek met de NCTV liever uitstellen tot na de zomer.",
    "Mijn advies is om het onderzoek in samenwerking met andere gemeenten op te pakken.",
    "Ik verwacht dat de moskeebesturen hier negatief op zullen reageren.",
    "Volgens mij is dit geen goed moment om de relatie met de gemeenschap onder druk te zetten.",
    "We zouden er beter aan doen om eerst intern overeenstemming te bereiken.",
    "Ik ben er geen voorstander van om dit instrument nu in te zetten.",
)


_SPECIAL = (
    "lijdt aan een depressie",
    "is lid van de PVV",
    "bezoekt wekelijks de moskee",
    "is in behandeling bij de GGZ",
    "heeft een strafblad",
    "is vakbondslid",
)


class Synthesizer:
    """Seeded generator of values per entity kind; the same seed gives the same values."""

    def __init__(self, seed: int | str) -> None:
        self.rng = random.Random(seed)
        self.fake = Faker("nl_NL")
        self.fake.seed_instance(self.rng.randrange(2**31))

    def _digits(self, n: int) -> str:
        return "".join(self.rng.choice(string.digits) for _ in range(n))

    def first_name(self) -> str:
        return str(self.fake.first_name())

    def last_name(self) -> str:
        return str(self.fake.last_name())

    def person(self, style: str = "full") -> str:
        """A name: ``full`` (Anna de Vries), ``initials`` (A.M. de Vries) or ``surname`` (De Vries)."""
        last = self.last_name()
        if style == "surname":
            return last[:1].upper() + last[1:]
        if style == "initials":
            initials = "".join(f"{c}." for c in self.rng.sample(string.ascii_uppercase, self.rng.randint(1, 3)))
            return f"{initials} {last}"
        return f"{self.first_name()} {last}"

    def organization(self) -> str:
        if self.rng.random() < 0.5:
            return str(self.fake.company())
        return f"{self.last_name().split()[-1]} {self.rng.choice(_ORG_SUFFIXES)}"

    def email(self) -> str:
        first, last = self.first_name().lower(), self.last_name().lower().replace(" ", "")
        domain = self.rng.choice(("gmail.com", "hotmail.com", "outlook.com", f"{last}advies.nl", "kpnmail.nl"))
        return f"{first[0]}.{last}@{domain}"

    def phone(self, local_only: bool = False) -> str:
        """A Dutch phone number; ``local_only`` gives just the subscriber part after an area code."""
        if local_only:
            return f"{self._digits(3)} {self._digits(2)} {self._digits(2)}"
        style = self.rng.randrange(4)
        if style == 0:
            return f"06-{self._digits(8)}"
        if style == 1:
            return f"06 {self._digits(2)} {self._digits(2)} {self._digits(2)} {self._digits(2)}"
        if style == 2:
            area = self.rng.choice(_AREA_CODES)
            return f"({area}) {self._digits(10 - len(area))}"
        return f"+31 6 {self._digits(4)} {self._digits(4)}"

    def kenmerk(self) -> str:
        return self._fill(self.rng.choice(_KENMERK_FORMATS))

    def order_number(self) -> str:
        return self._fill(self.rng.choice(_ORDER_FORMATS))

    def _fill(self, pattern: str) -> str:
        year = self.rng.randint(2015, 2022)
        values = {f"n{n}": self._digits(n) for n in range(4, 9)}
        return pattern.format(y=year, yy=year % 100, **values)

    def amount(self, hourly: bool = False, euro_sign: bool = True, cents: bool = True) -> str:
        """A Dutch-formatted amount (``€ 12.500,00``); ``hourly`` gives a tariff-sized one."""
        value = self.rng.randint(65, 145) if hourly else self.rng.randint(450, 60_000)
        text = f"{value:,}".replace(",", ".") + (self.rng.choice((",00", ",-", "")) if cents else "")
        return f"€ {text}" if euro_sign else text

    def iban(self) -> str:
        bank = self.rng.choice(_BANKS)
        account = self._digits(10)
        raw = f"NL{iban_check_digits('NL', bank + account)}{bank}{account}"
        return " ".join(raw[i : i + 4] for i in range(0, len(raw), 4)) if self.rng.random() < 0.5 else raw

    def bsn(self) -> str:
        """Nine digits passing the 11-proef (:func:`recognizers.checksums.elfproef`)."""
        while True:
            digits = self._digits(8)
            if digits[0] == "0" and digits[1] == "0":
                continue
            total = sum(int(d) * w for d, w in zip(digits, range(9, 1, -1), strict=True))
            candidate = f"{digits}{total % 11}"
            if elfproef(candidate):
                return candidate

    def kvk(self) -> str:
        return str(self.rng.randint(10_000_000, 99_999_999))

    def btw(self) -> str:
        return f"NL{self.bsn()}B{self.rng.randint(1, 9):02d}"

    def postcode(self) -> str:
        letters = "".join(self.rng.choice("ABCEGHJKLNPRSTVWXZ") for _ in range(2))
        return f"{self.rng.randint(1000, 9999)} {letters}"

    def address(self) -> str:
        return f"{self.fake.street_address()}, {self.postcode()} {self.fake.city()}"

    def special_category(self) -> str:
        return self.rng.choice(_SPECIAL)

    def opinion(self) -> str:
        return self.rng.choice(_OPINIONS)

    def filler(self, words: int) -> str:
        """Neutral Dutch-looking text of about ``words`` words (for regions scored neither way)."""
        if words <= 6:
            return " ".join(str(w) for w in self.fake.words(nb=max(words, 1)))
        return str(self.fake.sentence(nb_words=words, variable_nb_words=False))
