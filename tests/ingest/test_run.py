"""Ingest runs end to end into the store (SQLite and PostgreSQL), one format at a time."""

from __future__ import annotations

import json
import multiprocessing
from pathlib import Path

import pytest

from tests.ingest.test_warc import build_archive
from thbwatch.errors import UserError
from thbwatch.ingest.inputs import plan_inputs
from thbwatch.ingest.run import _picklable, ingest_input
from thbwatch.store import Store
from thbwatch.store.web import WebStore


def test_a_folder_of_saved_pages_and_an_archive_become_records(
    store: Store, tmp_path: Path
) -> None:
    pages = tmp_path / "pages"
    pages.mkdir()
    (pages / "a.html").write_text(
        "<html><head><title>Nina</title><script>alert(1)</script></head>"
        "<body><p>Nouvelle à Lyon, appelle-moi.</p></body></html>",
        encoding="utf-8",
    )
    (pages / "b.htm").write_text("<html><body><p>Zweite Seite, Berlin.</p></body></html>")
    (pages / "notes.txt").write_text("not a page")  # passed over: unknown format
    archive = tmp_path / "crawl.warc.gz"
    archive.write_bytes(build_archive(gzip=True).data)

    [folder, crawl] = plan_inputs([pages, archive])
    folder_report = ingest_input(store, folder, kind="sex_ad")
    crawl_report = ingest_input(store, crawl)

    assert (folder_report.added, folder_report.rejected, folder_report.source) == (2, 0, "pages")
    assert (crawl_report.added, crawl_report.skipped) == (2, 3)  # warcinfo, image, request
    records = list(store.iter_records())
    [nina] = [record for record in records if record.origin.path == str(pages / "a.html")]
    assert nina.title == "Nina" and "alert" not in nina.text and "Lyon" in nina.body
    assert nina.raw.startswith(b"<html>") and nina.raw_format == "html"
    captured = [record for record in records if record.origin.path == str(archive)]
    assert {record.url for record in captured} == {"https://ads.example/1", "https://ads.example/2"}
    assert all(record.captured_at and record.origin.offset for record in captured)
    assert all(record.ref and record.ref.startswith("<urn:uuid:") for record in captured)


def test_json_arrays_and_nested_fields_map_with_overrides(store: Store, tmp_path: Path) -> None:
    data = tmp_path / "posts.json"
    data.write_text(
        json.dumps(
            {"data": [{"uid": "p1", "post": {"text": "Szukam pracy"}}, {"uid": "p2", "post": {}}]}
        )
    )
    [item] = plan_inputs([data])
    report = ingest_input(store, item, overrides={"body": ("post.text",)})
    assert (report.added, report.rejected) == (1, 1)  # the second post has no text
    [record] = store.iter_records()
    assert (record.ref, record.body, record.origin.item) == ("p1", "Szukam pracy", 0)


def test_a_file_without_any_text_field_stops_before_writing(store: Store, tmp_path: Path) -> None:
    data = tmp_path / "numbers.csv"
    data.write_text("id,price\n1,100\n")
    [item] = plan_inputs([data])
    with pytest.raises(UserError, match=r"numbers.csv:2: no text field among id, price"):
        ingest_input(store, item)
    assert store.count_records() == 0


def test_ingesting_in_small_batches_gives_the_same_store(store: Store, tmp_path: Path) -> None:
    data = tmp_path / "ads.jsonl"
    data.write_text("".join(f'{{"id": {n}, "text": "ad {n}"}}\n' for n in range(25)) + "{bad\n")
    [item] = plan_inputs([data])
    report = ingest_input(store, item, batch_size=4)
    assert (report.rows_read, report.added, report.rejected) == (26, 25, 1)
    [run] = store.ingest_runs()
    assert (run["rows_read"], run["added"], run["rejected"], run["status"]) == (
        26,
        25,
        1,
        "complete",
    )


def test_text_with_nul_characters_is_stored_without_them(store: Store, tmp_path: Path) -> None:
    data = tmp_path / "ads.jsonl"
    data.write_text('{"id": 1, "text": "call\\u0000 me"}\n')
    [item] = plan_inputs([data])
    assert ingest_input(store, item).added == 1
    [record] = store.iter_records()
    assert record.body == "call me"
    assert b"\\u0000" in record.raw  # the payload is kept as it came


def test_a_failed_write_stops_the_reading_process_and_keeps_the_batches_before(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    data = tmp_path / "ads.jsonl"
    data.write_text("".join(f'{{"id": {n}, "text": "ad {n}"}}\n' for n in range(40)))
    [item] = plan_inputs([data])
    write = Store.add_record_rows
    written: list[int] = []

    def fail_on_the_third_batch(self: Store, *args: object) -> object:
        if len(written) == 2:
            raise OSError("disk full")
        written.append(1)
        return write(self, *args)

    monkeypatch.setattr(Store, "add_record_rows", fail_on_the_third_batch)
    with pytest.raises(OSError, match="disk full"):
        ingest_input(store, item, batch_size=4)
    assert multiprocessing.active_children() == []  # the reader did not outlive the run
    assert store.count_records() == 8
    [run] = store.ingest_runs()
    assert (run["added"], run["status"]) == (8, "failed")
    monkeypatch.undo()
    again = ingest_input(store, item, batch_size=4)  # completes the input
    assert (again.added, again.duplicates) == (32, 8)
    found = WebStore(store).full_text("ad", limit=100, offset=0)  # every record, once
    assert sorted(row.ref for row in found) == sorted(str(n) for n in range(40))


class _NeedsTwoArguments(Exception):
    def __init__(self, what: str, where: str) -> None:
        super().__init__(f"{what} at {where}")


def test_an_error_in_the_reading_process_crosses_over_whole_or_as_its_text() -> None:
    error = UserError("ads.csv:2: no text field")
    assert _picklable(error) is error
    crossed = _picklable(_NeedsTwoArguments("bad byte", "line 3"))  # will not unpickle
    assert isinstance(crossed, RuntimeError)
    assert str(crossed) == "reading the input failed: _NeedsTwoArguments: bad byte at line 3"
