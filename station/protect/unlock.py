"""Unlocking the station key without anybody at the keyboard: OS keystore, then environment."""

from __future__ import annotations

import logging
import os
from collections.abc import Mapping

from station.errors import StationError
from station.protect.keystore import Keystore, StationSecrets
from station.protect.oskeystore import system_keystore

log = logging.getLogger(__name__)


def unattended_unlock(
    keystore: Keystore, environ: Mapping[str, str] = os.environ
) -> StationSecrets | None:
    """The station key from the OS keystore, else from STATION_PASSPHRASE; None otherwise."""
    os_store = system_keystore()
    if os_store is not None:
        try:
            secrets = keystore.unlock_with_os(os_store)
        except StationError as exc:
            log.warning("OS keystore unlock failed: %s", exc.detail)
            secrets = None
        if secrets is not None:
            return secrets
    # Unattended start (IT's test rigs, the start-up benchmark), as for --self-test.
    passphrase = environ.get("STATION_PASSPHRASE")
    if passphrase:
        try:
            return keystore.unlock(passphrase)
        except StationError as exc:
            log.warning("STATION_PASSPHRASE did not unlock the station: %s", exc.detail)
    return None
