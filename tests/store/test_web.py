"""The triage queue's filters in the store, on SQLite and PostgreSQL: kind, town, period
and review status read the clusters' facets and dates, which the linking stage keeps and
migration 0007 fills for stores linked before it."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from alembic import command
from sqlalchemy import select

from tests.store.test_networks import NETWORK, OTHER, ad, ingest
from thbwatch.pipeline import analyze, link
from thbwatch.store import Store
from thbwatch.store.database import alembic_config
from thbwatch.store.schema import cluster_facets
from thbwatch.store.web import TriageFilters, WebStore


def facets(store: Store) -> set[tuple[int, str, str]]:
    with store.engine.connect() as connection:
        return {tuple(row) for row in connection.execute(select(cluster_facets))}


def queue(web: WebStore, **filters: object) -> tuple[list[int], int]:
    found, total = web.triage(TriageFilters(**filters), limit=10, offset=0)
    return [cluster.id for cluster in found], total


def linked(store: Store, tmp_path: Path) -> tuple[WebStore, int, int]:
    """The four-ad network (Leeds, York, Hull) and the two welder ads (posted from Leeds
    for work in Gdańsk: the itinerary takes the place the text names)."""
    ingest(store, tmp_path / "a.jsonl", NETWORK + OTHER)
    analyze(store)
    link(store)
    web = WebStore(store)
    (network, welders), _ = queue(web)
    return web, network, welders


def test_linking_keeps_each_clusters_kinds_and_towns(store: Store, tmp_path: Path) -> None:
    _, network, welders = linked(store, tmp_path)
    assert facets(store) == {
        (network, "kind", "sex_ad"),
        *((network, "town", town) for town in ("leeds", "york", "kingston upon hull")),
        (welders, "kind", "sex_ad"),
        (welders, "town", "gdańsk"),
    }
    ingest(store, tmp_path / "b.jsonl", [ad("5", "Ola", 31, "0113 496 0777", "Whitby", 20)])
    analyze(store)
    link(store)
    assert (network, "town", "whitby") in facets(store)
    before = facets(store)
    link(store, full=True)  # from scratch: the same ids, the same facets
    assert facets(store) == before


def test_the_queue_filters_by_kind_town_period_and_score(store: Store, tmp_path: Path) -> None:
    web, network, welders = linked(store, tmp_path)
    assert queue(web) == ([network, welders], 2)
    assert queue(web, kind="sex_ad") == ([network, welders], 2)
    assert queue(web, kind="job_ad") == ([], 0)
    assert queue(web, city="York") == ([network], 1)
    assert queue(web, city="gdańsk") == ([welders], 1)
    assert queue(web, city="GDA") == ([welders], 1)  # the start of a town's name, any case
    assert queue(web, city="Leeds, GB") == ([network], 1)  # as the page shows it
    assert queue(web, city="eeds") == ([], 0)
    # the network posted from 1 to 15 January, the welders on 2 and 4 January
    assert queue(web, since=datetime(2026, 1, 10)) == ([network], 1)
    assert queue(web, until=datetime(2026, 1, 2)) == ([network], 1)
    assert queue(web, since=datetime(2026, 1, 3), until=datetime(2026, 1, 4)) == (
        [network, welders],
        2,
    )
    top = web.cluster(network)
    assert top is not None and top.score is not None
    assert queue(web, min_score=top.score) == ([network], 1)
    # "hull" finds the town the gazetteer calls Kingston upon Hull, as "Wien" finds Vienna.
    assert queue(web, min_score=top.score, city="hull", kind="sex_ad") == ([network], 1)


def test_the_queue_filters_by_the_newest_review_status(store: Store, tmp_path: Path) -> None:
    web, network, welders = linked(store, tmp_path)
    user = web.add_user("ana", "analyst", "not-a-real-hash")
    assert queue(web, status="new") == ([network, welders], 2)
    web.annotate("cluster", network, user, "escalated", None, None)
    assert queue(web, status="new") == ([welders], 1)
    assert queue(web, status="escalated") == ([network], 1)
    web.annotate("cluster", network, user, None, "a note sets no status", None)
    web.annotate("record", welders, user, "dismissed", None, None)  # a record, not a cluster
    assert queue(web, status="escalated") == ([network], 1)
    assert queue(web, status="dismissed") == ([], 0)
    web.annotate("cluster", network, user, "new", "back to the queue", None)
    assert queue(web, status="new") == ([network, welders], 2)
    assert queue(web, status="escalated") == ([], 0)


def test_the_migration_fills_the_facets_of_clusters_linked_before_it(
    store: Store, tmp_path: Path
) -> None:
    linked(store, tmp_path)
    written_by_linking = facets(store)
    with store.engine.begin() as connection:
        command.downgrade(alembic_config(connection), "0006")
        command.upgrade(alembic_config(connection), "0007")
    assert facets(store) == written_by_linking
