"""`thbwatch demo`: make the synthetic corpus, ingest and analyse it, write a summary.

It shows what came in, what extraction found and how that compares with the ground truth
planted in the corpus. Indicators, networks and scores are not built yet, so there are
no leads to rank yet: the demo says so.
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
from rich.table import Table

from thbwatch.demo.corpus import write_corpus
from thbwatch.demo.evaluate import Scores, evaluate_extraction
from thbwatch.ingest.inputs import plan_inputs
from thbwatch.ingest.run import InputReport, ingest_input
from thbwatch.model import Mention, Record
from thbwatch.pipeline import analyze
from thbwatch.store import Store

# Which kind each demo site publishes (a real site's category tells the same).
DEMO_FILES = {"classifieds.jsonl": "sex_ad", "jobs.csv": "job_ad"}
SAMPLE_SIZE = 8


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


def run_demo(
    db: str, records: int, seed: int, out: Path, console: Console, stderr: Console
) -> Path:
    out.mkdir(parents=True, exist_ok=True)
    with stderr.status(f"writing {records:,} synthetic records (seed {seed}) to {out}/ ..."):
        write_corpus(out, records=records, seed=seed)
    truth = GroundTruth.read(out / "truth.jsonl")

    store = Store.open(db)
    reports = []
    with stderr.status("ingesting ..."):
        for name, kind in DEMO_FILES.items():
            [item] = plan_inputs([out / name])
            reports.append(ingest_input(store, item, kind=kind))
    with stderr.status("analysing ..."):
        analyze(store)
    by_kind_language = store.count_records_by("kind", "language")
    found = store.count_mentions_by_type()
    scores = evaluate_extraction(store, out / "truth.jsonl")
    sample = [
        (record, store.mentions_of(record.id))
        for record in islice(store.iter_records(), SAMPLE_SIZE)
    ]
    store.close()

    print_summary(console, reports, by_kind_language, truth, found, scores)
    summary = out / "summary.html"
    summary.write_text(
        render_summary(reports, by_kind_language, truth, found, scores, sample, db=db, seed=seed),
        encoding="utf-8",
    )
    console.print(f"\nSummary page: [bold]{summary}[/bold] (self-contained, opens offline)")
    return summary


def print_summary(
    console: Console,
    reports: list[InputReport],
    by_kind_language: list[tuple[Any, ...]],
    truth: GroundTruth,
    found: dict[str, int],
    scores: dict[str, Scores],
) -> None:
    table = Table(title="What came in", title_justify="left")
    for column in ("file", "rows", "added", "already in store", "rejected"):
        table.add_column(column, justify="left" if column == "file" else "right")
    for report in reports:
        table.add_row(
            Path(report.path).name,
            f"{report.rows_read:,}",
            f"{report.added:,}",
            f"{report.duplicates:,}",
            f"{report.rejected:,}",
        )
    console.print(table)

    languages = Table(title="Records by kind and language", title_justify="left")
    for column in ("kind", "language", "records"):
        languages.add_column(column, justify="right" if column == "records" else "left")
    for kind, language, count in by_kind_language:
        languages.add_row(kind, language or "?", f"{count:,}")
    console.print(languages)

    planted = ", ".join(f"{label} {count:,}" for label, count in truth.labels.most_common())
    console.print(f"Ground truth planted: {planted}; {len(truth.networks)} networks.")
    console.print(
        "Found: " + ", ".join(f"{kind} {count:,}" for kind, count in sorted(found.items()))
    )

    quality = Table(title="Extraction against the ground truth", title_justify="left")
    for column in ("contacts", "precision", "recall", "found", "planted"):
        quality.add_column(column, justify="left" if column == "contacts" else "right")
    for kind, score in scores.items():
        quality.add_row(
            kind,
            "" if kind == "phone (obfuscated)" else f"{score.precision:.3f}",
            f"{score.recall:.3f}",
            f"{score.true_positives + score.false_positives:,}",
            f"{score.true_positives + score.false_negatives:,}",
        )
    console.print(quality)
    console.print(
        "[yellow]Indicators, networks and scores are not built yet: no leads to rank yet.[/yellow]"
    )


def render_summary(
    reports: list[InputReport],
    by_kind_language: list[tuple[Any, ...]],
    truth: GroundTruth,
    found: dict[str, int],
    scores: dict[str, Scores],
    sample: list[tuple[Record, list[Mention]]],
    db: str,
    seed: int,
) -> str:
    environment = Environment(
        loader=PackageLoader("thbwatch.demo", "templates"), autoescape=select_autoescape()
    )
    return environment.get_template("summary.html").render(
        reports=reports,
        by_kind_language=by_kind_language,
        truth=truth,
        found=found,
        scores=scores,
        sample=sample,
        db=db,
        seed=seed,
        made_at=datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC"),
    )
