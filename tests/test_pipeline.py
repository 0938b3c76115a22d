"""`analyze`: extraction over the store, incremental, idempotent, on SQLite and PostgreSQL."""

from __future__ import annotations

import gc
from pathlib import Path

import orjson
import pytest
from sqlalchemy import insert, inspect, select, text

from thbwatch import pipeline
from thbwatch.demo.corpus import write_corpus
from thbwatch.ingest.inputs import plan_inputs
from thbwatch.ingest.run import ingest_input
from thbwatch.pipeline import analyze, link
from thbwatch.store import Store
from thbwatch.store.schema import BULK_INDEXES, records
from thbwatch.store.scoring import scored_batches
from thbwatch.store.web import WebStore


def ingest_ads(store: Store, path: Path, ads: list[dict]) -> None:
    path.write_bytes(b"".join(orjson.dumps(ad) + b"\n" for ad in ads))
    [item] = plan_inputs([path], source="site")
    ingest_input(store, item, kind="sex_ad")


def test_analysis_finds_contacts_and_only_reads_new_records(store: Store, tmp_path: Path) -> None:
    ingest_ads(
        store,
        tmp_path / "a.jsonl",
        [
            {"id": "1", "text": "Nina, 23. Call 0113 496 0123 or WhatsApp", "city": "Leeds"},
            {"id": "2", "text": "Mail nina [at] example [dot] com", "city": "Leeds"},
        ],
    )
    first = analyze(store)
    assert first.records == 2
    [one, two] = list(store.iter_records())
    phones = [m for m in store.mentions_of(one.id) if m.type == "phone"]
    assert [(m.value, m.raw) for m in phones] == [("+441134960123", "0113 496 0123")]
    assert one.text[phones[0].start : phones[0].end] == "0113 496 0123"
    assert [m.value for m in store.mentions_of(two.id) if m.type == "email"] == ["nina@example.com"]
    assert store.get_record(one.id).language == "en"  # detected and kept

    scores = store.scores_of_records([one.id, two.id])
    assert set(scores) == {one.id, two.id} and all(0 < s.score < 1 for s in scores.values())

    assert analyze(store).records == 0  # nothing new
    ingest_ads(store, tmp_path / "b.jsonl", [{"id": "3", "text": "Tel. 0113 496 0999"}])
    assert analyze(store).records == 1

    before = store.count_mentions_by_type()
    assert analyze(store, full=True).records == 3
    assert store.count_mentions_by_type() == before


