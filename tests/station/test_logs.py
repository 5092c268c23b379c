"""Rotating logs with a size cap, and masking of personal numbers."""

from __future__ import annotations

import logging
from pathlib import Path

from station.logs import configure_logging, mask_personal_numbers


def test_masks_id_cmnd_and_phone_numbers() -> None:
    text = "id 001190372915 cmnd 012345678 phone +84912468357 number HN0001-261123-00042-FD"
    masked = mask_personal_numbers(text)
    assert "001190372915" not in masked and "012345678" not in masked
    assert "912468357" not in masked
    assert "HN0001-261123-00042-FD" in masked  # application numbers are not personal data


def test_rotating_file_is_capped_and_masked(tmp_path: Path) -> None:
    handler = configure_logging(tmp_path, max_bytes=2_000, files=2)
    log = logging.getLogger("station.test")
    try:
        for i in range(200):
            log.warning("read failed for %s at step %d", "001190372915", i)
    finally:
        logging.getLogger().removeHandler(handler)
        handler.close()
    files = sorted(tmp_path.iterdir())
    assert [p.name for p in files] == ["station.log", "station.log.1", "station.log.2"]
    assert all(p.stat().st_size <= 2_200 for p in files)
    content = "".join(p.read_text(encoding="utf-8") for p in files)
    assert "001190372915" not in content
    assert "<number>" in content
