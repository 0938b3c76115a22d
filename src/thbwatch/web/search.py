"""Reading a search box: a phone typed in any format, an e-mail, a handle or a wallet
becomes the normalised values the store keeps (through thbwatch.extract, the same code
that analysed the records); anything else is searched as words in the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from thbwatch.extract.contacts import extract_emails, extract_handles
from thbwatch.extract.phones import COUNCIL_OF_EUROPE, extract_phones
from thbwatch.extract.wallets import extract_wallets
from thbwatch.model import Hints
from thbwatch.store.web import WebStore

_BARE_HANDLE = re.compile(r"@?([\w.\-]{3,64})")


@dataclass(frozen=True, slots=True)
class Reading:
    """What a query was read as: the likeliest values, and every value it could be."""

    likely: tuple[tuple[str, str], ...]
    possible: tuple[tuple[str, str], ...]


def read_query(query: str, web: WebStore) -> Reading:
    """The (type, normalised value) pairs a query may name.

    A national phone writing ("06 12 34 56 78") means different numbers in different
    countries: read without a country it gives the likeliest, and read in each Council of
    Europe country every other possible one; the caller keeps those the store knows.
    """
    query = query.strip()
    if not query:
        return Reading((), ())
    plain = Hints()
    phones = extract_phones(query, plain)
    likely = [("phone", m.value) for m in phones]
    likely += [("email", m.value) for m in extract_emails(query, plain)]
    likely += [("handle", m.value) for m in extract_handles(query, plain, phones)]
    likely += [("wallet", m.value) for m in extract_wallets(query, plain)]
    possible = list(likely)
    if phones or any(ch.isdigit() for ch in query):
        for country in COUNCIL_OF_EUROPE:
            possible += [("phone", m.value) for m in extract_phones(query, Hints(country=country))]
    bare = _BARE_HANDLE.fullmatch(query)
    if not likely and bare:
        possible += web.handles_named(bare.group(1))
    return Reading(tuple(dict.fromkeys(likely)), tuple(dict.fromkeys(possible)))
