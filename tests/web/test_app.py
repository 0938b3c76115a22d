"""The app over a real analysed store, through real HTTP (TestClient): sign-in and its
safeguards, the audit trail, search by a phone in any format, annotations, watchlists,
export with a purpose, and scraped markup kept inert."""

from __future__ import annotations

import re

import pytest
from fastapi.testclient import TestClient
from markupsafe import escape
from sqlalchemy import text
from sqlalchemy.exc import DBAPIError

from tests.web._support import PASSWORD, USERS
from tests.web.conftest import client_for, csrf_of
from thbwatch.store import networks
from thbwatch.web.auth import MAX_FAILED_LOGINS, SESSION_COOKIE
from thbwatch.web.deps import PAGE_SIZE
from thbwatch.web.graph import MAX_RECORDS
from thbwatch.web.pages.search import RESULTS


def audit_entries(app, **filters: str) -> list[dict]:  # noqa: ANN001
    entries, _ = app.state.web.audit_entries(limit=50, **filters)
    return entries


def payload_id(app) -> int:  # noqa: ANN001
    # words outside the markup: PostgreSQL's text search parser leaves out what reads as
    # an HTML tag (`<img ... onerror=...>`), SQLite's FTS5 keeps its words
    [record] = app.state.web.full_text("zero six tonight", 5)
    return record.id


def test_sign_in_sets_a_safe_session_cookie_and_secure_headers(app) -> None:  # noqa: ANN001
    client = TestClient(app)
    response = client.post(
        "/login",
        data={"name": USERS["analyst"], "password": PASSWORD, "csrf_token": csrf_of(client)},
        follow_redirects=False,
    )
    cookie = response.headers["set-cookie"]
    assert cookie.startswith(f"{SESSION_COOKIE}=")
    assert "httponly" in cookie.lower() and "samesite=strict" in cookie.lower()
    page = client.get("/")
    assert page.status_code == 200
    headers = page.headers
    assert headers["x-frame-options"] == "DENY"
    assert headers["x-content-type-options"] == "nosniff"
    assert headers["referrer-policy"] == "no-referrer"
    assert "script-src 'self'" in headers["content-security-policy"]
    assert "frame-ancestors 'none'" in headers["content-security-policy"]
    entry = audit_entries(app, actor=USERS["analyst"], action="login")[0]
    assert entry["details"]["outcome"] == "ok"


def test_a_form_without_the_sessions_csrf_token_is_refused(analyst: TestClient) -> None:
    refused = analyst.post("/records/1/annotations", data={"note": "x"})
    assert refused.status_code == 403
    forged = analyst.post("/records/1/annotations", data={"note": "x", "csrf_token": "forged"})
    assert forged.status_code == 403
    api = analyst.post(
        "/api/annotations", json={"target_type": "record", "target_id": 1, "note": "x"}
    )
    assert api.status_code == 403


def test_login_is_throttled_per_user_and_address(app) -> None:  # noqa: ANN001
    client = TestClient(app)
    app.state.web.add_user("victim", "analyst", "not-a-hash-nobody-can-match")
    for _ in range(MAX_FAILED_LOGINS):
        wrong = client.post(
            "/login", data={"name": "victim", "password": "guess", "csrf_token": csrf_of(client)}
        )
        assert wrong.status_code == 401
    blocked = client.post(
        "/login", data={"name": "victim", "password": "guess", "csrf_token": csrf_of(client)}
    )
    assert blocked.status_code == 429 and "Too many failed sign-ins" in blocked.text
    # another name from the same address is not blocked
    other = client.post(
        "/login",
        data={"name": USERS["supervisor"], "password": PASSWORD, "csrf_token": csrf_of(client)},
        follow_redirects=False,
    )
    assert other.status_code == 303
    outcomes = [e["details"]["outcome"] for e in audit_entries(app, actor="victim")]
    assert outcomes[0] == "throttled" and outcomes.count("failed") == MAX_FAILED_LOGINS


