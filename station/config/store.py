"""Changing the user's configuration file: checked by the declared settings, written atomically.

The settings screen and first-run setup write here. Only the changed keys are validated
and merged into what the file already holds; the file is rewritten whole (comments are
not kept: it is the program's own file, IT's commented preset sits next to the program).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from pathlib import Path

from station.config.loader import file_entries, render_values
from station.config.model import ConfigError, Setting
from station.config.settings import ALL_SETTINGS, IDLE_LOCK_MINUTES
from station.storage.files import write_atomically

# Keys the running station takes over at once; every other change waits for a restart
# (the core, the devices and the translator are built once at start-up).
APPLIED_AT_ONCE = frozenset({IDLE_LOCK_MINUTES.key})


def read_config_file(path: Path) -> dict[str, object]:
    """The values a configuration file holds, by "section.name" key (empty when absent)."""
    flat: dict[str, object] = {}
    for key, raw in file_entries(path):
        if isinstance(raw, dict | list):
            raise ConfigError(key, str(path), "expected a single value")
        flat[key] = raw
    return flat


def validated_changes(
    changes: Mapping[str, object],
    source: str,
    settings: Iterable[Setting[object]] = ALL_SETTINGS,
) -> dict[str, object]:
    """*changes* converted and checked by their settings; ConfigError names the first bad key."""
    declared = {s.key: s for s in settings}
    checked: dict[str, object] = {}
    for key, value in changes.items():
        setting = declared.get(key)
        if setting is None:
            raise ConfigError(key, source, "unknown key")
        parsed = setting.parse(value, source)
        checked[key] = str(parsed) if isinstance(parsed, Path) else parsed
    return checked


def update_config_file(
    path: Path,
    changes: Mapping[str, object],
    *,
    source: str = "",
    settings: Iterable[Setting[object]] = ALL_SETTINGS,
) -> dict[str, object]:
    """Merge validated *changes* into the file at *path* atomically; returns its new content.

    Nothing is written when one value is refused (:class:`ConfigError` names its key).
    """
    checked = validated_changes(changes, source or str(path), settings)
    content = read_config_file(path)
    content.update(checked)
    write_atomically(path, render_values(content).encode("utf-8"))
    return content


def needs_restart(keys: Iterable[str]) -> list[str]:
    """The keys among *keys* whose change takes effect only after the station restarts."""
    return sorted(key for key in set(keys) if key not in APPLIED_AT_ONCE)
