"""Derived indicators: read from what extraction found, not from words. Pure.

Text patterns live in the YAML packs; these need the mentions (an obfuscated number, a
phone of another country), so their test is code, but what each means, its source and its
weight are the table below, listed by `thbwatch indicators` like any other. Those that
compare a record with the rest of the corpus (pay, prices, mail providers) are in
market.py; DERIVED_INDICATORS lists both kinds.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from thbwatch.indicators.market import CORPUS_DERIVED
from thbwatch.indicators.packs import Indicator, Pack
from thbwatch.model import Extracted, IndicatorHit, Mention

MESSAGING_PLATFORMS = frozenset({"whatsapp", "telegram", "viber", "signal", "wechat", "line"})


def _obfuscated_phones(found: Extracted) -> list[Mention]:
    return [m for m in found.mentions if m.type == "phone" and m.obfuscated]


def _foreign_phones(found: Extracted) -> list[Mention]:
    if found.country is None:
        return []
    return [
        m
        for m in found.mentions
        if m.type == "phone" and m.details.get("country") not in (None, found.country)
    ]


def _several_ages(found: Extracted) -> list[Mention]:
    ages = [m for m in found.mentions if m.type == "age"]
    return ages if len({m.value for m in ages}) >= 2 else []


def _messaging_only(found: Extracted) -> list[Mention]:
    handles = [
        m
        for m in found.mentions
        if m.type == "handle" and m.value.split(":", 1)[0] in MESSAGING_PLATFORMS
    ]
    # A wa.me or t.me link is a URL too, but the same messaging channel, not another one.
    other_channels = any(
        m.type == "email" or (m.type == "url" and not m.details.get("platform"))
        for m in found.mentions
    )
    return [] if other_channels else handles


@dataclass(frozen=True, slots=True)
class Derived:
    indicator: Indicator
    test: Callable[[Extracted], list[Mention]]  # the mentions that show it; empty: absent


def _derived(
    id: str, domain: str, category: str, weight: float, description: str, source: str
) -> Indicator:
    return Indicator(id, "derived", domain, category, description, source, weight, {})


DERIVED = (
    Derived(
        _derived(
            "obfuscated_phone", "sex_ad", "presentation", 0.8,
            "The phone number is written so that machines miss it (spelled out, letters for "
            "digits, emoji, split over lines).",
            "Study of 1,263 sex-work ads with known case outcomes, Journal of Human "
            "Trafficking (2024), as summarised in DOMAIN.md: an obscured phone number was "
            "among the few predictive indicators.",
        ),
        _obfuscated_phones,
    ),
    Derived(
        _derived(
            "phone_country_differs", "any", "work_abroad", 0.3,
            "The phone number belongs to another country than the one the ad is posted in.",
            "Practitioner guidance on cross-border recruitment and coordination from abroad "
            "(GRETA 2022 study, DOMAIN.md); weak evidence, low weight.",
        ),
        _foreign_phones,
    ),
    Derived(
        _derived(
            "several_ages_in_one_ad", "sex_ad", "third_party_control", 0.5,
            "Several different ages are stated in one ad: more than one person advertised.",
            "Third-party control and plural persons (DOMAIN.md indicator evidence); "
            "practitioner indicator, moderate weight.",
        ),
        _several_ages,
    ),
    Derived(
        _derived(
            "messaging_app_only_derived", "job_ad", "contact_channel", 0.4,
            "The only contact given is a messaging app: no e-mail, no website.",
            "IOM and ILO fair-recruitment red flags: contact only by WhatsApp/Telegram/"
            "Messenger (DOMAIN.md); single indicators do not discriminate (Volodko, "
            "Cockbain & Kleinberg 2020), hence a modest weight.",
        ),
        _messaging_only,
    ),
)  # fmt: skip


DERIVED_INDICATORS: tuple[Indicator, ...] = tuple(
    derived.indicator for derived in (*DERIVED, *CORPUS_DERIVED)
)


def every_indicator(packs: list[Pack]) -> list[Indicator]:
    """The packs' indicators, then the derived ones: all a score can be made of."""
    return [*(indicator for pack in packs for indicator in pack.indicators), *DERIVED_INDICATORS]


def default_weights(packs: list[Pack]) -> dict[str, float]:
    """Every indicator's own weight: the packs' and the derived indicators'."""
    return {indicator.id: indicator.weight for indicator in every_indicator(packs)}


def derived_hits(found: Extracted, kind: str) -> list[IndicatorHit]:
    hits = []
    for derived in DERIVED:
        domain = derived.indicator.domain
        if domain != "any" and kind not in (domain, "unknown"):
            continue
        shown = derived.test(found)
        if shown:
            spans = tuple((m.start, m.end) for m in shown)
            hits.append(IndicatorHit(derived.indicator.id, derived.indicator.weight, spans))
    return hits
