"""First-run setup: field checks, and the station created and enrolled with a real register."""

from __future__ import annotations

import dataclasses
import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from register.harness import RegisterProcess
from station.accounts import LoginFailedError
from station.config import ConfigValues, load_config
from station.config.settings import LANGUAGE, RETENTION_DAYS, STATION_CODE, SUPERVISOR_APPROVAL
from station.config.store import update_config_file
from station.first_run import (
    EnrolmentOutcome,
    EnrolmentStatus,
    SetupChoices,
    SetupRefusedError,
    config_values,
    create_station,
)
from station.paths import KEYS_FILE
from station.protect.keystore import KdfParams, Keystore, KeystoreError
from station.record import PortraitRef
from station.refdata import ReferenceData
from station.samples import sample_record
from station.services import NotEnrolledError, StationCore
from station.storage.schema import OutboxState, Role
from station.sync.errors import EnrolmentError, RegisterUnreachableError

FAST_KDF = KdfParams(1, 1024, 1)

GOOD = SetupChoices(
    station_code="HN0042",
    station_name="Công an phường  Hoàn Kiếm",
    register_url="",
    enrolment_token="",
    admin_id="it.admin",
    admin_name="Lê Văn Kỹ Thuật",
    admin_password="Quan-tri-2026",
    key_passphrase="mot cau mat khau dai cua tram",
    camera_device="0",
    card_reader="",
    language="en",
    retention_days=7,
    supervisor_approval=True,
)


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RegisterProcess]:
    """The reference register as a real process (the harness the sync tests use)."""
    process = RegisterProcess(tmp_path_factory.mktemp("register")).start()
    yield process
    process.stop()


def setup_config(choices: SetupChoices, tmp_path: Path) -> ConfigValues:
    """What main.py does before create_station: write the choices, load the configuration."""
    user_file = tmp_path / "config" / "station.toml"
    update_config_file(user_file, config_values(choices))
    return load_config([user_file], {})


def create(
    choices: SetupChoices, tmp_path: Path, refdata: ReferenceData, **kw: object
) -> tuple[StationCore, EnrolmentOutcome]:
    config = setup_config(choices, tmp_path)
    return create_station(choices, tmp_path / "data", config, refdata, kdf=FAST_KDF, **kw)  # type: ignore[arg-type]


def seal_one(core: StationCore, officer_id: str) -> str:
    """Take one application the officer's way: draft, photo, seal."""
    now = core.clock()
    draft = core.drafts.start(officer_id, core.station_code)
    digest = core.drafts.put_attachment(draft.meta.application_id, "portrait", os.urandom(2000))
    record = dataclasses.replace(
        sample_record(core.refdata, now),
        meta=draft.meta,
        portrait=PortraitRef("portrait", digest, now),
    )
    core.drafts.save(record)
    return core.sealer().seal(draft.meta.application_id, officer_id).application_id


# ---------------------------------------------------------------------------- field checks


def test_good_choices_have_no_problems() -> None:
    assert GOOD.problems() == {}


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"station_code": ""}, "station_code"),
        ({"station_code": "hn-01"}, "station_code"),
        ({"station_name": "   "}, "station_name"),
        ({"register_url": "http://register.example"}, "register_url"),
        ({"register_url": "https://"}, "register_url"),
        ({"enrolment_token": "IST1-abc", "register_url": "https://r.example"}, "enrolment_token"),
        ({"admin_id": "A"}, "admin_id"),
        ({"admin_name": ""}, "admin_name"),
        ({"admin_password": "short1"}, "admin_password"),
        ({"admin_password": "it.admin-2026x"}, "admin_password"),
        ({"key_passphrase": "aaaaaaaaaaaaaaaa"}, "key_passphrase"),
        ({"key_passphrase": "Quan-tri-2026"}, "key_passphrase"),
        ({"camera_device": " "}, "camera_device"),
        ({"language": "fr"}, "language"),
        ({"retention_days": 366}, "retention_days"),
    ],
)
def test_each_bad_field_is_named_with_a_bilingual_message(
    changes: dict[str, object], field: str
) -> None:
    problems = dataclasses.replace(GOOD, **changes).problems()  # type: ignore[arg-type]

    assert list(problems) == [field]
    problem = problems[field]
    assert problem.message("vi") and problem.message("en")
    assert problem.message("vi") != problem.message("en")


