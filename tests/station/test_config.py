"""Configuration: declared keys, files in precedence order, environment, clear errors."""

from __future__ import annotations

import tomllib
from pathlib import Path

import pytest

from station.config import ConfigError, load_config, render_documented, render_values
from station.config.settings import (
    ALL_SETTINGS,
    CAMERA_WIDTH,
    LANGUAGE,
    REGISTER_URL,
    RETENTION_DAYS,
    STATION_CODE,
    SUPERVISOR_APPROVAL,
)


def write(path: Path, text: str) -> Path:
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_without_any_file(tmp_path: Path) -> None:
    config = load_config([tmp_path / "absent.toml"], {})
    assert config[CAMERA_WIDTH] == 1280
    assert config[LANGUAGE] == "vi"
    assert config.source(CAMERA_WIDTH) == "default"


def test_precedence_program_dir_then_user_then_environment(tmp_path: Path) -> None:
    preset = write(tmp_path / "preset.toml", '[station]\ncode = "HN0001"\n[camera]\nwidth = 1920\n')
    user = write(tmp_path / "user.toml", "[camera]\nwidth = 1600\n")
    config = load_config([preset, user], {"STATION_UI_LANGUAGE": "en", "STATION_PASSPHRASE": "x"})
    assert config[STATION_CODE] == "HN0001"
    assert config.source(STATION_CODE) == str(preset)
    assert config[CAMERA_WIDTH] == 1600
    assert config[LANGUAGE] == "en"
    assert config.source(LANGUAGE) == "environment (STATION_UI_LANGUAGE)"
    env = load_config(
        [preset], {"STATION_CAMERA_WIDTH": "800", "STATION_UI_SUPERVISOR_APPROVAL": "yes"}
    )
    assert env[CAMERA_WIDTH] == 800
    assert env[SUPERVISOR_APPROVAL] is True


@pytest.mark.parametrize(
    ("text", "env", "key", "fragment"),
    [
        ("[camera]\nwidht = 1280\n", {}, "camera.widht", "did you mean 'camera.width'"),
        ('[camera]\nwidth = "wide"\n', {}, "camera.width", "not a whole number"),
        ("[camera]\nwidth = 100\n", {}, "camera.width", "below the minimum"),
        ('[ui]\nlanguage = "fr"\n', {}, "ui.language", "not one of: vi, en"),
        ('[station]\ncode = "hn 1"\n', {}, "station.code", "capital letters"),
        ('[register]\nurl = "http://x"\n', {}, "register.url", "HTTPS"),
        ("camera = 3\n", {}, "camera", "[section]"),
        ("[camera\n", {}, "(file)", "not valid TOML"),
        ("", {"STATION_CAMERA_WIDTH": "12.5"}, "camera.width", "not a whole number"),
        ("", {"STATION_UI_SUPERVISOR_APPROVAL": "maybe"}, "ui.supervisor_approval", "true/false"),
    ],
)
def test_bad_values_name_the_key_and_the_source(
    tmp_path: Path, text: str, env: dict[str, str], key: str, fragment: str
) -> None:
    path = write(tmp_path / "station.toml", text)
    with pytest.raises(ConfigError) as caught:
        load_config([path], env)
    assert caught.value.key == key
    assert fragment in caught.value.message("en")
    assert key in caught.value.message("vi")
    assert (str(path) if not env else "environment") in caught.value.source


def test_documented_file_lists_every_key_and_parses(tmp_path: Path) -> None:
    text = render_documented()
    for setting in ALL_SETTINGS:
        assert f"{setting.key.split('.', 1)[1]} = " in text
        assert setting.description in text
    tomllib.loads(text)  # all commented out: still a valid, empty configuration


def test_written_values_read_back(tmp_path: Path) -> None:
    values = {
        "station.code": "HN0001",
        "station.name": "Công an phường Hồng Hà",
        "register.url": "https://register.example:8443",
        "storage.retention_days": 7,
        "ui.supervisor_approval": True,
    }
    path = write(tmp_path / "station.toml", render_values(values))
    config = load_config([path], {})
    assert config[STATION_CODE] == "HN0001"
    assert config[REGISTER_URL] == "https://register.example:8443"
    assert config[RETENTION_DAYS] == 7
    assert config[SUPERVISOR_APPROVAL] is True


def test_every_key_is_declared_once_with_a_valid_default() -> None:
    keys = [s.key for s in ALL_SETTINGS]
    assert len(keys) == len(set(keys))
    for setting in ALL_SETTINGS:
        assert setting.parse(setting.default, "default") == setting.default
        assert setting.description.endswith(".")
