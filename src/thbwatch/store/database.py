"""Open a store (SQLite by default, PostgreSQL for teams), migrate it, read and write it."""

from __future__ import annotations

import getpass
import itertools
import json
import os
import sqlite3
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from datetime import UTC, datetime
from functools import lru_cache
from importlib.resources import files
from typing import TYPE_CHECKING, Any

import orjson
from sqlalchemy import (
    ColumnElement,
    Engine,
    LargeBinary,
    Table,
    and_,
    bindparam,
    create_engine,
    delete,
    event,
    func,
    insert,
    inspect,
    select,
    text,
    update,
)
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.engine import Connection, Dialect, make_url
from sqlalchemy.exc import ArgumentError, OperationalError

from thbwatch.errors import UserError
from thbwatch.model import Analysed, IndicatorHit, Mention, Origin, Record, RecordScore, RecordText
from thbwatch.store.schema import (
    BULK_INDEXES,
    FULL_TEXT_TABLE,
    analysis_marks,
    audit_log,
    entities,
    indicator_hits,
    ingest_runs,
    mentions,
    record_scores,
    records,
    sources,
)

if TYPE_CHECKING:  # alembic is imported when a migration runs (see migrate)
    from alembic.config import Config

DEFAULT_URL = "sqlite:///thbwatch.db"


def utcnow() -> datetime:
    """Naive UTC, the form every time takes in the store."""
    return datetime.now(UTC).replace(tzinfo=None)


def normalise_url(url: str) -> str:
    """Accept plain `postgresql://` URLs and use psycopg 3 for them."""
    try:
        parsed = make_url(url)
    except ArgumentError as error:
        raise UserError(f"not a database URL: {url!r} ({error})") from None
    if parsed.drivername in ("postgresql", "postgres"):
        parsed = parsed.set(drivername="postgresql+psycopg")
    if parsed.get_backend_name() not in ("sqlite", "postgresql"):
        raise UserError(
            f"unsupported database {parsed.drivername!r}: use sqlite:/// or postgresql://"
        )
    return parsed.render_as_string(hide_password=False)


def _tune_sqlite(dbapi_connection: Any, _record: Any) -> None:
    # WAL keeps readers (the web app) working during ingest, and a kill -9 never leaves
    # a half-written batch; NORMAL sync is durable against process crashes.
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    # Fewer, larger checkpoints: ingest writes hundreds of MB, and each checkpoint syncs.
    cursor.execute("PRAGMA wal_autocheckpoint=10000")
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=30000")
    cursor.close()


# JSON columns (reasons, details, descriptions) go through orjson, several times faster
# than the standard library; what orjson refuses (a NaN it reads, a type it cannot write)
# falls back to the standard library, so nothing stored before reads differently.
_ORJSON_OPTIONS = orjson.OPT_NON_STR_KEYS | orjson.OPT_SERIALIZE_NUMPY


def _json_dumps(value: Any) -> str:
    try:
        return orjson.dumps(value, option=_ORJSON_OPTIONS).decode()
    except TypeError:
        return json.dumps(value)


def _json_loads(text: str | bytes) -> Any:
    try:
        return orjson.loads(text)
    except orjson.JSONDecodeError:
        return json.loads(text)


def create_store_engine(url: str) -> Engine:
    url = normalise_url(url)
    engine = create_engine(url, json_serializer=_json_dumps, json_deserializer=_json_loads)
    if engine.dialect.name == "sqlite":
        event.listen(engine, "connect", _tune_sqlite)
    return engine


def alembic_config(connection: Connection) -> Config:
    """Alembic's configuration for our migrations, run on an open connection."""
    from alembic.config import Config  # imported when used: a third of the CLI's start

    config = Config()
    config.set_main_option("script_location", str(files("thbwatch.store") / "migrations"))
    config.attributes["connection"] = connection
    return config


# The newest migration's revision (a test checks it against Alembic's head).
SCHEMA_REVISION = "0011"


def migrate(connection: Connection) -> None:
    """Bring the schema to the newest Alembic revision.

    Alembic is imported only when the store is not there yet: loading it and the
    migration scripts is a third of every command's start."""
    if _schema_revision(connection) == SCHEMA_REVISION:
        return
    from alembic import command

    command.upgrade(alembic_config(connection), "head")


def _schema_revision(connection: Connection) -> str | None:
    if not inspect(connection).has_table("alembic_version"):
        return None
    return connection.execute(text("SELECT version_num FROM alembic_version")).scalar()


@dataclass(frozen=True, slots=True)
class BatchResult:
    added: int
    duplicates: int


