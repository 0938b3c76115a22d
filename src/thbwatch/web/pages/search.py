"""Search: entity lookup (a phone in any format finds its E.164 matches) and full text,
ranked (bm25 on SQLite, ts_rank on PostgreSQL) and paged."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from thbwatch.web.deps import audit, render, web_of
from thbwatch.web.search import read_query

router = APIRouter(include_in_schema=False)

RESULTS = 50
MAX_QUERY = 200


def run_search(request: Request, q: str, mode: str, page: int = 1) -> dict[str, Any]:
    """Entity matches when the query reads as a contact (or mode=entity), else the text,
    ranked and paged. Every search is logged with what was asked."""
    web = web_of(request)
    q = q.strip()[:MAX_QUERY]
    reading = read_query(q, web)
    known = web.known_entities(reading.possible)
    by_entity = mode == "entity" or (mode == "auto" and bool(reading.likely or known))
    more = False
    if by_entity:
        results = web.records_with_entities([(t, v) for t, v, _ in known], RESULTS)
    else:
        # one more than a page tells whether there is a next one, without counting them all
        results = web.full_text(q, RESULTS + 1, (page - 1) * RESULTS) if q else []
        more, results = len(results) > RESULTS, results[:RESULTS]
    audit(
        request,
        "search",
        target=None,
        query=q,
        mode="entity" if by_entity else "text",
        page=page,
        results=len(results),
    )
    return {
        "q": q,
        "mode": "entity" if by_entity else "text",
        "likely": reading.likely,
        "known": known,
        "results": results,
        "limit": RESULTS,
        "page": page,
        "more": more,
    }


@router.get("/search", name="search")
def search(
    request: Request,
    q: Annotated[str, Query(description="Phone, e-mail, handle, wallet or words.")] = "",
    mode: Annotated[str, Query(pattern="^(auto|entity|text)$")] = "auto",
    page: Annotated[int, Query(ge=1, description="Page of the text results, from 1.")] = 1,
) -> Response:
    found = run_search(request, q, mode, page) if q.strip() else {"q": "", "results": None}
    return render(request, "search.html", **found)
