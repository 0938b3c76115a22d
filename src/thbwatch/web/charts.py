"""Small charts drawn as SVG on the server: numbers in, rectangles out. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime


@dataclass(frozen=True, slots=True)
class Bar:
    x: float
    y: float
    width: float
    height: float
    series: str
    title: str


@dataclass(frozen=True, slots=True)
class Chart:
    width: int
    height: int
    bars: list[Bar]
    series: list[str]
    labels: list[tuple[float, str]]  # x, text under the axis
    peak: int


def stacked_columns(
    counts: list[tuple[datetime, str, int]],
    unit: str = "week of",
    width: int = 720,
    height: int = 180,
) -> Chart:
    """Counts per period (week, day) stacked by series (e.g. record kind), one column each."""
    weeks = sorted({week for week, _, _ in counts})
    series = sorted({name for _, name, _ in counts})
    if not weeks:
        return Chart(width, height, [], series, [], 0)
    totals = {week: 0 for week in weeks}
    for week, _, n in counts:
        totals[week] += n
    peak = max(totals.values())
    step = width / len(weeks)
    column = max(step * 0.8, 1.0)
    by_week: dict[datetime, dict[str, int]] = {week: {} for week in weeks}
    for week, name, n in counts:
        by_week[week][name] = n
    bars = []
    for index, week in enumerate(weeks):
        top = float(height)
        for name in series:
            n = by_week[week].get(name, 0)
            if not n:
                continue
            size = height * n / peak
            top -= size
            title = f"{unit} {week:%Y-%m-%d}: {n:,} {name}"
            bars.append(Bar(index * step, top, column, size, name, title))
    every = max(1, len(weeks) // 6)
    labels = [(i * step, f"{week:%Y-%m-%d}") for i, week in enumerate(weeks) if i % every == 0]
    return Chart(width, height, bars, series, labels, peak)
