"""Free-disk guard: warn well before the disk fills, refuse new intakes below a floor."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from station.errors import StationError

MIB = 1024 * 1024


class DiskLevel(StrEnum):
    """How much room is left for new applications."""

    OK = "ok"
    LOW = "low"  # warn the officer and IT
    FULL = "full"  # refuse new intakes; finishing the open ones is still allowed


@dataclass(frozen=True, slots=True)
class DiskState:
    """A reading of the free space where the database lives."""

    level: DiskLevel
    free_bytes: int

    @property
    def free_mib(self) -> int:
        """Free space in MiB, for messages."""
        return self.free_bytes // MIB


class DiskFullError(StationError):
    """New intakes are refused because the disk is nearly full."""

    def __init__(self, free_mib: int) -> None:
        super().__init__(
            f"Ổ đĩa sắp đầy (còn {free_mib} MB): không nhận hồ sơ mới. Đồng bộ hoặc xuất hồ sơ "
            "ra USB, rồi gọi bộ phận kỹ thuật.",
            f"The disk is nearly full ({free_mib} MB left): no new applications. Sync or "
            "export to USB, then call IT.",
            f"free space below floor: {free_mib} MiB",
        )


class DiskGuard:
    """Checks free space against a warning level and a hard floor (both configurable)."""

    def __init__(
        self,
        directory: Path,
        floor_mib: int = 500,
        warn_mib: int = 2048,
        free_bytes: Callable[[Path], int] | None = None,
    ) -> None:
        self.directory = directory
        self.floor_bytes = floor_mib * MIB
        self.warn_bytes = max(warn_mib, floor_mib) * MIB
        self._free_bytes = free_bytes or (lambda path: shutil.disk_usage(path).free)

    def state(self) -> DiskState:
        """The current level and free bytes."""
        free = self._free_bytes(self.directory)
        if free < self.floor_bytes:
            return DiskState(DiskLevel.FULL, free)
        if free < self.warn_bytes:
            return DiskState(DiskLevel.LOW, free)
        return DiskState(DiskLevel.OK, free)

    def require_room_for_intake(self) -> DiskState:
        """Raise :class:`DiskFullError` below the floor; otherwise return the reading."""
        state = self.state()
        if state.level is DiskLevel.FULL:
            raise DiskFullError(state.free_mib)
        return state
