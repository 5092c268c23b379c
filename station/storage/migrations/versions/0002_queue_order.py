"""Index sealed applications by sealing time: the queue view pages through them in that order.

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
    op.create_index("ix_sealed_sealed_at", "sealed_applications", ["sealed_at"])


def downgrade() -> None:
    op.drop_index("ix_sealed_sealed_at", "sealed_applications")