@dataclass(frozen=True, slots=True)
class RecordRows:
    """A batch of records as the store inserts them: one tuple per distinct record (the
    first of each key), in `RECORD_COLUMNS` order, with the database's column types
    applied. Made where the records are read (the ingest's reading process), so that
    the process that writes only writes."""

    values: list[tuple[Any, ...]]
    records: int  # records in the batch, repeated keys included: the rest are duplicates

    @classmethod
    def of(cls, batch: list[Record], source_id: int, run_id: int, dialect: Dialect) -> RecordRows:
        unique: dict[str, Record] = {}
        for record in batch:
            unique.setdefault(record.key, record)
        now = utcnow()
        processors = _bind_processors(dialect)
        values = []
        for record in unique.values():
            row = _record_values(record, source_id, run_id, now)
            for index, processor in processors:
                row[index] = processor(row[index])
            values.append(tuple(row))
        return cls(values, len(batch))


@dataclass(frozen=True, slots=True)
class AnalysisRows:
    """A batch of analysis results as the store writes them: plain tuples, JSON already
    serialised. Built where the results are computed (a worker process), so that the one
    process that writes receives one object per batch, not thousands of dataclasses to
    unpickle and serialise: at a million records that process is the bottleneck."""

    record_ids: list[int]
    # (record_id, type, value, start, end, raw, obfuscated, confidence, details JSON)
    mentions: list[tuple[Any, ...]]
    hits: list[tuple[int, str, float, str]]  # (record_id, indicator, weight, spans JSON)
    scores: list[tuple[int, float, str]]  # (record_id, score, reasons JSON)
    languages: list[tuple[int, str]]  # (record_id, language) where it was detected

    @classmethod
    def of(cls, analysed: list[Analysed]) -> AnalysisRows:
        results = [item.extracted for item in analysed]
        scored = cls.scores_of(
            [(item.extracted.record_id, item.hits, item.score) for item in analysed]
        )
        return cls(
            record_ids=scored.record_ids,
            mentions=[
                (
                    result.record_id,
                    m.type,
                    m.value,
                    m.start,
                    m.end,
                    m.raw,
                    int(m.obfuscated),  # SQLite's driver binds a bool 0.5 µs slower
                    m.confidence,
                    _json_dumps(m.details) if m.details else None,
                )
                for result in results
                for m in result.mentions
            ],
            hits=scored.hits,
            scores=scored.scores,
            languages=[
                (result.record_id, result.language)
                for result in results
                if result.detected_language and result.language
            ],
        )

    @classmethod
    def scores_of(cls, scored: list[tuple[int, list[IndicatorHit], RecordScore]]) -> AnalysisRows:
        """Rows of hits and scores alone: what the corpus pass changes."""
        return cls(
            record_ids=[record_id for record_id, _, _ in scored],
            mentions=[],
            hits=[
                (record_id, hit.indicator, hit.weight, _json_dumps(hit.spans))
                for record_id, hits, _ in scored
                for hit in hits
            ],
            scores=[(record_id, s.score, _json_dumps(s.reasons)) for record_id, _, s in scored],
            languages=[],
        )

    @classmethod
    def join(cls, parts: list[AnalysisRows]) -> AnalysisRows:
        return cls(*([row for part in parts for row in getattr(part, f.name)] for f in fields(cls)))


def _create_bulk_indexes(connection: Connection) -> None:
    for index in BULK_INDEXES:
        index.create(connection, checkfirst=True)


