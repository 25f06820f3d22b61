"""Build ``opinions-v1.jsonl`` (train) and ``opinions-v1-test.jsonl`` (held out) from the hand-written items
in ``handwritten-v1.tsv`` plus template sentences generated with a fixed seed.

Run from the repository root: ``python -m training.data.build_v1``. The output is deterministic; the
datasheet (README.md in this folder) describes the label rules and the split.

Template items share their content (measures, options, organisations) between opinion frames and fact frames,
so a topic word never gives the label away; only the framing differs.
"""

from __future__ import annotations

import hashlib
import json
import random
from collections.abc import Iterator
from pathlib import Path

HERE = Path(__file__).parent
SEED = 20260101
TEST_FRACTION = 0.30  # share of hand-written groups held out; template items stay in the training split
LABELS = {"O": "opinion", "F": "fact"}

# (topic, infinitive phrase "… te …") — what a memo proposes, reports as decided, or describes as an option.
MEASURES: list[tuple[str, str]] = [
    ("jeugdzorg", "de contracten met de jeugdhulpaanbieders met een jaar te verlengen"),
    ("jeugdzorg", "een praktijkondersteuner jeugd bij elke huisartsenpraktijk te plaatsen"),
    ("afval", "de ophaalfrequentie van het restafval te verlagen naar eens per vier weken"),
    ("afval", "een statiegeldproef voor blikjes te starten in het centrum"),
    ("parkeren", "betaald parkeren in te voeren rond het ziekenhuis"),
    ("parkeren", "de parkeernormen voor nieuwbouw te verlagen"),
    ("woningbouw", "het aandeel sociale huur in plan Oostwaard te verhogen naar 40 procent"),
    ("woningbouw", "tijdelijke woningen te plaatsen op het voormalige sportpark"),
    ("energie", "de subsidie voor isolatie open te stellen voor huurders"),
    ("energie", "zonnepanelen te leggen op alle gemeentelijke gebouwen"),
    ("sport", "de zwembadtarieven voor minima te halveren"),
    ("sport", "het beheer van de sporthallen onder te brengen in een stichting"),
    ("bibliotheek", "de bibliotheekvestiging in Oost te sluiten"),
    ("cultuur", "de subsidie aan het poppodium met tien procent te verlagen"),
    ("armoede", "de inkomensgrens van de meedoenregeling te verhogen naar 130 procent"),
    ("armoede", "de energietoeslag automatisch uit te keren"),
    ("opvang", "twintig extra opvangplekken te realiseren aan de Dijkweg"),
    ("veiligheid", "het cameratoezicht in het stationsgebied met een jaar te verlengen"),
    ("veiligheid", "een alcoholverbod in te stellen in het park"),
    ("evenementen", "de eindtijd van evenementen in de binnenstad te vervroegen naar 23.00 uur"),
    ("groen", "een herplantplicht op te nemen in de bomenverordening"),
    ("verkeer", "de Stationsweg in te richten als 30 km-zone"),
    ("verkeer", "een rotonde aan te leggen op het kruispunt Molenweg-Dorpsstraat"),
    ("ict", "het zaaksysteem Europees aan te besteden"),
    ("personeel", "de inhuur bij de afdeling Publiekszaken af te bouwen"),
    ("onderwijs", "de basisscholen De Klimop en De Regenboog samen te voegen"),
    ("participatie", "een burgerpanel in te stellen voor de omgevingsvisie"),
    ("klimaat", "een regenwaterheffing in te voeren"),
    ("horeca", "de terrastijden in de zomer te verruimen"),
    ("economie", "een transformatiefonds voor leegstaande winkels op te richten"),
    ("financien", "de ozb met zes procent te verhogen"),
    ("grond", "de grondprijs voor bedrijfskavels te verlagen"),
    ("wmo", "een algemene voorziening voor huishoudelijke hulp in te richten"),
    ("toerisme", "de toeristenbelasting te verhogen naar 2,50 euro per nacht"),
]
OPTIONS = ["Scenario 1", "Scenario 2", "Scenario 3", "Variant A", "Variant B", "Optie 2", "De tweede optie",
           "Het alternatief van de projectgroep", "De middenvariant"]
