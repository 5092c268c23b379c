"""Where the station keeps its data: the configured folder, else the platform's data folder."""

from __future__ import annotations

from pathlib import Path

import platformdirs

from station.config import ConfigValues
from station.config.settings import DATA_DIR

APP_NAME = "intake-station"
KEYS_FILE = "station.keys"  # the wrapped station key, in the data folder
DATABASE_FILE = "station.db"  # the station database, in the data folder


def data_dir(config: ConfigValues) -> Path:
    """The data folder in force (database, keys, backups)."""
    configured = config[DATA_DIR]
    if configured:
        return Path(configured).expanduser()
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))
