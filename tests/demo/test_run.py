"""`thbwatch demo`: the corpus goes into the store whole, and the summary page says what came in."""

from __future__ import annotations

import io
from pathlib import Path

import orjson
from rich.console import Console

from thbwatch.demo.run import run_demo
from thbwatch.store import Store


def quiet() -> Console:
    return Console(file=io.StringIO(), width=120)


def test_the_demo_ingests_every_record_of_the_corpus_once(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'demo.db'}"
    out = tmp_path / "out"
    console = quiet()
    summary = run_demo(db, records=600, seed=3, out=out, console=console, stderr=quiet())

    truth = [orjson.loads(line) for line in (out / "truth.jsonl").read_bytes().splitlines()]
    store = Store.open(db)
    assert store.count_records() == len(truth) == 600
    stored = {(record.source, record.ref): record for record in store.iter_records()}
    for entry in truth:
        source = "classifieds" if entry["file"] == "classifieds.jsonl" else "jobs"
        record = stored[(source, entry["ref"])]
        assert record.language == entry["language"]
        assert all(item["raw"] in record.text for item in entry["entities"])

    page = summary.read_text(encoding="utf-8")
    assert "Extraction against the ground truth" in page
    assert "Top leads for review" in page and "deceptive_job" in page
    for name in ("classifieds.jsonl", "jobs.csv"):
        rows = sum(entry["file"] == name for entry in truth)
        assert f'{name}</td><td>{name.split(".")[0]}</td><td class="n">{rows:,}</td>' in page
        assert f"│ {name}" in console.file.getvalue()
    assert "<script" not in page  # self-contained and inert

    run_demo(db, records=600, seed=3, out=out, console=quiet(), stderr=quiet())
    assert store.count_records() == 600  # the same corpus again adds nothing