BODIES = ["Het college", "De gemeenteraad", "Het college van B en W", "De directie", "Het MT",
          "De burgemeester", "Het portefeuillehoudersoverleg", "Het dagelijks bestuur van de regio"]
EXTERNAL = ["De GGD", "De brandweer", "De veiligheidsregio", "Het waterschap", "De provincie",
            "De rekenkamer", "De adviesraad sociaal domein", "De omgevingsdienst"]
MONTHS = ["januari", "februari", "maart", "april", "mei", "juni", "juli", "september", "oktober", "november"]

OWN_ADVICE = ["Wij adviseren om {m}.", "Ik adviseer {m}.", "Ons advies is {m}.", "Mijn advies is {m}.",
              "Wij stellen voor {m}.", "Ik raad aan {m}.", "Advies: {m}.", "Wij raden u aan {m}.",
              "Ik stel voor om {m}.", "Ons voorstel is om {m}."]
HEDGED = ["Het zou goed zijn {m}.", "Het zou verstandig zijn {m}.", "Het lijkt ons beter {m}.",
          "Misschien is het verstandiger {m}.", "Wellicht is het zinvol {m}.", "Het verdient aanbeveling {m}.",
          "Het is te overwegen om {m}.", "Het zou wenselijk zijn {m}.", "Het is raadzaam {m}."]
JUDGED = ["Het is onverstandig {m}.", "Het is niet wenselijk {m}.", "Het lijkt me een slecht idee {m}.",
          "Ik vind het een goed plan om {m}.", "Het is politiek onhaalbaar {m}.", "Het is te vroeg {m}.",
          "Wij vinden het niet nodig {m}.", "Het is een gemiste kans als we besluiten {m}."]
OPTION_VIEWS = ["{o} lijkt het meest kansrijk.", "{o} verdient de voorkeur.", "{o} is de verstandigste keuze.",
                "{o} is te risicovol.", "{o} is wat ons betreft de beste keuze.", "{o} is weinig realistisch.",
                "{o} lijkt ons de minst slechte oplossing.", "{o} is duidelijk de sterkste variant.",
                "Met {o_lower} nemen we een onnodig risico.", "{o} sluit het best aan bij onze ambities."]
DECIDED = ["{b} heeft op {d} besloten {m}.", "{b} heeft op {d} ingestemd met het voorstel om {m}.",
           "Op {d} heeft {b_lower} besloten {m}.", "{b} heeft besloten {m}; het besluit is op {d} gepubliceerd.",
           "In het besluit van {d} heeft {b_lower} vastgelegd om {m}."]
EXT_ADVICE = ["{e} adviseert {m}.", "{e} heeft op {d} geadviseerd {m}.",
              "In haar advies van {d} stelt {e_lower} voor {m}.",
              "{e} heeft gevraagd om {m}."]
SCENARIO_FACTS = ["{o} houdt in dat {b_lower} besluit {m}.", "{o} gaat ervan uit dat de gemeente besluit {m}.",
                  "In {o_lower} is het voorstel om {m}; de kosten zijn {n}.000 euro per jaar.",
                  "{o} betekent dat wordt besloten {m}, met een doorlooptijd van {k} maanden.",
                  "Bij {o_lower} besluit de gemeente {m} en vervalt de huidige regeling."]
PROGNOSES = ["Naar verwachting kost het voorstel om {m} ongeveer {n}.000 euro per jaar.",
             "Volgens de planning wordt het voorstel om {m} in {d} voorgelegd aan de raad.",
             "De verwachting is dat het voorstel om {m} binnen {k} maanden kan worden uitgevoerd.",
             "De kosten van het voorstel om {m} worden geraamd op {n}.000 euro.",
             "Volgens de prognose levert het voorstel om {m} vanaf 2026 {n}.000 euro per jaar op."]
ASKED = ["Het memo over het voorstel om {m} wordt op {d} besproken in het MT.",
         "Wij hebben op {d} een brief ontvangen met het verzoek om {m}.",
         "Ik heb de notitie over het voorstel om {m} op {d} naar de wethouder gestuurd.",
         "De raad heeft in een motie gevraagd {m}.",
         "Er zijn {k} zienswijzen ingediend tegen het voorstel om {m}."]

