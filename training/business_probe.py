"""Business data by context, with made-up suppliers and amounts (Faker ``nl_NL``): proposed where they are a
supplier's or applicant's commercial data, public where a body spends or reports public money.

No gold split is read: each context is a short document of a common shape (an offer's price table, a purchase
order, a grant application's cost table, a contract's rate clause, a memo weighing offers, a council proposal, a
budget, a handbook example …) with generated values in it. The document type is detected, not given, so the probe
measures the whole path a new customer's document takes. A value counts as proposed when a 5.1(1)c suggestion
overlaps it; the supplier's name (the ``{supplier}`` slot, a Faker ``nl_NL`` company) only when 5.1(1)c suggestions
cover all of it, since a name half blacked out still tells who it is. Amounts and names are counted apart.
``python -m training.business_probe --per-context 40`` prints, per context, how often each was proposed and whether
that is what the context asks.
"""

from __future__ import annotations

import random
from dataclasses import dataclass

import regex
from faker import Faker

from detector.detector import Detector
from detector.settings import Settings
from training.probe_cli import ProbeRow, covered, probe_parser

GROUND = "5.1(1)c"


@dataclass(frozen=True)
class Context:
    """A document with ``{unit}``, ``{total}``, ``{qty}`` and ``{supplier}`` slots; ``propose`` says whether its
    values are business data (True) or public (False); ``values`` are the slots that are scored."""

    key: str
    template: str
    propose: bool
    values: tuple[str, ...] = ("unit", "total")


