"""The store on SQLite and PostgreSQL: migrations, idempotent batches, append-only audit."""

from __future__ import annotations

import hashlib
import sqlite3

import pytest
from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect, text
from sqlalchemy.exc import DBAPIError

from thbwatch.model import Analysed, Extracted, IndicatorHit, Mention, Origin, Record
from thbwatch.score import score_record
from thbwatch.store import Store, database
from thbwatch.store.database import (
    EXTRACT,
    SCHEMA_REVISION,
    _entity_ids,
    alembic_config,
    sqlite_insert,
)
from thbwatch.store.schema import BULK_INDEXES, FULL_TEXT_INDEX, FULL_TEXT_TABLE, metadata


def make_record(ref: str | None, body: str = "Ad text", source: str = "site") -> Record:
    raw = f'{{"id": "{ref}", "body": "{body}"}}'.encode()
    return Record(
        source=source,
        ref=ref,
        kind="sex_ad",
        title=None,
        body=body,
        location="Lyon",
        posted_at=None,
        captured_at=None,
        url=None,
        language=None,
        images=["a.jpg"],
        raw=raw,
        raw_format="json",
        raw_sha256=hashlib.sha256(raw).hexdigest(),
        origin=Origin(path="ads.jsonl", sha256="f" * 64, line=3),
    )


def sqlalchemy_objects(names: list[str]) -> set[str]:
    """Table names without the full-text search's FTS5 tables (not SQLAlchemy tables)."""
    return {name for name in names if not name.startswith(FULL_TEXT_TABLE)}


def test_migrations_create_exactly_the_schema_in_schema_py(store: Store) -> None:
    def in_schema_py(_object, name: str | None, *_: object) -> bool:  # noqa: ANN001
        # the full-text search's FTS5 tables and GIN expression index are made by SQL
        return name != FULL_TEXT_INDEX and not (name or "").startswith(FULL_TEXT_TABLE)

    with store.engine.connect() as connection:
        context = MigrationContext.configure(connection, opts={"include_object": in_schema_py})
        differences = compare_metadata(context, metadata)
    assert differences == []


def test_migrations_go_down_to_nothing_and_up_again(store: Store) -> None:
    with store.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "base")
    assert inspect(store.engine).get_table_names() == ["alembic_version"]
    with store.engine.begin() as connection:
        command.upgrade(alembic_config(connection), "head")
    tables = sqlalchemy_objects(inspect(store.engine).get_table_names())
    assert tables == {*metadata.tables, "alembic_version"}


def test_opening_twice_keeps_the_data(store_url: str) -> None:
    first = Store.open(store_url)
    source_id = first.source_id("site")
    run_id = first.start_run(source_id, "ads.jsonl", "f" * 64, "jsonl")
    first.add_records(run_id, source_id, [make_record("1")], rows_read=1, rejected=0)
    first.close()
    again = Store.open(store_url)
    assert again.count_records() == 1
    again.close()


def test_a_batch_adds_each_record_once_even_when_repeated(store: Store) -> None:
    source_id = store.source_id("site")
    run_id = store.start_run(source_id, "ads.jsonl", "f" * 64, "jsonl")
    batch = [make_record("1"), make_record("2"), make_record("1")]
    first = store.add_records(run_id, source_id, batch, rows_read=3, rejected=0)
    assert (first.added, first.duplicates) == (2, 1)
    second = store.add_records(run_id, source_id, batch, rows_read=3, rejected=0)
    assert (second.added, second.duplicates) == (0, 3)
    assert store.count_records() == 2
    run = store.ingest_runs()[0]
    assert (run["rows_read"], run["added"], run["duplicates"]) == (6, 2, 4)


def test_records_without_ref_are_identified_by_content(store: Store) -> None:
    source_id = store.source_id("site")
    run_id = store.start_run(source_id, "pages", "f" * 64, "html")
    same = [make_record(None, "same text"), make_record(None, "same text")]
    other = [make_record(None, "other text")]
    result = store.add_records(run_id, source_id, same + other, rows_read=3, rejected=0)
    assert result.added == 2


