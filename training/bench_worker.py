"""One benchmark measurement in its own process: ``python -m training.bench_worker SYSTEM GOLD ...``.

Prints one JSON object on standard output: start-up time (from the parent's spawn time to a built system),
per-document latencies, peak resident memory of this process, the predictions of the first pass, for a system
with a batch API the time of one batched pass, optionally the resident memory over many distinct documents
(``--memory-docs``) and a profile. A missing library gives ``{"skipped": reason}``.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import logging
import pstats
import random
import string
import sys
import time
from pathlib import Path
from typing import Any

from training.bench_systems import System, SystemUnavailable, build


def read_texts(path: Path) -> list[str]:
    """The texts of a gold file (the parent has validated it; the worker loads nothing else of Lakmoes)."""
    with path.open(encoding="utf-8") as handle:
        return [json.loads(line)["text"] for line in handle if line.strip()]


def peak_rss_mb() -> float:
    """Peak resident set size of this process in MiB.

    On Linux this is ``VmHWM`` from ``/proc/self/status``: ``getrusage``'s ``ru_maxrss`` survives ``exec`` and
    would report the (larger) peak of the parent that started us.
    """
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text(encoding="utf-8").splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    try:
        import resource

        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss  # KiB on Linux, bytes on macOS
        return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024
    except ImportError:  # Windows: the current RSS is the best available figure
        import psutil

        return psutil.Process().memory_info().rss / (1024 * 1024)


PAGE_CHARS = 2_000


def rss_mb() -> float | None:
    """Current resident set size of this process in MiB (Linux ``VmRSS``), or None elsewhere."""
    status = Path("/proc/self/status")
    if status.is_file():
        for line in status.read_text(encoding="utf-8").splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    return None


def measure_batch(system: System, texts: list[str]) -> dict[str, Any]:
    """One pass over ``texts`` through the system's batch API; its time and whether it predicts the same."""
    assert system.predict_many is not None
    started = time.perf_counter()
    found = system.predict_many(texts)
    return {"batch_s": time.perf_counter() - started, "batch_predictions": found}


