"""Indicators that compare a record with the corpus: pay far above, or prices far below,
what comparable ads state; and contact through a mail provider rather than an employer's
own domain. Pure: each rule is a function of one record's facts and the corpus' statistics.

The pipeline gathers every record's `RecordFacts` (during extraction for new records, from
the stored mentions for older ones), builds the `CorpusStats` once over them all, then
applies the rules (a second pass after extraction), so a record is always compared with
the whole corpus as it stands.

Thresholds (no study in DOMAIN.md gives a number, so these are stated rules, revisable by
`thbwatch calibrate`):
- a salary is "far above the market" at 1.5 times or more the median monthly pay of
  comparable ads (same occupation group, country and currency; else wider groups);
- a price is "far below the market" at half or less the median hourly price of sexual-
  services ads in the same city (else country) and currency;
- a median is used only when at least 20 ads make it, so that one ad cannot set it;
- a mail domain is a provider when it is a known free-mail service, or when 3 or more
  different addresses use it and no ad links to a website on it (an employer's domain
  carries its website; a provider's carries unrelated people's mail). Three, not more,
  because regional and new providers are many and each corpus sees few of their users;
  an employer with three addresses that never links its site is the accepted error.
"""

from __future__ import annotations

import re
import statistics
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib.resources import files
from typing import NamedTuple

import yaml

from thbwatch.indicators.packs import Indicator
from thbwatch.model import Hints, IndicatorHit, Mention

SALARY_RATIO = 1.5
PRICE_RATIO = 0.5
MIN_GROUP = 20
PROVIDER_ADDRESSES = 3

# Full-time month: 39 hours x 52 weeks / 12; 21.7 working days; 52/12 weeks.
MONTHLY = {"hour": 169.0, "day": 21.7, "week": 52 / 12, "month": 1.0, "year": 1 / 12}

# The currency wages are paid in, per country (ISO 3166 -> ISO 4217).
CURRENCY = {
    **dict.fromkeys(
        ("AT", "BE", "CY", "DE", "EE", "ES", "FI", "FR", "GR", "HR", "IE", "IT", "LT", "LU",
         "LV", "MT", "NL", "PT", "SI", "SK"), "EUR",
    ),
    "GB": "GBP", "PL": "PLN", "RO": "RON", "CH": "CHF", "SE": "SEK", "NO": "NOK",
    "DK": "DKK", "CZ": "CZK", "HU": "HUF", "BG": "BGN", "US": "USD",
}  # fmt: skip

# Free-mail services (registered domains), one a line in freemail_domains.txt.
FREEMAIL = frozenset(
    (files("thbwatch.indicators") / "freemail_domains.txt").read_text("utf-8").split()
)


# Facts are named tuples, not dataclasses: the analysis keeps those of every new record
# until the corpus is known, and they cross from its worker processes; a frozen dataclass
# with slots took 40% longer to pickle and unpickle (its state is read field by field).
class Amount(NamedTuple):
    """A salary per month or a price per hour, and where the text states it."""

    value: float
    currency: str
    span: tuple[int, int]


class Address(NamedTuple):
    """An email address and where the text states it."""

    value: str
    span: tuple[int, int]


class RecordFacts(NamedTuple):
    """What the corpus rules read of one record."""

    record_id: int
    kind: str
    country: str | None  # where the ad is posted
    city: str | None
    occupation: str | None
    salaries: tuple[Amount, ...] = ()
    prices: tuple[Amount, ...] = ()
    emails: tuple[Address, ...] = ()
    web_domains: tuple[str, ...] = ()

    def comparable(self) -> bool:
        """Whether any corpus rule can flag this record: it states pay, a price or an
        address (the web domains only feed the statistics)."""
        return bool(self.salaries or self.prices or self.emails)


@dataclass(frozen=True, slots=True)
class CorpusStats:
    salary_medians: dict[tuple[str | None, str | None, str], tuple[float, int]]
    price_medians: dict[tuple[str | None, str | None, str], tuple[float, int]]
    mail_providers: frozenset[str]  # mail domains used by many unrelated people


# -- facts of a record ----------------------------------------------------------------


@cache
def _occupation_patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    listed = yaml.safe_load((files("thbwatch.indicators") / "occupations.yaml").read_text("utf-8"))
    return tuple(
        (group, re.compile("|".join(f"(?:{p})" for p in patterns), re.IGNORECASE))
        for group, patterns in listed.items()
    )


@lru_cache(maxsize=65_536)  # job titles recur, and the corpus pass reads each twice
def occupation(title: str) -> str | None:
    """The occupation group a job title names, or None."""
    return next((group for group, pattern in _occupation_patterns() if pattern.search(title)), None)