def test_the_same_ref_in_two_sources_is_two_records(store: Store) -> None:
    for name in ("site-a", "site-b"):
        source_id = store.source_id(name)
        run_id = store.start_run(source_id, f"{name}.csv", "f" * 64, "csv")
        store.add_records(run_id, source_id, [make_record("1", source=name)], 1, 0)
    assert store.count_records() == 2
    assert {entry["source"] for entry in store.source_summary()} == {"site-a", "site-b"}


def test_a_stored_record_reads_back_with_its_provenance(store: Store) -> None:
    source_id = store.source_id("site")
    run_id = store.start_run(source_id, "ads.jsonl", "f" * 64, "jsonl")
    original = make_record("42", "Nouvelle à Lyon ✨")
    store.add_records(run_id, source_id, [original], 1, 0)
    [stored] = list(store.iter_records())
    assert stored.id is not None
    assert stored.body == "Nouvelle à Lyon ✨"
    assert stored.raw == original.raw
    assert stored.raw_sha256 == hashlib.sha256(stored.raw).hexdigest()
    assert stored.origin == original.origin
    assert stored.images == ["a.jpg"]
    assert store.get_record(stored.id) == stored


def test_an_unfinished_run_is_marked_interrupted_when_the_input_is_run_again(store: Store) -> None:
    source_id = store.source_id("site")
    store.start_run(source_id, "ads.jsonl", "f" * 64, "jsonl")  # killed: never finished
    second = store.start_run(source_id, "ads.jsonl", "f" * 64, "jsonl")
    store.finish_run(second, "complete", {"path": "ads.jsonl"})
    assert [run["status"] for run in store.ingest_runs()] == ["interrupted", "complete"]


def test_the_audit_log_is_append_only(store: Store) -> None:
    store.audit("view", target="record:1", reason="test")
    assert store.audit_entries()[0]["action"] == "view"
    for statement in ("UPDATE audit_log SET action = 'x'", "DELETE FROM audit_log"):
        with pytest.raises(DBAPIError, match="append-only"), store.engine.begin() as connection:
            connection.execute(text(statement))
    assert len(store.audit_entries()) == 1


def stored_ids(store: Store, count: int) -> list[int]:
    source_id = store.source_id("site")
    run_id = store.start_run(source_id, "ads.jsonl", "f" * 64, "jsonl")
    batch = [make_record(str(n), f"Call +44 113 496 0{n:03d}") for n in range(count)]
    store.add_records(run_id, source_id, batch, rows_read=count, rejected=0)
    return [record.id for record in store.iter_records()]


def analysed(extracted: Extracted, hits: list[IndicatorHit]) -> Analysed:
    return Analysed(extracted, hits, score_record(hits))


def phone(value: str, start: int = 5) -> Mention:
    return Mention("phone", value, "+44 113 496 0000", start, start + 16)


def test_analysis_results_are_stored_once_with_shared_entities(store: Store) -> None:
    first, second = stored_ids(store, 2)
    shared = phone("+441134960000")
    price = Mention("price", "150 EUR/hour", "150€/h", 30, 36, details={"amount": 150.0})
    fee = IndicatorHit("fee_to_worker", 0.8, ((10, 26),))
    results = [
        analysed(Extracted(first, "en", True, "GB", [shared, price]), [fee]),
        analysed(Extracted(second, None, False, None, [shared]), []),
    ]
    store.save_analysis(results, last_record_id=second)
    store.save_analysis(results, last_record_id=second)  # a batch done twice

    assert store.mentions_of(first) == [shared, price]
    assert store.mentions_of(second) == [shared]
    assert store.count_mentions_by_type() == {"phone": 2, "price": 1}
    with store.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM entities")) == 2
    assert store.analysis_mark(EXTRACT) == second
    assert store.get_record(first).language == "en"  # detected, so stored
    assert store.get_record(second).language is None
    scores = store.scores_of_records([first, second])
    assert scores[first].reasons == [
        {"indicator": "fee_to_worker", "weight": 0.8, "spans": [[10, 26]]}
    ]
    assert scores[first].score > scores[second].score
    with store.engine.connect() as connection:
        assert connection.scalar(text("SELECT count(*) FROM indicator_hits")) == 1


