"""The shared part of the account service: construction, reading, clock and Argon2 work."""

from __future__ import annotations

import datetime as dt
import secrets
from collections.abc import Callable
from dataclasses import dataclass

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import select
from sqlalchemy.orm import Session, sessionmaker

from station.accounts.policy import AccountPolicy
from station.audit import AuditLog
from station.storage.schema import Officer, Role
from station.storage.writer import WriteExecutor

Clock = Callable[[], dt.datetime]


@dataclass(frozen=True, slots=True)
class LoginResult:
    """Who is now logged in; the GUI forces a password change when asked to."""

    officer_id: str
    display_name: str
    role: Role
    must_change_password: bool
    password_expired: bool = False  # also reflected in must_change_password


@dataclass(frozen=True, slots=True)
class AccountInfo:
    """One account as listed for an administrator (no password hash)."""

    officer_id: str
    display_name: str
    role: Role
    disabled: bool
    must_change_password: bool
    locked_until: dt.datetime | None
    created_at: dt.datetime
    password_changed_at: dt.datetime | None


class AccountStore:
    """Holds the collaborators of the account service and reads accounts."""

    def __init__(
        self,
        writer: WriteExecutor,
        reader_sessions: sessionmaker[Session],
        audit: AuditLog,
        policy: AccountPolicy,
        clock: Clock,
        *,
        hasher: PasswordHasher | None = None,
        local_tz: dt.tzinfo | None = None,
    ) -> None:
        self._writer = writer
        self._reader = reader_sessions
        self._audit = audit
        self.policy = policy
        self._clock = clock
        self._hasher = hasher or PasswordHasher()
        self._local_tz = local_tz  # None: the computer's own zone, for "locked until HH:MM"
        # Unknown login names are verified against this, so they cost as long as real ones.
        # Made on the first login (on a worker), not here: it is a full Argon2 hash.
        self._dummy: str | None = None

    # ---------------------------------------------------------------- reading

    def _dummy_hash(self) -> str:
        if self._dummy is None:
            self._dummy = self._hasher.hash(secrets.token_urlsafe(24))
        return self._dummy

    def has_admin(self) -> bool:
        """True once the station has an administrator (the setup has been done)."""
        with self._reader() as session:
            stmt = select(Officer.officer_id).where(Officer.role == Role.ADMIN).limit(1)
            return session.scalar(stmt) is not None

    def list_accounts(self) -> list[AccountInfo]:
        """Every account, by login name."""
        with self._reader() as session:
            return [
                AccountInfo(
                    o.officer_id,
                    o.display_name,
                    Role(o.role),
                    o.disabled,
                    o.must_change_password,
                    o.locked_until,
                    o.created_at,
                    o.password_changed_at,
                )
                for o in session.scalars(select(Officer).order_by(Officer.officer_id))
            ]

    def _now(self) -> dt.datetime:
        now = self._clock()
        if now.tzinfo is None:
            raise ValueError("the account clock must return timezone-aware times")
        return now

    def _stored_hash(self, officer_id: str) -> str | None:
        if not officer_id:
            return None
        with self._reader() as session:
            return session.scalar(
                select(Officer.password_hash).where(Officer.officer_id == officer_id)
            )

    def _verify(
        self, stored: str | None, password: str, *, rehash: bool
    ) -> tuple[bool, str | None]:
        """(password matches, new hash when the stored one used weaker parameters)."""
        try:
            self._hasher.verify(stored if stored is not None else self._dummy_hash(), password)
        except (VerificationError, InvalidHashError):
            return False, None
        if stored is None:
            return False, None
        if rehash and self._hasher.check_needs_rehash(stored):
            return True, self._hasher.hash(password)
        return True, None

    def _expired(self, officer: Officer, now: dt.datetime) -> bool:
        days = self.policy.password_max_age_days
        if days is None:
            return False
        changed = officer.password_changed_at or officer.created_at
        return now - changed >= dt.timedelta(days=days)