class Store:
    """The one place that talks to the database. Stages never import it."""

    def __init__(self, engine: Engine) -> None:
        self.engine = engine
        # (type, value) -> id of the entities this process's analysis has committed. An
        # entity keeps its id (none is ever deleted), and most recur from batch to batch
        # (ages, prices, places, reposted phones): a batch asks the database only for the
        # others (at a million records, 257,000 entities for 4.6 million mentions).
        self._entity_ids: dict[tuple[str, str], int] = {}

    @classmethod
    def open(cls, url: str = DEFAULT_URL) -> Store:
        engine = create_store_engine(url)
        try:
            with engine.begin() as connection:
                migrate(connection)
                # Back if an analysis was killed while they were dropped (drop_bulk_indexes).
                _create_bulk_indexes(connection)
        except OperationalError as error:
            raise UserError(f"cannot open the store {engine.url!r}: {error.orig}") from None
        return cls(engine)

    def close(self) -> None:
        self.engine.dispose()

    # -- sources and ingest runs ------------------------------------------------------

    def source_id(self, name: str) -> int:
        with self.engine.begin() as connection:
            found = connection.scalar(select(sources.c.id).where(sources.c.name == name))
            if found is not None:
                return found
            return connection.execute(
                insert(sources).values(name=name, created_at=utcnow()).returning(sources.c.id)
            ).scalar_one()

    def start_run(self, source_id: int, path: str, file_sha256: str, fmt: str) -> int:
        """Open a run; an earlier run of the same input that never finished was killed."""
        with self.engine.begin() as connection:
            connection.execute(
                update(ingest_runs)
                .where(
                    ingest_runs.c.source_id == source_id,
                    ingest_runs.c.file_sha256 == file_sha256,
                    ingest_runs.c.status == "running",
                )
                .values(status="interrupted")
            )
            return connection.execute(
                insert(ingest_runs)
                .values(
                    source_id=source_id,
                    path=path,
                    file_sha256=file_sha256,
                    format=fmt,
                    started_at=utcnow(),
                    status="running",
                    rows_read=0,
                    added=0,
                    duplicates=0,
                    rejected=0,
                )
                .returning(ingest_runs.c.id)
            ).scalar_one()

    def finish_run(self, run_id: int, status: str, details: dict[str, Any]) -> None:
        """Close the run and append it to the audit log, in one transaction."""
        with self.engine.begin() as connection:
            connection.execute(
                update(ingest_runs)
                .where(ingest_runs.c.id == run_id)
                .values(status=status, finished_at=utcnow())
            )
            self._audit(connection, "ingest", target=details.get("path"), details=details)

    def add_records(
        self, run_id: int, source_id: int, batch: list[Record], rows_read: int, rejected: int
    ) -> BatchResult:
        """Insert the batch's new records and count the run's progress (one transaction,
        see `add_record_rows`), then index their text for search (`index_new_text`)."""
        rows = RecordRows.of(batch, source_id, run_id, self.engine.dialect)
        result = self.add_record_rows(run_id, rows, rows_read, rejected)
        self.index_new_text()
        return result

    def add_record_rows(
        self, run_id: int, rows: RecordRows, rows_read: int, rejected: int
    ) -> BatchResult:
        """Insert a batch's new records, already in rows, and count the run's progress:
        one transaction.

        A record already in the store (same source and key) is skipped by the database
        (ON CONFLICT DO NOTHING), so re-running an input, or resuming one that was killed,
        never adds anything twice. On SQLite the records are searchable once
        `index_new_text` has run (ingest runs it at its end).
        """
        with self.engine.begin() as connection:
            added = _insert_new_records(connection, rows.values) if rows.values else 0
            duplicates = rows.records - added
            connection.execute(
                update(ingest_runs)
                .where(ingest_runs.c.id == run_id)
                .values(
                    rows_read=ingest_runs.c.rows_read + rows_read,
                    added=ingest_runs.c.added + added,
                    duplicates=ingest_runs.c.duplicates + duplicates,
                    rejected=ingest_runs.c.rejected + rejected,
                )
            )
        return BatchResult(added=added, duplicates=duplicates)

    def index_new_text(self) -> int:
        """Put the text of the records written since the last call into SQLite's full-text
        index, in one transaction with its mark; return how many (PostgreSQL's GIN index
        follows the rows by itself: 0).

        Once per ingest, not per batch: FTS5 writes each batch's terms as a segment and
        merges the segments as they pile up, so one statement for 560,000 demo ads took
        5.3 s against 8.2 s in batches of 2,000 (an ingest gains less: its reading process
        no longer works while the index is written). Records of an ingest that was killed
        are indexed by the next call (the next ingest, or linking: `pipeline.link`, which
        also indexes those that `run` ingests)."""
        if self.engine.dialect.name != "sqlite":
            return 0
        with self.engine.begin() as connection:
            mark = _mark(connection, SEARCH)
            newest = connection.scalar(select(func.max(records.c.id))) or 0
            if newest <= mark:
                return 0
            indexed = connection.execute(
                _INDEX_TEXT_BETWEEN, {"after": mark, "up_to": newest}
            ).rowcount
            _set_mark(connection, SEARCH, newest, utcnow())
        return indexed

    # -- reading ----------------------------------------------------------------------

    def count_records(self) -> int:
        return self.count_records_after(0)

    def get_record(self, record_id: int) -> Record | None:
        with self.engine.connect() as connection:
            row = connection.execute(
                select(records, sources.c.name.label("source_name"))
                .join(sources)
                .where(records.c.id == record_id)
            ).one_or_none()
        return _row_record(row) if row else None

    def iter_records(self) -> Iterator[Record]:
        """All records in id order, read in batches so memory stays flat."""
        for batch in self.record_batches():
            yield from batch

    def record_batches(self, batch_size: int = 2000) -> Iterator[list[Record]]:
        last_id = 0
        while True:
            with self.engine.connect() as connection:
                rows = connection.execute(
                    select(records, sources.c.name.label("source_name"))
                    .join(sources)
                    .where(records.c.id > last_id)
                    .order_by(records.c.id)
                    .limit(batch_size)
                ).all()
            if not rows:
                return
            yield [_row_record(row) for row in rows]
            last_id = rows[-1].id

    def newest_record_id(self) -> int:
        with self.engine.connect() as connection:
            return connection.scalar(select(func.max(records.c.id))) or 0

    def count_records_after(self, record_id: int, up_to: int | None = None) -> int:
        """Records with ids above `record_id` (and up to `up_to`, if given)."""
        query = select(func.count()).select_from(records)
        # All records: no condition, so that SQLite counts the entries of its smallest
        # index instead of walking every row of the table by id (60 ms instead of 500 at a
        # million records; ids start at 1).
        if record_id > 0:
            query = query.where(records.c.id > record_id)
        if up_to is not None:
            query = query.where(records.c.id <= up_to)
        with self.engine.connect() as connection:
            return connection.scalar(query) or 0

    def record_texts(self, after_id: int, limit: int, up_to: int | None = None) -> list[RecordText]:
        """The next records after `after_id` (up to the id `up_to`), in id order, as the
        analysis reads them: on the driver, a third of the time through SQLAlchemy's rows
        (the analysis workers read every record; 6 s of their time at a million)."""
        below = "" if up_to is None else f" AND id <= {int(up_to)}"
        sql = (
            "SELECT id, title, body, language, location, kind FROM records"
            f" WHERE id > {int(after_id)}{below} ORDER BY id LIMIT {int(limit)}"
        )
        with self.engine.connect() as connection:
            rows = list(driver_rows(connection, sql))
        return [
            RecordText(
                id=record_id,
                text=f"{title}\n\n{body}" if title else body,
                language=language,
                location=location,
                kind=kind,
                title=title or "",
            )
            for record_id, title, body, language, location, kind in rows
        ]

    # -- analysis results -------------------------------------------------------------

    def analysis_mark(self, stage: str) -> int:
        """The last record id the stage has seen (0: none)."""
        with self.engine.connect() as connection:
            return _mark(connection, stage)

    def forget_analysis(self) -> None:
        """For `analyze --full`: drop every result and start again from the first record."""
        with self.engine.begin() as connection:
            for table in (mentions, indicator_hits, record_scores):
                connection.execute(delete(table))
            connection.execute(delete(analysis_marks).where(analysis_marks.c.stage == EXTRACT))

    def drop_bulk_indexes(self) -> None:
        """Drop `BULK_INDEXES`, for an analysis that writes many rows and then builds them
        once (`build_bulk_indexes`), in a thread while the corpus pass computes. Inserting
        each row into them, at a random place, cost a third of writing the mentions
        (300,000 records: 11 s with the entity index, 7.5 s without it and building it
        after) and more than half of writing the hits and scores (2.6 s of CPU with the
        indexes by indicator and by score, 1.0 s without them and 0.5 s to build them
        after). A run killed meanwhile leaves the store without them until the next
        `Store.open`, which builds them again."""
        with self.engine.begin() as connection:
            for index in BULK_INDEXES:
                index.drop(connection, checkfirst=True)

    def build_bulk_indexes(self) -> None:
        with self.engine.begin() as connection:
            _create_bulk_indexes(connection)

    def save_analysis(self, analysed: list[Analysed], last_record_id: int) -> None:
        """Store one batch of results (mentions, indicator hits, scores) and move the mark,
        in one transaction (see `save_analysis_rows`)."""
        self.save_analysis_rows(AnalysisRows.of(analysed), last_record_id)

    def save_analysis_rows(
        self, rows: AnalysisRows, last_record_id: int, after: int | None = None
    ) -> None:
        """Store one batch of results, already in rows, and move the mark, in one
        transaction.

        The batch's old results are replaced, so a batch that is done twice (a run killed
        after the work but before the commit) leaves each result once. `after`: the batch
        is every record with an id in (after, last_record_id], and their old results are
        found by that range, not by a list of ids (7 ms a batch of 2,000 to 0.3 ms).
        """
        now = utcnow()
        id_range = None if after is None else (after, last_record_id)
        known = self._entity_ids
        if len(known) > ENTITY_IDS_KEPT:
            known.clear()
        with derived_writes(self.engine) as connection:
            connection.execute(delete(mentions).where(_of_batch(mentions, rows, id_range)))
            keys = {(m[1], m[2]) for m in rows.mentions}
            added = _entity_ids(connection, keys.difference(known))
            entity_ids = {key: known[key] for key in keys.difference(added)} | added
            bulk_insert(
                connection,
                mentions,
                ("record_id", "entity_id", "start", "end", "raw", "obfuscated", "confidence",
                 "details"),
                (
                    (record_id, entity_ids[(kind, value)], *rest)
                    for record_id, kind, value, *rest in rows.mentions
                ),
            )  # fmt: skip
            if rows.languages:
                connection.execute(
                    update(records)
                    .where(records.c.id == bindparam("detected_id"))
                    .values(language=bindparam("detected_language")),
                    [{"detected_id": i, "detected_language": lang} for i, lang in rows.languages],
                )
            replace_scores(connection, rows, now, id_range)
            _set_mark(connection, EXTRACT, last_record_id, now)
        known.update(added)  # only once committed: a batch rolled back may give its ids again

    def top_leads(
        self, limit: int = 10, kind: str | None = None
    ) -> list[tuple[Record, RecordScore]]:
        """The highest-scored records (leads for review), with their reasons."""
        query = (
            select(records, sources.c.name.label("source_name"), record_scores.c.score,
                   record_scores.c.reasons)
            .join(sources)
            .join(record_scores)
            .order_by(record_scores.c.score.desc(), records.c.id)
            .limit(limit)
        )  # fmt: skip
        if kind:
            query = query.where(records.c.kind == kind)
        with self.engine.connect() as connection:
            rows = connection.execute(query).all()
        return [(_row_record(row), RecordScore(row.score, row.reasons)) for row in rows]

    def scores_of_records(self, record_ids: list[int]) -> dict[int, RecordScore]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(record_scores).where(record_scores.c.record_id.in_(record_ids))
            ).all()
        return {row.record_id: RecordScore(row.score, row.reasons) for row in rows}

    def mentions_of(self, record_id: int) -> list[Mention]:
        return self.mentions_of_records([record_id]).get(record_id, [])

    def mentions_of_records(self, record_ids: list[int]) -> dict[int, list[Mention]]:
        """Each record's mentions in text order."""
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(mentions, entities.c.type, entities.c.value)
                .join(entities)
                .where(mentions.c.record_id.in_(record_ids))
                .order_by(mentions.c.record_id, mentions.c.start, mentions.c.end)
            ).all()
        found: dict[int, list[Mention]] = {}
        for row in rows:
            found.setdefault(row.record_id, []).append(_row_mention(row))
        return found

    def count_mentions_by_type(self) -> dict[str, int]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(entities.c.type, func.count())
                .select_from(mentions.join(entities))
                .group_by(entities.c.type)
            ).all()
        return dict(rows)

    def count_records_by(self, *fields: str) -> list[tuple[Any, ...]]:
        """Record counts grouped by columns of `records` (or "source"), largest first."""
        columns = [sources.c.name if field == "source" else records.c[field] for field in fields]
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(*columns, func.count().label("n"))
                .select_from(records.join(sources))
                .group_by(*columns)
                .order_by(func.count().desc(), *columns)
            ).all()
        return [tuple(row) for row in rows]

    def source_summary(self) -> list[dict[str, Any]]:
        """Per source: records by kind, and the last ingest."""
        with self.engine.connect() as connection:
            counts = connection.execute(
                select(sources.c.name, records.c.kind, func.count())
                .join(records, isouter=True)
                .group_by(sources.c.name, records.c.kind)
                .order_by(sources.c.name)
            ).all()
            last_runs = dict(
                connection.execute(
                    select(sources.c.name, func.max(ingest_runs.c.finished_at))
                    .join(ingest_runs)
                    .group_by(sources.c.name)
                ).all()
            )
        summary: dict[str, dict[str, Any]] = {}
        for name, kind, count in counts:
            entry = summary.setdefault(
                name, {"source": name, "records": 0, "kinds": {}, "last_ingest": None}
            )
            if kind is not None:
                entry["kinds"][kind] = count
                entry["records"] += count
            last = last_runs.get(name)
            entry["last_ingest"] = last.isoformat(timespec="seconds") if last else None
        return list(summary.values())

    def ingest_runs(self) -> list[dict[str, Any]]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(ingest_runs, sources.c.name.label("source"))
                .join(sources)
                .order_by(ingest_runs.c.id)
            ).mappings()
            return [dict(row) for row in rows]

    def audit_entries(self) -> list[dict[str, Any]]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(audit_log).order_by(audit_log.c.id)).mappings()
            return [dict(row) for row in rows]

    def audit(self, action: str, target: str | None = None, **details: Any) -> None:
        with self.engine.begin() as connection:
            self._audit(connection, action, target=target, details=details)

    @staticmethod
    def _audit(
        connection: Connection,
        action: str,
        target: str | None,
        details: dict[str, Any],
        purpose: str | None = None,
    ) -> None:
        connection.execute(
            insert(audit_log).values(
                at=utcnow(),
                actor=f"cli:{_os_user()}",
                action=action,
                target=target,
                purpose=purpose,
                details=details,
            )
        )


