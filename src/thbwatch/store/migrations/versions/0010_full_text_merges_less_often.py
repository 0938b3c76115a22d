"""full-text search on SQLite: FTS5 merges its index segments 16 at a time, not 4

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-29

Each ingest batch adds a segment to the FTS5 index, and FTS5 merged them whenever four
had piled up at one level ('automerge' 4): merging rewrote each record's terms again and
again. With 16 (FTS5's maximum), indexing 200,000 demo records a batch of 2,000 at a time
took 1.9-2.2 s instead of 2.9-3.5 s, and ingesting the 560,000 classifieds of the
million-record benchmark about 1 s less; a query over the index took as long (1.8 ms).
The index holds the same terms: only how they are laid out in segments changes.
"""

from alembic import op

revision = "0010"
down_revision = "0009"
branch_labels = None
depends_on = None


def _automerge(segments: int) -> None:
    if op.get_bind().dialect.name == "sqlite":
        op.execute(f"INSERT INTO records_fts(records_fts, rank) VALUES ('automerge', {segments})")


def upgrade() -> None:
    _automerge(16)


def downgrade() -> None:
    _automerge(4)  # FTS5's default
