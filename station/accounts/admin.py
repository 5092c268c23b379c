"""Account administration: the first administrator, then accounts managed by administrators."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import select
from sqlalchemy.orm import Session

from station.accounts.base import AccountStore
from station.accounts.errors import (
    AccountExistsError,
    AccountNotFoundError,
    AdminExistsError,
    PermissionDeniedError,
    SelfChangeError,
)
from station.accounts.policy import (
    check_display_name,
    check_officer_id,
    check_password,
    normalise_officer_id,
    normalise_password,
)
from station.audit import AuditAction
from station.storage.schema import Officer, Role


class AccountAdministration(AccountStore):
    """Creating accounts, disabling them, roles and password resets (administrators only)."""

    def create_first_admin(self, officer_id: str, display_name: str, password: str) -> None:
        """The setup step: the first administrator, who chose the password (no forced change)."""
        if self.has_admin():
            raise AdminExistsError()
        oid = check_officer_id(officer_id)
        name = check_display_name(display_name)
        check_password(password, oid, self.policy)
        password_hash = self._hasher.hash(normalise_password(password))
        now = self._now()

        def work(session: Session) -> None:
            # Checked again here: the writer serialises two setups racing each other.
            if session.scalar(select(Officer.officer_id).where(Officer.role == Role.ADMIN)):
                raise AdminExistsError()
            self._add(session, oid, name, Role.ADMIN, password_hash, now, must_change=False)
            self._audit.append(
                session,
                at=now,
                actor=oid,
                action=AuditAction.ACCOUNT_CREATED,
                detail={"target": oid, "role": Role.ADMIN.value, "first_admin": True},
            )

        self._writer.run(work)

    def create_account(
        self, by: str, officer_id: str, display_name: str, role: Role, temporary_password: str
    ) -> None:
        """An administrator creates an account; its owner must change the password first."""
        oid = check_officer_id(officer_id)
        name = check_display_name(display_name)
        role = Role(role)
        check_password(temporary_password, oid, self.policy)
        password_hash = self._hasher.hash(normalise_password(temporary_password))
        now = self._now()

        def work(session: Session) -> None:
            admin = self._require_admin(session, by, "create account")
            self._add(session, oid, name, role, password_hash, now, must_change=True)
            self._audit.append(
                session,
                at=now,
                actor=admin.officer_id,
                action=AuditAction.ACCOUNT_CREATED,
                detail={"target": oid, "role": role.value},
            )

        self._writer.run(work)

    def set_disabled(self, by: str, officer_id: str, disabled: bool) -> None:
        """An administrator disables (or enables again) an account; never their own."""
        now = self._now()

        def work(session: Session) -> None:
            admin = self._require_admin(session, by, "disable account")
            target = self._target(session, officer_id)
            if target.officer_id == admin.officer_id and disabled:
                raise SelfChangeError()
            if target.disabled == disabled:
                return
            target.disabled = disabled
            self._audit.append(
                session,
                at=now,
                actor=admin.officer_id,
                action=AuditAction.ACCOUNT_CHANGED,
                detail={"target": target.officer_id, "disabled": disabled},
            )

        self._writer.run(work)

    def set_role(self, by: str, officer_id: str, role: Role) -> None:
        """An administrator changes an account's role; never demoting themselves."""
        role = Role(role)
        now = self._now()

        def work(session: Session) -> None:
            admin = self._require_admin(session, by, "change role")
            target = self._target(session, officer_id)
            if target.officer_id == admin.officer_id and role != Role.ADMIN:
                raise SelfChangeError()
            previous = Role(target.role)
            if previous == role:
                return
            target.role = role
            self._audit.append(
                session,
                at=now,
                actor=admin.officer_id,
                action=AuditAction.ACCOUNT_CHANGED,
                detail={"target": target.officer_id, "role": role.value, "was": previous.value},
            )

        self._writer.run(work)

    def reset_password(self, by: str, officer_id: str, temporary_password: str) -> None:
        """An administrator sets a temporary password; it also lifts a lockout."""
        check_password(temporary_password, normalise_officer_id(officer_id), self.policy)
        password_hash = self._hasher.hash(normalise_password(temporary_password))
        now = self._now()

        def work(session: Session) -> None:
            admin = self._require_admin(session, by, "reset password")
            target = self._target(session, officer_id)
            target.password_hash = password_hash
            target.must_change_password = True
            target.failed_attempts = 0
            target.locked_until = None
            target.password_changed_at = now
            self._audit.append(
                session,
                at=now,
                actor=admin.officer_id,
                action=AuditAction.PASSWORD_CHANGED,
                detail={"target": target.officer_id, "reset": True},
            )

        self._writer.run(work)

    @staticmethod
    def _require_admin(session: Session, by: str, what: str) -> Officer:
        admin = session.get(Officer, normalise_officer_id(by))
        if admin is None or admin.disabled or admin.role != Role.ADMIN:
            raise PermissionDeniedError(what)
        return admin

    @staticmethod
    def _target(session: Session, officer_id: str) -> Officer:
        target = session.get(Officer, normalise_officer_id(officer_id))
        if target is None:
            raise AccountNotFoundError()
        return target

    @staticmethod
    def _add(
        session: Session,
        oid: str,
        name: str,
        role: Role,
        password_hash: str,
        now: dt.datetime,
        *,
        must_change: bool,
    ) -> None:
        if session.get(Officer, oid) is not None:
            raise AccountExistsError()
        session.add(
            Officer(
                officer_id=oid,
                display_name=name,
                role=role,
                password_hash=password_hash,
                must_change_password=must_change,
                failed_attempts=0,
                locked_until=None,
                disabled=False,
                created_at=now,
                # An admin-set temporary password does not count as the owner's own.
                password_changed_at=None if must_change else now,
            )
        )
