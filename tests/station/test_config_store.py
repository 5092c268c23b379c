"""The configuration store: changes merged, checked by the declared settings, written atomically."""

from __future__ import annotations

from pathlib import Path

import pytest

from station.config import ConfigError, load_config
from station.config.settings import (
    CAMERA_DEVICE,
    CAMERA_WIDTH,
    IDLE_LOCK_MINUTES,
    LANGUAGE,
    RETENTION_DAYS,
    STATION_CODE,
    SUPERVISOR_APPROVAL,
)
from station.config.store import (
    needs_restart,
    read_config_file,
    update_config_file,
    validated_changes,
)


def test_round_trip_through_the_loader(tmp_path: Path) -> None:
    path = tmp_path / "config" / "station.toml"
    update_config_file(
        path,
        {
            STATION_CODE.key: "HN0001",
            LANGUAGE.key: "en",
            SUPERVISOR_APPROVAL.key: True,
            RETENTION_DAYS.key: 14,
            CAMERA_DEVICE.key: "/dev/video2",
        },
    )

    config = load_config([path], {})

    assert config[STATION_CODE] == "HN0001"
    assert config[LANGUAGE] == "en"
    assert config[SUPERVISOR_APPROVAL] is True
    assert config[RETENTION_DAYS] == 14
    assert config[CAMERA_DEVICE] == "/dev/video2"
    assert config.source(LANGUAGE) == str(path)


def test_later_changes_keep_the_other_keys(tmp_path: Path) -> None:
    path = tmp_path / "station.toml"
    update_config_file(path, {STATION_CODE.key: "HN0001", CAMERA_WIDTH.key: 1920})

    content = update_config_file(path, {CAMERA_WIDTH.key: 1600, LANGUAGE.key: "en"})

    assert content == {STATION_CODE.key: "HN0001", CAMERA_WIDTH.key: 1600, LANGUAGE.key: "en"}
    assert read_config_file(path) == content
    assert not list(tmp_path.glob(".*.tmp"))


@pytest.mark.parametrize(
    ("key", "value"),
    [
        (RETENTION_DAYS.key, 400),
        (LANGUAGE.key, "fr"),
        (STATION_CODE.key, "hn-1"),
        (SUPERVISOR_APPROVAL.key, "yes"),
        ("camera.colour", "red"),
    ],
)
def test_bad_value_is_refused_naming_the_key_and_nothing_is_written(
    tmp_path: Path, key: str, value: object
) -> None:
    path = tmp_path / "station.toml"
    update_config_file(path, {CAMERA_WIDTH.key: 1920})
    before = path.read_bytes()

    with pytest.raises(ConfigError) as caught:
        update_config_file(path, {LANGUAGE.key: "en", key: value})

    assert caught.value.key == key
    assert key in caught.value.message("en")
    assert path.read_bytes() == before


def test_missing_file_reads_empty_and_broken_file_is_refused(tmp_path: Path) -> None:
    assert read_config_file(tmp_path / "absent.toml") == {}
    broken = tmp_path / "broken.toml"
    broken.write_text("[station\ncode = 1", encoding="utf-8")
    with pytest.raises(ConfigError):
        update_config_file(broken, {LANGUAGE.key: "en"})


def test_changes_are_converted_by_their_settings() -> None:
    assert validated_changes({IDLE_LOCK_MINUTES.key: 10}, "test") == {IDLE_LOCK_MINUTES.key: 10}


def test_only_the_idle_lock_applies_without_a_restart() -> None:
    keys = [IDLE_LOCK_MINUTES.key, LANGUAGE.key, CAMERA_DEVICE.key]
    assert needs_restart(keys) == [CAMERA_DEVICE.key, LANGUAGE.key]
    assert needs_restart([IDLE_LOCK_MINUTES.key]) == []
