"""Keeps PySide6 from caching the source of every module imported after it (memory).

PySide6 decides whether a newly imported module "uses PySide6" (for its opt-in
``__feature__`` switches) by searching the module's source for that word, read with
inspect.getsource() (PYSIDE-2029). inspect goes through linecache, which keeps every line
of every file for the rest of the run: about 40 MB for the station's imports (SQLAlchemy,
cryptography, httpx, NumPy, OpenCV, ...), a fifth of its memory. The same question is
answered here by reading the file once without caching it.
"""

from __future__ import annotations

import linecache
import sys
from collections.abc import Callable
from types import ModuleType

import PySide6  # noqa: F401  (loads shibokensupport, whose check is replaced here)

_FEATURE_MODULE = "shibokensupport.feature"
_MARK = "_station_uncached"


def stop_source_caching() -> bool:
    """Replace PySide6's source check by an uncached one and drop what it cached so far.

    Idempotent; False (nothing changed) when this PySide6 has no such check.
    """
    feature = sys.modules.get(_FEATURE_MODULE)
    original = getattr(feature, "_mod_uses_pyside", None)
    if feature is None or not callable(original):
        return False
    if not getattr(original, _MARK, False):
        feature._mod_uses_pyside = _uncached(original)  # type: ignore[attr-defined]
    # Only PySide6's check filled the cache this early; tracebacks read files again.
    linecache.clearcache()
    return True


def _uncached(original: Callable[[ModuleType], bool]) -> Callable[[ModuleType], bool]:
    def uses_pyside(module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if isinstance(path, str) and path.endswith(".py"):
            try:
                with open(path, "rb") as source:
                    return b"PySide6" in source.read()
            except OSError:
                pass
        return original(module)  # no plain source file: PySide6's own answer

    setattr(uses_pyside, _MARK, True)
    return uses_pyside
