"""Ages, prices and salaries in ad texts, in 30 European languages. Pure functions.

Every mention's `raw` is exactly `text[start:end]`:
* ages: the digits only ("23" in "Gina (23)", "23 ans", "age: 23"); a range such as
  "aged 18-25" gives two ages. An age spelled in words is the words ("vingt-deux" in
  "vingt-deux ans"), read by the phones' number words (deobfuscate.py).
* prices and salaries: the amount with its currency sign or word ("220 €", "€100",
  "80 roses", "3000-3500 zł"); a bare amount after a rate word ("ora 150") is the digits.

The words per language live in lexicon.py; this module only joins them into patterns,
compiled once at import (about 10 ms). Most are read in ads of every language; a few that
are everyday words elsewhere only in ads of their own language (`_tables`): "time" is an
hour in Danish "1 time 1500 kr", not in English "100 £ time".

Everything here is read within one line: a number's currency, unit, range, rate words
and the words before it never cross a line break. So each line that holds a digit is read
on its own and its reading kept: reposted ads repeat their lines ("1/2 Std 130 € | 1 Std
190 €"), and half the lines with a digit of a few thousand demo ads were met before.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass
from functools import cache, lru_cache
from typing import NamedTuple

from thbwatch.extract import deobfuscate, lexicon
from thbwatch.model import Hints, Mention

__all__ = ["extract_ages", "extract_prices", "extract_salaries", "parse_amount"]

AGE_MIN, AGE_MAX = 16, 80  # plausible stated ages of adults and near-adults in ads
# Per-text results (the readings of its lines) are kept for more texts than an extraction
# batch holds (100, see mentions.py): the batch runs ages over all its texts before prices,
# and a smaller cache would have lost them by then.
_TEXTS_KEPT = 256
_LINES_KEPT = 1 << 16  # readings of lines, a few hundred bytes each

# --------------------------------------------------------------------------- patterns


# Characters other than their own lower and upper case that an ASCII letter matches under
# re.IGNORECASE (Python's case-folding exceptions; tests/extract/test_numbers.py checks).
_CASE_TWINS = {"i": "İı", "k": "\u212a", "s": "ſ"}
_ASCII = "".join(map(chr, range(128)))


def _escaped(word: str) -> str:
    return re.escape(word).replace(r"\ ", r"[ \u00a0]?")


def _alternation(words: Iterable[str]) -> str:
    """A regex alternation for a re.IGNORECASE pattern, longest first so that "years old"
    wins over "years".

    Words are grouped by their first character, ASCII ones behind a case-sensitive class
    ("[bB]"): the regex engine skips in C an alternative that starts with a class the
    character fails, but tries every case-insensitive one in turn (3-4 times slower on the
    big tables). Words starting with another character ("à", "г") are grouped behind it
    as written, after the ASCII groups and behind one test for a non-ASCII character: none
    of them matches an ASCII character, so an amount followed by ASCII text skips them all
    (the Cyrillic tables). Groups never match the same character, so their order does not
    change what matches; inside a group the words keep their order.
    """
    unique = sorted(set(words), key=lambda word: (-len(word), word))
    groups: dict[str, list[str]] = {}
    others: dict[str, list[str]] = {}
    for word in unique:
        first = word[0]
        if first.isascii() and not first.isspace():
            groups.setdefault(first.lower(), []).append(_escaped(word[1:]))
        elif re.search(f"(?i){re.escape(first)}", _ASCII):
            raise ValueError(f"{word!r} starts with a twin of an ASCII character")
        else:
            others.setdefault(first.lower(), []).append(_escaped(word[1:]))
    grouped = [
        f"(?-i:[{''.join(map(re.escape, sorted({key, key.upper(), *_CASE_TWINS.get(key, '')})))}])"
        f"(?:{'|'.join(rests)})"
        for key, rests in groups.items()
    ]
    spaced = [
        f"{_escaped(key)}(?:{'|'.join(rests)})" for key, rests in others.items() if key.isascii()
    ]
    foreign = [
        f"{_escaped(key)}(?:{'|'.join(rests)})"
        for key, rests in others.items()
        if not key.isascii()
    ]
    if foreign:  # one test lets the characters of ASCII text skip them all
        spaced.append(f"(?=[^\\x00-\\x7f])(?:{'|'.join(foreign)})")
    return "|".join(grouped + spaced)


def _first_letters(words: Iterable[str]) -> frozenset[str]:
    """The first letters of `words` in either case: what a character must be for a word of
    them to start there, told before a regex is tried."""
    return frozenset(case for word in words for case in (word[0].lower(), word[0].upper()))


def _all(table: dict[str, tuple[str, ...]]) -> list[str]:
    return [word for words in table.values() for word in words]


class _Phrases(NamedTuple):
    """A table of phrases and the last word of each. Most words before a number end no
    phrase of a table: that is told by one look-up, without joining words into phrases."""

    table: Mapping[str, str] | frozenset[str]
    ends: frozenset[str]


def _phrases(table: Mapping[str, str] | frozenset[str]) -> _Phrases:
    return _Phrases(table, frozenset(phrase.rpartition(" ")[2] for phrase in table))


_SPACE = "[ \u00a0\u202f]"
# An amount: "1.500", "1 500", "1,500.00", "2.130,50", "13,49", "150". Grouped thousands
# need exactly three digits per group; a lone separator followed by 1-2 digits is decimal.
# (One leading \d, not two alternatives: a pattern that starts with a class is scanned in C.)
_NUM = (
    r"\d(?:\d{0,2}(?:(?:[.,]|[ \u00a0\u202f])\d{3}(?![\d%]))+(?:[.,]\d{1,2})?"
    r"|\d*(?:[.,]\d{1,2})?)"
)
_CURRENCY = dict(lexicon.CURRENCY_WORDS)
# Every fact here hangs on a number: one scan finds them all (a regex that starts with a
# digit class runs in C), then small anchored patterns and dict look-ups read the context.
_NUMBER = re.compile(_NUM)
# "1500-2000", "€100 – 150", "£28-£32k": the sign may be written again.
_RANGE_DASH = re.compile(rf"{_SPACE}?[-–]{_SPACE}?[€$£]?(?=\d)")
# "$11.00 to $12.00", "13,50 € bis 15 €", "de 900 à 1 200 €": a range in words.
_RANGE_WORD_STARTS = _first_letters(lexicon.RANGE_WORDS)
_RANGE_WORD = re.compile(
    rf"{_SPACE}(?:{_alternation(lexicon.RANGE_WORDS)}){_SPACE}(?:[€$£]{_SPACE}?)?(?=\d)",
    re.IGNORECASE,
)
# "between 1800 and 2200 €": the "and" of a range, read only after a word for "between".
_RANGE_BETWEEN = frozenset(lexicon.RANGE_BETWEEN_WORDS)
_RANGE_AND_STARTS = _first_letters(lexicon.RANGE_AND_WORDS)
_RANGE_AND = re.compile(
    rf"{_SPACE}(?:{_alternation(lexicon.RANGE_AND_WORDS)}){_SPACE}(?:[€$£]{_SPACE}?)?(?=\d)",
    re.IGNORECASE,
)
# Currency signs and codes read by plain string tests (faster than a regex per number).
_SYMBOLS = {sign: _CURRENCY[sign] for sign in _CURRENCY if len(sign) == 1 and not sign.isalpha()}
_SYMBOLS["💰"] = ""  # the money bag: money, currency unknown
_PREFIX_CODES = {"eur": "EUR", "gbp": "GBP", "chf": "CHF", "pln": "PLN", "usd": "USD", "ron": "RON"}
_LETTERS = re.compile(r"[^\W\d_]+")
_BLANKS = " \u00a0\u202f"


_PRICE_PERIODS: dict[str, str] = {
    phrase: per for table in lexicon.PRICE_PERIODS.values() for phrase, per in table.items()
}
# After the amount: "150 €/h", "£200ph", "120€ all'ora", "€100 per half uur", "/ 30 Min".
_CONNECT = r"(?:/|per|pro|za|pe|la|a|al|p/|for)"


def _period_after(periods: Iterable[str]) -> re.Pattern[str]:
    return re.compile(
        rf"{_SPACE}?(?:{_CONNECT}{_SPACE}?)?({_alternation(periods)})(?![^\W\d_])",
        re.IGNORECASE,
    )


_PERIOD_AFTER = _period_after(_PRICE_PERIODS)
# Bare amounts count only after a spelled-out rate word ("ora 150", "notte 780").
_BARE_PERIODS = {p: per for p, per in _PRICE_PERIODS.items() if sum(c.isalpha() for c in p) >= 3}
_PRICE_PHRASES = _phrases(_PRICE_PERIODS)
_BARE_PHRASES = _phrases(_BARE_PERIODS)
_BARE_LAST_WORDS = frozenset(p.split()[-1] for p in _BARE_PERIODS) | frozenset(
    p.split()[-1].rstrip(".") for p in _BARE_PERIODS
)
_NOT_MONEY_AFTER = re.compile(
    rf"{_SPACE}?(?:{_alternation([*lexicon.MEASURE_UNITS, *_all(lexicon.AGE_UNITS), 'h'])})"
    r"(?![^\W\d_])|[:.,/]\d",
    re.IGNORECASE,
)

_SALARY_PERIODS: dict[str, str] = {
    phrase: per for table in lexicon.SALARY_PERIODS.values() for phrase, per in table.items()
}
_GROSS_NET: dict[str, bool] = {
    word: gross for table in lexicon.GROSS_NET.values() for word, gross in table.items()
}
_GROSS_OR_NET = _alternation(_GROSS_NET)


def _salary_after(periods: Iterable[str]) -> re.Pattern[str]:
    """After a salary amount: optional gross/net, optional period, optional gross/net again
    ("2 130 € brut mensuel", "13,49 € brutto/Std.", "€2,800 per month NET")."""
    return re.compile(
        rf"(?:{_SPACE}?(?P<gn1>{_GROSS_OR_NET})(?![^\W\d_]))?"
        rf"(?:{_SPACE}?(?P<period>{_alternation(periods)})(?![^\W\d_]))?"
        rf"(?:{_SPACE}?(?P<gn2>{_GROSS_OR_NET})(?![^\W\d_]))?",
        re.IGNORECASE,
    )


_SALARY_AFTER = _salary_after(_SALARY_PERIODS)
_SALARY_BEFORE = _phrases(lexicon.SALARY_PERIOD_BEFORE)


class _Words(NamedTuple):
    """Words and two-word phrases, and the first words of those phrases: most contexts
    hold none of those, which one set test tells without joining neighbours."""

    words: frozenset[str]
    pair_starts: frozenset[str]


def _words(words: Iterable[str]) -> _Words:
    table = frozenset(words)
    return _Words(table, frozenset(w.split(" ")[0] for w in table if w.count(" ") == 1))


_JOB_WORDS = _words(_all(lexicon.JOB_WORDS))
_COST_WORDS = _words(_all(lexicon.COST_WORDS))
_FREE_WORDS = frozenset(_all(lexicon.FREE_WORDS))
# Words that may join cost words that one free word is said of: "free accommodation and
# transport", "darmowe zakwaterowanie i dojazd".
_JOINERS = frozenset(("and", "&", "et", "und", "y", "e", "en", "i", "oraz", "și", "si", "a"))
_JOINERS |= frozenset(("és", "і", "та", "й", "и"))
# Swedish, Danish and Norwegian, Finnish and Estonian ("tasuta majutus ja transport"),
# Slovenian, Lithuanian, Latvian, Greek.
_JOINERS |= frozenset(("och", "og", "ja", "in", "ir", "un", "και"))
# After an amount and its period, up to three words, then a word of deduction.
_DEDUCTED_AFTER = re.compile(
    rf"(?:{_SPACE}+[^\W\d_]+){{0,3}}?{_SPACE}+(?:{_alternation(_all(lexicon.DEDUCTION_WORDS))})"
    r"(?![^\W\d_])",
    re.IGNORECASE,
)

# Ages ---------------------------------------------------------------------------------
# French and Romanian "an" is one year, yet ads write "je suis Angel 23 an": it counts,
# unless English follows ("20 an hour").
_ONE_YEAR = "an"


def _age_unit_after(units: Iterable[str]) -> re.Pattern[str]:
    return re.compile(
        rf"{_SPACE}?-?(?:{_alternation(u for u in units if u != _ONE_YEAR)}"
        rf"|{_ONE_YEAR}(?!{_SPACE}(?:hour|hr)s?\b)|jährige[rn]?|jahrige[rn]?|enne"
        # "23-летняя", "26enne"
        r"|(?=[^\x00-\x7f])(?:летн(?:яя|ий|ей|его|юю)|річн(?:а|ий|ої|ого|у)))"
        r"(?![^\W\d_]|['’][^\W\d_])",  # Czech "21 let", not "21 let's"
        re.IGNORECASE,
    )


_AGE_UNIT_AFTER = _age_unit_after(_all(lexicon.AGE_UNITS))
_RANGE_JOIN = r"(?:[-–]|to|bis|à|a|ai|al|tot|și|si|do|y|e|and|und|et|i|до)"
# "18-25", "de 18 à 25", "dai 18 ai 25": the second number of a range.
_AGE_RANGE = re.compile(
    rf"{_SPACE}?{_RANGE_JOIN}{_SPACE}?(?:(?:the|los|les|i|die|de){_SPACE})?(\d{{2}})(?!\d)",
    re.IGNORECASE,
)
_AGE_LABELS = _phrases(frozenset(_all(lexicon.AGE_LABELS)))
_NOT_AGE_BEFORE = _phrases(frozenset(_all(lexicon.NOT_AGE_BEFORE)))
_NO_AGE_AFTER = re.compile(
    rf"{_SPACE}?(?:{_alternation([*lexicon.MEASURE_UNITS, *_CURRENCY, 'x', 'h', 'min'])})"
    rf"(?![^\W\d_])|[.,]\d|:\d|/\d|[-–]\d|{_SPACE}?[€£$%+]",
    re.IGNORECASE,
)
_EXPERIENCE = re.compile(
    rf"{_SPACE}?(?:of|de|d'|di|van|z|an)?{_SPACE}?(?:{_alternation(_all(lexicon.EXPERIENCE_WORDS))})",
    re.IGNORECASE,
)
_NOT_NAMES = frozenset(word.lower() for word in lexicon.NOT_NAMES)
_STREET_WORD = re.compile(
    r"(?:stra(?:ß|ss)e|str\.?|weg|gasse|allee|platz|laan|straat|plein|gracht|road|street|lane"
    r"|avenue|ulica|strada|calle|via|rue)$",
    re.IGNORECASE,
)
_STREET_BEFORE = frozenset(word.lower() for word in lexicon.STREET_BEFORE)
_NAME_BEFORE = re.compile(r"([A-ZÀ-ÖØ-ÞĀ-Ž][^\W\d_]{1,14})(?:, |\(| \(| )$")
# What may follow "Name 23" in a title: end of line, an emoji, a dash or bar.
_AFTER_BARE_AGE = re.compile(rf"{_SPACE}*(?:$|\n|[-–|,!]|[^\w\s.:/])")
_TOKEN_EDGE = "\"'()[]{}:;,!?=|-–*"


class _Tables(NamedTuple):
    """The words the lines of an ad are read with: every language's, and in ads of a
    language that has some, the words read only there (lexicon.LOCAL_*): "time" is an
    hour in "1 time 1500 kr" in Danish, not in "100 £ time" in English."""

    price_periods: dict[str, str]
    price_phrases: _Phrases
    period_after: re.Pattern[str]
    salary_periods: dict[str, str]
    salary_after: re.Pattern[str]
    age_unit_after: re.Pattern[str]


_EVERY_LANGUAGE = _Tables(
    _PRICE_PERIODS, _PRICE_PHRASES, _PERIOD_AFTER, _SALARY_PERIODS, _SALARY_AFTER, _AGE_UNIT_AFTER
)
_LOCAL_LANGUAGES = frozenset(
    (*lexicon.LOCAL_AGE_UNITS, *lexicon.LOCAL_PRICE_PERIODS, *lexicon.LOCAL_SALARY_PERIODS)
)


def _local_language(hints: Hints) -> str:
    """The ad's language if it has words of its own to read (`_tables`), else ""."""
    language = hints.language or ""
    return language if language in _LOCAL_LANGUAGES else ""


