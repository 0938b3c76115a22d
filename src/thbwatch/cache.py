"""A cache on disk for what is slow to build and the same every run: the compiled pattern
databases of the indicator matcher (seconds to compile, milliseconds to load).

Files live under $THBWATCH_CACHE_DIR, else $XDG_CACHE_HOME/thbwatch, else ~/.cache/thbwatch,
one per key (its SHA-256). The cache is only ever a shortcut: a missing, unreadable or
unwritable file means building again, never an error.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path


def cache_dir() -> Path:
    if configured := os.environ.get("THBWATCH_CACHE_DIR"):
        return Path(configured)
    base = os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache"
    return Path(base) / "thbwatch"


def cached_bytes(kind: str, key: bytes, build: Callable[[], bytes]) -> bytes:
    """The bytes stored under (`kind`, `key`), built and stored first if missing. `key`
    must name everything the bytes depend on (inputs and the versions of the tools)."""
    path = cache_dir() / f"{kind}-{hashlib.sha256(key).hexdigest()}.bin"
    try:
        return path.read_bytes()
    except OSError:
        pass
    value = build()
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        partial = path.with_name(f"{path.name}.{os.getpid()}.partial")
        partial.write_bytes(value)
        partial.replace(path)  # atomic: a reader never sees half a file
    except OSError:
        pass
    return value