CONTEXTS: tuple[Context, ...] = (
    Context(
        "offer price table",
        "Offerte\n\n{supplier}\nOfferte nummer 2023-118\n\nOmschrijving | Aantal | Prijs per stuk | Totaal\n"
        "Training omgaan met agressie | {qty} | € {unit} | € {total}\n\nGeldig tot 1 juni 2023.",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "purchase order",
        "Opdrachtbon\n\nLeverancier: {supplier}\nOmschrijving: juridisch advies bezwaarzaken\n"
        "Aantal uren: {qty}\nUurtarief: € {unit}\nTotaal excl. btw: € {total}\n",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "grant application cost table",
        "Aanvraag subsidie Vitale Wijken 2024\n\nAanvrager: {supplier}\n\nBegroting van de activiteit\n"
        "Kostenpost | Aantal deelnemers | Prijs per deelnemer | Bedrag\n"
        "Training vrijwilligers | {qty} | € {unit} | € {total}\n",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "contract rate clause",
        "Raamovereenkomst dienstverlening\n\nPartijen: de gemeente en {supplier}, hierna: Opdrachtnemer.\n\n"
        "Artikel 5 Tarieven\nOpdrachtnemer brengt voor de werkzaamheden een uurtarief van € {unit} exclusief btw "
        "in rekening. De totale opdrachtwaarde bedraagt maximaal € {total}.",
        True,
    ),
    Context(
        "invoice",
        "Factuur\n\n{supplier}\nFactuurnummer F-2023-0114\nFactuurdatum 3 april 2023\n\n"
        "Omschrijving | Aantal | Prijs | Bedrag\nAdviesuren maart | {qty} | € {unit} | € {total}\n",
        True, ("unit", "total"),
    ),
    Context(
        "memo weighing offers",
        "Memo\n\nAan: Teamleider Inkoop\nVan: Adviseur Inkoop\nOnderwerp: gunning onderzoek\n\n"
        "De offerte van {supplier} komt uit op € {total} en is daarmee de laagste. Het uurtarief van € {unit} "
        "ligt onder het marktgemiddelde.",
        True,
    ),
    Context(
        "memo naming a firm's bid",
        "Memo\n\nAan: Teamleider Inkoop\nVan: Adviseur Inkoop\nOnderwerp: aanbesteding schoonmaak\n\n"
        "Er zijn twee reacties binnengekomen.\n\n{supplier} vraagt € {total} voor de hele looptijd.\n\n"
        "De andere partij bood € {unit}.",
        True,
    ),
    Context(
        "memo comparing offers without a firm",
        "Memo\n\nAan: Teamleider Inkoop\nVan: Adviseur Inkoop\nOnderwerp: aanbesteding meubilair\n\n"
        "Het verschil tussen beide aanbiedingen is € {total}. Dat is € {unit} per stoel.",
        True,
    ),
    Context(
        "memo on a price given",
        "Memo\n\nAan: Teamleider Inkoop\nVan: Adviseur Inkoop\nOnderwerp: gunning onderhoud\n\n"
        "{supplier} heeft een prijs van € {total} afgegeven. Voor het onderhoud is de afgegeven prijs € {unit}.",
        True,
    ),
    Context(
        "mail quoting a rate",
        "Van: {supplier}\nAan: Team Inkoop\nOnderwerp: prijsopgave\n\n"
        "Beste collega's,\n\nOns tarief voor de training is € {unit} per deelnemer, voor de hele groep € {total}.",
        True,
    ),
    Context(
        "supplier letter offering work",
        "Geachte heer Bakker,\n\nNaar aanleiding van ons gesprek bieden wij u de gevraagde werkzaamheden aan voor "
        "€ {total} exclusief btw. Wij rekenen € {unit} per dagdeel.\n\nMet vriendelijke groet,\n\n{supplier}",
        True,
    ),
    Context(
        "service level agreement table",
        "Service Level Agreement\n\nTussen de gemeente en {supplier}\n\nDienst | Prijs per maand\n"
        "Hosting en beheer | € {unit}\nTotaal per jaar | € {total}\n",
        True,
    ),
    Context(
        "chat about a price",
        "[09:58] Inkoop: heb je de prijs van {supplier} al?\n[10:02] Projectleider: ja, € {total} voor het "
        "hele traject, € {unit} per uur\n",
        True,
    ),
    Context(
        "council proposal",
        "Raadsvoorstel\n\nOnderwerp: jongerenwerk 2024\n\nBeslispunten\n"
        "1. Het college stelt € {total} beschikbaar voor het jongerenwerk in 2024.\n"
        "2. Per jongere is dat € {unit}.",
        False,
    ),
    Context(
        "budget",
        "Programmabegroting 2024\n\nProgramma 3 Sociaal domein\n\nOmschrijving | Begroting 2024\n"
        "Lasten | € {total}\nBijdrage per inwoner | € {unit}\n",
        False,
    ),
    Context(
        "decision granting a subsidy",
        "Besluit\n\nBurgemeester en wethouders van de gemeente besluiten aan {supplier} een subsidie te verlenen "
        "van € {total}, te weten € {unit} per deelnemer.",
        False,
    ),
    Context(
        "handbook example",
        "Werkinstructie berekening uitkering\n\nVoorbeeld: het dagloon is € {total}. De uitkering is dan "
        "€ {unit} per dag.",
        False,
    ),
    Context(
        "annual report",
        "Jaarverslag 2023\n\nIn 2023 gaf de gemeente € {total} uit aan jeugdzorg; dat is € {unit} per inwoner.",
        False,
    ),
    Context(
        "subsidy regulation",
        "Subsidieregeling sportstimulering 2024\n\nArtikel 6 Subsidieplafond\nHet subsidieplafond bedraagt "
        "€ {total}. De subsidie bedraagt ten hoogste € {unit} per deelnemer.",
        False,
    ),
    Context(
        "memo on a price the body sets",
        "Memo\n\nAan: Teamleider Parkeren\nVan: Beleidsadviseur\nOnderwerp: tarieven 2025\n\n"
        "Het college heeft de prijs van de parkeervergunning verhoogd naar € {unit}. Er zijn vorig jaar 3.000 "
        "vergunningen afgegeven; de opbrengst was € {total}.",
        False,
    ),
    Context(
        "committee minutes",
        "Verslag commissie Bestuur en Middelen\n\nDe wethouder licht toe dat het budget voor sport met € {total} "
        "stijgt, € {unit} per vereniging.",
        False,
    ),
    # The first held-out set, written after the supplier rules of December 7 (fourth session) and measured once
    # (names 212/280, amounts 600/600, public money 70/80); tuned on since the fifth session.
    Context(
        "award advice",
        "Memo\n\nOnderwerp: gunningsadvies schoonmaak\n\nNa beoordeling van de inschrijvingen adviseren wij de "
        "opdracht te gunnen aan {supplier} voor € {total}. Het uurtarief bedraagt € {unit}.",
        True,
    ),
    Context(
        "order placed with",
        "Bestelling\n\nBesteld bij: {supplier}\n\nArtikel | Aantal | Prijs per stuk | Totaal\n"
        "Bureaustoelen | {qty} | € {unit} | € {total}\n",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "table of bids",
        "Beoordeling inschrijvingen\n\nInschrijver | Prijs | Uurtarief | Score\n{supplier} | € {total} | € {unit} | "
        "8,5\n",
        True,
    ),
    Context(
        "letterhead of an offer",
        "{supplier}\nIndustrieweg 12\n3542 AD Utrecht\nKvK 12345678\n\nGemeente Zeewolde\nT.a.v. Inkoop\n\n"
        "Betreft: offerte\n\nHierbij bieden wij de training aan voor € {total}, dat is € {unit} per deelnemer.",
        True,
    ),
    Context(
        "invoice paid",
        "Memo\n\nOnderwerp: betalingen\n\nWij hebben de factuur van {supplier} van € {total} betaald; het ging om "
        "€ {unit} per uur.",
        True,
    ),
    Context(
        "contract concluded with",
        "Overeenkomst\n\nDeze overeenkomst wordt gesloten met {supplier}, gevestigd te Amersfoort. Opdrachtnemer "
        "ontvangt een vergoeding van € {total}, te weten € {unit} per maand.",
        True,
    ),
    Context(
        "chat about a rate",
        "[10:01] Anna: {supplier} wil € {unit} per uur\n[10:03] Bram: en in totaal? \n[10:04] Anna: € {total}\n",
        True,
    ),
    Context(
        "subsidy granted",
        "Besluit\n\nWij verlenen {supplier} een subsidie van € {total} voor het project, € {unit} per deelnemer.",
        False,
    ),
    # Written in the sixth session of December 7, after the fourth held-out set and tuned on from the start.
    Context(
        "ranking in a tender report",
        "Aanbestedingsverslag\n\nRangorde na beoordeling:\n1. {supplier}, inschrijfsom € {total}, uurtarief € {unit}\n"
        "2. Tweede inschrijver\n",
        True,
    ),
    Context(
        "letter ending a contract",
        "Geachte directie van {supplier},\n\nHierbij zeggen wij de overeenkomst op. De maandelijkse vergoeding van "
        "€ {unit} vervalt per 1 juli; het openstaande bedrag van € {total} betalen wij nog.",
        True,
    ),
    Context(
        "procurement request form",
        "Inkoopaanvraag\n\nVoorkeursleverancier: {supplier}\nGeschatte kosten: € {total}\nTarief: € {unit} per uur\n",
        True,
    ),
    Context(
        "chat about a new rate",
        "[11:15] Tom: {supplier} heeft gebeld, ze gaan naar € {unit} per uur\n[11:16] Eva: dus totaal € {total}?\n",
        True,
    ),
    Context(
        "note on a disputed invoice",
        "Notitie\n\nOnderwerp: geschil factuur\n\nDe factuur van {supplier} (€ {total}) rekent {qty} uur tegen "
        "€ {unit}, terwijl twintig uur is afgesproken.",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "award decision letter",
        "Gunningsbeslissing\n\nWij zijn voornemens de opdracht te gunnen aan {supplier}. Uw inschrijving van "
        "€ {total} scoorde lager; de winnende prijs per eenheid was € {unit}.",
        True,
    ),
    Context(
        "table of quotes by supplier",
        "Vergelijking offertes\n\nLeverancier | Offertebedrag | Dagtarief\n{supplier} | € {total} | € {unit}\n",
        True,
    ),
    Context(
        "spring budget memorandum",
        "Voorjaarsnota 2025\n\nVoor de verbouwing van het stadhuis reserveert het college € {total}; per werkplek "
        "is dat € {unit}.",
        False,
    ),
    Context(
        "answers to council questions",
        "Beantwoording schriftelijke vragen\n\nDe kosten van inhuur bedroegen in 2023 in totaal € {total}, "
        "gemiddeld € {unit} per uur.",
        False,
    ),
    Context(
        "newsletter on a public work",
        "Nieuwsbrief\n\n{supplier} gaat de nieuwe brug bouwen. De gemeente heeft hiervoor € {total} begroot, "
        "€ {unit} per vierkante meter.",
        False,
    ),
    Context(
        "advice to the executive",
        "Collegeadvies\n\nVoorgesteld wordt de opdracht te verlenen aan {supplier} voor € {total}, op basis van een "
        "uurtarief van € {unit}.",
        True,
    ),
    Context(
        "invoice table forwarded in a mail",
        "Hoi Mark,\n\nZie hieronder de factuur van {supplier}:\n\nOmschrijving | Bedrag\nLicenties | € {unit}\n"
        "Totaal | € {total}\n\nGroet, Ilse",
        True,
    ),
    Context(
        "order line with the supplier in the table",
        "Bestelregel\n\nLeverancier | Artikel | Aantal | Prijs\n{supplier} | Laptop | {qty} | € {unit}\n\n"
        "Totaal € {total}\n",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "price agreed in project minutes",
        "Notulen projectoverleg\n\nAfgesproken is dat {supplier} het werk uitvoert voor € {total}, uitgaande van "
        "€ {unit} per m2.",
        True,
    ),
    Context(
        "letter placing an order",
        "Geachte heer, mevrouw,\n\nHierbij geven wij {supplier} opdracht voor de werkzaamheden conform uw offerte, "
        "voor € {total}, waarvan € {unit} voorrijkosten.",
        True,
    ),
    Context(
        "annual accounts",
        "Jaarrekening 2023\n\nOmschrijving | Realisatie\nInhuur derden | € {total}\nGemiddeld per fte | € {unit}\n",
        False,
    ),
    Context(
        "council decision on land prices",
        "Raadsbesluit\n\nDe grondprijs voor bedrijfskavels wordt vastgesteld op € {unit} per m2; de verwachte "
        "opbrengst is € {total}.",
        False,
    ),
    # Written in the seventh session of December 7 and tuned on from the start; their shapes overlap failures that
    # the fifth held-out set showed in its first run (a firm after its role noun, a price per person, a firm as a
    # mail's sender, a body's own tariffs), which that session's commits disclose.
    Context(
        "site meeting naming the contractor",
        "Verslag bouwoverleg\n\nAannemer {supplier} meldt dat de stelposten uitkomen op € {total}; het uurloon "
        "blijft € {unit}.",
        True,
    ),
    Context(
        "memo naming the supplier by its role",
        "Memo\n\nLeverancier {supplier} rekent vanaf 1 januari € {unit} per werkplek, in totaal € {total}.",
        True,
    ),
    Context(
        "training offer per person",
        "Goedemiddag,\n\nVoor de training rekenen wij € {unit} per persoon, voor de hele groep € {total} exclusief "
        "btw.\n\nHartelijke groet,\n{supplier}",
        True,
    ),
    Context(
        "parties of a service agreement",
        "Dienstverleningsovereenkomst\n\nPartijen:\n1. de gemeente Deventer\n2. {supplier}\n\nDe vergoeding "
        "bedraagt € {unit} per maand, € {total} per jaar.",
        True,
    ),
    Context(
        "supplier's mail with its price",
        "Van: {supplier}\nVerzonden: maandag 3 maart 2025 09:14\nAan: Inkoop\nOnderwerp: onderhoud\n\nOnze prijs "
        "voor het onderhoud is € {total}, het uurtarief € {unit}.",
        True,
    ),
    Context(
        "consultant's plan with days and a day rate",
        "Plan van aanpak\n\nOnze inzet bedraagt {qty} dagen à € {unit} per dag, in totaal € {total} exclusief "
        "btw.\n\n{supplier}",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "letter awarding an assignment",
        "Opdrachtverstrekking\n\nGeachte heer Verbeek,\n\nHierbij verstrekken wij {supplier} de opdracht voor "
        "het onderzoek, voor een bedrag van € {total}, met een uurtarief van € {unit}.",
        True,
    ),
    Context(
        "licence table in an order",
        "Bestelling licenties\n\nLeverancier: {supplier}\n\nProduct | Prijs per licentie | Aantal | Totaal\n"
        "Office | € {unit} | {qty} | € {total}\n",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "supplier's signature under a price",
        "Beste Ilse,\n\nVoor het onderhoud rekenen wij € {unit} per uur; het jaarcontract komt op € {total}."
        "\n\nMet vriendelijke groet,\n\nJan Smit\nAccountmanager\n{supplier}",
        True,
    ),
    Context(
        "memo on a contract extension",
        "Memo\n\nHet contract met {supplier} wordt verlengd tegen een jaarlijkse vergoeding van € {total}; het "
        "uurtarief voor meerwerk blijft € {unit}.",
        True,
    ),
    Context(
        "grant application budget with hours",
        "Subsidieaanvraag\n\nAanvrager: {supplier}\n\nBegroting\nPost | Bedrag\nProjectleider {qty} uur x "
        "€ {unit} | € {total}\n",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "fee table adopted by the council",
        "Tarieventabel begraafplaatsen 2025\n\nVastgesteld bij raadsbesluit van 7 november 2024.\n\nGrafrecht "
        "| € {unit}\nOnderhoud graf per jaar | € {total}\n",
        False,
    ),
    Context(
        "tariff list adopted by the executive",
        "Tarieven begraafplaatsen 2026\n\nVastgesteld door het college van burgemeester en wethouders op 12 "
        "november 2025.\n\nOmschrijving | Tarief\nGrafrecht 20 jaar | € {unit}\nBegraven volwassene | € {total}\n",
        False,
    ),
    Context(
        "hall rates adopted by a board",
        "Verhuurtarieven gymzalen en zwembad\n\nVastgesteld door het dagelijks bestuur op 3 juni 2025.\n\n"
        "Accommodatie | Uurtarief\nGymzaal | € {unit}\nZwembad, heel bad | € {total}\n",
        False,
    ),
    Context(
        "executive granting a subsidy with 'kennen … toe'",
        "Besluitenlijst college\n\nWij kennen {supplier} voor 2026 een subsidie van € {total} toe, te weten "
        "€ {unit} per deelnemer.",
        False,
    ),
    Context(
        "confirmation letter pricing work and extra hours",
        "Bevestiging opdracht\n\nGeachte heer De Wit,\n\nHet onderzoek voeren wij uit voor € {total}. Meerwerk "
        "brengen wij in rekening tegen € {unit} per uur.\n\nMet vriendelijke groet,\n\n{supplier}",
        True,
    ),
    Context(
        "levy rates per day",
        "Tarieven precariobelasting 2026\n\nStandplaats weekmarkt per dag | € {unit}\nTerras per seizoen | "
        "€ {total}\n",
        False,
    ),
    Context(
        "caterer's mail with a price per person",
        "Van: {supplier}\nAan: Facilitair\nOnderwerp: lunch 12 maart\n\nGoedemiddag,\n\nVoor de lunch komt het op "
        "€ {unit} per persoon, voor {qty} personen totaal € {total}.\n\nMet vriendelijke groet,\n{supplier}",
        True,
    ),
    Context(
        "memo on the body's own hall rate",
        "Memo\n\nAan: portefeuillehouder sport\n\nDe gemeente hanteert voor de sporthallen een uurtarief van "
        "€ {unit}. Het waterschap brengt de verenigingen daarnaast € {total} per jaar in rekening.",
        False,
    ),
)

