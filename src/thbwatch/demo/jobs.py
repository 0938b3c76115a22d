"""Job ads: legitimate employers (and licensed agencies) and deceptive recruiter networks."""

from __future__ import annotations

import re
import unicodedata
from datetime import timedelta
from math import gcd
from typing import Any

from thbwatch.demo import formats
from thbwatch.demo.names import (
    AGENCY_NAMES,
    CONTACT_NAMES,
    DESTINATION_NAMES,
    HR_MAILBOX,
    LEGAL_FORM,
    RECRUITER_NAMES,
    RECRUITER_STEMS,
    SURNAMES,
    TRADE,
)
from thbwatch.demo.phones import POOLS, Phone
from thbwatch.demo.places import (
    CITIES_BY_COUNTRY,
    COUNTRY_LANG,
    CURRENCY,
    DESTINATIONS,
    JOB_COUNTRY_WEIGHTS,
    RECRUIT_COUNTRY_WEIGHTS,
    STREETS,
    City,
    street_address,
)
from thbwatch.demo.rand import between, pick
from thbwatch.demo.template import Ad, Phrase, Sections, compile_phrase, compile_sections
from thbwatch.demo.text_jobs import (
    CONTRACTS,
    DECEPTIVE_SECTORS,
    DECEPTIVE_TEXT,
    JOB_TITLES,
    LEGIT_TEXT,
    MARKET_HOURLY,
    REGNO_STYLES,
    SALARY_STYLES,
    SECTOR_FACTOR,
    SECTORS,
    TASKS,
    WAGE_STYLES,
)
from thbwatch.demo.world import (
    DAY,
    START,
    Actor,
    World,
    city_picker,
    day_of,
    messenger_phone_slots,
    write_email,
    write_phone,
    write_telegram,
    write_url,
    write_walink,
)

LEGIT: dict[str, Sections] = {}
AGENCY_OFFER: dict[str, str] = {
    "en": "Work {dest_in} for our client {client}.",
    "fr": "Mission {dest_in} chez notre client {client}.",
    "de": "Einsatz {dest_in} bei unserem Kunden {client}.",
    "es": "Trabajo {dest_in} para nuestro cliente {client}.",
    "it": "Lavoro {dest_in} presso il nostro cliente {client}.",
    "nl": "Werk {dest_in} bij onze opdrachtgever {client}.",
    "pl": "Praca {dest_in} u naszego klienta {client}.",
    "ro": "Muncă {dest_in} la clientul nostru {client}.",
}
DECEPTIVE: dict[str, Sections] = {lang: compile_sections(d) for lang, d in DECEPTIVE_TEXT.items()}
TASK_PHRASES: dict[str, dict[str, Phrase]] = {
    lang: {sector: compile_phrase(text) for sector, text in tasks.items()}
    for lang, tasks in TASKS.items()
}

# Red flags carried by each deceptive title, in the same order in every language.
TITLE_CUES: tuple[tuple[str, ...], ...] = (
    ("urgency",),
    ("no_experience",),
    ("urgency",),
    ("housing_by_employer",),
)
FLAG_SECTIONS: tuple[tuple[str, float], ...] = (
    ("vague_employer", 0.6),
    ("pay_above_market", 0.75),
    ("no_experience", 0.7),
    ("no_language", 0.55),
    ("deducted_later", 0.5),
    ("fee_to_worker", 0.45),
    ("passport_early", 0.35),
    ("urgency", 0.6),
    ("housing_by_employer", 0.3),
)
CAREERS_PATHS: dict[str, tuple[str, ...]] = {
    "en": ("jobs", "careers", "vacancies"),
    "fr": ("recrutement", "emplois", "carrieres"),
    "de": ("karriere", "jobs", "stellenangebote"),
    "es": ("empleo", "trabaja-con-nosotros"),
    "it": ("lavora-con-noi", "carriere"),
    "nl": ("vacatures", "werken-bij"),
    "pl": ("kariera", "praca"),
    "ro": ("cariere", "joburi"),
}
PRIVATE_LABEL: dict[str, str] = {
    "en": "Private advertiser",
    "fr": "Particulier",
    "de": "Privat",
    "es": "Particular",
    "it": "Privato",
    "nl": "Particulier",
    "pl": "Osoba prywatna",
    "ro": "Persoană fizică",
}
JOB_SITES: dict[str, str] = {
    "en": "www.jobs-board.example",
    "fr": "www.offres-emploi.example",
    "de": "www.stellenmarkt.example",
    "es": "www.ofertas-empleo.example",
    "it": "www.annunci-lavoro.example",
    "nl": "www.vacaturebank.example",
    "pl": "www.oferty-pracy.example",
    "ro": "www.locuri-de-munca.example",
}
GROUP_TOPICS: tuple[str, ...] = (
    "work-abroad",
    "jobs-europe",
    "romani-in-strainatate",
    "praca-za-granica",
    "lavoro-estero",
    "trabajo-europa",
    "emplois-etranger",
    "jobs-uk-eu",
    "munca-germania",
    "praca-holandia",
)

