"""The Hyperscan prefilter finds exactly what full scans with Python's re find.

Beside the shipped packs on demo ads, real job ads and random texts of pack words, this
tries characters where Python's and Hyperscan's Unicode differ, and regex constructs the
relaxed patterns handle each their own way (dropped assertions, widened classes, case,
back references Hyperscan cannot take).
"""

from __future__ import annotations

import csv
import multiprocessing
import re
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from thbwatch.demo.corpus import iter_corpus
from thbwatch.indicators.matcher import Matcher
from thbwatch.indicators.packs import Indicator, Pack, load_packs

PACKS = load_packs()
SHIPPED = Matcher(PACKS)
REFERENCE = Matcher(PACKS, prefilter=False)
KINDS = ("unknown", "job_ad", "sex_ad")
EMSCAD = Path(__file__).resolve().parents[3] / "shared" / "data" / "emscad" / "emscad_sample.csv"


def assert_same_hits(text: str, language: str | None, kinds: tuple[str, ...] = KINDS) -> None:
    for kind in kinds:
        assert SHIPPED.match(text, language, kind) == REFERENCE.match(text, language, kind)


def kilobyte_ads(count: int, seed: int) -> list[tuple[str, str]]:
    """Demo ads of one language joined to about 1 KB, as bench/bench_match.py times them."""
    pending: dict[str, str] = {}
    ads: list[tuple[str, str]] = []
    for ad, _ in iter_corpus(count * 4, seed):
        body = ad.get("text") or ad.get("description") or ""
        text = f"{pending.pop(ad['language'], '')}{ad['title']}\n\n{body}\n\n"
        if len(text) < 1000:
            pending[ad["language"]] = text
        elif len(ads) < count:
            ads.append((text, ad["language"]))
    return ads


def test_the_prefilter_agrees_on_kilobyte_demo_ads() -> None:
    for text, language in kilobyte_ads(300, seed=11):
        assert_same_hits(text, language)
        assert_same_hits(text, None, ("unknown",))


@pytest.mark.skipif(not EMSCAD.exists(), reason="the EMSCAD sample is not beside the repo")
def test_the_prefilter_agrees_on_real_job_ads() -> None:
    with EMSCAD.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fields = ("title", "company_profile", "description", "requirements", "benefits")
    for row in rows[::4]:
        text = "\n\n".join(row[field] for field in fields if row.get(field))[:2000]
        assert_same_hits(text, "en", ("unknown", "job_ad"))
        assert_same_hits(text, None, ("unknown",))


PACK_WORDS = sorted(
    {
        word
        for pack in PACKS
        for indicator in pack.indicators
        for patterns in indicator.patterns.values()
        for pattern in patterns
        for word in re.findall(r"[^\W\d_]{2,}", pattern)
    }
)
# Case pairs IGNORECASE knows beyond lower case (long s, Kelvin sign, dotted and dotless i,
# sigmas, micro sign), spaces and digits outside ASCII, a letter and a digit newer than
# Hyperscan's Unicode tables, a lone surrogate, a combining accent, emoji, capitals.
ODD = [
    *"ſKİıµσςΣẞß\x1c\x1f\x85\xa0\u2028\u3000٣१𞥑ᲐⱯ\ud800\u0301🔥ŁÉȘŻÖ€£_",
    "24/7", "200 €", "18", " ", "\n", ". ",
]  # fmt: skip


@settings(max_examples=300, deadline=None)
@given(
    st.lists(st.one_of(st.sampled_from(PACK_WORDS), st.sampled_from(ODD)), max_size=50),
    st.sampled_from(["en", "fr", "de", "es", "it", "nl", "pl", "ro", None]),
)
def test_characters_where_the_two_engines_differ_change_nothing(
    parts: list[str], language: str | None
) -> None:
    text = "".join(parts)
    for case in (text, text.upper(), text.title(), text.lower()):
        assert_same_hits(case, language, ("unknown",))