# Written on December 7 (fifth session) before that session's rules and measured once before them: ``--held-out``
# tells how far the rules carry to shapes they were not written for. Never tuned on.
HELD_OUT: tuple[Context, ...] = (
    Context(
        "price sheet of a tender",
        "Prijsblad\n\nNaam inschrijver: {supplier}\n\nOnderdeel | Tarief\nProjectleider | € {unit}\n"
        "Totale inschrijfsom | € {total}\n",
        True,
    ),
    Context(
        "order confirmation by the body",
        "Opdrachtbevestiging\n\nHierbij bevestigen wij de opdracht aan {supplier} voor een bedrag van € {total}, "
        "op basis van een tarief van € {unit} per uur.",
        True,
    ),
    Context(
        "extra work order",
        "Meerwerkopdracht\n\nAannemer: {supplier}\nOmschrijving: extra bestrating fietspad\nOppervlakte: {qty} m2\n"
        "Prijs per m2: € {unit}\nKosten meerwerk: € {total}\n",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "contract extension mail",
        "Van: Contractmanager\nAan: Team Inkoop\nOnderwerp: verlenging\n\nDe overeenkomst met {supplier} wordt "
        "met een jaar verlengd tegen hetzelfde tarief van € {unit} per uur. De waarde van de verlenging is € {total}.",
        True,
    ),
    Context(
        "quote sent on behalf of a firm",
        "Geachte mevrouw Visser,\n\nNamens {supplier} stuur ik u onze prijsopgave: € {unit} per licentie, "
        "in totaal € {total} per jaar.\n\nMet vriendelijke groet,",
        True,
    ),
    Context(
        "comparison of quotes",
        "Vergelijking offertes\n\nLeverancier | Aantal | Stukprijs | Totaalprijs\n{supplier} | {qty} | € {unit} | "
        "€ {total}\n",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "minutes noting an offer",
        "Verslag projectoverleg\n\n3. Inkoop\nDe offerte van {supplier} is binnen: € {total} voor het geheel, "
        "€ {unit} per dag. Besloten wordt nog een tweede offerte op te vragen.",
        True,
    ),
    Context(
        "spring memorandum",
        "Voorjaarsnota 2025\n\nVoor het onderhoud van wegen is € {total} geraamd, dat is € {unit} per kilometer.",
        False,
    ),
    Context(
        "fees set by the body",
        "Legesverordening, toelichting\n\nDe leges voor een rijbewijs bedragen € {unit}. In 2024 was de totale "
        "legesopbrengst € {total}.",
        False,
    ),
    Context(
        "subsidy set at",
        "Beschikking vaststelling subsidie\n\nWij stellen de subsidie aan {supplier} vast op € {total}, "
        "te weten € {unit} per deelnemer.",
        False,
    ),
)


