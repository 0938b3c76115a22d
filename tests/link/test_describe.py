"""Cluster description and score: what an analyst reads, in the same order every run."""

from __future__ import annotations

import os
import subprocess
import sys
from collections import Counter
from datetime import datetime

import pytest

from thbwatch.link.describe import MemberFacts, describe
from thbwatch.link.score import _parsed_country, phone_country, score_cluster


def member(
    record_id: int, contacts: list[tuple[str, str]], city: str = "Lyon, FR", kind: str = "sex_ad"
) -> MemberFacts:
    return MemberFacts(
        record_id=record_id,
        kind=kind,
        posted_at=datetime(2024, 5, record_id),
        city=city,
        score=0.5,
        indicators=("third_person", "new_in_town"),
        contacts=tuple(contacts),
        ages=(20 + record_id,),
    )


def test_tied_contacts_and_indicators_keep_the_order_they_first_appear_in() -> None:
    members = [
        member(1, [("phone", "+33612345678"), ("email", "a@example.org")]),
        member(2, [("handle", "telegram:zz"), ("email", "a@example.org")]),
        member(3, [("handle", "telegram:zz"), ("phone", "+33612345678")]),
    ]
    description = describe(members, Counter({"phone": 1}))
    assert [c["value"] for c in description["contacts"]] == [
        "+33612345678", "a@example.org", "telegram:zz",
    ]  # fmt: skip
    assert list(description["indicators"]) == ["third_person", "new_in_town"]


def test_descriptions_do_not_depend_on_string_hashing() -> None:
    """Each run salts str hashes differently: the description must not follow them."""
    script = (
        "from collections import Counter; from datetime import datetime;"
        "from thbwatch.link.describe import MemberFacts, describe;"
        "m = lambda i, c: MemberFacts(i, 'sex_ad', datetime(2024, 5, i), 'Lyon, FR', 0.5,"
        " tuple(f'i{k}' for k in range(9)), tuple(c), (20,));"
        "print(describe([m(1, [('phone', f'+3361234567{k}') for k in range(9)])], Counter()))"
    )
    outputs = {
        subprocess.run(
            [sys.executable, "-c", script],
            env={**os.environ, "PYTHONHASHSEED": str(seed)},
            capture_output=True,
            text=True,
            check=True,
        ).stdout
        for seed in (1, 2, 3)
    }
    assert len(outputs) == 1


@pytest.mark.parametrize(
    "number",
    [
        "+33612345678",  # one region for the code
        "+4915112345678",
        "+447700900123",  # GB, GG, IM, JE share +44: parsed
        "+441481123456",  # Guernsey
        "+14165550123",  # Canada under +1
        "+390669812345",  # Vatican City under +39
        "+80012345678",  # non-geographic
        "+3",  # too short
        "+0123456789",  # no country code
        "+99912345678",  # unassigned code
        "+33" + "1" * 18,  # too long
        "0612345678",  # not E.164
    ],
)
def test_the_phone_country_is_the_one_phonenumbers_gives(number: str) -> None:
    assert phone_country(number) == _parsed_country(number)  # phonenumbers.parse itself


def test_a_phone_from_another_country_than_the_ads_is_a_reason() -> None:
    members = [member(i, [("phone", "+40712345678")]) for i in (1, 2, 3)]
    _, reasons = score_cluster(members, describe(members, Counter()))
    assert "cross_border_contacts" in {reason["feature"] for reason in reasons}


@pytest.mark.parametrize(
    ("kind", "detail"),
    [
        ("sex_ad", "3 moves to another city within two weeks"),
        ("job_ad", "3 postings from another city within two weeks"),
    ],
)
def test_moves_between_cities_are_a_persons_in_sex_ads_only(kind: str, detail: str) -> None:
    towns = ["Lyon, FR", "Paris, FR", "Lyon, FR", "Nice, FR"]
    members = [member(i, [], town, kind) for i, town in enumerate(towns, 1)]
    _, reasons = score_cluster(members, describe(members, Counter()))
    [moves] = [reason for reason in reasons if reason["feature"] == "fast_movement"]
    assert moves["detail"] == detail
