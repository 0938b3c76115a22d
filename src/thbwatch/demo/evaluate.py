"""Measure the analysis against the demo corpus's ground truth.

Extraction: for each contact type, precision and recall of the (type, value) pairs found
in each record against those planted in it; obfuscated phones are counted apart, since
they are the hard case and an indicator in their own right.
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import orjson
from sklearn.metrics import average_precision_score

from thbwatch.indicators.derived import DERIVED
from thbwatch.model import Mention
from thbwatch.score import score_from_reasons
from thbwatch.store import Store

CONTACT_TYPES = ("phone", "email", "handle", "url")


@dataclass(slots=True)
class Scores:
    true_positives: int = 0
    false_positives: int = 0
    false_negatives: int = 0

    @property
    def precision(self) -> float:
        found = self.true_positives + self.false_positives
        return self.true_positives / found if found else 1.0

    @property
    def recall(self) -> float:
        planted = self.true_positives + self.false_negatives
        return self.true_positives / planted if planted else 1.0

    def add(self, found: set[str], planted: set[str]) -> None:
        self.true_positives += len(found & planted)
        self.false_positives += len(found - planted)
        self.false_negatives += len(planted - found)


def source_of(file_name: str) -> str:
    """The source name a demo file is ingested under (its stem, see ingest.inputs)."""
    return file_name.split(".", 1)[0]


def evaluate_extraction(store: Store, truth_path: Path) -> dict[str, Scores]:
    """Scores of what the store holds for the demo records, against the truth file."""
    truth = {(source_of(entry["file"]), entry["ref"]): entry for entry in _read_truth(truth_path)}

    def pairs() -> Iterator[tuple[dict[str, Any], list[Mention]]]:
        for batch in store.record_batches():
            found = store.mentions_of_records([record.id for record in batch])
            for record in batch:
                entry = truth.get((record.source, record.ref or ""))
                if entry is not None:  # else not a demo record
                    yield entry, found.get(record.id, [])

    return score_contacts(pairs())


def score_contacts(pairs: Iterable[tuple[dict[str, Any], list[Mention]]]) -> dict[str, Scores]:
    """Scores per contact type over (truth entry, mentions found) pairs, one per record,
    plus "phone (obfuscated)": recall on obscured numbers, the hard case."""
    scores = {name: Scores() for name in (*CONTACT_TYPES, "phone (obfuscated)")}
    for entry, found in pairs:
        for kind in CONTACT_TYPES:
            scores[kind].add(
                {m.value for m in found if m.type == kind},
                {e["value"] for e in entry["entities"] if e["type"] == kind},
            )
        obscured = {
            e["value"] for e in entry["entities"] if e["type"] == "phone" and e["obfuscated"]
        }
        phones = {m.value for m in found if m.type == "phone"}
        scores["phone (obfuscated)"].add(phones & obscured, obscured)
    return scores


def _read_truth(path: Path) -> Iterable[dict]:
    with path.open("rb") as handle:
        for line in handle:
            yield orjson.loads(line)


# Which planted labels a record score should rank first, per kind of record.
POSITIVE_LABELS = {"sex_ad": "controlled", "job_ad": "deceptive_job"}


@dataclass(frozen=True, slots=True)
class Ranking:
    """How well scores rank one kind's positive records: PR-AUC beside the base rate."""

    kind: str
    positive: str
    records: int
    base_rate: float
    pr_auc: float
    pr_auc_without_derived: float  # the same scores with the derived indicators left out


def evaluate_scores(store: Store, truth_path: Path) -> list[Ranking]:
    """PR-AUC (average precision) of record scores per kind; spam counts as negative.

    Also with the derived indicators (obfuscated phone, ...) taken out of each score, to
    show what they add; each stored score keeps its reasons, so no second analysis is run.
    """
    derived = {entry.indicator.id for entry in DERIVED}
    truth = {
        (source_of(entry["file"]), entry["ref"]): entry["label"]
        for entry in _read_truth(truth_path)
    }
    labels: dict[str, list[int]] = {kind: [] for kind in POSITIVE_LABELS}
    scores: dict[str, list[float]] = {kind: [] for kind in POSITIVE_LABELS}
    without: dict[str, list[float]] = {kind: [] for kind in POSITIVE_LABELS}
    for batch in store.record_batches():
        scored = store.scores_of_records([record.id for record in batch])
        for record in batch:
            label = truth.get((record.source, record.ref or ""))
            if label is None or record.kind not in POSITIVE_LABELS or record.id not in scored:
                continue
            labels[record.kind].append(int(label == POSITIVE_LABELS[record.kind]))
            scores[record.kind].append(scored[record.id].score)
            kept = [r for r in scored[record.id].reasons if r["indicator"] not in derived]
            without[record.kind].append(score_from_reasons(kept))
    rankings = []
    for kind, positive in POSITIVE_LABELS.items():
        if not labels[kind] or not any(labels[kind]):
            continue
        rankings.append(
            Ranking(
                kind=kind,
                positive=positive,
                records=len(labels[kind]),
                base_rate=sum(labels[kind]) / len(labels[kind]),
                pr_auc=float(average_precision_score(labels[kind], scores[kind])),
                pr_auc_without_derived=float(average_precision_score(labels[kind], without[kind])),
            )
        )
    return rankings