_JOB_CITY = city_picker(JOB_COUNTRY_WEIGHTS)
_COMPANY_PHONE_STYLES = ("national", "national", "international")
_RECRUIT_CITY = city_picker(RECRUIT_COUNTRY_WEIGHTS)

COMPANY_MEAN = (6.0, 105.0)
RECRUITER_MEAN = (23.0, 42.0)

for _lang, _sections in LEGIT_TEXT.items():
    LEGIT[_lang] = compile_sections({**_sections, "agency_offer": [AGENCY_OFFER[_lang]]})


_NON_SLUG = re.compile(r"[^a-z0-9]+")


def slugify(text: str) -> str:
    ascii_text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode().lower()
    return _NON_SLUG.sub("-", ascii_text).strip("-")


def _scramble(index: int, size: int, salt: int) -> int:
    mult = 7919
    while gcd(mult, size) != 1:
        mult += 2
    return (index * mult + salt) % size


def company_name(world: World, lang: str, country: str, trade_key: str) -> tuple[str, str]:
    """A company name unique within the run for (language, trade), and its domain."""
    surnames = SURNAMES[lang]
    size = len(surnames) * (len(surnames) + 1)
    index = world.next_id(f"company:{lang}:{trade_key}") - 1
    j = _scramble(index % size, size, world.seed)
    first, second = divmod(j, len(surnames) + 1)
    trade = TRADE[lang][trade_key]
    owner = (
        surnames[first] if second == len(surnames) else f"{surnames[first]} & {surnames[second]}"
    )
    if owner == f"{surnames[first]} & {surnames[first]}":
        owner = (
            surnames[first]
            + " & "
            + {
                "de": "Söhne",
                "fr": "Fils",
                "it": "Figli",
                "es": "Hijos",
                "nl": "Zonen",
                "pl": "Synowie",
                "ro": "Fiii",
                "en": "Sons",
            }[lang]
        )
    form = pick(world.rng, LEGAL_FORM[country])
    slug = slugify(f"{owner} {trade}")
    if index >= size:  # more companies than names: keep domains unique anyway
        slug += f"-{index // size + 1}"
    return f"{owner} {trade} {form}", slug + ".example"


def _hourly(country: str, sector: str, rng: Any) -> float:
    low, high = MARKET_HOURLY[country]
    return (low + (high - low) * rng.random()) * SECTOR_FACTOR[sector]


def _dest_currency(country: str) -> str:
    return "GBP" if country == "GB" else "EUR"


# --------------------------------------------------------------------------- legitimate


class JobCtx:
    __slots__ = ("actor", "city", "lang", "day", "sector", "dest")

    def __init__(
        self, actor: Any, city: City, lang: str, day: Any, sector: str, dest: str | None
    ) -> None:
        self.actor = actor
        self.city = city
        self.lang = lang
        self.day = day
        self.sector = sector
        self.dest = dest


