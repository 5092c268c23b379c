"""PySide6's check of each imported module, without keeping the module's source in memory."""

from __future__ import annotations

import linecache
import sys
from pathlib import Path
from types import ModuleType

import pytest

import ui  # noqa: F401  (applies the replacement, as for every run of the station)
from ui.source_scan import stop_source_caching


def _feature() -> ModuleType:
    return sys.modules["shibokensupport.feature"]


def test_imported_modules_are_classified_as_before_but_their_source_is_not_kept(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    (tmp_path / "mem_uses_qt.py").write_text('"""Shows a window."""\n\nimport PySide6\n')
    (tmp_path / "mem_plain.py").write_text('"""No Qt here."""\n\nVALUE = 1\n')
    monkeypatch.syspath_prepend(str(tmp_path))
    for name in ("mem_uses_qt", "mem_plain"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        __import__(name)  # the import statement, which PySide6 hooks (import_module is not)
    # PySide6's own answers: 0 for a module using it ("no feature"), -1 for "ignore".
    assert _feature().pyside_feature_dict["mem_uses_qt"] == 0
    assert _feature().pyside_feature_dict["mem_plain"] == -1
    assert not [path for path in linecache.cache if path.startswith(str(tmp_path))]


def test_the_replacement_is_installed_once_and_clears_what_was_cached() -> None:
    check = _feature()._mod_uses_pyside
    linecache.getlines(__file__)
    assert __file__ in linecache.cache
    assert stop_source_caching()
    assert _feature()._mod_uses_pyside is check
    assert __file__ not in linecache.cache


def test_a_pyside6_without_the_check_is_left_alone(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "shibokensupport.feature", ModuleType("feature"))
    assert not stop_source_caching()
