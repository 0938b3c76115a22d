"""Ingest inputs into the store: read, map, dedupe, write in batches, report.

Each batch is one transaction (records plus the run's counters), so a run killed at any
point leaves a consistent store; running the same input again completes it and adds
nothing twice, because records are identified by (source, ref) or their content hash.
On SQLite the new records' text goes into the full-text index once, at the end
(`Store.index_new_text`), unless the caller leaves it to linking (`run`: see
`pipeline.link`); the next ingest or linking does it for a killed run.
"""

from __future__ import annotations

import pickle
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from functools import partial
from pathlib import Path
from typing import IO, Any

import orjson

from thbwatch.child import ChildSender, SendAhead
from thbwatch.errors import UserError
from thbwatch.ingest.csvfile import read_csv
from thbwatch.ingest.html import read_html
from thbwatch.ingest.inputs import Input, InputFile, Reader, rejects_path
from thbwatch.ingest.jsonfile import read_json, read_jsonl
from thbwatch.ingest.mapping import FieldMap, map_row
from thbwatch.ingest.warc import read_warc
from thbwatch.model import KINDS, Origin, Record, Reject, Row
from thbwatch.store import Store
from thbwatch.store.database import RecordRows

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
    index_text: bool = True,
) -> InputReport:
    """Read one input into the store (see the module's docstring). `index_text`: make the
    new records searchable at the end (SQLite's full-text index); False leaves it to
    the caller, who will link them next (`pipeline.link` indexes them on a free core)."""
    if kind != "auto" and kind not in KINDS:
        raise UserError(f"--kind {kind!r}: choose one of auto, {', '.join(KINDS)}")
    overrides = overrides or {}
    report = InputReport(path=str(item.path), source=item.source, sha256=item.sha256)
    source_id = store.source_id(item.source)
    formats = sorted({file.format for file in item.files})
    run_id = store.start_run(source_id, str(item.path), item.sha256, "+".join(formats))
    rejects = RejectsFile(rejects_path(item.path))
    prepare = partial(
        RecordRows.of, source_id=source_id, run_id=run_id, dialect=store.engine.dialect
    )
    reading = Reading(item, kind, overrides, batch_size, prepare)
    status = "failed"
    try:
        for batch in reading.batches():
            for reject in batch.rejects:
                rejects.write(reject)
            result = store.add_record_rows(run_id, batch.rows, batch.rows_read, len(batch.rejects))
            report.rows_read += batch.rows_read
            report.rejected += len(batch.rejects)
            report.added += result.added
            report.duplicates += result.duplicates
            if progress:
                progress(batch.rows_read, batch.share)
        if index_text:
            store.index_new_text()  # once at the end: far cheaper than batch by batch
        report.skipped, report.field_maps = reading.skipped, reading.field_maps
        status = "complete"
    except KeyboardInterrupt:
        status = "interrupted"  # what is committed stays; running again completes it
        raise
    finally:
        reading.close()
        rejects.close()
        report.rejects_file = str(rejects.path) if report.rejected else None
        store.finish_run(run_id, status, report.as_dict())
    return report


@dataclass(slots=True)
class ReadBatch:
    """A batch as the reading process hands it over: the rows to insert, the rejects."""

    rows: RecordRows
    rows_read: int
    rejects: list[Reject]
    share: float  # of the input read so far (0-1)


class Reading:
    """The input read, mapped and made into rows to insert in a process of its own, one
    batch ahead of this one, which only writes.

    Reading and mapping are Python, and so was most of a write beside the database's own
    work: in one process, even with the writes in a thread, ingest used one core.
    Batches come in input order, each written in its own transaction, so a run stopped
    at any point leaves whole batches; running the input again completes it.
    """

    def __init__(
        self,
        item: Input,
        kind: str,
        overrides: dict[str, tuple[str, ...]],
        batch_size: int,
        prepare: Callable[[list[Record]], RecordRows],
    ) -> None:
        read = partial(_send_batches, item, kind, overrides, batch_size, prepare)
        self._child = ChildSender(read, "ingest's reading")
        self.skipped = 0
        self.field_maps: list[str] = []

    def batches(self) -> Iterator[ReadBatch]:
        while True:
            message = self._child.receive()
            if isinstance(message, ReadBatch):
                yield message
            elif isinstance(message, BaseException):
                raise message
            else:
                self.skipped, self.field_maps = message
                return

    def close(self) -> None:
        self._child.close()


def _send_batches(
    item: Input,
    kind: str,
    overrides: dict[str, tuple[str, ...]],
    batch_size: int,
    prepare: Callable[[list[Record]], RecordRows],
    send: SendAhead,
) -> None:
    """The reading process: batches of rows into `send`, then (skipped, field maps), or
    the error that stopped the reading."""
    report = InputReport(path=str(item.path), source=item.source, sha256=item.sha256)
    bytes_read = ByteCounter(item)
    try:
        batch: list[Record] = []
        rejects: list[Reject] = []
        rows_read = 0
        for outcome in _records(item, kind, overrides, report):
            bytes_read.at(outcome.origin)
            rows_read += 1
            if isinstance(outcome, Reject):
                rejects.append(outcome)
            else:
                batch.append(outcome)
            if rows_read >= batch_size:
                send.send(ReadBatch(prepare(batch), rows_read, rejects, bytes_read.share()))
                batch, rejects, rows_read = [], [], 0
        send.send(ReadBatch(prepare(batch), rows_read, rejects, bytes_read.share()))
        send.send((report.skipped, report.field_maps))
    except (BrokenPipeError, KeyboardInterrupt):
        raise  # the writing process has stopped, or reports the interrupt
    except Exception as error:  # noqa: BLE001 - handed to the writing process, which raises it
        send.send(_picklable(error))


def _picklable(error: Exception) -> Exception:
    """The error itself if it crosses to the other process intact, else its text."""
    try:
        pickle.loads(pickle.dumps(error))
    except Exception:  # noqa: BLE001 - any error that will not pickle
        return RuntimeError(f"reading the input failed: {type(error).__name__}: {error}")
    return error


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