@lru_cache(maxsize=4096)
def _located(location: str, language: str | None) -> tuple[str | None, str | None]:
    from thbwatch.extract.places import extract_places  # the gazetteer loads on first use

    found = extract_places("", Hints(language=language), location)
    if not found:
        return None, None
    return found[0].details.get("city"), found[0].details.get("country")


def posted_in(
    location: str | None, language: str | None, mentions: Iterable[Mention]
) -> tuple[str | None, str | None]:
    """(city, country) where the ad is posted: its location field, else the first city
    its text names (as extraction decides the record's country)."""
    if location:
        city, country = _located(location, language)
        if country:
            return city, country
    for mention in mentions:
        if mention.type == "place":
            return mention.details.get("city"), mention.details.get("country")
    return None, None


def _monthly(mention: Mention) -> float | None:
    per = mention.details.get("per")
    amount = mention.details.get("amount")
    if per not in MONTHLY or not isinstance(amount, int | float) or amount <= 0:
        return None
    return amount * MONTHLY[per]


def _hourly(mention: Mention) -> float | None:
    amount = mention.details.get("amount")
    if not isinstance(amount, int | float) or amount <= 0:
        return None
    minutes = mention.details.get("minutes")
    if minutes == 60 or (minutes is None and mention.details.get("per") == "hour"):
        return float(amount)
    return None  # shorter or longer sessions are priced differently per hour


def record_facts(
    record_id: int,
    kind: str,
    title: str,
    place: tuple[str | None, str | None],
    mentions: Iterable[Mention],
) -> RecordFacts:
    mentions = list(mentions)
    city, country = place

    def amounts(kind_: str, normalise: Callable[[Mention], float | None]) -> tuple[Amount, ...]:
        found = []
        for m in mentions:
            value = normalise(m) if m.type == kind_ else None
            if value is not None and m.details.get("currency"):
                found.append(Amount(value, m.details["currency"], (m.start, m.end)))
        return tuple(found)

    return RecordFacts(
        record_id=record_id,
        kind=kind,
        country=country,
        city=city,
        occupation=occupation(title) if kind == "job_ad" and title else None,
        salaries=amounts("salary", _monthly) if kind == "job_ad" else (),
        prices=amounts("price", _hourly) if kind == "sex_ad" else (),
        emails=tuple(Address(m.value, (m.start, m.end)) for m in mentions if m.type == "email"),
        web_domains=tuple(
            m.details["domain"]
            for m in mentions
            if m.type == "url" and m.details.get("domain") and not m.details.get("platform")
        ),
    )


# -- corpus statistics ----------------------------------------------------------------


def _salary_groups(facts: RecordFacts, amount: Amount) -> list[tuple[str | None, str | None, str]]:
    """Narrowest first. The posting country counts only when the salary is in its currency:
    an ad posted in Romania that pays in euros is for a job in the euro area."""
    country = facts.country if CURRENCY.get(facts.country or "") == amount.currency else None
    groups = [(facts.occupation, country, amount.currency), (None, country, amount.currency)]
    groups += [(facts.occupation, None, amount.currency), (None, None, amount.currency)]
    return list(dict.fromkeys(groups))


def _price_groups(facts: RecordFacts, amount: Amount) -> list[tuple[str | None, str | None, str]]:
    groups = [(facts.city, facts.country, amount.currency), (None, facts.country, amount.currency)]
    return list(dict.fromkeys([*groups, (None, None, amount.currency)]))


@dataclass
class CorpusStatsBuilder:
    """Gathers the corpus' values record by record, then gives the statistics."""

    salaries: dict[tuple, list[float]] = field(default_factory=lambda: defaultdict(list))
    prices: dict[tuple, list[float]] = field(default_factory=lambda: defaultdict(list))
    addresses: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    web_domains: set[str] = field(default_factory=set)

    def add(self, facts: RecordFacts) -> None:
        # One value per ad and group: an ad that repeats its pay must not weigh twice.
        for amounts, groups_of, values in (
            (facts.salaries, _salary_groups, self.salaries),
            (facts.prices, _price_groups, self.prices),
        ):
            per_group: dict[tuple, float] = {}
            for amount in amounts:
                for group in groups_of(facts, amount):
                    per_group.setdefault(group, amount.value)
            for group, value in per_group.items():
                values[group].append(value)
        for email in facts.emails:
            self.addresses[_mail_domain(email.value)].add(email.value)
        self.web_domains.update(facts.web_domains)

    def merge(self, other: CorpusStatsBuilder) -> None:
        """Add what another builder gathered (the corpus pass gathers in parts)."""
        for mine, theirs in ((self.salaries, other.salaries), (self.prices, other.prices)):
            for group, values in theirs.items():
                mine[group].extend(values)
        for domain, addresses in other.addresses.items():
            self.addresses[domain].update(addresses)
        self.web_domains.update(other.web_domains)

    def build(self) -> CorpusStats:
        def medians(values: dict[tuple, list[float]]) -> dict[tuple, tuple[float, int]]:
            return {
                group: (statistics.median(found), len(found))
                for group, found in values.items()
                if len(found) >= MIN_GROUP
            }

        providers = frozenset(
            domain
            for domain, addresses in self.addresses.items()
            if len(addresses) >= PROVIDER_ADDRESSES and domain not in self.web_domains
        )
        return CorpusStats(medians(self.salaries), medians(self.prices), providers)


