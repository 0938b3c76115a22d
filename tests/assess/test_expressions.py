"""The XLSForm expression subset: XPath 1.0 values, ODK's functions, and refusals."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from thbwatch.assess.expressions import ExpressionError, evaluate, holds, parse, references

ANSWERS = {"kind": "ngo", "tech": ["social_media", "dark_web"], "staff": 12, "empty": None}


@pytest.mark.parametrize(
    ("expression", "expected"),
    [
        ("${kind} = 'ngo'", True),
        ("${kind} != 'tech_company'", True),
        ("selected(${tech}, 'dark_web') and count-selected(${tech}) = 2", True),
        ("selected(${tech}, 'dark')", False),  # whole choice names only
        ("${staff} > 5 and ${staff} <= 12", True),
        ("${staff} = '12'", True),  # a number beside a string compares as numbers
        ("${empty} = ''", True),
        ("not(${empty} != '')", True),
        ("${staff} mod 5 = 2 and ${staff} div 4 = 3", True),
        ("-${staff} + 2 * 3 = -6", True),
        ("regex(${kind}, '^n[a-z]+$')", True),
        ("string-length(${kind}) = 3 or false()", True),
        ("if(${staff} > 100, 'big', 'small') = 'small'", True),
    ],
)
def test_expressions_follow_xpath_values(expression: str, expected: bool) -> None:
    assert holds(expression, ANSWERS) is expected


def test_the_dot_is_the_answer_being_checked() -> None:
    none_alone = "not(selected(., 'none') and count-selected(.) > 1)"
    assert holds(none_alone, {}, ["none"])
    assert not holds(none_alone, {}, ["none", "dark_web"])
    assert holds(". >= 0 and . <= 100000", {}, 250)
    assert not holds(". >= 0 and . <= 100000", {}, -1)


@pytest.mark.parametrize(
    ("expression", "reason"),
    [
        ("__import__('os')", "cannot read"),
        ("exec(1)", "unknown function"),
        ("${a} ${b}", "unexpected"),
        ("selected(${a})", "takes 2-2 arguments"),
        ("(1 + 2", "ends too early"),
        ("regex(., '[')", "bad regex"),
        ("", "empty"),
    ],
)
def test_anything_outside_the_subset_is_refused(expression: str, reason: str) -> None:
    with pytest.raises(ExpressionError, match=reason):
        parse(expression)


def test_references_are_found_for_checking_forms() -> None:
    assert references(parse("selected(${a}, 'x') or ${b} > 2 and not(.)")) == {"a", "b"}


@given(st.text(max_size=60))
def test_any_text_parses_or_is_refused_cleanly(text: str) -> None:
    try:
        tree = parse(text)
    except ExpressionError:
        return
    evaluate(text, {}, None)  # whatever parses evaluates without a crash
    assert isinstance(references(tree), set)


@given(st.integers(-(10**6), 10**6), st.integers(-(10**6), 10**6))
def test_number_comparisons_match_python(a: int, b: int) -> None:
    answers = {"a": str(a), "b": b}
    assert holds("${a} < ${b}", answers) is (a < b)
    assert holds("${a} = ${b}", answers) is (a == b)
    assert evaluate("${a} + ${b}", answers) == a + b