# The third held-out set, written at the end of December 7 (fifth session) after that session's rules and measured
# once (``--held-out 3``); never tuned on. The second set's figures after the session's rules are no longer a first
# run, so this set is the next session's clean measure.
HELD_OUT_3: tuple[Context, ...] = (
    Context(
        "letter to a losing bidder",
        "Geachte heer Visser,\n\nUw inschrijving eindigde op de tweede plaats. De winnende inschrijver, {supplier}, "
        "bood € {total}; uw uurtarief lag € {unit} hoger.",
        True,
    ),
    Context(
        "credit note",
        "Creditnota\n\n{supplier}\nCreditnota C-2024-11\n\nOmschrijving | Bedrag\nCorrectie uren | € {unit}\n"
        "Totaal | € {total}\n",
        True,
    ),
    Context(
        "call-off under a framework agreement",
        "Nadere overeenkomst\n\nOp basis van de raamovereenkomst met {supplier} wordt afgenomen: {qty} dagen à "
        "€ {unit}, totaal € {total}.",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "mail approving a quote",
        "Hoi Mila,\n\nIk ga akkoord met de offerte van {supplier}: € {total} excl. btw, € {unit} per dag.\n\nGroet,"
        "\nKees",
        True,
    ),
    Context(
        "chat about an invoice",
        "[14:02] Kees: de factuur van {supplier} is € {total}\n[14:03] Mila: klopt, {qty} uur à € {unit}\n",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "lease agreement",
        "Huurovereenkomst\n\nVerhuurder: {supplier}\nHuurprijs per maand: € {unit}\nTotale huurprijs over de "
        "looptijd: € {total}\n",
        True,
    ),
    Context(
        "council letter on a cost overrun",
        "Raadsinformatiebrief\n\nDe renovatie van het zwembad kost € {total}; dat is € {unit} per bezoeker meer dan "
        "geraamd.",
        False,
    ),
    Context(
        "waste levy rate table",
        "Tarieventabel afvalstoffenheffing 2025\n\nOmschrijving | Tarief\nEenpersoonshuishouden | € {unit}\n"
        "Totale opbrengst | € {total}\n",
        False,
    ),
    Context(
        "subsidy awarded in a decision list",
        "Besluitenlijst college\n\nHet college besluit {supplier} een subsidie van € {total} toe te kennen, € {unit} "
        "per deelnemer.",
        False,
    ),
)


