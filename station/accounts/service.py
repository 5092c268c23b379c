"""The account service: local (offline) logins, lockout, idle-lock unlock, password changes.

Each change and its audit event commit in one transaction on the single writer. Argon2
work (verifying, hashing) runs on the caller's thread before the writer is asked, so a
login never holds up autosaves; the writer re-reads the account and applies the outcome.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass
from typing import Generic, TypeVar

from sqlalchemy.orm import Session

from station.accounts.admin import AccountAdministration
from station.accounts.base import LoginResult
from station.accounts.errors import (
    AccountDisabledError,
    AccountError,
    AccountLockedError,
    LoginFailedError,
    WrongCurrentPasswordError,
)
from station.accounts.policy import check_password, normalise_officer_id, normalise_password
from station.audit import AuditAction, DetailValue
from station.storage.schema import Officer, Role

T = TypeVar("T")

# Actor of failed logins with an unknown login name. The typed name itself is not kept:
# people type their password into the name field, and it may be anybody's name.
UNKNOWN_ACTOR = "?"


@dataclass(frozen=True, slots=True)
class _Refused(Generic[T]):
    """A refusal decided on the writer: returned (not raised) so its audit event commits."""

    error: AccountError


class AccountService(AccountAdministration):
    """Officer accounts of one station: logins, lockout, passwords and administration."""

    def login(self, officer_id: str, password: str) -> LoginResult:
        """Check the password locally; raise a typed error, or return who logged in.

        Unknown login names and wrong passwords raise the same :class:`LoginFailedError`
        after the same Argon2 work, so the login screen does not reveal which names exist.
        """
        return self._authenticate(officer_id, password, AuditAction.LOGIN, "login")

    def unlock(self, officer_id: str, password: str) -> LoginResult:
        """Re-authenticate after the idle lock; failures count towards lockout like logins."""
        return self._authenticate(officer_id, password, AuditAction.UNLOCK, "unlock")

    def record_logout(self, officer_id: str) -> None:
        """Audit a logout."""
        self._record(officer_id, AuditAction.LOGOUT)

    def record_lock(self, officer_id: str) -> None:
        """Audit the idle lock (or a lock the officer asked for)."""
        self._record(officer_id, AuditAction.LOCK)

    def change_password(self, officer_id: str, old: str, new: str) -> None:
        """The officer changes their own password; a wrong current one counts as a failure."""
        check_password(new, officer_id, self.policy, old=old)
        new_hash = self._hasher.hash(normalise_password(new))

        def success(session: Session, officer: Officer, now: dt.datetime) -> None:
            officer.password_hash = new_hash
            officer.must_change_password = False
            officer.password_changed_at = now
            self._audit.append(
                session,
                at=now,
                actor=officer.officer_id,
                action=AuditAction.PASSWORD_CHANGED,
                detail={"target": officer.officer_id, "reset": False},
            )

        self._attempt(
            officer_id, old, "change_password", WrongCurrentPasswordError, success, rehash=False
        )

    def _authenticate(
        self, officer_id: str, password: str, action: AuditAction, context: str
    ) -> LoginResult:
        def success(session: Session, officer: Officer, now: dt.datetime) -> LoginResult:
            expired = self._expired(officer, now)
            detail: dict[str, DetailValue] = {"password_expired": True} if expired else {}
            self._audit.append(
                session, at=now, actor=officer.officer_id, action=action, detail=detail
            )
            return LoginResult(
                officer.officer_id,
                officer.display_name,
                Role(officer.role),
                officer.must_change_password or expired,
                expired,
            )

        return self._attempt(officer_id, password, context, LoginFailedError, success)

    def _attempt(
        self,
        officer_id: str,
        password: str,
        context: str,
        wrong: Callable[[], AccountError],
        success: Callable[[Session, Officer, dt.datetime], T],
        *,
        rehash: bool = True,
    ) -> T:
        key = normalise_officer_id(officer_id)
        seen = self._stored_hash(key)
        ok, new_hash = self._verify(seen, normalise_password(password), rehash=rehash)
        now = self._now()
        policy = self.policy

        def work(session: Session) -> T | _Refused[T]:
            def failed(actor: str, reason: str, **extra: DetailValue) -> None:
                detail: dict[str, DetailValue] = {"reason": reason, "context": context, **extra}
                self._audit.append(
                    session, at=now, actor=actor, action=AuditAction.LOGIN_FAILED, detail=detail
                )

            officer = session.get(Officer, key) if key else None
            if officer is None:
                failed(UNKNOWN_ACTOR, "unknown_account")
                return _Refused(wrong())
            if officer.locked_until is not None and officer.locked_until > now:
                failed(officer.officer_id, "locked")
                return _Refused(AccountLockedError(officer.locked_until, self._local_tz))
            if ok and officer.password_hash != seen:
                # Changed between our read and now: the verdict is stale, so do not count it.
                failed(officer.officer_id, "stale")
                return _Refused(wrong())
            if not ok:
                officer.failed_attempts += 1
                failed(officer.officer_id, "wrong_password", attempts=officer.failed_attempts)
                if officer.failed_attempts < policy.max_failed_attempts:
                    return _Refused(wrong())
                until = now + dt.timedelta(minutes=policy.lockout_minutes)
                officer.failed_attempts = 0  # a fresh count once the lock runs out
                officer.locked_until = until
                self._audit.append(
                    session,
                    at=now,
                    actor=officer.officer_id,
                    action=AuditAction.LOCKOUT,
                    detail={"context": context, "minutes": policy.lockout_minutes},
                )
                return _Refused(AccountLockedError(until, self._local_tz))
            if officer.disabled:
                failed(officer.officer_id, "disabled")
                return _Refused(AccountDisabledError())
            officer.failed_attempts = 0
            officer.locked_until = None
            if new_hash is not None:
                officer.password_hash = new_hash  # stronger parameters than when it was set
            return success(session, officer, now)

        outcome = self._writer.run(work)
        if isinstance(outcome, _Refused):
            raise outcome.error
        return outcome

    def _record(self, officer_id: str, action: AuditAction) -> None:
        actor, now = normalise_officer_id(officer_id), self._now()
        self._writer.run(
            lambda session: self._audit.append(session, at=now, actor=actor, action=action)
        )
