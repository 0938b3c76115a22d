"""The store's side of networks: bulk reads for the linking stage, its writes, and the
read queries the CLI and the web app use (functions over `Store.engine`).

Shapes the readers get (see also link/describe.py for `description`):
  cluster summary: {"id", "score", "size", "reasons": [{"feature", "value", "weight",
    "detail"}], "description": {...}, "first_posted", "last_posted"}
  cluster details: the summary plus "members": [{"id", "ref", "source", "kind", "title",
    "location", "posted_at", "score"}] and "links": [{"a", "b", "kind", "evidence",
    "weight"}] (links between members)
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager
from datetime import datetime
from functools import partial
from itertools import chain, islice
from typing import Any

import numpy as np
import orjson
from sqlalchemy import Connection, delete, func, insert, select, update

from thbwatch.child import ChildSender, SendAhead
from thbwatch.extract.places import major_town, same_town, town_of_location, town_of_place
from thbwatch.link.describe import MemberFacts, town_key
from thbwatch.link.evidence import Hub, LinkArrays
from thbwatch.model import LINK_KINDS, Cluster
from thbwatch.store.database import (
    SQLITE_PARAMETERS,
    Store,
    _set_mark,
    bulk_insert,
    derived_writes,
    driver_rows,
    stored_json,
    utcnow,
)
from thbwatch.store.schema import (
    analysis_marks,
    cluster_facets,
    cluster_members,
    clusters,
    link_hubs,
    links,
    record_scores,
    record_sketches,
    records,
    sources,
)

LINK = "link"  # the analysis_marks stage of linking
CONTACT_TYPES = ("phone", "email", "handle", "url", "wallet")


# -- reads for the linking stage ------------------------------------------------------


def link_mark(store: Store) -> int:
    return store.analysis_mark(LINK)


def contact_mentions(
    store: Store, up_to: int
) -> tuple[list[tuple[int, str, str]], np.ndarray, np.ndarray]:
    """Contact entities (id, type, value) and contact mentions as arrays (record id,
    entity id) of records up to `up_to`."""
    types = ", ".join(f"'{name}'" for name in CONTACT_TYPES)
    with store.engine.connect() as connection:
        entity_rows = [
            tuple(row)
            for row in driver_rows(
                connection, f"SELECT id, type, value FROM entities WHERE type IN ({types})"
            )
        ]
        result = driver_rows(
            connection,
            f"SELECT record_id, entity_id FROM mentions WHERE record_id <= {int(up_to)}"
            f" AND entity_id IN (SELECT id FROM entities WHERE type IN ({types}))",
        )
        pairs = np.fromiter(chain.from_iterable(result), dtype=np.int64)
    pairs = pairs.reshape(-1, 2)
    return entity_rows, pairs[:, 0].copy(), pairs[:, 1].copy()


def texts_to_sketch(
    store: Store, after: int, up_to: int, limit: int
) -> list[tuple[int, str | None, str, Any]]:
    """(id, title, body, images as stored) of the next records after `after`, up to
    `up_to`: as read, since the sketching workers, not the reading process, turn them into
    text and image references (`sketch_input`)."""
    with store.engine.connect() as connection:
        return [
            tuple(row)
            for row in driver_rows(
                connection,
                f"SELECT id, title, body, images FROM records WHERE id > {int(after)}"
                f" AND id <= {int(up_to)} ORDER BY id LIMIT {int(limit)}",
            )
        ]


def sketch_input(title: str | None, body: str, images: Any) -> tuple[str, list[str]]:
    """The text and the image references of a record as `texts_to_sketch` reads it."""
    text = f"{title}\n\n{body}" if title else body
    if images is None or images == "[]":  # most records: nothing to parse
        return text, []
    return text, list(stored_json(images) or [])


def keys_json(keys: list[str]) -> str:
    """Evidence keys as `save_sketches` stores them."""
    return orjson.dumps(keys).decode() if keys else "[]"


def save_sketches(store: Store, rows: list[tuple[int, bytes | None, str]]) -> None:
    """Store the sketches (record id, signature, `keys_json`) of a batch of
    `texts_to_sketch` (every record of an id range, in id order), replacing any left by a
    run that stopped before moving its mark."""
    if not rows:
        return
    with derived_writes(store.engine) as connection:
        connection.execute(
            delete(record_sketches).where(
                record_sketches.c.record_id.between(rows[0][0], rows[-1][0])
            )
        )
        bulk_insert(connection, record_sketches, ("record_id", "minhash", "evidence"), rows)


def load_sketches(
    store: Store, permutations: int
) -> tuple[np.ndarray, np.ndarray, list[tuple[int, str]]]:
    """All stored signatures (record ids ascending, uint32 rows) and image keys
    (record id, key)."""
    ids, blobs, keys_found = [], [], []
    with store.engine.connect() as connection:
        result = driver_rows(
            connection,
            "SELECT record_id, minhash, evidence FROM record_sketches ORDER BY record_id",
        )
        for record_id, blob, keys in result:
            if blob is not None:
                ids.append(record_id)
                blobs.append(blob)
            if keys != "[]":  # most records: no image, nothing to parse
                keys_found.extend((record_id, key) for key in stored_json(keys))
    signatures = np.frombuffer(b"".join(blobs), dtype="<u4").reshape(-1, permutations)
    return np.asarray(ids, dtype=np.int64), signatures, keys_found


def membership(store: Store) -> tuple[np.ndarray, np.ndarray, int]:
    """The stored clustering: record ids, their cluster ids, and the first unused id."""
    with store.engine.connect() as connection:
        result = connection.execute(
            select(cluster_members.c.record_id, cluster_members.c.cluster_id)
        )
        pairs = np.fromiter((v for row in result for v in row), dtype=np.int64).reshape(-1, 2)
        top = connection.scalar(select(func.max(clusters.c.id))) or 0
    return pairs[:, 0].copy(), pairs[:, 1].copy(), top + 1


def member_facts(
    store: Store,
    record_ids: list[int],
    contacts: dict[int, tuple[tuple[str, str], ...]],
    read: dict[int, FactRow] | None = None,
) -> dict[int, MemberFacts]:
    """What description and score need of each record, read in bulk; `contacts` are the
    records' contacts as linking saw them (link kind, value). `read`: the records'
    `fact_rows`, when they were read ahead (`FactsReadAhead`)."""
    if not record_ids:
        return {}
    if read is None:
        read = fact_rows(store, set(record_ids))
    found: dict[int, MemberFacts] = {}
    for record_id in record_ids:
        row = read.get(record_id)
        if row is None:
            continue
        kind, posted_at, location, score, indicators, ages, places = row
        found[record_id] = MemberFacts(
            record_id=record_id,
            kind=kind,
            posted_at=_datetime(posted_at),
            city=record_city(location, places),
            score=score or 0.0,
            indicators=indicators,
            contacts=contacts.get(record_id, ()),
            ages=ages,
            places=places,
        )
    return found


# (kind, posted_at as stored, location, score, indicators, ages, places in text order)
FactRow = tuple[
    str, Any, str | None, float | None, tuple[str, ...], tuple[int, ...], tuple[str, ...]
]


def fact_rows(store: Store, wanted: set[int] | None, up_to: int = 0) -> dict[int, FactRow]:
    """The stored facts of these records (`None`: of every record up to `up_to`).

    A full run reads this for about every record: plain SQL on the driver's cursor, one
    pass per table, and a few dictionary operations per row (`link` runs it with the
    cyclic garbage collector paused: see `pipeline.collector_paused`). Values that repeat
    (kinds, locations, indicators, places, and their tuples) are kept as one object each:
    pickle writes an object once a message, so the read-ahead sends half the bytes and
    pickles them 4x faster, and the linking process unpickles them 2.5x faster (300,000
    records: 0.55 s to 0.15 s, 0.26 s to 0.10 s) and hashes each string once.
    """
    shared: dict[Any, Any] = {}

    def same(value: Any) -> Any:
        return shared.setdefault(value, value)

    indicators: dict[int, list[str]] = {}
    ages: dict[int, list[int]] = {}
    placed: dict[int, list[tuple[int, str]]] = {}
    found: dict[int, FactRow] = {}
    every = wanted is None
    members = set() if wanted is None else wanted
    with store.engine.connect() as connection:

        def rows_of(sql: str, column: str) -> Iterable[tuple[Any, ...]]:
            if every:
                return driver_rows(connection, sql.format(members=f"{column} <= {up_to}"))
            return _driver_rows_of(connection, sql, column, members)

        for record_id, indicator in rows_of(
            "SELECT record_id, indicator FROM indicator_hits WHERE {members}", "record_id"
        ):
            if every or record_id in members:
                indicators.setdefault(record_id, []).append(same(indicator))
        # No ORDER BY (a sort of millions of rows): places are put in text order below.
        # `type || ''`: start from the members' mentions, not from every age and place.
        for record_id, entity_type, value, start in rows_of(
            "SELECT mentions.record_id, entities.type, entities.value, mentions.start"
            " FROM mentions JOIN entities ON entities.id = mentions.entity_id"
            " WHERE entities.type || '' IN ('age', 'place') AND {members}",
            "mentions.record_id",
        ):
            if not every and record_id not in members:
                continue
            if entity_type == "age":
                if value.isdigit():
                    ages.setdefault(record_id, []).append(int(value))
            else:
                placed.setdefault(record_id, []).append((start, same(value)))
        for record_id, kind, posted_at, location, score in rows_of(
            "SELECT records.id, records.kind, records.posted_at, records.location,"
            " record_scores.score FROM records"
            " LEFT OUTER JOIN record_scores ON record_scores.record_id = records.id"
            " WHERE {members}",
            "records.id",
        ):
            if not every and record_id not in members:
                continue
            found_places = placed.get(record_id)
            places = tuple(value for _, value in sorted(found_places)) if found_places else ()
            found[record_id] = (
                same(kind),
                posted_at,
                same(location),
                score,
                same(tuple(indicators.get(record_id, ()))),
                same(tuple(ages.get(record_id, ()))),
                same(places),
            )
    return found


class FactsReadAhead:
    """`fact_rows` of every record up to a mark, read in a process of its own while this
    one links and clusters (mostly one core's work); `rows()` waits for them.

    Worth it for a run that links many new records: the description then needs the facts
    of about every record, and reading them was the largest single-process step of
    linking (16 s of 76 at a million records).
    """

    CHUNK = 50_000  # rows a message

    def __init__(self, store: Store, up_to: int) -> None:
        self._child = ChildSender(partial(_send_fact_rows, store, up_to), "facts' read-ahead")

    def rows(self) -> dict[int, FactRow]:
        found: dict[int, FactRow] = {}
        try:
            while chunk := self._child.receive():
                found.update(chunk)
        finally:
            self.close()
        return found

    def close(self) -> None:
        self._child.close()


def _send_fact_rows(store: Store, up_to: int, send: SendAhead) -> None:
    """In the read-ahead process: every record's fact rows, in chunks, then an empty one.
    It has a connection of its own (SQLAlchemy's advice for forks: dispose without
    closing what the parent holds)."""
    store.engine.dispose(close=False)
    rows = iter(fact_rows(store, None, up_to).items())  # chunks, not a second full copy
    while chunk := dict(islice(rows, FactsReadAhead.CHUNK)):
        send.send(chunk)
    send.send({})


SCAN_FROM = 50_000  # records: from here, one pass over the table beats IN lists


def _driver_rows_of(
    connection: Connection, sql: str, column: str, record_ids: set[int]
) -> Iterable[tuple[Any, ...]]:
    """The rows of `sql` for these records, or a few more (the caller filters): its
    `{members}` condition on `column` is IN lists for a few records, one range for many."""
    if len(record_ids) >= SCAN_FROM:
        low, high = min(record_ids), max(record_ids)
        return driver_rows(connection, sql.format(members=f"{column} BETWEEN {low} AND {high}"))
    listed = (
        ",".join(str(int(record_id)) for record_id in chunk)
        for chunk in _chunks(sorted(record_ids), 30_000)
    )
    return chain.from_iterable(
        driver_rows(connection, sql.format(members=f"{column} IN ({ids})")) for ids in listed
    )


def _datetime(value: datetime | str | None) -> datetime | None:
    """A stored time as SQLAlchemy gives it: SQLite's driver returns the text it keeps."""
    return datetime.fromisoformat(value) if isinstance(value, str) else value


def record_city(location: str | None, places: Sequence[str]) -> str | None:
    """The town where a record was: that of its location field, unless the text names
    another major town first and never the field's (a job in Gdańsk, posted from Leeds;
    not a part of the town, such as Chamberí in an ad from Madrid, nor a small namesake of
    a district: "near Saint-Michel" in Bordeaux); without a city in the field, that of the
    first city the text names; else the location as written. Towns are named as extraction
    names cities ("Wien" -> "Vienna, AT"), a part of a town as its town ("Berlin-Mitte" ->
    "Berlin, DE"), so that one town makes one stay of an itinerary."""
    field_town = town_of_location(location) if location else None
    if field_town is None:
        return town_of_place(places[0]) if places else location
    first = places[0] if places else field_town
    if field_town in places or not major_town(first) or same_town(first, field_town):
        return field_town
    return town_of_place(first)


def member_texts(store: Store, record_ids: list[int]) -> dict[int, str]:
    found: dict[int, str] = {}
    with store.engine.connect() as connection:
        for chunk in _chunks(record_ids, 30_000):
            for row in connection.execute(
                select(records.c.id, records.c.title, records.c.body).where(records.c.id.in_(chunk))
            ):
                found[row.id] = f"{row.title}\n\n{row.body}" if row.title else row.body
    return found


# -- writes ---------------------------------------------------------------------------


def forget_networks(store: Store) -> None:
    """For `analyze --full`: drop links, sketches, hubs and clusters."""
    with derived_writes(store.engine) as connection:
        with _indexes_built_after(connection, [links]):
            connection.execute(delete(links))
        for table in (link_hubs, record_sketches, cluster_members, cluster_facets, clusters):
            connection.execute(delete(table))
        connection.execute(delete(analysis_marks).where(analysis_marks.c.stage == LINK))


@contextmanager
def network_writes(store: Store) -> Iterator[Connection]:
    """The one transaction of a linking run: `save_links`, then `save_clusters` (which
    moves the mark). A run killed before the commit leaves the last run's networks."""
    with derived_writes(store.engine) as connection:
        yield connection


def save_links(connection: Connection, all_links: LinkArrays, hubs: list[Hub], policy: str) -> None:
    """Replace every link and hub (they are recomputed from all records each run)."""
    kinds = np.asarray(LINK_KINDS, dtype=object)[all_links.kind]
    rows = zip(
        all_links.a.tolist(), all_links.b.tolist(), kinds.tolist(),
        all_links.evidence.tolist(), all_links.weight.tolist(), strict=True,
    )  # fmt: skip
    with _indexes_built_after(connection, [links]):  # every link is written anew
        connection.execute(delete(links))
        columns = ("record_a", "record_b", "kind", "evidence", "weight")
        # Written by a thread while another describes the clusters: the longest
        # statements, each of which waits for the GIL (database.sqlite_insert).
        bulk_insert(connection, links, columns, rows, rows_per_statement=SQLITE_PARAMETERS)
    connection.execute(delete(link_hubs))
    if hubs:
        now = utcnow()
        connection.execute(
            insert(link_hubs),
            [
                {"kind": h.kind, "value": h.value, "records": h.records, "policy": policy,
                 "found_at": now}
                for h in hubs
            ],
        )  # fmt: skip


def save_clusters(
    connection: Connection, changed: list[Cluster], removed: Iterable[int], last_record_id: int
) -> None:
    """Write the changed clusters, drop the vanished ones, and move the mark."""
    now = utcnow()
    gone = [*removed, *(cluster.id for cluster in changed)]
    for chunk in _chunks(gone, 5000):
        for table in (cluster_members, cluster_facets):
            connection.execute(delete(table).where(table.c.cluster_id.in_(chunk)))
    for chunk in _chunks(list(removed), 5000):
        connection.execute(delete(clusters).where(clusters.c.id.in_(chunk)))
    existing = {
        row[0]
        for chunk in _chunks([c.id for c in changed], 5000)
        for row in connection.execute(select(clusters.c.id).where(clusters.c.id.in_(chunk)))
    }
    new_rows, updates = [], []
    for cluster in changed:
        row = _cluster_row(cluster, now)
        (updates if cluster.id in existing else new_rows).append(row)
    # A full run (no cluster left) writes every cluster anew: indexes built after.
    refill = connection.execute(select(clusters.c.id).limit(1)).first() is None
    cluster_tables = [clusters, cluster_members, cluster_facets] if refill else []
    with _indexes_built_after(connection, cluster_tables):
        columns = (*CLUSTER_COLUMNS, "created_at")
        rows = (_cluster_tuple(row, now) for row in new_rows)
        bulk_insert(connection, clusters, columns, rows)
        for row in updates:
            connection.execute(update(clusters).where(clusters.c.id == row["id"]).values(**row))
        bulk_insert(
            connection,
            cluster_members,
            ("cluster_id", "record_id"),
            ((c.id, r) for c in changed for r in c.members),
        )
        bulk_insert(
            connection,
            cluster_facets,
            ("cluster_id", "facet", "value"),
            ((c.id, *facet) for c in changed for facet in facets_of(c.description)),
        )
    _set_mark(connection, LINK, last_record_id, now)


@contextmanager
def _indexes_built_after(connection: Connection, tables: list[Any]) -> Iterator[None]:
    """The tables' secondary indexes dropped meanwhile and built again afterwards: when
    most rows are written anew, building an index once (a sort) is cheaper than keeping it
    up to date through millions of inserts and deletes in any order."""
    indexes = [index for table in tables for index in table.indexes]
    for index in indexes:
        index.drop(connection)
    yield
    for index in indexes:
        index.create(connection)


def facets_of(description: dict[str, Any]) -> set[tuple[str, str]]:
    """What the triage queue filters on: the kinds of the members and the towns of the
    itinerary, lower case and without the country ("Lyon, FR" -> "lyon")."""
    kinds = {("kind", kind) for kind in description.get("kinds", {})}
    towns = {("town", town_key(stay["city"])[:200]) for stay in description.get("itinerary", [])}
    return kinds | towns


def _cluster_row(cluster: Cluster, now: datetime) -> dict[str, Any]:
    first = cluster.description.get("first_posted")
    last = cluster.description.get("last_posted")
    return {
        "id": cluster.id,
        "score": cluster.score,
        "size": len(cluster.members),
        "reasons": cluster.reasons,
        "description": cluster.description,
        "first_posted": datetime.fromisoformat(first) if first else None,
        "last_posted": datetime.fromisoformat(last) if last else None,
        "updated_at": now,
    }


CLUSTER_COLUMNS = (
    "id", "score", "size", "reasons", "description", "first_posted", "last_posted", "updated_at",
)  # fmt: skip
_JSON_COLUMNS = ("reasons", "description")


def _cluster_tuple(row: dict[str, Any], now: datetime) -> tuple[Any, ...]:
    return (
        *(
            orjson.dumps(row[name], default=str).decode() if name in _JSON_COLUMNS else row[name]
            for name in CLUSTER_COLUMNS
        ),
        now,
    )


def _chunks(values: list[Any], size: int) -> Iterator[list[Any]]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


# -- read queries (CLI, web) ----------------------------------------------------------


def top_clusters(store: Store, limit: int | None = 10, offset: int = 0) -> list[dict[str, Any]]:
    """Clusters in triage order: highest score first, then larger, then older."""
    query = (
        select(clusters)
        .order_by(clusters.c.score.desc(), clusters.c.size.desc(), clusters.c.id)
        .offset(offset)
    )
    if limit is not None:
        query = query.limit(limit)
    with store.engine.connect() as connection:
        rows = connection.execute(query).mappings().all()
    return [_summary(row) for row in rows]


def count_clusters(store: Store) -> int:
    with store.engine.connect() as connection:
        return connection.scalar(select(func.count()).select_from(clusters)) or 0


def get_cluster(store: Store, cluster_id: int) -> dict[str, Any] | None:
    """A cluster with its members and the links between them."""
    with store.engine.connect() as connection:
        row = (
            connection.execute(select(clusters).where(clusters.c.id == cluster_id))
            .mappings()
            .first()
        )
        if row is None:
            return None
        member_rows = connection.execute(
            select(
                records.c.id, records.c.ref, sources.c.name.label("source"), records.c.kind,
                records.c.title, records.c.location, records.c.posted_at, record_scores.c.score,
            )
            .join(sources)
            .join(cluster_members, cluster_members.c.record_id == records.c.id)
            .join(record_scores, record_scores.c.record_id == records.c.id, isouter=True)
            .where(cluster_members.c.cluster_id == cluster_id)
            .order_by(records.c.posted_at, records.c.id)
        ).mappings().all()  # fmt: skip
        link_rows = _links_inside(connection, cluster_id)
    members = [dict(member) for member in member_rows]
    return {**_summary(row), "members": members, "links": link_rows}


def cluster_links(store: Store, cluster_id: int) -> list[dict[str, Any]]:
    """The links between a cluster's members: {"a", "b", "kind", "evidence", "weight"}."""
    with store.engine.connect() as connection:
        return _links_inside(connection, cluster_id)


def _links_inside(connection: Connection, cluster_id: int) -> list[dict[str, Any]]:
    ids = select(cluster_members.c.record_id).where(cluster_members.c.cluster_id == cluster_id)
    link_rows = connection.execute(
        select(links.c.record_a, links.c.record_b, links.c.kind, links.c.evidence, links.c.weight)
        .where(links.c.record_a.in_(ids), links.c.record_b.in_(ids))
        .order_by(links.c.record_a, links.c.record_b, links.c.kind)
    )
    return [
        {"a": a, "b": b, "kind": kind, "evidence": evidence, "weight": weight}
        for a, b, kind, evidence, weight in link_rows
    ]


def clusters_of_records(store: Store, record_ids: list[int]) -> dict[int, int]:
    with store.engine.connect() as connection:
        found: dict[int, int] = {}
        for chunk in _chunks(record_ids, 5000):
            found.update(
                connection.execute(
                    select(cluster_members.c.record_id, cluster_members.c.cluster_id).where(
                        cluster_members.c.record_id.in_(chunk)
                    )
                ).all()
            )
    return found


def cluster_refs(store: Store, cluster_ids: list[int]) -> dict[int, list[str]]:
    """Each cluster's members as `source:ref` (or `#id` without a ref), for exports."""
    found: dict[int, list[str]] = {cluster_id: [] for cluster_id in cluster_ids}
    with store.engine.connect() as connection:
        for chunk in _chunks(cluster_ids, 5000):
            for cluster_id, record_id, ref in connection.execute(
                select(cluster_members.c.cluster_id, records.c.id, records.c.ref)
                .join(records, records.c.id == cluster_members.c.record_id)
                .where(cluster_members.c.cluster_id.in_(chunk))
                .order_by(cluster_members.c.cluster_id, records.c.id)
            ):
                found[cluster_id].append(ref or f"#{record_id}")
    return found


def clustered_links(store: Store) -> Iterator[tuple[int, int, int, str, str, float]]:
    """Every link inside a cluster: (cluster id, record a, record b, kind, evidence,
    weight), for the edge-list exports."""
    member_a = cluster_members.alias("member_a")
    member_b = cluster_members.alias("member_b")
    with store.engine.connect() as connection:
        yield from connection.execute(
            select(
                member_a.c.cluster_id, links.c.record_a, links.c.record_b, links.c.kind,
                links.c.evidence, links.c.weight,
            )
            .join(member_a, member_a.c.record_id == links.c.record_a)
            .join(member_b, member_b.c.record_id == links.c.record_b)
            .where(member_a.c.cluster_id == member_b.c.cluster_id)
            .order_by(member_a.c.cluster_id, links.c.record_a, links.c.record_b)
        )  # fmt: skip


def hubs(store: Store) -> list[dict[str, Any]]:
    with store.engine.connect() as connection:
        rows = connection.execute(select(link_hubs).order_by(link_hubs.c.records.desc())).mappings()
        return [dict(row) for row in rows]


def _summary(row: Any) -> dict[str, Any]:
    return {
        "id": row["id"],
        "score": row["score"],
        "size": row["size"],
        "reasons": row["reasons"],
        "description": row["description"] or {},
        "first_posted": row["first_posted"],
        "last_posted": row["last_posted"],
    }


def clustered_records(store: Store) -> dict[int, dict[str, Any]]:
    """Every clustered record with what the graph exports show of it."""
    with store.engine.connect() as connection:
        rows = connection.execute(
            select(
                records.c.id, records.c.ref, sources.c.name.label("source"), records.c.kind,
                cluster_members.c.cluster_id, clusters.c.score.label("cluster_score"),
                record_scores.c.score,
            )
            .join(sources)
            .join(cluster_members, cluster_members.c.record_id == records.c.id)
            .join(clusters, clusters.c.id == cluster_members.c.cluster_id)
            .join(record_scores, record_scores.c.record_id == records.c.id, isouter=True)
        ).all()  # fmt: skip
    return {
        row.id: {
            "ref": row.ref or f"#{row.id}",
            "source": row.source,
            "kind": row.kind,
            "cluster": row.cluster_id,
            "cluster_score": round(row.cluster_score or 0.0, 4),
            "score": round(row.score or 0.0, 4),
        }
        for row in rows
    }
