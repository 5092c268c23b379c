"""Demo mode's station: a throw-away data folder with keys, accounts and a demo configuration.

Nothing here is real: the folder is temporary, the passphrase random, the accounts have
a published password. main.py adds the simulated devices and the local register.
"""

from __future__ import annotations

import secrets
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from station.config import ConfigValues, load_config
from station.errors import StationError
from station.paths import KEYS_FILE
from station.roles import Role

if TYPE_CHECKING:  # the demo window shows before the core loads; create_demo_station loads it
    from station.refdata import ReferenceData
    from station.services import Clock, StationCore
    from station.sync.progress import SyncListener

DEMO_STATION_CODE = "DEMO01"
DEMO_STATION_NAME = "Công an phường Ba Đình (demo)"
DEMO_OFFICER = "demo"  # an administrator, so a newcomer sees every screen
DEMO_CLERK = "canbo"  # a plain officer account
DEMO_PASSWORD = "tram-thu-2026"
# The demo key is thrown away with its folder: a light Argon2 setting keeps start-up quick.
DEMO_KDF_COST = {"time_cost": 1, "memory_cost_kib": 8 * 1024, "parallelism": 1}


def demo_config(folder: Path, language: str) -> ConfigValues:
    """The configuration of the demo station (defaults plus the demo's identity)."""
    env = {
        "STATION_STATION_CODE": DEMO_STATION_CODE,
        "STATION_STATION_NAME": DEMO_STATION_NAME,
        "STATION_STATION_DATA_DIR": str(folder),
        "STATION_UI_LANGUAGE": language,
        "STATION_ACCOUNTS_IDLE_LOCK_MINUTES": "15",
    }
    return load_config([], env)


def create_demo_station(
    folder: Path,
    config: ConfigValues,
    refdata: ReferenceData,
    *,
    clock: Clock | None = None,
    sync_listener: SyncListener | None = None,
    on_progress: Callable[[str], None] | None = None,
) -> StationCore:
    """Keys, database and the two demo accounts in *folder* (which must be empty)."""
    from station.protect.keystore import KdfParams, Keystore
    from station.services import open_station_core, utc_now

    folder.mkdir(parents=True, exist_ok=True)
    passphrase = secrets.token_urlsafe(24)
    kdf = KdfParams(**DEMO_KDF_COST)
    station_secrets = Keystore(folder / KEYS_FILE, kdf).create(passphrase)
    core = open_station_core(
        folder,
        station_secrets,
        config,
        refdata,
        clock=clock or utc_now,
        sync_listener=sync_listener,
    )
    accounts = core.accounts
    accounts.create_first_admin(DEMO_OFFICER, "Cán bộ demo", DEMO_PASSWORD)
    temporary = secrets.token_urlsafe(16) + "-7a"  # random, and always a letter and a digit
    accounts.create_account(DEMO_OFFICER, DEMO_CLERK, "Nguyễn Văn Demo", Role.OFFICER, temporary)
    accounts.change_password(DEMO_CLERK, temporary, DEMO_PASSWORD)
    if on_progress is not None:
        on_progress("accounts")
    return core


class DemoRegisterMissingError(StationError):
    """A frozen build has no reference register: demo applications stay in the queue."""

    def __init__(self) -> None:
        super().__init__(
            "Bản cài đặt này không có cơ quan đăng ký thử nghiệm: hồ sơ demo ở lại hàng đợi.",
            "This build has no local test register: demo applications stay in the queue.",
            "register package not bundled",
        )
