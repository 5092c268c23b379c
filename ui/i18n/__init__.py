"""Qt Linguist translations of the station's screens: compile .ts to .qm, install a translator.

The .ts sources (English source strings, one file per language) are committed; the .qm files
are built from them here at start-up whenever they are missing or older than their source, so
a fresh clone, a test run and an edited translation all work without a separate build step.
"""

from __future__ import annotations

import logging
import os
import subprocess
import sys
import tempfile
from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLocale, QTranslator

LANGUAGES = ("vi", "en")
DEFAULT_LANGUAGE = "vi"
TRANSLATIONS_DIR = Path(__file__).resolve().parent

_LOCALES = {
    "vi": (QLocale.Language.Vietnamese, QLocale.Country.Vietnam),
    "en": (QLocale.Language.English, QLocale.Country.UnitedKingdom),
}

_log = logging.getLogger(__name__)


class TranslationError(RuntimeError):
    """The translation of the screens could not be compiled or loaded."""


def lrelease_executable() -> Path:
    """Qt's lrelease, as shipped inside the PySide6 package."""
    name = "lrelease.exe" if sys.platform == "win32" else "lrelease"
    return Path(PySide6.__file__).resolve().parent / name


def source_file(language: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    """The Qt Linguist source (.ts) of *language*."""
    return directory / f"station_{language}.ts"


def compiled_translation(language: str, directory: Path = TRANSLATIONS_DIR) -> Path:
    """The .qm file of *language*, compiled first if missing or older than its .ts."""
    if language not in LANGUAGES:
        raise TranslationError(f"unknown language {language!r}; expected one of {LANGUAGES}")
    ts = source_file(language, directory)
    qm = ts.with_suffix(".qm")
    if qm.exists() and (not ts.exists() or qm.stat().st_mtime >= ts.stat().st_mtime):
        return qm
    if not ts.exists():
        raise TranslationError(f"no translation source {ts}")
    try:
        _compile(ts, qm)
    except (OSError, TranslationError):
        if not qm.exists():
            raise
        # A read-only install with a stale .qm: an older translation beats none.
        _log.warning("could not recompile %s; using the older %s", ts.name, qm.name)
    return qm


def _compile(ts: Path, qm: Path) -> None:
    """Run lrelease into a temporary file and move it in place, so readers never see half."""
    handle, tmp_name = tempfile.mkstemp(prefix=qm.stem, suffix=".qm.tmp", dir=qm.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        result = subprocess.run(
            [os.fspath(lrelease_executable()), os.fspath(ts), "-qm", os.fspath(tmp)],
            capture_output=True,
            text=True,
            check=False,
        )
        if result.returncode != 0:
            raise TranslationError(
                f"lrelease failed on {ts.name} ({result.returncode}): "
                f"{(result.stderr or result.stdout).strip()}"
            )
        os.replace(tmp, qm)
    finally:
        tmp.unlink(missing_ok=True)


def apply_locale(language: str) -> None:
    """Make numbers and dates follow *language* (e.g. 3.321 in Vietnamese, 3,321 in English)."""
    lang, country = _LOCALES[language]
    QLocale.setDefault(QLocale(lang, country))


def install_translator(app: QCoreApplication, language: str) -> QTranslator:
    """Translate every tr() string of *app* into *language* and set its locale.

    The translator is a child of *app*, so it lives as long as the application.
    """
    qm = compiled_translation(language)
    translator = QTranslator(app)
    if not translator.load(os.fspath(qm)):
        raise TranslationError(f"could not load {qm}")
    app.installTranslator(translator)
    apply_locale(language)
    return translator


def compile_all(directory: Path = TRANSLATIONS_DIR) -> list[Path]:
    """Compile the .qm file of every language (used by packaging and by hand)."""
    return [compiled_translation(language, directory) for language in LANGUAGES]
