"""The JSON API: the pages' data for scripts and other tools, described by OpenAPI at
/openapi.json and on a server-rendered page at /api/docs (nothing loaded from a CDN).
Same sign-in, roles and audit as the pages; a POST carries the session's CSRF token in
the X-CSRF-Token header."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Depends, HTTPException, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import BaseModel, Field

from thbwatch.record_json import record_details
from thbwatch.store.web import STATUSES
from thbwatch.web.annotating import annotate
from thbwatch.web.auth import csrf_token
from thbwatch.web.deps import PAGE_SIZE, audit, optional_date, page_offset, render, user_of, web_of
from thbwatch.web.pages.audit import day_start
from thbwatch.web.pages.clusters import network_data
from thbwatch.web.pages.search import run_search
from thbwatch.web.pages.triage import TriageQuery, triage_query
from thbwatch.web.watchlists import news

router = APIRouter(prefix="/api", tags=["api"])
LEAD_NOTE = "Scores are leads for a person to review, never findings."


@router.get("/me", name="api_me")
def me(request: Request) -> dict[str, Any]:
    """The signed-in user, and the CSRF token that POST requests send as X-CSRF-Token."""
    user = user_of(request)
    return {"name": user.name, "role": user.role, "csrf_token": csrf_token(request)}


@router.get("/clusters", name="api_clusters")
def clusters(
    request: Request, query: Annotated[TriageQuery, Depends(triage_query)]
) -> dict[str, Any]:
    """The triage queue: networks, strongest lead first, filtered and paged."""
    found, total = web_of(request).triage(query.filters(), PAGE_SIZE, page_offset(query.page))
    return {
        "total": total,
        "page": query.page,
        "page_size": PAGE_SIZE,
        "note": LEAD_NOTE,
        "clusters": found,
    }


@router.get("/clusters/{cluster_id}", name="api_cluster")
def cluster(request: Request, cluster_id: int) -> dict[str, Any]:
    """One network as the linking stage stored it: score and its reasons, description
    (contacts, persons, itinerary, volume, template, indicators), members (the strongest
    500), the links between them with the reason of each, and annotations."""
    data = network_data(web_of(request), cluster_id)
    audit(request, "view", target=f"cluster:{cluster_id}", via="api")
    return {**data, "note": LEAD_NOTE}


@router.get("/records/{record_id}", name="api_record")
def record(request: Request, record_id: int) -> dict[str, Any]:
    """One record as `thbwatch show record --json` gives it, with networks and annotations."""
    web = web_of(request)
    found = web.store.get_record(record_id)
    if found is None:
        raise HTTPException(404, f"no record with id {record_id}")
    details = record_details(
        found,
        web.store.mentions_of(record_id),
        web.store.scores_of_records([record_id]).get(record_id),
    )
    audit(request, "view", target=f"record:{record_id}", via="api")
    return {
        **details,
        "clusters": web.clusters_of_record(record_id),
        "annotations": web.annotations_of("record", record_id),
        "status": web.current_status("record", record_id),
    }


@router.get("/search", name="api_search")
def search(
    request: Request,
    q: Annotated[str, Query(min_length=1, description="Phone, e-mail, handle, wallet or words.")],
    mode: Annotated[str, Query(pattern="^(auto|entity|text)$")] = "auto",
    page: Annotated[int, Query(ge=1, description="Page of the text results, from 1.")] = 1,
) -> dict[str, Any]:
    """Entity lookup (a phone in any format finds its E.164 matches) or full text, best
    match first, 50 a page ("more": whether there is a next page)."""
    return run_search(request, q, mode, page)


@router.get("/watchlists", name="api_watchlists")
def watchlists(request: Request) -> list[Any]:
    """Your watchlists, each with the records that mention an entry since last seen."""
    return news(web_of(request), user_of(request).id)


class AnnotationIn(BaseModel):
    target_type: str = Field(pattern="^(cluster|record)$")
    target_id: int
    status: str | None = Field(None, description=f"One of {', '.join(STATUSES)}.")
    note: str | None = None
    assignee: str | None = Field(None, description="User name of the person assigned.")


@router.post("/annotations", name="api_annotate", status_code=201)
def annotations(request: Request, body: AnnotationIn) -> dict[str, int]:
    """Annotate a network or a record: status, note, assignee (any of them)."""
    annotation_id = annotate(
        request, body.target_type, body.target_id, body.status, body.note, body.assignee
    )
    return {"id": annotation_id}


@router.get("/audit", name="api_audit")
def audit_log(
    request: Request,
    actor: str | None = None,
    action: str | None = None,
    target: str | None = None,
    since: Annotated[str | None, Query(description="From this day (YYYY-MM-DD).")] = None,
    page: Annotated[int, Query(ge=1)] = 1,
) -> dict[str, Any]:
    """The audit log, newest first (supervisors)."""
    entries, total = web_of(request).audit_entries(
        actor=actor,
        action=action,
        target=target,
        since=day_start(optional_date(since, "since")),
        limit=PAGE_SIZE,
        offset=page_offset(page),
    )
    audit(request, "view", target="audit", via="api")
    return {"total": total, "page": page, "entries": entries}


# -- the description of the API, served here rather than from a CDN -----------------------

docs_router = APIRouter(include_in_schema=False)


@docs_router.get("/openapi.json", name="openapi")
def openapi(request: Request) -> Response:
    return JSONResponse(request.app.openapi())


@docs_router.get("/api/docs", name="api_docs")
def api_docs(request: Request) -> Response:
    schema = request.app.openapi()
    return render(request, "api_docs.html", schema=schema)
