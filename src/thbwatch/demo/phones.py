"""Fictitious phone numbers for the demo corpus, and the ways ads write them.

EVERY NUMBER THIS MODULE PRODUCES IS FICTITIOUS BY CONSTRUCTION. It comes from one of the
blocks below and nowhere else. Two kinds of block exist:

* ``reserved=True``: a range that a national regulator keeps for films, books and other
  media, so it will never be given to a subscriber.
  - UK, Ofcom "telephone numbers for drama purposes": 0113/0114/0116/0117/0118/0121/0131/
    0141/0151/0161 496 0xxx, 0191 498 0xxx, 020 7946 0xxx, 028 9649 6xxx, 029 2018 0xxx.
  - Germany, Bundesnetzagentur Mitteilung 148/2021 ("Drama Numbers"): 030 23125 xxx,
    069 90009 xxx, 040 66969 xxx, 0221 4710 xxx, 089 99998 xxx, and the mobile numbers
    0152 28817386, 0152 28895456, 0152 54599371, 0171 39200 00-99, 0172 9925904,
    0172 9968532, 0172 9973185, 0172 9973186, 0172 9980752, 0174 9091317, 0174 9464308,
    0176 040690 00-99.
  - France, ARCEP fiction ranges (as commonly cited; not re-checked against the current
    numbering decision): 01 99 00, 02 61 91, 03 53 01, 04 65 71, 05 36 49, 09 77 25 xx xx.
  Left out because phonenumbers (9.0.x) rejects them with is_valid_number, and every number
  here must validate: UK 07700 900xxx (drama mobiles), 0115 496 0xxx and 01632 960xxx;
  France 06 39 98 xx xx. So the UK and French reserved numbers are all landline/VoIP.
  (formats.order_number uses exactly these rejected drama ranges as phone-shaped decoys.)
* ``reserved=False``: no reserved range is known to us for BE, AT, ES, IT, NL, PL and RO,
  and the UK/DE/FR reserved pools hold only a few thousand numbers. These blocks are a
  fixed prefix that phonenumbers validates, followed by free digits. They are NOT known to
  be unassigned: a real subscriber could hold one. Prefixes (national writing): BE 0470 9x
  xx xx, 02 59x xx xx; AT 0664 9xx xxxx, 01 99x xxxx; ES 611 9xx xxx, 919 9x xx xx;
  IT 333 9xx xxxx, 06 99xx xxxx; NL 06 199x xxxx, 020 99x xxxx; PL 500 9xx xxx,
  22 99x xx xx; RO 0722 9xx xxx, 021 99x xxxx; fall-backs UK 07700 1xxxxx, 020 3990 xxxx,
  DE 0176 99xx xxxx, 030 99xx xxxx, FR 07 49 99 xx xx. They exist only inside this synthetic
  corpus; never call them, never publish them as real. UK and DE use them only after their
  reserved pools are used up: the 212 German drama mobiles last for corpora of about ten
  thousand records, the 9,000 UK personal drama numbers for several hundred thousand.

Numbers are handed out per (country, use) pool without repetition, so two unrelated
advertisers never share a number by accident: the truth stays exact.
"""

from __future__ import annotations

from dataclasses import dataclass
from random import Random

from thbwatch.demo.rand import pick

# --------------------------------------------------------------------------- blocks


@dataclass(frozen=True, slots=True)
class Block:
    """A run of numbers: fixed national-significant prefix plus `free` trailing digits."""

    cc: str  # country calling code, no "+"
    prefix: str  # start of the national significant number (after the trunk "0")
    free: int  # free trailing digits: the block holds 10**free numbers
    groups: tuple[int, ...]  # how the national form (trunk + NSN) is usually grouped
    reserved: bool  # True: a regulator's range for fiction/drama

    @property
    def size(self) -> int:
        return 10**self.free


