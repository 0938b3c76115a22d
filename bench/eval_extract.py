"""Extraction quality in one report: the labelled cases and the demo corpus's truth.

    python bench/eval_extract.py [--records 5000 --seed 7]

For each labelled case file in tests/extract/cases, the extractors of its domain run with
the case's language and country as hints; found (type, value) pairs are compared with the
expected ones, and decoys hit are counted. Then `extract_record` runs over a demo corpus and
its contacts are scored against the planted truth. The tests assert the targets; this prints
the figures for a closing note or a release.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import Counter
from collections.abc import Callable
from pathlib import Path
from typing import Any

from thbwatch.demo.corpus import iter_corpus
from thbwatch.demo.evaluate import score_contacts
from thbwatch.extract import contacts, numbers, phones, places, wallets
from thbwatch.extract.mentions import extract_record
from thbwatch.model import Hints, Mention, RecordText

CASES = Path(__file__).resolve().parents[1] / "tests" / "extract" / "cases"

Extractor = Callable[[dict[str, Any], Hints], list[Mention]]


def _contacts(case: dict[str, Any], hints: Hints) -> list[Mention]:
    text = case["text"]
    found_phones = phones.extract_phones(text, hints)
    return [
        *contacts.extract_emails(text, hints),
        *contacts.extract_urls(text, hints),
        *contacts.extract_handles(text, hints, found_phones),
    ]


EXTRACTORS: dict[str, Extractor] = {
    "phones.jsonl": lambda case, hints: phones.extract_phones(case["text"], hints),
    "contacts.jsonl": _contacts,
    "wallets.jsonl": lambda case, hints: wallets.extract_wallets(case["text"], hints),
    "numbers.jsonl": lambda case, hints: [
        *numbers.extract_ages(case["text"], hints),
        *numbers.extract_prices(case["text"], hints),
        *numbers.extract_salaries(case["text"], hints),
    ],
    # Places found in the location field count too: their spans index that field.
    "places.jsonl": lambda case, hints: places.extract_places(
        case["text"], hints, case.get("location")
    ),
}
# Case files may list mentions their extractors take as input (contacts: the phones that
# handles are built from); only these types are scored.
SCORED_TYPES = {
    "phones.jsonl": {"phone"},
    "contacts.jsonl": {"email", "url", "handle"},
    "wallets.jsonl": {"wallet"},
    "numbers.jsonl": {"age", "price", "salary"},
    "places.jsonl": {"place"},
}


def evaluate_cases(path: Path, extractor: Extractor, types: set[str]) -> dict[str, Any]:
    counts: Counter[tuple[str, str]] = Counter()  # (type, tp|fp|fn)
    cases = decoys = decoys_hit = 0
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        case = json.loads(line)
        cases += 1
        expected = case.get("expected") or [dict(p, type="phone") for p in case.get("phones", [])]
        expected = [e for e in expected if e["type"] in types]
        found = extractor(case, Hints(case.get("language"), case.get("country")))
        wanted = Counter((e["type"], e["value"]) for e in expected)
        for mention in found:
            key = (mention.type, mention.value)
            hit = wanted[key] > 0
            wanted[key] -= hit
            counts[(mention.type, "tp" if hit else "fp")] += 1
        for (kind, _), left in wanted.items():
            counts[(kind, "fn")] += max(left, 0)
        for decoy in case.get("decoys", []):
            decoys += 1
            start = case["text"].find(decoy)
            expected_raw = {e["raw"] for e in expected}
            decoys_hit += any(
                m.start < start + len(decoy) and start < m.end and m.raw not in expected_raw
                for m in found
            )
    per_type = {}
    for kind in sorted({kind for kind, _ in counts}):
        tp, fp, fn = (counts[(kind, name)] for name in ("tp", "fp", "fn"))
        per_type[kind] = {
            "precision": round(tp / (tp + fp), 4) if tp + fp else 1.0,
            "recall": round(tp / (tp + fn), 4) if tp + fn else 1.0,
            "expected": tp + fn,
        }
    return {"cases": cases, "decoys": decoys, "decoys_hit": decoys_hit, "types": per_type}


def evaluate_demo(records: int, seed: int) -> dict[str, Any]:
    pairs = []
    for number, (ad, truth) in enumerate(iter_corpus(records, seed), start=1):
        body = ad.get("text") or ad.get("description") or ""
        text = RecordText(
            number, f"{ad['title']}\n\n{body}", None, ad.get("city") or ad.get("location")
        )
        pairs.append((truth, extract_record(text).mentions))
    return {
        kind: {
            "precision": round(score.precision, 4),
            "recall": round(score.recall, 4),
            "planted": score.true_positives + score.false_negatives,
        }
        for kind, score in score_contacts(pairs).items()
    }


def run(records: int = 5000, seed: int = 7) -> dict[str, Any]:
    return {
        "cases": {
            name: evaluate_cases(CASES / name, extractor, SCORED_TYPES[name])
            for name, extractor in EXTRACTORS.items()
        },
        "demo": {"records": records, "seed": seed, "contacts": evaluate_demo(records, seed)},
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    json.dump(run(arguments.records, arguments.seed), sys.stdout, indent=2)
    print()
