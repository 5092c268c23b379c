"""Declared settings: each key once, with its type, default, description and limits."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Generic, TypeVar

from station.errors import StationError

T = TypeVar("T")


class ConfigError(StationError):
    """A configuration value is wrong; the message names the key, the value and the source."""

    def __init__(self, key: str, source: str, problem: str) -> None:
        super().__init__(
            f"Cấu hình sai: khóa «{key}» trong {source}: {problem}. Sửa tệp cấu hình hoặc gọi "
            "bộ phận kỹ thuật.",
            f"Configuration error: key '{key}' in {source}: {problem}. Fix the configuration "
            "file or call IT.",
            f"config {key} from {source}: {problem}",
        )
        self.key = key
        self.source = source


@dataclass(frozen=True)
class Setting(Generic[T]):
    """One configuration key."""

    key: str  # "section.name"
    kind: type[T]
    default: T
    description: str
    choices: tuple[T, ...] = ()
    minimum: float | None = None
    maximum: float | None = None
    secret: bool = False  # removed from diagnostics bundles
    check: Callable[[T], str | None] | None = field(default=None, compare=False)

    @property
    def env_name(self) -> str:
        """The environment variable that overrides it: STATION_<SECTION>_<NAME>."""
        return "STATION_" + self.key.replace(".", "_").upper()

    def parse(self, raw: object, source: str) -> T:
        """Convert and validate a raw value (from TOML or the environment)."""
        value = self._convert(raw, source)
        if self.choices and value not in self.choices:
            options = ", ".join(str(c) for c in self.choices)
            raise ConfigError(self.key, source, f"{raw!r} is not one of: {options}")
        if isinstance(value, int | float) and not isinstance(value, bool):
            if self.minimum is not None and value < self.minimum:
                raise ConfigError(self.key, source, f"{value} is below the minimum {self.minimum}")
            if self.maximum is not None and value > self.maximum:
                raise ConfigError(self.key, source, f"{value} is above the maximum {self.maximum}")
        if self.check is not None and (problem := self.check(value)) is not None:
            raise ConfigError(self.key, source, problem)
        return value

    def _convert(self, raw: object, source: str) -> T:
        kind = self.kind
        from_env = isinstance(raw, str) and source.startswith("environment")
        value: object
        if kind is bool:
            if isinstance(raw, bool):
                value = raw
            elif from_env and str(raw).lower() in ("1", "true", "yes", "on"):
                value = True
            elif from_env and str(raw).lower() in ("0", "false", "no", "off"):
                value = False
            else:
                raise ConfigError(self.key, source, f"{raw!r} is not true/false")
        elif kind is int:
            if isinstance(raw, int) and not isinstance(raw, bool):
                value = raw
            elif from_env and str(raw).strip().lstrip("-").isdigit():
                value = int(str(raw))
            else:
                raise ConfigError(self.key, source, f"{raw!r} is not a whole number")
        elif kind is float:
            try:
                if isinstance(raw, bool) or not isinstance(raw, int | float | str):
                    raise ValueError
                if isinstance(raw, str) and not from_env:
                    raise ValueError
                value = float(raw)
            except ValueError:
                raise ConfigError(self.key, source, f"{raw!r} is not a number") from None
        elif kind is str:
            if not isinstance(raw, str):
                raise ConfigError(self.key, source, f"{raw!r} is not text")
            value = raw
        elif kind is Path:
            if not isinstance(raw, str) or not raw.strip():
                raise ConfigError(self.key, source, f"{raw!r} is not a path")
            value = Path(raw).expanduser()
        else:  # pragma: no cover - a declaration error, caught by the tests of the registry
            raise TypeError(f"unsupported setting type {kind!r}")
        return value  # type: ignore[return-value]


class ConfigValues:
    """The settings in force, with where each value came from."""

    def __init__(self, values: Mapping[str, object], sources: Mapping[str, str]) -> None:
        self._values = dict(values)
        self._sources = dict(sources)

    def __getitem__(self, setting: Setting[T]) -> T:
        return self._values[setting.key]  # type: ignore[return-value]

    def source(self, setting: Setting[object]) -> str:
        """ "default", a file path, or "environment (NAME)"."""
        return self._sources[setting.key]

    def as_dict(
        self, *, redact_secrets: bool, settings: Mapping[str, Setting[object]]
    ) -> dict[str, object]:
        """All values by key, for the diagnostics report (secrets replaced)."""
        out: dict[str, object] = {}
        for key, value in sorted(self._values.items()):
            if redact_secrets and settings[key].secret and value:
                out[key] = "<removed>"
            else:
                out[key] = str(value) if isinstance(value, Path) else value
        return out
