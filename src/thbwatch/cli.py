"""The command line: thin over the library. See DESIGN.md for the contract."""

from __future__ import annotations

import importlib.util
import json
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
from rich.console import Console
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
from thbwatch.errors import UserError
from thbwatch.ingest.inputs import FORMATS, plan_inputs
from thbwatch.ingest.mapping import parse_map_options
from thbwatch.ingest.run import InputReport, ingest_input
from thbwatch.model import KINDS, Mention, Record, RecordScore
from thbwatch.store import DEFAULT_URL, Store

if TYPE_CHECKING:
    from thbwatch.pipeline import AnalysisReport

app = typer.Typer(
    help="thbwatch: ranked, explained leads of online trafficking in human beings, for review.",
    pretty_exceptions_enable=False,
    add_completion=False,
)
# soft_wrap: messages stay one line each, whatever the width, so scripts can grep them.
console = Console(soft_wrap=True)
stderr = Console(stderr=True, soft_wrap=True)


class ShowWhat(StrEnum):
    record = "record"


def open_store(context: typer.Context) -> Store:
    return Store.open(context.obj["db"])


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


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
) -> list[InputReport]:
    overrides = parse_map_options(mapping)
    inputs = plan_inputs(paths, fmt, source)  # every path checked before anything is written
    store = open_store(context)
    reports = []
    with progress_display(quiet) as progress:
        for item in inputs:
            task = progress.add_task(f"ingest {item.path.name}", total=1.0, rows=0)
            advance = progress_callback(progress, task)
            reports.append(ingest_input(store, item, kind, overrides, progress=advance))
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


@app.command()
def analyze(
    context: typer.Context,
    full: Annotated[
        bool, typer.Option("--full", help="Forget earlier results and redo all.")
    ] = False,
    as_json: Annotated[bool, typer.Option("--json", help="Print the summary as JSON.")] = False,
) -> None:
    """Extract contacts and facts from new records (all records with --full)."""
    store = open_store(context)
    report = run_analysis(store, full, quiet=as_json)
    store.close()
    if as_json:
        print_json({"records": report.records, "mentions": report.mentions})
    else:
        print_analysis_summary(report)


@app.command()
def run(
    context: typer.Context,
    paths: Annotated[list[Path], typer.Argument(help="Files or folders to read.")],
    source: Annotated[str | None, typer.Option(help="Source name.")] = None,
    kind: Annotated[str, typer.Option(help="Record kind, or auto.")] = "auto",
    fmt: Annotated[str, typer.Option("--format", help="Input format.")] = "auto",
    mapping: Annotated[list[str] | None, typer.Option("--map", help="FIELD=COLUMN.")] = None,
) -> None:
    """Ingest, then analyse: the one-command main job."""
    print_ingest_summary(run_ingest(context, paths, source, kind, fmt, mapping or []))
    store = open_store(context)
    print_analysis_summary(run_analysis(store, full=False))
    store.close()


def run_analysis(
    store: Store, full: bool, quiet: bool = False, packs: list[Path] | None = None
) -> AnalysisReport:
    with progress_display(quiet) as progress:
        task = progress.add_task("analyse", total=None, rows=0)
        done = 0

        def advance(records: int, remaining: int) -> None:
            nonlocal done
            done += records
            progress.update(task, total=done + remaining, completed=done, rows=done)

        from thbwatch.pipeline import analyze  # loads the extractors' data: only when needed

        return analyze(store, full=full, progress=advance, packs=packs)


def print_analysis_summary(report: AnalysisReport) -> None:
    if not report.records:
        console.print("Nothing new to analyse.")
        return
    found = ", ".join(f"{kind} {count:,}" for kind, count in sorted(report.mentions.items()))
    console.print(f"Analysed {report.records:,} records; found {found or 'nothing'}.")
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
    from thbwatch.indicators.derived import DERIVED
    from thbwatch.indicators.packs import describe, load_packs

    loaded = load_packs(packs or [])
    listed = [describe(indicator) for pack in loaded for indicator in pack.indicators]
    listed += [describe(derived.indicator) for derived in DERIVED]
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
    """Show one record: its text, fields and provenance."""
    store = open_store(context)
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


