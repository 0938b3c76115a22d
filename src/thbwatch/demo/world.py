"""Shared state of one corpus run: the random stream, number pools, ids and the scheduler.

Advertisers ("actors": independent workers, controlled networks, employers, recruiter
networks, spam campaigns) live in bounded pools. Each posts a planned number of ads spread
over a planned lifetime, then retires and is replaced. The scheduler always lets the actor
whose next post is most overdue post next, so ads of one actor come out in time order and
interleave with everyone else's, and memory stays flat however many records are made.
"""

from __future__ import annotations

import heapq
from bisect import bisect
from collections.abc import Callable, Sequence
from datetime import UTC, date, datetime
from itertools import accumulate
from random import Random
from typing import Any, Generic, TypeVar

from thbwatch.demo.names import FREEMAIL_DOMAINS
from thbwatch.demo.phones import Phone, PhoneAllocator, render
from thbwatch.demo.places import CITIES_BY_COUNTRY, City
from thbwatch.demo.rand import pick
from thbwatch.demo.template import Ad, Provider

T = TypeVar("T")

# The corpus calendar starts here; its length grows with the record count (see corpus.py).
START = datetime(2025, 10, 1, tzinfo=UTC).timestamp()
DAY = 86_400.0

# Bijective scrambles of counters into id spaces (odd and not divisible by 5: coprime
# with every power of ten), so invented handles and domains are unique yet look random.
_SCRAMBLE = 104_729


class Picker(Generic[T]):
    """Weighted choice with precomputed cumulative weights (faster than rng.choices)."""

    __slots__ = ("items", "_cum", "_total")

    def __init__(self, items: Sequence[T], weights: Sequence[float]) -> None:
        self.items = tuple(items)
        self._cum = list(accumulate(weights))
        self._total = self._cum[-1]

    def pick(self, rng: Random) -> T:
        return self.items[bisect(self._cum, rng.random() * self._total)]


def city_picker(country_weights: dict[str, float]) -> Picker[City]:
    cities: list[City] = []
    weights: list[float] = []
    for country, share in country_weights.items():
        local = CITIES_BY_COUNTRY[country]
        total = sum(c.weight for c in local)
        for city in local:
            cities.append(city)
            weights.append(share * city.weight / total)
    return Picker(cities, weights)


class Actor:
    """Something that posts ads: a person, a network, an employer, a spam campaign."""

    __slots__ = ("planned", "emitted", "interval", "next_due")

    def __init__(self, planned: int, lifetime_days: float) -> None:
        self.planned = max(1, planned)
        self.emitted = 0
        self.interval = lifetime_days * DAY / self.planned
        self.next_due = 0.0

    def emit(self, world: World, t: float, index: int) -> tuple[dict[str, Any], dict[str, Any]]:
        raise NotImplementedError


Spawner = Callable[["World", float], Actor]


class ActorPool:
    """A bounded set of active actors of one label, scheduled by next due time."""

    def __init__(self, world: World, spawn: Spawner, target: int, t0: float) -> None:
        self._world = world
        self._spawn = spawn
        self._heap: list[tuple[float, int, Actor]] = []
        self._seq = 0
        for _ in range(max(1, target)):
            self._push(self._new(t0))

    def _new(self, t: float) -> Actor:
        actor = self._spawn(self._world, t)
        actor.next_due = t + actor.interval * self._world.rng.random()
        return actor

    def _push(self, actor: Actor) -> None:
        self._seq += 1
        heapq.heappush(self._heap, (actor.next_due, self._seq, actor))

    def post(self, t: float, index: int) -> tuple[dict[str, Any], dict[str, Any]]:
        _, _, actor = heapq.heappop(self._heap)
        record = actor.emit(self._world, t, index)
        actor.emitted += 1
        if actor.emitted >= actor.planned:
            actor = self._new(t)
        else:
            actor.next_due = max(actor.next_due, t) + actor.interval * (
                0.5 + self._world.rng.random()
            )
        self._push(actor)
        return record


class World:
    """Everything one run shares. One Random stream: the same seed gives the same bytes."""

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self.rng = Random(seed)
        self.phones = PhoneAllocator(seed)
        self._counters: dict[str, int] = {}
        self._salt = Random(f"ids:{seed}").randrange(10**6)

    # -- ids -----------------------------------------------------------------------------

    def next_id(self, kind: str) -> int:
        n = self._counters.get(kind, 0) + 1
        self._counters[kind] = n
        return n

    def unique_number(self, kind: str, space: int = 10**6) -> int:
        """A number unique for `kind` within this run, scrambled so it looks arbitrary."""
        n = self.next_id("num:" + kind) - 1
        if n >= space:  # never in practice; keep uniqueness by widening the space
            return space + n
        return (n * _SCRAMBLE + self._salt) % space

    def image(self) -> str:
        return f"{self.rng.getrandbits(48):012x}.jpg"

    # -- contact details -----------------------------------------------------------------

    def phone(self, country: str, use: str = "personal") -> Phone:
        return self.phones.allocate(country, use)

    def freemail(self, stem: str) -> str:
        number = self.unique_number("freemail", 10**5)
        return f"{stem}{number}@{pick(self.rng, FREEMAIL_DOMAINS)}"

    def telegram(self, stem: str) -> str:
        return f"{stem}_{self.unique_number('telegram')}"


