"""Indicator matching benchmark: ads per second per core for all packs, three ways.

- "hyperscan prefilter" (the product matcher): one Hyperscan scan finds where each
  indicator may match; only the regexes it reports run, in windows around the reports;
- "one regex per indicator": every indicator's regex scans the whole text;
- "one combined regex per language": all indicators in one alternation, one scan. It
  cannot give the same hits: one scan yields non-overlapping matches, so an indicator
  whose words overlap another's is lost. It is measured, not used.
The first two must give identical hits (checked here, with the language detected and
unknown, and in tests/indicators).

Demo ads of about 1 KB (as bench_extract.py makes them), their language detected first,
kind "unknown" so that every pack applies; where ../shared/data/emscad is present, the
first 1 KB of its real job ads too (few indicators: mostly the cost of the scan).
Building the matcher (Hyperscan compiles every language's patterns) is timed apart.
Run with `thbwatch bench --only match` or `python bench/bench_match.py`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import kilobyte_ads, real_job_ads  # noqa: E402

from thbwatch.extract.language import detect_language  # noqa: E402
from thbwatch.indicators.matcher import Matcher  # noqa: E402
from thbwatch.indicators.packs import Pack, load_packs  # noqa: E402


class CombinedRegex:
    """All indicators of a language in one regex: one group per indicator."""

    def __init__(self, packs: list[Pack]) -> None:
        indicators = [indicator for pack in packs for indicator in pack.indicators]
        self.by_language: dict[str, tuple[re.Pattern[str], list[str]]] = {}
        for language in {language for i in indicators for language in i.patterns}:
            names = [i.id for i in indicators if language in i.patterns]
            joined = "|".join(
                f"(?P<g{n}>{'|'.join(f'(?:{p})' for p in i.patterns[language])})"
                for n, i in enumerate(i for i in indicators if language in i.patterns)
            )
            self.by_language[language] = (re.compile(joined, re.IGNORECASE), names)

    def match(self, text: str, language: str) -> dict[str, list[tuple[int, int]]]:
        pattern, names = self.by_language[language]
        found: dict[str, list[tuple[int, int]]] = {}
        for hit in pattern.finditer(text):
            found.setdefault(names[int(hit.lastgroup[1:])], []).append(hit.span())
        return found


def _ads_per_second(function: Callable[[str, str], Any], ads: list[tuple[str, str]]) -> float:
    started = time.perf_counter()
    for text, language in ads:
        function(text, language)
    return len(ads) / (time.perf_counter() - started)


def run(records: int = 5000, seed: int = 7, log: Callable[[str], None] = print) -> dict[str, Any]:
    log(f"making {records:,} ads of about 1 KB ...")
    ads = [(ad.text, detect_language(ad.text) or "en") for ad in kilobyte_ads(records, seed)]
    real = [(ad.text, detect_language(ad.text) or "en") for ad in real_job_ads()]
    packs = load_packs()
    started = time.perf_counter()
    product = Matcher(packs)
    build_seconds = time.perf_counter() - started
    full_scan, combined = Matcher(packs, prefilter=False), CombinedRegex(packs)
    log("checking that the prefilter gives the same hits as full scans ...")
    identical = all(
        product.match(text, language, "unknown") == full_scan.match(text, language, "unknown")
        and product.match(text, None, "unknown") == full_scan.match(text, None, "unknown")
        for text, language in ads + real
    )
    combined_same = all(
        combined.match(text, language)
        == {h.indicator: list(h.spans) for h in full_scan.match(text, language, "unknown")}
        for text, language in ads
    )
    log("timing ...")
    results = {
        "hyperscan prefilter (product)": _ads_per_second(
            lambda text, language: product.match(text, language, "unknown"), ads
        ),
        "one regex per indicator": _ads_per_second(
            lambda text, language: full_scan.match(text, language, "unknown"), ads
        ),
        "one combined regex per language": _ads_per_second(combined.match, ads),
        "hyperscan prefilter, language unknown": _ads_per_second(
            lambda text, _: product.match(text, None, "unknown"), ads
        ),
    }
    if real:
        results["hyperscan prefilter, real job ads (EMSCAD)"] = _ads_per_second(
            lambda text, language: product.match(text, language, "unknown"), real
        )
    return {
        "ads": len(ads),
        "real_job_ads": len(real),
        "mean_chars": round(sum(len(text) for text, _ in ads) / len(ads)),
        "indicators": sum(len(pack.indicators) for pack in packs),
        "build_seconds": round(build_seconds, 1),
        "ads_per_second_per_core": {name: round(value) for name, value in results.items()},
        "prefilter_hits_identical": identical,
        "combined_regex_hits_identical": combined_same,
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    print(json.dumps(run(arguments.records, arguments.seed, log=lambda m: None), indent=2))
