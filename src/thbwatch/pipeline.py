"""`thbwatch analyze`: run the pure stages over the store in batches, incrementally.

Per batch: extraction, the indicator matcher and the record score (the pure stages, in
worker processes for large runs, one batch ahead of this process; each worker reads its
records and returns the rows to write); the results and the analysis mark are stored in
one transaction. This process only writes: at a million records it is the one that waits.
The mark is the last record seen, so a new run only reads records ingested since;
`full=True` forgets and recomputes everything (needed after changing the packs).

Then a second pass compares every analysed record with the corpus (pay far above, prices
far below the market; free-mail contact: indicators/market.py) and rescores it with the
run's weights (the packs' defaults, or a calibrated weights file), writing only the
records whose hits or score changed. So every score in the store adds up the same weights.
The corpus facts of the records analysed in this run come with their analysis and are
kept until the corpus is known (a few hundred bytes a record, only of those that state pay,
a price or an address); only older records are read again.
"""

from __future__ import annotations

import gc
import multiprocessing
import os
import time
from array import array
from bisect import bisect_right
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ProcessPoolExecutor, ThreadPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field
from functools import partial
from operator import itemgetter
from pathlib import Path
from typing import Any

import numpy as np

from thbwatch.extract.mentions import extract_batch
from thbwatch.indicators.derived import default_weights, derived_hits
from thbwatch.indicators.market import (
    CORPUS_DERIVED,
    CorpusStats,
    CorpusStatsBuilder,
    RecordFacts,
    corpus_hits,
    posted_in,
    record_facts,
)
from thbwatch.indicators.matcher import Matcher
from thbwatch.indicators.packs import Pack, load_packs
from thbwatch.link.config import LinkConfig
from thbwatch.link.describe import describe
from thbwatch.link.evidence import Evidence, LinkArrays, contact_evidence, evidence_links
from thbwatch.link.graph import Grouping, group_records
from thbwatch.link.ids import stable_ids
from thbwatch.link.images import image_key, phash_links, phash_value
from thbwatch.link.score import score_cluster
from thbwatch.link.template import SAMPLE as TEMPLATE_SAMPLE
from thbwatch.link.template import slot_names, template_of
from thbwatch.link.text import masked_tokens, sketch_texts, text_links
from thbwatch.model import (
    LINK_KINDS,
    Analysed,
    Cluster,
    IndicatorHit,
    RecordScore,
    RecordText,
)
from thbwatch.score import Weights, read_weights, score_record
from thbwatch.store import Store, networks
from thbwatch.store.database import EXTRACT, AnalysisRows
from thbwatch.store.scoring import ScoredRecord, reason_hits, save_rescored, scored_batches

BATCH_SIZE = 2000  # records per transaction: fewer commits, each a WAL append
CHUNK = 100  # records a worker process extracts at a time
# Below this many records in the store, starting worker processes costs more than it saves.
PARALLEL_FROM = 5000
# From this many new records (and at least half the store), some indexes of the results are
# built after the analysis instead of kept up to date (Store.drop_bulk_indexes).
BULK_FROM = 50_000

# Called after each batch with the records it handled and the records still to do.
Progress = Callable[[int, int], None]


@dataclass(slots=True)
class AnalysisReport:
    records: int = 0
    mentions: dict[str, int] = field(default_factory=dict)
    indicators: dict[str, int] = field(default_factory=dict)  # records each indicator hit
    rescored: int = 0  # records whose hits or score the corpus pass changed


