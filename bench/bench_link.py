"""Linking benchmark: link and cluster N analysed demo records; seconds per step, peak
memory, and the clusters against the corpus's planted advertisers.

Run with `thbwatch bench --only link --records N` or directly:
`python bench/bench_link.py --records 100000 [--sizes 100000,300000,1000000]`.
Each size needs a store with the demo corpus ingested and analysed. That preparation is
slow and not timed: it is cached as /tmp/thbwatch-bench/link-N.db (with its corpus
beside it) and reused. Each linking run (`link --full`: every record sketched, linked and
clustered, everything written) goes in its own process, so its peak memory is its own;
the evaluation against the corpus's truth runs afterwards in another.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

from thbwatch.demo.corpus import write_corpus

CACHE = Path(os.environ.get("THBWATCH_BENCH_CACHE", "/tmp/thbwatch-bench"))
DEMO_FILES = {"classifieds.jsonl": "sex_ad", "jobs.csv": "job_ad"}

# The child: link from scratch and print the report as JSON.
CHILD = """
import json, sys, time
from thbwatch.pipeline import link
from thbwatch.store import Store
store = Store.open(sys.argv[1])
started = time.perf_counter()
report = link(store, full=True)
print(json.dumps({"seconds": time.perf_counter() - started, "steps": report.seconds,
                  "links": report.links, "clusters": report.clusters, "hubs": len(report.hubs)}))
"""

# Then, in a process of its own (its memory is not the linker's): the clusters against
# the corpus's truth.
EVALUATE = """
import json, sys
from pathlib import Path
from thbwatch.demo.evaluate import evaluate_clusters
from thbwatch.store import Store
q = evaluate_clusters(Store.open(sys.argv[1]), Path(sys.argv[2]))
pairs = lambda p: [p.precision, p.recall, p.f1, p.adjusted_rand]
print(json.dumps({
    "all": pairs(q.all_records),
    "without_spam": pairs(q.without_spam),
    "network_pair_recall": q.network_pair_recall,
    "pr_auc": {r.positive: [r.pr_auc, r.base_rate] for r in q.rankings},
    "cluster_pr_auc": {r.positive: [r.pr_auc, r.base_rate] for r in q.cluster_rankings},
}))
"""


def prepared_store(records: int, seed: int, log=print) -> tuple[Path, Path]:
    """The cached store of `records` analysed demo records, made first if missing."""
    db = CACHE / f"link-{records}.db"
    corpus = CACHE / f"corpus-{records}"
    ready = CACHE / f"link-{records}.ready"
    if ready.exists():
        return db, corpus
    CACHE.mkdir(parents=True, exist_ok=True)
    log(f"preparing {records:,} demo records in {db} (once; not timed) ...")
    write_corpus(corpus, records=records, seed=seed)
    url = f"sqlite:///{db}"
    for name, kind in DEMO_FILES.items():
        _thbwatch("--db", url, "ingest", str(corpus / name), "--kind", kind, "--json")
    _thbwatch("--db", url, "analyze", "--json")
    ready.touch()
    return db, corpus


def _thbwatch(*args: str) -> None:
    subprocess.run([sys.executable, "-m", "thbwatch", *args], check=True, capture_output=True)


def measure(db: Path) -> dict[str, Any]:
    command = [sys.executable, "-c", CHILD, f"sqlite:///{db}"]
    started = time.perf_counter()
    process = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    out = process.stdout.read()
    errors = process.stderr.read()
    # wait4 gives this child's own resource usage: its peak RSS, not ours.
    _, status, usage = os.wait4(process.pid, 0)
    if os.waitstatus_to_exitcode(status) != 0:
        raise RuntimeError(f"linking failed: {errors.decode()[-800:]}")
    result = json.loads(out)
    result["wall_seconds"] = time.perf_counter() - started
    result["peak_memory_mb"] = usage.ru_maxrss / 1024  # Linux reports kilobytes
    return result


def run(
    records: int, seed: int = 7, log=print, sizes: list[int] | None = None, evaluate: bool = True
) -> list[dict[str, Any]]:
    results = []
    for size in sizes or [records]:
        db, corpus = prepared_store(size, seed, log)
        log(f"linking and clustering {size:,} records ...")
        result = measure(db)
        if evaluate:
            evaluation = subprocess.run(
                [sys.executable, "-c", EVALUATE, f"sqlite:///{db}", str(corpus / "truth.jsonl")],
                check=True,
                capture_output=True,
            )
            result["quality"] = json.loads(evaluation.stdout)
        result["records"] = size
        result["records_per_second"] = round(size / result["seconds"])
        results.append(result)
    return results


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--sizes", help="comma-separated sizes, e.g. 100000,300000,1000000")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--no-eval", action="store_true", help="skip the ground-truth evaluation")
    options = parser.parse_args()
    sizes = [int(s) for s in options.sizes.split(",")] if options.sizes else None
    found = run(options.records, options.seed, sizes=sizes, evaluate=not options.no_eval)
    print(json.dumps(found, indent=2))
