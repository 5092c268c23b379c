"""Tables of the sync engine: the enrolment, the sync cursors and the register's statuses.

They share the station schema's declarative base, so Alembic sees them with the rest.
Nothing personal: ids, numbers, keys, times and the register's reason codes only.
"""

from __future__ import annotations

import datetime as dt

from sqlalchemy import Index, LargeBinary, String, Text
from sqlalchemy.orm import Mapped, mapped_column

from station.storage.schema import Base, UtcDateTime

SINGLETON_ID = 1  # the enrolment and the cursors are one row each


class RegisterEnrolment(Base):
    """Who this station is to the register, and how to recognise the register."""

    __tablename__ = "register_enrolment"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    station_id: Mapped[str] = mapped_column(String(64))
    station_code: Mapped[str] = mapped_column(String(16))
    register_url: Mapped[str] = mapped_column(String(300))
    ca_pem: Mapped[str] = mapped_column(Text)  # the pinned register CA
    register_exchange_public: Mapped[bytes] = mapped_column(LargeBinary)  # X25519, raw
    register_signing_public: Mapped[bytes] = mapped_column(LargeBinary)  # Ed25519, raw
    enrolled_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())


class SyncState(Base):
    """The persisted cursors: status feed position, master data version, last success."""

    __tablename__ = "sync_state"

    id: Mapped[int] = mapped_column(primary_key=True, autoincrement=False)
    status_cursor: Mapped[int] = mapped_column(default=0)
    master_data_version: Mapped[str | None] = mapped_column(String(64))
    last_success_at: Mapped[dt.datetime | None] = mapped_column(UtcDateTime())


class RegisterStatus(Base):
    """The register's latest word on one application (including after acceptance)."""

    __tablename__ = "register_status"

    application_id: Mapped[str] = mapped_column(String(36), primary_key=True)
    application_number: Mapped[str] = mapped_column(String(32))
    status: Mapped[str] = mapped_column(String(32))
    reason_code: Mapped[str | None] = mapped_column(String(64))
    reason_text: Mapped[str | None] = mapped_column(String(500))
    changed_at: Mapped[dt.datetime] = mapped_column(UtcDateTime())
    seq: Mapped[int]  # position in the register's feed

    __table_args__ = (Index("ix_register_status_number", "application_number"),)
