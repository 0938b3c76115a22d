"""Sexual-services ads: independent workers and controlled networks.

The difference between the two is planted the way research finds it: partially.
* Controlled networks (third-party control): several persons of other nationalities
  advertised with the same one or two numbers/handles, templated text with names, ages and
  cities swapped, movement through cities over weeks, more often "trustworthy" wording,
  obscured numbers, youth wording, stated nationality, plural persons, "24/7", broken
  language (JHT 2024 study; Ibanez & Suthers 2014). But each cue only in some ads, and 15%
  of network ads are plain.
* Independent workers: own number, own self-written text with typos, more often movement
  wording ("new in town": about 70% less likely in trafficking ads, same study), and some
  of them use the "network" cues too (duos, "24/7", real-photo claims, stated nationality).
Stated age is drawn from overlapping ranges on both sides (under-23 was not predictive).
"""

from __future__ import annotations

from bisect import bisect_right
from datetime import timedelta
from typing import Any

from thbwatch.demo import formats
from thbwatch.demo.names import (
    FIRST_NAMES,
    HANDLE_WORDS,
    MIGRANT_INDEPENDENT,
    NATIONALITY,
    NETWORK_NATIONALITIES,
    PSEUDONYMS,
)
from thbwatch.demo.phones import OBFUSCATED_STYLES, PLAIN_STYLES, POOLS
from thbwatch.demo.places import CITIES_BY_COUNTRY, CURRENCY, SEX_COUNTRY_WEIGHTS, City
from thbwatch.demo.rand import between, pick
from thbwatch.demo.template import Ad, Phrase, Sections, compile_sections, with_typo
from thbwatch.demo.text_sex import EMOJI, SEX_TEXT
from thbwatch.demo.world import (
    Actor,
    Picker,
    World,
    city_picker,
    day_of,
    iso,
    messenger_phone_slots,
    write_phone,
    write_telegram,
    write_url,
    write_walink,
)

SEX: dict[str, Sections] = {lang: compile_sections(d) for lang, d in SEX_TEXT.items()}

# Section orders an advertiser may keep (cue sections are skipped unless the cue is on).
_BODY_ORDERS: tuple[tuple[str, ...], ...] = (
    (
        "intro",
        "cue_move",
        "cue_nat",
        "cue_youth",
        "about",
        "services",
        "cue_trust",
        "cue_plural",
        "location",
        "availability",
        "cue_247",
        "prices",
        "cue_limited",
        "contact",
        "closing",
    ),
    (
        "intro",
        "cue_nat",
        "about",
        "cue_youth",
        "cue_move",
        "location",
        "services",
        "cue_plural",
        "prices",
        "availability",
        "cue_247",
        "cue_trust",
        "cue_limited",
        "contact",
        "closing",
    ),
    (
        "intro",
        "cue_move",
        "about",
        "cue_nat",
        "cue_youth",
        "services",
        "cue_trust",
        "prices",
        "cue_plural",
        "location",
        "cue_247",
        "availability",
        "cue_limited",
        "contact",
        "closing",
    ),
)
# (section, cue it carries or None), precomputed for the loop in SexActor._compose.
BODY_ORDERS: tuple[tuple[tuple[str, str | None], ...], ...] = tuple(
    tuple((name, name[4:] if name.startswith("cue_") else None) for name in order)
    for order in _BODY_ORDERS
)
SECTION_NAMES: tuple[str, ...] = tuple(SEX["en"])
BASE_SECTIONS: tuple[tuple[str, float], ...] = (
    ("about", 0.8),
    ("services", 0.85),
    ("location", 0.8),
    ("availability", 0.6),
    ("prices", 0.75),
    ("closing", 0.6),
)
CUE_TRUTH: dict[str, str] = {
    "trust": "trust_language",
    "youth": "youth_language",
    "nat": "stated_nationality",
    "plural": "plural_persons",
    "247": "available_24_7",
    "limited": "limited_language",
    "move": "movement",
}
SEPARATORS: tuple[str, ...] = (" ", "\n", "\n", "\n\n", " ", "\n")
AND_WORD: dict[str, str] = {
    "en": " and ",
    "fr": " et ",
    "de": " und ",
    "es": " y ",
    "it": " e ",
    "nl": " en ",
    "pl": " i ",
    "ro": " și ",
}
# Countries whose number pools exist (a network from elsewhere uses a local or such number).
POOL_COUNTRIES: tuple[str, ...] = tuple(sorted({c for c, _ in POOLS}))

