"""Field mapping: auto by column names, overrides with --map, rows to records or rejects."""

from __future__ import annotations

from datetime import datetime

import orjson
import pytest
from hypothesis import given
from hypothesis import strategies as st

from thbwatch.errors import UserError
from thbwatch.ingest.mapping import FieldMap, map_row, parse_map_options, parse_time
from thbwatch.model import Origin, Record, Reject, Row

ORIGIN = Origin(path="ads.csv", sha256="a" * 64, line=2)


def row(fields: dict, known: dict | None = None) -> Row:
    return Row(
        fields=fields, raw=orjson.dumps(fields), raw_format="json", origin=ORIGIN, known=known or {}
    )


def test_columns_are_mapped_by_their_usual_names_whatever_the_case() -> None:
    field_map = FieldMap.build(
        ["Ad ID", "Title", "Description", "City", "Date", "Link", "Photos"], {}, strict=True
    )
    assert field_map.columns == {
        "ref": ("Ad ID",),
        "title": ("Title",),
        "body": ("Description",),
        "location": ("City",),
        "posted_at": ("Date",),
        "url": ("Link",),
        "images": ("Photos",),
    }


def test_an_override_can_join_several_columns_into_the_body() -> None:
    overrides = parse_map_options(["body=description,requirements"])
    field_map = FieldMap.build(["id", "description", "requirements"], overrides, strict=True)
    record = map_row(
        row({"id": "7", "description": "Pickers wanted.", "requirements": "No experience."}),
        field_map,
        source="jobs",
        kind="job_ad",
    )
    assert isinstance(record, Record)
    assert record.body == "Pickers wanted.\n\nNo experience."
    assert record.ref == "7"
    assert record.kind == "job_ad"


@pytest.mark.parametrize(
    "option, message",
    [
        ("body", "expected FIELD=COLUMN"),
        ("colour=paint", "unknown field 'colour'"),
        ("url=a,b", "only title and body join columns"),
    ],
)
def test_bad_map_options_say_what_is_wrong(option: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        parse_map_options([option])


def test_an_override_naming_a_missing_csv_column_lists_the_columns() -> None:
    with pytest.raises(UserError, match="no column 'texte'; columns are: id, body"):
        FieldMap.build(["id", "body"], {"body": ("texte",)}, strict=True)


def test_nested_json_fields_are_reached_with_a_dotted_path() -> None:
    field_map = FieldMap.build(["post"], {"body": ("post.text",)}, strict=False)
    record = map_row(row({"post": {"text": "Hola"}}), field_map, "site", "auto")
    assert isinstance(record, Record) and record.body == "Hola"


def test_a_row_without_any_text_is_rejected_with_the_reason() -> None:
    field_map = FieldMap.build(["id", "body"], {}, strict=True)
    outcome = map_row(row({"id": "1", "body": "   "}), field_map, "site", "auto")
    assert isinstance(outcome, Reject)
    assert outcome.reason == "no text: title and body are empty"
    assert outcome.origin == ORIGIN


def test_kind_comes_from_the_data_only_when_asked_and_known() -> None:
    field_map = FieldMap.build(["body", "kind"], {}, strict=True)
    assert map_row(row({"body": "x", "kind": "Job_Ad"}), field_map, "s", "auto").kind == "job_ad"
    assert map_row(row({"body": "x", "kind": "car"}), field_map, "s", "auto").kind == "unknown"
    assert map_row(row({"body": "x", "kind": "car"}), field_map, "s", "chat").kind == "chat"


def test_page_readers_fill_fields_the_mapping_did_not() -> None:
    field_map = FieldMap.build([], {}, strict=False)
    record = map_row(
        row({}, known={"title": "Hi", "body": "Text", "url": "https://a.example"}),
        field_map,
        "s",
        "auto",
    )
    assert (record.title, record.body, record.url) == ("Hi", "Text", "https://a.example")


def test_the_record_keeps_the_raw_payload_and_its_hash() -> None:
    field_map = FieldMap.build(["body", "extra"], {}, strict=True)
    record = map_row(row({"body": "x", "extra": "kept"}), field_map, "s", "auto")
    assert orjson.loads(record.raw) == {"body": "x", "extra": "kept"}
    assert record.key == f"sha256:{record.raw_sha256}"


@pytest.mark.parametrize(
    "text, expected",
    [
        ("2026-03-12T21:30:00+01:00", datetime(2026, 3, 12, 20, 30)),
        ("2026-03-12", datetime(2026, 3, 12)),
        ("03/11/2026 14:05", datetime(2026, 11, 3, 14, 5)),  # day first, as in Europe
        ("3.11.2026", datetime(2026, 11, 3)),
        ("03-11-2026 14:05:09", datetime(2026, 11, 3, 14, 5, 9)),
        ("11/30/2026", datetime(2026, 11, 30)),  # cannot be day first: dateutil reads it
        ("Tue, 03 Nov 2026 14:05:00 GMT", datetime(2026, 11, 3, 14, 5)),
        ("12 mars 2026", None),  # French month names are not read; the raw text stays
        ("soon", None),
        ("", None),
    ],
)
def test_dates_are_read_day_first_and_stored_as_naive_utc(
    text: str, expected: datetime | None
) -> None:
    assert parse_time(text) == expected


@given(st.text())
def test_reading_a_date_never_raises(text: str) -> None:
    parsed = parse_time(text)
    assert parsed is None or parsed.tzinfo is None
