"""Read web archives (.warc, .warc.gz): one Row per archived HTML page.

`read_warc` returns a `WarcReader`, an iterator of Rows and Rejects like the other
readers, which also counts the records it skipped because they hold no page (requests,
warcinfo, images...) in `skipped`, readable once the iteration is done.

After a corrupt record, reading resumes at the next thing that looks like the start of a
record (a gzip member, or a "WARC/1." line), so one bad record does not lose the rest.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Generator, Iterator
from pathlib import Path
from typing import BinaryIO

from warcio.archiveiterator import ArchiveIterator
from warcio.recordloader import ArcWarcRecord

from thbwatch.errors import UnreadableInput
from thbwatch.ingest.encoding import error_summary
from thbwatch.ingest.html import page_outcome, parse_page
from thbwatch.model import Origin, Reject, Row

PAGE_RECORD_TYPES = ("response", "resource")
HTML_TYPES = ("text/html", "application/xhtml+xml")
NOT_HTML = "not html"  # the `skipped` key for responses and resources of other types

_GZIP_MEMBER_START = b"\x1f\x8b\x08"
_WARC_RECORD_START = b"WARC/1."
_SCAN_CHUNK = 1 << 20


def read_warc(path: Path, sha256: str) -> WarcReader:
    return WarcReader(path, sha256)


class WarcReader:
    """Rows and Rejects of one WARC file; `skipped` counts records by WARC-Type (or
    NOT_HTML) that were passed over."""

    def __init__(self, path: Path, sha256: str) -> None:
        self.path = path
        self.sha256 = sha256
        self.skipped: Counter[str] = Counter()
        self._outcomes = self._read()

    def __iter__(self) -> WarcReader:
        return self

    def __next__(self) -> Row | Reject:
        return next(self._outcomes)

    def _read(self) -> Iterator[Row | Reject]:
        with self.path.open("rb") as file:
            gzipped = file.read(len(_GZIP_MEMBER_START)) == _GZIP_MEMBER_START
            start: int | None = 0
            while start is not None:
                start = yield from self._read_from(file, start, gzipped)

    def _read_from(
        self, file: BinaryIO, start: int, gzipped: bool
    ) -> Generator[Row | Reject, None, int | None]:
        """Outcomes of the records from `start` on; returns where to resume after a corrupt
        record, or None at the end of the file."""
        file.seek(start)
        records = ArchiveIterator(file)
        while True:
            # warcio raises assorted errors on corrupt data (ArchiveLoadFailed, zlib and
            # attribute errors...), so everything that reads the archive is guarded.
            try:
                record = next(records, None)
                if record is None:
                    return None
                payload = self._html_payload(record)
                # After the payload: getting the offset makes warcio skip to the record's end.
                offset = records.get_record_offset()
            except Exception as error:  # broad on purpose, see above
                # warcio's `offset`: where the record being read starts.
                if records.offset == 0:
                    raise UnreadableInput(
                        f"{self.path}: not a WARC file: {error_summary(error)}"
                    ) from error
                yield self._corrupt(records.offset, error)
                return _next_record_start(file, records.offset + 1, gzipped)
            if payload is not None:
                yield self._page(record, payload, offset)

    def _html_payload(self, record: ArcWarcRecord) -> bytes | None:
        """The HTTP payload of an HTML response or resource; None (counted in `skipped`)
        for any other record."""
        if record.rec_type not in PAGE_RECORD_TYPES:
            self.skipped[record.rec_type] += 1
            return None
        if _content_type(record)[0] not in HTML_TYPES:
            self.skipped[NOT_HTML] += 1
            return None
        payload: bytes = record.content_stream().read()
        return payload

    def _page(self, record: ArcWarcRecord, payload: bytes, offset: int) -> Row | Reject:
        url = record.rec_headers.get_header("WARC-Target-URI")
        page = parse_page(payload, url, http_charset=_charset(record))
        page["url"] = url
        page["captured_at"] = record.rec_headers.get_header("WARC-Date")
        page["ref"] = record.rec_headers.get_header("WARC-Record-ID")
        return page_outcome(page, payload, Origin(str(self.path), self.sha256, offset=offset))

    def _corrupt(self, offset: int, error: Exception) -> Reject:
        reason = f"corrupt WARC record ({type(error).__name__}: {error_summary(error)})"
        return Reject(Origin(str(self.path), self.sha256, offset=offset), reason)


def _content_type(record: ArcWarcRecord) -> tuple[str, str]:
    """(mime type, parameters) of the payload; resources have no HTTP headers."""
    headers = record.http_headers or record.rec_headers
    mime, _, parameters = (headers.get_header("Content-Type") or "").partition(";")
    return mime.strip().lower(), parameters


def _charset(record: ArcWarcRecord) -> str | None:
    for parameter in _content_type(record)[1].split(";"):
        name, _, value = parameter.partition("=")
        if name.strip().lower() == "charset":
            return value.strip().strip("\"'") or None
    return None


def _next_record_start(file: BinaryIO, after: int, gzipped: bool) -> int | None:
    """Offset of the next likely record start at or after `after`, None if there is none."""
    marker = _GZIP_MEMBER_START if gzipped else _WARC_RECORD_START
    file.seek(after)
    position, carry = after, b""  # carry: a marker may straddle two chunks
    while chunk := file.read(_SCAN_CHUNK):
        window = carry + chunk
        found = window.find(marker)
        if found >= 0:
            return position - len(carry) + found
        carry = window[-(len(marker) - 1) :]
        position += len(chunk)
    return None