def analyze(
    store: Store,
    full: bool = False,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
    workers: int | None = None,
    packs: list[Path] | None = None,
    weights: Path | None = None,
    corpus_progress: Progress | None = None,
) -> AnalysisReport:
    """Analyse every record not yet seen; extraction runs in `workers` processes (by
    default one per core, once there are enough records to be worth it).

    `packs`: the user's own indicator packs, used beside the shipped ones.
    `weights`: a weights file from `thbwatch calibrate` (default: the packs' weights).
    `corpus_progress`: told of the second pass, which reads every analysed record twice.
    """
    loaded = load_packs(packs)  # a broken pack or weights file stops here, before any write
    scoring = run_weights(loaded, weights)
    matcher = Matcher(loaded)
    if full:
        store.forget_analysis()
    report = AnalysisReport()
    mark = store.analysis_mark(EXTRACT)
    first_new = mark
    newest = store.newest_record_id()  # records ingested meanwhile wait for the next run
    remaining = store.count_records_after(mark, up_to=newest)
    if workers is None:  # the corpus pass reads every record, new or not
        workers = (os.cpu_count() or 1) if store.count_records() >= PARALLEL_FROM else 1
    global _STAGES
    _STAGES = _Stages(matcher, scoring, store, os.getpid())  # workers inherit it on fork
    if workers > 1:  # load the gazetteer and language model once, before the fork
        _analyse_chunk([RecordText(0, "warm up: Paris 0113 496 0123", None, "Paris")])
    analysed = _Analysed()  # the records analysed now; the store has the others' values
    # Most of the store new: building some indexes once beats keeping them up to date.
    many = remaining >= BULK_FROM and 2 * remaining >= store.count_records()
    with fewer_collections(), _pool(workers) as pool:
        if many:
            store.drop_bulk_indexes()
        _analyse_new(store, pool, mark, newest, batch_size, analysed, report, remaining, progress)
        # The indexes are built while the corpus pass computes, before it writes.
        with _meanwhile(store.build_bulk_indexes if many else None) as index_built:
            _compare_with_corpus(
                pool, store, first_new, analysed, report, corpus_progress, index_built
            )
    return report


@contextmanager
def _meanwhile(work: Callable[[], None] | None) -> Iterator[Callable[[], Any]]:
    """`work` in a thread while the block runs; the block gets a function that waits for
    it (and raises what it raised). Both database drivers let other threads run while a
    statement executes, so building an index takes no time from this one."""
    if work is None:
        yield lambda: None
        return
    with ThreadPoolExecutor(max_workers=1) as thread:
        done = thread.submit(work)
        try:
            yield done.result
        finally:
            done.result()


@dataclass(slots=True)
class _Analysed:
    """What the first pass keeps of the records it analyses, for the corpus pass: their
    corpus values, the facts of those the corpus rules may flag (in id order), and their
    ids (ascending: a count over a range of ids in the table walks the records' wide
    rows, 0.6 s warm and 3.9 s cold for the corpus pass at a million records)."""

    corpus: CorpusStatsBuilder = field(default_factory=CorpusStatsBuilder)
    facts: list[RecordFacts] = field(default_factory=list)
    ids: array[int] = field(default_factory=lambda: array("q"))

    def add(self, record_ids: list[int], chunks: list[Chunk]) -> None:
        self.ids.extend(record_ids)
        for _, values, facts in chunks:
            self.corpus.merge(values)
            self.facts.extend(facts)

    def count_between(self, after: int, up_to: int) -> int:
        """How many of the records have an id in (after, up_to]."""
        return bisect_right(self.ids, up_to) - bisect_right(self.ids, after)


def _analyse_new(
    store: Store,
    pool: Any,
    mark: int,
    newest: int,
    batch_size: int,
    analysed: _Analysed,
    report: AnalysisReport,
    remaining: int,
    progress: Progress | None,
) -> None:
    """The first pass: the records with ids in (mark, newest], analysed in the workers
    one batch ahead of this process, which stores each batch with the mark in one
    transaction.

    Batches are ranges of `batch_size` record ids, and each worker reads the records of
    its range: this process only writes. (Reading the ids first walked every row of the
    table: 5 ms a batch, seconds at a million records. A range holds fewer records where
    ids were skipped, as PostgreSQL's sequence does on a conflict.)"""
    pending: tuple[int, int, list[Future]] | None = None
    while True:  # the workers analyse one batch while this process stores the last
        up_to = min(mark + batch_size, newest)
        futures = [
            pool.submit(_analyse_range, start, min(start + CHUNK, up_to))
            for start in range(mark, up_to, CHUNK)
        ]
        if pending:
            done_after, done_up_to, finished = pending
            results = [future.result() for future in finished]
            rows = AnalysisRows.join([rows for rows, _, _ in results])
            store.save_analysis_rows(rows, last_record_id=done_up_to, after=done_after)
            analysed.add(rows.record_ids, results)
            _count(report, rows)
            remaining -= len(rows.record_ids)
            if progress:
                progress(len(rows.record_ids), remaining)
        if up_to <= mark:
            return
        pending, mark = (mark, up_to, futures), up_to


