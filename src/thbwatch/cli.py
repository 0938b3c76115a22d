"""The command line: thin over the library. See DESIGN.md for the contract."""

from __future__ import annotations

import importlib.util
import json
import os
import sys
import traceback
from collections.abc import Callable
from enum import StrEnum
from pathlib import Path
from typing import Annotated, Any

import typer
from rich.console import Console
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

from thbwatch import __version__
from thbwatch.errors import UserError
from thbwatch.ingest.inputs import FORMATS, plan_inputs
from thbwatch.ingest.mapping import parse_map_options
from thbwatch.ingest.run import InputReport, ingest_input
from thbwatch.model import KINDS
from thbwatch.store import DEFAULT_URL, Store

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
    with Progress(
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
    ) as progress:
        for item in inputs:
            task = progress.add_task(f"ingest {item.path.name}", total=1.0, rows=0)
            advance = progress_callback(progress, task)
            reports.append(ingest_input(store, item, kind, overrides, progress=advance))
    store.close()
    return reports


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
    store.audit("view", target=f"record:{item_id}")
    data = {
        "id": record.id,
        "ref": record.ref,
        "source": record.source,
        "kind": record.kind,
        "title": record.title,
        "location": record.location,
        "posted_at": record.posted_at,
        "captured_at": record.captured_at,
        "url": record.url,
        "language": record.language,
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
    if as_json:
        print_json(data)
        return
    console.rule(f"record {record.id} · {record.kind} · {record.source}")
    for name in ("ref", "location", "posted_at", "url", "language"):
        if data[name]:
            console.print(f"[bold]{name}[/bold]: {data[name]}", markup=True, highlight=False)
    console.print(
        f"[bold]from[/bold]: {record.origin.describe()} (file sha256 {record.origin.sha256[:16]}…)"
    )
    console.print(f"[bold]raw sha256[/bold]: {record.raw_sha256}")
    console.rule()
    console.print(record.text, markup=False, highlight=False)


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


@app.command()
def bench(
    records: Annotated[int, typer.Option(help="Records in the largest run.")] = 100_000,
    seed: Annotated[int, typer.Option(help="Corpus seed.")] = 7,
    as_json: Annotated[bool, typer.Option("--json", help="Print results as JSON.")] = False,
) -> None:
    """Measure ingest throughput (records/s) and peak memory at two input sizes."""
    results = load_benchmark("bench_ingest").run(records, seed, log=stderr.print)
    if as_json:
        print_json(results)
        return
    table = Table(title="Ingest benchmark (SQLite)", title_justify="left")
    for column in ("records", "seconds", "records/s", "peak memory MB"):
        table.add_column(column, justify="right")
    for result in results:
        table.add_row(
            f"{result['records']:,}",
            f"{result['seconds']:.1f}",
            f"{result['records_per_second']:,.0f}",
            f"{result['peak_memory_mb']:,.0f}",
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