_CITY = city_picker(SEX_COUNTRY_WEIGHTS)
_NET_NAT = Picker([c for c, _ in NETWORK_NATIONALITIES], [w for _, w in NETWORK_NATIONALITIES])
_MIGRANT = Picker([c for c, _ in MIGRANT_INDEPENDENT], [w for _, w in MIGRANT_INDEPENDENT])
_HOME_OF_CONTROLLER = Picker(
    ("RO", "PL", "ES", "IT", "FR", "DE", "GB", "NL", "BE", "AT"), (40, 8, 10, 10, 8, 8, 6, 4, 3, 3)
)
_STOCK_IMAGES = tuple(f"stock_{i:02d}.jpg" for i in range(40))
_CONTACT_INDEPENDENT = Picker(("contact", "contact_wa"), (0.9, 0.1))
_CONTACT_INDEPENDENT_TG = Picker(
    ("contact", "contact_tg", "contact_tg_only", "contact_wa"), (0.6, 0.25, 0.05, 0.1)
)

# Mean planned ads and lifetime (days) per actor, used to size the active pools.
INDEPENDENT_MEAN = (6.6, 50.0)
NETWORK_MEAN = (50.0, 72.5)


class Person:
    __slots__ = ("name", "age", "nationality", "height_cm", "weight_kg", "images", "texts")

    def __init__(
        self,
        name: str,
        age: int,
        nationality: str,
        height_cm: int,
        weight_kg: int,
        images: tuple[str, ...],
    ) -> None:
        self.name = name
        self.age = age
        self.nationality = nationality
        self.height_cm = height_cm
        self.weight_kg = weight_kg
        self.images = images
        self.texts: dict[tuple[str, str], str] = {}  # how she is described, per language


def _person(
    world: World, nationality: str, ages: tuple[int, int, int], pseudonym_p: float
) -> Person:
    rng = world.rng
    names = FIRST_NAMES.get(nationality, PSEUDONYMS)
    name = pick(rng, PSEUDONYMS) if rng.random() < pseudonym_p else pick(rng, names)
    age = int(rng.triangular(*ages))
    height = int(rng.gauss(166, 6))
    weight = max(44, int(height - 110 + rng.gauss(0, 5)))
    images = tuple(world.image() for _ in range(between(rng, 2, 5)))
    return Person(name, age, nationality, height, weight, images)


