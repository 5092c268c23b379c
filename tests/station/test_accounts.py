"""Officer accounts: first admin, logins, lockout, idle lock, password rules, roles, audit."""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Literal

import pytest
from argon2 import PasswordHasher
from sqlalchemy import func, select

from station.accounts import (
    UNKNOWN_ACTOR,
    AccountDisabledError,
    AccountError,
    AccountExistsError,
    AccountLockedError,
    AccountNotFoundError,
    AccountPolicy,
    AccountService,
    AdminExistsError,
    InvalidDisplayNameError,
    InvalidOfficerIdError,
    LoginFailedError,
    PasswordProblem,
    PasswordRuleError,
    PermissionDeniedError,
    SelfChangeError,
    WrongCurrentPasswordError,
    check_password,
    password_problems,
)
from station.audit import AuditEntry, AuditLog
from station.storage.database import StationDatabase, open_database
from station.storage.schema import AuditEvent, Officer, Role
from station.storage.writer import WriteExecutor

HANOI = dt.timezone(dt.timedelta(hours=7))
T0 = dt.datetime(2026, 11, 23, 2, 30, tzinfo=dt.UTC)  # 09:30 in Hanoi
ADMIN_PW = "Quan-tri-2026"
TEMP_PW = "Tam-thoi-4821"
NEW_PW = "Moi-hon-7319x"


def fast_hasher(time_cost: int = 1) -> PasswordHasher:
    return PasswordHasher(time_cost=time_cost, memory_cost=1024, parallelism=1)


class Clock:
    """A clock the test moves by hand."""

    def __init__(self) -> None:
        self.now = T0

    def __call__(self) -> dt.datetime:
        return self.now

    def advance(self, **kwargs: float) -> None:
        self.now += dt.timedelta(**kwargs)


class CountingHasher(PasswordHasher):
    """Counts Argon2 verifications, to show unknown names cost as much as known ones."""

    verified = 0

    def verify(self, hash: str | bytes, password: str | bytes) -> Literal[True]:
        self.verified += 1
        return super().verify(hash, password)


@dataclass
class Env:
    db: StationDatabase
    writer: WriteExecutor
    audit: AuditLog
    clock: Clock
    service: AccountService

    def events(self) -> list[AuditEntry]:
        """Every audit event, oldest first."""
        with self.db.reader_sessions()() as session:
            return list(reversed(self.audit.recent(session, 10_000)))

    def actions(self) -> list[str]:
        return [e.action for e in self.events()]

    def officer(self, officer_id: str) -> Officer:
        with self.db.reader_sessions()() as session:
            officer = session.get(Officer, officer_id)
            assert officer is not None
            return officer

    def chain_ok(self) -> bool:
        with self.db.reader_sessions()() as session:
            return self.audit.verify(session).ok

    def make_service(
        self, policy: AccountPolicy | None = None, hasher: PasswordHasher | None = None
    ) -> AccountService:
        return AccountService(
            self.writer,
            self.db.reader_sessions(),
            self.audit,
            policy or AccountPolicy(),
            self.clock,
            hasher=hasher or fast_hasher(),
            local_tz=HANOI,
        )


@pytest.fixture
def env(tmp_path: Path) -> Iterator[Env]:
    db = open_database(tmp_path / "station.db")
    writer = WriteExecutor(db.writer_sessions())
    audit = AuditLog(bytes(range(32)))
    clock = Clock()
    service = AccountService(
        writer,
        db.reader_sessions(),
        audit,
        AccountPolicy(),
        clock,
        hasher=fast_hasher(),
        local_tz=HANOI,
    )
    try:
        yield Env(db, writer, audit, clock, service)
    finally:
        writer.close()
        db.close()


@pytest.fixture
def admin(env: Env) -> Env:
    """A station with its first administrator and one officer who has changed the password."""
    env.service.create_first_admin("admin", "Quản Trị Viên", ADMIN_PW)
    env.service.create_account("admin", "nva", "Nguyễn Văn A", Role.OFFICER, TEMP_PW)
    env.service.change_password("nva", TEMP_PW, NEW_PW)
    return env


# ---------------------------------------------------------------- first admin


