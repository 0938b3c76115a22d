"""Read JSON Lines files and JSON arrays of objects as Rows and Rejects, streaming.

JSON is UTF-8 (RFC 8259), so both readers work on bytes; orjson rejects invalid UTF-8.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import ijson
import orjson

from thbwatch.errors import UnreadableInput
from thbwatch.ingest.encoding import error_summary, reject_text
from thbwatch.model import Origin, Reject, Row


def read_jsonl(path: Path, sha256: str) -> Iterator[Row | Reject]:
    """One Row per line holding a JSON object; raw is the line's own bytes."""
    path_name = str(path)
    with path.open("rb") as file:
        for number, line in enumerate(file, start=1):
            content = line.rstrip(b"\r\n")
            if number == 1:
                content = content.removeprefix(codecs.BOM_UTF8)  # orjson refuses the mark
            try:
                value = orjson.loads(content)
            except orjson.JSONDecodeError as error:
                if content.strip():  # blank lines are skipped, not rejected
                    yield Reject(
                        Origin(path_name, sha256, line=number),
                        _line_error(content, error),
                        _shown(content),
                    )
                continue
            if type(value) is not dict:
                reason = f"expected a JSON object, got {_json_type(value)}"
                yield Reject(Origin(path_name, sha256, line=number), reason, _shown(content))
                continue
            yield Row(value, content, "json", Origin(path_name, sha256, line=number))


def read_json(path: Path, sha256: str) -> Iterator[Row | Reject]:
    """One Row per object of the file's array: the top-level array, or else the first
    array directly under the top-level object ({"data": [...]}). Streamed with ijson."""
    prefix = _items_prefix(path)
    path_name = str(path)
    count = 0
    with path.open("rb") as file:
        try:
            # use_float: orjson cannot dump the Decimals ijson gives by default.
            for count, item in enumerate(ijson.items(file, prefix, use_float=True), start=1):
                yield _item_outcome(item, Origin(path_name, sha256, item=count - 1))
        except ijson.JSONError as error:
            reason = f"JSON syntax error, rest of file not read: {error_summary(error)}"
            yield Reject(Origin(path_name, sha256, item=count), reason)


def _items_prefix(path: Path) -> str:
    """The ijson prefix of the items to read, found by streaming up to the array's start:
    the top-level array, else the first array under the top-level object whose first item
    is an object, else its first array of anything."""
    depth = 0
    first_array: str | None = None
    just_opened: str | None = None  # an array under the top-level object, at its first event
    with path.open("rb") as file:
        try:
            for prefix, event, _ in ijson.parse(file):
                if just_opened is not None and event == "start_map":
                    return f"{just_opened}.item"
                just_opened = None
                if event == "start_array" and depth == 0:
                    return "item"
                if event == "start_array" and depth == 1:
                    just_opened = prefix
                    if first_array is None:
                        first_array = prefix
                if event in ("start_map", "start_array"):
                    depth += 1
                elif event in ("end_map", "end_array"):
                    depth -= 1
                if depth == 0:  # a top-level scalar, or the top-level object has ended
                    break
        except ijson.JSONError as error:
            raise UnreadableInput(f"{path}: not valid JSON: {error_summary(error)}") from None
    if first_array is None:
        raise UnreadableInput(f"{path}: expected a JSON array of objects, or an object holding one")
    return f"{first_array}.item"


def _item_outcome(item: Any, origin: Origin) -> Row | Reject:
    if type(item) is not dict:
        return Reject(
            origin, f"expected a JSON object, got {_json_type(item)}", reject_text(repr(item))
        )
    try:
        raw = orjson.dumps(item)
    except orjson.JSONEncodeError as error:  # e.g. an integer beyond 64 bits
        return Reject(origin, f"cannot store as JSON: {error}", reject_text(repr(item)))
    return Row(item, raw, "json", origin)


def _line_error(content: bytes, error: orjson.JSONDecodeError) -> str:
    try:
        content.decode("utf-8")
    except UnicodeDecodeError as bad:
        return f"invalid UTF-8 at byte {bad.start}"
    return f"invalid JSON: {error}"


def _json_type(value: Any) -> str:
    names = {list: "array", str: "string", int: "number", float: "number", bool: "boolean"}
    return "null" if value is None else names.get(type(value), type(value).__name__)


def _shown(content: bytes) -> str:
    return reject_text(content.decode("utf-8", "surrogateescape"))
