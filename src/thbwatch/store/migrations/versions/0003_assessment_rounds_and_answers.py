"""assessment rounds and answers

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-28
"""

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table(
        "assess_questionnaires",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("form_id", sa.String(length=100), nullable=False),
        sa.Column("version", sa.String(length=50), nullable=False),
        sa.Column("title", sa.Text(), nullable=False),
        sa.Column("filename", sa.Text(), nullable=False),
        sa.Column("content", sa.LargeBinary(), nullable=False),
        sa.Column("sha256", sa.String(length=64), nullable=False),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assess_questionnaires")),
        sa.UniqueConstraint(
            "form_id", "version", name=op.f("uq_assess_questionnaires_form_id_version")
        ),
    )
    op.create_table(
        "assess_rounds",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("name", sa.String(length=100), nullable=False),
        sa.Column("questionnaire_id", sa.Integer(), nullable=False),
        sa.Column("period_start", sa.DateTime(), nullable=True),
        sa.Column("period_end", sa.DateTime(), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["questionnaire_id"],
            ["assess_questionnaires.id"],
            name=op.f("fk_assess_rounds_questionnaire_id_assess_questionnaires"),
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assess_rounds")),
        sa.UniqueConstraint("name", name=op.f("uq_assess_rounds_name")),
    )
    op.create_table(
        "assess_respondents",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("respondent_type", sa.String(length=30), nullable=False),
        sa.Column("country", sa.String(length=20), nullable=False),
        sa.Column("label", sa.Text(), nullable=True),
        sa.Column("token_sha256", sa.String(length=64), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["assess_rounds.id"],
            name=op.f("fk_assess_respondents_round_id_assess_rounds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assess_respondents")),
        sa.UniqueConstraint("token_sha256", name=op.f("uq_assess_respondents_token_sha256")),
    )
    with op.batch_alter_table("assess_respondents", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_assess_respondents_round_id"), ["round_id"], unique=False
        )

    op.create_table(
        "assess_submissions",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("round_id", sa.Integer(), nullable=False),
        sa.Column("respondent_id", sa.Integer(), nullable=False),
        sa.Column("status", sa.String(length=20), nullable=False),
        sa.Column("answers", sa.JSON(), nullable=False),
        sa.Column("external_id", sa.String(length=200), nullable=True),
        sa.Column("created_at", sa.DateTime(), nullable=False),
        sa.Column("updated_at", sa.DateTime(), nullable=False),
        sa.Column("submitted_at", sa.DateTime(), nullable=True),
        sa.ForeignKeyConstraint(
            ["respondent_id"],
            ["assess_respondents.id"],
            name=op.f("fk_assess_submissions_respondent_id_assess_respondents"),
            ondelete="CASCADE",
        ),
        sa.ForeignKeyConstraint(
            ["round_id"],
            ["assess_rounds.id"],
            name=op.f("fk_assess_submissions_round_id_assess_rounds"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assess_submissions")),
        sa.UniqueConstraint("respondent_id", name=op.f("uq_assess_submissions_respondent_id")),
        sa.UniqueConstraint(
            "round_id", "external_id", name=op.f("uq_assess_submissions_round_id_external_id")
        ),
    )
    op.create_table(
        "assess_codes",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("submission_id", sa.Integer(), nullable=False),
        sa.Column("question", sa.String(length=100), nullable=False),
        sa.Column("theme", sa.String(length=100), nullable=False),
        sa.Column("coder", sa.String(length=100), nullable=False),
        sa.Column("coded_at", sa.DateTime(), nullable=False),
        sa.ForeignKeyConstraint(
            ["submission_id"],
            ["assess_submissions.id"],
            name=op.f("fk_assess_codes_submission_id_assess_submissions"),
            ondelete="CASCADE",
        ),
        sa.PrimaryKeyConstraint("id", name=op.f("pk_assess_codes")),
        sa.UniqueConstraint(
            "submission_id",
            "question",
            "theme",
            name=op.f("uq_assess_codes_submission_id_question_theme"),
        ),
    )


def downgrade() -> None:
    op.drop_table("assess_codes")
    op.drop_table("assess_submissions")
    with op.batch_alter_table("assess_respondents", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_assess_respondents_round_id"))
    op.drop_table("assess_respondents")
    op.drop_table("assess_rounds")
    op.drop_table("assess_questionnaires")
