"""The assessment tables on SQLite and PostgreSQL: pinning, codes, and the landscape."""

from __future__ import annotations

import hashlib
from datetime import datetime
from pathlib import Path

import pytest
from sqlalchemy import insert

from thbwatch.assess import rounds
from thbwatch.assess.form import Form, load_form
from thbwatch.assess.landscape import read_landscape
from thbwatch.assess.xlsform import read_source, shipped_source_path, write_xlsform
from thbwatch.errors import UserError
from thbwatch.model import Analysed, Extracted, IndicatorHit, Mention, Origin, Record, RecordScore
from thbwatch.store import Store
from thbwatch.store.assessment import AssessmentStore
from thbwatch.store.database import utcnow
from thbwatch.store.schema import cluster_members, clusters


def test_a_version_is_pinned_to_one_content(store: Store, form: Form, tmp_path: Path) -> None:
    rounds.create_round(store, "2025", None)
    with pytest.raises(UserError, match="already exists"):
        rounds.create_round(store, "2025", None)
    source = read_source(shipped_source_path())
    source["survey"][2]["label"]["en"] = "Who are you?"  # changed, same version
    changed = tmp_path / "changed.xlsx"
    changed.write_bytes(write_xlsform(source))
    with pytest.raises(UserError, match="version 2025.1 is already stored with other content"):
        rounds.create_round(store, "2026", changed)
    source["settings"]["version"] = "2026.1"
    changed.write_bytes(write_xlsform(source))
    rounds.create_round(store, "2026", changed)
    pinned = AssessmentStore(store.engine).round("2026")
    assert load_form(pinned.content, pinned.filename).version == "2026.1"
    assert [r["version"] for r in AssessmentStore(store.engine).rounds()] == ["2025.1", "2026.1"]


def test_staff_codes_replace_the_keywords(store: Store, form: Form, tmp_path: Path) -> None:
    from thbwatch.assess import synthetic

    rounds.create_round(store, "2025", None)
    answers = synthetic.synthetic_answers(form, synthetic.Scenario(), seed=2)[:3]
    for answer in answers:
        answer["good_practices"] = "Cyber-patrols with web-scraping tools and training."
    export = tmp_path / "kobo.csv"
    synthetic.write_csv(synthetic.kobo_rows(form, answers, seed=2), export)
    assert rounds.import_export(store, "2025", export).added == 3
    _, _, analysis, submissions = rounds.analyse(store, "2025")
    first = next(c for c in analysis.codings if c.question == "good_practices")
    assert (first.themes, first.coder) == (("training",), "keywords")

    assessment = AssessmentStore(store.engine)
    round_id = assessment.round("2025").id
    assessment.set_codes(round_id, first.submission_id, "good_practices", ["equipment"], "ana")
    assessment.set_codes(round_id, submissions[1].id, "good_practices", [], "ana")
    _, _, recoded, _ = rounds.analyse(store, "2025")
    coded = {c.submission_id: (c.themes, c.coder) for c in recoded.codings
             if c.question == "good_practices"}  # fmt: skip
    assert coded[first.submission_id] == (("equipment",), "ana")
    assert coded[submissions[1].id] == ((), "ana")  # "no theme" stays a person's decision
    assert coded[submissions[2].id] == (("training",), "keywords")
    with pytest.raises(UserError, match="not in this round"):
        assessment.set_codes(round_id, 9999, "good_practices", [], "ana")


def record(ref: str, posted: datetime) -> Record:
    raw = ref.encode()
    return Record(
        source="site", ref=ref, kind="job_ad", title=None, body=f"Job {ref}", location=None,
        posted_at=posted, captured_at=None, url=None, language="en", images=[], raw=raw,
        raw_format="json", raw_sha256=hashlib.sha256(raw).hexdigest(),
        origin=Origin("ads.jsonl", "f" * 64, 1),
    )  # fmt: skip


def test_the_landscape_counts_per_month(store: Store) -> None:
    empty = read_landscape(store.engine)
    assert empty.empty and empty.months == []
    source_id = store.source_id("site")
    run_id = store.start_run(source_id, "ads.jsonl", "f" * 64, "jsonl")
    posted = [datetime(2025, 1, 5), datetime(2025, 1, 20), datetime(2025, 2, 3)]
    store.add_records(run_id, source_id, [record(str(n), d) for n, d in enumerate(posted)], 3, 0)
    ids = [r.id for r in store.iter_records()]
    telegram = Mention("handle", "telegram:recruiter", "@recruiter", 0, 10)
    fee = IndicatorHit("fee_to_worker", 0.8, ((0, 3),))
    store.save_analysis(
        [
            Analysed(Extracted(ids[0], "en", False, None, [telegram]), [fee], RecordScore(0.6, [])),
            Analysed(Extracted(ids[1], "en", False, None, []), [], RecordScore(0.1, [])),
            Analysed(Extracted(ids[2], "en", False, None, [telegram]), [fee], RecordScore(0.6, [])),
        ],
        last_record_id=ids[-1],
    )
    found = read_landscape(store.engine)
    assert found.months == ["2025-01", "2025-02"]
    assert found.records == {"2025-01": 2, "2025-02": 1}
    assert found.by_kind == {"job_ad": {"2025-01": 2, "2025-02": 1}}
    assert found.messaging_share == {"2025-01": 0.5, "2025-02": 1.0}
    assert found.categories["deceptive_recruitment"] == {"2025-01": 0.5, "2025-02": 1.0}
    assert found.networks == {} and "No networks yet" in found.notes[0]

    with store.engine.begin() as connection:  # a network of two, as the linking stage makes
        now = utcnow()
        cluster = connection.execute(
            insert(clusters).values(size=2, reasons=[], created_at=now, updated_at=now)
            .returning(clusters.c.id)
        ).scalar_one()  # fmt: skip
        connection.execute(
            insert(cluster_members), [{"cluster_id": cluster, "record_id": i} for i in ids[:2]]
        )
    assert read_landscape(store.engine).networks == {"2025-01": 1}
    january = read_landscape(store.engine, datetime(2025, 1, 1), datetime(2025, 2, 1))
    assert january.months == ["2025-01"]
