"""Number-like strings that are NOT contact details: the decoys of the corpus.

Prices, ages, heights, weights, times, dates, postcodes, "24/7" and reference numbers look
like phone fragments to a careless extractor. Each is written the local way (decimal comma,
thousands dot or narrow space, "24h/24", "h24", ...), because that is what makes them hard.
"""

from __future__ import annotations

from datetime import date
from random import Random

from thbwatch.demo.rand import pick

# --------------------------------------------------------------------------- amounts

_THOUSANDS = {
    "en": ",",
    "fr": "\u202f",
    "de": ".",
    "es": ".",
    "it": ".",
    "nl": ".",
    "pl": " ",
    "ro": ".",
}
_DECIMAL = {"en": ".", "fr": ",", "de": ",", "es": ",", "it": ",", "nl": ",", "pl": ",", "ro": ","}


def amount(value: float, lang: str, decimals: int = 0) -> str:
    """1850 -> "1.850" (de), "1 850" (fr, narrow no-break space), "1,850" (en)."""
    whole = int(value)
    text = f"{whole:,}".replace(",", _THOUSANDS[lang]) if whole >= 1000 else str(whole)
    if decimals:
        cents = round((value - whole) * 10**decimals)
        text += _DECIMAL[lang] + str(cents).zfill(decimals)
    return text


def money(value: float, lang: str, currency: str, decimals: int = 0) -> str:
    """Money the way a site in that language writes it."""
    num = amount(value, lang, decimals)
    if currency == "GBP":
        return "£" + num
    if currency == "PLN":
        return num + " zł"
    if currency == "RON":
        return num + " lei"
    if lang in ("en", "nl"):
        return "€" + num
    return num + (" €" if lang in ("de", "fr", "pl", "ro") else "€")


# --------------------------------------------------------------------------- sex-ad prices

# {a}/{b}/{n}: half hour, hour, night as numbers; {A}/{B}/{N}: the same as money.
SEX_PRICE_STYLES: dict[str, tuple[str, ...]] = {
    "en": (
        "30 mins {A} | 1 hour {B}",
        "{B}ph",
        "{A} half hour, {B} hour",
        "{a} roses 30min / {b} roses 1h",
        "Half hour {A}, hour {B}, overnight {N}",
    ),
    "fr": (
        "{A} la demi-heure, {B} l'heure",
        "30 min {A} | 1h {B}",
        "{B}/h",
        "{a} roses 30 min, {b} roses 1h",
        "1h {B}, nuit {N}",
    ),
    "de": (
        "30 Min {A}, 1 Std {B}",
        "ab {A} / 30 Min",
        "{B}/h",
        "1/2 Std {A} | 1 Std {B}",
        "1 Std {B}, Übernachtung {N}",
    ),
    "es": (
        "30 min {A} / 1 hora {B}",
        "desde {A}",
        "media hora {A}, hora {B}",
        "salidas {B}",
        "1 hora {B}, noche {N}",
    ),
    "it": (
        "{a} rose 30 min, {b} rose 1 ora",
        "30 min {A} - 1 ora {B}",
        "{B} all'ora",
        "mezz'ora {a}, ora {b}",
        "1 ora {B}, notte {N}",
    ),
    "nl": (
        "{A} per half uur, {B} per uur",
        "{b} euro p/u",
        "half uur {A} | uur {B}",
        "uur {B}, hele nacht {N}",
    ),
    "pl": (
        "{B}/godz",
        "pół godziny {A}, godzina {B}",
        "30 min - {A} | 1 h - {B}",
        "{B} za godzinę",
        "godzina {B}, noc {N}",
    ),
    "ro": ("{B}/ora", "30 min {A}, 1 ora {B}", "{B} ora", "o oră {B}, noaptea {N}"),
}

# Hourly rate ranges by country (local currency; RO quoted in lei).
SEX_RATE: dict[str, tuple[int, int]] = {
    "GB": (110, 220),
    "FR": (130, 260),
    "BE": (120, 220),
    "DE": (120, 220),
    "AT": (140, 250),
    "ES": (80, 160),
    "IT": (100, 220),
    "NL": (120, 220),
    "PL": (250, 500),
    "RO": (300, 700),
}
_STEP = {"GBP": 10, "EUR": 10, "PLN": 50, "RON": 50}


