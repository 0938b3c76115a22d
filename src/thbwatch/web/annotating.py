"""Annotations on networks and records: status, note and assignee, appended and audited."""

from __future__ import annotations

from fastapi import HTTPException, Request

from thbwatch.store.web import STATUSES
from thbwatch.web.deps import audit, user_of, web_of

MAX_NOTE = 10_000


def annotate(
    request: Request,
    target_type: str,
    target_id: int,
    status: str | None,
    note: str | None,
    assignee: str | None,
) -> int:
    """Check the annotation, append it and log it; 404 if the target is not in the store."""
    web = web_of(request)
    status = status or None
    note = (note or "").strip() or None
    if status is not None and status not in STATUSES:
        raise HTTPException(422, f"status {status!r}: choose one of {', '.join(STATUSES)}")
    if note and len(note) > MAX_NOTE:
        raise HTTPException(422, f"a note holds at most {MAX_NOTE:,} characters")
    assignee_id = None
    if assignee:
        found = web.user_by_name(assignee)
        if found is None or not found.active:
            raise HTTPException(422, f"no active user named {assignee!r} to assign")
        assignee_id = found.id
    if status is None and note is None and assignee_id is None:
        raise HTTPException(422, "an annotation needs a status, a note or an assignee")
    exists = (
        web.cluster(target_id) is not None
        if target_type == "cluster"
        else web.store.get_record(target_id) is not None
    )
    if not exists:
        raise HTTPException(404, f"no {target_type} with id {target_id}")
    annotation_id = web.annotate(
        target_type, target_id, user_of(request).id, status, note, assignee_id
    )
    audit(
        request,
        "annotate",
        target=f"{target_type}:{target_id}",
        status=status,
        assignee=assignee,
        note=bool(note),
    )
    return annotation_id