def measure_memory(system: System, texts: list[str], documents: int, seed: int = 0) -> list[tuple[int, float | None]]:
    """Resident memory after every tenth of ``documents`` distinct documents (the texts, each with new words).

    Each document is the first 2,000 characters of a gold text (about a page) with 50 made-up words appended,
    so the pipeline keeps meeting words it has not seen (as in a real Woo request: names, numbers, references);
    a vocabulary that grows shows up here.
    """
    rng = random.Random(seed)
    step = max(documents // 10, 1)
    series: list[tuple[int, float | None]] = [(0, rss_mb())]
    batch: list[str] = []
    for index in range(documents):
        words = " ".join("".join(rng.choices(string.ascii_lowercase, k=10)).capitalize() for _ in range(50))
        batch.append(f"{texts[index % len(texts)][:PAGE_CHARS]}\n\n{words}\n")
        if len(batch) == step or index == documents - 1:
            if system.predict_many is not None:
                system.predict_many(batch)
            else:
                for text in batch:
                    system.predict(text)
            batch = []
            series.append((index + 1, rss_mb()))
    return series


def measure(system: System, texts: list[str], repeat: int) -> dict[str, Any]:
    """Run every text ``repeat`` times; keep the latencies, each pass's CPU seconds, and the first pass's
    predictions and drops."""
    latencies: list[float] = []
    pass_cpu: list[float] = []
    predictions: list[list[dict[str, Any]]] = []
    dropped: dict[str, int] = {}
    for round_ in range(repeat):
        cpu_started = time.process_time()
        for text in texts:
            started = time.perf_counter()
            found = system.predict(text)
            latencies.append(time.perf_counter() - started)
            if round_ == 0:
                predictions.append(found)
        pass_cpu.append(time.process_time() - cpu_started)
        if round_ == 0:
            dropped = dict(system.dropped)
    return {"latencies_s": latencies, "pass_cpu_s": pass_cpu, "predictions": predictions, "dropped": dropped}


def profile(system: System, texts: list[str], top: int = 25) -> dict[str, Any]:
    """One profiled pass over ``texts``: time per pipeline stage and the most expensive functions."""
    profiler = cProfile.Profile()
    started = time.perf_counter()
    profiler.enable()
    for text in texts:
        system.predict(text)
    profiler.disable()
    total = time.perf_counter() - started
    stats = pstats.Stats(profiler).stats  # type: ignore[attr-defined]
    stages: dict[str, float] = {}
    rows = []
    for (filename, line, func), (_, ncalls, tottime, cumtime, _) in stats.items():
        label = stage_label(filename, func)
        if label:
            stages[label] = stages.get(label, 0.0) + cumtime
        rows.append((cumtime, tottime, ncalls, f"{_short(filename)}:{line}({func})"))
    rows.sort(reverse=True)
    return {
        "total_s": total,
        "stages": sorted(stages.items(), key=lambda kv: -kv[1]),
        "top": [[name, calls, round(tt, 4), round(ct, 4)] for ct, tt, calls, name in rows[:top]],
    }


# (substring of the file path, function name, label); "{file}" is replaced by the module's file name.
_STAGES = (
    ("detector/detector.py", "run", "Detector.run (alles)"),
    ("detector/detector.py", "_recognize", "herkennen (Presidio + spaCy)"),
    ("spacy/language.py", "__call__", "spaCy-pipeline"),
    ("detector/nlp.py", "parse_texts", "spaCy-pipeline (één parse per stuk)"),
    ("detector/nlp_engine.py", "artifacts", "Presidio NLP-artefacten uit de parse"),
    ("presidio_analyzer/analyzer_engine.py", "analyze", "Presidio AnalyzerEngine.analyze"),
    ("context_aware_enhancers", "enhance_using_context", "Presidio contextwoorden"),
    ("/recognizers/", "analyze", "herkenner {file}"),
    ("presidio_analyzer/pattern_recognizer.py", "analyze", "Presidio PatternRecognizer.analyze"),
    ("/detector/steps/", "__call__", "stap {file}"),
    ("detector/doctype.py", "detect_doc_type", "documentsoort"),
    ("docdeid/deidentifier.py", "deidentify", "deduce deidentify"),
)


def stage_label(filename: str, func: str) -> str | None:
    """The pipeline stage a profiled function stands for, if it is one we report."""
    path = filename.replace("\\", "/")
    for part, name, label in _STAGES:
        if part in path and func == name:
            return label.format(file=Path(path).stem)
    return None


def _short(filename: str) -> str:
    path = filename.replace("\\", "/")
    for marker in ("site-packages/", "/work/", "/main/"):
        if marker in path:
            path = path.split(marker, 1)[1]
    return path


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("system")
    parser.add_argument("gold", type=Path)
    parser.add_argument("--repeat", type=int, default=1)
    parser.add_argument("--spawned", type=float, required=True, help="time.time() when the parent started us")
    parser.add_argument("--config", type=Path)
    parser.add_argument("--profile", action="store_true")
    parser.add_argument("--memory-docs", type=int, default=0, help="also measure memory over this many documents")
    parser.add_argument("--warmup", type=Path, help="gold JSONL whose texts run once, untimed, before the passes")
    args = parser.parse_args(argv)
    # Before any system is imported: deduce calls logging.basicConfig(stream=sys.stdout, level=DEBUG) at import
    # time, which would flood our JSON output and slow it down; with a root handler in place that is a no-op.
    logging.basicConfig(level=logging.ERROR, stream=sys.stderr)
    try:
        system = build(args.system, args.config)
    except SystemUnavailable as error:
        print(json.dumps({"system": args.system, "skipped": str(error)}))
        return 0
    startup = time.time() - args.spawned
    texts = read_texts(args.gold)
    for text in read_texts(args.warmup) if args.warmup else []:
        system.predict(text)  # a warm process that has not seen the measured texts, as in a service
    result: dict[str, Any] = {"system": args.system, "startup_s": startup, "versions": system.versions}
    result.update(measure(system, texts, max(args.repeat, 1)))
    if system.predict_many is not None:
        result.update(measure_batch(system, texts))
    result["peak_rss_mb"] = peak_rss_mb()
    if args.memory_docs:
        result["memory_series"] = measure_memory(system, texts, args.memory_docs)
        result["peak_rss_after_memory_mb"] = peak_rss_mb()
    if args.profile:
        result["profile"] = profile(system, texts)
    print(json.dumps(result, ensure_ascii=False))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
