"""Run the real command line in a child process, as a user or a script would."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path


def thbwatch(
    *args: str, db: str, cwd: Path | None = None, stdin: str | None = None
) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "thbwatch", "--db", db, *args],
        input=stdin,
        capture_output=True,
        text=True,
        cwd=cwd,
        timeout=600,
    )