@cache
def _tables(language: str) -> _Tables:
    """The tables an ad of `language` is read with (`_local_language`): built at the first
    ad of a language with words of its own, a few milliseconds."""
    if not language:
        return _EVERY_LANGUAGE
    price = {**_PRICE_PERIODS, **lexicon.LOCAL_PRICE_PERIODS.get(language, {})}
    salary = {**_SALARY_PERIODS, **lexicon.LOCAL_SALARY_PERIODS.get(language, {})}
    units = [*_all(lexicon.AGE_UNITS), *lexicon.LOCAL_AGE_UNITS.get(language, ())]
    return _Tables(
        price,
        _phrases(price),
        _period_after(price),
        salary,
        _salary_after(salary),
        _age_unit_after(units),
    )


# --------------------------------------------------------------------------- amounts


def parse_amount(text: str) -> float:
    """ "1.500" -> 1500, "1 500" -> 1500, "1,500.00" -> 1500, "2.130,50" -> 2130.5,
    "13,49" -> 13.49. A lone separator followed by three digits groups thousands."""
    digits = re.sub(r"[ \u00a0\u202f]", "", text)
    if "." in digits and "," in digits:
        # The last separator is the decimal one; all before it group ("2.130,501.50").
        decimal = "." if digits.rfind(".") > digits.rfind(",") else ","
        head, _, tail = digits.rpartition(decimal)
        return float(head.replace(".", "").replace(",", "") + "." + tail)
    for separator in ".,":
        if separator in digits:
            head, _, tail = digits.rpartition(separator)
            if digits.count(separator) > 1 or len(tail) == 3:
                return float(digits.replace(separator, ""))
            return float(head.replace(separator, "") + "." + tail)
    return float(digits)


