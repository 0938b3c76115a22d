"""Find indicators in a text: compiled once per language, every hit with its spans. Pure.

Each indicator's patterns for a language are joined into one case-insensitive regex, so
a text costs one scan per indicator of its language and domain. A text whose language is
unknown, or has no patterns of its own, is read with every language's patterns.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from thbwatch.indicators.packs import Indicator, Pack
from thbwatch.model import IndicatorHit


@dataclass(frozen=True, slots=True)
class _Compiled:
    indicator: Indicator
    pattern: re.Pattern[str]


class Matcher:
    def __init__(self, packs: list[Pack]) -> None:
        self.indicators = [indicator for pack in packs for indicator in pack.indicators]
        self._by_language: dict[str | None, list[_Compiled]] = {}
        languages = {language for i in self.indicators for language in i.patterns}
        for language in languages:
            self._by_language[language] = [
                _Compiled(i, _join(i.patterns[language]))
                for i in self.indicators
                if language in i.patterns
            ]
        self._by_language[None] = [
            _Compiled(i, _join(tuple(p for ps in i.patterns.values() for p in ps)))
            for i in self.indicators
        ]

    def match(self, text: str, language: str | None, kind: str) -> list[IndicatorHit]:
        """Indicators of the record's kind (or of any kind) found in `text`."""
        compiled = self._by_language.get(language) or self._by_language[None]
        hits = []
        for entry in compiled:
            domain = entry.indicator.domain
            if domain != "any" and kind not in (domain, "unknown"):
                continue
            spans = tuple(
                found.span()
                for found in entry.pattern.finditer(text)
                if found.end() > found.start()
            )
            if spans:
                hits.append(IndicatorHit(entry.indicator.id, entry.indicator.weight, spans))
        return hits


def _join(patterns: tuple[str, ...]) -> re.Pattern[str]:
    return re.compile("|".join(f"(?:{pattern})" for pattern in patterns), re.IGNORECASE)
