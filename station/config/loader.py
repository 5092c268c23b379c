"""Reading the configuration: defaults, the file IT ships next to the program, the user's
file in the platform's config folder, then environment variables, each overriding the last."""

from __future__ import annotations

import difflib
import json
import tomllib
from collections.abc import Iterable, Mapping, Sequence
from pathlib import Path

import platformdirs

from station.config.model import ConfigError, ConfigValues, Setting
from station.config.settings import ALL_SETTINGS

APP_NAME = "intake-station"
FILE_NAME = "station.toml"


def default_files(program_dir: Path) -> list[Path]:
    """Where configuration files are looked for, lowest precedence first.

    *program_dir* is the folder of the executable (frozen) or of main.py (from source):
    the file there is the one IT preconfigures for every user of the machine.
    """
    return [
        program_dir / FILE_NAME,
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)) / FILE_NAME,
    ]


def load_config(
    files: Sequence[Path],
    environ: Mapping[str, str],
    settings: Iterable[Setting[object]] = ALL_SETTINGS,
) -> ConfigValues:
    """The settings in force; raises :class:`ConfigError` naming the first bad key."""
    declared = {s.key: s for s in settings}
    values: dict[str, object] = {key: s.default for key, s in declared.items()}
    sources = dict.fromkeys(declared, "default")
    for path in files:
        for key, raw in _read_file(path, declared).items():
            values[key] = declared[key].parse(raw, str(path))
            sources[key] = str(path)
    known_env = {s.env_name: s for s in declared.values()}
    for name, raw in environ.items():
        if not name.startswith("STATION_"):
            continue
        setting = known_env.get(name)
        if setting is None:
            continue  # other STATION_* variables (e.g. the passphrase) are not settings
        source = f"environment ({name})"
        values[setting.key] = setting.parse(raw, source)
        sources[setting.key] = source
    return ConfigValues(values, sources)


def render_documented(settings: Iterable[Setting[object]] = ALL_SETTINGS) -> str:
    """A complete configuration file: every key commented out with its description and default."""
    lines = [
        "# Intake station configuration.",
        "# Every key is optional: uncomment and change what differs from the default.",
        "# Each key can also be set by an environment variable STATION_<SECTION>_<KEY>.",
    ]
    section = None
    for setting in sorted(settings, key=lambda s: s.key):
        head, name = setting.key.split(".", 1)
        if head != section:
            lines += ["", f"[{head}]"]
            section = head
        lines.append(f"# {setting.description}")
        if setting.choices:
            lines.append("# One of: " + ", ".join(_toml(c) for c in setting.choices))
        lines.append(f"# {name} = {_toml(setting.default)}")
    return "\n".join(lines) + "\n"


def render_values(values: Mapping[str, object]) -> str:
    """A configuration file holding *values* (key -> value), e.g. written by first-run setup."""
    sections: dict[str, list[str]] = {}
    for key, value in sorted(values.items()):
        head, name = key.split(".", 1)
        sections.setdefault(head, []).append(f"{name} = {_toml(value)}")
    return "\n".join(f"[{head}]\n" + "\n".join(lines) + "\n" for head, lines in sections.items())


def file_entries(path: Path) -> list[tuple[str, object]]:
    """The ("section.name", value) pairs of a configuration file; none when it is absent."""
    try:
        with path.open("rb") as handle:
            document = tomllib.load(handle)
    except FileNotFoundError:
        return []
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError("(file)", str(path), f"not valid TOML: {exc}") from None
    except OSError as exc:
        raise ConfigError("(file)", str(path), f"cannot be read: {exc.strerror}") from None
    entries: list[tuple[str, object]] = []
    for head, table in document.items():
        if not isinstance(table, dict):
            raise ConfigError(head, str(path), "expected a [section] with keys under it")
        entries.extend((f"{head}.{name}", raw) for name, raw in table.items())
    return entries


def _read_file(path: Path, declared: Mapping[str, Setting[object]]) -> dict[str, object]:
    flat: dict[str, object] = {}
    for key, raw in file_entries(path):
        if key not in declared:
            close = difflib.get_close_matches(key, list(declared), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else ""
            raise ConfigError(key, str(path), f"unknown key{hint}")
        flat[key] = raw
    return flat


def _toml(value: object) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, int | float):
        return repr(value)
    return json.dumps(str(value), ensure_ascii=False)
