"""The template shared by a cluster's texts, with its varying slots (InfoShield's
"template and slots"). Pure.

The reference is the medoid text (the one most like the others); each other text is
aligned with it token by token (difflib). A reference token that most other texts also
have is template; runs of the others are slots, and each slot keeps the values the texts
put there (names, ages, cities, numbers, emojis...).
"""

from __future__ import annotations

import re
from collections import Counter
from difflib import SequenceMatcher
from typing import Any

# A word or a run of punctuation, with the spaces after it (compared without them).
_TOKEN = re.compile(r"\s+|\w+\s*|[^\w\s]+\s*")
SAMPLE = 5  # texts aligned: enough to see what varies, cheap enough for thousands of clusters
MAX_VALUES = 8


def template_of(texts: list[str]) -> dict[str, Any] | None:
    """{"text": "Hi, I am {1}, {2} ...", "slots": [{"slot": 1, "values": [[value, n], ...]}],
    "texts": how many were aligned}, or None for fewer than two texts."""
    sample = list(dict.fromkeys(texts))[:SAMPLE]
    if len(sample) < 2:
        return None
    tokens = [_TOKEN.findall(text) for text in sample]
    reference = _medoid(tokens)
    others = [t for i, t in enumerate(tokens) if i != reference]
    ref = tokens[reference]
    alignments = [_align(ref, other) for other in others]
    kept = [sum(1 for a in alignments if a[i] >= 0) for i in range(len(ref))]
    constant = [kept[i] * 2 >= len(others) for i in range(len(ref))]
    parts: list[str] = []
    slots: list[dict[str, Any]] = []
    i = 0
    while i < len(ref):
        if constant[i]:
            parts.append(ref[i])
            i += 1
            continue
        j = i
        while j < len(ref) and not constant[j]:
            j += 1
        values = Counter(["".join(ref[i:j]).strip()])
        for other, alignment in zip(others, alignments, strict=True):
            values["".join(_aligned_span(other, alignment, i, j)).strip()] += 1
        slots.append(
            {"slot": len(slots) + 1, "values": [[v, n] for v, n in values.most_common(MAX_VALUES)]}
        )
        parts.append(f"{{{len(slots)}}}" + _trailing_space(ref[j - 1]))
        i = j
    return {"text": "".join(parts).strip(), "slots": slots, "texts": len(sample)}


def slot_names(template: dict[str, Any], places: set[str]) -> list[str]:
    """Values of slots that read like given names: one capitalised word, not a place."""
    names: Counter[str] = Counter()
    for slot in template["slots"]:
        for value, count in slot["values"]:
            name_like = re.fullmatch(r"[^\W\d_][^\W\d_'-]{1,20}", value) and value[0].isupper()
            if name_like and value.lower() not in places:
                names[value] += count
    return [name for name, _ in names.most_common()]


def _medoid(tokens: list[list[str]]) -> int:
    sets = [{t.lower() for t in ts if not t.isspace()} for ts in tokens]
    totals = [sum(len(a & b) / max(len(a | b), 1) for b in sets) for a in sets]
    return max(range(len(sets)), key=lambda i: (totals[i], -i))


def _align(ref: list[str], other: list[str]) -> list[int]:
    """For each reference token, the index of the same token in `other`, or -1."""
    mapped = [-1] * len(ref)
    matcher = SequenceMatcher(
        None, [t.strip() for t in ref], [t.strip() for t in other], autojunk=False
    )
    for block in matcher.get_matching_blocks():
        for k in range(block.size):
            mapped[block.a + k] = block.b + k
    return mapped


def _aligned_span(other: list[str], alignment: list[int], start: int, end: int) -> list[str]:
    """The tokens of `other` between the template tokens around reference [start, end)."""
    before = next((alignment[k] for k in range(start - 1, -1, -1) if alignment[k] >= 0), -1)
    after = next(
        (alignment[k] for k in range(end, len(alignment)) if alignment[k] >= 0), len(other)
    )
    return other[before + 1 : after]


def _trailing_space(token: str) -> str:
    return token[len(token.rstrip()) :]
