"""The station database schema (SQLAlchemy 2 typed ORM); changes go through Alembic.

No column holds personal data in plaintext: drafts, sealed payloads and photos are
AES-GCM blobs under per-application data keys, themselves wrapped by the station key.
"""

from __future__ import annotations

import datetime as dt
from enum import StrEnum

from sqlalchemy import ForeignKey, Index, LargeBinary, String, TypeDecorator
from sqlalchemy.engine import Dialect
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

# Re-exported: the schema stores roles; their definition loads without SQLAlchemy.
from station.roles import Role as Role


class UtcDateTime(TypeDecorator[dt.datetime]):
    """Timezone-aware UTC timestamps stored as ISO text (SQLite has no datetime type)."""

    impl = String(32)
    cache_ok = True

    def process_bind_param(self, value: dt.datetime | None, dialect: Dialect) -> str | None:
        if value is None:
            return None
        if value.tzinfo is None:
            raise ValueError("naive datetime given to the database")
        return value.astimezone(dt.UTC).isoformat(timespec="microseconds")

    def process_result_value(self, value: str | None, dialect: Dialect) -> dt.datetime | None:
        return None if value is None else dt.datetime.fromisoformat(value)


class Base(DeclarativeBase):
    """Declarative base of the station schema."""


class DraftState(StrEnum):
    """A draft is open until it is sealed or discarded."""

    OPEN = "open"
    SEALED = "sealed"
    DISCARDED = "discarded"


class OutboxState(StrEnum):
    """Where a sealed application stands on its way to the register."""

    QUEUED = "queued"
    # Sealed while supervisor approval is on: never uploaded or exported until approved.
    HELD = "held"
    SENDING = "sending"
    ACCEPTED = "accepted"
    REJECTED = "rejected"
    EXPORTED = "exported"


class Draft(Base):
    """An application being typed: autosaved, encrypted, offered again after a crash."""

    __tablename__ = "drafts"

    application_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    officer_id: Mapped[str] = mapped_column(String(64))
    state: Mapped[DraftState] = mapped_column(String(16), default=DraftState.OPEN)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    updated_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    revision: Mapped[int] = mapped_column(default=0)
    wrapped_key: Mapped[bytes] = mapped_column(LargeBinary)
    payload: Mapped[bytes | None] = mapped_column(LargeBinary)  # None once sealed/discarded

    __table_args__ = (Index("ix_drafts_state_officer", "state", "officer_id"),)


class Attachment(Base):
    """Binary data of an application (portrait, chip read), under its data key."""

    __tablename__ = "attachments"

    application_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    name: Mapped[str] = mapped_column(String(32), primary_key=True)  # "portrait", "chip"
    sha256: Mapped[str] = mapped_column(String(64))
    blob: Mapped[bytes | None] = mapped_column(LargeBinary)  # None once purged


class SealedApplication(Base):
    """A confirmed application, frozen and signed; the payload is purged after acceptance."""

    __tablename__ = "sealed_applications"

    application_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    application_number: Mapped[str] = mapped_column(String(32), unique=True)
    station_code: Mapped[str] = mapped_column(String(16))
    officer_id: Mapped[str] = mapped_column(String(64))
    sealed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    sha256: Mapped[str] = mapped_column(String(64))  # of the canonical payload
    size: Mapped[int]  # bytes of the canonical payload
    signature: Mapped[bytes] = mapped_column(LargeBinary)
    # One ciphertext under a fresh data key; the key is wrapped twice: for the station
    # (printing and review until the register has it) and for the register alone.
    ciphertext: Mapped[bytes | None] = mapped_column(LargeBinary)
    wrapped_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    register_wrapped_key: Mapped[bytes | None] = mapped_column(LargeBinary)
    purged_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())


class OutboxRow(Base):
    """The delivery state of one sealed application; written with it in one transaction."""

    __tablename__ = "outbox"

    application_id: Mapped[str] = mapped_column(
        ForeignKey("sealed_applications.application_id"), primary_key=True
    )
    state: Mapped[OutboxState] = mapped_column(String(16), default=OutboxState.QUEUED)
    # When it was sealed: the queue view pages by it, so it lives here beside the state
    # that filters it and one index serves "newest first, in this state".
    queued_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    officer_id: Mapped[str] = mapped_column(String(64))  # for "my applications" in the queue
    attempts: Mapped[int] = mapped_column(default=0)
    next_attempt_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    last_error: Mapped[str | None] = mapped_column(String(500))
    batch_id: Mapped[str | None] = mapped_column(String(36))
    reason_code: Mapped[str | None] = mapped_column(String(64))  # register's, when rejected
    reason_text: Mapped[str | None] = mapped_column(String(500))
    state_changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    # A rejected application re-opened as a new draft: that draft's id (its application id
    # once sealed), when and by whom. Set once: the same rejection is never re-opened twice.
    reopened_as: Mapped[str | None] = mapped_column(String(36))
    reopened_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    reopened_by: Mapped[str | None] = mapped_column(String(64))

    __table_args__ = (
        Index("ix_outbox_state_next", "state", "next_attempt_at"),
        Index("ix_outbox_queued", "queued_at", "application_id"),
        Index("ix_outbox_state_queued", "state", "queued_at", "application_id"),
        Index("ix_outbox_officer_queued", "officer_id", "queued_at", "application_id"),
    )


class NumberSequence(Base):
    """The last application number given per station and day; survives crashes."""

    __tablename__ = "number_sequences"

    station_code: Mapped[str] = mapped_column(String(16), primary_key=True)
    day: Mapped[str] = mapped_column(String(8), primary_key=True)  # yyyymmdd
    last: Mapped[int] = mapped_column(default=0)


class Officer(Base):
    """A station account; passwords are Argon2id hashes, logins work offline."""

    __tablename__ = "officers"

    officer_id: Mapped[str] = mapped_column(String(64), primary_key=True)  # login name
    display_name: Mapped[str] = mapped_column(String(100))
    role: Mapped[Role] = mapped_column(String(16))
    password_hash: Mapped[str] = mapped_column(String(200))
    must_change_password: Mapped[bool] = mapped_column(default=True)
    failed_attempts: Mapped[int] = mapped_column(default=0)
    locked_until: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())
    disabled: Mapped[bool] = mapped_column(default=False)
    created_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    password_changed_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())


class AuditEvent(Base):
    """One entry of the append-only audit chain: who did what, when; no personal data."""

    __tablename__ = "audit_log"

    seq: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    actor: Mapped[str] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(48))
    application_number: Mapped[str | None] = mapped_column(String(32))
    detail: Mapped[str] = mapped_column(String(1000), default="{}")  # JSON, PII-free
    mac: Mapped[str] = mapped_column(String(64))  # HMAC over the previous mac and this event
