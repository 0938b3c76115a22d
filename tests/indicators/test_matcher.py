"""The matcher: indicators of the record's kind, with spans that show the words."""

from __future__ import annotations

import re

from hypothesis import given, settings
from hypothesis import strategies as st

from thbwatch.demo.corpus import iter_corpus
from thbwatch.indicators.matcher import Matcher, fold
from thbwatch.indicators.packs import Indicator, Pack, load_packs


def pack(domain: str, *indicators: Indicator) -> Pack:
    return Pack("test", domain, "test pack", "test.yaml", indicators)


def indicator(id: str, domain: str, patterns: dict[str, tuple[str, ...]]) -> Indicator:
    return Indicator(id, "test", domain, "c", "d", "s", 0.5, patterns)


FEE = indicator(
    "fee", "job_ad", {"en": (r"\bregistration fee\b",), "fr": (r"\bfrais d.inscription\b",)}
)
NEW = indicator("new_in_town", "sex_ad", {"en": (r"\bnew in town\b",)})
DEBT = indicator("debt", "any", {"en": (r"\bpay (?:it )?back\b",)})
MATCHER = Matcher([pack("job_ad", FEE), pack("sex_ad", NEW), pack("any", DEBT)])


def test_hits_carry_every_span_that_slices_to_the_words() -> None:
    text = "Registration fee 200 EUR. You pay back the registration FEE later."
    hits = {hit.indicator: hit for hit in MATCHER.match(text, "en", "job_ad")}
    assert set(hits) == {"fee", "debt"}
    assert [text[a:b] for a, b in hits["fee"].spans] == ["Registration fee", "registration FEE"]
    assert hits["fee"].weight == 0.5


def test_only_indicators_of_the_records_kind_apply() -> None:
    text = "New in town! No registration fee."
    assert [h.indicator for h in MATCHER.match(text, "en", "sex_ad")] == ["new_in_town"]
    assert [h.indicator for h in MATCHER.match(text, "en", "job_ad")] == ["fee"]
    assert {h.indicator for h in MATCHER.match(text, "en", "unknown")} == {"fee", "new_in_town"}


def test_the_records_language_chooses_the_patterns_and_unknown_uses_all() -> None:
    text = "Frais d'inscription: 150 EUR"
    assert MATCHER.match(text, "en", "job_ad") == []
    assert [h.indicator for h in MATCHER.match(text, "fr", "job_ad")] == ["fee"]
    assert [h.indicator for h in MATCHER.match(text, None, "job_ad")] == ["fee"]
    assert [h.indicator for h in MATCHER.match(text, "pl", "job_ad")] == ["fee"]  # no pl patterns


SHIPPED = Matcher(load_packs())


@given(
    st.text(),
    st.sampled_from(["en", "fr", "de", "pl", None]),
    st.sampled_from(["job_ad", "sex_ad", "unknown"]),
)
def test_the_shipped_packs_never_crash_and_spans_stay_in_the_text(
    text: str, language: str | None, kind: str
) -> None:
    for hit in SHIPPED.match(text, language, kind):
        assert all(0 <= a < b <= len(text) for a, b in hit.spans)


REFERENCE = Matcher(load_packs(), prefilter=False)
# Words of the shipped patterns, so that random texts built from them hit indicators often.
PACK_WORDS = sorted(
    {
        word
        for pack in load_packs()
        for indicator in pack.indicators
        for patterns in indicator.patterns.values()
        for pattern in patterns
        for word in re.findall(r"[^\W\d_]{3,}", pattern)
    }
)


@settings(max_examples=300)
@given(
    st.lists(
        st.one_of(
            st.sampled_from(PACK_WORDS),
            st.sampled_from([" ", " ", "\n", ": ", ", ", "24/7", "18", "200 €", "İ", "ſ", "K"]),
            st.text(max_size=3),
        ),
        max_size=60,
    ),
    st.sampled_from(["en", "fr", "de", "es", "it", "nl", "pl", "ro", None]),
    st.sampled_from(["job_ad", "sex_ad", "unknown"]),
)
def test_the_literal_prefilter_finds_exactly_what_full_scans_find(
    parts: list[str], language: str | None, kind: str
) -> None:
    text = "".join(parts)
    for case in (text, text.upper(), text.title()):
        assert SHIPPED.match(case, language, kind) == REFERENCE.match(case, language, kind)


def test_the_prefilter_agrees_on_the_demo_corpus() -> None:
    for ad, _ in iter_corpus(400, seed=5):
        text = f"{ad['title']}\n\n{ad.get('text') or ad.get('description') or ''}"
        for language in (ad["language"], None):
            assert SHIPPED.match(text, language, "unknown") == REFERENCE.match(
                text, language, "unknown"
            )


def test_folding_keeps_offsets_and_agrees_with_the_engines_ignorecase() -> None:
    for text in ("İstanbul", "Straße ſtraße", "ΟΔΟΣ οδος", "KELVIN K", "naïve"):
        folded = fold(text)
        assert len(folded) == len(text)
        for a, b in zip(text, folded, strict=True):
            assert re.fullmatch(re.escape(b), a, re.IGNORECASE), (a, b)
