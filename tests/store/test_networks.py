"""Networks in the store, on SQLite and PostgreSQL: linking real analysed records, the
stored shape the CLI and web read, incremental runs with stable ids, and --full."""

from __future__ import annotations

import multiprocessing
import threading
from pathlib import Path

import orjson
import pytest
from sqlalchemy import insert
from sqlalchemy.exc import IntegrityError

from tests.extract._support import demo_ads
from thbwatch import pipeline
from thbwatch.extract.mentions import extract_record
from thbwatch.extract.places import lookup_city
from thbwatch.ingest.inputs import plan_inputs
from thbwatch.ingest.run import ingest_input
from thbwatch.model import RecordText
from thbwatch.pipeline import analyze, link
from thbwatch.store import Store, networks
from thbwatch.store.networks import (
    FactsReadAhead,
    clusters_of_records,
    count_clusters,
    get_cluster,
    hubs,
    member_facts,
    record_city,
    top_clusters,
)
from thbwatch.store.schema import links

AD = (
    "Hi gents, I'm {name}, {age}. Sexy {nation} girl, new in town. Petite brunette, soft "
    "skin and a cheeky smile. Discreet apartment near the centre, easy to find. Relaxing "
    "massage, no rush. Available today, bookings by text. Call {phone}"
)


def ad(
    ref: str, name: str, age: int, phone: str, city: str, day: int, nation: str = "Polish"
) -> dict:
    text = AD.format(name=name, age=age, nation=nation, phone=phone)
    return {"id": ref, "text": text, "city": city, "date": f"2026-01-{day:02d}T10:00:00Z"}


def ingest(store: Store, path: Path, ads: list[dict]) -> None:
    path.write_bytes(b"".join(orjson.dumps(item) + b"\n" for item in ads))
    [item] = plan_inputs([path], source="site")
    ingest_input(store, item, kind="sex_ad")


NETWORK = [
    ad("1", "Nina", 22, "0113 496 0123", "Leeds", 1),
    ad("2", "Kasia", 24, "0113 496 0123", "Leeds", 3),
    ad("3", "Bella", 19, "0113 496 0123", "York", 9),
    ad("4", "Mia", 27, "0113 496 0777", "Hull", 15),  # another number, the same template
]
OTHER = [
    {"id": "9", "text": "Welder wanted in Gdańsk, contract and overtime. Call 0113 496 0999",
     "city": "Leeds", "date": "2026-01-02T10:00:00Z"},
    {"id": "10", "text": "Experienced welder, Gdańsk yard: phone 0113 496 0999 today",
     "city": "Leeds", "date": "2026-01-04T10:00:00Z"},
]  # fmt: skip


def test_linking_stores_clusters_with_members_reasons_links_and_description(
    store: Store, tmp_path: Path
) -> None:
    ingest(store, tmp_path / "a.jsonl", NETWORK + OTHER)
    analyze(store)
    report = link(store)
    assert report.records == 6 and report.clusters == 2 and report.links["phone"] == 3
    assert report.links.get("text", 0) >= 1

    first, second = top_clusters(store, limit=None)
    assert first["size"] == 4 and second["size"] == 2
    assert first["score"] > second["score"]  # several persons, cities: ranked first
    features = {reason["feature"] for reason in first["reasons"]}
    assert {"member_scores", "persons_per_contact", "multi_city"} <= features
    description = first["description"]
    assert [c["value"] for c in description["contacts"]][:1] == ["+441134960123"]
    assert description["persons"]["ages"] == [19, 22, 24, 27]
    assert [stay["city"] for stay in description["itinerary"]] == [
        "Leeds, GB",
        "York, GB",
        "Kingston upon Hull, GB",  # "Hull", as the gazetteer names it
    ]
    assert description["template"]["slots"]
    assert {"Nina", "Kasia", "Bella", "Mia"} <= set(description["persons"]["names"])

    details = get_cluster(store, first["id"])
    assert [m["ref"] for m in details["members"]] == ["1", "2", "3", "4"]
    kinds = {link["kind"] for link in details["links"]}
    assert kinds >= {"phone", "text"}
    assert all(link["evidence"] for link in details["links"])
    assert count_clusters(store) == 2 and hubs(store) == []


def itinerary_of(store: Store, tmp_path: Path, ads: list[dict]) -> list[tuple[str, int]]:
    """(city, records) of each stay of the one network that `ads` make."""
    ingest(store, tmp_path / "a.jsonl", ads)
    analyze(store)
    link(store)
    [network] = top_clusters(store, limit=None)
    return [(stay["city"], stay["records"]) for stay in network["description"]["itinerary"]]


def ads_posted_in(*towns: str) -> list[dict]:
    """Ads of one woman and one number, posted in these towns (location field) in turn."""
    return [ad(str(n), "Ana", 23, "0113 496 0123", town, 1 + 3 * n) for n, town in enumerate(towns)]


def test_one_city_written_in_two_languages_is_one_stay_of_the_itinerary(
    store: Store, tmp_path: Path
) -> None:
    # The ads name no city; their location fields name two, each in two languages.
    ads = ads_posted_in("Wien", "Vienna", "Milano", "Milan")
    assert itinerary_of(store, tmp_path, ads) == [("Vienna, AT", 2), ("Milan, IT", 2)]
    [network] = top_clusters(store, limit=None)
    assert "multi_city" not in {reason["feature"] for reason in network["reasons"]}


def test_a_location_field_naming_a_part_of_a_town_is_a_stay_in_the_town(
    store: Store, tmp_path: Path
) -> None:
    ads = ads_posted_in("Berlin", "Berlin-Mitte", "Madrid centro", "Salamanca")
    assert itinerary_of(store, tmp_path, ads) == [
        ("Berlin, DE", 2),
        ("Madrid, ES", 1),
        ("Salamanca, ES", 1),  # the town, not the part of Madrid of that name
    ]