def _format_amount(amount: float) -> str:
    return str(int(amount)) if amount == int(amount) else f"{amount:.2f}"


@dataclass(slots=True)
class _Money:
    """One amount with its currency, before it is called a price or a salary."""

    start: int
    end: int
    amount: float
    amount_max: float | None
    currency: str | None
    currency_inferred: bool
    bare: bool  # no currency written: found through a rate word


def _currency_of(token: str | None) -> str | None:
    if not token:
        return None
    return _CURRENCY.get(token.lower().replace("\u00a0", " "))


def _default_currency(hints: Hints) -> str:
    if hints.country:
        return lexicon.COUNTRY_CURRENCY.get(hints.country, "EUR")
    return lexicon.LANGUAGE_CURRENCY.get(hints.language or "", "EUR")


def _local_currency(hints: Hints) -> str:
    """The currency of the ad's country or language whose local words are read, if any."""
    for code in (
        lexicon.COUNTRY_CURRENCY.get(hints.country or ""),
        lexicon.LANGUAGE_CURRENCY.get(hints.language or ""),
    ):
        if code in lexicon.LOCAL_CURRENCY_WORDS:
            return code
    return ""


def _words_before(
    text: str, start: int, limit: int = 32, floor: int = 0, count: int = 3
) -> list[str]:
    """Up to `count` lower-case words just before `start` on its line and after `floor`,
    nearest last."""
    line_start = max(floor, text.rfind("\n", floor, start) + 1)
    window = text[max(line_start, start - limit) : start].lower().split()
    words = [word.strip(_TOKEN_EDGE) for word in window[-count:]]
    while words and not words[-1]:
        words.pop()  # "Tarife: - 150"
    return words


def _phrase_before(text: str, start: int, phrases: _Phrases, floor: int = 0) -> str | None:
    """The longest phrase of the table that ends right before `start` ("1/2 std", "ora"),
    after `floor`."""
    words = _words_before(text, start, floor=floor)
    if not words:
        return None
    last = words[-1]
    if last not in phrases.ends and not (last.endswith(".") and last[:-1] in phrases.ends):
        return None
    table = phrases.table
    for size in (3, 2, 1):
        if len(words) >= size:
            phrase = " ".join(words[-size:])
            if phrase in table:
                return phrase
            if phrase.endswith(".") and phrase[:-1] in table:
                return phrase[:-1]
    return None


def _phone_fragment(text: str, start: int) -> bool:
    """A number right after "digit + space/dot/dash" continues a phone or a code
    ("0722 959 757", "10 99 00 73"), whatever currency or unit may follow it."""
    return start >= 2 and text[start - 1] in " \u00a0.-/" and text[start - 2].isdigit()


def _clean_left(text: str, start: int) -> bool:
    """Nothing glued on the left: not "A12", "1/2", "+44", "#123", "1.2"."""
    if start == 0:
        return True
    before = text[start - 1]
    return not (before.isalnum() or before in "/+#.,-_")