def run_weights(packs: list[Pack], path: Path | None) -> Weights:
    """Every indicator's weight for this run: the packs' and the derived indicators'
    defaults, overridden by the weights file's where it gives one."""
    defaults = default_weights(packs)
    if path is None:
        return Weights(defaults)
    given = read_weights(path, known=set(defaults))
    return Weights({**defaults, **given.by_indicator}, given.bias, given.provenance)


@dataclass(frozen=True, slots=True)
class _Stages:
    """What analysing a record needs beside the record: the compiled packs and weights;
    and, for the corpus pass, the store its workers read (see `_store_here`)."""

    matcher: Matcher
    weights: Weights
    store: Store
    parent: int  # the process id of analyze(); workers are other processes


_STAGES: _Stages | None = None
_FORKED_ENGINE_RESET = False


Chunk = tuple[AnalysisRows, CorpusStatsBuilder, list[RecordFacts]]


def _analyse_range(after: int, up_to: int) -> Chunk:
    """The records with ids in (after, up_to], read and analysed. In a worker."""
    return _analyse_chunk(_store_here().record_texts(after, CHUNK, up_to))


def _analyse_chunk(records: list[RecordText]) -> Chunk:
    """The pure stages over a few records: extraction, indicators, score; as the rows the
    store writes, with the records' values for the corpus statistics and the facts of
    those the corpus rules may flag. In a worker."""
    assert _STAGES is not None, "analyze() sets the stages before any chunk runs"
    matcher, weights = _STAGES.matcher, _STAGES.weights
    analysed = []
    corpus = CorpusStatsBuilder()
    comparable = []
    for record, extracted in zip(records, extract_batch(records), strict=True):
        place = posted_in(record.location, extracted.language, extracted.mentions)
        facts = record_facts(record.id, record.kind, record.title, place, extracted.mentions)
        corpus.add(facts)
        if facts.comparable():
            comparable.append(facts)
        hits = weights.reweigh(
            [
                *matcher.match(record.text, extracted.language, record.kind),
                *derived_hits(extracted, record.kind),
            ]
        )
        score = score_record(hits, weights.bias)
        analysed.append(Analysed(extracted=extracted, hits=hits, score=score))
    return AnalysisRows.of(analysed), corpus, comparable


def _count(report: AnalysisReport, rows: AnalysisRows) -> None:
    report.records += len(rows.record_ids)
    # Counted in C: a loop over the rows cost the writing process 2 s at a million records.
    for kind, n in Counter(map(itemgetter(1), rows.mentions)).items():
        report.mentions[kind] = report.mentions.get(kind, 0) + n
    for indicator, n in Counter(map(itemgetter(1), rows.hits)).items():
        report.indicators[indicator] = report.indicators.get(indicator, 0) + n


class _InProcess:
    """A pool's submit(), run here and now: one worker needs no other process."""

    def submit(self, function: Callable[..., Any], *args: Any) -> Future:
        future: Future = Future()
        future.set_result(function(*args))
        return future


