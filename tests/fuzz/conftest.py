"""Hypothesis profiles: ``ci`` (the default, a few hundred examples in all) and ``fuzz`` (``make fuzz``,
over 10,000 in all). Choose with ``--hypothesis-profile=fuzz``."""

from __future__ import annotations

from hypothesis import HealthCheck, settings

_COMMON = {
    "deadline": None,  # cost is checked as a ratio in test_cost.py, never in seconds
    "suppress_health_check": [HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much],
    "derandomize": False,
    "print_blob": True,
}
settings.register_profile("ci", max_examples=30, **_COMMON)
settings.register_profile("fuzz", max_examples=1_500, **_COMMON)
settings.load_profile("ci")
