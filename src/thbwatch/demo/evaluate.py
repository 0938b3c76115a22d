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

from thbwatch.indicators.derived import DERIVED_INDICATORS
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

    Also with the derived indicators (obfuscated phone, pay far above the market, ...)
    taken out of each score, to show what they add; each stored score keeps its reasons,
    so no second analysis is run.
    """
    derived = {indicator.id for indicator in DERIVED_INDICATORS}
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


# --- Networks: clusters against the planted advertisers ---


@dataclass(frozen=True, slots=True)
class PairScores:
    """Pairwise precision and recall: a pair of records in one cluster is right when one
    advertiser posted both (truth `poster`: a network, an independent, an employer)."""

    precision: float
    recall: float
    f1: float
    adjusted_rand: float
    records: int


@dataclass(frozen=True, slots=True)
class ClusterQuality:
    all_records: PairScores
    without_spam: PairScores  # spam posters share templates by design (see below)
    network_pair_recall: dict[str, float]  # label -> share of its networks' pairs clustered
    rankings: list[Ranking]  # PR-AUC of cluster scores per kind, records in clusters
    cluster_rankings: list[Ranking]  # the same, one point per cluster (majority label)


def evaluate_clusters(store: Store, truth_path: Path) -> ClusterQuality:
    """Clusters against the corpus's advertisers.

    Spam is scored twice: the demo's spam campaigns reuse one template across "posters",
    so a linker that joins them (as thbwatch does, on near-duplicate text) is counted
    wrong in `all_records` though it found a campaign; `without_spam` leaves spam out.
    """
    from sklearn.metrics import adjusted_rand_score

    from thbwatch.store.networks import clusters_of_records, top_clusters

    truth = {(source_of(e["file"]), e["ref"]): e for e in _read_truth(truth_path)}
    scores = {c["id"]: c["score"] for c in top_clusters(store, limit=None)}
    posters, labels, kinds, predicted, ranked = [], [], [], [], []
    for batch in store.record_batches():
        ids = [record.id for record in batch]
        cluster_of = clusters_of_records(store, ids)
        record_scores = store.scores_of_records(ids)
        for record in batch:
            entry = truth.get((record.source, record.ref or ""))
            if entry is None:
                continue
            posters.append(entry["poster"])
            labels.append(entry["label"])
            kinds.append(record.kind)
            cluster = cluster_of.get(record.id)
            predicted.append(f"c{cluster}" if cluster is not None else f"r{record.id}")
            own = record_scores.get(record.id)
            ranked.append(scores[cluster] if cluster is not None else (own.score if own else 0.0))
    keep = [label != "spam" for label in labels]
    return ClusterQuality(
        all_records=_pair_scores(posters, predicted, adjusted_rand_score),
        without_spam=_pair_scores(
            [p for p, k in zip(posters, keep, strict=True) if k],
            [p for p, k in zip(predicted, keep, strict=True) if k],
            adjusted_rand_score,
        ),
        network_pair_recall={
            label: _pair_recall(
                [p for p, lab in zip(posters, labels, strict=True) if lab == label],
                [c for c, lab in zip(predicted, labels, strict=True) if lab == label],
            )
            for label in POSITIVE_LABELS.values()
        },
        rankings=_rankings(kinds, labels, ranked),
        cluster_rankings=_cluster_rankings(kinds, labels, predicted, scores),
    )


def _pairs(counts: Iterable[int]) -> int:
    return sum(n * (n - 1) // 2 for n in counts)


def _pair_scores(truth: list[str], predicted: list[str], rand: Any) -> PairScores:
    from collections import Counter

    together = _pairs(Counter(zip(truth, predicted, strict=True)).values())
    found = _pairs(Counter(predicted).values())
    planted = _pairs(Counter(truth).values())
    precision = together / found if found else 1.0
    recall = together / planted if planted else 1.0
    f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
    return PairScores(precision, recall, f1, float(rand(truth, predicted)), len(truth))


def _pair_recall(truth: list[str], predicted: list[str]) -> float:
    from collections import Counter

    planted = _pairs(Counter(truth).values())
    return (
        _pairs(Counter(zip(truth, predicted, strict=True)).values()) / planted if planted else 1.0
    )


def _rankings(kinds: list[str], labels: list[str], scores: list[float]) -> list[Ranking]:
    rankings = []
    for kind, positive in POSITIVE_LABELS.items():
        picked = [
            (lab == positive, s)
            for k, lab, s in zip(kinds, labels, scores, strict=True)
            if k == kind
        ]
        if not any(y for y, _ in picked):
            continue
        y, s = [int(p[0]) for p in picked], [p[1] for p in picked]
        ap = float(average_precision_score(y, s))
        rankings.append(Ranking(kind, positive, len(y), sum(y) / len(y), ap, ap))
    return rankings


def _cluster_rankings(
    kinds: list[str], labels: list[str], predicted: list[str], scores: dict[int, float]
) -> list[Ranking]:
    from collections import Counter, defaultdict

    members: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for kind, label, cluster in zip(kinds, labels, predicted, strict=True):
        if cluster.startswith("c"):
            members[cluster].append((kind, label))
    rankings = []
    for kind, positive in POSITIVE_LABELS.items():
        y, s = [], []
        for cluster, found in members.items():
            majority_kind = Counter(k for k, _ in found).most_common(1)[0][0]
            if majority_kind != kind:
                continue
            positives = sum(1 for _, label in found if label == positive)
            y.append(int(positives * 2 > len(found)))
            s.append(scores[int(cluster[1:])])
        if any(y):
            ap = float(average_precision_score(y, s))
            rankings.append(Ranking(kind, positive, len(y), sum(y) / len(y), ap, ap))
    return rankings