@contextmanager
def fewer_collections() -> Iterator[None]:
    """Python's cyclic garbage collector far less often meanwhile, and never over what is
    loaded already (gazetteer, models, compiled packs: frozen, and shared with forked
    workers). Extraction fills large caches (words, numbers, places) that every collection
    walked again: 12% of the stage on dense ads, 30% on real ones (bench/bench_extract.py).
    The stages make few reference cycles, so memory stays flat."""
    thresholds = gc.get_threshold()
    gc.freeze()
    gc.set_threshold(50_000, 50, 1000)
    try:
        yield
    finally:
        gc.set_threshold(*thresholds)
        gc.unfreeze()


@contextmanager
def _pool(workers: int) -> Iterator[Any]:
    """Worker processes, forked so that they inherit what this process loaded (gazetteer,
    models, compiled packs) instead of loading or receiving their own."""
    if workers <= 1:
        yield _InProcess()
        return
    with ProcessPoolExecutor(
        max_workers=workers, mp_context=multiprocessing.get_context("fork")
    ) as pool:
        yield pool


CORPUS_INDICATORS = frozenset(derived.indicator.id for derived in CORPUS_DERIVED)


def _facts(record: ScoredRecord) -> RecordFacts:
    place = posted_in(record.location, record.language, record.mentions)
    return record_facts(record.id, record.kind, record.title, place, record.mentions)


def _compare_with_corpus(
    pool: Any,
    store: Store,
    first_new: int,
    analysed: _Analysed,
    report: AnalysisReport,
    progress: Progress | None,
    before_writing: Callable[[], Any],
) -> None:
    """The second pass: corpus statistics over all analysed records, then each record's
    corpus indicators and score anew; only what changed is written (once
    `before_writing` has returned).

    `analysed` holds what the first pass kept of the records it analysed (ids above
    `first_new`); the records analysed before are read here, in the workers, each on a
    range of record ids. The new records' indicators are found here from their facts,
    and only the records flagged are read and rescored, in the workers; this process
    merges the statistics and writes."""
    newest = store.newest_record_id()
    corpus = analysed.corpus
    old = _id_ranges(0, first_new, CORPUS_CHUNK)
    remaining = 2 * store.count_records() - store.count_records_after(first_new)
    for future in [pool.submit(_corpus_values, first, last) for first, last in old]:
        part, seen = future.result()
        corpus.merge(part)
        remaining -= seen
        if progress:
            progress(seen, remaining)
    stats = corpus.build()
    futures = [pool.submit(_corpus_rescore, stats, first, last) for first, last in old]
    futures += [
        pool.submit(_rescore_flagged, flagged, seen)
        for flagged, seen in _flagged_ranges(stats, analysed, first_new, newest)
    ]
    before_writing()
    for future in futures:
        changed, found, seen = future.result()
        save_rescored(store, changed)
        report.rescored += len(changed.record_ids)
        for indicator, n in found.items():
            report.indicators[indicator] = report.indicators.get(indicator, 0) + n
        remaining -= seen
        if progress:
            progress(seen, remaining)


CORPUS_CHUNK = 20_000  # record ids a worker reads at a time in the corpus pass


def _id_ranges(after: int, up_to: int, size: int) -> list[tuple[int, int]]:
    """(after, up_to] cut into ranges of `size` record ids."""
    return [(start, min(start + size, up_to)) for start in range(after, up_to, size)]


def _store_here() -> Store:
    """The store, usable in this process: a forked worker must not use the connections it
    inherited from analyze(), so its engine starts a pool of its own (SQLAlchemy's advice
    for forks: dispose without closing what the parent holds)."""
    global _FORKED_ENGINE_RESET
    assert _STAGES is not None, "analyze() sets the stages before the corpus pass"
    if os.getpid() != _STAGES.parent and not _FORKED_ENGINE_RESET:
        _STAGES.store.engine.dispose(close=False)
        _FORKED_ENGINE_RESET = True
    return _STAGES.store


def _corpus_values(after: int, up_to: int) -> tuple[CorpusStatsBuilder, int]:
    """The corpus values of the analysed records in (after, up_to]. In a worker."""
    builder = CorpusStatsBuilder()
    seen = 0
    for batch in scored_batches(_store_here(), after, up_to, with_scores=False):
        for record in batch:
            builder.add(_facts(record))
        seen += len(batch)
    return builder, seen


