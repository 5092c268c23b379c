"""Opening a station off the GUI thread: unattended unlock, passphrase, core and devices."""

from __future__ import annotations

from pathlib import Path

import pytest

from devices.card.simulated import SimulatedBackend
from station.config import ConfigValues, load_config
from station.paths import KEYS_FILE
from station.protect.keystore import KdfParams, Keystore
from station.services import StationCore
from station.startup import StationOpener

PASSPHRASE = "startup test passphrase"


def config(folder: Path) -> ConfigValues:
    return load_config(
        [], {"STATION_STATION_CODE": "HN0003", "STATION_STATION_DATA_DIR": str(folder)}
    )


@pytest.fixture
def opener(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> StationOpener:
    monkeypatch.setattr("station.protect.unlock.system_keystore", lambda: None)
    monkeypatch.delenv("STATION_PASSPHRASE", raising=False)
    folder = tmp_path / "station"
    folder.mkdir()
    Keystore(folder / KEYS_FILE, KdfParams(1, 1024, 1)).create(PASSPHRASE)
    return StationOpener(
        config(folder), folder, demo=False, sync_listener=print, reader_listener=print
    )


def test_without_an_unattended_unlock_nothing_opens_and_the_passphrase_is_needed(
    opener: StationOpener,
) -> None:
    assert opener.open() is None
    assert not (opener.folder / "station.db").exists()


def test_the_passphrase_opens_the_core_and_the_configured_devices(opener: StationOpener) -> None:
    secrets = opener.keystore().unlock(PASSPHRASE)
    opened = opener.open(secrets)
    assert opened is not None
    try:
        assert opened.core.station_code == "HN0003"
        assert opened.devices.demo_card is None
        assert opened.devices.trust_store is not None  # the (empty) csca folder
    finally:
        opened.core.close()


def test_station_passphrase_in_the_environment_unlocks_unattended(
    opener: StationOpener, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("STATION_PASSPHRASE", PASSPHRASE)
    opened = opener.open()
    assert opened is not None
    opened.core.close()


def test_devices_failing_to_open_close_the_core_again(
    opener: StationOpener, monkeypatch: pytest.MonkeyPatch
) -> None:
    closed: list[bool] = []

    def broken_devices() -> None:
        raise OSError("reader service could not start")

    monkeypatch.setattr(opener, "devices", broken_devices)
    original_close = StationCore.close

    def close(core: StationCore) -> None:
        closed.append(True)
        original_close(core)

    monkeypatch.setattr(StationCore, "close", close)
    with pytest.raises(OSError, match="reader service"):
        opener.open(opener.keystore().unlock(PASSPHRASE))
    assert closed == [True]  # no database left open behind the error


def test_demo_mode_creates_the_demo_station_with_simulated_devices(tmp_path: Path) -> None:
    folder = tmp_path / "demo"
    opener = StationOpener(
        config(folder), folder, demo=True, sync_listener=print, reader_listener=print
    )
    opened = opener.open()
    assert opened is not None
    try:
        assert opened.devices.demo_card is not None
        assert isinstance(opened.devices.demo_card.backend, SimulatedBackend)
    finally:
        opened.core.close()