def test_a_part_of_the_town_an_ad_names_is_no_move_but_another_town_is(
    store: Store, tmp_path: Path
) -> None:
    ads = ads_posted_in("Madrid", "Madrid", "Madrid", "Madrid")
    ads[1]["text"] += " Apartamento en Chamberí."  # a district of Madrid
    ads[2]["text"] += " Esta semana en Valencia."  # another town
    assert itinerary_of(store, tmp_path, ads) == [
        ("Madrid, ES", 2),
        ("Valencia, ES", 1),
        ("Madrid, ES", 1),
    ]


def test_new_records_join_their_cluster_under_the_same_id(store: Store, tmp_path: Path) -> None:
    ingest(store, tmp_path / "a.jsonl", NETWORK + OTHER)
    analyze(store)
    link(store)
    before = {c["size"]: c["id"] for c in top_clusters(store, limit=None)}
    assert link(store).records == 0  # nothing new: nothing done

    ingest(store, tmp_path / "b.jsonl", [ad("5", "Ola", 31, "0113 496 0777", "Hull", 20)])
    analyze(store)
    report = link(store)
    assert report.records == 1 and report.changed == 1
    after = {c["id"]: c["size"] for c in top_clusters(store, limit=None)}
    assert after == {before[4]: 5, before[2]: 2}
    [newest] = [r.id for r in store.iter_records() if r.ref == "5"]
    assert clusters_of_records(store, [newest]) == {newest: before[4]}

    link(store, full=True)  # from scratch: the same clusters
    assert sorted(c["size"] for c in top_clusters(store, limit=None)) == [2, 5]


def test_records_with_nothing_shared_make_no_cluster(store: Store, tmp_path: Path) -> None:
    ingest(store, tmp_path / "a.jsonl", [NETWORK[0], OTHER[0]])
    analyze(store)
    report = link(store)
    assert (report.records, report.clusters, report.links) == (2, 0, {})
    assert top_clusters(store) == []


def test_the_store_checks_references_again_once_linking_has_written(
    store: Store, tmp_path: Path
) -> None:
    """Linking writes its rows without SQLite's foreign key checks, and only them."""
    ingest(store, tmp_path / "a.jsonl", NETWORK)
    analyze(store)
    link(store, full=True)
    nowhere = {"record_a": 10**9, "record_b": 10**9 + 1, "kind": "phone", "evidence": "x"}
    with pytest.raises(IntegrityError), store.engine.begin() as connection:
        connection.execute(insert(links).values(**nowhere, weight=1.0))


def test_facts_read_ahead_in_a_process_describe_the_clusters_as_read_in_place(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    ingest(store, tmp_path / "a.jsonl", NETWORK + OTHER)
    analyze(store)
    link(store)
    in_place = top_clusters(store, limit=None)
    ids = [record.id for record in store.iter_records()]
    ahead = FactsReadAhead(store, max(ids))
    read = ahead.rows()
    assert sorted(read) == ids and multiprocessing.active_children() == []
    assert member_facts(store, ids, {}, read) == member_facts(store, ids, {})

    monkeypatch.setattr(pipeline, "READ_AHEAD_FROM", 1)
    report = link(store, full=True)
    assert report.records == len(ids)
    assert top_clusters(store, limit=None) == in_place
    assert multiprocessing.active_children() == []


def test_a_linking_run_stopped_while_describing_keeps_the_last_networks(
    store: Store, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The links are written in a thread while the clusters are described, in the same
    transaction: a run that fails after the links went in leaves nothing of them."""
    ingest(store, tmp_path / "a.jsonl", NETWORK + OTHER)
    analyze(store)
    link(store)
    before = (_links(store), top_clusters(store, limit=None), networks.link_mark(store))
    ingest(store, tmp_path / "b.jsonl", [ad("5", "Ola", 31, "0113 496 0999", "Hull", 20)])
    analyze(store)

    links_written = threading.Event()
    save_links = networks.save_links

    def save_and_tell(*args: object) -> None:
        save_links(*args)  # type: ignore[arg-type]
        links_written.set()

    def fail(*args: object) -> None:
        assert links_written.wait(30)
        raise RuntimeError("stopped while describing")

    monkeypatch.setattr(networks, "save_links", save_and_tell)
    monkeypatch.setattr(pipeline, "_describe_and_score", fail)
    with pytest.raises(RuntimeError, match="stopped while describing"):
        link(store)
    assert (_links(store), top_clusters(store, limit=None), networks.link_mark(store)) == before

    monkeypatch.undo()
    report = link(store)  # the next run does the work
    assert report.records == 1 and report.links["phone"] == 4  # one more: record 5's
    assert len(_links(store)) > len(before[0])


def _links(store: Store) -> list[tuple]:
    with store.engine.connect() as connection:
        return sorted(tuple(row) for row in connection.execute(links.select()))


def test_the_city_of_each_demo_record_is_the_town_its_ad_was_posted_in() -> None:
    # The demo's ads name their town in the location field, in its local name ("Milano",
    # "Wien"), and often a district, a station or a person with a town's name in the text.
    right = total = 0
    for number, (ad, truth, text) in enumerate(demo_ads(), 1):
        location = ad.get("location") or ad.get("city")
        found = extract_record(RecordText(number, text, None, location)).mentions
        places = [mention.value for mention in found if mention.type == "place"]
        town = lookup_city(truth["city"], truth["country"])
        assert town is not None, truth["city"]
        total += 1
        right += record_city(location, places) == town.place
    assert right / total >= 0.99