def _corpus_rescore(
    stats: CorpusStats, after: int, up_to: int
) -> tuple[AnalysisRows, Counter[str], int]:
    """The records analysed before this run with ids in (after, up_to] whose hits or score
    the corpus changes, with them; how many records were read. In a worker."""
    assert _STAGES is not None, "analyze() sets the stages before the corpus pass"
    weights = _STAGES.weights
    changed = []
    seen = 0
    for batch in scored_batches(_store_here(), after, up_to, with_scores=True):
        seen += len(batch)
        for record in batch:
            if record.score is None:
                continue
            hits, score = _rescore(record.score, corpus_hits(_facts(record), stats), weights)
            if score != record.score:
                changed.append((record.id, hits, score))
    return AnalysisRows.scores_of(changed), Counter(), seen


def _flagged_ranges(
    stats: CorpusStats, analysed: _Analysed, after: int, up_to: int
) -> Iterator[tuple[dict[int, list[IndicatorHit]], int]]:
    """The corpus indicators of the new records in (after, up_to], a range of record ids at
    a time: those flagged, and how many records the range holds."""
    facts = analysed.facts
    index = 0
    for first, last in _id_ranges(after, up_to, CORPUS_CHUNK):
        flagged = {}
        while index < len(facts) and facts[index].record_id <= last:
            hits = corpus_hits(facts[index], stats)
            if hits:
                flagged[facts[index].record_id] = hits
            index += 1
        yield flagged, analysed.count_between(first, last)


def _rescore_flagged(
    flagged: dict[int, list[IndicatorHit]], seen: int
) -> tuple[AnalysisRows, Counter[str], int]:
    """New records with the corpus indicators found in them: those whose score changes,
    rescored; the indicators found; `seen` passed on for the progress. In a worker.

    They were scored in this run, with its weights and without corpus indicators, so
    only the flagged ones can change."""
    assert _STAGES is not None, "analyze() sets the stages before the corpus pass"
    weights = _STAGES.weights
    scores = _store_here().scores_of_records(list(flagged))
    changed = []
    for record_id, extra in flagged.items():
        hits, score = _rescore(scores[record_id], extra, weights)
        if score != scores[record_id]:
            changed.append((record_id, hits, score))
    found = Counter(hit.indicator for hits in flagged.values() for hit in hits)
    return AnalysisRows.scores_of(changed), found, seen


def _rescore(
    stored: RecordScore, corpus: list[IndicatorHit], weights: Weights
) -> tuple[list[IndicatorHit], RecordScore]:
    """A record's hits and score with these corpus indicators in place of its old ones."""
    hits = [hit for hit in reason_hits(stored) if hit.indicator not in CORPUS_INDICATORS]
    hits = weights.reweigh([*hits, *corpus])
    return hits, score_record(hits, weights.bias)


# --- Networks: link records and cluster them (link/, store/networks.py) ---

SKETCH_BATCH = 5000
SKETCH_PARALLEL_FROM = 20_000
# From this many new records to link (and at least half of all), members' facts are read
# ahead (store/networks.FactsReadAhead).
READ_AHEAD_FROM = 50_000
TEMPLATE_TOP = 1000  # clusters (highest scores first) whose template is aligned each run


@dataclass(slots=True)
class LinkReport:
    records: int = 0  # records sketched and linked for the first time
    links: dict[str, int] = field(default_factory=dict)
    clusters: int = 0
    changed: int = 0  # clusters new or changed in this run
    removed: int = 0  # clusters merged into others
    hubs: list[Any] = field(default_factory=list)  # link.evidence.Hub
    seconds: dict[str, float] = field(default_factory=dict)


