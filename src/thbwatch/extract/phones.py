"""Phone numbers in ad text: found, de-obfuscated, normalised to E.164, with reasons.

Phone numbers are the strongest link between ads (the advertised number tracks movement
circuits), and an obscured number is itself a predictive indicator of trafficking in
sex-work ads. So the stage must read disguised numbers and say when it had to, while
staying away from the many other numbers ads carry: prices, ages, times, dates, postcodes,
heights, weights, "24/7", order numbers, IBANs.

How: deobfuscate.py turns the text into runs of digit-bearing tokens; here each run is cut
into the longest pieces that `phonenumbers` validates (region from the hint, from the
number's own +CC/00CC, or, for a national writing that the hint's country cannot hold,
from the other countries of the ad's language, then from the countries of the Council of
Europe, where the ad's language may settle the guess; right after a messenger cue, from a
country code written without "+", as WhatsApp shows numbers), then checked against decoy
contexts.
`phone_candidates` reports every digit-bearing piece with the reason it was accepted or
rejected; `extract_phones` keeps the accepted ones and skips explaining the rest, and
reuses the reading of a stretch met before (numbers recur across ads), judging only the
decoy context anew.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import Final, NamedTuple

import phonenumbers
from phonenumbers import PhoneNumber, PhoneNumberFormat

from thbwatch.extract import lexicon
from thbwatch.extract.contacts import messenger_before
from thbwatch.extract.deobfuscate import (
    DIGITS,
    PLUS,
    Token,
    gap_level,
    is_plain_gap,
    read_units,
    split_runs,
    stretches,
    token_context,
    tokens,
)
from thbwatch.extract.numbers import age_unit_at
from thbwatch.extract.places import CountriesNamed
from thbwatch.model import Hints, Mention

__all__ = ["COUNCIL_OF_EUROPE", "Candidate", "extract_phones", "phone_candidates"]

# Numbers from many regions are checked: keep every compiled metadata pattern instead of
# letting it fall out of the small cache of `re` and be compiled again (phonenumbers 9.0
# documents this switch; older versions do not have it and simply recompile).
if hasattr(phonenumbers, "enable_pattern_cache"):
    phonenumbers.enable_pattern_cache()

# The 46 member states (ISO 3166-1). National writings ("0722 907 619") are read in the
# hinted country first and, when that country cannot hold them, in these.
# fmt: off
COUNCIL_OF_EUROPE: Final[tuple[str, ...]] = (
    "AL", "AD", "AM", "AT", "AZ", "BE", "BA", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR",
    "GE", "DE", "GR", "HU", "IS", "IE", "IT", "LV", "LI", "LT", "LU", "MT", "MD", "MC", "ME",
    "NL", "MK", "NO", "PL", "PT", "RO", "SM", "RS", "SK", "SI", "ES", "SE", "CH", "TR", "UA",
    "GB",
)
# fmt: on
_REGION_ALIASES: Final[dict[str, str]] = {"UK": "GB", "EL": "GR"}

# Digits in a national writing (trunk prefix included) and in an international one (after
# "+" or "00", "(0)" included). Shorter pieces are prices, ages, times; longer are codes.
_NATIONAL_DIGITS: Final = (6, 14)
_INTERNATIONAL_DIGITS: Final = (7, 16)
_DIGIT_BY_DIGIT: Final = 5  # this many one-digit groups: "0 7 7 0 0 ..." is a disguise
_SHORT_NUMBER: Final = 9  # national digits below which a number is unusually short
# Digits of a number written with its country code but no "+" (`_resolve_cued`), at
# least: no European country's mobiles are shorter ("298 123456", the Faroe Islands).
_MIN_CUED_DIGITS: Final = 9


@dataclass(slots=True)
class Candidate:
    """A digit-bearing piece of text and the verdict on it, for tests and explanations."""

    raw: str
    start: int
    end: int
    value: str | None  # E.164 when accepted
    accepted: bool
    reason: str  # why accepted ("international", "national GB", ...) or rejected ("price")
    obfuscated: bool = False
    confidence: float = 0.0
    region: str | None = None
    landline: bool = False  # `Resolution.landline`
    also: tuple[str, ...] = ()  # `Resolution.also`


def extract_phones(text: str, hints: Hints) -> list[Mention]:
    """Phone numbers in `text`, in E.164, with exact spans and whether they were disguised."""
    return [
        Mention(
            type="phone",
            value=c.value or "",
            raw=c.raw,
            start=c.start,
            end=c.end,
            obfuscated=c.obfuscated,
            confidence=c.confidence,
            details={"country": c.region} if c.region else {},
        )
        for c in _scan(text, hints, explain=False)
        if c.accepted
    ]


def phone_candidates(text: str, hints: Hints) -> list[Candidate]:
    """Every digit-bearing candidate with why it was accepted or rejected, in text order."""
    return _scan(text, hints, explain=True)


# =========================================================================== scanning


def _scan(text: str, hints: Hints, explain: bool) -> list[Candidate]:
    lowered, found = stretches(text, explain)
    if not found:
        return []
    country = _hint_country(hints.country or lexicon.LANGUAGE_COUNTRY.get(hints.language or ""))
    # Where the language gave the hint, its other homes are read where that one holds
    # nothing: Serbian written in Latin letters is often detected as Croatian or Bosnian,
    # and a Romanian or Greek ad may give a Moldovan or Cypriot number.
    others = _homes(hints.language)[1:] if country and not hints.country else ()
    out: list[Candidate] = []
    for start, end, eligible in found:
        cued = eligible and _after_cue(text, lowered, start, hints)
        if explain:
            out.extend(
                _read_stretch(text, lowered, start, end, country, others, True, eligible, cued)
            )
        else:
            out.extend(_stretch_phones(text, lowered, start, end, country, others, eligible, cued))
    return _language_home(_home_mobiles(text, _written_twice(out)), hints, country)


def _after_cue(text: str, lowered: str, start: int, hints: Hints) -> bool:
    """Does a messenger cue stand right before the stretch at `start` ("WhatsApp:
    447912345678")? Numbers copied from WhatsApp are written so, as its wa.me links show
    them: with the country code and no "+". contacts.py judges the cue, as it pairs
    "WhatsApp" with the phone after it. Only digits that start with 1-9 may start with a
    country code ("0..." and "+..." read as they are)."""
    return lowered[start] in "123456789" and messenger_before(text, start, hints) is not None


def _written_twice(found: list[Candidate]) -> list[Candidate]:
    """Read a number written at home's way as the number the text also gives with its
    country code: "wa.me/441134960621 ... Chiama 01134960621" in an Italian ad is one
    British number, not a landline of Turin besides. The text itself says which country
    the digits are from, which no guess by hint or population can know."""
    abroad: dict[str, Candidate] = {}
    for candidate in found:
        if candidate.accepted and candidate.reason.startswith("international"):
            # At home with its trunk prefix, or without it ("(361) 400-2907" for +1 361 ...).
            for writing in _home_writings(candidate):
                abroad.setdefault(writing, candidate)
    if not abroad:
        return found  # the usual case: no number written with its country code
    for candidate in found:
        if not (candidate.accepted and candidate.reason.startswith("national")):
            continue
        same = abroad.get(_home_writings(candidate)[0])
        if same is not None and same.value != candidate.value:
            candidate.value, candidate.region = same.value, same.region
            candidate.reason = f"national {same.region} (written with its country code too)"
            candidate.confidence, candidate.landline = same.confidence, False
    return found


def _home_writings(candidate: Candidate) -> tuple[str, ...]:
    """The digits of an accepted number as its country writes it at home, the trunk prefix
    first ("+441134960621" -> "01134960621", then "1134960621"); none for a number of no
    country ("+800 1234 5678")."""
    region = _region(candidate.region or "")
    if region is None or candidate.value is None:
        return ()
    national = _split(candidate.value, region.code)[1]
    return (region.trunk + national, national) if region.trunk else (national,)


def _home_mobiles(text: str, found: list[Candidate]) -> list[Candidate]:
    """Read again as the mobile of a country the text names a number that reads as a
    landline of the hinted country, not written in that country's own grouping: a
    trafficked person's number is often from home, written as at home ("Girl aus Rumänien
    ... null sieben zwei zwei ..." is a Romanian 0722 mobile, not a landline of Iffezheim,
    DE). Ads give mobiles. Where the text names none of the countries holding the digits
    as a mobile, or several, the reading stays; so does a guess between two countries'
    mobiles (a Ukrainian woman's ad may give a Romanian number)."""
    named = CountriesNamed(text)
    for candidate in found:
        if not (candidate.accepted and candidate.landline):
            continue  # the usual case: the text is not read again
        home = _named_mobile(candidate, named)
        if home is not None:
            candidate.value, candidate.region = home.value, home.region
            candidate.reason, candidate.confidence = home.reason, home.confidence
            candidate.landline = False
    return found


def _language_home(found: list[Candidate], hints: Hints, country: str | None) -> list[Candidate]:
    """Read a number guessed to be another country's in a country where the ad's language
    is spoken (its homes, lexicon.LANGUAGE_HOMES), where the language says more than the
    guess.

    In an ad posted where its language is not spoken, the language says where its writer
    is from: "0888 123 456" in a Bulgarian job ad for work in Germany is a Bulgarian
    mobile, not the Slovak one the same digits make in Slovakia's own grouping; "067 123 45
    67" in a Ukrainian ad in Poland is Ukrainian, not French. (A landline there does not
    count: ads give mobiles.) Elsewhere an ad is mostly written in the language of where
    it is posted, whoever gives the number (a German ad's Romanian "0722 984 344"): there
    the language only settles a tie between countries that hold the digits equally well
    (a Dutch ad's "nul zes ..." is Dutch, not French).
    """
    homes = _homes(hints.language)
    if not homes:
        return found
    abroad = country is not None and country not in homes
    for candidate in found:
        if not (candidate.accepted and _GUESSED in candidate.reason) or candidate.region in homes:
            continue  # the usual case: read in the hinted country
        among = homes[:1] if abroad else tuple(code for code in homes if code in candidate.also)
        if not among:
            continue
        home = _best_foreign(_home_writings(candidate)[0], (), None, _NEED_NOTHING, among)
        if home is not None and (_kind(home) == _MOBILE or not abroad):
            candidate.value, candidate.region = home.value, home.region
            candidate.reason = f"national {home.region} ({_GUESSED} by the ad's language)"
            candidate.confidence, candidate.also = home.confidence, ()
    return found


@cache
def _homes(language: str | None) -> tuple[str, ...]:
    """The member states where `language` is spoken, most who write it first
    (lexicon.LANGUAGE_HOMES, LANGUAGE_COUNTRY)."""
    if language in lexicon.LANGUAGE_HOMES:
        return lexicon.LANGUAGE_HOMES[language]
    country = lexicon.LANGUAGE_COUNTRY.get(language or "")
    return (country,) if country else ()


def _named_mobile(candidate: Candidate, named: CountriesNamed) -> Resolution | None:
    """The digits of a national reading as a mobile of another country that the text
    names (`named`); None where no such country or several hold them as a mobile."""
    digits = _home_writings(candidate)[0]
    found = []
    for code in _guess_candidates(digits):
        other = _region(code)
        if other is None or code == candidate.region:
            continue
        nsn, _ = _national_number(digits, other)
        if nsn is None or not _is_mobile(code, nsn) or not _valid_in(code, nsn):
            continue
        if code not in named:  # last: the text is read only for such a country
            continue
        found.append(Resolution(f"+{other.cc}{nsn}", f"national {code} (named)", code, 0.8))
    return found[0] if len(found) == 1 else None


def _runs(text: str, lowered: str, start: int, end: int) -> Iterator[list[Token]]:
    """The runs of units of a stretch."""
    for run in split_runs(text, tokens(text, lowered, start, end)):
        yield read_units(run)


def _read_stretch(
    text: str,
    lowered: str,
    start: int,
    end: int,
    country: str | None,
    others: tuple[str, ...],
    explain: bool,
    search: bool,
    cued: bool,
) -> list[Candidate]:
    """The phones of a stretch read in its text (`_read_run`); `cued`: a messenger cue
    stands right before it, which concerns the run that starts the stretch; `others`: the
    countries a number is read in where the hinted one holds none, before a foreign guess
    (`_longest_phone`)."""
    return [
        candidate
        for units in _runs(text, lowered, start, end)
        for candidate in _read_run(
            text, units, country, others, explain, search, cued and units[0].start == start
        )
    ]


def _stretch_phones(
    text: str,
    lowered: str,
    start: int,
    end: int,
    country: str | None,
    others: tuple[str, ...],
    search: bool,
    cued: bool,
) -> list[Candidate]:
    """The phones of a stretch, from the reading of the same stretch in another ad where
    there was one: the same number is written the same way in many ads.

    That reading sees only the text that tokenising the stretch looks at (one character
    more on either side, sometimes a link before it; `_span` looks one character before
    a number): it holds here unless the words around one of its phones make that a decoy.
    A messenger cue before the stretch (`cued`) stands outside it: readings with and
    without one are kept apart.
    """
    low, high = token_context(lowered, start, end)
    window = text[low:high]
    window_lowered = lowered[low:high] if lowered is not text else None
    out = []
    for phone in _window_phones(
        window, window_lowered, start - low, end - low, country, others, search, cued
    ):
        first, stop = phone.start + low, phone.end + low
        raw = text[first:stop]
        if (
            phone.segment is not None
            and _decoy_context(text, first, stop, raw, phone.segment + low) is not None
        ):
            # A decoy changes how the rest of its run reads: read the stretch in context.
            return _read_stretch(text, lowered, start, end, country, others, False, search, cued)
        out.append(_accepted(text, first, stop, phone.resolved, phone.obfuscated))
    return out


@dataclass(slots=True)
class Resolution:
    """How digits read as a phone: the E.164 value (None if not a phone) and why."""

    value: str | None
    reason: str
    region: str | None = None
    confidence: float = 0.0
    # Read in the hinted country as a landline there, not in its grouping: maybe a foreign
    # mobile written as at home (`_home_mobiles`).
    landline: bool = False
    # A guess's other countries that hold the digits as well (`_language_home`).
    also: tuple[str, ...] = ()


class _WindowPhone(NamedTuple):
    """A phone found in a window of text, with offsets into the window; `segment`: where
    the list item it stands in starts (None for a number written with "+")."""

    start: int
    end: int
    segment: int | None
    resolved: Resolution
    obfuscated: bool


# Repeats come soon after each other (an ad and its reposts): a small cache holds nearly
# all there are to find (1 << 14 entries: 96% of the hits of an unbounded one, 100k ads).
@lru_cache(maxsize=1 << 14)
def _window_phones(
    window: str,
    lowered: str | None,
    start: int,
    end: int,
    country: str | None,
    others: tuple[str, ...],
    search: bool,
    cued: bool,
) -> tuple[_WindowPhone, ...]:
    """The phones of the stretch window[start:end], no decoy context vetoing any;
    `lowered` is the lower-cased window, None where the text could not be lower-cased;
    `cued`: a messenger cue stands right before the stretch (`_after_cue`)."""
    out = []
    for units in _runs(window, window if lowered is None else lowered, start, end):
        if _too_few_digits(units):
            continue  # a stretch may still hold short runs: a price next to a time
        first_cued = cued and units[0].start == start
        pieces, _ = _find_phones(None, units, country, others, search, first_cued)
        found = []
        for piece in pieces:
            first, stop = _span(window, units, piece.first, piece.last)
            segment = None if piece.segment is None else units[piece.segment].start
            found.append(_WindowPhone(first, stop, segment, piece.resolved, piece.obfuscated))
        found.sort(key=lambda phone: phone.start)  # in text order, as `_read_run` gives them
        out.extend(found)
    return tuple(out)


def _too_few_digits(units: list[Token]) -> bool:
    total = 0
    for unit in units:
        total += len(unit.digits)
    return total < _NATIONAL_DIGITS[0]


def _hint_country(country: str | None) -> str | None:
    if not country:
        return None
    region = _REGION_ALIASES.get(country.upper(), country.upper())
    return region if region in phonenumbers.SUPPORTED_REGIONS else None


def _read_run(
    text: str,
    units: list[Token],
    country: str | None,
    others: tuple[str, ...],
    explain: bool,
    search: bool = True,
    cued: bool = False,
) -> list[Candidate]:
    """The phones of a run (and, if `explain`, every other piece with why it is none);
    `cued`: a messenger cue stands right before the run."""
    pieces, taken = _find_phones(text, units, country, others, search, cued)
    out = [
        _accepted(
            text, *_span(text, units, piece.first, piece.last), piece.resolved, piece.obfuscated
        )
        for piece in pieces
    ]
    if explain:
        out.extend(_rejected_pieces(text, units, taken, country))
    out.sort(key=lambda c: c.start)
    return out


class _Piece(NamedTuple):
    """A phone in a run: units first..last, read as `resolved`. `segment` is the first unit
    of the list item it stands in, where the words before it are judged; None for a number
    written with "+", which no context vetoes."""

    first: int
    last: int  # the index of its last unit
    resolved: Resolution
    segment: int | None
    obfuscated: bool


def _find_phones(
    text: str | None,
    units: list[Token],
    country: str | None,
    others: tuple[str, ...],
    search: bool,
    cued: bool = False,
) -> tuple[list[_Piece], list[bool]]:
    """Cut a run into phones, each the longest valid piece from its start; also which
    units they took.

    Pieces that cross nothing stronger than grouping are read first, all along the run;
    only then pieces across list separators (commas, line breaks, sentence ends), then
    across bars and spaced slashes. So "24/7 — 791.234.567" gives "791.234.567", not a
    longer piece that happens to be valid, and "zéro six, douze, ..." is still read whole.
    Without `search` (a stretch too short for a phone) nothing is read. Without `text`,
    no decoy context is judged. `cued`: whether a messenger cue stands right before the
    run, so that its first piece may be an international number without "+". `others`:
    the countries a number is read in, before a foreign guess, where the hinted one holds
    none.
    """
    count = len(units)
    levels = _levels(units)
    taken = [False] * count
    # Digits from each unit to the end of the run: no phone starts where too few remain.
    remaining = [0] * (count + 1)
    for k in range(count - 1, -1, -1):
        remaining[k] = remaining[k + 1] + len(units[k].digits)
    out: list[_Piece] = []
    for limit in range(max(levels) + 1 if search else 0):
        i = 0
        while i < count and remaining[i] >= _NATIONAL_DIGITS[0]:
            if not taken[i] and _can_start(units, i):
                piece = _longest_phone(
                    text, units, levels, taken, i, limit, country, others, cued and i == 0
                )
                if piece is not None:
                    out.append(piece)
                    for k in range(i, piece.last + 1):
                        taken[k] = True
                    i = piece.last + 1
                    continue
            i += 1
    return out, taken


def _levels(units: list[Token]) -> list[int]:
    """How strongly the gap before each unit separates (`gap_level`), except that a spaced
    slash right after a prefix that starts the run is grouping: "Tel 0176 / 123 456 78" is
    how German and Austrian ads write a mobile, "0113 496 0123 / 0171 ..." two numbers."""
    levels = [0] * len(units)
    for k in range(1, len(units)):
        gap = units[k].gap
        if gap == " ":
            continue
        level = gap_level(gap)
        if k == 1 and level == 2 and gap.strip() == "/" and _prefix_then_number(units):
            level = 0
        levels[k] = level
    return levels


def _prefix_then_number(units: list[Token]) -> bool:
    """Does the run start with a trunk prefix ("0176", "030") and go on with the rest of
    the number ("123 456 78"), not with another number ("0140 / 0113 ...")?"""
    first, second = units[0], units[1]
    return (
        first.kind == DIGITS
        and 2 <= len(first.digits) <= 5
        and first.digits[0] == "0"
        and second.digits[:1] != "0"
    )


def _accepted(
    text: str, start: int, stop: int, resolved: Resolution, obfuscated: bool
) -> Candidate:
    return Candidate(
        raw=text[start:stop],
        start=start,
        end=stop,
        value=resolved.value,
        accepted=True,
        reason=resolved.reason,
        obfuscated=obfuscated,
        confidence=resolved.confidence,
        region=resolved.region,
        landline=resolved.landline,
        also=resolved.also,
    )


def _can_start(units: list[Token], i: int) -> bool:
    unit = units[i]
    if unit.kind == PLUS:
        return i + 1 < len(units)
    if not unit.digits:
        return False
    if unit.glued:  # "52kg", "DE89": only a whole number glued to a word ("Tel0612345678")
        return len(unit.digits) >= 8 and not unit.code
    # "un 06 12 ..." is "a 06 12 ...", not "1 06 12 ...".
    return not (unit.prose and i + 1 < len(units) and units[i + 1].kind == DIGITS)


def _can_end(units: list[Token], i: int, j: int) -> bool:
    unit = units[j]
    if unit.kind == PLUS or not unit.digits:
        return False
    if unit.glued and (i != j or len(unit.digits) < 8 or unit.code):
        return False
    return not (unit.prose and j > i and units[j - 1].kind == DIGITS)


class _End(NamedTuple):
    """A possible last unit of a phone that starts at a given unit."""

    last: int  # the index of its last unit
    digits: str
    level: int  # strongest separator crossed
    guessable: bool  # crosses only grouping and line breaks, or one repeated separator


def _longest_phone(
    text: str | None,
    units: list[Token],
    levels: list[int],
    taken: list[bool],
    i: int,
    limit: int,
    country: str | None,
    others: tuple[str, ...],
    cued: bool = False,
) -> _Piece | None:
    """The longest valid phone starting at unit i that crosses no gap above `limit`.

    In order: a reading in the hinted country or by +CC; where a messenger cue stands
    right before (`cued`) and the hinted country gives the digits no mobile or landline,
    the digits as an international number without "+"; a reading in each of `others` (the
    other countries of the ad's language, where it gave the hint); a guess of a foreign
    country (only across grouping and line breaks, or one repeated separator: "zero,
    seven, ...");
    last, a hinted-country reading that stops inside a digit-by-digit sequence (it may
    be the head of a longer foreign number: "nul zes zes vier ... drie nul vijf").
    """
    first = units[i]
    plus = first.kind == PLUS
    begin = i + 1 if plus else i
    international = plus or first.link or units[begin].digits.startswith("00")
    low, high = _INTERNATIONAL_DIGITS if international else _NATIONAL_DIGITS
    if international and not plus and not first.link:
        low, high = low + 2, high + 2  # the "00" in front
    ends: list[_End] = []
    digits = ""
    level = 0
    uniform = breaks_only = True
    for j in range(begin, len(units)):
        unit = units[j]
        if j > i:
            if taken[j] or unit.glued or unit.kind == PLUS or levels[j] > limit:
                break
            if levels[j]:
                level = max(level, levels[j])
                breaks_only = breaks_only and not unit.gap.strip()
            if uniform and j > begin + 1 and unit.gap != units[begin + 1].gap:
                uniform = False
        digits += unit.digits
        if len(digits) > high:
            break
        if len(digits) >= low and _can_end(units, i, j):
            ends.append(_End(j, digits, level, level == 0 or uniform or breaks_only))
    if not ends:
        return None
    ends.reverse()  # longest first
    deferred: list[_End] = []
    for end in ends:
        if not international and _stops_mid_sequence(units, taken, i, end.last, end.digits):
            deferred.append(end)
            continue
        found = _accept(text, units, levels, i, end, international, country, guess=False)
        if (
            cued
            and end.level == 0
            and len(end.digits) >= _MIN_CUED_DIGITS
            and (found is None or _kind(found.resolved) == _OTHER)
        ):
            # WhatsApp's own writing ("447912345678"): where the hinted country holds the
            # digits as no number an ad gives (Italy holds "33612345678", a French mobile,
            # as a voicemail number), so that an ad's own number stays its own.
            shown = _accept(text, units, levels, i, end, True, country, False, cued=True)
            if shown is not None:
                return shown
        if found is not None:
            return found
    if not international:
        for other in others:
            for end in ends:
                found = _accept(text, units, levels, i, end, False, other, guess=False)
                if found is not None:
                    return found._replace(resolved=_in_other_home(found.resolved, other))
        for end in ends:
            if end.guessable and len(end.digits) >= _MIN_GUESS_DIGITS:
                found = _accept(text, units, levels, i, end, False, country, guess=True)
                if found is not None:
                    return found
    for end in deferred:
        after = end.last + 1
        if after < len(units) and levels[after] > limit:
            continue  # cut short by a line break: first try across it, at the next level
        found = _accept(text, units, levels, i, end, False, country, guess=False)
        if found is not None:
            return found
    return None


def _in_other_home(resolved: Resolution, home: str) -> Resolution:
    """A national reading in another country of the ad's language than the one it hinted
    ("064 123 4567" in an ad in Serbian detected as Croatian): a little less sure."""
    if resolved.reason != f"national {home}":
        return resolved
    reason = f"national {home} (a country of the ad's language)"
    return Resolution(
        resolved.value, reason, home, min(resolved.confidence, 0.9), resolved.landline
    )


def _stops_mid_sequence(units: list[Token], taken: list[bool], i: int, j: int, digits: str) -> bool:
    """Does the piece seem cut short: inside a digit-by-digit sequence ("... drie nul |
    vijf"), or a short number right before a line break with more digits ("06 1234 |
    5678", a number split over two lines)?"""
    nxt = j + 1
    if nxt >= len(units) or taken[nxt] or units[nxt].glued or units[nxt].kind == PLUS:
        return False
    here, after = units[j], units[nxt]
    if j > i and len(here.digits) == 1 and len(after.digits) == 1 and after.gap == here.gap:
        return True
    return len(digits) < _SHORT_NUMBER and "\n" in after.gap and not after.gap.strip()


def _accept(
    text: str | None,
    units: list[Token],
    levels: list[int],
    i: int,
    end: _End,
    international: bool,
    country: str | None,
    guess: bool,
    cued: bool = False,
) -> _Piece | None:
    """Units i..end as a phone, if they read as one and nothing around (in `text`) vetoes it;
    `cued`: as the international number a messenger cue before it shows (`_resolve_cued`)."""
    j = end.last
    groups = () if international else _groups(units, i, j)
    resolved = None
    if cued:
        resolved = _resolve_cued(end.digits)
    elif country is None and not international and _written_north_american(units, i, j):
        resolved = _resolve_north_american(end.digits)
    if resolved is None:
        resolved = _resolve(end.digits, international, country, groups, guess)
    if resolved.value is None:
        return None
    segment = None
    if units[i].kind != PLUS:
        segment = i  # the list item the number stands in: its first unit
        while segment > 0 and levels[segment] == 0:
            segment -= 1
        if text is not None:
            start, stop = _span(text, units, i, j)
            raw = text[start:stop]
            if _decoy_context(text, start, stop, raw, units[segment].start) is not None:
                return None
    return _Piece(i, j, resolved, segment, _obfuscated(units, i, j))


# The same numbers recur across ads (that is what links them), and phonenumbers' parsing is
# the dearest step of a phone: a verdict depends only on these arguments, so keep it.
@lru_cache(maxsize=65_536)
def _resolve(
    digits: str, international: bool, country: str | None, groups: tuple[int, ...], guess: bool
) -> Resolution:
    """Read digits (already within the length bounds) as a phone."""
    if international:
        return _resolve_international(digits[2:] if digits.startswith("00") else digits)
    return _resolve_national(digits, country, groups, guess)


def _written_north_american(units: list[Token], i: int, j: int) -> bool:
    """Written "(361) 400-2907": an area code in brackets, three digits, a hyphen and four,
    as North America writes its numbers and no European country does (Italian mobiles share
    the grouping, not the brackets and hyphen)."""
    return (
        j == i + 2
        and len(units[i].digits) == 3
        and units[i + 1].gap in (")", ") ")
        and len(units[i + 1].digits) == 3
        and units[j].gap == "-"
        and len(units[j].digits) == 4
    )


def _resolve_north_american(digits: str) -> Resolution | None:
    """Ten digits as a number of the North American plan (+1), if valid there."""
    read = _resolve_international("1" + digits)
    if read.value is None:
        return None
    return Resolution(read.value, f"national {read.region}", read.region, 0.9)


def _groups(units: list[Token], i: int, j: int) -> tuple[int, ...]:
    """How the digits were grouped ("0113 496 0123" -> 4, 3, 4). Empty when the writing
    says nothing of it: spelled out, or one digit at a time ("0 . 7 . 2 ...")."""
    groups = []
    for unit in units[i : j + 1]:
        if unit.kind != DIGITS:
            return ()
        groups.append(len(unit.digits))
    return () if max(groups) == 1 else tuple(groups)


def _span(text: str, units: list[Token], i: int, j: int) -> tuple[int, int]:
    start, end = units[i].start, units[j].end
    # "(0113) 496 0123": the opening bracket belongs to the number when it closes inside.
    if start > 0 and text[start - 1] == "(":
        close = text.find(")", start, end)
        if close != -1 and "(" not in text[start:close]:
            start -= 1
    return start, end


def _obfuscated(units: list[Token], i: int, j: int) -> bool:
    """Did reading the number take de-obfuscation (words, keycaps, emoji, a line break)?"""
    singles = 0
    for k in range(i, j + 1):
        unit = units[k]
        if unit.disguised:
            return True
        if k > i and not is_plain_gap(unit.gap):
            return True
        if len(unit.digits) == 1:
            singles += 1
    return singles >= _DIGIT_BY_DIGIT


# =========================================================================== resolving


class _Desc(NamedTuple):
    """One kind of number of a plan (mobile, fixed line, toll free ...), as phonenumbers
    tests it: a possible length (any when none is listed), then the whole pattern."""

    lengths: frozenset[int]
    pattern: re.Pattern[str]

    def holds(self, nsn: str) -> bool:
        return (not self.lengths or len(nsn) in self.lengths) and bool(self.pattern.fullmatch(nsn))


@dataclass(slots=True)
class _Region:
    """What the extractor needs of a country's numbering plan, from phonenumbers' metadata."""

    code: str
    cc: int
    trunk: str  # national (trunk) prefix, "" where numbers are written without one
    lengths: frozenset[int]  # plausible national significant number lengths (fixed, mobile)
    shape: re.Pattern[str]  # the plan's overall pattern: a cheap first test before validation
    mobile: re.Pattern[str] | None  # the plan's mobile numbers
    landline: re.Pattern[str] | None  # the plan's fixed lines (geographic numbers)
    bare: re.Pattern[str] | None  # leading digits of numbers written without the trunk prefix
    general: _Desc | None  # what every valid number of the plan matches
    kinds: tuple[_Desc, ...]  # the kinds of numbers: a valid number matches one of them


@cache
def _region(code: str) -> _Region | None:
    meta = phonenumbers.PhoneMetadata.metadata_for_region(code)
    if meta is None:
        return None
    lengths: set[int] = set()
    for desc in (meta.fixed_line, meta.mobile):
        if desc is not None and desc.possible_length and desc.possible_length != (-1,):
            lengths.update(desc.possible_length)
    if not lengths:
        lengths.update(meta.general_desc.possible_length)
    shape = re.compile(meta.general_desc.national_number_pattern or r"\d+")
    mobile_pattern = meta.mobile.national_number_pattern if meta.mobile else None
    landline_pattern = meta.fixed_line.national_number_pattern if meta.fixed_line else None
    # The kinds phonenumbers tries (`_number_type_helper`), in its order; mobile numbers
    # only where their pattern differs from fixed lines'.
    kinds = [
        meta.premium_rate,
        meta.toll_free,
        meta.shared_cost,
        meta.voip,
        meta.personal_number,
        meta.pager,
        meta.uan,
        meta.voicemail,
        meta.fixed_line,
    ]
    if not meta.same_mobile_and_fixed_line_pattern:
        kinds.append(meta.mobile)
    return _Region(
        code,
        meta.country_code,
        meta.national_prefix or "",
        frozenset(lengths),
        shape,
        re.compile(mobile_pattern) if mobile_pattern else None,
        re.compile(landline_pattern) if landline_pattern else None,
        _bare_numbers(meta),
        _desc(meta.general_desc),
        tuple(desc for desc in map(_desc, kinds) if desc is not None),
    )


def _desc(desc: phonenumbers.PhoneNumberDesc | None) -> _Desc | None:
    """A kind of number as `_Desc`; None for a kind no number can match."""
    if desc is None or not desc.national_number_pattern:
        return None
    return _Desc(frozenset(desc.possible_length), re.compile(desc.national_number_pattern))


def _bare_numbers(meta: phonenumbers.PhoneMetadata) -> re.Pattern[str] | None:
    """Where a country writes full numbers without its trunk prefix: Georgian mobiles
    ("555 12 34 56"), Liechtenstein, Monaco, Irish 1800 numbers. Short codes left out."""
    if not meta.national_prefix:
        return None
    leading = [
        f"(?:{form.leading_digits_pattern[-1]})"
        for form in meta.number_format
        if not form.national_prefix_formatting_rule
        and form.leading_digits_pattern
        and _format_digits(form.pattern) >= 7
    ]
    return re.compile("|".join(leading)) if leading else None


def _format_digits(pattern: str) -> int:
    """Digits a number format takes at least: "(\\d{3})(\\d{2,3})" -> 5."""
    return sum(int(low) for low in re.findall(r"\\d\{(\d+)", pattern))


def _number(cc: int, nsn: str) -> PhoneNumber:
    number = PhoneNumber(country_code=cc, national_number=int(nsn))
    zeros = len(nsn) - len(nsn.lstrip("0"))
    if zeros:  # Italy keeps the 0 of "06 ..." after +39
        number.italian_leading_zero = True
        if zeros > 1:
            number.number_of_leading_zeros = zeros
    return number


@lru_cache(maxsize=1 << 16)
def _valid_region(cc: int, nsn: str) -> str | None:
    """The region where +cc nsn is a valid number, or None. Cached: numbers repeat."""
    if not nsn or len(nsn) > 14:
        return None
    number = _number(cc, nsn)
    region = phonenumbers.region_code_for_number(number)
    if region is None or not _is_valid(region, number):
        return None
    return region


@lru_cache(maxsize=1 << 16)
def _valid_in(code: str, nsn: str) -> bool:
    """Is nsn a valid national significant number of region `code`? Cached: numbers repeat."""
    region = _region(code)
    assert region is not None
    return _is_valid(code, _number(region.cc, nsn))


def _is_valid(code: str, number: PhoneNumber) -> bool:
    """phonenumbers' `is_valid_number_for_region`, from the patterns `_region` keeps
    compiled: the same tests in the same order, without the library's call per test."""
    region = _region(code)
    if region is None or region.cc != number.country_code or region.general is None:
        return phonenumbers.is_valid_number_for_region(number, code)  # non-geographic plans
    nsn = phonenumbers.national_significant_number(number)
    return region.general.holds(nsn) and any(kind.holds(nsn) for kind in region.kinds)


def _is_mobile(code: str, nsn: str) -> bool:
    """A mobile number of a region (of a valid number: its mobile pattern matches)."""
    region = _region(code)
    return region is not None and region.mobile is not None and bool(region.mobile.fullmatch(nsn))


def _is_landline(code: str, nsn: str) -> bool:
    """A fixed line of a region (of a valid number that is no mobile), such as a German
    07229 number; not a number of another kind, such as a French 09 internet line."""
    region = _region(code)
    return (
        region is not None and region.landline is not None and bool(region.landline.fullmatch(nsn))
    )


@lru_cache(maxsize=1 << 14)
def _national_groups(cc: int, nsn: str) -> tuple[int, ...]:
    """The digit groups of the number in its country's national format ("0113 496 0123"
    -> 4, 3, 4): what phonenumbers' `format_number(..., NATIONAL)` writes, from the formats
    `_national_formats` keeps compiled."""
    formats = _national_formats(cc)
    # phonenumbers reads an all-zero number back with one zero more: leave that to it.
    if formats is None or not nsn.strip("0"):
        formatted = phonenumbers.format_number(_number(cc, nsn), PhoneNumberFormat.NATIONAL)
    else:
        formatted = nsn  # as phonenumbers: no format of the plan fits
        for leading, pattern, rule in formats:
            if (leading is None or leading.match(nsn)) and pattern.fullmatch(nsn):
                formatted = pattern.sub(rule, nsn)
                break
    return tuple(len(part) for part in _DIGIT_RUN.findall(formatted))


_DIGIT_RUN: Final = re.compile(r"\d+")


class _Format(NamedTuple):
    """One national format of a plan, as phonenumbers applies it (`_format_nsn`)."""

    leading: re.Pattern[str] | None  # the most detailed leading digits; None: any
    pattern: re.Pattern[str]
    rule: str  # the substitution, with the national prefix rule in its first group


@cache
def _national_formats(cc: int) -> tuple[_Format, ...] | None:
    """The national formats of the plan phonenumbers formats +cc numbers with."""
    if cc not in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
        return None
    code = phonenumbers.region_code_for_country_code(cc)
    meta = phonenumbers.PhoneMetadata.metadata_for_region_or_calling_code(cc, code.upper())
    if meta is None:
        return None
    formats = []
    for form in meta.number_format:
        rule = form.format
        if form.national_prefix_formatting_rule:
            rule = _FIRST_GROUP.sub(form.national_prefix_formatting_rule, rule, count=1)
        leading = form.leading_digits_pattern
        formats.append(
            _Format(re.compile(leading[-1]) if leading else None, re.compile(form.pattern), rule)
        )
    return tuple(formats)


_FIRST_GROUP: Final = re.compile(r"(\\\d)")  # "\1" in a format: phonenumbers' $FG


@lru_cache(maxsize=1 << 14)
def _resolve_international(digits: str) -> Resolution:
    """ "+44 113 ...", "0044 ...", "+44 (0)113 ...", "wa.me/44113...": the code says where."""
    for size in (1, 2, 3):
        cc = int(digits[:size])
        if cc in phonenumbers.COUNTRY_CODE_TO_REGION_CODE:
            break
    else:
        return Resolution(None, "unknown country code")
    nsn = digits[size:]
    tries = (nsn, nsn[1:]) if nsn.startswith("0") else (nsn,)  # "+44 (0)113": drop the 0
    for attempt in tries:
        region = _valid_region(cc, attempt)
        if region is not None:
            return Resolution(f"+{cc}{attempt}", "international", region, 1.0)
    return Resolution(None, f"invalid number for +{cc}")


# Why a number written without "+" after a messenger cue was read as international.
_AFTER_CUE: Final = "international (messenger cue, no plus)"


@lru_cache(maxsize=1 << 12)
def _resolve_cued(digits: str) -> Resolution:
    """Digits right after a messenger cue as the international number the messenger shows
    ("447912345678"): a mobile, since messenger accounts are, which also keeps out most
    order numbers that happen to start with a country code; a little less sure than a
    number written with "+"."""
    read = _resolve_international(digits)
    if read.value is None:
        return read
    if _kind(read) != _MOBILE:
        return Resolution(None, f"no mobile of {read.region}")
    return Resolution(read.value, _AFTER_CUE, read.region, 0.9)


_MOBILE: Final = "mobile"
_LANDLINE: Final = "landline"
_OTHER: Final = "other"


def _kind(resolved: Resolution) -> str:
    """What an accepted reading is: a mobile, a landline, or another kind of number
    (voicemail, toll free ..., or a number of no country, "+800 ...")."""
    value, code = resolved.value, resolved.region
    region = _region(code) if value is not None and code is not None else None
    if value is None or region is None:
        return _OTHER
    nsn = value[len(f"+{region.cc}") :]
    if _is_mobile(region.code, nsn):
        return _MOBILE
    return _LANDLINE if _is_landline(region.code, nsn) else _OTHER


def _national_in(digits: str, code: str) -> tuple[str | None, str]:
    """Read a national writing in one region: (E.164 or None, why not)."""
    region = _region(code)
    if region is None:
        return None, f"unknown region {code}"
    nsn, why = _national_number(digits, region)
    if nsn is None:
        return None, why
    if not _valid_in(code, nsn):
        return None, f"invalid number for region {code}"
    return f"+{region.cc}{nsn}", ""


# Trunk prefixes that ads still write after their country changed it: Lithuania's was "8"
# until 2025 ("8 612 34567"); phonenumbers reads both ("[08]").
_FORMER_TRUNKS: Final = {"LT": "8"}


def _national_number(digits: str, region: _Region) -> tuple[str | None, str]:
    """The national significant number of a national writing, if it fits the region's
    trunk prefix, lengths and overall pattern (the cheap tests): (number or None, why not)."""
    nsn = digits
    former = _FORMER_TRUNKS.get(region.code, "")
    if region.trunk and digits.startswith(region.trunk):
        nsn = digits[len(region.trunk) :]
    elif former and digits.startswith(former):
        nsn = digits[len(former) :]
    elif region.trunk and not (region.bare and region.bare.match(digits)):
        return None, f"no trunk prefix for {region.code}"
    if len(nsn) not in region.lengths:
        return None, f"wrong length for {region.code}"
    if not region.shape.fullmatch(nsn):
        return None, f"invalid number for region {region.code}"
    return nsn, ""


@lru_cache(maxsize=1 << 14)
def _resolve_national(
    digits: str, country: str | None, groups: tuple[int, ...], guess: bool
) -> Resolution:
    """A number written without +CC: read in the hinted country, or (guess) in another.

    Ads often carry a foreign number in its home writing (a Romanian "0722 907 619" in an
    Italian ad). Guessing tries the Council of Europe countries, with a lower confidence.
    When the hinted country holds the digits only as a landline, not in its own grouping,
    but they are written in a foreign mobile's own grouping, the foreign mobile wins: ads
    give mobiles. (A foreign landline in its own grouping does not: too many landline
    groupings are shared, and the hinted country then wins more often than not.)
    """
    if guess:
        if country is not None and _hint_shaped(digits, country, groups):
            # Written the hinted country's own way ("07700 900123" in a British ad) but
            # invalid there: a made-up or reserved number, not a foreign one.
            return Resolution(None, f"invalid number for region {country}")
        foreign = _best_foreign(digits, groups, country, _NEED_NOTHING)
        return foreign if foreign is not None else Resolution(None, "no country holds it")
    if country is None:
        return Resolution(None, "no country hint")
    value, why = _national_in(digits, country)
    if value is None:
        shared = _shared_plan_reading(digits, country)
        return Resolution(None, why) if shared is None else shared
    cc, nsn = _split(value, country)
    if _is_mobile(country, nsn):
        return Resolution(value, f"national {country}", country, 1.0)
    grouped = _grouped_as(cc, nsn, groups)
    landline = not grouped and _is_landline(country, nsn)
    if len(groups) < 2 or grouped:
        return Resolution(value, f"national {country}", country, 1.0, landline)
    foreign = _best_foreign(digits, groups, country, _NEED_MOBILE)
    if foreign is not None:
        return foreign
    return Resolution(value, f"national {country}", country, 0.9, landline)


def _shared_plan_reading(digits: str, country: str) -> Resolution | None:
    """The digits as a number of a region that shares the hinted country's numbering plan
    (country code and trunk prefix), where the hinted country does not hold them: a British
    ad's "07911 123456" is a Guernsey mobile, a Russian ad's "8 701 123 45 67" a Kazakh one.
    Written at home the same way, such a number is as much the hinted country's as its own."""
    for code in _plan_partners(country):
        value, _ = _national_in(digits, code)
        if value is not None:
            return Resolution(value, f"national {code} (shares {country}'s plan)", code, 1.0)
    return None


@cache
def _plan_partners(code: str) -> tuple[str, ...]:
    """The other regions dialled with `code`'s country code and trunk prefix (GB: GG, IM,
    JE; RU: KZ; FI: AX; NO: SJ), in phonenumbers' order. Not those of the North American
    plan: it joins 25 countries, whose patterns a made-up US number ("555-0123") would have
    compiled one by one (0.1 s at a run's start), and an ad of one of them giving the
    number of another is rare where this tool reads."""
    region = _region(code)
    if region is None or region.cc == 1:
        return ()
    return tuple(
        other
        for other in phonenumbers.COUNTRY_CODE_TO_REGION_CODE[region.cc]
        if other != code
        and (phonenumbers.PhoneMetadata.metadata_for_region(other).national_prefix or "")
        == region.trunk
    )


def _hint_shaped(digits: str, code: str, groups: tuple[int, ...]) -> bool:
    """Are the digits grouped the way the country formats such a number (valid or not)?"""
    region = _region(code)
    if region is None or len(groups) < 2:
        return False
    if region.trunk:
        if not digits.startswith(region.trunk):
            return False
        digits = digits[len(region.trunk) :]
    return _grouped_as(region.cc, digits, groups)


def _split(value: str, code: str) -> tuple[int, str]:
    region = _region(code)
    assert region is not None
    return region.cc, value[1 + len(str(region.cc)) :]


def _grouped_as(cc: int, nsn: str, groups: tuple[int, ...]) -> bool:
    """Written in the country's own grouping ("0113 496 0123" is how the UK writes it)."""
    return len(groups) > 1 and _national_groups(cc, nsn) == groups


# What a foreign reading needs: a mobile written in that country's own grouping, or
# nothing more than being the likeliest country that holds the digits.
_NEED_MOBILE: Final = 2
_NEED_NOTHING: Final = 0
# The countries a national writing may be guessed to come from, in tie-break order when
# several numbering plans hold the digits equally well: first the countries where the
# eight ad languages the tool reads are spoken, then the other member states; by
# population within each tier, since a larger plan is the likelier source. A fixed order
# also keeps the guess the same from ad to ad, so the linking stage still joins ads that
# share the number. Micro-states share their neighbours' numbering shapes (Monaco "06 ..",
# Andorra six digits): they are read only when hinted or written with +CC.
# fmt: off
_GUESS_REGIONS: Final = (
    "DE", "GB", "FR", "IT", "ES", "PL", "RO", "NL", "BE", "CH", "AT", "IE", "MD", "LU", "MT",
    "TR", "UA", "CZ", "SE", "GR", "PT", "AZ", "HU", "RS", "BG", "DK", "FI", "NO", "SK", "HR",
    "GE", "BA", "AL", "AM", "LT", "SI", "LV", "MK", "EE", "CY", "ME", "IS",
)
# fmt: on
_GUESSED: Final = "guessed"  # in the reason of a foreign guess
_GUESS_RANK: Final = {code: rank for rank, code in enumerate(_GUESS_REGIONS)}
_MIN_GUESS_DIGITS: Final = 9


@cache
def _guess_index() -> dict[tuple[str, int], tuple[str, ...]]:
    """(trunk prefix, national number length) -> the countries that may hold such a number,
    in `_GUESS_REGIONS` order: most countries are ruled out without validating anything."""
    index: dict[tuple[str, int], list[str]] = {}
    for code in _GUESS_REGIONS:
        region = _region(code)
        if region is None:
            continue
        for length in region.lengths:
            index.setdefault((region.trunk, length), []).append(code)
    return {key: tuple(codes) for key, codes in index.items()}


def _guess_candidates(digits: str) -> tuple[str, ...]:
    return _guess_codes(len(digits), digits.startswith("0"), digits.startswith("06"))


@cache
def _guess_codes(length: int, zero: bool, zero_six: bool) -> tuple[str, ...]:
    """The countries whose plans may hold `length` digits written with the trunk prefixes
    present ("0", "06") or none, in `_GUESS_REGIONS` order: the same few lists come up
    again and again, so each is sorted once."""
    index = _guess_index()
    found = list(index.get(("", length), ()))
    if zero:
        found.extend(index.get(("0", length - 1), ()))
    if zero_six:
        found.extend(index.get(("06", length - 2), ()))
    return tuple(sorted(found, key=_GUESS_RANK.__getitem__))


def _best_foreign(
    digits: str,
    groups: tuple[int, ...],
    exclude: str | None,
    need: int,
    among: tuple[str, ...] = (),
) -> Resolution | None:
    """The Council of Europe country whose numbering holds these digits best, if any (of
    those `among`, if given).

    Evidence, in order: written in the country's own grouping, then being a mobile there
    (ads give mobiles). A national writing with a leading 0 may be any country's; without
    one, only a mobile of a country that writes no trunk 0 ("611 949 371", "333 912 3456").
    """
    if len(digits) < _MIN_GUESS_DIGITS:
        return None
    trunk_written = digits[0] == "0"
    options: list[tuple[int, str, str]] = []
    for code in _guess_candidates(digits):
        if code == exclude or (among and code not in among):
            continue
        region = _region(code)
        assert region is not None  # the guess index holds known regions only
        nsn, _ = _national_number(digits, region)
        if nsn is None:
            continue
        # The mobile pattern is one cheap test; validating takes a dozen: test it first
        # where a landline would not count anyway.
        mobile = region.mobile is not None and region.mobile.fullmatch(nsn) is not None
        if not mobile and (need == _NEED_MOBILE or not trunk_written):
            continue
        if not _valid_in(code, nsn):
            continue
        value = f"+{region.cc}{nsn}"
        grouped = _grouped_as(region.cc, nsn, groups)  # formats the number: only where it counts
        if need == _NEED_MOBILE and not (grouped or trunk_written):
            continue
        score = 2 * grouped + mobile
        options.append((score, code, value))
    if not options:
        return None
    best = max(option[0] for option in options)
    ranked = [option for option in options if option[0] == best]
    _, code, value = ranked[0]  # the most populous of the best
    if len(ranked) > 1:
        also = tuple(option[1] for option in ranked[1:])
        reason = f"national {code} ({_GUESSED}; also {', '.join(also)})"
        return Resolution(value, reason, code, 0.4, also=also)
    confidence = 0.8 if best >= 2 else 0.6
    return Resolution(value, f"national {code} ({_GUESSED})", code, confidence)


# =========================================================================== decoys

# Words right before a number that make it a reference, not a phone ("Ref. 2025-123-456",
# "Order #1234", "Kennziffer", "Vacaturenummer", "licența nr. 88464/2010", "(code ...").
# "Nr."/"No." alone are not enough: "Tel.-Nr." and "Handynummer" introduce phones.
# fmt: off
_REFERENCE_WORDS: Final = frozenset({
    "order", "commande", "pedido", "ordine", "ref", "réf", "rif", "reference", "référence",
    "riferimento", "referencia", "referentie", "kennziffer", "vacancy", "cod", "código",
    "codice", "kod", "codul", "id", "trk", "tracking", "invoice", "facture", "factura",
    "fattura", "faktura", "factuur", "iban", "bic", "swift", "nip", "regon", "krs", "pesel",
    "siret", "siren", "tva", "vat", "kraz", "cif", "nif", "dni", "nie", "cnp", "cui", "bsn",
    "kvk", "btw", "hrb", "hra", "account", "konto", "ticket", "booking", "réservation",
    "reserva", "prenotazione", "serial", "sku", "ean", "isbn", "application", "profile",
    "profil", "profilo", "profiel", "profilul", "perfil", "dossier", "dosar", "expediente",
    "pratica", "wniosek", "aktenzeichen", "promo", "sale", "angebot", "oferta", "offerta",
    "offre", "aanbieding", "promocja", "ofertă", "art", "seguimiento", "annuncio", "oferty",
    "замовлення", "заказ", "код", "вакансії", "вакансии", "рахунок", "счет", "счёт",
    "договір", "договор", "накладна", "накладная", "трек",
})
# Heads of two-word references: "Codice annuncio 48213", "Kod oferty", "Cod job".
_REFERENCE_HEADS: Final = frozenset({"codice", "cod", "kod", "código", "code", "код"})
_REFERENCE_PREFIXES: Final = (
    "order", "factuur", "invoice", "facture", "auftrag", "kunden", "bestell", "zamówieni",
    "comand", "referinț", "vacature", "sendung", "rechnung", "ust", "buchung", "artikel",
    "vorgangs", "licen", "lizenz", "registr", "bonus", "handelsregister",
)
# "Ref.-Nr.", "licence no.": the word before the abbreviation decides.
_NUMBER_ABBREVIATIONS: Final = frozenset({
    "nr", "no", "n", "nº", "n°", "num", "number", "nummer", "numéro", "numero", "número",
    "numer", "numărul",
})
# fmt: on
_TRAILING_SEPARATORS: Final = " \t\n\u00a0:.-/#()°º№"
_NON_WORD: Final = re.compile(r"[^\w]+")


def _reference_before(before: str) -> bool:
    """Does the text just before a number call it a reference (order, code, licence...)?"""
    tail = before[-32:]
    stripped = tail.rstrip(_TRAILING_SEPARATORS)
    trailer = tail[len(stripped) :]
    if "#" in trailer or "№" in trailer:  # "#1234567890", "Order #", "Заказ №"
        return True
    words = _NON_WORD.split(stripped.lower())[-2:]
    if words and words[-1] in _NUMBER_ABBREVIATIONS:
        words = words[:-1]
    last = words[-1] if words else ""
    if len(words) == 2 and words[0] in _REFERENCE_HEADS:
        return True
    return last in _REFERENCE_WORDS or last.startswith(_REFERENCE_PREFIXES) or last.endswith("code")


# IBAN letters right before the digits: "DE89 3704 0044 ...", "GB82 WEST 1234 ...".
_IBAN_BEFORE: Final = re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4})*\s?$")
# A currency right after the digits, on the same line, that is not the sign in front of
# the next amount ("0495 12 34 56\n€80 per half uur" is a phone, then a price).
_CURRENCY_AFTER: Final = re.compile(
    r"[ \u00a0\u202f]?(?:[€$£₴₽]|eur\b|euro|zł|zl\b|pln\b|lei\b|ron\b|chf\b|gbp\b|kr\b|"
    r"грн|руб|roses\b|,-|\.-)(?![ \u00a0]?\d)",
    re.I,
)
_CURRENCY_BEFORE: Final = re.compile(r"(?:[€$£]|\beur|\bchf|\bgbp|\bpln)\s?$", re.I)
# A body measure right after the digits (an age is told by `numbers.age_unit_at`): their
# last group is no part of a phone ("... 165 cm", "07912 345678 22 years old").
_MEASURE_AFTER: Final = re.compile(
    r"[ \u00a0\u202f]?(?:(?P<height>cm|mm)|(?P<weight>kg|lbs|kilos?))(?![^\W\d_])", re.I
)
_DATE: Final = re.compile(
    r"\b\d{1,2}[./-]\d{1,2}[./-](?:19|20)?\d{2}\b|\b\d{1,2}[./-](?:19|20)\d{2}\b"
    r"|\b(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\b"
)
# "licence nr. 88464/2010", "Ref. 2025/485": a number over a year is a file reference.
_NUMBER_OVER_YEAR: Final = re.compile(r"\d/(?:19|20)\d{2}$")
# A short number that ends in a postcode followed by a town: "Fabryczna 30, 40-534 Katowice".
_POSTCODE_END: Final = re.compile(r"(?:\b\d{2}-\d{3}|\b\d{4,6})$")
_TOWN_AFTER: Final = re.compile(r" [A-ZÀ-ÝŁŚŻŹА-ЯІЇЄҐ][a-zà-ÿłśżźа-яіїєґ]")
_POSTCODE_MAX_DIGITS: Final = 8
# A US ZIP code (ZIP+4 too, its hyphen lost or not) after a town and a state's code; not
# after "WA" ("Anna WA 612345678": WhatsApp).
_STATE_CODES: Final = frozenset(
    code for code in lexicon.NORTH_AMERICAN_REGIONS if len(code) == 2 and code != "WA"
)
_STATE_BEFORE: Final = re.compile(r"\b[A-Z][A-Za-z]+,? [A-Z]{2} $")
_ZIP_CODE: Final = re.compile(r"\d{5}(?:-?\d{4})?")
_AREA_CODES: Final = re.compile(r"\d{3}(?:/\d{3})+")


