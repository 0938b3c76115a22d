"""Gates: one Hyperscan scan telling whether a text holds something at all."""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor

from thbwatch.extract.gate import WHITESPACE, Gate, any_of, literal


def test_whitespace_is_what_split_splits_on() -> None:
    every = {char for char in map(chr, range(sys.maxunicode + 1)) if char.isspace()}
    assert set(WHITESPACE) == every
    assert len(WHITESPACE) == len(every)


def test_a_gate_tells_whether_any_of_its_patterns_matches() -> None:
    gate = Gate([literal("wa.me/"), b"[0-9]{5}", b"(?:^|\\x20)" + any_of(["zéro", "six"]) + b"$"])
    assert gate("écris sur wa.me/ ou appelle")
    assert not gate("écris sur wa.me ou appelle")  # "." is the dot itself, not any character
    assert gate("code 12345") and not gate("code 1234")
    assert gate("appelle au zéro") and gate("six") and not gate("sixième")
    assert not gate("") and not gate("\ud800 lone surrogate")


def test_each_thread_scans_with_scratch_of_its_own() -> None:
    gate = Gate([b"[0-9]{5}"])
    texts = [f"{'x' * n} 1234{n % 2 * '5'}" for n in range(400)]
    with ThreadPoolExecutor(4) as pool:
        answers = list(pool.map(gate, texts))
    assert answers == [n % 2 == 1 for n in range(400)]
