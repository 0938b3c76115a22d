"""Find indicators in a text: compiled once per language, every hit with its spans. Pure.

Each indicator's patterns for a language are joined into one case-insensitive regex. A
text whose language is unknown, or has no patterns of its own, is read with every
language's patterns.

Running ~30 regexes over every ad costs milliseconds (Python's engine tries each one at
every position), so the matcher first scans the text once with all of a language's
patterns in one Hyperscan database. Hyperscan takes no \\b in Unicode mode and its classes
differ from Python's outside ASCII, so each pattern goes in *relaxed* (see `_Relaxer`):
it matches wherever the regex matches, with the same spans, and sometimes elsewhere. Only
the indicators Hyperscan reports then run, with Python's `re`, in a window around each
reported match end (see `_windowed`), which gives exactly the matches of a scan of the
whole text. A regex that cannot be relaxed scans every text; one with unbounded width,
or that looks past its match, scans the whole text when reported.
bench/bench_match.py measures both ways; tests/indicators/test_matcher*.py check that they
give the same hits, also on characters and constructs where the two engines differ.
"""

from __future__ import annotations

import functools
import re
import threading
from collections.abc import Iterable
from dataclasses import dataclass
from re import _casefix, _constants, _parser  # the engine's own parser and case table

import hyperscan

from thbwatch.cache import cached_database
from thbwatch.indicators.packs import Indicator, Pack
from thbwatch.model import IndicatorHit

MAX_WIDTH = 1000  # longer matches are not worth a window: scan the whole text
_FLAGS = hyperscan.HS_FLAG_CASELESS | hyperscan.HS_FLAG_UTF8


@dataclass(frozen=True, slots=True)
class _Compiled:
    indicator: Indicator
    pattern: re.Pattern[str]
    relaxed: tuple[str, ...] | None  # one per pattern, for Hyperscan; None: scan every text
    width: int | None  # the longest possible match; None: no window, scan the whole text


class Matcher:
    def __init__(self, packs: list[Pack], prefilter: bool = True) -> None:
        self.indicators = [indicator for pack in packs for indicator in pack.indicators]
        self.prefilter = prefilter
        # language (None: unknown) -> indicator's number in self.indicators -> its regex
        self._entries: dict[str | None, dict[int, _Compiled]] = {}
        self._databases: dict[str, hyperscan.Database] = {}
        self._always: dict[str | None, list[int]] = {None: []}  # regexes run on every text
        self._local = threading.local()  # a scan needs scratch space of its own thread
        languages = sorted({language for i in self.indicators for language in i.patterns})
        for language in languages:
            entries = {
                number: _compile(indicator, indicator.patterns[language])
                for number, indicator in enumerate(self.indicators)
                if language in indicator.patterns
            }
            self._entries[language] = entries
            if prefilter:
                database, self._always[language] = _database(entries)
                if database is not None:  # None: every regex of the language is in _always
                    self._databases[language] = database
                self._always[None] = sorted({*self._always[None], *self._always[language]})
        self._entries[None] = {
            number: _compile(indicator, tuple(p for ps in indicator.patterns.values() for p in ps))
            for number, indicator in enumerate(self.indicators)
        }

    def match(self, text: str, language: str | None, kind: str) -> list[IndicatorHit]:
        """Indicators of the record's kind (or of any kind) found in `text`."""
        if language not in self._entries:
            language = None
        entries = self._entries[language]
        if self.prefilter:
            candidates = self._reported(text, language)
            candidates.update((number, []) for number in self._always[language])
        else:
            candidates = dict.fromkeys(entries, [])
        hits = []
        for number in sorted(candidates):
            entry = entries[number]
            domain = entry.indicator.domain
            if domain != "any" and kind not in (domain, "unknown"):
                continue
            positions = candidates[number]
            if positions and entry.width is not None:
                spans = _windowed(entry.pattern, entry.width, text, positions)
            else:
                spans = [found.span() for found in entry.pattern.finditer(text)]
            spans = [(start, end) for start, end in spans if end > start]
            if spans:
                hits.append(IndicatorHit(entry.indicator.id, entry.indicator.weight, tuple(spans)))
        return hits

    def _reported(self, text: str, language: str | None) -> dict[int, list[int]]:
        """Indicator number -> the last character of each match Hyperscan reports."""
        found: dict[int, list[int]] = {}
        plain = text.isascii()  # then Hyperscan's caseless is IGNORECASE's, offsets indexes
        data = text.encode() if plain else _utf8(fold(text))
        scratches = vars(self._local).setdefault("scratches", {})
        for name in self._databases if language is None else [language]:
            database = self._databases.get(name)
            if database is None:
                continue
            if name not in scratches:
                scratches[name] = hyperscan.Scratch(database)
            database.scan(
                data, match_event_handler=_collect, context=found, scratch=scratches[name]
            )
        if not plain and found:
            characters = _characters(data, {end for ends in found.values() for end in ends})
            found = {number: [characters[end] for end in ends] for number, ends in found.items()}
        return {number: [end - 1 for end in ends] for number, ends in found.items()}


