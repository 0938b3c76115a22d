"""Scoring extraction against the demo truth: set comparison per record and type."""

from __future__ import annotations

from thbwatch.demo.evaluate import score_contacts
from thbwatch.model import Mention


def phone(value: str) -> Mention:
    return Mention("phone", value, value, 0, len(value))


def test_scores_count_found_and_planted_values_per_record() -> None:
    truth = {
        "entities": [
            {"type": "phone", "value": "+441134960000", "obfuscated": False},
            {"type": "phone", "value": "+441134960001", "obfuscated": True},
            {"type": "email", "value": "a@example.com", "obfuscated": False},
        ]
    }
    found = [phone("+441134960000"), phone("+441134960999")]  # one right, one wrong
    scores = score_contacts([(truth, found)])
    assert (scores["phone"].precision, scores["phone"].recall) == (0.5, 0.5)
    assert scores["phone (obfuscated)"].recall == 0.0
    assert (scores["email"].precision, scores["email"].recall) == (1.0, 0.0)
    assert scores["url"].precision == scores["url"].recall == 1.0  # nothing planted, none found
