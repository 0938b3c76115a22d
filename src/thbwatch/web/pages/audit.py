"""The audit log for supervisors: read and filter, never edit (the database refuses)."""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from typing import Annotated

from fastapi import APIRouter, Query, Request
from fastapi.responses import Response

from thbwatch.web.deps import PAGE_SIZE, audit, optional_date, page_offset, render, web_of

router = APIRouter(include_in_schema=False)


def day_start(day: date | None) -> datetime | None:
    return datetime.combine(day, time()) if day else None


@router.get("/audit", name="audit")
def audit_page(
    request: Request,
    actor: Annotated[str | None, Query()] = None,
    action: Annotated[str | None, Query()] = None,
    target: Annotated[str | None, Query()] = None,
    since: Annotated[str | None, Query(description="From this day (YYYY-MM-DD).")] = None,
    until: Annotated[str | None, Query(description="To this day, included.")] = None,
    page: Annotated[int, Query(ge=1)] = 1,
) -> Response:
    web = web_of(request)
    first, last = optional_date(since, "since"), optional_date(until, "until")
    entries, total = web.audit_entries(
        actor=actor or None,
        action=action or None,
        target=target or None,
        since=day_start(first),
        until=day_start(last + timedelta(days=1)) if last else None,
        limit=PAGE_SIZE,
        offset=page_offset(page),
    )
    # Reading the log is itself a consultation of personal data: it is logged too.
    audit(request, "view", target="audit", filter_actor=actor, filter_action=action)
    return render(
        request,
        "audit.html",
        entries=entries,
        total=total,
        page=page,
        pages=max(1, -(-total // PAGE_SIZE)),
        actions=web.audit_actions(),
        filters={
            "actor": actor or "",
            "action": action or "",
            "target": target or "",
            "since": since or "",
            "until": until or "",
        },
    )
