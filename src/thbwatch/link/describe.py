"""What an analyst reads about a cluster: members, contacts, persons, itinerary, volume
and cadence, links, indicators. Pure.

The description is stored as JSON (clusters.description) with these keys:
  records, kinds {kind: n}, first_posted, last_posted (ISO 8601),
  contacts [{kind, value, records}] (most shared first),
  persons {ages: [..], names: [..] (from template slots, when a template was made)},
  itinerary [{city, country, from, to, records}] (consecutive stays, in time order),
  volume {days, per_week, median_gap_hours},
  links {kind: n} (links inside the cluster, by kind),
  indicators {indicator: records} (in how many members each indicator was found),
  template {text, slots, texts} or null (link/template.py), split (graph.py note) or null.
"""

from __future__ import annotations

from collections import Counter
from datetime import datetime
from statistics import median
from typing import Any, NamedTuple

MAX_CONTACTS = 20


class MemberFacts(NamedTuple):
    """What the description and score need of one member record.

    A named tuple, not a frozen dataclass: linking makes one for about every record, and
    a frozen dataclass's `__init__` sets each field through `object.__setattr__` (2.6x
    the cost; member facts of 300,000 records took 0.75 s, now 0.5 s).
    """

    record_id: int
    kind: str
    posted_at: datetime | None
    city: str | None  # "City, CC" when the place is known, else the location as written
    score: float
    indicators: tuple[str, ...]
    contacts: tuple[tuple[str, str], ...]  # (link kind, value)
    ages: tuple[int, ...]
    places: tuple[str, ...] = ()  # every place named in the text ("City, CC")

    @property
    def country(self) -> str | None:
        if self.city and len(self.city) > 4 and self.city[-4:-2] == ", ":
            return self.city[-2:]
        return None


def describe(
    members: list[MemberFacts], link_kinds: Counter[str], split: dict[str, Any] | None = None
) -> dict[str, Any]:
    timed = sorted((m for m in members if m.posted_at), key=lambda m: m.posted_at)
    # Each member counts once per contact and indicator; ties keep the order of first
    # appearance (dict.fromkeys, not set: a set's order of strings changes from run to run).
    contacts: Counter[tuple[str, str]] = Counter(
        c for m in members for c in dict.fromkeys(m.contacts)
    )
    shared = [(key, n) for key, n in contacts.most_common() if n > 1] or contacts.most_common()
    indicators: Counter[str] = Counter(i for m in members for i in dict.fromkeys(m.indicators))
    return {
        "records": len(members),
        "kinds": dict(Counter(m.kind for m in members)),
        "first_posted": timed[0].posted_at.isoformat() if timed else None,
        "last_posted": timed[-1].posted_at.isoformat() if timed else None,
        "contacts": [
            {"kind": kind, "value": value, "records": n}
            for (kind, value), n in shared[:MAX_CONTACTS]
        ],
        "persons": {"ages": sorted({a for m in members for a in m.ages}), "names": []},
        "itinerary": itinerary(timed),
        "volume": volume(timed),
        "links": dict(link_kinds),
        "indicators": dict(indicators.most_common()),
        "template": None,
        "split": split,
    }


def itinerary(timed: list[MemberFacts]) -> list[dict[str, Any]]:
    """Consecutive stays in one city, in time order (members sorted by posting time)."""
    stays: list[dict[str, Any]] = []
    stay: dict[str, Any] = {}
    town = None  # the town of the current stay (kept when its city gains a country)
    for member in timed:
        city = member.city
        if not city:
            continue
        when = member.posted_at.isoformat()
        if town == (member_town := town_key(city)):
            stay["to"] = when
            stay["records"] += 1
            if not stay["country"] and (country := member.country):  # "London" -> "London, GB"
                stay.update(city=city, country=country)
            continue
        town = member_town
        stay = {"city": city, "country": member.country, "from": when, "to": when, "records": 1}
        stays.append(stay)
    return stays


def volume(timed: list[MemberFacts]) -> dict[str, Any]:
    if len(timed) < 2:
        return {"days": 0.0, "per_week": None, "median_gap_hours": None}
    seconds = (timed[-1].posted_at - timed[0].posted_at).total_seconds()
    days = seconds / 86400
    gaps = [
        (b.posted_at - a.posted_at).total_seconds() / 3600
        for a, b in zip(timed, timed[1:], strict=False)
    ]
    return {
        "days": round(days, 1),
        "per_week": round(len(timed) / max(days / 7, 1), 2),
        "median_gap_hours": round(median(gaps), 1),
    }


def town_key(city: str) -> str:
    """A city as the key of its town: its name without the country, lower case ("Lyon, FR"
    -> "lyon")."""
    return city.split(",")[0].strip().lower()