@contextmanager
def collector_paused() -> Iterator[None]:
    """Python's cyclic garbage collector off meanwhile: linking makes millions of objects
    and no cycles worth collecting, yet each full pass of the collector walked them all
    (12% of the time at 100,000 records; reading member facts took twice as long at
    300,000). Analysis, long and in workers, keeps it on but rarely (`fewer_collections`)."""
    enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if enabled:
            gc.enable()


@collector_paused()
def link(
    store: Store,
    config: LinkConfig | None = None,
    full: bool = False,
    progress: Progress | None = None,
    workers: int | None = None,
    image_root: Path | None = None,
) -> LinkReport:
    """Link every analysed record and (re)cluster: only new records are sketched; links
    and components are recomputed from the stored sketches and mentions (arrays, cheap);
    only clusters whose members changed are described, scored and written again, and
    cluster ids stay stable (link/ids.py). `full` forgets everything and starts over."""
    config = config or LinkConfig()
    report = LinkReport()
    clock = _Clock(report.seconds)
    if full:
        networks.forget_networks(store)
    up_to = store.analysis_mark(EXTRACT)
    mark = networks.link_mark(store)
    if up_to <= mark:
        store.index_new_text()  # see _link_and_cluster
        return report
    report.records = _sketch_new(store, mark, up_to, config, progress, workers, image_root)
    clock("sketch")
    total = store.count_records() - store.count_records_after(up_to)
    # Most records new: nearly every record will be described, its facts read meanwhile.
    many = report.records >= READ_AHEAD_FROM and 2 * report.records >= total
    ahead = networks.FactsReadAhead(store, up_to) if many else None
    try:
        _link_and_cluster(store, config, report, clock, up_to, total, ahead)
    finally:
        if ahead is not None:
            ahead.close()
    return report


def _link_and_cluster(
    store: Store,
    config: LinkConfig,
    report: LinkReport,
    clock: _Clock,
    up_to: int,
    total: int,
    ahead: networks.FactsReadAhead | None,
) -> None:
    """Links from the stored sketches and mentions, clusters, their descriptions and
    scores, saved with the mark (see `link`); `total`: the records up to `up_to`."""
    contacts = contact_evidence(*networks.contact_mentions(store, up_to))
    sketch_ids, signatures, keys = networks.load_sketches(store, config.minhash_permutations)
    image_keys = [(record, key) for record, key in keys if not key.startswith("masked:")]
    masked = [(record, *key.split(":", 2)[1:]) for record, key in keys if key.startswith("masked:")]
    contacts += Evidence.from_pairs(masked)  # (record, kind, token): EMSCAD's masked contacts
    clock("read")
    contact_links, hubs = evidence_links(contacts, total, config)
    images = Evidence.from_pairs((record, "image", key) for record, key in image_keys)
    image_links, image_hubs = evidence_links(images, total, config, contacts)
    hashed = [(record, phash_value(key)) for record, key in image_keys if key.startswith("phash:")]
    near_images = phash_links(
        np.asarray([r for r, _ in hashed], dtype=np.int64),
        np.asarray([h for _, h in hashed], dtype=np.uint64),
        config,
    )
    texts, text_hubs = text_links(sketch_ids, signatures, total, config, contacts)
    all_links = LinkArrays.concat([contact_links, image_links, near_images, texts])
    report.hubs = hubs + image_hubs + text_hubs
    kinds, counts = np.unique(all_links.kind, return_counts=True)
    report.links = {LINK_KINDS[k]: int(n) for k, n in zip(kinds, counts, strict=True)}
    clock("link")
    grouping = group_records(all_links, config)
    old_records, old_clusters, next_id = networks.membership(store)
    ids = stable_ids(grouping.records, grouping.groups, old_records, old_clusters, next_id)
    clock("cluster")
    members = _members_by_group(grouping)
    before = _members_by_cluster(old_records, old_clusters)
    changed = [g for g, ids_ in enumerate(members) if before.get(int(ids[g])) != ids_]
    removed = set(before) - set(ids.tolist())
    read = ahead.rows() if ahead is not None else None
    with networks.network_writes(store) as connection:
        # Describing the clusters is Python on one core, and the other is free then: a
        # thread makes the records not yet in the full-text index searchable (those of
        # `run`'s ingest, or of an ingest that was killed) and writes the links, which
        # are final. Both are mostly the database's work, done without the GIL; the
        # descriptions read on other connections, which see the last run's networks
        # until the commit. The index is written first, in its own transaction, before
        # this one writes anything (SQLite has one writer at a time).
        def index_and_save_links() -> None:
            store.index_new_text()
            networks.save_links(connection, all_links, report.hubs, config.hub_policy)

        with _meanwhile(index_and_save_links) as links_saved:
            clusters = _describe_and_score(
                store, grouping, ids, members, changed, all_links, contacts, read
            )
            clock("describe")
            links_saved()
            clock("links")  # what indexing and the links took beyond describing
        networks.save_clusters(connection, clusters, removed, up_to)
    clock("save")
    report.clusters, report.changed, report.removed = len(members), len(changed), len(removed)