def _currency_after(text: str, end: int, local: str = "") -> tuple[str, int] | None:
    """(code, end) of a currency sign or word right after an amount: "€", " zł", ".- CHF";
    and the words of `local` read as that currency, only in ads of its country or language
    (`_local_currency`): "Ft" is forints in "30 000 Ft" in Hungarian, feet in "5 ft 7"."""
    i = end
    if text.startswith((".-", ",-"), i):
        i += 2  # Swiss "150.-"
    if i < len(text) and text[i] in _BLANKS:
        i += 1
    if i >= len(text):
        return None
    sign = _SYMBOLS.get(text[i])
    if sign is not None:
        if i > end and text[i + 1 : i + 2].isdigit():
            return None  # "Spring 2015 $2000": the sign is the next amount's
        return sign, i + 1
    if not text[i].isalpha():
        return None  # most numbers: every currency word starts with a letter
    word = _LETTERS.match(text, i)
    if word is None:
        return None
    lowered = word.group().lower()
    if text[word.end() : word.end() + 1] == "." and lowered + "." in _CURRENCY:
        return _CURRENCY[lowered + "."], word.end() + 1  # "fr."
    code = _CURRENCY.get(lowered)
    if code is None and local and lowered in lexicon.LOCAL_CURRENCY_WORDS[local]:
        code = local
    return (code, word.end()) if code else None


def _currency_before(text: str, start: int, floor: int) -> tuple[str, int] | None:
    """(code, start) of a sign or code right before an amount: "€100", "CHF 200"."""
    i = start
    if i > floor and text[i - 1] in _BLANKS:
        i -= 1
    if i <= floor:
        return None
    before = text[i - 1]
    sign = _SYMBOLS.get(before)
    if sign is not None:
        return sign, i - 1
    # A code ends in a letter: most numbers have none before them and stop here.
    if before.isalpha() and i - 3 >= floor and (i == 3 or not text[i - 4].isalpha()):
        code = _PREFIX_CODES.get(text[i - 3 : i].lower())
        if code:
            return code, i - 3
    return None


def _money(text: str, numbers: list[re.Match[str]], currency: str, local: str) -> list[_Money]:
    """All amounts with a currency, plus bare amounts after a rate word, in text order;
    `currency` where none is written, and the words of `local` read as that currency."""
    found: list[_Money] = []
    taken_until = 0
    for index, number in enumerate(numbers):
        start, end = number.span()
        if start < taken_until:
            continue  # the second number of a range already read
        before = _currency_before(text, start, taken_until)
        if before is None and (not _clean_left(text, start) or _phone_fragment(text, start)):
            continue
        scale, end = _scale_after(text, end)
        if scale >= _MILLION:  # "raised $6.35M", "a $40 billion industry": no ad's price
            taken_until = end
            continue
        following = numbers[index + 1] if index + 1 < len(numbers) else None
        upper: tuple[str, float] | None = None  # the upper end of a range, and its scale
        if (
            following is not None
            and following.start() - end <= _RANGE_GAP  # most numbers: told by one comparison
            and _range_to(text, before[1] if before else start, end, following, before is not None)
        ):
            scale_max, end = _scale_after(text, following.end())
            if scale_max >= _MILLION:
                taken_until = end
                continue
            upper = following.group(), scale_max
        after = _currency_after(text, end, local)
        if before is None and after is None:
            bare = _bare_price(text, number, currency)
            if bare is not None:
                found.append(bare)
            continue
        code = (before[0] if before else "") or (after[0] if after else "")
        if after:
            if not before and currency in _SHARED.get(_written(text, end, after[1]), ()):
                code = currency  # "1500 kr" in a Danish ad: Danish crowns
            end = after[1]
        money_start = before[1] if before else start
        amount = parse_amount(number.group()) * scale
        amount_max = None
        if upper is not None:
            if scale == 1:  # "£28-£32k": the scale of the second end is the first's too
                amount *= upper[1]
            amount_max = parse_amount(upper[0]) * upper[1]
            amount = _thousands_left_out(number.group(), amount, upper[0], amount_max)
        if amount <= 0 or (code == "GBP" and _weighed(text, money_start, end)):
            continue  # "Ability to lift 50-75 pounds": a weight
        found.append(
            _Money(
                money_start,
                end,
                amount,
                amount_max,
                code or currency,
                not code,
                bare=False,
            )
        )
        taken_until = end
    return found


_RANGE_GAP = 12  # characters between the ends of a range at most: "£2,500GBP – £3,500GBP"


_SHARED = lexicon.SHARED_CURRENCY_WORDS


def _written(text: str, start: int, end: int) -> str:
    """A currency word as written after an amount, lower case: "kr" in "1500 kr."."""
    return text[start:end].strip(_BLANKS + ".-,").lower()


def _range_to(text: str, start: int, end: int, following: re.Match[str], sign_before: bool) -> bool:
    """Whether the next number is the upper end of a range that the amount from `start` to
    `end` starts: "1500-2000", "€100 – 150", "£28-£32k", "100 € - 150 €", "$11.00 to
    $12.00", "13,50 € bis 15 €", "between 1800 and 2200 €". A range written with a word
    names its currency again, so that "from 18 to 25" stays two numbers."""
    currency = _currency_after(text, end)
    if currency is not None:  # "100 € - 150 €": the join comes after the first currency
        end = currency[1]
    if end >= len(text):
        return False
    if text[end] in "-–" or text[end : end + 2] in (" -", " –"):
        joined = _RANGE_DASH.match(text, end, following.start() + 1)
        return joined is not None and (
            (sign_before and currency is None) or _currency_after(text, following.end()) is not None
        )
    if text[end] not in _BLANKS:
        return False
    first = text[end + 1 : end + 2]
    joined = None
    if first in _RANGE_WORD_STARTS:
        joined = _RANGE_WORD.match(text, end, following.start() + 1)
    if joined is None and first in _RANGE_AND_STARTS and _after_between(text, start):
        joined = _RANGE_AND.match(text, end, following.start() + 1)
    if joined is None:
        return False  # most numbers close to the next: "30 min 100€"
    return joined.group().rstrip(_BLANKS).endswith(("€", "$", "£")) or (
        _currency_after(text, following.end()) is not None
    )


def _after_between(text: str, start: int) -> bool:
    """Does a word for "between" stand right before `start`? Its "and" joins a range:
    "între 1800 și 2200 euro", "between £2,000 and £2,500"; "100€ and 150€" are two."""
    before = _words_before(text, start, count=1)
    return bool(before) and before[-1] in _RANGE_BETWEEN


def _thousands_left_out(first: str, amount: float, second: str, amount_max: float) -> float:
    """The first end of a range that leaves out the thousands the second writes:
    "$80-$130,000" is 80,000 to 130,000. "$500 - $1,000" stays as written."""
    if (
        amount < 1000
        and first.isdigit()
        and not second.isdigit()
        and amount_max >= 10_000
        and amount_max / 10 <= amount * 1000 <= amount_max
    ):
        return amount * 1000
    return amount


# A thousand or a million written after an amount, glued ("35k", "6.35M", "2bn") or spelled;
# millions are a firm's revenue or funding, not the price or pay an ad offers.
_SCALE = re.compile(
    rf"(k|m|mn|b|bn|tn)(?![^\W\d_])"
    rf"|[{_BLANKS}](million|millions|mio|mln|billion|billions|trillion|trillions)(?![^\W\d_])",
    re.IGNORECASE,
)
_MILLION = 1e6
_SCALES = {"k": 1e3, "b": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9}
_SCALES.update(dict.fromkeys(("tn", "trillion", "trillions"), 1e12))
_SCALES.update(dict.fromkeys(("m", "mn", "mio", "mln", "million", "millions"), _MILLION))


