"""`thbwatch demo`: make the synthetic corpus, ingest and analyse it, write a summary.

It shows what came in, the top leads for review with their reasons, what extraction found,
and how extraction and scores compare with the ground truth planted in the corpus.
It ends with the top networks (clusters of linked records) and their reasons, and how
the clusters compare with the advertisers planted in the corpus.
"""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import UTC, datetime
from itertools import islice
from pathlib import Path
from typing import Any

import orjson
from jinja2 import Environment, PackageLoader, select_autoescape
from rich.console import Console
from rich.markup import escape
from rich.table import Table

from thbwatch.demo.corpus import write_corpus
from thbwatch.demo.evaluate import (
    ClusterQuality,
    Ranking,
    Scores,
    evaluate_clusters,
    evaluate_extraction,
    evaluate_scores,
)
from thbwatch.ingest.inputs import plan_inputs
from thbwatch.ingest.run import InputReport, ingest_input
from thbwatch.model import Mention, Record, RecordScore
from thbwatch.pipeline import analyze, link
from thbwatch.store import Store
from thbwatch.store.networks import top_clusters

# Which kind each demo site publishes (a real site's category tells the same).
DEMO_FILES = {"classifieds.jsonl": "sex_ad", "jobs.csv": "job_ad"}
SAMPLE_SIZE = 8
TOP_LEADS = 10
TOP_NETWORKS = 10


@dataclass(frozen=True, slots=True)
class GroundTruth:
    labels: Counter[str]
    networks: Counter[str]  # network id -> records
    languages: Counter[str]

    @classmethod
    def read(cls, path: Path) -> GroundTruth:
        labels: Counter[str] = Counter()
        networks: Counter[str] = Counter()
        languages: Counter[str] = Counter()
        with path.open("rb") as handle:
            for line in handle:
                truth = orjson.loads(line)
                labels[truth["label"]] += 1
                languages[truth["language"]] += 1
                if truth.get("network"):
                    networks[truth["network"]] += 1
        return cls(labels, networks, languages)


@dataclass(frozen=True, slots=True)
class DemoResults:
    reports: list[InputReport]
    by_kind_language: list[tuple[Any, ...]]
    truth: GroundTruth
    found: dict[str, int]
    contacts: dict[str, Scores]
    rankings: list[Ranking]
    leads: list[tuple[Record, RecordScore]]
    sample: list[tuple[Record, list[Mention]]]
    networks: list[dict[str, Any]]  # top clusters, as store.networks.top_clusters gives them
    cluster_quality: ClusterQuality


def run_demo(
    db: str, records: int, seed: int, out: Path, console: Console, stderr: Console
) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    with stderr.status(f"writing {records:,} synthetic records (seed {seed}) to {out}/ ..."):
        write_corpus(out, records=records, seed=seed)
    truth_path = out / "truth.jsonl"

    store = Store.open(db)
    reports = []
    with stderr.status("ingesting ..."):
        for name, kind in DEMO_FILES.items():
            [item] = plan_inputs([out / name])
            reports.append(ingest_input(store, item, kind=kind))
    with stderr.status("analysing ..."):
        analyze(store)
    with stderr.status("linking records into networks ..."):
        link(store)
    results = DemoResults(
        reports=reports,
        by_kind_language=store.count_records_by("kind", "language"),
        truth=GroundTruth.read(truth_path),
        found=store.count_mentions_by_type(),
        contacts=evaluate_extraction(store, truth_path),
        rankings=evaluate_scores(store, truth_path),
        leads=store.top_leads(TOP_LEADS),
        networks=top_clusters(store, TOP_NETWORKS),
        cluster_quality=evaluate_clusters(store, truth_path),
        sample=[
            (record, store.mentions_of(record.id))
            for record in islice(store.iter_records(), SAMPLE_SIZE)
        ],
    )
    store.close()

    print_summary(console, results)
    summary = out / "summary.html"
    summary.write_text(render_summary(results, db=db, seed=seed), encoding="utf-8")
    console.print(f"\nSummary page: [bold]{summary}[/bold] (self-contained, opens offline)")
    return summary


