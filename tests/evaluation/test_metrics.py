"""The metric code on hand-made cases with known answers."""

from __future__ import annotations

import pytest

from training.gold_format import GoldDoc, GoldSpan
from training.metrics import Prediction, evaluate, f_beta

TEXT = "Geachte heer Jansen, wij sturen u de offerte van Bureau Noord voor 12.500 euro. " * 3


def doc(*spans: GoldSpan, text: str = TEXT, doc_id: str = "d1") -> GoldDoc:
    return GoldDoc(doc_id=doc_id, text=text, spans=tuple(spans))


def gold(start: int, end: int, kind: str = "PERSON", *grounds: str) -> GoldSpan:
    return GoldSpan(start, end, grounds or ("5.1(2)e",), kind)


def ignore(start: int, end: int) -> GoldSpan:
    return GoldSpan(start, end, ("buiten scope",), None, ignore=True)


def pred(start: int, end: int, kind: str = "PERSON", ground: str | None = "5.1(2)e") -> Prediction:
    return Prediction(start, end, kind, ground, "test")


def summary(d: GoldDoc, *preds: Prediction) -> dict:
    return evaluate([d], [list(preds)]).to_dict()["summary"]


def test_exact_match_scores_one_everywhere() -> None:
    result = evaluate([doc(gold(13, 19))], [[pred(13, 19)]]).to_dict()
    s = result["summary"]
    assert (s["gold"], s["found"], s["predicted"], s["false_positives"]) == (1, 1, 1, 0)
    assert s["recall"] == s["precision"] == s["f1"] == s["f2"] == s["ground_accuracy"] == 1.0
    assert result["misses"] == [] and result["false_positives"] == []
    assert result["by_kind"]["PERSON"]["recall"] == 1.0
    assert result["by_ground"]["5.1(2)e"]["precision"] == 1.0
    assert result["confusion"] == {"5.1(2)e": {"5.1(2)e": 1}}


@pytest.mark.parametrize(
    ("start", "end", "found"),
    [
        (0, 4, False),  # 40 % of the gold span
        (0, 5, True),  # exactly 50 %
        (2, 9, True),  # 70 %
        (9, 30, False),  # 10 %, spilling over released text
    ],
)
def test_partial_overlap_counts_from_fifty_percent(start: int, end: int, found: bool) -> None:
    s = summary(doc(gold(0, 10)), pred(start, end))
    assert s["found"] == int(found)
    # Touching a gold span is never a false positive, found or not.
    assert (s["predicted"], s["false_positives"], s["precision"]) == (1, 0, 1.0)


def test_partial_miss_reports_its_coverage() -> None:
    result = evaluate([doc(gold(0, 10))], [[pred(0, 4)]]).to_dict()
    (miss,) = result["misses"]
    assert (miss["start"], miss["end"], miss["coverage"]) == (0, 10, 0.4)
    assert miss["nearest_prediction"] == {"kind": "PERSON", "ground": "5.1(2)e"}


def test_coverage_is_the_union_of_predictions_not_their_sum() -> None:
    # [0,4) and [2,5) overlap: together they cover 5 of 12 characters (42 %), not 7 (58 %).
    assert summary(doc(gold(0, 12)), pred(0, 4), pred(2, 5))["found"] == 0
    # [0,3) and [4,8) cover 7 of 12 (58 %).
    assert summary(doc(gold(0, 12)), pred(0, 3), pred(4, 8))["found"] == 1


def test_prediction_on_released_text_is_a_false_positive_with_context() -> None:
    d = doc(gold(13, 19))
    result = evaluate([d], [[pred(13, 19), pred(49, 61, "ORGANIZATION", "5.1(1)c")]]).to_dict()
    s = result["summary"]
    assert (s["predicted"], s["false_positives"], s["precision"]) == (2, 1, 0.5)
    (fp,) = result["false_positives"]
    assert (fp["start"], fp["end"], fp["text"], fp["kind"], fp["ground"]) == (
        49,
        61,
        "Bureau Noord",
        "ORGANIZATION",
        "5.1(1)c",
    )
    assert fp["before"] == TEXT[0:49] and fp["after"] == TEXT[61:121]
    assert len(fp["after"]) == 60
    assert result["by_kind"]["ORGANIZATION"]["precision"] == 0.0
    assert result["by_ground"]["5.1(1)c"]["false_positives"] == 1


