"""Watchlist pages: lists of phones, handles and e-mails, with new matching records."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from thbwatch.store.web import Watchlist
from thbwatch.web.deps import audit, render, user_of, web_of
from thbwatch.web.watchlists import news, watchable

router = APIRouter(include_in_schema=False)


def _own(request: Request, watchlist_id: int) -> Watchlist:
    found = web_of(request).watchlist(user_of(request).id, watchlist_id)
    if found is None:
        raise HTTPException(404, f"you have no watchlist with id {watchlist_id}")
    return found


def _back(watchlist_id: int | None = None) -> Response:
    anchor = f"#watchlist-{watchlist_id}" if watchlist_id else ""
    return RedirectResponse(f"/watchlists{anchor}", status_code=303)


@router.get("/watchlists", name="watchlists")
def watchlists(request: Request, error: str | None = None) -> Response:
    found = news(web_of(request), user_of(request).id)
    audit(
        request,
        "view",
        target="watchlists",
        new_records=sum(len(item.new_records) for item in found),
    )
    return render(request, "watchlists.html", lists=found, error=error)


@router.post("/watchlists", name="create_watchlist")
def create_watchlist(request: Request, name: Annotated[str, Form()]) -> Response:
    name = name.strip()
    if not 1 <= len(name) <= 200:
        raise HTTPException(422, "a watchlist needs a name of 1 to 200 characters")
    watchlist_id = web_of(request).add_watchlist(user_of(request).id, name)
    audit(request, "watchlist create", target=f"watchlist:{watchlist_id}", name=name)
    return _back(watchlist_id)


@router.post("/watchlists/{watchlist_id}/entries", name="add_watch_entry")
def add_watch_entry(request: Request, watchlist_id: int, entry: Annotated[str, Form()]) -> Response:
    _own(request, watchlist_id)
    keys = watchable(entry, web_of(request))
    if not keys:
        raise HTTPException(
            422, f"could not read {entry.strip()!r} as a phone number, e-mail or handle"
        )
    web_of(request).add_watch_entries(watchlist_id, keys, typed=entry.strip())
    audit(
        request,
        "watchlist add",
        target=f"watchlist:{watchlist_id}",
        entries=[f"{t}:{v}" for t, v in keys],
    )
    return _back(watchlist_id)


@router.post("/watchlists/{watchlist_id}/entries/{entry_id}/delete", name="remove_watch_entry")
def remove_watch_entry(request: Request, watchlist_id: int, entry_id: int) -> Response:
    _own(request, watchlist_id)
    web_of(request).remove_watch_entry(watchlist_id, entry_id)
    audit(request, "watchlist remove", target=f"watchlist:{watchlist_id}", entry=entry_id)
    return _back(watchlist_id)


@router.post("/watchlists/{watchlist_id}/seen", name="mark_watchlist_seen")
def mark_watchlist_seen(
    request: Request, watchlist_id: int, up_to: Annotated[int, Form()]
) -> Response:
    _own(request, watchlist_id)
    web_of(request).mark_watchlist_seen(watchlist_id, up_to)
    return _back(watchlist_id)