def _b(cc: str, prefix: str, free: int, groups: tuple[int, ...], reserved: bool) -> Block:
    return Block(cc, prefix, free, groups, reserved)


_UK = "44"
_DE = "49"
_FR = "33"

# Two disjoint pools per country: "personal" (advertisers, recruiters, spammers) and
# "business" (legitimate employers). Order matters: reserved blocks are used up first.
POOLS: dict[tuple[str, str], tuple[Block, ...]] = {
    ("GB", "personal"): tuple(
        _b(_UK, p, 3, (4, 3, 4), True)
        for p in (
            "1134960",
            "1144960",
            "1164960",
            "1174960",
            "1184960",
            "1214960",
            "1314960",
            "1414960",
            "1514960",
        )
    )
    + (_b(_UK, "77001", 5, (5, 6), False),),
    ("GB", "business"): (
        _b(_UK, "2079460", 3, (3, 4, 4), True),
        _b(_UK, "1614960", 3, (4, 3, 4), True),
        _b(_UK, "1914980", 3, (4, 3, 4), True),
        _b(_UK, "2896496", 3, (3, 4, 4), True),
        _b(_UK, "2920180", 3, (3, 4, 4), True),
        _b(_UK, "203990", 4, (3, 4, 4), False),
    ),
    ("DE", "personal"): (
        _b(_DE, "15228817386", 0, (4, 8), True),
        _b(_DE, "15228895456", 0, (4, 8), True),
        _b(_DE, "15254599371", 0, (4, 8), True),
        _b(_DE, "17139200", 2, (4, 7), True),
        _b(_DE, "1729925904", 0, (4, 7), True),
        _b(_DE, "1729968532", 0, (4, 7), True),
        _b(_DE, "1729973185", 0, (4, 7), True),
        _b(_DE, "1729973186", 0, (4, 7), True),
        _b(_DE, "1729980752", 0, (4, 7), True),
        _b(_DE, "1749091317", 0, (4, 7), True),
        _b(_DE, "1749464308", 0, (4, 7), True),
        _b(_DE, "176040690", 2, (4, 8), True),
        _b(_DE, "17699", 6, (4, 8), False),
    ),
    ("DE", "business"): (
        _b(_DE, "3023125", 3, (3, 8), True),
        _b(_DE, "6990009", 3, (3, 8), True),
        _b(_DE, "4066969", 3, (3, 8), True),
        _b(_DE, "2214710", 3, (4, 7), True),
        _b(_DE, "8999998", 3, (3, 8), True),
        _b(_DE, "3099", 6, (3, 8), False),
    ),
    ("FR", "personal"): (
        _b(_FR, "19900", 4, (2, 2, 2, 2, 2), True),
        _b(_FR, "97725", 4, (2, 2, 2, 2, 2), True),
        _b(_FR, "46571", 4, (2, 2, 2, 2, 2), True),
        _b(_FR, "74999", 4, (2, 2, 2, 2, 2), False),
    ),
    ("FR", "business"): (
        _b(_FR, "26191", 4, (2, 2, 2, 2, 2), True),
        _b(_FR, "35301", 4, (2, 2, 2, 2, 2), True),
        _b(_FR, "53649", 4, (2, 2, 2, 2, 2), True),
    ),
    ("BE", "personal"): (_b("32", "4709", 5, (4, 2, 2, 2), False),),
    ("BE", "business"): (_b("32", "259", 5, (2, 3, 2, 2), False),),
    ("AT", "personal"): (_b("43", "6649", 6, (4, 3, 4), False),),
    ("AT", "business"): (_b("43", "199", 5, (2, 7), False),),
    ("ES", "personal"): (_b("34", "6119", 5, (3, 3, 3), False),),
    ("ES", "business"): (_b("34", "9199", 5, (3, 2, 2, 2), False),),
    ("IT", "personal"): (_b("39", "3339", 6, (3, 3, 4), False),),
    ("IT", "business"): (_b("39", "0699", 6, (2, 4, 4), False),),
    ("NL", "personal"): (_b("31", "6199", 5, (2, 8), False),),
    ("NL", "business"): (_b("31", "2099", 5, (3, 3, 4), False),),
    ("PL", "personal"): (_b("48", "5009", 5, (3, 3, 3), False),),
    ("PL", "business"): (_b("48", "2299", 5, (2, 3, 2, 2), False),),
    ("RO", "personal"): (_b("40", "7229", 5, (4, 3, 3), False),),
    ("RO", "business"): (_b("40", "2199", 5, (3, 3, 4), False),),
}