class _Clock:
    """Seconds spent in each step, for the report and the benchmark."""

    def __init__(self, seconds: dict[str, float]) -> None:
        self.seconds = seconds
        self.last = time.perf_counter()

    def __call__(self, step: str) -> None:
        now = time.perf_counter()
        self.seconds[step] = round(now - self.last, 2)
        self.last = now


def _sketch_new(
    store: Store,
    mark: int,
    up_to: int,
    config: LinkConfig,
    progress: Progress | None,
    workers: int | None,
    image_root: Path | None,
) -> int:
    """MinHash signatures and evidence keys of the records not sketched yet.

    The workers sketch one batch while this process stores the one before and reads the
    next, so that neither waits for the other.
    """
    remaining = store.count_records_after(mark) - store.count_records_after(up_to)
    if workers is None:
        workers = (os.cpu_count() or 1) if remaining >= SKETCH_PARALLEL_FROM else 1
    done = 0
    sketch = partial(_sketch_records, config=config, image_root=image_root)
    pending: list[Future] = []
    step = SKETCH_BATCH // 2
    with _pool(workers) as pool:
        while True:
            batch = networks.texts_to_sketch(store, mark, up_to, SKETCH_BATCH)
            futures = [pool.submit(sketch, batch[i : i + step]) for i in range(0, len(batch), step)]
            if batch:
                mark = batch[-1][0]
            if pending:
                rows = [row for future in pending for row in future.result()]
                networks.save_sketches(store, rows)
                done += len(rows)
                remaining -= len(rows)
                if progress:
                    progress(len(rows), remaining)
            if not batch:
                return done
            pending = futures


def _sketch_records(
    rows: list[tuple[int, str | None, str, Any]], config: LinkConfig, image_root: Path | None
) -> list[tuple[int, bytes | None, str]]:
    """In a worker: the rows of `networks.texts_to_sketch` as rows to store, (record id,
    MinHash signature or None, evidence keys as JSON). Everything per record is done here,
    not in the main process, which only reads and writes (it was the bottleneck)."""
    inputs = [networks.sketch_input(title, body, images) for _, title, body, images in rows]
    has, signatures = sketch_texts([text for text, _ in inputs], config)
    blobs = iter(signatures.astype("<u4"))
    found = []
    for (record_id, *_), (text, references), keep in zip(rows, inputs, has.tolist(), strict=True):
        keys = [image_key(reference, image_root) for reference in references]
        if config.masked_tokens_as_contacts:
            keys += masked_tokens(text)
        found.append((record_id, next(blobs).tobytes() if keep else None, networks.keys_json(keys)))
    return found


def _members_by_group(grouping: Grouping) -> list[tuple[int, ...]]:
    if not len(grouping.records):
        return []
    order = np.argsort(grouping.groups, kind="stable")  # records stay ascending in a group
    counts = np.bincount(grouping.groups)
    parts = np.split(grouping.records[order], np.cumsum(counts)[:-1])
    return [tuple(part.tolist()) for part in parts]