class CompanyActor(Actor):
    __slots__ = (
        "poster",
        "lang",
        "country",
        "name",
        "domain",
        "hq",
        "branches",
        "street",
        "house",
        "phone",
        "contact",
        "mailbox",
        "sectors",
        "agency",
        "destinations",
        "choice",
        "include",
        "extras",
        "salary_u",
        "site_path",
        "cache",
    )

    def emit(self, world: World, t: float, index: int) -> tuple[dict[str, Any], dict[str, Any]]:
        rng = world.rng
        city = self.hq if rng.random() < 0.7 else pick(rng, self.branches)
        sector = pick(rng, self.sectors)
        dest = pick(rng, self.destinations) if self.agency else None
        ctx = JobCtx(self, city, self.lang, day_of(t), sector, dest)
        ad = Ad(rng, self.lang, ctx, LEGIT_PROVIDERS)
        # Employers repost a vacancy with the same wording (contract, dates, refs change).
        key = ("vacancy", sector, dest)
        vacancy = self.cache.get(key)
        if vacancy is None or rng.random() < 0.25:
            sections = LEGIT[self.lang]
            probe = Ad(rng, self.lang, ctx, LEGIT_PROVIDERS)  # collects the cues only
            title_phrase = self._pick(sections, "title", rng)
            vacancy = self.cache[key] = (
                title_phrase,
                self._body(probe, sections, sector, rng),
                tuple(probe.cues),
            )
        title_phrase, parts, cues = vacancy
        ad.cues.extend(cues)
        title = ad.render(title_phrase)
        ref = f"job-{index + 1:07d}"
        record = {
            "id": ref,
            "title": title,
            "description": ad.fill(parts, "\n"),
            "location": city.name,
            "posted": posted(t),
            "url": job_url(self.lang, title, ref),
            "company": self.name,
            "language": self.lang,
        }
        truth = _job_truth(ref, "legit_job", None, self.lang, city, ad, self.poster)
        return record, truth

    def _pick(self, sections: Sections, name: str, rng: Any) -> Phrase:
        phrases = sections[name]
        if len(phrases) == 1:
            return phrases[0]
        u = rng.random() if rng.random() < 0.3 else self.choice[name]
        return phrases[int(u * len(phrases))]

    def _body(self, ad: Ad, sections: Sections, sector: str, rng: Any) -> list[str]:
        parts: list[str] = []
        if self.include["intro"]:
            parts.append(self._pick(sections, "intro", rng)[0])
        if self.agency:
            ad.cue("abroad")
            parts.append(sections["agency_offer"][0][0])
        parts.append(self._pick(sections, "role", rng)[0])
        if self.include["tasks"]:
            parts.append(TASK_PHRASES[self.lang][sector][0])
        parts.append(self._pick(sections, "offer", rng)[0])
        for extra, p in self.extras.items():
            if rng.random() < p:
                phrase = self._pick(sections, extra, rng)
                if extra == "noexp":
                    ad.cue("no_experience")
                elif extra == "visa":
                    ad.cue("visa_sponsorship")
                elif extra == "agency":
                    ad.cue("licensed_agency")
                parts.append(phrase[0])
        if self.include["address"]:
            parts.append(self._pick(sections, "address", rng)[0])
        if self.include["start"]:
            parts.append(self._pick(sections, "start", rng)[0])
        parts.append(self._pick(sections, "apply", rng)[0])
        if rng.random() < 0.3:
            parts.append(pick(rng, sections["apply"])[0])
        return parts


def _legit_salary(ad: Ad) -> str:
    """Market pay; an employer quotes the same pay for the same job across reposts."""
    ctx: JobCtx = ad.ctx
    actor: CompanyActor = ctx.actor
    key = (ctx.sector, ctx.dest, ad.lang)
    text = actor.cache.get(key)
    if text is None:
        text = actor.cache[key] = _salary_text(ad, ctx, actor)
    return ad.decoy("price", text)


def _salary_text(ad: Ad, ctx: JobCtx, actor: CompanyActor) -> str:
    country = ctx.dest or actor.country
    currency = _dest_currency(country) if ctx.dest else CURRENCY.get(country, "EUR")
    hourly = _hourly(country, ctx.sector, ad.rng)
    monthly = round(hourly * (165 + 8 * ad.rng.random()) / 10) * 10
    yearly = round(monthly * 12 / 500) * 500
    styles = SALARY_STYLES[ad.lang]
    style = styles[int(actor.salary_u * len(styles))]
    return style.format(
        H=formats.money(hourly, ad.lang, currency, 2),
        M=formats.money(monthly, ad.lang, currency),
        Y=formats.money(yearly, ad.lang, currency),
    )


def _legit_fee(ad: Ad) -> str:
    ctx: JobCtx = ad.ctx
    country = ctx.dest or ctx.actor.country
    currency = _dest_currency(country) if ctx.dest else CURRENCY.get(country, "EUR")
    weekly = 60 + 5 * int(ad.rng.random() * 16)
    value = weekly * 4 if currency in ("EUR", "GBP") else weekly * 16
    # Rent paid for employer-arranged housing: an honest instance of the housing flag.
    ad.cue("housing_by_employer")
    return ad.decoy("price", formats.money(value, ad.lang, currency))