# Regex constructs, each relaxed its own way for Hyperscan.
FRAGMENTS = [
    r"\bfee\b", r"fee", r"(?:pay|send) (?:us )?back", r"[a-zà-ÿ]{2,5}", r"[A-Z]", r"[^\W\d]+",
    r"\w+", r"\W", r"\d{1,3}", r"\D", r"\s*", r"\S+?", r"[^.\n]{0,20}", r".", r"(?s:.)",
    r"(?-i:[A-Z][a-z]{1,5})", r"(?<=x)y", r"(?<!x)y", r"(?=ab)", r"(?!no)", r"$", r"^",
    r"\Z", r"\B", r"(a)\1", r"(?>ab|a)", r"a++", r"x*+", r"[ſK]", r"[^s]", r"ſ", r"K",
    r"İ", r"ı", r"σ", r"ß", r"é", r"[éÉ]", r"€", r"\x1c", r"[\s\S]{0,40}", r"(?:ab){2,3}",
    r"b{0,2000}", r"(?:x|)", r"z??", r"(?i:FEE)", r"[0-9a-fA-F]+", r"\bno\b", r"(?:es)?",
]  # fmt: skip
ALPHABET = list("abexyzABFEKS ſKİıσςΣßé€\x1c\n.,1٣_") + ["fee", "pay back", "no ", "send us back"]


@settings(max_examples=150, deadline=None)
@given(
    st.lists(st.lists(st.sampled_from(FRAGMENTS), min_size=1, max_size=3), min_size=1, max_size=3),
    st.lists(st.sampled_from(ALPHABET), max_size=40),
)
def test_any_regex_construct_gives_the_hits_of_a_full_scan(
    patterns: list[list[str]], parts: list[str]
) -> None:
    indicators = tuple(
        Indicator(f"i{n}", "test", "any", "c", "d", "s", 0.5, {"en": ("".join(fragments),)})
        for n, fragments in enumerate(patterns)
    )
    packs = [Pack("test", "any", "test pack", "test.yaml", indicators)]
    matcher, reference = Matcher(packs), Matcher(packs, prefilter=False)
    text = "".join(parts)
    for case in (text, text.upper()):
        for language in ("en", None):
            assert matcher.match(case, language, "unknown") == reference.match(
                case, language, "unknown"
            )


def test_regexes_hyperscan_cannot_take_still_find_their_hits() -> None:
    backreference = Indicator("again", "t", "any", "c", "d", "s", 0.5, {"en": (r"\b(\w+) \1\b",)})
    lookahead_only = Indicator("ahead", "t", "any", "c", "d", "s", 0.5, {"en": (r"(?=fee)",)})
    at_end = Indicator("last", "t", "any", "c", "d", "s", 0.5, {"en": (r"\bfee\.?$",)})
    pack = Pack("t", "any", "test pack", "t.yaml", (backreference, lookahead_only, at_end))
    text = "Pay the the fee\nthen pay the fee."
    hits = {hit.indicator: hit.spans for hit in Matcher([pack]).match(text, "en", "unknown")}
    assert hits == {"again": ((4, 11),), "last": ((29, 33),)}  # empty matches are no hits


def test_threads_can_share_a_matcher() -> None:
    ads = kilobyte_ads(40, seed=3)
    expected = [SHIPPED.match(text, language, "unknown") for text, language in ads]
    with ThreadPoolExecutor(4) as pool:
        for _ in range(3):
            found = list(pool.map(lambda ad: SHIPPED.match(ad[0], ad[1], "unknown"), ads))
            assert found == expected


def _match_in_child(ads: list[tuple[str, str]]) -> list:
    return [SHIPPED.match(text, language, "unknown") for text, language in ads]


def test_forked_workers_match_with_the_parents_databases() -> None:
    ads = kilobyte_ads(20, seed=4)
    expected = _match_in_child(ads)  # compiled and scanned here first, as analyze does
    with multiprocessing.get_context("fork").Pool(2) as pool:
        assert pool.map(_match_in_child, [ads, ads]) == [expected, expected]
