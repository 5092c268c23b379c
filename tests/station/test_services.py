"""The core object graph: opened on a folder, the slip follows the configured rules."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from station.config import ConfigError, load_config
from station.protect.keystore import KdfParams, Keystore
from station.record import ApplicationRecord
from station.refdata import ReferenceData
from station.sealing import SealReceipt
from station.services import NotEnrolledError, open_station_core

VN = dt.timezone(dt.timedelta(hours=7))


def test_the_slip_uses_the_configured_place_days_and_holidays(
    tmp_path: Path, refdata: ReferenceData, sample: ApplicationRecord
) -> None:
    secrets = Keystore(tmp_path / "station.keys", KdfParams(1, 1024, 1)).create(
        "services test passphrase"
    )
    env = {
        "STATION_STATION_CODE": "HN0001",
        "STATION_STATION_NAME": "Công an phường Ba Đình",
        "STATION_SLIP_PLACE": "Bộ phận một cửa, 12 Điện Biên Phủ",
        "STATION_SLIP_WORKING_DAYS": "3",
        "STATION_SLIP_EXTRA_HOLIDAYS": "2026-11-25",
    }
    core = open_station_core(tmp_path, secrets, load_config([], env), refdata)
    try:
        with pytest.raises(NotEnrolledError):
            core.sealer()
        # Monday 23 Nov 2026, 10:00 in Vietnam: Tue, (Wed off), Thu, Fri.
        sealed = dt.datetime(2026, 11, 23, 10, 0, tzinfo=VN)
        receipt = SealReceipt(
            sample.meta.application_id, "HN0001-261123-00001-XX", sealed, "0" * 64, 1
        )
        slip = core.appointment_slip(sample, receipt)
    finally:
        core.close()

    assert slip.place == "Bộ phận một cửa, 12 Điện Biên Phủ"
    assert slip.collect_on == dt.date(2026, 11, 27)


def test_a_bad_holiday_list_is_refused_naming_the_key() -> None:
    with pytest.raises(ConfigError) as caught:
        load_config([], {"STATION_SLIP_EXTRA_HOLIDAYS": "Tết"})

    assert "slip.extra_holidays" in str(caught.value)