def test_ignore_regions_are_scored_neither_way() -> None:
    d = doc(gold(13, 19), ignore(36, 80))
    result = evaluate([d], [[pred(13, 19), pred(49, 61, "ORGANIZATION", "5.1(1)c")]]).to_dict()
    s = result["summary"]
    assert (s["gold"], s["found"], s["predicted"], s["false_positives"]) == (1, 1, 1, 0)
    assert s["ignored_predictions"] == 1
    assert s["precision"] == 1.0
    assert result["false_positives"] == []
    assert "ORGANIZATION" not in result["by_kind"]


def test_unfound_ignore_region_is_not_a_miss() -> None:
    s = summary(doc(ignore(0, 50)))
    assert (s["gold"], s["recall"]) == (0, None)


def test_two_grounds_on_one_span() -> None:
    both = gold(20, 60, "POLICY_OPINION", "5.2(1)", "5.1(2)i")
    # Either printed ground is right ...
    for ground in ("5.2(1)", "5.1(2)i"):
        result = evaluate([doc(both)], [[pred(20, 60, "POLICY_OPINION", ground)]]).to_dict()
        assert result["summary"]["ground_accuracy"] == 1.0
        assert result["confusion"] == {ground: {ground: 1}}
    # ... a third is wrong, and the confusion table shows it against the first printed ground.
    result = evaluate([doc(both)], [[pred(20, 60, "PERSON", "5.1(2)e")]]).to_dict()
    assert result["summary"]["found"] == 1 and result["summary"]["ground_accuracy"] == 0.0
    assert result["confusion"] == {"5.2(1)": {"5.1(2)e": 1}}
    # The span counts under each of its grounds.
    assert result["by_ground"]["5.2(1)"]["gold"] == result["by_ground"]["5.1(2)i"]["gold"] == 1


def test_ground_of_the_largest_overlap_decides() -> None:
    d = doc(gold(0, 20, "AMOUNT", "5.1(1)c"))
    s = summary(d, pred(0, 3, "AMOUNT", "5.1(2)e"), pred(3, 20, "AMOUNT", "5.1(1)c"))
    assert s["ground_accuracy"] == 1.0


def test_empty_predictions() -> None:
    result = evaluate([doc(gold(0, 10), gold(13, 19))], [[]]).to_dict()
    s = result["summary"]
    assert (s["gold"], s["found"], s["recall"], s["predicted"]) == (2, 0, 0.0, 0)
    assert s["precision"] is None and s["f1"] is None and s["ground_accuracy"] is None
    assert [m["start"] for m in result["misses"]] == [0, 13]


def test_empty_gold() -> None:
    s = summary(doc(), pred(0, 7))
    assert s["recall"] is None
    assert (s["precision"], s["false_positives"]) == (0.0, 1)
    assert s["f1"] is None
    empty = summary(doc())
    assert all(empty[f] is None for f in ("recall", "precision", "f1", "f2", "ground_accuracy"))


def test_documents_are_scored_separately() -> None:
    d1, d2 = doc(gold(0, 10), doc_id="a"), doc(doc_id="b")
    s = evaluate([d1, d2], [[], [pred(0, 10)]]).to_dict()["summary"]
    assert (s["found"], s["false_positives"], s["documents"]) == (0, 1, 2)


def test_prediction_lists_must_match_documents() -> None:
    with pytest.raises(ValueError, match="2 gold documents but 1"):
        evaluate([doc(), doc()], [[]])


@pytest.mark.parametrize(
    ("precision", "recall", "f1", "f2"),
    [(0.5, 1.0, 2 / 3, 5 / 6), (1.0, 0.5, 2 / 3, 5 / 9), (0.0, 0.0, 0.0, 0.0), (None, 0.5, None, None)],
)
def test_f_beta(precision: float | None, recall: float | None, f1: float | None, f2: float | None) -> None:
    def approx(value: float | None) -> object:
        return None if value is None else pytest.approx(value)

    assert f_beta(precision, recall, 1.0) == approx(f1)
    assert f_beta(precision, recall, 2.0) == approx(f2)


def test_bad_prediction_offsets_are_refused() -> None:
    with pytest.raises(ValueError, match="invalid prediction offsets"):
        Prediction(5, 5, "PERSON", "5.1(2)e")