def _collect(number: int, _start: int, end: int, _flags: int, found: dict) -> None:
    found.setdefault(number, []).append(end)


def _characters(data: bytes, offsets: set[int]) -> dict[int, int]:
    """UTF-8 offset -> character offset, for offsets between characters."""
    characters: dict[int, int] = {}
    count = last = 0
    for offset in sorted(offsets):
        count += len(data[last:offset].decode())
        characters[offset], last = count, offset
    return characters


def _utf8(text: str) -> bytes:
    """`text` in UTF-8, a lone surrogate (which UTF-8 cannot hold) as U+FFFD: one character
    for one, which no relaxed pattern tells apart from the surrogate."""
    try:
        return text.encode()
    except UnicodeEncodeError:
        return re.sub("[\ud800-\udfff]", "\ufffd", text).encode()


def _windowed(
    pattern: re.Pattern[str], width: int, text: str, positions: list[int]
) -> list[tuple[int, int]]:
    """What `pattern.finditer(text)` finds, searching only near `positions`.

    Every match contains one of the positions and is at most `width` long, so a match that
    contains `position` begins in [position - width, position] and ends before
    position + width + 1: in that window the engine explores exactly what it would in the
    whole text (it still sees the characters before the window for \\b; a regex that looks
    past its match's end gets no window). Positions are taken left to right, from where
    the last match ended, as finditer goes; a match found past the position is not
    trusted (it may need text beyond the window) and is looked for again from a later one.
    """
    spans: list[tuple[int, int]] = []
    size, done = len(text), 0
    for position in sorted(set(positions)):
        if position < done:
            continue
        found = pattern.search(text, max(done, position - width), min(size, position + width + 1))
        if found is not None and found.start() <= position:
            spans.append(found.span())
            done = found.end()
    return spans


def _compile(indicator: Indicator, patterns: tuple[str, ...]) -> _Compiled:
    joined = "|".join(f"(?:{pattern})" for pattern in patterns)
    high = _parser.parse(joined, re.IGNORECASE).getwidth()[1]
    relaxers = [_Relaxer() for _ in patterns]
    try:
        relaxed: tuple[str, ...] | None = tuple(
            relaxer.sequence(_parser.parse(pattern, re.IGNORECASE))
            for relaxer, pattern in zip(relaxers, patterns, strict=True)
        )
    except _Untranslatable:
        relaxed = None
    looks_ahead = any(relaxer.looks_ahead for relaxer in relaxers)
    return _Compiled(
        indicator=indicator,
        pattern=re.compile(joined, re.IGNORECASE),
        relaxed=relaxed,
        width=high if high <= MAX_WIDTH and not looks_ahead else None,
    )


def _database(entries: dict[int, _Compiled]) -> tuple[hyperscan.Database | None, list[int]]:
    """One language's relaxed patterns in one database, and the indicators left out: those
    that could not be relaxed, and those whose relaxed form Hyperscan refuses (it may match
    empty text once its assertions are dropped, or repeat more than Hyperscan bounds)."""
    pieces = [
        (number, relaxed) for number, entry in entries.items() for relaxed in entry.relaxed or ()
    ]
    refused = {number for number, entry in entries.items() if entry.relaxed is None}
    try:
        return _compiled(tuple(pieces)), sorted(refused)
    except hyperscan.error:
        for number, relaxed in pieces:
            try:
                _compiled(((number, relaxed),))
            except hyperscan.error:
                refused.add(number)
        kept = tuple((number, relaxed) for number, relaxed in pieces if number not in refused)
        return _compiled(kept), sorted(refused)


@functools.lru_cache(maxsize=64)
def _compiled(pieces: tuple[tuple[int, str], ...]) -> hyperscan.Database | None:
    """Hyperscan takes about half a second to compile a language: once per process, and
    once per machine thanks to the cache on disk (thbwatch/cache.py), which holds the
    database for exactly these patterns, flags and Hyperscan version."""
    if not pieces:
        return None
    return cached_database(
        [relaxed.encode() for _, relaxed in pieces], [number for number, _ in pieces], _FLAGS
    )


# -- relaxed patterns for Hyperscan ------------------------------------------------------


class _Untranslatable(Exception):
    """A construct with no relaxed form (a back reference): the regex scans every text."""


_ASCII_SPACE = frozenset(map(ord, " \t\n\r\f\v\x1c\x1d\x1e\x1f"))  # Python's \s in ASCII
_ASCII_DIGIT = frozenset(map(ord, "0123456789"))
_ASCII_WORD = frozenset(code for code in range(128) if chr(code).isalnum() or chr(code) == "_")
_CATEGORIES = {
    _constants.CATEGORY_DIGIT: (_ASCII_DIGIT, False),
    _constants.CATEGORY_SPACE: (_ASCII_SPACE, False),
    _constants.CATEGORY_WORD: (_ASCII_WORD, False),
    _constants.CATEGORY_NOT_DIGIT: (_ASCII_DIGIT, True),
    _constants.CATEGORY_NOT_SPACE: (_ASCII_SPACE, True),
    _constants.CATEGORY_NOT_WORD: (_ASCII_WORD, True),
}
_NON_ASCII = r"\x{80}-\x{10FFFF}"
_ANY = rf"[\x{{0}}-\x{{7f}}{_NON_ASCII}]"