class SexActor(Actor):
    """An independent worker (label "independent") or a controlled network ("controlled")."""

    __slots__ = (
        "label",
        "poster",
        "network",
        "persons",
        "segment_persons",
        "phones",
        "handle",
        "url",
        "english",
        "cities",
        "ends",
        "order",
        "include",
        "choice",
        "cue_p",
        "cue_items",
        "duo_p",
        "plain_p",
        "obf_p",
        "obf_styles",
        "plain_styles",
        "contact_weights",
        "third_person",
        "emoji",
        "sep",
        "price_u",
        "cache",
        "euro_in_ro",
        "edit_p",
        "typo_p",
        "banner",
        "tourer",
        "no_contact_p",
        # facts of the ad being written, read by the slot providers
        "city",
        "day",
        "person",
        "partner",
        "currency",
        "phone",
        "phone2",
        "style",
        "style2",
    )

    # -- planning ------------------------------------------------------------------------

    def currency_for(self, country: str) -> str:
        if country == "RO" and self.euro_in_ro:
            return "EUR"
        return CURRENCY.get(country, "EUR")

    def segment(self) -> int:
        return min(bisect_right(self.ends, self.emitted), len(self.cities) - 1)

    # -- posting -------------------------------------------------------------------------

    def emit(self, world: World, t: float, index: int) -> tuple[dict[str, Any], dict[str, Any]]:
        rng = world.rng
        r = rng.random
        seg = self.segment()
        city = self.cities[seg]
        lang = "en" if self.english else city.lang
        active = self.segment_persons[seg]
        person = active[int(r() * len(active))]
        partner = None
        if len(active) > 1 and r() < self.duo_p:  # two persons in one ad
            others = [p for p in active if p is not person]
            partner = others[int(r() * len(others))]
        move = r() < self._movement_p(seg)
        # The actor doubles as the providers' context: ads are written one at a time.
        self.city, self.day, self.person, self.partner = city, day_of(t), person, partner
        self.currency = self.currency_for(city.country)
        self._contact_numbers(rng)
        ad = Ad(rng, lang, self, PROVIDERS)
        sections = SEX[lang]
        # Reposts mostly reuse the advertiser's last wording (and so its cue sentences) for
        # the same situation; now and then the ad is composed afresh.
        key = (lang, move, partner is None)
        draft = self.cache.get(key)
        if draft is None or r() < 0.15:
            draft = self.cache[key] = self._compose(
                sections, self._cues(rng, move, partner), partner, rng
            )
        title_phrase, parts, cue_names = draft
        ad.cues.extend(cue_names)
        title = ad.render(title_phrase)
        body = ad.fill(self._vary(parts, sections, partner, rng), self.sep)
        ref = f"cl-{index + 1:07d}"
        record = {
            "id": ref,
            "title": title,
            "text": body,
            "city": city.name,
            "date": iso(t),
            "url": f"https://{SITES[lang]}/{city.slug}/{CATEGORY[lang]}/{ref}",
            "images": self._images(rng),
            "language": lang,
        }
        truth = {
            "ref": ref,
            "file": "classifieds.jsonl",
            "kind": "sex_ad",
            "label": self.label,
            "network": self.network,
            "language": lang,
            "city": city.name,
            "country": city.country,
            "persons": ad.persons,
            "entities": ad.entities,
            "decoys": ad.decoys,
            "poster": self.poster,
            "cues": ad.cues,
        }
        return record, truth

    def _cues(self, rng: Any, move: bool, partner: Person | None) -> list[str]:
        """Cue sentences of a new wording, in a fixed order (a set's order would vary
        between processes and break byte-for-byte determinism)."""
        r = rng.random
        out = [] if r() < self.plain_p else [cue for cue, p in self.cue_items if r() < p]
        if partner is not None and "plural" not in out:
            out.append("plural")
        if move:
            out.append("move")
        return out

    def _movement_p(self, seg: int) -> float:
        base = self.cue_p.get("move", 0.0)
        first_of_stay = self.emitted - (self.ends[seg - 1] if seg else 0) < 3
        if self.label == "controlled":
            return base * (2.5 if first_of_stay and seg else 1.0)
        if self.tourer and seg:
            return 0.9
        return base

    def _contact_numbers(self, rng: Any) -> None:
        r = rng.random
        main = 0 if len(self.phones) == 1 or r() < 0.7 else 1
        self.phone = self.phones[main]
        self.phone2 = self.phones[1 - main] if len(self.phones) > 1 else None
        styles = self.obf_styles if r() < self.obf_p else self.plain_styles
        self.style = styles[int(r() * len(styles))]
        self.style2 = styles[int(r() * len(styles))]

    def _pick(self, sections: Sections, name: str, rng: Any) -> Phrase:
        phrases = sections[name]
        u = rng.random() if rng.random() < self.edit_p else self.choice[name]
        return phrases[int(u * len(phrases))]

    def _title_phrase(
        self, sections: Sections, cues: list[str], partner: Person | None, rng: Any
    ) -> Phrase:
        if "move" in cues and rng.random() < 0.6:
            name = "title_move"
        elif "plural" in cues and rng.random() < 0.6:
            name = "title_plural"
        elif "nat" in cues and rng.random() < 0.5:
            name = "title_nat"
        else:
            name = "title_plain"
        phrase = self._pick(sections, name, rng)
        if "names" in phrase[1] and partner is None:
            phrase = sections[name][0]
        return phrase

    def _compose(
        self, sections: Sections, cues: list[str], partner: Person | None, rng: Any
    ) -> tuple[Phrase, tuple[tuple[str, str], ...], tuple[str, ...]]:
        """Title phrase, body as (section, template) pairs, and the cue names the wording
        carries. Walks the advertiser's section order."""
        r = rng.random
        title = self._title_phrase(sections, cues, partner, rng)
        agency_voice = False
        choice, include = self.choice, self.include
        # Small edits between reposts: at most one section re-worded, one section toggled.
        reword = int(r() * len(self.order)) if r() < self.edit_p * 3 else -1
        toggle = int(r() * len(self.order)) if r() < 0.35 else -1
        parts: list[tuple[str, str]] = []
        for position, (name, cue) in enumerate(self.order):
            if cue is not None:
                if cue not in cues:
                    continue
                key = name
            elif name == "intro":
                if self.label == "controlled" and "limited" in cues and r() < 0.6:
                    key = "intro_broken"
                elif self.third_person:
                    agency_voice = True
                    key = "intro_3p"
                else:
                    key = "intro"
            elif name == "contact":
                key = self.contact_weights.pick(rng)
            else:
                if include[name] == (position == toggle):
                    continue
                key = name
            phrases = sections[key]
            phrase = phrases[int((r() if position == reword else choice[key]) * len(phrases))]
            if partner is None and "names" in phrase[1]:
                phrase = phrases[0]
            parts.append((key, phrase[0]))
            if name == "contact" and self.url and r() < 0.6:
                parts.append(("contact_url", self._pick(sections, "contact_url", rng)[0]))
        names = tuple(CUE_TRUTH[cue] for cue in cues)
        if agency_voice:  # "Meet Mia, 21": written about her, not by her
            names += ("third_person",)
        return title, tuple(parts), names

    def _vary(
        self,
        parts: tuple[tuple[str, str], ...],
        sections: Sections,
        partner: Person | None,
        rng: Any,
    ) -> list[str]:
        """Small edits of a repost: maybe one sentence re-worded, maybe a typo or two."""
        r = rng.random
        if r() < self.no_contact_p:  # contact only through the site's messaging
            parts = tuple(part for part in parts if not part[0].startswith("contact"))
        texts = [template for _, template in parts]
        if not texts:
            return texts
        if r() < self.edit_p:
            i = int(r() * len(parts))
            phrases = sections[parts[i][0]]
            phrase = phrases[int(r() * len(phrases))]
            if partner is None and "names" in phrase[1]:
                phrase = phrases[0]
            texts[i] = phrase[0]
        roll = r()
        if roll < self.typo_p:
            for _ in range(2 if roll < self.typo_p / 4 else 1):
                i = int(r() * len(texts))
                texts[i] = with_typo(texts[i], rng)
        return texts

    def _images(self, rng: Any) -> list[str]:
        r = rng.random
        own = self.person.images
        count = 1 + int(r() * min(3, len(own)))
        start = int(r() * len(own))
        images = [own[(start + i) % len(own)] for i in range(count)]
        if self.partner is not None:
            images.append(self.partner.images[0])
        if self.banner and r() < 0.3:
            images.append(self.banner)
        if self.label == "independent" and r() < 0.03:
            images.append(_STOCK_IMAGES[int(r() * len(_STOCK_IMAGES))])
        return images


