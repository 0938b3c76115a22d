"""Creating accounts, from the command line (the first admin) or the admin's page."""

from __future__ import annotations

from thbwatch.errors import UserError
from thbwatch.store.web import WebStore
from thbwatch.web.auth import hash_password

MIN_PASSWORD = 12


def add_account(web: WebStore, name: str, role: str, password: str) -> int:
    """Check and store a new user; UserError says what is wrong (nothing is written)."""
    if len(password) < MIN_PASSWORD:
        raise UserError(f"a password needs at least {MIN_PASSWORD} characters")
    return web.add_user(name.strip(), role, hash_password(password))
