"""Every configuration key of the station, declared once."""

from __future__ import annotations

import datetime as dt

from station.application_number import is_valid_station_code
from station.config.model import Setting


def _station_code(value: str) -> str | None:
    if value and not is_valid_station_code(value):
        return "use 2 to 12 capital letters or digits"
    return None


def _url(value: str) -> str | None:
    if value and not value.startswith("https://"):
        return "the register is reached over HTTPS only (https://...)"
    return None


STATION_CODE = Setting(
    "station.code",
    str,
    "",
    "Station code printed in application numbers (e.g. HN0001).",
    check=_station_code,
)
STATION_NAME = Setting("station.name", str, "", "Name of the intake point shown on slips.")
DATA_DIR = Setting(
    "station.data_dir",
    str,
    "",
    "Folder of the database, keys and backups; empty = the platform's data folder.",
)
LANGUAGE = Setting("ui.language", str, "vi", "Language of the screens.", choices=("vi", "en"))
SUPERVISOR_APPROVAL = Setting(
    "ui.supervisor_approval", bool, False, "A supervisor approves each application before sealing."
)
IDLE_LOCK_MINUTES = Setting(
    "accounts.idle_lock_minutes",
    int,
    5,
    "Lock the screen after this many idle minutes.",
    minimum=1,
    maximum=120,
)
MAX_FAILED_LOGINS = Setting(
    "accounts.max_failed_attempts",
    int,
    5,
    "Failed logins before the account is locked.",
    minimum=3,
    maximum=20,
)
LOCKOUT_MINUTES = Setting(
    "accounts.lockout_minutes",
    int,
    15,
    "How long a locked account stays locked.",
    minimum=1,
    maximum=1440,
)
RETENTION_DAYS = Setting(
    "storage.retention_days",
    int,
    0,
    "Days a sealed application is kept after the register accepted it (0 = purge at once).",
    minimum=0,
    maximum=365,
)
DISK_FLOOR_MB = Setting(
    "storage.disk_floor_mb",
    int,
    500,
    "Refuse new applications below this much free disk.",
    minimum=50,
)
DISK_WARN_MB = Setting(
    "storage.disk_warn_mb", int, 2048, "Warn when free disk falls below this.", minimum=50
)
REGISTER_URL = Setting(
    "register.url", str, "", "HTTPS address of the central register.", check=_url
)
SYNC_BATCH_BYTES = Setting(
    "sync.batch_bytes",
    int,
    2_000_000,
    "Largest upload batch in bytes.",
    minimum=64_000,
    maximum=50_000_000,
)
CAMERA_DEVICE = Setting("camera.device", str, "0", "Camera index or device path.")
CAMERA_WIDTH = Setting("camera.width", int, 1280, "Capture width in pixels.", minimum=320)
CAMERA_HEIGHT = Setting("camera.height", int, 720, "Capture height in pixels.", minimum=240)
CARD_READER = Setting(
    "card.reader", str, "", "PC/SC reader name; empty = the first contactless reader."
)
CSCA_DIR = Setting("card.csca_dir", str, "", "Folder of trusted CSCA certificates (PEM or DER).")
LOG_MAX_BYTES = Setting(
    "logs.max_bytes",
    int,
    5_000_000,
    "Size of one log file before it rotates.",
    minimum=100_000,
)
LOG_FILES = Setting("logs.files", int, 5, "Rotated log files kept.", minimum=1, maximum=50)


def _holidays(value: str) -> str | None:
    try:
        holiday_dates(value)
    except ValueError:
        return "use ISO dates separated by commas, e.g. 2027-02-05, 2027-02-06"
    return None


def holiday_dates(value: str) -> tuple[dt.date, ...]:
    """The dates of a comma-separated ISO date list (raises ValueError on a bad one)."""
    return tuple(dt.date.fromisoformat(part.strip()) for part in value.split(",") if part.strip())


SLIP_PLACE = Setting(
    "slip.place", str, "", "Where the citizen collects the card; empty = the station name."
)
SLIP_WORKING_DAYS = Setting(
    "slip.working_days",
    int,
    7,
    "Working days from sealing to the collection date on the slip.",
    minimum=1,
    maximum=60,
)
SLIP_HOLIDAYS = Setting(
    "slip.extra_holidays",
    str,
    "",
    "Extra days off (Tết, Hùng Kings' day: lunar dates), ISO dates separated by commas.",
    check=_holidays,
)

ALL_SETTINGS: tuple[Setting[object], ...] = (  # type: ignore[assignment]
    STATION_CODE,
    STATION_NAME,
    DATA_DIR,
    LANGUAGE,
    SUPERVISOR_APPROVAL,
    IDLE_LOCK_MINUTES,
    MAX_FAILED_LOGINS,
    LOCKOUT_MINUTES,
    RETENTION_DAYS,
    DISK_FLOOR_MB,
    DISK_WARN_MB,
    REGISTER_URL,
    SYNC_BATCH_BYTES,
    CAMERA_DEVICE,
    CAMERA_WIDTH,
    CAMERA_HEIGHT,
    CARD_READER,
    CSCA_DIR,
    LOG_MAX_BYTES,
    LOG_FILES,
    SLIP_PLACE,
    SLIP_WORKING_DAYS,
    SLIP_HOLIDAYS,
)
