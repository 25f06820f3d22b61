"""The benchmark harness: workers, summaries, the tables, the HTTP load loop, and what is skipped."""

from __future__ import annotations

import json
import sys
import threading
from collections.abc import Iterator
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest
from typer.testing import CliRunner

from detector.cli import app
from training import bench_worker
from training.bench_systems import SystemUnavailable, _deduce_tag, build
from training.benchmark import _merge_passes, _run_worker, _summarise, format_kinds, format_table, run_benchmark
from training.benchmark_http import _load, free_port, pick_letter
from training.gold_format import GoldDoc, GoldSpan, write_gold

DOCS = [
    GoldDoc("a", "Geachte heer Jansen, hierbij de offerte.", (GoldSpan(13, 19, ("5.1(2)e",), "PERSON"),)),
    GoldDoc("b", "Het tarief is € 95,00 per uur.", (GoldSpan(14, 21, ("5.1(1)c",), "AMOUNT"),)),
]


@pytest.fixture
def gold(tmp_path: Path) -> Path:
    path = tmp_path / "gold.jsonl"
    write_gold(DOCS, path)
    return path


def test_spacy_tokenizer_runs_in_its_own_process(gold: Path) -> None:
    ballast = bytearray(400 * 2**20)  # our own peak memory must not show up as the worker's
    ballast[::4096] = b"x" * len(ballast[::4096])
    report = run_benchmark(gold, ("spacy",), repeat=2)
    del ballast
    (row,) = report["systems"]
    assert row["peak_rss_mb"] < 400
    assert row["system"] == "spacy" and row["versions"]["pipeline"] == "blank:nl tokenizer"
    assert row["quality"]["gold"] == 2 and row["quality"]["recall"] == 0.0 and row["quality"]["predicted"] == 0
    assert row["startup_s"] > 0 and row["peak_rss_mb"] > 0 and row["p95_ms"] >= row["p50_ms"] > 0
    assert report["gold"] == {"path": str(gold), "documents": 2, "words": 13, "characters": 70}
    assert report["machine"]["cpu_count"] >= 1


def test_unseen_runs_each_pass_in_a_fresh_warmed_process(gold: Path, tmp_path: Path) -> None:
    warmup = tmp_path / "warmup.jsonl"
    write_gold([GoldDoc("w", "Andere tekst om mee op te warmen.", ())], warmup)
    report = run_benchmark(gold, ("spacy",), repeat=3, unseen=warmup)
    (row,) = report["systems"]
    assert report["unseen_warmup"] == str(warmup)
    assert row["docs_per_s"] > 0 and row["quality"]["gold"] == 2  # latencies of 3 passes of 2 texts, scored once


def test_unseen_passes_merge_latencies_and_keep_the_highest_memory() -> None:
    passes = [
        {"system": "x", "latencies_s": [0.1, 0.2], "pass_cpu_s": [0.3], "predictions": [["a"]], "peak_rss_mb": 100.0},
        {"system": "x", "latencies_s": [0.3, 0.4], "pass_cpu_s": [0.7], "predictions": [["b"]], "peak_rss_mb": 120.0},
    ]
    merged = _merge_passes(passes)
    assert merged["latencies_s"] == [0.1, 0.2, 0.3, 0.4] and merged["pass_cpu_s"] == [0.3, 0.7]
    assert merged["predictions"] == [["a"]] and merged["peak_rss_mb"] == 120.0
    assert _merge_passes([passes[0], {"system": "x", "failed": "boom"}]) == {"system": "x", "failed": "boom"}


def test_a_worker_that_fails_is_reported_not_raised(gold: Path) -> None:
    result = _run_worker("nonsense", gold, 1, None, False)
    assert result["system"] == "nonsense"
    assert "unknown system 'nonsense'" in result["failed"]


