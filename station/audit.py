"""The append-only audit chain: who did what and when, each event MAC-linked to the one before.

Every event carries ``HMAC-SHA256(key, previous mac || canonical JSON of the event)``, so
altering, deleting, inserting or reordering events (or re-writing them without the
station's audit key) breaks the chain at the first affected event, and :meth:`verify`
says where.

Personal data never goes into an audit event (Law 91/2025, DOMAIN.md §9): no names, ID
numbers, addresses, dates of birth, phone numbers or free text typed about a citizen.
Application numbers are not personal data and have their own column. The detail checks
below (scalar values, plain key names, a deny-list of tell-tale key names) are a guard
rail, not a filter: callers are responsible for what they put in the detail.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sqlalchemy import String, select, type_coerce
from sqlalchemy.orm import Session

from station.storage.schema import AuditEvent

DetailValue = str | int | bool | None

GENESIS_MAC = "0" * 64  # the "previous mac" of the first event
MAX_DETAIL_CHARS = 1000  # the width of the detail column
MAX_ACTOR_CHARS = 64
MAX_APPLICATION_NUMBER_CHARS = 32
VERIFY_CHUNK = 2000  # rows fetched per round trip while verifying

_KEY = re.compile(r"[a-z_]{1,32}")
_MAC = re.compile(r"[0-9a-f]{64}")
# Key words that would only appear in a detail that carries personal data; a key made of
# any of them (split at "_") is refused so a slip shows up in the first test run.
_PII_KEY_WORDS = frozenset(
    {
        "name", "fullname", "address", "street", "phone", "mobile", "email", "birth",
        "birthday", "dob", "cccd", "cmnd", "passport", "citizen", "religion", "ethnicity",
        "ethnic", "photo", "portrait", "face", "fingerprint", "father", "mother", "spouse",
    }
)  # fmt: skip


class AuditAction(StrEnum):
    """What an audit event records; values are stored, so never rename one."""

    LOGIN = "login"
    LOGIN_FAILED = "login_failed"
    LOGOUT = "logout"
    LOCK = "lock"
    UNLOCK = "unlock"
    LOCKOUT = "lockout"
    DRAFT_CREATE = "draft_create"
    DRAFT_EDIT = "draft_edit"
    DRAFT_DISCARD = "draft_discard"
    SEAL = "seal"
    PRINT = "print"
    EXPORT = "export"
    SYNC_RESULT = "sync_result"
    PURGE = "purge"
    SETTINGS_CHANGE = "settings_change"
    ACCOUNT_CREATED = "account_created"
    ACCOUNT_CHANGED = "account_changed"
    PASSWORD_CHANGED = "password_changed"
    KEY_UNLOCK = "key_unlock"
    REVIEW_APPROVE = "review_approve"
    REVIEW_REJECT = "review_reject"
    VIEW_SEALED = "view_sealed"
    REOPEN = "reopen"


class AuditDetailError(ValueError):
    """A programming error: an audit event was given a detail or field it must not carry."""


@dataclass(frozen=True, slots=True)
class AuditVerification:
    """The outcome of walking the chain.

    ``events`` counts the events found intact (all of them when ``ok``); ``first_broken_seq``
    is the first seq whose link is broken (for deleted events, the first missing seq).
    Deleting the newest events leaves an intact shorter chain: compare ``last_seq`` and
    ``last_mac`` with a copy kept elsewhere to notice that.
    """

    ok: bool
    events: int
    first_broken_seq: int | None
    problem: str
    last_seq: int = 0
    last_mac: str = GENESIS_MAC


@dataclass(frozen=True, slots=True)
class AuditEntry:
    """One event as shown to a supervisor (read-only copy, safe to hand to another thread)."""

    seq: int
    at: dt.datetime
    actor: str
    action: str
    application_number: str | None
    detail: Mapping[str, DetailValue]


class AuditLog:
    """Appends MAC-chained events inside the caller's transaction and verifies the chain."""

    def __init__(self, key: bytes) -> None:
        if len(key) < 32:
            raise ValueError("the audit key must have at least 32 bytes")
        self._key = key

    def append(
        self,
        session: Session,
        *,
        at: dt.datetime,
        actor: str,
        action: AuditAction,
        application_number: str | None = None,
        detail: Mapping[str, DetailValue] | None = None,
    ) -> AuditEvent:
        """Add one event to *session*; it commits (or rolls back) with the caller's change.

        Call it only from a unit of work on the single writer, which serialises appends so
        ``seq = last + 1`` cannot race. Never pass personal data in *detail*.
        """
        if at.tzinfo is None:
            raise AuditDetailError("audit time must be timezone-aware")
        if not actor or len(actor) > MAX_ACTOR_CHARS:
            raise AuditDetailError("audit actor must have 1 to 64 characters")
        if application_number is not None and not (
            0 < len(application_number) <= MAX_APPLICATION_NUMBER_CHARS
        ):
            raise AuditDetailError("application number must have 1 to 32 characters")
        clean = _check_detail(detail or {})
        detail_text = _dumps(clean)
        if len(detail_text) > MAX_DETAIL_CHARS:
            raise AuditDetailError(f"audit detail longer than {MAX_DETAIL_CHARS} characters")
        previous = session.execute(
            select(AuditEvent.seq, AuditEvent.mac).order_by(AuditEvent.seq.desc()).limit(1)
        ).first()
        seq, previous_mac = (1, GENESIS_MAC) if previous is None else (previous[0] + 1, previous[1])
        action_value = AuditAction(action).value
        at_iso = _iso(at)
        mac = self._mac(previous_mac, seq, at_iso, actor, action_value, application_number, clean)
        event = AuditEvent(
            seq=seq,
            at=at,
            actor=actor,
            action=action_value,
            application_number=application_number,
            detail=detail_text,
            mac=mac,
        )
        session.add(event)
        return event

    def verify(self, session: Session) -> AuditVerification:
        """Walk the whole chain in seq order (streamed) and report the first broken link."""
        # Raw text for the time and detail: a tampered value must be reported, not crash.
        stmt = (
            select(
                AuditEvent.seq,
                type_coerce(AuditEvent.at, String()),
                AuditEvent.actor,
                AuditEvent.action,
                AuditEvent.application_number,
                AuditEvent.detail,
                AuditEvent.mac,
            )
            .order_by(AuditEvent.seq)
            .execution_options(yield_per=VERIFY_CHUNK)
        )
        expected, previous_mac, intact = 1, GENESIS_MAC, 0

        def broken(seq: int, problem: str) -> AuditVerification:
            return AuditVerification(False, intact, seq, problem, expected - 1, previous_mac)

        rows = session.execute(stmt)
        try:
            for seq, at_raw, actor, action, number, detail_raw, mac in rows:
                if seq < expected:
                    return broken(seq, f"event {seq} lies before the start of the chain")
                if seq > expected:
                    missing = f"{expected}" if seq == expected + 1 else f"{expected} to {seq - 1}"
                    return broken(expected, f"event(s) {missing} missing before event {seq}")
                at_iso = _parse_iso(at_raw)
                detail = _parse_detail(detail_raw)
                if at_iso is None or detail is None or not isinstance(mac, str):
                    return broken(seq, f"event {seq} has an unreadable time, detail or MAC")
                wanted = self._mac(previous_mac, seq, at_iso, actor, action, number, detail)
                if not (_MAC.fullmatch(mac) and hmac.compare_digest(wanted, mac)):
                    return broken(
                        seq,
                        f"event {seq} does not match its MAC: altered, inserted, reordered "
                        "or written with another key",
                    )
                intact += 1
                expected += 1
                previous_mac = mac
        finally:
            rows.close()  # an early return must not leave the streaming cursor open
        return AuditVerification(True, intact, None, "", expected - 1, previous_mac)

    def recent(
        self,
        session: Session,
        limit: int = 200,
        actor: str | None = None,
        action: AuditAction | None = None,
        *,
        before_seq: int | None = None,
        since: dt.datetime | None = None,
        until: dt.datetime | None = None,
    ) -> list[AuditEntry]:
        """The newest events first, optionally one actor's or one action's only (for the GUI).

        Keyset paging: pass the last seq of a page as *before_seq* for the next one.
        *since*/*until* bound the event time (``since <= at < until``).
        """
        stmt = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(max(1, min(limit, 10_000)))
        if before_seq is not None:
            stmt = stmt.where(AuditEvent.seq < before_seq)
        if actor is not None:
            stmt = stmt.where(AuditEvent.actor == actor)
        if action is not None:
            stmt = stmt.where(AuditEvent.action == AuditAction(action).value)
        if since is not None:
            stmt = stmt.where(AuditEvent.at >= since)
        if until is not None:
            stmt = stmt.where(AuditEvent.at < until)
        return [
            AuditEntry(
                seq=event.seq,
                at=event.at,
                actor=event.actor,
                action=event.action,
                application_number=event.application_number,
                detail=_parse_detail(event.detail) or {},
            )
            for event in session.scalars(stmt)
        ]

    def _mac(
        self,
        previous_mac: str,
        seq: int,
        at_iso: str,
        actor: str,
        action: str,
        application_number: str | None,
        detail: Mapping[str, DetailValue],
    ) -> str:
        body = _dumps(
            {
                "seq": seq,
                "at": at_iso,
                "actor": actor,
                "action": action,
                "application_number": application_number,
                "detail": detail,
            }
        )
        message = previous_mac.encode("ascii", "replace") + body.encode("utf-8")
        return hmac.new(self._key, message, hashlib.sha256).hexdigest()


