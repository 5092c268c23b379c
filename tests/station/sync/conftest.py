"""Fixtures of the sync tests: the register as a real process, simulated stations, checks."""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

from register.harness import RegisterProcess
from register.simstation import Reconciliation, SimulatedStation, reconcile, utc_now
from station.refdata import ReferenceData
from station.sync.client import ClientTimeouts
from station.sync.settings import SyncConfig

StationFactory = Callable[..., SimulatedStation]
Checker = Callable[[SimulatedStation], Reconciliation]


@pytest.fixture
def fast() -> SyncConfig:
    """Short waits, so a test sees many retries in seconds; the behaviour is the same."""
    return SyncConfig(
        idle_interval=0.2,
        status_interval=0.0,
        retention=dt.timedelta(days=7),
        backoff_base=0.05,
        backoff_cap=0.5,
        timeouts=ClientTimeouts(connect=3.0, read=5.0, write=5.0, ping=2.0),
    )


@pytest.fixture(scope="module")
def register(tmp_path_factory: pytest.TempPathFactory) -> Iterator[RegisterProcess]:
    """One register process per test module; each test enrols its own stations."""
    process = RegisterProcess(tmp_path_factory.mktemp("register")).start()
    yield process
    process.stop()


@pytest.fixture(autouse=True)
def _register_reset(request: pytest.FixtureRequest) -> Iterator[None]:
    """After each test: the register up again (if a test killed it), no fault armed."""
    yield
    if "register" in request.fixturenames:
        process: RegisterProcess = request.getfixturevalue("register")
        if process.process is None or process.process.poll() is not None:
            process.process = None
            process.start()
        process.clear_faults()


@pytest.fixture
def stations(tmp_path: Path, refdata: ReferenceData) -> Iterator[StationFactory]:
    """Make simulated stations on temporary folders; all closed after the test."""
    made: list[SimulatedStation] = []

    def make(code: str = "", clock: Callable[[], dt.datetime] = utc_now) -> SimulatedStation:
        # Station codes are unique in real life, and application numbers start with them.
        code = code or f"T{uuid.uuid4().hex[:8].upper()}"
        folder = tmp_path / f"station-{len(made)}"
        station = SimulatedStation(folder, code, clock=clock, refdata=refdata)
        made.append(station)
        return station

    yield make
    for station in made:
        station.close()


@pytest.fixture
def enrolled(register: RegisterProcess, stations: StationFactory) -> StationFactory:
    """Make a station already enrolled with the register."""

    def make(code: str = "", **kw: object) -> SimulatedStation:
        station = stations(code, **kw)
        station.enrol(register.url, register.tokens()[0])
        return station

    return make


@pytest.fixture
def check(register: RegisterProcess) -> Checker:
    """Reconcile a station's outbox with the register: 0 lost, 0 duplicated, all explained."""

    def run(station: SimulatedStation) -> Reconciliation:
        holdings = register.holdings(station.enrolment.station_id)
        result = reconcile(station.outbox_rows(), holdings)
        assert not result.lost, f"lost: {result.lost}"
        assert not result.duplicated, f"duplicated: {result.duplicated}"
        assert not result.unexplained, f"rejections without a reason: {result.unexplained}"
        assert not result.unknown, f"held but unknown to the station: {result.unknown}"
        return result

    return run
