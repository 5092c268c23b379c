"""Export sealed applications to a USB drive: choose the drive, see how much, write, verify."""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from station.sync.planner import ENTRY_OVERHEAD
from station.sync.usb_export import ExportResult
from ui.context import UiContext
from ui.queue.guard import run_for

_OK = "color: #0f5132;"
_BAD = "color: #842029;"


@dataclass(frozen=True, slots=True)
class ExportPlan:
    """What the dialog will export: how many, how big, how many of the chosen are left out."""

    applications: int
    bytes: int
    left_out: int


class ExportDialog(QDialog):
    """Writes one verified export file to the chosen folder and marks the rows exported."""

    exported = Signal(object)  # the ExportResult

    def __init__(
        self, ctx: UiContext, application_ids: list[str] | None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("exportDialog")
        self.setWindowTitle(self.tr("Export to USB"))
        self._ctx = ctx
        self._ids = None if application_ids is None else list(application_ids)
        self._plan: ExportPlan | None = None
        self._folder: Path | None = None
        self._free: int | None = None
        self._busy = False
        self._done = False
        self.result_info: ExportResult | None = None

        self.summary_label = QLabel(self.tr("Counting the applications…"), self)
        self.summary_label.setObjectName("exportSummary")
        self.summary_label.setWordWrap(True)
        self.folder_edit = QLineEdit(self)
        self.folder_edit.setObjectName("exportFolder")
        self.folder_edit.setReadOnly(True)
        self.folder_edit.setPlaceholderText(self.tr("Choose the USB drive"))
        self.choose_button = QPushButton(self.tr("&Choose folder…"), self)
        self.choose_button.setObjectName("exportChooseFolder")
        self.space_label = QLabel(self)
        self.space_label.setObjectName("exportSpace")
        self.space_label.setWordWrap(True)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy: the exporter reports no steps
        self.progress.setAccessibleName(self.tr("Export in progress"))
        self.progress.hide()
        self.status_label = QLabel(self)
        self.status_label.setObjectName("exportStatus")
        self.status_label.setWordWrap(True)
        self.buttons = QDialogButtonBox(self)
        self.export_button = self.buttons.addButton(
            self.tr("&Export"), QDialogButtonBox.ButtonRole.AcceptRole
        )
        self.export_button.setObjectName("exportRun")
        self.close_button = self.buttons.addButton(QDialogButtonBox.StandardButton.Close)
        self.close_button.setObjectName("exportClose")

        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(self.choose_button)
        form = QFormLayout()
        form.addRow(self.tr("Applications:"), self.summary_label)
        folder_label = QLabel(self.tr("&Folder:"), self)
        folder_label.setBuddy(self.choose_button)
        form.addRow(folder_label, folder_row)
        form.addRow("", self.space_label)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.progress)
        layout.addWidget(self.status_label)
        layout.addStretch(1)
        layout.addWidget(self.buttons)
        self.resize(560, 280)
        self._connect_signals()
        self._update_buttons()
        self._count()

    def _connect_signals(self) -> None:
        self.choose_button.clicked.connect(self.choose_folder)
        self.export_button.clicked.connect(self.start_export)
        self.close_button.clicked.connect(self.reject)

    # ------------------------------------------------------------------ counting

    @property
    def plan(self) -> ExportPlan | None:
        """What will be exported, once counted."""
        return self._plan

    def _count(self) -> None:
        core, ids = self._ctx.core, self._ids

        def work() -> ExportPlan:
            pending = core.exporter.pending()
            if ids is None:
                chosen = pending
            else:
                allowed = set(pending)
                chosen = [i for i in dict.fromkeys(ids) if i in allowed]
            left_out = 0 if ids is None else len(set(ids)) - len(chosen)
            size = core.outbox.payload_bytes(chosen) + ENTRY_OVERHEAD * len(chosen)
            return ExportPlan(len(chosen), size, left_out)

        run_for(self, self._ctx.tasks, work, self._counted, self._count_failed)

    def _counted(self, plan: ExportPlan) -> None:
        self._plan = plan
        if plan.applications == 0:
            text = self.tr(
                "There are no applications to export: everything is sent, or waiting for a "
                "supervisor's review."
            )
        else:
            text = (
                self.tr("%n application(s)", "", plan.applications)
                + ", "
                + self.tr("about %1").replace("%1", _size(plan.bytes))
            )
        if plan.left_out:
            text += "\n" + self.tr(
                "%n selected application(s) left out: already finished or waiting for review.",
                "",
                plan.left_out,
            )
        self.summary_label.setText(text)
        self._check_space()

    def _count_failed(self, error: BaseException) -> None:
        self._show_status(self._ctx.notices.describe(error), ok=False)

    # ------------------------------------------------------------------ the drive

    def choose_folder(self) -> None:
        """Ask for the USB drive's folder (the dialog does not block the window)."""
        chooser = QFileDialog(self, self.tr("Choose the USB drive"))
        chooser.setObjectName("exportFolderChooser")
        chooser.setFileMode(QFileDialog.FileMode.Directory)
        chooser.setOption(QFileDialog.Option.ShowDirsOnly, True)
        chooser.fileSelected.connect(lambda path: self.set_folder(Path(path)))
        chooser.open()

    def set_folder(self, folder: Path) -> None:
        """Export to *folder*; its free space is checked on a worker."""
        self._folder = folder
        self._free = None
        self.folder_edit.setText(str(folder))
        self.space_label.setText(self.tr("Checking the free space…"))
        self.space_label.setStyleSheet("")
        self._update_buttons()

        def work() -> int:
            return shutil.disk_usage(folder).free

        def failed(error: BaseException) -> None:
            if folder == self._folder:
                self.space_label.setText(
                    self.tr("This folder cannot be read: is the drive plugged in? Choose again.")
                )
                self.space_label.setStyleSheet(_BAD)

        run_for(self, self._ctx.tasks, work, lambda free: self._space_known(folder, free), failed)

    def _space_known(self, folder: Path, free: int) -> None:
        if folder != self._folder:
            return
        self._free = free
        self._check_space()

    def _check_space(self) -> None:
        if self._free is None or self._plan is None:
            self._update_buttons()
            return
        if self._free < self._plan.bytes:
            self.space_label.setText(
                self.tr("Not enough space on the drive: %1 needed, %2 free. Use another drive.")
                .replace("%1", _size(self._plan.bytes))
                .replace("%2", _size(self._free))
            )
            self.space_label.setStyleSheet(_BAD)
        else:
            self.space_label.setText(
                self.tr("%1 free on the drive.").replace("%1", _size(self._free))
            )
            self.space_label.setStyleSheet("")
        self._update_buttons()

    def _ready(self) -> bool:
        plan = self._plan
        return (
            not self._busy
            and not self._done
            and plan is not None
            and plan.applications > 0
            and self._folder is not None
            and self._free is not None
            and self._free >= plan.bytes
        )

    def _update_buttons(self) -> None:
        self.export_button.setEnabled(self._ready())
        self.choose_button.setEnabled(not self._busy and not self._done)
        self.close_button.setEnabled(not self._busy)
        self.export_button.setDefault(self._ready())
        self.close_button.setDefault(self._done)

    # ------------------------------------------------------------------ export

    def start_export(self) -> None:
        """Write the file on a worker; the rows change only once it is verified."""
        if not self._ready() or self._folder is None:
            return
        core, folder, ids = self._ctx.core, self._folder, self._ids
        actor = self._ctx.session.officer_id
        self._busy = True
        self.progress.show()
        self._show_status(self.tr("Writing and checking the export file…"), ok=True)
        self._update_buttons()
        run_for(
            self,
            self._ctx.tasks,
            lambda: core.exporter.export(folder, actor, ids),
            self._finished,
            self._failed,
        )

    def _finished(self, result: ExportResult) -> None:
        self._busy = False
        self._done = True
        self.result_info = result
        self.progress.hide()
        self._show_status(
            self.tr(
                "Exported %n application(s) to %1 (%2). Take the drive to the register office: "
                'the applications stay "exported" until the register confirms them.',
                "",
                result.applications,
            )
            .replace("%1", result.path.name)
            .replace("%2", _size(result.bytes)),
            ok=True,
        )
        self._update_buttons()
        self._ctx.notices.success(
            self.tr("%n application(s) exported to USB.", "", result.applications)
        )
        self.exported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self._busy = False
        self.progress.hide()
        self._show_status(self._ctx.notices.describe(error), ok=False)
        self.export_button.setText(self.tr("&Try again"))
        if self._folder is not None:
            self.set_folder(self._folder)  # the drive may have gone or filled up: look again
        self._update_buttons()

    def _show_status(self, text: str, *, ok: bool) -> None:
        self.status_label.setText(text)
        self.status_label.setStyleSheet(_OK if ok else _BAD)

    def reject(self) -> None:
        """Close, unless a file is being written (it must finish or fail first)."""
        if not self._busy:
            super().reject()


def _size(n: int) -> str:
    return QLocale().formattedDataSize(n)
