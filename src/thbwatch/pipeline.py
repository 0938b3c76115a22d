"""`thbwatch analyze`: run the pure stages over the store in batches, incrementally.

Each stage remembers the last record it has seen (store.analysis_mark), so a new run
only reads records ingested since; `full=True` forgets and recomputes everything.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from thbwatch.extract.mentions import extract_record
from thbwatch.store import Store
from thbwatch.store.database import EXTRACT

BATCH_SIZE = 1000

# Called after each batch with the records it handled and the records still to do.
Progress = Callable[[int, int], None]


@dataclass(slots=True)
class AnalysisReport:
    records: int = 0
    mentions: dict[str, int] = field(default_factory=dict)


def analyze(
    store: Store, full: bool = False, progress: Progress | None = None, batch_size: int = BATCH_SIZE
) -> AnalysisReport:
    if full:
        store.forget_extraction()
    report = AnalysisReport()
    mark = store.analysis_mark(EXTRACT)
    remaining = store.count_records_after(mark)
    while batch := store.record_texts(after_id=mark, limit=batch_size):
        results = [extract_record(record) for record in batch]
        mark = batch[-1].id
        store.save_extraction(results, last_record_id=mark)
        report.records += len(batch)
        for result in results:
            for mention in result.mentions:
                report.mentions[mention.type] = report.mentions.get(mention.type, 0) + 1
        remaining -= len(batch)
        if progress:
            progress(len(batch), remaining)
    return report
