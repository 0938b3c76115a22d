"""The command line: thin over the library. See DESIGN.md for the contract."""

from __future__ import annotations

import importlib.util
import os
import sys
import traceback
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import StrEnum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any

import orjson
import typer
from rich.markup import escape
from rich.progress import (
    BarColumn,
    Progress,
    SpinnerColumn,
    TaskID,
    TaskProgressColumn,
    TextColumn,
    TimeElapsedColumn,
    TimeRemainingColumn,
)
from rich.table import Table
from rich.text import Text

from thbwatch import __version__
from thbwatch.assess.cli import app as assess_app
from thbwatch.errors import UserError
from thbwatch.ingest.inputs import FORMATS, plan_inputs
from thbwatch.ingest.mapping import parse_map_options
from thbwatch.ingest.run import InputReport, ingest_input
from thbwatch.model import KINDS
from thbwatch.record_json import record_details, record_export
from thbwatch.store import DEFAULT_URL, Store
from thbwatch.terminal import console, counted, open_store, print_json, stderr

if TYPE_CHECKING:
    from thbwatch.pipeline import AnalysisReport, LinkReport

app = typer.Typer(
    help="thbwatch: ranked, explained leads of online trafficking in human beings, for review.",
    pretty_exceptions_enable=False,
    add_completion=False,
)


class ShowWhat(StrEnum):
    record = "record"
    cluster = "cluster"


@app.callback(invoke_without_command=True)
def main_options(
    context: typer.Context,
    db: Annotated[
        str,
        typer.Option(
            "--db", envvar="THBWATCH_DB", help="Store URL (SQLAlchemy): SQLite file or PostgreSQL."
        ),
    ] = DEFAULT_URL,
    version: Annotated[bool, typer.Option("--version", help="Print the version.")] = False,
) -> None:
    if version:
        console.print(f"thbwatch {__version__}")
        raise typer.Exit()
    if context.invoked_subcommand is None:
        console.print(context.get_help())
        raise typer.Exit()
    context.obj = {"db": db}