def _members_by_cluster(records: np.ndarray, cluster_ids: np.ndarray) -> dict[int, tuple[int, ...]]:
    order = np.lexsort((records, cluster_ids))
    found: dict[int, list[int]] = {}
    for cluster_id, record_id in zip(
        cluster_ids[order].tolist(), records[order].tolist(), strict=True
    ):
        found.setdefault(cluster_id, []).append(record_id)
    return {cluster_id: tuple(members) for cluster_id, members in found.items()}


def _describe_and_score(
    store: Store,
    grouping: Grouping,
    ids: np.ndarray,
    members: list[tuple[int, ...]],
    changed: list[int],
    all_links: LinkArrays,
    contacts: Evidence,
    read: dict[int, networks.FactRow] | None,
) -> list[Cluster]:
    wanted = np.asarray(sorted(r for g in changed for r in members[g]), dtype=np.int64)
    contacts_of: dict[int, list[tuple[str, str]]] = {}
    pick = np.isin(contacts.records, wanted)
    for record_id, group in zip(
        contacts.records[pick].tolist(), contacts.groups[pick].tolist(), strict=True
    ):
        contacts_of.setdefault(record_id, []).append(
            (contacts.kinds[group], contacts.values[group])
        )
    facts = networks.member_facts(
        store, wanted.tolist(), {r: tuple(dict.fromkeys(c)) for r, c in contacts_of.items()}, read
    )
    link_kinds = _link_kinds_by_group(grouping, all_links)
    clusters = []
    for group in changed:
        member_facts = [facts[r] for r in members[group] if r in facts]
        description = describe(
            member_facts, link_kinds.get(group, Counter()), grouping.notes.get(group)
        )
        score, reasons = score_cluster(member_facts, description)
        clusters.append(Cluster(int(ids[group]), list(members[group]), score, reasons, description))
    _add_templates(store, sorted(clusters, key=lambda c: -c.score)[:TEMPLATE_TOP], facts)
    return clusters


def _link_kinds_by_group(grouping: Grouping, all_links: LinkArrays) -> dict[int, Counter[str]]:
    where = np.searchsorted(grouping.records, all_links.a)
    where = np.minimum(where, max(len(grouping.records) - 1, 0))
    inside = grouping.records[where] == all_links.a
    group_a = np.where(inside, grouping.groups[where], -1)
    where_b = np.minimum(
        np.searchsorted(grouping.records, all_links.b), max(len(grouping.records) - 1, 0)
    )
    group_b = np.where(grouping.records[where_b] == all_links.b, grouping.groups[where_b], -2)
    same = group_a == group_b
    # One number per (group, kind): a 1-d unique is many times cheaper than rows' unique.
    pairs, counts = np.unique(
        group_a[same] * len(LINK_KINDS) + all_links.kind[same], return_counts=True
    )
    found: dict[int, Counter[str]] = {}
    for pair, count in zip(pairs.tolist(), counts.tolist(), strict=True):
        group, kind = divmod(pair, len(LINK_KINDS))
        found.setdefault(group, Counter())[LINK_KINDS[kind]] = count
    return found


def _add_templates(store: Store, clusters: list[Cluster], facts: dict[int, Any]) -> None:
    """The shared template, and the names its slots carry, of the top clusters."""
    sample = {
        c.id: list(c.members[:: max(1, len(c.members) // TEMPLATE_SAMPLE)])[:TEMPLATE_SAMPLE]
        for c in clusters
    }
    texts = networks.member_texts(store, [r for ids_ in sample.values() for r in ids_])
    for cluster in clusters:
        template = template_of([texts[r] for r in sample[cluster.id] if r in texts])
        if template is None:
            continue
        places = {
            place.split(",")[0].lower()
            for r in cluster.members
            if r in facts
            for place in (*facts[r].places, facts[r].city or "")
        }
        cluster.description["template"] = template
        cluster.description["persons"]["names"] = slot_names(template, places)
