"""The station's main window: for now a summary of the loaded reference data and the menus."""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QVBoxLayout, QWidget


class ReferenceSummary(Protocol):
    """What the window shows of the reference data (station.refdata.ReferenceData fits)."""

    @property
    def admin_units_version(self) -> str: ...

    def provinces(self) -> Collection[object]: ...

    def communes(self) -> Collection[object]: ...


class MainWindow(QMainWindow):
    """Top-level window of the intake station."""

    def __init__(
        self,
        reference_data: ReferenceSummary,
        *,
        demo: bool,
        version: str,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self._reference_data = reference_data
        self._demo = demo
        self._version = version

        self.setWindowTitle(self.tr("Intake station"))
        self.resize(1024, 720)

        self.demo_banner = QLabel(self.tr("Demo mode is on: nothing entered here is real."))
        self.demo_banner.setObjectName("demoBanner")
        self.demo_banner.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.demo_banner.setStyleSheet(
            "QLabel#demoBanner { background: #fff3cd; color: #664d03; padding: 8px;"
            " font-weight: bold; }"
        )
        self.demo_banner.setVisible(demo)

        self.reference_label = QLabel(self.reference_summary_text())
        self.reference_label.setObjectName("referenceDataLabel")
        self.reference_label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.reference_label.setWordWrap(True)

        central = QWidget(self)
        layout = QVBoxLayout(central)
        layout.addWidget(self.demo_banner)
        layout.addStretch(1)
        layout.addWidget(self.reference_label)
        layout.addStretch(2)
        self.setCentralWidget(central)

        self.about_action = QAction(self.tr("&About"), self)
        self.about_action.setObjectName("aboutAction")
        self.help_menu = self.menuBar().addMenu(self.tr("&Help"))
        self.help_menu.setObjectName("helpMenu")
        self.help_menu.addAction(self.about_action)

        if demo:
            self.statusBar().addPermanentWidget(QLabel(self.tr("DEMO")))
        self.statusBar().showMessage(self.tr("Ready"))

        self._connect_signals()

    def _connect_signals(self) -> None:
        self.about_action.triggered.connect(self.show_about)

    def reference_summary_text(self) -> str:
        """Version and size of the administrative-unit lists, e.g. for a quick sanity check."""
        data = self._reference_data
        provinces = self.tr("%Ln province(s)", "", len(data.provinces()))
        communes = self.tr("%Ln commune(s)", "", len(data.communes()))
        return (
            self.tr("Administrative units version %1").replace("%1", data.admin_units_version)
            + "\n"
            + self.tr("%1, %2", "e.g. 34 provinces, 3,321 communes")
            .replace("%1", provinces)
            .replace("%2", communes)
        )

    def show_about(self) -> None:
        """Help → About: what this program is and which version runs."""
        QMessageBox.about(
            self,
            self.tr("About the intake station"),
            self.tr(
                "<p><b>Intake station</b></p>"
                "<p>Takes applications for the chip identity card.</p>"
                "<p>Version %1</p>"
            ).replace("%1", self._version),
        )
