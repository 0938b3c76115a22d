"""Ages, prices and salaries: labelled cases, the demo corpus, and properties."""

from __future__ import annotations

import re
import sys
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
from thbwatch.extract import deobfuscate, lexicon, numbers
from thbwatch.extract.numbers import (
    _CASE_TWINS,
    _COST_WORDS,
    _JOB_WORDS,
    _NUMBER,
    _alternation,
    _has_word,
    extract_ages,
    extract_prices,
    extract_salaries,
    parse_amount,
)
from thbwatch.extract.phones import extract_phones
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


# Lines of the labelled cases and lines whose amounts carry no currency: the reader gives
# them the currency of the country or the language.
LINES = st.sampled_from(
    sorted({line for case in CASES for line in case["text"].split("\n") if line})
) | st.sampled_from(["Mezz'ora 90, ora 150", "godzina 400", "notte 780 - Sara 25"])
MANY_HINTS = [Hints(), Hints("de", "DE"), Hints("pl", "PL"), Hints("en", "GB"), Hints("ro")]


@settings(max_examples=300, deadline=None)
@given(
    st.lists(LINES, min_size=1, max_size=5),
    st.lists(LINES, max_size=5),
    st.sampled_from(MANY_HINTS),
    st.sampled_from(MANY_HINTS),
)
def test_a_text_reads_the_same_after_others_shared_its_lines(
    lines: list[str], others: list[str], hints: Hints, other_hints: Hints
) -> None:
    # Each line's reading is kept and served to every text holding that line (numbers.py):
    # as a title or not, with the currency its country or language implies.
    text = "\n".join(lines)
    _forget_readings()
    alone = _all(text, hints)
    _forget_readings()
    for other in ("\n".join([*others, *lines]), "\n".join(reversed(lines)), text):
        _all(other, other_hints)
    assert _all(text, hints) == alone


def _forget_readings() -> None:
    numbers._read_line.cache_clear()
    numbers._read_lines.cache_clear()


def test_a_line_met_again_is_not_read_again() -> None:
    numbers._read_line.cache_clear()
    first = extract_prices("Tarife\n1/2 Std 130 € | 1 Std 190 €", Hints("de", "DE"))
    read = numbers._read_line.cache_info().misses
    again = extract_prices(
        "Neu in Wien!\nTel. 0660 1234567\n1/2 Std 130 € | 1 Std 190 €", Hints("de", "AT")
    )
    assert numbers._read_line.cache_info().misses == read + 1  # the phone's line only
    assert [(m.value, m.raw, m.start) for m in first] == [
        ("130 EUR/30min", "130 €", len("Tarife\n1/2 Std ")),
        ("190 EUR/hour", "190 €", len("Tarife\n1/2 Std 130 € | 1 Std ")),
    ]
    shift = len("Neu in Wien!\nTel. 0660 1234567\n") - len("Tarife\n")
    assert [(m.value, m.raw, m.start - shift) for m in again] == [
        (m.value, m.raw, m.start) for m in first
    ]


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


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet="0123456789., \u00a0", max_size=20))
def test_every_number_the_scan_finds_can_be_read(text: str) -> None:
    # Mixed separators once crashed the reading: "2.130,501.50" is one number to the scan.
    for number in _NUMBER.finditer(text):
        assert parse_amount(number.group()) >= 0


def test_amounts_in_thousands_millions_and_durations() -> None:
    (salary,) = extract_salaries("Salary $40-50k per year", Hints(language="en"))
    assert (salary.raw, salary.details["amount"], salary.details["amount_max"]) == (
        "$40-50k",
        40_000,
        50_000,
    )
    assert extract_prices("Raised $6.35M in a Series A", Hints(language="en")) == []
    assert extract_prices("a $2.5 million deal", Hints(language="en")) == []
    # A duration after "for almost" is no age; "almost 18 years old" is one.
    assert extract_ages("For almost 30 years we served", Hints(language="en")) == []
    (age,) = extract_ages("I am almost 18 years old", Hints(language="en"))
    assert age.value == "18"
    # A glued "m" after a bare number is minutes, and "km" no thousand.
    (price,) = extract_prices("Preis 80€ 30m", Hints(language="de"))
    assert price.details["amount"] == 80