def sex_rates(country: str, currency: str, rng: Random) -> tuple[int, int, int]:
    """Half-hour, hour and night prices an advertiser keeps across her ads."""
    low, high = SEX_RATE[country]
    if currency == "EUR" and country in ("PL", "RO"):  # some quote in euro there
        low, high = 80, 160
    step = _STEP.get(currency, 10)
    hour = rng.randrange(low, high + 1, step) if high > low else low
    half = max(step, int(hour * rng.uniform(0.55, 0.75)) // step * step)
    night = hour * rng.randrange(5, 9)
    return half, hour, night


def sex_price(style: str, rates: tuple[int, int, int], lang: str, currency: str) -> str:
    a, b, n = rates
    return style.format(
        a=a,
        b=b,
        n=amount(n, lang),
        A=money(a, lang, currency),
        B=money(b, lang, currency),
        N=money(n, lang, currency),
    )


# --------------------------------------------------------------------------- times

HOURS_STYLES: dict[str, tuple[str, ...]] = {
    "en": ("{s12} till {e12}", "{S}:00 to {E}:00", "{s12} - {e12}", "{S}:00 - {E}:30"),
    "fr": ("{S}h à {E}h", "{S}h00 à {E}h00", "{S}h à {E}h30"),
    "de": ("{S}:00 bis {E}:00 Uhr", "{s}-{e} Uhr", "{S}:00-{E}:00"),
    "es": ("{S}:00 a {E}:00", "{s} a {e}h", "{S}:00 a {E}:30"),
    "it": ("{S}:00 alle {E}:00", "{s} alle {e}", "{S}:00 alle {E}:30"),
    "nl": ("{S}:00 tot {E}:00", "{s} tot {e} uur", "{S}.00-{E}.00 uur"),
    "pl": ("{S}:00-{E}:00", "od {s} do {e}", "{S}:00 - {E}:30"),
    "ro": ("{S}:00-{E}:00", "de la {s} la {e}", "între {S}:00 și {E}:00"),
}


def _h12(hour: int) -> str:
    return f"{hour % 12 or 12}{'am' if hour < 12 else 'pm'}"


def hours(lang: str, rng: Random) -> str:
    start = pick(rng, (9, 10, 11, 12, 14, 16, 18, 20))
    end = pick(rng, (22, 23, 0, 1, 2, 3, 4))
    return pick(rng, HOURS_STYLES[lang]).format(
        s=start, e=end, S=f"{start:02d}", E=f"{end:02d}", s12=_h12(start), e12=_h12(end)
    )


# Variants of "24/7" per language; the ones without digits are cues but not decoys.
H247: dict[str, tuple[str, ...]] = {
    "en": ("24/7", "24/7", "24hrs", "24 hours"),
    "fr": ("24h/24", "24h/24 7j/7", "7j/7", "24/7"),
    "de": ("24/7", "24 Std.", "rund um die Uhr", "24h"),
    "es": ("24 horas", "24h", "24/7"),
    "it": ("h24", "24 ore su 24", "24/7"),
    "nl": ("24/7", "24 uur per dag", "dag en nacht"),
    "pl": ("24h", "24/7", "całą dobę"),
    "ro": ("non-stop", "24/24", "24/7"),
}

# --------------------------------------------------------------------------- body


def height(lang: str, cm: int, rng: Random) -> str:
    if lang == "en":
        if rng.random() < 0.6:
            inches = round(cm / 2.54)
            return (
                f"{inches // 12}'{inches % 12}\""
                if rng.random() < 0.6
                else f"{inches // 12}ft {inches % 12}"
            )
        return f"{cm}cm"
    if rng.random() < 0.5:
        sep = "." if lang in ("en",) or rng.random() < 0.2 else ","
        return f"1{sep}{cm - 100:02d} m" if rng.random() < 0.7 else f"1{sep}{cm - 100:02d}"
    return f"{cm} cm" if rng.random() < 0.7 else f"{cm}cm"


def weight(kg: int, rng: Random) -> str:
    return f"{kg} kg" if rng.random() < 0.6 else f"{kg}kg"


# --------------------------------------------------------------------------- dates

MONTHS: dict[str, tuple[str, ...]] = {
    "en": (
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ),
    "fr": (
        "janvier",
        "février",
        "mars",
        "avril",
        "mai",
        "juin",
        "juillet",
        "août",
        "septembre",
        "octobre",
        "novembre",
        "décembre",
    ),
    "de": (
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ),
    "es": (
        "enero",
        "febrero",
        "marzo",
        "abril",
        "mayo",
        "junio",
        "julio",
        "agosto",
        "septiembre",
        "octubre",
        "noviembre",
        "diciembre",
    ),
    "it": (
        "gennaio",
        "febbraio",
        "marzo",
        "aprile",
        "maggio",
        "giugno",
        "luglio",
        "agosto",
        "settembre",
        "ottobre",
        "novembre",
        "dicembre",
    ),
    "nl": (
        "januari",
        "februari",
        "maart",
        "april",
        "mei",
        "juni",
        "juli",
        "augustus",
        "september",
        "oktober",
        "november",
        "december",
    ),
    "pl": (
        "stycznia",
        "lutego",
        "marca",
        "kwietnia",
        "maja",
        "czerwca",
        "lipca",
        "sierpnia",
        "września",
        "października",
        "listopada",
        "grudnia",
    ),
    "ro": (
        "ianuarie",
        "februarie",
        "martie",
        "aprilie",
        "mai",
        "iunie",
        "iulie",
        "august",
        "septembrie",
        "octombrie",
        "noiembrie",
        "decembrie",
    ),
}
_DATE_SEP = {"en": "/", "fr": "/", "de": ".", "es": "/", "it": "/", "nl": "-", "pl": ".", "ro": "."}


def short_date(day: date, lang: str, rng: Random) -> str:
    """A date as ads write it: "12/03", "12.03.", "12 maart", "12 de marzo"."""
    roll = rng.random()
    if roll < 0.45:
        sep = _DATE_SEP[lang]
        tail = "." if lang == "de" else ""
        return f"{day.day:02d}{sep}{day.month:02d}{tail}"
    if roll < 0.75:
        month = MONTHS[lang][day.month - 1]
        return f"{day.day} de {month}" if lang == "es" else f"{day.day} {month}"
    return full_date(day, lang)


def full_date(day: date, lang: str) -> str:
    return f"{day.day:02d}{_DATE_SEP[lang]}{day.month:02d}{_DATE_SEP[lang]}{day.year}"


# --------------------------------------------------------------------------- references


def order_number(rng: Random) -> str:
    """Order, tracking and reference numbers, several of them phone-shaped on purpose."""
    roll = int(rng.random() * 7)

    def r(low: int, high: int) -> int:  # like randrange(low, high), cheaper
        return low + int(rng.random() * (high - low))

    if roll == 0:
        return f"Order #{r(1000, 9999)}-{r(1000, 9999)}-{r(1000, 9999)}"
    if roll == 1:
        return f"Ref. {r(2024, 2027)}-{r(100, 999)}-{r(100, 999)}"
    if roll == 2:
        # Phone-shaped on purpose, but from drama ranges that no subscriber can hold and
        # that phonenumbers rejects (UK 07700 900xxx, 01632 960xxx; FR 06 39 98 xx xx).
        return pick(
            rng,
            (
                f"07700 900{r(0, 1000):03d}",
                f"01632 960{r(0, 1000):03d}",
                f"06 39 98 {r(0, 100):02d} {r(0, 100):02d}",
            ),
        )
    if roll == 3:
        return f"#{r(10**9, 10**10)}"
    if roll == 4:
        return f"ID {r(100, 999)}.{r(100, 999)}.{r(100, 999)}"
    if roll == 5:
        return f"{r(10, 99)} {r(10, 99)} {r(10, 99)} {r(10, 99)} {r(10, 99)}"
    return f"TRK-{r(10**7, 10**8)}"


JOB_REF_STYLES: dict[str, tuple[str, ...]] = {
    "en": ("Ref. {y}-{a}-{b}", "Job ref: {c}", "Vacancy no. {a}{b}"),
    "fr": ("Réf. : RH-{y}-{d}", "Référence {a}-{b}"),
    "de": ("Kennziffer {a}-{e}", "Ref.-Nr. {y}/{a}"),
    "es": ("Ref. {y}/{a}", "Código de oferta {c}"),
    "it": ("Rif. {y}/{a}", "Codice annuncio {c}"),
    "nl": ("Vacaturenummer {e}-{d}", "Ref. {y}-{a}"),
    "pl": ("Nr ref. {a}/{y}", "Kod oferty {c}"),
    "ro": ("Cod job {c}", "Ref. {a}/{y}"),
}


def job_ref(lang: str, year: int, rng: Random) -> str:
    r = rng.random
    styles = JOB_REF_STYLES[lang]
    return styles[int(r() * len(styles))].format(
        y=year,
        a=100 + int(r() * 900),
        b=100 + int(r() * 900),
        c=10000 + int(r() * 90000),
        d=f"{1 + int(r() * 9999):04d}",
        e=f"{1 + int(r() * 99):02d}",
    )
