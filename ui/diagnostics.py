"""Help → Diagnostics: the self-test as a table (status, measured value, fix), the report to
copy, and "Collect diagnostics…" writing the zip for IT.

The checks run on a worker (each is bounded in time by run_checks); so does the zip.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor, QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from station.diagnostics import Check, CheckResult, CheckStatus, format_report, run_checks
from ui.table_model import HeaderedTableModel
from ui.tasks import TaskRunner

Index = QModelIndex | QPersistentModelIndex
Collect = Callable[[Path, Sequence[CheckResult]], Path]

# Status -> (background, text colour): the notification area's palette.
_COLOURS = {
    CheckStatus.OK: ("#d1e7dd", "#0f5132"),
    CheckStatus.WARN: ("#fff3cd", "#664d03"),
    CheckStatus.FAIL: ("#f8d7da", "#842029"),
    CheckStatus.SKIPPED: ("#e2e3e5", "#41464b"),
}


class CheckResultsModel(HeaderedTableModel):
    """The self-test results: one row per check."""

    NAME, STATUS, VALUE, HINT = range(4)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._headers = (
            self.tr("Check"),
            self.tr("Status"),
            self.tr("Measured"),
            self.tr("What to do"),
        )
        self._results: list[CheckResult] = []

    @property
    def results(self) -> list[CheckResult]:
        """The results shown."""
        return list(self._results)

    def set_results(self, results: Sequence[CheckResult]) -> None:
        """Show *results* (replacing the previous run)."""
        self.beginResetModel()
        self._results = list(results)
        self.endResetModel()

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self._results)

    def status_text(self, status: CheckStatus) -> str:
        """The status in the screen's language."""
        return {
            CheckStatus.OK: self.tr("OK"),
            CheckStatus.WARN: self.tr("Warning"),
            CheckStatus.FAIL: self.tr("Failed"),
            CheckStatus.SKIPPED: self.tr("Skipped"),
        }[status]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or not 0 <= index.row() < len(self._results):
            return None
        result = self._results[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == self.NAME:
                return result.name
            if column == self.STATUS:
                return self.status_text(result.status)
            if column == self.VALUE:
                return result.value
            if column == self.HINT:
                return result.hint if result.status is not CheckStatus.OK else ""
            return None
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.tr("%1 s").replace("%1", f"{result.seconds:.2f}")
        if role in (Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.ForegroundRole):
            background, foreground = _COLOURS[result.status]
            colour = background if role == Qt.ItemDataRole.BackgroundRole else foreground
            return QBrush(QColor(colour))
        if role == Qt.ItemDataRole.UserRole:
            return result.status.value
        return None


class DiagnosticsDialog(QDialog):
    """Runs the self-test when shown; Re-run, Copy report, Collect diagnostics…"""

    def __init__(
        self,
        checks: Callable[[], Sequence[Check]],
        collect: Collect,
        parent: QWidget | None = None,
        *,
        ask_folder: Callable[[QWidget], Path | None] | None = None,
    ) -> None:
        super().__init__(parent)
        self.setObjectName("diagnosticsDialog")
        self.setWindowTitle(self.tr("Diagnostics"))
        self.resize(960, 520)
        self._checks = checks
        self._collect = collect
        self._ask_folder = ask_folder or _ask_folder
        self._tasks = TaskRunner(workers=2)
        self._running = False
        self._started = False

        self.model = CheckResultsModel(self)
        self.table = QTableView(self)
        self.table.setObjectName("diagnosticsTable")
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QTableView.SelectionBehavior.SelectRows)
        self.table.setWordWrap(True)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(CheckResultsModel.NAME, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(
            CheckResultsModel.STATUS, QHeaderView.ResizeMode.ResizeToContents
        )
        header.setSectionResizeMode(CheckResultsModel.VALUE, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(CheckResultsModel.HINT, QHeaderView.ResizeMode.Stretch)
        self.table.setAccessibleName(self.tr("Self-test results"))
        self.summary = QLabel(self)
        self.summary.setObjectName("diagnosticsSummary")
        self.summary.setWordWrap(True)
        self.saved = QLabel(self)
        self.saved.setObjectName("diagnosticsSaved")
        self.saved.setWordWrap(True)
        self.saved.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.rerun_button = QPushButton(self.tr("&Re-run"), self)
        self.rerun_button.setObjectName("diagnosticsRerun")
        self.copy_button = QPushButton(self.tr("&Copy report"), self)
        self.copy_button.setObjectName("diagnosticsCopy")
        self.collect_button = QPushButton(self.tr("C&ollect diagnostics…"), self)
        self.collect_button.setObjectName("diagnosticsCollect")
        self.close_button = QPushButton(self.tr("Close"), self)
        self.close_button.setDefault(True)

        buttons = QHBoxLayout()
        buttons.addWidget(self.rerun_button)
        buttons.addWidget(self.copy_button)
        buttons.addWidget(self.collect_button)
        buttons.addStretch(1)
        buttons.addWidget(self.close_button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.summary)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.saved)
        layout.addLayout(buttons)
        self._connect_signals()
        self._set_running(False)

    def _connect_signals(self) -> None:
        self.rerun_button.clicked.connect(self.run)
        self.copy_button.clicked.connect(self.copy_report)
        self.collect_button.clicked.connect(self.collect)
        self.close_button.clicked.connect(self.accept)

    @property
    def running(self) -> bool:
        """True while the checks run."""
        return self._running

    def showEvent(self, event: object) -> None:
        """The first showing starts the self-test."""
        super().showEvent(event)  # type: ignore[arg-type]
        if not self._started:
            self._started = True
            self.run()

    def run(self) -> None:
        """Run every check on a worker."""
        if self._running:
            return
        self._set_running(True)
        self.summary.setText(self.tr("Running the self-test…"))
        self.summary.setStyleSheet("")
        checks = self._checks
        self._tasks.run(lambda: run_checks(checks()), self._finished, self._failed)

    def _finished(self, results: list[CheckResult]) -> None:
        self.model.set_results(results)
        self.table.resizeRowsToContents()
        self._set_running(False)
        count = {s: sum(r.status is s for r in results) for s in CheckStatus}
        text = (
            self.tr("%1 OK, %2 warnings, %3 failed.")
            .replace("%1", str(count[CheckStatus.OK]))
            .replace("%2", str(count[CheckStatus.WARN]))
            .replace("%3", str(count[CheckStatus.FAIL]))
        )
        worst = (
            CheckStatus.FAIL
            if count[CheckStatus.FAIL]
            else CheckStatus.WARN
            if count[CheckStatus.WARN]
            else CheckStatus.OK
        )
        background, foreground = _COLOURS[worst]
        self.summary.setText(text)
        self.summary.setStyleSheet(f"background: {background}; color: {foreground}; padding: 6px;")

    def _failed(self, error: BaseException) -> None:
        self._set_running(False)
        self.summary.setText(
            self.tr("The self-test could not run (%1).").replace("%1", type(error).__name__)
        )
        self.summary.setStyleSheet("color: #842029;")

    def report(self) -> str:
        """The plain-text report of the last run (as --self-test prints it)."""
        return format_report(self.model.results)

    def copy_report(self) -> None:
        """Put the report on the clipboard."""
        clipboard = QGuiApplication.clipboard()
        clipboard.setText(self.report())
        self.saved.setText(self.tr("The report is on the clipboard."))

    def collect(self) -> None:
        """Ask for a folder, then write the diagnostics zip there on a worker."""
        results = self.model.results
        if not results:
            return
        folder = self._ask_folder(self)
        if folder is None:
            return
        self.collect_button.setEnabled(False)
        self.saved.setText(self.tr("Collecting diagnostics…"))
        collect = self._collect
        self._tasks.run(lambda: collect(folder, results), self._collected, self._collect_failed)

    def _collected(self, path: Path) -> None:
        self.collect_button.setEnabled(not self._running)
        self.saved.setText(
            self.tr("Diagnostics saved to %1. Give this file to IT.").replace("%1", str(path))
        )

    def _collect_failed(self, error: BaseException) -> None:
        self.collect_button.setEnabled(not self._running)
        reason = error.strerror if isinstance(error, OSError) and error.strerror else ""
        self.saved.setText(
            self.tr("The diagnostics could not be saved (%1). Choose another folder.").replace(
                "%1", reason or type(error).__name__
            )
        )

    def _set_running(self, running: bool) -> None:
        self._running = running
        self.rerun_button.setEnabled(not running)
        has_results = bool(self.model.results)
        self.copy_button.setEnabled(not running and has_results)
        self.collect_button.setEnabled(not running and has_results)

    def done(self, result: int) -> None:
        """Nothing waits for a check still running: each ends by its own deadline."""
        self._tasks.shutdown(wait=False)
        super().done(result)


def _ask_folder(parent: QWidget) -> Path | None:
    title = QCoreApplication.translate("DiagnosticsDialog", "Choose where to save the diagnostics")
    chosen = QFileDialog.getExistingDirectory(parent, title)
    return Path(chosen) if chosen else None
