"""Web benchmark: server time (p50, p95) of the triage page, a network page, an entity
search and a full-text search on a large analysed and linked store (target: p95 under
300 ms on SQLite).

Run with `thbwatch bench --only web --records N`, or `python bench/bench_web.py --records N`.
Building the store (demo corpus, ingest, analyse, link into networks) takes long at a
million records, so it is cached under /tmp/thbwatch-bench-web/, never in the repository;
a cached store is brought to the newest schema when opened (full-text index backfilled).
Requests go through the real app in-process (TestClient), so the time is the server's:
routing, session, role check, queries, audit write, rendering.
"""

from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from functools import partial
from pathlib import Path
from typing import Any

import phonenumbers
from fastapi.testclient import TestClient
from sqlalchemy import func, select

from thbwatch.demo.corpus import write_corpus
from thbwatch.ingest.inputs import plan_inputs
from thbwatch.ingest.run import ingest_input
from thbwatch.pipeline import analyze, link
from thbwatch.store import Store
from thbwatch.store.schema import clusters, entities, mentions, records
from thbwatch.store.web import WebStore
from thbwatch.web.accounts import add_account
from thbwatch.web.app import create_app

CACHE = Path("/tmp/thbwatch-bench-web")
DEMO_FILES = {"classifieds.jsonl": "sex_ad", "jobs.csv": "job_ad"}
USER, PASSWORD = "bench", "bench password 1234"
REQUESTS = 40
# Frequent and rare words, alone and together, in the demo corpus's languages.
WORDS = ["passport", "housing", "massage", "visa", "nuevo", "whatsapp", "discreet",
         "massage discreet", "apartment deposit", "forklift", "nacht", "caregiver"]  # fmt: skip


def build_store(records_wanted: int, seed: int, log: Any) -> str:
    """The analysed store for this size and seed, built once and kept under CACHE."""
    CACHE.mkdir(parents=True, exist_ok=True)
    db = CACHE / f"store-{records_wanted}-{seed}.db"
    done = db.with_suffix(".done")
    url = f"sqlite:///{db}"
    if done.exists():
        return url
    for stale in CACHE.glob(f"store-{records_wanted}-{seed}.db*"):
        stale.unlink()
    corpus = CACHE / f"corpus-{records_wanted}-{seed}"
    log(f"generating {records_wanted:,} demo records ...")
    write_corpus(corpus, records=records_wanted, seed=seed)
    store = Store.open(url)
    started = time.perf_counter()
    for name, kind in DEMO_FILES.items():
        [item] = plan_inputs([corpus / name])
        ingest_input(store, item, kind=kind)
    log(f"ingested in {time.perf_counter() - started:,.0f} s; analysing ...")
    started = time.perf_counter()
    analyze(store)
    log(f"analysed in {time.perf_counter() - started:,.0f} s; linking ...")
    started = time.perf_counter()
    link(store)  # as `thbwatch analyze` does; nothing to do if analyze already linked
    log(f"linked in {time.perf_counter() - started:,.0f} s")
    add_account(WebStore(store), USER, "analyst", PASSWORD)
    store.close()
    for path in corpus.iterdir():
        path.unlink()
    corpus.rmdir()
    done.touch()
    return url


def _timings(client: TestClient, paths: list[str]) -> dict[str, float]:
    times = []
    for path in paths:
        started = time.perf_counter()
        response = client.get(path)
        times.append((time.perf_counter() - started) * 1000)
        if response.status_code != 200:
            raise RuntimeError(f"GET {path}: {response.status_code} {response.text[:200]}")
    times.sort()
    return {
        "requests": len(times),
        "p50_ms": statistics.median(times),
        "p95_ms": times[min(len(times) - 1, round(0.95 * (len(times) - 1)))],
    }


def _national(e164: str) -> str:
    """A stored number as a person would type it at home: "06 12 34 56 78"."""
    number = phonenumbers.parse(e164)
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)


def run(records_wanted: int, seed: int = 7, log: Any = print) -> dict[str, Any]:
    url = build_store(records_wanted, seed, log)
    app = create_app(url, secret_key="bench")
    web: WebStore = app.state.web
    rng = random.Random(seed)
    with web.engine.connect() as connection:
        total = connection.scalar(select(func.count()).select_from(records))
        cluster_ids = list(connection.scalars(select(clusters.c.id)))
        largest = list(
            connection.scalars(select(clusters.c.id).order_by(clusters.c.size.desc()).limit(10))
        )
        phones = list(
            connection.scalars(
                select(entities.c.value)
                .where(entities.c.type == "phone", entities.c.id.in_(select(mentions.c.entity_id)))
                .limit(2000)
            )
        )
    client = TestClient(app)
    page = client.get("/login").text
    token = page.split('name="csrf_token" value="')[1].split('"')[0]
    client.post("/login", data={"name": USER, "password": PASSWORD, "csrf_token": token})
    filters = ["", "?kind=sex_ad", "?kind=job_ad", "?min_score=0.5", "?status=new", "?page=2"]
    plans = {
        "triage page": [f"/triage{rng.choice(filters)}" for _ in range(REQUESTS)],
        "network page (any)": [f"/clusters/{rng.choice(cluster_ids)}" for _ in range(REQUESTS)],
        "network page (10 largest)": [f"/clusters/{rng.choice(largest)}" for _ in range(REQUESTS)],
        "entity search (phone, national format)": [
            f"/search?q={_national(rng.choice(phones))}" for _ in range(REQUESTS)
        ],
        "full-text search (ranked, first page)": [
            f"/search?q={words}&mode=text" for words in rng.choices(WORDS, k=REQUESTS)
        ],
    }
    log(f"timing {sum(len(p) for p in plans.values())} requests on {total:,} records ...")
    pages = {name: _timings(client, paths) for name, paths in plans.items()}
    return {"records": total, "clusters": len(cluster_ids), "store": "SQLite", "pages": pages}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    progress = partial(print, file=sys.stderr)  # stdout is the JSON alone
    print(json.dumps(run(arguments.records, arguments.seed, log=progress), indent=2))


if __name__ == "__main__":
    main()
