"""Signing in and out, and the admin's list of accounts."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Form, Request
from fastapi.responses import RedirectResponse, Response

from thbwatch.errors import UserError
from thbwatch.store.web import ROLES
from thbwatch.web.accounts import add_account
from thbwatch.web.auth import authenticate, client_ip, sign_in, sign_out, throttled
from thbwatch.web.deps import audit, render, web_of

router = APIRouter(include_in_schema=False)


def safe_next(target: str | None) -> str:
    """Only a path on this site: never an absolute URL someone slipped into the link."""
    if target and target.startswith("/") and not target.startswith(("//", "/\\")):
        return target
    return "/"


@router.get("/login", name="login_form")
def login_form(request: Request, next: str | None = None) -> Response:  # noqa: A002
    return render(request, "login.html", next=safe_next(next))


@router.post("/login", name="login")
def login(
    request: Request,
    name: Annotated[str, Form()],
    password: Annotated[str, Form()],
    next: Annotated[str, Form()] = "/",  # noqa: A002
) -> Response:
    web = web_of(request)
    ip = client_ip(request)
    if throttled(web, name, ip):
        web.audit(name, "login", target=f"user:{name}", outcome="throttled", ip=ip)
        return render(
            request,
            "login.html",
            status_code=429,
            next=safe_next(next),
            error="Too many failed sign-ins: wait 15 minutes and try again.",
        )
    user = authenticate(web, name, password)
    web.note_login_attempt(name, ip, success=user is not None)
    web.audit(name, "login", target=f"user:{name}", outcome="ok" if user else "failed", ip=ip)
    if user is None:
        return render(
            request,
            "login.html",
            status_code=401,
            next=safe_next(next),
            error="Wrong name or password.",
        )
    sign_in(request, user)
    return RedirectResponse(safe_next(next), status_code=303)


@router.post("/logout", name="logout")
def logout(request: Request) -> Response:
    audit(request, "logout")
    sign_out(request)
    return RedirectResponse("/login", status_code=303)


@router.get("/users", name="users")
def users(request: Request) -> Response:
    return render(request, "users.html", users=web_of(request).list_users(), roles=ROLES)


@router.post("/users", name="add_user")
def add_user(
    request: Request,
    name: Annotated[str, Form()],
    role: Annotated[str, Form()],
    password: Annotated[str, Form()],
) -> Response:
    web = web_of(request)
    try:
        add_account(web, name, role, password)
    except UserError as failure:
        return render(
            request,
            "users.html",
            status_code=400,
            users=web.list_users(),
            roles=ROLES,
            error=str(failure),
        )
    audit(request, "user add", target=f"user:{name.strip()}", role=role)
    return RedirectResponse("/users", status_code=303)
