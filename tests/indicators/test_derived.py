"""Derived indicators: read from the mentions extraction found, with their spans."""

from __future__ import annotations

from thbwatch.indicators.derived import DERIVED, derived_hits
from thbwatch.indicators.packs import load_packs
from thbwatch.model import Extracted, Mention


def found(*mentions: Mention, country: str | None = "GB") -> Extracted:
    return Extracted(1, "en", False, country, list(mentions))


def phone(start: int, obfuscated: bool = False, country: str = "GB") -> Mention:
    return Mention(
        "phone", "+441134960000", "x", start, start + 5, obfuscated, 1.0, {"country": country}
    )


def ids(extracted: Extracted, kind: str) -> set[str]:
    return {hit.indicator for hit in derived_hits(extracted, kind)}


def test_an_obfuscated_phone_is_an_indicator_pointing_at_the_number() -> None:
    [hit] = derived_hits(found(phone(3), phone(20, obfuscated=True)), "sex_ad")
    assert (hit.indicator, hit.spans) == ("obfuscated_phone", ((20, 25),))
    assert ids(found(phone(3)), "sex_ad") == set()


def test_a_phone_of_another_country_than_the_ads() -> None:
    assert ids(found(phone(0, country="RO")), "job_ad") == {"phone_country_differs"}
    assert ids(found(phone(0, country="RO"), country=None), "job_ad") == set()  # unknown: silent


def test_several_ages_in_a_sex_ad_but_not_the_same_age_twice() -> None:
    def age(value: str, start: int) -> Mention:
        return Mention("age", value, value, start, start + 2)

    assert ids(found(age("21", 0), age("24", 10)), "sex_ad") == {"several_ages_in_one_ad"}
    assert ids(found(age("21", 0), age("21", 10)), "sex_ad") == set()
    assert ids(found(age("21", 0), age("24", 10)), "job_ad") == set()  # not its domain


def test_messaging_app_only_contact_in_job_ads() -> None:
    whatsapp = Mention("handle", "whatsapp:+40722000000", "WhatsApp", 0, 8)
    email = Mention("email", "hr@example.com", "hr@example.com", 20, 34)
    link = Mention(
        "url", "https://wa.me/40722000000", "wa.me/40722000000", 40, 57,
        details={"platform": "whatsapp"},
    )  # fmt: skip
    site = Mention("url", "https://jobs.example/apply", "jobs.example/apply", 60, 78)
    assert ids(found(whatsapp), "job_ad") == {"messaging_app_only_derived"}
    assert ids(found(whatsapp, link), "job_ad") == {"messaging_app_only_derived"}
    assert ids(found(whatsapp, email), "job_ad") == set()
    assert ids(found(whatsapp, site), "job_ad") == set()


def test_derived_indicators_are_sourced_and_do_not_clash_with_the_packs() -> None:
    pack_ids = {i.id for pack in load_packs() for i in pack.indicators}
    for derived in DERIVED:
        assert derived.indicator.id not in pack_ids
        assert derived.indicator.source and derived.indicator.description