_START_ORDINAL = datetime.fromtimestamp(START, UTC).date().toordinal()


def day_of(t: float) -> date:
    return date.fromordinal(_START_ORDINAL + int((t - START) // DAY))


def iso(t: float) -> str:
    """ISO 8601 in UTC, e.g. "2025-10-01T14:05:09Z"."""
    seconds = int(t - START)
    day = date.fromordinal(_START_ORDINAL + seconds // 86_400)
    rest = seconds % 86_400
    return f"{day.isoformat()}T{rest // 3600:02d}:{rest // 60 % 60:02d}:{rest % 60:02d}Z"


# --------------------------------------------------------------------------- slot helpers
# Contact slots shared by all ad kinds. Each records the entity it writes.


def write_phone(ad: Ad, phone: Phone, style: str, memo: dict[Any, Any] | None = None) -> str:
    """Write a number; with `memo`, a plain writing is kept, as people type theirs the same
    way each time (obfuscations still vary from ad to ad)."""
    if memo is not None:
        key = ("phone", phone.e164, style, ad.lang)
        cached = memo.get(key)
        if cached is None:
            cached = memo[key] = render(phone, style, ad.lang, ad.rng)
            if cached[1]:  # obfuscated: do not keep
                del memo[key]
        raw, obfuscated = cached
    else:
        raw, obfuscated = render(phone, style, ad.lang, ad.rng)
    ad.entity("phone", phone.e164, raw, obfuscated)
    if obfuscated:
        ad.cue("obscured_phone")
    return raw


def write_telegram(ad: Ad, username: str) -> str:
    roll = ad.rng.random()
    raw = (
        "@" + username
        if roll < 0.5
        else "t.me/" + username
        if roll < 0.8
        else "https://t.me/" + username
        if roll < 0.9
        else username
    )
    ad.entity("handle", "telegram:" + username.lower(), raw, False)
    if "t.me/" in raw:
        _messenger_link(ad, raw)
    return raw


def write_walink(ad: Ad, phone: Phone) -> str:
    """A WhatsApp click-to-chat link: a handle, a web link, and the phone digits inside it."""
    digits = phone.e164[1:]
    prefix = "https://wa.me/" if ad.rng.random() < 0.5 else "wa.me/"
    ad.entity("handle", "whatsapp:" + phone.e164, prefix + digits, False)
    _messenger_link(ad, prefix + digits)
    ad.entity("phone", phone.e164, digits, False)
    return prefix + digits


def _messenger_link(ad: Ad, raw: str) -> None:
    """A messenger link ("wa.me/4477...", "https://t.me/anna_22") is a web link as well as
    a handle. `raw` is "host/path" with or without "https://", host lower case and no
    trailing slash, so its canonical form is the https form (as contacts.normalise_url)."""
    ad.entity("url", "https://" + raw.removeprefix("https://"), raw, False)


def write_messenger_phone(ad: Ad, slot: str, platforms: tuple[str, ...]) -> str:
    """The number a messenger cue names ("WhatsApp {wa_phone}", "WhatsApp/Viber:
    {wa_viber_phone}"): written by the plain phone `slot`, so it reads exactly as that slot
    does elsewhere in the ad (and draws nothing more from the random stream), plus a handle
    "platform:+E164" per platform, raw the number as written, obfuscated as the number."""
    raw = ad[slot]  # runs the phone slot's provider on first use, which records the phone
    for entity in reversed(ad.entities):
        if entity["type"] == "phone" and entity["raw"] == raw:
            for platform in platforms:
                ad.entity("handle", f"{platform}:{entity['value']}", raw, entity["obfuscated"])
            return raw
    raise AssertionError(f"slot {slot!r} wrote no phone")  # a slot table mistake


def messenger_phone_slots(slot: str = "phone", suffix: str = "") -> dict[str, Provider]:
    """Providers of the messenger-cue slots over a phone slot: {wa_phone}, {wa_viber_phone}
    (and {wa_phone2} for slot "phone2", suffix "2")."""
    return {
        f"wa_phone{suffix}": lambda ad: write_messenger_phone(ad, slot, ("whatsapp",)),
        f"wa_viber_phone{suffix}": lambda ad: write_messenger_phone(
            ad, slot, ("whatsapp", "viber")
        ),
    }


def write_email(ad: Ad, address: str, obfuscate: bool) -> str:
    if obfuscate:
        local, domain = address.split("@")
        at = pick(ad.rng, (" [at] ", "(at)", " @ ", " at "))
        raw = local + at + (domain.replace(".", " [dot] ") if ad.rng.random() < 0.4 else domain)
    else:
        raw = address
    ad.entity("email", address.lower(), raw, obfuscate)
    return raw


def write_url(ad: Ad, url: str) -> str:
    """`url` is canonical (https://host/path); ads often drop the scheme."""
    raw = url if ad.rng.random() < 0.5 else url.removeprefix("https://")
    ad.entity("url", url, raw, False)
    return raw
