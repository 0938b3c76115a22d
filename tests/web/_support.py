"""A small analysed demo store for the web tests: the synthetic corpus, ingested,
analysed and linked into networks by the real stages, and one user per role."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

from thbwatch.demo.corpus import write_corpus
from thbwatch.demo.run import DEMO_FILES
from thbwatch.ingest.inputs import plan_inputs
from thbwatch.ingest.run import ingest_input
from thbwatch.model import Origin, Record
from thbwatch.pipeline import analyze, link
from thbwatch.store import Store
from thbwatch.store.database import utcnow
from thbwatch.store.web import WebStore
from thbwatch.web.accounts import add_account

PASSWORD = "correct horse battery staple"
USERS = {"analyst": "ana", "supervisor": "sue", "admin": "adam"}
# Script and HTML that must stay text in the analyst's browser.
PAYLOAD_BODY = (
    "Call <b>me</b> <script>window.pwned = 1; document.title = 'PWNED'</script> "
    "<img src=x onerror=\"window.pwned = 2; document.body.innerHTML = 'PWNED'\"> "
    "on zero six one two, 34 56 78 tonight"
)


def build_demo_store(url: str, corpus: Path) -> None:
    store = Store.open(url)
    for name, kind in DEMO_FILES.items():
        [item] = plan_inputs([corpus / name])
        ingest_input(store, item, kind=kind)
    add_payload_record(store)
    analyze(store, workers=1)
    link(store)  # as `thbwatch analyze` does; nothing to do if analyze already linked
    web = WebStore(store)
    for role, name in USERS.items():
        add_account(web, name, role, PASSWORD)
    store.close()


def add_payload_record(store: Store) -> None:
    """A scraped ad whose text and raw page hold script and HTML."""
    raw = f"<html><body><p>{PAYLOAD_BODY}</p><script>window.pwned = 3</script></body></html>"
    raw_bytes = raw.encode()
    record = Record(
        source="scraped",
        ref="payload-1",
        kind="sex_ad",
        title="New <i>girl</i> in town",
        body=PAYLOAD_BODY,
        location="Lyon",
        posted_at=datetime(2026, 1, 20, 12, 0),  # in the demo corpus's months
        captured_at=utcnow(),
        url="https://ads.example/payload-1",
        language="en",
        images=[],
        raw=raw_bytes,
        raw_format="html",
        raw_sha256=hashlib.sha256(raw_bytes).hexdigest(),
        origin=Origin(path="crawl.warc.gz", sha256="0" * 64, offset=0),
    )
    source_id = store.source_id("scraped")
    run_id = store.start_run(source_id, "crawl.warc.gz", "0" * 64, "html")
    store.add_records(run_id, source_id, [record], rows_read=1, rejected=0)
    store.finish_run(run_id, "complete", {"path": "crawl.warc.gz"})


def corpus(folder: Path, records: int = 400, seed: int = 5) -> Path:
    write_corpus(folder, records=records, seed=seed)
    return folder
