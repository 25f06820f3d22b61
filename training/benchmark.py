"""``lakmoes benchmark``: Lakmoes, Presidio's Dutch default, deduce and the bare spaCy tokenizer side by side.

Each system runs in its own subprocess (:mod:`training.bench_worker`) so that start-up time and peak memory
are its own; the systems run one after another on the same gold texts, and their predictions are scored with
the same metrics as ``lakmoes evaluate``.
"""

from __future__ import annotations

import json
import os
import platform
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import numpy as np

from training.bench_systems import SYSTEM_NAMES
from training.gold_format import GoldDoc, read_gold
from training.metrics import Prediction, evaluate

WORKER_TIMEOUT_S = 3600


def run_benchmark(
    gold: Path,
    systems: tuple[str, ...] = SYSTEM_NAMES,
    repeat: int = 1,
    config: Path | None = None,
    profile_system: str | None = None,
    memory_docs: int = 0,
    unseen: Path | None = None,
) -> dict[str, Any]:
    """Measure every system on the texts of ``gold``; the report holds speed, memory and quality per system.

    ``memory_docs`` > 0 also runs that many distinct documents through Lakmoes and records its memory. With
    ``unseen`` (a gold file of other texts), each of the ``repeat`` passes runs in a fresh process that first
    analyses those texts untimed: every system is warm but meets the measured texts for the first time, as a
    service meets each document of a Woo request once. Without it, the passes repeat the same texts in one
    process, where a tokenizer's cache of the texts' own words makes the later passes cheaper.
    """
    docs = read_gold(gold)
    workers, passes = (repeat, 1) if unseen else (1, repeat)  # unseen: one pass in each of `repeat` processes
    results = []
    for name in systems:
        memory = memory_docs if name == "lakmoes" else 0
        runs = [
            _run_worker(name, gold, passes, config, name == profile_system and i == 0, memory if i == 0 else 0, unseen)
            for i in range(workers)
        ]
        results.append(_merge_passes(runs))
    return {
        "machine": machine_info(),
        "gold": {"path": str(gold), "documents": len(docs), "words": _words(docs), "characters": _chars(docs)},
        "repeat": repeat,
        "unseen_warmup": str(unseen) if unseen else None,
        "systems": [_summarise(result, docs, repeat) for result in results],
    }


def _run_worker(
    name: str,
    gold: Path,
    repeat: int,
    config: Path | None,
    profile: bool,
    memory_docs: int = 0,
    warmup: Path | None = None,
) -> dict[str, Any]:
    # -P: do not put the working directory on sys.path (a stray detector.py there must not shadow ours).
    command = [sys.executable, "-P", "-m", "training.bench_worker", name, str(gold), "--repeat", str(repeat)]
    if config is not None:
        command += ["--config", str(config)]
    if profile:
        command.append("--profile")
    if memory_docs:
        command += ["--memory-docs", str(memory_docs)]
    if warmup is not None:
        command += ["--warmup", str(warmup)]
    command += ["--spawned", repr(time.time())]
    try:
        done = subprocess.run(command, capture_output=True, text=True, timeout=WORKER_TIMEOUT_S, check=False)
    except subprocess.TimeoutExpired:
        return {"system": name, "failed": f"no result within {WORKER_TIMEOUT_S} s"}
    if done.returncode != 0 or not done.stdout.strip():
        tail = done.stderr.strip().splitlines()[-3:]
        return {"system": name, "failed": f"exit code {done.returncode}: {' / '.join(tail)}"}
    return json.loads(done.stdout.strip().splitlines()[-1])


def _merge_passes(passes: list[dict[str, Any]]) -> dict[str, Any]:
    """One result from one or more workers: all latencies and pass times, the first worker's predictions, the
    highest peak memory."""
    failed = next((p for p in passes if "latencies_s" not in p), None)
    if failed is not None:
        return failed
    merged = dict(passes[0])
    merged["latencies_s"] = [latency for p in passes for latency in p["latencies_s"]]
    merged["pass_cpu_s"] = [cpu for p in passes for cpu in p["pass_cpu_s"]]
    merged["peak_rss_mb"] = max(p["peak_rss_mb"] for p in passes)
    return merged


def _summarise(result: dict[str, Any], docs: list[GoldDoc], repeat: int) -> dict[str, Any]:
    if "latencies_s" not in result:
        return result
    latencies = np.array(result["latencies_s"])
    best_pass = min(result["pass_cpu_s"])
    busy = float(latencies.sum())
    predictions = [[Prediction(**p) for p in doc_preds] for doc_preds in result["predictions"]]
    quality = evaluate(docs, predictions).to_dict()
    summary = {
        "system": result["system"],
        "versions": result["versions"],
        "startup_s": result["startup_s"],
        "peak_rss_mb": result["peak_rss_mb"],
        "words_per_s": _words(docs) * repeat / busy if busy else None,
        # The fastest pass in CPU time: on a shared machine (a VM whose speed varies from pass to pass) the figure
        # that moves least between runs; the mean above says what a user waits.
        "best_pass_cpu_words_per_s": _words(docs) / best_pass if best_pass else None,
        "docs_per_s": len(docs) * repeat / busy if busy else None,
        "p50_ms": float(np.percentile(latencies, 50)) * 1000,
        "p95_ms": float(np.percentile(latencies, 95)) * 1000,
        "max_ms": float(latencies.max()) * 1000,
        "quality": quality["summary"],
        "quality_by_kind": quality["by_kind"],
        "dropped_entities": result.get("dropped", {}),
    }
    if "batch_s" in result:
        batch_quality = evaluate(docs, [[Prediction(**p) for p in d] for d in result["batch_predictions"]]).to_dict()
        summary["batch_words_per_s"] = _words(docs) / result["batch_s"] if result["batch_s"] else None
        summary["batch_same_quality"] = batch_quality["summary"] == quality["summary"]
    if "memory_series" in result:
        summary["memory_series"] = result["memory_series"]
        summary["peak_rss_after_memory_mb"] = result["peak_rss_after_memory_mb"]
    if "profile" in result:
        summary["profile"] = result["profile"]
    return summary


