"""Find indicators in a text: compiled once per language, every hit with its spans. Pure.

Each indicator's patterns for a language are joined into one case-insensitive regex. A
text whose language is unknown, or has no patterns of its own, is read with every
language's patterns.

Running ~100 regexes over every ad costs milliseconds (Python's engine tries each one at
every position), so the matcher first finds, with one Aho-Corasick pass (pyahocorasick)
over the case-folded text, the words each regex cannot match without: the literals that
every match contains, read from the regex's parse tree. Only the regexes whose literals
occur run, and only in a window around each occurrence as wide as their longest possible
match, which gives the same matches as a scan of the whole text (see `_windowed`). A regex
without such a literal, or with unbounded width, scans the whole text as before.
bench/bench_match.py measures both ways and tests/indicators/test_matcher.py checks that
they give the same hits.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from re import _casefix, _constants, _parser  # the engine's own parser and case table

import ahocorasick

from thbwatch.indicators.packs import Indicator, Pack
from thbwatch.model import IndicatorHit

MIN_LITERAL = 2  # "24" (as in 24/7) is selective enough; single characters are not
MAX_WIDTH = 1000  # longer matches are not worth a window: scan the whole text
MAX_VARIANTS = 32  # a literal with [äa]-style classes expands to at most this many strings


@dataclass(frozen=True, slots=True)
class _Compiled:
    indicator: Indicator
    pattern: re.Pattern[str]
    literals: frozenset[str]  # every match contains one (case-folded); empty: scan all
    width: int  # the longest possible match


class _Patterns:
    """One language's compiled indicators and the automaton of their literals."""

    def __init__(self, entries: list[_Compiled]) -> None:
        self.entries = entries
        self.always = [i for i, entry in enumerate(entries) if not entry.literals]
        self.automaton = ahocorasick.Automaton()
        by_literal: dict[str, list[int]] = {}
        for index, entry in enumerate(entries):
            for literal in entry.literals:
                by_literal.setdefault(literal, []).append(index)
        for literal, indexes in by_literal.items():
            self.automaton.add_word(literal, (len(literal), tuple(indexes)))
        if by_literal:
            self.automaton.make_automaton()

    def occurrences(self, text: str) -> dict[int, list[int]]:
        """For each entry whose literals occur: where they start, in text order."""
        found: dict[int, list[int]] = {index: [] for index in self.always}
        if self.automaton.kind != ahocorasick.AHOCORASICK:
            return found
        for end, (length, indexes) in self.automaton.iter(fold(text)):
            for index in indexes:
                found.setdefault(index, []).append(end - length + 1)
        return found


class Matcher:
    def __init__(self, packs: list[Pack], prefilter: bool = True) -> None:
        self.indicators = [indicator for pack in packs for indicator in pack.indicators]
        self.prefilter = prefilter
        self._by_language: dict[str | None, _Patterns] = {}
        languages = {language for i in self.indicators for language in i.patterns}
        for language in languages:
            self._by_language[language] = _Patterns(
                [
                    _compile(i, i.patterns[language])
                    for i in self.indicators
                    if language in i.patterns
                ]
            )
        self._by_language[None] = _Patterns(
            [
                _compile(i, tuple(p for ps in i.patterns.values() for p in ps))
                for i in self.indicators
            ]
        )

    def match(self, text: str, language: str | None, kind: str) -> list[IndicatorHit]:
        """Indicators of the record's kind (or of any kind) found in `text`."""
        patterns = self._by_language.get(language) or self._by_language[None]
        if self.prefilter:
            candidates = patterns.occurrences(text)
        else:
            candidates = dict.fromkeys(range(len(patterns.entries)), [])
        hits = []
        for index in sorted(candidates):
            entry = patterns.entries[index]
            domain = entry.indicator.domain
            if domain != "any" and kind not in (domain, "unknown"):
                continue
            if self.prefilter and entry.literals:
                spans = _windowed(entry, text, candidates[index])
            else:
                spans = [found.span() for found in entry.pattern.finditer(text)]
            spans = [(start, end) for start, end in spans if end > start]
            if spans:
                hits.append(IndicatorHit(entry.indicator.id, entry.indicator.weight, tuple(spans)))
        return hits


