"""First schema: drafts, attachments, sealed applications, outbox, numbers, officers, audit.

Revision ID: 0001
Revises:
Create Date: 2026-11-23
"""

from __future__ import annotations

import sqlalchemy as sa
from alembic import op

revision = "0001"
down_revision = None
branch_labels = None
depends_on = None


def _ts(name: str, nullable: bool = False) -> sa.Column[str]:
    return sa.Column(name, sa.String(32), nullable=nullable)


def upgrade() -> None:
    op.create_table(
        "drafts",
        sa.Column("application_id", sa.String(36), primary_key=True),
        sa.Column("officer_id", sa.String(64), nullable=False),
        sa.Column("state", sa.String(16), nullable=False),
        _ts("created_at"),
        _ts("updated_at"),
        sa.Column("revision", sa.Integer, nullable=False),
        sa.Column("wrapped_key", sa.LargeBinary, nullable=False),
        sa.Column("payload", sa.LargeBinary, nullable=True),
    )
    op.create_index("ix_drafts_state_officer", "drafts", ["state", "officer_id"])
    op.create_table(
        "attachments",
        sa.Column("application_id", sa.String(36), primary_key=True),
        sa.Column("name", sa.String(32), primary_key=True),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("blob", sa.LargeBinary, nullable=True),
    )
    op.create_table(
        "sealed_applications",
        sa.Column("application_id", sa.String(36), primary_key=True),
        sa.Column("application_number", sa.String(32), nullable=False, unique=True),
        sa.Column("station_code", sa.String(16), nullable=False),
        sa.Column("officer_id", sa.String(64), nullable=False),
        _ts("sealed_at"),
        sa.Column("sha256", sa.String(64), nullable=False),
        sa.Column("size", sa.Integer, nullable=False),
        sa.Column("signature", sa.LargeBinary, nullable=False),
        sa.Column("ciphertext", sa.LargeBinary, nullable=True),
        sa.Column("wrapped_key", sa.LargeBinary, nullable=True),
        sa.Column("register_wrapped_key", sa.LargeBinary, nullable=True),
        _ts("purged_at", nullable=True),
    )
    op.create_table(
        "outbox",
        sa.Column(
            "application_id",
            sa.String(36),
            sa.ForeignKey("sealed_applications.application_id"),
            primary_key=True,
        ),
        sa.Column("state", sa.String(16), nullable=False),
        _ts("queued_at"),
        sa.Column("officer_id", sa.String(64), nullable=False),
        sa.Column("attempts", sa.Integer, nullable=False),
        _ts("next_attempt_at", nullable=True),
        sa.Column("last_error", sa.String(500), nullable=True),
        sa.Column("batch_id", sa.String(36), nullable=True),
        sa.Column("reason_code", sa.String(64), nullable=True),
        sa.Column("reason_text", sa.String(500), nullable=True),
        _ts("state_changed_at"),
    )
    op.create_index("ix_outbox_state_next", "outbox", ["state", "next_attempt_at"])
    op.create_table(
        "number_sequences",
        sa.Column("station_code", sa.String(16), primary_key=True),
        sa.Column("day", sa.String(8), primary_key=True),
        sa.Column("last", sa.Integer, nullable=False),
    )
    op.create_table(
        "officers",
        sa.Column("officer_id", sa.String(64), primary_key=True),
        sa.Column("display_name", sa.String(100), nullable=False),
        sa.Column("role", sa.String(16), nullable=False),
        sa.Column("password_hash", sa.String(200), nullable=False),
        sa.Column("must_change_password", sa.Boolean, nullable=False),
        sa.Column("failed_attempts", sa.Integer, nullable=False),
        _ts("locked_until", nullable=True),
        sa.Column("disabled", sa.Boolean, nullable=False),
        _ts("created_at"),
        _ts("password_changed_at", nullable=True),
    )
    op.create_table(
        "audit_log",
        sa.Column("seq", sa.Integer, primary_key=True, autoincrement=False),
        _ts("at"),
        sa.Column("actor", sa.String(64), nullable=False),
        sa.Column("action", sa.String(48), nullable=False),
        sa.Column("application_number", sa.String(32), nullable=True),
        sa.Column("detail", sa.String(1000), nullable=False),
        sa.Column("mac", sa.String(64), nullable=False),
    )


def downgrade() -> None:
    for table in (
        "audit_log",
        "officers",
        "number_sequences",
        "outbox",
        "sealed_applications",
        "attachments",
        "drafts",
    ):
        op.drop_table(table)
