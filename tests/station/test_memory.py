"""The C allocator's policy: large buffers in their own mappings, free pages handed back."""

from __future__ import annotations

import ctypes
import subprocess
import sys
from pathlib import Path

import pytest

from station import memory

REPO = Path(__file__).resolve().parents[2]
glibc_only = pytest.mark.skipif(memory._glibc() is None, reason="glibc's malloc only")


class _MallInfo2(ctypes.Structure):
    _fields_ = [
        (name, ctypes.c_size_t)
        for name in (
            "arena",
            "ordblks",
            "smblks",
            "hblks",
            "hblkhd",
            "usmblks",
            "fsmblks",
            "uordblks",
            "fordblks",
            "keepcost",
        )
    ]


def _mapped_bytes() -> int:
    """Bytes of the blocks glibc holds in mappings of their own (mallinfo2().hblkhd)."""
    libc = memory._glibc()
    assert libc is not None
    libc.mallinfo2.restype = _MallInfo2
    return int(libc.mallinfo2().hblkhd)


_LARGE_BUFFER_PROBE = """
import ctypes, sys
from station import memory
from tests.station.test_memory import _mapped_bytes
assert memory.limit_heap_growth()
size = 3 * 1024 * 1024
first = bytearray(size)
del first  # glibc's default would now raise its threshold above this size
before = _mapped_bytes()
second = bytearray(size)
print(_mapped_bytes() - before)
"""


@glibc_only
def test_a_large_buffer_gets_its_own_mapping_even_after_one_was_freed() -> None:
    # A fresh interpreter: in a long test run the heap may already hold a free block this
    # large, which glibc reuses before it considers a mapping.
    result = subprocess.run(
        [sys.executable, "-c", _LARGE_BUFFER_PROBE],
        cwd=REPO,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    # Mapped on its own, so freeing it returns it to the system rather than to a heap.
    assert int(result.stdout) >= 3 * 1024 * 1024


@glibc_only
def test_free_pages_are_handed_back() -> None:
    garbage = [bytes(2000) for _ in range(5000)]  # 10 MB of heap blocks, freed below
    del garbage
    assert memory.release_free_memory()


def test_without_glibc_both_do_nothing(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(memory, "_glibc", lambda: None)
    assert memory.limit_heap_growth() is False
    assert memory.release_free_memory() is False


@pytest.mark.skipif(sys.platform.startswith("linux"), reason="other systems only")
def test_other_systems_have_no_glibc() -> None:
    assert memory._glibc() is None