def test_an_obfuscated_phone_is_found_by_the_number_in_any_format(app, analyst) -> None:  # noqa: ANN001
    target = payload_id(app)  # its text spells "zero six one two, 34 56 78"
    for typed in ("+33 6 12 34 56 78", "0612345678", "06.12.34.56.78", "0033 612 345 678"):
        page = analyst.get("/search", params={"q": typed})
        assert page.status_code == 200
        assert f'href="/records/{target}"' in page.text, typed
        assert "+33612345678" in page.text
    entry = audit_entries(app, actor=USERS["analyst"], action="search")[0]
    assert entry["details"]["query"] == "0033 612 345 678"
    assert entry["details"]["mode"] == "entity"


def test_words_are_searched_in_the_text(app, analyst) -> None:  # noqa: ANN001
    found = analyst.get("/api/search", params={"q": "Tonight SIX zero", "mode": "text"}).json()
    assert found["mode"] == "text"
    assert [r["id"] for r in found["results"]] == [payload_id(app)]


def test_text_results_are_ranked_and_paged_through_the_api(app, analyst) -> None:  # noqa: ANN001
    ranked = [record.id for record in app.state.web.full_text("whatsapp", 1000)]
    assert len(ranked) > RESULTS  # enough for more than one page
    seen, page, more = [], 1, True
    while more:
        found = analyst.get("/api/search", params={"q": "whatsapp", "page": page}).json()
        assert found["mode"] == "text" and found["page"] == page
        seen += [record["id"] for record in found["results"]]
        page, more = page + 1, found["more"]
    assert seen == ranked
    second = analyst.get("/search", params={"q": "whatsapp", "mode": "text", "page": 2}).text
    assert f"Records {RESULTS + 1}–" in second and "← previous" in second


def test_viewing_a_record_is_logged_with_the_user(app, analyst) -> None:  # noqa: ANN001
    assert analyst.get("/records/3").status_code == 200
    entry = audit_entries(app, actor=USERS["analyst"], action="view")[0]
    assert entry["target"] == "record:3"
    assert analyst.get("/records/999999").status_code == 404


def test_scraped_markup_is_shown_as_text_never_as_markup(app, analyst) -> None:  # noqa: ANN001
    page = analyst.get(f"/records/{payload_id(app)}").text
    assert "<script>window.pwned" not in page
    assert "&lt;script&gt;window.pwned = 1" in page  # the text, escaped
    assert "&lt;script&gt;window.pwned = 3" in page  # the raw page, escaped
    assert 'onerror="window' not in page
    assert re.findall(r"<script", page) == []  # the app itself has no script at all


def test_record_page_highlights_and_explains_what_was_found(app, analyst) -> None:  # noqa: ANN001
    page = analyst.get(f"/records/{payload_id(app)}").text
    label = "phone number: +33612345678 (written to dodge machines)"
    assert re.search(rf'<span class="m m-phone[^"]*" title="{re.escape(label)}', page)
    assert "obfuscated_phone" in page and "lead for a person to review" in page


def test_annotating_a_network_sets_its_status_in_the_queue(app, analyst) -> None:  # noqa: ANN001
    cluster_id = analyst.get("/api/clusters").json()["clusters"][-1]["id"]
    response = analyst.post(
        f"/clusters/{cluster_id}/annotations",
        data={
            "status": "escalated",
            "note": "same phone in 3 cities",
            "assignee": USERS["supervisor"],
            "csrf_token": csrf_of(analyst),
        },
        follow_redirects=False,
    )
    assert response.status_code == 303
    escalated = analyst.get("/api/clusters", params={"status": "escalated"}).json()
    assert cluster_id in [c["id"] for c in escalated["clusters"]]
    fresh = analyst.get("/api/clusters", params={"status": "new"}).json()
    assert cluster_id not in [c["id"] for c in fresh["clusters"]]
    page = analyst.get(f"/clusters/{cluster_id}").text
    assert "same phone in 3 cities" in page and f"assigned to <b>{USERS['supervisor']}</b>" in page
    entry = audit_entries(app, action="annotate", target=f"cluster:{cluster_id}")[0]
    assert entry["actor"] == USERS["analyst"] and entry["details"]["status"] == "escalated"
    bad = analyst.post(
        f"/clusters/{cluster_id}/annotations",
        data={"status": "guilty", "csrf_token": csrf_of(analyst)},
    )
    assert bad.status_code == 422


