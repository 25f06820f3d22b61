"""Special categories of personal data in sentences written by hand: proposed about a person, left alone in policy.

Each row is a term of one category (health, religion, ethnic origin, criminal data) in two sentences: one about a
person (``Mevrouw {name} is sinds maart thuis met een depressie.``), where the term is 5.1(1)d, and one about the
topic in general (``Het aantal inwoners met een depressie stijgt.``), where it is not. ``{name}`` is a Faker
``nl_NL`` surname. The rows were written on December 7 (fourth session) before the probe was first run; many of
their terms were in no list of Lakmoes, so the first run (32 of 42 about a person, 0 in general) measured the
vocabulary too; the missed terms then joined the lists, so it is tuned on from there. A term counts as proposed when a
SPECIAL_CATEGORY suggestion overlaps it. ``python -m training.special_probe`` prints the rows that go against their
sentence and the totals per category. ``--held-out`` probes rows written on December 7 (fifth session) with other
terms and categories (political opinion, union membership, sexual orientation too), measured once before any rule
for them.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from faker import Faker

from detector.detector import Detector
from detector.settings import Settings
from training.probe_cli import probe_parser

ENTITY = "SPECIAL_CATEGORY"


@dataclass(frozen=True)
class Row:
    """A term and its category, a sentence about a person and one about the topic in general."""

    category: str
    term: str
    about_person: str
    in_general: str


ROWS: tuple[Row, ...] = (
    Row("health", "depressie", "Mevrouw {name} is sinds maart thuis met een depressie.",
        "Het aantal inwoners met een depressie stijgt."),
    Row("health", "burn-out", "De heer {name} heeft een burn-out en werkt niet.",
        "De campagne gaat over burn-out op de werkvloer."),
    Row("health", "diabetes", "Betrokkene heeft diabetes en moet dagelijks insuline spuiten.",
        "Voorlichting over diabetes is onderdeel van het preventieakkoord."),
    Row("health", "kanker", "Mevrouw {name} is vorig jaar behandeld voor kanker.",
        "De gemeente steunt de inloophuizen voor mensen met kanker."),
    Row("health", "chemotherapie", "Hij krijgt nog drie maanden chemotherapie.",
        "Vervoer naar chemotherapie valt onder de Wmo-regeling."),
    Row("health", "hartinfarct", "De heer {name} kreeg in mei een hartinfarct.",
        "Snelle hulp bij een hartinfarct redt levens."),
    Row("health", "psychose", "Zij had ten tijde van het incident een psychose.",
        "De crisisdienst is er voor inwoners in een psychose."),
    Row("health", "autisme", "Haar zoon heeft autisme en gaat naar speciaal onderwijs.",
        "Het onderwijs voor kinderen met autisme wordt uitgebreid."),
    Row("health", "ADHD", "De heer {name} heeft ADHD en gebruikt medicatie.",
        "Scholen krijgen een training over ADHD in de klas."),
    Row("health", "alcoholverslaving", "Mevrouw {name} is onder behandeling voor haar alcoholverslaving.",
        "De verslavingszorg richt zich op alcoholverslaving bij jongeren."),
    Row("health", "dementie", "Hij woont sinds de diagnose dementie in een verpleeghuis.",
        "Het programma maakt de stad dementievriendelijk; dementie raakt veel gezinnen."),
    Row("health", "zwanger", "Mevrouw {name} is zwanger en wil minder uren werken.",
        "Het consultatiebureau informeert wie zwanger is over de zorg."),
    Row("health", "arbeidsongeschikt", "Betrokkene is volgens de keuringsarts volledig arbeidsongeschikt.",
        "De regeling geldt voor wie arbeidsongeschikt raakt."),
    Row("health", "ziekgemeld", "De heer {name} heeft zich op 3 april ziekgemeld.",
        "Het verzuimprotocol zegt wat een werknemer doet die zich heeft ziekgemeld."),
    Row("health", "hernia", "Zij kan door een hernia niet lang zitten.",
        "Fysiotherapie bij een hernia wordt vergoed uit de aanvullende verzekering."),
    Row("health", "PTSS", "De heer {name} kampt sinds zijn uitzending met PTSS.",
        "Veteranen met PTSS kunnen terecht bij het Veteranenloket."),
    Row("health", "epilepsie", "Mevrouw {name} mag door haar epilepsie geen auto rijden.",
        "De vereniging geeft voorlichting over epilepsie."),
    Row("health", "opgenomen in een psychiatrische kliniek",
        "Hij is in januari opgenomen in een psychiatrische kliniek.",
        "Het aantal plaatsen in de psychiatrische kliniek wordt niet uitgebreid; wie wordt opgenomen in een "
        "psychiatrische kliniek krijgt een vaste contactpersoon."),
    Row("health", "suïcidaal", "Mevrouw {name} uitte zich in het gesprek suïcidaal.",
        "De training leert medewerkers herkennen wanneer iemand suïcidaal is."),
    Row("health", "eetstoornis", "Haar dochter wordt behandeld voor een eetstoornis.",
        "Jongeren met een eetstoornis wachten lang op hulp."),
    Row("religion", "moslim", "De heer {name} is moslim en vraagt om een gebedsruimte.",
        "De dialoog tussen christen en moslim staat centraal in het project."),
    Row("religion", "katholiek", "Mevrouw {name} is katholiek opgevoed.",
        "De katholieke basisschool krijgt een nieuw gebouw; de parochie is katholiek."),
    Row("religion", "moskee", "Hij bezoekt elke vrijdag de moskee.",
        "De moskee aan de Marktweg krijgt een nieuwe vergunning."),
    Row("religion", "joods", "Mevrouw {name} is joods en viert de sabbat.",
        "Het joods monument wordt gerestaureerd."),
    Row("religion", "hoofddoek", "Zij draagt een hoofddoek en werd daarom geweigerd.",
        "Het debat over de hoofddoek in openbare functies is gevoerd."),
    Row("religion", "Jehova's getuige", "De heer {name} is Jehova's getuige en weigert een bloedtransfusie.",
        "Het onderzoek gaat over de geloofsgemeenschap van Jehova's getuige en hun rituelen."),
    Row("religion", "ramadan", "Mevrouw {name} vast tijdens de ramadan.",
        "Tijdens de ramadan zijn de openingstijden van het buurthuis ruimer."),
    Row("ethnicity", "Marokkaanse afkomst", "De heer {name} is van Marokkaanse afkomst.",
        "Het onderzoek gaat over jongeren van Marokkaanse afkomst in de stad."),
    Row("ethnicity", "Turkse achtergrond", "Mevrouw {name} heeft een Turkse achtergrond.",
        "Ouderen met een Turkse achtergrond vinden de weg naar de zorg moeilijk."),
    Row("ethnicity", "migratieachtergrond", "Hij heeft een migratieachtergrond en spreekt Arabisch.",
        "Het aandeel inwoners met een migratieachtergrond is 35 procent."),
    Row("ethnicity", "Surinaamse roots", "Mevrouw {name} heeft Surinaamse roots.",
        "Het festival viert de Surinaamse roots van de wijk."),
    Row("ethnicity", "woonwagenbewoner", "De heer {name} is woonwagenbewoner en vraagt een standplaats.",
        "Het beleid voor de woonwagenbewoner wordt herzien."),
    Row("ethnicity", "huidskleur", "Zij werd volgens de melding om haar huidskleur geweigerd.",
        "Discriminatie op grond van huidskleur is verboden."),
    Row("criminal", "veroordeeld", "De heer {name} is in 2019 veroordeeld voor diefstal.",
        "Wie veroordeeld is, kan een Verklaring Omtrent het Gedrag worden geweigerd."),
    Row("criminal", "strafblad", "Mevrouw {name} heeft geen strafblad.",
        "Een strafblad is geen beletsel voor elke baan."),
    Row("criminal", "taakstraf", "Hij heeft een taakstraf van 80 uur gekregen.",
        "Het aantal opgelegde taakstraffen daalt; een taakstraf wordt in de wijk uitgevoerd."),
    Row("criminal", "gedetineerd", "De heer {name} is sinds februari gedetineerd.",
        "De gemeente helpt wie gedetineerd is geweest bij het vinden van een woning."),
    Row("criminal", "reclassering", "Mevrouw {name} staat onder toezicht van de reclassering.",
        "De reclassering en de gemeente werken samen in het Zorg- en Veiligheidshuis."),
    Row("criminal", "aangehouden", "Hij is op 12 maart aangehouden voor winkeldiefstal.",
        "Er zijn dit jaar minder mensen aangehouden voor winkeldiefstal."),
    Row("criminal", "enkelband", "De heer {name} draagt een enkelband.",
        "De pilot met de enkelband loopt tot 2026."),
    Row("criminal", "tbs", "Mevrouw {name} kreeg tbs met dwangverpleging opgelegd.",
        "Het aantal plaatsen voor tbs met dwangverpleging is landelijk beleid."),
    Row("criminal", "celstraf", "Hij zat een celstraf van zes maanden uit.",
        "Een korte celstraf werkt volgens het rapport minder goed dan een taakstraf."),
)  # fmt: skip


# Written on December 7 (fifth session) and measured once before any rule for them (``--held-out``).
HELD_OUT: tuple[Row, ...] = (
    Row("health", "beroerte", "De heer {name} kreeg vorig jaar een beroerte en spreekt moeilijk.",
        "Het ziekenhuis opent een afdeling voor mensen na een beroerte."),
    Row("health", "astma", "Mevrouw {name} heeft astma en kan niet in een stoffige ruimte werken.",
        "Luchtvervuiling verergert astma bij kinderen."),
    Row("health", "angststoornis", "Zij is bekend met een angststoornis en durft niet naar de zitting.",
        "De wachtlijst voor behandeling van een angststoornis is lang."),
    Row("health", "bipolaire stoornis", "De heer {name} heeft een bipolaire stoornis.",
        "De folder legt uit wat een bipolaire stoornis is."),
    Row("health", "verslaafd", "Haar zoon is verslaafd aan gokken.",
        "Het preventieprogramma voorkomt dat jongeren verslaafd raken aan gamen."),
    Row("health", "long covid", "Mevrouw {name} heeft sinds 2022 long covid en werkt halve dagen.",
        "Het kabinet trekt geld uit voor onderzoek naar long covid."),
    Row("health", "multiple sclerose", "De heer {name} heeft multiple sclerose en zit in een rolstoel.",
        "De collecte voor multiple sclerose bracht veel op."),
    Row("health", "miskraam", "Mevrouw {name} had in april een miskraam en was twee weken afwezig.",
        "Werkgevers krijgen een handreiking over verlof na een miskraam."),
    Row("religion", "christelijk", "De heer {name} is christelijk en gaat elke zondag naar de kerk.",
        "De christelijke basisschool krijgt een nieuw gebouw; christelijk onderwijs is bijzonder onderwijs."),
    Row("religion", "boeddhist", "Mevrouw {name} is boeddhist en eet geen vlees.",
        "De tentoonstelling laat zien hoe een boeddhist mediteert."),
    Row("religion", "hindoe", "De heer {name} is hindoe en vraagt vrij voor Divali.",
        "Het hindoe festival trekt veel bezoekers naar het park."),
    Row("ethnicity", "Antilliaanse afkomst", "Mevrouw {name} is van Antilliaanse afkomst.",
        "De raad bespreekt de positie van jongeren van Antilliaanse afkomst."),
    Row("ethnicity", "Roma", "De familie {name} is van Roma-afkomst en woont in een woonwagen.",
        "Het Roma-beleid van de gemeente wordt geëvalueerd."),
    Row("criminal", "voorwaardelijke straf", "De heer {name} kreeg een voorwaardelijke straf van drie maanden.",
        "Een voorwaardelijke straf gaat vaak samen met bijzondere voorwaarden."),
    Row("criminal", "verdachte", "Mevrouw {name} is verdachte in een zaak van witwassen.",
        "De rechten van een verdachte staan in het Wetboek van Strafvordering."),
    Row("criminal", "gevangenis", "Hij zat tot 2021 in de gevangenis.",
        "De gevangenis aan de rand van de stad sluit in 2027."),
    Row("politics", "lid van de SP", "De heer {name} is lid van de SP en actief in de afdeling.",
        "Wie lid van de SP is, mag stemmen op het partijcongres."),
    Row("union", "lid van de FNV", "Mevrouw {name} is lid van de FNV en laat zich bijstaan.",
        "Wie lid van de FNV is, krijgt korting op de cursus."),
    Row("sexuality", "homoseksueel", "De heer {name} is homoseksueel en werd op straat uitgescholden.",
        "De regenboogweek vraagt aandacht voor homoseksuele jongeren; homoseksueel zijn is geen keuze."),
    Row("sexuality", "lesbisch", "Mevrouw {name} is lesbisch en woont samen met haar vriendin.",
        "Het lesbisch en homo-ontmoetingscentrum krijgt subsidie."),
)  # fmt: skip


@dataclass(frozen=True)
class ProbeResult:
    """Per category: terms proposed about a person, and terms proposed in a general sentence (wrongly)."""

    about_person: Counter[str]
    in_general: Counter[str]
    totals: Counter[str]
    missed: tuple[str, ...]
    wrongly: tuple[str, ...]


def probe(detector: Detector, seed: int = 7, rows: tuple[Row, ...] = ROWS) -> ProbeResult:
    """Each row's two sentences, with a made-up surname in the first."""
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    about, general, totals = Counter[str](), Counter[str](), Counter[str]()
    missed: list[str] = []
    wrongly: list[str] = []
    for row in rows:
        totals[row.category] += 1
        person = row.about_person.format(name=fake.last_name())
        if _proposed(detector, person, row.term):
            about[row.category] += 1
        else:
            missed.append(row.term)
        if _proposed(detector, row.in_general, row.term):
            general[row.category] += 1
            wrongly.append(row.term)
    return ProbeResult(about, general, totals, tuple(missed), tuple(wrongly))


def _proposed(detector: Detector, text: str, term: str) -> bool:
    """Whether a SPECIAL_CATEGORY suggestion overlaps the first occurrence of ``term`` (any case)."""
    start = text.lower().index(term.lower())
    end = start + len(term)
    return any(s.entity_type == ENTITY and s.start < end and s.end > start for s in detector.analyze(text))


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__, per_context=1, seed=7, held_out=True)
    args = parser.parse_args(argv)
    result = probe(Detector(Settings()), args.seed, HELD_OUT if args.held_out else ROWS)
    print("| category | terms | proposed about a person | proposed in a general sentence |\n|---|---|---|---|")
    for category, total in result.totals.items():
        print(f"| {category} | {total} | {result.about_person[category]} | {result.in_general[category]} |")
    total = sum(result.totals.values())
    print(f"\nabout a person (recall): {sum(result.about_person.values())}/{total}")
    print(f"in a general sentence (should be 0): {sum(result.in_general.values())}/{total}")
    print(f"missed: {', '.join(result.missed) or '-'}\nproposed in general: {', '.join(result.wrongly) or '-'}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
