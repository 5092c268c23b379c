"""USB export at the station, import at the register, receipts back by the status pull."""

from __future__ import annotations

import datetime as dt
import errno
import json
import os
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from sqlalchemy import select

import station.sync.usb_export as usb_export
from register.harness import REPO, RegisterProcess
from register.simstation import drain
from station.audit import AuditAction
from station.storage.schema import AuditEvent, OutboxState
from station.sync.batch_file import BatchFormatError, decode_batch
from station.sync.errors import NotEnrolledError
from station.sync.usb_export import ExportError

pytestmark = pytest.mark.register


def _import(register: RegisterProcess, file: Path) -> tuple[int, dict[str, object] | str]:
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "register",
            "import",
            str(file),
            "--data-dir",
            str(register.data_dir),
        ],
        capture_output=True,
        text=True,
        cwd=REPO,
        timeout=120,
        check=False,
        env={**os.environ, "PYTHONPATH": str(REPO)},
    )
    if result.returncode != 0:
        return result.returncode, result.stdout + result.stderr
    return 0, json.loads(result.stdout.strip().splitlines()[-1])


def test_export_import_then_status_pull_closes_the_rows(
    register: RegisterProcess, enrolled, check, fast, tmp_path: Path
) -> None:
    station = enrolled()
    ids = station.seal(5)
    drive = tmp_path / "usb"

    result = station.exporter().export(drive, "officer-1")

    assert result.applications == 5 and result.path.parent == drive
    assert [p.name for p in drive.iterdir()] == [result.path.name]  # no temporary file left
    assert result.path.stat().st_size == result.bytes
    decoded = decode_batch(result.path.read_bytes())
    decoded.verify(station.secrets.signing_key.public_key())
    assert {e.application_id for e in decoded.manifest.entries} == set(ids)
    assert {r.state for r in station.outbox_rows()} == {OutboxState.EXPORTED}
    with station.reader() as session:
        events = list(session.scalars(select(AuditEvent).where(AuditEvent.action == "export")))
    assert len(events) == 1 and json.loads(events[0].detail)["applications"] == 5
    assert AuditAction(events[0].action) is AuditAction.EXPORT

    code, summary = _import(register, result.path)
    assert code == 0 and isinstance(summary, dict)
    assert summary["accepted"] == 5 and summary["already_imported"] is False

    engine = station.engine(fast)
    engine.run_pass()
    assert engine.bytes_sent == 0  # nothing went over the link: the feed closed them
    assert check(station).accepted == 5

    code, again = _import(register, result.path)
    assert code == 0 and isinstance(again, dict) and again["already_imported"] is True
    assert len(register.holdings(station.enrolment.station_id)) == 5


def test_re_export_and_double_import_create_no_duplicate(
    register: RegisterProcess, enrolled, check, fast, tmp_path: Path
) -> None:
    station = enrolled()
    station.seal(3)
    exporter = station.exporter()
    first = exporter.export(tmp_path / "usb1", "officer-1")
    station.seal(1)
    second = exporter.export(tmp_path / "usb2", "officer-1")  # the 3 again, and the new one
    assert (first.applications, second.applications) == (3, 4)

    code, one = _import(register, second.path)
    assert code == 0 and isinstance(one, dict) and one["accepted"] == 4
    code, two = _import(register, first.path)
    assert code == 0 and isinstance(two, dict)
    assert (two["accepted"], two["duplicate"], two["conflict"]) == (0, 3, 0)

    station.engine(fast).run_pass()
    assert check(station).accepted == 4
    assert len(register.holdings(station.enrolment.station_id)) == 4