def test_token_without_register_address_is_a_problem_of_the_address() -> None:
    token = "IST1-" + "a" * 32 + "-" + "b" * 32
    problems = dataclasses.replace(GOOD, enrolment_token=token).problems()
    assert list(problems) == ["register_url"]


def test_password_problems_list_every_broken_rule() -> None:
    problems = dataclasses.replace(GOOD, admin_password="abc").problems()
    text = problems["admin_password"].message("en")
    assert "at least 10 characters" in text and "digit" in text


def test_config_values_are_the_declared_keys() -> None:
    values = config_values(GOOD)
    assert values[STATION_CODE.key] == "HN0042"
    assert values["station.name"] == "Công an phường Hoàn Kiếm"
    assert values[LANGUAGE.key] == "en"
    assert values[RETENTION_DAYS.key] == 7
    assert values[SUPERVISOR_APPROVAL.key] is True


def test_choices_do_not_show_passwords_in_their_repr() -> None:
    assert GOOD.admin_password not in repr(GOOD)
    assert GOOD.key_passphrase not in repr(GOOD)


# ---------------------------------------------------------------------------- creating


@pytest.mark.register
@pytest.mark.slow
def test_station_is_created_enrolled_and_delivers_to_the_register(
    register: RegisterProcess, tmp_path: Path, refdata: ReferenceData
) -> None:
    choices = dataclasses.replace(
        GOOD,
        register_url=register.url,
        enrolment_token=register.tokens()[0],
        supervisor_approval=False,
    )

    core, outcome = create(choices, tmp_path, refdata)
    try:
        assert outcome.status is EnrolmentStatus.ENROLLED
        assert outcome.message("en") == "The station is enrolled with the register."
        enrolment = core.sync_state.enrolment()
        assert enrolment is not None and enrolment.station_code == "HN0042"
        admin = core.accounts.login("IT.Admin", choices.admin_password)
        assert admin.role is Role.ADMIN and not admin.must_change_password
        assert Keystore(tmp_path / "data" / KEYS_FILE, FAST_KDF).unlock(choices.key_passphrase)

        application_id = seal_one(core, admin.officer_id)
        deadline = time.monotonic() + 60
        while core.outbox.counts()[OutboxState.ACCEPTED] == 0:
            assert time.monotonic() < deadline, core.outbox.counts()
            time.sleep(min(core.sync.run_pass(), 0.2))
        held = [h.application_id for h in register.holdings(enrolment.station_id)]
        assert held == [application_id]
    finally:
        core.close()


@pytest.mark.register
@pytest.mark.slow
def test_bad_token_still_creates_the_station_and_says_why(
    register: RegisterProcess, tmp_path: Path, refdata: ReferenceData
) -> None:
    real = register.tokens()[0]
    forged = "IST1-" + "0" * 32 + real[-33:]  # the register's fingerprint, an unknown secret
    choices = dataclasses.replace(GOOD, register_url=register.url, enrolment_token=forged)

    core, outcome = create(choices, tmp_path, refdata)
    try:
        assert outcome.status is EnrolmentStatus.FAILED
        assert isinstance(outcome.error, EnrolmentError)
        message = outcome.message("en")
        assert "token is invalid, used or expired" in message
        assert "Settings → Sync" in message
        assert core.sync_state.enrolment() is None
        assert core.accounts.login("it.admin", choices.admin_password).role is Role.ADMIN
        with pytest.raises(NotEnrolledError):
            core.sealer()
    finally:
        core.close()


