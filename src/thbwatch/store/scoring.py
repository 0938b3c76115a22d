"""Queries of the scoring stages: analysed records with what rescoring reads, rescored
results written back, and records found by their own ids for calibration."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from sqlalchemy import select, true

from thbwatch.model import IndicatorHit, Mention, RecordScore
from thbwatch.store.database import (
    AnalysisRows,
    Store,
    derived_writes,
    driver_rows,
    replace_scores,
    stored_json,
    utcnow,
)
from thbwatch.store.schema import (
    record_scores,
    records,
    sources,
)

# Mention types the corpus indicators read (see indicators/market.py).
CORPUS_MENTIONS = ("salary", "price", "email", "url", "place")


@dataclass(frozen=True, slots=True)
class ScoredRecord:
    id: int
    kind: str
    title: str
    location: str | None
    language: str | None
    score: RecordScore | None  # None when read without scores
    mentions: list[Mention]


def reason_hits(score: RecordScore) -> list[IndicatorHit]:
    """The indicator hits a stored score's reasons list."""
    return [
        IndicatorHit(r["indicator"], r["weight"], tuple(tuple(s) for s in r["spans"]))
        for r in score.reasons
    ]


def scored_batches(
    store: Store,
    after: int = 0,
    up_to: int | None = None,
    with_scores: bool = True,
    batch_size: int = 2000,
) -> Iterator[list[ScoredRecord]]:
    """The analysed records with ids in (after, up_to] (default: all), in id order, with
    the corpus indicators' mentions and, unless `with_scores` is False (the statistics
    need none), their score and reasons."""
    scores = (record_scores.c.score, record_scores.c.reasons) if with_scores else ()
    last_id = after
    while True:
        with store.engine.connect() as connection:
            rows = connection.execute(
                select(
                    records.c.id,
                    records.c.kind,
                    records.c.title,
                    records.c.location,
                    records.c.language,
                    *scores,
                )
                .join(record_scores)
                .where(records.c.id > last_id)
                .where(true() if up_to is None else records.c.id <= up_to)
                .order_by(records.c.id)
                .limit(batch_size)
            ).all()
            if not rows:
                return
            found: dict[int, list[Mention]] = {}
            # On the driver: millions of these rows at a million records, where SQLAlchemy's
            # work per row cost more than the query. `type || ''`: start from the batch's
            # mentions; through the (type, value) index SQLite would walk every price and
            # place of the store per batch.
            types = ", ".join(f"'{kind}'" for kind in CORPUS_MENTIONS)
            mention_rows = driver_rows(
                connection,
                'SELECT m.record_id, e.type, e.value, m.raw, m."start", m."end", m.obfuscated,'
                " m.confidence, m.details FROM mentions m JOIN entities e ON e.id = m.entity_id"
                f" WHERE m.record_id BETWEEN {int(rows[0].id)} AND {int(rows[-1].id)}"
                f" AND e.type || '' IN ({types})"
                ' ORDER BY m.record_id, m."start", m."end"',
            )
            for (
                record_id,
                kind,
                value,
                raw,
                start,
                end,
                obfuscated,
                confidence,
                details,
            ) in mention_rows:
                found.setdefault(record_id, []).append(
                    Mention(
                        kind,
                        value,
                        raw,
                        start,
                        end,
                        bool(obfuscated),
                        confidence,
                        stored_json(details) or {},
                    )
                )
        yield [
            ScoredRecord(
                id=row.id,
                kind=row.kind,
                title=row.title or "",
                location=row.location,
                language=row.language,
                score=RecordScore(row.score, row.reasons) if with_scores else None,
                mentions=found.get(row.id, []),
            )
            for row in rows
        ]
        last_id = rows[-1].id


def save_rescored(store: Store, rows: AnalysisRows) -> None:
    """Replace the hits and scores of these records, in one transaction."""
    if rows.record_ids:
        with derived_writes(store.engine) as connection:
            replace_scores(connection, rows, utcnow())


def records_by_ref(store: Store, refs: list[str], source: str | None) -> dict[str, list[int]]:
    """The ids of the records with these refs (in `source` only, if given)."""
    found: dict[str, list[int]] = {}
    with store.engine.connect() as connection:
        for start in range(0, len(refs), 500):  # bounded IN lists
            query = select(records.c.ref, records.c.id).where(
                records.c.ref.in_(refs[start : start + 500])
            )
            if source is not None:
                query = query.join(sources).where(sources.c.name == source)
            for ref, record_id in connection.execute(query):
                found.setdefault(ref, []).append(record_id)
    return found


def indicators_of_records(store: Store, record_ids: list[int]) -> dict[int, set[str] | None]:
    """Each record's indicators found by the analysis (None: not analysed yet)."""
    result: dict[int, set[str] | None] = {}
    with store.engine.connect() as connection:
        for start in range(0, len(record_ids), 500):
            chunk = record_ids[start : start + 500]
            rows: Any = connection.execute(
                select(record_scores.c.record_id, record_scores.c.reasons).where(
                    record_scores.c.record_id.in_(chunk)
                )
            )
            for record_id, reasons in rows:
                result[record_id] = {reason["indicator"] for reason in reasons}
    return result