# The fourth held-out set, written at the start of December 7 (sixth session) before that session's rules and
# measured once before them (``--held-out 4``); never tuned on.
HELD_OUT_4: tuple[Context, ...] = (
    Context(
        "record of tender opening",
        "Proces-verbaal van opening\n\nInschrijver 2: {supplier}\nInschrijvingssom: € {total}\nEenheidsprijs: "
        "€ {unit}\n",
        True,
    ),
    Context(
        "extra work offered by a contractor",
        "Meerwerkopgave\n\nAannemer {supplier} biedt het meerwerk aan voor € {total}; de prijs per strekkende "
        "meter is € {unit}.",
        True,
    ),
    Context(
        "price sheet annexed to a contract",
        "Bijlage 2 Prijzenblad\n\nbehorend bij de onderhoudsovereenkomst met {supplier}\n\nOnderdeel | Eenheid | "
        "Prijs\nMaaien gazon | per m2 | € {unit}\nJaarprijs | | € {total}\n",
        True,
    ),
    Context(
        "mail comparing prices",
        "Van: Sanne de Wit\nVerzonden: dinsdag 4 maart 2025 10:12\nAan: Team Inkoop\nOnderwerp: RE: "
        "prijsvergelijking\n\nHoi,\n\n{supplier} zit met € {total} het laagst. Hun dagtarief is € {unit}.\n\nGr. "
        "Sanne",
        True,
    ),
    Context(
        "grant application staff costs",
        "Subsidieaanvraag\n\nNaam organisatie: {supplier}\n\nPersoneelskosten: {qty} uur x € {unit} = € {total}\n",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "invoice written as a letter",
        "Factuur\n\nAan: Gemeente Lelystad\nVan: {supplier}\n\nVoor de geleverde diensten brengen wij € {total} in "
        "rekening, {qty} stuks van € {unit}.",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "minutes of a talk with a supplier",
        "Verslag overleg met {supplier}\n\nDe leverancier stelt een korting voor: de prijs per licentie daalt naar "
        "€ {unit}, in totaal € {total} per jaar.",
        True,
    ),
    Context(
        "purchase order line",
        "Inkooporder 4500123\n\nCrediteur: {supplier}\n\nRegel | Aantal | Prijs | Bedrag\n1 | {qty} | € {unit} | "
        "€ {total}\n",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "council decision on a loan",
        "Raadsbesluit\n\nDe raad besluit een lening van € {total} te verstrekken aan {supplier}; de jaarlijkse "
        "aflossing bedraagt € {unit}.",
        False,
    ),
    Context(
        "press release",
        "Persbericht\n\nDe gemeente investeert € {total} in nieuwe speeltoestellen, gemiddeld € {unit} per speeltuin.",
        False,
    ),
    Context(
        "fee table of a bylaw",
        "Legesverordening 2025\n\nOmschrijving | Bedrag\nAanvraag omgevingsvergunning | € {unit}\nGeraamde "
        "opbrengst | € {total}\n",
        False,
    ),
    Context(
        "audit office report",
        "Rekenkamerrapport\n\nHet project kostte de gemeente € {total}, € {unit} per woning meer dan begroot.",
        False,
    ),
    Context(
        "published list of subsidies",
        "Overzicht verleende subsidies 2024\n\nOrganisatie | Subsidie\n{supplier} | € {total}\nGemiddeld per "
        "deelnemer | € {unit}\n",
        False,
    ),
)