def _decoy_context(
    text: str, start: int, end: int, raw: str, run_start: int | None = None
) -> str | None:
    """Why a valid-looking number is not a phone, judging by what stands around it."""
    for where in (start,) if run_start is None or run_start == start else (start, run_start):
        before = text[max(0, where - 32) : where]
        if _reference_before(before):
            return "order number"
        if _IBAN_BEFORE.search(before, max(0, len(before) - 16)):
            return "iban"
    if len(raw) <= 10:  # a date has at most 8 digits: "01.2026" inside "01.01.2026"
        for match in _DATE.finditer(text, max(0, start - 6), min(len(text), end + 6)):
            if match.start() <= start and match.end() >= end:
                return "date"
    if "/" in raw and _NUMBER_OVER_YEAR.search(raw):
        return "order number"
    if (  # the town first: one anchored test, and seldom there
        _TOWN_AFTER.match(text, end)
        and _POSTCODE_END.search(raw)
        and sum(c.isdigit() for c in raw) <= _POSTCODE_MAX_DIGITS
    ):
        return "postcode"
    if _CURRENCY_AFTER.match(text, end) or _CURRENCY_BEFORE.search(text, max(0, start - 6), start):
        return "price"
    unit: str | None = "age"
    if not age_unit_at(text, end):
        measure = _MEASURE_AFTER.match(text, end)
        unit = measure.lastgroup if measure else None  # "height", "weight"
    if unit is not None:
        # Where the last group is the size of one and the digits before it make a number
        # of their own: "0722 123 456 ani" is no age, nor "06 12 34 56\nsoixante-dix-huit
        # ans", whose words end the phone.
        last = len(raw) - len(raw.rstrip("0123456789"))
        rest = sum(c.isdigit() for c in raw) - last
        if last <= (2 if unit == "age" else 3) and rest >= _SHORT_NUMBER:
            return unit
    if (  # "San Antonio TX 78232", "Houston TX 770921100" (ZIP+4)
        text[max(0, start - 3) : start - 1] in _STATE_CODES
        and _ZIP_CODE.fullmatch(raw)
        and _STATE_BEFORE.search(text, max(0, start - 32), start)
    ):
        return "postcode"
    if text[end : end + 5].lower() == " area" and _AREA_CODES.fullmatch(raw):
        return "area codes"  # "in the 703/202/301 area"
    return None