def record_export(
    record: Record, found: list[Mention], scored: RecordScore | None
) -> dict[str, Any]:
    """A record as `export records` writes it (DESIGN.md): spans index `record.text`."""
    return {
        "id": record.id,
        "ref": record.ref,
        "source": record.source,
        "kind": record.kind,
        "language": record.language,
        "score": round(scored.score, 4) if scored else None,
        "cluster": None,  # clusters arrive with the networks stage
        "entities": [
            {
                "type": mention.type,
                "value": mention.value,
                "start": mention.start,
                "end": mention.end,
                "obfuscated": mention.obfuscated,
            }
            for mention in found
        ],
        "indicators": [
            {"id": reason["indicator"], "weight": reason["weight"], "spans": reason["spans"]}
            for reason in (scored.reasons if scored else [])
        ],
    }


def record_details(
    record: Record, found: list[Mention], scored: RecordScore | None
) -> dict[str, Any]:
    """Everything `show record --json` tells: the export fields, the text and provenance."""
    return {
        **record_export(record, found, scored),
        "title": record.title,
        "location": record.location,
        "posted_at": record.posted_at,
        "captured_at": record.captured_at,
        "url": record.url,
        "images": record.images,
        "text": record.text,
        "raw_sha256": record.raw_sha256,
        "origin": {
            "file": record.origin.path,
            "file_sha256": record.origin.sha256,
            "line": record.origin.line,
            "offset": record.origin.offset,
            "item": record.origin.item,
        },
    }


class ExportWhat(StrEnum):
    records = "records"


@app.command()
def export(
    context: typer.Context,
    what: Annotated[ExportWhat, typer.Argument(help="What to export.")],
    fmt: Annotated[str, typer.Option("--format", help="jsonl: one object per line.")] = "jsonl",
    out: Annotated[Path | None, typer.Option(help="File to write (default: stdout).")] = None,
) -> None:
    """Export records as JSON lines, with their entities and spans."""
    if fmt != "jsonl":
        raise UserError(f"--format {fmt!r}: records export as jsonl")
    store = open_store(context)
    count = 0
    with _output(out) as handle:
        for batch in store.record_batches():
            ids = [record.id for record in batch]
            found = store.mentions_of_records(ids)
            scores = store.scores_of_records(ids)
            for record in batch:
                line = record_export(record, found.get(record.id, []), scores.get(record.id))
                handle.write(orjson.dumps(line, option=orjson.OPT_APPEND_NEWLINE))
            count += len(batch)
    store.audit("export", target="records", count=count, out=str(out) if out else "stdout")
    store.close()
    if out:
        console.print(f"Wrote {count:,} records to {out}.")


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


@app.command()
def bench(
    records: Annotated[int, typer.Option(help="Records in the largest ingest run.")] = 100_000,
    seed: Annotated[int, typer.Option(help="Corpus seed.")] = 7,
    only: Annotated[BenchWhat, typer.Option(help="Which benchmark to run.")] = BenchWhat.all,
    as_json: Annotated[bool, typer.Option("--json", help="Print results as JSON.")] = False,
) -> None:
    """Measure ingest (records/s, peak memory at two sizes) and extraction (ads/s/core)."""
    results: dict[str, Any] = {}
    if only in (BenchWhat.all, BenchWhat.ingest):
        results["ingest"] = load_benchmark("bench_ingest").run(records, seed, log=stderr.print)
    if only in (BenchWhat.all, BenchWhat.extract):
        results["extract"] = load_benchmark("bench_extract").run(5000, seed, log=stderr.print)
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
    if "extract" in results:
        extract = results["extract"]
        table = Table(title="Extraction, one core", title_justify="left")
        table.add_column("part")
        table.add_column("µs per ad", justify="right")
        for part, micros in extract["microseconds_per_ad_by_part"].items():
            table.add_row(part, f"{micros:,.0f}")
        table.add_row("[bold]whole stage[/bold]", f"[bold]{extract['microseconds_per_ad']:,.0f}")
        console.print(table)
        console.print(
            f"{extract['ads_per_second_per_core']:,} ads/s per core "
            f"({extract['ads']:,} ads of {extract['mean_chars']:,} characters on average)"
        )


def load_benchmark(name: str) -> Any:
    """Benchmarks live in the source checkout's bench/ folder, beside src/."""
    path = Path(__file__).resolve().parents[2] / "bench" / f"{name}.py"
    if not path.exists():
        raise UserError(f"benchmarks need the source checkout: {path} not found")
    spec = importlib.util.spec_from_file_location(name, path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


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
