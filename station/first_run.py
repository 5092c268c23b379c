"""First-run setup: what IT chose, checked field by field, and the station created from it.

The setup wizard collects :class:`SetupChoices`; main.py writes :func:`config_values` to the
user's configuration file and then calls :func:`create_station` on a worker. The station
key, the database and the first administrator are created together (a failure removes
what was made, so the next start offers the setup again); enrolment comes last, and its
failure is an outcome to show, not an error: IT can enrol later in Settings → Sync.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path
from typing import TypeVar
from urllib.parse import urlsplit

import httpx

from station.accounts.errors import AccountError
from station.accounts.policy import (
    AccountPolicy,
    PasswordRuleError,
    check_display_name,
    check_officer_id,
    normalise_officer_id,
    password_problems,
)
from station.config import ConfigError, ConfigValues, Setting
from station.config.settings import (
    CAMERA_DEVICE,
    CARD_READER,
    LANGUAGE,
    REGISTER_URL,
    RETENTION_DAYS,
    STATION_CODE,
    STATION_NAME,
    SUPERVISOR_APPROVAL,
)
from station.errors import StationError
from station.paths import DATABASE_FILE, KEYS_FILE
from station.protect.keystore import (
    KdfParams,
    Keystore,
    KeystoreError,
    OsKeystore,
    StationSecrets,
    check_passphrase,
)
from station.refdata import ReferenceData
from station.services import (
    Clock,
    StationCore,
    open_station_core,
    utc_now,
)
from station.sync.enrolment import EnrolmentToken, enrol_station
from station.sync.errors import EnrolmentError
from station.sync.progress import SyncListener
from station.sync.state import Enrolment

log = logging.getLogger(__name__)
T = TypeVar("T")

MAX_STATION_NAME = 100  # printed on the appointment slip


@dataclass(frozen=True, slots=True)
class FieldProblem:
    """Why one setup field is not acceptable, in both languages."""

    field: str
    message_vi: str
    message_en: str

    def message(self, language: str) -> str:
        """The message in *language* ("en" for English, Vietnamese otherwise)."""
        return self.message_en if language == "en" else self.message_vi

    @classmethod
    def of(cls, field: str, error: StationError) -> FieldProblem:
        """The problem a core error describes."""
        return cls(field, error.message_vi, error.message_en)


@dataclass(frozen=True, slots=True)
class SetupChoices:
    """Everything IT decides in the first-run setup."""

    station_code: str
    station_name: str
    register_url: str
    enrolment_token: str  # "" = enrol later (Settings → Sync)
    admin_id: str
    admin_name: str
    admin_password: str
    key_passphrase: str
    camera_device: str = "0"
    card_reader: str = ""  # "" = the first contactless reader
    language: str = "vi"
    retention_days: int = 0
    supervisor_approval: bool = False

    def __repr__(self) -> str:
        # Passwords must not end up in a log line or a traceback.
        return f"SetupChoices(station_code={self.station_code!r}, admin_id={self.admin_id!r}, …)"

    def problems(self) -> dict[str, FieldProblem]:
        """Every field that is not acceptable, by field name (empty: the setup can go ahead)."""
        found: dict[str, FieldProblem] = {}
        for problem in (
            _station_code(self.station_code),
            _station_name(self.station_name),
            _register_url(self.register_url, bool(self.enrolment_token.strip())),
            _token(self.enrolment_token),
            _admin_id(self.admin_id),
            _admin_name(self.admin_name),
            _admin_password(self.admin_password, self.admin_id),
            _passphrase(self.key_passphrase, self.admin_password),
            _camera(self.camera_device),
            _setting("card_reader", CARD_READER, self.card_reader),
            _setting("language", LANGUAGE, self.language),
            _retention(self.retention_days),
            _setting("supervisor_approval", SUPERVISOR_APPROVAL, self.supervisor_approval),
        ):
            if problem is not None:
                found[problem.field] = problem
        return found


def config_values(choices: SetupChoices) -> dict[str, object]:
    """The configuration keys the setup writes to the user's configuration file."""
    return {
        STATION_CODE.key: choices.station_code.strip(),
        STATION_NAME.key: " ".join(choices.station_name.split()),
        REGISTER_URL.key: choices.register_url.strip(),
        CAMERA_DEVICE.key: choices.camera_device.strip(),
        CARD_READER.key: choices.card_reader.strip(),
        LANGUAGE.key: choices.language,
        RETENTION_DAYS.key: choices.retention_days,
        SUPERVISOR_APPROVAL.key: choices.supervisor_approval,
    }


# ---------------------------------------------------------------------------- creating


class EnrolmentStatus(StrEnum):
    """How the enrolment step of the setup ended."""

    ENROLLED = "enrolled"
    SKIPPED = "skipped"  # no token given: IT enrols later
    FAILED = "failed"  # the station exists; IT enrols later