def _os_user() -> str:
    try:
        return getpass.getuser()
    except (KeyError, OSError):  # no passwd entry, as in some containers
        return str(os.getuid())


def _dialect_insert(dialect: Dialect, table: Table) -> Any:
    """INSERT with ON CONFLICT clauses; normalise_url admits only SQLite and PostgreSQL."""
    return (sqlite if dialect.name == "sqlite" else postgresql).insert(table)


@lru_cache(maxsize=2)
def _postgres_insert(dialect: Dialect) -> str:
    """PostgreSQL's INSERT ... ON CONFLICT DO NOTHING of RECORD_COLUMNS, compiled once;
    psycopg takes its parameters by name."""
    statement = postgresql.insert(records).on_conflict_do_nothing(
        index_elements=["source_id", "key"]
    )
    compiled = statement.compile(
        dialect=dialect, column_keys=list(RECORD_COLUMNS), for_executemany=True
    )
    return compiled.string


@lru_cache(maxsize=8)
def _bind_processors(dialect: Dialect) -> list[tuple[int, Any]]:
    """(position in RECORD_COLUMNS, the column type's bind processor) where it has one.
    Not for the raw bytes: both drivers take bytes, and the memoryview SQLite's processor
    makes would not cross from the ingest's reading process (it does not pickle)."""
    processors = [
        (index, records.c[name].type.dialect_impl(dialect).bind_processor(dialect))
        for index, name in enumerate(RECORD_COLUMNS)
        if not isinstance(records.c[name].type, LargeBinary)
    ]
    return [(index, processor) for index, processor in processors if processor]


