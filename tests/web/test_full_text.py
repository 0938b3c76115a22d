"""Full-text search (migration 0006) on SQLite (FTS5, bm25) and PostgreSQL (GIN-indexed
tsvector, ts_rank): every word must be there, best match first, paged; the index follows
changes to the records and covers records stored before the migration."""

from __future__ import annotations

import hashlib
from datetime import UTC, datetime

import pytest
from alembic import command
from sqlalchemy import delete, insert, text, update

from thbwatch.model import Origin, Record
from thbwatch.store import Store
from thbwatch.store.database import RECORD_COLUMNS, RecordRows, _record_values, alembic_config
from thbwatch.store.schema import FULL_TEXT_INDEX, records
from thbwatch.store.web import WebStore

TEXTS = {
    "a": ("Massage studio", "New girl in town, massage and more, call now"),
    "b": (None, "Housing provided, deducted later; passport copy needed. Massage not offered."),
    "c": ("Massage massage", "massage every day, massage all night, discreet massage"),
    "d": ("Nouvelle à Lyon", "Massage relaxant, appelle-moi"),
    "e": ("Warehouse job", "Pickers wanted, fair pay, contract from day one"),
}


def record(ref: str, title: str | None, body: str) -> Record:
    raw = f"{ref}|{title}|{body}".encode()
    return Record(
        source="site", ref=ref, kind="sex_ad", title=title, body=body, location=None,
        posted_at=None, captured_at=None, url=None, language=None, images=[], raw=raw,
        raw_format="json", raw_sha256=hashlib.sha256(raw).hexdigest(),
        origin=Origin(path="ads.jsonl", sha256="f" * 64, line=1),
    )  # fmt: skip


def add(store: Store, texts: dict[str, tuple[str | None, str]]) -> dict[str, int]:
    source_id = store.source_id("site")
    run_id = store.start_run(source_id, "ads.jsonl", "f" * 64, "jsonl")
    batch = [record(ref, title, body) for ref, (title, body) in texts.items()]
    store.add_records(run_id, source_id, batch, rows_read=len(batch), rejected=0)
    return {r.ref: r.id for r in store.iter_records()}


def refs(web: WebStore, words: str, limit: int = 10, offset: int = 0) -> list[str]:
    return [row.ref for row in web.full_text(words, limit, offset)]


def test_every_word_must_be_there_and_the_best_match_comes_first(store: Store) -> None:
    add(store, TEXTS)
    web = WebStore(store)
    found = refs(web, "massage")
    assert set(found) == {"a", "b", "c", "d"}
    assert found[0] == "c"  # the word five times in a short text, and in the title
    assert refs(web, "MASSAGE town") == ["a"]  # case does not matter; both words needed
    assert refs(web, "passport housing") == ["b"]
    assert refs(web, "massage warehouse") == []
    # what the analyst types is words, never query syntax
    assert refs(web, 'massage" OR "pickers') == []
    assert refs(web, "mass* NOT town") == []
    assert refs(web, "   ") == []


def test_results_are_paged_without_overlap(store: Store) -> None:
    add(store, TEXTS)
    web = WebStore(store)
    every = refs(web, "massage")
    pages = [refs(web, "massage", limit=2, offset=offset) for offset in (0, 2, 4)]
    assert pages[0] + pages[1] == every and pages[2] == []


def test_the_index_follows_changes_to_the_records(store: Store) -> None:
    ids = add(store, TEXTS)
    web = WebStore(store)
    with store.engine.begin() as connection:
        connection.execute(
            update(records).where(records.c.id == ids["e"]).values(body="Forklift drivers")
        )
        connection.execute(delete(records).where(records.c.id == ids["a"]))
    assert refs(web, "forklift") == ["e"]
    assert refs(web, "pickers") == []
    assert refs(web, "town") == []
    add(store, {"f": (None, "Forklift licence needed")})
    assert set(refs(web, "forklift")) == {"e", "f"}


