"""A record as JSON: the shape `export records` writes (DESIGN.md), and the fuller one that
`show record --json` and the web API give. Spans index the record's text as shown."""

from __future__ import annotations

from typing import Any

from thbwatch.model import Mention, Record, RecordScore


def record_export(
    record: Record, found: list[Mention], scored: RecordScore | None, cluster: int | None = None
) -> dict[str, Any]:
    """A record as `export records` writes it (DESIGN.md): spans index `record.text`."""
    return {
        "id": record.id,
        "ref": record.ref,
        "source": record.source,
        "kind": record.kind,
        "language": record.language,
        "score": round(scored.score, 4) if scored else None,
        "cluster": cluster,
        "entities": [
            {
                "type": mention.type,
                "value": mention.value,
                "start": mention.start,
                "end": mention.end,
                "obfuscated": mention.obfuscated,
            }
            for mention in found
        ],
        "indicators": [
            {"id": reason["indicator"], "weight": reason["weight"], "spans": reason["spans"]}
            for reason in (scored.reasons if scored else [])
        ],
    }


def record_details(
    record: Record, found: list[Mention], scored: RecordScore | None
) -> dict[str, Any]:
    """Everything `show record --json` tells: the export fields, the text and provenance."""
    return {
        **record_export(record, found, scored),
        "title": record.title,
        "location": record.location,
        "posted_at": record.posted_at,
        "captured_at": record.captured_at,
        "url": record.url,
        "images": record.images,
        "text": record.text,
        "raw_sha256": record.raw_sha256,
        "origin": {
            "file": record.origin.path,
            "file_sha256": record.origin.sha256,
            "line": record.origin.line,
            "offset": record.origin.offset,
            "item": record.origin.item,
        },
    }
