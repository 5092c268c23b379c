"""Fixtures of the UI tests: a language installed on the test QApplication."""

from __future__ import annotations

import datetime as dt
import gc
import os
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PrivateKey
from cryptography.hazmat.primitives.asymmetric.x25519 import X25519PrivateKey
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication, QWidget
from pytestqt.qtbot import QtBot

from devices.camera.demo import demo_camera
from devices.card.demo import DemoCard, make_demo_card
from devices.card.readers import ReaderConfig, ReaderService
from station.config import ConfigValues, load_config
from station.protect.keystore import KdfParams, Keystore
from station.refdata import ReferenceData, load_reference_data
from station.services import StationCore, open_station_core
from station.storage.schema import Role
from station.sync.state import Enrolment
from ui.bridges import ReaderBridge, SyncBridge
from ui.context import StationDevices, UiContext
from ui.i18n import install_translator
from ui.notifications import NotificationArea
from ui.session import OfficerSession
from ui.tasks import TaskRunner

REPO = Path(__file__).resolve().parents[2]


@dataclass
class FakeReferenceData:
    """Just enough reference data for the window: a version and two lists."""

    admin_units_version: str = "2025-07-01"
    province_list: tuple[str, ...] = field(default_factory=lambda: tuple(map(str, range(34))))
    commune_list: tuple[str, ...] = field(default_factory=lambda: tuple(map(str, range(3321))))

    def provinces(self) -> tuple[str, ...]:
        return self.province_list

    def communes(self) -> tuple[str, ...]:
        return self.commune_list


@pytest.fixture
def reference_data() -> FakeReferenceData:
    return FakeReferenceData()


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Install the translator of the language given by indirect parametrization (vi default)."""
    lang: str = getattr(request, "param", "vi")
    previous_locale = QLocale()
    translator = install_translator(qapp, lang)
    yield lang
    qapp.removeTranslator(translator)
    translator.deleteLater()
    QLocale.setDefault(previous_locale)


# --------------------------------------------------------------- the station behind the screens

PASSPHRASE = "ui test station passphrase"
OFFICER_PASSWORD = "Officer-pass-2026"
STATION_CODE = "HN0001"


def make_config(**overrides: object) -> ConfigValues:
    """The configuration with defaults, the station code set, and *overrides* (key: value)."""
    values = {"station.code": STATION_CODE, "station.name": "Công an phường Ba Đình"}
    values.update({key.replace("__", "."): value for key, value in overrides.items()})
    env = {"STATION_" + key.replace(".", "_").upper(): str(v) for key, v in values.items()}
    return load_config([], env)


def fake_enrolment(core: StationCore) -> None:
    """Store an enrolment with a fresh register key (sealing works; nothing is uploaded)."""
    register_key = X25519PrivateKey.generate().public_key()
    signing = Ed25519PrivateKey.generate().public_key()
    core.sync_state.save_enrolment(
        Enrolment(
            station_id="test-station",
            station_code=core.station_code,
            register_url="https://127.0.0.1:9",
            ca_pem="",
            register_exchange_public=register_key.public_bytes_raw(),
            register_signing_public=signing.public_bytes_raw(),
            enrolled_at=dt.datetime.now(dt.UTC),
        )
    )


@pytest.fixture(scope="session")
def refdata() -> ReferenceData:
    """The real reference data (loaded once)."""
    return load_reference_data()


@pytest.fixture
def station_core(tmp_path: Path, refdata: ReferenceData) -> Iterator[StationCore]:
    """A real station core on a temporary folder: keys, database, an officer and a supervisor.

    Enrolled with a fake register key so sealing works; the sync engine is not started.
    """
    folder = tmp_path / "station"
    folder.mkdir()
    secrets = Keystore(folder / "station.keys", KdfParams(1, 1024, 1)).create(PASSPHRASE)
    core = open_station_core(folder, secrets, make_config(), refdata)
    core.accounts.create_first_admin("admin", "Quản trị", OFFICER_PASSWORD)
    core.accounts.create_account(
        "admin", "officer1", "Nguyễn Văn An", Role.OFFICER, OFFICER_PASSWORD
    )
    core.accounts.create_account(
        "admin", "super1", "Trần Thị Bình", Role.SUPERVISOR, OFFICER_PASSWORD
    )
    fake_enrolment(core)
    yield core
    core.close()


@pytest.fixture
def demo_card() -> DemoCard:
    """The fictional citizen's card lying on the simulated reader."""
    return make_demo_card()


@pytest.fixture
def ui_ctx(
    qtbot: QtBot, qapp: QApplication, station_core: StationCore, demo_card: DemoCard
) -> Iterator[UiContext]:
    """Everything a screen needs, with officer1 logged in and simulated devices."""
    notices = NotificationArea("vi")
    qtbot.addWidget(notices)
    tasks = TaskRunner(notices.error)
    session = OfficerSession(idle_lock_minutes=5)
    reader_events = ReaderBridge()
    reader = ReaderService(
        demo_card.backend, ReaderConfig(poll_timeout=0.05), on_change=reader_events.listener
    )
    devices = StationDevices(
        reader=reader,
        trust_store=demo_card.trust_store,
        open_camera=demo_camera,
        demo_card=demo_card,
    )
    ctx = UiContext(
        tasks,
        notices,
        session,
        "vi",
        sync_events=SyncBridge(),
        reader_events=reader_events,
        demo=True,
        core=station_core,
        devices=devices,
    )
    session.log_in(station_core.accounts.login("officer1", OFFICER_PASSWORD))
    yield ctx
    tasks.shutdown()
    reader.stop()
    # The idle timer must die on this (GUI) thread, not when a worker's GC pass finds it.
    session.log_out()
    del ctx, session
    gc.collect()


@pytest.fixture
def screenshot(request: pytest.FixtureRequest) -> Callable[[QWidget, str], Path]:
    """Save a PNG of a widget for review, in screenshots/ (or $SCREENSHOT_DIR)."""
    folder = Path(os.environ.get("SCREENSHOT_DIR", REPO / "screenshots"))

    def take(widget: QWidget, name: str) -> Path:
        folder.mkdir(parents=True, exist_ok=True)
        path = folder / f"{name}.png"
        assert widget.grab().save(os.fspath(path)), f"could not write {path}"
        return path

    return take
