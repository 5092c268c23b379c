"""Command line of the reference register.

    python -m register serve  [--data-dir DIR] [--host 127.0.0.1] [--port 8443]
                              [--db URL] [--master-data DIR] [--hostname NAME]...
                              [--fault-injection]
    python -m register enroll [--data-dir DIR] [--count N] [--ttl-hours H]
    python -m register import FILE [--data-dir DIR] [--db URL]
    python -m register keys   [--data-dir DIR] [--hostname NAME]...
    python -m register review NUMBER --status review_rejected|card_produced
                              [--reason CODE] [--text TEXT] [--data-dir DIR]

``serve`` prints ``LISTENING <host>:<port>`` once the socket is bound (port 0 picks a
free one). Exit codes: 0 done, 1 refused or failed, 2 wrong usage.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import socket
from collections import Counter
from collections.abc import Sequence
from pathlib import Path

from register.db import RegisterDatabase, open_register_database
from register.intake import BatchIntake, IntakeRefusedError
from register.keys import DEFAULT_HOSTNAMES, RegisterKeys, load_or_create_keys
from register.masterdata import MasterDataSource
from register.store import RegisterStore
from station.refdata import load_reference_data
from station.sync.contract import RegisterState
from station.sync.enrolment import EnrolmentToken

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def main(argv: Sequence[str] | None = None) -> int:
    """Run one command; returns the exit code."""
    args = _parser().parse_args(argv)
    data_dir: Path = args.data_dir
    data_dir.mkdir(parents=True, exist_ok=True)
    hostnames = getattr(args, "hostname", None)
    if args.command == "serve":
        hostnames = hostnames or DEFAULT_HOSTNAMES
    keys = load_or_create_keys(data_dir, hostnames)
    if args.command == "keys":
        _print_keys(keys)
        return EXIT_OK
    db = open_register_database(args.db or f"sqlite:///{data_dir / 'register.db'}")
    store = RegisterStore(db, _now)
    try:
        if args.command == "serve":
            return _serve(args, db, store, keys)
        if args.command == "enroll":
            for secret in store.issue_tokens(args.count, dt.timedelta(hours=args.ttl_hours)):
                print(EnrolmentToken(secret, keys.ca_fingerprint()[:32]))
            return EXIT_OK
        if args.command == "import":
            return _import(args.file, store, keys, args.master_data)
        return _review(args, store)
    finally:
        db.dispose()


def _serve(
    args: argparse.Namespace, db: RegisterDatabase, store: RegisterStore, keys: RegisterKeys
) -> int:
    import uvicorn

    from register.app import create_app

    refdata = load_reference_data(args.master_data)
    app = create_app(
        db=db,
        store=store,
        intake=BatchIntake(store, keys, lambda: refdata),
        keys=keys,
        masterdata=MasterDataSource(args.master_data),
        clock=_now,
        fault_injection=args.fault_injection,
    )
    family = socket.AF_INET6 if ":" in args.host else socket.AF_INET
    # proto given explicitly: asyncio sets TCP_NODELAY on accepted sockets only when the
    # listening socket says IPPROTO_TCP; without it every answer waits ~40 ms (Nagle).
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
    sock.bind((args.host, args.port))
    host, port = sock.getsockname()[:2]
    config = uvicorn.Config(
        app,
        ssl_certfile=str(keys.server_cert),
        ssl_keyfile=str(keys.server_key),
        log_level="warning",
        access_log=False,
        lifespan="off",
        proxy_headers=False,
        server_header=False,
        timeout_keep_alive=30,
        timeout_graceful_shutdown=5,
    )
    print(f"LISTENING {host}:{port}", flush=True)
    uvicorn.Server(config).run(sockets=[sock])
    return EXIT_OK


def _import(file: Path, store: RegisterStore, keys: RegisterKeys, master: Path | None) -> int:
    refdata = load_reference_data(master)
    try:
        data = file.read_bytes()
    except OSError as exc:
        print(f"Không đọc được tệp / Cannot read the file: {exc.strerror}")
        return EXIT_FAILED
    try:
        result = BatchIntake(store, keys, lambda: refdata).take(data, "import")
    except IntakeRefusedError as exc:
        print("Tệp bị từ chối, không hồ sơ nào được nhận / File refused, nothing was taken:")
        print(f"  {exc.code.value}: {exc.detail}")
        return EXIT_FAILED
    counts = Counter(str(r.status) for r in result.receipts)
    summary = {
        "batch_id": result.batch_id,
        "station_id": result.station_id,
        "already_imported": result.replayed,
        "applications": len(result.receipts),
        **{s: counts.get(s, 0) for s in ("accepted", "duplicate", "conflict", "rejected")},
    }
    print(json.dumps(summary))
    return EXIT_OK


def _review(args: argparse.Namespace, store: RegisterStore) -> int:
    if not store.set_status(args.number, RegisterState(args.status), args.reason, args.text):
        print("Không có hồ sơ số này / No application with this number")
        return EXIT_FAILED
    return EXIT_OK


def _print_keys(keys: RegisterKeys) -> None:
    print(
        json.dumps(
            {
                "exchange_public": keys.exchange_public().hex(),
                "signing_public": keys.signing_public().hex(),
                "ca_sha256": keys.ca_fingerprint(),
                "ca_pem_file": str(keys.server_cert.with_name("ca.pem")),
            }
        )
    )


def _parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(prog="register", description="Reference central register.")
    common = argparse.ArgumentParser(add_help=False)
    common.add_argument("--data-dir", type=Path, default=Path("register-data"))
    sub = parser.add_subparsers(dest="command", required=True)

    serve = sub.add_parser("serve", parents=[common], help="serve the API over HTTPS")
    serve.add_argument("--host", default="127.0.0.1")
    serve.add_argument("--port", type=int, default=8443)
    serve.add_argument("--db", help="SQLAlchemy URL (default: SQLite in the data folder)")
    serve.add_argument("--master-data", type=Path, help="folder of master data to offer")
    serve.add_argument("--hostname", action="append", help="name in the TLS certificate")
    serve.add_argument("--fault-injection", action="store_true", help="tests only")

    enroll = sub.add_parser("enroll", parents=[common], help="print one-time enrolment tokens")
    enroll.add_argument("--count", type=int, default=1)
    enroll.add_argument("--ttl-hours", type=float, default=72.0)
    enroll.add_argument("--db")

    imp = sub.add_parser("import", parents=[common], help="take a USB export file")
    imp.add_argument("file", type=Path)
    imp.add_argument("--db")
    imp.add_argument("--master-data", type=Path)

    keys = sub.add_parser("keys", parents=[common], help="create/show the register keys")
    keys.add_argument("--hostname", action="append")

    review = sub.add_parser("review", parents=[common], help="record a later status")
    review.add_argument("number")
    review.add_argument(
        "--status",
        required=True,
        choices=[RegisterState.REVIEW_REJECTED.value, RegisterState.CARD_PRODUCED.value],
    )
    review.add_argument("--reason")
    review.add_argument("--text")
    review.add_argument("--db")
    return parser