def test_records_stored_before_the_migration_are_found(store: Store) -> None:
    with store.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0005")
    source_id = store.source_id("site")
    run_id = store.start_run(source_id, "ads.jsonl", "f" * 64, "jsonl")
    with store.engine.begin() as connection:  # as the store wrote records then
        rows = [record(ref, title, body) for ref, (title, body) in TEXTS.items()]
        now = datetime.now(UTC)
        values = [_record_values(r, source_id, run_id, now) for r in rows]
        connection.execute(
            insert(records), [dict(zip(RECORD_COLUMNS, v, strict=True)) for v in values]
        )
    with store.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    assert refs(WebStore(store), "passport") == ["b"]


def test_each_record_is_indexed_once_across_batches_and_repeated_input(store: Store) -> None:
    first, second = dict(list(TEXTS.items())[:3]), dict(list(TEXTS.items())[3:])
    add(store, first)
    add(store, {**first, **second})  # the first three again: skipped, not indexed twice
    web = WebStore(store)
    assert sorted(refs(web, "massage")) == ["a", "b", "c", "d"]
    assert refs(web, "pickers") == ["e"]
    if store.engine.dialect.name == "sqlite":
        with store.engine.connect() as connection:
            indexed = connection.scalar(text("SELECT count(*) FROM records_fts_docsize"))
        assert indexed == len(TEXTS)


def test_postgresql_answers_from_the_gin_index(store: Store) -> None:
    if store.engine.dialect.name != "postgresql":
        pytest.skip("the GIN index is PostgreSQL's")
    add(store, TEXTS)
    web = WebStore(store)
    query = web.full_text_query("passport", 10, 0)
    with store.engine.connect() as connection:
        connection.execute(text("SET enable_seqscan = off"))  # a handful of rows: force it
        compiled = query.compile(store.engine, compile_kwargs={"literal_binds": True})
        plan = "\n".join(connection.scalars(text(f"EXPLAIN {compiled}")))
    assert FULL_TEXT_INDEX in plan


def _sqlite_only(store: Store) -> None:
    if store.engine.dialect.name != "sqlite":
        pytest.skip("PostgreSQL's GIN index follows the rows by itself")


def _indexed(store: Store) -> int:
    with store.engine.connect() as connection:
        return connection.scalar(text("SELECT count(*) FROM records_fts_docsize"))


def _write_batch(store: Store, texts: dict[str, tuple[str | None, str]]) -> None:
    """A batch as ingest writes it, without the index step at the end (a killed ingest)."""
    source_id = store.source_id("site")
    run_id = store.start_run(source_id, "ads.jsonl", "f" * 64, "jsonl")
    batch = [record(ref, title, body) for ref, (title, body) in texts.items()]
    rows = RecordRows.of(batch, source_id, run_id, store.engine.dialect)
    store.add_record_rows(run_id, rows, rows_read=len(batch), rejected=0)


def test_sqlite_indexes_what_was_written_since_the_last_time_once(store: Store) -> None:
    _sqlite_only(store)
    _write_batch(store, dict(list(TEXTS.items())[:3]))
    web = WebStore(store)
    assert refs(web, "passport") == []  # written, not indexed yet
    assert store.index_new_text() == 3
    assert refs(web, "passport") == ["b"]
    _write_batch(store, TEXTS)  # three again (skipped) and two new
    assert store.index_new_text() == 2
    assert store.index_new_text() == 0
    assert _indexed(store) == len(TEXTS)
    with store.engine.begin() as connection:
        connection.execute(text("INSERT INTO records_fts(records_fts) VALUES ('integrity-check')"))


def test_stores_indexed_batch_by_batch_are_not_indexed_again(store: Store) -> None:
    _sqlite_only(store)
    with store.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0010")
    _write_batch(store, TEXTS)
    with store.engine.begin() as connection:  # as the store indexed each batch then
        connection.execute(
            text("INSERT INTO records_fts(rowid, title, body) SELECT id, title, body FROM records")
        )
        command.upgrade(alembic_config(connection), "head")
    assert store.index_new_text() == 0
    assert _indexed(store) == len(TEXTS)
    _write_batch(store, {"f": (None, "Forklift licence needed")})
    with store.engine.begin() as connection:  # back to batch by batch: the waiting indexed
        command.downgrade(alembic_config(connection), "0010")
    assert refs(WebStore(store), "forklift") == ["f"]
    assert _indexed(store) == len(TEXTS) + 1