SITES: dict[str, str] = {
    "en": "www.adult-classifieds.example",
    "fr": "www.annonces-coquines.example",
    "de": "www.erotik-markt.example",
    "es": "www.contactos-adultos.example",
    "it": "www.incontri-annunci.example",
    "nl": "www.prive-advertenties.example",
    "pl": "www.ogloszenia-towarzyskie.example",
    "ro": "www.anunturi-escorte.example",
}
CATEGORY: dict[str, str] = {
    "en": "escorts",
    "fr": "escort-girls",
    "de": "erotik",
    "es": "escorts",
    "it": "incontri",
    "nl": "escort",
    "pl": "towarzyskie",
    "ro": "escorte",
}


# --------------------------------------------------------------------------- providers


def _name(ad: Ad) -> str:
    name = ad.ctx.person.name
    ad.person(name)
    return name


def _names(ad: Ad) -> str:
    ctx: SexActor = ad.ctx
    first = ctx.person.name
    ad.person(first)
    if ctx.partner is None:
        return first
    ad.person(ctx.partner.name)
    joiner = AND_WORD[ad.lang] if ad.rng.random() < 0.3 else pick(ad.rng, (" & ", " + ", " & "))
    return first + joiner + ctx.partner.name


def polish_years(age: int) -> str:
    """Polish "lat"/"lata" after a number: 22-24, 32-34... take "lata", the rest "lat"."""
    return "lata" if age % 10 in (2, 3, 4) and age % 100 not in (12, 13, 14) else "lat"


# Advertisers keep their prices, hours and self-description across reposts, so these
# are written once per advertiser (per person, language, country) and then reused.