# The fifth held-out set, written in the seventh session of December 7 after its first four rule commits and measured
# once before any further rule (``--held-out 5``); never tuned on.
HELD_OUT_5: tuple[Context, ...] = (
    Context(
        "call-off under a framework agreement",
        "Nadere opdracht raamovereenkomst inhuur\n\nOpdrachtnemer {supplier} levert een senior adviseur voor {qty} "
        "uur tegen € {unit} per uur, in totaal € {total}.",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "lease of office space",
        "Huurovereenkomst kantoorruimte\n\nPartijen: de gemeente Zwolle en {supplier}\n\nDe huurprijs bedraagt "
        "€ {total} per jaar, de servicekosten € {unit} per maand.",
        True,
    ),
    Context(
        "catering quote in a mail",
        "Beste Karin,\n\nVoor de lunch op 12 mei rekenen wij € {unit} per persoon; voor tachtig personen komt dat "
        "op € {total}.\n\nMet vriendelijke groet,\n\n{supplier}",
        True,
    ),
    Context(
        "memo on a licence renewal",
        "Memo\n\nOnderwerp: verlenging licenties\n\n{supplier} heeft de licentieprijs verhoogd naar € {unit} per "
        "gebruiker; voor onze {qty} gebruikers betekent dat € {total} per jaar.",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "evaluation matrix of a tender",
        "Beoordeling inschrijvingen\n\nInschrijver | Totaalprijs | Uurtarief | Score\n{supplier} | € {total} | "
        "€ {unit} | 82\n",
        True,
    ),
    Context(
        "contractor's price in a mail",
        "Van: {supplier}\nAan: Gemeente Zwolle\nOnderwerp: prijsopgave herstel dak\n\nGeachte heer, mevrouw,\n\n"
        "Voor het herstel van het dak vragen wij € {total}; het uurloon van onze monteurs is € {unit}.",
        True,
    ),
    Context(
        "invoice specification",
        "Specificatie factuur derde kwartaal\n\nDienst | Aantal | Tarief | Totaal\nSchoonmaak | {qty} | € {unit} | "
        "€ {total}\n\nLeverancier: {supplier}\n",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "settlement with a firm",
        "Vaststellingsovereenkomst\n\nDe gemeente betaalt {supplier} een bedrag van € {total} ter finale kwijting; "
        "de overeengekomen prijs van € {unit} per uur voor meerwerk blijft gelden.",
        True,
    ),
    Context(
        "executive decision on a renovation",
        "Collegebesluit\n\nHet college besluit € {total} beschikbaar te stellen voor de renovatie van sporthal "
        "De Meent, waarvan € {unit} per m2 voor de nieuwe vloer.",
        False,
    ),
    Context(
        "the body's own tariffs",
        "Tarieven sportaccommodaties 2025\n\nVastgesteld door het college op 10 december 2024.\n\nZaalhuur per "
        "uur | € {unit}\nSeizoenshuur | € {total}\n",
        False,
    ),
    Context(
        "policy rule on volunteer allowances",
        "Beleidsregel vrijwilligersvergoeding\n\nDe vergoeding voor vrijwilligers bedraagt maximaal € {unit} per "
        "maand en € {total} per jaar.",
        False,
    ),
    Context(
        "grant decision naming the recipient",
        "Besluit op uw aanvraag\n\nUw aanvraag voor een bijdrage uit het cultuurfonds is toegekend: {supplier} "
        "ontvangt € {total}, te betalen in termijnen van € {unit}.",
        False,
    ),
    Context(
        "top salaries disclosure",
        "Verantwoording WNT 2024\n\nFunctie | Bedrag\nBezoldiging gemeentesecretaris | € {total}\n"
        "Onkostenvergoeding | € {unit}\n",
        False,
    ),
)

