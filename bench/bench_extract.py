"""Extraction benchmark: ads per second per core for the whole stage, and where time goes.

Demo ads of one language are joined until each is about 1 KB (the size the issue names),
then `extract_record` runs over all of them on one core; each extractor is also timed on
its own. Joined demo ads are dense: about three ads' contacts, prices and ages in each
kilobyte. The stage keeps what it read of lines, phone numbers and words (reposts repeat
them), so the first ads a process reads cost more than those of a long run: the next as
many ads (another seed) are timed after the first as well. Each extractor is timed on a
third set of as many ads, read by it for the first time, as new ads are in a long run
(timed on ads it had read, it would mostly be served from its caches); the demo records
as they come are a fourth set, read for the first time too. The stage is also timed on
ads whose lines, phone numbers and words it has all read just before (each ad with a line
break added, so that nothing kept of whole texts is used again): what remains is the
passes over whole texts, the most that any cache of readings could save. Where the real job
ads of ../shared/data/emscad are present, their first 1,000 characters are timed too, as a
sample of ordinary text.
Run with `thbwatch bench --only extract` or `python bench/bench_extract.py`.
"""

from __future__ import annotations

import argparse
import csv
import json
import sys
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from thbwatch.demo.corpus import iter_corpus
from thbwatch.extract import contacts, language, numbers, phones, places, wallets
from thbwatch.extract.mentions import extract_batch, extract_record
from thbwatch.model import Hints, RecordText
from thbwatch.pipeline import fewer_collections

AD_CHARS = 1000
EMSCAD = Path(__file__).resolve().parents[2] / "shared" / "data" / "emscad" / "emscad_sample.csv"


def kilobyte_ads(count: int, seed: int) -> list[RecordText]:
    """`count` texts of about 1 KB, each made of demo ads in one language."""
    pending: dict[str, str] = {}
    ads: list[RecordText] = []
    for ad, _ in iter_corpus(count * 4, seed):
        body = ad.get("text") or ad.get("description") or ""
        text = f"{pending.pop(ad['language'], '')}{ad['title']}\n\n{body}\n\n"
        if len(text) < AD_CHARS:
            pending[ad["language"]] = text
            continue
        ads.append(RecordText(len(ads) + 1, text, None, ad.get("city") or ad.get("location")))
        if len(ads) == count:
            break
    return ads


def demo_records(count: int, seed: int) -> list[RecordText]:
    """`count` demo ads as they come, one record each (about 350 characters), with the
    language the demo gives them: what `thbwatch run` reads in bench_run.py."""
    return [
        RecordText(
            number,
            f"{ad['title']}\n\n{ad.get('text') or ad.get('description') or ''}",
            ad.get("language"),
            ad.get("city") or ad.get("location"),
        )
        for number, (ad, _) in enumerate(iter_corpus(count, seed), 1)
    ]


def real_job_ads() -> list[RecordText]:
    """The first AD_CHARS characters of each EMSCAD job ad that has that many, if present."""
    if not EMSCAD.exists():
        return []
    with EMSCAD.open(encoding="utf-8", newline="") as handle:
        rows = list(csv.DictReader(handle))
    fields = ("title", "company_profile", "description", "requirements", "benefits")
    texts = ["\n\n".join(row[f] for f in fields if row.get(f))[:AD_CHARS] for row in rows]
    return [RecordText(i, t, None, None) for i, t in enumerate(texts, 1) if len(t) == AD_CHARS]


def _whole_stage(ads: list[RecordText]) -> float:
    """Microseconds per ad, as analyze runs it: batches of 100, extractor by extractor,
    with the garbage collector as analyze sets it."""
    with fewer_collections():
        started = time.perf_counter()
        for start in range(0, len(ads), 100):
            extract_batch(ads[start : start + 100])
        return (time.perf_counter() - started) / len(ads) * 1e6


def _whole_stage_read_before(ads: list[RecordText], chunk: int = 500) -> float:
    """Microseconds per ad of the whole stage on ads whose lines, phone windows and words
    it read just before, chunk by chunk (a chunk's readings fit the stage's caches); each
    ad gets a line break at its end, so that no result kept for a whole text is reused."""
    timed = 0.0
    for first in range(0, len(ads), chunk):
        ads_read = ads[first : first + chunk]
        _whole_stage(ads_read)
        again = [RecordText(ad.id, f"{ad.text}\n", ad.language, ad.location) for ad in ads_read]
        timed += _whole_stage(again) * len(again)
    return timed / len(ads)