def _windowed(entry: _Compiled, text: str, starts: list[int]) -> list[tuple[int, int]]:
    """What `entry.pattern.finditer(text)` finds, searching only near the literals.

    Every match contains a literal occurrence and is at most `width` long, so a match that
    contains the occurrence at `start` begins in [start - width, start] and ends before
    start + width + 1: in that window the engine explores exactly what it would in the
    whole text (it still sees the characters before the window for \\b). Occurrences are
    taken left to right, from where the last match ended, as finditer goes; a match found
    past `start` is not trusted (it may need text beyond the window) and is looked for
    again from its own occurrence.
    """
    spans: list[tuple[int, int]] = []
    width, size, position = entry.width, len(text), 0
    for start in sorted(set(starts)):
        if start < position:
            continue
        found = entry.pattern.search(
            text, max(position, start - width), min(size, start + width + 1)
        )
        if found is not None and found.start() <= start:
            spans.append(found.span())
            position = found.end()
    return spans


def _compile(indicator: Indicator, patterns: tuple[str, ...]) -> _Compiled:
    joined = "|".join(f"(?:{pattern})" for pattern in patterns)
    tree = _parser.parse(joined, re.IGNORECASE)
    low, high = tree.getwidth()
    literals = _required(list(tree)) if low > 0 and high <= MAX_WIDTH else None
    return _Compiled(
        indicator=indicator,
        pattern=re.compile(joined, re.IGNORECASE),
        literals=frozenset(fold(literal) for literal in literals or ()),
        width=high,
    )


# -- literals every match needs ---------------------------------------------------------


def _required(items: list) -> set[str] | None:
    """Strings of which every match of this sequence contains at least one, or None.

    Runs of plain characters (and small classes like [äa]) are literals; a group or a
    repeat of at least once requires what its content requires; alternatives require the
    union of what each requires. Of all choices the most selective wins: the longest
    shortest string, then the fewest strings.
    """
    choices: list[set[str]] = []
    run: list[set[str]] = []

    def close_run() -> None:
        if run:
            strings = {"".join(parts) for parts in itertools.product(*run)}
            choices.append(strings)
            run.clear()

    for op, argument in items:
        chars = _chars(op, argument)
        if chars is not None and _variants(run) * len(chars) <= MAX_VARIANTS:
            run.append(chars)
            continue
        close_run()
        if chars is not None:
            run.append(chars)
            continue
        inner = _inner_required(op, argument)
        if inner:
            choices.append(inner)
    close_run()
    usable = [choice for choice in choices if min(map(len, choice)) >= MIN_LITERAL]
    if not usable:
        return None
    return max(usable, key=lambda choice: (min(map(len, choice)), -len(choice)))


def _variants(run: list[set[str]]) -> int:
    count = 1
    for chars in run:
        count *= len(chars)
    return count


def _chars(op: object, argument: object) -> set[str] | None:
    if op is _constants.LITERAL:
        return {chr(argument)}  # type: ignore[arg-type]
    if op is _constants.IN:
        members = list(argument)  # type: ignore[call-overload]
        if members and all(kind is _constants.LITERAL for kind, _ in members) and len(members) <= 8:
            return {chr(code) for _, code in members}
    return None


def _inner_required(op: object, argument: object) -> set[str] | None:
    if op is _constants.SUBPATTERN:
        return _required(list(argument[-1]))  # type: ignore[index]
    if op is _constants.BRANCH:
        found = [_required(list(branch)) for branch in argument[1]]  # type: ignore[index]
        if any(branch is None for branch in found):
            return None
        return set().union(*found)  # type: ignore[arg-type]
    if op in (_constants.MAX_REPEAT, _constants.MIN_REPEAT):
        low, _, body = argument  # type: ignore[misc]
        return _required(list(body)) if low >= 1 else None
    return None


# -- case folding that agrees with the regex engine's IGNORECASE ----------------------------

# Characters that IGNORECASE treats as equal beyond simple lower case (s and long s, i and
# dotless i, Greek sigma forms...), each mapped to one representative of its class.
_CANONICAL = {
    chr(code): min([chr(code), *map(chr, others)]) for code, others in _casefix._EXTRA_CASES.items()
}
_UNUSUAL = {char: canonical for char, canonical in _CANONICAL.items() if char != canonical}
_UNUSUAL_SEARCH = re.compile("[" + re.escape("".join(_UNUSUAL)) + "]").search


def fold(text: str) -> str:
    """`text` case-folded the way IGNORECASE compares characters, one character for one,
    so that offsets in the folded text are offsets in `text`."""
    lowered = text.lower()
    if len(lowered) != len(text):  # "İ" lowers to two characters; the engine uses "i"
        lowered = "".join(char.lower() if len(char.lower()) == 1 else "i" for char in text)
    if not lowered.isascii() and _UNUSUAL_SEARCH(lowered):
        lowered = lowered.translate(str.maketrans(_UNUSUAL))
    return lowered
