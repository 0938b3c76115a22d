"""`thbwatch user add` and `user list`: the first admin comes from the command line."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

from thbwatch.store import Store
from thbwatch.store.web import WebStore
from thbwatch.web.auth import authenticate


def thbwatch(db: str, *arguments: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "thbwatch", "--db", db, *arguments],
        input=stdin,
        capture_output=True,
        text=True,
        check=False,
    )


def test_user_add_stores_an_argon2_hash_and_user_list_shows_it(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.db'}"
    added = thbwatch(
        db,
        "user",
        "add",
        "root",
        "--role",
        "admin",
        "--password-stdin",
        stdin="a long enough secret\n",
    )
    assert added.returncode == 0, added.stderr
    listed = json.loads(thbwatch(db, "user", "list", "--json").stdout)
    assert [(u["name"], u["role"], u["active"]) for u in listed] == [("root", "admin", True)]
    store = Store.open(db)
    web = WebStore(store)
    assert web.user_by_name("root").password_hash.startswith("$argon2id$")
    assert authenticate(web, "root", "a long enough secret") is not None
    assert authenticate(web, "root", "a long enough secreT") is None
    assert [e["action"] for e in store.audit_entries()] == ["user add"]
    store.close()


def test_user_add_refuses_bad_input_with_one_line_and_exit_2(tmp_path: Path) -> None:
    db = f"sqlite:///{tmp_path / 'store.db'}"
    short = thbwatch(db, "user", "add", "x", "--password-stdin", stdin="short\n")
    assert (
        short.returncode == 2 and short.stderr.count("\n") == 1 and "12 characters" in short.stderr
    )
    role = thbwatch(
        db, "user", "add", "x", "--role", "boss", "--password-stdin", stdin="a long enough secret\n"
    )
    assert role.returncode == 2 and "role 'boss'" in role.stderr
    thbwatch(db, "user", "add", "x", "--password-stdin", stdin="a long enough secret\n")
    twice = thbwatch(db, "user", "add", "x", "--password-stdin", stdin="a long enough secret\n")
    assert twice.returncode == 2 and "already exists" in twice.stderr
