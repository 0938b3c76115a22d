"""A record's text cut into segments, each with the marks (entities, indicator words) that
cover it, so the template can wrap them without ever building HTML from the text. Pure."""

from __future__ import annotations

from dataclasses import dataclass
from itertools import pairwise


@dataclass(frozen=True, slots=True)
class Mark:
    start: int
    end: int
    css: str  # class names: "m-phone", "ind"
    label: str  # what the mark means, shown on hover and in the legend


@dataclass(frozen=True, slots=True)
class Segment:
    text: str
    marks: tuple[Mark, ...]

    @property
    def css(self) -> str:
        return " ".join(dict.fromkeys(mark.css for mark in self.marks))

    @property
    def label(self) -> str:
        return " · ".join(dict.fromkeys(mark.label for mark in self.marks))


def segments(text: str, marks: list[Mark]) -> list[Segment]:
    """Cut `text` at every mark boundary; overlapping marks both cover the overlap."""
    inside = [m for m in marks if 0 <= m.start < m.end <= len(text)]
    bounds = sorted({0, len(text), *(m.start for m in inside), *(m.end for m in inside)})
    return [
        Segment(text[a:b], tuple(m for m in inside if m.start <= a and b <= m.end))
        for a, b in pairwise(bounds)
        if a < b
    ]