def _insert_new_records(connection: Connection, rows: list[tuple[Any, ...]]) -> int:
    """Insert rows (`RecordRows.values`) on the driver; return how many went in (the
    others were there).

    This is the ingest hot path: SQLAlchemy's per-row parameter handling costs more than
    the database's own insert. PostgreSQL gets one executemany of a statement compiled
    once, SQLite `sqlite_insert` (its full-text index is written later: `index_new_text`).
    """
    dialect = connection.dialect
    if dialect.name == "postgresql":  # its GIN index follows the new rows by itself
        named = [dict(zip(RECORD_COLUMNS, row, strict=True)) for row in rows]
        return connection.exec_driver_sql(_postgres_insert(dialect), named).rowcount
    return sqlite_insert(
        connection,
        records.name,
        RECORD_COLUMNS,
        rows,
        conflict=' ON CONFLICT (source_id, "key") DO NOTHING',
    )


_INDEX_TEXT_BETWEEN = text(
    f"INSERT INTO {FULL_TEXT_TABLE}(rowid, title, body) "
    "SELECT id, title, body FROM records WHERE id > :after AND id <= :up_to"
)


RECORD_COLUMNS = (
    "source_id", "key", "ref", "kind", "title", "body", "location", "posted_at",
    "captured_at", "ingested_at", "url", "language", "images", "raw", "raw_format",
    "raw_sha256", "origin_path", "origin_sha256", "origin_line", "origin_offset",
    "origin_item", "ingest_run_id",
)  # fmt: skip