def _regno(ad: Ad) -> str:
    country = ad.ctx.actor.country
    text = REGNO_STYLES[country].format(
        n=between(ad.rng, 1000, 99999), y=between(ad.rng, 2009, 2024)
    )
    return ad.decoy("order_number", text)


def _company_email(ad: Ad) -> str:
    actor: CompanyActor = ad.ctx.actor
    return write_email(ad, f"{actor.mailbox}@{actor.domain}", False)


def _company_url(ad: Ad) -> str:
    actor: CompanyActor = ad.ctx.actor
    return write_url(ad, f"https://www.{actor.domain}/{actor.site_path}")


def _contact_name(ad: Ad) -> str:
    name = ad.ctx.actor.contact
    ad.person(name)
    return name


def _start_date(ad: Ad) -> str:
    day = ad.ctx.day + timedelta(days=between(ad.rng, 10, 60))
    return ad.decoy("date", formats.full_date(day, ad.lang))


def _client(ad: Ad) -> str:
    ctx: JobCtx = ad.ctx
    dest_lang = COUNTRY_LANG.get(ctx.dest or "", "en")
    surname = pick(ad.rng, SURNAMES[dest_lang])
    return f"{surname} {TRADE[dest_lang][ctx.sector]}"


def _address(ad: Ad) -> str:
    actor: CompanyActor = ad.ctx.actor
    return street_address(actor.country, actor.street, actor.house)


LEGIT_PROVIDERS = {
    "job": lambda ad: JOB_TITLES[ad.lang][ad.ctx.sector],
    "city": lambda ad: ad.ctx.city.name,
    "company": lambda ad: ad.ctx.actor.name,
    "contract": lambda ad: pick(ad.rng, CONTRACTS[ad.lang]),
    "salary": _legit_salary,
    "fee": _legit_fee,
    "regno": _regno,
    "address": _address,
    "postcode": lambda ad: ad.decoy("postcode", pick(ad.rng, ad.ctx.city.postcodes)),
    "date": _start_date,
    "email": _company_email,
    "url": _company_url,
    "phone": lambda ad: write_phone(
        ad, ad.ctx.actor.phone, pick(ad.rng, _COMPANY_PHONE_STYLES), ad.ctx.actor.cache
    ),
    "contact": _contact_name,
    "ref": lambda ad: ad.decoy("order_number", formats.job_ref(ad.lang, ad.ctx.day.year, ad.rng)),
    "dest_in": lambda ad: DESTINATION_NAMES[ad.lang][ad.ctx.dest][1],
    "client": _client,
}


def spawn_company(world: World, t: float) -> CompanyActor:
    rng = world.rng
    actor = CompanyActor(1 + min(40, int(rng.expovariate(1 / 5.0))), rng.uniform(30, 180))
    actor.poster = f"co-{world.next_id('company'):05d}"
    hq = _JOB_CITY.pick(rng)
    actor.hq = hq
    actor.lang = hq.lang
    actor.country = hq.country
    actor.branches = [c for c in CITIES_BY_COUNTRY[hq.country] if c.lang == hq.lang] or [hq]
    actor.agency = hq.country in ("PL", "RO", "ES", "IT", "FR") and rng.random() < 0.15
    # Agencies place many trades; an employer mostly hires for its own trade.
    count = between(rng, 2, 3) if actor.agency else (2 if rng.random() < 0.15 else 1)
    actor.sectors = rng.sample(SECTORS, count)
    actor.destinations = [d for d in rng.sample(DESTINATIONS, 3) if d != hq.country][:2] or ["DE"]
    trade_key = "agency" if actor.agency else actor.sectors[0]
    actor.name, actor.domain = company_name(world, actor.lang, actor.country, trade_key)
    actor.street = pick(rng, STREETS[hq.country])
    actor.house = between(rng, 1, 99)
    actor.phone = world.phone(hq.country, "business")
    actor.contact = pick(rng, CONTACT_NAMES[actor.lang])
    actor.mailbox = pick(rng, HR_MAILBOX[actor.lang])
    actor.site_path = pick(rng, CAREERS_PATHS[actor.lang])
    actor.choice = {name: rng.random() for name in LEGIT[actor.lang]}
    actor.include = {
        "intro": rng.random() < 0.8,
        "tasks": rng.random() < 0.9,
        # an agency's own office is not the workplace abroad
        "address": not actor.agency and rng.random() < 0.7,
        "start": rng.random() < 0.5,
    }
    low_skill = any(
        s in ("warehouse", "agriculture", "kitchen", "cleaning", "factory", "hotel")
        for s in actor.sectors
    )
    actor.extras = {
        "noexp": 0.45 if low_skill else 0.1,
        "housing": 0.6 if actor.agency else (0.12 if rng.random() < 0.5 else 0.0),
        "visa": 0.25 if hq.country in ("GB", "DE", "NL") and rng.random() < 0.2 else 0.0,
        "agency": 0.9 if actor.agency else 0.0,
    }
    actor.salary_u = rng.random()
    actor.cache = {}
    return actor