def test_first_admin_is_created_once_only(env: Env) -> None:
    assert not env.service.has_admin()
    env.service.create_first_admin(" Admin ", "  Quản   Trị Viên ", ADMIN_PW)
    assert env.service.has_admin()
    officer = env.officer("admin")
    assert (officer.role, officer.display_name, officer.must_change_password) == (
        "admin",
        "Quản Trị Viên",
        False,
    )
    assert officer.password_hash.startswith("$argon2id$")
    with pytest.raises(AdminExistsError):
        env.service.create_first_admin("admin2", "Other", ADMIN_PW)
    events = env.events()
    assert [(e.actor, e.action) for e in events] == [("admin", "account_created")]
    assert dict(events[0].detail) == {"target": "admin", "role": "admin", "first_admin": True}


def test_first_admin_logs_in_without_forced_change(env: Env) -> None:
    env.service.create_first_admin("admin", "Admin", ADMIN_PW)
    result = env.service.login("ADMIN", ADMIN_PW)
    assert (result.officer_id, result.role, result.must_change_password) == (
        "admin",
        Role.ADMIN,
        False,
    )
    assert env.actions() == ["account_created", "login"]


def test_first_admin_password_follows_the_rules(env: Env) -> None:
    with pytest.raises(PasswordRuleError):
        env.service.create_first_admin("admin", "Admin", "short1")
    assert not env.service.has_admin()
    assert env.events() == []


# ---------------------------------------------------------------- login


def test_login_returns_the_account(admin: Env) -> None:
    result = admin.service.login("  NVA ", NEW_PW)
    assert (result.officer_id, result.display_name, result.role) == (
        "nva",
        "Nguyễn Văn A",
        Role.OFFICER,
    )
    assert not result.must_change_password
    assert admin.events()[-1].action == "login"
    assert admin.events()[-1].actor == "nva"


def test_unknown_user_and_wrong_password_look_the_same(admin: Env) -> None:
    hasher = CountingHasher(time_cost=1, memory_cost=1024, parallelism=1)
    service = admin.make_service(hasher=hasher)
    errors: list[AccountError] = []
    for officer_id, password in [("nobody", NEW_PW), ("nva", "Wrong-pass-123"), ("", "")]:
        before = hasher.verified
        with pytest.raises(LoginFailedError) as caught:
            service.login(officer_id, password)
        assert hasher.verified == before + 1  # the same Argon2 work either way
        errors.append(caught.value)
    first = errors[0]
    for error in errors[1:]:
        assert (error.message_vi, error.message_en, error.detail) == (
            first.message_vi,
            first.message_en,
            first.detail,
        )
    failed = [e for e in admin.events() if e.action == "login_failed"]
    assert [(e.actor, e.detail["reason"]) for e in failed] == [
        (UNKNOWN_ACTOR, "unknown_account"),
        ("nva", "wrong_password"),
        (UNKNOWN_ACTOR, "unknown_account"),
    ]


def test_typed_unknown_name_is_not_kept(admin: Env) -> None:
    with pytest.raises(LoginFailedError):
        admin.service.login("Mat-khau-cua-toi-99", "x")
    with admin.db.reader_sessions()() as session:
        texts = session.execute(select(AuditEvent.actor, AuditEvent.detail)).all()
    assert not any("mat-khau" in f"{actor}{detail}".lower() for actor, detail in texts)


def test_lockout_after_five_failures_until_fifteen_minutes(admin: Env) -> None:
    for attempt in range(1, 5):
        with pytest.raises(LoginFailedError):
            admin.service.login("nva", f"Wrong-pass-{attempt}")
        assert admin.officer("nva").failed_attempts == attempt
    with pytest.raises(AccountLockedError) as caught:
        admin.service.login("nva", "Wrong-pass-5")
    error = caught.value
    assert error.until == T0 + dt.timedelta(minutes=15)
    assert error.until_local == "09:45"
    assert "09:45" in error.message_vi and "09:45" in error.message_en
    assert "nva" not in error.detail
    assert admin.actions()[-2:] == ["login_failed", "lockout"]
    # Even the right password is refused while locked.
    with pytest.raises(AccountLockedError):
        admin.service.login("nva", NEW_PW)
    admin.clock.advance(minutes=14, seconds=59)
    with pytest.raises(AccountLockedError):
        admin.service.login("nva", NEW_PW)
    admin.clock.advance(seconds=1)
    assert admin.service.login("nva", NEW_PW).officer_id == "nva"
    officer = admin.officer("nva")
    assert (officer.failed_attempts, officer.locked_until) == (0, None)
    assert admin.chain_ok()


def test_success_resets_the_failure_counter(admin: Env) -> None:
    for _ in range(4):
        with pytest.raises(LoginFailedError):
            admin.service.login("nva", "Wrong-pass-1")
    admin.service.login("nva", NEW_PW)
    assert admin.officer("nva").failed_attempts == 0
    for _ in range(4):
        with pytest.raises(LoginFailedError):
            admin.service.login("nva", "Wrong-pass-1")
    assert admin.service.login("nva", NEW_PW).officer_id == "nva"


