"""Re-opened applications: the rejected outbox row remembers its new draft, when and by whom.

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0004"
down_revision = "0003"
branch_labels = None
depends_on = None


def _ts(name: str, nullable: bool = False) -> sa.Column[str]:
    return sa.Column(name, sa.String(32), nullable=nullable)


def upgrade() -> None:
    # Nullable columns: SQLite adds them in place, the existing rows stay as they are.
    op.add_column("outbox", sa.Column("reopened_as", sa.String(36), nullable=True))
    op.add_column("outbox", _ts("reopened_at", nullable=True))
    op.add_column("outbox", sa.Column("reopened_by", sa.String(64), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("outbox") as batch:
        batch.drop_column("reopened_by")
        batch.drop_column("reopened_at")
        batch.drop_column("reopened_as")