# --------------------------------------------------------------------------- deceptive


class RecruiterActor(Actor):
    __slots__ = (
        "poster",
        "network",
        "lang",
        "home",
        "cities",
        "offers",
        "phones",
        "handle",
        "email",
        "agency",
        "recruiter",
        "flags",
        "flag_order",
        "contact_kinds",
        "choice",
        "wage_factor",
        "fee_value",
        "fee_currency",
        "groups",
        "english",
        "obf_email",
    )

    def emit(self, world: World, t: float, index: int) -> tuple[dict[str, Any], dict[str, Any]]:
        rng = world.rng
        city = pick(rng, self.cities)
        lang = "en" if self.english else city.lang
        dest, sector = pick(rng, self.offers)
        ctx = JobCtx(self, city, lang, day_of(t), sector, dest)
        ad = Ad(rng, lang, ctx, DECEPTIVE_PROVIDERS)
        ad.cue("abroad")
        sections = DECEPTIVE[lang]
        title_index = self._index(sections, "title", rng)
        title = ad.render(sections["title"][title_index])
        for cue in TITLE_CUES[title_index]:
            ad.cue(cue)
        ref = f"job-{index + 1:07d}"
        record = {
            "id": ref,
            "title": title,
            "description": self._body(ad, sections, sector, rng),
            "location": city.name,
            "posted": posted(t),
            "url": self._url(lang, title, ref, rng),
            "company": self._company(lang, rng),
            "language": lang,
        }
        truth = _job_truth(ref, "deceptive_job", self.network, lang, city, ad, self.poster)
        return record, truth

    def _index(self, sections: Sections, name: str, rng: Any) -> int:
        u = rng.random() if rng.random() < 0.2 else self.choice[name]
        return int(u * len(sections[name]))

    def _line(self, ad: Ad, sections: Sections, name: str, rng: Any) -> str:
        """The template of one line (filled later with the whole body)."""
        return sections[name][self._index(sections, name, rng)][0]

    def _body(self, ad: Ad, sections: Sections, sector: str, rng: Any) -> str:
        lines = [self._line(ad, sections, "hook", rng)]
        if sector == "hostess":
            ad.cue("hostess_recruitment")
            lines.append(self._line(ad, sections, "hostess", rng))
            if rng.random() < 0.7:
                ad.cue("photos_requested")
                lines.append(self._line(ad, sections, "photos_requested", rng))
        for flag in self.flag_order:
            if flag in self.flags and rng.random() < 0.85:
                if flag not in ("pay_above_market", "fee_to_worker"):
                    ad.cue(flag)  # the two others are recorded by their price slots
                if flag == "housing_by_employer":
                    ad.cue("deducted_later")
                lines.append(self._line(ad, sections, flag, rng))
        lines.extend(self._contact_lines(ad, sections, rng))
        if rng.random() < 0.5:
            lines.append(self._line(ad, sections, "sign", rng))
        sep = "\n" if self.choice["sep"] < 0.6 else " "
        return ad.fill(lines, sep)

    def _contact_lines(self, ad: Ad, sections: Sections, rng: Any) -> list[str]:
        kinds = rng.sample(self.contact_kinds, min(len(self.contact_kinds), pick(rng, (1, 1, 2))))
        if "contact_mail" not in kinds:
            ad.cue("messenger_only")
        return [self._line(ad, sections, kind, rng) for kind in kinds]

    def _url(self, lang: str, title: str, ref: str, rng: Any) -> str:
        if rng.random() < 0.5:
            return job_url(lang, title, ref)
        return f"https://social.example/groups/{pick(rng, self.groups)}/posts/{ref[4:]}"

    def _company(self, lang: str, rng: Any) -> str:
        if self.agency:
            return self.agency
        return PRIVATE_LABEL[lang] if rng.random() < 0.6 else ""