class _Relaxer:
    """Writes a parsed regex as a Hyperscan pattern that matches at least wherever the regex
    matches under IGNORECASE, with the same spans, in the text as `_reported` scans it:
    ASCII as it is (Hyperscan's caseless is then exact), any other text lowered by `fold`.

    A literal takes its lower case and the characters IGNORECASE takes as equal to that.
    Classes are exact in ASCII; outside ASCII, where Python's and Hyperscan's Unicode
    tables differ, a class takes every character once a range, a category or a negation
    reaches there. Assertions (\\b, ^, $, lookarounds) are dropped: more text matches.
    """

    def __init__(self) -> None:
        self.looks_ahead = False  # a lookahead or end anchor reads past the match's end

    def sequence(self, items: Iterable) -> str:
        return "".join(self.item(op, argument) for op, argument in items)

    def item(self, op: object, argument: object) -> str:
        if op is _constants.LITERAL:
            codes = _equivalents(argument)  # type: ignore[arg-type]
            return _escape(*codes) if len(codes) == 1 else _class([(op, argument)], negate=False)
        if op is _constants.NOT_LITERAL:
            return _class([(_constants.LITERAL, argument)], negate=True)
        if op is _constants.IN:
            members = list(argument)  # type: ignore[call-overload]
            if members and members[0][0] is _constants.NEGATE:
                return _class(members[1:], negate=True)
            return _class(members, negate=False)
        if op is _constants.ANY:
            return _ANY
        if op is _constants.AT:
            self.looks_ahead |= argument in (
                _constants.AT_END, _constants.AT_END_LINE, _constants.AT_END_STRING
            )  # fmt: skip
            return ""
        if op in (_constants.ASSERT, _constants.ASSERT_NOT):
            self.looks_ahead |= argument[0] > 0  # type: ignore[index]
            return ""
        if op is _constants.BRANCH:
            return "(?:" + "|".join(map(self.sequence, argument[1])) + ")"  # type: ignore[index]
        if op is _constants.SUBPATTERN:
            return "(?:" + self.sequence(argument[-1]) + ")"  # type: ignore[index]
        if op is _constants.ATOMIC_GROUP:
            return "(?:" + self.sequence(argument) + ")"  # type: ignore[arg-type]
        if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT, _constants.POSSESSIVE_REPEAT):
            low, high, body = argument  # type: ignore[misc]
            text = self.sequence(body)
            # A bounded repeat of multi-byte characters costs Hyperscan seconds to compile;
            # unbounded it is cheap, and matches more.
            wide = _NON_ASCII in text or "[^" in text
            bound = "" if high is _constants.MAXREPEAT or (wide and high > 1) else str(high)
            return f"(?:{text}){{{low},{bound}}}"
        raise _Untranslatable(str(op))


def _class(members: list, negate: bool) -> str:
    """A character class, as wide as `_Relaxer` says."""
    codes: set[int] = set()
    wide = False
    for kind, value in members:
        if kind is _constants.LITERAL:
            codes.update(_equivalents(value))
        elif kind is _constants.RANGE:
            low, high = value
            for code in range(low, min(high, 127) + 1):
                codes.update(_equivalents(code))
            wide |= high > 127
        elif kind is _constants.CATEGORY and value in _CATEGORIES:
            ascii_codes, inverted = _CATEGORIES[value]
            codes.update(set(range(128)) - ascii_codes if inverted else ascii_codes)
            wide = True  # every category has members outside ASCII
        else:
            raise _Untranslatable(str(kind))
    if negate:  # what it leaves out in ASCII, and nothing outside
        left_out = sorted(code for code in codes if code < 128)
        return "[^" + "".join(map(_escape, left_out)) + "]" if left_out else _ANY
    return "[" + "".join(map(_escape, sorted(codes))) + (_NON_ASCII if wide else "") + "]"


def _escape(code: int) -> str:
    return f"\\x{{{code:x}}}"


def _equivalents(code: int) -> set[int]:
    """The character in lower case and the lower-case ones IGNORECASE takes as equal."""
    lowered = ord(fold(chr(code)))
    return {lowered, *_casefix._EXTRA_CASES.get(lowered, ())}


# -- lower case as the regex engine's IGNORECASE sees it ----------------------------------


def fold(text: str) -> str:
    """`text` in lower case, one character for one, so that offsets in it are offsets in
    `text`: "İ" lowers to two characters, the engine takes it as "i". IGNORECASE also takes
    some lower-case characters as equal (s and long s, the two sigmas...): `_equivalents`."""
    lowered = text.lower()
    if len(lowered) != len(text):
        lowered = "".join(char.lower() if len(char.lower()) == 1 else "i" for char in text)
    return lowered
