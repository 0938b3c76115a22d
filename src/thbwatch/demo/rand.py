"""Cheap random helpers for the hot paths (Random.choice/randint cost several calls each)."""

from __future__ import annotations

from collections.abc import Sequence
from random import Random
from typing import TypeVar

T = TypeVar("T")


def pick(rng: Random, seq: Sequence[T]) -> T:
    """Uniform choice from a non-empty sequence."""
    return seq[int(rng.random() * len(seq))]


def between(rng: Random, low: int, high: int) -> int:
    """Uniform integer in [low, high], both included."""
    return low + int(rng.random() * (high - low + 1))
