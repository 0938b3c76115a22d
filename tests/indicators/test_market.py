"""Corpus indicators: pay far above and prices far below comparable ads, free-mail contact."""

from __future__ import annotations

from thbwatch.indicators.market import (
    MIN_GROUP,
    RecordFacts,
    corpus_hits,
    corpus_stats,
    occupation,
    record_facts,
)
from thbwatch.model import Mention


def salary(amount: float, per: str = "month", currency: str = "EUR", start: int = 0) -> Mention:
    details = {"amount": amount, "currency": currency, "per": per}
    return Mention("salary", f"{amount} {currency}/{per}", "x", start, start + 4, details=details)


def price(amount: float, minutes: int | None = 60, currency: str = "EUR") -> Mention:
    details = {"amount": amount, "currency": currency, "per": "hour", "minutes": minutes}
    return Mention("price", f"{amount} {currency}/hour", "x", 10, 14, details=details)


def email(address: str, start: int = 30) -> Mention:
    return Mention("email", address, address, start, start + len(address))


def job(record_id: int, title: str, country: str, *mentions: Mention) -> RecordFacts:
    return record_facts(record_id, "job_ad", title, (None, country), mentions)


def ids(facts: RecordFacts, stats) -> set[str]:  # type: ignore[no-untyped-def]
    return {hit.indicator for hit in corpus_hits(facts, stats)}


def test_occupation_groups_come_from_the_title_in_any_language() -> None:
    assert occupation("Erntehelfer (m/w/d) Spargel") == "agriculture"
    assert occupation("Operator wózka widłowego") == "warehouse"
    assert occupation("Meat Processing Operative") == "food_processing"
    assert occupation("Software engineer") is None


def test_a_salary_far_above_comparable_jobs_is_shown_by_its_own_span() -> None:
    market = [job(i, "Lagerarbeiter", "DE", salary(13.5, "hour")) for i in range(MIN_GROUP)]
    generous = job(99, "Lagerhelfer", "DE", salary(4800, "month", start=40))
    fair = job(98, "Kommissionierer", "DE", salary(2400, "month"))
    stats = corpus_stats([*market, generous, fair])
    [hit] = corpus_hits(generous, stats)
    assert (hit.indicator, hit.spans) == ("salary_far_above_market", ((40, 44),))
    assert ids(fair, stats) == set()


def test_without_enough_comparable_ads_there_is_no_comparison() -> None:
    few = [job(i, "Warehouse operative", "GB", salary(12, "hour", "GBP")) for i in range(5)]
    generous = job(99, "Warehouse operative", "GB", salary(9000, "month", "GBP"))
    assert ids(generous, corpus_stats([*few, generous])) == set()


def test_a_salary_in_another_currency_is_compared_with_that_currencys_market() -> None:
    # Posted in Romania, paid in euros: compared with euro jobs, not with Romanian ones.
    euro_jobs = [job(i, "Fruit picker", "ES", salary(1500)) for i in range(MIN_GROUP)]
    lei_jobs = [job(100 + i, "Fruit picker", "RO", salary(4000, currency="RON")) for i in range(30)]
    offer = job(99, "Fruit picker", "RO", salary(3200))
    assert ids(offer, corpus_stats([*euro_jobs, *lei_jobs, offer])) == {"salary_far_above_market"}


def test_a_price_far_below_the_citys_median() -> None:
    def ad(record_id: int, amount: float, minutes: int | None = 60) -> RecordFacts:
        return record_facts(record_id, "sex_ad", "", ("Lyon", "FR"), [price(amount, minutes)])

    market = [ad(i, 150 + i) for i in range(MIN_GROUP)]
    cheap, half_hour = ad(99, 60), ad(98, 60, minutes=30)
    stats = corpus_stats([*market, cheap, half_hour])
    assert ids(cheap, stats) == {"price_far_below_market"}
    assert ids(half_hour, stats) == set()  # a half hour is priced differently per hour


def test_free_mail_is_a_known_provider_or_a_domain_many_strangers_share() -> None:
    employer = [
        job(i, "Cook", "FR", email(f"{name}@bistro.example"))
        for i, name in enumerate(["jobs", "rh", "chef"])
    ]
    site = Mention("url", "https://bistro.example", "bistro.example", 0, 14,
                   details={"domain": "bistro.example"})  # fmt: skip
    employer.append(job(9, "Cook", "FR", site))
    shared = [job(20 + i, "Cook", "FR", email(f"anna{i}@post.example")) for i in range(3)]
    known = job(30, "Cook", "FR", email("recruiter.77@gmail.com"))
    stats = corpus_stats([*employer, *shared, known])
    assert [ids(facts, stats) for facts in employer[:3]] == [set(), set(), set()]
    assert ids(shared[0], stats) == {"freemail_contact"}
    assert ids(known, stats) == {"freemail_contact"}
    assert ids(record_facts(31, "sex_ad", "", (None, "FR"), [email("a@gmail.com")]), stats) == set()
