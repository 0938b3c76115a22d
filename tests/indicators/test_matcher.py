"""The matcher: indicators of the record's kind, with spans that show the words."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from thbwatch.indicators.matcher import Matcher
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
