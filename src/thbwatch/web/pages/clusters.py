"""One network as the linking stage stored it: its description (contacts, persons,
itinerary, volume, template with its slots, indicators across members), the graph of its
stored links with the reason of each, the timeline, the reasons of its score, member
records, annotations and export (with a purpose)."""

from __future__ import annotations

from typing import Annotated, Any

import orjson
from fastapi import APIRouter, Form, HTTPException, Request
from fastapi.responses import RedirectResponse, Response

from thbwatch.store import networks
from thbwatch.store.web import ClusterRow, WebStore
from thbwatch.web.annotating import annotate
from thbwatch.web.charts import stacked_columns
from thbwatch.web.deps import audit, render, web_of
from thbwatch.web.explain import indicators
from thbwatch.web.graph import network_graph
from thbwatch.web.network import indicator_evidence, link_reason, template_parts, timeline

router = APIRouter(include_in_schema=False)

MAX_MEMBERS = 500  # listed on the page; the export holds them all
MAX_LINKS_LISTED = 300
MIN_PURPOSE = 10


def network_data(web: WebStore, cluster_id: int) -> dict[str, Any]:
    """What the page and the API show of a network (404 if there is none)."""
    cluster = web.cluster(cluster_id)
    if cluster is None:
        raise HTTPException(404, f"no network with id {cluster_id}")
    members = web.cluster_records(cluster_id, MAX_MEMBERS)
    links = networks.cluster_links(web.store, cluster_id)
    for link in links:
        link["reason"] = link_reason(link["kind"], link["evidence"], link["weight"])
    scores = web.store.scores_of_records([record.id for record in members])
    counts = cluster.description.get("indicators", {})
    return {
        "cluster": cluster,
        "members": members,
        "links": links,
        "indicators": indicator_evidence(counts, members, scores),
        "annotations": web.annotations_of("cluster", cluster_id),
    }


def cluster_view(request: Request, cluster_id: int) -> dict[str, Any]:
    """Everything the page shows of a network; logs the consultation."""
    web = web_of(request)
    data = network_data(web, cluster_id)
    cluster: ClusterRow = data["cluster"]
    template = cluster.description.get("template")
    audit(request, "view", target=f"cluster:{cluster_id}")
    return {
        **data,
        "description": cluster.description,
        "graph": network_graph(data["members"], data["links"], cluster.size),
        "links_listed": data["links"][:MAX_LINKS_LISTED],
        "timeline": stacked_columns(
            timeline(web.cluster_postings(cluster_id)), unit="day", height=120
        ),
        "text_template": template,
        "template_parts": template_parts(template) if template else [],
        "indicator_info": indicators(),
        "users": [u.name for u in web.list_users() if u.active],
    }


@router.get("/clusters/{cluster_id}", name="cluster")
def cluster(request: Request, cluster_id: int) -> Response:
    return render(request, "cluster.html", **cluster_view(request, cluster_id))


@router.post("/clusters/{cluster_id}/annotations", name="annotate_cluster")
def annotate_cluster(
    request: Request,
    cluster_id: int,
    status: Annotated[str | None, Form()] = None,
    note: Annotated[str | None, Form()] = None,
    assignee: Annotated[str | None, Form()] = None,
) -> Response:
    annotate(request, "cluster", cluster_id, status, note, assignee)
    return RedirectResponse(f"/clusters/{cluster_id}#annotations", status_code=303)


@router.post("/clusters/{cluster_id}/export", name="export_cluster")
def export_cluster(
    request: Request, cluster_id: int, purpose: Annotated[str, Form()] = ""
) -> Response:
    """The network as JSON: a disclosure, so the analyst states why (LED Art. 25)."""
    purpose = purpose.strip()
    if len(purpose) < MIN_PURPOSE:
        raise HTTPException(
            422, f"state the purpose of the export (at least {MIN_PURPOSE} characters)"
        )
    web = web_of(request)
    found = web.cluster(cluster_id)
    if found is None:
        raise HTTPException(404, f"no network with id {cluster_id}")
    members = web.cluster_records(cluster_id, limit=found.size or MAX_MEMBERS)
    links = networks.cluster_links(web.store, cluster_id)
    contacts = web.contacts_of([record.id for record in members])
    by_record: dict[int, list[dict[str, str]]] = {}
    for contact in contacts:
        by_record.setdefault(contact.record_id, []).append(
            {"type": contact.type, "value": contact.value}
        )
    document = {
        "id": found.id,
        "score": found.score,
        "size": found.size,
        "records": [record.ref for record in members],
        "reasons": found.reasons,
        "description": found.description,
        "note": "The score is a lead for a person to review, not a finding.",
        "members": [
            {
                "id": r.id,
                "ref": r.ref,
                "source": r.source,
                "kind": r.kind,
                "location": r.location,
                "posted_at": r.posted_at,
                "score": r.score,
                "contacts": by_record.get(r.id, []),
            }
            for r in members
        ],
        "links": [
            {**link, "reason": link_reason(link["kind"], link["evidence"], link["weight"])}
            for link in links
        ],
    }
    audit(request, "export", target=f"cluster:{cluster_id}", purpose=purpose, records=len(members))
    return Response(
        orjson.dumps(document, option=orjson.OPT_INDENT_2),
        media_type="application/json",
        headers={"content-disposition": f'attachment; filename="network-{cluster_id}.json"'},
    )
