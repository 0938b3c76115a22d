"""triage facets: the kinds and towns of each cluster, indexed

Revision ID: 0007
Revises: 0006
Create Date: 2026-11-28

The triage queue filtered on kind and city through each cluster's members, which at a
million records meant reading every cluster's members to count the matches. The facets
are filled here from the stored descriptions and kept by the linking stage from now on.
"""

import json

import sqlalchemy as sa
from alembic import op

revision = "0007"
down_revision = "0006"
branch_labels = None
depends_on = None


def upgrade() -> None:
    facets = op.create_table(
        "cluster_facets",
        sa.Column("cluster_id", sa.Integer(), nullable=False),
        sa.Column("facet", sa.String(length=10), nullable=False),
        sa.Column("value", sa.String(length=200), nullable=False),
        sa.ForeignKeyConstraint(
            ["cluster_id"],
            ["clusters.id"],
            name=op.f("fk_cluster_facets_cluster_id_clusters"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("cluster_id", "facet", "value", name=op.f("pk_cluster_facets")),
    )
    with op.batch_alter_table("cluster_facets", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_cluster_facets_facet_value"), ["facet", "value"], unique=False
        )
    # The one rule for facets, shared with the linking stage that keeps them from now on.
    from thbwatch.store.networks import facets_of

    connection = op.get_bind()
    page = sa.text("SELECT id, description FROM clusters WHERE id > :after ORDER BY id LIMIT 5000")
    after = -1
    while rows := connection.execute(page, {"after": after}).all():
        batch = []
        for cluster_id, description in rows:
            if isinstance(description, str):
                description = json.loads(description)
            batch += [
                {"cluster_id": cluster_id, "facet": facet, "value": value}
                for facet, value in facets_of(description or {})
            ]
        if batch:
            op.bulk_insert(facets, batch)
        after = rows[-1][0]


def downgrade() -> None:
    with op.batch_alter_table("cluster_facets", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_cluster_facets_facet_value"))
    op.drop_table("cluster_facets")
