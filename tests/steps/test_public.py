"""public: officials acting publicly and functional contacts stay public, each with a Dutch reason."""

from __future__ import annotations

from functools import cache
from pathlib import Path

import pytest
import spacy

from detector import Detector
from detector.detector import _to_span
from detector.document import Span
from detector.extract.dates import head_date
from detector.profile import EMPTY_PROFILE, load_profile
from detector.registry import RECOGNIZERS
from detector.settings import Settings
from detector.steps.base import Resources, StepContext
from detector.steps.public import PublicStep
from recognizers.nl_address import NlAddressRecognizer
from recognizers.nl_email import NlEmailRecognizer
from recognizers.nl_iban import NlIbanRecognizer
from recognizers.nl_person import NlPersonRecognizer
from recognizers.nl_postcode import NlPostcodeRecognizer

PROFILES = Path(__file__).resolve().parents[2] / "profiles"
MUNICIPALITY = PROFILES / "voorbeeld-gemeente.toml"
AGENCY = PROFILES / "voorbeeld-uitvoeringsorganisatie.toml"


def spans_of(recognizer, text: str) -> list[Span]:  # type: ignore[no-untyped-def]
    """Recognizer results as spans, built by the Detector's own conversion."""
    results = sorted(recognizer.analyze(text, recognizer.supported_entities), key=lambda r: r.start)
    return [_to_span(r, text) for r in results]


@pytest.fixture(scope="module")
def person() -> NlPersonRecognizer:
    return NlPersonRecognizer()


@cache
def _blank() -> spacy.language.Language:
    return spacy.blank("nl")


def make_step(**settings: object) -> PublicStep:
    return PublicStep(Resources(settings=Settings(_env_file=None, **settings), nlp=_blank()))


@pytest.fixture(scope="module")
def step() -> PublicStep:
    return make_step()


def run(step: PublicStep, spans: list[Span], text: str) -> tuple[list[str], dict[str, str]]:
    context = StepContext(text=text, doc_type="brief")
    kept = step(spans, context)
    assert all(s.public for s in context.public)
    return [s.text for s in kept], {s.text: s.reason or "" for s in context.public}


@pytest.mark.parametrize(
    ("text", "public", "role"),
    [
        ("Gesprek met burgemeester Weerwind over de aanpak.", "Weerwind", "burgemeester"),
        ("Dat schreef minister Van der Steur aan de raad.", "Van der Steur", "minister"),
        ("Op verzoek van raadslid Iskender is het toegezegd.", "Iskender", "raadslid"),
        ("Ook wethouder De Jonge was aanwezig.", "De Jonge", "wethouder"),
        ("De commissaris van de Koning Verbeek opende.", "Verbeek", "commissaris van de koning"),
        ("Dit meldde Kamerlid Omtzigt gisteren.", "Omtzigt", "kamerlid"),
        ("De minister van Veiligheid en Justitie, mr. G.A. Van der Steur, schreef.", "G.A. Van der Steur", "minister"),
        ("Hoogachtend,\n\nF.M. Weerwind\nBurgemeester Almere en voorzitter", "F.M. Weerwind", "burgemeester"),
        (
            "De minister van Veiligheid en Justitie\nmr. G.A. Van der Steur\nPostbus 20301",
            "G.A. Van der Steur",
            "minister",
        ),
        ("Linda Schouten (wethouder) opende het overleg.", "Linda Schouten", "wethouder"),
        # the roles of provinces, water boards and councils' clerks; a title after a comma
        ("Het verslag is vastgesteld door griffier Hailey Manne.", "Hailey Manne", "griffier"),
        ("Namens GS tekende provinciesecretaris Amber Wolters.", "Amber Wolters", "provinciesecretaris"),
        ("Hoogheemraad Anouk Texier opende de vergadering.", "Anouk Texier", "hoogheemraad"),
        ("De vergadering werd geopend door de burgemeester, de heer A. Smit.", "A. Smit", "burgemeester"),
        ("De wethouder, mw. J. Bakker, licht het voorstel toe.", "J. Bakker", "wethouder"),
        ("Griffier: de heer M. Kok.", "M. Kok", "griffier"),  # the role as a label
        ("De minister van Financiën Eelco Heinen schreef.", "Eelco Heinen", "minister"),  # after the portfolio
    ],
)
def test_officials_stay_public(step: PublicStep, person: NlPersonRecognizer, text: str, public: str, role: str) -> None:
    kept, reasons = run(step, spans_of(person, text), text)
    assert kept == []
    assert (
        reasons[public] == f"Naam van een {role} die in die functie in de openbaarheid treedt; de naam blijft openbaar."
    )