@dataclass(frozen=True, slots=True)
class EnrolmentOutcome:
    """The enrolment step's result, shown by the GUI after the setup."""

    status: EnrolmentStatus
    enrolment: Enrolment | None = None
    error: StationError | None = None

    @property
    def enrolled(self) -> bool:
        """True when the station can seal applications now."""
        return self.status is EnrolmentStatus.ENROLLED

    def message(self, language: str) -> str:
        """What to tell IT, in *language*."""
        en = language == "en"
        if self.status is EnrolmentStatus.ENROLLED:
            return (
                "The station is enrolled with the register."
                if en
                else "Trạm đã được đăng ký với cơ quan đăng ký."
            )
        if self.status is EnrolmentStatus.SKIPPED:
            return (
                "The station is not enrolled with the register yet: applications cannot be "
                "sealed until IT enrols it in Settings → Sync."
                if en
                else "Trạm chưa được đăng ký với cơ quan đăng ký: chưa niêm phong được hồ sơ "
                "cho đến khi bộ phận kỹ thuật đăng ký trạm trong Cài đặt → Đồng bộ."
            )
        reason = self.error.message(language) if self.error is not None else ""
        return (
            f"Enrolment failed: {reason} The station was created; enrol it later in "
            "Settings → Sync."
            if en
            else f"Đăng ký trạm không thành công: {reason} Trạm đã được tạo; đăng ký lại sau "
            "trong Cài đặt → Đồng bộ."
        )


class SetupRefusedError(StationError):
    """The setup cannot go ahead: the folder already holds a station, or a field is wrong."""


def create_station(
    choices: SetupChoices,
    folder: Path,
    config: ConfigValues,
    refdata: ReferenceData,
    *,
    clock: Clock = utc_now,
    sync_listener: SyncListener | None = None,
    os_keystore: OsKeystore | None = None,
    kdf: KdfParams | None = None,
    transport: httpx.BaseTransport | None = None,
) -> tuple[StationCore, EnrolmentOutcome]:
    """Create the station key, open the core, add the first administrator, then enrol.

    Refuses a folder that already holds a key file or a database. Slow (Argon2, the
    network): call it from a worker thread.
    """
    found = choices.problems()
    if found:
        first = next(iter(found.values()))
        raise SetupRefusedError(first.message_vi, first.message_en, f"setup field {first.field}")
    keystore = Keystore(folder / KEYS_FILE, kdf)
    if keystore.exists() or (folder / DATABASE_FILE).exists():
        raise SetupRefusedError(
            "Thư mục dữ liệu đã có một trạm; không tạo lại để tránh mất dữ liệu. Gọi bộ phận "
            "kỹ thuật.",
            "The data folder already holds a station; it is not recreated, to avoid losing "
            "data. Call IT.",
            f"station files exist in {folder.name}",
        )
    folder.mkdir(parents=True, exist_ok=True)
    secrets = _create_keys(keystore, choices.key_passphrase, os_keystore)
    try:
        core = open_station_core(
            folder, secrets, config, refdata, clock=clock, sync_listener=sync_listener
        )
    except BaseException:
        _remove_partial_station(folder)
        raise
    try:
        core.accounts.create_first_admin(
            choices.admin_id, choices.admin_name, choices.admin_password
        )
    except BaseException:
        core.close()
        _remove_partial_station(folder)
        raise
    log.info("station %s created", choices.station_code)
    return core, _enrol(choices, core, clock, transport)


def _create_keys(
    keystore: Keystore, passphrase: str, os_keystore: OsKeystore | None
) -> StationSecrets:
    if os_keystore is not None:
        try:
            return keystore.create(passphrase, os_keystore)
        except KeystoreError as exc:
            if keystore.exists():
                raise
            # The OS keystore refused to store: the passphrase alone opens the station.
            log.warning("OS keystore not used: %s", exc.detail)
    return keystore.create(passphrase)


def _enrol(
    choices: SetupChoices,
    core: StationCore,
    clock: Clock,
    transport: httpx.BaseTransport | None,
) -> EnrolmentOutcome:
    token = choices.enrolment_token.strip()
    if not token:
        return EnrolmentOutcome(EnrolmentStatus.SKIPPED)
    try:
        enrolment = enrol_station(
            choices.register_url.strip(),
            token,
            core.station_code,
            core.secrets,
            core.sync_state,
            clock,
            transport=transport,
        )
    except StationError as exc:
        log.warning("enrolment during setup failed: %s", exc.detail)
        return EnrolmentOutcome(EnrolmentStatus.FAILED, error=exc)
    except Exception as exc:  # the station exists: any failure here is only "enrol later"
        log.exception("enrolment during setup failed unexpectedly")
        error = EnrolmentError(
            "Lỗi không mong đợi khi đăng ký trạm.",
            "An unexpected error stopped the enrolment.",
            type(exc).__name__,
        )
        return EnrolmentOutcome(EnrolmentStatus.FAILED, error=error)
    return EnrolmentOutcome(EnrolmentStatus.ENROLLED, enrolment=enrolment)


