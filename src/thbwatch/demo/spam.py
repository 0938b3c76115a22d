"""Spam campaigns: the same links, numbers and texts blasted across cities and sites."""

from __future__ import annotations

from typing import Any

from thbwatch.demo import formats
from thbwatch.demo.jobs import job_url, posted
from thbwatch.demo.places import CITIES, CURRENCY
from thbwatch.demo.rand import between, pick
from thbwatch.demo.sex import SITES
from thbwatch.demo.template import Ad, Phrase, compile_phrase, slots_of
from thbwatch.demo.text_spam import SPAM_BRANDS, SPAM_CATEGORIES, SPAM_FILE, SPAM_TEXT
from thbwatch.demo.world import (
    Actor,
    Picker,
    World,
    iso,
    messenger_phone_slots,
    write_phone,
    write_telegram,
    write_url,
)

SPAM: dict[str, dict[str, dict[str, tuple[Phrase, ...]]]] = {
    lang: {
        cat: {part: tuple(compile_phrase(p) for p in phrases) for part, phrases in parts.items()}
        for cat, parts in cats.items()
    }
    for lang, cats in SPAM_TEXT.items()
}
_LANG = Picker(("en", "fr", "de", "es", "it", "nl", "pl", "ro"), (30, 12, 16, 12, 12, 7, 6, 5))
_LANG_COUNTRY = {
    "en": "GB",
    "fr": "FR",
    "de": "DE",
    "es": "ES",
    "it": "IT",
    "nl": "NL",
    "pl": "PL",
    "ro": "RO",
}
_CITIES_BY_LANG = {lang: tuple(c for c in CITIES if c.lang == lang) for lang in _LANG_COUNTRY}
_STOCK_IMAGES = tuple(f"stock_{i:02d}.jpg" for i in range(40))
# (amount, amount2) ranges in euro-like units per category.
_AMOUNTS = {
    "crypto": ((250, 1000), (5000, 25000)),
    "loan": ((5000, 50000), (500, 2000)),
    "homework": ((80, 300), (5, 20)),
    "dating": ((0, 0), (0, 0)),
    "seo": ((0, 0), (0, 0)),
}

SPAM_MEAN = (22.5, 16.5)


class SpamCtx:
    __slots__ = ("actor", "city")

    def __init__(self, actor: SpamActor, city: Any) -> None:
        self.actor = actor
        self.city = city


class SpamActor(Actor):
    __slots__ = (
        "poster",
        "lang",
        "category",
        "file",
        "url",
        "phone",
        "handle",
        "title_u",
        "body_u",
        "brand",
        "currency",
    )

    def emit(self, world: World, t: float, index: int) -> tuple[dict[str, Any], dict[str, Any]]:
        rng = world.rng
        city = pick(rng, _CITIES_BY_LANG[self.lang] if rng.random() < 0.8 else CITIES)
        ad = Ad(rng, self.lang, SpamCtx(self, city), PROVIDERS)
        ad.cue("spam_" + self.category)
        texts = SPAM[self.lang][self.category]
        title = ad.render(self._pick(texts["title"], self.title_u, rng))
        bodies = [b for b in texts["body"] if slots_of(b) <= self._available()]
        body = ad.render(self._pick(tuple(bodies), self.body_u, rng))
        if self.file == "classifieds.jsonl":
            ref = f"cl-{index + 1:07d}"
            cat = "dating" if self.category == "dating" else "services"
            record: dict[str, Any] = {
                "id": ref,
                "title": title,
                "text": body,
                "city": city.name,
                "date": iso(t),
                "url": f"https://{SITES[self.lang]}/{city.slug}/{cat}/{ref}",
                "images": [pick(rng, _STOCK_IMAGES)] if rng.random() < 0.6 else [],
                "language": self.lang,
            }
        else:
            ref = f"job-{index + 1:07d}"
            record = {
                "id": ref,
                "title": title,
                "description": body,
                "location": city.name,
                "posted": posted(t),
                "url": job_url(self.lang, title, ref),
                "company": self.brand if rng.random() < 0.5 else "",
                "language": self.lang,
            }
        truth = {
            "ref": ref,
            "file": self.file,
            "kind": "spam",
            "label": "spam",
            "network": None,
            "language": self.lang,
            "city": city.name,
            "country": city.country,
            "persons": ad.persons,
            "entities": ad.entities,
            "decoys": ad.decoys,
            "poster": self.poster,
            "cues": ad.cues,
        }
        return record, truth

    def _available(self) -> set[str]:
        have = {"url", "order", "amount", "amount2", "city", "e"}
        if self.phone is not None:
            have.update(("phone", "wa_phone"))
        if self.handle is not None:
            have.add("handle")
        return have

    @staticmethod
    def _pick(phrases: tuple[Phrase, ...], u: float, rng: Any) -> Phrase:
        if rng.random() < 0.2:
            u = rng.random()
        return phrases[int(u * len(phrases))]


def _amount(ad: Ad, which: int) -> str:
    actor: SpamActor = ad.ctx.actor
    low, high = _AMOUNTS[actor.category][which]
    value = between(ad.rng, low, high)
    value = value // 50 * 50 if value > 1000 else value
    factor = 4 if actor.currency == "PLN" else 5 if actor.currency == "RON" else 1
    return ad.decoy("price", formats.money(value * factor, ad.lang, actor.currency))


PROVIDERS = {
    "url": lambda ad: write_url(ad, ad.ctx.actor.url),
    "phone": lambda ad: write_phone(
        ad, ad.ctx.actor.phone, pick(ad.rng, ("national", "international", "compact"))
    ),
    **messenger_phone_slots("phone"),
    "handle": lambda ad: write_telegram(ad, ad.ctx.actor.handle),
    "order": lambda ad: ad.decoy("order_number", formats.order_number(ad.rng)),
    "amount": lambda ad: _amount(ad, 0),
    "amount2": lambda ad: _amount(ad, 1),
    "city": lambda ad: ad.ctx.city.name,
    "e": lambda ad: pick(ad.rng, ("🔥", "💰", "❤️", "🚀", "✅", "😍")),
}


def spawn_spam(world: World, t: float) -> SpamActor:
    rng = world.rng
    actor = SpamActor(between(rng, 5, 40), rng.uniform(3, 30))
    actor.poster = f"spam-{world.next_id('spam'):05d}"
    actor.lang = _LANG.pick(rng)
    actor.category = pick(rng, SPAM_CATEGORIES)
    target = pick(rng, SPAM_FILE[actor.category])
    actor.file = "classifieds.jsonl" if target == "classifieds" else "jobs.csv"
    brand = pick(rng, SPAM_BRANDS[actor.category])
    number = world.unique_number("spam-site", 10**4)
    actor.brand = brand.replace("-", " ").title()
    actor.url = (
        f"https://{brand}{number}.example/{pick(rng, ('join', 'start', 'go', 'register', 'promo'))}"
    )
    country = _LANG_COUNTRY[actor.lang]
    actor.currency = CURRENCY.get(country, "EUR")
    wants_phone = {"loan": 1.0, "homework": 0.6}.get(actor.category, 0.0)
    actor.phone = world.phone(country) if rng.random() < wants_phone else None
    actor.handle = (
        world.telegram(brand.replace("-", "_"))
        if actor.phone is not None and actor.category == "homework"
        else None
    )
    actor.title_u = rng.random()
    actor.body_u = rng.random()
    return actor
