"""Step ``opinions``: passages of internal documents above the threshold become 5.2(1) suggestions."""

from __future__ import annotations

from pathlib import Path

import pytest

from detector import Detector
from detector.nlp import load_language
from detector.opinion_model import opinion_scores
from detector.settings import Settings
from detector.steps.base import Resources, StepContext
from detector.steps.opinions import OpinionStep, explain
from tests.test_sections import BESLUIT, CHAT, MAIL
from training.opinion import build_pipeline, save_model

MEMO = """Intern memo

Onderwerp: verlenging pilot wijkteams

In 2023 zijn 412 jeugdigen aangemeld bij het wijkteam.
Het college heeft op 12 maart besloten de contracten met een jaar te verlengen.

Scenario 1 is de pilot stoppen; scenario 2 is de pilot een jaar verlengen.

Advies
Ons advies is scenario 2. Naar verwachting stijgt het aantal aanmeldingen in 2025.
- Het zou goed zijn om de huisartsen eerder bij de pilot te betrekken.
"""
OPINIONS_IN_MEMO = [
    "Ons advies is scenario 2.",
    "Het zou goed zijn om de huisartsen eerder bij de pilot te betrekken.",
]
OFFERTE = """Offerte 2024-117

Opdrachtgever: gemeente Zandaam
Geldigheidsduur: 60 dagen

Wij bieden een plan van aanpak voor de netwerkanalyse. Het uurtarief bedraagt 125 euro excl. btw.
Ons advies is de analyse in twee fasen uit te voeren.
"""


def opinion_spans(detector: Detector, text: str, doc_type: str = "auto") -> list[tuple[str, str, str]]:
    analysis = detector.run(text, doc_type)
    return [(s.text, s.ground, s.entity_type) for s in analysis.suggestions if s.ground == "5.2(1)"]


def test_memo_opinions_become_5_2_1_suggestions(detector: Detector) -> None:
    analysis = detector.run(MEMO)
    assert analysis.doc_type == "memo"
    found = [s for s in analysis.suggestions if s.entity_type == "POLICY_OPINION"]
    assert [s.text for s in found] == OPINIONS_IN_MEMO
    for suggestion in found:
        assert MEMO[suggestion.start : suggestion.end] == suggestion.text
        assert suggestion.ground == "5.2(1)" and suggestion.recognizer == "opinion_classifier"
        assert detector.settings.opinion_threshold <= suggestion.score <= 1.0
    assert found[0].explanation == (
        "Advies van een ambtenaar ('Ons advies is …'). Dit is een persoonlijke beleidsopvatting (advies of "
        "standpunt) in een document voor intern beraad en geen feit, cijfer of prognose (art. 5.2 lid 1 Woo)."
    )


def test_no_opinions_in_an_offerte_unless_the_type_is_forced(detector: Detector) -> None:
    assert detector.run(OFFERTE).doc_type == "offerte"
    assert opinion_spans(detector, OFFERTE) == []
    assert opinion_spans(detector, OFFERTE, doc_type="offerte") == []
    assert opinion_spans(detector, OFFERTE, doc_type="memo") == [
        ("Ons advies is de analyse in twee fasen uit te voeren.", "5.2(1)", "POLICY_OPINION")
    ]


def test_email_is_internal(detector: Detector) -> None:
    text = "Van: Petra\nAan: Team\nOnderwerp: pilot\n\nIk vind het plan van de ontwikkelaar veel te optimistisch.\n"
    assert opinion_spans(detector, text, doc_type="email") == [
        ("Ik vind het plan van de ontwikkelaar veel te optimistisch.", "5.2(1)", "POLICY_OPINION")
    ]
    assert opinion_spans(detector, text, doc_type="brief") == []


def test_disabled_step_adds_nothing(settings: Settings) -> None:
    detector = Detector(settings, disabled_steps=("opinions",))
    assert opinion_spans(detector, MEMO) == []


@pytest.fixture(scope="module")
def step(settings: Settings) -> OpinionStep:
    nlp, _ = load_language(settings.spacy_model)
    return OpinionStep(Resources(settings=settings, nlp=nlp))


def test_passages_split_at_headings_and_bullets_with_exact_offsets(step: OpinionStep) -> None:
    passages = list(step.passages(MEMO))
    texts = [text for _, _, text in passages]
    assert texts == [
        "In 2023 zijn 412 jeugdigen aangemeld bij het wijkteam.",
        "Het college heeft op 12 maart besloten de contracten met een jaar te verlengen.",
        "Scenario 1 is de pilot stoppen; scenario 2 is de pilot een jaar verlengen.",
        "Ons advies is scenario 2.",
        "Naar verwachting stijgt het aantal aanmeldingen in 2025.",
        "Het zou goed zijn om de huisartsen eerder bij de pilot te betrekken.",
    ]
    assert all(MEMO[start:end] == text for start, end, text in passages)