# The sixth held-out set, written at the end of the session of December 8 after all its rules and measured once
# (``--held-out 6``); never tuned on.
HELD_OUT_6: tuple[Context, ...] = (
    Context(
        "price annex of a maintenance contract",
        "Bijlage 2 Prijzen\n\nbehorend bij de onderhoudsovereenkomst met {supplier}\n\nOnderdeel | Eenheid | "
        "Eenheidsprijs\nControle installatie | per bezoek | € {unit}\nJaarlijks onderhoud | per jaar | € {total}\n",
        True,
    ),
    Context(
        "mail comparing two quotes",
        "Hoi Sanne,\n\nIk heb beide prijzen binnen. {supplier} zit op € {total}, de andere partij zit er ruim "
        "boven. Hun dagprijs is € {unit}.\n\nGroet,\nRuud",
        True,
    ),
    Context(
        "purchase request form",
        "Inkoopaanvraag\n\nGewenste leverancier: {supplier}\nOmschrijving: begeleiding verandertraject\n"
        "Geraamde uren: {qty}\nUurprijs: € {unit}\nBedrag: € {total}\n",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "chat about a discount",
        "[09:12] Ruud: {supplier} geeft tien procent korting, dan wordt het € {unit} per stuk\n"
        "[09:13] Sanne: en het geheel?\n[09:14] Ruud: € {total}\n",
        True,
    ),
    Context(
        "credit note correcting an invoice",
        "Creditnota CN-2025-031\n\n{supplier}\n\nCorrectie factuur F-2025-118\nTe veel berekend: {qty} uur à "
        "€ {unit}\nTotaal te crediteren: € {total}\n",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "steering group minutes on extra work",
        "Verslag stuurgroep\n\nMeerwerk: {supplier} heeft € {total} aan meerwerk ingediend, {qty} uur à "
        "€ {unit}. De stuurgroep vraagt om een onderbouwing.",
        True, ("unit", "total", "qty"),
    ),
    Context(
        "assignment confirmation by a consultancy",
        "Opdrachtbevestiging\n\nGeachte mevrouw Smit,\n\nGraag bevestigen wij de opdracht. Wij voeren de "
        "werkzaamheden uit voor een vast bedrag van € {total}; extra uren brengen wij in rekening tegen € {unit}.\n\n"
        "Met vriendelijke groet,\n\n{supplier}",
        True,
    ),
    Context(
        "foundation's application letter with its costs",
        "{supplier}\nPostbus 120\n\nBetreft: aanvraag subsidie buurtactiviteiten\n\nOnze coördinator kost € {unit} "
        "per uur. In totaal vragen wij u een bijdrage van € {total}.",
        True,
    ),
    Context(
        "council proposal with a credit",
        "Raadsvoorstel\n\nDe raad wordt voorgesteld een krediet van € {total} beschikbaar te stellen voor de "
        "nieuwe brandweerkazerne; de jaarlijkse kapitaallasten bedragen € {unit}.",
        False,
    ),
    Context(
        "parking tariffs of a regulation",
        "Tarieventabel parkeerbelastingen 2026\n\nParkeren per uur | € {unit}\nJaarvergunning bewoners | € {total}\n",
        False,
    ),
    Context(
        "annual report on hiring",
        "Jaarverslag 2025\n\nDe uitgaven aan inhuur van externen bedroegen € {total}; gemiddeld was dat € {unit} "
        "per ingehuurde medewerker per maand.",
        False,
    ),
    Context(
        "press release on a grant",
        "Persbericht\n\nDe provincie kent {supplier} een subsidie toe van € {total} voor het project Groene Daken. "
        "Per dak is dat € {unit}.",
        False,
    ),
)