def test_record_texts_read_new_records_after_the_mark(store: Store) -> None:
    ids = stored_ids(store, 5)
    texts = store.record_texts(after_id=ids[1], limit=2)
    assert [t.id for t in texts] == ids[2:4]
    assert texts[0].text == "Call +44 113 496 0002" and texts[0].location == "Lyon"
    assert store.count_records_after(ids[1]) == 3


def test_forgetting_extraction_starts_over(store: Store) -> None:
    [only] = stored_ids(store, 1)
    extracted = Extracted(only, "en", False, None, [phone("+441134960000")])
    store.save_analysis([analysed(extracted, [])], only)
    store.forget_analysis()
    assert store.analysis_mark(EXTRACT) == 0
    assert store.mentions_of(only) == []
    assert store.scores_of_records([only]) == {}


def test_an_entity_rolled_back_with_its_batch_is_made_again_by_the_next(store: Store) -> None:
    first, second = stored_ids(store, 2)
    kept, lost = phone("+441134960000"), phone("+441134960001")
    broken = Mention("phone", "+441134960002", "+44 113 496 0002", None, 20)  # type: ignore[arg-type]
    failing = Extracted(first, None, False, None, [lost, kept, broken])  # no start: refused
    with pytest.raises(Exception, match="(?i)not null|null value"):  # the driver's error
        store.save_analysis([analysed(failing, [])], last_record_id=first)
    # The store remembers the ids of entities it wrote; none of these was kept.
    store.save_analysis([analysed(Extracted(second, None, False, None, [kept]), [])], second)
    assert store.mentions_of(second) == [kept]
    assert store.mentions_of(first) == []
    store.save_analysis([analysed(Extracted(first, None, False, None, [lost]), [])], first)
    assert store.mentions_of(first) == [lost]  # its id as made now, not as remembered


def test_the_entity_ids_kept_in_memory_are_bounded_and_found_again_once_forgotten(
    store: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(database, "ENTITY_IDS_KEPT", 3)
    ids = stored_ids(store, 4)
    shared = phone("+441134960000")
    for n, record_id in enumerate(ids):
        own = [phone(f"+4411349601{n}{k}", 20 + 17 * k) for k in range(2)]
        store.save_analysis(
            [analysed(Extracted(record_id, None, False, None, [shared, *own]), [])], record_id
        )
        # Cleared before a batch once over the bound: at most the bound and one batch.
        assert len(store._entity_ids) <= 3 + 3
    assert len(store._entity_ids) < 1 + 2 * len(ids)  # forgotten at least once
    # Forgotten ids are looked up again, not made twice: one shared entity for all.
    with store.engine.connect() as connection:
        entities = connection.execute(text("SELECT count(*) FROM entities")).scalar()
        shared_ids = connection.execute(
            text("SELECT DISTINCT entity_id FROM mentions WHERE raw = :raw AND start = 5"),
            {"raw": shared.raw},
        ).all()
    assert entities == 1 + 2 * len(ids) and len(shared_ids) == 1
    assert all(store.mentions_of(record_id)[0] == shared for record_id in ids)


def test_entity_ids_create_each_entity_once_and_find_it_again(store: Store) -> None:
    phone, mail, place = (
        ("phone", "+441134960123"),
        ("email", "a@example.com"),
        ("place", "Leeds, GB"),
    )
    with store.engine.begin() as connection:
        first = _entity_ids(connection, {phone, mail})
    with store.engine.begin() as connection:
        second = _entity_ids(connection, {phone, place, ("place", "Leeds, GB ")})
    assert set(first) == {phone, mail} and len(second) == 3
    assert second[phone] == first[phone]  # found again, not made twice
    assert len({*first.values(), *second.values()}) == 4
    with store.engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM entities")).scalar() == 4


def test_sqlite_inserts_rows_many_per_statement_up_to_its_parameter_limit(tmp_path) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'store.db'}")
    with store.engine.begin() as connection:
        driver = connection.connection.driver_connection
        limit = driver.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 7)  # 3 rows a statement
        try:
            connection.exec_driver_sql("CREATE TEMP TABLE pairs (a INTEGER PRIMARY KEY, b TEXT)")
            added = sqlite_insert(connection, "pairs", ("a", "b"), [(i, str(i)) for i in range(10)])
            again = sqlite_insert(
                connection,
                "pairs",
                ("a", "b"),
                [(i, "new") for i in range(8, 12)],
                conflict=" ON CONFLICT (a) DO NOTHING",
            )
            stored = connection.exec_driver_sql("SELECT a, b FROM pairs ORDER BY a").fetchall()
        finally:
            driver.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, limit)
    store.close()
    assert (added, again) == (10, 2)  # rows the conflict clause skipped are not counted
    assert stored == [(i, str(i)) for i in range(10)] + [(10, "new"), (11, "new")]