def _wage(ad: Ad) -> str:
    ctx: JobCtx = ad.ctx
    actor: RecruiterActor = ctx.actor
    currency = _dest_currency(ctx.dest)
    hourly = _hourly(ctx.dest, "warehouse" if ctx.sector == "hostess" else ctx.sector, ad.rng)
    monthly = round(hourly * 170 * actor.wage_factor / 100) * 100
    daily = round(hourly * 9 * actor.wage_factor / 10) * 10
    styles = WAGE_STYLES[ad.lang]
    text = styles[int(actor.choice["wage"] * len(styles))].format(
        M=formats.money(monthly, ad.lang, currency), D=formats.money(daily, ad.lang, currency)
    )
    ad.cue("pay_above_market")
    return ad.decoy("price", text)


def _fee(ad: Ad) -> str:
    actor: RecruiterActor = ad.ctx.actor
    ad.cue("fee_to_worker")
    return ad.decoy("price", formats.money(actor.fee_value, ad.lang, actor.fee_currency))


def _fee2(ad: Ad) -> str:
    ctx: JobCtx = ad.ctx
    weekly = 70 + 10 * int(ad.rng.random() * 9)
    return ad.decoy("price", formats.money(weekly, ad.lang, _dest_currency(ctx.dest)))


def _recruiter(ad: Ad) -> str:
    name = ad.ctx.actor.recruiter
    ad.person(name)
    return name


def _recruiter_phone(ad: Ad) -> str:
    actor: RecruiterActor = ad.ctx.actor
    phone = actor.phones[0] if len(actor.phones) == 1 or ad.rng.random() < 0.7 else actor.phones[1]
    style = (
        "national"
        if ad.rng.random() < 0.45
        else pick(
            ad.rng,
            (
                "international",
                "international_compact",
                "international_00",
                "compact",
                "spelled",
                "digit_sep",
                "linebreak",
            ),
        )
    )
    return write_phone(ad, phone, style)


def _recruiter_email(ad: Ad) -> str:
    actor: RecruiterActor = ad.ctx.actor
    ad.cue("freemail")
    return write_email(ad, actor.email, actor.obf_email and ad.rng.random() < 0.5)


def _ages(ad: Ad, key: str) -> str:
    low = ad.get("age")  # already written: {age} comes before {age2}
    if key == "age":
        return ad.decoy("age", str(pick(ad.rng, (18, 18, 19, 20))))
    return ad.decoy("age", str(int(low or 18) + pick(ad.rng, (7, 10, 12, 17))))


def _departure_date(ad: Ad) -> str:
    day = ad.ctx.day + timedelta(days=between(ad.rng, 4, 12))
    return ad.decoy("date", formats.short_date(day, ad.lang, ad.rng))


DECEPTIVE_PROVIDERS = {
    "job": lambda ad: JOB_TITLES[ad.lang][ad.ctx.sector],
    "dest_in": lambda ad: DESTINATION_NAMES[ad.lang][ad.ctx.dest][1],
    "wage": _wage,
    "fee": _fee,
    "fee2": _fee2,
    "date": _departure_date,
    "age": lambda ad: _ages(ad, "age"),
    "age2": lambda ad: _ages(ad, "age2"),
    "phone": _recruiter_phone,
    "handle": lambda ad: write_telegram(ad, ad.ctx.actor.handle),
    "email": _recruiter_email,
    "walink": lambda ad: write_walink(ad, ad.ctx.actor.phones[0]),
    **messenger_phone_slots("phone"),
    "recruiter": _recruiter,
    "e": lambda ad: pick(ad.rng, ("✅", "🔥", "💶", "✈️", "⭐", "‼️")),
}