def test_unreachable_register_is_an_outcome_not_an_error(
    tmp_path: Path, refdata: ReferenceData
) -> None:
    token = "IST1-" + "a" * 32 + "-" + "b" * 32
    choices = dataclasses.replace(GOOD, register_url="https://127.0.0.1:9", enrolment_token=token)

    core, outcome = create(choices, tmp_path, refdata)
    try:
        assert outcome.status is EnrolmentStatus.FAILED
        assert isinstance(outcome.error, RegisterUnreachableError)
    finally:
        core.close()


def test_without_token_enrolment_is_left_for_later(tmp_path: Path, refdata: ReferenceData) -> None:
    core, outcome = create(GOOD, tmp_path, refdata)
    try:
        assert outcome.status is EnrolmentStatus.SKIPPED
        assert not outcome.enrolled
        assert "Settings → Sync" in outcome.message("en")
        assert "Cài đặt → Đồng bộ" in outcome.message("vi")
        assert core.supervisor_approval is True
        with pytest.raises(LoginFailedError):
            core.accounts.login("it.admin", "Wrong-password-1")
    finally:
        core.close()


def test_refused_when_the_station_already_has_keys(tmp_path: Path, refdata: ReferenceData) -> None:
    core, _ = create(GOOD, tmp_path, refdata)
    core.close()
    keys = tmp_path / "data" / KEYS_FILE
    before = keys.read_bytes()

    with pytest.raises(SetupRefusedError) as caught:
        create(GOOD, tmp_path, refdata)

    assert "already holds a station" in caught.value.message("en")
    assert keys.read_bytes() == before


def test_refused_when_a_field_is_wrong(tmp_path: Path, refdata: ReferenceData) -> None:
    with pytest.raises(SetupRefusedError):
        create(dataclasses.replace(GOOD, admin_password="x"), tmp_path, refdata)
    assert not (tmp_path / "data" / KEYS_FILE).exists()


def test_a_failed_setup_leaves_no_key_behind(
    tmp_path: Path, refdata: ReferenceData, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*args: object, **kwargs: object) -> StationCore:
        raise OSError("disk gone")

    monkeypatch.setattr("station.first_run.open_station_core", broken)

    with pytest.raises(OSError):
        create(GOOD, tmp_path, refdata)
    assert not (tmp_path / "data" / KEYS_FILE).exists()


class MemoryKeystore:
    """An OS keystore in memory (or one that refuses to store)."""

    def __init__(self, refuse: bool = False) -> None:
        self.items: dict[str, bytes] = {}
        self.refuse = refuse

    def load(self, name: str) -> bytes | None:
        return self.items.get(name)

    def store(self, name: str, secret: bytes) -> None:
        if self.refuse:
            raise KeystoreError("từ chối", "refused", "test keystore refuses")
        self.items[name] = secret


def test_os_keystore_opens_the_station_and_a_refusing_one_is_skipped(
    tmp_path: Path, refdata: ReferenceData
) -> None:
    store = MemoryKeystore()
    core, _ = create(GOOD, tmp_path / "a", refdata, os_keystore=store)
    core.close()
    assert Keystore(tmp_path / "a" / "data" / KEYS_FILE).unlock_with_os(store) is not None

    refusing = MemoryKeystore(refuse=True)
    core, _ = create(GOOD, tmp_path / "b", refdata, os_keystore=refusing)
    core.close()
    keystore = Keystore(tmp_path / "b" / "data" / KEYS_FILE)
    assert keystore.unlock_with_os(refusing) is None
    assert keystore.unlock(GOOD.key_passphrase)


def test_enrolment_outcome_messages_are_bilingual() -> None:
    failed = EnrolmentOutcome(EnrolmentStatus.FAILED, error=RegisterUnreachableError("x"))
    assert failed.message("vi").startswith("Đăng ký trạm không thành công")
    assert "cannot be reached" in failed.message("en")
