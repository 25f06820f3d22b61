"""Questions, courtesies, planning and availability are never a 5.2(1) opinion, unless an opinion cue says so."""

from __future__ import annotations

import pytest

from detector import Detector
from detector.opinion_gate import never_opinion

MAIL = """Van: Senna de Wit
Aan: Team Bezwaar
Onderwerp: aanvragen na de termijn

Hoi allemaal,

Is de aanvraag van werkgever 2 al compleet?
Ik denk dat we de aanvragen na de termijn beter niet in behandeling kunnen nemen.
We hopen jullie zo spoedig mogelijk verder te kunnen informeren.
Op woensdagen werk ik niet.

Met vriendelijke groet,
Senna
"""


@pytest.mark.parametrize(
    ("passage", "kind"),
    [
        ("Is de aanvraag van werkgever 2 al compleet?", "vraag"),
        ("Bestaat er een verklaring van de bedrijfsarts in het dossier?", "vraag"),
        ("We hopen jullie zo spoedig mogelijk verder te kunnen informeren.", "beleefdheid"),
        ("Hartelijk dank voor de snelle reactie op ons verzoek.", "beleefdheid"),
        ("Mochten jullie nog vragen hebben, dan horen we het graag.", "beleefdheid"),
        ("Op woensdagen werk ik niet.", "beschikbaarheid"),
        ("Ik ben van 3 tot en met 14 juli afwezig.", "beschikbaarheid"),
        ("Mijn werkdagen zijn maandag tot en met donderdag.", "beschikbaarheid"),
        ("We sturen jullie volgende week de stukken voor het overleg.", "planning"),
        ("Deze aanvraag is te laat.", "termijn"),
        ("We citeren uit de vraagstelling:", "inleiding"),
        ("Deze aanvraag wordt afgewezen, omdat hij te laat is ingediend.", "termijn"),
        ("Dit verzoek wijst de Hoge Raad uiteindelijk af omdat het te laat is ingediend bij de werkgever.", "termijn"),
        ("Bestaat er een deugdelijke grond voor het niet of te laat aanleveren van de informatie?", "vraag"),
    ],
)
def test_passages_that_are_never_an_opinion(passage: str, kind: str) -> None:
    assert never_opinion(passage) == kind


@pytest.mark.parametrize(
    "passage",
    [
        "Zouden we de verkeerslichten niet als tijdelijke oplossing kunnen plaatsen?",  # advice as a question
        "Is het niet beter om eerst de evaluatie af te wachten?",
        "Ik denk zelf dat we hem kunnen meenemen, maar hoor graag van jullie.",  # an opinion cue wins
        "Wat ons betreft is dit een onverstandige keuze, dank voor het meedenken.",
        "Ons advies is scenario 2.",
        "Het college heeft op 12 maart besloten de contracten te verlengen.",  # a fact: the classifier decides
        "Ik vind dat de aanvraag te laat is.",  # an opinion cue besides the deadline
        "De aanvraag is te laat en dat is onverstandig.",  # a second judgement
        "Dat is dan een te zwaar middel.",  # "te zwaar" is no deadline
        "Waarom is de aanvraag te laat ingediend?",  # a rhetorical question besides the deadline
        "Is het te laat ingediende bezwaar niet toch verstandig om te behandelen?",  # a second judgement
        "Ons advies is als volgt:",  # an introduction with advice in it
    ],
)
def test_passages_the_classifier_still_judges(passage: str) -> None:
    assert never_opinion(passage) is None


def test_a_mail_keeps_only_the_opinion(detector: Detector) -> None:
    analysis = detector.run(MAIL, doc_type="email")
    opinions = [s.text for s in analysis.suggestions if s.ground == "5.2(1)"]
    assert opinions == ["Ik denk dat we de aanvragen na de termijn beter niet in behandeling kunnen nemen."]

