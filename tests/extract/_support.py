"""Shared helpers of the extraction tests: labelled cases, scoring, the demo corpus."""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Callable, Iterable
from functools import lru_cache
from pathlib import Path
from typing import Any

from thbwatch.model import Mention

CASES = Path(__file__).parent / "cases"
DEMO_RECORDS = 1500  # enough for every language and template family, a few seconds
DEMO_SEED = 31


def load_cases(name: str) -> list[dict[str, Any]]:
    with (CASES / name).open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle if line.strip()]


def case_id(case: dict[str, Any]) -> str:
    return f"{case['language']}:{case['text'][:40]}"


def triples(mentions: Iterable[Mention]) -> list[tuple[str, str, str]]:
    return [(m.type, m.value, m.raw) for m in mentions]


def expected_triples(case: dict[str, Any]) -> list[tuple[str, str, str]]:
    return [(e["type"], e["value"], e["raw"]) for e in case["expected"]]


def decoy_hits(case: dict[str, Any], mentions: list[Mention]) -> list[str]:
    """Decoys (raw strings of the case) that a mention overlaps, where no expected one does."""
    text = case["text"]
    expected_spans = []
    for item in case["expected"]:
        position = text.find(item["raw"])
        while position >= 0:
            expected_spans.append((position, position + len(item["raw"])))
            position = text.find(item["raw"], position + 1)
    hits = []
    for decoy in case["decoys"]:
        start = text.find(decoy)
        if start < 0:
            continue
        end = start + len(decoy)
        for mention in mentions:
            overlaps = mention.start < end and start < mention.end
            wanted = any(a <= mention.start and mention.end <= b for a, b in expected_spans)
            if overlaps and not wanted:
                hits.append(decoy)
                break
    return hits


def decoys_hit_by_unexpected(
    case: dict[str, Any], got: list[Mention], key: Callable[[Any], tuple[Any, ...]]
) -> list[str]:
    """Decoys overlapped by a mention that is not expected (compared by `key`)."""
    expected = Counter(key(item) for item in case["expected"])
    unexpected = [m for m in got if expected[key(m)] == 0]
    hits = []
    for decoy in case["decoys"]:
        start = case["text"].find(decoy)
        end = start + len(decoy)
        if any(m.start < end and start < m.end for m in unexpected):
            hits.append(decoy)
    return hits


def score(
    pairs: Iterable[tuple[list[tuple[str, str, str]], list[tuple[str, str, str]]]],
) -> dict[str, dict[str, float]]:
    """Precision and recall per mention type over (found, expected) pairs of triples."""
    tp: Counter[str] = Counter()
    fp: Counter[str] = Counter()
    fn: Counter[str] = Counter()
    for found, expected in pairs:
        left = Counter(expected)
        for item in found:
            if left[item] > 0:
                left[item] -= 1
                tp[item[0]] += 1
            else:
                fp[item[0]] += 1
        for item, count in left.items():
            fn[item[0]] += count
    result = {}
    for kind in sorted(set(tp) | set(fp) | set(fn)):
        precision = tp[kind] / (tp[kind] + fp[kind]) if tp[kind] + fp[kind] else 1.0
        recall = tp[kind] / (tp[kind] + fn[kind]) if tp[kind] + fn[kind] else 1.0
        result[kind] = {
            "precision": precision,
            "recall": recall,
            "tp": tp[kind],
            "fp": fp[kind],
            "fn": fn[kind],
        }
    return result


def print_scores(title: str, scores: dict[str, dict[str, float]]) -> None:
    print(f"\n{title}")
    for kind, row in scores.items():
        print(
            f"  {kind:7s} precision {row['precision']:.3f} recall {row['recall']:.3f} "
            f"(tp {row['tp']:.0f}, fp {row['fp']:.0f}, fn {row['fn']:.0f})"
        )


@lru_cache(maxsize=1)
def demo_ads() -> list[tuple[dict[str, Any], dict[str, Any], str]]:
    """(ad, truth, text) of a small demo corpus; text = title + blank line + body."""
    from thbwatch.demo.corpus import iter_corpus

    rows = []
    for ad, truth in iter_corpus(DEMO_RECORDS, DEMO_SEED):
        body = ad.get("text") or ad.get("description") or ""
        rows.append((ad, truth, f"{ad['title']}\n\n{body}"))
    return rows
