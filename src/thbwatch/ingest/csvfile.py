"""Read CSV/TSV files of any common dialect as a stream of Rows and Rejects.

The csv module reads from an iterator of physical lines that we own (`_Lines`), so we
know the line on which each record starts and can hand back the lines of a malformed
record: its first line is rejected and parsing restarts on its second line, so one
stray quote costs one line, not the rest of the file. CPython's csv reader resets its
state at each next(), which makes that restart safe.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

import orjson

from thbwatch.errors import UnreadableInput
from thbwatch.ingest.encoding import ESCAPED_BYTE, detect_encoding, escape_bad_bytes, reject_text
from thbwatch.model import Origin, Reject, Row

# Bounds the memory one record may take: a stray quote makes the reader swallow lines
# until a field exceeds this many characters (then that record is rejected).
MAX_CELL_CHARS = 32 * 1024 * 1024
SNIFF_CHARS = 64 * 1024
_DELIMITERS = ",;\t|"


@dataclass(frozen=True, slots=True)
class _Format:
    """What varies between the CSV files we read; plain comma CSV by default."""

    delimiter: str = ","
    quotechar: str = '"'
    skipinitialspace: bool = False

    def reader(self, lines: Iterable[str]) -> Iterator[list[str]]:
        # doublequote: the sniffer turns it off when its sample has no "" pair, but later
        # rows may use that standard escape. strict: a character after a closing quote is
        # an error, which is how a stray quote that swallowed the following lines usually
        # shows (the merged lines may otherwise have the right number of fields by chance).
        return csv.reader(
            lines,
            delimiter=self.delimiter,
            quotechar=self.quotechar,
            skipinitialspace=self.skipinitialspace,
            doublequote=True,
            strict=True,
        )


_COMMA_CSV = _Format()


class _Lines:
    """Physical lines of a text file, counted, with the lines of the current record kept
    so that they can be pushed back after a parse error."""

    __slots__ = ("_pushed_back", "_source", "hit_end", "next_number", "record")

    def __init__(self, source: Iterator[str]) -> None:
        self._source = source
        self._pushed_back: list[str] = []  # in reverse order, so pop() gives the next one
        self.next_number = 1  # number of the line the next __next__ returns
        self.record: list[str] = []
        self.hit_end = False  # the reader asked for a line past the end of the file

    def __iter__(self) -> _Lines:
        return self

    def __next__(self) -> str:
        if self._pushed_back:
            line = self._pushed_back.pop()
        else:
            try:
                line = next(self._source)
            except StopIteration:
                self.hit_end = True
                raise
        self.record.append(line)
        self.next_number += 1
        return line

    def start_record(self) -> int:
        """Forget the previous record; return the number of the line the next one starts on."""
        self.record = []
        self.hit_end = False
        return self.next_number

    def push_back_all_but_first(self) -> str:
        """Return the record's first line and make its other lines the next ones read."""
        first, rest = self.record[0], self.record[1:]
        self._pushed_back.extend(reversed(rest))
        self.next_number -= len(rest)
        return first


def read_csv(path: Path, sha256: str) -> Iterator[Row | Reject]:
    """Rows of a CSV/TSV file whose first row is the header; malformed rows are Rejects."""
    encoding = detect_encoding(path)
    csv.field_size_limit(MAX_CELL_CHARS)
    csv_format = _format(path, encoding)
    with path.open(encoding=encoding, errors="surrogateescape", newline="") as file:
        lines = _Lines(file)
        reader = csv_format.reader(lines)
        header = _read_header(path, reader)
        if header is not None:
            yield from _read_records(
                lines, reader, header, path=str(path), sha256=sha256, encoding=encoding
            )


