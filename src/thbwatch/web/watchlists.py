"""Watchlists: what an analyst follows, and the records that mention it since last seen."""

from __future__ import annotations

from dataclasses import dataclass

from thbwatch.store.web import WATCHABLE_TYPES, RecordRow, Watchlist, WebStore
from thbwatch.web.search import read_query

NEW_SHOWN = 50


@dataclass(frozen=True, slots=True)
class WatchlistNews:
    watchlist: Watchlist
    new_records: list[RecordRow]  # newest first, at most NEW_SHOWN
    newest_id: int  # "mark as seen" moves the list's mark up to here


def watchable(query: str, web: WebStore) -> list[tuple[str, str]]:
    """The phones, e-mails and handles a typed entry names: the likeliest reading, and
    other readings (a national number in another country) that records already hold."""
    reading = read_query(query, web)
    known = {(t, v) for t, v, _ in web.known_entities(reading.possible)}
    chosen = [key for key in reading.likely if key[0] in WATCHABLE_TYPES]
    chosen += [key for key in reading.possible if key in known and key[0] in WATCHABLE_TYPES]
    return list(dict.fromkeys(chosen))


def news(web: WebStore, user_id: int) -> list[WatchlistNews]:
    newest = web.newest_record_id()
    found = []
    for watchlist in web.watchlists_of(user_id):
        keys = [(entry.type, entry.value) for entry in watchlist.entries]
        new = web.records_with_entities(keys, NEW_SHOWN, after_id=watchlist.last_seen_record_id)
        found.append(WatchlistNews(watchlist, new, newest))
    return found