# Italy, Spain and Poland have no trunk prefix: the national form is the NSN itself.
TRUNK: dict[str, str] = {
    "44": "0",
    "49": "0",
    "33": "0",
    "32": "0",
    "43": "0",
    "34": "",
    "39": "",
    "31": "0",
    "48": "",
    "40": "0",
}


# --------------------------------------------------------------------------- numbers


@dataclass(frozen=True, slots=True)
class Phone:
    """One fictitious number with what is needed to write it the ways people do."""

    e164: str  # "+441134960123"
    cc: str
    country: str
    national_digits: str  # trunk + NSN: "01134960123"
    groups: tuple[int, ...]
    reserved: bool

    @property
    def nsn(self) -> str:
        return self.e164[1 + len(self.cc) :]

    def national_groups(self) -> list[str]:
        out, pos = [], 0
        digits = self.national_digits
        for size in self.groups:
            out.append(digits[pos : pos + size])
            pos += size
        if pos < len(digits):
            out[-1] += digits[pos:]
        return out

    def international_groups(self) -> list[str]:
        groups = self.national_groups()
        trunk = TRUNK[self.cc]
        if trunk and groups[0].startswith(trunk):
            groups[0] = groups[0][len(trunk) :]
        return [g for g in groups if g]


class PhoneAllocator:
    """Hands out distinct fictitious numbers per (country, use); O(1) memory per pool.

    Within a block, index i maps to (i * mult + salt) mod 10**free. An odd multiplier not
    divisible by 5 is coprime with every power of ten, so the map is a bijection: numbers
    look scattered and never repeat. Each pool draws its own multiplier and salt from the
    seed, so the first numbers of different countries do not share their last digits.
    """

    def __init__(self, seed: int) -> None:
        self._seed = seed
        self._next: dict[tuple[str, str], int] = {}
        self._scramble: dict[tuple[str, str], tuple[int, int]] = {}

    def _params(self, key: tuple[str, str]) -> tuple[int, int]:
        params = self._scramble.get(key)
        if params is None:
            rng = Random(f"phones:{self._seed}:{key[0]}:{key[1]}")
            mult = rng.randrange(1_001, 999_999, 2)
            while mult % 5 == 0:
                mult += 2
            params = (mult, rng.randrange(10**9))
            self._scramble[key] = params
        return params

    def allocate(self, country: str, use: str = "personal") -> Phone:
        key = (country, use)
        index = self._next.get(key, 0)
        self._next[key] = index + 1
        mult, salt = self._params(key)
        for block in POOLS[key]:
            if index < block.size:
                return _make(country, block, (index * mult + salt) % block.size)
            index -= block.size
        raise RuntimeError(f"fictitious number pool {key} exhausted; add a block to POOLS")


def _make(country: str, block: Block, n: int) -> Phone:
    tail = str(n).zfill(block.free) if block.free else ""
    nsn = block.prefix + tail
    return Phone(
        e164=f"+{block.cc}{nsn}",
        cc=block.cc,
        country=country,
        national_digits=TRUNK[block.cc] + nsn,
        groups=block.groups,
        reserved=block.reserved,
    )


def all_blocks() -> list[tuple[str, str, Block]]:
    """Every block with its pool key; tests check that each one validates."""
    return [(country, use, b) for (country, use), blocks in POOLS.items() for b in blocks]


