"""Plain words for what the analysis found: indicators (meaning, source, weight) and
entities (normalised value, whether it was disguised)."""

from __future__ import annotations

from functools import cache
from typing import Any

from thbwatch.model import Mention
from thbwatch.web.highlight import Mark

CONTACT_WORDS = {
    "phone": "phone number",
    "email": "e-mail address",
    "handle": "messaging handle",
    "url": "link",
    "wallet": "crypto wallet",
    "age": "age",
    "price": "price",
    "salary": "salary",
    "place": "place",
}


@cache
def indicators() -> dict[str, dict[str, Any]]:
    """Every shipped indicator (packs and derived) by id, as `thbwatch indicators` lists them."""
    from thbwatch.indicators.derived import every_indicator
    from thbwatch.indicators.packs import describe, load_packs

    return {i.id: describe(i) for i in every_indicator(load_packs([]))}


def indicator_label(indicator_id: str, weight: float) -> str:
    known = indicators().get(indicator_id)
    meaning = known["description"] if known else "indicator from a user's pack"
    return f"indicator {indicator_id} ({weight:+.2f}): {meaning}"


def mention_label(mention: Mention) -> str:
    words = CONTACT_WORDS.get(mention.type, mention.type)
    label = f"{words}: {mention.value}"
    if mention.obfuscated:
        label += " (written to dodge machines)"
    return label


def record_marks(mentions: list[Mention], reasons: list[dict[str, Any]]) -> list[Mark]:
    marks = [Mark(m.start, m.end, f"m m-{m.type}", mention_label(m)) for m in mentions]
    for reason in reasons:
        label = indicator_label(reason["indicator"], reason["weight"])
        marks += [Mark(start, end, "ind", label) for start, end in reason["spans"]]
    return marks