# Explanations for rejected pieces: tried in order on a window around the piece; the
# first pattern whose match overlaps the piece names it. They explain, they decide nothing:
# a piece is rejected before it is explained.
_MONTHS = (
    r"(?:jan|feb|f[ée]v|m[aä]r|apr|avr|ma[iy]|jun|juin|jul|juil|aug|ao[uû]|sep|o[ck]t|nov|"
    r"de[cz]|d[ée]c|gen|giu|lug|ago|set|dic|ene|abr|mei|maart|sty|lut|kwi|cze|lip|sie|wrz|"
    r"pa[zź]|lis|gru|ian|iun|iul|noi|січ|лют|бер|кві|тра|чер|лип|сер|вер|жов|лис|гру|янв|"
    r"фев|мар|апр|мая|июн|июл|авг|сен|окт|ноя|дек)\w*"
)
_AMOUNT = r"\d[\d.,\s\u202f]*"
_CURRENCY = (
    r"(?:[€$£₴₽]|eur\b|euros?\b|zł|zl\b|pln\b|lei\b|ron\b|chf\b|gbp\b|kr\b|kč|лв|"
    r"грн|руб|roses?\b|rose\b)"
)
_PER_PERIOD = (
    r"(?:month|year|hour|annum|monat|jahr|stunde|std|mois|an\b|heure|mes\b|año|hora|mese|"
    r"anno|ora\b|maand|jaar|uur|miesi\w*|rok\w*|godz\w*|lun[aă]|an\b|or[aă]|місяц\w*|"
    r"рік|годин\w*|месяц\w*|год\b|час\w*|brutto|netto|brut\b|net\b|gross|bruto|neto|"
    r"netti|lordi|salary|salaire|gehalt|lohn|sueldo|salario|stipendio|salaris|"
    r"wynagrodzenie|pensja|salariu|зарплата)"
)
# fmt: off
_EXPLAIN: Final[tuple[tuple[str, re.Pattern[str]], ...]] = (
    ("iban", re.compile(r"\b[A-Z]{2}\d{2}(?: ?[A-Z0-9]{4}){2,7}(?: ?[A-Z0-9]{1,3})?\b")),
    ("24/7", re.compile(r"(?i)\b24\s?/\s?7\b|\b24\s?h?\s?/\s?24\b|\b7\s?j?\s?/\s?7\b|\bh24\b|"
                        r"\b24\s?(?:h|hrs|hours|std|ore|uur|horas|godz)\b")),
    ("salary", re.compile(rf"(?i)(?:[€$£]\s?{_AMOUNT}|{_AMOUNT}{_CURRENCY})[^\n\d]{{0,16}}?"
                          rf"{_PER_PERIOD}")),
    ("price", re.compile(rf"(?i)[€$£₴₽]\s?\d[\d.,\u202f]*|\d[\d.,\s\u202f]*?\s?{_CURRENCY}|"
                         r"\d+\s?(?:ph\b|/h\b|p/u\b)")),
    ("date", re.compile(r"\b(?:0?[1-9]|[12]\d|3[01])[./-](?:0?[1-9]|1[0-2])\b"
                        r"(?:[./-](?:19|20)?\d{2}\b)?|"
                        r"\b(?:19|20)\d{2}[./-]\d{1,2}[./-]\d{1,2}\b|"
                        r"(?i:\b\d{1,2}\.?\s(?:de\s)?" + _MONTHS + r")")),
    ("time", re.compile(r"(?i)\b(?:[01]?\d|2[0-4])\s?(?::|h|\.)\s?[0-5]\d\b|"
                        r"\b(?:[01]?\d|2[0-4])\s?(?:am|pm|uhr|uur|h)\b")),
    ("height", re.compile(r"(?i)\b\d[.,]\d{2}\s?(?:m|м)\b|\b\d{3}\s?(?:cm|см)\b|"
                          r"\b\d\s?m\s?\d{2}\b|\b\d'\s?\d{1,2}\"?|\b\d\s?ft\b")),
    ("weight", re.compile(r"(?i)\b\d{2,3}\s?(?:kg|lbs?|кг)\b")),
    ("age", re.compile(r"(?i)\(\s?\d{2}\s?\)|\b\d{2}\s?(?:years?|yrs?|yo|y\.o\.|ans|jahre|"
                       r"años|añitos|anni|jaar|lat[a]?|de ani|ani|лет|года?|роки|років|року)\b|"
                       r"\b(?:age|aged|âge|alter|edad|età|leeftijd|wiek|vârsta|вік|возраст)"
                       r"\s?:?\s?\d{2}\b")),
    ("postcode", re.compile(r"\b\d{4,6}\s(?=[A-ZÀ-ÝŁŚŻŹА-ЯІЇЄҐ][a-zà-ÿłśżźа-яіїєґ])|"
                            r"\b\d{4}\s?[A-Z]{2}\b|\b\d{2}-\d{3}\b|\(\d{5}\)|\b[A-Z]{2}-\d{4}\b|"
                            r"\b[A-Z]{1,2}\d{1,2}[A-Z]?\s\d[A-Z]{2}\b")),
    ("year", re.compile(r"\b(?:19|20)\d{2}\b")),
)
# fmt: on


