"""Sync state: the register enrolment, the sync cursors and the register's statuses.

Revision ID: 0003
Revises: 0002
Create Date: 2026-11-24
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0003"
down_revision = "0002"
branch_labels = None
depends_on = None


def _ts(name: str, nullable: bool = False) -> sa.Column[str]:
    return sa.Column(name, sa.String(32), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "register_enrolment",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("station_id", sa.String(64), nullable=False),
        sa.Column("station_code", sa.String(16), nullable=False),
        sa.Column("register_url", sa.String(300), nullable=False),
        sa.Column("ca_pem", sa.Text, nullable=False),
        sa.Column("register_exchange_public", sa.LargeBinary, nullable=False),
        sa.Column("register_signing_public", sa.LargeBinary, nullable=False),
        _ts("enrolled_at"),
    )
    op.create_table(
        "sync_state",
        sa.Column("id", sa.Integer, primary_key=True, autoincrement=False),
        sa.Column("status_cursor", sa.Integer, nullable=False),
        sa.Column("master_data_version", sa.String(64), nullable=True),
        _ts("last_success_at", nullable=True),
    )
    op.create_table(
        "register_status",
        sa.Column("application_id", sa.String(36), primary_key=True),
        sa.Column("application_number", sa.String(32), nullable=False),
        sa.Column("status", sa.String(32), nullable=False),
        sa.Column("reason_code", sa.String(64), nullable=True),
        sa.Column("reason_text", sa.String(500), nullable=True),
        _ts("changed_at"),
        sa.Column("seq", sa.Integer, nullable=False),
    )
    op.create_index("ix_register_status_number", "register_status", ["application_number"])


def downgrade() -> None:
    op.drop_index("ix_register_status_number", "register_status")
    op.drop_table("register_status")
    op.drop_table("sync_state")
    op.drop_table("register_enrolment")