def test_same_person_elsewhere_stays_public(step: PublicStep, person: NlPersonRecognizer) -> None:
    text = "Aan\n\nFranc Weerwind\n\nKopie aan\n\nP. Smit\n\nGesprek met burgemeester Weerwind."
    kept, reasons = run(step, spans_of(person, text), text)
    assert kept == ["P. Smit"]
    assert reasons["Franc Weerwind"].startswith("Zelfde persoon als de burgemeester op regel 9")


def test_other_initials_are_another_person(step: PublicStep, person: NlPersonRecognizer) -> None:
    text = "Wethouder K. Jansen en beleidsmedewerker P. Jansen spraken."
    kept, _ = run(step, spans_of(person, text), text)
    assert kept == ["P. Jansen"]


@pytest.mark.parametrize(
    "text",
    [
        "Met vriendelijke groet,\n\nLinda Schouten\nBeleidsadviseur",
        "Beleidsmedewerker Yilmaz schreef het memo.",
        "De wethouder van Financiën heeft vandaag mevrouw Jansen ontvangen.",
        "Geachte heer De Vries,",
    ],
)
def test_civil_servants_and_citizens_are_kept(step: PublicStep, person: NlPersonRecognizer, text: str) -> None:
    spans = spans_of(person, text)
    kept, reasons = run(step, spans, text)
    assert kept == [s.text for s in spans] and reasons == {}


def test_mandate_signatory(step: PublicStep, person: NlPersonRecognizer) -> None:
    text = "Hoogachtend,\n\nBurgemeester en wethouders van Almere,\nNamens hen,\n\nS.M.M. Jansen\nAfdelingsmanager"
    kept, reasons = run(step, spans_of(person, text), text)
    assert kept == []
    assert reasons["S.M.M. Jansen"].startswith("Ondertekent het besluit namens het bestuursorgaan")
    off = make_step(profile=AGENCY)  # its policy: signatories_public = false
    kept_off, _ = run(off, spans_of(person, text), text)
    assert kept_off == ["S.M.M. Jansen"]


@pytest.mark.parametrize(
    ("text", "public"),
    [
        ("Hoogachtend,\n\nnamens deze,\n\nP. van Stempvoort\n\nDirecteur Uitkeren\n", True),
        ("Hoogachtend,\nnamens de minister,\nde directeur Uitvoering,\n\nJ. Hendriks\n", True),
        ("Namens hen,\n\nS.M.M. Jansen\nAdjunct-Afdelingsmanager Bestuur\n", True),
        ("Met vriendelijke groet,\nnamens het college,\n\nM. Verbeek\nplv. gemeentesecretaris\n", True),
        ("Hoogachtend,\n\nnamens deze,\n\nY. Ouali\n\nmedewerker Juridische Zaken\n", False),
        ("Hoogachtend,\n\nnamens de minister,\n\nR. Dekker\nBehandelaar\n", False),
        ("Namens het college,\n\nEvelien de Graaf\n", False),
        ("namens hen,\n\nK. Bakker\n\nL. Smit\n\nStafdienst Bestuurszaken en Control\n", False),
    ],
)
def test_signatory_with_a_leading_function_stays_public(
    step: PublicStep, person: NlPersonRecognizer, text: str, public: bool
) -> None:
    """Under 'namens' only a leading function (directeur, manager, secretaris …) acts publicly for the body; a
    staff member, or a name without a function, is proposed like any other name."""
    spans = spans_of(person, text)
    kept, reasons = run(step, spans, text)
    assert spans and (kept == [] if public else kept == [s.text for s in spans])
    assert all(r.startswith("Ondertekent het besluit namens het bestuursorgaan als ") for r in reasons.values())


def _profile(tmp_path: Path, extra: str) -> Path:
    path = tmp_path / "profiel.toml"
    path.write_text(
        f'name = "Waterschap Test"\ntooi = "https://identifier.overheid.nl/tooi/id/waterschap/ws0001"\n{extra}\n'
    )
    return path


def test_public_role_from_the_profile(person: NlPersonRecognizer, tmp_path: Path) -> None:
    text = "Volgens havenmeester K. Yilmaz is dat zo."
    assert run(make_step(), spans_of(person, text), text)[0] == ["K. Yilmaz"]
    profile = _profile(tmp_path, 'public_roles = ["Havenmeester"]')
    kept, reasons = run(make_step(profile=profile), spans_of(person, text), text)
    assert kept == [] and reasons["K. Yilmaz"].startswith("Naam van een havenmeester die in die functie")