def _scale_after(text: str, end: int) -> tuple[float, int]:
    """(factor, end) of a scale word right after an amount, or (1, end)."""
    following = text[end : end + 2]
    if following[:1] not in _GLUED_SCALE_STARTS and not (
        following[:1] in _BLANKS and following[1:] in _SPELLED_SCALE_STARTS
    ):
        return 1, end  # most amounts: told by a character or two
    scale = _SCALE.match(text, end)
    if scale is None:
        return 1, end
    return _SCALES[(scale.group(1) or scale.group(2)).lower()], scale.end()


_GLUED_SCALE_STARTS = frozenset("kKmMbBtT")
_SPELLED_SCALE_STARTS = frozenset("mMbBtT")
_WEIGHT_VERBS = frozenset(lexicon.WEIGHT_VERBS)


def _weighed(text: str, start: int, end: int) -> bool:
    """Whether an amount in pounds is a weight: a verb of lifting stands a few words before
    it ("Lifting and/or moving items up to 50 pounds") and no rate follows it ("lift boxes
    and earn 50 pounds an hour" is pay)."""
    if _WEIGHT_VERBS.isdisjoint(_words_before(text, start, limit=48, count=6)):
        return False
    salary = _SALARY_AFTER.match(text, end)  # matches always: each of its parts is optional
    return (salary is None or salary.end() == end) and _PERIOD_AFTER.match(text, end) is None


# A rate's duration after a bare amount, joined by a word of rate: "100 for 1 hour", "150
# per hour", "200 pro Stunde", "1000 per month" (not "open 24 hours", "90 km/h", "I see 20
# a day").
_BARE_PAY_PERIODS = [p for p in _SALARY_PERIODS if " " in p and p.split()[0] not in ("a", "an")]
_BARE_CONNECTORS = ("per", "pro", "for", "za", "pe", "par")
_BARE_PERIOD_AFTER = re.compile(
    rf"{_SPACE}(?:(?:{'|'.join(_BARE_CONNECTORS)}){_SPACE}(?:{_alternation(_BARE_PERIODS)})"
    rf"|{_alternation(_BARE_PAY_PERIODS)})(?![^\W\d_])",
    re.IGNORECASE,
)

_BARE_PERIOD_STARTS = _first_letters((*_BARE_CONNECTORS, *_BARE_PAY_PERIODS))


def _bare_price(text: str, number: re.Match[str], currency: str) -> _Money | None:
    """ "ora 150", "notte 780", "100 for 1 hour": an amount without currency right after a
    rate word or before a rate's duration."""
    digits = number.group()
    if len(digits) < 2 or not digits.isdigit() or not 20 <= int(digits) <= 5000:
        return None
    start, end = number.span()
    if not (
        text[end + 1 : end + 2] in _BARE_PERIOD_STARTS  # most numbers: told by a character
        and _BARE_PERIOD_AFTER.match(text, end)  # "Price 100 for 1 hour", "150 per hour"
    ):
        tail = text[max(0, start - 16) : start].lower().split()
        if not tail or tail[-1].strip(_TOKEN_EDGE) not in _BARE_LAST_WORDS:
            return None  # cheap test first: the word before must end a rate phrase
        if _NOT_MONEY_AFTER.match(text, end):
            return None
        if _phrase_before(text, start, _BARE_PHRASES) is None:
            return None
    return _Money(start, end, float(digits), None, currency, True, bare=True)


def _segment_start(text: str, start: int, floor: int) -> int:
    """Where the phrase of an amount begins: after the previous separator or amount."""
    cut = max(
        text.rfind("|", floor, start),
        text.rfind(",", floor, start),
        text.rfind(";", floor, start),
        text.rfind("\n", floor, start),
    )
    return max(cut + 1, floor, start - 40)


def _after_plus(text: str, end: int) -> int:
    """Where the words after an amount begin, past a plus: "$1000+ per week"."""
    return end + 1 if text.startswith("+", end) else end


def _price_period(
    text: str, money: _Money, previous_end: int, tables: _Tables
) -> tuple[str | None, bool]:
    """("hour"|"30min"|"night"|"visit"|other the rate is quoted for, whether its phrase
    stands before the amount as in a rate card: "1 Std 220 €")."""
    segment = _segment_start(text, money.start, previous_end)
    before = _phrase_before(text, money.start, tables.price_phrases, floor=segment)
    if before:
        return tables.price_periods[before], True
    after = tables.period_after.match(text, _after_plus(text, money.end))
    if after:
        return tables.price_periods.get(after.group(1).lower().replace("\u00a0", " ")), False
    return None, False


_PRICE_PER = {"hour", "30min", "night", "visit"}
_LONG_PERIODS = frozenset({"day", "week", "month", "year"})  # of pay, and of costs
_MINUTES = {"15min": 15, "20min": 20, "30min": 30, "45min": 45, "hour": 60, "2hours": 120}
_LOCAL_SMALL_UNITS = {
    "PLN": 4.3,
    "RON": 5.0,
    "CZK": 25.0,
    "HUF": 390.0,
    "SEK": 11.0,
    "NOK": 11.5,
    "DKK": 7.5,
    "UAH": 45.0,
    "RSD": 117.0,
    "TRY": 38.0,
    "BGN": 2.0,
    "RUB": 100.0,
    "KZT": 550.0,
    "ISK": 150.0,
    "MKD": 61.5,
    "ROSES": 1.0,
}


def _in_euros(amount: float, currency: str | None) -> float:
    """Rough euro value, only to tell an hourly wage from an hourly escort rate."""
    return amount / _LOCAL_SMALL_UNITS.get(currency or "EUR", 1.0)


@dataclass(slots=True)
class _Reading:
    kind: str  # "price" or "salary"
    per: str | None
    gross: bool | None
    minutes: int | None = None
    per_inferred: bool = False


def _context(text: str, start: int, size: int) -> str:
    """The text before `start` within the same line, at most `size` characters."""
    line_start = text.rfind("\n", 0, start) + 1
    return text[max(line_start, start - size) : start]


def _sentence(context: str) -> str:
    """The part of a context in the sentence it ends with: a cost word of the sentence
    before ("Serious inquiries only. Starting pay is $10.00 per hour") says nothing of
    the amount."""
    return context[max(context.rfind(". "), context.rfind("! "), context.rfind("? ")) + 1 :]


# A word of a context: what stands between spaces and these punctuation marks; a comma
# or semicolon is a token too, where a list of costs ends ("Free transport, rent €80").
_CONTEXT_WORD = re.compile(r'[^\s.,;:!?()\[\]{}"/|*\-–+=#]+|[,;]')


def _has_word(context: str, table: _Words) -> bool:
    """Whether one word or two-word phrase of `table` stands in `context`."""
    return _holds(_CONTEXT_WORD.findall(context.lower()), table)


