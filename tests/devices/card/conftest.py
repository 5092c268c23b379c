"""Fixtures of the card tests: test PKI, the fictional card, and the private pcscd + vpcd rig."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import pytest

from devices.card.emulator_files import CardFiles, CardProfile, build_card_files
from devices.card.emulator_pki import TestPki, make_test_pki
from devices.card.emulator_vpcd import VpcdCardLink
from devices.card.pcsc_rig import SOCKET_ENV, PcscRig, RigError, start_rig
from devices.card.simulated import SimulatedBackend
from devices.card.trust_store import CscaTrustStore


@pytest.fixture(scope="session")
def pki() -> TestPki:
    return make_test_pki()


@pytest.fixture(scope="session")
def profile() -> CardProfile:
    return CardProfile()


@pytest.fixture(scope="session")
def card_files(pki: TestPki, profile: CardProfile) -> CardFiles:
    return build_card_files(profile, pki)


@pytest.fixture(scope="session")
def trust(pki: TestPki) -> CscaTrustStore:
    return CscaTrustStore([pki.csca_cert])


@pytest.fixture
def simulated() -> Iterator[SimulatedBackend]:
    backend = SimulatedBackend()
    yield backend
    backend.close()


# -- the real PC/SC path ---------------------------------------------------------------------


@pytest.fixture(scope="session")
def pcsc_rig(tmp_path_factory: pytest.TempPathFactory) -> Iterator[PcscRig]:
    """A private pcscd with the vpcd reader on 127.0.0.1; fails (never skips) without it."""
    try:
        rig = start_rig(Path(tmp_path_factory.mktemp("pcscd")))
    except RigError as exc:
        pytest.fail(f"cannot start the private pcscd for the card tests: {exc}")
    # libpcsclite reads the socket path once per process, at its first call: every PC/SC
    # test of this session therefore talks to this one pcscd.
    previous = os.environ.get(SOCKET_ENV)
    os.environ[SOCKET_ENV] = str(rig.socket_path)
    yield rig
    rig.stop()
    if previous is None:
        os.environ.pop(SOCKET_ENV, None)
    else:
        os.environ[SOCKET_ENV] = previous


def wait_for_card(rig: PcscRig, present: bool, timeout: float = 5.0) -> None:
    """Wait until pcscd sees the card arrive or leave (it polls vpcd every 400 ms)."""
    from devices.card.pcsc import PcscBackend

    backend = PcscBackend()
    try:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            status = backend.statuses().get(rig.reader_name)
            if status is not None and status.card_present == present:
                return
            time.sleep(0.05)
    finally:
        backend.close()
    raise AssertionError(f"pcscd did not see the card {'arrive' if present else 'leave'}")


@pytest.fixture
def vpcd(pcsc_rig: PcscRig) -> Iterator[VpcdCardLink]:
    """The card side of the vpcd reader; the card is taken away after the test."""
    link = VpcdCardLink(pcsc_rig.port)
    yield link
    if link.inserted or link.emulator is not None:
        link.remove()
        wait_for_card(pcsc_rig, present=False)