def test_lockout_follows_the_policy(admin: Env) -> None:
    service = admin.make_service(AccountPolicy(max_failed_attempts=2, lockout_minutes=1))
    with pytest.raises(LoginFailedError):
        service.login("nva", "Wrong-pass-1")
    with pytest.raises(AccountLockedError) as caught:
        service.login("nva", "Wrong-pass-1")
    assert caught.value.until_local == "09:31"


def test_disabled_account_cannot_log_in(admin: Env) -> None:
    admin.service.set_disabled("admin", "nva", True)
    assert admin.events()[-1].detail == {"target": "nva", "disabled": True}
    with pytest.raises(AccountDisabledError):
        admin.service.login("nva", NEW_PW)
    with pytest.raises(LoginFailedError):  # a wrong password says nothing more
        admin.service.login("nva", "Wrong-pass-1")
    admin.service.set_disabled("admin", "nva", False)
    assert admin.service.login("nva", NEW_PW).officer_id == "nva"


def test_admin_cannot_disable_or_demote_themselves(admin: Env) -> None:
    with pytest.raises(SelfChangeError):
        admin.service.set_disabled("admin", "admin", True)
    with pytest.raises(SelfChangeError):
        admin.service.set_role("admin", "admin", Role.OFFICER)
    assert admin.service.login("admin", ADMIN_PW).role == Role.ADMIN


def test_rehash_on_login_when_parameters_grew(admin: Env) -> None:
    stronger = admin.make_service(hasher=fast_hasher(time_cost=2))
    assert ",t=1," in admin.officer("nva").password_hash
    stronger.login("nva", NEW_PW)
    assert ",t=2," in admin.officer("nva").password_hash
    assert admin.service.login("nva", NEW_PW).officer_id == "nva"


def test_expired_password_must_be_changed(admin: Env) -> None:
    service = admin.make_service(AccountPolicy(password_max_age_days=90))
    assert not service.login("nva", NEW_PW).must_change_password
    admin.clock.advance(days=90)
    result = service.login("nva", NEW_PW)
    assert result.must_change_password and result.password_expired
    assert admin.events()[-1].detail == {"password_expired": True}


def test_naive_clock_is_refused(admin: Env) -> None:
    admin.clock.now = dt.datetime(2026, 11, 23, 9, 30)
    with pytest.raises(ValueError):
        admin.service.login("nva", NEW_PW)


# ---------------------------------------------------------------- accounts made by an admin


def test_account_made_by_admin_must_change_password(admin: Env) -> None:
    admin.service.create_account("admin", "ttb", "Trần Thị B", Role.SUPERVISOR, TEMP_PW)
    info = {a.officer_id: a for a in admin.service.list_accounts()}["ttb"]
    assert (info.role, info.must_change_password, info.password_changed_at) == (
        Role.SUPERVISOR,
        True,
        None,
    )
    assert admin.service.login("ttb", TEMP_PW).must_change_password
    admin.service.change_password("ttb", TEMP_PW, NEW_PW)
    assert not admin.service.login("ttb", NEW_PW).must_change_password
    with pytest.raises(LoginFailedError):
        admin.service.login("ttb", TEMP_PW)
    tail = [(e.actor, e.action, dict(e.detail)) for e in admin.events()[-5:-1]]
    assert tail == [
        ("admin", "account_created", {"target": "ttb", "role": "supervisor"}),
        ("ttb", "login", {}),
        ("ttb", "password_changed", {"target": "ttb", "reset": False}),
        ("ttb", "login", {}),
    ]


def test_reset_password_forces_a_change_and_lifts_the_lockout(admin: Env) -> None:
    for _ in range(5):
        with pytest.raises((LoginFailedError, AccountLockedError)):
            admin.service.login("nva", "Wrong-pass-1")
    admin.service.reset_password("admin", "nva", "Dat-lai-5521")
    assert admin.events()[-1].detail == {"target": "nva", "reset": True}
    result = admin.service.login("nva", "Dat-lai-5521")
    assert result.must_change_password


def test_set_role_is_audited(admin: Env) -> None:
    admin.service.set_role("admin", "nva", Role.SUPERVISOR)
    assert admin.events()[-1].detail == {"target": "nva", "role": "supervisor", "was": "officer"}
    assert admin.service.login("nva", NEW_PW).role == Role.SUPERVISOR
    count = len(admin.events())
    admin.service.set_role("admin", "nva", Role.SUPERVISOR)  # no change, no event
    assert len(admin.events()) == count


