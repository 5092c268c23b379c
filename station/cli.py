"""Station set-up from the command line: the first administrator and an audit-chain check.

    python -m station create-admin --data-dir DIR --officer-id ID --display-name NAME
    python -m station verify-audit --data-dir DIR

Secrets are read with getpass (new ones twice) or, for unattended installs, from the
environment variables STATION_PASSPHRASE and STATION_ADMIN_PASSWORD.
Exit codes: 0 done, 1 refused or failed (the message says why), 2 wrong usage or input.
"""

from __future__ import annotations

import argparse
import datetime as dt
import getpass
import io
import os
import sys
from collections.abc import Callable, Mapping, Sequence
from pathlib import Path
from typing import TextIO

from station.accounts import AccountPolicy, AccountService, AdminExistsError
from station.audit import AuditLog
from station.errors import StationError
from station.paths import DATABASE_FILE, KEYS_FILE
from station.protect.keystore import Keystore, StationSecrets
from station.storage.database import open_database
from station.storage.writer import WriteExecutor

PASSPHRASE_ENV = "STATION_PASSPHRASE"
ADMIN_PASSWORD_ENV = "STATION_ADMIN_PASSWORD"

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2

Prompt = Callable[[str], str]


class OrphanDatabaseError(StationError):
    """A database exists without its key file: new keys would make its data unreadable."""

    def __init__(self) -> None:
        super().__init__(
            "Đã có cơ sở dữ liệu nhưng thiếu tệp khóa của trạm. Hãy khôi phục tệp khóa "
            f"({KEYS_FILE}) thay vì tạo khóa mới.",
            f"A station database exists but its key file ({KEYS_FILE}) is missing. Restore "
            "the key file instead of creating new keys.",
            "database without key file",
        )


class UsageError(Exception):
    """Wrong input from the person at the keyboard (exit code 2)."""


def main(
    argv: Sequence[str] | None = None,
    *,
    environ: Mapping[str, str] | None = None,
    prompt: Prompt = getpass.getpass,
    out: TextIO | None = None,
) -> int:
    """Run one command; returns the exit code (injectable input and output for tests)."""
    args = _parser().parse_args(argv)
    env = os.environ if environ is None else environ
    stream = out or sys.stdout
    if out is None and isinstance(sys.stdout, io.TextIOWrapper):
        # A Windows console redirected to a file may not encode Vietnamese: degrade, not crash.
        sys.stdout.reconfigure(errors="replace")
    try:
        if args.command == "create-admin":
            return _create_admin(args, env, prompt, stream)
        return _verify_audit(args, env, prompt, stream)
    except UsageError as exc:
        print(f"Lỗi / Error: {exc}", file=stream)
        return EXIT_USAGE
    except StationError as exc:
        print(exc.message_vi, file=stream)
        print(exc.message_en, file=stream)
        return EXIT_FAILED
    except KeyboardInterrupt:
        print("\nĐã hủy. / Cancelled.", file=stream)
        return EXIT_USAGE


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="python -m station", description="Intake station set-up commands."
    )
    commands = parser.add_subparsers(dest="command", required=True, metavar="COMMAND")
    create = commands.add_parser(
        "create-admin",
        help="create the station keys and database if missing, then the first administrator",
    )
    create.add_argument("--data-dir", type=Path, required=True, help="the station data folder")
    create.add_argument("--officer-id", required=True, help="login name of the administrator")
    create.add_argument("--display-name", required=True, help="name shown in the application")
    verify = commands.add_parser("verify-audit", help="check that the audit log is intact")
    verify.add_argument("--data-dir", type=Path, required=True, help="the station data folder")
    return parser


def _create_admin(
    args: argparse.Namespace, env: Mapping[str, str], prompt: Prompt, out: TextIO
) -> int:
    data_dir: Path = args.data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    keystore = Keystore(data_dir / KEYS_FILE)
    if keystore.exists():
        station_secrets = keystore.unlock(
            _secret(env, PASSPHRASE_ENV, prompt, "Station passphrase")
        )
    elif (data_dir / DATABASE_FILE).exists():
        raise OrphanDatabaseError()
    else:
        print("Tạo khóa mới cho trạm. / Creating new station keys.", file=out)
        passphrase = _secret(env, PASSPHRASE_ENV, prompt, "New station passphrase", confirm=True)
        station_secrets = keystore.create(passphrase)
        print(f"Đã tạo / Created: {keystore.path}", file=out)

    def work(service: AccountService) -> int:
        if service.has_admin():  # checked before asking, so nobody types a password for nothing
            raise AdminExistsError()
        password = _secret(env, ADMIN_PASSWORD_ENV, prompt, "Administrator password", confirm=True)
        service.create_first_admin(args.officer_id, args.display_name, password)
        print(
            "Đã tạo quản trị viên đầu tiên. / First administrator created: "
            f"{args.officer_id.strip().lower()}",
            file=out,
        )
        return EXIT_OK

    return _with_service(data_dir, station_secrets, work)


def _verify_audit(
    args: argparse.Namespace, env: Mapping[str, str], prompt: Prompt, out: TextIO
) -> int:
    data_dir: Path = args.data_dir
    db_path = data_dir / DATABASE_FILE
    if not db_path.exists():
        raise UsageError(f"no station database at {db_path}")
    keystore = Keystore(data_dir / KEYS_FILE)
    station_secrets = keystore.unlock(_secret(env, PASSPHRASE_ENV, prompt, "Station passphrase"))
    audit = AuditLog(station_secrets.derived("audit"))
    db = open_database(db_path)
    try:
        with db.reader_sessions()() as session:
            result = audit.verify(session)
    finally:
        db.close()
    if result.ok:
        print(
            f"Nhật ký kiểm toán nguyên vẹn: {result.events} sự kiện. / "
            f"Audit log intact: {result.events} events.",
            file=out,
        )
        return EXIT_OK
    print(
        f"NHẬT KÝ KIỂM TOÁN BỊ SỬA: hỏng từ sự kiện {result.first_broken_seq}. / "
        f"AUDIT LOG BROKEN at seq {result.first_broken_seq}: {result.problem}",
        file=out,
    )
    return EXIT_FAILED


def _with_service(
    data_dir: Path, station_secrets: StationSecrets, work: Callable[[AccountService], int]
) -> int:
    db = open_database(data_dir / DATABASE_FILE)
    try:
        writer = WriteExecutor(db.writer_sessions())
        try:
            service = AccountService(
                writer,
                db.reader_sessions(),
                AuditLog(station_secrets.derived("audit")),
                AccountPolicy(),
                lambda: dt.datetime.now(dt.UTC),
            )
            return work(service)
        finally:
            writer.close()
    finally:
        db.close()


def _secret(
    env: Mapping[str, str], name: str, prompt: Prompt, label: str, *, confirm: bool = False
) -> str:
    """From the environment when set (unattended install), else typed (twice when new)."""
    value = env.get(name)
    if value:
        return value
    first = prompt(f"{label}: ")
    if not first:
        raise UsageError(f"{label}: nothing typed")
    if confirm and prompt(f"{label} (again): ") != first:
        raise UsageError(f"{label}: the two entries differ")
    return first


if __name__ == "__main__":
    sys.exit(main())