def test_wrapped_lines_stay_one_passage(step: OpinionStep) -> None:
    text = "Door nu te investeren in formele en informele netwerken \n\nkan de samenleving weerbaarder worden."
    assert [t for _, _, t in step.passages(text)] == [
        "Door nu te investeren in formele en informele netwerken \n\nkan de samenleving weerbaarder worden."
    ]


@pytest.mark.parametrize(
    "unit", ["\n", " \n", "- ", "A", "a", "1", "Ons advies is ", "Het is besloten ", "Waarom ", "\n- A", "1. Aa\n"],
)
def test_adversarial_input_stays_linear_and_offsets_hold(step: OpinionStep, unit: str) -> None:
    text = (unit * (100_000 // len(unit) + 1))[:100_000]
    spans = step([], StepContext(text=text, doc_type="memo"))
    assert all(
        text[s.start : s.end] == s.text and s.entity_type == "POLICY_OPINION" and len(s.text) <= 1_000 for s in spans
    )


def test_empty_and_short_texts(step: OpinionStep) -> None:
    context = StepContext(text="", doc_type="memo")
    assert step([], context) == []
    assert list(step.passages("Advies\n\nDatum 3 mei")) == []
    assert list(step.passages("Onderwerp: verlenging van de pilot wijkteams\nAan: wethouder Jansen en team")) == []


@pytest.mark.parametrize(
    ("passage", "evidence"),
    [
        ("Wij adviseren de pilot te verlengen.", "Advies van een ambtenaar ('Wij adviseren de …')"),
        ("Scenario 2 lijkt het meest kansrijk.", "Voorkeur voor een optie ('het meest kansrijk …')"),
        ("Naar mijn mening is dit te duur.", "Persoonlijke mening ('Naar mijn mening is …')"),
        ("Het zou verstandig zijn te wachten.", "Voorzichtig geformuleerd advies ('Het zou verstandig zijn …')"),
        ("Dit plan deugt van geen kant.", "Subjectief geformuleerde passage volgens het model"),
    ],
)
def test_explanation_names_the_cue(passage: str, evidence: str) -> None:
    assert explain(passage) == evidence


def test_reload_reads_the_model_file_again(tmp_path: Path) -> None:
    path = tmp_path / "opinion.skops"
    texts = ["Ons advies is scenario 2.", "Het college heeft besloten.", "Wij vinden dit onverstandig.",
             "In 2023 zijn 412 aanvragen ontvangen."]
    save_model(build_pipeline("logreg").fit(texts, ["opinion", "fact", "opinion", "fact"]), path)
    settings = Settings(_env_file=None, opinion_model_path=path, opinion_threshold=0.0)
    detector = Detector(settings)
    step = next(s for s in detector.steps if s.name == "opinions")
    before = step.model
    # Flip the labels: the retrained file gives the opposite answer.
    save_model(build_pipeline("logreg").fit(texts, ["fact", "opinion", "fact", "opinion"]), path)
    assert detector.reload_models() == ["opinions"]
    assert step.model is not before
    probe = ["Ons advies is scenario 2."]
    assert before.predict(probe)[0] == "opinion" and step.model.predict(probe)[0] == "fact"


def test_a_broken_model_file_keeps_the_old_model(tmp_path: Path, settings: Settings) -> None:
    path = tmp_path / "opinion.skops"
    save_model(build_pipeline("logreg").fit(["Ons advies is A.", "Er zijn 3 offertes."], ["opinion", "fact"]), path)
    nlp, _ = load_language(settings.spacy_model)
    step = OpinionStep(Resources(settings=Settings(_env_file=None, opinion_model_path=path), nlp=nlp))
    old = step.model
    path.write_bytes(b"kapot")
    with pytest.raises(RuntimeError, match="cannot read opinion model"):
        step.reload()
    assert step.model is old


HANDBOOK = """Handboek behandeling bezwaar

Hoofdstuk 3 Werkwijze

Je controleert eerst of het bezwaar op tijd is ingediend. Het is verstandig om bij twijfel de indiener te bellen.
Let op: een bezwaar zonder handtekening neem je pas in behandeling als het verzuim is hersteld.
"""


def test_opinion_in_a_mail_annex_of_a_decision(detector: Detector) -> None:
    """The decision is no intern beraad, its mail annex is: only the annex's opinion is proposed, not its planning
    line and not the decision's own (adopted) position."""
    decision = BESLUIT.replace("Tegen dit besluit", "Wij vinden het onverstandig om alles openbaar te maken.\nTegen")
    text = decision + "\n" + MAIL
    analysis = detector.run(text)
    assert analysis.doc_type == "besluit"
    assert [(s.text, s.ground) for s in analysis.suggestions if s.entity_type == "POLICY_OPINION"] == [
        ("Ik vind het onverstandig om de regeling nu al landelijk in te voeren.", "5.2(1)")
    ]
    assert opinion_spans(detector, decision) == []


def test_chat_export_proposes_the_opinion_not_greetings_or_planning(detector: Detector, step: OpinionStep) -> None:
    assert detector.run(CHAT).doc_type == "chat"
    assert opinion_spans(detector, CHAT) == [
        ("Volgens mij moeten we scenario B laten vallen, dat is niet uit te leggen.", "5.2(1)", "POLICY_OPINION")
    ]
    # Each message is its own passage, without its time and name.
    assert [text for _, _, text in step.passages(CHAT)] == [
        "Goedemorgen, hebben jullie de conceptnota gelezen?",
        "Volgens mij moeten we scenario B laten vallen, dat is niet uit te leggen.",
        "Prima, ik zet het op de agenda van donderdag.",
    ]


def test_handbook_gets_no_5_2_1(detector: Detector) -> None:
    assert detector.run(HANDBOOK).doc_type == "handboek"
    assert opinion_spans(detector, HANDBOOK) == []
    assert opinion_spans(detector, HANDBOOK, doc_type="memo") == [
        ("Het is verstandig om bij twijfel de indiener te bellen.", "5.2(1)", "POLICY_OPINION")
    ]


def test_passages_of_function_words_only_are_skipped(step: OpinionStep) -> None:
    text = "aan ons en aan\nMij lijkt dat de\nDit lijkt mij een onverstandig plan."
    assert [t for _, _, t in step.passages(text)] == ["Dit lijkt mij een onverstandig plan."]


def test_a_chat_message_of_function_words_with_an_opinion_cue_is_a_passage(step: OpinionStep) -> None:
    """Chats are typed, never OCR shards: a short opinion of function words still counts there, not elsewhere."""
    chat = "[09:12] Sanne: Heb je het stuk gezien?\n[09:14] Koen: Ja, volgens mij moeten we het niet doen."
    opinion = "Ja, volgens mij moeten we het niet doen."
    assert [t for _, _, t in step.passages(chat)] == ["Heb je het stuk gezien?", opinion]
    assert [t for _, _, t in step.passages(opinion)] == []


def test_a_teams_message_is_a_passage_without_its_sender_line(step: OpinionStep) -> None:
    """A Teams copy puts the sender and the time above the message: the passage is the message alone, and a short
    opinion of function words counts there as in any chat message."""
    chat = "Visser, Sanne 09:12\nheb je het stuk gezien?\nKoen 09:14\nja, volgens mij moeten we het niet doen.\n"
    passages = [t for _, _, t in step.passages(chat)]
    assert passages == ["heb je het stuk gezien?", "ja, volgens mij moeten we het niet doen."]


@pytest.mark.parametrize(
    "line",
    [
        "Prima, ik stuur vóór 15.00 uur een uitnodiging.",
        "Dank je wel voor het snelle antwoord!",
        "Kun jij morgen even bellen over de planning?",
        "Ik bel je morgenochtend even.",
        "De aanvraag moet binnen zes weken worden ingediend.",
        "Volledige arbetilongescinktheid op verzekeringspeneeskundige gronden Is onvoldoende gemokiveeed",
    ],
)
def test_shipped_model_does_not_mark_planning_thanks_questions_or_rules(step: OpinionStep, line: str) -> None:
    assert step([], StepContext(text=line, doc_type="chat")) == []


def test_shipped_model_ranks_advice_above_facts_with_an_evaluative_word(step: OpinionStep) -> None:
    facts = ["Het is voor hen moeilijk om op korte termijn een dienstbetrekking te vinden.",
             "De uitkomst van de analyse is ongewis."]
    advice = ["Ons advies is scenario 2.", "Ik adviseer om het onderzoek pas na de zomer te starten."]
    scores = opinion_scores(step.model, facts + advice)
    assert max(scores[:2]) < min(scores[2:])
