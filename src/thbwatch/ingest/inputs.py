"""What the user pointed at: files and folders, their formats, hashes and rejects files."""

from __future__ import annotations

import hashlib
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from thbwatch.errors import UnreadableInput, UserError
from thbwatch.ingest.encoding import detect_encoding
from thbwatch.model import Origin, Reject, Row

FORMATS = ("auto", "csv", "jsonl", "json", "html", "warc")

# Longest suffix first, so that ".warc.gz" wins over ".gz".
SUFFIX_FORMATS = {
    ".warc.gz": "warc",
    ".arc.gz": "warc",
    ".warc": "warc",
    ".csv": "csv",
    ".tsv": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "json",
    ".html": "html",
    ".htm": "html",
}
REJECTS_SUFFIX = ".rejects.jsonl"
GZIP_MAGIC = b"\x1f\x8b"

Reader = Callable[[Path, str], Iterator[Row | Reject]]


@dataclass(frozen=True, slots=True)
class InputFile:
    path: Path
    format: str
    sha256: str
    size: int
    lines: int  # physical lines, to show progress through CSV and JSON Lines files

    def done(self, origin: Origin) -> int:
        """About how many bytes of this file lie before `origin` (for the progress bar)."""
        if origin.line is not None and self.lines:
            return self.size * min(origin.line, self.lines) // self.lines
        if origin.offset is not None:
            return origin.offset
        return self.size if self.format == "html" else 0  # a page is read whole


@dataclass(frozen=True, slots=True)
class Input:
    """One path given on the command line: a file, or a folder of files."""

    path: Path
    source: str
    files: tuple[InputFile, ...]
    sha256: str  # of the file, or of the folder's manifest (sorted "sha256  name" lines)

    @property
    def size(self) -> int:
        return sum(file.size for file in self.files)


def format_of(path: Path) -> str | None:
    name = path.name.lower()
    for suffix, fmt in SUFFIX_FORMATS.items():
        if name.endswith(suffix):
            return fmt
    return None


def hash_and_count_lines(path: Path) -> tuple[str, int]:
    """The file's SHA-256 and its number of lines, in one pass."""
    digest = hashlib.sha256()
    lines = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            digest.update(chunk)
            lines += chunk.count(b"\n")
    return digest.hexdigest(), lines


def default_source(path: Path) -> str:
    name = path.name
    for suffix in sorted(SUFFIX_FORMATS, key=len, reverse=True):
        if name.lower().endswith(suffix):
            return name[: -len(suffix)] or name
    return path.stem or name


def plan_inputs(paths: list[Path], fmt: str = "auto", source: str | None = None) -> list[Input]:
    """Check every path before anything is written: all readable, all of a known format."""
    if fmt not in FORMATS:
        raise UserError(f"--format {fmt!r}: choose one of {', '.join(FORMATS)}")
    return [_plan_input(path, fmt, source) for path in paths]


def _plan_input(path: Path, fmt: str, source: str | None) -> Input:
    if not path.exists():
        raise UnreadableInput(f"{path}: no such file or folder")
    if path.is_dir():
        files = [_input_file(file, fmt) for file in _files_in(path, fmt)]
        if not files:
            raise UnreadableInput(f"{path}: folder holds no csv, jsonl, json, html or warc files")
        manifest = "".join(f"{f.sha256}  {f.path.relative_to(path)}\n" for f in files)
        sha = hashlib.sha256(manifest.encode()).hexdigest()
    else:
        files = [_input_file(path, fmt)]
        sha = files[0].sha256
    return Input(path=path, source=source or default_source(path), files=tuple(files), sha256=sha)


def _files_in(folder: Path, fmt: str) -> list[Path]:
    found = []
    for root, dirs, names in os.walk(folder):
        dirs.sort()
        for name in sorted(names):
            file = Path(root) / name
            if name.endswith(REJECTS_SUFFIX) or name.startswith("."):
                continue
            if fmt != "auto" or format_of(file):
                found.append(file)
    return found


def _input_file(path: Path, fmt: str) -> InputFile:
    chosen = fmt if fmt != "auto" else format_of(path)
    if chosen is None:
        raise UnreadableInput(
            f"{path}: cannot tell the format from the name; use --format csv|jsonl|json|html|warc"
        )
    try:
        _check_readable(path, chosen)
        sha256, lines = hash_and_count_lines(path)
        return InputFile(path, chosen, sha256, path.stat().st_size, lines)
    except OSError as error:
        raise UnreadableInput(f"{path}: cannot read ({error.strerror})") from None


def _check_readable(path: Path, fmt: str) -> None:
    """A cheap look at the file, so that a binary or foreign file stops the run up front."""
    if fmt == "warc":
        with path.open("rb") as handle:
            head = handle.read(5)
        if not (head.startswith(b"WARC/") or head.startswith(GZIP_MAGIC)):
            raise UnreadableInput(f"{path}: not a WARC file (it does not start with 'WARC/')")
    else:
        detect_encoding(path)  # raises UnreadableInput for binary data


def rejects_path(input_path: Path) -> Path:
    """`<input>.rejects.jsonl` beside the input; in the current folder if that is read-only."""
    beside = input_path.parent / (input_path.name.rstrip("/") + REJECTS_SUFFIX)
    if os.access(beside.parent, os.W_OK):
        return beside
    return Path.cwd() / beside.name