def test_mailbox_prefix_from_the_profile(tmp_path: Path) -> None:
    text = "Mail hwbp@waterschap.nl of j.devries@waterschap.nl."
    profile = load_profile(_profile(tmp_path, 'mailbox_prefixes = ["HWBP"]'))
    settings = Settings(_env_file=None)
    for recognizer, kept in (
        (
            RECOGNIZERS["NlEmailRecognizer"](settings, EMPTY_PROFILE),
            ["hwbp@waterschap.nl", "j.devries@waterschap.nl"],
        ),
        (RECOGNIZERS["NlEmailRecognizer"](settings, profile), ["j.devries@waterschap.nl"]),
    ):
        assert run(make_step(), spans_of(recognizer, text), text)[0] == kept


@pytest.mark.parametrize(
    ("date_line", "public"),
    [("Datum: 12 maart 2021", True), ("Datum: 1 juni 2022", False), ("Datum: 30-04-2018", False), ("", True)],
)
def test_registered_official_only_in_office_on_the_document_date(
    person: NlPersonRecognizer, date_line: str, public: bool
) -> None:
    """E. Jansen-de Wit was wethouder from 2018-05-01 to 2022-05-31; without a date the register applies."""
    text = f"{date_line}\n\nIn het overleg lichtte E. Jansen-de Wit het voorstel toe."
    spans = [s for s in spans_of(person, text) if s.text == "E. Jansen-de Wit"]
    assert spans
    context = StepContext(text=text, doc_type="brief", document_date=head_date(text))
    kept = make_step(profile=MUNICIPALITY)(spans, context)
    assert (kept == []) is public
    if public and date_line:
        assert "op 12-03-2021, de datum van het document" in context.public[0].reason


def test_functional_contacts_from_recognizer_metadata(step: PublicStep) -> None:
    text = "Mail info@almere.nl of j.devries@almere.nl."
    kept, reasons = run(step, spans_of(NlEmailRecognizer(), text), text)
    assert kept == ["j.devries@almere.nl"]
    assert reasons["info@almere.nl"].startswith("Functioneel e-mailadres (info@)")


def test_deny_list_wins(step: PublicStep) -> None:
    text = "burgemeester Weerwind"
    metadata = {"contact": "functional", "evidence": "x"}
    span = Span(13, 21, "Weerwind", "PERSON", 1.0, "NlDenyListRecognizer", metadata=metadata)
    assert run(step, [span], text)[0] == ["Weerwind"]


def test_gemeentesecretaris_acts_publicly(person: NlPersonRecognizer) -> None:
    text = "Volgens gemeentesecretaris Yilmaz is dat zo."
    kept, reasons = run(make_step(), spans_of(person, text), text)
    assert kept == [] and "gemeentesecretaris" in reasons["Yilmaz"]


# --- organisation profiles: a second body keeps other things public ------------------------------------------


def test_official_in_the_register_stays_public_only_for_that_body(person: NlPersonRecognizer) -> None:
    text = "Het overleg met K.L. Visser over de uitvoering is verplaatst."
    spans = spans_of(person, text)
    assert [s.text for s in spans] == ["K.L. Visser"]
    kept, reasons = run(make_step(profile=AGENCY), spans, text)
    assert kept == [] and reasons["K.L. Visser"].startswith(
        "Naam van de voorzitter raad van bestuur van Landelijk Uitvoeringsinstituut Voorbeeld"
    )
    assert run(make_step(profile=MUNICIPALITY), spans, text)[0] == ["K.L. Visser"]
    assert run(make_step(), spans, text)[0] == ["K.L. Visser"]


def test_a_municipal_official_is_public_under_its_own_profile(person: NlPersonRecognizer) -> None:
    text = "Vandaag sprak A.B. van Dijk met de bewoners."
    spans = spans_of(person, text)
    assert run(make_step(profile=MUNICIPALITY), spans, text)[0] == []
    assert run(make_step(profile=AGENCY), spans, text)[0] == ["A.B. van Dijk"]


def test_own_bank_account_and_mailbox_follow_the_profile() -> None:
    text = "Betaal op NL38 BNGH 0285 0123 45 onder vermelding van het kenmerk."
    ibans = spans_of(NlIbanRecognizer(), text)
    assert run(make_step(profile=MUNICIPALITY), ibans, text)[1] == {
        "NL38 BNGH 0285 0123 45": "Eigen bankrekening van Gemeente Voorbeeldstad (organisatieprofiel), openbaar."
    }
    assert run(make_step(profile=AGENCY), ibans, text)[0] == ["NL38 BNGH 0285 0123 45"]
    letter = "Het overleg vond plaats op Voorbeeldlaan 100 in Voorbeeldhaven."
    addresses = spans_of(NlAddressRecognizer(), letter)
    assert [a.text for a in addresses] == ["Voorbeeldlaan 100"]
    assert run(make_step(profile=AGENCY), addresses, letter)[0] == []
    assert run(make_step(profile=MUNICIPALITY), addresses, letter)[0] == ["Voorbeeldlaan 100"]


