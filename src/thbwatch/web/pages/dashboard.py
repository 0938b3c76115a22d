"""The dashboard: what came in (by kind, language, source), top indicators, new networks."""

from __future__ import annotations

import time
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import Response

from thbwatch.store.web import WebStore
from thbwatch.web.charts import stacked_columns
from thbwatch.web.deps import render, web_of

router = APIRouter(include_in_schema=False)

WEEKS = 26
HIGH_SCORE = 0.7
# The counts scan every record: on a store of millions that takes seconds, so they are
# kept for a minute; new networks and indicators are read fresh each time.
COUNTS_TTL_SECONDS = 60.0


def _counts(web: WebStore, cache: dict[str, Any]) -> dict[str, Any]:
    if cache and time.monotonic() - cache["at"] < COUNTS_TTL_SECONDS:
        return cache["counts"]
    counts = {
        "weekly": stacked_columns(web.records_per_week(WEEKS)),
        "languages": web.store.count_records_by("language"),
        "sources": web.store.count_records_by("source"),
        "total": web.store.count_records(),
    }
    cache.update(at=time.monotonic(), counts=counts)
    return counts


@router.get("/", name="dashboard")
def dashboard(request: Request) -> Response:
    web = web_of(request)
    return render(
        request,
        "dashboard.html",
        **_counts(web, request.app.state.dashboard_cache),
        indicators=web.top_indicators(12),
        networks=web.new_clusters(HIGH_SCORE, 10),
        high_score=HIGH_SCORE,
    )
