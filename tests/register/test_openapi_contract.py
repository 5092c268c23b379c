"""The written contract (register/openapi.yaml) and the served API name the same operations."""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

from register.app import create_app
from register.db import open_register_database
from register.intake import BatchIntake
from register.keys import load_or_create_keys
from register.masterdata import MasterDataSource
from register.store import RegisterStore
from station.refdata import load_reference_data
from station.sync import contract

SPEC = Path(__file__).resolve().parents[2] / "register" / "openapi.yaml"


def _spec_operations() -> set[tuple[str, str]]:
    operations, path = set(), None
    for line in SPEC.read_text().splitlines():
        if m := re.fullmatch(r"  (/\S+):", line):
            path = m.group(1)
        elif path and (m := re.fullmatch(r"    (get|post|put|delete):", line)):
            operations.add((m.group(1).upper(), path))
        elif re.fullmatch(r"\S.*", line):
            path = None
    return operations


def test_spec_and_routes_agree(tmp_path: Path) -> None:
    keys = load_or_create_keys(tmp_path)
    db = open_register_database(f"sqlite:///{tmp_path / 'r.db'}")
    try:
        store = RegisterStore(db, lambda: dt.datetime.now(dt.UTC))
        refdata = load_reference_data()
        edge = create_app(
            db=db,
            store=store,
            intake=BatchIntake(store, keys, lambda: refdata),
            keys=keys,
            masterdata=MasterDataSource(None),
            clock=lambda: dt.datetime.now(dt.UTC),
        )
        served = {
            (method, route.path)
            for route in edge.app.routes
            for method in getattr(route, "methods", ())
            if method != "HEAD"
        }
    finally:
        db.dispose()
    assert served == _spec_operations()
    for path in (contract.PING, contract.CA, contract.ENROLMENTS, contract.STATUS):
        assert ("GET", path) in served or ("POST", path) in served


def test_spec_lists_every_code_the_contract_module_defines() -> None:
    text = SPEC.read_text()
    for code in (
        *contract.ErrorCode,
        *contract.ReceiptStatus,
        *contract.RegisterState,
        *contract.RejectReason,
    ):
        assert code.value in text, code
    assert "X-Server-Time" in text and contract.BATCH_MEDIA_TYPE in text