def test_triage_filters_by_kind_city_and_score(analyst) -> None:  # noqa: ANN001
    every = analyst.get("/api/clusters").json()
    assert every["total"] >= 3
    scores = [c["score"] for c in every["clusters"]]
    assert scores == sorted(scores, reverse=True)
    jobs = analyst.get("/api/clusters", params={"kind": "job_ad"}).json()["clusters"]
    assert jobs and all("job_ad" in c["kinds"] for c in jobs)
    city = next(iter(every["clusters"][0]["cities"]))  # "Lyon, FR"
    town = city.split(",")[0]
    in_city = analyst.get("/api/clusters", params={"city": town.lower()}).json()["clusters"]
    assert in_city and all(any(town in c for c in found["cities"]) for found in in_city)
    high = analyst.get("/api/clusters", params={"min_score": "0.99"}).json()["clusters"]
    assert all(c["score"] >= 0.99 for c in high)
    assert analyst.get("/triage", params={"since": "yesterday"}).status_code == 422
    page = analyst.get("/triage", params={"kind": "", "city": "", "status": ""})
    assert page.status_code == 200 and 'id="triage"' in page.text


def test_triage_follows_the_stored_network_scores_and_shows_their_reasons(app, analyst) -> None:  # noqa: ANN001
    stored = networks.top_clusters(app.state.web.store, limit=PAGE_SIZE)
    queue = analyst.get("/api/clusters").json()["clusters"]
    assert [c["id"] for c in queue] == [c["id"] for c in stored]
    page = analyst.get("/triage").text
    top = stored[0]
    why = top["reasons"][1:4] or top["reasons"][:1]
    assert all(str(escape(reason["detail"])) in page for reason in why)


def test_network_page_shows_what_the_linking_stage_stored(app, analyst) -> None:  # noqa: ANN001
    store = app.state.web.store
    # the strongest networks get a template; take the strongest with slots and a journey
    cluster = next(
        found
        for summary in networks.top_clusters(store, limit=None)
        if (found := networks.get_cluster(store, summary["id"]))["description"]["template"]
        and len(found["description"]["itinerary"]) >= 2
    )
    description = cluster["description"]
    page = analyst.get(f"/clusters/{cluster['id']}").text
    # the graph: records and their shared contacts, each edge with the reason of its link
    assert '<svg class="graph"' in page
    assert page.count('class="node record') == min(cluster["size"], MAX_RECORDS)
    edge_reasons = re.findall(r'<line class="l-(\w+)"[^>]*><title>([^<]+)</title>', page)
    assert edge_reasons
    for kind, reason in edge_reasons:
        assert ("near-duplicate" if kind == "text" else "the same") in reason
    # every stored link is listed with its reason (up to the page's limit)
    for link in cluster["links"][:20]:
        a, b = (f'<td><a href="/records/{i}">{i}</a></td>' for i in (link["a"], link["b"]))
        assert f"{a}{b}<td>{link['kind']}</td>" in page
    # the template, its slots highlighted and their values listed
    slots = re.findall(r'<mark class="slot" title="([^"]*)">\{(\d+)\}</mark>', page)
    assert [int(n) for _, n in slots] == [
        int(n) for n in re.findall(r"\{(\d+)\}", description["template"]["text"])
    ]
    first_value = description["template"]["slots"][0]["values"][0][0]
    assert str(escape(first_value)) in slots[0][0]
    # the itinerary, in the stored order
    section = page.split('id="itinerary"')[1].split("</section>")[0]
    cities = re.findall(r"<b>([^<]+)</b>", section)
    assert cities == [str(escape(stay["city"])) for stay in description["itinerary"]]
    # contacts, reasons of the score, indicators across members
    for contact in description["contacts"]:
        assert str(escape(contact["value"])) in page
    for reason in cluster["reasons"]:
        assert str(escape(reason["detail"])) in page
    for indicator in description["indicators"]:
        assert f"<td>{indicator}</td>" in page