def _check_detail(detail: Mapping[str, DetailValue]) -> dict[str, DetailValue]:
    clean: dict[str, DetailValue] = {}
    for key, value in detail.items():
        if not isinstance(key, str) or not _KEY.fullmatch(key):
            raise AuditDetailError(f"audit detail key {key!r} must match [a-z_]{{1,32}}")
        if _PII_KEY_WORDS.intersection(key.split("_")):
            raise AuditDetailError(f"audit detail key {key!r} suggests personal data")
        # bool is an int; float is refused so the canonical JSON never depends on float repr.
        if value is not None and not isinstance(value, str | int):
            raise AuditDetailError(f"audit detail {key!r} must be a str, int, bool or None")
        clean[key] = value
    return clean


def _dumps(value: Mapping[str, Any]) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _iso(at: dt.datetime) -> str:
    # The same text the UtcDateTime column stores, so the MAC survives a round trip.
    return at.astimezone(dt.UTC).isoformat(timespec="microseconds")


def _parse_iso(raw: object) -> str | None:
    if not isinstance(raw, str):
        return None
    try:
        at = dt.datetime.fromisoformat(raw)
    except ValueError:
        return None
    return None if at.tzinfo is None else _iso(at)


def _parse_detail(raw: object) -> dict[str, DetailValue] | None:
    if not isinstance(raw, str):
        return None
    try:
        value = json.loads(raw)
    except ValueError:
        return None
    if not isinstance(value, dict):
        return None
    if any(v is not None and not isinstance(v, str | int) for v in value.values()):
        return None
    return value
