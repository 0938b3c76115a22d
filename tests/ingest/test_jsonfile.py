"""read_jsonl and read_json: objects become Rows, anything else a Reject with its place."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path
from typing import Any

import ijson
import orjson
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from thbwatch.errors import UnreadableInput
from thbwatch.ingest.jsonfile import read_json, read_jsonl
from thbwatch.model import Reject, Row

SHA = "f" * 64


def write(tmp_path: Path, data: bytes, name: str) -> Path:
    path = tmp_path / name
    path.write_bytes(data)
    return path


def split(outcomes: list[Row | Reject]) -> tuple[list[Row], list[Reject]]:
    return (
        [outcome for outcome in outcomes if isinstance(outcome, Row)],
        [outcome for outcome in outcomes if isinstance(outcome, Reject)],
    )


# --- JSON Lines ---------------------------------------------------------------------


def test_jsonl_rows_keep_their_line_bytes_and_numbers(tmp_path: Path) -> None:
    data = b'{"id": 1, "text": "caf\\u00e9"}\r\n\n{"id":2,"price":9.5}\n'
    path = write(tmp_path, data, "ads.jsonl")
    rows, rejects = split(list(read_jsonl(path, SHA)))
    assert rejects == []
    assert [row.fields for row in rows] == [{"id": 1, "text": "café"}, {"id": 2, "price": 9.5}]
    assert [row.raw for row in rows] == [
        b'{"id": 1, "text": "caf\\u00e9"}',
        b'{"id":2,"price":9.5}',
    ]
    assert [row.origin.line for row in rows] == [1, 3]
    assert {(row.raw_format, row.origin.path, row.origin.sha256) for row in rows} == {
        ("json", str(path), SHA)
    }


def test_jsonl_bad_lines_are_rejected_with_line_and_reason(tmp_path: Path) -> None:
    data = b'{"id": 1}\n{"id": 2,\n[1, 2]\n"text"\n{"id": "\xff"}\n   \n{"id": 6}'
    rows, rejects = split(list(read_jsonl(write(tmp_path, data, "ads.jsonl"), SHA)))
    assert [row.fields["id"] for row in rows] == [1, 6]
    assert [(r.origin.line, r.reason.split(":")[0]) for r in rejects] == [
        (2, "invalid JSON"),
        (3, "expected a JSON object, got array"),
        (4, "expected a JSON object, got string"),
        (5, "invalid UTF-8 at byte 8"),
    ]
    assert rejects[0].text == '{"id": 2,'
    assert rejects[3].text == '{"id": "\\xff"}'


def test_jsonl_utf8_bom_is_ignored(tmp_path: Path) -> None:
    rows, rejects = split(
        list(read_jsonl(write(tmp_path, b'\xef\xbb\xbf{"id": 1}\n', "ads.jsonl"), SHA))
    )
    assert (rejects, rows[0].fields, rows[0].raw) == ([], {"id": 1}, b'{"id": 1}')


json_scalars = (
    st.none()
    | st.booleans()
    | st.integers(min_value=-(2**63), max_value=2**64 - 1)  # orjson's integer range
    | st.floats(allow_nan=False, allow_infinity=False)
    | st.text()
)
json_values = st.recursive(
    json_scalars,
    lambda children: (
        st.lists(children, max_size=4) | st.dictionaries(st.text(), children, max_size=4)
    ),
    max_leaves=12,
)
json_objects = st.dictionaries(st.text(), json_values, max_size=6)


@settings(
    max_examples=100, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    objects=st.lists(json_objects, max_size=15), blank_every=st.integers(min_value=2, max_value=5)
)
def test_jsonl_round_trip(tmp_path: Path, objects: list[dict[str, Any]], blank_every: int) -> None:
    lines: list[str] = []
    expected_lines: list[int] = []
    for obj in objects:
        if len(lines) % blank_every == 0:
            lines.append("")  # blank lines are skipped but keep the numbering physical
        lines.append(json.dumps(obj, ensure_ascii=False))
        expected_lines.append(len(lines))
    path = write(tmp_path, "\n".join(lines).encode(), "ads.jsonl")

    rows, rejects = split(list(read_jsonl(path, SHA)))

    assert rejects == []
    assert [row.fields for row in rows] == objects
    assert [row.raw for row in rows] == [
        json.dumps(obj, ensure_ascii=False).encode() for obj in objects
    ]
    assert [row.origin.line for row in rows] == expected_lines


# --- JSON ---------------------------------------------------------------------------


def test_json_array_of_objects(tmp_path: Path) -> None:
    path = write(tmp_path, b'[{"id": 1, "price": 9.5}, {"id": 2, "tags": ["a"]}]', "ads.json")
    rows, rejects = split(list(read_json(path, SHA)))
    assert rejects == []
    assert [row.fields for row in rows] == [{"id": 1, "price": 9.5}, {"id": 2, "tags": ["a"]}]
    assert type(rows[0].fields["price"]) is float  # not ijson's Decimal
    assert [row.raw for row in rows] == [b'{"id":1,"price":9.5}', b'{"id":2,"tags":["a"]}']
    assert [row.origin.item for row in rows] == [0, 1]


@pytest.mark.parametrize("key", ["data", "items", "results", "anything"])
def test_json_object_holding_the_list(tmp_path: Path, key: str) -> None:
    document = {
        "meta": {"pages": [1, 2], "total": 2},
        "tags": ["not", "the", "records"],
        key: [{"id": "a"}, {"id": "b"}],
        "later": [{"id": "x"}],
    }
    rows, rejects = split(list(read_json(write(tmp_path, orjson.dumps(document), "ads.json"), SHA)))
    assert rejects == []
    assert [row.fields["id"] for row in rows] == ["a", "b"]


def test_json_items_that_are_not_objects_are_rejected(tmp_path: Path) -> None:
    rows, rejects = split(
        list(read_json(write(tmp_path, b'[{"id": 1}, 2, "x", {"id": 4}]', "ads.json"), SHA))
    )
    assert [row.origin.item for row in rows] == [0, 3]
    assert [(r.origin.item, r.reason) for r in rejects] == [
        (1, "expected a JSON object, got number"),
        (2, "expected a JSON object, got string"),
    ]


@pytest.mark.parametrize(
    "data",
    [b'[{"id": "\\ud800"}, {"id": 2}]', b'[{"id": 123456789012345678901234567890}, {"id": 2}]'],
    ids=["lone-surrogate", "huge-integer"],
)
def test_json_item_that_cannot_be_stored_is_rejected(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: bytes
) -> None:
    # The C backend turns these into "?" and a syntax error; the pure-Python backend
    # (used where the C extension is missing) yields them as they are.
    monkeypatch.setattr(ijson, "items", ijson.get_backend("python").items)
    rows, rejects = split(list(read_json(write(tmp_path, data, "ads.json"), SHA)))
    assert [row.fields for row in rows] == [{"id": 2}]
    assert rejects[0].origin.item == 0
    assert rejects[0].reason.startswith("cannot store as JSON")


def test_json_syntax_error_rejects_the_rest_after_the_good_items(tmp_path: Path) -> None:
    path = write(tmp_path, b'[{"id": 1}, {"id": 2}, {"id": 3,, }, {"id": 4}]', "ads.json")
    rows, rejects = split(list(read_json(path, SHA)))
    assert [row.fields["id"] for row in rows] == [1, 2]
    (reject,) = rejects
    assert reject.origin.item == 2
    assert reject.reason.startswith("JSON syntax error, rest of file not read: ")
    assert "\n" not in reject.reason


def test_json_truncated_file_keeps_the_complete_items(tmp_path: Path) -> None:
    rows, rejects = split(
        list(read_json(write(tmp_path, b'{"data": [{"id": 1}, {"id": 2', "ads.json"), SHA))
    )
    assert [row.fields["id"] for row in rows] == [1]
    assert [r.origin.item for r in rejects] == [1]


def test_json_object_whose_only_list_is_empty_gives_nothing(tmp_path: Path) -> None:
    path = write(tmp_path, b'{"total": 0, "results": []}', "ads.json")
    assert list(read_json(path, SHA)) == []


@pytest.mark.parametrize(
    "data", [b'{"id": 1, "meta": {"list": [1]}}', b"42", b'"text"', b"", b"not json"], ids=repr
)
def test_json_without_a_list_of_objects_is_unreadable(tmp_path: Path, data: bytes) -> None:
    with pytest.raises(UnreadableInput):
        list(read_json(write(tmp_path, data, "ads.json"), SHA))


def test_json_is_streamed_not_loaded_whole(tmp_path: Path) -> None:
    items = [{"id": i, "text": f"advert number {i} " * 5, "price": i / 3} for i in range(40_000)]
    path = write(tmp_path, orjson.dumps({"meta": {"n": len(items)}, "data": items}), "ads.json")
    del items
    assert path.stat().st_size > 4_000_000
    tracemalloc.start()
    try:
        count = sum(1 for _ in read_json(path, SHA))
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert count == 40_000
    assert peak < 1_000_000