def _price(ad: Ad) -> str:
    ctx: SexActor = ad.ctx
    actor = ctx
    key = ("price", ctx.city.country, ctx.currency, ad.lang)
    text = actor.cache.get(key)
    if text is None:
        rates = formats.sex_rates(ctx.city.country, ctx.currency, ad.rng)
        styles = formats.SEX_PRICE_STYLES[ad.lang]
        style = styles[int(actor.price_u * len(styles))]
        text = actor.cache[key] = formats.sex_price(style, rates, ad.lang, ctx.currency)
    return ad.decoy("price", text)


def _hours(ad: Ad) -> str:
    actor = ad.ctx
    key = ("hours", ad.lang)
    text = actor.cache.get(key)
    if text is None or ad.rng.random() < 0.15:
        text = actor.cache[key] = formats.hours(ad.lang, ad.rng)
    return ad.decoy("time", text)


def _body_size(ad: Ad, kind: str) -> str:
    person: Person = ad.ctx.person
    key = (kind, ad.lang)
    text = person.texts.get(key)
    if text is None:
        text = person.texts[key] = (
            formats.height(ad.lang, person.height_cm, ad.rng)
            if kind == "height"
            else formats.weight(person.weight_kg, ad.rng)
        )
    return ad.decoy(kind, text)


def _h247(ad: Ad) -> str:
    text = pick(ad.rng, formats.H247[ad.lang])
    if any(c.isdigit() for c in text):
        ad.decoy("24/7", text)
    return text


def _date(ad: Ad) -> str:
    day = ad.ctx.day + timedelta(days=between(ad.rng, 3, 14))
    return ad.decoy("date", formats.short_date(day, ad.lang, ad.rng))


def _phone2(ad: Ad) -> str:
    ctx: SexActor = ad.ctx
    return write_phone(ad, ctx.phone2 or ctx.phone, ctx.style2, ctx.cache)


PROVIDERS = {
    "name": _name,
    "names": _names,
    "age": lambda ad: ad.decoy("age", str(ad.ctx.person.age)),
    "lat": lambda ad: polish_years(ad.ctx.person.age),
    "city": lambda ad: ad.ctx.city.name,
    "area": lambda ad: pick(ad.rng, ad.ctx.city.areas),
    "postcode": lambda ad: ad.decoy("postcode", pick(ad.rng, ad.ctx.city.postcodes)),
    "height": lambda ad: _body_size(ad, "height"),
    "weight": lambda ad: _body_size(ad, "weight"),
    "price": _price,
    "hours": _hours,
    "h247": _h247,
    "date": _date,
    "nat": lambda ad: NATIONALITY[ad.lang][ad.ctx.person.nationality],
    "e": lambda ad: pick(ad.rng, ad.ctx.emoji),
    "phone": lambda ad: write_phone(ad, ad.ctx.phone, ad.ctx.style, ad.ctx.cache),
    "phone2": _phone2,
    "handle": lambda ad: write_telegram(ad, ad.ctx.handle),
    "walink": lambda ad: write_walink(ad, ad.ctx.phone),
    "url": lambda ad: write_url(ad, ad.ctx.url),
    **messenger_phone_slots("phone"),
    **messenger_phone_slots("phone2", "2"),
}


# --------------------------------------------------------------------------- spawning


def _style(
    actor: SexActor, world: World, *, third_person_p: float, edit_p: float, typo_p: float
) -> None:
    rng = world.rng
    r = rng.random
    actor.order = pick(rng, BODY_ORDERS)
    actor.include = {name: r() < p for name, p in BASE_SECTIONS}
    actor.choice = dict(zip(SECTION_NAMES, [r() for _ in SECTION_NAMES], strict=True))
    actor.third_person = rng.random() < third_person_p
    actor.emoji = (pick(rng, EMOJI), pick(rng, EMOJI), pick(rng, EMOJI))
    actor.sep = pick(rng, SEPARATORS)
    actor.price_u = rng.random()
    actor.cache = {}
    actor.euro_in_ro = rng.random() < 0.3
    actor.edit_p = edit_p
    actor.typo_p = typo_p
    actor.no_contact_p = 0.0
    actor.plain_styles = (pick(rng, PLAIN_STYLES), pick(rng, PLAIN_STYLES))


