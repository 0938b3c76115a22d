"""network links and cluster descriptions

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.add_column(sa.Column("description", sa.JSON(), nullable=True))
        batch_op.add_column(sa.Column("first_posted", sa.DateTime(), nullable=True))
        batch_op.add_column(sa.Column("last_posted", sa.DateTime(), nullable=True))
    op.create_table(
        "links",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("record_a", sa.Integer(), nullable=False),
        sa.Column("record_b", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("evidence", sa.Text(), nullable=False),
        sa.Column("weight", sa.Float(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_a"], ["records.id"], name=op.f("fk_links_record_a_records"), ondelete="CASCADE"
        ),
        sa.ForeignKeyConstraint(
            ["record_b"], ["records.id"], name=op.f("fk_links_record_b_records"), ondelete="CASCADE"
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_links")),
    )
    op.create_index(op.f("ix_links_record_a"), "links", ["record_a"], unique=False)
    op.create_index(op.f("ix_links_record_b"), "links", ["record_b"], unique=False)
    op.create_table(
        "record_sketches",
        sa.Column("record_id", sa.Integer(), nullable=False),
        sa.Column("minhash", sa.LargeBinary(), nullable=True),
        sa.Column("evidence", sa.JSON(), nullable=False),
        sa.ForeignKeyConstraint(
            ["record_id"],
            ["records.id"],
            name=op.f("fk_record_sketches_record_id_records"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("record_id", name=op.f("pk_record_sketches")),
    )
    op.create_table(
        "link_hubs",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("kind", sa.String(length=20), nullable=False),
        sa.Column("value", sa.Text(), nullable=False),
        sa.Column("records", sa.Integer(), nullable=False),
        sa.Column("policy", sa.String(length=20), nullable=False),
        sa.Column("found_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_link_hubs")),
    )


def downgrade() -> None:
    op.drop_table("link_hubs")
    op.drop_table("record_sketches")
    op.drop_index(op.f("ix_links_record_b"), table_name="links")
    op.drop_index(op.f("ix_links_record_a"), table_name="links")
    op.drop_table("links")
    with op.batch_alter_table("clusters", schema=None) as batch_op:
        batch_op.drop_column("last_posted")
        batch_op.drop_column("first_posted")
        batch_op.drop_column("description")