def _record_values(record: Record, source_id: int, run_id: int, now: datetime) -> list[Any]:
    """The record's values in RECORD_COLUMNS order, as Python values."""
    origin = record.origin
    return [
        source_id, record.key, record.ref, record.kind, record.title, record.body,
        record.location, record.posted_at, record.captured_at, now, record.url,
        record.language, record.images, record.raw, record.raw_format, record.raw_sha256,
        origin.path, origin.sha256, origin.line, origin.offset, origin.item, run_id,
    ]  # fmt: skip


EXTRACT = "extract"  # the analysis_marks stage name of extraction
SEARCH = "search"  # that of the full-text index on SQLite (`Store.index_new_text`)
# Entity ids a store keeps in memory (`Store._entity_ids`, about 200 bytes each) at most.
ENTITY_IDS_KEPT = 500_000


# Parameters per statement: SQLite's default maximum (some builds allow more, old ones less).
SQLITE_PARAMETERS = 32_766
# Rows per statement of `sqlite_insert`: enough to bind and run many rows per call, few
# enough that parsing the statement, done again in every transaction, costs little.
SQLITE_ROWS_PER_STATEMENT = 200


def bulk_insert(
    connection: Connection,
    table: Any,
    columns: tuple[str, ...],
    rows: Iterable[tuple[Any, ...]],
    rows_per_statement: int | None = None,
) -> None:
    """Insert many rows fast, on the driver: `sqlite_insert` on SQLite, COPY on PostgreSQL.

    Analysis and linking write millions of rows per run; SQLAlchemy's per-row handling
    would cost more than the database's own work. JSON values come already serialised
    (`_json_dumps`), times naive UTC.
    """
    if connection.dialect.name == "postgresql":
        names = ", ".join(f'"{name}"' for name in columns)
        cursor = connection.connection.driver_connection.cursor()
        with cursor.copy(f"COPY {table.name} ({names}) FROM STDIN") as copy:
            for row in rows:
                copy.write_row(row)
        return
    sqlite_insert(connection, table.name, columns, rows, rows_per_statement=rows_per_statement)


