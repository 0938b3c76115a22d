"""Whole-run benchmark: from the demo corpus's files to scored networks, as a user runs it;
seconds, peak memory, and the clusters against the corpus's planted advertisers.

Run with `thbwatch bench --only run --records N [--sizes 10000,100000]` or directly:
`python bench/bench_run.py --sizes 10000,100000,300000,1000000`.
Per size, on a new SQLite store: `thbwatch ingest classifieds.jsonl --kind sex_ad`, then
`thbwatch run jobs.csv --kind job_ad` (ingest the job ads, then analyse every record:
extraction, indicators, scores, corpus indicators, links, clusters and their scores).
Both commands are timed together, each in its own process; the peak memory is that of the
largest process (worker processes included). The corpus is generated once (not timed)
and cached under /tmp/thbwatch-bench/; the evaluation runs afterwards, not timed.
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

CACHE = Path(os.environ.get("THBWATCH_BENCH_CACHE", "/tmp/thbwatch-bench"))
EVALUATE = """
import json, sys
from pathlib import Path
from thbwatch.demo.evaluate import evaluate_clusters
from thbwatch.store import Store
q = evaluate_clusters(Store.open(sys.argv[1]), Path(sys.argv[2]))
pairs = lambda p: [p.precision, p.recall, p.f1, p.adjusted_rand]
print(json.dumps({"all": pairs(q.all_records), "without_spam": pairs(q.without_spam)}))
"""


def corpus_of(records: int, seed: int, log: Any = print) -> Path:
    """The cached demo corpus of this size and seed, written first if missing."""
    corpus = CACHE / f"run-corpus-{records}-{seed}"
    ready = corpus / ".ready"
    if not ready.exists():
        log(f"generating {records:,} demo records in {corpus} (once; not timed) ...")
        write_corpus(corpus, records=records, seed=seed)
        ready.touch()
    return corpus


def _timed(*args: str) -> tuple[float, float, float]:
    """Run `thbwatch ARGS` in a child; its wall seconds, the CPU seconds of it and its
    processes, and its peak memory (MB), that of the largest of its processes (wait4
    reports the sum of the CPU times and the maximum of the memory over the waited-for
    descendants). The machine's speed varies from hour to hour: the CPU seconds of a part
    whose code did not change tell how fast it ran."""
    started = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, "-m", "thbwatch", *args],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
    )
    errors = process.stderr.read()
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"thbwatch {' '.join(args)} failed: {errors.decode()[-800:]}")
    cpu = usage.ru_utime + usage.ru_stime
    return time.perf_counter() - started, cpu, usage.ru_maxrss / 1024  # Linux: kilobytes


def measure(records: int, seed: int, log: Any = print, evaluate: bool = True) -> dict[str, Any]:
    corpus = corpus_of(records, seed, log)
    with tempfile.TemporaryDirectory(prefix="thbwatch-run-") as folder:
        url = f"sqlite:///{folder}/run.db"
        log(f"ingesting and analysing {records:,} records ...")
        ingest_seconds, ingest_cpu, ingest_mb = _timed(
            "--db", url, "ingest", str(corpus / "classifieds.jsonl"), "--kind", "sex_ad"
        )
        run_seconds, run_cpu, run_mb = _timed(
            "--db", url, "run", str(corpus / "jobs.csv"), "--kind", "job_ad"
        )
        result: dict[str, Any] = {
            "records": records,
            "seconds": ingest_seconds + run_seconds,
            "cpu_seconds": round(ingest_cpu + run_cpu, 1),
            "steps": {"ingest classifieds": ingest_seconds, "run jobs + analyse all": run_seconds},
            "peak_memory_mb": max(ingest_mb, run_mb),
        }
        if evaluate:
            evaluation = subprocess.run(
                [sys.executable, "-c", EVALUATE, url, str(corpus / "truth.jsonl")],
                check=True,
                capture_output=True,
            )
            result["quality"] = json.loads(evaluation.stdout)
    result["records_per_second"] = round(records / result["seconds"])
    return result


def run(
    records: int, seed: int = 7, log: Any = print, sizes: list[int] | None = None
) -> list[dict[str, Any]]:
    return [measure(size, seed, log) for size in sizes or [records]]


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=10_000)
    parser.add_argument("--sizes", help="comma-separated sizes, e.g. 10000,100000,1000000")
    parser.add_argument("--seed", type=int, default=7)
    options = parser.parse_args()
    sizes = [int(s) for s in options.sizes.split(",")] if options.sizes else None
    print(json.dumps(run(options.records, options.seed, sizes=sizes), indent=2))