def test_duplicate_login_name_leaves_no_event(admin: Env) -> None:
    count = len(admin.events())
    with pytest.raises(AccountExistsError):
        admin.service.create_account("admin", "NVA", "Someone", Role.OFFICER, TEMP_PW)
    assert len(admin.events()) == count
    assert admin.officer("nva").display_name == "Nguyễn Văn A"


@pytest.mark.parametrize("by", ["nva", "ttb_supervisor", "disabled_admin", "ghost"])
def test_only_active_admins_manage_accounts(admin: Env, by: str) -> None:
    admin.service.create_account("admin", "ttb_supervisor", "B", Role.SUPERVISOR, TEMP_PW)
    admin.service.create_account("admin", "disabled_admin", "C", Role.ADMIN, TEMP_PW)
    admin.service.set_disabled("admin", "disabled_admin", True)
    count = len(admin.events())
    with pytest.raises(PermissionDeniedError):
        admin.service.create_account(by, "new_one", "New", Role.OFFICER, TEMP_PW)
    with pytest.raises(PermissionDeniedError):
        admin.service.set_disabled(by, "nva", True)
    with pytest.raises(PermissionDeniedError):
        admin.service.set_role(by, "nva", Role.ADMIN)
    with pytest.raises(PermissionDeniedError):
        admin.service.reset_password(by, "nva", "Dat-lai-5521")
    assert len(admin.events()) == count  # a refused change leaves no event
    assert not admin.officer("nva").disabled


def test_admin_acts_on_unknown_account(admin: Env) -> None:
    with pytest.raises(AccountNotFoundError):
        admin.service.set_disabled("admin", "ghost", True)
    with pytest.raises(AccountNotFoundError):
        admin.service.reset_password("admin", "ghost", "Dat-lai-5521")


@pytest.mark.parametrize("officer_id", ["ab", "Nguyễn", "a b c", "-abc", "x" * 65, ""])
def test_invalid_login_names(admin: Env, officer_id: str) -> None:
    with pytest.raises(InvalidOfficerIdError):
        admin.service.create_account("admin", officer_id, "Name", Role.OFFICER, TEMP_PW)


@pytest.mark.parametrize("name", ["", "   ", "x" * 101, "bad\x00name"])
def test_invalid_display_names(admin: Env, name: str) -> None:
    with pytest.raises(InvalidDisplayNameError):
        admin.service.create_account("admin", "new_one", name, Role.OFFICER, TEMP_PW)


# ---------------------------------------------------------------- passwords


@pytest.mark.parametrize(
    ("password", "problems"),
    [
        ("Ab1-short", {PasswordProblem.TOO_SHORT}),
        ("x1" * 65, {PasswordProblem.TOO_LONG}),
        ("1234-5678-90", {PasswordProblem.NO_LETTER}),
        ("only-letters-here", {PasswordProblem.NO_DIGIT}),
        ("my-NVA-pass-2026", {PasswordProblem.CONTAINS_LOGIN}),
        ("Matkhau@123", {PasswordProblem.TOO_COMMON}),
        ("PASSWORD123", {PasswordProblem.TOO_COMMON}),
        (NEW_PW, {PasswordProblem.SAME_AS_OLD}),
        ("", {PasswordProblem.TOO_SHORT, PasswordProblem.NO_LETTER, PasswordProblem.NO_DIGIT}),
        ("Mật-khẩu-Việt-2026", set()),
    ],
)
def test_password_rules(admin: Env, password: str, problems: set[PasswordProblem]) -> None:
    assert set(password_problems(password, "nva", AccountPolicy(), old=NEW_PW)) == problems
    if problems:
        with pytest.raises(PasswordRuleError) as caught:
            admin.service.change_password("nva", NEW_PW, password)
        assert set(caught.value.problems) == problems
        assert password not in caught.value.detail or not password
    else:
        admin.service.change_password("nva", NEW_PW, password)


def test_rule_error_lists_every_problem_in_both_languages() -> None:
    with pytest.raises(PasswordRuleError) as caught:
        check_password("abc", "nva", AccountPolicy(min_password_length=12))
    error = caught.value
    assert "12 ký tự" in error.message_vi and "chữ số" in error.message_vi
    assert "12 characters" in error.message_en and "digit" in error.message_en
    assert error.detail == "password rules broken: too_short,no_digit"


