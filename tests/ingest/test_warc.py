"""read_warc: HTML responses become Rows with their offsets; other records are counted."""

from __future__ import annotations

import io
from dataclasses import dataclass
from pathlib import Path

import pytest
from warcio.recordloader import ArcWarcRecord
from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

from thbwatch.errors import UnreadableInput
from thbwatch.ingest.warc import NOT_HTML, read_warc
from thbwatch.model import Reject, Row

SHA = "b" * 64
PAGE_ONE = (
    b"<html><head><title>Ad one</title></head><body><p>Call Mia on 0470 11 22 33.</p></body></html>"
)
PAGE_TWO = (
    "<html><body><p>Logement assuré, très bon salaire, départ immédiat.</p></body></html>".encode(
        "cp1252"
    )
)


@dataclass
class Archive:
    data: bytes
    offsets: dict[str, int]  # name given at writing -> offset of the record
    record_ids: dict[str, str]


def build_archive(gzip: bool) -> Archive:
    """warcinfo, an HTML response, an image, a request, a cp1252 HTML response."""
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=gzip)
    offsets: dict[str, int] = {}
    record_ids: dict[str, str] = {}

    def write(name: str, record: ArcWarcRecord) -> None:
        offsets[name] = buffer.tell()
        record_ids[name] = record.rec_headers.get_header("WARC-Record-ID")
        writer.write_record(record)

    def response(uri: str, content_type: str, payload: bytes) -> ArcWarcRecord:
        http = StatusAndHeaders("200 OK", [("Content-Type", content_type)], protocol="HTTP/1.1")
        return writer.create_warc_record(
            uri, "response", payload=io.BytesIO(payload), http_headers=http
        )

    write("info", writer.create_warcinfo_record("test.warc", {"software": "test"}))
    write("one", response("https://ads.example/1", "text/html; charset=utf-8", PAGE_ONE))
    write(
        "image", response("https://ads.example/1.jpg", "image/jpeg", b"\xff\xd8\xff\xe0 not really")
    )
    request = b"GET /2 HTTP/1.1\r\nHost: ads.example\r\n\r\n"
    write(
        "request",
        writer.create_warc_record("https://ads.example/2", "request", payload=io.BytesIO(request)),
    )
    write("two", response("https://ads.example/2", "text/html; charset=windows-1252", PAGE_TWO))
    return Archive(buffer.getvalue(), offsets, record_ids)


@pytest.mark.parametrize("gzip", [False, True], ids=["warc", "warc.gz"])
def test_html_responses_become_rows_and_the_rest_is_counted(tmp_path: Path, gzip: bool) -> None:
    archive = build_archive(gzip)
    path = tmp_path / ("crawl.warc.gz" if gzip else "crawl.warc")
    path.write_bytes(archive.data)

    reader = read_warc(path, SHA)
    outcomes = list(reader)

    rows = [outcome for outcome in outcomes if isinstance(outcome, Row)]
    assert rows == outcomes
    assert [row.origin.offset for row in rows] == [archive.offsets["one"], archive.offsets["two"]]
    assert [row.known["url"] for row in rows] == ["https://ads.example/1", "https://ads.example/2"]
    assert [row.known["ref"] for row in rows] == [
        archive.record_ids["one"],
        archive.record_ids["two"],
    ]
    assert all(row.known["captured_at"].endswith("Z") for row in rows)
    assert [row.raw for row in rows] == [PAGE_ONE, PAGE_TWO]
    assert {row.raw_format for row in rows} == {"html"}
    assert rows[0].known["title"] == "Ad one"
    assert "0470 11 22 33" in rows[0].known["body"]
    assert "très bon salaire" in rows[1].known["body"]  # charset from the HTTP header
    assert rows[0].fields == rows[0].known
    assert reader.skipped == {"warcinfo": 1, "request": 1, NOT_HTML: 1}


def test_corrupt_record_is_rejected_and_reading_resumes(tmp_path: Path) -> None:
    archive = build_archive(gzip=True)
    start = archive.offsets["one"]
    damaged = bytearray(archive.data)
    damaged[start + 20 : start + 60] = b"X" * 40  # inside the first page's gzip member
    path = tmp_path / "damaged.warc.gz"
    path.write_bytes(bytes(damaged))

    outcomes = list(read_warc(path, SHA))

    reject, row = outcomes
    assert isinstance(reject, Reject)
    assert reject.origin.offset == start
    assert reject.reason.startswith("corrupt WARC record")
    assert isinstance(row, Row)
    assert row.origin.offset == archive.offsets["two"]


def test_garbage_between_records_of_a_plain_warc(tmp_path: Path) -> None:
    archive = build_archive(gzip=False)
    cut = archive.offsets["image"]
    path = tmp_path / "garbage.warc"
    path.write_bytes(archive.data[:cut] + b"SOME GARBAGE\r\n\r\n" + archive.data[cut:])

    outcomes = list(read_warc(path, SHA))

    first, reject, second = outcomes
    assert isinstance(first, Row)
    assert isinstance(reject, Reject)
    assert reject.origin.offset == cut
    assert isinstance(second, Row)
    assert second.known["url"] == "https://ads.example/2"


def test_truncated_archive_keeps_the_records_before_the_cut(tmp_path: Path) -> None:
    archive = build_archive(gzip=False)
    path = tmp_path / "cut.warc"
    path.write_bytes(archive.data[: archive.offsets["two"] + 50])

    outcomes = list(read_warc(path, SHA))

    assert isinstance(outcomes[0], Row)
    assert isinstance(outcomes[-1], Reject)
    assert outcomes[-1].origin.offset == archive.offsets["two"]


def test_html_resource_record_is_a_page(tmp_path: Path) -> None:
    buffer = io.BytesIO()
    writer = WARCWriter(buffer, gzip=False)
    page = b"<html><body><p>Saved by hand: room for rent, ask for Ana.</p></body></html>"
    writer.write_record(
        writer.create_warc_record(
            "file:///ads/a.html",
            "resource",
            payload=io.BytesIO(page),
            warc_content_type="text/html",
        )
    )
    path = tmp_path / "resource.warc"
    path.write_bytes(buffer.getvalue())

    (row,) = list(read_warc(path, SHA))

    assert isinstance(row, Row)
    assert (row.origin.offset, row.raw, row.known["url"]) == (0, page, "file:///ads/a.html")


def test_file_that_is_not_a_warc_is_unreadable(tmp_path: Path) -> None:
    path = tmp_path / "ads.warc"
    path.write_bytes(b"id,text\n1,not an archive\n")
    with pytest.raises(UnreadableInput, match="not a WARC file"):
        list(read_warc(path, SHA))
