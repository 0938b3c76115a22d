"""Map an input's own fields onto record fields: auto by name, overridable with --map.

Pure: a Row in, a Record or a Reject out. The unmapped fields stay in the raw payload.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from typing import Any

from dateutil import parser as date_parser

from thbwatch.errors import UserError
from thbwatch.model import KINDS, Record, Reject, Row

# Names an input may give each record field, most specific first (compared normalised:
# lower case, spaces and dashes as underscores).
FIELD_ALIASES: dict[str, tuple[str, ...]] = {
    "ref": ("ref", "id", "ad_id", "post_id", "record_id", "uid", "guid", "_id"),
    "title": ("title", "subject", "headline"),
    "body": ("body", "text", "description", "content", "message", "ad_text", "post_text", "desc"),
    "location": ("location", "city", "place", "town", "region"),
    "posted_at": (
        "posted_at",
        "date",
        "posted",
        "time",
        "published_at",
        "published",
        "created_at",
        "timestamp",
        "datetime",
        "post_date",
    ),
    "captured_at": ("captured_at", "scraped_at", "crawled_at", "fetched_at"),
    "url": ("url", "link", "permalink", "href", "source_url"),
    "kind": ("kind",),
    "images": ("images", "image_urls", "image", "photos", "pictures", "image_url"),
    "language": ("language", "lang"),
}
# Fields whose override may name several columns, joined by a blank line.
JOINABLE = ("title", "body")
MAX_REF_LENGTH = 255


def normalise_name(name: str) -> str:
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def parse_map_options(options: Iterable[str]) -> dict[str, tuple[str, ...]]:
    """`["body=description,requirements", "ref=ad id"]` -> {"body": ("description", ...)}."""
    overrides: dict[str, tuple[str, ...]] = {}
    for option in options:
        field, sep, columns = option.partition("=")
        field = field.strip()
        if not sep or not columns.strip():
            raise UserError(f"--map {option!r}: expected FIELD=COLUMN, e.g. body=description")
        if field not in FIELD_ALIASES:
            known = ", ".join(FIELD_ALIASES)
            raise UserError(f"--map {option!r}: unknown field {field!r} (fields: {known})")
        names = tuple(name.strip() for name in columns.split(",") if name.strip())
        if len(names) > 1 and field not in JOINABLE:
            raise UserError(f"--map {option!r}: only {' and '.join(JOINABLE)} join columns")
        overrides[field] = names
    return overrides


@dataclass(frozen=True, slots=True)
class FieldMap:
    """Which input columns feed each record field."""

    columns: Mapping[str, tuple[str, ...]]

    @classmethod
    def build(
        cls,
        available: Iterable[str],
        overrides: Mapping[str, tuple[str, ...]],
        strict: bool,
    ) -> FieldMap:
        """Auto-map by name, then apply overrides.

        strict: every override must name an available column (CSV headers are known up
        front; JSON objects vary, so there a missing key is just an empty value).
        """
        available = list(available)
        by_normal_name = {normalise_name(name): name for name in reversed(available)}
        columns: dict[str, tuple[str, ...]] = {}
        for field, aliases in FIELD_ALIASES.items():
            for alias in aliases:
                if alias in by_normal_name:
                    columns[field] = (by_normal_name[alias],)
                    break
        for field, names in overrides.items():
            if strict:
                missing = [name for name in names if name not in available]
                if missing:
                    raise UserError(
                        f"--map {field}={','.join(names)}: no column {missing[0]!r}; "
                        f"columns are: {', '.join(available)}"
                    )
            columns[field] = names
        return cls(columns)

    def describe(self) -> str:
        return ", ".join(f"{field}<-{'+'.join(cols)}" for field, cols in self.columns.items())


def map_row(row: Row, field_map: FieldMap, source: str, kind: str) -> Record | Reject:
    """Turn a row into a record, or say why it cannot be one."""
    values = {field: _value(row.fields, columns) for field, columns in field_map.columns.items()}
    for field, value in row.known.items():  # pages: what the reader found from markup
        if values.get(field) in (None, "", []):
            values[field] = value
    title = _text(values.get("title"))
    body = _text(values.get("body")) or ""
    if not title and not body:
        return Reject(row.origin, "no text: title and body are empty", _preview(row.raw))
    ref = _text(values.get("ref"))
    if ref and len(ref) > MAX_REF_LENGTH:
        return Reject(row.origin, f"id longer than {MAX_REF_LENGTH} characters", ref[:80])
    return Record(
        source=source,
        ref=ref,
        kind=_kind(kind, values.get("kind")),
        title=title,
        body=body,
        location=_text(values.get("location")),
        posted_at=parse_time(values.get("posted_at")),
        captured_at=parse_time(values.get("captured_at")),
        url=_text(values.get("url")),
        language=_text(values.get("language")),
        images=_images(values.get("images")),
        raw=row.raw,
        raw_format=row.raw_format,
        raw_sha256=hashlib.sha256(row.raw).hexdigest(),
        origin=row.origin,
    )


def _value(fields: Mapping[str, Any], columns: tuple[str, ...]) -> Any:
    if len(columns) == 1:
        return _lookup(fields, columns[0])
    parts = [_text(_lookup(fields, column)) for column in columns]
    return "\n\n".join(part for part in parts if part)


def _lookup(fields: Mapping[str, Any], column: str) -> Any:
    """A column, or a dotted path into nested JSON (`post.text`)."""
    if column in fields:
        return fields[column]
    value: Any = fields
    for part in column.split("."):
        if not isinstance(value, Mapping) or part not in value:
            return None
        value = value[part]
    return value


def _text(value: Any) -> str | None:
    if value is None:
        return None
    if isinstance(value, list):
        value = " ".join(str(item) for item in value if item is not None)
    # NUL cannot be stored in PostgreSQL text; the raw payload keeps it.
    text = str(value).replace("\x00", "").strip()
    return text or None


def _kind(option: str, value: Any) -> str:
    if option != "auto":
        return option
    text = (_text(value) or "").lower()
    return text if text in KINDS else "unknown"


def _images(value: Any) -> list[str]:
    if value is None:
        return []
    if isinstance(value, list):
        return [str(item) for item in value if item]
    return [part for part in re.split(r"[\s,|]+", str(value)) if part]


def parse_time(value: Any) -> datetime | None:
    """A date or time in any common form -> naive UTC; None when it cannot be read.

    Dates are read day first (European sites write 03/11/2026 for 3 November).
    An unreadable date loses nothing: the original stays in the raw payload.
    """
    text = _text(value)
    if not text:
        return None
    try:
        parsed = datetime.fromisoformat(text)
    except ValueError:
        parsed = _day_first(text)
    if parsed is None:
        try:
            parsed = date_parser.parse(text, dayfirst=True)
        except (ValueError, OverflowError):
            return None
    if parsed.tzinfo is not None:
        parsed = parsed.astimezone(UTC).replace(tzinfo=None)
    return parsed


# 03/11/2026, 03.11.2026 14:05, 3-11-2026 14:05:09: the usual European site formats, read
# here because dateutil takes ten times longer and dates are on the ingest hot path.
_DAY_FIRST = re.compile(
    r"(\d{1,2})[./-](\d{1,2})[./-](\d{4})(?:[ T,]+(\d{1,2}):(\d{2})(?::(\d{2}))?)?"
)


def _day_first(text: str) -> datetime | None:
    match = _DAY_FIRST.fullmatch(text)
    if match is None:
        return None
    day, month, year, hour, minute, second = (int(part or 0) for part in match.groups())
    try:
        return datetime(year, month, day, hour, minute, second)
    except ValueError:  # 31/02: let dateutil have its say
        return None


def _preview(raw: bytes) -> str:
    return raw[:500].decode("utf-8", "replace")
