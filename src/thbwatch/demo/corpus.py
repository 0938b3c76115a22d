"""Synthetic demo corpus with exact ground truth, for `thbwatch demo` and for evaluation.

Everything here is invented: persons, companies, handles, domains (``.example``) and phone
numbers (regulators' fiction ranges, or fixed documented prefixes: see phones.py).

Three files come out (see `write_corpus`):
* ``classifieds.jsonl``: sexual-services ads (independent workers and controlled networks)
  and spam, one JSON object a line: id, title, text, city, date (ISO 8601, UTC), url,
  images, language.
* ``jobs.csv``: job ads (legitimate employers, deceptive recruiter networks) and spam:
  id, title, description, location, posted ("dd/mm/YYYY HH:MM", the way boards show it),
  url, company, language. Written with csv.writer, so multi-line cells are quoted.
* ``truth.jsonl``: one object per ad: ref (= ad id), file, kind (sex_ad | job_ad | spam),
  label (independent | controlled | legit_job | deceptive_job | spam), network ("net-0007"
  for controlled sex-ad networks and deceptive recruiter networks, else null), language,
  city, country (ISO 3166-1 alpha-2), persons (names advertised), entities (type phone |
  email | handle | url; value normalised; raw exactly as in the ad; obfuscated), decoys
  (type price | age | date | time | postcode | height | weight | 24/7 | order_number; raw),
  and two extra keys: poster (the advertiser behind the ad: "ind-000123", "co-00042",
  "spam-00007" or the network id; independents and employers repost too, so linking their
  own ads is right, not a false positive) and cues (indicator statements planted in the ad,
  e.g. "obscured_phone", "fee_to_worker"; legitimate ads carry some too).

Normalised values: phone "+441134960123" (E.164); email lower-case; handle
"telegram:<username>", "whatsapp:+<E.164>" or "viber:+<E.164>"; url "https://host/path"
(ads often omit the scheme; the value is what contacts.normalise_url makes of the raw).
The truth follows the extraction contract for messengers:
* A messenger link is a url and a handle, both with the link as raw: "wa.me/4477..." or
  "https://wa.me/4477..." is url "https://wa.me/4477...", handle "whatsapp:+4477..." and
  also a phone whose raw is the bare digits; "t.me/<name>" or "https://t.me/<name>" is url
  "https://t.me/<name>" and handle "telegram:<name>" (an "@name" or a bare name after
  "Telegram" is a handle only).
* A number written right after a messenger cue ("WhatsApp {number}", "Call or WhatsApp",
  "Contact only on WhatsApp", "WhatsApp/Viber:", Dutch "Bel of app", in every language)
  is a phone and a handle per messenger named: "whatsapp:+<E.164>", and "viber:+<E.164>"
  for "WhatsApp/Viber:". The handle's raw is the number as written (the cue word is
  template text, and may carry a typo) and its "obfuscated" is the number's. Templates get
  this from their slots ({wa_phone}, {wa_viber_phone}, {wa_phone2}: see
  world.write_messenger_phone), not from reading the text afterwards; a number after no
  cue ("Call {phone}", "{phone} (also on Telegram ...)") is a phone only. No template
  puts a number right after a Telegram cue, so there are no "telegram:+<E.164>" handles.
"obfuscated" is true for spelled-out, mixed, letter-for-digit, keycap, full-width, split,
digit-by-digit separated, emoji-separated and "plus 44" writings; "0044 ..." and
"+44 (0)..." are ordinary international forms and count as plain.

Cue names: sex ads trust_language, obscured_phone, youth_language, stated_nationality,
plural_persons, available_24_7, limited_language, movement, third_person; job ads abroad,
fee_to_worker, deducted_later, pay_above_market, no_experience, no_language,
messenger_only, freemail, passport_early, urgency, vague_employer, housing_by_employer,
photos_requested, hostess_recruitment (deceptive) and no_experience, housing_by_employer,
visa_sponsorship, licensed_agency, abroad (legitimate: honest statements that a keyword
indicator would still flag); spam spam_<category>.

Time: ads are spread over a window of 120 days to 3 years (growing with the record count),
in time order. Advertisers still active when the window closes are cut short, as in any
real crawl; most networks complete their 20-80 ads.
"""

from __future__ import annotations

import csv
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from operator import itemgetter
from pathlib import Path
from typing import Any

import orjson

from thbwatch.demo.jobs import COMPANY_MEAN, RECRUITER_MEAN, spawn_company, spawn_recruiter
from thbwatch.demo.names import FREEMAIL_DOMAINS
from thbwatch.demo.sex import INDEPENDENT_MEAN, NETWORK_MEAN, spawn_independent, spawn_network
from thbwatch.demo.spam import SPAM_MEAN, spawn_spam
from thbwatch.demo.world import DAY, START, Actor, ActorPool, Picker, World

