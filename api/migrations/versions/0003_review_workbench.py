"""The reviewer's workbench: spans kept public, uploaded PDFs, bulk actions and undo.

``kept_public`` holds what Lakmoes found but kept public, with the reason; ``document_files`` the uploaded
PDF (page images and the redacted PDF); ``events.bulk``/``batch``/``undoes`` name a bulk action, group the
events of one action and point an undo at what it takes back; ``suggestions.decided`` says whether the
suggestion has a decision that was not undone.

Revision ID: 0003
Revises: 0002
Create Date: 2026-12-01
"""

from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0003"
down_revision: str | None = "0002"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "kept_public",
        sa.Column("id", sa.Integer(), nullable=False),
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("start_char", sa.Integer(), nullable=False),
        sa.Column("end_char", sa.Integer(), nullable=False),
        sa.Column("text", sa.Text(), nullable=False),
        sa.Column("entity_type", sa.String(length=40), nullable=False),
        sa.Column("reason", sa.Text(), nullable=False),
        sa.Column("score", sa.Float(), nullable=False),
        sa.Column("recognizer", sa.String(length=100), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("id"),
    )
    op.create_index("ix_kept_public_document_id", "kept_public", ["document_id"])
    op.create_table(
        "document_files",
        sa.Column("document_id", sa.Integer(), nullable=False),
        sa.Column("media_type", sa.String(length=100), nullable=False),
        sa.Column("data", sa.LargeBinary(), nullable=False),
        sa.ForeignKeyConstraint(["document_id"], ["documents.id"], ondelete="CASCADE"),
        sa.PrimaryKeyConstraint("document_id"),
    )
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.add_column(sa.Column("bulk", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("batch", sa.String(length=32), nullable=True))
        batch_op.add_column(sa.Column("undoes", sa.Integer(), nullable=True))
        batch_op.create_index("ix_events_batch", ["batch"])
        batch_op.create_index("ix_events_undoes", ["undoes"])
        batch_op.create_foreign_key("fk_events_undoes", "events", ["undoes"], ["id"])
    with op.batch_alter_table("suggestions", schema=None) as batch_op:
        batch_op.add_column(sa.Column("decided", sa.Boolean(), nullable=False, server_default=sa.false()))
    op.execute("UPDATE suggestions SET decided = (version > 0)")


def downgrade() -> None:
    with op.batch_alter_table("suggestions", schema=None) as batch_op:
        batch_op.drop_column("decided")
    with op.batch_alter_table("events", schema=None) as batch_op:
        batch_op.drop_constraint("fk_events_undoes", type_="foreignkey")
        batch_op.drop_index("ix_events_undoes")
        batch_op.drop_index("ix_events_batch")
        batch_op.drop_column("undoes")
        batch_op.drop_column("batch")
        batch_op.drop_column("bulk")
    op.drop_table("document_files")
    op.drop_index("ix_kept_public_document_id", table_name="kept_public")
    op.drop_table("kept_public")
