"""Web fixtures: one analysed demo store per database for the whole session (building it
runs the real pipeline), an app over it, and signed-in clients for each role."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi.testclient import TestClient

from tests.conftest import postgres_schema
from tests.web._support import PASSWORD, USERS, build_demo_store, corpus
from thbwatch.web.app import create_app


@pytest.fixture(scope="session")
def demo_corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    return corpus(tmp_path_factory.mktemp("corpus"))


@pytest.fixture(scope="session", params=["sqlite", "postgresql"])
def demo_url(
    request: pytest.FixtureRequest, demo_corpus: Path, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[str]:
    if request.param == "sqlite":
        url = f"sqlite:///{tmp_path_factory.mktemp('web') / 'store.db'}"
        build_demo_store(url, demo_corpus)
        yield url
        return
    with postgres_schema("w") as url:
        build_demo_store(url, demo_corpus)
        yield url


@pytest.fixture(scope="session")
def app(demo_url: str):  # noqa: ANN201 - FastAPI
    return create_app(demo_url, secret_key="test-secret")


def csrf_of(client: TestClient) -> str:
    """The session's CSRF token, as a page's form carries it."""
    page = client.get("/login" if not client.cookies else "/search").text
    return re.search(r'name="csrf_token" value="([^"]+)"', page).group(1)


def sign_in(client: TestClient, name: str, password: str = PASSWORD) -> TestClient:
    token = csrf_of(client)
    response = client.post(
        "/login",
        data={"name": name, "password": password, "csrf_token": token, "next": "/"},
        follow_redirects=False,
    )
    assert response.status_code == 303, response.text
    return client


def client_for(app, role: str) -> TestClient:  # noqa: ANN001
    """A fresh client: anonymous, or signed in as the demo user of the role."""
    client = TestClient(app)
    return client if role == "anonymous" else sign_in(client, USERS[role])


@pytest.fixture
def anonymous(app) -> TestClient:  # noqa: ANN001
    return client_for(app, "anonymous")


@pytest.fixture
def analyst(app) -> TestClient:  # noqa: ANN001
    return client_for(app, "analyst")


@pytest.fixture
def supervisor(app) -> TestClient:  # noqa: ANN001
    return client_for(app, "supervisor")


@pytest.fixture
def admin(app) -> TestClient:  # noqa: ANN001
    return client_for(app, "admin")