__all__ = [
    "CorpusFiles",
    "FREEMAIL_DOMAINS",
    "JOB_COLUMNS",
    "LABELS",
    "MIX",
    "iter_corpus",
    "write_corpus",
]

# Default mix by share of records (the brief's proportions).
MIX: tuple[tuple[str, float], ...] = (
    ("independent", 0.35),
    ("controlled", 0.15),
    ("legit_job", 0.25),
    ("deceptive_job", 0.15),
    ("spam", 0.10),
)
LABELS: tuple[str, ...] = tuple(label for label, _ in MIX)
JOB_COLUMNS: tuple[str, ...] = (
    "id",
    "title",
    "description",
    "location",
    "posted",
    "url",
    "company",
    "language",
)

# label -> (spawner, (mean planned ads, mean lifetime in days)) of its actors.
_ACTORS: dict[str, tuple[Callable[[World, float], Actor], tuple[float, float]]] = {
    "independent": (spawn_independent, INDEPENDENT_MEAN),
    "controlled": (spawn_network, NETWORK_MEAN),
    "legit_job": (spawn_company, COMPANY_MEAN),
    "deceptive_job": (spawn_recruiter, RECRUITER_MEAN),
    "spam": (spawn_spam, SPAM_MEAN),
}


def span_days(records: int) -> float:
    """Calendar length: at least four months (networks move over weeks), at most three years."""
    return min(1095.0, max(120.0, records / 40))


def _pool_size(records: int, share: float, mean: tuple[float, float], days: float) -> int:
    """How many actors of a label are active at once so that their posts fill its share."""
    ads_per_day = records * share / days
    mean_ads, mean_days = mean
    return max(1, round(ads_per_day * mean_days / mean_ads))


def iter_corpus(records: int, seed: int) -> Iterator[tuple[dict[str, Any], dict[str, Any]]]:
    """Yield (ad, truth) pairs in time order; deterministic for a seed; memory stays flat.

    `ad` has the keys of its file (classifieds.jsonl or jobs.csv, named by truth["file"]).
    """
    if records < 0:
        raise ValueError("records must be >= 0")
    if records == 0:
        return
    world = World(seed)
    days = span_days(records)
    span = days * DAY
    pools = {
        label: ActorPool(
            world, _ACTORS[label][0], _pool_size(records, share, _ACTORS[label][1], days), START
        )
        for label, share in MIX
    }
    labels = Picker(LABELS, [share for _, share in MIX])
    rng = world.rng
    for index in range(records):
        t = START + span * (index + rng.random()) / records
        yield pools[labels.pick(rng)].post(t, index)


@dataclass(frozen=True)
class CorpusFiles:
    """Where the corpus was written and what it holds."""

    classifieds: Path
    jobs: Path
    truth: Path
    records: int
    seed: int
    counts: dict[str, int] = field(default_factory=dict)  # per label, all labels present
    rows: dict[str, int] = field(default_factory=dict)  # ads per file (classifieds, jobs)

    @property
    def paths(self) -> tuple[Path, Path, Path]:
        return (self.classifieds, self.jobs, self.truth)


def write_corpus(out_dir: Path, records: int = 5000, seed: int = 7) -> CorpusFiles:
    """Write classifieds.jsonl, jobs.csv and truth.jsonl into `out_dir` (created if needed)."""
    out_dir = Path(out_dir)
    out_dir.mkdir(parents=True, exist_ok=True)
    paths = (out_dir / "classifieds.jsonl", out_dir / "jobs.csv", out_dir / "truth.jsonl")
    counts = dict.fromkeys(LABELS, 0)
    rows = {"classifieds.jsonl": 0, "jobs.csv": 0}
    newline = orjson.OPT_APPEND_NEWLINE
    with (
        paths[0].open("wb") as classifieds,
        paths[2].open("wb") as truth_out,
        paths[1].open("w", encoding="utf-8", newline="") as jobs,
    ):
        writer = csv.writer(jobs)
        writer.writerow(JOB_COLUMNS)
        job_row = itemgetter(*JOB_COLUMNS)
        for ad, truth in iter_corpus(records, seed):
            if truth["file"] == "jobs.csv":
                writer.writerow(job_row(ad))
            else:
                classifieds.write(orjson.dumps(ad, option=newline))
            truth_out.write(orjson.dumps(truth, option=newline))
            counts[truth["label"]] += 1
            rows[truth["file"]] += 1
    return CorpusFiles(
        classifieds=paths[0],
        jobs=paths[1],
        truth=paths[2],
        records=records,
        seed=seed,
        counts=counts,
        rows=rows,
    )