def _holds(tokens: list[str], table: _Words) -> bool:
    """Whether one word or two-word phrase of `table` stands among `tokens`."""
    words = table.words
    if not words.isdisjoint(tokens):
        return True
    if table.pair_starts.isdisjoint(tokens[:-1]):
        return False
    return any(f"{a} {b}" in words for a, b in zip(tokens, tokens[1:], strict=False))


def _last_word(tokens: list[str], table: _Words) -> int:
    """Where the last word or two-word phrase of `table` among `tokens` ends (the index of
    its last token), -1 if none stands there."""
    words = table.words
    for index in range(len(tokens) - 1, -1, -1):
        if tokens[index] in words or (
            index
            and tokens[index - 1] in table.pair_starts
            and f"{tokens[index - 1]} {tokens[index]}" in words
        ):
            return index
    return -1


def _a_cost(context: str) -> bool:
    """Does a cost word stand in the sentence before an amount, with no word of pay after
    it, and not said to be free? "Unterkunft 300 € pro Monat wird vom Lohn abgezogen, Lohn
    12 € pro Stunde": the second amount is pay again; so is the amount in "Free
    accommodation and transport, €2,000 a month"."""
    tokens = _CONTEXT_WORD.findall(context.lower())
    if not _holds(tokens, _COST_WORDS):
        return False  # the usual case, told by one set test
    cost = _last_word(tokens, _COST_WORDS)
    return cost >= _last_word(tokens, _JOB_WORDS) and not _said_free(tokens, cost)


def _said_free(tokens: list[str], cost: int) -> bool:
    """Whether the cost word at tokens[cost] is said to be free: a free word after it
    ("accommodation provided, £450"), or before it and the cost words joined to it
    ("darmowe zakwaterowanie", "free accommodation and transport")."""
    if not _FREE_WORDS.isdisjoint(tokens[cost + 1 :]):
        return True
    for token in reversed(tokens[:cost]):
        if token in _FREE_WORDS:
            return True
        if token not in _JOINERS and token not in _COST_WORDS.words:
            return False
    return False


def _read(text: str, money: _Money, previous_end: int, tables: _Tables) -> _Reading:
    """Decide whether an amount is a price or a salary, and what period it is for."""
    salary = tables.salary_after.match(text, _after_plus(text, money.end))
    gross_word = salary.group("gn1") or salary.group("gn2") if salary else None
    gross: bool | None = _GROSS_NET.get(gross_word.lower()) if gross_word else None
    price_per, rate_card = _price_period(text, money, previous_end, tables)
    period_word = salary.group("period") if salary else None
    sal_period = tables.salary_periods.get(period_word.lower()) if period_word else None
    # The word tests are the dearest part: each runs only where its answer counts.
    if money.currency == "ROSES" or (
        gross is None
        and (
            _a_cost(_sentence(_context(text, money.start, 40)))
            or _DEDUCTED_AFTER.match(text, salary.end() if salary else money.end)
        )
    ):
        if price_per is None and sal_period in _LONG_PERIODS:
            # Rent and deductions are charged by the week or month ("rent £80/week"): a
            # worker's costs against the pay, which the indicators weigh.
            return _Reading("price", sal_period, None)
        return _price_reading(price_per)
    if sal_period is None:
        before_salary = _phrase_before(text, money.start, _SALARY_BEFORE)
        sal_period = lexicon.SALARY_PERIOD_BEFORE[before_salary] if before_salary else None
    if gross is not None or sal_period in _LONG_PERIODS:
        return _Reading(
            "salary",
            sal_period or _guess_pay_period(money),
            gross,
            per_inferred=sal_period is None,
        )
    hourly = sal_period == "hour" or price_per == "hour"
    job_near = (hourly or (not money.bare and price_per is None)) and _has_word(
        _context(text, money.start, 60), _JOB_WORDS
    )
    # A small sum an hour is a wage ("€12 per hour"), unless a rate card lists it after
    # its hour as sex ads do ("1 година 1500 грн", about 33 euros).
    cheap = not rate_card and _in_euros(money.amount, money.currency) <= 40
    if hourly and (job_near or cheap):
        return _Reading("salary", "hour", gross)
    if job_near and not money.bare and price_per is None:
        return _Reading("salary", _guess_pay_period(money), gross, per_inferred=True)
    return _price_reading(price_per)


def _price_reading(per: str | None) -> _Reading:
    minutes = _MINUTES.get(per or "")
    return _Reading("price", per if per in _PRICE_PER else None, None, minutes)


def _guess_pay_period(money: _Money) -> str | None:
    """Pay with no period written: small sums are hourly, large ones monthly."""
    euros = _in_euros(money.amount, money.currency)
    if euros <= 40:
        return "hour"
    if euros >= 600:
        return "year" if euros >= 15_000 else "month"
    return None


def _readings(
    text: str, numbers: list[re.Match[str]], currency: str, local: str, tables: _Tables
) -> tuple[tuple[_Money, _Reading], ...]:
    """Amounts and their readings."""
    result = []
    previous_end = 0
    for money in _money(text, numbers, currency, local):
        result.append((money, _read(text, money, previous_end, tables)))
        previous_end = money.end
    return tuple(result)


# --------------------------------------------------------------------------- lines


class _Line(NamedTuple):
    """What one line says, offsets into the line: ages (start, end, age, confidence) and
    amounts with their readings."""

    ages: tuple[tuple[int, int, int, float], ...]
    money: tuple[tuple[_Money, _Reading], ...]


@lru_cache(maxsize=_LINES_KEPT)
def _read_line(line: str, title: bool, currency: str, local: str, language: str) -> _Line:
    """A line holding a digit, read: `title` if it is a text's first line (bare ages
    after a name count there only), `currency` where none is written, `local` the currency
    whose local words are read (`_local_currency`), `language` the language whose own
    words are (`_local_language`)."""
    numbers = list(_NUMBER.finditer(line))
    tables = _tables(language)
    return _Line(
        _ages(line, numbers, title, tables.age_unit_after),
        _readings(line, numbers, currency, local, tables),
    )


_DIGIT = re.compile(r"\d")


@lru_cache(maxsize=_TEXTS_KEPT)
def _read_lines(
    text: str, currency: str, local: str, language: str
) -> tuple[tuple[int, _Line], ...]:
    """(offset, reading) of each line of `text` that holds a digit; computed once per text
    for ages, prices and salaries."""
    found = []
    position = 0
    while digit := _DIGIT.search(text, position):
        start = text.rfind("\n", 0, digit.start()) + 1
        end = text.find("\n", digit.end())
        end = len(text) if end < 0 else end
        found.append((start, _read_line(text[start:end], start == 0, currency, local, language)))
        position = end + 1
    return tuple(found)


def _lines(text: str, hints: Hints) -> tuple[tuple[int, _Line], ...]:
    """(offset, reading) of each line of `text` that holds a digit, read as `hints` say."""
    return _read_lines(
        text, _default_currency(hints), _local_currency(hints), _local_language(hints)
    )


