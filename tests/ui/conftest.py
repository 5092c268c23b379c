"""Fixtures of the UI tests: a language installed on the test QApplication."""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field

import pytest
from PySide6.QtCore import QLocale
from PySide6.QtWidgets import QApplication

from ui.i18n import install_translator


@dataclass
class FakeReferenceData:
    """Just enough reference data for the window: a version and two lists."""

    admin_units_version: str = "2025-07-01"
    province_list: tuple[str, ...] = field(default_factory=lambda: tuple(map(str, range(34))))
    commune_list: tuple[str, ...] = field(default_factory=lambda: tuple(map(str, range(3321))))

    def provinces(self) -> tuple[str, ...]:
        return self.province_list

    def communes(self) -> tuple[str, ...]:
        return self.commune_list


@pytest.fixture
def reference_data() -> FakeReferenceData:
    return FakeReferenceData()


@pytest.fixture
def language(request: pytest.FixtureRequest, qapp: QApplication) -> Iterator[str]:
    """Install the translator of the language given by indirect parametrization (vi default)."""
    lang: str = getattr(request, "param", "vi")
    previous_locale = QLocale()
    translator = install_translator(qapp, lang)
    yield lang
    qapp.removeTranslator(translator)
    translator.deleteLater()
    QLocale.setDefault(previous_locale)
