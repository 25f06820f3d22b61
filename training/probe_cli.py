"""The command line the probes share (``name_probe``, ``business_probe``, ``word_probe``, ``special_probe``,
``contact_probe``)."""

from __future__ import annotations

import argparse


def probe_parser(doc: str | None, per_context: int, seed: int) -> argparse.ArgumentParser:
    """A parser with ``--per-context`` and ``--seed`` and the first line of the probe's docstring as description."""
    parser = argparse.ArgumentParser(description=(doc or "").split("\n", 1)[0])
    parser.add_argument("--per-context", type=int, default=per_context)
    parser.add_argument("--seed", type=int, default=seed)
    return parser
