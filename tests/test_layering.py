"""The layering rule: station/ and devices/ never import Qt; only main.py imports ui/."""

from __future__ import annotations

import ast
import os
import subprocess
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
CORE_PACKAGES = ("station", "devices")
# Folders whose Python files may not import ui (ui itself and the tests of it may).
# Tests and benchmarks drive the screens themselves; the rule is about the program.
SKIPPED_DIRS = {".venv", ".git", "build", "dist", "ui", "tests", "bench", "node_modules"}


def core_modules() -> list[str]:
    """Every module and package under station/ and devices/, by dotted name (not imported)."""
    names = []
    for package in CORE_PACKAGES:
        for path in sorted((REPO / package).rglob("*.py")):
            parts = path.relative_to(REPO).with_suffix("").parts
            if "__pycache__" in parts or parts[-1] == "__main__":
                continue
            if parts[-1] == "env" and "migrations" in parts:
                continue  # Alembic's env.py runs only inside Alembic; its imports are linted
            if parts[-1] == "__init__":
                parts = parts[:-1]
            names.append(".".join(parts))
    return names


def test_import_linter_contracts_hold() -> None:
    lint_imports = Path(sys.executable).with_name("lint-imports")
    result = subprocess.run(
        [os.fspath(lint_imports), "--no-cache"],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr


@pytest.mark.slow
def test_core_imports_without_qt() -> None:
    """Import every core module with PySide6 and shiboken6 made unimportable."""
    modules = core_modules()
    assert "station" in modules
    script = (
        "import importlib, sys\n"
        "sys.modules['PySide6'] = None\n"
        "sys.modules['shiboken6'] = None\n"
        f"for name in {modules!r}:\n"
        "    importlib.import_module(name)\n"
        "assert not any(m.startswith(('PySide6', 'shiboken6')) and sys.modules[m] is not None\n"
        "               for m in sys.modules)\n"
    )
    result = subprocess.run(
        [sys.executable, "-c", script],
        cwd=REPO,
        capture_output=True,
        text=True,
        check=False,
        timeout=300,
    )
    assert result.returncode == 0, result.stderr


def python_files_outside_ui() -> list[Path]:
    files = []
    for root, dirs, names in os.walk(REPO):
        here = Path(root)
        dirs[:] = [d for d in dirs if not (here == REPO and d in SKIPPED_DIRS)]
        dirs[:] = [d for d in dirs if not d.startswith(".") and d != "__pycache__"]
        files.extend(here / name for name in names if name.endswith(".py"))
    return [f for f in files if f != REPO / "main.py"]


def imports_ui(path: Path) -> bool:
    tree = ast.parse(path.read_text(encoding="utf-8"), filename=os.fspath(path))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        elif (
            isinstance(node, ast.Call)
            and isinstance(node.func, ast.Attribute | ast.Name)
            and getattr(node.func, "attr", getattr(node.func, "id", "")) == "import_module"
            and node.args
            and isinstance(node.args[0], ast.Constant)
            and isinstance(node.args[0].value, str)
        ):
            names = [node.args[0].value]
        else:
            continue
        if any(name == "ui" or name.startswith("ui.") for name in names):
            return True
    return False


def test_only_main_imports_ui() -> None:
    files = python_files_outside_ui()
    assert REPO / "main.py" not in files
    assert any(f.parts[-2] == "station" for f in files)

    offenders = [os.fspath(f.relative_to(REPO)) for f in files if imports_ui(f)]

    assert offenders == []
