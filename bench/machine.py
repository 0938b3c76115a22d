"""How fast this machine runs Python at the moment: two fixed workloads, timed.

The development machine is shared and virtual: its speed changes from day to day by a
factor of two or more (README, "Tests and benchmarks"). Every `thbwatch bench` reports
these figures beside its own, so that a figure of one day can be set against another's:
a change of the code shows in the benchmark but not here; a slower machine shows in both.
"""

from __future__ import annotations

import platform
import re
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

_TEXT = "Call 0722 931 725 today, 150 EUR/h, Gina (23) in Milano. " * 20  # about 1 KB
_NUMBERS = re.compile(r"\d+")


def _best_milliseconds(work: Callable[[], object], rounds: int) -> float:
    """The fastest of `rounds` runs: the least disturbed by other work on the machine."""
    best = float("inf")
    for _ in range(rounds):
        started = time.perf_counter()
        work()
        best = min(best, time.perf_counter() - started)
    return best * 1e3


def _cpu_model() -> str:
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or platform.machine()


def run() -> dict[str, Any]:
    """The CPU, Python, and the two workloads' best times (lower is faster)."""
    return {
        "cpu": _cpu_model(),
        "python": platform.python_version(),
        # Interpreted Python: a loop over a million integers.
        "python_loop_ms": round(_best_milliseconds(lambda: sum(range(1_000_000)), 5), 2),
        # Python's regex engine over 1,000 kilobyte texts, as extraction reads them.
        "regex_scan_ms": round(
            _best_milliseconds(lambda: [_NUMBERS.findall(_TEXT) for _ in range(1000)], 5), 2
        ),
    }


if __name__ == "__main__":
    import json

    print(json.dumps(run(), indent=2))