# --------------------------------------------------------------------------- writing

DIGIT_WORDS: dict[str, tuple[str, ...]] = {
    "en": ("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    "fr": ("zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf"),
    "de": ("null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"),
    "es": ("cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"),
    "it": ("zero", "uno", "due", "tre", "quattro", "cinque", "sei", "sette", "otto", "nove"),
    "nl": ("nul", "een", "twee", "drie", "vier", "vijf", "zes", "zeven", "acht", "negen"),
    "pl": (
        "zero",
        "jeden",
        "dwa",
        "trzy",
        "cztery",
        "pięć",
        "sześć",
        "siedem",
        "osiem",
        "dziewięć",
    ),
    "ro": ("zero", "unu", "doi", "trei", "patru", "cinci", "șase", "șapte", "opt", "nouă"),
}

# How "+" is said in each language when people spell it out to dodge filters.
PLUS_WORD: dict[str, str] = {
    "en": "plus",
    "fr": "plus",
    "de": "plus",
    "es": "más",
    "it": "più",
    "nl": "plus",
    "pl": "plus",
    "ro": "plus",
}

# French reads numbers in pairs ("zéro six, douze, trente-quatre"): the hardest spelled form.
_FR_UNITS = (
    "zéro",
    "un",
    "deux",
    "trois",
    "quatre",
    "cinq",
    "six",
    "sept",
    "huit",
    "neuf",
    "dix",
    "onze",
    "douze",
    "treize",
    "quatorze",
    "quinze",
    "seize",
)
_FR_TENS = {2: "vingt", 3: "trente", 4: "quarante", 5: "cinquante", 6: "soixante"}


def french_pair(n: int) -> str:
    """0..99 in French words, as people read phone-number pairs."""
    if n < 17:
        return _FR_UNITS[n]
    if n < 20:
        return "dix-" + _FR_UNITS[n - 10]
    if n < 70:
        tens, unit = divmod(n, 10)
        if unit == 0:
            return _FR_TENS[tens]
        return f"{_FR_TENS[tens]}-et-un" if unit == 1 else f"{_FR_TENS[tens]}-{_FR_UNITS[unit]}"
    if n < 80:
        rest = n - 60
        return "soixante-et-onze" if rest == 11 else "soixante-" + french_pair(rest)
    if n == 80:
        return "quatre-vingts"
    return "quatre-vingt-" + french_pair(n - 80)


# Usual separators inside a national number, by country (first group, later groups).
_NATIONAL_SEPS: dict[str, tuple[tuple[str, str], ...]] = {
    "GB": ((" ", " "), ("", "")),
    "DE": ((" ", ""), ("/", ""), ("-", ""), (" ", " ")),
    "AT": ((" ", ""), ("/", ""), (" ", " ")),
    "FR": ((" ", " "), (".", "."), ("", "")),
    "BE": ((" ", " "), ("/", " "), (".", ".")),
    "NL": (("-", ""), (" ", ""), (" ", " ")),
    "ES": ((" ", " "), ("", ""), (".", ".")),
    "IT": ((" ", " "), ("", ""), (".", ".")),
    "PL": ((" ", " "), ("-", "-"), ("", "")),
    "RO": ((" ", " "), (".", "."), ("", "")),
}

_KEYCAP = "\ufe0f\u20e3"
_FULLWIDTH = str.maketrans("0123456789", "０１２３４５６７８９")
_LETTER_SETS = (
    str.maketrans({"0": "O", "1": "l"}),
    str.maketrans({"0": "o", "1": "I"}),
    str.maketrans({"0": "O"}),
)
_EMOJI_SEPS = ("💋", "❤️", "🌹", "✨", "🔥", " * ", "-x-")
_DIGIT_SEPS = (".", "-", " ", " . ", "_")

PLAIN_STYLES = (
    "national",
    "national",
    "national",
    "compact",
    "international",
    "international_compact",
    "international_00",
    "international_trunk",
)
OBFUSCATED_STYLES = (
    "spelled",
    "mixed",
    "letters",
    "keycap",
    "fullwidth",
    "linebreak",
    "digit_sep",
    "plus_word",
    "emoji_sep",
)


def national(phone: Phone, rng: Random) -> str:
    first, rest = pick(rng, _NATIONAL_SEPS[phone.country])
    groups = phone.national_groups()
    return groups[0] + first + rest.join(groups[1:]) if len(groups) > 1 else groups[0]


def render(phone: Phone, style: str, lang: str, rng: Random) -> tuple[str, bool]:
    """The number as an ad writes it, and whether that writing is an obfuscation.

    "00 44 ..." and "+44 (0)..." are ordinary international forms, so they are not
    counted as obfuscated; spelling "plus" as a word is.
    """
    if style == "national":
        return national(phone, rng), False
    if style == "compact":
        return phone.national_digits, False
    if style == "international":
        return "+" + phone.cc + " " + " ".join(phone.international_groups()), False
    if style == "international_compact":
        return phone.e164, False
    if style == "international_00":
        return "00" + phone.cc + " " + " ".join(phone.international_groups()), False
    if style == "international_trunk":
        trunk = TRUNK[phone.cc]
        groups = phone.international_groups()
        if not trunk:
            return "+" + phone.cc + " " + " ".join(groups), False
        return f"+{phone.cc} ({trunk}){groups[0]} " + " ".join(groups[1:]), False
    return _obfuscate(phone, style, lang, rng), True


def _obfuscate(phone: Phone, style: str, lang: str, rng: Random) -> str:
    groups = phone.national_groups()
    words = DIGIT_WORDS[lang]
    if style == "spelled":
        if lang == "fr" and len(phone.national_digits) == 10 and rng.random() < 0.5:
            digits = phone.national_digits
            pairs = [digits[i : i + 2] for i in range(0, 10, 2)]
            return ", ".join(
                " ".join(words[int(c)] for c in p) if p[0] == "0" else french_pair(int(p))
                for p in pairs
            )
        sep = pick(rng, (" ", " ", "-", ", "))
        return sep.join(words[int(c)] for c in phone.national_digits)
    if style == "mixed":
        spelled = [rng.random() < 0.5 for _ in groups]
        if all(spelled) or not any(spelled):
            spelled[0] = not spelled[0]
        return " ".join(
            " ".join(words[int(c)] for c in g) if s else g
            for g, s in zip(groups, spelled, strict=True)
        )
    if style == "letters":
        text = " ".join(groups)
        out = text.translate(pick(rng, _LETTER_SETS))
        if out == text:  # no 0 or 1 to swap: fall back to another disguise
            return _obfuscate(phone, "digit_sep", lang, rng)
        return out
    if style == "keycap":
        sep = pick(rng, ("", " "))
        return sep.join("".join(c + _KEYCAP for c in g) for g in groups)
    if style == "fullwidth":
        return " ".join(groups).translate(_FULLWIDTH)
    if style == "linebreak":
        if len(groups) < 2:
            return phone.national_digits[:4] + "\n" + phone.national_digits[4:]
        cut = 1 + int(rng.random() * (len(groups) - 1))
        return " ".join(groups[:cut]) + pick(rng, ("\n", " \n", "\n\n")) + " ".join(groups[cut:])
    if style == "digit_sep":
        return pick(rng, _DIGIT_SEPS).join(phone.national_digits)
    if style == "plus_word":
        word = PLUS_WORD[lang]
        if rng.random() < 0.5:
            word = word.upper() if rng.random() < 0.3 else word
        return f"{word} {phone.cc} " + " ".join(phone.international_groups())
    if style == "emoji_sep":
        return pick(rng, _EMOJI_SEPS).join(groups)
    raise ValueError(f"unknown phone style {style!r}")
