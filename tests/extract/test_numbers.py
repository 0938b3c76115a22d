"""Ages, prices and salaries: labelled cases, the demo corpus, and properties."""

from __future__ import annotations

import re
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from tests.extract._support import (
    case_id,
    decoy_hits,
    demo_ads,
    expected_triples,
    load_cases,
    print_scores,
    score,
    triples,
)
from thbwatch.extract.numbers import (
    extract_ages,
    extract_prices,
    extract_salaries,
    parse_amount,
)
from thbwatch.model import Hints, Mention

CASES = load_cases("numbers.jsonl")


def _hints(case: dict[str, Any]) -> Hints:
    return Hints(language=case["language"], country=case["country"])


def _all(text: str, hints: Hints) -> list[Mention]:
    return [
        *extract_ages(text, hints),
        *extract_prices(text, hints),
        *extract_salaries(text, hints),
    ]


def test_the_labelled_set_is_large_and_covers_eight_languages() -> None:
    from tests.extract._support import load_cases as load

    total = len(CASES) + len(load("places.jsonl"))
    assert total >= 200
    assert {case["language"] for case in CASES} >= {"en", "fr", "de", "es", "it", "nl", "pl", "ro"}
    for case in CASES:
        for item in case["expected"]:
            assert item["raw"] in case["text"], case["note"]


@pytest.mark.parametrize("case", CASES, ids=case_id)
def test_case(case: dict[str, Any]) -> None:
    mentions = _all(case["text"], _hints(case))
    assert sorted(triples(mentions)) == sorted(expected_triples(case)), case["note"]
    assert decoy_hits(case, mentions) == []


def test_precision_and_recall_per_type() -> None:
    pairs = [(triples(_all(c["text"], _hints(c))), expected_triples(c)) for c in CASES]
    scores = score(pairs)
    print_scores("numbers.jsonl", scores)
    for kind in ("age", "price", "salary"):
        assert scores[kind]["precision"] >= 0.95, kind
        assert scores[kind]["recall"] >= 0.90, kind
    decoys = sum(len(c["decoys"]) for c in CASES)
    hit = sum(len(decoy_hits(c, _all(c["text"], _hints(c)))) for c in CASES)
    print(f"  decoys hit {hit} of {decoys}")
    assert hit / decoys < 0.01


def test_every_span_slices_to_its_raw() -> None:
    for case in CASES:
        for mention in _all(case["text"], _hints(case)):
            assert case["text"][mention.start : mention.end] == mention.raw


@pytest.mark.parametrize(
    ("written", "amount"),
    [
        ("150", 150.0),
        ("1.500", 1500.0),
        ("1 500", 1500.0),
        ("1\u202f500", 1500.0),
        ("1,500.00", 1500.0),
        ("2.130,50", 2130.5),
        ("13,49", 13.49),
        ("12.50", 12.5),
        ("24,500", 24500.0),
        ("1.234.567", 1234567.0),
    ],
)
def test_parse_amount_reads_european_formats(written: str, amount: float) -> None:
    assert parse_amount(written) == amount


def test_salary_details() -> None:
    text = "Salaire 2 130 € brut mensuel, 13,49 € brutto/Std., £12.50 per hour"
    salaries = extract_salaries(text, Hints())
    assert [m.details for m in salaries] == [
        {"amount": 2130.0, "currency": "EUR", "per": "month", "gross": True},
        {"amount": 13.49, "currency": "EUR", "per": "hour", "gross": True},
        {"amount": 12.5, "currency": "GBP", "per": "hour", "gross": None},
    ]


def test_price_currency_from_the_country_when_none_is_written() -> None:
    (price,) = extract_prices("ora 150", Hints(language="it", country="IT"))
    assert price.details["currency"] == "EUR" and price.details["currency_inferred"]
    (price,) = extract_prices("godzina 400", Hints(language="pl", country="PL"))
    assert price.value == "400 PLN/hour"


# --------------------------------------------------------------------------- demo corpus


def _demo_numbers() -> dict[str, Any]:
    """Recall on the demo truth's ages and prices, and hits on its other decoys."""
    ages = ages_found = prices = prices_found = 0
    others = others_hit = 0
    for ad, truth, text in demo_ads():
        hints = Hints(language=ad["language"])
        found_ages = extract_ages(text, hints)
        money = extract_prices(text, hints) + extract_salaries(text, hints)
        values = {m.value for m in found_ages}
        for decoy in truth["decoys"]:
            spans = [(m.start(), m.end()) for m in re.finditer(re.escape(decoy["raw"]), text)]
            if decoy["type"] == "age":
                ages += 1
                ages_found += decoy["raw"] in values
            elif decoy["type"] == "price":  # prices here are pay in job ads too
                prices += 1
                prices_found += any(a <= m.start and m.end <= b for m in money for a, b in spans)
            else:
                others += 1
                others_hit += any(
                    m.start < b and a < m.end for m in found_ages + money for a, b in spans
                )
    return {
        "age_recall": ages_found / ages,
        "price_recall": prices_found / prices,
        "decoy_fp": others_hit / others,
        "counts": (ages, prices, others),
    }


def test_demo_corpus_ages_and_prices() -> None:
    result = _demo_numbers()
    print(
        f"\ndemo: age recall {result['age_recall']:.4f}, "
        f"price recall {result['price_recall']:.4f}, other decoys hit {result['decoy_fp']:.4f} "
        f"(ages, prices, other decoys: {result['counts']})"
    )
    assert result["age_recall"] >= 0.97
    assert result["price_recall"] >= 0.98
    assert result["decoy_fp"] < 0.01


# --------------------------------------------------------------------------- properties

_ALPHABET = st.characters(codec="utf-8", exclude_categories=("Cs",))
_TEXTS = st.one_of(
    st.text(_ALPHABET, max_size=200),
    st.lists(
        st.sampled_from(
            [
                "23",
                "1.500",
                "€",
                "£",
                " ",
                "ans",
                "Jahre",
                "zł",
                "(",
                ")",
                ",",
                "Gina",
                "ora",
                "brutto",
                "/h",
                "per hour",
                "-",
                "\n",
                "lei",
                "roses",
                "18-25",
                "aged",
                "1 500",
            ]
        ),
        max_size=30,
    ).map("".join),
)


@settings(max_examples=300, deadline=None)
@given(_TEXTS, st.sampled_from([None, "en", "de", "pl"]))
def test_properties(text: str, language: str | None) -> None:
    hints = Hints(language=language)
    first = _all(text, hints)
    for mention in first:
        assert text[mention.start : mention.end] == mention.raw
        assert mention.type in ("age", "price", "salary")
        if mention.type == "age":
            assert 16 <= mention.details["age"] <= 80
    assert _all(text, hints) == first
