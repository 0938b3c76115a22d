"""The role matrix: every route, for anonymous, analyst, supervisor and admin, against the
one table in roles.py that the app enforces."""

from __future__ import annotations

import re

import pytest
from fastapi.routing import APIRoute
from fastapi.testclient import TestClient

from tests.web._support import PASSWORD, USERS
from tests.web.conftest import client_for, csrf_of
from thbwatch.assess.web import router as assess_router
from thbwatch.web.app import ROUTERS
from thbwatch.web.roles import ROUTE_ROLES

ROUTES = [
    route
    for router in (*ROUTERS, assess_router)
    for route in router.routes
    if isinstance(route, APIRoute)
]
# Bodies that pass validation, so that what is checked is the role, not the input.
FORMS = {
    "login": {"name": USERS["analyst"], "password": PASSWORD},
    "annotate_cluster": {"note": "role matrix"},
    "annotate_record": {"note": "role matrix"},
    "export_cluster": {"purpose": "role matrix test export"},
    "create_watchlist": {"name": "role matrix"},
    "add_watch_entry": {"entry": "+33612345678"},
    "mark_watchlist_seen": {"up_to": "1"},
    "add_user": {"name": "x", "role": "analyst", "password": "short"},
}
JSON = {"api_annotate": {"target_type": "record", "target_id": 1, "note": "role matrix"}}
QUERIES = {"api_search": "?q=passport"}


def test_every_route_is_in_the_role_table_and_nothing_else_is() -> None:
    names = [route.name for route in ROUTES]
    assert len(names) == len(set(names)), "route names must be unique"
    assert set(names) == set(ROUTE_ROLES)


def _path(route: APIRoute) -> str:
    # cluster 1, record 1, watchlist 1, entry 1 exist or give 404: both are past the role check
    return re.sub(r"\{[^}]+\}", "1", route.path) + QUERIES.get(route.name, "")


def _call(client: TestClient, route: APIRoute) -> tuple[int, str]:
    """Status and redirect target of one request to the route."""
    method = sorted(route.methods)[0]
    path = _path(route)
    if method == "GET":
        response = client.get(path, follow_redirects=False)
    elif route.name in JSON:
        response = client.post(
            path,
            json=JSON[route.name],
            headers={"x-csrf-token": csrf_of(client)},
            follow_redirects=False,
        )
    else:
        data = {**FORMS.get(route.name, {}), "csrf_token": csrf_of(client)}
        response = client.post(path, data=data, follow_redirects=False)
    return response.status_code, response.headers.get("location", "")


@pytest.mark.parametrize("role", ["anonymous", "analyst", "supervisor", "admin"])
def test_each_role_reaches_exactly_its_routes(role: str, app) -> None:  # noqa: ANN001
    client = client_for(app, role)
    # signing in and out change the session: those go last
    last = {"logout": 1, "login": 2}
    for route in sorted(ROUTES, key=lambda route: last.get(route.name, 0)):
        status, location = _call(client, route)
        where = f"{role} {sorted(route.methods)[0]} {route.path}: {status} {location}"
        if role in ROUTE_ROLES[route.name]:
            assert status not in (401, 403) and not location.startswith("/login?"), where
        elif role == "anonymous":
            if route.path.startswith(("/api/", "/openapi")):
                assert status == 401, where
            else:
                assert status == 303 and location.startswith("/login?next="), where
        else:
            assert status == 403, where
