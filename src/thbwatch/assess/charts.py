"""Small inline SVG charts for the report: no JavaScript, no CDN, and WeasyPrint draws them
in the PDF exactly as a browser does in the HTML. Pure: numbers in, SVG markup out."""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence

from markupsafe import Markup, escape

PALETTE = ("#1f5f8b", "#d17a22", "#3c8d5a", "#8c4b9e", "#b23a48", "#5f6b73", "#c2a01e", "#2a9d8f")
BEFORE = "#b9c4cc"
LABEL_WIDTH = 230
BAR_HEIGHT = 16
GAP = 6
FONT = 'font-family="DejaVu Sans, Arial, sans-serif" font-size="11"'


def _svg(width: int, height: int, body: list[str], title: str) -> Markup:
    return Markup(
        f'<svg xmlns="http://www.w3.org/2000/svg" width="{width}" height="{height}" '
        f'viewBox="0 0 {width} {height}" role="img" aria-label="{escape(title)}">'
        f"<title>{escape(title)}</title>{''.join(body)}</svg>"
    )


def _label(x: float, y: float, text: str, anchor: str = "start", fill: str = "#222") -> str:
    return (
        f'<text x="{x:.1f}" y="{y:.1f}" text-anchor="{anchor}" fill="{fill}" {FONT}>'
        f"{escape(text)}</text>"
    )


def _note_room(notes: Iterable[str]) -> int:
    """Pixels to keep right of the longest bar for its note (about 6.5 px a character)."""
    return 10 + int(6.5 * max((len(note) for note in notes), default=0))


def _fit(text: str, width: int) -> str:
    """Cut a label to what fits: about 7 px per character at this size."""
    room = max(4, width // 7)
    return text if len(text) <= room else text[: room - 1] + "…"


def bars(
    rows: Sequence[tuple[str, float, str]], title: str, scale: float | None = None, width: int = 620
) -> Markup:
    """Horizontal bars: (label, value, text shown after the bar) per row."""
    scale = scale or max([value for _, value, _ in rows] + [1e-9])
    plot = width - LABEL_WIDTH - _note_room(note for _, _, note in rows)
    height = len(rows) * (BAR_HEIGHT + GAP) + GAP
    body = []
    for position, (name, value, note) in enumerate(rows):
        y = GAP + position * (BAR_HEIGHT + GAP)
        length = max(0.0, plot * value / scale) if not math.isnan(value) else 0.0
        body.append(_label(LABEL_WIDTH - 6, y + 12, _fit(name, LABEL_WIDTH), "end"))
        body.append(
            f'<rect x="{LABEL_WIDTH}" y="{y}" width="{length:.1f}" height="{BAR_HEIGHT}" '
            f'fill="{PALETTE[0]}"/>'
        )
        body.append(_label(LABEL_WIDTH + length + 4, y + 12, note, fill="#444"))
    return _svg(width, height, body, title)


def paired_bars(
    rows: Sequence[tuple[str, float, float, str]],
    title: str,
    names: tuple[str, str],
    scale: float | None = None,
    width: int = 620,
) -> Markup:
    """Two bars per row, the earlier round pale: (label, before, after, note)."""
    scale = scale or max([max(a, b) for _, a, b, _ in rows if not math.isnan(a + b)] + [1e-9])
    plot = width - LABEL_WIDTH - _note_room(note for *_, note in rows)
    row_height = 2 * 9 + GAP + 2
    height = len(rows) * row_height + GAP + 18
    body = []
    for position, (name, before, after, note) in enumerate(rows):
        y = GAP + position * row_height
        body.append(_label(LABEL_WIDTH - 6, y + 14, _fit(name, LABEL_WIDTH), "end"))
        for offset, value, colour in ((0, before, BEFORE), (10, after, PALETTE[0])):
            length = 0.0 if math.isnan(value) else max(0.0, plot * value / scale)
            body.append(
                f'<rect x="{LABEL_WIDTH}" y="{y + offset}" width="{length:.1f}" height="9" '
                f'fill="{colour}"/>'
            )
        longest = max(v for v in (before, after) if not math.isnan(v)) if rows else 0
        body.append(_label(LABEL_WIDTH + plot * longest / scale + 4, y + 14, note, fill="#444"))
    legend_y = height - 6
    body.append(
        f'<rect x="{LABEL_WIDTH}" y="{legend_y - 9}" width="10" height="9" fill="{BEFORE}"/>'
    )
    body.append(_label(LABEL_WIDTH + 14, legend_y, names[0]))
    body.append(
        f'<rect x="{LABEL_WIDTH + 130}" y="{legend_y - 9}" width="10" height="9" '
        f'fill="{PALETTE[0]}"/>'
    )
    body.append(_label(LABEL_WIDTH + 144, legend_y, names[1]))
    return _svg(width, height, body, title)


def lines(
    series: dict[str, dict[str, float]],
    months: list[str],
    title: str,
    percent: bool = False,
    width: int = 620,
    height: int = 200,
) -> Markup:
    """One line per series over the months, with a legend; missing months count as 0."""
    left, right, top, bottom = 48, 150, 10, 24
    plot_w, plot_h = width - left - right, height - top - bottom
    top_value = max([v for s in series.values() for v in s.values()] + [1e-9])
    top_value = _nice(top_value)
    step = plot_w / max(1, len(months) - 1)
    body = [
        f'<line x1="{left}" y1="{top + plot_h}" x2="{left + plot_w}" y2="{top + plot_h}" '
        'stroke="#999"/>'
    ]
    for tick in (0, 0.5, 1):
        y = top + plot_h * (1 - tick)
        value = top_value * tick
        text = f"{value:.0%}" if percent else f"{value:,.0f}"
        body.append(_label(left - 4, y + 4, text, "end", "#666"))
        body.append(
            f'<line x1="{left}" y1="{y:.1f}" x2="{left + plot_w}" y2="{y:.1f}" stroke="#eee"/>'
        )
    every = max(1, math.ceil(len(months) / 8))
    for index, month in enumerate(months):
        if index % every == 0:
            body.append(_label(left + index * step, height - 6, month, "middle", "#666"))
    for number, (name, values) in enumerate(series.items()):
        colour = PALETTE[number % len(PALETTE)]
        points = " ".join(
            f"{left + i * step:.1f},{top + plot_h * (1 - values.get(m, 0) / top_value):.1f}"
            for i, m in enumerate(months)
        )
        if len(months) == 1:  # one month: a dot, not a line
            x, y = points.split(",")
            body.append(f'<circle cx="{x}" cy="{y}" r="3" fill="{colour}"/>')
        else:
            body.append(
                f'<polyline points="{points}" fill="none" stroke="{colour}" stroke-width="2"/>'
            )
        legend_y = top + 12 + number * 15
        body.append(
            f'<rect x="{left + plot_w + 10}" y="{legend_y - 8}" width="10" height="3" '
            f'fill="{colour}"/>'
        )
        body.append(_label(left + plot_w + 24, legend_y - 3, _fit(name, right - 26)))
    return _svg(width, height, body, title)


def _nice(value: float) -> float:
    """A round top for an axis: 1, 2 or 5 times a power of ten, at least the value."""
    power = 10 ** math.floor(math.log10(value)) if value > 0 else 1
    for factor in (1, 2, 5, 10):
        if value <= factor * power:
            return factor * power
    return 10 * power