def test_short_login_names_are_not_matched_inside_passwords() -> None:
    assert password_problems("Banana-split-42", "an", AccountPolicy()) == []


def test_unicode_passwords_are_normalised(admin: Env) -> None:
    nfd = unicodedata.normalize("NFD", "Mật-khẩu-Việt-2026")
    nfc = unicodedata.normalize("NFC", nfd)
    assert nfd != nfc
    admin.service.change_password("nva", NEW_PW, nfd)
    assert admin.service.login("nva", nfc).officer_id == "nva"


def test_change_password_with_wrong_current_counts_as_failure(admin: Env) -> None:
    count = len([e for e in admin.events() if e.action == "password_changed"])
    with pytest.raises(WrongCurrentPasswordError):
        admin.service.change_password("nva", "Wrong-pass-1", "Another-pass-99")
    assert admin.officer("nva").failed_attempts == 1
    assert len([e for e in admin.events() if e.action == "password_changed"]) == count
    assert admin.events()[-1].detail == {
        "reason": "wrong_password",
        "context": "change_password",
        "attempts": 1,
    }
    assert admin.service.login("nva", NEW_PW).officer_id == "nva"


def test_password_rule_failure_consumes_no_attempt(admin: Env) -> None:
    count = len(admin.events())
    with pytest.raises(PasswordRuleError):
        admin.service.change_password("nva", "Wrong-pass-1", "short")
    assert admin.officer("nva").failed_attempts == 0
    assert len(admin.events()) == count


# ---------------------------------------------------------------- idle lock, logout


def test_idle_lock_and_unlock(admin: Env) -> None:
    assert AccountPolicy().idle_lock_minutes == 5
    admin.service.login("nva", NEW_PW)
    admin.service.record_lock("nva")
    with pytest.raises(LoginFailedError):
        admin.service.unlock("nva", "Wrong-pass-1")
    assert admin.officer("nva").failed_attempts == 1
    result = admin.service.unlock("nva", NEW_PW)
    assert result.officer_id == "nva"
    admin.service.record_logout("nva")
    assert admin.actions()[-5:] == ["login", "lock", "login_failed", "unlock", "logout"]
    assert admin.events()[-3].detail["context"] == "unlock"
    assert admin.officer("nva").failed_attempts == 0


def test_unlock_failures_lock_the_account(admin: Env) -> None:
    admin.service.record_lock("nva")
    for _ in range(4):
        with pytest.raises(LoginFailedError):
            admin.service.unlock("nva", "Wrong-pass-1")
    with pytest.raises(AccountLockedError):
        admin.service.unlock("nva", "Wrong-pass-1")
    with pytest.raises(AccountLockedError):
        admin.service.login("nva", NEW_PW)


def test_unlock_refused_once_disabled(admin: Env) -> None:
    admin.service.record_lock("nva")
    admin.service.set_disabled("admin", "nva", True)
    with pytest.raises(AccountDisabledError):
        admin.service.unlock("nva", NEW_PW)


# ---------------------------------------------------------------- the audit trail as a whole


def test_every_action_chains_and_no_secret_is_stored(admin: Env) -> None:
    with pytest.raises(LoginFailedError):
        admin.service.login("nva", "Wrong-pass-1")
    admin.service.login("nva", NEW_PW)
    admin.service.record_lock("nva")
    admin.service.unlock("nva", NEW_PW)
    admin.service.record_logout("nva")
    admin.service.reset_password("admin", "nva", "Dat-lai-5521")
    assert admin.chain_ok()
    with admin.db.reader_sessions()() as session:
        dump = " ".join(
            f"{row.actor} {row.action} {row.detail}" for row in session.scalars(select(AuditEvent))
        )
        count = session.scalar(select(func.count()).select_from(AuditEvent))
    for secret in (ADMIN_PW, TEMP_PW, NEW_PW, "Wrong-pass-1", "Dat-lai-5521", "Nguyễn"):
        assert secret not in dump
    assert count == len(admin.events())
    assert set(admin.actions()) >= {
        "account_created",
        "password_changed",
        "login",
        "login_failed",
        "lock",
        "unlock",
        "logout",
    }


def test_policy_rejects_nonsense() -> None:
    with pytest.raises(ValueError):
        AccountPolicy(max_failed_attempts=0)
    with pytest.raises(ValueError):
        AccountPolicy(min_password_length=0)
    with pytest.raises(ValueError):
        AccountPolicy(password_max_age_days=0)