FAMILIES: dict[str, tuple[str, list[str]]] = {
    "own_advice": ("O", OWN_ADVICE),
    "hedged_advice": ("O", HEDGED),
    "judged_measure": ("O", JUDGED),
    "option_view": ("O", OPTION_VIEWS),
    "reported_decision": ("F", DECIDED),
    "external_advice": ("F", EXT_ADVICE),
    "scenario_neutral": ("F", SCENARIO_FACTS),
    "prognosis": ("F", PROGNOSES),
    "procedure": ("F", ASKED),
}
PER_FAMILY = {"own_advice": 44, "hedged_advice": 40, "judged_measure": 36, "option_view": 28,
              "reported_decision": 36, "external_advice": 20, "scenario_neutral": 26, "prognosis": 26,
              "procedure": 24}


def _lower_first(text: str) -> str:
    return text[0].lower() + text[1:]


def _fill(frame: str, rng: random.Random) -> tuple[str, str]:
    topic, measure = rng.choice(MEASURES)
    option, body, external = rng.choice(OPTIONS), rng.choice(BODIES), rng.choice(EXTERNAL)
    text = frame.format(
        m=measure, o=option, o_lower=_lower_first(option), b=body, b_lower=_lower_first(body), e=external,
        e_lower=_lower_first(external), d=f"{rng.randint(1, 28)} {rng.choice(MONTHS)}",
        n=rng.randint(12, 950), k=rng.randint(3, 18),
    )
    return topic, text


def template_items(seed: int = SEED) -> Iterator[dict[str, str]]:
    """Deterministic template sentences, ``PER_FAMILY[name]`` distinct ones per family."""
    rng = random.Random(seed)
    for family, (label, frames) in FAMILIES.items():
        seen: set[str] = set()
        while len(seen) < PER_FAMILY[family]:
            topic, text = _fill(rng.choice(frames), rng)
            if text in seen:
                continue
            seen.add(text)
            register = "memo" if family != "procedure" else rng.choice(["memo", "email"])
            yield {"text": text, "label": LABELS[label], "topic": topic, "register": register,
                   "case": family, "source": "template", "group": f"template:{family}"}


def handwritten_items(path: Path = HERE / "handwritten-v1.tsv") -> Iterator[dict[str, str]]:
    """The hand-written items; their group is topic + register, so close paraphrases share a split."""
    for number, line in enumerate(path.read_text("utf-8").splitlines(), start=1):
        if not line.strip() or line.startswith("#"):
            continue
        fields = line.split("\t")
        if len(fields) != 5 or fields[0] not in LABELS:
            raise ValueError(f"{path.name}:{number}: expected 5 tab-separated fields starting with O or F")
        label, topic, register, case, text = fields
        yield {"text": text.strip(), "label": LABELS[label], "topic": topic, "register": register, "case": case,
               "source": "hand", "group": f"hand:{topic}:{register}"}


def in_test_split(group: str, seed: int = SEED) -> bool:
    """Whether a hand-written group is held out: a hash of seed and group name, so adding items or groups
    never moves an existing group between the splits."""
    digest = hashlib.sha256(f"{seed}:{group}".encode()).digest()
    return int.from_bytes(digest[:8], "big") / 2**64 < TEST_FRACTION


def build(out_dir: Path = HERE) -> tuple[int, int]:
    """Write both files; return (train count, test count)."""
    items = list(handwritten_items())
    items += list(template_items())
    seen: set[str] = set()
    unique = []
    for item in items:
        key = " ".join(item["text"].casefold().split())
        if key not in seen:
            seen.add(key)
            unique.append(item)
    train, test = [], []
    for index, item in enumerate(unique, start=1):
        record = {"id": f"v1-{index:04d}", **item}
        held_out = item["source"] == "hand" and in_test_split(item["group"])
        (test if held_out else train).append(record)
    for name, records in (("opinions-v1.jsonl", train), ("opinions-v1-test.jsonl", test)):
        with (out_dir / name).open("w", encoding="utf-8") as handle:
            for record in records:
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
    return len(train), len(test)


if __name__ == "__main__":
    train_count, test_count = build()
    print(f"train={train_count} test={test_count}")
