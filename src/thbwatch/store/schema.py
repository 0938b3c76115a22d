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
    # With the record: linking reads the records of every contact from the index alone.
    Index(None, "entity_id", "record_id"),
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


def _index_on(table: Table, column: str) -> Index:
    return next(index for index in table.indexes if index.columns.keys()[0] == column)


# Dropped while a large analysis writes its rows, built once after (Store.drop_bulk_indexes):
# each row goes into these at a random place. The indexes by record stay: the analysis
# replaces a batch's old rows by record.
BULK_INDEXES = (
    _index_on(mentions, "entity_id"),
    _index_on(indicator_hits, "indicator"),
    _index_on(record_scores, "score"),
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
    # Added by migration 0004 (networks): what an analyst reads, see link/describe.py.
    Column("description", JSON),
    Column("first_posted", DateTime),
    Column("last_posted", DateTime),
    Index(None, "score"),
)

cluster_members = Table(
    "cluster_members",
    metadata,
    Column("cluster_id", ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
    Column("record_id", ForeignKey("records.id", ondelete="CASCADE"), primary_key=True),
    Index(None, "record_id"),
)

# What the triage queue filters on, one row per (cluster, kind) and (cluster, town): kept
# beside the description so a filter reads an index instead of every cluster's members.
# Migration 0007 (triage facets); written with the clusters by store/networks.py.
cluster_facets = Table(
    "cluster_facets",
    metadata,
    Column("cluster_id", ForeignKey("clusters.id", ondelete="CASCADE"), primary_key=True),
    Column("facet", String(10), primary_key=True),  # kind | town
    Column("value", String(200), primary_key=True),  # town: lower case, without the country
    Index(None, "facet", "value"),
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

# An XLSForm as it was used: the workbook itself is kept, so a round can always be re-read
# with the exact questions it asked. One content per (form_id, version).
assess_questionnaires = Table(
    "assess_questionnaires",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("form_id", String(100), nullable=False),
    Column("version", String(50), nullable=False),
    Column("title", Text, nullable=False),
    Column("filename", Text, nullable=False),
    Column("content", LargeBinary, nullable=False),
    Column("sha256", String(64), nullable=False),
    Column("created_at", DateTime, nullable=False),
    UniqueConstraint("form_id", "version"),
)

assess_rounds = Table(
    "assess_rounds",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False, unique=True),
    Column("questionnaire_id", ForeignKey("assess_questionnaires.id"), nullable=False),
    # The months of monitoring data the round is read beside (inclusive); null: all.
    Column("period_start", DateTime),
    Column("period_end", DateTime),
    Column("created_at", DateTime, nullable=False),
)

# Who answers: a token link (only its SHA-256 is kept) or a row of an imported export.
assess_respondents = Table(
    "assess_respondents",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("round_id", ForeignKey("assess_rounds.id", ondelete="CASCADE"), nullable=False),
    Column("respondent_type", String(30), nullable=False),
    Column("country", String(20), nullable=False),
    Column("label", Text),  # the organisation, as staff named it
    Column("token_sha256", String(64), unique=True),
    Column("created_at", DateTime, nullable=False),
    Index(None, "round_id"),
)

assess_submissions = Table(
    "assess_submissions",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("round_id", ForeignKey("assess_rounds.id", ondelete="CASCADE"), nullable=False),
    Column(
        "respondent_id",
        ForeignKey("assess_respondents.id", ondelete="CASCADE"),
        nullable=False,
        unique=True,
    ),
    Column("status", String(20), nullable=False),  # draft | submitted
    Column("answers", JSON, nullable=False),  # question name -> answer (answers.check_submission)
    # The export's own id of an imported row (Kobo _uuid, ODK instanceID): nothing twice.
    Column("external_id", String(200)),
    Column("created_at", DateTime, nullable=False),
    Column("updated_at", DateTime, nullable=False),
    Column("submitted_at", DateTime),
    UniqueConstraint("round_id", "external_id"),
)

# Themes of open answers as staff coded them; answers without a row here are coded by the
# keyword taxonomy (assess/themes.yaml) when the round is analysed.
assess_codes = Table(
    "assess_codes",
    metadata,
    Column("id", Integer, primary_key=True),
    Column(
        "submission_id", ForeignKey("assess_submissions.id", ondelete="CASCADE"), nullable=False
    ),
    Column("question", String(100), nullable=False),
    Column("theme", String(100), nullable=False),
    Column("coder", String(100), nullable=False),
    Column("coded_at", DateTime, nullable=False),
    UniqueConstraint("submission_id", "question", "theme"),
)

# --- Networks (links, clusters): tables of migration 0004 ---

# Why two records are linked (model.Link): one row per record pair, kind and evidence.
# Records sharing one piece of evidence are stored as a star around the earliest record
# (the anchor), so the table grows with the records, not with their pairs.
links = Table(
    "links",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("record_a", ForeignKey("records.id", ondelete="CASCADE"), nullable=False),
    Column("record_b", ForeignKey("records.id", ondelete="CASCADE"), nullable=False),
    Column("kind", String(20), nullable=False),  # phone email handle wallet url text image
    Column("evidence", Text, nullable=False),  # the shared value, or "jaccard 0.83"
    Column("weight", Float, nullable=False),
    Index(None, "record_a"),
    Index(None, "record_b"),
)

# Each linked record's text sketch (MinHash signature, uint32 little-endian) and its
# other evidence keys, so that a later run compares new records with old ones without
# re-reading them.
record_sketches = Table(
    "record_sketches",
    metadata,
    Column("record_id", ForeignKey("records.id", ondelete="CASCADE"), primary_key=True),
    Column("minhash", LargeBinary),  # NULL: no words to compare
    # ["phash:<hex>" | "ref:<image name>" | "masked:<kind>:<token>", ...] (link/images.py,
    # link/text.py masked_tokens)
    Column("evidence", JSON, nullable=False),
)

# Evidence shared by so many records that it would glue unrelated ones together (a
# site's own number, a big agency): found at each run, reported, and stopped or
# down-weighted (link/evidence.py).
link_hubs = Table(
    "link_hubs",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("kind", String(20), nullable=False),
    Column("value", Text, nullable=False),
    Column("records", Integer, nullable=False),
    Column("policy", String(20), nullable=False),  # stop | downweight
    Column("found_at", DateTime, nullable=False),
)

# --- Web application (sessions, watchlists): tables of migration 0005 ---

# An analyst's lists of phones, handles and e-mails to follow. Records only grow, with
# growing ids, so "new since last seen" is every matching record above `last_seen_record_id`.
watchlists = Table(
    "watchlists",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("user_id", ForeignKey("users.id"), nullable=False),
    Column("name", String(200), nullable=False),
    Column("last_seen_record_id", Integer, nullable=False, default=0),
    Column("created_at", DateTime, nullable=False),
    Index(None, "user_id"),
)

watchlist_entries = Table(
    "watchlist_entries",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("watchlist_id", ForeignKey("watchlists.id", ondelete="CASCADE"), nullable=False),
    Column("type", String(20), nullable=False),  # phone | email | handle
    Column("value", String(500), nullable=False),  # normalised, as in `entities`
    Column("typed", Text, nullable=False),  # as the analyst typed it
    Column("added_at", DateTime, nullable=False),
    UniqueConstraint("watchlist_id", "type", "value"),
)

# Sign-in attempts, for throttling per user name and address across server processes.
login_attempts = Table(
    "login_attempts",
    metadata,
    Column("id", Integer, primary_key=True),
    Column("name", String(100), nullable=False),
    Column("ip", String(64), nullable=False),
    Column("at", DateTime, nullable=False),
    Column("success", Boolean, nullable=False),
    Index(None, "name", "ip", "at"),
)

# Full-text search over records' title and body (migration 0006), not SQLAlchemy tables:
# on SQLite an FTS5 table (this name, and its shadow tables records_fts_*), filled by the
# store as it adds records and kept in step by triggers on updates and deletes (0008); on
# PostgreSQL a GIN index of this name on the records' 'simple' tsvector.
FULL_TEXT_TABLE = "records_fts"
FULL_TEXT_INDEX = "ix_records_full_text"
