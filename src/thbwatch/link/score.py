"""The cluster score: a lead for review (0-1), with its reasons. Pure.

score = 1 / (1 + exp(-(logit(member evidence) + sum of the network features' weights)))

Member evidence is the mean of the members' record scores (their indicators). Network
features are what one ad cannot show (see DOMAIN.md on controlled networks and deceptive
recruiters): several persons advertised behind one contact, movement through cities,
one text reused with the names swapped, contacts from another country than the ads,
volume. Each reason: {"feature", "value", "weight", "detail"}.
"""

from __future__ import annotations

import math
from datetime import datetime
from functools import lru_cache
from typing import Any

import phonenumbers
from phonenumbers import COUNTRY_CODE_TO_REGION_CODE

from thbwatch.link.describe import MemberFacts

WEIGHTS = {
    "persons_per_contact": 1.0,  # 3 or more persons (distinct ages) behind one contact
    "multi_city": 0.8,  # 3 or more cities
    "fast_movement": 0.5,  # a new city within two weeks, repeatedly
    "template_reuse": 0.5,  # most members near-duplicates of one another
    "cross_border_contacts": 0.7,  # most contacts from another country than the ads
    "volume": 0.4,  # 5 or more ads a week
}


def score_cluster(
    members: list[MemberFacts], description: dict[str, Any]
) -> tuple[float, list[dict[str, Any]]]:
    mean = sum(m.score for m in members) / len(members)
    base = math.log(min(max(mean, 0.01), 0.99) / (1 - min(max(mean, 0.01), 0.99)))
    reasons = [
        {
            "feature": "member_scores",
            "value": round(mean, 3),
            "weight": round(base, 3),
            "detail": f"mean record score {mean:.2f} over {len(members)} records",
        }
    ]
    reasons += [reason for feature in FEATURES if (reason := feature(members, description))]
    total = sum(reason["weight"] for reason in reasons)
    score = 1 / (1 + math.exp(-total))
    reasons = [reasons[0], *sorted(reasons[1:], key=lambda r: -r["weight"])]
    return score, reasons


def _reason(feature: str, value: Any, detail: str, share: float = 1.0) -> dict[str, Any]:
    return {
        "feature": feature,
        "value": value,
        "weight": round(WEIGHTS[feature] * share, 3),
        "detail": detail,
    }


def persons_per_contact(members: list[MemberFacts], _: dict[str, Any]) -> dict | None:
    ages_by_phone: dict[str, set[int]] = {}
    for member in members:
        for kind, value in member.contacts:
            if kind == "phone":
                ages_by_phone.setdefault(value, set()).update(member.ages)
    if not ages_by_phone:
        return None
    phone, ages = max(ages_by_phone.items(), key=lambda item: len(item[1]))
    if len(ages) < 3:
        return None
    return _reason(
        "persons_per_contact", len(ages), f"{len(ages)} different ages advertised with {phone}"
    )


def multi_city(_: list[MemberFacts], description: dict[str, Any]) -> dict | None:
    cities = {stay["city"] for stay in description["itinerary"]}
    if len(cities) < 3:
        return None
    return _reason("multi_city", len(cities), f"ads in {len(cities)} cities")


def fast_movement(_: list[MemberFacts], description: dict[str, Any]) -> dict | None:
    stays = description["itinerary"]
    quick = sum(
        1
        for a, b in zip(stays, stays[1:], strict=False)
        if (datetime.fromisoformat(b["from"]) - datetime.fromisoformat(a["from"])).days <= 14
    )
    if quick < 2:
        return None
    # A person moves (sex ads: DOMAIN.md, movement circuits); job ads are posted from
    # another town, which says nothing of where anyone is.
    moves = (
        "moves to another city"
        if "sex_ad" in description["kinds"]
        else "postings from another city"
    )
    return _reason("fast_movement", quick, f"{quick} {moves} within two weeks")


def template_reuse(members: list[MemberFacts], description: dict[str, Any]) -> dict | None:
    text_links = description["links"].get("text", 0)
    share = min(text_links / max(len(members) - 1, 1), 1.0)
    if len(members) < 3 or share < 0.5:
        return None
    return _reason(
        "template_reuse",
        round(share, 2),
        f"{text_links} near-duplicate text links among {len(members)} records",
    )


def cross_border_contacts(members: list[MemberFacts], _: dict[str, Any]) -> dict | None:
    checked = foreign = 0
    for member in members:
        phones = [value for kind, value in member.contacts if kind == "phone"]
        if not phones or not member.country:
            continue
        checked += 1
        foreign += any(phone_country(p) not in (None, member.country) for p in phones)
    if checked == 0 or foreign * 2 < checked:
        return None
    return _reason(
        "cross_border_contacts",
        round(foreign / checked, 2),
        f"{foreign} of {checked} ads give a phone from another country than the ad's",
    )


def volume(_: list[MemberFacts], description: dict[str, Any]) -> dict | None:
    per_week = description["volume"]["per_week"]
    if not per_week or per_week < 5 or description["records"] < 5:
        return None
    return _reason("volume", per_week, f"{per_week} ads a week")


FEATURES = (
    persons_per_contact,
    multi_city,
    fast_movement,
    template_reuse,
    cross_border_contacts,
    volume,
)


@lru_cache(maxsize=100_000)
def phone_country(e164: str) -> str | None:
    """The region of an E.164 number, as phonenumbers says (parse, region_code_for_number).

    A full run asks this of every distinct phone, and parsing costs tens of microseconds.
    Most country codes belong to one region only, which is then the answer whatever
    follows: a look-up of the code suffices. Numbers of codes that several regions share
    (+1, +44, +39, ...) and anything unusual are parsed.
    """
    digits = e164[1:]
    if e164[:1] == "+" and digits.isascii() and digits.isdigit() and digits[:1] != "0":
        for length in (1, 2, 3):  # country codes have no common prefix: the first found
            regions = COUNTRY_CODE_TO_REGION_CODE.get(int(digits[:length]))
            if regions is None:
                continue
            national = len(digits) - length
            if len(regions) == 1 and MIN_NATIONAL <= national <= MAX_NATIONAL:
                return regions[0]
            break
    return _parsed_country(e164)


# The national number lengths that parse() accepts (outside them it raises).
MIN_NATIONAL, MAX_NATIONAL = 2, 17


def _parsed_country(e164: str) -> str | None:
    try:
        region = phonenumbers.region_code_for_number(phonenumbers.parse(e164))
    except phonenumbers.NumberParseException:
        return None
    return region if region and region != "ZZ" else None
