"""Queue view indexes: newest first, overall, by state and by officer (100,000 rows stay fast).

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-23
"""

from __future__ import annotations

from alembic import op

revision = "0002"
down_revision = "0001"
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_index("ix_outbox_queued", "outbox", ["queued_at", "application_id"])
    op.create_index("ix_outbox_state_queued", "outbox", ["state", "queued_at", "application_id"])
    op.create_index(
        "ix_outbox_officer_queued", "outbox", ["officer_id", "queued_at", "application_id"]
    )


def downgrade() -> None:
    op.drop_index("ix_outbox_officer_queued", "outbox")
    op.drop_index("ix_outbox_state_queued", "outbox")
    op.drop_index("ix_outbox_queued", "outbox")
