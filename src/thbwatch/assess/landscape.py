"""The landscape seen in the monitoring data, per month, to set beside a round's answers.

Records by kind, language and source; the share of records whose contact is a messaging
app (a WhatsApp, Telegram, Viber, Signal, WeChat or LINE handle found by extraction); the
share of records showing each indicator category; and the networks (clusters of two or
more records) active in the month. Networks come from the linking stage: before it has
run, there are none to count, and the report says so.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

from sqlalchemy import Engine

from thbwatch.indicators.derived import MESSAGING_PLATFORMS, every_indicator
from thbwatch.indicators.packs import load_packs
from thbwatch.store.assessment import landscape_counts


@dataclass(slots=True)
class Landscape:
    months: list[str]
    records: dict[str, int]  # month -> records
    by_kind: dict[str, dict[str, int]]  # kind -> month -> records
    by_language: dict[str, dict[str, int]]
    by_source: dict[str, dict[str, int]]
    messaging_share: dict[str, float]  # month -> share of records
    categories: dict[str, dict[str, float]]  # indicator category -> month -> share of records
    networks: dict[str, int]  # month -> active networks
    notes: list[str] = field(default_factory=list)

    @property
    def empty(self) -> bool:
        return not self.months


def indicator_categories() -> dict[str, str]:
    """Indicator id -> category, for the shipped packs and the derived indicators."""
    return {i.id: i.category for i in every_indicator(load_packs())}


def read_landscape(
    engine: Engine, start: datetime | None = None, end: datetime | None = None
) -> Landscape:
    counts = landscape_counts(engine, indicator_categories(), MESSAGING_PLATFORMS, start, end)
    return shape_landscape(counts)


def shape_landscape(counts: dict[str, list[tuple[Any, ...]]]) -> Landscape:
    """Turn the store's (month, key, count) rows into per-month series. Pure."""
    records = {month: count for month, count in counts["records"] if month}
    months = sorted(records)

    def shares(rows: Iterable[tuple[Any, ...]]) -> dict[str, float]:
        return {month: count / records[month] for month, count in rows if records.get(month)}

    categories: dict[str, list[tuple[str, int]]] = {}
    for month, category, count in counts["categories"]:
        categories.setdefault(category, []).append((month, count))
    networks = {month: count for month, count in counts["networks"] if month}
    notes = []
    if months and not networks:
        notes.append(
            "No networks yet: the linking stage has not grouped records into networks "
            "(or found none of two or more records) in this period."
        )
    return Landscape(
        months=months,
        records=records,
        by_kind=_series(counts["kind"]),
        by_language=_series(counts["language"]),
        by_source=_series(counts["source"]),
        messaging_share=shares(counts["messaging"]),
        categories={name: shares(rows) for name, rows in sorted(categories.items())},
        networks=networks,
        notes=notes,
    )


def _series(rows: list[tuple[Any, ...]]) -> dict[str, dict[str, int]]:
    """key -> month -> count, keys by total (largest first)."""
    series: dict[str, dict[str, int]] = {}
    for month, key, count in rows:
        if month:
            series.setdefault(str(key), {})[month] = count
    return dict(sorted(series.items(), key=lambda item: (-sum(item[1].values()), item[0])))
