"""Self-test checks of the link to the register: enrolment, reachability, pinned TLS, clock."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey

from station.diagnostics import Check, CheckStatus
from station.errors import StationError
from station.paths import DATABASE_FILE
from station.storage.database import open_database
from station.storage.writer import WriteExecutor
from station.sync.client import RegisterClient
from station.sync.settings import SyncConfig
from station.sync.state import Enrolment, SyncStateStore

Outcome = tuple[CheckStatus, str, str]
CLOCK_SKEW_LIMIT = SyncConfig().skew_tolerance


def sync_checks(data_dir: Path) -> list[Check]:
    """Enrolment, then the register itself (only meaningful once enrolled)."""
    return [
        Check("enrolment", lambda: enrolment_check(data_dir)),
        Check("register", lambda: register_check(data_dir), timeout=15.0),
    ]


def read_enrolment(data_dir: Path) -> Enrolment | None:
    """The stored enrolment, or None (also when there is no database yet)."""
    if not (data_dir / DATABASE_FILE).exists():
        return None
    db = open_database(data_dir / DATABASE_FILE)
    writer = WriteExecutor(db.writer_sessions())
    try:
        return SyncStateStore(writer, db.reader_sessions()).enrolment()
    finally:
        writer.close()
        db.writer_engine.dispose()
        db.reader_engine.dispose()


def enrolment_check(data_dir: Path) -> Outcome:
    """Whether IT enrolled the station with the register."""
    enrolment = read_enrolment(data_dir)
    if enrolment is None:
        return CheckStatus.WARN, "not enrolled", "enrol the station with a token from the register"
    return CheckStatus.OK, f"station {enrolment.station_id} ({enrolment.station_code})", ""


def register_check(data_dir: Path) -> Outcome:
    """The register answers over TLS with the pinned CA, and the clocks agree."""
    enrolment = read_enrolment(data_dir)
    if enrolment is None:
        return CheckStatus.SKIPPED, "not enrolled", ""
    # The ping is not signed, so a throwaway key stands in for the station's (locked) one.
    client = RegisterClient(
        enrolment.register_url,
        enrolment.ca_pem,
        station_id=enrolment.station_id,
        signing_key=Ed25519PrivateKey.generate(),
        clock=lambda: dt.datetime.now(dt.UTC),
    )
    try:
        server_time = client.ping()
    except StationError as exc:
        return CheckStatus.FAIL, exc.detail, exc.message_en
    finally:
        client.close()
    skew = server_time - dt.datetime.now(dt.UTC)
    seconds = skew.total_seconds()
    value = f"{enrolment.register_url} reachable, TLS pinned, clock off by {seconds:+.0f} s"
    if abs(skew) > CLOCK_SKEW_LIMIT:
        return CheckStatus.FAIL, value, "set this computer's date and time"
    return CheckStatus.OK, value, ""
