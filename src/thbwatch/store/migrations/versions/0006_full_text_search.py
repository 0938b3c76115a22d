"""full-text search over records' title and body

Revision ID: 0006
Revises: 0005
Create Date: 2026-11-28

SQLite: an FTS5 table over records (external content: it keeps the index only, the text
stays in `records`), kept in step by triggers and filled here with what is already stored.
PostgreSQL: a GIN index on the records' tsvector (config 'simple': ads come in many
languages, so no stemming or stop words of one language), built from the stored rows.
Neither is a SQLAlchemy table (schema.py names them in its web section; store/web.py
queries them).

A later migration that rebuilds `records` in SQLite's batch mode (copy, drop, rename)
drops these triggers with the old table: it must create them again.
"""

from alembic import op

revision = "0006"
down_revision = "0005"
branch_labels = None
depends_on = None

# The same expression as store/web.py's query: PostgreSQL uses the index only for it.
PG_DOCUMENT = "to_tsvector('simple', coalesce(title, '') || ' ' || body)"

SQLITE_UP = (
    # remove_diacritics: "nouvelle a Lyon" finds "nouvelle à Lyon"
    "CREATE VIRTUAL TABLE records_fts USING fts5(title, body, content='records', "
    "content_rowid='id', tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER records_fts_insert AFTER INSERT ON records BEGIN "
    "INSERT INTO records_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END",
    "CREATE TRIGGER records_fts_delete AFTER DELETE ON records BEGIN "
    "INSERT INTO records_fts(records_fts, rowid, title, body) "
    "VALUES ('delete', old.id, old.title, old.body); END",
    "CREATE TRIGGER records_fts_update AFTER UPDATE OF title, body ON records BEGIN "
    "INSERT INTO records_fts(records_fts, rowid, title, body) "
    "VALUES ('delete', old.id, old.title, old.body); "
    "INSERT INTO records_fts(rowid, title, body) VALUES (new.id, new.title, new.body); END",
    "INSERT INTO records_fts(records_fts) VALUES ('rebuild')",  # the records already stored
)
SQLITE_DOWN = (
    "DROP TRIGGER records_fts_update",
    "DROP TRIGGER records_fts_delete",
    "DROP TRIGGER records_fts_insert",
    "DROP TABLE records_fts",
)


def upgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_UP:
            op.execute(statement)
        return
    op.execute(f"CREATE INDEX ix_records_full_text ON records USING gin (({PG_DOCUMENT}))")


def downgrade() -> None:
    if op.get_bind().dialect.name == "sqlite":
        for statement in SQLITE_DOWN:
            op.execute(statement)
        return
    op.execute("DROP INDEX ix_records_full_text")