def test_missing_library_is_skipped_with_the_reason(
    gold: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setitem(sys.modules, "deduce", None)  # import deduce now raises ImportError
    with pytest.raises(SystemUnavailable, match=r"deduce is not installed .*lakmoes\[bench\]"):
        build("deduce")
    assert bench_worker.main(["deduce", str(gold), "--spawned", "0"]) == 0
    result = json.loads(capsys.readouterr().out)
    assert result["system"] == "deduce" and "not installed" in result["skipped"]


def test_summary_figures_from_a_worker_result() -> None:
    result = {
        "system": "x",
        "versions": {},
        "startup_s": 1.5,
        "peak_rss_mb": 100.0,
        "latencies_s": [0.1, 0.2, 0.3, 0.4],  # two documents, two passes
        "pass_cpu_s": [0.3, 0.26],
        "predictions": [[{"start": 13, "end": 19, "kind": "PERSON", "ground": "5.1(2)e", "source": "t"}], []],
        "dropped": {"DATE_TIME": 3},
    }
    row = _summarise(result, DOCS, repeat=2)
    assert row["docs_per_s"] == pytest.approx(4 / 1.0)
    assert row["words_per_s"] == pytest.approx(13 * 2 / 1.0)
    assert row["best_pass_cpu_words_per_s"] == pytest.approx(13 / 0.26)  # the faster pass
    assert row["p50_ms"] == pytest.approx(250.0)
    assert row["p95_ms"] == pytest.approx(385.0)
    assert (row["quality"]["found"], row["quality"]["recall"], row["quality"]["precision"]) == (1, 0.5, 1.0)
    assert row["dropped_entities"] == {"DATE_TIME": 3}


def test_table_lists_rows_and_says_what_was_skipped() -> None:
    quality = {"recall": 0.5, "precision": None, "f1": None, "f2": None, "ground_accuracy": 1.0}
    report = {
        "systems": [
            {"system": "lakmoes", "words_per_s": 1234.5, "best_pass_cpu_words_per_s": 1500.0, "docs_per_s": 0.5,
             "p50_ms": 10.0, "p95_ms": 20.0, "peak_rss_mb": 300.0, "startup_s": 2.0, "quality": quality,
             "dropped_entities": {}},
            {"system": "presidio", "words_per_s": 9000.0, "best_pass_cpu_words_per_s": 9500.0, "docs_per_s": 5.0,
             "p50_ms": 1.0, "p95_ms": 2.0, "peak_rss_mb": 200.0, "startup_s": 1.0, "quality": quality,
             "dropped_entities": {"URL": 2}},
            {"system": "deduce", "skipped": "deduce is not installed"},
            {"system": "spacy", "failed": "exit code 1: boom"},
        ]
    }  # fmt: skip
    lines = format_table(report).splitlines()
    assert lines[2] == "| lakmoes | 1,234 | 1,500 | 0.50 | 10.0 | 20.0 | 300 | 2.00 | 0.500 | n/a | n/a | n/a | 1.000 |"
    assert lines[3].startswith("| presidio | 9,000 |")
    assert "- presidio: entities without a Woo ground, not scored: URL 2" in lines
    assert "- deduce: skipped — deduce is not installed" in lines
    assert "- spacy: failed — exit code 1: boom" in lines


@pytest.mark.parametrize(
    ("tag", "mapped"),
    [
        ("persoon", ("PERSON", "5.1(2)e")),
        ("prefix+initiaal+interfix+naam", ("PERSON", "5.1(2)e")),
        ("straat+huisnummer", ("ADDRESS", "5.1(2)e")),
        ("bsn", ("NL_BSN", "5.1(1)e")),
        ("zorginstelling", ("ORGANIZATION", "5.1(1)c")),
        ("datum", None),
        ("url", None),
        ("leeftijd", None),
    ],
)
def test_deduce_tags_map_to_grounds(tag: str, mapped: tuple[str, str] | None) -> None:
    assert _deduce_tag(tag) == mapped


@pytest.mark.parametrize(
    ("filename", "func", "label"),
    [
        ("/x/site-packages/spacy/language.py", "__call__", "spaCy-pipeline"),
        ("/work/main/recognizers/nl_person.py", "analyze", "herkenner nl_person"),
        ("/work/main/detector/steps/overlaps.py", "__call__", "stap overlaps"),
        ("/x/presidio_analyzer/context_aware_enhancers/lemma_context_aware_enhancer.py", "enhance_using_context",
         "Presidio contextwoorden"),
        ("/work/main/recognizers/nl_person.py", "_helper", None),
        ("/x/site-packages/regex/regex.py", "compile", None),
    ],
)  # fmt: skip
def test_profile_stage_labels(filename: str, func: str, label: str | None) -> None:
    assert bench_worker.stage_label(filename, func) == label


def test_letter_is_the_document_closest_to_two_pages() -> None:
    docs = [GoldDoc(str(n), "x" * n, ()) for n in (1000, 5800, 6300, 20000)]
    assert pick_letter(docs).doc_id == "5800"
    assert pick_letter(docs, chars=19000).doc_id == "20000"
    with pytest.raises(ValueError, match="no documents"):
        pick_letter([])


class _Analyze(BaseHTTPRequestHandler):
    seen: list[str] = []

    def do_POST(self) -> None:  # noqa: N802 - http.server's naming
        length = int(self.headers["Content-Length"])
        self.rfile.read(length)
        ok = self.headers.get("Authorization") == "Bearer good" and self.path == "/v1/analyze"
        self.seen.append(self.path)
        self.send_response(200 if ok else 401)
        self.send_header("Content-Length", "2")
        self.end_headers()
        self.wfile.write(b"{}")

    def log_message(self, *args: object) -> None:
        return


@pytest.fixture
def stub_server() -> Iterator[str]:
    server = ThreadingHTTPServer(("127.0.0.1", free_port()), _Analyze)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def test_load_sends_exactly_the_requested_number(stub_server: str) -> None:
    _Analyze.seen.clear()
    latencies, statuses, wall = _load(stub_server, {"Authorization": "Bearer good"}, {"text": "x"}, 3, 10)
    assert len(latencies) == len(statuses) == len(_Analyze.seen) == 10
    assert set(statuses) == {200} and wall > 0
    _, statuses, _ = _load(stub_server, {"Authorization": "Bearer bad"}, {"text": "x"}, 2, 3)
    assert statuses == [401, 401, 401]


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--systems", "lakmoes,magic"], "unknown system(s) ['magic']"),
        (["--systems", "spacy", "--profile", "lakmoes"], "--profile must name one of the benchmarked systems"),
    ],
)
def test_benchmark_command_checks_its_options(gold: Path, args: list[str], message: str) -> None:
    result = CliRunner().invoke(app, ["benchmark", "--gold", str(gold), *args])
    assert result.exit_code == 2
    assert message in " ".join(result.output.replace("│", " ").split())


def test_kind_table_shows_gold_and_predicted_kinds() -> None:
    row = {"gold": 2, "found": 1, "predicted": 0, "recall": 0.5, "precision": None}
    extra = {"gold": 0, "found": 0, "predicted": 3, "recall": None, "precision": 0.0}
    report = {"systems": [
        {"system": "a", "quality_by_kind": {"PERSON": row, "ADDRESS": extra}},
        {"system": "b", "quality_by_kind": {"PERSON": row}},
        {"system": "c", "skipped": "not installed"},
    ]}  # fmt: skip
    assert format_kinds(report).splitlines() == [
        "| recall / precision | ADDRESS | PERSON |",
        "|---|---|---|",
        "| a | n/a / 0.00 | 0.50 / n/a |",
        "| b | n/a / n/a | 0.50 / n/a |",
    ]
