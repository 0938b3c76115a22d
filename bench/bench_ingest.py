"""Ingest benchmark: records per second and peak memory, at two input sizes.

Run with `thbwatch bench --records N` or `make bench` (N = 1,000,000), or directly:
`python bench/bench_ingest.py --records 100000`. The corpus is the demo's synthetic one
(JSON lines plus a CSV), generated into a temporary folder first and not timed. Each
ingest runs in its own process so that its peak memory (max RSS) is its own.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from thbwatch.demo.corpus import write_corpus


def measure_ingest(corpus: Path, db: Path) -> dict[str, Any]:
    """Ingest the corpus files into a new SQLite store; wall time and the child's max RSS."""
    command = [
        sys.executable, "-m", "thbwatch", "--db", f"sqlite:///{db}",
        "ingest", str(corpus / "classifieds.jsonl"), str(corpus / "jobs.csv"), "--json",
    ]  # fmt: skip
    output, errors = db.with_suffix(".out"), db.with_suffix(".err")
    started = time.perf_counter()
    with output.open("wb") as stdout, errors.open("wb") as stderr:
        process = subprocess.Popen(command, stdout=stdout, stderr=stderr)
        # wait4 gives this child's own resource usage: its peak RSS, not ours.
        _, status, usage = os.wait4(process.pid, 0)
    seconds = time.perf_counter() - started
    process.returncode = os.waitstatus_to_exitcode(status)
    if process.returncode != 0:
        raise RuntimeError(f"ingest failed ({process.returncode}): {errors.read_text()[-500:]}")
    reports = json.loads(output.read_text())
    rows = sum(report["rows_read"] for report in reports)
    return {
        "rows": rows,
        "added": sum(report["added"] for report in reports),
        "seconds": seconds,
        "peak_memory_mb": usage.ru_maxrss / 1024,  # Linux reports kilobytes
    }


def run(
    records: int, seed: int = 7, workdir: Path | None = None, log=print
) -> list[dict[str, Any]]:
    results = []
    with tempfile.TemporaryDirectory(dir=workdir) as temp:
        for size in sorted({max(records // 10, 1000), records}):
            corpus = Path(temp) / f"corpus-{size}"
            log(f"generating {size:,} demo records ...")
            write_corpus(corpus, records=size, seed=seed)
            input_mb = (
                sum(f.stat().st_size for f in corpus.glob("*") if f.name != "truth.jsonl") / 1e6
            )
            log(f"ingesting {size:,} records ({input_mb:,.0f} MB) into SQLite ...")
            result = measure_ingest(corpus, Path(temp) / f"store-{size}.db")
            results.append(
                {
                    "records": result["rows"],
                    "added": result["added"],
                    "input_mb": round(input_mb, 1),
                    "seconds": round(result["seconds"], 2),
                    "records_per_second": round(result["rows"] / result["seconds"]),
                    "peak_memory_mb": round(result["peak_memory_mb"], 1),
                }
            )
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    print(
        json.dumps(
            run(arguments.records, arguments.seed, log=lambda m: print(m, file=sys.stderr)),
            indent=2,
        )
    )
