"""Ingest inputs into the store: read, map, dedupe, write in batches, report.

Each batch is one transaction (records plus the run's counters), so a run killed at any
point leaves a consistent store; running the same input again completes it and adds
nothing twice, because records are identified by (source, ref) or their content hash.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import orjson

from thbwatch.errors import UserError
from thbwatch.ingest.csvfile import read_csv
from thbwatch.ingest.html import read_html
from thbwatch.ingest.inputs import Input, InputFile, Reader, rejects_path
from thbwatch.ingest.jsonfile import read_json, read_jsonl
from thbwatch.ingest.mapping import FieldMap, map_row
from thbwatch.ingest.warc import read_warc
from thbwatch.model import KINDS, Origin, Record, Reject, Row
from thbwatch.store import BatchResult, Store

READERS: dict[str, Reader] = {
    "csv": read_csv,
    "jsonl": read_jsonl,
    "json": read_json,
    "html": read_html,
    "warc": read_warc,
}
BATCH_SIZE = 2000


@dataclass(slots=True)
class InputReport:
    """What happened to one input: the summary the CLI prints and `--json` returns."""

    path: str
    source: str
    sha256: str
    rows_read: int = 0
    added: int = 0
    duplicates: int = 0
    rejected: int = 0
    skipped: int = 0  # WARC records that hold no page (requests, images, ...)
    rejects_file: str | None = None
    field_maps: list[str] = field(default_factory=list)

    def as_dict(self) -> dict[str, Any]:
        return {
            "path": self.path,
            "source": self.source,
            "sha256": self.sha256,
            "rows_read": self.rows_read,
            "added": self.added,
            "duplicates": self.duplicates,
            "rejected": self.rejected,
            "skipped": self.skipped,
            "rejects_file": self.rejects_file,
        }


# Called after each batch with the rows it handled and the share of the input read (0-1).
Progress = Callable[[int, float], None]


def ingest_input(
    store: Store,
    item: Input,
    kind: str = "auto",
    overrides: dict[str, tuple[str, ...]] | None = None,
    progress: Progress | None = None,
    batch_size: int = BATCH_SIZE,
) -> InputReport:
    if kind != "auto" and kind not in KINDS:
        raise UserError(f"--kind {kind!r}: choose one of auto, {', '.join(KINDS)}")
    overrides = overrides or {}
    report = InputReport(path=str(item.path), source=item.source, sha256=item.sha256)
    source_id = store.source_id(item.source)
    formats = sorted({file.format for file in item.files})
    run_id = store.start_run(source_id, str(item.path), item.sha256, "+".join(formats))
    rejects = RejectsFile(rejects_path(item.path))
    writes = WriteBehind(store, run_id, source_id, report, progress)
    status = "failed"
    try:
        batch: list[Record] = []
        rows_in_batch = rejects_in_batch = 0
        bytes_read = ByteCounter(item)

        def flush() -> None:
            nonlocal batch, rows_in_batch, rejects_in_batch
            writes.write(batch, rows_in_batch, rejects_in_batch, bytes_read.share())
            batch, rows_in_batch, rejects_in_batch = [], 0, 0

        for outcome in _records(item, kind, overrides, report):
            bytes_read.at(outcome.origin)
            report.rows_read += 1
            rows_in_batch += 1
            if isinstance(outcome, Reject):
                rejects.write(outcome)
                report.rejected += 1
                rejects_in_batch += 1
            else:
                batch.append(outcome)
            if rows_in_batch >= batch_size:
                flush()
        flush()
        writes.wait()
        status = "complete"
    except KeyboardInterrupt:
        status = "interrupted"  # what is committed stays; running again completes it
        raise
    finally:
        writes.close()
        rejects.close()
        report.rejects_file = str(rejects.path) if report.rejected else None
        store.finish_run(run_id, status, report.as_dict())
    return report


class WriteBehind:
    """Each batch written in a background thread while the next one is read and mapped.

    Most of a write is the database's own work (inserting, indexing the text), during
    which SQLite's and PostgreSQL's drivers release the GIL: reading overlaps it. One
    batch is written at a time, in input order, each in its own transaction, so a run
    stopped at any point leaves the same store as before: whole batches, in order.
    """

    def __init__(
        self,
        store: Store,
        run_id: int,
        source_id: int,
        report: InputReport,
        progress: Progress | None,
    ) -> None:
        self.store, self.run_id, self.source_id = store, run_id, source_id
        self.report, self.progress = report, progress
        self._thread = ThreadPoolExecutor(max_workers=1, thread_name_prefix="ingest-writes")
        self._pending: tuple[Future[BatchResult], int, float] | None = None

    def write(self, batch: list[Record], rows: int, rejected: int, share: float) -> None:
        """Start writing `batch` once the one before it is written."""
        self.wait()
        future = self._thread.submit(
            self.store.add_records, self.run_id, self.source_id, batch, rows, rejected
        )
        self._pending = (future, rows, share)

    def wait(self) -> None:
        """Wait for the batch being written; count it, or raise what stopped it."""
        if self._pending is None:
            return
        future, rows, share = self._pending
        self._pending = None
        result = future.result()
        self.report.added += result.added
        self.report.duplicates += result.duplicates
        if self.progress:
            self.progress(rows, share)

    def close(self) -> None:
        """Let a batch being written finish (it commits whole or not at all) and count it.
        Called while another error may be on its way out: that one is the one to report."""
        self._thread.shutdown(wait=True)
        if self._pending is not None and self._pending[0].exception() is None:
            self.wait()


def _records(
    item: Input, kind: str, overrides: dict[str, tuple[str, ...]], report: InputReport
) -> Iterator[Record | Reject]:
    for file in item.files:
        maps: dict[frozenset[str], FieldMap] = {}
        reader = READERS[file.format](file.path, file.sha256)
        for outcome in reader:
            if isinstance(outcome, Reject):
                yield outcome
                continue
            field_map = _field_map(maps, outcome, file, overrides, report)
            yield map_row(outcome, field_map, item.source, kind)
        report.skipped += sum(getattr(reader, "skipped", {}).values())


def _field_map(
    maps: dict[frozenset[str], FieldMap],
    row: Row,
    file: InputFile,
    overrides: dict[str, tuple[str, ...]],
    report: InputReport,
) -> FieldMap:
    """One map per distinct set of fields: a CSV has one, JSON objects may vary.

    The file's first row decides whether it can be read at all: if it has no text field,
    the user must say which one (nothing has been written yet). Later JSON objects
    without text are rejected one by one.
    """
    names = frozenset(row.fields)
    found = maps.get(names)
    if found is None:
        try:
            found = FieldMap.build(row.fields, overrides, strict=file.format == "csv")
        except UserError as error:
            raise UserError(f"{file.path}: {error}") from None
        has_text = "body" in found.columns or "title" in found.columns or row.known
        if not maps and not has_text:
            raise UserError(
                f"{row.origin.describe()}: no text field among "
                f"{', '.join(list(row.fields)[:20])}; name one with --map body=FIELD"
            )
        maps[names] = found
        if len(report.field_maps) < 5:
            report.field_maps.append(found.describe())
    return found


class ByteCounter:
    """How far through an input (all its files) the latest row lies, for progress."""

    def __init__(self, item: Input) -> None:
        self.files = {str(file.path): file for file in item.files}
        self.before: dict[str, int] = {}  # bytes in the files read before this one
        total = 0
        for file in item.files:
            self.before[str(file.path)] = total
            total += file.size
        self.total = total
        self.position = 0

    def at(self, origin: Origin) -> None:
        file = self.files.get(origin.path)
        if file is not None:
            self.position = self.before[origin.path] + file.done(origin)

    def share(self) -> float:
        return self.position / self.total if self.total else 1.0


class RejectsFile:
    """`<input>.rejects.jsonl`: one line per reject, rewritten by every run of the input.

    Opened only when the first reject comes, so a clean input leaves no file; a stale
    file from an earlier run is removed, since it no longer describes the input.
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._handle: IO[bytes] | None = None

    def write(self, reject: Reject) -> None:
        if self._handle is None:
            self._handle = self.path.open("wb")
        entry = {
            "file": reject.origin.path,
            "line": reject.origin.line,
            "offset": reject.origin.offset,
            "item": reject.origin.item,
            "reason": reject.reason,
            "text": reject.text,
        }
        self._handle.write(orjson.dumps(entry) + b"\n")

    def close(self) -> None:
        if self._handle is not None:
            self._handle.close()
        elif self.path.exists():
            self.path.unlink(missing_ok=True)
