"""The respondents' token pages over real HTTP (TestClient) and a real store."""

from __future__ import annotations

import csv
from collections.abc import Iterator
from pathlib import Path

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from tests._cli import thbwatch
from thbwatch.assess import rounds
from thbwatch.assess.web import router
from thbwatch.store import Store
from thbwatch.store.assessment import AssessmentStore


def test_tokens_are_written_once_for_the_owner_only(tmp_path: Path) -> None:
    store_url = f"sqlite:///{tmp_path / 'store.db'}"  # the command's contract; stores: below
    store = Store.open(store_url)
    rounds.create_round(store, "2025", None)
    store.close()
    listed = tmp_path / "respondents.csv"
    listed.write_text("type,country,label\nstate_party,FR,Ministère de l'Intérieur\nngo,BE,\n")
    links = tmp_path / "links.csv"
    made = thbwatch(
        "assess", "tokens", "2025", "--respondents", str(listed), "--out", str(links),
        "--base-url", "https://thb.example", db=store_url,
    )  # fmt: skip
    assert made.returncode == 0, made.stderr
    assert links.stat().st_mode & 0o077 == 0  # only the owner reads the tokens
    rows = list(csv.DictReader(links.open()))
    assert [row["country"] for row in rows] == ["FR", "BE"]
    assert rows[0]["link"] == f"https://thb.example/assess/{rows[0]['token']}"
    again = thbwatch(
        "assess", "tokens", "2025", "--respondents", str(listed), "--out", str(links), db=store_url
    )
    assert "2 respondents were already invited" in again.stdout
    listed.write_text("type,country\nministry,FR\n")
    wrong = thbwatch(
        "assess", "tokens", "2025", "--respondents", str(listed), "--out", str(links), db=store_url
    )
    assert wrong.returncode == 2 and f"{listed}:2: type 'ministry'" in wrong.stderr


@pytest.fixture
def invited(store_url: str, tmp_path: Path) -> Iterator[tuple[TestClient, str, Store]]:
    store = Store.open(store_url)
    rounds.create_round(store, "2025", None)
    listed = tmp_path / "respondents.csv"
    listed.write_text("type,country\nstate_party,FR\n")
    [invitation], _ = rounds.invite(store, "2025", listed)
    app = FastAPI()
    app.state.assessment = AssessmentStore(store.engine)
    app.include_router(router)
    yield TestClient(app), invitation.token, store
    store.close()


COMPLETE = {
    "tech_importance": "important",
    "tech_trend": "increasing",
    "tech_recruitment": ["social_media", "messaging_apps"],
    "training": "no",
    "tech_cooperation": "protocol",
    **{
        f"investigation_challenges.{name}": str(position)
        for position, name in enumerate(
            ["encryption", "data_volume", "tech_change", "equipment", "legislation",
             "staff_shortage"], start=1,
        )
    },
    **{
        f"prosecution_challenges.{name}": str(position)
        for position, name in enumerate(
            ["foreign_evidence", "training", "legislation", "private_sector", "victim_testimony"],
            start=1,
        )
    },
}  # fmt: skip


def test_a_respondent_saves_a_draft_then_submits_once(
    invited: tuple[TestClient, str, Store],
) -> None:
    client, token, store = invited
    page = client.get(f"/assess/{token}?lang=fr")
    assert page.status_code == 200
    assert "Réponse pour" in page.text and "France" in page.text
    assert "Classez les difficultés des enquêtes" in page.text
    assert page.headers["referrer-policy"] == "no-referrer"
    assert 'name="trained_staff"' not in page.text  # asked only once training is known

    draft = client.post(f"/assess/{token}", data={"action": "save", "tech_importance": "important",
                                                   "training": "regular"})  # fmt: skip
    assert draft.status_code == 200 and "Draft saved." in draft.text
    assert 'name="trained_staff"' in draft.text  # skip logic applied to the saved draft
    assessment = AssessmentStore(store.engine)
    pinned = assessment.round("2025")
    [saved] = assessment.submissions(pinned.id, status="draft")
    assert saved.answers["tech_importance"] == "important"
    assert saved.answers["respondent_type"] == "state_party"  # from the invitation

    incomplete = client.post(f"/assess/{token}", data={"action": "submit", "training": "regular",
                                                        "trained_staff": "-4"})  # fmt: skip
    assert incomplete.status_code == 422
    assert "Give a number between 0 and 100,000." in incomplete.text
    assert "an answer is required" in incomplete.text
    assert assessment.submissions(pinned.id) == []

    done = client.post(f"/assess/{token}", data={"action": "submit", **COMPLETE})
    assert done.status_code == 200 and "your answers were submitted" in done.text
    [submitted] = assessment.submissions(pinned.id)
    assert submitted.answers["investigation_challenges"][:2] == ["encryption", "data_volume"]
    assert submitted.answers["tech_recruitment"] == ["social_media", "messaging_apps"]

    twice = client.post(f"/assess/{token}", data={"action": "submit", **COMPLETE,
                                                   "tech_importance": "not_important"})  # fmt: skip
    assert twice.status_code == 409
    assert assessment.submissions(pinned.id)[0].answers["tech_importance"] == "important"
    assert "<form" not in client.get(f"/assess/{token}").text  # read-only once submitted


def test_a_ranking_with_a_position_twice_is_refused(invited: tuple[TestClient, str, Store]) -> None:
    client, token, _ = invited
    twice = {**COMPLETE, "investigation_challenges.equipment": "1"}
    response = client.post(f"/assess/{token}", data={"action": "submit", **twice})
    assert response.status_code == 422 and "each position once" in response.text


def test_a_wrong_token_finds_nothing(invited: tuple[TestClient, str, Store]) -> None:
    client, token, _ = invited
    assert client.get(f"/assess/{token[:-2]}xx").status_code == 404
    assert client.post("/assess/not-a-token", data={"action": "submit"}).status_code == 404