def print_summary(console: Console, results: DemoResults) -> None:
    table = Table(title="What came in", title_justify="left")
    for column in ("file", "rows", "added", "already in store", "rejected"):
        table.add_column(column, justify="left" if column == "file" else "right")
    for report in results.reports:
        table.add_row(
            Path(report.path).name,
            f"{report.rows_read:,}",
            f"{report.added:,}",
            f"{report.duplicates:,}",
            f"{report.rejected:,}",
        )
    console.print(table)

    leads = Table(
        title="Top leads for review (a score ranks what to read first; it is not a finding)",
        title_justify="left",
    )
    for column in ("record", "kind", "score", "why"):
        leads.add_column(column, justify="right" if column in ("record", "score") else "left")
    for record, scored in results.leads:
        leads.add_row(
            str(record.id), record.kind, f"{scored.score:.2f}", escape(lead_reasons(record, scored))
        )
    console.print(leads)

    rankings = Table(title="Scores against the ground truth", title_justify="left")
    for column in ("records", "positive label", "PR-AUC", "without derived", "base rate"):
        rankings.add_column(
            column, justify="left" if column in ("records", "positive label") else "right"
        )
    for ranking in results.rankings:
        rankings.add_row(
            f"{ranking.kind} ({ranking.records:,})",
            ranking.positive,
            f"{ranking.pr_auc:.3f}",
            f"{ranking.pr_auc_without_derived:.3f}",
            f"{ranking.base_rate:.3f}",
        )
    console.print(rankings)

    truth = results.truth
    planted = ", ".join(f"{label} {count:,}" for label, count in truth.labels.most_common())
    console.print(f"Ground truth planted: {planted}; {len(truth.networks)} networks.")
    found = ", ".join(f"{kind} {count:,}" for kind, count in sorted(results.found.items()))
    console.print(f"Found: {found}")

    quality = Table(title="Extraction against the ground truth", title_justify="left")
    for column in ("contacts", "precision", "recall", "found", "planted"):
        quality.add_column(column, justify="left" if column == "contacts" else "right")
    for kind, score in results.contacts.items():
        quality.add_row(
            kind,
            "" if kind == "phone (obfuscated)" else f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.true_positives + score.false_positives:,}",
            f"{score.true_positives + score.false_negatives:,}",
        )
    console.print(quality)
    print_networks(console, results)


def print_networks(console: Console, results: DemoResults) -> None:
    """The top networks with their reasons, and the clusters against the ground truth."""
    networks = Table(
        title="Top networks for review (linked ads; a score is a lead, not a finding)",
        title_justify="left",
    )
    for column in ("cluster", "score", "ads", "contacts", "cities", "why"):
        networks.add_column(
            column, justify="right" if column in ("cluster", "score", "ads") else "left"
        )
    for cluster in results.networks:
        networks.add_row(*(escape(cell) for cell in network_row(cluster)))
    console.print(networks)
    quality = results.cluster_quality
    table = Table(
        title="Clusters against the planted advertisers (pairs of ads)", title_justify="left"
    )
    for column in ("records", "precision", "recall", "F1", "adjusted Rand"):
        table.add_column(column, justify="left" if column == "records" else "right")
    for name, pairs in (("all", quality.all_records), ("without spam", quality.without_spam)):
        table.add_row(
            f"{name} ({pairs.records:,})",
            f"{pairs.precision:.3f}",
            f"{pairs.recall:.3f}",
            f"{pairs.f1:.3f}",
            f"{pairs.adjusted_rand:.3f}",
        )
    console.print(table)
    recall = ", ".join(
        f"{label} {value:.3f}" for label, value in quality.network_pair_recall.items()
    )
    console.print(f"Pair recall inside planted networks: {recall}.")
    for ranking in quality.rankings:
        console.print(
            f"Network scores rank {ranking.positive} {ranking.kind} records with PR-AUC "
            f"{ranking.pr_auc:.3f} (base rate {ranking.base_rate:.3f})."
        )
    console.print(
        "[dim]Spam campaigns reuse one template across posters: linking them counts against "
        "precision in the first row.[/dim]"
    )


def network_row(cluster: dict[str, Any]) -> list[str]:
    """A network as table cells: id, score, ads, main contacts, cities, strongest reasons."""
    description = cluster["description"]
    contacts = ", ".join(c["value"] for c in description.get("contacts", [])[:2])
    towns = dict.fromkeys(stay["city"].split(",")[0] for stay in description.get("itinerary", []))
    reasons = "; ".join(reason["detail"] for reason in cluster["reasons"][1:4])
    return [
        str(cluster["id"]),
        f"{cluster['score']:.2f}",
        str(cluster["size"]),
        contacts,
        " → ".join(list(towns)[:4]),
        reasons or cluster["reasons"][0]["detail"],
    ]


def lead_reasons(record: Record, scored: RecordScore, most: int = 3) -> str:
    """The strongest reasons as `indicator ("words")`, for a table cell."""
    parts = []
    for reason in scored.reasons[:most]:
        start, end = reason["spans"][0]
        parts.append(f"{reason['indicator']} ({record.text[start:end]!r})")
    return "; ".join(parts) or "no indicator"


def render_summary(results: DemoResults, db: str, seed: int) -> str:
    environment = Environment(
        loader=PackageLoader("thbwatch.demo", "templates"), autoescape=select_autoescape()
    )
    return environment.get_template("summary.html").render(
        results=results,
        lead_reasons=lead_reasons,
        network_row=network_row,
        db=db,
        seed=seed,
        made_at=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )
