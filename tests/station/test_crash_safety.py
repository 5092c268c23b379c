"""Crash test: a child seals applications and is killed with SIGKILL at random moments.

After each of 200 kills: every application whose seal returned is present and intact,
none is partial, numbers are unique, and the database passes its integrity check.
"""

from __future__ import annotations

import datetime as dt
import os
import random
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat
from sqlalchemy import func
from sqlalchemy import select as sql_select

from station.audit import AuditLog
from station.protect.keystore import KdfParams, Keystore, StationSecrets
from station.sealing import Sealer
from station.storage.database import open_database
from station.storage.schema import Draft, DraftState, OutboxRow, SealedApplication
from station.storage.writer import WriteExecutor
from station.validation import ValidationContext

WORKER = Path(__file__).with_name("crash_worker.py")
REPO = Path(__file__).resolve().parents[2]
KILLS = int(os.environ.get("STATION_CRASH_KILLS", "200"))
PASSPHRASE = "crash test station passphrase"

pytestmark = pytest.mark.slow

Sealed = dict[str, tuple[str, str]]  # application id -> (number, sha256)


def test_sigkill_at_random_moments_loses_nothing_confirmed(tmp_path: Path) -> None:
    folder = tmp_path / "data"
    secrets = Keystore(folder / "station.keys", KdfParams(1, 1024, 1)).create(PASSPHRASE)
    register = X25519PrivateKey.generate()
    register_hex = register.public_key().public_bytes(Encoding.Raw, PublicFormat.Raw).hex()
    env = {**os.environ, "CRASH_PASSPHRASE": PASSPHRASE, "PYTHONPATH": str(REPO)}
    rng = random.Random(20261123)
    sealed: Sealed = {}
    verified: set[str] = set()
    for _ in range(KILLS):
        proc = subprocess.Popen(
            [sys.executable, str(WORKER), str(folder), register_hex],
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            env=env,
        )
        try:
            assert _read_until_ready(proc, sealed), "the worker did not start"
            _read_for(proc, rng.uniform(0.0, 0.25), sealed)
            proc.kill()  # SIGKILL: no cleanup, no flush, mid-transaction or not
            proc.wait(10)
            _read_rest(proc, sealed)
        finally:
            if proc.poll() is None:
                proc.kill()
                proc.wait(10)
            assert proc.stdout is not None
            proc.stdout.close()
        new = [a for a in sealed if a not in verified]
        _check(folder, secrets, register, sealed, new)
        verified.update(new)
    assert len(sealed) >= KILLS // 4, "too few seals completed to mean anything"


def _read_until_ready(proc: subprocess.Popen[str], sealed: Sealed) -> bool:
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        line = _line(proc, deadline - time.monotonic())
        if line is None:
            return False
        if line.startswith("READY"):
            return True
        _note(line, sealed)
    return False


def _read_for(proc: subprocess.Popen[str], seconds: float, sealed: Sealed) -> None:
    deadline = time.monotonic() + seconds
    while (remaining := deadline - time.monotonic()) > 0:
        line = _line(proc, remaining)
        if line is None:
            return
        _note(line, sealed)


def _read_rest(proc: subprocess.Popen[str], sealed: Sealed) -> None:
    assert proc.stdout is not None
    for line in proc.stdout:  # what the worker printed before it died
        _note(line, sealed)


def _line(proc: subprocess.Popen[str], timeout: float) -> str | None:
    assert proc.stdout is not None
    readable, _, _ = select.select([proc.stdout], [], [], max(0.0, timeout))
    if not readable:
        return None
    return proc.stdout.readline() or None


def _note(line: str, sealed: Sealed) -> None:
    parts = line.split()
    if len(parts) == 4 and parts[0] == "SEALED":
        sealed[parts[1]] = (parts[2], parts[3])


def _check(
    folder: Path,
    secrets: StationSecrets,
    register: X25519PrivateKey,
    sealed: Sealed,
    verify_ids: list[str],
) -> None:
    db = open_database(folder / "station.db")
    writer = WriteExecutor(db.writer_sessions())
    try:
        assert db.integrity_check() == "ok"
        with db.reader_sessions()() as session:
            query = sql_select(SealedApplication.application_id, SealedApplication.sha256)
            rows = dict(session.execute(query).all())
            outbox_ids = set(session.scalars(sql_select(OutboxRow.application_id)))
            sealed_drafts = set(
                session.scalars(
                    sql_select(Draft.application_id).where(Draft.state == DraftState.SEALED)
                )
            )
            distinct_numbers = session.scalar(
                sql_select(func.count(func.distinct(SealedApplication.application_number)))
            )
        # Nothing partial: each sealed application has its outbox row and its sealed draft.
        assert set(rows) == outbox_ids == sealed_drafts
        assert distinct_numbers == len(rows)
        for application_id, (_number, sha256) in sealed.items():
            assert rows.get(application_id) == sha256, "a confirmed seal is missing"
        sealer = Sealer(
            writer,
            db.reader_sessions(),
            secrets,
            register.public_key(),
            AuditLog(secrets.derived("audit")),
            _no_validation,
            lambda: dt.datetime.now(dt.UTC),
        )
        for application_id in verify_ids:
            content = sealer.open_sealed(application_id)  # hash and signature checked
            assert content.application_number == sealed[application_id][0]
    finally:
        writer.close()
        db.close()


def _no_validation(day: dt.date) -> ValidationContext:
    raise AssertionError("the check only reads")