def spawn_recruiter(world: World, t: float) -> RecruiterActor:
    rng = world.rng
    actor = RecruiterActor(between(rng, 6, 40), rng.uniform(14, 70))
    actor.network = f"net-{world.next_id('network'):04d}"
    actor.poster = actor.network
    first = _RECRUIT_CITY.pick(rng)
    actor.home = first.country
    same_lang = [c for c in CITIES_BY_COUNTRY[first.country] if c.lang == first.lang]
    actor.cities = [first] + rng.sample(
        [c for c in same_lang if c is not first], min(len(same_lang) - 1, between(rng, 1, 4))
    )
    actor.english = rng.random() < 0.12 and first.lang != "en"
    actor.lang = "en" if actor.english else first.lang
    destinations = [d for d in DESTINATIONS if d != actor.home]
    actor.offers = [
        (pick(rng, destinations), pick(rng, DECEPTIVE_SECTORS)) for _ in range(between(rng, 1, 3))
    ]
    pool_dests = [d for d, _ in actor.offers if (d, "personal") in POOLS]
    phones: list[Phone] = []
    phone_home = pool_dests[0] if pool_dests and rng.random() < 0.4 else actor.home
    phones.append(world.phone(phone_home))
    if rng.random() < 0.3:
        phones.append(world.phone(actor.home))
    actor.phones = phones
    actor.handle = world.telegram(pick(rng, RECRUITER_STEMS)) if rng.random() < 0.45 else None
    actor.email = (
        world.freemail(pick(rng, RECRUITER_STEMS).replace("_", ".") + ".")
        if rng.random() < 0.45
        else None
    )
    actor.obf_email = rng.random() < 0.3
    actor.agency = pick(rng, AGENCY_NAMES) if rng.random() < 0.35 else None
    actor.recruiter = pick(rng, RECRUITER_NAMES)
    flags = {name for name, p in FLAG_SECTIONS if rng.random() < p}
    while len(flags) < 2:
        flags.add(pick(rng, FLAG_SECTIONS)[0])
    actor.flags = flags
    actor.flag_order = [name for name, _ in FLAG_SECTIONS]
    rng.shuffle(actor.flag_order)
    kinds = ["contact_phone", "contact_phone", "contact_wa"]
    if actor.handle:
        kinds.append("contact_tg")
    if actor.email:
        kinds.append("contact_mail")
    actor.contact_kinds = kinds
    actor.choice = {
        name: rng.random()
        for name in (
            "title",
            "hook",
            "sign",
            "sep",
            "wage",
            "hostess",
            "photos_requested",
            "contact_phone",
            "contact_tg",
            "contact_mail",
            "contact_wa",
        )
    }
    actor.choice.update({name: rng.random() for name, _ in FLAG_SECTIONS})
    actor.wage_factor = rng.uniform(1.8, 3.0)
    local_currency = CURRENCY.get(actor.home, "EUR")
    actor.fee_currency = local_currency if rng.random() < 0.5 else "EUR"
    base = rng.randrange(100, 600, 25)
    actor.fee_value = base * (
        4 if actor.fee_currency == "PLN" else 5 if actor.fee_currency == "RON" else 1
    )
    actor.groups = rng.sample(GROUP_TOPICS, between(rng, 2, 4))
    return actor


# --------------------------------------------------------------------------- shared


def posted(t: float) -> str:
    """Job boards show a local, non-ISO timestamp such as "03/11/2026 14:05"."""
    day = day_of(t)
    seconds = int((t - START) % DAY)
    return (
        f"{day.day:02d}/{day.month:02d}/{day.year} {seconds // 3600:02d}:{seconds // 60 % 60:02d}"
    )


def job_url(lang: str, title: str, ref: str) -> str:
    """A board's offer URL: a slug of the title and the ad number."""
    return f"https://{JOB_SITES[lang]}/offer/{slugify(title)[:60].strip('-')}-{ref[4:]}"


def _job_truth(
    ref: str, label: str, network: str | None, lang: str, city: City, ad: Ad, poster: str
) -> dict[str, Any]:
    return {
        "ref": ref,
        "file": "jobs.csv",
        "kind": "job_ad",
        "label": label,
        "network": network,
        "language": lang,
        "city": city.name,
        "country": city.country,
        "persons": ad.persons,
        "entities": ad.entities,
        "decoys": ad.decoys,
        "poster": poster,
        "cues": ad.cues,
    }