def _words(docs: list[GoldDoc]) -> int:
    return sum(len(doc.text.split()) for doc in docs)


def _chars(docs: list[GoldDoc]) -> int:
    return sum(len(doc.text) for doc in docs)


def machine_info() -> dict[str, Any]:
    """Cores, memory, CPU, Python and load, so that figures can be compared honestly."""
    info: dict[str, Any] = {
        "cpu_count": os.cpu_count(),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "cpu": _cpu_model(),
    }
    try:
        import psutil

        info["memory_gib"] = round(psutil.virtual_memory().total / 2**30, 1)
    except ImportError:
        info["memory_gib"] = None
    if hasattr(os, "getloadavg"):
        info["load_average_1m"] = round(os.getloadavg()[0], 2)
    return info


def _cpu_model() -> str:
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.is_file():
        for line in cpuinfo.read_text(encoding="utf-8", errors="replace").splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    return platform.processor() or "unknown"


def format_table(report: dict[str, Any]) -> str:
    """The benchmark as a Markdown table, then what was skipped or failed."""
    header = (
        "| system | words/s | best pass (CPU) words/s | docs/s | p50 ms | p95 ms | peak RSS MiB | start-up s "
        "| recall | precision | F1 | F2 | ground acc. |"
    )
    lines = [header, "|" + "---|" * 13]
    notes = []
    for row in report["systems"]:
        if "skipped" in row or "failed" in row:
            notes.append(
                f"- {row['system']}: {'skipped' if 'skipped' in row else 'failed'} — "
                f"{row.get('skipped') or row.get('failed')}"
            )
            continue
        q = row["quality"]
        lines.append(
            f"| {row['system']} | {_n(row['words_per_s'], 0)} | {_n(row['best_pass_cpu_words_per_s'], 0)} "
            f"| {_n(row['docs_per_s'], 2)} | {_n(row['p50_ms'], 1)} "
            f"| {_n(row['p95_ms'], 1)} | {_n(row['peak_rss_mb'], 0)} | {_n(row['startup_s'], 2)} "
            f"| {_n(q['recall'], 3)} | {_n(q['precision'], 3)} | {_n(q['f1'], 3)} | {_n(q['f2'], 3)} "
            f"| {_n(q['ground_accuracy'], 3)} |"
        )
        if row.get("dropped_entities"):
            dropped = ", ".join(f"{k} {v}" for k, v in sorted(row["dropped_entities"].items()))
            notes.append(f"- {row['system']}: entities without a Woo ground, not scored: {dropped}")
    return "\n".join(lines + ([""] + notes if notes else []))


def format_batch_and_memory(report: dict[str, Any]) -> str:
    """Words/s of one batched pass (``analyze_many``) and resident memory over many documents, where measured."""
    out = []
    for row in report["systems"]:
        if row.get("batch_words_per_s"):
            same = "same" if row["batch_same_quality"] else "DIFFERENT"
            out.append(f"- {row['system']}: one batched pass (analyze_many) {row['batch_words_per_s']:,.0f} words/s, "
                       f"{same} quality figures as one text at a time")  # fmt: skip
        if row.get("memory_series"):
            points = ", ".join(f"{n:,}: {mb:.0f}" for n, mb in row["memory_series"] if mb is not None)
            out.append(f"- {row['system']}: resident MiB after N distinct documents — {points}; "
                       f"peak {row['peak_rss_after_memory_mb']:.0f} MiB")  # fmt: skip
    return "\n".join(out)


def format_kinds(report: dict[str, Any]) -> str:
    """Recall per gold kind (and precision per predicted kind) for every measured system, as Markdown."""
    rows = [r for r in report["systems"] if "quality_by_kind" in r]
    kinds = sorted({k for r in rows for k, v in r["quality_by_kind"].items() if v["gold"] or v["predicted"]})
    lines = ["| recall / precision | " + " | ".join(kinds) + " |", "|" + "---|" * (len(kinds) + 1)]
    for row in rows:
        cells = []
        for kind in kinds:
            figures = row["quality_by_kind"].get(kind, {"recall": None, "precision": None})
            cells.append(f"{_n(figures['recall'], 2)} / {_n(figures['precision'], 2)}")
        lines.append(f"| {row['system']} | " + " | ".join(cells) + " |")
    return "\n".join(lines)


def format_profile(report: dict[str, Any]) -> str:
    """The profiled system's time per stage and its most expensive functions."""
    out = []
    for row in report["systems"]:
        prof = row.get("profile")
        if not prof:
            continue
        out.append(f"Profile of {row['system']} (one pass, {prof['total_s']:.2f} s under cProfile):")
        out += [f"  {seconds:8.2f} s  {label}" for label, seconds in prof["stages"]]
        out.append("  top functions by cumulative time (calls, own s, cumulative s):")
        out += [f"    {calls:>8} {own:8.3f} {cum:8.3f}  {name}" for name, calls, own, cum in prof["top"]]
    return "\n".join(out)


def _n(value: float | None, digits: int) -> str:
    return "n/a" if value is None else f"{value:,.{digits}f}"
