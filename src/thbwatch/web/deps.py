"""What every route shares: the guard run before each one, the signed-in user, the audit
call that names them, and page rendering."""

from __future__ import annotations

from datetime import date, datetime
from importlib.resources import files
from typing import Any

from fastapi import HTTPException, Request
from fastapi.responses import HTMLResponse
from fastapi.templating import Jinja2Templates

from thbwatch.store.web import STATUSES, User, WebStore
from thbwatch.web.auth import check_csrf, csrf_token, session_user
from thbwatch.web.roles import TOKEN_LINK_ROUTES, enforce, route_name

PAGE_SIZE = 25

templates = Jinja2Templates(directory=str(files("thbwatch.web") / "templates"))
templates.env.globals["STATUSES"] = STATUSES


def _when(value: datetime | str | None, with_time: bool = False) -> str:
    if value is None:
        return ""
    if isinstance(value, str):  # ISO 8601, as stored JSON (a cluster's description) holds it
        value = datetime.fromisoformat(value)
    return value.strftime("%Y-%m-%d %H:%M" if with_time else "%Y-%m-%d")


templates.env.filters["when"] = _when
templates.env.filters["status_label"] = lambda status: (status or "new").replace("_", " ")


async def guard(request: Request) -> None:
    """Before every route: who is asking, may they, and is a form really from our page."""
    user = session_user(request, web_of(request))
    request.state.user = user
    enforce(request, user.role if user else None)
    if route_name(request) not in TOKEN_LINK_ROUTES:
        await check_csrf(request)


def web_of(request: Request) -> WebStore:
    return request.app.state.web


def user_of(request: Request) -> User:
    """The signed-in user of a route that the guard let through for signed-in roles only."""
    user = request.state.user
    assert user is not None, "route reachable anonymously but asks for the user"
    return user


def audit(
    request: Request,
    action: str,
    target: str | None = None,
    purpose: str | None = None,
    **details: Any,
) -> None:
    """Append to the audit log: who (the signed-in user), what, and why when asked."""
    user = getattr(request.state, "user", None)
    web_of(request).audit(
        user.name if user else "anonymous", action, target=target, purpose=purpose, **details
    )


def render(request: Request, template: str, status_code: int = 200, **context: Any) -> HTMLResponse:
    return templates.TemplateResponse(
        request,
        template,
        {
            "user": getattr(request.state, "user", None),
            "csrf_token": csrf_token(request),
            **context,
        },
        status_code=status_code,
    )


def optional_date(value: str | None, name: str) -> date | None:
    """A YYYY-MM-DD form field; empty (as browsers send an unfilled field) means none."""
    if not value:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise HTTPException(422, f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


def page_offset(page: int) -> int:
    return (max(page, 1) - 1) * PAGE_SIZE
