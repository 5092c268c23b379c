"""Station configuration: declared settings, files, environment overrides, validation."""

from station.config.loader import default_files, load_config, render_documented, render_values
from station.config.model import ConfigError, ConfigValues, Setting

__all__ = [
    "ConfigError",
    "ConfigValues",
    "Setting",
    "default_files",
    "load_config",
    "render_documented",
    "render_values",
]