def test_sqlite_inserts_full_statements_of_one_size_so_they_are_parsed_once(
    tmp_path, monkeypatch
) -> None:
    monkeypatch.setattr(database, "SQLITE_ROWS_PER_STATEMENT", 4)
    store = Store.open(f"sqlite:///{tmp_path / 'store.db'}")
    statements: list[str] = []
    with store.engine.begin() as connection:
        driver = connection.connection.driver_connection
        connection.exec_driver_sql("CREATE TEMP TABLE pairs (a INTEGER PRIMARY KEY, b TEXT)")
        driver.set_trace_callback(statements.append)
        added = sqlite_insert(connection, "pairs", ("a", "b"), [(i, str(i)) for i in range(14)])
        driver.set_trace_callback(None)
        stored = connection.exec_driver_sql("SELECT count(*), sum(a) FROM pairs").one()
    store.close()
    inserts = [sql for sql in statements if sql.startswith("INSERT INTO pairs")]
    assert [sql.count("), (") + 1 for sql in inserts] == [4, 4, 4, 2]
    assert added == 14 and tuple(stored) == (14, sum(range(14)))


def test_sqlite_inserts_as_many_rows_per_statement_as_asked_and_the_parameters_allow(
    tmp_path,
) -> None:
    store = Store.open(f"sqlite:///{tmp_path / 'store.db'}")
    with store.engine.begin() as connection:
        driver = connection.connection.driver_connection
        connection.exec_driver_sql("CREATE TEMP TABLE pairs (a INTEGER PRIMARY KEY, b TEXT)")
        driver.setlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER, 20)  # 10 rows of two columns
        sizes = {}
        for asked in (3, 50):
            statements: list[str] = []
            driver.set_trace_callback(statements.append)
            rows = [(i, str(i)) for i in range(asked * 100, asked * 100 + 25)]
            sqlite_insert(connection, "pairs", ("a", "b"), rows, rows_per_statement=asked)
            driver.set_trace_callback(None)
            sizes[asked] = [sql.count("), (") + 1 for sql in statements if "INTO pairs" in sql]
        stored = connection.exec_driver_sql("SELECT count(*) FROM pairs").scalar()
    store.close()
    assert sizes == {3: [3] * 8 + [1], 50: [10, 10, 5]}
    assert stored == 50


def test_opening_the_store_builds_the_indexes_a_killed_analysis_left_dropped(
    store_url: str,
) -> None:
    store = Store.open(store_url)
    store.drop_bulk_indexes()  # as a large analysis does before its writes
    dropped = _index_names(store)
    store.close()
    reopened = Store.open(store_url)
    names = _index_names(reopened)
    reopened.close()
    wanted = {(index.name, index.table.name) for index in BULK_INDEXES}
    assert not wanted & dropped and wanted <= names


def _index_names(store: Store) -> set[tuple[str, str]]:
    with store.engine.connect() as connection:
        return {
            (index["name"], table)
            for table in ("mentions", "indicator_hits", "record_scores")
            for index in inspect(connection).get_indexes(table)
        }


def test_the_schema_revision_the_store_checks_is_the_newest_migration(store: Store) -> None:
    from alembic.script import ScriptDirectory

    with store.engine.connect() as connection:
        head = ScriptDirectory.from_config(alembic_config(connection)).get_current_head()
    assert head == SCHEMA_REVISION