@pytest.mark.parametrize(
    ("text", "language", "raw", "age"),
    [
        ("I'm twenty-two years old", "en", "twenty-two", 22),
        ("Hi, nineteen yo, new in town", "en", "nineteen", 19),
        ("j'ai vingt-deux ans", "fr", "vingt-deux", 22),
        ("fille de dix-neuf ans", "fr", "dix-neuf", 19),
        ("vingt et un ans", "fr", "vingt et un", 21),
        ("zweiundzwanzig Jahre alt", "de", "zweiundzwanzig", 22),
        ("tengo veintidós años", "es", "veintidós", 22),
        ("treinta y dos años", "es", "treinta y dos", 32),
        ("ho ventidue anni", "it", "ventidue", 22),
        ("ik ben tweeëntwintig jaar", "nl", "tweeëntwintig", 22),
        ("mam dziewiętnaście lat", "pl", "dziewiętnaście", 19),
        ("am douăzeci și doi de ani", "ro", "douăzeci și doi", 22),
        ("мені двадцять два роки", "uk", "двадцять два", 22),
        ("мне девятнадцать лет", "ru", "девятнадцать", 19),
        ("tenho vinte e dois anos", "pt", "vinte e dois", 22),
        ("je mi dvaadvacet let", "cs", "dvaadvacet", 22),
        ("huszonkét éves lány", "hu", "huszonkét", 22),
        ("είμαι είκοσι δύο χρονών", "el", "είκοσι δύο", 22),
        ("yirmi iki yaşındayım", "tr", "yirmi iki", 22),
        ("Meine Freundin, siebzehn Jahre", "de", "siebzehn", 17),
    ],
)
def test_ages_spelled_in_words_before_an_age_unit(
    text: str, language: str, raw: str, age: int
) -> None:
    (mention,) = extract_ages(text, Hints(language=language))
    start = text.index(raw)
    assert mention == Mention(
        type="age",
        value=str(age),
        raw=raw,
        start=start,
        end=start + len(raw),
        obfuscated=True,
        confidence=0.95,
        details={"age": age},
    )


def test_ages_spelled_in_words_after_an_age_label() -> None:
    for text, language, raw, age in [
        ("Age: seventeen", "en", "seventeen", 17),
        ("Alter: neunzehn, komm vorbei", "de", "neunzehn", 19),
        ("Âge : vingt-deux, un corps de rêve", "fr", "vingt-deux", 22),  # "un" is prose
        ("Wiek: dwadzieścia dwa", "pl", "dwadzieścia dwa", 22),
        ("Ηλικία: δεκαεννιά", "el", "δεκαεννιά", 19),
    ]:
        (mention,) = extract_ages(text, Hints(language=language))
        assert (mention.value, mention.raw, mention.confidence) == (str(age), raw, 0.9), text
        assert mention.obfuscated and text[mention.start : mention.end] == raw
    # An article that is also a number word may stand before the age.
    for text, language, raw in [
        ("egy huszonöt éves lány", "hu", "huszonöt"),
        ("bir on dokuz yaşında kız", "tr", "on dokuz"),
    ]:
        assert [m.raw for m in extract_ages(text, Hints(language=language))] == [raw]


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("two years of experience", "en"),  # below 16
        ("twenty years of experience", "en"),
        ("vingt ans d'expérience", "fr"),
        ("one hour", "en"),
        ("twenty minutes", "en"),
        ("I am twenty minutes away", "en"),  # a label, then minutes
        ("available twenty four seven", "en"),
        ("zwanzig Euro", "de"),
        ("twenty five pounds for half an hour", "en"),
        ("seventeen rooms", "en"),
        ("for twenty years", "en"),
        ("seit zwanzig Jahren", "de"),
        ("twenty two three years", "en"),  # not one number
        ("twenty an hour", "en"),  # English "an", not French "an" (one year)
        ("ik ben een Nederlandse meid", "nl"),  # "een" is one: below 16
        ("a hundred years old", "en"),
        ("cent ans", "fr"),
    ],
)
def test_spelled_numbers_that_are_no_age(text: str, language: str) -> None:
    assert extract_ages(text, Hints(language=language)) == []


def test_a_spelled_age_inside_a_phone_run_is_no_age() -> None:
    gb, fr = Hints("en", "GB"), Hints("fr", "FR")
    text = "Call zero seven nine one one one two three four five six, twenty years old"
    assert extract_ages(text, gb) == []
    # The phone takes its last words from where an age would stand.
    text = "Tel : 06 12 34 56\nsoixante-dix-huit ans"
    assert [m.raw for m in extract_phones(text, fr)] == ["06 12 34 56\nsoixante-dix-huit"]
    assert extract_ages(text, fr) == []
    text = "zéro six douze trente-quatre cinquante-six vingt-deux ans"
    assert extract_ages(text, fr) == []
    # Apart from the phone, the same words are an age.
    (age,) = extract_ages("Tel : 06 12 34 56. J'ai soixante-dix-huit ans", fr)
    assert age.raw == "soixante-dix-huit"


def test_the_first_letter_test_of_an_age_unit_lets_every_unit_through() -> None:
    units = [*(w for ws in lexicon.AGE_UNITS.values() for w in ws), "jährige", "enne", "летняя"]
    samples = [
        f"{lead}{form} x"
        for unit in units
        for form in (unit, unit.upper(), unit.title(), unit.swapcase())
        for lead in ("", " ", "\u00a0", "\u202f", "-", " -", "  ")
    ]
    samples += [case["text"] for case in CASES]
    for sample in samples:
        for position in range(len(sample)):
            if numbers._AGE_UNIT_AFTER.match(sample, position):
                assert numbers._unit_may_follow(sample, position), (sample, position)