def test_an_export_states_its_purpose_and_is_logged(app, analyst) -> None:  # noqa: ANN001
    cluster_id = analyst.get("/api/clusters").json()["clusters"][0]["id"]
    refused = analyst.post(
        f"/clusters/{cluster_id}/export", data={"purpose": "", "csrf_token": csrf_of(analyst)}
    )
    assert refused.status_code == 422
    purpose = "case 2026/114: referral to the labour inspectorate"
    exported = analyst.post(
        f"/clusters/{cluster_id}/export", data={"purpose": purpose, "csrf_token": csrf_of(analyst)}
    )
    assert exported.status_code == 200
    document = exported.json()
    assert document["id"] == cluster_id and len(document["members"]) == document["size"]
    entry = audit_entries(app, action="export")[0]
    assert (entry["actor"], entry["target"], entry["purpose"]) == (
        USERS["analyst"],
        f"cluster:{cluster_id}",
        purpose,
    )


def test_a_watchlist_lists_new_matching_records_until_marked_seen(app) -> None:  # noqa: ANN001
    client = client_for(app, "supervisor")
    client.post("/watchlists", data={"name": "lyon numbers", "csrf_token": csrf_of(client)})
    watchlist = client.get("/api/watchlists").json()[-1]
    assert watchlist["watchlist"]["name"] == "lyon numbers"
    watchlist_id = watchlist["watchlist"]["id"]
    # created after every record: nothing is new yet, so move its mark back to the start
    app.state.web.mark_watchlist_seen(watchlist_id, 0)
    added = client.post(
        f"/watchlists/{watchlist_id}/entries",
        data={"entry": "06 12 34 56 78", "csrf_token": csrf_of(client)},
    )
    assert added.status_code == 200
    news = next(
        w for w in client.get("/api/watchlists").json() if w["watchlist"]["id"] == watchlist_id
    )
    assert ("phone", "+33612345678") in [
        (e["type"], e["value"]) for e in news["watchlist"]["entries"]
    ]
    assert payload_id(app) in [r["id"] for r in news["new_records"]]
    client.post(
        f"/watchlists/{watchlist_id}/seen",
        data={"up_to": news["newest_id"], "csrf_token": csrf_of(client)},
    )
    seen = next(
        w for w in client.get("/api/watchlists").json() if w["watchlist"]["id"] == watchlist_id
    )
    assert seen["new_records"] == []
    unreadable = client.post(
        f"/watchlists/{watchlist_id}/entries",
        data={"entry": "hello", "csrf_token": csrf_of(client)},
    )
    assert unreadable.status_code == 422
    # lists are personal: another analyst cannot add to this one
    other = client_for(app, "analyst")
    theirs = other.post(
        f"/watchlists/{watchlist_id}/entries",
        data={"entry": "+33612345678", "csrf_token": csrf_of(other)},
    )
    assert theirs.status_code == 404


def test_supervisors_filter_the_audit_log_and_nobody_can_edit_it(app, supervisor) -> None:  # noqa: ANN001
    page = supervisor.get("/audit", params={"actor": USERS["analyst"], "action": "", "since": ""})
    assert page.status_code == 200
    actors = re.findall(r"<tr><td>[^<]*</td><td>([^<]*)</td>", page.text)
    assert actors and set(actors) == {USERS["analyst"]}
    with pytest.raises(DBAPIError), app.state.web.engine.begin() as connection:
        connection.execute(text("UPDATE audit_log SET actor = 'someone else'"))


def test_the_api_is_described_offline(analyst) -> None:  # noqa: ANN001
    schema = analyst.get("/openapi.json").json()
    assert "/api/clusters" in schema["paths"] and "/api/search" in schema["paths"]
    assert analyst.get("/docs").status_code == 404  # FastAPI's CDN-loading page is off
    docs = analyst.get("/api/docs").text
    assert "GET /api/search" in docs
    # nothing loaded from elsewhere (a word search for "cdn" once hit the random form token)
    assert not re.search(r"""(?:src|href)=["']?(?:https?:)?//""", docs)


def test_questionnaire_links_need_no_account_and_keep_scripts_out(anonymous) -> None:  # noqa: ANN001
    # the respondent's secret is the link itself: no sign-in, no session form token
    unknown = anonymous.post("/assess/not-a-real-token", data={"action": "save"})
    assert unknown.status_code == 404
    policy = unknown.headers["content-security-policy"]
    assert "script-src 'self'" in policy and "frame-ancestors 'none'" in policy
