"""Extraction speed of this checkout against another, taking turns, one core.

The machine's speed changes from hour to hour, so a change is measured against the code
before in the same minutes: each round times this checkout's `src` and the other's, each
in a process of its own, on the same sets:
* dense: the 5,000 ads of about 1 KB of bench_extract.py (seed 7), read first, and the
  next 5,000 (seed 8), read after those;
* records: 5,000 demo records as they come (seed 7), read after 20,000 others (seed 8),
  as in a long run, where the stage's caches hold what it met;
* emscad: the second half of EMSCAD's job ads cut to 1 KB, after the first half.
The other checkout must be built (its compiled modules beside its sources):
`git worktree add /tmp/before HEAD~1 && cd /tmp/before && python setup.py build_ext
--inplace` (with mypy installed).

    python bench/compare_extract.py --before /tmp/before --rounds 3
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent

# Run in the child, with PYTHONPATH set to the checkout's src: ads per second of each set.
MEASURE = """
import json, sys
sys.path.insert(0, sys.argv[1])
from bench_extract import _whole_stage, demo_records, kilobyte_ads, real_job_ads
from thbwatch.extract.mentions import extract_record

dense, next_dense = kilobyte_ads(5000, 7), kilobyte_ads(5000, 8)
records, before = demo_records(5000, 7), demo_records(20000, 8)
real = real_job_ads()
extract_record(dense[0])  # load the gazetteer and models outside the timing
rates = {"dense": 1e6 / _whole_stage(dense), "next dense": 1e6 / _whole_stage(next_dense)}
_whole_stage(before)
rates["records"] = 1e6 / _whole_stage(records)
if real:
    _whole_stage(real[: len(real) // 2])
    rates["emscad"] = 1e6 / _whole_stage(real[len(real) // 2 :])
print(json.dumps({name: round(rate) for name, rate in rates.items()}))
"""


def measure(src: Path) -> dict[str, int]:
    """Ads per second of each set with the package in `src`, in a process of its own."""
    environment = {**os.environ, "PYTHONPATH": str(src)}
    done = subprocess.run(
        [sys.executable, "-c", MEASURE, str(HERE)],
        env=environment,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(done.stdout)


def compare(before: Path, rounds: int, log: Any = print) -> dict[str, list[dict[str, int]]]:
    here, other = HERE.parent / "src", before / "src"
    for src in (here, other):
        if not (src / "thbwatch").is_dir():
            raise SystemExit(f"no thbwatch package in {src}")
    results: dict[str, list[dict[str, int]]] = {"this": [], "before": []}
    for number in range(1, rounds + 1):
        for name, src in (("before", other), ("this", here)):
            results[name].append(measure(src))
            log(f"round {number}, {name}: {results[name][-1]}")
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--before", type=Path, required=True, help="the other checkout")
    parser.add_argument("--rounds", type=int, default=3)
    options = parser.parse_args()
    outcome = compare(options.before, options.rounds, log=lambda m: print(m, file=sys.stderr))
    print(json.dumps(outcome, indent=2))