def test_the_word_pass_runs_once_for_the_phones_and_the_ages() -> None:
    text = "Sweet Nina, vingt-deux ans, zéro six douze trente-quatre cinquante-six soixante-dix"
    hints = Hints("fr", "FR")
    deobfuscate._number_words.cache_clear()
    (phone,) = extract_phones(text, hints)
    (age,) = extract_ages(text, hints)
    assert (phone.value, age.raw) == ("+33612345670", "vingt-deux")
    info = deobfuscate._number_words.cache_info()
    assert (info.misses, info.hits) == (1, 1)


def _range(mention: Mention) -> tuple[str, object, object]:
    return mention.raw, mention.details["amount"], mention.details.get("amount_max")


def test_ranges_in_words_in_thousands_and_with_the_thousands_left_out() -> None:
    en = Hints(language="en")
    salaries = extract_salaries(
        "Pay: $45k-$67k per year, $80-$130,000/yr, $11.00 to $12.00 per hour", en
    )
    assert [_range(m) for m in salaries] == [
        ("$45k-$67k", 45_000, 67_000),
        ("$80-$130,000", 80_000, 130_000),
        ("$11.00 to $12.00", 11, 12),
    ]
    (salary,) = extract_salaries("Stundenlohn 13,50 € bis 15 € brutto", Hints("de", "DE"))
    assert _range(salary) == ("13,50 € bis 15 €", 13.5, 15)
    # A range in words names its currency again; ages and hours do not join.
    assert extract_prices("Open from 10 to 22, girls from 18 to 25", en) == []
    # The second end is no thousand times the first: both stay as written.
    (price,) = extract_prices("Referral bonus $500 - $1,000", en)
    assert _range(price) == ("$500 - $1,000", 500, 1000)


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
                "twenty",
                " two",
                "dix-neuf",
                "Alter: ",
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


# --------------------------------------------------------------------------- patterns


def test_case_twins_are_what_ignorecase_matches_beyond_lower_and_upper_case() -> None:
    """The grouped alternations name, per ASCII character, every character that matches
    it under re.IGNORECASE; Python's case-folding exceptions are in _CASE_TWINS."""
    every = "".join(chr(c) for c in range(sys.maxunicode + 1) if not 0xD800 <= c < 0xE000)
    for char in map(chr, range(128)):
        matched = set(re.findall(f"(?i){re.escape(char)}", every))
        key = char.lower()
        assert matched == {key, key.upper(), *_CASE_TWINS.get(key, "")}, char


def _plain_alternation(words: list[str]) -> str:
    """The alternation as one flat list, longest first: what grouping must not change."""
    unique = sorted(set(words), key=lambda word: (-len(word), word))
    return "|".join(re.escape(word).replace(r"\ ", r"[ \u00a0]?") for word in unique)


@pytest.mark.parametrize(
    "words",
    [
        list(lexicon.CURRENCY_WORDS),
        [p for table in lexicon.PRICE_PERIODS.values() for p in table],
        [p for table in lexicon.SALARY_PERIODS.values() for p in table],
        [w for table in lexicon.GROSS_NET.values() for w in table],
        [*lexicon.MEASURE_UNITS, *(w for ws in lexicon.AGE_UNITS.values() for w in ws)],
        [w for ws in lexicon.EXPERIENCE_WORDS.values() for w in ws],
        ["Stunde", "stündlich", "Ärzte", "świeże", "x", "KM", "Kelvin", "€/h", "/h", "1/2 std"],
    ],
)
def test_grouped_alternation_matches_as_the_flat_one(words: list[str]) -> None:
    tail = r"(?![^\W\d_])"
    grouped = re.compile(f"(?:{_alternation(words)}){tail}", re.IGNORECASE)
    flat = re.compile(f"(?:{_plain_alternation(words)}){tail}", re.IGNORECASE)
    samples = [
        f"{form} x"
        for word in words
        for form in (word, word.upper(), word.title(), word.swapcase(), word[:-1])
    ]
    samples.append("".join(text for _, _, text in demo_ads()[:200]))
    samples.append("İL ıl KM ſtunde STUNDE Stündlich 30 min, 2 std. €/H")
    for sample in samples:
        for position in range(len(sample)):
            got, want = grouped.match(sample, position), flat.match(sample, position)
            assert (got and got.span()) == (want and want.span()), (sample, position)


@settings(max_examples=300, deadline=None)
@given(
    st.lists(
        st.sampled_from(
            [
                "sex",
                "job",
                "pay",
                "per",
                "work",
                "contract",
                " ",
                ".",
                ",",
                "\u00a0",
                "-",
                "/",
                "Hour",
                "salary",
                "full",
                "time",
            ]
        ),
        max_size=12,
    ).map("".join)
)
def test_has_word_finds_words_and_two_word_phrases(context: str) -> None:
    for table in (_JOB_WORDS, _COST_WORDS):
        tokens = (
            context.lower()
            .translate(str.maketrans(dict.fromkeys('.,;:!?()[]{}"/|*-–+=#', " ")))
            .split()
        )
        pairs = {f"{a} {b}" for a, b in zip(tokens, tokens[1:], strict=False)}
        assert _has_word(context, table) == bool(table.words & (set(tokens) | pairs))
