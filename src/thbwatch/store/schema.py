"""The store's tables (SQLAlchemy Core). Alembic migrations in `migrations/` create them.

Times are stored as naive UTC. Text the analyst sees (title, body) is kept beside the raw
payload, which is never changed after capture: its SHA-256 is taken at ingest.
"""

from __future__ import annotations

from sqlalchemy import (
    JSON,
    Boolean,
    Column,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    String,
    Table,
    Text,
    UniqueConstraint,
)

metadata = MetaData(
    naming_convention={
        "ix": "ix_%(table_name)s_%(column_0_N_name)s",
        "uq": "uq_%(table_name)s_%(column_0_N_name)s",
        "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
        "pk": "pk_%(table_name)s",
    }
)

sources = Table(
    "sources",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(200), nullable=False, unique=True),
    Column("created_at", DateTime, nullable=False),
)

ingest_runs = Table(
    "ingest_runs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", ForeignKey("sources.id"), nullable=False),
    Column("path", Text, nullable=False),
    Column("file_sha256", String(64), nullable=False),
    Column("format", String(20), nullable=False),
    Column("started_at", DateTime, nullable=False),
    Column("finished_at", DateTime),
    Column("status", String(20), nullable=False),  # running | complete | failed | interrupted
    Column("rows_read", Integer, nullable=False, default=0),
    Column("added", Integer, nullable=False, default=0),
    Column("duplicates", Integer, nullable=False, default=0),
    Column("rejected", Integer, nullable=False, default=0),
)

records = Table(
    "records",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("source_id", ForeignKey("sources.id"), nullable=False),
    # Identity within a source: "ref:<input id>" or "sha256:<raw hash>" (see model.Record.key).
    Column("key", String(300), nullable=False),
    Column("ref", String(255)),
    Column("kind", String(20), nullable=False),
    Column("title", Text),
    Column("body", Text, nullable=False),
    Column("location", Text),
    Column("posted_at", DateTime),
    Column("captured_at", DateTime),
    Column("ingested_at", DateTime, nullable=False),
    Column("url", Text),
    Column("language", String(20)),
    Column("images", JSON, nullable=False),
    Column("raw", LargeBinary, nullable=False),
    Column("raw_format", String(10), nullable=False),
    Column("raw_sha256", String(64), nullable=False),
    Column("origin_path", Text, nullable=False),
    Column("origin_sha256", String(64), nullable=False),
    Column("origin_line", Integer),
    Column("origin_offset", Integer),
    Column("origin_item", Integer),
    Column("ingest_run_id", ForeignKey("ingest_runs.id"), nullable=False),
    UniqueConstraint("source_id", "key"),
    Index(None, "kind", "posted_at"),
)

entities = Table(
    "entities",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("type", String(20), nullable=False),  # phone, email, handle, url, wallet, ...
    Column("value", String(500), nullable=False),  # normalised: E.164, lower-case, platform:handle
    UniqueConstraint("type", "value"),
)

mentions = Table(
    "mentions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("record_id", ForeignKey("records.id", ondelete="CASCADE"), nullable=False),
    Column("entity_id", ForeignKey("entities.id"), nullable=False),
    Column("start", Integer, nullable=False),
    Column("end", Integer, nullable=False),
    Column("raw", Text, nullable=False),
    Column("obfuscated", Boolean, nullable=False, default=False),
    Column("confidence", Float, nullable=False, default=1.0),
    Column("details", JSON),  # amounts, currencies, periods, countries (model.Mention)
    Index(None, "record_id"),
    Index(None, "entity_id"),
)

# How far each analysis stage has got: records are append-only with growing ids, so a
# stage that has seen every record up to `last_record_id` only needs the newer ones.
analysis_marks = Table(
    "analysis_marks",
    metadata,
    Column("stage", String(50), primary_key=True),
    Column("last_record_id", Integer, nullable=False),
    Column("updated_at", DateTime, nullable=False),
)

indicator_hits = Table(
    "indicator_hits",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("record_id", ForeignKey("records.id", ondelete="CASCADE"), nullable=False),
    Column("indicator", String(100), nullable=False),
    Column("weight", Float, nullable=False),
    Column("spans", JSON, nullable=False),  # [[start, end], ...] into Record.text
    Index(None, "record_id"),
    Index(None, "indicator"),
)

record_scores = Table(
    "record_scores",
    metadata,
    Column("record_id", ForeignKey("records.id", ondelete="CASCADE"), primary_key=True),
    Column("score", Float, nullable=False),
    Column("reasons", JSON, nullable=False),
    Column("scored_at", DateTime, nullable=False),
    Index(None, "score"),
)

clusters = Table(
    "clusters",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("score", Float),
    Column("size", Integer, nullable=False, default=0),
    Column("reasons", JSON, nullable=False),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Index(None, "score"),
)

cluster_members = Table(
    "cluster_members",
    metadata,
    Column("cluster_id", ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
    Column("record_id", ForeignKey("records.id", ondelete="CASCADE"), primary_key=True),
    Index(None, "record_id"),
)

users = Table(
    "users",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("role", String(20), nullable=False),  # analyst | supervisor | admin
    Column("password_hash", Text, nullable=False),
    Column("active", Boolean, nullable=False, default=True),
    Column("created_at", DateTime, nullable=False),
)

annotations = Table(
    "annotations",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("target_type", String(20), nullable=False),  # record | cluster
    Column("target_id", Integer, nullable=False),
    Column("user_id", ForeignKey("users.id")),
    Column("status", String(20)),  # new | in_review | escalated | dismissed
    Column("note", Text),
    Column("assignee_id", ForeignKey("users.id")),
    Column("created_at", DateTime, nullable=False),
    Index(None, "target_type", "target_id"),
)

# Append-only (LED Art. 25): the migration adds triggers that refuse UPDATE and DELETE.
audit_log = Table(
    "audit_log",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("at", DateTime, nullable=False),
    Column("actor", String(100), nullable=False),  # user name, or "cli:<os user>"
    Column("action", String(50), nullable=False),  # ingest, view, search, export, login, ...
    Column("target", Text),
    Column("purpose", Text),
    Column("details", JSON, nullable=False),
    Index(None, "at"),
)

# --- Assessment (questionnaire rounds): tables of migration 0003 ---

# --- Networks (links, clusters): tables of migration 0004 ---

# --- Web application (sessions, watchlists): tables of migration 0005 ---
