"""Accounts and request safety: argon2 password hashes, the signed session, CSRF tokens,
login throttling and the security headers every response carries.

The session is Starlette's signed cookie (itsdangerous): HttpOnly, SameSite=Strict, and
Secure when the app is served over HTTPS. It holds the user id and the CSRF token only;
the user is read from the store on every request, so a deactivated account stops at once.
"""

from __future__ import annotations

import hmac
import secrets
from contextlib import suppress
from datetime import timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from fastapi import HTTPException, Request
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from thbwatch.store.web import User, WebStore

SESSION_COOKIE = "thbwatch_session"
SESSION_HOURS = 8  # one working day; then sign in again
CSRF_FIELD = "csrf_token"
CSRF_HEADER = "x-csrf-token"
MAX_FAILED_LOGINS = 5
THROTTLE_WINDOW = timedelta(minutes=15)
UNSAFE_METHODS = frozenset({"POST", "PUT", "PATCH", "DELETE"})

_hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return _hasher.hash(password)


def check_password(user: User, password: str, web: WebStore) -> bool:
    """True if the password is the user's; upgrades the stored hash when parameters rose."""
    try:
        _hasher.verify(user.password_hash, password)
    except (VerificationError, InvalidHashError):
        return False
    if _hasher.check_needs_rehash(user.password_hash):
        web.set_password_hash(user.id, hash_password(password))
    return True


# A hash to verify against when the name is unknown, so that a wrong name takes as long
# as a wrong password and response times do not tell which names exist.
_DUMMY_HASH = hash_password(secrets.token_hex(16))


def authenticate(web: WebStore, name: str, password: str) -> User | None:
    user = web.user_by_name(name)
    if user is None or not user.active:
        with suppress(VerificationError):
            _hasher.verify(_DUMMY_HASH, password)
        return None
    return user if check_password(user, password, web) else None


def throttled(web: WebStore, name: str, ip: str) -> bool:
    """Too many failed sign-ins for this name from this address within the window."""
    return web.failed_logins(name, ip, THROTTLE_WINDOW) >= MAX_FAILED_LOGINS


def client_ip(request: Request) -> str:
    return request.client.host if request.client else "unknown"


# -- session ------------------------------------------------------------------------------


def sign_in(request: Request, user: User) -> None:
    """A fresh session for the user: a new CSRF token, nothing kept from before sign-in."""
    request.session.clear()
    request.session["user_id"] = user.id
    request.session[CSRF_FIELD] = secrets.token_urlsafe(32)


def sign_out(request: Request) -> None:
    request.session.clear()


def session_user(request: Request, web: WebStore) -> User | None:
    user_id = request.session.get("user_id")
    if not isinstance(user_id, int):
        return None
    user = web.user_by_id(user_id)
    return user if user and user.active else None


def csrf_token(request: Request) -> str:
    """The session's CSRF token (anonymous sessions get one too: the login form needs it)."""
    token = request.session.get(CSRF_FIELD)
    if not token:
        token = secrets.token_urlsafe(32)
        request.session[CSRF_FIELD] = token
    return token


async def check_csrf(request: Request) -> None:
    """Every state-changing request carries the session's token, in the form or a header."""
    if request.method not in UNSAFE_METHODS:
        return
    expected = request.session.get(CSRF_FIELD)
    sent = request.headers.get(CSRF_HEADER)
    if sent is None and request.headers.get("content-type", "").startswith(
        ("application/x-www-form-urlencoded", "multipart/form-data")
    ):
        sent = (await request.form()).get(CSRF_FIELD)
    if not expected or not isinstance(sent, str) or not hmac.compare_digest(sent, expected):
        raise HTTPException(403, "missing or wrong CSRF token: reload the page and try again")


# -- headers ------------------------------------------------------------------------------

# No inline script and nothing from elsewhere: scraped text that slipped through escaping
# still could not run. `frame-ancestors` and X-Frame-Options stop clickjacking.
CONTENT_SECURITY_POLICY = (
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self' data:; "
    "connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'"
)
SECURITY_HEADERS = {
    b"content-security-policy": CONTENT_SECURITY_POLICY.encode(),
    b"x-frame-options": b"DENY",
    b"x-content-type-options": b"nosniff",
    b"referrer-policy": b"no-referrer",
    b"cross-origin-opener-policy": b"same-origin",
    b"permissions-policy": b"camera=(), microphone=(), geolocation=()",
    # Pages hold personal data: no copies in shared caches or the browser's history cache.
    b"cache-control": b"no-store",
}


# The respondents' questionnaire pages (thbwatch.assess) carry their style inline; still
# no script.
QUESTIONNAIRE_PATH = "/assess/"
QUESTIONNAIRE_POLICY = CONTENT_SECURITY_POLICY.replace(
    "style-src 'self'", "style-src 'self' 'unsafe-inline'"
).encode()


class SecurityHeaders:
    """ASGI middleware: every HTTP response gets the headers above (static files too)."""

    def __init__(self, app: ASGIApp) -> None:
        self.app = app

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return

        async def send_with_headers(message: Message) -> None:
            if message["type"] == "http.response.start":
                present = {name.lower() for name, _ in message.get("headers", [])}
                message.setdefault("headers", [])
                extra = dict(SECURITY_HEADERS)
                if scope["path"].startswith(QUESTIONNAIRE_PATH):
                    extra[b"content-security-policy"] = QUESTIONNAIRE_POLICY
                message["headers"] = list(message["headers"]) + [
                    (name, value) for name, value in extra.items() if name not in present
                ]
            await send(message)

        await self.app(scope, receive, send_with_headers)