def _time_per_ad(function: Callable[[list[RecordText]], Any], ads: list[RecordText]) -> float:
    """Microseconds per ad of one part, over batches of 100 as the stage runs it."""
    with fewer_collections():
        started = time.perf_counter()
        for start in range(0, len(ads), 100):
            function(ads[start : start + 100])
        return (time.perf_counter() - started) / len(ads) * 1e6


def _each(function: Callable[[RecordText], Any]) -> Callable[[list[RecordText]], Any]:
    return lambda batch: [function(ad) for ad in batch]


def run(records: int = 5000, seed: int = 7, log: Callable[[str], None] = print) -> dict[str, Any]:
    log(f"making {records:,} ads of about 1 KB ...")
    ads = kilobyte_ads(records, seed)
    extract_record(ads[0])  # load the gazetteer and models once, outside the timing
    hints = Hints(language="en", country="GB")
    parts: dict[str, Callable[[list[RecordText]], Any]] = {
        "language": lambda batch: language.detect_languages([ad.text for ad in batch]),
        "places": _each(lambda ad: places.extract_places(ad.text, hints, ad.location)),
        "phones": _each(lambda ad: phones.extract_phones(ad.text, hints)),
        "emails, urls, handles": _each(
            lambda ad: (
                contacts.extract_emails(ad.text, hints),
                contacts.extract_urls(ad.text, hints),
                contacts.extract_handles(ad.text, hints, []),
            )
        ),
        "wallets": _each(lambda ad: wallets.extract_wallets(ad.text, hints)),
        "ages, prices, salaries": _each(
            lambda ad: (
                numbers.extract_ages(ad.text, hints),
                numbers.extract_prices(ad.text, hints),
                numbers.extract_salaries(ad.text, hints),
            )
        ),
    }
    log("timing ...")
    whole = _whole_stage(ads)
    next_ads = kilobyte_ads(records, seed + 1)
    after = _whole_stage(next_ads)
    new_ads = kilobyte_ads(records, seed + 2)  # each part's first reading of them
    by_part = {name: round(_time_per_ad(part, new_ads), 1) for name, part in parts.items()}
    read_before = _whole_stage_read_before(new_ads)  # after the parts' first reading
    # Another seed again: the dense ads above are made of the first ads of `seed`, and
    # the stage would answer those records from what it kept of them.
    records_as_they_come = demo_records(records, seed + 3)
    real = real_job_ads()
    if real:
        _whole_stage(real[:50])  # their words' first reading, outside the timing
    return {
        "ads": len(ads),
        "mean_chars": round(sum(len(ad.text) for ad in ads) / len(ads)),
        "mean_bytes": round(sum(len(ad.text.encode()) for ad in ads) / len(ads)),
        "microseconds_per_ad": round(whole, 1),
        "ads_per_second_per_core": round(1e6 / whole),
        "next_ads": {"ads": len(next_ads), "ads_per_second_per_core": round(1e6 / after)},
        "microseconds_per_ad_by_part": by_part,
        "lines_read_before": {
            "microseconds_per_ad": round(read_before, 1),
            "ads_per_second_per_core": round(1e6 / read_before),
        },
        "demo_records": {
            "records": len(records_as_they_come),
            "mean_chars": round(
                sum(len(record.text) for record in records_as_they_come) / len(records_as_they_come)
            ),
            "records_per_second_per_core": round(1e6 / _whole_stage(records_as_they_come)),
        },
        "real_job_ads": (
            {"ads": len(real), "ads_per_second_per_core": round(1e6 / _whole_stage(real))}
            if real
            else None
        ),
    }


if __name__ == "__main__":
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--records", type=int, default=5000)
    parser.add_argument("--seed", type=int, default=7)
    arguments = parser.parse_args()
    result = run(arguments.records, arguments.seed, log=lambda m: print(m, file=sys.stderr))
    print(json.dumps(result, indent=2))
