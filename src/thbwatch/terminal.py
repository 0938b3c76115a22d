"""What every command shares: the consoles, JSON output and the store named by --db."""

from __future__ import annotations

import json
import sys
from typing import Any

import typer
from rich.console import Console

from thbwatch.store import Store

# soft_wrap: messages stay one line each, whatever the width, so scripts can grep them.
console = Console(soft_wrap=True)
stderr = Console(stderr=True, soft_wrap=True)


def open_store(context: typer.Context) -> Store:
    """The store given by the global --db option (or THBWATCH_DB)."""
    return Store.open(context.obj["db"])


def print_json(data: Any) -> None:
    sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2, default=str) + "\n")


def counted(number: int, noun: str) -> str:
    """ "1 ad", "2 ads", "1,204 records": a count with its noun."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"
