"""One record: its text with entities and indicator words highlighted and explained, the
reasons of its score, its networks, annotations, and the raw captured content shown inert."""

from __future__ import annotations

from typing import Annotated, Any

from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from thbwatch.web.annotating import annotate
from thbwatch.web.deps import audit, render, web_of
from thbwatch.web.explain import indicator_label, indicators, mention_label, record_marks
from thbwatch.web.highlight import segments

router = APIRouter(include_in_schema=False)


def record_view(request: Request, record_id: int) -> dict[str, Any]:
    """What the page shows of a record; logs the consultation."""
    web = web_of(request)
    record = web.store.get_record(record_id)
    if record is None:
        raise HTTPException(404, f"no record with id {record_id}")
    found = web.store.mentions_of(record_id)
    scored = web.store.scores_of_records([record_id]).get(record_id)
    reasons = scored.reasons if scored else []
    audit(request, "view", target=f"record:{record_id}")
    return {
        "record": record,
        "mentions": [(m, mention_label(m)) for m in found],
        "scored": scored,
        "reasons": [
            (
                reason,
                indicator_label(reason["indicator"], reason["weight"]),
                indicators().get(reason["indicator"]),
            )
            for reason in reasons
        ],
        "segments": segments(record.text, record_marks(found, reasons)),
        "clusters": web.clusters_of_record(record_id),
        "annotations": web.annotations_of("record", record_id),
        "status": web.current_status("record", record_id),
        "raw": record.raw.decode("utf-8", errors="replace"),
        "users": [u.name for u in web.list_users() if u.active],
    }


@router.get("/records/{record_id}", name="record")
def record(request: Request, record_id: int) -> Response:
    return render(request, "record.html", **record_view(request, record_id))


@router.post("/records/{record_id}/annotations", name="annotate_record")
def annotate_record(
    request: Request,
    record_id: int,
    status: Annotated[str | None, Form()] = None,
    note: Annotated[str | None, Form()] = None,
    assignee: Annotated[str | None, Form()] = None,
) -> Response:
    annotate(request, "record", record_id, status, note, assignee)
    return RedirectResponse(f"/records/{record_id}#annotations", status_code=303)
