"""Plain data that flows between the stages.

Stages are pure functions over these dataclasses; only the pipeline and the store do I/O.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any

KINDS = ("sex_ad", "job_ad", "social_post", "chat", "spam", "unknown")


@dataclass(frozen=True, slots=True)
class Origin:
    """Where a record came from: the input file, its hash, and the place inside it."""

    path: str
    sha256: str
    line: int | None = None  # 1-based physical line where the row starts (CSV, JSONL)
    offset: int | None = None  # byte offset of the WARC record
    item: int | None = None  # 0-based index in a JSON array

    def describe(self) -> str:
        if self.line is not None:
            return f"{self.path}:{self.line}"
        if self.offset is not None:
            return f"{self.path}@{self.offset}"
        if self.item is not None:
            return f"{self.path}[{self.item}]"
        return self.path


@dataclass(slots=True)
class Row:
    """One unit read from an input, before field mapping.

    `fields` holds the input's own fields (column -> cell, or the JSON object); `raw` the
    exact bytes kept as the payload (JSON of the fields, or the page bytes for HTML/WARC).
    Page readers already know some record fields (title, body, url...): they go in `known`.
    """

    fields: dict[str, Any]
    raw: bytes
    raw_format: str  # "json" or "html"
    origin: Origin
    known: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Reject:
    """A unit that could not be read, with the reason; it goes to the rejects file."""

    origin: Origin
    reason: str
    text: str = ""  # what was read, cut to a sane length, so nothing is silently lost


@dataclass(slots=True)
class Record:
    """An ad, post or chat as stored: mapped fields plus the unchanged raw payload."""

    source: str
    ref: str | None
    kind: str
    title: str | None
    body: str
    location: str | None
    posted_at: datetime | None
    captured_at: datetime | None
    url: str | None
    language: str | None
    images: list[str]
    raw: bytes
    raw_format: str
    raw_sha256: str
    origin: Origin
    id: int | None = None

    @property
    def key(self) -> str:
        """Identity within a source: the input's own id, or else the content hash."""
        return f"ref:{self.ref}" if self.ref else f"sha256:{self.raw_sha256}"

    @property
    def text(self) -> str:
        """The text that later stages analyse and whose spans `show` indexes."""
        return f"{self.title}\n\n{self.body}" if self.title else self.body


@dataclass(frozen=True, slots=True)
class RecordText:
    """What the analysis stages read of a stored record (no raw payload)."""

    id: int
    text: str  # the title and the body
    language: str | None
    location: str | None
    kind: str = "unknown"
    title: str = ""


MENTION_TYPES = (
    # contacts: they link records (see link/)
    "phone",
    "email",
    "url",
    "handle",
    "wallet",
    # facts: they feed indicators
    "age",
    "price",
    "salary",
    "place",
)


@dataclass(frozen=True, slots=True)
class Hints:
    """What helps read a text: its language and the country it was posted in (ISO 3166)."""

    language: str | None = None
    country: str | None = None


@dataclass(slots=True)
class Mention:
    """Something found in a record's text, with where it stands and what it means.

    `value` is normalised (phones in E.164, e-mails lower case, handles platform:handle,
    wallets chain:address, places "City, CC"); `raw` is exactly text[start:end].
    `details` holds what a value string cannot: amounts, currencies, periods, countries.

    Not frozen, though no stage changes one: a frozen dataclass sets each field through
    `object.__setattr__` (1.2 us a mention, 0.4 us not), and a dense 1 KB ad makes fifteen
    mentions: about 4% of extracting it (bench/bench_extract.py).
    """

    type: str
    value: str
    raw: str
    start: int
    end: int
    obfuscated: bool = False
    confidence: float = 1.0
    details: dict[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Extracted:
    """The extraction stage's result for one record."""

    record_id: int
    language: str | None
    detected_language: bool  # the language was detected here, not given by the input
    country: str | None
    mentions: list[Mention]


@dataclass(frozen=True, slots=True)
class IndicatorHit:
    """An indicator found in a record's text, with the spans (into Record.text) that show it."""

    indicator: str
    weight: float
    spans: tuple[tuple[int, int], ...]


@dataclass(frozen=True, slots=True)
class RecordScore:
    """A record's score (a lead for review, 0-1) and its reasons, strongest first:
    [{"indicator", "weight", "spans": [[start, end], ...]}]."""

    score: float
    reasons: list[dict[str, Any]]


@dataclass(frozen=True, slots=True)
class Analysed:
    """Everything the analysis stages found in one record."""

    extracted: Extracted
    hits: list[IndicatorHit]
    score: RecordScore


LINK_KINDS = ("phone", "email", "handle", "wallet", "url", "text", "image")


@dataclass(frozen=True, slots=True)
class Link:
    """Why two records belong together: a shared contact, near-duplicate text or image.

    `evidence` is the shared value (E.164 phone, e-mail, platform:handle, chain:address,
    URL, image reference) or, for text, the estimated Jaccard similarity; `weight` is how
    much the link counts (1 for a contact; lower for weaker or hub evidence).
    """

    record_a: int
    record_b: int
    kind: str
    evidence: str
    weight: float = 1.0


@dataclass(slots=True)
class Cluster:
    """A network lead: linked records, its score (a lead for review, 0-1) and its reasons,
    and the description an analyst reads (see link/describe.py for its keys)."""

    id: int
    members: list[int]
    score: float = 0.0
    reasons: list[dict[str, Any]] = field(default_factory=list)
    description: dict[str, Any] = field(default_factory=dict)
