"""The analyst web application: `create_app(store_url)` builds it; `thbwatch serve` runs it.

Server-rendered pages (Jinja2) and a JSON API over the same store queries; no CDN and no
inline script, so it works offline and scraped content cannot run in the analyst's browser.
"""

from __future__ import annotations

import os
import secrets
from importlib.resources import files

from fastapi import Depends, FastAPI, Request
from fastapi.exception_handlers import http_exception_handler
from fastapi.responses import JSONResponse, RedirectResponse, Response
from fastapi.staticfiles import StaticFiles
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.middleware.sessions import SessionMiddleware

from thbwatch import __version__
from thbwatch.assess.web import router as assess_router
from thbwatch.store import Store
from thbwatch.store.assessment import AssessmentStore
from thbwatch.store.web import WebStore
from thbwatch.web import api
from thbwatch.web.auth import SESSION_COOKIE, SESSION_HOURS, SecurityHeaders
from thbwatch.web.deps import guard, render
from thbwatch.web.pages import (
    account,
    audit,
    clusters,
    dashboard,
    records,
    search,
    triage,
    watchlists,
)
from thbwatch.web.roles import NotSignedIn

SECRET_ENV = "THBWATCH_SECRET_KEY"
ROUTERS = tuple(
    module.router
    for module in (account, dashboard, triage, clusters, records, search, watchlists, audit, api)
) + (api.docs_router,)


def create_app(store_url: str, secret_key: str | None = None, https_only: bool = False) -> FastAPI:
    """The app over the store at `store_url`.

    Sessions are signed with `secret_key`, else $THBWATCH_SECRET_KEY, else a random key
    (sessions then end when the server restarts). `https_only` marks the cookie Secure:
    set it whenever the app is reached over HTTPS, as any deployment beyond a laptop is.
    """
    store = Store.open(store_url)
    app = FastAPI(
        title="thbwatch",
        version=__version__,
        description="Leads for review of online trafficking in human beings: networks, "
        "records, search, watchlists, annotations. Scores are leads for a person to review.",
        # FastAPI's own /docs loads its scripts from a CDN: we serve the schema ourselves
        # (api.openapi) and describe it on a server-rendered page (/api/docs).
        docs_url=None,
        redoc_url=None,
        openapi_url=None,
        dependencies=[Depends(guard)],
    )
    app.state.web = WebStore(store)
    app.state.dashboard_cache = {}
    for router in ROUTERS:
        app.include_router(router)
    # The respondents' questionnaire pages, under /assess/ (their paths carry the prefix).
    app.state.assessment = AssessmentStore(store.engine)
    app.include_router(assess_router, include_in_schema=False)
    app.mount("/static", StaticFiles(directory=str(files("thbwatch.web") / "static")), "static")
    app.add_middleware(
        SessionMiddleware,
        secret_key=secret_key or os.environ.get(SECRET_ENV) or secrets.token_urlsafe(32),
        session_cookie=SESSION_COOKIE,
        max_age=SESSION_HOURS * 3600,
        same_site="strict",
        https_only=https_only,
    )
    app.add_middleware(SecurityHeaders)
    app.add_exception_handler(NotSignedIn, _not_signed_in)
    app.add_exception_handler(StarletteHTTPException, _http_error)
    app.router.on_shutdown.append(store.close)
    return app


def _wants_json(request: Request) -> bool:
    return request.url.path.startswith("/api/") or request.url.path == "/openapi.json"


async def _not_signed_in(request: Request, _error: Exception) -> Response:
    if _wants_json(request):
        return JSONResponse({"detail": "sign in first"}, status_code=401)
    target = request.url.path + (f"?{request.url.query}" if request.url.query else "")
    return RedirectResponse(f"/login?next={target}", status_code=303)


async def _http_error(request: Request, error: Exception) -> Response:
    assert isinstance(error, StarletteHTTPException)
    if _wants_json(request):
        return await http_exception_handler(request, error)
    return render(
        request,
        "error.html",
        status_code=error.status_code,
        status=error.status_code,
        detail=error.detail,
    )