def _rejected_pieces(
    text: str, units: list[Token], taken: list[bool], country: str | None
) -> list[Candidate]:
    """The parts of a run that are not phones, each with the reason.

    A piece ends where a phone was taken, at a word glued to digits ("52kg"), and at a
    list or sentence separator, so that "24/7 · 12.03.2025" explains two things.
    """
    out: list[Candidate] = []
    i, n = 0, len(units)
    while i < n:
        if taken[i]:
            i += 1
            continue
        j = i
        while (
            j + 1 < n
            and not taken[j + 1]
            and not units[j + 1].glued
            and not units[j].glued
            and gap_level(units[j + 1].gap) == 0
        ):
            j += 1
        piece = [u for u in units[i : j + 1] if u.kind != PLUS]
        if any(u.kind == DIGITS for u in piece) or len(piece) >= 3:
            start, end = units[i].start, units[j].end
            raw = text[start:end]
            reason = _explain(text, start, end, raw, units, i, j, country)
            out.append(Candidate(raw, start, end, None, False, reason))
        i = j + 1
    return out


def _explain(
    text: str,
    start: int,
    end: int,
    raw: str,
    units: list[Token],
    i: int,
    j: int,
    country: str | None,
) -> str:
    context = _decoy_context(text, start, end, raw)
    if context in ("order number", "iban"):  # what the words around it say comes first
        return context
    lo, hi = max(0, start - 25), min(len(text), end + 25)
    window = text[lo:hi]
    for reason, pattern in _EXPLAIN:
        for match in pattern.finditer(window):
            if match.start() + lo < end and match.end() + lo > start:
                return reason
    if context is not None:
        return context
    digits = "".join(u.digits for u in units[i : j + 1])
    if units[i].code or units[j].code:
        return "inside a code"
    if units[i].glued or units[j].glued:
        return "glued to letters"
    if len(digits) < _NATIONAL_DIGITS[0]:
        return "too short"
    if len(digits) > _INTERNATIONAL_DIGITS[1]:
        return "too long"
    if units[i].kind == PLUS or digits.startswith("00") or units[i].link:
        number = digits[2:] if digits.startswith("00") else digits
        return _resolve_international(number).reason
    return _resolve_national(digits, country, _groups(units, i, j), False).reason