def _money_mention(text: str, money: _Money, reading: _Reading, offset: int) -> Mention:
    per = reading.per
    value = f"{_format_amount(money.amount)} {money.currency}" + (f"/{per}" if per else "")
    details: dict[str, object] = {
        "amount": money.amount,
        "currency": money.currency,
        "per": per,
    }
    if money.amount_max is not None:
        details["amount_max"] = money.amount_max
    if money.currency_inferred:
        details["currency_inferred"] = True
    if reading.kind == "salary":
        details["gross"] = reading.gross
        if reading.per_inferred:
            details["per_inferred"] = True
    elif reading.minutes is not None:
        details["minutes"] = reading.minutes
    start, end = money.start + offset, money.end + offset
    return Mention(
        type=reading.kind,
        value=value,
        raw=text[start:end],
        start=start,
        end=end,
        confidence=0.7 if money.bare or reading.per_inferred else 0.95,
        details=details,
    )


def _amounts(text: str, hints: Hints, kind: str) -> list[Mention]:
    return [
        _money_mention(text, money, reading, offset)
        for offset, line in _lines(text, hints)
        for money, reading in line.money
        if reading.kind == kind
    ]


def extract_prices(text: str, hints: Hints) -> list[Mention]:
    """Prices: sex-ad rates ("1 Std 220 €" -> "220 EUR/hour"), fees, rents, other costs."""
    return _amounts(text, hints, "price")


def extract_salaries(text: str, hints: Hints) -> list[Mention]:
    """Pay offered in job ads ("2 130 € brut mensuel" -> "2130 EUR/month", gross)."""
    return _amounts(text, hints, "salary")


# --------------------------------------------------------------------------- ages


def _ages(
    line: str, numbers: list[re.Match[str]], title: bool, unit_after: re.Pattern[str]
) -> tuple[tuple[int, int, int, float], ...]:
    """(start, end, age, confidence) of the stated ages of a line, in line order; an age
    unit is what `unit_after` reads (`_tables`)."""
    seen: set[int] = set()
    found = []
    for start, end, confidence in _age_candidates(line, numbers, title, unit_after):
        age = int(line[start:end])
        if start not in seen and AGE_MIN <= age <= AGE_MAX:
            found.append((start, end, age, confidence))
        seen.add(start)
    found.sort()
    return tuple(found)


def _age_candidates(
    text: str, numbers: list[re.Match[str]], title: bool, unit_after: re.Pattern[str]
) -> Iterator[tuple[int, int, float]]:
    """(start, end, confidence) of two-digit numbers that read as a person's age."""
    title_end = len(text) if title else 0
    numbers = [n for n in numbers if n.end() - n.start() == 2 and n.group().isdigit()]
    for number in numbers:
        start, end = number.span()
        if not _clean_left(text, start) and text[start - 1] != "-":
            continue
        if _phone_fragment(text, start) or text[end : end + 1] in (":", "/"):
            continue  # "0722 95 97", "14:30", "12/03"
        unit = unit_after.match(text, end)
        if unit:
            if _EXPERIENCE.match(text, unit.end()) or _phrase_before(text, start, _NOT_AGE_BEFORE):
                continue
            yield start, end, 0.95
            continue
        second = _AGE_RANGE.match(text, end)
        if second and unit_after.match(text, second.end()):
            if not _phrase_before(text, start, _NOT_AGE_BEFORE):
                yield start, end, 0.95  # "de 18 à 25 ans", "18-25 lat": both ends
                yield second.start(1), second.end(1), 0.95
            continue
        labelled = _phrase_before(text, start, _AGE_LABELS) is not None
        if labelled and second:
            yield start, end, 0.9
            yield second.start(1), second.end(1), 0.9  # "aged 18-25"
            continue
        if second or _NO_AGE_AFTER.match(text, end) or _EXPERIENCE.match(text, end):
            continue  # "16 tot 23 uur" is a time range
        if labelled:
            yield start, end, 0.9
            continue
        named = _after_name(text, start, end, title_end)
        if named:
            yield start, end, named


def _after_name(text: str, start: int, end: int, title_end: int) -> float | None:
    """Confidence that a number right after a capitalised word is that person's age:
    "Gina (23)", "Camila, 32" anywhere, "Nina 23" only in the title line."""
    name = _NAME_BEFORE.search(text, max(0, start - 17), start)
    if name is None:
        return None
    joint = text[name.end(1) : start]
    if joint in ("(", " ("):
        if text[end : end + 1] != ")":
            return None
        confidence = 0.85
    elif joint == ", ":
        confidence = 0.85
    elif start < title_end and _AFTER_BARE_AGE.match(text, end):
        confidence = 0.8
    else:
        return None
    word = name.group(1)
    if word.lower() in _NOT_NAMES or _STREET_WORD.search(word):
        return None
    if name.start(1) and text[name.start(1) - 1].isalnum():
        return None  # the capital sits inside a word
    before = _words_before(text, name.start(1))
    if any(word.rstrip(".") in _STREET_BEFORE for word in before):
        return None  # "Via Roma 23", "Carrer de Pallars, 31": a house number
    if _place_word(word):
        return None  # "Paris 16", "Madrid, 28": a district or postcode, not an age
    return confidence


def _place_word(word: str) -> bool:
    from thbwatch.extract.places import is_place_word  # lazy: the gazetteer is big

    return is_place_word(word, min_population=300_000)


# How far around a number word its run is read (`_spelled_age`): a run reaching further
# holds more than one number of 16 to 80, and is no age whatever the window cuts off.
_RUN_REACH = 48
# A number word worth less than 16 ends an age only right after another number word
# ("twenty-two", "vingt et un", "douăzeci și doi"): this close, as runs join (deobfuscate.py).
_WORDS_JOIN = 12
# Digits enough for a phone of their own (Europe's national numbers have 9 to 11): number
# words after them are no part of it. After fewer, they may end the phone ("06 12 34 56
# soixante-dix-huit").
_PHONE_DIGITS = 9
# What `_AGE_UNIT_AFTER` may start with after the blank and the dash it allows: told by a
# set test before the regex is tried.
_AGE_UNIT_STARTS = _first_letters(
    [*_all(lexicon.AGE_UNITS), "jährige", "enne", "летн", "річн"]
) | frozenset(twin for key, twins in _CASE_TWINS.items() for twin in twins)
_NO_WORD = ("", 0)
# The confidence of an age in words read by its unit, by its label (the other end of a
# range has the same), and in brackets after a name.
_BY_UNIT = 0.95
_BY_LABEL = 0.9
_BY_NAME = 0.85
# The word joining a range of ages in words, with a blank either side.
_JOIN_BEFORE = re.compile(rf"{_SPACE}{_RANGE_JOIN}{_SPACE}\Z", re.IGNORECASE)
_JOIN_AFTER = re.compile(rf"{_SPACE}{_RANGE_JOIN}{_SPACE}", re.IGNORECASE)


def age_unit_at(text: str, end: int) -> bool:
    """Whether an age unit follows text[:end] ("22 years", "23 anni", "21-jährige"; not
    "20 an hour"): phones.py asks it too, for the digits after a phone."""
    return _unit_may_follow(text, end) and _AGE_UNIT_AFTER.match(text, end) is not None


def _unit_may_follow(text: str, end: int) -> bool:
    """Whether an age unit may follow text[:end]: `_AGE_UNIT_AFTER` told by its first
    letter."""
    if text[end : end + 1] in _BLANKS:
        end += 1
    if text[end : end + 1] == "-":
        end += 1
    return text[end : end + 1] in _AGE_UNIT_STARTS