def test_signatories_follow_the_profile_policy(person: NlPersonRecognizer) -> None:
    text = "Hoogachtend,\n\nBurgemeester en wethouders van Voorbeeldstad,\nNamens hen,\n\nR. Dekker\nTeamleider"
    spans = spans_of(person, text)
    assert run(make_step(profile=MUNICIPALITY), spans, text)[0] == []
    assert run(make_step(profile=AGENCY), spans, text)[0] == ["R. Dekker"]


MINISTER_LETTER = """\
Aan de Minister van Veiligheid en Justitie
Postbus 20301
2500 EH Den Haag

Geachte heer Van der Steur,

Eind 2015 ontvingen de gemeenten het aanbod van het Ministerie van Veiligheid en Justitie voor extra geld.

Wij vragen een bijdrage aan.

Hoogachtend,

F.M. Weerwind
Burgemeester Almere
"""


def test_a_minister_greeted_by_an_office_holder_stays_public(step: PublicStep, person: NlPersonRecognizer) -> None:
    kept, reasons = run(step, spans_of(person, MINISTER_LETTER), MINISTER_LETTER)
    assert kept == []
    assert reasons["Van der Steur"].startswith(
        "Geadresseerde van een brief aan de minister die de burgemeester ondertekent: de minister wordt"
    )


@pytest.mark.parametrize(
    "text",
    [
        # the ministry writes to a citizen: a letter a minister signs is the ministry's own
        MINISTER_LETTER.replace("Burgemeester Almere", "De minister van Veiligheid en Justitie"),
        # no minister in the address block, only in the text: a burgemeester may write a citizen about a ministry
        MINISTER_LETTER.replace("Aan de Minister van Veiligheid en Justitie", "Aan de heer"),
        # signed by a civil servant, not an office holder
        MINISTER_LETTER.replace("Burgemeester Almere", "Beleidsadviseur"),
        # the name is not in the salutation
        MINISTER_LETTER.replace("Geachte heer Van der Steur,", "Geachte heer,\n\nWij spraken de heer Van der Steur."),
    ],
)
def test_other_addressees_are_kept(step: PublicStep, person: NlPersonRecognizer, text: str) -> None:
    spans = [s for s in spans_of(person, text) if s.text == "Van der Steur"]
    kept, _ = run(step, spans, text)
    assert kept == ["Van der Steur"]


def test_the_postcode_of_an_own_address_stays_public_without_its_street() -> None:
    """A body's own postcode stays public where the text scrambled or left out the street (OCR of a letterhead)."""
    text = "U vindt ons naast het station,\n9998 BB Voorbeeldhaven.\n\nAntwoord naar 9997CC Voorbeeldhaven."
    postcodes = spans_of(NlPostcodeRecognizer(), text)
    assert [p.text for p in postcodes] == ["9998 BB Voorbeeldhaven", "9997CC Voorbeeldhaven"]
    kept, reasons = run(make_step(profile=AGENCY), postcodes, text)
    assert kept == [] and all("eigen adres of postbus" in r for r in reasons.values())
    assert run(make_step(profile=MUNICIPALITY), postcodes, text)[0] == [p.text for p in postcodes]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Mail dan naar woo@voorbeeld.nl of bel 088-9990000.", "088-9990000"),
        ("Contact: info@provincie-voorbeeld.nl, 030 258 9111", "030 258 9111"),
        ("T 030 258 9111 | E secretariaat@voorbeeld.nl", "030 258 9111"),
    ],
)
def test_a_number_beside_a_functional_mailbox_stays_public(detector: Detector, text: str, number: str) -> None:
    analysis = detector.run(text)
    assert number not in [s.text for s in analysis.suggestions]
    reasons = {s.text: s.reason or "" for s in analysis.public}
    assert "naast het functionele e-mailadres" in reasons[number]


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Mail: p.jansen@voorbeeld.nl, tel. 036 539 1234", "036 539 1234"),  # a personal mailbox
        ("Team Vergunningen | vergunningen@voorbeeld.nl | 06-12345678", "06-12345678"),  # a mobile stays personal
        ("Mail info@voorbeeld.nl. Of bel Jan: 036 539 1234", "036 539 1234"),  # a person between them
    ],
)
def test_a_personal_number_near_a_mailbox_is_still_proposed(detector: Detector, text: str, number: str) -> None:
    assert number in [s.text for s in detector.analyze(text)]
