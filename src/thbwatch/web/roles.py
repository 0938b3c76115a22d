"""Who may use which route: one table, by route name, that the app enforces on every
request and the role-matrix test walks. A route missing from the table is refused to all.

Roles nest: a supervisor can do what an analyst can and also read the audit log; an admin
can do what a supervisor can and also manage accounts.
"""

from __future__ import annotations

from fastapi import HTTPException, Request

ANYONE: frozenset[str] = frozenset({"anonymous", "analyst", "supervisor", "admin"})
ANALYST: frozenset[str] = frozenset({"analyst", "supervisor", "admin"})
SUPERVISOR: frozenset[str] = frozenset({"supervisor", "admin"})
ADMIN: frozenset[str] = frozenset({"admin"})

ROUTE_ROLES: dict[str, frozenset[str]] = {
    # sign-in
    "login_form": ANYONE,
    "login": ANYONE,
    "logout": ANALYST,
    # pages
    "dashboard": ANALYST,
    "triage": ANALYST,
    "cluster": ANALYST,
    "annotate_cluster": ANALYST,
    "export_cluster": ANALYST,
    "record": ANALYST,
    "annotate_record": ANALYST,
    "search": ANALYST,
    "watchlists": ANALYST,
    "create_watchlist": ANALYST,
    "add_watch_entry": ANALYST,
    "remove_watch_entry": ANALYST,
    "mark_watchlist_seen": ANALYST,
    "audit": SUPERVISOR,
    "users": ADMIN,
    "add_user": ADMIN,
    # JSON API and its description
    "openapi": ANALYST,
    "api_docs": ANALYST,
    "api_me": ANALYST,
    "api_clusters": ANALYST,
    "api_cluster": ANALYST,
    "api_record": ANALYST,
    "api_search": ANALYST,
    "api_watchlists": ANALYST,
    "api_annotate": ANALYST,
    "api_audit": SUPERVISOR,
    # respondents' questionnaire pages (thbwatch.assess.web): the secret token in the link
    # is the key, there is no account and no session form token
    "questionnaire": ANYONE,
    "save": ANYONE,
}
TOKEN_LINK_ROUTES = frozenset({"questionnaire", "save"})


class NotSignedIn(Exception):
    """Raised for an anonymous request to a protected route; pages redirect to sign-in."""


def route_name(request: Request) -> str:
    return getattr(request.scope.get("route"), "name", "")


def allowed_roles(request: Request) -> frozenset[str]:
    return ROUTE_ROLES.get(route_name(request), frozenset())


def enforce(request: Request, role: str | None) -> None:
    """Let the request through, or refuse it: not signed in, or not this role's route."""
    allowed = allowed_roles(request)
    if (role or "anonymous") in allowed:
        return
    if role is None and allowed:
        raise NotSignedIn
    raise HTTPException(403, "your role does not give access to this page")