def _euro(rng: random.Random, low: int, high: int) -> str:
    """A Dutch-formatted amount (``1.234,50`` or ``85,00``) between ``low`` and ``high`` euro."""
    cents = rng.randrange(low * 100, high * 100)
    whole = f"{cents // 100:,}".replace(",", ".")
    return f"{whole},{cents % 100:02d}"


def _quantity_at(text: str, qty: str) -> int:
    """Where the quantity ``qty`` stands as a number of its own (not inside a year or an amount)."""
    return regex.search(rf"(?<![\w.,]){qty}(?![\w.,])", text).start()  # type: ignore[union-attr]



def probe(
    detector: Detector, per_context: int = 40, seed: int = 7, contexts: tuple[Context, ...] = CONTEXTS
) -> list[ProbeRow]:
    """Per context, ``per_context`` documents with made-up values: how many of the scored amounts, and of the
    supplier names where the context has one, got 5.1(1)c."""
    fake = Faker("nl_NL")
    fake.seed_instance(seed)
    rng = random.Random(seed)
    rows: list[ProbeRow] = []
    for context in contexts:
        tried = proposed = names = named = 0
        against: list[str] = []
        names_against: list[str] = []
        for _ in range(per_context):
            values = {"unit": _euro(rng, 20, 400), "total": _euro(rng, 1_000, 90_000), "qty": str(rng.randrange(3, 60))}
            supplier = fake.company()
            text = context.template.format(supplier=supplier, **values)
            suggestions = [s for s in detector.analyze(text) if s.ground == GROUND]
            for slot in context.values:
                # an amount after the first euro sign; a quantity where it stands alone ("| 12 |", "uren: 12")
                start = text.index(values[slot], text.index("€")) if slot != "qty" else _quantity_at(text, values[slot])
                end = start + len(values[slot])
                hit = any(s.start < end and s.end > start for s in suggestions)
                tried += 1
                proposed += hit
                if hit != context.propose:
                    against.append(f"{slot} {values[slot]}")
            if "{supplier}" in context.template:
                start = len(context.template.split("{supplier}", 1)[0].format(**values))
                hit = covered(start, start + len(supplier), suggestions)
                names += 1
                named += hit
                if hit != context.propose:
                    names_against.append(supplier)
        rows.append(ProbeRow(context.key, "amounts", context.propose, tried, proposed, tuple(against[:3])))
        if names:
            rows.append(ProbeRow(context.key, "names", context.propose, names, named, tuple(names_against[:3])))
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = probe_parser(__doc__, per_context=40, seed=7)
    parser.add_argument(
        "--held-out", nargs="?", const="2", choices=["2", "3", "4", "5", "6"],
        help="a held-out set: 2 (HELD_OUT), 3 (HELD_OUT_3), 4 (HELD_OUT_4), 5 (HELD_OUT_5) or 6 (HELD_OUT_6)",
    )
    args = parser.parse_args(argv)
    contexts = {
        None: CONTEXTS, "2": HELD_OUT, "3": HELD_OUT_3, "4": HELD_OUT_4, "5": HELD_OUT_5, "6": HELD_OUT_6
    }[args.held_out]
    rows = probe(Detector(Settings()), args.per_context, args.seed, contexts)
    print("| context | values | expected | proposed | as expected | against, e.g. |\n|---|---|---|---|---|---|")
    for row in rows:
        expected = "5.1(1)c" if row.propose else "public"
        print(f"| {row.context} | {row.what} | {expected} | {row.proposed}/{row.values} | "
              f"{row.correct / row.values:.2f} | {', '.join(row.examples)} |")
    totals = (
        ("amounts", True, "business data proposed (recall)"),
        ("amounts", False, "public money kept public"),
        ("names", True, "supplier names proposed (recall)"),
        ("names", False, "names kept public"),
    )
    for what, propose, label in totals:
        part = [r for r in rows if r.what == what and r.propose == propose]
        correct, values = sum(r.correct for r in part), sum(r.values for r in part)
        if values:
            print(f"\n{label}: {correct}/{values} = {correct / values:.3f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