def _remove_partial_station(folder: Path) -> None:
    """Remove what a failed setup made, so the next start offers the setup again."""
    for name in (KEYS_FILE, DATABASE_FILE, f"{DATABASE_FILE}-wal", f"{DATABASE_FILE}-shm"):
        (folder / name).unlink(missing_ok=True)


# ---------------------------------------------------------------------------- field checks


def _refused(setting: Setting[T], value: object) -> bool:
    """True when the declared setting refuses *value* (its type, limits and check)."""
    try:
        setting.parse(value, "setup")
    except ConfigError:
        return True
    return False


def _setting(field: str, setting: Setting[T], value: object) -> FieldProblem | None:
    if not _refused(setting, value):
        return None
    return FieldProblem(
        field,
        f"Giá trị «{value}» không hợp lệ.",
        f"The value '{value}' is not acceptable.",
    )


def _station_code(code: str) -> FieldProblem | None:
    code = code.strip()
    if not code or _refused(STATION_CODE, code):
        return FieldProblem(
            "station_code",
            "Mã trạm gồm 2 đến 12 chữ in hoa hoặc chữ số (ví dụ HN0001).",
            "The station code needs 2 to 12 capital letters or digits (e.g. HN0001).",
        )
    return None


def _station_name(name: str) -> FieldProblem | None:
    name = " ".join(name.split())
    if not 0 < len(name) <= MAX_STATION_NAME:
        return FieldProblem(
            "station_name",
            f"Tên điểm thu nhận cần từ 1 đến {MAX_STATION_NAME} ký tự (in trên giấy hẹn).",
            f"The intake point's name needs 1 to {MAX_STATION_NAME} characters (it is printed "
            "on the appointment slip).",
        )
    return None


def _register_url(url: str, token_given: bool) -> FieldProblem | None:
    url = url.strip()
    if not url:
        if not token_given:
            return None  # enrol later: the URL comes with the token
        return FieldProblem(
            "register_url",
            "Cần địa chỉ của cơ quan đăng ký để đăng ký trạm bằng mã đã nhập.",
            "The register's address is needed to enrol with the token given.",
        )
    if _refused(REGISTER_URL, url) or not urlsplit(url).hostname:
        return FieldProblem(
            "register_url",
            "Địa chỉ cơ quan đăng ký phải có dạng https://tên-máy-chủ[:cổng].",
            "The register's address must look like https://server-name[:port].",
        )
    return None


def _token(token: str) -> FieldProblem | None:
    if not token.strip():
        return None
    try:
        EnrolmentToken.parse(token)
    except EnrolmentError:
        return FieldProblem(
            "enrolment_token",
            "Mã đăng ký trạm phải có dạng IST1-… như cơ quan đăng ký đã in. Để trống nếu "
            "đăng ký sau.",
            "The enrolment token must look like IST1-… as the register printed it. Leave it "
            "empty to enrol later.",
        )
    return None


def _admin_id(admin_id: str) -> FieldProblem | None:
    try:
        check_officer_id(admin_id)
    except AccountError as exc:
        return FieldProblem.of("admin_id", exc)
    return None


def _admin_name(name: str) -> FieldProblem | None:
    try:
        check_display_name(name)
    except AccountError as exc:
        return FieldProblem.of("admin_name", exc)
    return None


def _admin_password(password: str, admin_id: str) -> FieldProblem | None:
    policy = AccountPolicy()
    problems = password_problems(password, normalise_officer_id(admin_id), policy)
    if problems:
        return FieldProblem.of("admin_password", PasswordRuleError(problems, policy))
    return None


def _passphrase(passphrase: str, admin_password: str) -> FieldProblem | None:
    try:
        check_passphrase(passphrase)
    except KeystoreError as exc:
        return FieldProblem.of("key_passphrase", exc)
    if passphrase == admin_password:
        return FieldProblem(
            "key_passphrase",
            "Mật khẩu trạm phải khác mật khẩu của quản trị viên.",
            "The station passphrase must differ from the administrator's password.",
        )
    return None


def _camera(device: str) -> FieldProblem | None:
    if device.strip():
        return None
    return FieldProblem(
        "camera_device",
        "Chọn máy ảnh: 0 là máy ảnh thứ nhất, hoặc đường dẫn thiết bị.",
        "Choose a camera: 0 is the first one, or give a device path.",
    )


def _retention(days: int) -> FieldProblem | None:
    if not _refused(RETENTION_DAYS, days):
        return None
    return FieldProblem(
        "retention_days",
        "Số ngày lưu giữ từ 0 đến 365.",
        "Keep sealed applications 0 to 365 days.",
    )
