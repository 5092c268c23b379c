"""Opening a station off the GUI thread: reference data, station key, core and devices.

The window shows its login screen first; this module does the slow part meanwhile on a
worker (importing SQLAlchemy and the crypto stack, the Argon2 unlock, opening the
database). It imports its heavy dependencies inside the functions for that reason.
"""

from __future__ import annotations

import functools
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any

from devices.kit import StationDevices
from station.config import ConfigValues
from station.config.settings import (
    CAMERA_DEVICE,
    CAMERA_HEIGHT,
    CAMERA_WIDTH,
    CARD_READER,
    CSCA_DIR,
)
from station.paths import KEYS_FILE

if TYPE_CHECKING:
    from devices.camera.config import CameraConfig
    from devices.camera.source import CameraSource
    from devices.card.readers import ReaderSnapshot
    from station.protect.keystore import Keystore, StationSecrets
    from station.refdata import ReferenceData
    from station.services import StationCore
    from station.sync.progress import SyncListener

ReaderListener = Callable[["ReaderSnapshot"], None]


@dataclass(frozen=True)
class OpenedStation:
    """An open station: its core and its devices (neither started yet)."""

    core: StationCore
    devices: StationDevices


def camera_config(config: ConfigValues) -> CameraConfig:
    """The configured camera (an index or a device path)."""
    from devices.camera.config import CameraConfig

    device = config[CAMERA_DEVICE]
    return CameraConfig(
        device=int(device) if device.isdigit() else device,
        width=config[CAMERA_WIDTH],
        height=config[CAMERA_HEIGHT],
    )


def station_devices(
    config: ConfigValues, folder: Path, *, demo: bool, on_reader_change: ReaderListener
) -> StationDevices:
    """The configured reader, trust store and camera; simulated twins in demo mode."""
    from devices.card.readers import ReaderConfig, ReaderService
    from devices.card.trust_store import CscaTrustStore

    backend: Any
    opener: Callable[[], CameraSource]
    if demo:
        from devices.camera.demo import demo_camera
        from devices.card.demo import make_demo_card

        card = make_demo_card()
        backend, trust, opener = card.backend, card.trust_store, demo_camera
    else:
        from devices.camera.opencv_source import OpenCvCamera
        from devices.card.pcsc import PcscBackend

        card = None
        backend = PcscBackend()
        csca = config[CSCA_DIR]
        trust = CscaTrustStore.load_folder(Path(csca) if csca else folder / "csca")
        opener = functools.partial(OpenCvCamera, camera_config(config))
    reader = ReaderService(
        backend, ReaderConfig(preferred_reader=config[CARD_READER]), on_change=on_reader_change
    )
    return StationDevices(reader, trust, opener, demo_card=card)


class StationOpener:
    """Opens the configured station (on a worker): unattended unlock first, else a passphrase.

    :meth:`open` returns None when no unattended unlock worked (no OS keystore entry, no
    STATION_PASSPHRASE): the GUI then asks the passphrase and calls it again with the key.
    """

    def __init__(
        self,
        config: ConfigValues,
        folder: Path,
        *,
        demo: bool,
        sync_listener: SyncListener,
        reader_listener: ReaderListener,
    ) -> None:
        self.config = config
        self.folder = folder
        self.demo = demo
        self._sync_listener = sync_listener
        self._reader_listener = reader_listener
        self._refdata: ReferenceData | None = None
        self._lock = threading.Lock()

    def keystore(self) -> Keystore:
        """The station's key file."""
        from station.protect.keystore import Keystore

        return Keystore(self.folder / KEYS_FILE)

    def refdata(self) -> ReferenceData:
        """The reference data (code lists, admin units), loaded once."""
        with self._lock:
            if self._refdata is None:
                from station.refdata import load_reference_data

                self._refdata = load_reference_data(self.folder / "refdata")
                # The legacy unit list (ID-number prefixes, old addresses) takes ~130 ms to
                # parse: on its own thread, so the station opens without waiting for it.
                threading.Thread(
                    target=self._refdata.preload_legacy, name="refdata-legacy", daemon=True
                ).start()
            return self._refdata

    def open(self, secrets: StationSecrets | None = None) -> OpenedStation | None:
        """The open core and devices; None when the passphrase must be asked first."""
        unlocking = None
        if not self.demo and secrets is None:
            # Argon2 releases the GIL: the key unlocks while the core's modules load.
            unlocking = self._unlock_unattended()
        refdata = self.refdata()
        if self.demo:
            from station.demo import create_demo_station

            core = create_demo_station(
                self.folder, self.config, refdata, sync_listener=self._sync_listener
            )
        else:
            from station.services import open_station_core

            if unlocking is not None:
                secrets = unlocking.result()
            if secrets is None:
                return None
            core = open_station_core(
                self.folder, secrets, self.config, refdata, sync_listener=self._sync_listener
            )
        try:
            devices = self.devices()
        except BaseException:
            core.close()
            raise
        return OpenedStation(core, devices)

    def _unlock_unattended(self) -> Future[StationSecrets | None]:
        from station.protect.unlock import unattended_unlock

        keystore = self.keystore()
        pool = ThreadPoolExecutor(max_workers=1, thread_name_prefix="key-unlock")
        try:
            return pool.submit(unattended_unlock, keystore)
        finally:
            pool.shutdown(wait=False)

    def devices(self) -> StationDevices:
        """The configured devices (or the demo's simulated twins)."""
        return station_devices(
            self.config, self.folder, demo=self.demo, on_reader_change=self._reader_listener
        )