def test_exported_rows_are_sent_if_the_file_never_arrives(
    register: RegisterProcess, enrolled, check, fast, tmp_path: Path
) -> None:
    now = [dt.datetime.now(dt.UTC)]
    station = enrolled(clock=lambda: now[0])
    station.seal(2)
    result = station.exporter().export(tmp_path / "usb", "officer-1")
    engine = station.engine(fast)
    engine.run_pass()
    assert engine.bytes_sent == 0  # within the grace time the USB file is awaited
    now[0] += fast.exported_resend_after + dt.timedelta(seconds=1)
    drain(engine, station)
    assert engine.bytes_sent > 0
    assert check(station).accepted == 2
    code, late = _import(register, result.path)  # the drive turns up after all
    assert code == 0 and isinstance(late, dict) and late["duplicate"] == 2
    assert len(register.holdings(station.enrolment.station_id)) == 2


def test_a_chosen_subset_is_exported(enrolled, tmp_path: Path) -> None:
    station = enrolled()
    first, second, third = station.seal(3)
    result = station.exporter().export(tmp_path / "usb", "officer-1", [third, first, "nope"])
    assert result.applications == 2
    states = {r.application_id: r.state for r in station.outbox_rows()}
    assert states == {
        first: OutboxState.EXPORTED,
        second: OutboxState.QUEUED,
        third: OutboxState.EXPORTED,
    }


def test_a_full_drive_leaves_no_file_and_no_change(
    enrolled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    station = enrolled()
    station.seal(2)

    def full(_fd: int) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(usb_export.os, "fsync", full)
    with pytest.raises(ExportError) as caught:
        station.exporter().export(tmp_path / "usb", "officer-1")
    assert "USB" in caught.value.message_en and "USB" in caught.value.message_vi
    assert "ENOSPC" not in caught.value.message_en
    assert list((tmp_path / "usb").iterdir()) == []
    assert {r.state for r in station.outbox_rows()} == {OutboxState.QUEUED}


def test_a_bad_read_back_removes_the_file(
    enrolled, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    station = enrolled()
    station.seal(2)

    def unreadable(*_args: object, **_kw: object) -> object:
        raise BatchFormatError("simulated bad sector")

    monkeypatch.setattr(usb_export, "verify_stream", unreadable)
    with pytest.raises(ExportError):
        station.exporter().export(tmp_path / "usb", "officer-1")
    assert list((tmp_path / "usb").iterdir()) == []
    assert {r.state for r in station.outbox_rows()} == {OutboxState.QUEUED}


def test_a_tampered_file_is_refused_whole(
    register: RegisterProcess, enrolled, tmp_path: Path
) -> None:
    station = enrolled()
    station.seal(2)
    result = station.exporter().export(tmp_path / "usb", "officer-1")
    data = bytearray(result.path.read_bytes())
    data[-300] ^= 0x10
    tampered = tmp_path / "tampered.isb"
    tampered.write_bytes(bytes(data))
    code, output = _import(register, tampered)
    assert code == 1 and "batch_invalid" in str(output)
    assert register.holdings(station.enrolment.station_id) == []


def test_nothing_to_export_and_not_enrolled(stations, enrolled, tmp_path: Path) -> None:
    with pytest.raises(NotEnrolledError):
        stations().exporter().export(tmp_path / "usb", "officer-1")
    with pytest.raises(ExportError) as caught:
        enrolled().exporter().export(tmp_path / "usb", "officer-1")
    assert caught.value.detail == "nothing to export"


def test_export_waits_for_the_engine_upload_lock(enrolled, tmp_path: Path, fast) -> None:
    station = enrolled()
    station.seal(1)
    engine = station.engine(fast)
    exporter = station.exporter(engine)
    held, release = threading.Event(), threading.Event()

    def batch_in_flight() -> None:
        with engine.exclusive():  # what the engine holds while one batch is on the wire
            held.set()
            release.wait(10)

    thread = threading.Thread(target=batch_in_flight)
    thread.start()
    held.wait(10)
    threading.Timer(0.5, release.set).start()
    started = time.monotonic()
    result = exporter.export(tmp_path / "usb", "officer-1")
    thread.join()
    assert time.monotonic() - started >= 0.4
    assert result.applications == 1
