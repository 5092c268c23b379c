"""The C allocator's policy for a station that runs all day: big buffers go back to the system.

glibc's malloc raises its mmap threshold to the size of each large block freed (up to
32 MB): after the first photos and upload batches, such buffers come from the heaps of the
threads that used them (GUI, writer, sync) and stay there once freed. Each thread's heap
then keeps the high-water mark of its own work, and the GUI's heap is fragmented by small
long-lived blocks placed after the big ones. A fixed threshold keeps every large buffer
(photo, sealed payload, upload batch) in its own mapping, returned when freed; trimming
after each application returns the free pages left between small blocks.

glibc only (Linux): elsewhere (Windows, musl, macOS) both calls do nothing.
"""

from __future__ import annotations

import ctypes
import ctypes.util
import functools
import logging
import sys

log = logging.getLogger(__name__)

# mallopt() parameter numbers from glibc's <malloc.h>.
M_MMAP_THRESHOLD = -3
# Buffers from this size up are mapped on their own, and unmapped when freed: the photo and
# its copies in a draft, a sealed payload or an upload batch (60 KB to 2 MB). Measured on
# 500 intakes: 2-3 MB less than glibc's initial 128 KB, and no more growth after warm-up.
MMAP_THRESHOLD_BYTES = 64 * 1024


@functools.cache
def _glibc() -> ctypes.CDLL | None:
    """The C library when it is glibc (it has mallopt and malloc_trim), else None."""
    if not sys.platform.startswith("linux"):
        return None
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        libc.mallopt.argtypes = [ctypes.c_int, ctypes.c_int]
        libc.mallopt.restype = ctypes.c_int
        libc.malloc_trim.argtypes = [ctypes.c_size_t]
        libc.malloc_trim.restype = ctypes.c_int
    except (OSError, AttributeError):  # not glibc (musl has no malloc_trim)
        return None
    return libc


def limit_heap_growth() -> bool:
    """Fix glibc's mmap threshold so large buffers never stay in a heap; True when set."""
    libc = _glibc()
    if libc is None:
        return False
    done = bool(libc.mallopt(M_MMAP_THRESHOLD, MMAP_THRESHOLD_BYTES))
    if not done:
        log.warning("the C allocator refused the mmap threshold")
    return done


def release_free_memory() -> bool:
    """Give the free pages of every heap back to the system (about 1 ms); True if any was."""
    libc = _glibc()
    return libc is not None and bool(libc.malloc_trim(0))
