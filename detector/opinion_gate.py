"""Passages that are never a personal policy opinion, whatever the 5.2(1) classifier would say.

Only a person's opinion, advice or recommendation on policy counts. A plain question, a line that introduces what
follows (ending in a colon), thanks and other courtesies, and the writer's own planning or availability never do.
Each kind here is a shape of the whole passage, not a word in it, and a passage with an opinion cue (``ik denk``,
``ons advies``, ``wat ons betreft``) is never gated: "Ik denk dat we hem kunnen meenemen, maar hoor graag van
jullie." stays a candidate.
"""

from __future__ import annotations

import regex

from detector.opinion_features import CueMatch, find_opinion_cues
from recognizers.base import REGEX_TIMEOUT

_DAY = r"(?:maan|dins|woens|donder|vrij|zater|zon)dag(?:en|middag|ochtend)?"
_AVAILABILITY = regex.compile(
    rf"\b(?:werk|ben) (?:ik|wij|we) (?:\p{{L}}+ ){{0,2}}?(?:niet|vrij|afwezig|bereikbaar|aanwezig|met verlof)\b|"
    rf"\b(?:ik|wij|we) (?:ben|zijn|werk|werken) (?:op {_DAY} |[\p{{L}}\d]+ ){{0,8}}?"
    r"(?:afwezig|vrij|met (?:vakantie|verlof)|niet (?:bereikbaar|aanwezig|werkzaam)|bereikbaar|aanwezig)\b|"
    r"\b(?:mijn|onze) (?:werkdagen|vaste werkdagen|vrije dag)\b|\bparttime\b",
    regex.IGNORECASE,
)
# A question that suggests a course ("Zouden we … niet kunnen …?", "Is het niet beter …?") is advice in disguise.
_SUGGESTION = regex.compile(
    r"\b(?:zou|zouden|kunnen|moeten|willen) (?:we|wij|jullie)\b|\bniet (?:beter|verstandig|handig|slim)|\bwaarom\b",
    regex.IGNORECASE,
)
# Planning of the writer's own work: "We sturen je vrijdag de stukken", "ik plan een overleg in".
_PLANNING = regex.compile(
    r"^(?:\p{L}+ ){0,3}?(?:ik|wij|we) (?:stuur|sturen|bel|bellen|mail|mailen|plan|plannen|zet|zetten|kom|komen|"
    r"wacht|wachten|neem|nemen) (?:\p{L}+ ){0,6}?(?:vandaag|morgen\p{L}{0,7}|vanmiddag|straks|zo meteen|"
    rf"(?:volgende|deze) week|{_DAY}|terug|op korte termijn|zo spoedig mogelijk|de uitnodiging|een afspraak)\b|"
    r"\b(?:inplannen|ingepland|vergaderverzoek)\b",
    regex.IGNORECASE,
)
# Thanks and courtesies: "Dank voor je snelle reactie.", "We hopen jullie spoedig verder te informeren."
_COURTESY = regex.compile(
    r"^(?:\p{L}+[ ,]+){0,2}?(?:(?:hartelijk |alvast |heel )?(?:dank|bedankt)|met vriendelijke groet|"
    r"groet(?:en|jes)?)\b|"
    r"\b(?:hoop|hopen) (?:\p{L}+ ){0,5}?(?:te (?:kunnen )?(?:informeren|berichten)|geïnformeerd te hebben|"
    r"hiermee voldoende)\b|"
    r"\b(?:hoor|horen) (?:\p{L}+ ){0,2}?graag\b|\bgraag (?:gedaan|tot ziens)\b|"
    r"\bmocht(?:en)? (?:\p{L}+ ){0,4}?(?:vragen|opmerkingen) (?:hebben|zijn)\b",
    regex.IGNORECASE,
)


# A submission's date against its deadline ("Deze aanvraag is te laat.", "omdat hij te laat is ingediend"): a finding,
# though "te laat" reads like a value judgement.
_DEADLINE = regex.compile(
    r"\b(?:aanvraag|aanvragen|bezwaar\w{0,8}|verzoek|melding|ziekmelding|aangifte|beroep|reactie|hij|zij|deze|die)\b"
    r"[^.?!;]{0,40}?\bte (?:laat|vroeg)\b|"
    # the act itself late or early, whatever stands before it: "omdat het te laat is ingediend", "te laat aanleveren"
    r"\bte (?:laat|vroeg) (?:(?:is|was|werd|wordt|zijn|waren|werden) )?(?:ingediend|ontvangen|aangeleverd|aangevraagd|"
    r"gemeld|ingestuurd|binnengekomen|indienen|aanleveren|aanvragen|melden|insturen)\b",
    regex.IGNORECASE,
)


def never_opinion(passage: str) -> str | None:
    """Why ``passage`` is no personal policy opinion (``vraag``, ``inleiding``, ``beleefdheid``, ``planning``,
    ``beschikbaarheid``, ``termijn``), or None when the classifier should judge it."""
    kind = _kind(passage)
    deadline = _DEADLINE.search(passage, timeout=REGEX_TIMEOUT) is not None
    if kind is None and not deadline:
        return None
    cues = find_opinion_cues(passage)
    if not cues:
        return kind
    # a deadline finding, also as a question ("Is er een grond voor het te laat aanleveren?"): its "te laat" must
    # be the only opinion cue
    if deadline and all(_deadline_judgement(passage, cue) for cue in cues):
        return kind or "termijn"
    return None


def _deadline_judgement(passage: str, cue: CueMatch) -> bool:
    """Whether every match of the cue is the "te laat" / "te vroeg" of a deadline finding."""
    return cue.cue.name == "judgement" and all(
        match.group().lower() in {"te laat", "te vroeg"}
        for match in cue.cue.pattern.finditer(passage, timeout=REGEX_TIMEOUT)
    )


def _kind(passage: str) -> str | None:
    text = passage.strip()
    if text.endswith("?"):
        return None if _SUGGESTION.search(text, timeout=REGEX_TIMEOUT) else "vraag"
    if text.endswith(":"):
        return "inleiding"  # "We citeren uit de vraagstelling:": what follows is the content
    if _COURTESY.search(text, timeout=REGEX_TIMEOUT):
        return "beleefdheid"
    if _AVAILABILITY.search(text, timeout=REGEX_TIMEOUT):
        return "beschikbaarheid"
    if _PLANNING.search(text, timeout=REGEX_TIMEOUT):
        return "planning"
    return None
