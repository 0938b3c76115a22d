"""Whether a text holds something at all, told by one Hyperscan scan: the cheap test an
extractor makes before its own slower reading. Pure.

A kilobyte of text costs Python 7 microseconds to split into words and a regex 18 to scan
with a character class, whatever either finds; a Hyperscan scan takes 3 to 5 with the
UTF-8 encoding (on EMSCAD's job ads, README). Most texts hold no wallet and no number
word, and are let go after that one scan.
"""

from __future__ import annotations

import threading
from collections.abc import Iterable, Sequence
from functools import cached_property

import hyperscan

from thbwatch.cache import cached_database

__all__ = ["WHITESPACE", "Gate", "any_of", "literal"]

# The characters `str.split()` splits on (every one has `isspace()`; a test checks the
# whole of Unicode), for patterns that must see the words `split` sees.
WHITESPACE = (
    "\t\n\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005"
    "\u2006\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000"
)


def literal(text: str) -> bytes:
    """`text` as a pattern that matches its UTF-8 bytes, every byte escaped."""
    return b"".join(b"\\x%02x" % byte for byte in text.encode("utf-8"))


def _found(_id: int, _start: int, _end: int, _flags: int, found: list[bool]) -> None:
    found.append(True)


class Gate:
    """`gate(text)`: whether one of `patterns` (Hyperscan syntax, over the text's UTF-8
    bytes) matches anywhere in it. Compiled when first used (or loaded from the cache on
    disk, thbwatch/cache.py); each thread scans with scratch of its own."""

    def __init__(self, patterns: Sequence[bytes]) -> None:
        self.patterns = list(patterns)
        self._local = threading.local()

    @cached_property
    def _database(self) -> hyperscan.Database:
        count = len(self.patterns)
        # each pattern reports its first match only: one answers the question
        return cached_database(
            self.patterns, list(range(count)), [hyperscan.HS_FLAG_SINGLEMATCH] * count
        )

    def __call__(self, text: str) -> bool:
        database = self._database
        scratch = getattr(self._local, "scratch", None)
        if scratch is None:
            scratch = self._local.scratch = hyperscan.Scratch(database)
        found: list[bool] = []
        # Lone surrogates (JSON allows them) go through as their three bytes.
        data = text.encode("utf-8", "surrogatepass")
        database.scan(data, match_event_handler=_found, context=found, scratch=scratch)
        return bool(found)


def any_of(texts: Iterable[str]) -> bytes:
    """A pattern matching any of `texts` literally (longest first)."""
    return (
        b"(?:"
        + b"|".join(map(literal, sorted(set(texts), key=lambda text: (-len(text), text))))
        + b")"
    )
