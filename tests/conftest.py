"""Shared fixtures: every store test runs on SQLite and on the real PostgreSQL.

PostgreSQL tests need THBWATCH_TEST_PG (e.g. postgresql://postgres@127.0.0.1:5432/test);
`.ci/run` sets it. Each test gets a schema of its own, dropped afterwards.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from urllib.parse import quote

import pytest
from hypothesis import settings
from sqlalchemy import create_engine, text

from thbwatch.store import Store

# Property tests check behaviour, not speed: no per-example deadline on a busy CI machine.
settings.register_profile("thbwatch", deadline=None)
settings.load_profile("thbwatch")

PG_URL = os.environ.get("THBWATCH_TEST_PG")
SHARED_DATA = Path(__file__).resolve().parents[2] / "shared" / "data"


@contextmanager
def postgres_schema(prefix: str = "t") -> Iterator[str]:
    """A store URL on a PostgreSQL schema of its own, dropped afterwards."""
    if not PG_URL:
        pytest.skip("PostgreSQL tests need THBWATCH_TEST_PG (set by .ci/run)")
    schema = f"{prefix}_{uuid.uuid4().hex[:12]}"
    admin = create_engine(PG_URL.replace("postgresql://", "postgresql+psycopg://", 1))
    with admin.begin() as connection:
        connection.execute(text(f"CREATE SCHEMA {schema}"))
    separator = "&" if "?" in PG_URL else "?"
    try:
        yield f"{PG_URL}{separator}options={quote(f'-csearch_path={schema}')}"
    finally:
        with admin.begin() as connection:
            connection.execute(text(f"DROP SCHEMA {schema} CASCADE"))
        admin.dispose()


@pytest.fixture(params=["sqlite", "postgresql"])
def store_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'store.db'}"
        return
    with postgres_schema() as url:
        yield url


@pytest.fixture
def store(store_url: str) -> Iterator[Store]:
    opened = Store.open(store_url)
    yield opened
    opened.close()


@pytest.fixture
def emscad_csv() -> Path:
    path = SHARED_DATA / "emscad" / "emscad_sample.csv"
    if not path.exists():
        pytest.skip(f"real data not found at {path}")
    return path
