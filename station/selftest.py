"""The core's self-test checks: database, station key, free disk, audit chain."""

from __future__ import annotations

import os
import threading
from collections.abc import Mapping
from pathlib import Path

from station.audit import AuditLog
from station.diagnostics import Check, CheckStatus
from station.errors import StationError
from station.paths import DATABASE_FILE, KEYS_FILE
from station.protect.keystore import Keystore, StationSecrets, WrongPassphraseError
from station.protect.oskeystore import system_keystore
from station.storage import migrations
from station.storage.database import open_database
from station.storage.diskguard import DiskGuard, DiskLevel

Outcome = tuple[CheckStatus, str, str]


class _KeyUnlock:
    """Unlocks the station key once; the key check and the audit check share the result."""

    def __init__(
        self, data_dir: Path, environ: Mapping[str, str], unlocked: StationSecrets | None = None
    ) -> None:
        self._data_dir = data_dir
        self._environ = environ
        self._lock = threading.Lock()
        self._result: tuple[StationSecrets | None, Outcome] | None = None
        if unlocked is not None:  # the running station's key: unlocked at its start
            self._result = (unlocked, (CheckStatus.OK, "unlocked in this session", ""))

    def result(self) -> tuple[StationSecrets | None, Outcome]:
        with self._lock:
            if self._result is None:
                self._result = _unlock(self._data_dir, self._environ)
            return self._result


def core_checks(
    data_dir: Path,
    environ: Mapping[str, str] = os.environ,
    disk: DiskGuard | None = None,
    unlocked: StationSecrets | None = None,
) -> list[Check]:
    """The checks of the core, in report order (*unlocked*: the running station's keys)."""
    keys = _KeyUnlock(data_dir, environ, unlocked)
    guard = disk or DiskGuard(data_dir if data_dir.exists() else data_dir.parent)
    return [
        Check("database", lambda: _database(data_dir), timeout=60.0),
        Check("station key", lambda: keys.result()[1], timeout=10.0),
        Check("free disk", lambda: _disk(guard)),
        Check("audit chain", lambda: _audit(data_dir, keys), timeout=60.0),
    ]


def _database(data_dir: Path) -> Outcome:
    path = data_dir / DATABASE_FILE
    if not path.exists():
        return CheckStatus.WARN, f"no database in {data_dir}", "run first-run setup"
    try:
        db = open_database(path, full_check=True)
    except StationError as exc:
        return CheckStatus.FAIL, exc.detail, exc.message_en
    try:
        revision = migrations.current_revision(db.writer_engine)
    finally:
        db.writer_engine.dispose()
        db.reader_engine.dispose()
    size_mb = path.stat().st_size / 1e6
    return CheckStatus.OK, f"integrity ok, schema {revision}, {size_mb:.1f} MB", ""


def _unlock(data_dir: Path, environ: Mapping[str, str]) -> tuple[StationSecrets | None, Outcome]:
    store = Keystore(data_dir / KEYS_FILE)
    if not store.exists():
        return None, (CheckStatus.WARN, "no key file", "run first-run setup")
    try:
        os_store = system_keystore()
        if os_store is not None and (secrets := store.unlock_with_os(os_store)) is not None:
            return secrets, (CheckStatus.OK, f"unlocked by the OS keystore ({os_store.name})", "")
        passphrase = environ.get("STATION_PASSPHRASE")
        if not passphrase:
            hint = "set STATION_PASSPHRASE to test the unlock"
            return None, (CheckStatus.WARN, "key file present, not unlocked", hint)
        secrets = store.unlock(passphrase)
    except WrongPassphraseError as exc:
        return None, (CheckStatus.FAIL, "wrong passphrase", exc.message_en)
    except StationError as exc:
        return None, (CheckStatus.FAIL, exc.detail, exc.message_en)
    return secrets, (CheckStatus.OK, "unlocked with the passphrase", "")


def _disk(guard: DiskGuard) -> Outcome:
    state = guard.state()
    value = f"{state.free_mib / 1024:.1f} GB free"
    if state.level is DiskLevel.FULL:
        return CheckStatus.FAIL, value, "free disk space: new applications are refused"
    if state.level is DiskLevel.LOW:
        return CheckStatus.WARN, value, "free disk space soon"
    return CheckStatus.OK, value, ""


def _audit(data_dir: Path, keys: _KeyUnlock) -> Outcome:
    path = data_dir / DATABASE_FILE
    if not path.exists():
        return CheckStatus.SKIPPED, "no database", ""
    secrets, _ = keys.result()
    if secrets is None:
        return CheckStatus.SKIPPED, "station key not unlocked", "see the station key line"
    db = open_database(path)
    try:
        with db.reader_sessions()() as session:
            result = AuditLog(secrets.derived("audit")).verify(session)
    finally:
        db.writer_engine.dispose()
        db.reader_engine.dispose()
    if result.ok:
        return CheckStatus.OK, f"{result.events} events verified", ""
    return (
        CheckStatus.FAIL,
        f"broken at event {result.first_broken_seq}: {result.problem}",
        "the audit log was altered: keep the station as it is and report it",
    )