def corpus_stats(all_facts: Iterable[RecordFacts]) -> CorpusStats:
    builder = CorpusStatsBuilder()
    for facts in all_facts:
        builder.add(facts)
    return builder.build()


def _mail_domain(address: str) -> str:
    return address.rpartition("@")[2].lower()


# -- the rules ------------------------------------------------------------------------


def _first_median(medians: dict[tuple, tuple[float, int]], groups: list[tuple]) -> float | None:
    return next((medians[group][0] for group in groups if group in medians), None)


def _salary_far_above(facts: RecordFacts, stats: CorpusStats) -> list[tuple[int, int]]:
    shown = []
    for amount in facts.salaries:
        median = _first_median(stats.salary_medians, _salary_groups(facts, amount))
        if median and amount.value >= SALARY_RATIO * median:
            shown.append(amount.span)
    return shown


def _price_far_below(facts: RecordFacts, stats: CorpusStats) -> list[tuple[int, int]]:
    shown = []
    for amount in facts.prices:
        median = _first_median(stats.price_medians, _price_groups(facts, amount))
        if median and amount.value <= PRICE_RATIO * median:
            shown.append(amount.span)
    return shown


def _freemail(facts: RecordFacts, stats: CorpusStats) -> list[tuple[int, int]]:
    return [
        email.span
        for email in facts.emails
        if (domain := _mail_domain(email.value)) in FREEMAIL or domain in stats.mail_providers
    ]


@dataclass(frozen=True, slots=True)
class CorpusDerived:
    indicator: Indicator
    test: Callable[[RecordFacts, CorpusStats], list[tuple[int, int]]]  # spans that show it


def _indicator(
    id: str, domain: str, category: str, weight: float, description: str, source: str
) -> Indicator:
    return Indicator(id, "derived", domain, category, description, source, weight, {})


CORPUS_DERIVED = (
    CorpusDerived(
        _indicator(
            "salary_far_above_market", "job_ad", "deceptive_recruitment", 0.6,
            "The pay offered is 1.5 times or more the median of comparable job ads in the "
            "corpus (same occupation group, country and currency where 20 ads allow).",
            "IOM and ILO recruitment-fraud red flags: pay far above market (DOMAIN.md); "
            "ILO/EC Delphi (2009) deceptive recruitment about wages. The 1.5x threshold is "
            "a stated rule, not from a study; revise the weight with `thbwatch calibrate`.",
        ),
        _salary_far_above,
    ),
    CorpusDerived(
        _indicator(
            "price_far_below_market", "sex_ad", "exploitative_conditions", 0.3,
            "An hourly price half or less of the median of sexual-services ads in the same "
            "city (else country) and currency in the corpus.",
            "Practitioner red-flag lists (Polaris; NGO guidance) on prices well below the "
            "local market; DOMAIN.md holds no effect size, so a low weight; the 0.5x "
            "threshold is a stated rule, revise with `thbwatch calibrate`.",
        ),
        _price_far_below,
    ),
    CorpusDerived(
        _indicator(
            "freemail_contact", "job_ad", "contact_channel", 0.3,
            "Applications go to a free-mail address (a known provider, or a mail domain "
            "shared by many unrelated addresses that is nobody's website) rather than an "
            "employer's own domain.",
            "IOM and recruitment-fraud red-flag guidance (vague or missing employer "
            "identity, free-mail contact; DOMAIN.md); Volodko, Cockbain & Kleinberg "
            "(2020). Practitioner guidance; weak alone.",
        ),
        _freemail,
    ),
)  # fmt: skip


def corpus_hits(facts: RecordFacts, stats: CorpusStats) -> list[IndicatorHit]:
    hits = []
    for derived in CORPUS_DERIVED:
        domain = derived.indicator.domain
        if domain != "any" and facts.kind not in (domain, "unknown"):
            continue
        shown = derived.test(facts, stats)
        if shown:
            spans = tuple(sorted(set(shown)))
            hits.append(IndicatorHit(derived.indicator.id, derived.indicator.weight, spans))
    return hits
