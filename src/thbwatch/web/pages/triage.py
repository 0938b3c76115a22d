"""The triage queue: networks for review, strongest first, with filters and paging."""

from __future__ import annotations

from datetime import date, datetime, time
from typing import Annotated

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import Response
from pydantic import BaseModel, ValidationError

from thbwatch.model import KINDS
from thbwatch.store.web import STATUSES, TriageFilters
from thbwatch.web.deps import PAGE_SIZE, page_offset, render, web_of

router = APIRouter(include_in_schema=False)


class TriageQuery(BaseModel):
    """The queue's filters, as the form and the API take them (empty fields mean "any")."""

    kind: str | None = None
    min_score: float | None = None
    city: str | None = None
    since: date | None = None
    until: date | None = None
    status: str | None = None
    page: int = 1

    def filters(self) -> TriageFilters:
        if self.kind and self.kind not in KINDS:
            raise HTTPException(422, f"kind {self.kind!r}: choose one of {', '.join(KINDS)}")
        if self.status and self.status not in STATUSES:
            raise HTTPException(422, f"status {self.status!r}: choose one of {', '.join(STATUSES)}")
        return TriageFilters(
            kind=self.kind or None,
            min_score=self.min_score,
            city=(self.city or "").strip() or None,
            since=datetime.combine(self.since, time()) if self.since else None,
            # "until" is inclusive: the whole day counts
            until=datetime.combine(self.until, time()).replace(hour=23, minute=59, second=59)
            if self.until
            else None,
            status=self.status or None,
        )


def _blank_is_none(value: str | None) -> str | None:
    return value if value not in ("", None) else None


def triage_query(
    kind: Annotated[str | None, Query(description="Record kind of a member.")] = None,
    min_score: Annotated[str | None, Query(description="Lowest network score, 0-1.")] = None,
    city: Annotated[
        str | None, Query(description="A town of the itinerary starts so (any case).")
    ] = None,
    since: Annotated[
        str | None, Query(description="Active on or after: last posting (YYYY-MM-DD).")
    ] = None,
    until: Annotated[
        str | None, Query(description="Active on or before: first posting (YYYY-MM-DD).")
    ] = None,
    status: Annotated[str | None, Query(description=f"One of {', '.join(STATUSES)}.")] = None,
    page: Annotated[int, Query(ge=1, description="Page number, from 1.")] = 1,
) -> TriageQuery:
    """Query parameters where an empty form field means "any" (a browser sends them empty)."""
    try:
        return TriageQuery.model_validate(
            {
                "kind": _blank_is_none(kind),
                "min_score": _blank_is_none(min_score),
                "city": _blank_is_none(city),
                "since": _blank_is_none(since),
                "until": _blank_is_none(until),
                "status": _blank_is_none(status),
                "page": page,
            }
        )
    except ValidationError as error:
        problems = "; ".join(f"{e['loc'][0]}: {e['msg']}" for e in error.errors())
        raise HTTPException(422, problems) from None


@router.get("/triage", name="triage")
def triage(request: Request, query: Annotated[TriageQuery, Depends(triage_query)]) -> Response:
    found, total = web_of(request).triage(query.filters(), PAGE_SIZE, page_offset(query.page))
    pages = max(1, -(-total // PAGE_SIZE))
    return render(
        request,
        "triage.html",
        clusters=found,
        total=total,
        query=query,
        page=query.page,
        pages=pages,
        kinds=KINDS,
    )
