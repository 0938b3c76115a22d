"""The shortcuts of phones.py and deobfuscate.py answer as the longer way they replace.

Validation and national formatting run on patterns phones.py compiles itself instead of
through phonenumbers' calls; one-character gaps are looked up instead of searched; the
"wa.me/" look-behind and the digit count have cheap first tests. Each is checked here
against the original.
"""

from __future__ import annotations

import random
import re

import phonenumbers
import pytest
from hypothesis import example, given
from hypothesis import strategies as st
from phonenumbers import PhoneNumberType

from thbwatch.extract import deobfuscate
from thbwatch.extract.deobfuscate import gap_level, tokens
from thbwatch.extract.phones import (
    _is_valid,
    _national_groups,
    _number,
    _region,
    _valid_in,
    _valid_region,
)


def _numbers_to_try(region: str, rng: random.Random) -> list[str]:
    """The region's example numbers, their prefixes, variants and random digits."""
    examples = [
        phonenumbers.national_significant_number(example)
        for kind in PhoneNumberType.values()
        if (example := phonenumbers.example_number_for_type(region, kind)) is not None
    ]
    out = list(examples)
    for _ in range(120):
        if examples and rng.random() < 0.7:
            example = rng.choice(examples)
            cut = rng.randint(1, len(example))
            tail = "".join(rng.choice("0123456789") for _ in range(rng.randint(0, 4)))
            out.append(example[:cut] + tail)
        else:
            out.append("".join(rng.choice("0123456789") for _ in range(rng.randint(1, 15))))
    return out


@pytest.mark.parametrize("region", sorted(phonenumbers.SUPPORTED_REGIONS))
def test_validity_is_phonenumbers_validity(region: str) -> None:
    rng = random.Random(region)
    plan = _region(region)
    assert plan is not None
    valid = 0
    for nsn in _numbers_to_try(region, rng):
        number = _number(plan.cc, nsn)
        expected = phonenumbers.is_valid_number_for_region(number, region)
        assert _is_valid(region, number) == expected, (region, nsn)
        assert _valid_in(region, nsn) == expected, (region, nsn)
        valid += expected
    assert valid or not plan.kinds  # the examples are valid: the comparison saw both answers


@pytest.mark.parametrize("region", sorted(phonenumbers.SUPPORTED_REGIONS))
def test_national_groups_are_those_of_phonenumbers_national_format(region: str) -> None:
    rng = random.Random(region)
    plan = _region(region)
    assert plan is not None
    for nsn in [*_numbers_to_try(region, rng), "0", "0000000"]:
        number = _number(plan.cc, nsn)
        formatted = phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL)
        expected = tuple(len(part) for part in re.findall(r"\d+", formatted))
        assert _national_groups.__wrapped__(plan.cc, nsn) == expected, (region, nsn, formatted)


def test_validity_of_non_geographic_numbers_is_phonenumbers_validity() -> None:
    for cc in sorted(phonenumbers.COUNTRY_CODES_FOR_NON_GEO_REGIONS):
        example = phonenumbers.example_number_for_non_geo_entity(cc)
        if example is None:
            continue
        nsn = phonenumbers.national_significant_number(example)
        for digits in (nsn, nsn[:-1], nsn + "1"):
            number = _number(cc, digits)
            region = phonenumbers.region_code_for_number(number)
            expected = region is not None and phonenumbers.is_valid_number_for_region(
                number, region
            )
            assert (_valid_region.__wrapped__(cc, digits) is not None) == expected, (cc, digits)


def test_one_character_gaps_have_the_level_the_patterns_give() -> None:
    def by_patterns(gap: str) -> int:
        if deobfuscate._ALTERNATIVE_GAP.search(gap):
            return 2
        return 1 if deobfuscate._ITEM_GAP.search(gap) else 0

    characters = [chr(code) for code in range(0x3000)] + ["\u20e3", "\ufe0f", "❤", "📞"]
    for gap in ["", *characters]:
        assert gap_level(gap) == by_patterns(gap), repr(gap)


@pytest.mark.parametrize(
    ("text", "link"),
    [
        ("wa.me/447700900123", True),
        ("https://api.whatsapp.com/send?phone=447700900123", True),
        ("wa.me/\n447700900123", True),  # "$" also matches before a final line break
        ("wa.me/ 447700900123", False),
        ("see 447700900123", False),
        ("447700900123", False),
    ],
)
def test_wa_me_link_is_seen_right_before_the_digits(text: str, link: bool) -> None:
    [token] = tokens(text)
    assert token.link is link


@pytest.mark.parametrize(
    "stretch", ["06 12 34 56 78", "O6 l2 34", "０６ １２ 34", "²3 45", "0️⃣6️⃣ 12", "oli", ""]
)
def test_digit_count_counts_digits_of_any_script_and_letters_for_digits(stretch: str) -> None:
    letters = stretch.count("o") + stretch.count("l") + stretch.count("i")
    assert deobfuscate._digit_count(stretch) == sum(map(str.isdigit, stretch)) + letters


def _spelled_the_long_way(lowered: str) -> bool:
    """What `_may_spell` answered before its Hyperscan gate: a split into words (a joined
    hundreds word, "hatszázhuszonegy", is a hundreds word and a word of 1-99). Brackets
    are edges too ("Gina (twenty two)")."""
    for edge in "-,.()":
        lowered = lowered.replace(edge, " ")
    words = lowered.split()
    return not deobfuscate._GATE_WORDS.isdisjoint(words) or any(
        word.startswith(head) and word[len(head) :] in deobfuscate._JOINED_TAILS
        for word in words
        for head in deobfuscate._JOINED_HEADS
    )


_PIECES = st.one_of(
    st.sampled_from(sorted(deobfuscate._GATE_WORDS)[::5]),
    st.sampled_from(["hatszáz", "ketszaz", "száz", "huszonegy", "egy", "negyven", "húsz"]),
    st.sampled_from([" ", "-", ",", ".", "(", ")", "\u00a0", "\u2009", "\x1c", "\n", "!", "s"]),
    st.sampled_from(["x", "é", "1", "\ud800", "ZERO", "Six", "sechs", "douăzeci"]),
    st.text(max_size=3),
)


@given(st.lists(_PIECES, max_size=12).map("".join))
@example("acht)")
def test_the_number_word_gate_sees_the_words_a_split_sees(text: str) -> None:
    assert deobfuscate._may_spell(text) == _spelled_the_long_way(text)


# Digits of several scripts, keycap parts, gaps, letters for digits, articles, and "+".
_STRETCH_PIECES = st.one_of(
    st.sampled_from(["0", "1", "7", "9", "٣", "０", "+", "5+", "\ufe0f\u20e3", "00", "44", "2024"]),
    st.sampled_from([" ", "-", ".", "/", "(", ")", ",", "\n", " - ", "•", "'", "\u00a0"]),
    st.sampled_from(["o", "l", "i", "x", "un", "een", "oh", "a", "€", "h", "z"]),
    st.text(max_size=2),
)


@given(st.lists(_STRETCH_PIECES, max_size=30).map("".join))
@example("1+44 7")  # a "+" right after a digit still starts a stretch
@example("2024 06 12 34 56 78")
def test_phone_stretches_are_those_of_the_pattern_without_its_early_exit(text: str) -> None:
    without = re.compile(deobfuscate._PHONE_STRETCH.pattern.replace(r"(?<!\d\d)", "", 1))
    assert without.pattern != deobfuscate._PHONE_STRETCH.pattern
    found = [match.span() for match in deobfuscate._PHONE_STRETCH.finditer(text)]
    assert found == [match.span() for match in without.finditer(text)]