def _handle_stem(world: World, name: str) -> str:
    base = "".join(c for c in name.lower() if c.isascii() and c.isalpha()) or "girl"
    return f"{base}_{pick(world.rng, HANDLE_WORDS)}"


def spawn_independent(world: World, t: float) -> SexActor:
    rng = world.rng
    # Independents bump and repost their ad: a few to a few dozen posts over weeks.
    actor = SexActor(1 + min(40, int(rng.expovariate(1 / 6.0))), rng.uniform(10, 90))
    actor.label = "independent"
    actor.poster = f"ind-{world.next_id('independent'):06d}"
    actor.network = None
    home = _CITY.pick(rng)
    migrant = rng.random() < 0.25
    nationality = _MIGRANT.pick(rng) if migrant else home.country
    person = _person(world, nationality, (19, 46, 27), 0.3)
    persons = [person]
    duo = rng.random() < 0.05
    if duo:
        persons.append(
            _person(world, nationality if rng.random() < 0.5 else home.country, (19, 40, 26), 0.3)
        )
    actor.persons = persons
    actor.tourer = rng.random() < 0.25 and actor.planned >= 2
    if actor.tourer:
        other = _tour_city(rng, home)
        first = max(1, actor.planned // 2)
        actor.cities = [home, other]
        actor.ends = [first, actor.planned]
    else:
        actor.cities = [home]
        actor.ends = [actor.planned]
    actor.segment_persons = [persons] * len(actor.cities)
    own_country = (
        nationality if nationality in POOL_COUNTRIES and rng.random() < 0.4 else home.country
    )
    actor.phones = [world.phone(own_country)]
    actor.handle = world.telegram(_handle_stem(world, person.name)) if rng.random() < 0.12 else None
    actor.url = None
    if rng.random() < 0.06:
        slug = _handle_stem(world, person.name).replace("_", "-")
        actor.url = f"https://www.{slug}-{world.unique_number('site')}.example"
    actor.english = home.lang != "en" and rng.random() < 0.06
    _style(actor, world, third_person_p=0.05, edit_p=0.35, typo_p=0.35)
    actor.cue_p = {
        "trust": 0.8 if rng.random() < 0.18 else 0.0,
        "youth": 0.7 if rng.random() < (0.3 if person.age < 23 else 0.12) else 0.0,
        "nat": 0.8 if rng.random() < (0.5 if migrant else 0.08) else 0.0,
        "plural": 0.7 if duo else (0.6 if rng.random() < 0.02 else 0.0),
        "247": 0.8 if rng.random() < 0.15 else 0.0,
        "limited": 0.8 if migrant and rng.random() < 0.12 else 0.0,
        "move": 0.3 if actor.tourer else 0.12,
    }
    actor.plain_p = 0.0
    actor.obf_p = 0.85 if rng.random() < 0.12 else 0.0
    actor.obf_styles = tuple(rng.sample(OBFUSCATED_STYLES, 2))
    if actor.handle:
        actor.contact_weights = _CONTACT_INDEPENDENT_TG
    else:
        actor.contact_weights = _CONTACT_INDEPENDENT
    actor.banner = None
    _finish(actor)
    return actor


def _finish(actor: SexActor) -> None:
    """Drop what this advertiser never uses from the per-ad loops (speed only)."""
    actor.cue_items = tuple((c, p) for c, p in actor.cue_p.items() if p and c != "move")
    # Two persons in one ad: duos, and networks advertising "two girls".
    actor.duo_p = 0.6 * actor.cue_p.get("plural", 0.0) + (
        0.03 if actor.label == "controlled" else 0.0
    )
    actor.order = tuple(
        (name, cue)
        for name, cue in actor.order
        if cue is None or cue == "move" or actor.cue_p.get(cue)
    )


def _tour_city(rng: Any, home: City) -> City:
    if rng.random() < 0.8:
        options = [c for c in CITIES_BY_COUNTRY[home.country] if c is not home]
        return pick(rng, options)
    while True:
        city = _CITY.pick(rng)
        if city.country != home.country:
            return city


def spawn_network(world: World, t: float) -> SexActor:
    rng = world.rng
    actor = SexActor(between(rng, 20, 80), rng.uniform(35, 110))
    actor.label = "controlled"
    actor.network = f"net-{world.next_id('network'):04d}"
    actor.poster = actor.network
    actor.tourer = True
    actor.cities = _itinerary(rng, actor.planned)
    actor.ends = _split(rng, actor.planned, len(actor.cities))
    main_nat = _NET_NAT.pick(rng)
    count = between(rng, 3, 12)
    persons = [
        _person(world, main_nat if rng.random() < 0.75 else _NET_NAT.pick(rng), (18, 31, 21), 0.4)
        for _ in range(count)
    ]
    actor.persons = persons
    actor.segment_persons = _rosters(rng, persons, len(actor.cities))
    # The controller's numbers: from the persons' origin when a pool exists, else local
    # or from another country the network works in ("a Romanian number in Madrid").
    if main_nat in POOL_COUNTRIES and rng.random() < 0.6:
        home = main_nat
    elif rng.random() < 0.5:
        home = actor.cities[0].country
    else:
        home = _HOME_OF_CONTROLLER.pick(rng)
    actor.phones = [world.phone(home)]
    if rng.random() < 0.4:
        actor.phones.append(world.phone(home if rng.random() < 0.6 else actor.cities[0].country))
    actor.handle = (
        world.telegram(
            pick(rng, ("vip_girls", "new_girls", "agency", "models", "angels", "lux_girls"))
        )
        if rng.random() < 0.4
        else None
    )
    actor.url = None
    actor.english = rng.random() < 0.25 and any(c.lang != "en" for c in actor.cities)
    _style(actor, world, third_person_p=0.6, edit_p=0.2, typo_p=0.1)
    picked = {
        cue: rng.random() < p
        for cue, p in (
            ("trust", 0.6),
            ("youth", 0.5),
            ("nat", 0.65),
            ("plural", 0.5),
            ("247", 0.5),
            ("limited", 0.3),
        )
    }
    actor.cue_p = {cue: (0.85 if on else 0.0) for cue, on in picked.items()}
    actor.cue_p["move"] = 0.05
    actor.plain_p = 0.15
    actor.no_contact_p = 0.04
    actor.obf_p = 0.8 if rng.random() < 0.65 else 0.05
    actor.obf_styles = tuple(rng.sample(OBFUSCATED_STYLES, 3))
    kinds = ["contact", "contact_wa"]
    weights = [0.55, 0.1]
    if len(actor.phones) > 1:
        kinds.append("contact_2")
        weights.append(0.25)
    if actor.handle:
        kinds += ["contact_tg", "contact_tg_only"]
        weights += [0.2, 0.05]
    actor.contact_weights = Picker(kinds, weights)
    actor.banner = world.image() if rng.random() < 0.5 else None
    _finish(actor)
    return actor


def _itinerary(rng: Any, planned: int) -> list[City]:
    stops = max(2, min(between(rng, 3, 6), planned // 5))
    first = _CITY.pick(rng)
    countries = [first.country]
    if rng.random() < 0.4:  # cross-border circuit
        while len(countries) < between(rng, 2, 3):
            country = _CITY.pick(rng).country
            if country not in countries:
                countries.append(country)
    cities = [first]
    while len(cities) < stops:
        country = countries[min(len(cities) * len(countries) // stops, len(countries) - 1)]
        options = [c for c in CITIES_BY_COUNTRY[country] if c not in cities]
        if not options:
            options = [c for c in CITIES_BY_COUNTRY[countries[-1]] if c not in cities] or [
                c for c in _CITY.items if c not in cities
            ]
        cities.append(pick(rng, options))
    return cities


def _split(rng: Any, planned: int, parts: int) -> list[int]:
    """Cumulative ad counts per stop (each stop gets at least a few ads)."""
    weights = [rng.uniform(0.6, 1.4) for _ in range(parts)]
    total = sum(weights)
    ends, acc = [], 0.0
    for w in weights[:-1]:
        acc += w
        ends.append(max(len(ends) + 1, round(planned * acc / total)))
    ends.append(planned)
    return ends


def _rosters(rng: Any, persons: list[Person], stops: int) -> list[list[Person]]:
    """Who is advertised at each stop: a core moves along; some join late or leave early."""
    rosters: list[list[Person]] = [[] for _ in range(stops)]
    for i, person in enumerate(persons):
        if i < 2 or rng.random() < 0.7:
            first, last = 0, stops - 1
        else:
            first = rng.randrange(stops)
            last = rng.randrange(first, stops)
        for s in range(first, last + 1):
            rosters[s].append(person)
    return rosters