def sqlite_insert(
    connection: Connection,
    table: str,
    columns: tuple[str, ...],
    rows: Iterable[Sequence[Any]],
    conflict: str = "",
    rows_per_statement: int | None = None,
) -> int:
    """Insert rows on SQLite's driver, `rows_per_statement` per statement (by default
    `SQLITE_ROWS_PER_STATEMENT`; fewer where the parameters run out); return how many went
    in (`conflict`: an ON CONFLICT clause).

    Not executemany: it takes back the GIL after every row, and while another thread of
    the process runs Python (the ingest reading the next batch while this one is written,
    the pool's thread taking in the workers' results), each row then waits for that
    thread's switch interval: 2,000 rows took seconds instead of a hundredth. A statement
    of many rows binds them all and runs once without the GIL, as fast when alone.

    Every full statement has the same `SQLITE_ROWS_PER_STATEMENT` rows, so the driver
    parses it once a transaction (changing `foreign_keys` in `derived_writes` makes
    SQLite parse its statements again); only the last, shorter one is parsed anew. With
    as many rows per statement as the parameters allowed, parsing took most of the time:
    the 1.4 million mentions of 300,000 demo records, in batches of 2,000 records, took
    6.0 s of CPU to write against 2.1 s now.

    The thread that writes still takes back the GIL after every statement. Millions of
    rows in one transaction, written while another thread runs Python (`pipeline.link`
    writes the links while it describes the clusters), want the longest statements: the
    2.2 million links of a million demo records took 71 s in statements of 200 rows
    beside a busy thread (1.5 s alone), 4.0 s in statements of 6,553 (1.8 s alone)."""
    driver = connection.connection.driver_connection
    limit = min(SQLITE_PARAMETERS, driver.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER))
    wanted = rows_per_statement or SQLITE_ROWS_PER_STATEMENT
    per_statement = max(1, min(wanted, limit // len(columns)))
    names = ", ".join(f'"{name}"' for name in columns)
    head = f"INSERT INTO {table} ({names}) VALUES "
    one = f"({', '.join('?' * len(columns))})"
    full = head + ", ".join(itertools.repeat(one, per_statement)) + conflict
    cursor = driver.cursor()
    added = 0
    rows = iter(rows)
    while batch := list(itertools.islice(rows, per_statement)):
        if len(batch) == per_statement:
            sql = full
        else:
            sql = head + ", ".join(itertools.repeat(one, len(batch))) + conflict
        cursor.execute(sql, list(itertools.chain.from_iterable(batch)))
        added += cursor.rowcount
    return added


@contextmanager
def derived_writes(engine: Engine) -> Iterator[Connection]:
    """A transaction for writing derived rows (analysis results, links, clusters) in bulk,
    which on SQLite does not look up each row's foreign keys: every row refers to records
    the run has just read (thbwatch deletes no records) or to rows written in the same
    transaction, and those look-ups took a third of the time of writing millions of
    mentions and two thirds of that of links. Nothing written here relies on a cascade.
    The checks are on again once the transaction has ended (SQLite ignores the pragma
    inside one); PostgreSQL checks as always."""
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        driver = connection.connection.driver_connection if sqlite else None
        if driver is not None:
            driver.execute("PRAGMA foreign_keys=OFF")
        try:
            with connection.begin():
                if driver is not None:
                    # Begun here, not where the driver would (before the first row
                    # written): indexes dropped and built for the bulk write roll back
                    # with the rows if the transaction fails.
                    driver.execute("BEGIN")
                yield connection
        finally:
            if driver is not None:
                driver.execute("PRAGMA foreign_keys=ON")


def driver_rows(connection: Connection, sql: str) -> Iterable[tuple[Any, ...]]:
    """Rows of plain SQL (no parameters) from the driver itself: no per-row SQLAlchemy
    work. PostgreSQL streams them through a server-side cursor."""
    if connection.dialect.name == "postgresql":
        return connection.execution_options(stream_results=True).exec_driver_sql(sql)
    return connection.connection.driver_connection.cursor().execute(sql)


def stored_json(value: Any) -> Any:
    """A JSON column's value as `driver_rows` gives it: SQLite's driver returns the text,
    PostgreSQL's the decoded value."""
    return _json_loads(value) if isinstance(value, str) else value


def _of_batch(
    table: Table, rows: AnalysisRows, id_range: tuple[int, int] | None
) -> ColumnElement[bool]:
    """The table's rows (by record_id) of the batch's records: those with ids in
    `id_range` (after, up_to] when the batch is every record there, else the rows'."""
    if id_range is None:
        return table.c.record_id.in_(rows.record_ids)
    after, up_to = id_range
    return and_(table.c.record_id > after, table.c.record_id <= up_to)


def replace_scores(
    connection: Connection,
    rows: AnalysisRows,
    now: datetime,
    id_range: tuple[int, int] | None = None,
) -> None:
    """Replace the indicator hits and scores of the rows' records (`id_range`: see
    `_of_batch`) with the rows'."""
    for table in (indicator_hits, record_scores):
        connection.execute(delete(table).where(_of_batch(table, rows, id_range)))
    bulk_insert(
        connection, indicator_hits, ("record_id", "indicator", "weight", "spans"), rows.hits
    )
    # The time as SQLite's driver would write it, once, not by its adapter for each row.
    stamp = now.isoformat(" ")
    bulk_insert(
        connection,
        record_scores,
        ("record_id", "score", "reasons", "scored_at"),
        ((record_id, score, reasons, stamp) for record_id, score, reasons in rows.scores),
    )


def _entity_ids(connection: Connection, keys: set[tuple[str, str]]) -> dict[tuple[str, str], int]:
    """Ids of the (type, value) entities, creating those not yet in the store.

    On the driver, a few statements per batch whatever its size: a batch of analysis
    names thousands of entities, and one query per few hundred of them cost the writing
    process more than the inserts themselves."""
    if not keys:
        return {}
    cursor = connection.connection.driver_connection.cursor()
    pairs = sorted(keys)  # one order for every writer: no deadlock between two on PostgreSQL
    if connection.dialect.name == "postgresql":
        types, values = [t for t, _ in pairs], [v for _, v in pairs]
        given = "unnest(%s::text[], %s::text[]) AS given (type, value)"
        cursor.execute(
            f"INSERT INTO entities (type, value) SELECT type, value FROM {given} "
            "ON CONFLICT (type, value) DO NOTHING",
            (types, values),
        )
        cursor.execute(
            f"SELECT e.id, e.type, e.value FROM entities e JOIN {given} USING (type, value)",
            (types, values),
        )
    else:
        cursor.execute("CREATE TEMP TABLE IF NOT EXISTS given_entities (type TEXT, value TEXT)")
        cursor.execute("DELETE FROM given_entities")
        sqlite_insert(connection, "given_entities", ("type", "value"), pairs)
        cursor.execute(
            "INSERT OR IGNORE INTO entities (type, value) SELECT type, value FROM given_entities"
        )
        cursor.execute(
            "SELECT e.id, e.type, e.value FROM given_entities g "
            "JOIN entities e ON e.type = g.type AND e.value = g.value"
        )
    return {(entity_type, value): entity_id for entity_id, entity_type, value in cursor}


def _mark(connection: Connection, stage: str) -> int:
    """The last record id the stage has seen (0: none)."""
    found = connection.scalar(
        select(analysis_marks.c.last_record_id).where(analysis_marks.c.stage == stage)
    )
    return found or 0


def _set_mark(connection: Connection, stage: str, last_record_id: int, now: datetime) -> None:
    statement = _dialect_insert(connection.dialect, analysis_marks).values(
        stage=stage, last_record_id=last_record_id, updated_at=now
    )
    connection.execute(
        statement.on_conflict_do_update(
            index_elements=["stage"],
            set_={"last_record_id": last_record_id, "updated_at": now},
        )
    )


def _row_mention(row: Any) -> Mention:
    return Mention(
        type=row.type,
        value=row.value,
        raw=row.raw,
        start=row.start,
        end=row.end,
        obfuscated=row.obfuscated,
        confidence=row.confidence,
        details=row.details or {},
    )


def _row_record(row: Any) -> Record:
    return Record(
        id=row.id,
        source=row.source_name,
        ref=row.ref,
        kind=row.kind,
        title=row.title,
        body=row.body,
        location=row.location,
        posted_at=row.posted_at,
        captured_at=row.captured_at,
        url=row.url,
        language=row.language,
        images=list(row.images or []),
        raw=bytes(row.raw),
        raw_format=row.raw_format,
        raw_sha256=row.raw_sha256,
        origin=Origin(
            path=row.origin_path,
            sha256=row.origin_sha256,
            line=row.origin_line,
            offset=row.origin_offset,
            item=row.origin_item,
        ),
    )
