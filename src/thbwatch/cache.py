"""A cache on disk for what is slow to build and the same every run: compiled Hyperscan
databases (the indicator matcher's and extraction's gates: up to seconds to compile,
milliseconds to load), the gazetteer's index and the language model.

Files live under $THBWATCH_CACHE_DIR, else $XDG_CACHE_HOME/thbwatch, else ~/.cache/thbwatch,
one per key (its SHA-256). The cache is only ever a shortcut: a missing, unreadable or
unwritable file means building again, never an error.
"""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable
from pathlib import Path

import hyperscan


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


def cached_database(
    expressions: list[bytes], ids: list[int], flags: int | list[int]
) -> hyperscan.Database:
    """A Hyperscan database (block mode) of these patterns, compiled once per machine and
    then loaded from the cache, whose key holds the patterns, ids, flags and Hyperscan's
    version."""
    key = repr((hyperscan.__version__, expressions, ids, flags)).encode()
    stored = cached_bytes(
        "hyperscan", key, lambda: hyperscan.dumpb(compile_database(expressions, ids, flags))
    )
    try:
        return hyperscan.loadb(stored, hyperscan.HS_MODE_BLOCK)
    except hyperscan.error:  # a damaged file: compile, as without the cache
        return compile_database(expressions, ids, flags)


def compile_database(
    expressions: list[bytes], ids: list[int], flags: int | list[int]
) -> hyperscan.Database:
    database = hyperscan.Database(mode=hyperscan.HS_MODE_BLOCK)
    database.compile(expressions=expressions, ids=ids, elements=len(expressions), flags=flags)
    return database
