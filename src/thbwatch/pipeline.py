"""`thbwatch analyze`: run the pure stages over the store in batches, incrementally.

Per batch: extraction (in worker processes for large runs), then the indicator matcher
and the record score; the results and the analysis mark are stored in one transaction.
The mark is the last record seen, so a new run only reads records ingested since;
`full=True` forgets and recomputes everything (needed after changing the packs).
"""

from __future__ import annotations

import multiprocessing
import os
from collections.abc import Callable, Iterator
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from thbwatch.extract.mentions import extract_batch
from thbwatch.indicators.derived import derived_hits
from thbwatch.indicators.matcher import Matcher
from thbwatch.indicators.packs import load_packs
from thbwatch.model import Analysed, Extracted, RecordText
from thbwatch.score import score_record
from thbwatch.store import Store
from thbwatch.store.database import EXTRACT

BATCH_SIZE = 1000
CHUNK = 100  # records a worker process extracts at a time
# Below this many records, starting worker processes costs more than it saves.
PARALLEL_FROM = 5000

# Called after each batch with the records it handled and the records still to do.
Progress = Callable[[int, int], None]


@dataclass(slots=True)
class AnalysisReport:
    records: int = 0
    mentions: dict[str, int] = field(default_factory=dict)
    indicators: dict[str, int] = field(default_factory=dict)  # records each indicator hit


def analyze(
    store: Store,
    full: bool = False,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
    workers: int | None = None,
    packs: list[Path] | None = None,
) -> AnalysisReport:
    """Analyse every record not yet seen; extraction runs in `workers` processes (by
    default one per core, once there are enough records to be worth it).

    `packs`: the user's own indicator packs, used beside the shipped ones.
    """
    matcher = Matcher(load_packs(packs))  # a broken pack stops here, before any write
    if full:
        store.forget_analysis()
    report = AnalysisReport()
    mark = store.analysis_mark(EXTRACT)
    remaining = store.count_records_after(mark)
    if workers is None:
        workers = (os.cpu_count() or 1) if remaining >= PARALLEL_FROM else 1
    with _mapper(workers) as extract_all:
        while batch := store.record_texts(after_id=mark, limit=batch_size):
            analysed = [
                _indicators_and_score(matcher, record, extracted)
                for record, extracted in zip(batch, extract_all(batch), strict=True)
            ]
            mark = batch[-1].id
            store.save_analysis(analysed, last_record_id=mark)
            report.records += len(batch)
            for item in analysed:
                for mention in item.extracted.mentions:
                    report.mentions[mention.type] = report.mentions.get(mention.type, 0) + 1
                for hit in item.hits:
                    report.indicators[hit.indicator] = report.indicators.get(hit.indicator, 0) + 1
            remaining -= len(batch)
            if progress:
                progress(len(batch), remaining)
    return report


def _indicators_and_score(matcher: Matcher, record: RecordText, extracted: Extracted) -> Analysed:
    hits = [
        *matcher.match(record.text, extracted.language, record.kind),
        *derived_hits(extracted, record.kind),
    ]
    return Analysed(extracted=extracted, hits=hits, score=score_record(hits))


@contextmanager
def _mapper(workers: int) -> Iterator[Callable[[list[RecordText]], list[Extracted]]]:
    """extract_record over a batch: in this process, or spread over worker processes.

    The stages are pure, so workers need nothing but the records. Forked workers inherit
    the gazetteer and language model the parent loaded first, instead of loading their own.
    """
    if workers <= 1:
        yield extract_batch
        return
    extract_batch([RecordText(0, "warm up: Paris 0113 496 0123", None, "Paris")])
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=workers, mp_context=context) as pool:

        def extract_in_pool(batch: list[RecordText]) -> list[Extracted]:
            chunks = [batch[start : start + CHUNK] for start in range(0, len(batch), CHUNK)]
            return [result for chunk in pool.map(extract_batch, chunks) for result in chunk]

        yield extract_in_pool
