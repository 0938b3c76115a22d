"""extract_phones reuses the reading of a stretch seen before (the same number written the
same way in another ad); phone_candidates reads every stretch in its context. The two must
agree wherever a stretch stands: next to a decoy word, after a wa.me/ link, read again."""

from __future__ import annotations

import pytest

from thbwatch.extract.phones import extract_phones, phone_candidates
from thbwatch.model import Hints

from ._support import demo_ads


def _read_in_context(text: str, hints: Hints) -> list[tuple[str | None, str, int, int]]:
    return [(c.value, c.raw, c.start, c.end) for c in phone_candidates(text, hints) if c.accepted]


def _found(text: str, hints: Hints) -> list[tuple[str | None, str, int, int]]:
    return [(m.value, m.raw, m.start, m.end) for m in extract_phones(text, hints)]


@pytest.mark.parametrize(
    "texts",
    [
        # The same stretch (" 0152 2881 7300" and the end of the text) as a phone, then
        # after a word that makes it a reference number, then as a phone again.
        ("Ruf an 0152 2881 7300", "Kennziffer 0152 2881 7300", "Handy 0152 2881 7300"),
        ("Order 0152 2881 7300", "Call 0152 2881 7300"),
        # Digits after "/" are a phone only where the slash ends a wa.me/ link.
        ("https://wa.me/441134960123", "see photos/441134960123", "wa.me/441134960123 !"),
        # Digits with a country code and no "+" are a phone only right after a messenger
        # cue, and not where a price follows.
        (
            "WhatsApp 447912345678",
            "Call 447912345678",
            "WhatsApp 447912345678 €",
            "WA: 447912345678",
        ),
        # The same stretch at other offsets, in other surroundings.
        ("0152 2881 7300", "Tel.: 0152 2881 7300\nab 18 Uhr", "(0152) 2881 7300, 24/7"),
    ],
)
def test_a_stretch_read_before_reads_as_in_its_context(texts: tuple[str, ...]) -> None:
    hints = Hints(country="DE") if "0152" in texts[0] else Hints(country="GB")
    for _ in range(2):  # the second time every stretch has been seen
        for text in texts:
            assert _found(text, hints) == _read_in_context(text, hints), text


def test_a_decoy_word_vetoes_a_number_read_before_without_it() -> None:
    hints = Hints(country="DE")
    assert [m.value for m in extract_phones("Ruf an 0152 2881 7300", hints)] == ["+4915228817300"]
    assert extract_phones("Kennziffer 0152 2881 7300", hints) == []


def test_demo_records_read_as_in_context_also_when_seen_before() -> None:
    for _ in range(2):
        for ad, truth, text in demo_ads():
            hints = Hints(language=ad["language"], country=truth.get("country"))
            assert _found(text, hints) == _read_in_context(text, hints), text
