"""Unlocking the station key with nobody at the keyboard (OS keystore absent here)."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.protect.keystore import KdfParams, Keystore
from station.protect.unlock import unattended_unlock

PASSPHRASE = "unattended unlock passphrase"


@pytest.fixture
def keystore(tmp_path: Path) -> Keystore:
    store = Keystore(tmp_path / "station.keys", KdfParams(1, 1024, 1))
    store.create(PASSPHRASE)
    return store


def test_the_environment_passphrase_unlocks(keystore: Keystore) -> None:
    secrets = unattended_unlock(keystore, {"STATION_PASSPHRASE": PASSPHRASE})

    assert secrets is not None
    assert secrets.signing_public() == keystore.unlock(PASSPHRASE).signing_public()


def test_a_wrong_or_missing_passphrase_leaves_it_to_the_dialog(
    keystore: Keystore, caplog: pytest.LogCaptureFixture
) -> None:
    assert unattended_unlock(keystore, {}) is None
    assert unattended_unlock(keystore, {"STATION_PASSPHRASE": "not the passphrase"}) is None
    assert "did not unlock" in caplog.text
