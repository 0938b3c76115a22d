"""The web application's queries: accounts, audit, triage, networks, search, watchlists,
annotations. One class over the store's engine; the web layer never writes SQL itself.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any

from sqlalchemy import (
    ColumnElement,
    and_,
    column,
    delete,
    func,
    insert,
    literal,
    literal_column,
    or_,
    select,
    table,
    text,
    update,
)
from sqlalchemy.exc import IntegrityError

from thbwatch.errors import UserError
from thbwatch.extract.places import town_of_location
from thbwatch.link.describe import town_key
from thbwatch.store.database import Store, utcnow
from thbwatch.store.schema import (
    FULL_TEXT_TABLE,
    annotations,
    audit_log,
    cluster_facets,
    cluster_members,
    clusters,
    entities,
    indicator_hits,
    login_attempts,
    mentions,
    record_scores,
    records,
    sources,
    users,
    watchlist_entries,
    watchlists,
)

ROLES = ("analyst", "supervisor", "admin")
STATUSES = ("new", "in_review", "escalated", "dismissed")
CONTACT_TYPES = ("phone", "email", "handle", "url", "wallet")
WATCHABLE_TYPES = ("phone", "email", "handle")


@dataclass(frozen=True, slots=True)
class User:
    id: int
    name: str
    role: str
    password_hash: str
    active: bool
    created_at: datetime


@dataclass(frozen=True, slots=True)
class RecordRow:
    """A record as lists show it: no raw payload."""

    id: int
    source: str
    ref: str | None
    kind: str
    title: str | None
    body: str
    location: str | None
    posted_at: datetime | None
    language: str | None
    score: float | None

    @property
    def snippet(self) -> str:
        text = f"{self.title} — {self.body}" if self.title else self.body
        return text if len(text) <= 160 else text[:159] + "…"


@dataclass(frozen=True, slots=True)
class TriageFilters:
    kind: str | None = None
    min_score: float | None = None
    city: str | None = None
    since: datetime | None = None
    until: datetime | None = None
    status: str | None = None


@dataclass(slots=True)
class ClusterRow:
    """A network as the linking stage stored it: score, reasons (link/score.py) and
    description (link/describe.py), with its review status."""

    id: int
    score: float | None
    size: int
    reasons: list[dict[str, Any]]
    description: dict[str, Any]
    first_posted: datetime | None
    last_posted: datetime | None
    updated_at: datetime
    status: str
    kinds: dict[str, int] = field(default_factory=dict)
    cities: dict[str, int] = field(default_factory=dict)  # records per city, in the itinerary

    @classmethod
    def from_row(cls, row: Any) -> ClusterRow:
        found = cls(**row._mapping)
        found.description = found.description or {}
        found.kinds = dict(found.description.get("kinds", {}))
        for stay in found.description.get("itinerary", []):
            found.cities[stay["city"]] = found.cities.get(stay["city"], 0) + stay["records"]
        found.cities = dict(sorted(found.cities.items(), key=lambda item: -item[1]))
        return found


@dataclass(frozen=True, slots=True)
class Contact:
    record_id: int
    type: str
    value: str


@dataclass(frozen=True, slots=True)
class Annotation:
    id: int
    at: datetime
    author: str | None
    status: str | None
    note: str | None
    assignee: str | None


@dataclass(frozen=True, slots=True)
class WatchEntry:
    id: int
    type: str
    value: str
    typed: str


@dataclass(slots=True)
class Watchlist:
    id: int
    name: str
    last_seen_record_id: int
    entries: list[WatchEntry]


_RECORD_COLUMNS = (
    records.c.id,
    sources.c.name.label("source"),
    records.c.ref,
    records.c.kind,
    records.c.title,
    records.c.body,
    records.c.location,
    records.c.posted_at,
    records.c.language,
    record_scores.c.score,
)


def _record_rows(rows: Iterable[Any]) -> list[RecordRow]:
    return [RecordRow(**row._mapping) for row in rows]


def _entity_condition(keys: Iterable[tuple[str, str]]) -> ColumnElement[bool]:
    """(type, value) pairs as one IN list per type, which the unique index serves."""
    by_type: dict[str, list[str]] = {}
    for entity_type, value in keys:
        by_type.setdefault(entity_type, []).append(value)
    return or_(
        *(
            and_(entities.c.type == entity_type, entities.c.value.in_(values))
            for entity_type, values in by_type.items()
        )
    )


def _records_query() -> Any:
    return (
        select(*_RECORD_COLUMNS)
        .select_from(records)
        .join(sources, sources.c.id == records.c.source_id)
        .outerjoin(record_scores, record_scores.c.record_id == records.c.id)
    )


class WebStore:
    """Everything the web app reads and writes, over an open `Store`."""

    def __init__(self, store: Store) -> None:
        self.store = store
        self.engine = store.engine

    # -- accounts ---------------------------------------------------------------------

    def add_user(self, name: str, role: str, password_hash: str) -> int:
        if not name or len(name) > 100:
            raise UserError(f"user name {name!r}: give 1 to 100 characters")
        if role not in ROLES:
            raise UserError(f"role {role!r}: choose one of {', '.join(ROLES)}")
        try:
            with self.engine.begin() as connection:
                return connection.execute(
                    insert(users)
                    .values(
                        name=name,
                        role=role,
                        password_hash=password_hash,
                        active=True,
                        created_at=utcnow(),
                    )
                    .returning(users.c.id)
                ).scalar_one()
        except IntegrityError:
            raise UserError(f"a user named {name!r} already exists") from None

    def set_password_hash(self, user_id: int, password_hash: str) -> None:
        """Store a re-hash (argon2 parameters raised since the password was set)."""
        with self.engine.begin() as connection:
            connection.execute(
                update(users).where(users.c.id == user_id).values(password_hash=password_hash)
            )

    def user_by_name(self, name: str) -> User | None:
        with self.engine.connect() as connection:
            row = connection.execute(select(users).where(users.c.name == name)).one_or_none()
        return User(**row._mapping) if row else None

    def user_by_id(self, user_id: int) -> User | None:
        with self.engine.connect() as connection:
            row = connection.execute(select(users).where(users.c.id == user_id)).one_or_none()
        return User(**row._mapping) if row else None

    def list_users(self) -> list[User]:
        with self.engine.connect() as connection:
            rows = connection.execute(select(users).order_by(users.c.name)).all()
        return [User(**row._mapping) for row in rows]

    def note_login_attempt(self, name: str, ip: str, success: bool) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                insert(login_attempts).values(name=name, ip=ip, at=utcnow(), success=success)
            )

    def failed_logins(self, name: str, ip: str, window: timedelta) -> int:
        """Failures for this name from this address within the window, since the last success."""
        since = utcnow() - window
        mine = and_(login_attempts.c.name == name, login_attempts.c.ip == ip)
        with self.engine.connect() as connection:
            last_success = connection.scalar(
                select(func.max(login_attempts.c.at)).where(mine, login_attempts.c.success)
            )
            if last_success and last_success > since:
                since = last_success
            return connection.scalar(
                select(func.count())
                .select_from(login_attempts)
                .where(mine, ~login_attempts.c.success, login_attempts.c.at > since)
            )

    # -- audit (append-only: the database refuses UPDATE and DELETE) ------------------

    def audit(
        self,
        actor: str,
        action: str,
        target: str | None = None,
        purpose: str | None = None,
        **details: Any,
    ) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                insert(audit_log).values(
                    at=utcnow(),
                    actor=actor,
                    action=action,
                    target=target,
                    purpose=purpose,
                    details=details,
                )
            )

    def audit_entries(
        self,
        actor: str | None = None,
        action: str | None = None,
        target: str | None = None,
        since: datetime | None = None,
        until: datetime | None = None,
        limit: int = 100,
        offset: int = 0,
    ) -> tuple[list[dict[str, Any]], int]:
        """Newest first, with the number of entries that match."""
        conditions = []
        if actor:
            conditions.append(audit_log.c.actor == actor)
        if action:
            conditions.append(audit_log.c.action == action)
        if target:
            conditions.append(audit_log.c.target == target)
        if since:
            conditions.append(audit_log.c.at >= since)
        if until:
            conditions.append(audit_log.c.at < until)
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(audit_log)
                .where(*conditions)
                .order_by(audit_log.c.id.desc())
                .limit(limit)
                .offset(offset)
            ).mappings()
            entries = [dict(row) for row in rows]
            total = connection.scalar(
                select(func.count()).select_from(audit_log).where(*conditions)
            )
        return entries, total or 0

    def audit_actions(self) -> list[str]:
        with self.engine.connect() as connection:
            return list(
                connection.scalars(
                    select(audit_log.c.action).distinct().order_by(audit_log.c.action)
                )
            )

    # -- dashboard --------------------------------------------------------------------

    def records_per_week(self, weeks: int) -> list[tuple[datetime, str, int]]:
        """(week start, kind, records posted) over the last `weeks` weeks of posting dates."""
        with self.engine.connect() as connection:
            newest = connection.scalar(select(func.max(records.c.posted_at)))
            if newest is None:
                return []
            start = newest - timedelta(weeks=weeks)
            rows = connection.execute(
                select(records.c.kind, records.c.posted_at).where(records.c.posted_at > start)
            )
            counts: dict[tuple[datetime, str], int] = {}
            for kind, posted in rows:
                week = (posted - timedelta(days=posted.weekday())).replace(
                    hour=0, minute=0, second=0, microsecond=0
                )
                counts[(week, kind)] = counts.get((week, kind), 0) + 1
        return sorted((week, kind, n) for (week, kind), n in counts.items())

    def top_indicators(self, limit: int) -> list[tuple[str, int]]:
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(indicator_hits.c.indicator, func.count().label("n"))
                .group_by(indicator_hits.c.indicator)
                .order_by(func.count().desc(), indicator_hits.c.indicator)
                .limit(limit)
            ).all()
        return [(row.indicator, row.n) for row in rows]

    def new_clusters(self, min_score: float, limit: int) -> list[ClusterRow]:
        """The most recently changed networks scoring at least `min_score`."""
        query = (
            self._cluster_query()
            .where(clusters.c.score >= min_score)
            .order_by(clusters.c.updated_at.desc(), clusters.c.score.desc())
            .limit(limit)
        )
        with self.engine.connect() as connection:
            return [ClusterRow.from_row(row) for row in connection.execute(query)]

    # -- triage -----------------------------------------------------------------------

    def _status_of(self, target_type: str, target_id: Any) -> Any:
        """The target's current status: that of its newest annotation that set one."""
        return (
            select(annotations.c.status)
            .where(
                annotations.c.target_type == target_type,
                annotations.c.target_id == target_id,
                annotations.c.status.is_not(None),
            )
            .order_by(annotations.c.id.desc())
            .limit(1)
            .scalar_subquery()
        )

    def _cluster_query(self) -> Any:
        status = func.coalesce(self._status_of("cluster", clusters.c.id), literal("new"))
        return select(
            clusters.c.id,
            clusters.c.score,
            clusters.c.size,
            clusters.c.reasons,
            clusters.c.description,
            clusters.c.first_posted,
            clusters.c.last_posted,
            clusters.c.updated_at,
            status.label("status"),
        )

    def triage(
        self, filters: TriageFilters, limit: int, offset: int
    ) -> tuple[list[ClusterRow], int]:
        """Networks for review in the order of their stored score (strongest lead first,
        then larger), with the number that match.

        Kind and city read the clusters' facets (a city matches the start of a town's
        name, any case); dates keep the networks active in the period (first posting
        before its end, last posting after its start); status reads the few annotated
        clusters. So no filter walks every cluster's members, even at a million records.
        """
        conditions: list[Any] = []
        if filters.min_score is not None:
            conditions.append(clusters.c.score >= filters.min_score)
        if filters.kind:
            conditions.append(clusters.c.id.in_(self._with_facet("kind", filters.kind)))
        if filters.city:
            # Towns are stored as extraction names them: "Wien" finds "vienna" too.
            named = town_of_location(filters.city)
            towns = {town_key(filters.city), *([town_key(named)] if named else [])}
            conditions.append(
                or_(*(clusters.c.id.in_(self._with_facet("town", t, prefix=True)) for t in towns))
            )
        if filters.since:
            conditions.append(clusters.c.last_posted >= filters.since)
        if filters.until:
            conditions.append(clusters.c.first_posted < filters.until)
        if filters.status == "new":
            conditions.append(clusters.c.id.not_in(self._clusters_reviewed(exclude="new")))
        elif filters.status:
            conditions.append(clusters.c.id.in_(self._clusters_reviewed(only=filters.status)))
        query = (
            self._cluster_query()
            .where(*conditions)
            .order_by(clusters.c.score.desc().nulls_last(), clusters.c.size.desc(), clusters.c.id)
            .limit(limit)
            .offset(offset)
        )
        with self.engine.connect() as connection:
            found = [ClusterRow.from_row(row) for row in connection.execute(query)]
            total = connection.scalar(select(func.count()).select_from(clusters).where(*conditions))
        return found, total or 0

    @staticmethod
    def _with_facet(facet: str, value: str, prefix: bool = False) -> Any:
        """Clusters with this facet value; `prefix` takes every value starting with it (a
        range, so both databases read the index)."""
        matches = (
            cluster_facets.c.value.between(value, value + "\uffff")
            if prefix
            else cluster_facets.c.value == value
        )
        return select(cluster_facets.c.cluster_id).where(cluster_facets.c.facet == facet, matches)

    @staticmethod
    def _clusters_reviewed(only: str | None = None, exclude: str | None = None) -> Any:
        """Clusters whose current status (that of the newest annotation setting one) is
        `only`, or is anything but `exclude`."""
        newest = (
            select(func.max(annotations.c.id))
            .where(annotations.c.target_type == "cluster", annotations.c.status.is_not(None))
            .group_by(annotations.c.target_id)
        )
        query = select(annotations.c.target_id).where(annotations.c.id.in_(newest))
        if only is not None:
            query = query.where(annotations.c.status == only)
        if exclude is not None:
            query = query.where(annotations.c.status != exclude)
        return query

    # -- one network --------------------------------------------------------------------

    def cluster(self, cluster_id: int) -> ClusterRow | None:
        with self.engine.connect() as connection:
            row = connection.execute(
                self._cluster_query().where(clusters.c.id == cluster_id)
            ).one_or_none()
        return ClusterRow.from_row(row) if row else None

    def cluster_records(self, cluster_id: int, limit: int) -> list[RecordRow]:
        """Members, strongest lead first."""
        query = (
            _records_query()
            .join(cluster_members, cluster_members.c.record_id == records.c.id)
            .where(cluster_members.c.cluster_id == cluster_id)
            .order_by(record_scores.c.score.desc().nulls_last(), records.c.id)
            .limit(limit)
        )
        with self.engine.connect() as connection:
            return _record_rows(connection.execute(query))

    def cluster_postings(self, cluster_id: int) -> list[tuple[datetime, str]]:
        """(posting time, kind) of every dated member, for the timeline."""
        with self.engine.connect() as connection:
            return [
                tuple(row)
                for row in connection.execute(
                    select(records.c.posted_at, records.c.kind)
                    .join(cluster_members, cluster_members.c.record_id == records.c.id)
                    .where(
                        cluster_members.c.cluster_id == cluster_id, records.c.posted_at.is_not(None)
                    )
                )
            ]

    def clusters_of_record(self, record_id: int) -> list[int]:
        with self.engine.connect() as connection:
            return list(
                connection.scalars(
                    select(cluster_members.c.cluster_id)
                    .where(cluster_members.c.record_id == record_id)
                    .order_by(cluster_members.c.cluster_id)
                )
            )

    def contacts_of(self, record_ids: Sequence[int]) -> list[Contact]:
        """The contacts (phones, e-mails, handles, links, wallets) the records mention."""
        if not record_ids:
            return []
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(mentions.c.record_id, entities.c.type, entities.c.value)
                .distinct()
                .select_from(mentions.join(entities, entities.c.id == mentions.c.entity_id))
                # `type || ''`: start from the records' mentions, not from every contact
                # of the store through the (type, value) index.
                .where(
                    mentions.c.record_id.in_(record_ids),
                    entities.c.type.concat("").in_(CONTACT_TYPES),
                )
                .order_by(mentions.c.record_id, entities.c.type, entities.c.value)
            )
            return [Contact(*row) for row in rows]

    # -- search -------------------------------------------------------------------------

    def records_with_entities(
        self, keys: Iterable[tuple[str, str]], limit: int, after_id: int = 0
    ) -> list[RecordRow]:
        """Records mentioning any of the (type, normalised value) entities, newest first."""
        keys = list(keys)
        if not keys:
            return []
        wanted = _entity_condition(keys)
        matching = (
            select(mentions.c.record_id)
            .join(entities, entities.c.id == mentions.c.entity_id)
            .where(wanted, mentions.c.record_id > after_id)
        )
        query = (
            _records_query()
            .where(records.c.id.in_(matching))
            .order_by(records.c.id.desc())
            .limit(limit)
        )
        with self.engine.connect() as connection:
            return _record_rows(connection.execute(query))

    def known_entities(self, keys: Iterable[tuple[str, str]]) -> list[tuple[str, str, int]]:
        """Which of the entities the store holds, with how many records mention each."""
        keys = list(keys)
        if not keys:
            return []
        wanted = _entity_condition(keys)
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(
                    entities.c.type, entities.c.value, func.count(mentions.c.record_id.distinct())
                )
                .select_from(entities.join(mentions, mentions.c.entity_id == entities.c.id))
                .where(wanted)
                .group_by(entities.c.type, entities.c.value)
                .order_by(entities.c.type, entities.c.value)
            )
            return [tuple(row) for row in rows]

    def handles_named(self, name: str, limit: int = 20) -> list[tuple[str, str]]:
        """Handles of any platform with this name ("anna" finds "telegram:anna")."""
        platform_free = func.substr(entities.c.value, func.instr(entities.c.value, ":") + 1)
        if self.engine.dialect.name != "sqlite":
            platform_free = func.split_part(entities.c.value, ":", 2)
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(entities.c.type, entities.c.value)
                .where(entities.c.type == "handle", func.lower(platform_free) == name.lower())
                .order_by(entities.c.value)
                .limit(limit)
            )
            return [tuple(row) for row in rows]

    def full_text(self, words: str, limit: int, offset: int = 0) -> list[RecordRow]:
        """Records whose title or body holds every word, best match first (SQLite: FTS5's
        bm25, a title word counting double; PostgreSQL: ts_rank over the GIN-indexed
        tsvector), then newest. Words are matched whole, as typed (no query syntax)."""
        if not words.split():
            return []
        with self.engine.connect() as connection:
            return _record_rows(connection.execute(self.full_text_query(words, limit, offset)))

    def full_text_query(self, words: str, limit: int, offset: int) -> Any:
        """The ranked, paged query of `full_text` (at least one word).

        The page is cut inside the full-text query, before the join with the records: a
        frequent word matches hundreds of thousands of records, and ranking them is cheap
        in the index while joining each one to its record is not."""
        terms = words.split()
        if self.engine.dialect.name == "sqlite":
            # Each word as an FTS5 string ("" doubles a quote): every word must be there.
            phrase = " ".join('"' + term.replace('"', '""') + '"' for term in terms)
            rank = literal_column(f"bm25({FULL_TEXT_TABLE}, 2.0, 1.0)")  # lower is better
            record_id = column("rowid")
            matching = (
                select(record_id.label("id"), rank.label("rank"))
                .select_from(table(FULL_TEXT_TABLE))
                .where(text(f"{FULL_TEXT_TABLE} MATCH :phrase").bindparams(phrase=phrase))
                .order_by(rank, record_id.desc())
            )
            lower_is_better = True
        else:
            document = func.to_tsvector(
                literal_column("'simple'"),
                func.coalesce(records.c.title, literal_column("''"))
                .concat(literal_column("' '"))
                .concat(records.c.body),
            )  # the expression of the GIN index (migration 0006), literally
            query = func.plainto_tsquery(literal_column("'simple'"), " ".join(terms))
            rank = func.ts_rank(document, query)
            matching = (
                select(records.c.id, rank.label("rank"))
                .where(document.bool_op("@@")(query))
                .order_by(rank.desc(), records.c.id.desc())
            )
            lower_is_better = False
        page = matching.limit(offset + limit).subquery()
        best = page.c.rank.asc() if lower_is_better else page.c.rank.desc()
        return (
            _records_query()
            .join(page, page.c.id == records.c.id)
            .order_by(best, records.c.id.desc())
            .limit(limit)
            .offset(offset)
        )

    def record_rows(self, record_ids: Sequence[int]) -> list[RecordRow]:
        with self.engine.connect() as connection:
            return _record_rows(
                connection.execute(
                    _records_query().where(records.c.id.in_(record_ids)).order_by(records.c.id)
                )
            )

    def newest_record_id(self) -> int:
        return self.store.newest_record_id()

    # -- watchlists ---------------------------------------------------------------------

    def watchlists_of(self, user_id: int) -> list[Watchlist]:
        with self.engine.connect() as connection:
            lists = {
                row.id: Watchlist(row.id, row.name, row.last_seen_record_id, [])
                for row in connection.execute(
                    select(watchlists)
                    .where(watchlists.c.user_id == user_id)
                    .order_by(watchlists.c.id)
                )
            }
            if lists:
                entries = connection.execute(
                    select(watchlist_entries)
                    .where(watchlist_entries.c.watchlist_id.in_(lists))
                    .order_by(watchlist_entries.c.id)
                )
                for row in entries:
                    lists[row.watchlist_id].entries.append(
                        WatchEntry(row.id, row.type, row.value, row.typed)
                    )
        return list(lists.values())

    def watchlist(self, user_id: int, watchlist_id: int) -> Watchlist | None:
        """One of the user's own watchlists (another's is None: lists are personal)."""
        return next((w for w in self.watchlists_of(user_id) if w.id == watchlist_id), None)

    def add_watchlist(self, user_id: int, name: str) -> int:
        with self.engine.begin() as connection:
            return connection.execute(
                insert(watchlists)
                .values(
                    user_id=user_id,
                    name=name,
                    last_seen_record_id=self._newest(connection),
                    created_at=utcnow(),
                )
                .returning(watchlists.c.id)
            ).scalar_one()

    @staticmethod
    def _newest(connection: Any) -> int:
        return connection.scalar(select(func.max(records.c.id))) or 0

    def add_watch_entries(
        self, watchlist_id: int, entries: Iterable[tuple[str, str]], typed: str
    ) -> int:
        """Add (type, value) entries; ones already on the list are kept once. Returns added."""
        added = 0
        with self.engine.begin() as connection:
            present = set(
                connection.execute(
                    select(watchlist_entries.c.type, watchlist_entries.c.value).where(
                        watchlist_entries.c.watchlist_id == watchlist_id
                    )
                ).all()
            )
            for entry_type, value in dict.fromkeys(entries):
                if (entry_type, value) in present:
                    continue
                connection.execute(
                    insert(watchlist_entries).values(
                        watchlist_id=watchlist_id,
                        type=entry_type,
                        value=value,
                        typed=typed,
                        added_at=utcnow(),
                    )
                )
                added += 1
        return added

    def remove_watch_entry(self, watchlist_id: int, entry_id: int) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                delete(watchlist_entries).where(
                    watchlist_entries.c.id == entry_id,
                    watchlist_entries.c.watchlist_id == watchlist_id,
                )
            )

    def mark_watchlist_seen(self, watchlist_id: int, up_to_record_id: int) -> None:
        with self.engine.begin() as connection:
            connection.execute(
                update(watchlists)
                .where(watchlists.c.id == watchlist_id)
                .values(last_seen_record_id=up_to_record_id)
            )

    # -- annotations --------------------------------------------------------------------

    def annotate(
        self,
        target_type: str,
        target_id: int,
        user_id: int,
        status: str | None,
        note: str | None,
        assignee_id: int | None,
    ) -> int:
        """Append an annotation: history is kept, the newest status is the current one."""
        with self.engine.begin() as connection:
            return connection.execute(
                insert(annotations)
                .values(
                    target_type=target_type,
                    target_id=target_id,
                    user_id=user_id,
                    status=status,
                    note=note,
                    assignee_id=assignee_id,
                    created_at=utcnow(),
                )
                .returning(annotations.c.id)
            ).scalar_one()

    def annotations_of(self, target_type: str, target_id: int) -> list[Annotation]:
        author = users.alias("author")
        assignee = users.alias("assignee")
        with self.engine.connect() as connection:
            rows = connection.execute(
                select(
                    annotations.c.id,
                    annotations.c.created_at,
                    author.c.name,
                    annotations.c.status,
                    annotations.c.note,
                    assignee.c.name,
                )
                .select_from(
                    annotations.outerjoin(author, author.c.id == annotations.c.user_id).outerjoin(
                        assignee, assignee.c.id == annotations.c.assignee_id
                    )
                )
                .where(
                    annotations.c.target_type == target_type,
                    annotations.c.target_id == target_id,
                )
                .order_by(annotations.c.id.desc())
            )
            return [Annotation(*row) for row in rows]

    def current_status(self, target_type: str, target_id: int) -> str:
        with self.engine.connect() as connection:
            found = connection.scalar(select(self._status_of(target_type, target_id)))
        return found or "new"