def test_linking_makes_the_records_of_a_killed_ingest_searchable(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """An ingest indexes its records' text at its end (SQLite): if it was killed before,
    the linking after the next analysis does it."""
    monkeypatch.setattr(Store, "index_new_text", lambda self: 0)  # killed before its end
    ingest_ads(store, tmp_path / "a.jsonl", [{"id": "1", "text": "Passport kept by agent"}])
    monkeypatch.undo()
    web = WebStore(store)
    if store.engine.dialect.name == "sqlite":
        assert web.full_text("passport", limit=5, offset=0) == []
    analyze(store)
    link(store)
    assert [row.ref for row in web.full_text("passport", limit=5, offset=0)] == ["1"]


def test_worker_processes_give_the_same_results(store: Store, tmp_path: Path) -> None:
    ads = [
        {"id": str(n), "text": f"Anna {20 + n % 9} ans, 02 61 91 0{n:03d}, anna{n}@example.com"}
        for n in range(60)
    ]
    ingest_ads(store, tmp_path / "a.jsonl", ads)
    analyze(store, workers=1)
    alone = store.count_mentions_by_type()
    ids = [record.id for record in store.iter_records()]
    one_by_one = store.mentions_of_records(ids)
    analyze(store, full=True, workers=2, batch_size=25)
    assert store.count_mentions_by_type() == alone
    assert store.mentions_of_records(ids) == one_by_one


def test_batches_of_record_ids_step_over_ids_that_were_skipped(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PostgreSQL's sequence skips an id at each conflict: a batch may hold fewer records."""
    ingest_ads(
        store,
        tmp_path / "a.jsonl",
        [{"id": str(n), "text": f"Tel. 0113 496 012{n}"} for n in range(3)],
    )
    with store.engine.begin() as connection:  # a record far beyond the others, as after gaps
        first = connection.execute(select(records).where(records.c.id == 1)).mappings().one()
        far = {**first, "id": 40, "key": "far", "ref": "far", "body": "Tel. 0113 496 0999"}
        connection.execute(insert(records).values(far))
        if connection.dialect.name == "postgresql":  # as its sequence would have gone on
            connection.execute(text("SELECT setval('records_id_seq', 40)"))
    told, compared = [], []
    monkeypatch.setattr(pipeline, "CORPUS_CHUNK", 2)  # ids (0, 2], (2, 4], ... (38, 40]
    report = analyze(
        store,
        batch_size=5,
        progress=lambda done, left: told.append((done, left)),
        corpus_progress=lambda done, left: compared.append(done),
    )
    assert report.records == 4 and report.mentions == {"phone": 4}
    assert told[-1] == (1, 0) and sum(done for done, _ in told) == 4
    assert compared == [2, 1, *[0] * 17, 1]  # the records of each range of ids
    assert store.analysis_mark("extract") == 40
    ingest_ads(store, tmp_path / "b.jsonl", [{"id": "new", "text": "Tel. 0113 496 0888"}])
    assert analyze(store, batch_size=5).records == 1


def test_a_batch_analysed_again_replaces_its_stored_results(store: Store, tmp_path: Path) -> None:
    """As after a mark that did not move: each batch's old rows go by its range of ids."""
    ads = [{"id": str(n), "text": f"Anna {20 + n}, Tel. 0113 496 01{n:02d}"} for n in range(12)]
    ingest_ads(store, tmp_path / "a.jsonl", ads)
    analyze(store, batch_size=5, workers=1)
    ids = [record.id for record in store.iter_records()]
    mentions, scores = store.mentions_of_records(ids), store.scores_of_records(ids)
    with store.engine.begin() as connection:
        connection.execute(text("UPDATE analysis_marks SET last_record_id = 0"))
    assert analyze(store, batch_size=5, workers=1).records == 12
    assert store.mentions_of_records(ids) == mentions
    assert store.scores_of_records(ids) == scores
    assert store.count_mentions_by_type() == {"age": 12, "phone": 12}


def test_a_large_analysis_builds_some_indexes_after_its_writes(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ads = [
        {"id": str(n), "text": f"Tel. 0113 496 0{n:03d}, anna{n}@example.com"} for n in range(30)
    ]
    ingest_ads(store, tmp_path / "a.jsonl", ads[:10])
    analyze(store)
    ingest_ads(store, tmp_path / "b.jsonl", ads[10:])
    indexed_while_writing = []
    save = Store.save_analysis_rows

    def save_and_look(self: Store, *args: object, **kwargs: object) -> None:
        indexed_while_writing.append(_has_bulk_indexes(self))
        save(self, *args, **kwargs)

    monkeypatch.setattr(Store, "save_analysis_rows", save_and_look)
    monkeypatch.setattr(pipeline, "BULK_FROM", 15)
    indexed_when_rescoring = []
    save_rescored = pipeline.save_rescored

    def rescore_and_look(store: Store, *args: object) -> None:
        indexed_when_rescoring.append(_has_bulk_indexes(store))
        save_rescored(store, *args)

    monkeypatch.setattr(pipeline, "save_rescored", rescore_and_look)
    analyze(store, batch_size=5)  # 20 new records of 30: dropped, then built
    assert indexed_while_writing == [False] * 4 and _has_bulk_indexes(store)
    # Built in a thread while the corpus pass computes, and done before it writes.
    assert indexed_when_rescoring and all(indexed_when_rescoring)
    by_entity = _phones_by_entity(store)
    assert len(by_entity) == 30

    ingest_ads(store, tmp_path / "c.jsonl", [{"id": "x", "text": "Tel. 0113 496 0999"}])
    indexed_while_writing.clear()
    analyze(store)  # 1 new record: below BULK_FROM, the indexes stay
    assert indexed_while_writing == [True]


def _has_bulk_indexes(store: Store) -> bool:
    """Whether the store has every index a large analysis builds after its writes (and
    so, as the test expects before them, whether it has any: they go together)."""
    with store.engine.connect() as connection:
        found = {
            index.name
            for index in BULK_INDEXES
            if index.name in {i["name"] for i in inspect(connection).get_indexes(index.table.name)}
        }
    assert len(found) in (0, len(BULK_INDEXES)), found
    return bool(found)


def _phones_by_entity(store: Store) -> dict[str, int]:
    with store.engine.connect() as connection:
        rows = connection.execute(
            text(
                "SELECT e.value, count(*) FROM entities e JOIN mentions m ON m.entity_id = e.id"
                " WHERE e.type = 'phone' GROUP BY e.value"
            )
        )
        return dict(rows.all())


def test_scores_rank_records_with_indicators_first_and_explain_why(
    store: Store, tmp_path: Path
) -> None:
    path = tmp_path / "jobs.jsonl"
    risky_text = (
        "Work abroad, no experience needed! Pay a registration fee of 200 EUR and send "
        "a copy of your passport. Travel and housing deducted from salary."
    )
    jobs = [
        {"id": "1", "text": "Warehouse job in Lyon. Apply with your CV."},
        {"id": "2", "text": risky_text},
    ]
    path.write_bytes(b"".join(orjson.dumps(job) + b"\n" for job in jobs))
    [item] = plan_inputs([path], source="jobs")
    ingest_input(store, item, kind="job_ad")
    analyze(store)
    plain, risky = list(store.iter_records())
    scores = store.scores_of_records([plain.id, risky.id])
    assert scores[risky.id].score > scores[plain.id].score
    reasons = scores[risky.id].reasons
    assert "fee_to_worker" in {reason["indicator"] for reason in reasons}
    for reason in reasons:  # every reason points at the words that carry it
        assert all(risky.text[a:b].strip() for a, b in reason["spans"])
    [(top, _)] = store.top_leads(1)
    assert top.id == risky.id


def test_progress_is_told_of_both_passes(store: Store, tmp_path: Path) -> None:
    ads = [{"id": str(n), "text": f"Job in Leeds, {1000 + n} GBP a month"} for n in range(7)]
    ingest_ads(store, tmp_path / "a.jsonl", ads)
    first: list[tuple[int, int]] = []
    corpus: list[tuple[int, int]] = []
    analyze(
        store,
        batch_size=3,
        progress=lambda done, left: first.append((done, left)),
        corpus_progress=lambda done, left: corpus.append((done, left)),
    )
    assert first == [(3, 4), (3, 1), (1, 0)]  # three batches, nothing left at the end
    # New records' corpus values come from the analysis: the corpus pass reads them once.
    assert sum(done for done, _ in corpus) == 7 and corpus[-1][1] == 0
    ingest_ads(store, tmp_path / "b.jsonl", [{"id": "new", "text": "Job in Leeds, 900 GBP"}])
    corpus.clear()
    analyze(store, corpus_progress=lambda done, left: corpus.append((done, left)))
    assert sum(done for done, _ in corpus) == 2 * 7 + 1 and corpus[-1][1] == 0  # old twice


def test_the_corpus_pass_in_parts_and_workers_scores_as_in_one_piece(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # 30 warehouse jobs in Leeds at the usual pay and 3 at three times it: the corpus pass
    # needs all 33 to know the median, whichever worker reads which part.
    pay = [1800 + 10 * n for n in range(30)] + [5800, 5900, 6000]
    jobs = [
        {"id": str(n), "text": f"Warehouse operative in Leeds, {gbp} GBP a month. Apply today."}
        for n, gbp in enumerate(pay)
    ]
    path = tmp_path / "jobs.jsonl"
    path.write_bytes(b"".join(orjson.dumps(job) + b"\n" for job in jobs))
    [item] = plan_inputs([path], source="jobs")
    ingest_input(store, item, kind="job_ad")
    ids = [record.id for record in store.iter_records()]
    analyze(store, workers=1)
    whole = store.scores_of_records(ids)
    monkeypatch.setattr(pipeline, "CORPUS_CHUNK", 7)
    report = analyze(store, full=True, workers=2)
    assert store.scores_of_records(ids) == whole
    assert report.indicators["salary_far_above_market"] == 3
    high = {r["indicator"] for r in whole[ids[-1]].reasons}
    assert "salary_far_above_market" in high


def test_corpus_values_gathered_during_analysis_equal_those_read_back(
    store: Store, tmp_path: Path
) -> None:
    # The corpus statistics and rules take new records' values and facts from the analysis
    # itself and older records' from the store: both must give the same for each record.
    write_corpus(tmp_path, records=400, seed=5)
    for name, kind in (("classifieds.jsonl", "sex_ad"), ("jobs.csv", "job_ad")):
        [item] = plan_inputs([tmp_path / name], source=name)
        ingest_input(store, item, kind=kind)
    analyze(store, workers=1)
    read_back, seen = pipeline._corpus_values(0, store.newest_record_id())
    _, gathered, kept = pipeline._analyse_chunk(store.record_texts(0, 1000))
    assert seen == store.count_records() == 400
    assert gathered.salaries and gathered.prices and gathered.addresses
    assert gathered == read_back
    stored = [pipeline._facts(r) for batch in scored_batches(store) for r in batch]
    assert kept == [facts for facts in stored if facts.comparable()]
    assert 0 < len(kept) < len(stored)


def test_an_analysis_in_two_runs_scores_as_one(store: Store, tmp_path: Path) -> None:
    write_corpus(tmp_path, records=300, seed=9)
    [jobs] = plan_inputs([tmp_path / "jobs.csv"], source="jobs")
    ingest_input(store, jobs, kind="job_ad")
    analyze(store, workers=1)  # the job ads alone, then the classifieds as new records
    [ads] = plan_inputs([tmp_path / "classifieds.jsonl"], source="ads")
    ingest_input(store, ads, kind="sex_ad")
    analyze(store, workers=1)
    ids = [record.id for record in store.iter_records()]
    in_two = store.scores_of_records(ids)
    analyze(store, full=True, workers=1)
    assert store.scores_of_records(ids) == in_two
    assert any("price_far_below_market" in str(s.reasons) for s in in_two.values())


def test_the_garbage_collector_runs_less_often_during_analysis_and_as_before_after() -> None:
    before = gc.get_threshold()
    with pipeline.fewer_collections():
        assert gc.get_threshold()[0] > 10 * before[0]
        assert gc.get_freeze_count() > 0  # what was loaded is never walked again
    assert gc.get_threshold() == before and gc.get_freeze_count() == 0