@app.command()
def ingest(
    context: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to read.")],
    source: Annotated[
        str | None, typer.Option(help="Source name (default: the file or folder name).")
    ] = None,
    kind: Annotated[
        str, typer.Option(help=f"Record kind: auto (from a kind field) or {', '.join(KINDS)}.")
    ] = "auto",
    fmt: Annotated[
        str, typer.Option("--format", help=f"Input format: {', '.join(FORMATS)}.")
    ] = "auto",
    mapping: Annotated[
        list[str] | None,
        typer.Option(
            "--map",
            help="FIELD=COLUMN[,COLUMN...], e.g. body=description,requirements. Repeatable.",
        ),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Read ads, posts and pages into the store: nothing lost, nothing twice."""
    reports = run_ingest(context, paths, source, kind, fmt, mapping or [], quiet=as_json)
    if as_json:
        print_json([report.as_dict() for report in reports])
    else:
        print_ingest_summary(reports)


def run_ingest(
    context: typer.Context,
    paths: list[Path],
    source: str | None,
    kind: str,
    fmt: str,
    mapping: list[str],
    quiet: bool = False,
    index_text: bool = True,
) -> list[InputReport]:
    """Ingest every input; `index_text=False` leaves the full-text index to the linking
    that follows (`run`)."""
    overrides = parse_map_options(mapping)
    inputs = plan_inputs(paths, fmt, source)  # every path checked before anything is written
    store = open_store(context)
    reports = []
    with progress_display(quiet) as progress:
        for item in inputs:
            task = progress.add_task(f"ingest {item.path.name}", total=1.0, rows=0)
            advance = progress_callback(progress, task)
            reports.append(
                ingest_input(store, item, kind, overrides, progress=advance, index_text=index_text)
            )
    store.close()
    return reports


def progress_display(quiet: bool) -> Progress:
    """A progress bar on stderr, shown only to a person at a terminal."""
    return Progress(
        SpinnerColumn(),
        TextColumn("[bold]{task.description}"),
        BarColumn(),
        TaskProgressColumn(),
        TextColumn("{task.fields[rows]:,} rows"),
        TimeElapsedColumn(),
        TimeRemainingColumn(),
        console=stderr,
        transient=True,
        disable=quiet or not stderr.is_terminal,
    )


def progress_callback(progress: Progress, task: TaskID) -> Callable[[int, float], None]:
    rows_done = 0

    def advance(rows: int, share: float) -> None:
        nonlocal rows_done
        rows_done += rows
        progress.update(task, completed=share, rows=rows_done)

    return advance


def record_counter(progress: Progress, description: str) -> Callable[[int, int], None]:
    """A task that stages advance with (records just done, records still to do)."""
    task = progress.add_task(description, total=None, rows=0)
    done = 0

    def advance(records: int, remaining: int) -> None:
        nonlocal done
        done += records
        progress.update(task, total=done + remaining, completed=done, rows=done)

    return advance


def print_ingest_summary(reports: list[InputReport]) -> None:
    table = Table(title="Ingest", title_justify="left")
    for column in ("input", "source", "rows read", "added", "already in store", "rejected"):
        table.add_column(column, justify="left" if column in ("input", "source") else "right")
    for report in reports:
        table.add_row(
            report.path,
            report.source,
            f"{report.rows_read:,}",
            f"{report.added:,}",
            f"{report.duplicates:,}",
            f"[red]{report.rejected:,}[/red]" if report.rejected else "0",
        )
    console.print(table)
    for report in reports:
        if report.rows_read and report.added == 0 and report.rejected == 0:
            console.print(
                f"{report.path}: no new records; "
                f"all {report.duplicates:,} were already in the store."
            )
        if report.rejected:
            console.print(
                f"{report.path}: {report.rejected:,} rows could not be read; "
                f"each is in {report.rejects_file} with its line and reason."
            )
        if report.skipped:
            console.print(
                f"{report.path}: {report.skipped:,} archive records hold no page "
                "(requests, images, ...) and were passed over."
            )
        if report.field_maps:
            console.print(f"[dim]{report.path}: fields {report.field_maps[0]}[/dim]")


PACK_OPTION = typer.Option("--pack", help="Your own indicator pack (YAML), used with ours.")
MASKED_OPTION = typer.Option(
    "--masked-contacts",
    help="Link records by the masked contacts of anonymised data (#PHONE_…#, #EMAIL_…#, "
    "#URL_…# in EMSCAD): the same token is the same contact. Applies to records linked "
    "in this run (all of them with --full).",
)
WEIGHTS_OPTION = typer.Option(
    "--weights", help="Weights file from `thbwatch calibrate` (default: the packs' weights)."
)


@app.command()
def analyze(
    context: typer.Context,
    full: Annotated[
        bool, typer.Option("--full", help="Forget earlier results and redo all.")
    ] = False,
    packs: Annotated[list[Path] | None, PACK_OPTION] = None,
    weights: Annotated[Path | None, WEIGHTS_OPTION] = None,
    masked_contacts: Annotated[bool, MASKED_OPTION] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Extract contacts and facts, find indicators and score records as leads for review.

    New records only; all records with --full. Linked into networks afterwards.
    """
    store = open_store(context)
    report = run_analysis(store, full, quiet=as_json, packs=packs, weights=weights)
    linked = run_linking(store, full, quiet=as_json, masked_contacts=masked_contacts)
    store.close()
    if as_json:
        print_json(
            {
                "networks": link_summary(linked),
                "records": report.records,
                "mentions": report.mentions,
                "indicators": report.indicators,
                "rescored": report.rescored,
            }
        )
    else:
        print_analysis_summary(report)
        print_link_summary(linked)


@app.command()
def run(
    context: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to read.")],
    source: Annotated[str | None, typer.Option(help="Source name.")] = None,
    kind: Annotated[str, typer.Option(help="Record kind, or auto.")] = "auto",
    fmt: Annotated[str, typer.Option("--format", help="Input format.")] = "auto",
    mapping: Annotated[list[str] | None, typer.Option("--map", help="FIELD=COLUMN.")] = None,
    packs: Annotated[list[Path] | None, PACK_OPTION] = None,
    weights: Annotated[Path | None, WEIGHTS_OPTION] = None,
    masked_contacts: Annotated[bool, MASKED_OPTION] = False,
) -> None:
    """Ingest, then analyse: the one-command main job."""
    # The new records become searchable while linking describes the networks, on a core
    # that is free then (pipeline.link), not after the ingest with the other core idle.
    ingested = run_ingest(context, paths, source, kind, fmt, mapping or [], index_text=False)
    print_ingest_summary(ingested)
    store = open_store(context)
    print_analysis_summary(run_analysis(store, full=False, packs=packs, weights=weights))
    print_link_summary(run_linking(store, full=False, masked_contacts=masked_contacts))
    store.close()


def run_analysis(
    store: Store,
    full: bool,
    quiet: bool = False,
    packs: list[Path] | None = None,
    weights: Path | None = None,
) -> AnalysisReport:
    with progress_display(quiet) as progress:
        from thbwatch.pipeline import analyze  # loads the extractors' data: only when needed

        return analyze(
            store,
            full=full,
            progress=record_counter(progress, "analyse"),
            corpus_progress=record_counter(progress, "compare with the corpus"),
            packs=packs,
            weights=weights,
        )


def run_linking(
    store: Store, full: bool, quiet: bool = False, masked_contacts: bool = False
) -> LinkReport:
    """Link and cluster the analysed records (new ones; all with `full`)."""
    from thbwatch.link.config import LinkConfig
    from thbwatch.pipeline import link

    with progress_display(quiet) as progress:
        config = LinkConfig(masked_tokens_as_contacts=masked_contacts)
        return link(store, config, full=full, progress=record_counter(progress, "link"))


def link_summary(report: LinkReport) -> dict[str, Any]:
    return {
        "records_linked": report.records,
        "links": report.links,
        "clusters": report.clusters,
        "changed": report.changed,
        "merged": report.removed,
        "hubs": len(report.hubs),
        "largest_hubs": [
            {"kind": h.kind, "value": h.value, "records": h.records}
            for h in sorted(report.hubs, key=lambda hub: -hub.records)[:20]
        ],
        "seconds": report.seconds,
    }


def print_link_summary(report: LinkReport) -> None:
    if not report.records:
        return
    found = ", ".join(f"{kind} {count:,}" for kind, count in sorted(report.links.items()))
    console.print(
        f"Linked {counted(report.records, 'new record')} ({found or 'no links'}): "
        f"{counted(report.clusters, 'cluster')}, {report.changed:,} new or changed."
    )
    for hub in sorted(report.hubs, key=lambda hub: -hub.records)[:5]:
        console.print(
            f"[yellow]Hub stopped: {hub.kind} {escape(hub.value)} in "
            f"{counted(hub.records, 'record')} "
            "(too common to link records).[/yellow]"
        )


@app.command()
def clusters(
    context: typer.Context,
    top: Annotated[int, typer.Option("--top", help="How many clusters to list.")] = 20,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """List networks of linked records in triage order (highest score first)."""
    from thbwatch.store.networks import count_clusters, top_clusters

    store = open_store(context)
    found = top_clusters(store, limit=top)
    total = count_clusters(store)
    store.close()
    if as_json:
        print_json(found)
        return
    if not found:
        console.print("No clusters yet: run `thbwatch analyze` first.")
        return
    table = Table(
        title=f"Networks for review, {len(found)} of {total:,} (a score is a lead, not a finding)",
        title_justify="left",
    )
    for column in ("cluster", "score", "records", "contacts", "cities", "why"):
        table.add_column(
            column, justify="right" if column in ("cluster", "score", "records") else "left"
        )
    for cluster in found:
        table.add_row(*cluster_row(cluster))
    console.print(table)


def cluster_row(cluster: dict[str, Any]) -> list[str]:
    """A cluster as a table row: id, score, size, main contacts, cities, top reasons."""
    description = cluster["description"]
    contacts = ", ".join(c["value"] for c in description.get("contacts", [])[:2])
    cities = list(
        dict.fromkeys(stay["city"].split(",")[0] for stay in description.get("itinerary", []))
    )
    reasons = (
        "; ".join(reason["detail"] for reason in cluster["reasons"][1:4])
        or cluster["reasons"][0]["detail"]
    )
    return [
        str(cluster["id"]),
        f"{cluster['score']:.2f}",
        f"{cluster['size']:,}",
        escape(contacts),
        escape(" → ".join(cities[:5]) + (" …" if len(cities) > 5 else "")),
        escape(reasons),
    ]


def show_cluster(store: Store, cluster_id: int, as_json: bool) -> None:
    from thbwatch.store.networks import get_cluster

    cluster = get_cluster(store, cluster_id)
    if cluster is None:
        raise UserError(f"no cluster with id {cluster_id}")
    store.audit("view", target=f"cluster:{cluster_id}")
    if as_json:
        print_json(cluster)
        return
    description = cluster["description"]
    console.rule(f"cluster {cluster_id} · {counted(cluster['size'], 'record')}")
    console.print(
        f"[bold]Network score {cluster['score']:.2f}[/bold] (a lead for review, not a finding)"
    )
    for reason in cluster["reasons"]:
        console.print(f"  {reason['weight']:+.2f}  {reason['feature']}: {escape(reason['detail'])}")
    console.rule("contacts")
    for contact in description.get("contacts", []):
        console.print(
            f"  {contact['kind']} {escape(contact['value'])} in "
            f"{counted(contact['records'], 'record')}"
        )
    persons = description.get("persons", {})
    console.print(
        f"Persons advertised: names {', '.join(persons.get('names', [])) or '-'}; "
        f"ages {', '.join(map(str, persons.get('ages', []))) or '-'}"
    )
    console.rule("itinerary")
    for stay in description.get("itinerary", []):
        when = f"{stay['from'][:10]} – {stay['to'][:10]}"
        console.print(f"  {when}  {escape(stay['city'])} ({counted(stay['records'], 'ad')})")
    volume = description.get("volume", {})
    console.print(
        f"Volume: {counted(description.get('records', 0), 'ad')} over "
        f"{volume.get('days', 0)} days, {volume.get('per_week') or '-'} a week"
    )
    if description.get("template"):
        console.rule("shared template ({n} = a varying slot)")
        console.print(escape(description["template"]["text"]), highlight=False)
        for slot in description["template"]["slots"][:12]:
            values = ", ".join(repr(value) for value, _ in slot["values"][:6])
            console.print(f"  {{{slot['slot']}}}: {escape(values)}")
    console.rule("members")
    table = Table("record", "ref", "kind", "posted", "location", "score", box=None)
    for member in cluster["members"]:
        table.add_row(
            str(member["id"]),
            escape(member["ref"] or ""),
            member["kind"],
            str(member["posted_at"] or "")[:16],
            escape(member["location"] or ""),
            f"{member['score'] or 0:.2f}",
        )
    console.print(table)
    console.rule("links")
    kinds = ", ".join(f"{kind} {n}" for kind, n in description.get("links", {}).items())
    console.print(
        f"{len(cluster['links']):,} links ({kinds}); every link: show cluster {cluster_id} --json"
    )


def print_analysis_summary(report: AnalysisReport) -> None:
    if not report.records:
        console.print("Nothing new to analyse.")
        if report.rescored:
            console.print(
                f"Rescored {counted(report.rescored, 'record')} (weights or corpus changed)."
            )
        return
    found = ", ".join(f"{kind} {count:,}" for kind, count in sorted(report.mentions.items()))
    console.print(f"Analysed {counted(report.records, 'record')}; found {found or 'nothing'}.")
    if report.indicators:
        top = sorted(report.indicators.items(), key=lambda item: -item[1])[:8]
        listed = ", ".join(f"{name} {count:,}" for name, count in top)
        console.print(f"Indicators (records): {listed}.")


@app.command()
def indicators(
    packs: Annotated[
        list[Path] | None,
        typer.Option("--pack", help="Your own pack (YAML), checked and listed with ours."),
    ] = None,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """List the indicators: what each means, its evidence and its weight."""
    from thbwatch.indicators.derived import every_indicator
    from thbwatch.indicators.packs import describe, load_packs

    listed = [describe(indicator) for indicator in every_indicator(load_packs(packs or []))]
    if as_json:
        print_json(listed)
        return
    table = Table(title="Indicators (evidence for review, not proof)", title_justify="left")
    for column in ("id", "domain", "weight", "description", "source"):
        table.add_column(column, justify="right" if column == "weight" else "left")
    for entry in listed:
        table.add_row(
            entry["id"],
            entry["domain"],
            f"{entry['weight']:+.2f}",
            escape(entry["description"]),
            escape(entry["source"]),
        )
    console.print(table)


@app.command()
def calibrate(
    context: typer.Context,
    labels: Annotated[
        Path, typer.Argument(help="CSV with a header: the records' refs and 1/0 labels.")
    ],
    ref_column: Annotated[str, typer.Option(help="Column of the records' own ids.")] = "ref",
    label_column: Annotated[
        str, typer.Option(help="Column of the labels (1/0, true/false, yes/no).")
    ] = "label",
    source: Annotated[str | None, typer.Option(help="Match refs in this source only.")] = None,
    packs: Annotated[list[Path] | None, PACK_OPTION] = None,
    out: Annotated[Path, typer.Option(help="Weights file to write.")] = Path("weights.yaml"),
    as_json: Annotated[bool, typer.Option("--json", help="Print the results as JSON.")] = False,
) -> None:
    """Fit indicator weights on labelled records and write a weights file.

    The records must be analysed first; `analyze --weights FILE` then uses the file. Prints
    cross-validated PR-AUC beside the base rate and the packs' default weights. Any CSV
    with an id and a label column will do, e.g. EMSCAD: --ref-column id --label-column
    fraudulent.
    """
    import hashlib
    from datetime import UTC, datetime

    from thbwatch.calibrate import fit, read_labels
    from thbwatch.indicators.derived import default_weights
    from thbwatch.indicators.packs import load_packs
    from thbwatch.score import Weights, weights_yaml
    from thbwatch.store.scoring import indicators_of_records, records_by_ref

    defaults = default_weights(load_packs(packs or []))
    labelled = read_labels(labels, ref_column, label_column)
    store = open_store(context)
    found = records_by_ref(store, [label.ref for label in labelled], source)
    for label in labelled:
        if len(found.get(label.ref, [])) > 1:
            raise UserError(
                f"{labels}:{label.line}: ref {label.ref!r} is in several sources; "
                "choose one with --source"
            )
    known = [(label, found[label.ref][0]) for label in labelled if label.ref in found]
    indicators = indicators_of_records(store, [record_id for _, record_id in known])
    analysed = [
        (label.positive, features)
        for label, record_id in known
        if (features := indicators.get(record_id)) is not None
    ]
    missing = [label.ref for label in labelled if label.ref not in found]
    not_analysed = len(known) - len(analysed)
    with stderr.status("fitting (nested cross-validation, bootstrap) ..."):
        result = fit([f for _, f in analysed], [positive for positive, _ in analysed], defaults)
    provenance = {
        "labels_file": str(labels),
        "labels_sha256": hashlib.sha256(labels.read_bytes()).hexdigest(),
        "labelled_records": result.records,
        "positives": result.positives,
        "cv_pr_auc": round(result.cv_pr_auc, 4),
        "base_rate": round(result.base_rate, 4),
        "regularisation_c": result.regularisation_c,
        "created": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    weights = Weights({w.indicator: w.weight for w in result.weights}, result.bias, provenance)
    with _output(out) as handle:
        handle.write(weights_yaml(weights).encode("utf-8"))
    store.audit("calibrate", target=str(labels), records=result.records, out=str(out))
    store.close()
    if as_json:
        print_json(
            {**result.as_dict(), "refs_not_in_store": missing, "not_analysed": not_analysed,
             "weights_file": str(out)}
        )  # fmt: skip
        return
    print_calibration(result, missing, not_analysed, out)


def print_calibration(result: Any, missing: list[str], not_analysed: int, out: Path) -> None:
    console.print(
        f"Labelled records used: {result.records:,} ({result.positives:,} positive, "
        f"base rate {result.base_rate:.3f})."
    )
    if missing:
        shown = ", ".join(missing[:5]) + (" ..." if len(missing) > 5 else "")
        console.print(f"[yellow]{len(missing):,} refs are not in the store[/yellow]: {shown}")
    if not_analysed:
        console.print(f"[yellow]{not_analysed:,} labelled records are not analysed yet[/yellow]")
    console.print(
        f"PR-AUC: packs' default weights {result.default_pr_auc:.3f}; calibrated "
        f"{result.cv_pr_auc:.3f} ({result.folds}-fold nested cross-validation, out-of-fold); "
        f"base rate {result.base_rate:.3f}."
    )
    table = Table(
        title=f"Weights (C = {result.regularisation_c:g}"
        + (", balanced classes" if result.balanced else "")
        + f", bias {result.bias:+.2f}); scores are leads for review",
        title_justify="left",
        box=None,
    )
    table.add_column("indicator", overflow="fold")
    for column in ("records", "positive", "default", "fitted", "95% interval"):
        table.add_column(column, justify="right", no_wrap=True)
    for w in result.weights:
        table.add_row(
            w.indicator,
            f"{w.records:,}",
            f"{w.positives / w.records:.0%}",
            f"{w.default:+.2f}",
            f"{w.weight:+.2f}",
            f"{w.low:+.2f} .. {w.high:+.2f}",
        )
    console.print(table)
    if result.not_fitted:
        console.print(
            f"Too rare in the labels to fit (keep the packs' weights): "
            f"{', '.join(result.not_fitted)}."
        )
    console.print(f"Wrote {out}; use it with `thbwatch analyze --weights {out}`.")


@app.command()
def sources(
    context: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """List the sources in the store with their records by kind."""
    store = open_store(context)
    summary = store.source_summary()
    if as_json:
        print_json(summary)
        return
    table = Table(title="Sources", title_justify="left")
    for column in ("source", "records", "kinds", "last ingest"):
        table.add_column(column)
    for entry in summary:
        kinds = ", ".join(f"{kind} {count:,}" for kind, count in sorted(entry["kinds"].items()))
        table.add_row(entry["source"], f"{entry['records']:,}", kinds, entry["last_ingest"] or "")
    console.print(table)


@app.command()
def show(
    context: typer.Context,
    what: Annotated[ShowWhat, typer.Argument(help="What to show.")],
    item_id: Annotated[int, typer.Argument(metavar="ID", help="Its id in the store.")],
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """Show one record or one network (cluster).

    A record: its text, fields, provenance, entities and indicators. A cluster: its members,
    contacts, itinerary, template and links, with the reasons of its score.
    """
    store = open_store(context)
    if what == ShowWhat.cluster:
        show_cluster(store, item_id, as_json)
        store.close()
        return
    record = store.get_record(item_id)
    if record is None:
        raise UserError(f"no record with id {item_id}")
    found = store.mentions_of(item_id)
    scored = store.scores_of_records([item_id]).get(item_id)
    store.audit("view", target=f"record:{item_id}")
    store.close()
    if as_json:
        print_json(record_details(record, found, scored))
        return
    console.rule(f"record {record.id} · {record.kind} · {record.source}")
    fields = {
        "ref": record.ref,
        "location": record.location,
        "posted_at": record.posted_at,
        "url": record.url,
        "language": record.language,
        "from": f"{record.origin.describe()} (file sha256 {record.origin.sha256[:16]}…)",
        "raw sha256": record.raw_sha256,
    }
    for name, value in fields.items():
        if value:
            console.print(f"[bold]{name}[/bold]: {escape(str(value))}", highlight=False)
    console.rule()
    text = Text(record.text)
    for mention in found:
        text.stylize(MENTION_STYLES.get(mention.type, "underline"), mention.start, mention.end)
    for reason in scored.reasons if scored else []:
        for start, end in reason["spans"]:
            text.stylize("reverse", start, end)
    console.print(text, highlight=False)
    if scored:
        console.rule()
        console.print(
            f"[bold]Lead score {scored.score:.2f}[/bold] (a lead for review, not a finding)"
        )
        for reason in scored.reasons:
            words = ", ".join(repr(record.text[a:b]) for a, b in reason["spans"][:3])
            console.print(f"  {reason['weight']:+.2f}  {reason['indicator']}: {escape(words)}")
    if found:
        console.rule()
        table = Table("type", "value", "as written", "where", "obfuscated", box=None)
        for mention in found:
            table.add_row(
                mention.type,
                escape(mention.value),
                escape(mention.raw.replace("\n", "⏎")),
                f"{mention.start}-{mention.end}",
                "yes" if mention.obfuscated else "",
            )
        console.print(table)


MENTION_STYLES = {
    "phone": "bold red",
    "email": "bold magenta",
    "handle": "bold magenta",
    "url": "underline blue",
    "wallet": "bold yellow",
    "age": "cyan",
    "price": "green",
    "salary": "green",
    "place": "italic",
}


class ExportWhat(StrEnum):
    records = "records"
    clusters = "clusters"


@app.command()
def export(
    context: typer.Context,
    what: Annotated[ExportWhat, typer.Argument(help="What to export.")],
    fmt: Annotated[
        str | None,
        typer.Option(
            "--format",
            help="records: jsonl (one object per line); clusters: json, csv (an edge list "
            "for i2 Analyst's Notebook) or graphml (Gephi).",
        ),
    ] = None,
    out: Annotated[Path | None, typer.Option(help="File to write (default: stdout).")] = None,
) -> None:
    """Export records (JSON lines) or networks (JSON, CSV edge list, GraphML).

    Records come with their entities and indicator spans; clusters with their reasons and
    links.
    """
    if what == ExportWhat.clusters:
        export_clusters(context, fmt or "json", out)
        return
    if (fmt or "jsonl") != "jsonl":
        raise UserError(f"--format {fmt!r}: records export as jsonl")
    from thbwatch.store.networks import clusters_of_records

    store = open_store(context)
    count = 0
    with _output(out) as handle:
        for batch in store.record_batches():
            ids = [record.id for record in batch]
            found = store.mentions_of_records(ids)
            scores = store.scores_of_records(ids)
            cluster_of = clusters_of_records(store, ids)
            for record in batch:
                line = record_export(
                    record,
                    found.get(record.id, []),
                    scores.get(record.id),
                    cluster_of.get(record.id),
                )
                handle.write(orjson.dumps(line, option=orjson.OPT_APPEND_NEWLINE))
            count += len(batch)
    store.audit("export", target="records", count=count, out=str(out) if out else "stdout")
    store.close()
    if out:
        console.print(f"Wrote {count:,} records to {out}.")


CLUSTER_FORMATS = ("json", "csv", "graphml")


def export_clusters(context: typer.Context, fmt: str, out: Path | None) -> None:
    """Clusters as JSON (DESIGN.md), a CSV edge list or GraphML, in triage order."""
    from thbwatch.link import export as cluster_export
    from thbwatch.store import networks

    if fmt not in CLUSTER_FORMATS:
        raise UserError(f"--format {fmt!r}: clusters export as {', '.join(CLUSTER_FORMATS)}")
    store = open_store(context)
    found = networks.top_clusters(store, limit=None)
    with _output(out) as handle:
        if fmt == "json":
            refs = networks.cluster_refs(store, [c["id"] for c in found])
            cluster_export.clusters_json(found, refs, handle)
        else:
            nodes = networks.clustered_records(store)
            edges = networks.clustered_links(store)
            if fmt == "csv":
                scores = {c["id"]: c["score"] for c in found}
                refs = {record_id: node["ref"] for record_id, node in nodes.items()}
                cluster_export.edges_csv(edges, scores, refs, handle)
            else:
                cluster_export.graphml(edges, nodes, handle)
    store.audit("export", target="clusters", count=len(found), format=fmt, out=str(out or "stdout"))
    store.close()
    if out:
        console.print(f"Wrote {len(found):,} clusters to {out} ({fmt}).")


@contextmanager
def _output(out: Path | None) -> Iterator[IO[bytes]]:
    """Write to a file atomically (a temporary file renamed at the end), or to stdout."""
    if out is None:
        yield sys.stdout.buffer
        sys.stdout.flush()
        return
    partial = out.with_name(out.name + ".partial")
    with partial.open("wb") as handle:
        yield handle
    partial.replace(out)


@app.command()
def demo(
    context: typer.Context,
    records: Annotated[int, typer.Option(help="How many synthetic records to make.")] = 5000,
    seed: Annotated[
        int, typer.Option(help="Random seed: the same seed gives the same corpus.")
    ] = 7,
    out: Annotated[Path, typer.Option(help="Folder for the corpus and the HTML summary.")] = Path(
        "demo-out"
    ),
) -> None:
    """Make a synthetic multilingual corpus with ground truth, ingest it and summarise."""
    from thbwatch.demo.run import run_demo

    run_demo(context.obj["db"], records=records, seed=seed, out=out, console=console, stderr=stderr)


class BenchWhat(StrEnum):
    all = "all"
    ingest = "ingest"
    extract = "extract"
    match = "match"
    web = "web"
    link = "link"
    run = "run"


@app.command()
def bench(
    records: Annotated[int, typer.Option(help="Records in the largest ingest run.")] = 100_000,
    seed: Annotated[int, typer.Option(help="Corpus seed.")] = 7,
    only: Annotated[BenchWhat, typer.Option(help="Which benchmark to run.")] = BenchWhat.all,
    as_json: Annotated[bool, typer.Option("--json", help="Print results as JSON.")] = False,
) -> None:
    """Measure speed: ingest, extraction, matching (all); or linking, a whole run, the web app.

    Ingest: records/s and peak memory at two sizes; extraction and matching: ads/s on one
    core. `--only link` and `--only web` build large analysed stores (cached under /tmp);
    `--only run` times ingest to scored networks on a new store.
    """
    results: dict[str, Any] = {}
    if only in (BenchWhat.all, BenchWhat.ingest):
        results["ingest"] = load_benchmark("bench_ingest").run(records, seed, log=stderr.print)
    if only in (BenchWhat.all, BenchWhat.extract):
        results["extract"] = load_benchmark("bench_extract").run(5000, seed, log=stderr.print)
    if only in (BenchWhat.all, BenchWhat.match):
        results["match"] = load_benchmark("bench_match").run(5000, seed, log=stderr.print)
    if only == BenchWhat.web:  # not part of "all": it builds a large analysed store
        results["web"] = load_benchmark("bench_web").run(records, seed, log=stderr.print)
    if only == BenchWhat.link:  # not part of "all": it needs analysed stores (cached in /tmp)
        results["link"] = load_benchmark("bench_link").run(records, seed, log=stderr.print)
    if only == BenchWhat.run:  # not part of "all": minutes at a million records
        results["run"] = load_benchmark("bench_run").run(records, seed, log=stderr.print)
    # The machine's own speed now, so that figures of different days can be compared.
    results["machine"] = load_benchmark("machine").run()
    if as_json:
        print_json(results)
        return
    if "ingest" in results:
        table = Table(title="Ingest (SQLite)", title_justify="left")
        for column in ("records", "seconds", "records/s", "peak memory MB"):
            table.add_column(column, justify="right")
        for result in results["ingest"]:
            table.add_row(
                f"{result['records']:,}",
                f"{result['seconds']:.1f}",
                f"{result['records_per_second']:,.0f}",
                f"{result['peak_memory_mb']:,.0f}",
            )
        console.print(table)
    if "web" in results:
        print_web_bench(results["web"])
    if "extract" in results:
        extract = results["extract"]
        table = Table(title="Extraction, one core", title_justify="left")
        table.add_column("part")
        table.add_column("µs per ad, read first", justify="right")
        for part, micros in extract["microseconds_per_ad_by_part"].items():
            table.add_row(part, f"{micros:,.0f}")
        table.add_row("[bold]whole stage[/bold]", f"[bold]{extract['microseconds_per_ad']:,.0f}")
        console.print(table)
        console.print(
            f"{extract['ads_per_second_per_core']:,} ads/s per core "
            f"({extract['ads']:,} ads of {extract['mean_chars']:,} characters on average); "
            f"{extract['next_ads']['ads_per_second_per_core']:,} ads/s on the next "
            f"{extract['next_ads']['ads']:,}, read after those"
        )
        console.print(
            f"{extract['lines_read_before']['ads_per_second_per_core']:,} ads/s per core on "
            "ads whose lines, phone numbers and words were all read before (the passes "
            "over whole texts alone)"
        )
        records = extract["demo_records"]
        console.print(
            f"{records['records_per_second_per_core']:,} records/s per core on "
            f"{records['records']:,} demo records as they come "
            f"({records['mean_chars']:,} characters on average)"
        )
        if extract.get("real_job_ads"):
            real = extract["real_job_ads"]
            console.print(
                f"{real['ads_per_second_per_core']:,} ads/s per core on the first 1,000 "
                f"characters of {real['ads']:,} real job ads (EMSCAD)"
            )
    if "match" in results:
        print_match_bench(results["match"])
    if "link" in results:
        print_sized_bench("Linking and clustering (SQLite, link --full)", results["link"])
    if "run" in results:
        print_sized_bench("Whole run, files to scored networks (SQLite)", results["run"])
    machine = results["machine"]
    console.print(
        f"Machine: {machine['cpu']}, Python {machine['python']}; a loop over a million "
        f"integers {machine['python_loop_ms']:.1f} ms, a regex over 1,000 kilobytes "
        f"{machine['regex_scan_ms']:.1f} ms (lower is faster: the machine's speed of the day)"
    )


def print_sized_bench(title: str, results: list[dict[str, Any]]) -> None:
    table = Table(title=title, title_justify="left")
    for column in ("records", "seconds", "records/s", "peak memory MB", "F1", "F1 without spam"):
        table.add_column(column, justify="right")
    for result in results:
        quality = result.get("quality") or {}
        table.add_row(
            f"{result['records']:,}",
            f"{result['seconds']:.1f}",
            f"{result['records_per_second']:,}",
            f"{result['peak_memory_mb']:,.0f}",
            f"{quality['all'][2]:.3f}" if quality else "",
            f"{quality['without_spam'][2]:.3f}" if quality else "",
        )
    console.print(table)
    for result in results:
        steps = ", ".join(f"{step} {seconds:.1f}s" for step, seconds in result["steps"].items())
        cpu = f"; CPU {result['cpu_seconds']:,.0f}s in all" if "cpu_seconds" in result else ""
        console.print(f"{result['records']:,} records: {steps}{cpu}")


def print_match_bench(result: dict[str, Any]) -> None:
    table = Table(
        title=f"Indicator matching, one core ({result['indicators']} indicators, "
        f"{result['ads']:,} ads of {result['mean_chars']:,} characters)",
        title_justify="left",
    )
    table.add_column("matcher")
    table.add_column("ads/s", justify="right")
    for name, speed in result["ads_per_second_per_core"].items():
        table.add_row(name, f"{speed:,}")
    console.print(table)
    console.print(
        f"prefilter hits identical to full scans: {result['prefilter_hits_identical']}; "
        f"combined regex identical: {result['combined_regex_hits_identical']}"
    )


def print_web_bench(result: dict[str, Any]) -> None:
    table = Table(
        title=f"Web server time, {result['records']:,} records ({result['store']})",
        title_justify="left",
    )
    for column in ("page", "requests", "p50 ms", "p95 ms"):
        table.add_column(column, justify="left" if column == "page" else "right")
    for name, timing in result["pages"].items():
        table.add_row(
            name, f"{timing['requests']}", f"{timing['p50_ms']:.1f}", f"{timing['p95_ms']:.1f}"
        )
    console.print(table)


def load_benchmark(name: str) -> Any:
    """Benchmarks live in the source checkout's bench/ folder, beside src/."""
    path = Path(__file__).resolve().parents[2] / "bench" / f"{name}.py"
    if not path.exists():
        raise UserError(f"benchmarks need the source checkout: {path} not found")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@app.command()
def serve(
    context: typer.Context,
    host: Annotated[str, typer.Option(help="Address to listen on.")] = "127.0.0.1",
    port: Annotated[int, typer.Option(help="Port to listen on.")] = 8000,
    https: Annotated[
        bool, typer.Option("--https", help="Mark the session cookie Secure (behind HTTPS).")
    ] = False,
) -> None:
    """Run the analyst web application (and its JSON API) over the store."""
    import uvicorn

    from thbwatch.web.app import create_app

    web_app = create_app(context.obj["db"], https_only=https)
    stderr.print(f"thbwatch on http://{host}:{port}/ (store {context.obj['db']}); Ctrl-C stops")
    uvicorn.run(web_app, host=host, port=port, log_level="warning")


user_app = typer.Typer(help="Accounts of the web application.")
app.add_typer(user_app, name="user")


@user_app.command("add")
def user_add(
    context: typer.Context,
    name: Annotated[str, typer.Argument(help="User name.")],
    role: Annotated[str, typer.Option(help="analyst, supervisor or admin.")] = "analyst",
    password_stdin: Annotated[
        bool, typer.Option("--password-stdin", help="Read the password from stdin.")
    ] = False,
) -> None:
    """Add a user (the first admin is made this way); the password is asked for."""
    from thbwatch.store.web import WebStore
    from thbwatch.web.accounts import add_account

    if password_stdin:
        password = sys.stdin.readline().rstrip("\n")
    else:
        password = typer.prompt("Password", hide_input=True, confirmation_prompt=True)
    store = open_store(context)
    add_account(WebStore(store), name, role, password)
    store.audit("user add", target=f"user:{name}", role=role)
    store.close()
    console.print(f"Added {role} {name}.")


@user_app.command("list")
def user_list(
    context: typer.Context,
    as_json: Annotated[bool, typer.Option("--json", help="Print as JSON.")] = False,
) -> None:
    """List the users of the web application with their roles."""
    from thbwatch.store.web import WebStore

    store = open_store(context)
    found = WebStore(store).list_users()
    store.close()
    listed = [
        {"name": u.name, "role": u.role, "active": u.active, "created_at": u.created_at}
        for u in found
    ]
    if as_json:
        print_json(listed)
        return
    table = Table("name", "role", "active", "created", title="Users", title_justify="left")
    for entry in listed:
        table.add_row(
            escape(entry["name"]), entry["role"], "yes" if entry["active"] else "no",
            f"{entry['created_at']:%Y-%m-%d}",
        )  # fmt: skip
    console.print(table)


app.add_typer(assess_app, name="assess")


def main() -> None:
    """Entry point: user errors are one line and exit 2; internal errors exit 1."""
    try:
        # Not standalone: usage errors come to us, to be printed as one line like ours.
        code = app(prog_name="thbwatch", standalone_mode=False)
    except typer.Exit as done:
        sys.exit(done.exit_code)
    except typer.TyperException as error:  # usage: unknown option, bad value, ...
        context = getattr(error, "ctx", None)
        hint = f" (see '{context.command_path} --help')" if context else ""
        sys.stderr.write(f"error: {error.format_message()}{hint}\n")
        sys.exit(error.exit_code)
    except typer.Abort:
        sys.stderr.write("aborted\n")
        sys.exit(1)
    except UserError as error:
        sys.stderr.write(f"error: {error}\n")
        sys.exit(2)
    except KeyboardInterrupt:
        sys.stderr.write("interrupted: re-run the same command to resume\n")
        sys.exit(130)
    except Exception as error:  # noqa: BLE001 - the last line of defence
        if os.environ.get("THBWATCH_DEBUG"):
            traceback.print_exc()
        sys.stderr.write(
            f"internal error: {type(error).__name__}: {error} (set THBWATCH_DEBUG=1 for details)\n"
        )
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)


if __name__ == "__main__":
    main()
