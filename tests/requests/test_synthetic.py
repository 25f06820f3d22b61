"""The synthetic request generator (benchmarks): deterministic, all kinds, persons recurring in other spellings."""

from __future__ import annotations

from collections import Counter

from training.synthetic_request import KINDS, generate


def test_the_same_seed_gives_the_same_documents_and_another_seed_others() -> None:
    assert list(generate(12, seed=3)) == list(generate(12, seed=3))
    assert list(generate(12, seed=3)) != list(generate(12, seed=4))


def test_every_kind_occurs_and_names_are_numbered() -> None:
    names = [name for name, _ in generate(40)]
    assert len(set(names)) == 40
    assert Counter(name.split("-", 1)[1].removesuffix(".txt") for name in names).keys() == set(KINDS)


def test_persons_recur_across_documents_in_other_spellings() -> None:
    texts = [text for _, text in generate(60)]
    # A cast of 3 persons over 60 documents: some initial-and-surname form appears in several documents.
    initials = Counter(
        word for text in texts for word in {w for w in text.split() if len(w) == 2 and w[1] == "." and w[0].isupper()}
    )
    assert initials.most_common(1)[0][1] > 5
