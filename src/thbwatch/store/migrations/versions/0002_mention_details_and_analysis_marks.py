"""mention details and analysis marks

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 18:11:34.505590
"""

import sqlalchemy as sa
from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "analysis_marks",
        sa.Column("stage", sa.String(length=50), nullable=False),
        sa.Column("last_record_id", sa.Integer(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("stage", name=op.f("pk_analysis_marks")),
    )
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("details", sa.JSON(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("mentions", schema=None) as batch_op:
        batch_op.drop_column("details")

    op.drop_table("analysis_marks")
