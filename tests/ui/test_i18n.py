"""Translations: every visible string is translated, and .qm files are built when needed."""

from __future__ import annotations

import os
import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QTranslator

from ui.i18n import (
    LANGUAGES,
    TRANSLATIONS_DIR,
    TranslationError,
    compiled_translation,
    lrelease_executable,
    source_file,
)

REPO = Path(__file__).resolve().parents[2]


def unfinished_messages(ts: Path) -> list[str]:
    """Source texts of *ts* that have no finished translation."""
    missing = []
    for message in ET.parse(ts).iter("message"):
        translation = message.find("translation")
        assert translation is not None
        forms = [form.text for form in translation.iter("numerusform")] or [translation.text]
        if translation.get("type") in {"unfinished", "vanished", "obsolete"} or not all(forms):
            missing.append(message.findtext("source") or "")
    return missing


@pytest.mark.parametrize("language", LANGUAGES)
def test_committed_translation_is_complete(language: str) -> None:
    assert unfinished_messages(source_file(language)) == []


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_tr_string_in_the_code_is_in_the_translation(language: str, tmp_path: Path) -> None:
    """lupdate over the code finds nothing new: run scripts/update-translations if this fails."""
    ts = tmp_path / f"station_{language}.ts"
    shutil.copy(source_file(language), ts)
    lrelease = lrelease_executable()
    lupdate = lrelease.with_name(lrelease.name.replace("lrelease", "lupdate"))
    command = [os.fspath(lupdate), "-extensions", "py", "-locations", "none", "-no-obsolete"]
    command += ["-source-language", "en", "-target-language", language]
    command += ["main.py", "ui", "-ts", os.fspath(ts)]
    subprocess.run(command, cwd=REPO, check=True, capture_output=True)
    assert unfinished_messages(ts) == []


def test_missing_qm_is_compiled_and_loads(tmp_path: Path) -> None:
    shutil.copy(source_file("vi"), tmp_path)

    qm = compiled_translation("vi", tmp_path)

    assert qm == tmp_path / "station_vi.qm"
    translator = QTranslator()
    assert translator.load(os.fspath(qm))
    assert (
        translator.translate("StationWindow", "Intake station") == "Trạm tiếp nhận hồ sơ căn cước"
    )


def test_stale_qm_is_recompiled(tmp_path: Path) -> None:
    ts = shutil.copy(source_file("en"), tmp_path)
    qm = tmp_path / "station_en.qm"
    qm.write_bytes(b"stale")
    os.utime(qm, (1, 1))

    compiled_translation("en", tmp_path)

    assert qm.read_bytes() != b"stale"
    assert qm.stat().st_mtime >= Path(ts).stat().st_mtime
    assert not list(tmp_path.glob("*.tmp"))


def test_fresh_qm_is_reused_without_source(tmp_path: Path) -> None:
    """A frozen build ships only .qm files."""
    qm = tmp_path / "station_vi.qm"
    shutil.copy(compiled_translation("vi"), qm)

    assert compiled_translation("vi", tmp_path) == qm


def test_unknown_language_is_refused() -> None:
    with pytest.raises(TranslationError):
        compiled_translation("fr", TRANSLATIONS_DIR)