def _spelled_ages(text: str) -> list[tuple[int, int, int, float]]:
    """(start, end, age, confidence) of the ages spelled in words: "twenty-two years old",
    "vingt-deux ans", "Alter: zweiundzwanzig". The number words are the word pass of the
    phones (`deobfuscate.number_words`, kept per text): a text without one costs a look-up.

    Words followed by an age unit or after an age label are read as the phones read them
    (`tokens`, `split_runs`, `read_units`); an age is a run that is one whole number, so
    "twenty two three years" and a spelled phone followed by "years" are none. An article
    that is also a number word may stand before it ("egy huszonöt éves", "bir yirmi beş
    yaşında"), and after a comma or a line break a word such as "un" may follow it."""
    lowered, _, words = deobfuscate.number_words(text)
    found: list[tuple[int, int, int, float]] = []
    read_to = 0  # the end of the last age: its words are not read again
    previous_end = -_WORDS_JOIN - 1
    for start, end in words:
        joined = start - previous_end <= _WORDS_JOIN
        previous_end = end
        if start < read_to:
            continue
        word = lowered[start:end] if lowered is not text else text[start:end].lower()
        kind, value = deobfuscate.LEXICON.get(word, _NO_WORD)
        # A word that may end an age, before a unit: most number words of a text are
        # digits of a phone or counts ("un", "zwei", "two years"), not worth 16 to 80.
        if kind == deobfuscate.TENS or kind == deobfuscate.PAIR:
            ends = value <= AGE_MAX and (value >= AGE_MIN or joined)
        else:
            ends = kind == deobfuscate.UNIT and joined
        # A word that may start one, after a label.
        starts = (kind == deobfuscate.TENS or kind == deobfuscate.PAIR) and (
            AGE_MIN <= value <= AGE_MAX
        )
        if not (
            (ends and age_unit_at(text, end))
            or (
                starts
                and (text[start - 1 : start] == "(" or _phrase_before(text, start, _AGE_LABELS))
            )
        ):
            continue
        age = _spelled_age(text, lowered, start, end)
        if age is None:
            continue
        other = _spelled_range_end(text, lowered, words, age)
        found.extend(sorted((age, other)) if other else (age,))
        read_to = max(age[1], other[1]) if other else age[1]
    return found


def _spelled_range_end(
    text: str,
    lowered: str,
    words: tuple[tuple[int, int], ...],
    age: tuple[int, int, int, float],
) -> tuple[int, int, int, float] | None:
    """The other end of a range of ages in words: before an age read by its unit
    ("between eighteen and twenty-five years"), after one read by its label ("aged
    eighteen to twenty-five")."""
    first, last, _, confidence = age
    if confidence == _BY_UNIT:
        join = _JOIN_BEFORE.search(text, max(0, first - 8), first)
        edge = join.start() if join else -1
        word = next((w for w in words if w[1] == edge), None)
    elif confidence == _BY_LABEL:
        join = _JOIN_AFTER.match(text, last)
        edge = join.end() if join else -1
        word = next((w for w in words if w[0] == edge), None)
    else:
        return None  # "Gina (twenty two)"
    if word is None:
        return None
    other = _spelled_number(text, lowered, *word)
    if other is None or (confidence == _BY_LABEL and _NO_AGE_AFTER.match(text, other[1])):
        return None
    return (*other, confidence)


def _spelled_age(
    text: str, lowered: str, start: int, end: int
) -> tuple[int, int, int, float] | None:
    """The age that the number word at text[start:end] is part of, if its run is one whole
    number followed by an age unit or after an age label."""
    number = _spelled_number(text, lowered, start, end)
    if number is None:
        return None
    first, last, age = number
    unit = _AGE_UNIT_AFTER.match(text, last)
    if unit:
        if _EXPERIENCE.match(text, unit.end()) or _phrase_before(text, first, _NOT_AGE_BEFORE):
            return None
        return first, last, age, _BY_UNIT
    if _phrase_before(text, first, _AGE_LABELS) is None:
        # "Gina (twenty two)": in brackets after a name, as digits are (`_after_name`).
        if text[first - 1 : first] == "(" and _after_name(text, first, last, 0):
            return first, last, age, _BY_NAME
        return None
    if _NO_AGE_AFTER.match(text, last) or _EXPERIENCE.match(text, last):
        return None  # "I am twenty minutes away"
    return first, last, age, _BY_LABEL


def _spelled_number(text: str, lowered: str, start: int, end: int) -> tuple[int, int, int] | None:
    """(start, end, value) of the number of 16 to 80 that the number word at
    text[start:end] is part of, if its run is that one whole number."""
    low, high = max(0, start - _RUN_REACH), min(len(text), end + _RUN_REACH)
    runs = deobfuscate.split_runs(text, deobfuscate.tokens(text, lowered, low, high))
    run = next((run for run in runs if run[0].start <= start < run[-1].end), None)
    if run is None:
        return None
    units = deobfuscate.read_units(run)
    if len(units) > 1 and units[0].prose:
        units = units[1:]  # an article: "egy huszonöt éves"
    if len(units) > 1 and units[-1].prose and deobfuscate.gap_level(units[-1].gap):
        units = units[:-1]  # "Âge : vingt-deux, un corps de rêve"
    if (
        len(units) > 1
        and units[-1].kind == deobfuscate.WORDS
        and units[-1].start <= start
        and all(unit.kind == deobfuscate.DIGITS for unit in units[:-1])
        and sum(len(unit.digits) for unit in units[:-1]) >= _PHONE_DIGITS
    ):
        units = units[-1:]  # after a phone: "06 12 34 56 78, vingt-deux ans"
    if len(units) != 1 or units[0].kind != deobfuscate.WORDS or not units[0].digits.isdigit():
        return None  # digits, a phone, "twenty two three"
    first, last = units[0].start, units[0].end
    value = int(units[0].digits)
    if not (AGE_MIN <= value <= AGE_MAX and first <= start < last):
        return None
    return first, last, value


def _age_mention(
    text: str, start: int, end: int, age: int, confidence: float, spelled: bool
) -> Mention:
    return Mention(
        type="age",
        value=str(age),
        raw=text[start:end],
        start=start,
        end=end,
        obfuscated=spelled,
        confidence=confidence,
        details={"age": age},
    )


def extract_ages(text: str, hints: Hints) -> list[Mention]:
    """Stated ages of persons, 16 to 80: "23 years old", "23 ans", "age: 23", "Gina (23)",
    and spelled in words ("twenty-two years old", "Alter: neunzehn"), which is obfuscated:
    written so that filters miss it."""
    found = [
        _age_mention(text, offset + start, offset + end, age, confidence, False)
        for offset, line in _lines(text, hints)
        for start, end, age, confidence in line.ages
    ]
    spelled = _spelled_ages(text)
    if spelled:  # rare: most texts hold no number word
        found.extend(
            _age_mention(text, start, end, age, confidence, True)
            for start, end, age, confidence in spelled
        )
        found.sort(key=lambda mention: mention.start)
    return found
