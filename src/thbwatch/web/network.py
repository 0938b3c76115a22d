"""What a network's page adds to the stored description (link/describe.py): the timeline,
the template cut into text and slots, indicators with the words that carry them, and each
link explained in words. Pure."""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from thbwatch.model import RecordScore
from thbwatch.store.web import RecordRow

QUOTES_PER_INDICATOR = 3
CONTACT_WORDS = {
    "phone": "phone",
    "email": "e-mail address",
    "handle": "messaging handle",
    "wallet": "wallet",
    "url": "link",
}
_SLOT = re.compile(r"\{(\d+)\}")


def timeline(postings: list[tuple[datetime, str]]) -> list[tuple[datetime, str, int]]:
    """Records per posting day and kind, as charts.stacked_columns takes them."""
    days = Counter(
        (posted.replace(hour=0, minute=0, second=0, microsecond=0), kind)
        for posted, kind in postings
    )
    return sorted((day, kind, n) for (day, kind), n in days.items())


@dataclass(frozen=True, slots=True)
class TemplatePart:
    text: str
    slot: dict[str, Any] | None = None  # {"slot": n, "values": [[value, count], ...]}


def template_parts(template: dict[str, Any]) -> list[TemplatePart]:
    """The template's text ("Hi, I am {1}, {2} ...") as fixed text and slots, in order."""
    slots = {slot["slot"]: slot for slot in template.get("slots", [])}
    parts: list[TemplatePart] = []
    position = 0
    for found in _SLOT.finditer(template["text"]):
        slot = slots.get(int(found.group(1)))
        if slot is None:  # braces the ad itself wrote
            continue
        if found.start() > position:
            parts.append(TemplatePart(template["text"][position : found.start()]))
        parts.append(TemplatePart(found.group(0), slot))
        position = found.end()
    if position < len(template["text"]):
        parts.append(TemplatePart(template["text"][position:]))
    return parts


@dataclass(slots=True)
class Evidence:
    indicator: str
    records: int  # members with the indicator, over the whole network
    weight: float | None = None
    quotes: list[tuple[int, str]] = field(default_factory=list)  # record id, words


def indicator_evidence(
    counts: dict[str, int], members: list[RecordRow], scores: dict[int, RecordScore]
) -> list[Evidence]:
    """The description's indicators (how many members have each), with their weight and
    a few quotes from the members shown (the words each record's score kept)."""
    found = {name: Evidence(name, records) for name, records in counts.items()}
    texts = {r.id: f"{r.title}\n\n{r.body}" if r.title else r.body for r in members}
    for record in members:
        scored = scores.get(record.id)
        for reason in scored.reasons if scored else []:
            entry = found.get(reason["indicator"])
            if entry is None:
                continue
            entry.weight = reason["weight"] if entry.weight is None else entry.weight
            if len(entry.quotes) < QUOTES_PER_INDICATOR and reason["spans"]:
                start, end = reason["spans"][0]
                entry.quotes.append((record.id, texts[record.id][start:end]))
    return sorted(found.values(), key=lambda e: (-e.records, -(e.weight or 0), e.indicator))


def link_reason(kind: str, evidence: str, weight: float) -> str:
    """Why the linking stage linked two records, in words."""
    if kind == "text":
        similarity = evidence.removeprefix("jaccard ")
        why = f"near-duplicate text (estimated share of word sequences in common {similarity})"
    elif kind == "image" and evidence.startswith("image distance "):
        why = f"near-duplicate picture (perceptual-hash distance {evidence.split()[-1]})"
    elif kind == "image":
        why = f"the same picture ({evidence})"
    else:
        why = f"the same {CONTACT_WORDS.get(kind, kind)} {evidence}"
    if weight < 1:
        why += f", counted {weight:.2f}"
    return why