def _read_records(
    lines: _Lines,
    reader: Iterator[list[str]],
    header: list[str],
    *,
    path: str,
    sha256: str,
    encoding: str,
) -> Iterator[Row | Reject]:
    width = len(header)
    while True:
        start = lines.start_record()
        try:
            cells = next(reader)
        except StopIteration:
            return
        except csv.Error as error:
            # Past the end of the file, the only error is a quote that was never closed.
            reason = (
                "unterminated quoted field at end of file"
                if lines.hit_end
                else f"malformed CSV: {error}"
            )
            yield _reject_first_line(lines, Origin(path, sha256, start), reason)
            continue
        if len(cells) != width:
            if _is_blank(cells):
                continue
            reason = f"expected {width} fields, got {len(cells)}"
            yield _reject_first_line(lines, Origin(path, sha256, start), reason)
            continue
        fields = dict(zip(header, cells, strict=True))
        try:
            raw = orjson.dumps(fields)
        except orjson.JSONEncodeError:  # lone surrogates: bytes the encoding could not decode
            yield _reject_invalid_bytes(lines, Origin(path, sha256, start), fields, encoding)
            continue
        yield Row(fields, raw, "json", Origin(path, sha256, start))


def _format(path: Path, encoding: str) -> _Format:
    """The sniffed format where it reads the file's start better than plain comma CSV
    does, else plain comma CSV (TAB-separated for .tsv)."""
    if path.suffix.lower() == ".tsv":
        return _Format(delimiter="\t")
    with path.open(encoding=encoding, errors="surrogateescape", newline="") as file:
        sample = file.read(SNIFF_CHARS)
    whole_file = len(sample) < SNIFF_CHARS
    # Whole lines only: a cut last line misleads the sniffer.
    cut = max(sample.rfind("\n"), sample.rfind("\r"))
    try:
        sniffed = csv.Sniffer().sniff(
            sample if whole_file or cut <= 0 else sample[: cut + 1], _DELIMITERS
        )
    except csv.Error:
        return _COMMA_CSV  # one column, or nothing to go on
    proposal = _Format(sniffed.delimiter, sniffed.quotechar or '"', sniffed.skipinitialspace)
    # The sniffer counts characters; a cell full of semicolons can fool it.
    if _fit(sample, proposal, whole_file) > _fit(sample, _COMMA_CSV, whole_file):
        return proposal
    return _COMMA_CSV


def _fit(sample: str, csv_format: _Format, whole_file: bool) -> int:
    """How many records of the sample have the header's width, read with `csv_format`
    (0 when the header has a single column: any file reads as one column)."""
    widths = []
    try:
        for cells in csv_format.reader(io.StringIO(sample, newline="")):
            if cells:
                widths.append(len(cells))
    except csv.Error:
        pass  # the records read so far still count
    if not whole_file:
        widths = widths[:-1]  # the sample's last record may be cut
    if len(widths) < 2 or widths[0] < 2:
        return 0
    return sum(width == widths[0] for width in widths[1:])


def _read_header(path: Path, reader: Iterator[list[str]]) -> list[str] | None:
    """Unique, non-empty column names from the first non-blank record (None if no record)."""
    try:
        for cells in reader:
            if not _is_blank(cells):
                return _unique_names(cells)
    except csv.Error as error:
        raise UnreadableInput(f"{path}: cannot read the CSV header: {error}") from error
    return None


def _unique_names(cells: list[str]) -> list[str]:
    names: list[str] = []
    seen: set[str] = set()
    for position, cell in enumerate(cells, start=1):
        base = escape_bad_bytes(cell).strip() or f"column_{position}"
        name, suffix = base, 2
        while name in seen:
            name, suffix = f"{base}_{suffix}", suffix + 1
        seen.add(name)
        names.append(name)
    return names


def _is_blank(cells: list[str]) -> bool:
    return not cells or (len(cells) == 1 and not cells[0].strip())


def _reject_first_line(lines: _Lines, origin: Origin, reason: str) -> Reject:
    return Reject(origin, reason, reject_text(lines.push_back_all_but_first()))


def _reject_invalid_bytes(
    lines: _Lines, origin: Origin, fields: dict[str, str], encoding: str
) -> Reject:
    column = next(name for name, cell in fields.items() if ESCAPED_BYTE.search(cell))
    return Reject(
        origin,
        f"invalid bytes for {encoding} in column {column}",
        reject_text("".join(lines.record)),
    )
